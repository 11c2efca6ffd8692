"""Minutes read whole (issue 14, session s23): a signature's labels after the sitting's close, a
scan's « 2.COMPTES » heading, two votes' counts in one item, the outcome the counts imply."""

from __future__ import annotations

from registre.reading.segment import segment
from tests.reading.builders import read

# A small commune's compte rendu as a scan gives it: the agenda, then the items, one heading run
# into its title, the secretary's and the mayor's signatures after the close.
MINUTES = """COMPTE RENDU DU CONSEIL MUNICIPAL DU
MARDI 31 MARS 2026 A 18H30

Nombre de conseillers :
En exercice : 15
Présents : 12
Votants : 13

Etaient présents : C.FOROT - N.VERDON - T.BUSIN - S.MEARY - H.CHARANCON - N.GALIANA
I.MEJEAN - M.DENISE - C.BOURRETTE - Y.ARMAND - F.RUSSO - P.MATHIAS

Etaient absents excusés :

W.AUGUSTE : procuration à C.FOROT

Secrétaire de séance : S.MEARY

Monsieur le Maire constate que le quorum est atteint et aborde l'ordre du jour :

1. APPROBATION COMPTE RENDU PRECEDENT
2. COMPTES ADMINISTRATIFS 2025
3. TARIFS DE LA CANTINE

1. APPROBATION COMPTE RENDU PRECEDENT

Le compte rendu de la séance du 3 février est lu.

Vote : 1 ABSTENTION (C.BOURRETTE) et 12 voix POUR.

2.COMPTES ADMINISTRATIFS 2025

Après débat, en l'absence du maire, le CA 2025 est approuvé par 2 voix CONTRE
(M.DENISE - C.BOURRETTE) et 9 voix POUR.

VOTE DU COMPTE DE GESTION 2025
Visé et certifié par le receveur. Aucune observation.
Approuvé par 2 ABSTENTIONS (M.DENISE - C.BOURRETTE) et 11 voix POUR.

3.TARIFS DE LA CANTINE

Le prix du repas est porté à 3,10 €.

Vote : 13 voix POUR.

La séance est levée à 21h00.

Le Secrétaire de séance : Le Maire :
S.MEARY Y.ARMAND
"""


def test_the_signatures_after_the_close_do_not_swallow_the_items() -> None:
    doc = read(MINUTES)
    titles = [d.parsed.title for d in doc.deliberations]
    assert len(titles) == 3, titles
    assert titles[1].startswith("COMPTES ADMINISTRATIFS") and titles[2].startswith("TARIFS")
    assert [d.parsed.number or d.item_number for d in doc.deliberations] == ["1", "2", "3"]


def test_a_count_nearer_another_votes_for_is_that_vote_s() -> None:
    doc = read(MINUTES)
    pv = doc.deliberations[1].parsed.printed_vote
    # (the abstentions are the second vote's, the one of the compte de gestion)
    assert pv is not None and pv.for_ == 9 and pv.against == 2 and pv.abstention is None


def test_the_outcome_of_counts_printed_without_a_word_of_outcome() -> None:
    doc = read(MINUTES)
    first, third = doc.deliberations[0].parsed.printed_vote, doc.deliberations[2].parsed.printed_vote
    assert first is not None and first.for_ == 12 and first.abstention == 1
    assert first.outcome is not None and first.outcome.value == "adopte"
    assert third is not None and third.outcome is not None and third.outcome.value == "adopte"
    assert doc.deliberations[2].evidence["outcome"].cue == "majorité des suffrages exprimés (L2121-20)"


def test_a_rejection_the_counts_imply_and_a_tie_left_unknown() -> None:
    rejected = read(MINUTES.replace("Vote : 13 voix POUR.", "Vote : 3 voix POUR, 10 voix CONTRE."))
    pv = rejected.deliberations[2].parsed.printed_vote
    assert pv is not None and pv.outcome is not None and pv.outcome.value == "rejete"
    tie = read(MINUTES.replace("Vote : 13 voix POUR.", "Vote : 6 voix POUR, 6 voix CONTRE, 1 abstention."))
    pv = tie.deliberations[2].parsed.printed_vote
    assert pv is not None and pv.for_ == 6 and pv.outcome is None  # V-02: the chair's vote decides


def test_the_lists_of_the_opening_are_read_as_before() -> None:
    doc = read(MINUTES)
    assert len(doc.present) == 12 and len(doc.proxies) == 1
    # The signatures' « Le Secrétaire de séance : » after the close is no list of the opening:
    # the opening ends before the first item (without the close, it would end at the signature).
    seg = segment(MINUTES)
    assert seg.preamble_end < MINUTES.index("Monsieur le Maire constate")
    unclosed = MINUTES.replace("La séance est levée à 21h00.\n", "")
    assert segment(unclosed).preamble_end > unclosed.index("3.TARIFS")


# Minutes whose items are coded, one of them naming an earlier deliberation by its « DELIBERATION
# N° » deep in the body.
CODED = """PROCES-VERBAL DE LA SEANCE DU CONSEIL MUNICIPAL DU 8 AVRIL 2026

Présents : Jean DUPONT, Anne MARTIN, Paul ROUX, Eve NOIR, Marc BLANC
""" + "".join(f"""
       2026-04-{k:02d} APPROBATION DU COMPTE DE GESTION 2025 – BUDGET ANNEXE NUMERO {k}.

{"Le compte de gestion dressé par le receveur est présenté. " * 30}
Après en avoir délibéré, le Conseil Municipal, à l'unanimité, approuve le compte de gestion.
""" for k in range(1, 6)) + """
       2026-04-06 MODIFICATION DE LA DELIBERATION N°2026-03-22 - BAIL DU RESTAURANT

DELIBERATION N°2026-03-22 - BAIL DU RESTAURANT DE LA COMMUNE
Le loyer est porté à 500 euros. Après en avoir délibéré, le Conseil Municipal, à l'unanimité, approuve.
"""


def test_coded_items_are_not_hidden_by_an_earlier_deliberation_named_in_one() -> None:
    doc = read(CODED)
    numbers = [d.parsed.number or d.item_number for d in doc.deliberations]
    assert numbers[:6] == [f"2026-04-{k:02d}" for k in range(1, 7)], numbers


# « 13. QUESTIONS DIVERSES » holding lettered items, each voted.
LETTERED = """PROCES-VERBAL DE LA SEANCE DU CONSEIL MUNICIPAL DU 23 FEVRIER 2026

Présents : Jean DUPONT, Anne MARTIN, Paul ROUX, Eve NOIR, Marc BLANC

1. TRAVAUX DE RENOVATION DU LOGEMENT COMMUNAL

Le Conseil Municipal, à l'unanimité des Membres présents, accepte les devis.

2. QUESTIONS DIVERSES

{a} MISE EN CONFORMITE ELECTRIQUE DES CLOCHES DE L'EGLISE

Monsieur le Maire présente le devis de l'entreprise BODET.

Le Conseil Municipal, à l'unanimité des Membres présents, approuve les travaux.

{b} BARDAGE DU LOCAL TECHNIQUE DE LA COMMUNE

Monsieur le Maire présente le devis de l'entreprise DUTAC.

Le Conseil Municipal, à l'unanimité des Membres présents, approuve les travaux.
"""


def test_lettered_items_under_questions_diverses_are_deliberations() -> None:
    for a, b in (("a)", "b)"), ("A)", "B)"), ("A.", "B.")):
        doc = read(LETTERED.replace("{a}", a).replace("{b}", b))
        titles = [d.parsed.title for d in doc.deliberations]
        assert len(titles) == 3, (a, titles)
        assert titles[1].startswith("MISE EN CONFORMITE") and titles[2].startswith("BARDAGE"), (a, titles)
        assert all(d.parsed.printed_vote is not None and d.parsed.printed_vote.unanimous
                   for d in doc.deliberations), a


def test_a_capital_and_a_full_stop_before_a_name_are_an_initial() -> None:
    # « A. DUPONT ⏎ B. MARTIN »: a list of names under an item, not lettered items.
    doc = read(LETTERED.replace("{a} MISE EN CONFORMITE ELECTRIQUE DES CLOCHES DE L'EGLISE", "A. DUPONT")
               .replace("{b} BARDAGE DU LOCAL TECHNIQUE DE LA COMMUNE", "B. MARTIN"))
    assert not any((d.parsed.number or "").endswith(("A", "B")) or "DUPONT" in (d.parsed.title or "")[:10]
                   for d in doc.deliberations)


# One item holding several votes, each under a line ended by a colon, over its count alone.
BUDGET = """CR du conseil municipal 09 avril 2026
Présents : Jean-Pierre, Yves, Jacques, Hélène, David, Anne-Marie, Patrick

1/ Présentation du budget :
Yves présente le budget. Le budget doit être ou à 0 ou en excédent.

Vote des comptes de gestion 2025 :

15 pour.

Vote du budget primitif 2026 :

15 pour

2/ Travaux sylvicoles ONF année 2026 :
Les travaux : nettoyage de parcelles avec jeune peuplement. Devis de 2600€.

15 pour
3/ Renouvellement du contrat GRDF

Pas de vote. Nous attendrons le prochain conseil.
"""


def test_counts_alone_make_items_and_a_colon_line_heads_each_vote() -> None:
    doc = read(BUDGET)
    titles = [d.parsed.title for d in doc.deliberations]
    assert len(titles) >= 3, titles
    assert titles[0].endswith("Vote des comptes de gestion 2025")
    assert titles[1].endswith("Vote du budget primitif 2026")
    assert titles[2].startswith("Travaux sylvicoles")
    assert all(d.parsed.printed_vote is not None and d.parsed.printed_vote.for_ == 15
               for d in doc.deliberations[:3])


# Decisions taken with no vote printed: the register's formula, the members as the subject, the
# decisions listed one a line after the colon.
LISTED = """PROCES-VERBAL DE LA SEANCE DU CONSEIL MUNICIPAL DU 12 JUILLET 2026

Présents : Jean DUPONT, Anne MARTIN, Paul ROUX, Eve NOIR, Marc BLANC

                    1.   CONVENTION PARTICULIERE AVEC ORANGE POUR L'ENFOUISSEMENT DES RESEAUX

Monsieur DUPONT indique qu'il est indispensable de signer la convention établie par ORANGE.

          Après en avoir délibéré, les Membres du Conseil Municipal ;
              Acceptent le devis proposé comme ci-dessus,
              Autorisent Monsieur le Maire à signer la convention individuelle

                    2.   CONVENTION D'UTILISATION DE LA SALLE JEAN FERON AVEC LE COLLEGE

Monsieur MARTIN informe l'Assemblée que le collège sollicite l'utilisation de la salle.

Après en avoir délibéré, les Membres du Conseil Municipal :

         acceptent les termes de ladite convention
         Autorisent Monsieur le Maire à la signer.
"""


def test_items_deliberated_with_no_vote_printed_are_read_with_their_outcome() -> None:
    doc = read(LISTED)
    assert [d.parsed.number or d.item_number for d in doc.deliberations] == ["1", "2"]
    for d in doc.deliberations:
        pv = d.parsed.printed_vote
        assert pv is not None and pv.for_ is None and pv.outcome is not None and pv.outcome.value == "adopte"
    refused = read(LISTED.replace("acceptent les termes", "refusent les termes"))
    pv = refused.deliberations[1].parsed.printed_vote
    assert pv is None or pv.outcome is None or pv.outcome.value != "adopte"


# A budget item whose votes follow one another, each part's heading under the last vote, led by a
# word processor's bullet in a symbol font (a private-use character in the PDF's text layer).
PARTS = """PROCES-VERBAL DE LA SEANCE DU CONSEIL MUNICIPAL DU 30 JUIN 2026

Présents : Jean DUPONT, Anne MARTIN, Paul ROUX, Eve NOIR, Marc BLANC

  1. Budget - Commune
  \uf02d Affectation des résultats 2025

  Mme le maire passe la parole à M. GOSSOT qui présente les résultats de clôture de l'exercice.

  Vote : Pour à l'unanimité
  \uf02d Vote des subventions aux associations

Mme le maire passe la parole à Mme LEMAITRE qui présente les demandes de subventions.

 Vote : Pour à l'unanimité
  \uf02d Budget primitif 2026

Mme le maire présente le budget primitif, équilibré en dépenses et en recettes.

 Vote : Pour à l'unanimité

  2. Travaux de réhabilitation de l'église

Mme le maire présente le projet de travaux de l'église.

 Vote : Pour à l'unanimité
"""


def test_the_parts_of_a_budget_item_each_under_its_heading() -> None:
    doc = read(PARTS)
    titles = [d.parsed.title for d in doc.deliberations]
    assert titles == ["Budget - Commune : Affectation des résultats 2025",
                      "Budget - Commune : Vote des subventions aux associations",
                      "Budget - Commune : Budget primitif 2026",
                      "Travaux de réhabilitation de l'église"], titles
    assert [d.parsed.number or d.item_number for d in doc.deliberations] == ["1", "1", "1", "2"]
