"""What a document is, from its title or its structure (kind.py)."""

from __future__ import annotations

import pytest

from registre.reading.kind import DocumentKind, document_kind

SITTING = "L'an deux mil vingt, le 5 mars, le conseil municipal s'est réuni.\nPrésents : Anne MARTIN\n"


@pytest.mark.parametrize(("text", "kind"), [
    # An article before the words: they name minutes, they are not the title (the page
    # announces the next sittings: a notice).
    ("Prochaines séances\nL'adoption du procès-verbal de la séance précédente a lieu en début de séance.\n",
     DocumentKind.OTHER),
    ("Le secrétaire vérifie le compte-rendu avant diffusion.\n", DocumentKind.UNKNOWN),
    # An item reporting the mayor's decisions is not a compte rendu of the sitting.
    ("Délibération n°1 du 18 décembre\n1 Objet : compte-rendu de délégations dans le cadre de l'article\n",
     DocumentKind.UNKNOWN),
    ("COMPTE RENDU DU CONSEIL MUNICIPAL\n" + SITTING, DocumentKind.COMPTE_RENDU),
    ("Relevé des décisions de la commission permanente\n", DocumentKind.LIST),
])
def test_title_forms(text: str, kind: DocumentKind) -> None:
    assert document_kind(text, 1)[0] is kind


def test_a_convocation_before_the_record_of_a_sitting() -> None:
    convocation = "Convocation du conseil municipal en date du 1er mars\nOrdre du jour : budget\n"
    # One deliberation read, nothing says extract: the record of the sitting, minutes when it
    # names its records « procès-verbal » or opens on the register's formula (« L'an … s'est
    # réuni »), else minutes or compte rendu (unknown).
    assert document_kind(convocation + SITTING, 1)[0] is DocumentKind.MINUTES
    assert document_kind(convocation + "Présents : Anne MARTIN\n", 1)[0] is DocumentKind.UNKNOWN
    approved = "Le procès-verbal de la séance du 2 février est approuvé.\n"
    assert document_kind(convocation + SITTING + approved, 1)[0] is DocumentKind.MINUTES
    assert document_kind(convocation + SITTING + "Pour extrait conforme", 1)[0] is DocumentKind.EXTRACT
    # Its own title after the convocation says which record it is.
    text = convocation + SITTING + "Compte rendu de la séance :\n"
    assert document_kind(text, 1) == (DocumentKind.COMPTE_RENDU, 5)


def test_a_page_that_says_nothing_of_a_deliberation_gives_none() -> None:
    from registre.reading import read_text
    page = "Dates des prochains conseils municipaux 2025 :\n- lundi 3 février à 20 h\n- lundi 7 avril\n"
    doc = read_text(page, "prochains conseils").document
    assert doc is not None and doc.kind is DocumentKind.OTHER  # a notice of sittings to come
    assert doc.deliberations == []
    # A numbered deliberation in the same page is kept.
    numbered = page + "Délibération n° 2025-004 : Tarifs de la cantine\nAdopté à l'unanimité.\n"
    doc = read_text(numbered, "x").document
    assert doc is not None and len(doc.deliberations) == 1


def test_a_whole_sitting_read_as_one_block_gives_no_vote_when_votes_are_far_apart() -> None:
    from registre.reading import read_text
    text = ("PROCÈS-VERBAL DU CONSEIL MUNICIPAL\nSéance du 13 novembre 2023\n"
            "Présents : Anne MARTIN, Paul DURAND, Marc PETIT\n\n"
            "Finances : décisions modificatives\n" + "Le maire présente les écritures. " * 30 + "\n"
            "Adopté à l'unanimité.\n\nAmortissement des subventions\n" + "Le maire expose. " * 100 + "\n"
            "Approuvé à l'unanimité.\n")
    doc = read_text(text, "séance en un bloc").document
    assert doc is not None and doc.kind is DocumentKind.MINUTES
    assert all(d.parsed.printed_vote is None for d in doc.deliberations)
    # Votes printed together stay read.
    doc = read_text(text[: text.index("\n\nAmortissement")], "un vote").document
    assert doc is not None and doc.deliberations[0].parsed.printed_vote is not None
