"""The authority named by documents of other authorities (bench/labels/outside, issue 14)."""

from __future__ import annotations

import pytest

from registre.core.vocabulary import AuthorityKind
from registre.reading.header import authority


@pytest.mark.parametrize(("text", "want", "kind"), [
    # The communauté in the title, the commune that hosts the sitting further on.
    ("REUNION COMMUNAUTE DE COMMUNES\nDU PAYS DE VAL D'ARGENT\nDU 18 juin 2015\nL'an deux mille quinze, le "
     "conseil s'est réuni à la salle des fêtes de la Commune de Boissy le Sec",
     "Communaute de Communes du Pays de Val d'Argent", AuthorityKind.COMMUNAUTE_COMMUNES),
    ("Le Conseil Communautaire de la Communauté de Communes Val-Sud-Forêt s’est réuni à la salle des fêtes",
     "Communauté de Communes Val-Sud-Forêt", AuthorityKind.COMMUNAUTE_COMMUNES),
    ("RÉPUBLIQUE FRANÇAISE Département du Gers. Communauté de Communes DES TROIS VALLONS PROCES-VERBAL DU "
     "CONSEIL COMMUNAUTAIRE du 13 avril 2016", "Communauté de Communes DES TROIS VALLONS",
     AuthorityKind.COMMUNAUTE_COMMUNES),
    ("les membres composant le conseil de la Communauté d’agglomération Grand Plateau se sont réunis",
     "Communauté d’agglomération Grand Plateau", AuthorityKind.COMMUNAUTE_AGGLOMERATION),
])
def test_a_communaute_named_as_the_documents_own(text: str, want: str, kind: AuthorityKind) -> None:
    assert authority(text, text) == (want, kind)


def test_a_communaute_named_in_a_communes_minutes_is_not_its_authority() -> None:
    # Further in the body, as the subject of a deliberation: not the document's authority.
    body = ("Réf. : CP\n\nCOMPTE RENDU DU CONSEIL MUNICIPAL DU\nMARDI 8 MARS 2016 à 19h30\n\n"
            + "Présents : A, B\n" * 40
            + "la composition du conseil communautaire de la Communauté de Communes Drôme Nord sera fixée")
    name, _ = authority(body, body)
    assert name is None or "Drôme" not in name
    text = "COMMUNE DE SAINT-PIERRE\nadhérente à la Communauté de communes du Val\nSéance du 3 mars 2020"
    assert authority(text, text) == ("Saint-Pierre", AuthorityKind.COMMUNE)


@pytest.mark.parametrize(("text", "want"), [
    ("L'an deux mil trois, le vingt sept mars, les membres du Conseil Municipal de Port-Bail, légalement "
     "convoqués, se sont assemblés", "Port-Bail"),
    ("COMPTE RENDU DE LA SEANCE DU CONSEIL MUNICIPAL DE VILLERS SUR AUTHIE DU 03 JUILLET 2019",
     "Villers sur Authie"),
    ("le Conseil Municipal de la\ncommune de MOISDON, dûment convoqué, s'est réuni", "Moisdon"),
    ("sous la présidence de Monsieur Yves PETIT, Maire de VAUDOY.", "Vaudoy"),
    ("le Conseil Municipal de la commune de SAINT\nMARCEL, légalement convoqué", "Saint Marcel"),
])
def test_the_commune_named_by_its_council_or_its_maire(text: str, want: str) -> None:
    assert authority(text, text) == (want, AuthorityKind.COMMUNE)


def test_a_commune_name_cut_at_saint_is_not_given() -> None:
    text = "le Conseil Municipal de la commune de SAINT\n\n12 présents"
    assert authority(text, text)[0] is None
    text = "le Conseil Municipal de cette commune, légalement convoqué"
    assert authority(text, text) == (None, None)
