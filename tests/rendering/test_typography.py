"""French typography through Babel, agreement of titles, wording of the interested members."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from registre.core.model import Person
from registre.core.vocabulary import Civility
from registre.rendering.typography import agree, amount, long_date, short_date, split_ordinal, title_case
from registre.rendering.wording import interested_sentence


def test_dates_in_french() -> None:
    assert long_date(dt.date(2024, 4, 11)) == "jeudi 11 avril 2024"
    assert long_date(dt.date(2023, 10, 26), weekday=False) == "26 octobre 2023"
    assert short_date(dt.date(2024, 4, 24)) == "24/04/2024"


def test_amounts_use_babel_narrow_no_break_space() -> None:
    assert amount(Decimal(45000)) == "45\u202f000\u00a0€"
    assert amount(214400) == "214\u202f400\u00a0€"
    assert amount(Decimal("19800.50")).startswith("19\u202f800,50")


@pytest.mark.parametrize(("title", "feminine", "expected"), [
    ("Président", True, "Présidente"),
    ("Présidente", False, "Président"),
    ("2e Vice-Président", True, "2e Vice-Présidente"),
    ("1er Vice-Président", True, "1re Vice-Présidente"),
    ("1re Vice-Présidente", False, "1er Vice-Président"),
    ("Conseiller communautaire délégué", True, "Conseillère communautaire déléguée"),
    ("Conseillère communautaire déléguée", False, "Conseiller communautaire délégué"),
    ("Maire de Besançon", True, "Maire de Besançon"),
    ("Vice-Président", None, "Vice-Président"),
])
def test_titles_agree_with_the_person(title: str, feminine: bool | None, expected: str) -> None:
    assert agree(title, feminine) == expected


def test_ordinals_are_split_for_superscript() -> None:
    assert split_ordinal("2e Vice-Président") == (2, "Vice-Président")
    assert split_ordinal("2^{ème} Vice-Président") == (2, "Vice-Président")
    assert split_ordinal("Présidente") == (None, "Présidente")


def test_signature_functions_capitalised() -> None:
    assert title_case("Conseillère communautaire déléguée") == "Conseillère Communautaire Déléguée"
    assert title_case("Maire de Besançon") == "Maire de Besançon"


def _p(first: str, last: str, civ: Civility | None) -> Person:
    return Person(f"{last}-{first}".lower(), first, last, civ)


def test_interested_sentence_groups_by_civility() -> None:
    """C-03, as the Conseil seed prints it."""
    people = [(_p("Frédérique", "BAEHR", Civility.MRS), 1), (_p("Sébastien", "COUDRY", Civility.MR), 2),
              (_p("Benoît", "VUILLEMIN", Civility.MR), 1)]
    assert interested_sentence(people) == (
        "Mme Frédérique BAEHR (1) et MM. Sébastien COUDRY (2) et Benoît VUILLEMIN (1), "
        "conseillers intéressés, ne prennent part ni au débat, ni au vote.")


def test_interested_sentence_agrees_singular_and_feminine() -> None:
    one = [(_p("Anne", "VIGNOT", Civility.MRS), 1)]
    assert interested_sentence(one) == ("Mme Anne VIGNOT (1), conseillère intéressée, ne prend part "
                                        "ni au débat, ni au vote.")
    two = [(_p("Anne", "VIGNOT", Civility.MRS), 1), (_p("Marie", "ZEHAF", Civility.MRS), 0)]
    assert interested_sentence(two).startswith(
        "Mmes Anne VIGNOT (1) et Marie ZEHAF (0), conseillères intéressées")
