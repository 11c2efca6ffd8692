"""The held-out set that replaced outside3 (bench/labels/outside4/*.json, issue 14).

Labelled once, by reading, before the reader was ever run on its texts, and not to be tuned on:
it measures how the reader generalises. Same format as ``bench/labels/outside`` (texts kept
outside the repository, URLs in ``"source"``); its authorities and pages are in none of the real,
outside and outside3 sets.
"""

from __future__ import annotations

from tests.reading import held_out


def test_the_held_out_labels_have_the_documented_keys_and_a_source() -> None:
    held_out.check_format("outside4")


def test_the_held_out_set_is_new_authorities_and_new_pages() -> None:
    held_out.check_new("outside4", ('outside', 'outside3'), documents=30, authorities=25)
