"""Kinds of documents told by their title or their opening words when the reader has only the
first page or so of them (kind.py): forms seen at authorities outside the labelled sets. Every
text here is invented."""

from __future__ import annotations

import pytest

from registre.reading.kind import DocumentKind, document_kind

ROLL = "Présents : Anne MARTIN, Luc PETIT, Jean DURAND\nSecrétaire de séance : Luc PETIT\n"
ITEMS = "1. Tarifs de la cantine\nAdopté à l'unanimité.\n2. Voirie communale\nAdopté à l'unanimité.\n"


@pytest.mark.parametrize("title", ["COMPTE -RENDU SUCCINCT", "COMPTE – RENDU DE LA SÉANCE", "Compte - rendu"])
def test_a_compte_rendu_titled_with_a_spaced_hyphen(title: str) -> None:
    text = f"CONSEIL COMMUNAUTAIRE\n\nDEPARTEMENT DE L' {title}\n\nSEANCE DU JEUDI 4 AVRIL 2019\n\n" + ROLL
    assert document_kind(text + ITEMS, 2)[0] is DocumentKind.COMPTE_RENDU


def test_the_register_formula_with_s_est_rassemble_is_minutes() -> None:
    # « … légalement convoqué s'est rassemblé au lieu ordinaire de ses séances »: the register's
    # formula, as « s'est réuni ».
    text = ("Séance du Conseil Municipal du 4 avril 2019,\n\n"
            "Le Conseil Municipal de la Commune de TESTVILLE\n\n"
            "légalement convoqué s’est rassemblé au lieu ordinaire de ses séances, sous la présidence de "
            "Monsieur Paul ROCHE, Maire,\n\n" + ROLL)
    assert document_kind(text + ITEMS, 2) == (DocumentKind.MINUTES, 0)
    # Without it, an untitled roll call says neither.
    assert document_kind("Séance du Conseil Municipal du 4 avril 2019,\n\n" + ROLL + ITEMS, 2)[0] \
        is DocumentKind.UNKNOWN
