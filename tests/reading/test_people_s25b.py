"""Forms of the present list and of proxies met in the texts of authorities never seen (session
s25, round 8, second pass). Short texts written here, none copied from the outside texts."""

from __future__ import annotations

from functools import partial

from .builders import names, proxies, sitting

_OPENING = ("PROCÈS-VERBAL DU CONSEIL MUNICIPAL DE VERNOLLES\n"
            "L'an deux mille vingt-six, le 12 mars à 20 heures, le conseil municipal s'est réuni "
            "sous la présidence de M. Paul ROUX, Maire.\n")

_sitting = partial(sitting, opening=_OPENING)


def test_members_absent_heading_and_a_comma_before_the_giving_bracket() -> None:
    # « Membres absents : », « Conseillers Municipaux absents : »; « X, (procuration à Y) »: a
    # comma left between the giver and its bracket
    doc = _sitting("Membres présents : Paul ROUX, Anne BLANC, Hugo PERRIN, Léa GARNIER.\n"
                   "Membres absents : Marc FAURE (procuration à Anne BLANC), Louis DUVAL (excusé), "
                   "Rémi SIMON, (procuration à Hugo PERRIN).\n")
    assert proxies(doc) == [("Marc FAURE", "Anne BLANC"), ("Rémi SIMON", "Hugo PERRIN")]
    assert names(doc) == ["Paul ROUX", "Anne BLANC", "Hugo PERRIN", "Léa GARNIER"]
    doc = _sitting("Conseillers Municipaux absents : Mme FAURE (pouvoir à M. PERRIN), M. DUVAL.\n")
    assert proxies(doc) == [("Mme FAURE", "M. PERRIN")]
