"""A fresh set labelled in session s25 (bench/labels/outside11/*.json, issue 14).

Labelled once, by reading, before the reader was ever run on its texts; unlike the held-out sets
it is meant to be developed on. Same format as ``bench/labels/outside`` (texts kept outside the
repository, URLs in ``"source"``); its authorities and pages are in none of the real, outside and
outside3 to outside10 sets.
"""

from __future__ import annotations

from tests.reading import held_out


def test_the_labels_have_the_documented_keys_and_a_source() -> None:
    held_out.check_format("outside11")


def test_the_set_is_new_authorities_and_new_pages() -> None:
    held_out.check_new("outside11", ('outside', 'outside3', 'outside4', 'outside5', 'outside6',
                                    'outside7', 'outside8', 'outside9', 'outside10'),
                       documents=11, authorities=11, one_each=True)
