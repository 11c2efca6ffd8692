"""A fresh held-out set labelled in session s25 (bench/labels/outside10/*.json, issue 14).

Labelled once, by reading, before the reader was ever run on its texts, and not to be tuned on:
it measures how the reader generalises. Same format as ``bench/labels/outside`` (texts kept
outside the repository, URLs in ``"source"``); its authorities and pages are in none of the real,
outside and outside3 to outside9 sets.
"""

from __future__ import annotations

from tests.reading import held_out


def test_the_held_out_labels_have_the_documented_keys_and_a_source() -> None:
    held_out.check_format("outside10")


def test_the_held_out_set_is_new_authorities_and_new_pages() -> None:
    held_out.check_new("outside10", ('outside', 'outside3', 'outside4', 'outside5', 'outside6',
                                    'outside7', 'outside8', 'outside9'),
                       documents=25, authorities=25, one_each=True)
