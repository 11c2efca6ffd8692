"""Minutes read whole (issue 14, session s24): members listed by rank under an item, sub-items
numbered again or lettered and deliberated apart, a closing list of the deliberations, two votes
in one item, codes glued to the sitting's date, headings run together in a page."""

from __future__ import annotations

from typing import Any

import pytest

from registre.core.vocabulary import Outcome
from tests.reading.builders import read

OPENING = """Commune de SAINT-EXEMPLE
Séance du 26 janvier 2026

L'an deux mil vingt-six, le vingt-six janvier, les membres du conseil municipal se sont réunis.

Etaient présents : DURAND Paul, MARTIN Anne, PETIT Marc, LEROY Jeanne

"""


def _numbers(text: str) -> list[str | None]:
    return [d.parsed.number for d in read(text).deliberations]


# Texts read for more than one thing (their items' numbers, titles, votes).

# « 8- AVANCEMENT DE GRADE ⏎ a) Délibération portant création … ⏎ b) … », each with its own
# « Après en avoir délibéré » and no vote printed; « 9- QUESTIONS DIVERSES ⏎ 1) Adhésion … ⏎
# 2) … », numbered « 9.1 », « 9.2 »; the closing « LISTE DES DELIBERATIONS » repeats them.
SUB_ITEMS = OPENING + """1- REGIME INDEMNITAIRE DU PERSONNEL

Après en avoir délibéré, le conseil municipal décide à l'unanimité d'instituer les IHTS.

2- PERSONNEL TECHNIQUE ET ADMINISTRATIF : AVANCEMENT DE GRADE
     a)   Délibération portant création d'un poste d'adjoint administratif principal.
          Le maire expose la proposition d'avancement de l'agent au grade supérieur.
          Après en avoir délibéré, le conseil municipal décide de créer le poste.
     b)   Délibération portant création d'un poste d'adjoint technique principal.
          Le maire expose la seconde proposition d'avancement au grade supérieur.
          Après en avoir délibéré, le conseil municipal décide de créer le poste.

3- QUESTIONS DIVERSES

     1)   Adhésion au programme « actes » de la préfecture
          Après en avoir délibéré, le conseil municipal décide d'adhérer au programme.

     2)   Travaux de la sacristie de l'église
          Le conseil municipal approuve à l'unanimité le devis de l'entreprise.

                        LISTE DES DELIBERATIONS
1 – REGIME INDEMNITAIRE DU PERSONNEL
2 – AVANCEMENT DE GRADE
     a) Création d'un poste d'adjoint administratif
     b) Création d'un poste d'adjoint technique
3 – QUESTIONS DIVERSES
     1) Adhésion au programme « actes »
     2) Travaux de la sacristie
"""

# Two votes in one item are two deliberations, but not a vote on the procedure.
TWO_VOTES = OPENING + """1.   Projet de vidéo protection :

Madame le maire demande aux membres du conseil municipal s'ils sont d'accord pour :
  - approuver la contexture du projet de vidéo protection (étude de faisabilité)

Vote :
           -    pour : 15
           -    contre : 4 (M. LEBLANC, M. THUILLIER, Mme DEBUISSER, M. TANGUY)

Madame le maire demande aux membres du conseil municipal s'ils sont d'accord pour :
  - solliciter auprès du Conseil Départemental une aide au meilleur taux pour le projet

Vote : pour à l'unanimité

2.   Remboursement de frais de cantine

Madame le maire demande aux membres du conseil s'ils sont d'accord pour procéder à cette désignation
par un vote à main levée :

Vote : Pour à l'unanimité

Madame le maire propose ensuite de rembourser les frais de cantine de la famille qui déménage.

Vote : Pour à l'unanimité
"""

# « Par : DEUX voix POUR - ONZE voix CONTRE et 1 ABSTENTION »: rejected (V-01, L2121-20);
# « Le conseil municipal désigne : … »: a designation decided, adopted.
COUNTS_IN_WORDS = OPENING + """1. PARC EOLIEN DES VENTS DE L'OUEST

Le conseil municipal doit émettre un avis sur le projet soumis à l'enquête publique.
DECIDE :
 Par : DEUX voix POUR - ONZE voix CONTRE et 1 ABSTENTION
   -   DE DONNER UN AVIS DEFAVORABLE pour le projet éolien

2. DESIGNATION DES MEMBRES DE LA CLECT

La commune doit procéder à la désignation d'un titulaire et d'un suppléant.
Après en avoir délibéré,
Le conseil municipal désigne :
    • en qualité de membre titulaire M. DURAND Paul
    • en qualité de membre suppléant Mme MARTIN Anne
"""

# A scan's text of a CCAS's list: « N°1 D.CCAS/2026/19 - Objet APPROUVÉE à l'unanimité N°2 … ».
RUN_TOGETHER = (
    "C.C.A.S. de Saint-Exemple - Séance du Conseil d'Administration du 01/07/2026 LISTE DES "
    "DÉLIBÉRATIONS L'an deux mille vingt-six, le premier juillet, le Conseil d'Administration "
    "du C.C.A.S., dûment convoqué, s'est réuni sous la présidence de Monsieur Charles DURAND. "
    "PRÉSENTS (3) : DURAND Charles, MARTIN Anne, PETIT Marc. SECRÉTAIRE DE SEANCE : Mme MARTIN "
    "Anne. N°1 D.CCAS/2026/19 - Fixation du nombre de représentants du personnel APPROUVÉE à "
    "l'unanimité N°2 D.CCAS/2026/20 - Décision modificative n°1 au budget primitif 2026 du CCAS "
    "APPROUVÉE à l'unanimité N°3 D.CCAS/2026/21 - Avenant n°2 à la convention d'occupation "
    "APPROUVÉE à l'unanimité VU POUR ETRE AFFICHÉ A LA PORTE DE LA MAIRIE.\n")

# A web page's compte rendu: « Délibérations ⏎ • Titre ⏎ Accord à la majorité : 10 pour (8 + 2
# procurations pour), 3 abstentions (…) et 2 contre (…) ».
BULLETS = """Compte rendu du conseil municipal du 5 avril

Séance du lundi 5 avril 2026 à 18h00.

  • Date de Convocation : 28 mars 2026
  • Nombre de conseillers présents : 3 : ARNAL René, CARRIE Catherine, ROUX Frédéric ;
  • Secrétaire de séance : CARRIE Catherine.

Délibérations

  • Approbation du Compte de Gestion 2025 du Receveur municipal
    Accord à la majorité : 10 pour (8 + 2 procurations pour), 3 abstentions (1 + 2 procurations : L. Chapon,
    P. Casanova, L. Fournier) et 2 contre (1 + 1 procuration : P. Jacques et C. Pilon)
  • Approbation du Compte administratif 2025 du Maire
    Le Maire ne prend pas part au vote.
    Accord à l'unanimité.
"""

_PROSE = "Le maire présente le projet au conseil municipal, qui en débat longuement. " * 12
_VOTED = "Le conseil approuve à l'unanimité."
_APPROVES = "Le conseil municipal, à l'unanimité, approuve la proposition."
# A new commune's first budget sitting: 75 numbered items, then their list; a table of subsidies
# numbered 1, 2 … inside one of them.
_POINT = "Le maire présente le point, dont le conseil débat. " * 6 + "Le conseil approuve à l'unanimité."
_BUDGET = "".join(f"{k}. TITRE DU POINT NUMERO {k}\n{_POINT}\n\n" for k in range(1, 76))
_SUBSIDIES = "".join(f"  {k}. Association numéro {k}                 200,00\n" for k in range(1, 20))
_RECAP = "LISTE DES DELIBERATIONS\n" + "".join(f"{k}. TITRE DU POINT NUMERO {k}\n" for k in range(1, 76))

# A text, and the numbers of the items read in it.
NUMBERS = [
    # « 1. Mr Joël LECOEUR », « 5- CASTELLI Daniel (Rabodanges) »: the members a deliberation
    # designates, by rank; the items go on « 3 - », « 4 - » below them.
    pytest.param(OPENING + """1) DESIGNATION DES MEMBRES DE LA COMMISSION D'APPEL D'OFFRES

Après en avoir délibéré, le conseil municipal désigne à l'unanimité :
     Titulaires :
          1. Mr Paul DURAND
          2. Mme Anne MARTIN
          3. Mr Marc PETIT
          4. Mme Jeanne LEROY

2) COMPOSITION DE LA COMMISSION DES IMPOTS DIRECTS

Le conseil propose à l'unanimité :
    1- DUBOIS Vincent (Chenedouit)
    2- DAVY Jean-Pierre (La Forêt)
    3- PICHON François (La Fresnaye)
    4- CORBIN André (Rabodanges)
    5- CASTEL Daniel (Rabodanges)

3 - CREATION D'UNE REGIE DE RECETTES POUR LE CAMPING

Après en avoir délibéré, le conseil décide à l'unanimité de créer la régie.

4 - ADHESION A L'ASSURANCE CHOMAGE

Après en avoir délibéré, le conseil décide à l'unanimité d'adhérer.
""", ["1", "2", "3", "4"], id="members-listed-by-rank-under-an-item-are-not-items"),
    pytest.param(SUB_ITEMS, ["1", "2 a", "2 b", "3.1", "3.2"],
                 id="sub-items-numbered-again-and-lettered-each-deliberated"),
    # « 2021071201 Association … »: the sitting's date (AAAAMMJJ), then the rank on two figures.
    pytest.param(OPENING + """2026012601 Association Pierre Noal, garantie d'emprunt
Le conseil municipal, à l'unanimité, accorde sa garantie.

2026012602 Bâtiment SASIC, lancement d'une étude
Le conseil municipal, à l'unanimité, décide de lancer l'étude.

2026012601 Association Pierre Noal, garantie d'emprunt
2026012602 Bâtiment SASIC, lancement d'une étude
""", ["2026012601", "2026012602"], id="codes-with-the-rank-glued-to-the-sitting-s-date"),
    pytest.param(TWO_VOTES, ["1", "1", "2"], id="two-votes-in-one-item"),
    # A page run together: « … BUDGET PRINCIPAL 1 - VOTE DU COMPTE … Adopté à l'unanimité. 2 - … ».
    pytest.param("Conseil Municipal Séance du 30 Mars 2026 BUDGET PRINCIPAL 1 - VOTE DU COMPTE DE GESTION "
                 "ET DU COMPTE ADMINISTRATIF 2025 Après avoir rappelé les grands principes budgétaires, le "
                 "maire commente le document remis aux conseillers et faisant état des résultats de "
                 "l'exercice écoulé, dont le détail est donné en annexe, avec les restes à réaliser en "
                 "dépenses et en recettes, et propose d'affecter le résultat à la couverture du déficit "
                 "d'investissement. Adopté à l'unanimité. 2 - VOTE DES TAUX POUR 2026 Le maire donne "
                 "lecture du document remis à chacun et propose de maintenir les taux. Adopté à "
                 "l'unanimité.\n", ["1", "2"], id="headings-run-together-after-a-section-in-capitals"),
    pytest.param(OPENING + """FINANCES

DE N°1 Renouvellement du contrat carte bancaire « achat public »

Le conseil communautaire, après en avoir délibéré, à l'unanimité, approuve le renouvellement.

DE N°2 Création de la Commission Intercommunale des Impôts Directs

Le conseil communautaire, après en avoir délibéré, à l'unanimité, crée la commission.
""", ["1", "2"], id="headings-after-de-n"),
    # The first page of a syndicate's record, cut within its second item: an installation and an
    # election are items though no vote is printed.
    pytest.param(OPENING + """1. INSTALLATION DES DELEGUES SYNDICAUX
La séance a été ouverte sous la présidence de M. DURAND qui a déclaré les membres du comité
syndical cités ci-dessus installés dans leur fonction.
M. Marc PETIT a été désigné en qualité de secrétaire de séance.
2. ELECTION DU PRESIDENT
M. DURAND, doyen d'âge, a pris la présidence de l'assemblée et a constaté que le quorum était atteint.
""", ["1", "2"], id="an-installation-and-an-election-are-items"),
    pytest.param(COUNTS_IN_WORDS, ["1", "2"], id="counts-in-words-and-a-designation"),
    # « 12. _DESIGNATION D'UN CORRESPONDANT DEFENSE »: the chain 1, 2, 3 goes on through it.
    pytest.param(OPENING + "".join(
        f"{k}. {'_' if k == 2 else ''}TITRE DU POINT NUMERO {k}\n\nLe conseil approuve à l'unanimité.\n\n"
        for k in (1, 2, 3)), ["1", "2", "3"], id="a-scan-s-underline-before-a-heading-s-title"),
    # « Annexe 1 : Plan des parcelles » under the second item; the items go on after it.
    pytest.param(OPENING + "".join(
        f"2026-09-0{k} TITRE DU POINT NUMERO {k}\n\n{_PROSE}\nLe conseil approuve à l'unanimité.\n\n"
        + ("Annexe 1 : Plan des parcelles en rose\n\n" + _PROSE * 2 + "\n\n" if k == 2 else "")
        for k in range(1, 6)), [f"2026-09-0{k}" for k in range(1, 6)],
        id="an-annex-inside-an-item-does-not-end-the-minutes"),
    pytest.param("""RECUEIL DES ACTES ADMINISTRATIFS

3ème TRIMESTRE – ANNEE 2026

SOMMAIRE

N° OBJET PAGE

SEANCE DU 07 JUILLET

61 APPROBATION DU PROCES VERBAL DE LA SEANCE DU CONSEIL COMMUNAUTAIRE DU 02 JUIN 2026

6

62 INFORMATION DES ELUS SUR LES DECISIONS DU BUREAU COMMUNAUTAIRE

6

63 DECISION MODIFICATIVE N°02-2026 – BUDGET PRINCIPAL

12

64 ADHESION DE L'ESPACE SUD A MADININAIR

14
""", ["61", "62", "63", "64"], id="a-recueil-s-summary-numbered-through-the-year"),
    # « 2020-07-06-01 DESIGNATION DES REPRESENTANTS … »
    pytest.param(OPENING + "".join(f"2026-01-26-0{k} TITRE DU POINT NUMERO {k}\n\n{_VOTED}\n\n"
                                   for k in range(1, 4)),
                 ["2026-01-26-01", "2026-01-26-02", "2026-01-26-03"],
                 id="codes-of-the-sitting-s-date-then-the-rank"),
    pytest.param(OPENING + _BUDGET.replace("40. TITRE", _SUBSIDIES + "\n40. TITRE") + _RECAP,
                 [str(k) for k in range(1, 76)], id="a-budget-sitting-of-more-than-sixty-items"),
    pytest.param(OPENING + f"2026-09-01 MODIFICATION DES STATUTS DU SYNDICAT\n{_APPROVES}\n\n"
                 f"2026-09-02 60ème ANNIVERSAIRE DU LAC – CONVENTION D'OCCUPATION\n{_APPROVES}\n\n",
                 ["2026-09-01", "2026-09-02"], id="a-code-before-an-ordinal"),
    pytest.param(OPENING + (f"1. TARIFS DE LA CANTINE\n{_APPROVES}\n\n2. QUESTIONS DIVERSES.\n\n"
                            f"2/A DENOMINATION D'UNE VOIE PUBLIQUE\n{_APPROVES}\n\n"
                            f"2/B SUBVENTION ACTIV'ORNE – COURSE NATURE\n{_APPROVES}\n"),
                 ["1", "2.A", "2.B"], id="sub-items-after-a-slash"),
]


@pytest.mark.parametrize(("text", "numbers"), NUMBERS)
def test_the_items_numbers(text: str, numbers: list[str]) -> None:
    assert _numbers(text) == numbers


# A text, the rank of one of its deliberations, and what its printed vote says (the fields named,
# with their values).
VOTES = [
    # « le conseil municipal décide de créer le poste »: a decision with no vote, adopted.
    pytest.param(SUB_ITEMS, 1, {"outcome": Outcome.ADOPTED}, id="sub-item-a-decided-with-no-vote"),
    pytest.param(SUB_ITEMS, 2, {"outcome": Outcome.ADOPTED}, id="sub-item-b-decided-with-no-vote"),
    # « Après en avoir délibéré, le conseil municipal : ⏎⏎ DECIDE d'adhérer … ⏎ AUTORISE … »
    pytest.param(OPENING + """1. ADHESION A L'ASSURANCE CHOMAGE

Le maire propose l'adhésion de la commune au régime d'assurance chômage.

          Après en avoir délibéré, le conseil municipal :

      DECIDE d'adhérer au régime d'assurance chômage pour les agents non titulaires.
      AUTORISE Monsieur le Maire à signer le contrat d'adhésion.

2. TARIFS DU CAMPING

Le conseil municipal, à l'unanimité, fixe les tarifs.
""", 0, {"outcome": Outcome.ADOPTED, "for_": None}, id="a-decision-after-a-colon-gives-the-outcome"),
    # « pour : 15 » in lower case, the figure ending its line.
    pytest.param(TWO_VOTES, 0, {"for_": 15, "against": 4}, id="two-votes-in-one-item-the-first"),
    pytest.param(TWO_VOTES, 1, {"unanimous": True}, id="two-votes-in-one-item-the-second"),
    pytest.param(COUNTS_IN_WORDS, 0,
                 {"for_": 2, "against": 11, "abstention": 1, "outcome": Outcome.REJECTED},
                 id="counts-in-words"),
    pytest.param(COUNTS_IN_WORDS, 1, {"outcome": Outcome.ADOPTED}, id="a-designation"),
    *(pytest.param(RUN_TOGETHER, k, {"unanimous": True}, id=f"a-list-run-together-in-one-line-{k + 1}")
      for k in range(3)),
    # « Vote : ⏎ − Contre : 14 ⏎ − Abstentions : 2, Monsieur X, Madame Y »: none voted for; rejected.
    pytest.param(OPENING + ("1. Transfert de la compétence « bornes de recharge »\n\n"
                            "Approuvez-vous le transfert de la compétence au Syndicat d'Energie ?\n\n"
                            "Vote :\n   \u2212 Contre : 14\n"
                            "   \u2212 Abstentions : 2, Monsieur GOSSOT, Madame DANAN\n\n"
                            "2. Repas des aînés\n\nVote : Pour à l'unanimité\n"),
                 0, {"for_": 0, "against": 14, "abstention": 2, "outcome": Outcome.REJECTED},
                 id="a-vote-listing-its-counts-with-no-line-for-the-votes-for"),
    pytest.param(BULLETS, 0, {"for_": 10, "against": 2, "abstention": 3},
                 id="deliberations-listed-as-bullets-over-their-votes"),
    # An extract's box: « SECRÉTAIRE DE SÉANCE : X », then « DÉLIBÉRATION APPROUVÉE : Pour 86 ⏎⏎
    # Contre 0 Abstentions 5 » (the labels first, a line break between them).
    pytest.param("EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL COMMUNAUTAIRE\n"
                 "Séance du 9 juillet 2026\n\n"
                 "DÉLIBÉRATION : DEL 26-86 APPROBATION DES NOUVEAUX STATUTS DU SYNDICAT\n\n"
                 "SECRÉTAIRE DE SÉANCE : CORNALBA DANIEL\n\nNOMBRE DE CONSEILLERS : En exercice 91\n\n"
                 "Présents 77\n\nNombre de « pouvoirs » 14 Votants 86\n\n"
                 "DÉLIBÉRATION APPROUVÉE : Pour 86\n\nContre 0 Abstentions 5\n\n"
                 "Le conseil communautaire approuve les nouveaux statuts du syndicat.\n",
                 0, {"for_": 86, "against": 0, "abstention": 5},
                 id="a-secretary-s-label-does-not-take-the-vote-box-below-it"),
    # « Résultat du vote : ⏎ Pour le changement de prestataire : 13 votes ».
    pytest.param(OPENING + "1- Election du 3ème adjoint\n\n"
                 "Résultat du vote :\n- Anne-Marie : 11 votes, Elue\n\n"
                 "2- Déneigement\n\nLe maire propose de changer de prestataire.\n\nRésultat du vote :\n"
                 "Pour le changement de prestataire : 13 votes\n\n3- Questions diverses\n\nRien.\n",
                 1, {"for_": 13, "outcome": Outcome.ADOPTED}, id="what-was-voted-for-then-its-count"),
    # « Le Conseil Municipal ; ⏎ Après s'être assuré … ⏎ Statuant sur … ⏎ DECLARE … ⏎ VOTE le compte ».
    pytest.param(OPENING + """1.   APPROBATION DU COMPTE DE GESTION 2025 – COMMUNE
Madame GUIBOUT rappelle que le compte de gestion doit être voté préalablement au compte administratif.
Le Conseil Municipal ;
    Après s'être assuré que le receveur a repris dans ses écritures le montant de chacun des soldes,
    Statuant sur l'ensemble des opérations effectuées du 1er janvier au 31 décembre 2025,
    DECLARE que le compte de gestion dressé par le Receveur n'appelle ni observation ni réserve.
    VOTE le compte de gestion de l'exercice 2025.

2.   TARIFS DE LA CANTINE
Le conseil municipal, à l'unanimité, fixe les tarifs.
""", 0, {"outcome": Outcome.ADOPTED}, id="the-assembly-alone-on-its-line-then-its-decisions-in-capitals"),
    pytest.param(OPENING + ("1. TAUX D'IMPOSITION DES TAXES DIRECTES LOCALES 2026\n"
                            "Le conseil municipal vote les taux d'imposition pour 2026, à savoir :\n"
                            "         Taxe d'habitation               :          10,79 %\n\n"
                            "2. TARIFS DE LA CANTINE\n"
                            "Le conseil municipal, à l'unanimité, fixe les tarifs.\n"),
                 0, {"outcome": Outcome.ADOPTED}, id="the-council-votes-the-rates"),
]


@pytest.mark.parametrize(("text", "rank", "expected"), VOTES)
def test_the_printed_vote(text: str, rank: int, expected: dict[str, Any]) -> None:
    vote = read(text).deliberations[rank].parsed.printed_vote
    assert vote is not None
    assert {name: getattr(vote, name) for name in expected} == expected


_BODY = "Le conseil municipal, après en avoir délibéré, à l'unanimité, approuve la proposition. " * 8

# A text, and the numbers and titles of the items read in it.
TITLED = [
    pytest.param(RUN_TOGETHER, [
        ("D.CCAS/2026/19", "Fixation du nombre de représentants du personnel"),
        ("D.CCAS/2026/20", "Décision modificative n°1 au budget primitif 2026 du CCAS"),
        ("D.CCAS/2026/21", "Avenant n°2 à la convention d'occupation")],
        id="a-list-of-deliberations-run-together-in-one-line"),
    # A code typed twice heads two items, but a summary repeats none.
    pytest.param(OPENING + "".join(f"D2026-{k} - Objet : {t}\n{_BODY}\n\n" for k, t in (
        ("52", "Redevance d'occupation du domaine public"), ("53", "Demande de subvention 2026"),
        ("52", "Tarification 2026"), ("54", "Recrutement de vacataires"))) + (
        "Récapitulatif\nD2026-52 - Objet : Redevance\nD2026-53 - Objet : Subvention\n"
        "D2026-54 - Objet : Vacataires\n"), [
        ("D2026-52", "Redevance d'occupation du domaine public"), ("D2026-53", "Demande de subvention 2026"),
        ("D2026-52", "Tarification 2026"), ("D2026-54", "Recrutement de vacataires")],
        id="a-code-typed-twice-heads-two-items-but-a-summary-repeats-none"),
    pytest.param(OPENING + """Ordre du jour :
    1.   Tarification : location du rez-de-chaussée de la mairie annexe

    1.   Tarification : location du rez-de-chaussée de la mairie annexe

Madame le maire propose de fixer le tarif de location à 300 euros par mois.

Vote : pour à l'unanimité
""", [("1", "Tarification : location du rez-de-chaussée de la mairie annexe")],
        id="minutes-of-one-item-printed-in-the-agenda-and-in-the-body"),
]


@pytest.mark.parametrize(("text", "expected"), TITLED)
def test_the_items_numbers_and_titles(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(d.parsed.number, d.parsed.title) for d in read(text).deliberations] == expected


def test_a_row_of_a_repertoire_centred_on_three_lines() -> None:
    # The object's first line above its row, its last on the row, the outcome on the line below.
    rows = "\n".join(f"13/06/2026   2026_{k:02}   Objet numéro {k} de la séance                Approuvée"
                     for k in range(28, 31))
    text = ("REPERTOIRE DES DELIBERATIONS 2026\n\n" + rows + "\n"
            "                       Tarif accueil de loisirs et restauration scolaire de l'accueil\n"
            "13/06/2026   2026_31   2026-2027\n"
            "                                                                                 Approuvée\n"
            "13/06/2026   2026_32   Echange de parcelles à Palesne                           Approuvée\n")
    last = [(d.parsed.number, d.parsed.title) for d in read(text).deliberations][-2]
    assert last == ("2026_31", "Tarif accueil de loisirs et restauration scolaire de l'accueil 2026-2027")


def test_deliberations_listed_as_bullets_over_their_votes() -> None:
    # (Their votes: VOTES.)
    assert [d.parsed.title for d in read(BULLETS).deliberations] == [
        "Approbation du Compte de Gestion 2025 du Receveur municipal",
        "Approbation du Compte administratif 2025 du Maire"]

