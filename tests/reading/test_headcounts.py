"""Printed head-counts in their layouts, and disagreements with the lists reported."""

from __future__ import annotations

from .builders import extract, read

LISTS = """Étaient présents : M. Jean DUPONT, Mme Anne MARTIN, M. Paul PETIT, Mme Lucie ROUX
Étaient absents : M. Marc BLANC, Mme Julie NOIR, M. Luc VERT
Procurations : M. Marc BLANC à M. Jean DUPONT
Secrétaire de séance : Mme Anne MARTIN"""


def test_labelled_headcounts() -> None:
    doc = read(extract(LISTS + "\nPrésents : 4\nProcurations : 1\nVotants : 5", in_office=7))
    assert doc.members_in_office == 7
    assert doc.printed == {"present": 4, "proxies": 1, "voters": 5, "absent": None}
    assert not any("imprimés" in w for w in doc.warnings)


def test_side_box_numbers_before_their_labels() -> None:
    header = ("Extrait du registre des délibérations du conseil municipal\nCOMMUNE DE TESTVILLE\n"
              "Séance du 12 mars 2024\n7 4 1 5\nEn exercice / Présents / Procurations / Votants\n\n")
    doc = read(extract(LISTS, header=header))
    assert doc.members_in_office == 7
    assert doc.printed["present"] == 4 and doc.printed["proxies"] == 1 and doc.printed["voters"] == 5


def test_side_box_numbers_far_after_their_labels() -> None:
    header = ("Extrait du registre des délibérations du conseil municipal\nCOMMUNE DE TESTVILLE\n"
              "Séance du 12 mars 2024\nEn exercice Présents Pouvoirs Votants\nLe conseil s'est réuni.\n"
              "7 | 4 | 1 | 5\n\n")
    doc = read(extract(LISTS, header=header))
    assert (doc.members_in_office, doc.printed["present"], doc.printed["voters"]) == (7, 4, 5)


def test_took_part_sentence_gives_voters_present_and_proxies() -> None:
    doc = read(extract(LISTS + "\nOnt pris part à la délibération : 5 (4 présents et 1 pouvoir)"))
    assert doc.printed["voters"] == 5 and doc.printed["present"] == 4 and doc.printed["proxies"] == 1


def test_slash_means_zero() -> None:
    doc = read(extract(LISTS + "\nPrésents : 4\nProcurations : /\nVotants : 4"))
    assert doc.printed["proxies"] == 0


def test_wrong_printed_present_count_is_reported() -> None:
    doc = read(extract(LISTS + "\nPrésents : 6\nVotants : 5"))
    assert any("6 présents imprimés, 4 d'après les listes" in w for w in doc.warnings)


def test_printed_vote_that_does_not_add_up_to_voters_is_reported() -> None:
    doc = read(extract(LISTS + "\nVotants : 5", vote="Pour : 6 Contre : 0 Abstention : 0"))
    assert any("totalise 6 voix pour 5 votants" in w for w in doc.warnings)
    assert any("pour imprimé 6, calculé" in w or "REC-SUM" in w or "VOTE-OVER" in w for w in doc.warnings)
