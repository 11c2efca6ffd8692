"""The held-out set of other authorities' documents (bench/labels/outside3/*.json, issue 14).

Labelled once, by reading, and not to be tuned on: it measures how the reader generalises.
Same format as ``bench/labels/outside`` (texts kept outside the repository, URLs in ``"source"``);
its authorities are in neither the real set nor the outside set.
"""

from __future__ import annotations

from tests.reading import held_out


def test_the_held_out_labels_have_the_documented_keys_and_a_source() -> None:
    held_out.check_format("outside3")


def test_the_held_out_set_is_new_authorities_and_new_pages() -> None:
    held_out.check_new("outside3", ('outside',), documents=30, authorities=25)
