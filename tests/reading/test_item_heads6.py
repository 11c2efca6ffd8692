"""Parts of a record numbered apart from its items, and a preliminary's vote named by the
sentence before it (session s22): each form written anew, on the first page of a document."""

from __future__ import annotations

from registre.reading import read_text
from registre.reading.deliberation import mask_preliminaries
from registre.reading.items import numbered_items

# The record's outline numbered in roman figures, its items in figures within its second part.
OUTLINE = """PROCES VERBAL DE SEANCE – Comité syndical du 3 mars 2020

L'an deux mille vingt, le 3 mars, le Comité syndical régulièrement convoqué s'est réuni
sous la présidence de M. Paul ROCHE.

I-DELEGUES PRESENTS ET QUORUM

En exercice : 20 Présents : 15

Secrétaire de séance : Mme Anne VIDAL

II - ORDRE DU JOUR ET DECISIONS PRISES

1. VOIRIE – Réfection du chemin des Saules

M. ROCHE présente le devis de l'entreprise retenue pour les travaux du chemin, qui
"""


def test_the_parts_of_a_record_are_no_items() -> None:
    items = numbered_items(OUTLINE, 0, None, OUTLINE.find("Secrétaire"))
    assert [(i.number, i.title) for i in items] == [("1", "VOIRIE – Réfection du chemin des Saules")]


def test_an_item_approving_the_agenda_stays_an_item() -> None:
    text = ("1. Approbation de l'ordre du jour\nAdopté à l'unanimité.\n\n"
            "2. Tarifs de la cantine\nAdopté à l'unanimité.\n")
    titles = [i.title for i in numbered_items(text)]
    assert titles == ["Approbation de l'ordre du jour", "Tarifs de la cantine"]


# The previous minutes approved in a sentence that does not name them, the one before does.
APPROVED = ("Le maire demande si les conseillers ont des remarques sur le procès-verbal de la séance du "
            "12 octobre 2019. Le procès-verbal est adopté par 14 voix pour et 1 abstention ; M. PETIT, "
            "retardé, n'a pas pris part au vote.\n")
ASKED_PV = ("Le maire demande l'adoption du conseil municipal du 12 octobre 2019. Il n'y a pas de "
            "modification, le PV est adopté à l'unanimité. 1) Voirie : réfection du chemin\n")


def test_an_approval_named_by_the_sentence_before_is_a_preliminary() -> None:
    assert "14 voix" not in mask_preliminaries(APPROVED)
    assert "unanimité" not in mask_preliminaries(ASKED_PV)


def test_an_item_approving_the_minutes_keeps_its_vote() -> None:
    # Its heading on the line above names the sitting: the vote is the item's.
    text = ("II ADOPTION DU PROCES-VERBAL DU 2 DECEMBRE 2019\n\n"
            "Le procès-verbal est adopté à l'unanimité.\n")
    assert "unanimité" in mask_preliminaries(text)


def test_minutes_whose_first_page_holds_only_the_approval_give_no_vote() -> None:
    text = ("PROCES-VERBAL DU CONSEIL MUNICIPAL DU 5 NOVEMBRE 2019\n"
            "L'an deux mil dix-neuf, le cinq novembre, le Conseil Municipal s'est réuni sous la présidence "
            "de M. Paul ROCHE, Maire. Présents : Anne VIDAL, Paul ROCHE, Marc TESTU. " + ASKED_PV)
    doc = read_text(text).document
    assert doc is not None
    assert all(d.parsed.printed_vote is None for d in doc.deliberations)


# Items headed by their title, a colon and the decision's formula on the same line.
FORMULA_HEADS = """L'an deux mille vingt, le dix mars, le Conseil Municipal s'est réuni sous la présidence
de M. ROCHE.
Etaient présents : MM. ROCHE, VIDAL, TESTU.

Cantine scolaire : Après en avoir délibéré, le Conseil Municipal décide de fixer le prix du repas à 3 €.
Adopté à l'unanimité.

Délibération portant sur le recrutement d'un agent saisonnier : le conseil municipal, après en avoir délibéré,
à l'unanimité, décide de créer le poste.
"""


def test_items_headed_by_a_title_then_the_formula() -> None:
    titles = [i.title for i in numbered_items(FORMULA_HEADS)]
    assert titles == ["Cantine scolaire", "Délibération portant sur le recrutement d'un agent saisonnier"]
    doc = read_text(FORMULA_HEADS).document
    assert doc is not None and [d.parsed.title for d in doc.deliberations] == titles


# Unnumbered titles in capitals, a colon after them, the decision on the next line.
CAPS_DECIDED = """SEANCE DU 3 DECEMBRE 2020
Présents : Tous les conseillers, sauf M. Luc PETIT (procuration à M. Paul ROCHE).

Le compte-rendu de la séance précédente est adopté à l'unanimité.

LOYERS COMMUNAUX 2021 :
L'assemblée décide, à l'unanimité de ses membres, d'appliquer les loyers suivants :

LOGEMENT DE L'ECOLE :
450 € par mois

TRAVAUX DE VOIRIE :
Le Conseil Municipal, après en avoir délibéré, à l'unanimité, retient l'offre de l'entreprise.
"""


def test_unnumbered_titles_in_capitals_over_their_decision() -> None:
    titles = [i.title for i in numbered_items(CAPS_DECIDED)]
    # (« LOGEMENT DE L'ECOLE : » heads a line of the table, not a decision: no item.)
    assert titles == ["LOYERS COMMUNAUX 2021", "TRAVAUX DE VOIRIE"]


def test_a_first_page_cut_in_its_one_title_in_capitals() -> None:
    text = CAPS_DECIDED[:CAPS_DECIDED.find("TRAVAUX")]
    items = numbered_items(text, 0, None, text.find("LOYERS") - 1)
    assert [i.title for i in items] == ["LOYERS COMMUNAUX 2021"]
