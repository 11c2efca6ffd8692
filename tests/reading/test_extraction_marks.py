"""Marks of the extraction that no pattern should have to know (layout.lines): a left margin
common to every line, a text double-spaced throughout. A document reads the same with them as
without (bench reading_robustness measures it on every labelled text)."""

from __future__ import annotations

from pathlib import Path

import pytest
from bench.bench_reading_robustness import _running_head, _spaced

from registre.reading import read_text
from registre.reading.layout import lines

from ..shared import TRONGET, shared_file

REAL = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "real"


def _margin(text: str, width: int = 20) -> str:
    return "\n".join(" " * width + r if r.strip() else r for r in text.split("\n"))


def _answers(text: str):  # type: ignore[no-untyped-def]
    doc = read_text(text, "x").document
    assert doc is not None
    return (doc.authority, doc.session_date, doc.members_in_office, sorted(doc.printed.items()),
            sorted(doc.name(p) or "" for p, _ in doc.present),
            sorted((doc.name(x.giver), doc.name(x.holder)) for x in doc.proxies),
            [(d.parsed.number, d.parsed.title) for d in doc.deliberations])


@pytest.mark.parametrize("stem", ["040_montpellier_2014-04-24", "021_l-arbresle_2013-07-09",
                                  "245_putanges-le-lac_2017-05-19", "161_pierrefonds_2016-07-09"])
@pytest.mark.parametrize("mark", [_margin, _spaced])
def test_a_real_text_reads_the_same_with_the_marks(stem: str, mark) -> None:  # type: ignore[no-untyped-def]
    text = shared_file(REAL / f"{stem}.txt").read_text("utf-8")
    assert _answers(mark(text)) == _answers(text)


def test_the_seed_extract_reads_the_same_with_the_marks() -> None:
    text = TRONGET.read_text("utf-8")
    assert _answers(_margin(text, 12)) == _answers(text)
    assert _answers(_spaced(text)) == _answers(text)


def test_margin_removed_after_a_page_feed() -> None:
    got = lines("    Séance du 3 mai\n\f    Présents : A\n      suite")
    assert got == "Séance du 3 mai\n\fPrésents : A\n  suite"


def test_a_flush_text_and_a_text_with_paragraphs_are_left_alone() -> None:
    text = "Titre\n\n   retrait\nligne\nligne\n\nparagraphe\n" * 10
    assert lines(text) is text
    # A text whose first lines are spaced but whose body runs line after line is not double-spaced.
    head = "".join(f"ligne {i}\n\n" for i in range(12))
    body = "".join(f"corps {i}\n" for i in range(200))
    assert lines(head + body) == head + body


def test_double_spacing_undone_paragraphs_kept() -> None:
    original = "\n".join(["Titre", "", *[f"ligne {i}" for i in range(20)], "", "Fin"])
    assert lines(_spaced(original)) == original


@pytest.mark.parametrize("stem", ["020_fargues-saint-hilaire_2018-12-13", "173_pierrefonds_2018-04-10",
                                  "029_montpellier_2014-02-17"])
def test_a_running_head_between_two_lines_is_no_title(stem: str) -> None:
    text = shared_file(REAL / f"{stem}.txt").read_text("utf-8")
    assert _answers(_running_head(text)) == _answers(text)


def test_running_heads_removed_a_page_number_in_prose_kept() -> None:
    text = ("Présents : A, B,\n\nCommune de X - Conseil municipal du 3 mai 2024 – Page 1 / 3\n\nC, D.\n"
            "Voir la page 4 du rapport.\n\nCommune de X - Conseil municipal du 3 mai 2024 – Page 2 / 3\n\n"
            "Fin\n")
    assert lines(text) == "Présents : A, B,\nC, D.\nVoir la page 4 du rapport.\nFin\n"
