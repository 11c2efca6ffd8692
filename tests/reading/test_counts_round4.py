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


def test_excused_column_of_a_box() -> None:
    """« En exercice Présents Excusés Absents Pouvoirs Votants⏎15 11 2 2 2 13 »: the excused
    hold a column of the box (no count of theirs is kept)."""
    text = "En exercice Présents Excusés Absents Pouvoirs Votants\n15 11 2 2 2 13\n"
    assert _counts(text) == (15, 11, 2, 13)
    text = "Membres en exercice | Présents | Absents excusés | Votants\n19 | 14 | 5 | 14\n"
    assert _counts(text) == (19, 14, None, 14)


def test_a_figure_after_an_equals_sign_is_its_labels() -> None:
    """« En exercice = 23 Présents = 18 Votants = 20 »: 23 is not printed before « Présents »
    (it was read as the present count, 18 as the voters')."""
    counts = _counts("En exercice = 23 Présents = 18 Votants = 20\n")
    assert counts[1] in (None, 18) and counts[3] in (None, 20)


def test_counts_told_in_a_sentence() -> None:
    assert _counts("Quinze conseillers étaient présents.\n")[1] == 15
    assert _counts("Le quorum est atteint avec vingt et un conseillers présents.\n")[1] == 21
    assert _counts("Sur 23 conseillers en exercice, 18 sont présents.\n")[:2] == (23, 18)
    # The proxies counted after the present, in figures or in words.
    assert _counts("Le doyen a dénombré trente (30) présents plus une procuration.\n")[1:3] == (30, 1)
    assert _counts("Soit 27 présents et deux pouvoirs.\n")[1:3] == (27, 2)
    # (a giving, not a count)
    assert _counts("Soit 27 présents et 2 pouvoirs à M. Lebrun.\n")[2] is None


def test_bracketed_count_of_the_seats() -> None:
    """« Présents (11/15) : »: the present count (of the seats), before the list."""
    assert _counts("Présents (11/15) : M. Paul PETIT, Mme Anne MARTIN\n")[1] == 11
    assert _counts("Pouvoirs (2/4) : Mme Anne MARTIN à M. Paul PETIT\n")[2] == 2


def test_more_voters_than_present_and_represented_is_no_reading() -> None:
    """Figures read before their labels that say more voters than present and represented:
    one is misread, none is kept. Labelled with their colons, they are kept (a misprint, which
    the evidence weighs against the lists)."""
    assert _counts("Soit 12 présents\n1 pouvoir   31 votants\n") == (None, None, None, None)
    assert _counts("Soit 12 présents\n1 pouvoir   13 votants\n") == (None, 12, 1, 13)
    assert _counts("Présents : 12\nPouvoirs : 1\nVotants : 31\n") == (None, 12, 1, 31)
