"""Vote forms seen at authorities outside both labelled sets (issue 14, third round). Every
text here is invented, in the form seen."""

from __future__ import annotations

import pytest

from registre.reading.votes import read_vote


def _counts(text: str) -> tuple[int | None, int | None, int | None] | None:
    v = read_vote(text)
    return None if v is None else (v.for_, v.against, v.abstention)


@pytest.mark.parametrize(("text", "counts"), [
    # each figure after its label, no colon: not « 12 Contre », « 2 Abstention »
    ("Pour 12 Contre 2 Abstention 1", (12, 2, 1)),
    ("POUR 12 CONTRE 0 ABSTENTIONS 3\nLa délibération est adoptée.", (12, 0, 3)),
    ("Vote : Pour 14, Contre 1, Abstentions 2", (14, 1, 2)),
    ("Pour 9 – Contre 3", (9, 3, None)),
    # each figure before its label: unchanged
    ("2 contre 3 abstentions 6 votes pour", (6, 2, 3)),
    ("13 votes pour 1 abstention", (13, None, 1)),
    ("11 votes pour / 1 abstention / 2 contre", (11, 2, 1)),
    # « N pour » before a dash and the abstentions
    ("Résultat du vote : 14 pour – 1 abstention", (14, None, 1)),
])
def test_counts_whose_labels_have_no_colon(text: str, counts: tuple[int | None, ...]) -> None:
    assert _counts(text) == counts


def test_a_run_with_the_outcome_keeps_it() -> None:
    v = read_vote("Pour 12 Contre 2 Abstention 1 : adopté")
    assert v is not None and v.outcome is not None and v.outcome.value.startswith("adopt")
