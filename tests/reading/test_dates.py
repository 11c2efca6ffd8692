"""Dates as people write them, and which one is the sitting's (issue 14)."""

from __future__ import annotations

import datetime as dt

import pytest

from registre.reading.dates import mentions, session_date, words_to_number
from registre.reading.headcounts import read_headcounts

from .builders import dated, read


@pytest.mark.parametrize(("text", "want"), [
    ("CONSEIL MUNICIPAL DU 22 OCTOBRE 2021\nPrésents : Jean DUPONT", "2021-10-22"),
    ("SEANCE DU 1 ER OCTOBRE 2013\nL'ordre du jour appelle", "2013-10-01"),
    ("L'an deux mille vingt et un, le vendredi vingt-six mars, le Conseil municipal s'est réuni",
     "2021-03-26"),
    ("L'an deux mil treize, le premier juillet à vingt heures, le conseil s'est réuni", "2013-07-01"),
    ("COMPTE RENDU DU CONSEIL MUNICIPAL DU\nMARDI 26 JANVIER 2016 à 19h30\n\nLe conseil a délibéré.",
     "2016-01-26"),
    ("+ Vendredi 29 janvier 2021, 18:30.\n+ Salle polyvalente.\n+ Présents : Jean-Pierre, Anne-Marie",
     "2021-01-29"),
    ("Conseil Municipal du 15 octobre 2015\nL'an deux mille quinze, le 15 octobre à 20h30, le Conseil "
     "Municipal, dûment convoqué le 8 octobre 2015, s'est réuni.", "2015-10-15"),
])
def test_the_sitting_date_as_printed(text: str, want: str) -> None:
    found = session_date(text)
    assert found is not None and found.date.isoformat() == want
    assert 0 < found.confidence <= 1 and found.line >= 1


def test_a_day_name_that_disagrees_is_mended_by_the_convocation() -> None:
    """« LUNDI 10 AOÛT 2029 » convoked on 30 July 2020: Monday 10 August 2020."""
    text = ("COMPTE RENDU DU CONSEIL MUNICIPAL DU\nLUNDI 10 AOÛT 2029 A 18h30\n\n"
            "Date de la convocation du conseil municipal : 30 juillet 2020\n")
    assert dated(text) == dt.date(2020, 8, 10)


def test_dates_in_words_and_split_by_ocr() -> None:
    assert words_to_number("deux mil treize") == 2013
    assert words_to_number("deux mille vingt et un") == 2021
    assert words_to_number("quatre-vingt-dix-neuf") == 99
    got = [m.date.isoformat() for m in mentions("le 26\njanvier\n2016, et le l5 mars 2016")]
    assert got == ["2016-01-26", "2016-03-15"]


def test_figures_printed_before_their_labels() -> None:
    counts = read_headcounts("27 16 3 19\nNombre de Conseillers en exercice Présents Procurations Votants\n")
    assert (counts["in_office"], counts["present"], counts["proxies"], counts["voters"]) == (27, 16, 3, 19)
    counts = read_headcounts("Soit 31 présents\n 2 procurations      33 votants\n")
    assert (counts["present"], counts["proxies"], counts["voters"]) == (31, 2, 33)


def test_an_arrete_is_recognised_and_yields_nothing_to_file() -> None:
    doc = read("ARRÊTÉ n°008PM/2026\nLe maire de la commune de Chasse sur Rhône,\nVU la demande …\n"
               "Article 1 : Madame X est autorisée le samedi 28 février 2026.\n"
               "En mairie, le 15/01/2026\n"
               "Délibération n° 12 du conseil : rappel\nAdopté à l'unanimité.")
    assert doc.kind.value == "other" and not doc.recognised
    assert doc.deliberations == [] and doc.session_date is None
    assert doc.as_json()["recognised"] is False


# -- forms met in the documents of other authorities (bench/labels/outside) -----------------

def test_a_day_split_by_ocr_is_joined_never_read_as_its_last_figure() -> None:
    """« Séance du 1 2 mars 2019 »: the 12th, not the 2nd; a year split the same way too."""
    assert dated("CONSEIL MUNICIPAL\nSéance du 1 2 mars 2019\nPrésents : Anne MARTIN") \
        == dt.date(2019, 3, 12)
    assert dated("CONSEIL MUNICIPAL\nSEANCE DU 22 OCTOBRE 20 21\nPrésents : Anne MARTIN") \
        == dt.date(2021, 10, 22)
    # « 1ᵉʳ » as a text layer gives it (superscript letters).
    assert dated("Séance du 1ᵉʳ février 2019\nPrésents : Anne MARTIN") == dt.date(2019, 2, 1)
    # Three figures before the month make no day: no date rather than « 4 mars ».
    assert [m.date for m in mentions("Pour : 12 4 mars 2019")] == []


def test_the_next_sitting_announced_is_not_the_sitting() -> None:
    text = ("Le conseil municipal s'est réuni le 3 mars 2020 à 20h.\nPrésents : Anne MARTIN\n"
            "La prochaine séance aura lieu le 7 avril 2020 à 20h.")
    assert dated(text) == dt.date(2020, 3, 3)
    # A page announcing sittings records none: unknown.
    assert dated("Prochain conseil municipal\nLe lundi 7 avril 2025 à 20h\nSalle des fêtes") is None
    assert dated("Les réunions\nDates des prochains conseils municipaux 2025:\n"
                 "♦ lundi 22 septembre 2025 à 21h00 à la mairie\n"
                 "♦ lundi 3 novembre 2025 à 21h00 à la mairie\n") is None


@pytest.mark.parametrize(("text", "want"), [
    pytest.param("Commune de Pierrefonds\nConseil Municipal du 27 septembre 2019\n"
                 "L'an deux mille dix-neuf, le 27 septembre à 20h30, le Conseil Municipal, dûment convoqué "
                 "le 18 septembre 2019, s'est réuni.\nPrésents : Michèle BOURBIER\n"
                 "Madame le maire rappelle que chacun a été destinataire du compte rendu de la séance du "
                 "15 juillet 2019.\nPublié le 2 octobre 2019.",
                 {"session": dt.date(2019, 9, 27), "convocation": dt.date(2019, 9, 18)},
                 id="previous-sitting-and-publication-are-not-the-sitting"),
    # Only the previous sitting's date, in the body: unknown rather than wrong.
    pytest.param("Présents : Jean DUPONT\nApprobation du procès-verbal de la séance du 3 mars 2020.",
                 {"session": None}, id="previous-sitting-alone"),
    # « convoqué par courrier en date du 17 mai »: the meeting of 16 mai, before the
    # convocation, failed for want of quorum and is not the sitting (its day name is wrong too).
    pytest.param("Compte-rendu\ndu Comité Syndical du jeudi 22 mai 2019\n"
                 "Lors de la réunion du comité syndical du 16 mai 2019 le quorum n'a été atteint. Un nouveau "
                 "comité syndical a été organisé en l'an deux mille dix-neuf, le vingt-deux mai, après avoir "
                 "été régulièrement convoqué par courrier en date du 17 mai 2019.",
                 {"session": dt.date(2019, 5, 22), "convocation": dt.date(2019, 5, 17)},
                 id="convocation-en-date-du"),
    pytest.param("CONSEIL MUNICIPAL DU 26 MARS 2021\nL'an deux mille vingt et un, le vendredi vingt-six "
                 "mars, le Conseil Municipal, sur convocation régulière en date du 19 mars 2021, "
                 "s'est réuni.", {"convocation": dt.date(2021, 3, 19)}, id="sur-convocation-en-date-du"),
    pytest.param("RÉUNION DU CONSEIL MUNICIPAL lundi 10 mars - date de convocation : 04 mars - conseillers "
                 "en exercice : 29 - publication : 17 mars 2014 L'an deux mil quatorze, le dix mars à vingt "
                 "heures, le conseil s'est réuni.",
                 {"session": dt.date(2014, 3, 10), "convocation": dt.date(2014, 3, 4),
                  "publication": dt.date(2014, 3, 17)}, id="convocation-without-its-year-takes-the-sittings"),
    # Convoked in December for a January sitting: the year before.
    pytest.param("Séance du 8 janvier 2019 à 20h\nConvoqué le 28 décembre, le conseil s'est réuni.",
                 {"convocation": dt.date(2018, 12, 28)}, id="december-convocation-january-sitting"),
    # Forms met outside the labelled sets.
    pytest.param("1 Le trois mars deux mille dix-neuf, convocation du Conseil Municipal adressée à chaque "
                 "conseiller pour la séance ordinaire, à la mairie, le lundi 11 mars 2019 à 20H30. "
                 "ORDRE DU JOUR : budget\n"
                 "L'an deux mille dix-neuf, le onze mars, le Conseil Municipal s'est réuni.\n",
                 {"convocation": dt.date(2019, 3, 3), "session": dt.date(2019, 3, 11)},
                 id="the-date-before-the-word-convocation"),
    pytest.param("COMPTE-RENDU DU CONSEIL MUNICIPAL DU JEUDI 27 JUIN 2013\nL'an deux mille treize, le "
                 "vingt-sept juin, le Conseil municipal s'est réuni à 20 heures, en Mairie, sur convocation "
                 "adressée à tous ses membres le vingt et un juin précédent.\n",
                 {"convocation": dt.date(2013, 6, 21)}, id="a-day-in-words-without-its-year"),
    pytest.param("L'an deux mille vingt-deux, le 18 mai à 19h, le Conseil de TESTVILLE, dûment convoqué\n"
                 "le 11 mai, s'est réuni dans la salle des fêtes, sous la présidence du maire.\n",
                 {"convocation": dt.date(2022, 5, 11)}, id="without-its-year-across-a-line-break"),
    pytest.param("SEANCE DU 12 MARS 2021 CONVOCATION DU 5 MARS 2021 Nombre de conseillers en exercice : 15\n",
                 {"session": dt.date(2021, 3, 12), "convocation": dt.date(2021, 3, 5)},
                 id="a-flattened-heading-keeps-the-sitting-before-the-convocation"),
])
def test_the_sitting_convocation_and_publication_dates(text: str, want: dict[str, dt.date | None]) -> None:
    assert {which: dated(text, which) for which in want} == want


def test_a_title_en_date_du_is_the_sittings_date_a_body_reference_is_not() -> None:
    assert dated("PROCÈS VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DE SAINT-JUST EN DATE DU "
                  "24 Février 2015\nPrésents : Anne MARTIN") == dt.date(2015, 2, 24)
    assert dated("Réunion du conseil municipal en date du 12 mars 2019\nPrésents : Anne MARTIN") \
        == dt.date(2019, 3, 12)
    body = ("Présents : Anne MARTIN\n" + "Le conseil délibère.\n" * 8
            + "Vu la délibération du conseil municipal en date du 12 mars 2019,")
    assert dated(body) is None


def test_a_deliberation_heading_dates_its_sitting_a_reference_does_not() -> None:
    """Extracts printed one after another, each under « Délibération n° N du <date> »; the body
    cites an earlier sitting (« lors de la séance du 16 mars 2008 »)."""
    text = ("Décembre 2008\n\nDélibération n° 1 du 18 DECEMBRE 2008\n\n1° Objet : COMPTE-RENDU DE "
            "DELEGATIONS Dans le cadre des délégations consenties au Maire par le Conseil Municipal "
            "lors de la séance du 16 mars 2008, il est proposé de prendre acte.\n\n"
            "Délibération n° 2 du 18 DECEMBRE 2008\n")
    assert dated(text) == dt.date(2008, 12, 18)
    body = ("Séance du 3 avril 2019\nPrésents : Anne MARTIN\nVu la délibération n° 12 du 3 mars 2019 "
            "fixant les tarifs,")
    assert dated(body) == dt.date(2019, 4, 3)
