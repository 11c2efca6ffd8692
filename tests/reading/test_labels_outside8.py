"""A held-out set kept for the round after outside7 (bench/labels/outside8/*.json, issue 14).

Labelled once, by reading, before the reader was ever run on its texts, and not to be tuned on:
it measures how the reader generalises. Same format as ``bench/labels/outside`` (texts kept
outside the repository, URLs in ``"source"``); its authorities and pages are in none of the real,
outside, outside3, outside4, outside5, outside6 and outside7 sets.
"""

from __future__ import annotations

from tests.reading import held_out


def test_the_held_out_labels_have_the_documented_keys_and_a_source() -> None:
    held_out.check_format("outside8")


def test_the_held_out_set_is_new_authorities_and_new_pages() -> None:
    held_out.check_new("outside8", ('outside', 'outside3', 'outside4', 'outside5', 'outside6',
                                   'outside7'),
                       documents=30, authorities=30, one_each=True)
