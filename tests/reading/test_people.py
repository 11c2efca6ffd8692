"""Headings of the present list and of proxies met in the outside sets (session s24): labels in
capitals, without a colon, alone on their line, forms « (s/es) », counts after the first word,
a member's mandate and commune after the name. Short texts written here."""

from __future__ import annotations

from functools import partial

import pytest

from .builders import names, proxies, sitting

_OPENING = ("PROCÈS-VERBAL DU CONSEIL MUNICIPAL\n"
            "L'an deux mille vingt-huit, le mardi 6 juin à dix-neuf heures, le Conseil municipal s'est réuni "
            "sous la présidence de M. Paul GARNIER, Maire.\n")

_sitting = partial(sitting, opening=_OPENING)


@pytest.mark.parametrize(("lists", "expected"), [
    pytest.param("ÉTAIENT PRÉSENTS M. Paul GARNIER, M. Hugo PERRIN, Mme Léa MOREAU\n"
                 "Secrétaire de séance : Mme Léa MOREAU\n",
                 ["M. Paul GARNIER", "M. Hugo PERRIN", "Mme Léa MOREAU"], id="capitals-no-colon"),
    pytest.param("ÉTAIENT PRÉSENTS M. Paul GARNIER, délégué titulaire, commune d’Argentières M. Hugo PERRIN, "
                 "délégué suppléant, commune de Beauvoir Mme Léa MOREAU, déléguée titulaire, communauté de "
                 "communes les Sources de l’Yerres (Courpalay), M. Louis ROUX\n"
                 "Secrétaire de séance : Mme Léa MOREAU\n",
                 ["M. Paul GARNIER", "M. Hugo PERRIN", "Mme Léa MOREAU", "M. Louis ROUX"],
                 id="mandate-and-commune-after-each-name"),
    pytest.param("Présent(e)s P. Garnier, Maire, L. Moreau, H. Perrin, A. Blanc\n"
                 "Secrétaire de séance : L. Moreau\n",
                 ["P. Garnier", "L. Moreau", "H. Perrin", "A. Blanc"], id="present-e-s-initials"),
    pytest.param("ETAT DES PRESENCES\nPRESENTS\n\nP. GARNIER, L. MOREAU, H. PERRIN, R. LE\nBARON, "
                 "A. BLANC.\n\nORDRE DU JOUR\n",
                 ["P. GARNIER", "L. MOREAU", "H. PERRIN", "R. LE BARON", "A. BLANC"],
                 id="label-alone-on-its-line"),
    pytest.param("Assistaient à la réunion : MM. GARNIER, MOREAU, PERRIN, BLANC. "
                 "Avait remis procuration : M. ROUX à M. GARNIER Secrétaire de Séance : Mme MOREAU\n",
                 ["M. GARNIER", "M. MOREAU", "M. PERRIN", "M. BLANC"], id="assistaient-a-la-reunion"),
    pytest.param("PRÉSENTS (4) : Paul GARNIER, Léa MOREAU, Hugo PERRIN, Anne BLANC. ABSENTS (1) AYANT DONNÉ "
                 "PROCURATION : Louis ROUX à Paul GARNIER.\n",
                 ["Paul GARNIER", "Léa MOREAU", "Hugo PERRIN", "Anne BLANC"], id="count-after-absents"),
])
def test_the_present_list_is_read(lists: str, expected: list[str]) -> None:
    assert names(_sitting(lists)) == expected


@pytest.mark.parametrize(("lists", "expected"), [
    pytest.param("Présents : Paul GARNIER, Léa MOREAU, Hugo PERRIN\nAbsent(s/es) excusé(s/es) : Anne BLANC\n"
                 "Absent(s/es) représenté(s/es) :\nAnne BLANC donne pouvoir à Léa MOREAU\n",
                 [("Anne BLANC", "Léa MOREAU")], id="s-slash-es"),
    pytest.param("PRESENTS : MM. Garnier Paul, Moreau Léa, Perrin Hugo. EXCUSES : MM. Blanc Anne (donne "
                 "pouvoir "
                 "à M. Perrin Hugo), Roux Louis. ABSENTE : Mme Faure Rose.\n",
                 [("M. Blanc Anne", "M. Perrin Hugo")], id="excuses-in-capitals-without-accent"),
    pytest.param("Présents : M. GARNIER, Mme MOREAU, M. PERRIN.\nAbsents avec délégation : - M. Blanc donne "
                 "procuration à Mme Moreau - M. Roux donne procuration à M. Perrin\n",
                 [("M. Blanc", "Mme MOREAU"), ("M. Roux", "M. PERRIN")], id="absents-avec-delegation"),
    pytest.param("Présents : GARNIER Paul, MOREAU Léa, PERRIN Hugo\n"
                 "Représentés avec pouvoirs : BLANC Marie Hélène, ROUX Jean- Luc\n",
                 [("Marie Hélène BLANC", None), ("Jean-Luc ROUX", None)], id="represented-with-proxies"),
])
def test_the_proxies_are_read(lists: str, expected: list[tuple[str, str | None]]) -> None:
    assert proxies(_sitting(lists)) == expected
