"""Minutes of authorities never seen (issue 14, session s25): the eighth round's forms — a dash
after a bracketed number, the sitting's steps numbered with its items, an item titled by the
earlier minutes alone."""

from __future__ import annotations

import pytest

from registre.core.vocabulary import AuthorityKind, Outcome
from registre.reading.votes import read_vote
from tests.reading.builders import read

OPENING = """Commune de SAINT-EXEMPLE
Séance du 9 mars 2026

L'an deux mil vingt-six, le neuf mars, le conseil municipal s'est réuni sous la présidence de
Monsieur Paul DURAND, Maire.

Etaient présents : DURAND Paul, MARTIN Anne, PETIT Marc, LEROY Jeanne

"""


def test_steps_of_the_sitting_numbered_with_its_items_and_the_minutes_item_voted() -> None:
    # « 1) – Appel des membres », « 2) – Lecture de l'ordre du jour »: numbered with the items,
    # never voted; « 4)- Procès-verbal de la séance du … » is the approval, its vote its own.
    text = OPENING + """1) – Appel des membres

2) – Lecture de l'ordre du jour

3) – Election du Secrétaire de séance

Madame Anne MARTIN est élue secrétaire de séance à l'unanimité.

4)- Procès-verbal de la séance du 2 février 2026

Le procès-verbal de la séance du 2 février 2026 est adopté à l'unanimité.

5) – Tarifs de la cantine scolaire

Après en avoir délibéré, le conseil municipal adopte les tarifs par 3 voix pour et 1 contre.
"""
    dels = read(text).deliberations
    assert [d.parsed.number for d in dels] == ["1", "2", "3", "4", "5"]
    minutes, canteen = dels[3].parsed.printed_vote, dels[4].parsed.printed_vote
    assert minutes is not None and minutes.unanimous and minutes.outcome is Outcome.ADOPTED
    assert canteen is not None and (canteen.for_, canteen.against) == (3, 1)


def test_an_item_headed_by_its_ordinal_is_an_item_even_alone() -> None:
    # « 1 ère DELIBERATION : Délégations consenties au Maire », a list numbered inside it, the text
    # cut there: one item; the vote printed before it (the earlier minutes') is not its vote.
    text = OPENING + """Approbation du compte rendu du conseil municipal du 2 février 2026, à 4 voix pour.

1 ère DELIBERATION : Délégations consenties au Maire par le conseil municipal.
Monsieur le Maire donne lecture des délégations qui pourraient lui être confiées.
1. D'arrêter et modifier l'affectation des propriétés communales ;
2. De fixer les tarifs des droits de voirie et de stationnement ;
3. De"""
    dels = read(text).deliberations
    assert [(d.parsed.number, d.parsed.title) for d in dels] == [
        ("1", "Délégations consenties au Maire par le conseil municipal")]
    assert dels[0].parsed.printed_vote is None


def test_a_code_rank_over_year_heads_its_item_and_the_secretariat_vote_is_not_its_vote() -> None:
    # « 028/18 : ⏎⏎ DISSOLUTION DU SYNDICAT … »; « Le Maire propose le secrétariat de séance à
    # Mme X qui l'accepte, proposition adoptée à l'unanimité »: the opening's vote, not the item's;
    # « arrivé pour le vote de la délibération N° 033/18 » names a later item, not this one.
    text = OPENING + """M. PETIT est arrivé pour le vote de la délibération N° 033/18 et suivantes.

Le Maire propose le secrétariat de séance à Anne MARTIN qui l'accepte, proposition adoptée à
l'unanimité par le Conseil Municipal.

028/18 :

DISSOLUTION DU SYNDICAT INTERCOMMUNAL D'ELECTRIFICATION

Le Conseil Municipal,

Vu le Code Général des Collectivités Territoriales,"""
    dels = read(text).deliberations
    assert [(d.parsed.number, d.parsed.title) for d in dels] == [
        ("028/18", "DISSOLUTION DU SYNDICAT INTERCOMMUNAL D'ELECTRIFICATION")]
    assert dels[0].parsed.printed_vote is None


def test_headings_in_a_page_run_together_with_long_titles_and_the_minutes_first() -> None:
    # A transcription on one line: « 1. Procès verbal de la réunion du … » voted in its text
    # (its own vote, not the opening's), « 2. DELIBERATION Compte Administratif … » followed by a
    # table with no stop, « 3. DELIBERATION … »; « II. Intervention de M. X, Rapporteur … » with no
    # stop within two hundred characters.
    line = ("Désignation du secrétaire de séance : Mme Anne MARTIN 1. Procès verbal de la réunion du "
            "12 janvier 2026 Chaque délégué a reçu un exemplaire du document. A l'unanimité, "
            "l'assemblée approuve le procès-verbal de la séance du 12 janvier 2026. FINANCES "
            "2. DELIBERATION Compte Administratif de l'exercice 2025 Voir le document Résultats à la "
            "clôture de l'exercice 2024 Opérations de l'exercice 2025 Résultats à la clôture de "
            "l'exercice 2025 Déficits Excédents Dépenses nettes Recettes nettes Section de "
            "fonctionnement 535 663,57 2 868 780,65 Section d'investissement 271 771,45 233 305,02 "
            "A l'unanimité, l'assemblée approuve le compte administratif 2025. 3. DELIBERATION "
            "Compte de Gestion de l'exercice 2025 Le compte de gestion a été dressé par le "
            "trésorier. A l'unanimité, l'assemblée approuve le compte de gestion 2025. 4. Intervention "
            "de Mr Jean DUPONT, Rapporteur Général de la Commission Départementale de la "
            "Coopération Intercommunale, dans le cadre de la loi portant nouvelle organisation "
            "territoriale de la République M. DUPONT explicite les effets de la loi sur les syndicats "
            "d'eau et répond aux questions des délégués sur le calendrier.")
    text = "SYNDICAT INTERCOMMUNAL DES EAUX\nCOMPTE RENDU DU COMITE SYNDICAL DU 9 MARS 2026\n" + line + "\n"
    dels = read(text).deliberations
    assert [d.parsed.number for d in dels] == ["1", "2", "3", "4"]
    assert [bool(d.parsed.printed_vote and d.parsed.printed_vote.unanimous) for d in dels] == [
        True, True, True, False]
    assert dels[3].parsed.title.startswith("Intervention de Mr Jean DUPONT, Rapporteur Général")


def test_a_register_printed_as_a_form_gives_each_number_and_object() -> None:
    # « N° de la délibération :1/ 2 mars 2026 ⏎⏎ Objet de la délibération :Dépenses … »: the
    # number (its date after the « / » is not part of it), the object below.
    text = OPENING + """Secrétaire de séance : Mme MARTIN Anne

N° de la délibération :1/ 2 mars 2026

Objet de la délibération :Dépenses afférentes au compte 623 (fêtes et cérémonies).

Le Conseil Municipal après en avoir délibéré, autorise à l'unanimité le Maire à inscrire 7 000 €.

N° de la délibération :2/ 2 mars 2026

Objet de la délibération :Attributions subventions Associations.

Le Conseil Municipal, par 3 voix pour et 1 abstention, attribue les subventions.
"""
    dels = read(text).deliberations
    assert [(d.parsed.number, d.parsed.title) for d in dels] == [
        ("1", "Dépenses afférentes au compte 623 (fêtes et cérémonies)"),
        ("2", "Attributions subventions Associations")]
    second = dels[1].parsed.printed_vote
    assert second is not None and (second.for_, second.abstention) == (3, 1)


def test_the_secretary_then_a_first_item_cut_short_are_items() -> None:
    # A page run together, cut in its second item: « … accepte la proposition du Maire. 1 –
    # DÉSIGNATION DU SECRETAIRE DE SÉANCE … 2 – APPROBATION DES COMPTES RENDUS DU … »: nothing is
    # voted yet but the secretary's designation; both are items.
    line = ("À l'unanimité, le Conseil municipal accepte la proposition du Maire. 1 – DÉSIGNATION DU "
            "SECRETAIRE DE SÉANCE Conformément à l'article L.2121-15 du Code Général des Collectivités "
            "Territoriales, le Conseil municipal désigne à l'unanimité Madame Anne MARTIN, secrétaire "
            "de séance. 2 – APPROBATION DES COMPTES RENDUS DES RÉUNIONS DU 6 ET 20 FEVRIER 2026 M. le "
            "Maire demande aux membres du Conseil municipal s'ils ont des remarques à émettre sur les "
            "comptes rendus des deux réunions précédentes. Aucune remarque n'étant")
    text = OPENING + line + "\n"
    assert [d.parsed.number for d in read(text).deliberations] == ["1", "2"]


def test_the_authority_named_before_the_title_of_its_record_stops_there() -> None:
    # « COMMUNE DE LANDAS COMPTE-RENDU DE LA REUNION DE CONSEIL MUNICIPAL DU 11 JUILLET 2018 » on
    # one line: the commune's name ends where the record's title starts.
    for title in ("COMPTE-RENDU DE LA REUNION DE CONSEIL MUNICIPAL", "COMPTE RENDU DE REUNION",
                  "REUNION DU CONSEIL MUNICIPAL"):
        text = f"COMMUNE DE SAINT-EXEMPLE {title} DU 9 MARS 2026\n\n" + OPENING.split("\n", 2)[2]
        assert read(text).authority == "Saint-Exemple", title


SITTING = """

COMPTE RENDU DE LA REUNION DU 9 MARS 2026

L'an deux mil vingt-six, le neuf mars, le comité syndical s'est réuni sous la présidence de
Monsieur Paul DURAND, Président.

Etaient présents :
Commune de Saint-Exemple : Monsieur DURAND Paul, Madame MARTIN Anne
Commune de Villeneuve : Monsieur PETIT Marc

1. Tarifs de l'eau 2026

Le comité syndical adopte les tarifs à l'unanimité.
"""


@pytest.mark.parametrize(("head", "name"), [
    ("SYNDICAT INTERCOMMUNAL DES EAUX DE LA VALLEE", "Syndicat Intercommunal des Eaux de la Vallee"),
    ("SIEGE : MAIRIE DE VILLENEUVE\nSYNDICAT MIXTE DU BASSIN VERSANT DE L'ORGE",
     "Syndicat Mixte du Bassin Versant de l'Orge"),
    ("SIVOM de la Vallée Verte\n12 rue de la Gare 99000 VILLENEUVE", "SIVOM de la Vallée Verte"),
])
def test_a_syndicates_record_names_the_syndicate_not_a_member_commune(head: str, name: str) -> None:
    # The member communes listed with their delegates, the seat at a mairie: not the authority.
    doc = read(head + SITTING)
    assert (doc.authority, doc.authority_kind) == (name, AuthorityKind.SYNDICAT)


def test_a_syndicate_named_in_an_items_object_is_not_the_authority() -> None:
    text = ("04/ Approbation des modifications statutaires du Syndicat Mixte du Bassin\n\n"
            "COMMUNE DE SAINT-EXEMPLE\n" + OPENING.split("\n", 2)[2])
    assert read(text).authority == "Saint-Exemple"


@pytest.mark.parametrize(("opening", "name"), [
    # « … réuni en la Mairie de BIELLE sous la présidence de … »: the presidency is not the name.
    ("Le conseil municipal s'est réuni en la Mairie de BIELLE sous la présidence de M. Paul DURAND, Maire.",
     "Bielle"),
    # « de la commune de Saint Julien les Rosiers, régulièrement convoqué »: the whole name.
    ("Le conseil municipal de la commune de Saint Julien les Rosiers, régulièrement convoqué, s'est "
     "réuni sous la présidence de M. Paul DURAND, Maire.", "Saint Julien les Rosiers"),
    # « Communauté de Communes des Lisières de L'Oise »: « des » is a joining word, not « de ».
    ("Les membres du Conseil Communautaire de la Communauté de Communes des Lisières de L'Oise, légalement "
     "convoqués, se sont réunis sous la présidence de M. Paul DURAND, Président.",
     "Communauté de Communes des Lisières de L'Oise"),
])
def test_the_authoritys_name_read_whole_and_no_further(opening: str, name: str) -> None:
    text = f"Séance du 9 mars 2026\n\n{opening}\n\nEtaient présents : DURAND Paul, MARTIN Anne, PETIT Marc\n"
    assert read(text).authority == name


def test_a_date_then_the_assembly_met_is_the_sittings() -> None:
    # « LE 17 AVRIL DEUX MILLE QUATORZE Le Conseil Municipal de la Ville de X s'est réuni … sur
    # convocation du Maire en date du 10 avril 2014 »: no « l'an », no « séance du ».
    text = ("Est absente et excusée : Mme LEROY Jeanne. Le quorum étant atteint, le Conseil délibère.\n\n"
            "Save this PDF as:\n WORD  PNG  TXT  JPG\n\nDimension: px\nCommencer à balayer dès la page:\n\n"
            "Download \"Est absente et excusée : Mme LEROY Jeanne.\"\n\nTranscription\n\n1 DELIBERATION N 5 "
            "Délégations au "
            "Maire en matière d'emprunt "
            "EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL Nombre de conseillers en exercice : "
            "5 LE 3 MARS DEUX MILLE VINGT-SIX Le Conseil Municipal de la Ville de SAINT-EXEMPLE s'est réuni "
            "au lieu ordinaire de ses séances, sur convocation du Maire en date du 24 février 2026.\n"
            "Sont présents : M. DURAND Paul, Mme MARTIN Anne, M. PETIT Marc.\n")
    doc = read(text)
    assert (str(doc.session_date), str(doc.convocation_date)) == ("2026-03-03", "2026-02-24")


def test_a_bulletins_heading_and_its_recorded_outcome_and_no_related_documents() -> None:
    # « 2008/8848 - Dénomination … » (the bulletin's year and rank), the verbatim debate, « (Adopté.) »;
    # the sharing page's « Documents relatifs » after it are other documents (their sittings' dates).
    text = """2026/1234 - Dénomination "rue du Cèdre" à Saint-Exemple. (Direction Voirie)

Rapporteur : M. DURAND Paul

M. DURAND Paul, rapporteur : Avis favorable de la Commission.

M. LE MAIRE : Je mets aux voix les conclusions. Il n'y a pas d'opposition ? Elles sont adoptées.

(Adopté.)

Références

Documents relatifs

SEANCE DU 17 DECEMBRE 2025 2025/8559 - ATTRIBUTION D'UNE SUBVENTION
"""
    doc = read(text)
    d = doc.deliberations[0].parsed
    assert (d.number, d.title[:30]) == ("2026/1234", 'Dénomination "rue du Cèdre" à ')
    assert d.printed_vote is not None and d.printed_vote.outcome is Outcome.ADOPTED
    assert doc.session_date is None


def test_a_departements_record_names_the_departement() -> None:
    # « CONSEIL DÉPARTEMENTAL DU CANTAL », then « sous la présidence de M. X, Président du Conseil
    # départemental et de M. Y, 1er Vice-Président »: the département, not the presidents' words.
    text = ("CONSEIL DÉPARTEMENTAL DU CANTAL\n\nRÉUNION DU 9 MARS 2026\n\n"
            "L'an deux mille vingt-six, le 9 mars, le Conseil départemental s'est réuni sous la "
            "présidence de Monsieur Paul DURAND, Président du "
            "Conseil départemental et de Monsieur Marc PETIT, 1er Vice-Président.\n\n"
            "Sont présents : Paul DURAND, Marc PETIT, Anne MARTIN\n")
    doc = read(text)
    assert (doc.authority, doc.authority_kind) == ("Département du Cantal", AuthorityKind.DEPARTEMENT)


def test_a_summary_records_decisions_one_a_bullet_are_its_outcome() -> None:
    # « 1-SYNDICAT MIXTE … : ADOPTION DES STATUTS ⏎ - Approuve les statuts … ⏎ - Approuve l'adhésion … »
    text = OPENING + """1-SYNDICAT MIXTE DU TOURISME : ADOPTION DES STATUTS ET ADHÉSION

- Approuve les statuts du Syndicat mixte ouvert du Tourisme.

- Approuve l'adhésion de la commune au Syndicat mixte.

2-TARIFS DE LA CANTINE SCOLAIRE

- Fixe les tarifs de la cantine scolaire pour l'année 2026.

3-VENTE D'UN TERRAIN COMMUNAL

- Rejette la proposition d'achat de la société X.
"""
    outcomes = [d.parsed.printed_vote and d.parsed.printed_vote.outcome for d in read(text).deliberations]
    assert outcomes == [Outcome.ADOPTED, Outcome.ADOPTED, None]


def test_paragraphs_opening_on_a_title_in_capitals_are_items() -> None:
    # « SYNDICAT MIXTE DE GESTION DES RIVIÈRES : DÉSIGNATION D'UN DÉLÉGUÉ M. le Maire informe … »,
    # then the next paragraph « SCHÉMA D'AMÉNAGEMENT … : PROJET DE PÉRIMÈTRE M. le Maire donne … ».
    text = OPENING + (
        "Secrétaire de séance : M. PETIT Marc\n\n"
        "SYNDICAT MIXTE DE GESTION DES RIVIÈRES : DÉSIGNATION D'UN DÉLÉGUÉ M. le Maire informe l'assemblée "
        "que le syndicat demande la désignation d'un délégué. Après en avoir délibéré, à l'unanimité, le "
        "Conseil Municipal décide de désigner M. Marc PETIT.\n\n"
        "SCHÉMA D'AMÉNAGEMENT ET DE GESTION DE L'EAU : PROJET DE PÉRIMÈTRE M. le Maire donne lecture du "
        "projet. Après en avoir délibéré, le Conseil Municipal émet un avis favorable par 3 voix pour et "
        "1 abstention.\n")
    dels = read(text).deliberations
    assert [d.parsed.title for d in dels] == [
        "SYNDICAT MIXTE DE GESTION DES RIVIÈRES : DÉSIGNATION D'UN DÉLÉGUÉ",
        "SCHÉMA D'AMÉNAGEMENT ET DE GESTION DE L'EAU : PROJET DE PÉRIMÈTRE"]
    second = dels[1].parsed.printed_vote
    assert second is not None and (second.for_, second.abstention) == (3, 1)


@pytest.mark.parametrize(("body", "number", "title"), [
    # The object, the sitting's date, then « - réf. : 2019/11 » (a town's page of one deliberation).
    ("Sommaire :\n\nParticipations aux frais de fonctionnement des écoles\n\nSéance du 9 Mars 2026\n\n"
     "- réf. : 2026/11\n\nMadame Le Maire présente la demande.\n\nA l'unanimité, le conseil accepte.\n",
     "2026/11", "Participations aux frais de fonctionnement des écoles"),
    # The object, then « Réf : 2020D091 » on its line, the text going on.
    ("Installation d'un nouveau conseiller municipal Réf : 2026D091 Suite à la démission de Mme X, "
     "M. Y est installé dans ses fonctions.\n", "2026D091", "Installation d'un nouveau conseiller municipal"),
])
def test_a_reference_gives_the_number_and_the_object_before_it(body: str, number: str, title: str) -> None:
    d = read(OPENING + body).deliberations[0].parsed
    assert (d.number, d.title) == (number, title)


def test_a_first_item_under_its_parts_roman_heading() -> None:
    # « I ADMINISTRATION GENERALE ⏎⏎ 1. Démission d'une Conseillère … », the text cut in it.
    text = OPENING + ("Le procès-verbal de la séance du 2 février 2026 est adopté à l'unanimité.\n\n"
                      "I ADMINISTRATION GENERALE\n\n1. Démission d'une Conseillère Municipale et "
                      "installation d'un nouveau Conseiller\nMunicipal\n\n"
                      "Par courrier du 3 février, Mme X a présenté sa démission.\n")
    assert [d.parsed.number for d in read(text).deliberations] == ["1"]


def test_points_announced_then_numbered_are_items_even_unvoted() -> None:
    # « La séance est ouverte, les points suivants sont évoqués : ⏎ 1 – Le maire présente le projet … »
    text = OPENING + ("La séance est ouverte à 20h05, les points suivants sont évoqués :\n"
                      "1 – Le maire présente le projet de vidéo-protection étudié par la gendarmerie.\n"
                      "Le conseil débat sur l'opportunité d'engager ces dépenses et demande d'autres devis.\n"
                      "2 – Le maire demande au conseil de l'autoriser à solliciter les subventions.\n"
                      "Le conseil l'y autorise à l'unanimité.\n")
    dels = read(text).deliberations
    assert [d.parsed.number for d in dels] == ["1", "2"]
    assert dels[0].parsed.printed_vote is None


def test_an_items_title_announcing_a_table_is_kept() -> None:
    # « 1. Compte Administratif 2004 : ⏎⏎ FONCTIONNEMENT ⏎⏎ Dépenses … »: not a part's heading over it.
    text = OPENING + ("1. Compte Administratif 2025 :\n\n \n\nFONCTIONNEMENT\n\n \n\nDépenses\n\nRecettes\n\n"
                      "196 776.64\n\n211 349.92\n\nINVESTISSEMENT\n\nDépenses\n\n101 790.15\n")
    assert [d.parsed.title for d in read(text).deliberations] == ["Compte Administratif 2025"]


def test_an_earlier_deliberation_named_in_brackets_after_its_sitting_is_not_the_number() -> None:
    # « DÉCISIONS DU MAIRE PRISES EN VERTU DE SES DELEGATIONS (Conseil Municipal du 30 mars 2015 –
    # délibération n° 2015-63) »: the delegation's deliberation, taken at an earlier sitting.
    text = OPENING + ("DECISIONS DU MAIRE PRISES EN VERTU DE SES DELEGATIONS (Conseil Municipal du "
                      "30 mars 2015 – délibération n° 2015-63)\n\nPas de nouvelles décisions du Maire.\n\n"
                      "Le Conseil Municipal approuve à l'unanimité le compte administratif 2025.\n")
    assert [d.parsed.number for d in read(text).deliberations] != ["2015-63"]


def test_unanimity_with_its_counts_in_lower_case_in_brackets() -> None:
    # « A l'unanimité (pour : 8 contre : 0 abstentions : 0) »: the figures printed are read too.
    v = read_vote("A l'unanimité (pour : 8 contre : 0 abstentions : 0)")
    assert v is not None and (v.for_, v.against, v.abstention, v.unanimous) == (8, 0, 0, True)
