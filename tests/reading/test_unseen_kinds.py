"""Titles seen at authorities outside both labelled sets (issue 14, third round): an arrêté
numbered at the start of its line, a mayor's decision, « CR » for compte rendu, « relevé de
décisions ». Every text here is invented, in the form seen."""

from __future__ import annotations

import pytest

from registre.reading.kind import DocumentKind, document_kind

SITTING = "L'an deux mil vingt, le 5 mars, le conseil municipal s'est réuni.\nPrésents : Anne MARTIN\n"


@pytest.mark.parametrize(("text", "kind"), [
    ("Arrêté 2024-128 Réglementation de la circulation rue des Lilas société DUPONT\n", DocumentKind.OTHER),
    ("COMMUNE DE TESTVILLE\nARRETE 12/2021 portant ouverture d'une enquête publique\n", DocumentKind.OTHER),
    ("COMMUNE DE TESTVILLE\nDÉCISION DU MAIRE N° 2021-05\nLe Maire,\nDÉCIDE\n", DocumentKind.OTHER),
    ("COMMUNE DE TESTVILLE\nDécision n° 14/2021\nLe Président,\nDÉCIDE\n", DocumentKind.OTHER),
    ("CR Conseil municipal du 30 janvier 2017\n" + SITTING, DocumentKind.COMPTE_RENDU),
    ("C.R. du conseil municipal du 30 janvier 2017\n" + SITTING, DocumentKind.COMPTE_RENDU),
    ("RELEVE DE DECISIONS du conseil municipal du 4 mars 2021\n1. Budget adopté\n", DocumentKind.LIST),
])
def test_titles_of_other_authorities(text: str, kind: DocumentKind) -> None:
    assert document_kind(text, 1)[0] is kind


@pytest.mark.parametrize("line", [
    "Décision modificative n° 2 au budget principal",  # a budget's deliberation
    "Vu l'arrêté 2021-12 du préfet",  # a reference, not a title
])
def test_a_deliberation_named_like_an_act_is_still_the_sitting(line: str) -> None:
    text = ("CONSEIL MUNICIPAL DU 5 MARS 2020\n" + SITTING + "Le procès-verbal de la séance du 6 février est "
            "approuvé.\n" + line + "\nAdoptée à l'unanimité.\n")
    assert document_kind(text, 2)[0] is DocumentKind.MINUTES
