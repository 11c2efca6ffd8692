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
