"""Head-counts and dates in forms met on unseen authorities (third round): each form written
here with invented names and authorities."""

from __future__ import annotations

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
