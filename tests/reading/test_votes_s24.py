"""Printed votes the reader missed (session 24) on real minutes (issue 14): a vote printed twice in one block
(under the draft and again after the debate), the votes for after a dash, last of the counts.

Every text here is written for the test, in the form a real document prints (never copied).
"""

from __future__ import annotations

from typing import Any

import pytest

from registre.core.vocabulary import Outcome
from registre.reading.deliberation import read_block
from registre.reading.votes import read_vote

_DEBATE = "\n".join(f" M. X : Je voudrais dire un mot sur le point {i} du projet." for i in range(40))
_PART = "Vote :\n - Pour : 16\n - Abstentions : 3, M. A, Mme B\n"
_OTHER = "  L'examen des documents fournis ne permet pas d'identifier des frais de siège.\n" * 8

# A text, and what its vote says (the fields named, with their values).
VOTES = [
    pytest.param(" - D'approuver le projet.\n\n Pour : 44\n Contre : 8\n Abstentions : 2\n"
                 " Adopté à la majorité.\n\n"
                 f"{_DEBATE}\n\n Pour : 44\n Contre : 8\n Abstentions : 2\n Adopté à la majorité\n",
                 {"for_": 44, "against": 8, "abstention": 2, "outcome": Outcome.ADOPTED},
                 id="a-vote-printed-twice"),
    pytest.param("3 Convention avec la Caisse\n  Pour : 53\n  Contre : /\n  Adopté à l'unanimité.\n\n"
                 "10 Halles et Marchés\n  Pour : 53\n  Contre : /\n  Adopté à l'unanimité.\n",
                 {"for_": 53, "against": 0, "abstention": 0},
                 id="two-items-voted-alike-in-one-block"),
    # The votes for after a dash, last of the counts.
    pytest.param("Vote : 1 ABSTENTION (C.DUPONT) -- 11 POUR\n\nARRIVEE DE MME Y\n",
                 {"for_": 11, "abstention": 1}, id="for-after-a-double-dash"),
    pytest.param("Vote : 2 contre – 9 pour.\n", {"for_": 9, "against": 2}, id="for-after-a-dash"),
    # Two sub-items in one block: the first's outcome (« ADOPTÉ à l'unanimité. ») is the block's.
    pytest.param("III Adhésion aux associations.\n\n  SHAARL sollicite une cotisation de 20 €/an.\n"
                 f"  ADOPTÉ à l'unanimité.\n\n  ACCDM (association)\n{_OTHER}"
                 "  ADOPTÉ 9 voix pour, 5 abstentions.\n",
                 {"unanimous": True, "for_": None, "outcome": Outcome.ADOPTED},
                 id="an-outcome-by-unanimity-before-another-item-s-count"),
]


@pytest.mark.parametrize(("text", "expected"), VOTES)
def test_the_vote_is_read(text: str, expected: dict[str, Any]) -> None:
    v = read_vote(text)
    assert v is not None
    assert {name: getattr(v, name) for name in expected} == expected


NO_VOTES = [
    pytest.param("Chapitre 011\n Pour : 20\n Contre : 3\n\nChapitre 012\n Pour : 23\n Contre : 0\n",
                 id="two-different-votes-in-one-block"),
    pytest.param("Le compte rendu est approuvé à l'unanimité.\n\n" + _DEBATE + "\n\n"
                 " Pour : 15\n Contre : 0\n\n" + _DEBATE + "\n\n Pour : 15\n Contre : 0\n",
                 id="a-vote-before-the-repeated-counts"),
    # One vote per association of a subsidies' item: the parts' votes, not the item's.
    pytest.param("".join(f"Association {k}    320 €\n{_PART}\n" for k in "AB"),
                 id="repeated-counts-without-outcome-are-the-parts-votes"),
    # A unanimity that is not the council's outcome (a commission's opinion): none is given.
    pytest.param("  La commission a émis un avis favorable à l'unanimité.\n\n"
                 f"{_OTHER}  Adopté par 9 voix pour, 5 abstentions.\n",
                 id="a-commission-s-unanimity-before-another-count"),
]


@pytest.mark.parametrize("text", NO_VOTES)
def test_no_vote_is_read(text: str) -> None:
    assert read_vote(text) is None


def test_a_dash_before_prose_is_no_count() -> None:
    v = read_vote("Vote : 1 abstention - 11 pour cent des crédits restent à voter.\n")
    assert v is None or v.for_ is None


# A block with no vote printed, and the outcome its decision sentence gives.
OUTCOMES = [
    # The assembly heading its reasons, then its decision.
    pytest.param("16. AFFECTATION DU RÉSULTAT\n\nLe Conseil Municipal,\n"
                 "Après avoir entendu et approuvé le compte administratif de l'exercice, ce jour,\n"
                 "Statuant sur l'affectation du résultat de fonctionnement,\n"
                 "Constatant que le compte administratif fait apparaître :\n\n"
                 "  - un excédent de fonct. antérieur reporté de  765 510,33 €\n\n"
                 "  •  Décide d'affecter le résultat de l'exercice comme suit :\n\n"
                 "- Art. 002 - report à nouveau  839 507,77 €\n"
                 "- Art. 001 - excédent d'invest. Reporté  57 583,86 €\n",
                 Outcome.ADOPTED, id="the-assembly-heading-its-reasons-then-decide"),
    pytest.param("8. COMPTE DE GESTION\n\nLe Conseil Municipal ;\n\n"
                 "•  Statuant sur l'ensemble des opérations effectuées du 1er janvier au 31 décembre,\n"
                 "•  DECLARE que le compte de gestion dressé par le Receveur n'appelle ni observation\n"
                 "  ni réserve.\n",
                 Outcome.ADOPTED, id="the-assembly-heading-its-reasons-then-declare"),
    pytest.param("20. TAUX D'IMPOSITION\n\n"
                 "Le Conseil municipal, vote les taux tels que présentés, à savoir :\n\n"
                 "  •  Taxe d'Habitation  :  11,97 %\n",
                 Outcome.ADOPTED, id="the-assembly-then-vote-the-rates"),
    pytest.param("23. TARIFS\n\nLe conseil municipal, à l'unanimité/ou non ;\n\n"
                 "  •  Décide de fixer la redevance assainissement comme énoncé.\n",
                 Outcome.ADOPTED, id="the-assembly-then-a-semicolon-then-decide"),
    pytest.param("5. TRAVAUX\n\nLe Conseil Municipal,\nConsidérant que les devis ne sont pas parvenus,\n"
                 "  •  Décide de reporter ce point à une prochaine séance.\n",
                 None, id="an-adjourned-decision-under-the-assembly-is-no-outcome"),
    pytest.param("Société d'Aménagement - Désignation des représentants\n\n"
                 "La désignation s'effectue au scrutin de liste majoritaire.\n"
                 " Il est donc proposé au Conseil municipal :\n\n - De désigner les représentants.\n\n"
                 "Sont élus :\n\n - Anne PETIT\n - Paul RUE\n\n"
                 "Le Conseil Adopte.\n  Pour extrait conforme,\n",
                 Outcome.ADOPTED, id="le-conseil-adopte-ends-a-designation-by-ballot"),
    pytest.param("8. TRANSFERT DE PROPRIÉTÉ\n\n  Il est proposé de faire dresser l'acte de transfert.\n\n"
                 "  Après en avoir délibéré, le conseil municipal :\n\n"
                 "  •  Donne pouvoir à Monsieur le Maire de signer l'acte de transfert.\n\n"
                 "  •  Decide de s'acquitter des frais d'acte relatifs au transfert de propriété.\n",
                 Outcome.ADOPTED, id="after-the-formula-the-assembly-then-its-decisions"),
    pytest.param("2. CONVENTION\n\nAprès en avoir délibéré, les Membres du Conseil Municipal :\n\n"
                 "         refusent les termes de ladite convention\n"
                 "         Autorisent Monsieur le Maire à répondre.\n",
                 None, id="a-refusal-among-the-decisions-is-no-adoption"),
    # _MORE_DECISION's colon variant, not _HEADED_DECISION: the assembly after another phrase than
    # « Après en avoir délibéré », or the bullet a font's private sign (U+F0D8).
    pytest.param("3. RAPPORT SUR L'ASSAINISSEMENT\n\n"
                 "Après présentation de ce rapport, le conseil municipal :\n\n"
                 "  •  Adopte le rapport sur le prix et la qualité du service public d'assainissement.\n",
                 Outcome.ADOPTED, id="the-assembly-then-a-colon-not-at-the-head-of-its-line"),
    pytest.param("2. CONVENTION\n\nAprès en avoir délibéré, les Membres du Conseil Municipal :\n\n"
                 "         \uf0d8 Acceptent les termes de ladite convention\n",
                 Outcome.ADOPTED, id="the-assembly-then-a-colon-then-a-font-s-private-bullet"),
]


@pytest.mark.parametrize(("block", "outcome"), OUTCOMES)
def test_the_outcome_of_a_decision_sentence(block: str, outcome: Outcome | None) -> None:
    pv = read_block(block, block, False).printed_vote
    assert (pv.outcome if pv is not None else None) is outcome
