"""Head-counts in forms many authorities print (fourth round), and the cross-check that one
printed figure is one count's: each written here with invented names and authorities."""

from __future__ import annotations

from registre.reading.headcounts import read_headcounts

from .builders import extract, read

LISTS = """Étaient présents : M. Jean DUPONT, Mme Anne MARTIN, M. Paul PETIT, Mme Lucie ROUX
Étaient absents : M. Marc BLANC, Mme Julie NOIR, M. Luc VERT
Secrétaire de séance : Mme Anne MARTIN"""


def _counts(text: str) -> tuple[int | None, ...]:
    c = read_headcounts(text)
    return c["in_office"], c["present"], c["proxies"], c["voters"]


def test_present_or_represented_is_no_present_count() -> None:
    """« … : 25 Présents ou représentés : 24 »: the 25 is the in-office count's, and « présents
    ou représentés » counts the present and the represented together — no present count."""
    text = "Nombre de membres en exercice : 25 Présents ou représentés : 24\nVotants : 24\n"
    assert _counts(text) == (25, None, None, 24)
    assert _counts("En exercice : 19 Présents et représentés : 17\n") == (19, None, None, None)


def test_one_figure_is_one_count() -> None:
    """« En exercice : 21 Présents et votants : 18 »: 21, read beside its label « En exercice »,
    is no figure printed before « Présents »."""
    assert _counts("Membres en exercice : 21 Présents et votants : 18\n")[:2] == (21, None)


def test_when_the_count_was_taken_between_label_and_colon() -> None:
    assert _counts("Nombre de délégués en exercice au jour de la séance : 64 Président : M. X\n")[0] == 64
    assert _counts("Nombre de membres en exercice à la date de la séance : 33\n")[0] == 33
    assert _counts("Présents à l'appel nominal : 22 élus.\n")[1] == 22
    assert _counts("Conseillers présents à l'ouverture de la séance : 17\n")[1] == 17
    # Prose after « présents à la séance » (no colon) is no count.
    assert _counts("Les conseillers présents à la séance du 3 mars 12 heures\n")[1] is None


def test_having_taken_part_in_the_vote() -> None:
    """« Nombre de conseillers ayant pris part au vote : 14 »: the voters; « n'ayant pas pris part
    au vote : 0 » is not."""
    text = ("Nombre de conseillers en exercice : 15\nNombre de conseillers présents : 12\n"
            "Nombre de procurations : 2\nNombre de conseillers ayant pris part au vote : 14\n")
    assert _counts(text) == (15, 12, 2, 14)
    assert _counts("Présents n'ayant pas pris part au vote : 0\n")[3] is None


def test_counts_in_words_after_their_colon() -> None:
    text = "En exercice : quinze\nPrésents : douze\nPouvoirs : deux\nVotants : quatorze (14)\n"
    assert _counts(text) == (15, 12, 2, 14)
    # (a list, not a count: « un pouvoir de … »)
    assert _counts("Présents : M. A, M. B\nPouvoirs : un pouvoir de M. C à M. B\n")[2] is None
    # Words for a count among the lists are a count, not an empty list's heading.
    assert _counts("Présents : M. A, M. B\nPouvoirs : deux\nAbsents : M. C, M. D\n")[2] == 2


def test_leading_zeros() -> None:
    assert _counts("En exercice : 09\nPrésents : 07\nPouvoirs : 01\nVotants : 08\n") == (9, 7, 1, 8)


def test_a_column_of_labels_then_a_column_of_figures() -> None:
    """A side box read down the page: its labels one a line, then its figures one a line."""
    header = ("Compte rendu du comité syndical\nSYNDICAT MIXTE DU VAL D'ESSAI\nSéance du 12 mars 2024\n"
              "Nombre de membres\nEn exercice\nPrésents\nPouvoirs\nVotants\n\n23\n17\n3\n20\n\n")
    doc = read(extract(LISTS, header=header))
    assert doc.members_in_office == 23
    assert (doc.printed["present"], doc.printed["proxies"], doc.printed["voters"]) == (17, 3, 20)
    # One figure more or less than the labels: no reading.
    assert _counts("En exercice\nPrésents\nVotants\n23\n17\n20\n4\n") == (None, None, None, None)
    assert _counts("En exercice\nPrésents\nVotants\n23\n17\nL'an deux mille\n") == (None, None, None, None)
