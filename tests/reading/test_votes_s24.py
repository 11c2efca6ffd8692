"""Printed votes the reader missed (session 24) on real minutes (issue 14): a vote printed twice in one block
(under the draft and again after the debate), the votes for after a dash, last of the counts.

Every text here is written for the test, in the form a real document prints (never copied).
"""

from __future__ import annotations

from registre.core.vocabulary import Outcome
from registre.reading.deliberation import read_block
from registre.reading.votes import read_vote

_DEBATE = "\n".join(f" M. X : Je voudrais dire un mot sur le point {i} du projet." for i in range(40))


def test_a_vote_printed_twice_is_read() -> None:
    text = (" - D'approuver le projet.\n\n Pour : 44\n Contre : 8\n Abstentions : 2\n"
            " Adopté à la majorité.\n\n"
            f"{_DEBATE}\n\n Pour : 44\n Contre : 8\n Abstentions : 2\n Adopté à la majorité\n")
    v = read_vote(text)
    assert v is not None
    assert (v.for_, v.against, v.abstention, v.outcome) == (44, 8, 2, Outcome.ADOPTED)


def test_two_items_voted_alike_in_one_block() -> None:
    text = ("3 Convention avec la Caisse\n  Pour : 53\n  Contre : /\n  Adopté à l'unanimité.\n\n"
            "10 Halles et Marchés\n  Pour : 53\n  Contre : /\n  Adopté à l'unanimité.\n")
    v = read_vote(text)
    assert v is not None
    assert (v.for_, v.against, v.abstention) == (53, 0, 0)


def test_two_different_votes_in_one_block_give_none() -> None:
    text = ("Chapitre 011\n Pour : 20\n Contre : 3\n\nChapitre 012\n Pour : 23\n Contre : 0\n")
    assert read_vote(text) is None


def test_a_vote_before_the_repeated_counts_gives_none() -> None:
    text = ("Le compte rendu est approuvé à l'unanimité.\n\n" + _DEBATE + "\n\n"
            " Pour : 15\n Contre : 0\n\n" + _DEBATE + "\n\n Pour : 15\n Contre : 0\n")
    assert read_vote(text) is None


def test_votes_for_after_a_dash_last_of_the_counts() -> None:
    v = read_vote("Vote : 1 ABSTENTION (C.DUPONT) -- 11 POUR\n\nARRIVEE DE MME Y\n")
    assert v is not None
    assert (v.for_, v.abstention) == (11, 1)
    v = read_vote("Vote : 2 contre – 9 pour.\n")
    assert v is not None
    assert (v.for_, v.against) == (9, 2)


def test_a_dash_before_prose_is_no_count() -> None:
    v = read_vote("Vote : 1 abstention - 11 pour cent des crédits restent à voter.\n")
    assert v is None or v.for_ is None


def test_repeated_counts_without_outcome_are_the_parts_votes() -> None:
    # One vote per association of a subsidies' item: the parts' votes, not the item's.
    one = "Vote :\n - Pour : 16\n - Abstentions : 3, M. A, Mme B\n"
    assert read_vote("".join(f"Association {k}    320 €\n{one}\n" for k in "AB")) is None


def _outcome(block: str) -> Outcome | None:
    pv = read_block(block, block, False).printed_vote
    return pv.outcome if pv is not None else None


def test_the_assembly_heading_its_reasons_then_its_decision() -> None:
    block = ("16. AFFECTATION DU RÉSULTAT\n\nLe Conseil Municipal,\n"
             "Après avoir entendu et approuvé le compte administratif de l'exercice, ce jour,\n"
             "Statuant sur l'affectation du résultat de fonctionnement,\n"
             "Constatant que le compte administratif fait apparaître :\n\n"
             "  - un excédent de fonct. antérieur reporté de  765 510,33 €\n\n"
             "  •  Décide d'affecter le résultat de l'exercice comme suit :\n\n"
             "- Art. 002 - report à nouveau  839 507,77 €\n"
             "- Art. 001 - excédent d'invest. Reporté  57 583,86 €\n")
    assert _outcome(block) is Outcome.ADOPTED
    block = ("8. COMPTE DE GESTION\n\nLe Conseil Municipal ;\n\n"
             "•  Statuant sur l'ensemble des opérations effectuées du 1er janvier au 31 décembre,\n"
             "•  DECLARE que le compte de gestion dressé par le Receveur n'appelle ni observation\n"
             "  ni réserve.\n")
    assert _outcome(block) is Outcome.ADOPTED
    block = ("20. TAUX D'IMPOSITION\n\nLe Conseil municipal, vote les taux tels que présentés, à savoir :\n\n"
             "  •  Taxe d'Habitation  :  11,97 %\n")
    assert _outcome(block) is Outcome.ADOPTED
    block = ("23. TARIFS\n\nLe conseil municipal, à l'unanimité/ou non ;\n\n"
             "  •  Décide de fixer la redevance assainissement comme énoncé.\n")
    assert _outcome(block) is Outcome.ADOPTED


def test_an_adjourned_decision_under_the_assembly_is_no_outcome() -> None:
    block = ("5. TRAVAUX\n\nLe Conseil Municipal,\nConsidérant que les devis ne sont pas parvenus,\n"
             "  •  Décide de reporter ce point à une prochaine séance.\n")
    assert _outcome(block) is None


def test_le_conseil_adopte_ends_a_designation_by_ballot() -> None:
    block = ("Société d'Aménagement - Désignation des représentants\n\n"
             "La désignation s'effectue au scrutin de liste majoritaire.\n"
             " Il est donc proposé au Conseil municipal :\n\n - De désigner les représentants.\n\n"
             "Sont élus :\n\n - Anne PETIT\n - Paul RUE\n\nLe Conseil Adopte.\n  Pour extrait conforme,\n")
    assert _outcome(block) is Outcome.ADOPTED


def test_an_outcome_by_unanimity_before_another_item_s_count() -> None:
    # Two sub-items in one block: the first's outcome (« ADOPTÉ à l'unanimité. ») is the block's.
    other = "  L'examen des documents fournis ne permet pas d'identifier des frais de siège.\n" * 8
    v = read_vote("III Adhésion aux associations.\n\n  SHAARL sollicite une cotisation de 20 €/an.\n"
                  f"  ADOPTÉ à l'unanimité.\n\n  ACCDM (association)\n{other}"
                  "  ADOPTÉ 9 voix pour, 5 abstentions.\n")
    assert v is not None and v.unanimous and v.for_ is None and v.outcome is Outcome.ADOPTED
    # A unanimity that is not the council's outcome (a commission's opinion): none is given.
    v = read_vote("  La commission a émis un avis favorable à l'unanimité.\n\n"
                  f"{other}  Adopté par 9 voix pour, 5 abstentions.\n")
    assert v is None


def test_after_the_formula_the_assembly_then_its_decisions() -> None:
    block = ("8. TRANSFERT DE PROPRIÉTÉ\n\n  Il est proposé de faire dresser l'acte de transfert.\n\n"
             "  Après en avoir délibéré, le conseil municipal :\n\n"
             "  •  Donne pouvoir à Monsieur le Maire de signer l'acte de transfert.\n\n"
             "  •  Decide de s'acquitter des frais d'acte relatifs au transfert de propriété.\n")
    assert _outcome(block) is Outcome.ADOPTED


def test_a_refusal_among_the_decisions_is_no_adoption() -> None:
    block = ("2. CONVENTION\n\nAprès en avoir délibéré, les Membres du Conseil Municipal :\n\n"
             "         refusent les termes de ladite convention\n"
             "         Autorisent Monsieur le Maire à répondre.\n")
    assert _outcome(block) is None


def test_the_assembly_then_a_colon_then_its_decision_where_the_headed_form_reads_none() -> None:
    # _MORE_DECISION's colon variant, not _HEADED_DECISION: the assembly after another phrase than
    # « Après en avoir délibéré », or the bullet a font's private sign (U+F0D8).
    block = ("3. RAPPORT SUR L'ASSAINISSEMENT\n\nAprès présentation de ce rapport, le conseil municipal :\n\n"
             "  •  Adopte le rapport sur le prix et la qualité du service public d'assainissement.\n")
    assert _outcome(block) is Outcome.ADOPTED
    block = ("2. CONVENTION\n\nAprès en avoir délibéré, les Membres du Conseil Municipal :\n\n"
             "         \uf0d8 Acceptent les termes de ladite convention\n")
    assert _outcome(block) is Outcome.ADOPTED
