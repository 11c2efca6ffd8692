"""Head-counts and dates in forms met on unseen authorities (third round): each form written
here with invented names and authorities."""

from __future__ import annotations

import datetime as dt

from registre.reading.dates import read_dates
from registre.reading.headcounts import read_headcounts

from .builders import extract, read

LISTS = """Étaient présents : M. Jean DUPONT, Mme Anne MARTIN, M. Paul PETIT, Mme Lucie ROUX
Étaient absents : M. Marc BLANC, Mme Julie NOIR, M. Luc VERT
Secrétaire de séance : Mme Anne MARTIN"""


def test_box_labels_then_their_figures_on_one_line() -> None:
    """« Nombre de membres En exercice Présents Votants 41 30 33 »: a box's two rows flattened
    onto one line; « Votants 41 » is not the voters' count."""
    header = ("Compte rendu du comité syndical\nSYNDICAT MIXTE DU VAL D'ESSAI\nSéance du 12 mars 2024\n"
              "Nombre de membres En exercice Présents Votants 41 30 33\n\n")
    doc = read(extract(LISTS, header=header))
    assert doc.members_in_office == 41
    assert doc.printed["present"] == 30 and doc.printed["voters"] == 33


def test_one_line_box_needs_a_figure_for_each_label() -> None:
    # Two labels, one figure: the figure is the last label's (« Votants 12 »), no box.
    assert read_headcounts("Présents Votants 12\n")["voters"] == 12
    counts = read_headcounts("En exercice Présents Pouvoirs Votants 19 15 2 17\n")
    assert (counts["in_office"], counts["present"], counts["proxies"], counts["voters"]) == (19, 15, 2, 17)


def test_a_sign_under_an_empty_list_heading_is_no_count() -> None:
    """« Procuration : - » between the present and the absent lists is an empty list's heading:
    no count of proxies is printed (the labels' convention: null, the pairs empty)."""
    lists = ("Présents : M. Jean DUPONT, Mme Anne MARTIN, M. Paul PETIT, Mme Lucie ROUX\n"
             "Procuration : -\nAbsents : M. Marc BLANC, Mme Julie NOIR, M. Luc VERT\n"
             "Secrétaire de séance : Mme Anne MARTIN")
    doc = read(extract(lists))
    assert doc.printed["proxies"] is None and doc.proxies == []
    # One group's empty heading among others that name givings: no count for the sitting.
    groups = ("Titulaires : Anne ROCHE, Paul VIGNE\nSuppléants : /\nProcurations : /\n"
              "Absents excusés : Marc ORME\nTitulaires : Luc FRÊNE\nProcurations : Léa SAULE à Luc FRÊNE\n")
    assert read_headcounts(groups)["proxies"] is None


def test_a_sign_among_counts_is_zero() -> None:
    """« Présents : 12⏎Pouvoirs : -⏎Votants : 12 », « Nombre de procurations : néant »: a table of
    counts, where the sign stands for zero."""
    assert read_headcounts("Présents : 12\nPouvoirs : -\nVotants : 12\n")["proxies"] == 0
    assert read_headcounts("Nombre de procurations : néant\n")["proxies"] == 0


def test_the_only_date_with_a_wrong_day_name_is_the_sitting() -> None:
    """« Assemblée de la communauté … mercredi 14 mars 2024 » (a Thursday): no other date to
    choose, the date as printed, with little confidence."""
    text = ("Assemblée générale de la Communauté de Communes du Val d'Essai mercredi 14 mars 2024 "
            "Étaient présents : M. Jean DUPONT, Mme Anne MARTIN\n")
    read = read_dates(text)
    assert read.session is not None and read.session.date == dt.date(2024, 3, 14)
    assert read.session.confidence < 0.5
    # With another date to choose (the right year printed elsewhere), the wrong day's name still
    # counts against its date.
    other = read_dates("Séance du mercredi 14 mars 2023\nL'an deux mille vingt-quatre, le 14 mars, "
                       "le conseil s'est réuni.\n")
    assert other.session is not None and other.session.date == dt.date(2024, 3, 14)


def test_a_page_of_publications_naming_sittings_in_spaced_figures_has_no_sitting() -> None:
    """A commune's page of publications: « Procès-verbal CM du 09 10 2023 », « Liste des
    délibérations examinées le 13 mars 2023 »: a page listing many sittings is no sitting."""
    text = ("Les actes sont publiés sur le site internet de la commune.\n\n"
            "Tableau des délibérations du 26 01 2024\n\nProcès verbal CM du 09 10 2023\n\n"
            "Liste des délibérations du CM du 09 10 2023\n\n"
            "Liste des Délibérations examinées le 11 avril 2023\n\n"
            "PROCÈS-VERBAL DE SÉANCE DU 13 MARS 2023\n\nListe des Délibérations examinées le 13 mars 2023\n")
    assert read_dates(text).session is None
    # One sitting's title alone stays its date.
    assert read_dates("PROCÈS-VERBAL DE SÉANCE DU 13 MARS 2023\n\nLe conseil s'est réuni.\n").session.date \
        == dt.date(2023, 3, 13)  # type: ignore[union-attr]


def test_a_convocation_label_above_its_date_in_a_side_box() -> None:
    """« Convocation &⏎Affichage : le⏎03/03/2024 », « Date de convocation :⏎05/03/2024 »: the
    box's label on the lines above its date."""
    boxes = (("Convocation &\nAffichage : le\n03/03/2024\n", 3), ("Date de convocation :\n05/03/2024\n", 5))
    for box, day in boxes:
        text = ("COMMUNE DE TESTVILLE\nCONSEIL MUNICIPAL\nSéance du mardi 12 mars 2024 à 19h00\n"
                "Elus\n15\nPrésents :\n12\n" + box +
                "Le douze mars deux mil vingt-quatre, le Conseil municipal s'est réuni.\n")
        read = read_dates(text)
        assert read.session is not None and read.session.date == dt.date(2024, 3, 12)
        assert read.convocation is not None and read.convocation.date == dt.date(2024, 3, day)
    # A sitting's heading between the label and the date: the date is the sitting's.
    text = "Convocation :\nSéance du\n12/03/2024\nLe conseil s'est réuni.\n"
    assert read_dates(text).convocation is None


def test_convocations_sent_to_the_members_on_a_day() -> None:
    """« les convocations individuelles, l'ordre du jour et les notes de synthèse ont été transmis
    par courriel aux conseillers communautaires le 5 mars 2024 »."""
    from registre.reading.header import convocation_date

    text = ("Le Conseil communautaire s'est réuni sous la présidence de M. Paul ROCHE ; les convocations "
            "individuelles, l'ordre du jour et les notes explicatives de synthèse ont été transmis par "
            "la voie du courriel aux conseillers communautaires le 5 mars 2024. Séance du 12 mars 2024.\n")
    assert convocation_date(text) == dt.date(2024, 3, 5)
    # « le même jour »: no date just after, none read (not a later date of the text).
    same_day = text.replace("le 5 mars 2024", "le même jour")
    assert convocation_date(same_day) is None


def test_present_count_told_in_a_sentence() -> None:
    """« 14 membres du Conseil étant présents, le conseil peut délibérer », « le quorum est
    atteint, par 19 conseillers présents »; not a vote's « unanimité des 18 membres présents »."""
    assert read_headcounts("14 membres du Conseil étant présents, le conseil peut valablement délibérer.\n")[
        "present"] == 14
    assert read_headcounts("Le président constate que le quorum est atteint, par 19 conseillers présents ; "
                           "il ouvre la séance.\n")["present"] == 19
    assert read_headcounts("Adopté à l'unanimité des 18 membres présents.\n")["present"] is None


def test_a_count_on_the_bulleted_line_after_its_label() -> None:
    """« - Présents :⏎- 14 jusqu'à 19 h 10⏎- 15 à partir de 19 h 11 »: the first figure (the
    labels' convention for a count that changes); a bulleted list of names stays a list."""
    text = ("Nombre de membres\n- Afférents au conseil : 19\n- Présents :\n- 14 jusqu'à 19 h 10\n"
            "- 15 à partir de 19 h 11\n- Représentés : 3\n")
    counts = read_headcounts(text)
    assert counts["present"] == 14 and counts["proxies"] == 3
    assert read_headcounts("Pouvoirs :\n- Mme Anne ROCHE à M. Paul VIGNE\n")["proxies"] is None
