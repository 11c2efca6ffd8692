"""Printed votes the reader missed (session 24) on real minutes (issue 14): a vote printed twice in one block
(under the draft and again after the debate), the votes for after a dash, last of the counts.

Every text here is written for the test, in the form a real document prints (never copied).
"""

from __future__ import annotations

from registre.core.vocabulary import Outcome
from registre.reading.votes import read_vote

_DEBATE = "\n".join(f" M. X : Je voudrais dire un mot sur le point {i} du projet." for i in range(40))


def test_a_vote_printed_twice_is_read() -> None:
    text = (" - D'approuver le projet.\n\n Pour : 44\n Contre : 8\n Abstentions : 2\n"
            " Adopté à la majorité.\n\n"
            f"{_DEBATE}\n\n Pour : 44\n Contre : 8\n Abstentions : 2\n Adopté à la majorité\n")
    v = read_vote(text)
    assert v is not None
    assert (v.for_, v.against, v.abstention, v.outcome) == (44, 8, 2, Outcome.ADOPTED)


def test_two_items_voted_alike_in_one_block() -> None:
    text = ("3 Convention avec la Caisse\n  Pour : 53\n  Contre : /\n  Adopté à l'unanimité.\n\n"
            "10 Halles et Marchés\n  Pour : 53\n  Contre : /\n  Adopté à l'unanimité.\n")
    v = read_vote(text)
    assert v is not None
    assert (v.for_, v.against, v.abstention) == (53, 0, 0)


def test_two_different_votes_in_one_block_give_none() -> None:
    text = ("Chapitre 011\n Pour : 20\n Contre : 3\n\nChapitre 012\n Pour : 23\n Contre : 0\n")
    assert read_vote(text) is None


def test_a_vote_before_the_repeated_counts_gives_none() -> None:
    text = ("Le compte rendu est approuvé à l'unanimité.\n\n" + _DEBATE + "\n\n"
            " Pour : 15\n Contre : 0\n\n" + _DEBATE + "\n\n Pour : 15\n Contre : 0\n")
    assert read_vote(text) is None


def test_votes_for_after_a_dash_last_of_the_counts() -> None:
    v = read_vote("Vote : 1 ABSTENTION (C.DUPONT) -- 11 POUR\n\nARRIVEE DE MME Y\n")
    assert v is not None
    assert (v.for_, v.abstention) == (11, 1)
    v = read_vote("Vote : 2 contre – 9 pour.\n")
    assert v is not None
    assert (v.for_, v.against) == (9, 2)


def test_a_dash_before_prose_is_no_count() -> None:
    v = read_vote("Vote : 1 abstention - 11 pour cent des crédits restent à voter.\n")
    assert v is None or v.for_ is None


def test_repeated_counts_without_outcome_are_the_parts_votes() -> None:
    # One vote per association of a subsidies' item: the parts' votes, not the item's.
    one = "Vote :\n - Pour : 16\n - Abstentions : 3, M. A, Mme B\n"
    assert read_vote("".join(f"Association {k}    320 €\n{one}\n" for k in "AB")) is None
