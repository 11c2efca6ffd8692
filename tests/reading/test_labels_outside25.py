"""A fresh set labelled in session s30 (bench/labels/outside25/*.json, issue 14).

Found in the search tool's stored pages (north-eastern, central and southern France) and labelled
by reading before the reader was ever run on its texts; measured with the session's start code,
then developed on in the thirteenth round (its README). Same format as ``bench/labels/outside``
(texts kept outside the repository, URLs in ``"source"``); its authorities and pages are in none of
the real and earlier outside sets.
"""

from __future__ import annotations

from tests.reading import held_out


def test_the_labels_have_the_documented_keys_and_a_source() -> None:
    held_out.check_format("outside25")


def test_the_set_is_new_authorities_and_new_pages() -> None:
    held_out.check_new("outside25", ('outside', 'outside3', 'outside4', 'outside5', 'outside6',
                                    'outside7', 'outside8', 'outside9', 'outside10', 'outside11',
                                    'outside12', 'outside13', 'outside14', 'outside15', 'outside16',
                                    'outside17', 'outside18', 'outside19', 'outside20', 'outside21',
                                    'outside22', 'outside23'),
                       documents=25, authorities=25, one_each=True)
