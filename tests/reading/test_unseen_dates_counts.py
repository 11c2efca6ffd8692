"""Forms of dates and head-counts seen at authorities outside both labelled sets (issue 14,
third round): counts whose labels and figures sit on different lines, counts told in a
sentence, a convocation handed to each member on a day written in words. Every text here is
invented, in the form seen."""

from __future__ import annotations

import datetime as dt

import pytest

from registre.reading.dates import read_dates
from registre.reading.headcounts import read_headcounts


def _given(text: str) -> dict[str, int]:
    return {k: v for k, v in read_headcounts(text).items() if v is not None}


_FULL = {"in_office": 27, "present": 16, "proxies": 3, "voters": 19}


@pytest.mark.parametrize("text", [
    # figures on one line, their labels on the next, then the roll call's heading
    "27 16 3 19\nNombre de Conseillers en exercice Présents Procurations Votants\n"
    "Présents : Anne PETIT, Paul RUE\n",
    # the labels first, the figures under them
    "Nombre de Conseillers en exercice Présents Procurations Votants\n27 16 3 19\nPrésents : Anne PETIT\n",
    # labels stacked over their figures, other lines between the pairs (a side column)
    "NOMBRE DE\nCONSEILLERS :\nEn exercice\n27\nAnne PETIT, Paul RUE, Eve ROUX\nPrésents\n16\n"
    "Procurations\n\n3\nORDRE DU JOUR\nVotants\n19\n",
])
def test_counts_whose_figures_and_labels_are_on_different_lines(text: str) -> None:
    assert _given(text) == _FULL


def test_one_label_over_a_figure_is_no_count() -> None:
    # a heading over a page number, a lone pair: nothing is read
    assert _given("Etaient présents\n2\nAnne PETIT, Paul RUE") == {}
    assert _given("Présents\n2\nAnne PETIT, Paul RUE") == {}
    # two labels over one figure: which is it? nothing
    assert _given("En exercice Présents\n12\nAnne PETIT") == {}


def test_counts_told_in_a_sentence() -> None:
    text = ("Membres en exercice : 265. A l'ouverture de la séance, 182 délégués étaient présents ; "
            "2 avaient donné pouvoir écrit de voter en leur nom.")
    assert _given(text) == {"in_office": 265, "present": 182, "proxies": 2}
    assert _given("Ce soir, 12 conseillers sont présents et 3 conseillers ont donné procuration.") == {
        "present": 12, "proxies": 3}
    # a giving, not a count
    assert "proxies" not in _given("Mme ROUX a donné pouvoir à M. RUE. "
                                   "M. PETIT a donné procuration à Mme ROUX.")


_MINUTES = ("PROCES-VERBAL DE LA RÉUNION DU CONSEIL MUNICIPAL DU 28 OCTOBRE 2019\n\n"
            "L’an deux mille dix-neuf, le vingt-huit octobre à dix-huit heures, les membres du Conseil "
            "Municipal se sont réunis en séance ordinaire.\n\n")


@pytest.mark.parametrize("sentence", [
    "La convocation a été établie et remise au domicile de chaque élu le vingt-trois octobre deux "
    "mille dix-neuf conformément au C.G.C.T.",
    "La convocation a été adressée à chaque élu le 23 octobre 2019.",
    "Convocation envoyée aux élus le 23/10/2019.",
])
def test_a_convocation_handed_to_each_member_on_a_day(sentence: str) -> None:
    dates = read_dates(_MINUTES + sentence + "\n")
    assert dates.session is not None and dates.session.date == dt.date(2019, 10, 28)
    assert dates.convocation is not None and dates.convocation.date == dt.date(2019, 10, 23)


def test_a_member_elected_on_a_day_is_no_convocation() -> None:
    dates = read_dates(_MINUTES + "M. Paul RUE, élu le 15 mars 2019, est installé.\n")
    assert dates.convocation is None
    assert dates.session is not None and dates.session.date == dt.date(2019, 10, 28)


@pytest.mark.parametrize(("heading", "day"), [
    ("SEANCE DU 4 FÉV. 2021", dt.date(2021, 2, 4)),
    ("SEANCE DU 4 FEV 2021", dt.date(2021, 2, 4)),
    ("Séance du mardi 4 févr. 2021", dt.date(2021, 2, 4)),
    ("Conseil municipal du 14 sept. 2020", dt.date(2020, 9, 14)),
    ("Conseil municipal du 1er oct 2020", dt.date(2020, 10, 1)),
    ("Réunion du 3 Déc. 2019", dt.date(2019, 12, 3)),
    ("Séance du 12 janv. 2022", dt.date(2022, 1, 12)),
])
def test_a_month_abbreviated_between_a_day_and_a_year(heading: str, day: dt.date) -> None:
    dates = read_dates("COMMUNE DE TESTVILLE\n" + heading + "\nPrésents : Anne PETIT\n")
    assert dates.session is not None and dates.session.date == day


def test_an_abbreviation_without_its_figures_is_no_date() -> None:
    # « sept » is also seven; « oct. » without a year names no day
    text = "COMMUNE DE TESTVILLE\nsept conseillers présents en 2021, réunion en oct. 2020\n"
    assert read_dates(text).session is None


@pytest.mark.parametrize("line", [
    "Convocation envoyée le 26 février 2021",
    "Convocations transmises le 26/02/2021",
    "Convocation notifiée le 26 février 2021",
])
def test_a_convocation_sent_on_a_day(line: str) -> None:
    dates = read_dates("Séance du 4 mars 2021\n" + line + "\nPrésents : Anne PETIT\n")
    assert dates.session is not None and dates.session.date == dt.date(2021, 3, 4)
    assert dates.convocation is not None and dates.convocation.date == dt.date(2021, 2, 26)


def test_a_transmission_after_the_convocation_is_no_convocation() -> None:
    dates = read_dates("Séance du 4 mars 2021\nDate de la convocation : 26 février 2021, transmise en "
                       "préfecture le 10 mars 2021\nPrésents : Anne PETIT\n")
    assert dates.convocation is not None and dates.convocation.date == dt.date(2021, 2, 26)
    assert dates.publication is not None and dates.publication.date == dt.date(2021, 3, 10)


def test_members_in_office_before_their_label() -> None:
    assert _given("Soit 15 conseillers en exercice, 12 présents, 2 pouvoirs, 14 votants.") == {
        "in_office": 15, "present": 12, "proxies": 2, "voters": 14}
    assert _given("Le conseil compte 15 membres en exercice.") == {"in_office": 15}
    # « de l'exercice 2020 » is a budget's year
    assert _given("Compte administratif de l'exercice 2020 : 12 votants") == {"voters": 12}
