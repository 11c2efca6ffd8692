"""Items of minutes: the numbered chain of the body, not the agenda's; codes; sections of one report."""

from __future__ import annotations

import pytest

from registre.core.vocabulary import Outcome
from registre.reading.items import numbered_items, roman

from .builders import read

MINUTES = """Conseil Municipal du 15 octobre 2015
Présents : Michèle BOURBIER, Bernard ROBERT, Michel LEBLANC
Le procès-verbal de la séance du 3 septembre est approuvé.

Ordre du jour
1. Renouvellement des branchements du réseau d'eau potable
2. Contentieux JOUBERT
3. Questions diverses

1. Renouvellement des branchements du réseau d'eau potable
Le conseil, après en avoir délibéré, décide des travaux.
Vote : Pour à l'unanimité.

2. Contentieux JOUBERT
Le conseil autorise le maire à ester en justice.
Pour : 12
Contre : 1

3. Questions diverses
Le maire informe le conseil du calendrier des travaux de la rue.
"""


def test_the_body_chain_is_kept_not_the_agenda() -> None:
    items = numbered_items(MINUTES)
    assert [(i.number, i.title) for i in items] == [
        ("1", "Renouvellement des branchements du réseau d'eau potable"), ("2", "Contentieux JOUBERT"),
        ("3", "Questions diverses")]
    assert items[0].start > MINUTES.index("Questions diverses")  # after the agenda


def test_minutes_yield_every_deliberation_with_its_own_vote() -> None:
    doc = read(MINUTES)
    assert doc.kind.value == "minutes"
    got = [(d.parsed.number, d.parsed.printed_vote.for_ if d.parsed.printed_vote else None,
            d.parsed.printed_vote.unanimous if d.parsed.printed_vote else None) for d in doc.deliberations]
    # (« 3. Questions diverses » is not put to the vote: not a deliberation.)
    assert got == [("1", None, True), ("2", 12, False)]


def test_codes_slashes_and_roman_numbers() -> None:
    coded = numbered_items("2019-03-01 REPARATION VITRAUX EGLISE\nAdopté à l'unanimité.\n\n"
                           "2019-03-02 LOCAL TECHNIQUE\nAdopté à l'unanimité.\n")
    assert [i.number for i in coded] == ["2019-03-01", "2019-03-02"]
    fargues = numbered_items("Délibération D2018-66\nObjet : approbation du procès-verbal\nPOUR 21\n\n"
                             "Délibération D2018-67\nObjet : vente de la parcelle AB 107\n"
                             "Adopté à l'unanimité\n")
    assert [(i.number, i.title) for i in fargues] == [("D2018-66", "approbation du procès-verbal"),
                                                      ("D2018-67", "vente de la parcelle AB 107")]
    slashes = numbered_items("1/ Motion ONF :\n14 votes pour\n2/ Etat d'assiettes des coupes :\n"
                             "14 votes pour\n")
    assert [i.number for i in slashes] == ["1", "2"]
    assert (roman("XIV"), roman("IIII"), roman("IV")) == (14, None, 4)


def test_sections_of_one_report_are_not_items() -> None:
    text = ("I. Présentation du campus\nLe campus rassemble des lycées.\n\n"
            "II. Les missions du campus\nIl forme aux métiers.\n\nLe Bureau, à l'unanimité, décide.\n")
    assert numbered_items(text) == []


BUDGET_SITTING = """Conseil Municipal du 3 mars 2024
Présents : Anne DURAND, Paul MARTIN, Luc PETIT

1. Finances de la commune :

   - Approbation du compte de gestion 2023
Le maire présente le compte de gestion du comptable public.
Vote :
   - Pour : 11
   - Abstentions : 2 (M. PETIT, Mme DURAND)

   - Approbation du compte administratif 2023
Le maire quitte la séance ; le premier adjoint préside.
Vote : pour à l'unanimité

   - Finances de la commune : Vote des taux d'imposition
Les taux restent ceux de l'an dernier :
   - Taxe foncière sur les propriétés bâties : 38 %
   - Taxe foncière sur les propriétés non bâties : 41 %
Vote :
   - Contre : 2 (M. PETIT, Mme DURAND)
   - Pour : 10

2. Location de la salle des fêtes
Le conseil fixe les tarifs de location.
Vote : pour à l'unanimité
"""


def test_an_item_voted_several_times_gives_one_deliberation_per_vote() -> None:
    doc = read(BUDGET_SITTING)
    got = [(d.parsed.number, d.item_number, d.parsed.title) for d in doc.deliberations]
    assert got == [
        ("1", "1", "Finances de la commune : Approbation du compte de gestion 2023"),
        ("1", "1.2", "Finances de la commune : Approbation du compte administratif 2023"),
        ("1", "1.3", "Finances de la commune : Vote des taux d'imposition"),  # (the item's words once)
        ("2", "2", "Location de la salle des fêtes")]
    votes = [d.parsed.printed_vote for d in doc.deliberations]
    assert [(v.for_, v.against, v.abstention, v.unanimous) for v in votes if v] == [
        (11, None, 2, False), (None, 0, 0, True), (10, 2, None, False), (None, 0, 0, True)]


def test_sub_headings_alone_between_blank_lines_cut_an_item_at_each_vote() -> None:
    text = ("Séance du 5 mai 2023\nPrésents : Anne DURAND, Paul MARTIN\n\n"
            "1. Budget de l'eau\n\nApprobation du compte de gestion 2022\n\n"
            "Le maire présente le compte de gestion de la trésorière.\n\nVote : pour à l'unanimité\n\n"
            "Arrivée de M. PETIT à 19h10\n\n"
            "Approbation du compte administratif 2022\n\n"
            "Le maire quitte la séance pendant le vote.\n\nVote :\n - Pour : 9\n - Contre : 1\n\n"
            "2. Voirie\nLe conseil approuve les travaux.\nVote : pour à l'unanimité\n")
    doc = read(text)
    assert [(d.item_number, d.parsed.title) for d in doc.deliberations] == [
        ("1", "Budget de l'eau : Approbation du compte de gestion 2022"),
        ("1.2", "Budget de l'eau : Approbation du compte administratif 2022"),  # (the arrival joins it)
        ("2", "Voirie")]


@pytest.mark.parametrize("text", [
    pytest.param("Séance du 5 mai 2023\nPrésents : Anne DURAND, Paul MARTIN\n\n"
                 "1. Tarifs communaux\nLe conseil fixe :\n - Location de la salle : 200 €\n"
                 " - Concession au cimetière : 150 €\nVote : pour à l'unanimité\n\n"
                 "2. Voirie\nLe conseil approuve les travaux.\nVote : pour à l'unanimité\n", id="bullets"),
    # A table of lines over figures is no heading either (« Dépenses de fonctionnement »).
    pytest.param("Séance du 5 mai 2023\nPrésents : Anne DURAND, Paul MARTIN\n\n"
                 "1. Décisions modificatives\n\nDépenses de fonctionnement\n\n6811 dotations 56.02 €\n\n"
                 "DM adoptée à l'unanimité.\n\nRecettes de fonctionnement\n\n7011 ventes 56.02 €\n\n"
                 "DM adoptée à l'unanimité.\n\n"
                 "2. Voirie\nLe conseil approuve les travaux.\nVote : pour à l'unanimité\n", id="table"),
])
def test_a_list_of_bullets_before_one_vote_does_not_cut_the_item(text: str) -> None:
    assert [d.item_number for d in read(text).deliberations] == ["1", "2"]


_ONE_DELIBERATION = ("Commune de Sainte-Foy\nConseil Municipal du 10 mars 2016\n"
                     "L'an deux mille seize, le 10 mars, le Conseil Municipal s'est réuni sous la présidence "
                     "du maire.\nPrésents : Anne DURAND, Paul MARTIN, Luc PETIT\n\n"
                     "Objet : Location de la salle des fêtes\nLe conseil fixe les tarifs. "
                     "Adopté à l'unanimité.\n")
_FORMULA = ("L'an deux mille seize, le 10 mars, le Conseil Municipal s'est réuni sous la présidence "
            "du maire.\n")


@pytest.mark.parametrize(("text", "kind"), [
    # Untitled, opening on the register's formula: the sitting's minutes.
    pytest.param(_ONE_DELIBERATION, "minutes", id="formula"),
    # Without the formula (a roll call only), minutes or a compte rendu: the text does not say.
    pytest.param(_ONE_DELIBERATION.replace(_FORMULA, ""), "unknown", id="untitled"),
    pytest.param(_ONE_DELIBERATION.replace(
        "\n\nObjet", "\nLe procès-verbal de la dernière séance est adopté.\n\nObjet"), "minutes",
        id="previous-minutes-approved"),
    pytest.param(_ONE_DELIBERATION + "\nPour extrait conforme, le maire.\n", "extract", id="pour-extrait"),
])
def test_a_sitting_with_one_deliberation_is_minutes_unless_it_says_extract(text: str, kind: str) -> None:
    doc = read(text)
    assert len(doc.deliberations) == 1 and doc.kind.value == kind


def test_questions_diverses_are_no_deliberation() -> None:
    # Neither the vote they mention nor their heading make a deliberation (a deliberation
    # taken among them has a title of its own).
    text = MINUTES.replace("Le maire informe le conseil du calendrier des travaux de la rue.",
                           "Le maire rappelle que le budget a été adopté à l'unanimité en mars.")
    doc = read(text)
    assert [d.parsed.title for d in doc.deliberations] == [
        "Renouvellement des branchements du réseau d'eau potable", "Contentieux JOUBERT"]
    assert doc.deliberations[-1].parsed.printed_vote is not None  # (not the one they mention)
    assert doc.deliberations[-1].parsed.printed_vote.for_ == 12


def test_items_with_the_rapporteur_in_a_side_column() -> None:
    text = ("COMPTE RENDU DU CONSEIL MUNICIPAL DU 7 MARS 2011\nPrésents : Anne DURAND, Paul MARTIN\n\n"
            "Mme le Maire                  Adoption de l'ordre du jour\n"
            "                              Pour : 59\n                              Adopté à l'unanimité\n"
            "Jean                  1.     Place du marché - Dénomination\n"
            "DUPONT                        Pour : 58\n"
            "                              Contre : 1 (M. Petit)\n"
            "                              Adopté à la majorité\n"
            "Anne DURAND           2      Tarifs des musées\n"
            "                              Pour : 51\n                              Abstention : 7\n"
            "                              Adopté à l'unanimité des suffrages exprimés\n")
    doc = read(text)
    got = [(d.parsed.number, d.parsed.title, d.parsed.printed_vote.for_ if d.parsed.printed_vote else None)
           for d in doc.deliberations]
    assert got == [("1", "Place du marché - Dénomination", 58), ("2", "Tarifs des musées", 51)]


PRELIMINARIES = """Séance du conseil municipal du 3 mars 2022
Présents : Anne MARTIN, Paul DURAND, Marc PETIT
APPROBATION DU PROCES-VERBAL DE LA SEANCE PRECEDENTE
Le procès-verbal de la séance du 2 février 2022 est approuvé à l'unanimité.
Madame le Maire propose de rajouter un point à l'ordre du jour :
- Subvention au comité des fêtes
VOTE : Unanimité
DCM 2022-010 OBJET : DECISIONS PRISES PAR LE MAIRE
Madame le Maire rend compte des marchés signés.
"""


def test_the_preliminaries_do_not_lend_their_vote_to_the_first_item() -> None:
    doc = read(PRELIMINARIES, "préliminaires")
    assert doc.deliberations
    assert doc.deliberations[0].parsed.printed_vote is None
    # Its own vote, printed after its heading, is read.
    voted = PRELIMINARIES.replace("signés.", "signés.\nAdopté par 12 voix pour et 1 contre.")
    doc = read(voted, "préliminaires votées")
    pv = doc.deliberations[0].parsed.printed_vote
    assert pv is not None and (pv.for_, pv.against) == (12, 1)


def test_an_item_approving_the_minutes_keeps_its_vote() -> None:
    text = MINUTES.replace("3. Questions diverses\n",
                           "3. Approbation du procès-verbal de la séance du 10 septembre\n"
                           "Le procès-verbal de la séance du 10 septembre est adopté à l'unanimité.\n")
    doc = read(text, "approbation")
    last = doc.deliberations[-1].parsed
    assert "procès-verbal" in (last.title or "")
    assert last.printed_vote is not None and last.printed_vote.unanimous


def test_mask_keeps_positions() -> None:
    from registre.reading.deliberation import mask_preliminaries
    text = "Le compte rendu de la dernière séance est adopté à l'unanimité. Le conseil décide. Unanimité."
    masked = mask_preliminaries(text)
    assert len(masked) == len(text)
    assert "dernière" not in masked and masked.endswith("décide. Unanimité.")


def test_the_title_of_an_item_above_its_deliberation_number() -> None:
    text = ("Séance du conseil d'administration du 18 janvier 2021\nPrésents : Anne MARTIN, Paul DURAND\n\n"
            "3. Débat d'orientations budgétaires 2021\n\nDélibération n° 2021-01-001\n\n"
            "Rapporteur : Monsieur le Président\n\nLe conseil prend acte du débat.\n")
    doc = read(text, "titre au-dessus du numéro")
    p = doc.deliberations[0].parsed
    assert p.number == "2021-01-001"
    assert p.title == "Débat d'orientations budgétaires 2021"
    # Without a numbered heading above it, no title rather than the number.
    untitled = text.replace("3. Débat d'orientations budgétaires 2021\n\n", "Le président ouvre.\n\n")
    doc = read(untitled, "sans titre")
    assert "2021-01-001" not in (doc.deliberations[0].parsed.title or "")


def test_a_member_arriving_at_an_item_is_no_heading() -> None:
    text = ("Séance du conseil municipal du 14 juin 2021\nPrésents :\n- M. Jean MARTIN Maire\n"
            "- M. Paul DURAND Conseiller arrivé au point n° 11 - M. Marc PETIT Conseiller Municipal\n\n"
            "Le conseil prend acte.\n")
    doc = read(text, "arrivée")
    for d in doc.deliberations:
        assert d.parsed.point_number != "11" and "PETIT" not in (d.parsed.title or "")
    # The same words as a heading are one.
    from registre.reading.deliberation import read_block
    p = read_block("Point n° 11 - Tarifs de la cantine\nLe conseil adopte.\n", "", False)
    assert (p.point_number, p.title) == ("11", "Tarifs de la cantine")


CODED = """Compte rendu du conseil municipal du 9 juillet 2013
Présents : Anne MARTIN, Paul DURAND, Marc PETIT

DL-055-07-13 - Signature du marché d'étude de ruissellement
Le conseil autorise le maire à signer le marché.

DL-056-07-13 - Création de deux postes d'adjoints techniques
Par Délibération N°DEL 011-02-12 en date du 6 février 2012 le conseil avait créé un poste.
Les membres du conseil municipal adoptent, à l'unanimité, la présente délibération.

DL-057-07-13 - Subvention au tennis club
Les membres du conseil municipal adoptent, à l'unanimité, la présente délibération.
"""


def test_items_coded_with_rank_month_and_year() -> None:
    doc = read(CODED, "codes")
    got = [(d.parsed.number, d.parsed.printed_vote is not None and d.parsed.printed_vote.unanimous)
           for d in doc.deliberations]
    # The earlier deliberation named in prose is no heading; the first item prints no vote, but
    # its decision (« Le conseil autorise le maire à signer ») is adopted.
    assert got == [("DL-055-07-13", False), ("DL-056-07-13", True), ("DL-057-07-13", True)]
    first = doc.deliberations[0].parsed.printed_vote
    assert first is not None and first.for_ is None and first.outcome is Outcome.ADOPTED


AGENDA_THEN_BODY = """Compte rendu du conseil municipal du 9 avril 2019
Présents : Anne MARTIN, Paul DURAND, Marc PETIT
Ordre du jour :
1. APPROBATION COMPTE RENDU PRECEDENT
2. COMPTES ADMINISTRATIFS 2018
3. DECISIONS DU MAIRE

1. APPROBATION COMPTE RENDU PRECEDENT
""" + "Le conseil débat longuement du compte rendu de la séance précédente. " * 5 + """
Compte rendu précédent approuvé par 2 CONTRE et 8 voix POUR.

2. COMPTES ADMINISTRATIFS 2018
""" + "Le maire présente les comptes de l'exercice écoulé. " * 5 + """
Adopté à l'unanimité.

DECISIONS DU MAIRE
Le maire rend compte de ses décisions.

4. RELAIS ASSISTANTES MATERNELLES
Le conseil adhère au relais. Adopté à l'unanimité.
"""


def test_the_agenda_lines_heading_a_chain_are_moved_to_the_body() -> None:
    items = numbered_items(AGENDA_THEN_BODY)
    assert [it.number for it in items] == ["1", "2", "4"]
    first = AGENDA_THEN_BODY.index("1. APPROBATION", AGENDA_THEN_BODY.index("3. DECISIONS"))
    assert items[0].start == first
    doc = read(AGENDA_THEN_BODY, "ordre du jour puis corps")
    pv = doc.deliberations[0].parsed.printed_vote
    assert pv is not None and (pv.for_, pv.against) == (8, 2)


REPERTOIRE = """               RÉPERTOIRE CHRONOLOGIQUE DES DÉLIBÉRATIONS 2025

 DATE        Numéro      OBJET                                              Approuvée/
                                                                            Rejetée
14/01/2025   2025_001   Travaux de voirie de la rue des Lilas : autorisation  Approuvée
                        de signer le marché
                        Convention de déneigement avec la commune
14/01/2025   2025_002                                                        Approuvée
                        voisine pour l'hiver 2025
11/02/2025   2025_003   Tarifs de la cantine scolaire                        Rejetée
11/02/2025   2025_004   Adhésion au groupement de commandes                  Ajournée au
                        d'énergie                                             prochain CM
11/02/2025   2025_005   accueillis en classe ULIS Approuvée
"""


def test_a_repertoire_gives_one_deliberation_per_row() -> None:
    doc = read(REPERTOIRE, "répertoire")
    assert doc.kind.value == "list"
    got = [(d.parsed.number, d.parsed.title,
            d.parsed.printed_vote.outcome.value if d.parsed.printed_vote and d.parsed.printed_vote.outcome
            else None) for d in doc.deliberations]
    assert got == [
        ("2025_001", "Travaux de voirie de la rue des Lilas : autorisation de signer le marché", "adopte"),
        # A cell centred on its row: its first line above it.
        ("2025_002", "Convention de déneigement avec la commune voisine pour l'hiver 2025", "adopte"),
        ("2025_003", "Tarifs de la cantine scolaire", "rejete"),
        # Adjourned: no outcome; the outcome column's words are not the object's.
        ("2025_004", "Adhésion au groupement de commandes d'énergie", None),
        # The middle of a cell: no title rather than a cut one.
        ("2025_005", "", "adopte"),
    ]


def test_a_dcm_number_keeps_its_letters() -> None:
    from registre.reading.deliberation import read_block
    p = read_block("DCM 2016-061 OBJET : DECISIONS DU MAIRE\nLe maire rend compte.\n", "", False)
    assert p.number == "DCM 2016-061"
    p = read_block("DCM n° 2016-062\nOBJET : Tarifs\n", "", False)
    assert p.number == "2016-062"


def test_an_affaire_coded_with_letters() -> None:
    from registre.reading.deliberation import read_block
    p = read_block("AFFAIRE N°2026-CM/071 : DESIGNATION D'UN CORRESPONDANT DEFENSE\nVu.\n", "", False)
    assert (p.point_number, p.title) == ("2026-cm/071", "DESIGNATION D'UN CORRESPONDANT DEFENSE")
    p = read_block("Point n° 3 - Tarifs 2026\nLe conseil adopte.\n", "", False)
    assert (p.point_number, p.title) == ("3", "Tarifs 2026")


def test_the_word_objet_is_not_the_items_title() -> None:
    text = ("Séance du 20 novembre 2025\nPrésents : Anne MARTIN, Paul DURAND\n\n"
            "D2025-040 – Objet : Tarifs 2026\nLe conseil fixe les tarifs. Adopté à l'unanimité.\n\n"
            "D2025-041 – Objet : Subventions\nLe conseil attribue les subventions. Adopté à l'unanimité.\n")
    doc = read(text, "objet")
    assert [d.parsed.title for d in doc.deliberations] == ["Tarifs 2026", "Subventions"]


DATED = """Procès-verbal du Conseil municipal
Séance du lundi 2 octobre 2028
Présents : Anne MARTIN, Paul DURAND, Léa PETIT

20281002 1-Délibération relative au tarif de la cantine,
Le conseil municipal, à l'unanimité, adopte le tarif.

20281002 2 2/ Écritures d'ordre du budget annexe
Le conseil municipal, à l'unanimité, approuve les écritures.

20281092 3 Vente d'herbe sur le terrain communal,
Le conseil municipal, à l'unanimité, approuve la vente.

20281002-4- Adressage des voies communales
Le conseil municipal, à l'unanimité, décide.

Récapitulatif
20281002 1 Délibération relative au tarif de la cantine
20281002 2 Écritures d'ordre du budget annexe
"""


def test_items_numbered_by_the_sitting_date_and_their_rank() -> None:
    """« AAAAMMJJ N Titre »: the rank printed again before a « / » is not the title; a code one
    figure off the others is OCR noise; a separator « - » is kept as printed; the summary at
    the end repeats the ranks and is not read again."""
    items = numbered_items(DATED)
    assert [(i.number, i.title) for i in items] == [
        ("20281002 1", "Délibération relative au tarif de la cantine,"),
        ("20281002 2", "Écritures d'ordre du budget annexe"),
        ("20281092 3", "Vente d'herbe sur le terrain communal,"),
        ("20281002-4", "Adressage des voies communales")]
    doc = read(DATED)
    assert [d.parsed.number for d in doc.deliberations] == [i.number for i in items]
    assert all(d.parsed.printed_vote and d.parsed.printed_vote.unanimous for d in doc.deliberations)


def test_one_dated_item_makes_an_extract_and_other_codes_are_not_items() -> None:
    one = numbered_items("EXTRAIT DU REGISTRE\n\n20280609 1 ELECTION DES DELEGUES SENATORIAUX\n"
                         "Il est procédé au vote.\n")
    assert [(i.number, i.title) for i in one] == [("20280609 1", "ELECTION DES DELEGUES SENATORIAUX")]
    # Not a date (month 13), a code of another date two figures off, a figure of a table.
    assert numbered_items("20281302 1 Titre de la question\nAdopté.\n") == []
    mixed = numbered_items("20281002 1 Tarifs de la cantine\nAdopté.\n20271102 2 Autre séance citée\n"
                           "20281002 2 Vente d'herbe\nAdopté.\n")
    assert [i.number for i in mixed] == ["20281002 1", "20281002 2"]
    assert numbered_items("Total 41676 00\n12345678 9 Lignes du tableau\n") == []


@pytest.mark.parametrize("word, outcome", [("Adopté", "adopte"), ("Adoptée à l'unanimité", "adopte"),
                                           ("Rejetée", "rejete"), ("ADOPTÉ", "adopte")])
def test_an_outcome_word_with_a_capital_is_read(word: str, outcome: str) -> None:
    """« Adopté. » at the start of a sentence, as clerks write it under a vote."""
    text = ("Commune de Saint-Vallier — Conseil municipal\n\nSéance du 3 mars 2031\n\n"
            "Présents : Anne MARTIN, Paul DURAND, Léa PETIT\n\n"
            "Délibération n° 2031-04 — Tarifs de la cantine\n"
            "Le conseil municipal fixe les tarifs ci-dessus.\n"
            # (A rejection is printed under a count that rejects: a word the count belies is
            # prose, not the outcome.)
            f"{'Pour : 1 — Contre : 2' if outcome == 'rejete' else 'Pour : 3 — Contre : 0'}"
            f" — Abstention : 0\n{word}.\n")
    pv = [d.parsed.printed_vote for d in read(text, "t.txt").deliberations]
    assert [v.outcome.value if v and v.outcome else None for v in pv] == [outcome]
