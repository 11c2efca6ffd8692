"""A fresh set labelled in session s30 (bench/labels/outside24/*.json, issue 14).

Found in the search tool's stored pages (Normandie, Bretagne, Pays de la Loire, Centre-Val de Loire,
Hauts-de-France, Île-de-France, Corse) and labelled by reading before the reader was ever run on its
texts; held out to the end of the thirteenth round, then opened (its README). Same format as
``bench/labels/outside`` (texts kept outside the repository, URLs in ``"source"``); its authorities
and pages are in none of the real and earlier outside sets.
"""

from __future__ import annotations

from tests.reading import held_out


def test_the_labels_have_the_documented_keys_and_a_source() -> None:
    held_out.check_format("outside24")


def test_the_set_is_new_authorities_and_new_pages() -> None:
    held_out.check_new("outside24", ('outside', 'outside3', 'outside4', 'outside5', 'outside6',
                                    'outside7', 'outside8', 'outside9', 'outside10', 'outside11',
                                    'outside12', 'outside13', 'outside14', 'outside15', 'outside16',
                                    'outside17', 'outside18', 'outside19', 'outside20', 'outside21',
                                    'outside22', 'outside23', 'outside25'),
                       documents=25, authorities=25, one_each=True)
