"""A fresh held-out set labelled in session s23 (bench/labels/outside9/*.json, issue 14).

Labelled once, by reading, before the reader was ever run on its texts, and not to be tuned on:
it measures how the reader generalises. Same format as ``bench/labels/outside`` (texts kept
outside the repository, URLs in ``"source"``); its authorities and pages are in none of the real,
outside and outside3 to outside8 sets.
"""

from __future__ import annotations

from tests.reading import held_out


def test_the_held_out_labels_have_the_documented_keys_and_a_source() -> None:
    held_out.check_format("outside9")


def test_the_held_out_set_is_new_authorities_and_new_pages() -> None:
    held_out.check_new("outside9", ('outside', 'outside3', 'outside4', 'outside5', 'outside6',
                                   'outside7', 'outside8'),
                       documents=18, authorities=18, one_each=True)
