"""Records of authorities never seen (issue 14, session s26): the ninth round's forms."""

from __future__ import annotations

import pytest

from registre.core.vocabulary import AuthorityKind
from tests.reading.builders import read

BODY = """
Etaient présents : DURAND Paul, MARTIN Anne, PETIT Marc, LEROY Jeanne

1. Tarifs de la cantine scolaire

Après en avoir délibéré, l'assemblée adopte les tarifs à l'unanimité.
"""


@pytest.mark.parametrize("opening", [
    # The delegates of the member communes, the commune first.
    "COMPTE RENDU DU CONSEIL COMMUNAUTAIRE du MARDI 15 OCTOBRE 2019\n\nPrésents : - Commune de "
    "BROUSSES et VILLARET : Mme Danièle NICOLAOU - Commune de CUXAC : M. Paul GRIFFE\n",
    # The town hall of a member commune hosting the sitting.
    "PROCES VERBAL DU COMITE SYNDICAL du Jeudi 9 avril 2009\n\nL'an deux mille neuf, le neuf avril, "
    "le Comité syndical, régulièrement convoqué, s'est réuni à la Mairie de UZES, sous la présidence "
    "de M. Jean PESENTI.\n",
    # A member's quality in a board's roll call.
    "CONSEIL D'ADMINISTRATION DU 19 MARS 2014\n\nSous la présidence de M. Paul DURAND, Président,\n"
    "- M. Jean BERNARD, Vice-Président, Maire de Thorigné-Fouillard\n",
    # The town hall of the host town, in a communauté's record.
    "Compte-rendu de réunion du Conseil Communautaire 9 décembre 2019 - Hôtel de Ville de Propriano\n",
])
def test_a_member_commune_named_in_a_body_s_record_is_not_its_authority(opening: str) -> None:
    # L5211-1, L5212-1: a communauté's or a syndicate's record names its member communes; the
    # record never names its own authority here: none is given rather than a member commune.
    doc = read(opening + BODY)
    assert doc.authority_kind is not AuthorityKind.COMMUNE, doc.authority


def test_the_commune_of_a_municipal_council_is_still_read() -> None:
    doc = read("Commune de SAINT-EXEMPLE\nCONSEIL MUNICIPAL DU 9 MARS 2026\n" + BODY)
    assert (doc.authority, doc.authority_kind) == ("Saint-Exemple", AuthorityKind.COMMUNE)


@pytest.mark.parametrize(("opening", "name"), [
    # A page's title cut in the name: not given.
    ("Recueil Mars 2010 - Ville de Fort-de\nDELIBERATIONS DU CONSEIL MUNICIPAL DU 2 MARS 2010\n", None),
    # The name printed twice in two columns flattened, then the document's words.
    ("COMMUNE DE POINTE-NOIRE COMMUNE DE POINTE-NOIRE DELIBERATIONS DELIBERATIONS CONSEIL MUNICIPAL "
     "SEANCE DU 26 JUIN 2009\n", "Pointe-Noire"),
])
def test_a_commune_s_name_cut_or_doubled(opening: str, name: str | None) -> None:
    assert read(opening + BODY).authority == name


def test_a_syndicate_s_postal_box_is_not_its_name() -> None:
    text = ("SYNDICAT MIXTE DES EAUX DE LA REGION RHONE-VENTOUX CS 10022\n84201 CARPENTRAS CEDEX\n"
            "COMITE SYNDICAL DU 16 DECEMBRE 2021\n" + BODY)
    doc = read(text)
    assert doc.authority == "Syndicat Mixte des Eaux de la Region Rhone-Ventoux"
    assert doc.authority_kind is AuthorityKind.SYNDICAT


OPENING = """COMPTE RENDU DU 05 JUIN 2020

L'an deux mille vingt et le cinq du mois de juin, le Conseil Municipal de cette Commune s'est réuni
sous la présidence de Monsieur Paul DURAND, Maire.

Présents : Paul DURAND, Anne MARTIN, Marc PETIT, Jeanne LEROY

"""


def test_a_rubric_after_the_number_and_the_object_below_it() -> None:
    # « Délibération n° 2020-0506-1 : FINANCES ⏎⏎ Fixation des Indemnités des élus »: the rubric
    # the register files it under, then the object: both read.
    text = OPENING + """Délibération n° 2020-0506-1 : FINANCES

Fixation des Indemnités des élus

Le Maire rappelle les articles L2123-20 et suivants. Le conseil municipal, à l'unanimité, approuve.
"""
    (d,) = read(text).deliberations
    assert (d.parsed.number, d.parsed.title) == ("2020-0506-1", "FINANCES : Fixation des Indemnités des élus")


@pytest.mark.parametrize("clause", [
    "l'indemnité du Maire est fixée au taux maximal, sauf si, à la demande du Maire, le conseil municipal "
    "en décide autrement,",
    "si le conseil municipal approuve le projet, la commune sollicitera une subvention,",
])
def test_a_condition_on_the_council_s_decision_is_no_decision(clause: str) -> None:
    text = OPENING + f"""Délibération n° 2020-0506-1 : Fixation des indemnités des élus

Le Maire rappelle que {clause} puis présente les taux de la strate démographique de la commune
"""
    (d,) = read(text).deliberations
    assert d.parsed.printed_vote is None or d.parsed.printed_vote.outcome is None


def test_the_sitting_named_with_its_day_and_an_earlier_record_validated() -> None:
    # « … DU CONSEIL MUNICIPAL JEUDI 15 DECEMBRE 2016 » (no « du » before the day's name) is the
    # sitting; « Validation du compte-rendu du 19 octobre 2016 » names an earlier one.
    text = ("MAIRIE de SAINT-EXEMPLE COMPTE RENDU SOMMAIRE DE LA REUNION DU CONSEIL MUNICIPAL JEUDI "
            "15 DECEMBRE 2016 à 19H30\n\nLe Conseil municipal, légalement convoqué, s'est réuni à l'Hôtel de "
            "Ville sous la présidence de Monsieur Paul DURAND, Maire.\nEtaient présents : Paul DURAND, Anne "
            "MARTIN, Marc PETIT, Jeanne LEROY.\n\n1/ Validation du compte-rendu du 19 octobre 2016.\n\n"
            "Après avoir pris connaissance du compte rendu du 19 octobre 2016, le Conseil municipal, à "
            "l'unanimité, VALIDE ce compte-rendu.\n")
    assert str(read(text).session_date) == "2016-12-15"


@pytest.mark.parametrize(("line", "counts"), [
    # Each figure before its label, a colon after the first label.
    ("79 conseillers en exercice : 67 présents 10 pouvoirs 2 excusés", (79, 67, 10, None)),
    # Two figures added, the total not printed: no count of voters.
    ("Conseillers en exercice : 11 Présents : 8 Votants : 8 + 2 procurations", (11, 8, 2, None)),
    # A year before the label: the figure after the colon is the label's.
    ("Date convocation : 5 décembre 2016 Membres en exercice : 15 Présents : 13 Votants : 15",
     (15, 13, None, 15)),
    # Titulars and substitutes present, counted together.
    ("Nombre de conseillers en exercice : 98 Nombre de délégués titulaires ou suppléants présents : 64 "
     "Nombre de procurations : 12 Nombre de votants : 76", (98, 64, 12, 76)),
    # Capitals without their accents.
    ("NOMBRE DE CONSEILLERS MUNICIPAUX EN EXERCICE : 27\n\nNOMBRE DE CONSEILLERS MUNICIPAUX PRESENTS : 21"
     "\n\nREPRESENTES : 4\n\nEXCUSES : 2", (27, 21, 4, None)),
])
def test_head_counts_of_the_ninth_round(line: str, counts: tuple[int | None, ...]) -> None:
    doc = read(OPENING + line + "\n\n1. Tarifs\n\nLe conseil municipal adopte les tarifs à l'unanimité.\n")
    p = doc.printed
    assert (doc.members_in_office, p["present"], p["proxies"], p["voters"]) == counts


def test_delegates_grouped_by_commune_each_commune_run_into_the_name_before() -> None:
    # A communauté's roll call flattened: « M. Pascal RAGOT BUOUX : M. Philippe ROUX CASENEUVE : … »,
    # each commune's name in capitals glued to the surname of the last delegate of the commune above.
    from registre.reading.people import parse_list

    text = ("APT : Mme Dominique SANTONI, M. Jean AILLAUD, M. Pascal RAGOT BUOUX : M. Philippe ROUX "
            "CASENEUVE : M. Gilles RIPERT (Président) CASTELLET : M. Edmond GINTOLI GARGAS : M. Maxime BEY")
    got = [(e.first, e.last) for e in parse_list(text)]
    assert got == [("Dominique", "SANTONI"), ("Jean", "AILLAUD"), ("Pascal", "RAGOT"), ("Philippe", "ROUX"),
                   ("Gilles", "RIPERT"), ("Edmond", "GINTOLI"), ("Maxime", "BEY")]


@pytest.mark.parametrize(("opening", "name"), [
    # The date's article after a communauté's name in capitals.
    ("PROCES-VERBAL CONSEIL COMMUNAUTAIRE DE LA COMMUNAUTÉ DE COMMUNES PAYS D APT LUBERON Le jeudi 15 mars "
     "2018 à 18 heures\n", "Communauté de Communes Pays D Apt Luberon"),
    # A particle after a commune's name, the sentence going on.
    ("PROCES-VERBAL DE LA SEANCE DU 23 MARS 2017\n\nSous la présidence de M. Paul DURAND, Maire de "
     "Lectoure en exercice.\n", "Lectoure"),
])
def test_a_name_never_ends_on_a_small_word(opening: str, name: str) -> None:
    assert read(opening + BODY).authority == name


def test_a_comma_before_the_bracket_of_a_giving() -> None:
    from registre.reading.proxies import parse_proxies

    text = ("- M. Patrick MAYAUD (représenté par M. BOULOUX) - Mme Reine-Marie WASZAK, (représentée par "
            "M. GEVAUDAN)")
    got = [(p.giver.last, p.holder.last) for p in parse_proxies(text, [])]
    assert got == [("MAYAUD", "BOULOUX"), ("WASZAK", "GEVAUDAN")]


@pytest.mark.parametrize(("text", "names"), [
    ("MM. d'AMÉCOURT Antoine, BOUCHER Daniel", [("Antoine", "d'AMÉCOURT"), ("Daniel", "BOUCHER")]),
    ("Mme Eveline GALONI d'ISTRIA, M. Paul MARTIN", [("Eveline", "GALONI d'ISTRIA"), ("Paul", "MARTIN")]),
])
def test_a_surname_s_particle_glued_to_it(text: str, names: list[tuple[str, str]]) -> None:
    from registre.reading.people import parse_list

    assert [(e.first, e.last) for e in parse_list(text)] == names


@pytest.mark.parametrize("opening", [
    # An item's object in a commune council's record.
    "Conseil Municipal du 27 septembre 2016\n\nLe compte rendu du dernier conseil municipal est approuvé.\n\n"
    "145 – COMMUNAUTÉ DE COMMUNES SAINTE BAUME MONT-AURÉLIEN / RAPPORT ANNUEL 2015\n",
    # A member of a syndicate heading its delegates.
    "COMPTE RENDU DU COMITE SYNDICAL DU 13 FEVRIER 2019\n\nPrésents : Béru : M. Maxime MARINI "
    "Communauté de Communes Villages et Terroirs : M. Xavier COLLON\n",
])
def test_a_communaute_named_in_another_body_s_record_is_not_its_authority(opening: str) -> None:
    doc = read(opening + BODY)
    assert doc.authority is None or "Communauté" not in doc.authority, doc.authority


def test_a_communaute_s_own_record_still_names_it() -> None:
    doc = read("COMPTE RENDU DU CONSEIL COMMUNAUTAIRE DE LA COMMUNAUTÉ DE COMMUNES DU PAYS DE NAY\n"
               "Séance du 30 novembre 2020\n" + BODY)
    assert doc.authority == "Communauté de Communes du Pays de Nay"


@pytest.mark.parametrize(("opening", "name"), [
    # Its address after its name.
    ("SYNDICAT MIXTE POUR L'AMÉNAGEMENT HYDRAULIQUE DES VALLÉES DU CROULT ET DU PETIT ROSNE Rue de l'Eau "
     "des Enfants\nCOMITE SYNDICAL DU 23 NOVEMBRE 2020\n",
     "Syndicat Mixte pour l'Aménagement Hydraulique des Vallées du Croult et du Petit Rosne"),
    # A page's word glued to it.
    ("SYNDICAT INTERCOMMUNAL POUR L'ASSAINISSEMENT DE LA REGION DE SAINT-GERMAIN-EN-LAYESiège : Mairie\n"
     "COMITE SYNDICAL DU 24 JUIN 2010\n",
     "Syndicat Intercommunal pour l'Assainissement de la Region de Saint-Germain-en-Laye"),
])
def test_a_syndicate_s_name_ends_before_its_address_capitalised_part_by_part(opening: str, name: str) -> None:
    doc = read(opening + BODY)
    assert (doc.authority, doc.authority_kind) == (name, AuthorityKind.SYNDICAT)


def test_a_syndicate_s_delegates_commune_by_commune_and_its_guests_apart() -> None:
    text = """SIVOS de la région de Saint-Exemple
Procès-verbal du Comité syndical du mercredi 6 janvier 2016
L'an deux mil seize, le six janvier, le comité syndical, légalement convoqué, s'est réuni sous la
présidence de Monsieur Olivier THILLAIS.
ETAIENT REPRESENTEES LES COMMUNES DE :
AMFREVILLE LES CHAMPS :
Monsieur Alain LEBOUC
BERVILLE EN CAUX :
Madame Marie-Rose LECONTE et Monsieur François-Marie LEGER
ETALLEVILLE :
Monsieur Olivier THILLAIS
ETAIENT NON REPRESENTEES LES COMMUNES DE : ANVEVILLE, BRETTEVILLE SAINT LAURENT et FULTOT.
ETAIENT EGALEMENT PRESENTS :
Madame Marcelle DUSSAUX, Maire de ROBERTOT (à titre consultatif)
Monsieur Jean-Charles WAUTOT, Receveur syndical

1. Budget primitif 2016

Le comité syndical adopte le budget à l'unanimité.
"""
    doc = read(text)
    assert [doc.name(p) for p, _ in doc.present] == [
        "M. Alain LEBOUC", "Mme Marie-Rose LECONTE", "M. François-Marie LEGER", "M. Olivier THILLAIS"]


def test_a_verb_represente_is_no_count() -> None:
    doc = read(OPENING + "1. Redevance\n\nPour la station, cela represente 1 693 € par an. Le conseil "
               "municipal adopte à l'unanimité.\n")
    assert doc.printed["proxies"] is None


def test_the_register_s_formula_run_into_the_title_above_it() -> None:
    text = ("SYNDICAT INTERCOMMUNAL DE SAINT-EXEMPLE\nPROCES-VERBAL DU COMITE DU 24 JUIN 2010L'an deux mille "
            "dix, le vingt quatre juin à dix huit heures, le Comité du Syndicat, dûment convoqué par le "
            "Président le seize juin, s'est réuni à l'Hôtel de Ville." + BODY)
    doc = read(text)
    assert (str(doc.session_date), str(doc.convocation_date)) == ("2010-06-24", "2010-06-16")


@pytest.mark.parametrize(("text", "day"), [
    # A municipal bulletin's first page (an event, a day's name) before the minutes it prints,
    # titled with the commune's name first.
    ("Au fil de l'Ill N°99\n\n2019\n\nSPECTACLE DE MAGIE LE SAMEDI 6 AVRIL 2019\n\nLe Maire vous souhaite de "
     "belles vacances\n\nCOMMUNE DE SAINT-EXEMPLE PROCES-VERBAL DE LA REUNION DU CONSEIL MUNICIPAL DU 8 "
     "FEVRIER 2019\n\nSéance ordinaire réunissant 12 membres.\n", "2019-02-08"),
    # The earlier sitting's record put to the approval, its date before the words saying so.
    ("COMPTE- RENDU REUNION DU SYNDICAT INTERCOMMUNAL DE SAINT-EXEMPLE SOUS LA PRESIDENCE DE M. Paul "
     "DURAND 11 Avril 2019\n\n- PROCES-VERBAL DE LA REUNION PRECEDENTE\n\nMonsieur le Président soumet le "
     "procès-verbal du 24 septembre 2018 à l'approbation des membres présents.\n", "2019-04-11"),
    # Two sittings in one record: the title names both, the first is the one read.
    ("Conseil syndical - 21 et 29 juin 2016\n\nConseil syndical - 21 et 29 juin 2016\nSÉANCE DU MARDI 21 "
     "JUIN 2016\nPrésents :\nMadame Chantal BRIÈRE, Monsieur Claude CAUDAL.\nSÉANCE DU MERCREDI 29 JUIN "
     "2016\nPrésents :\nMonsieur Christian COUTURIER\n", "2016-06-21"),
])
def test_the_sitting_s_date_among_others_of_the_ninth_round(text: str, day: str) -> None:
    assert str(read(text + BODY).session_date) == day


@pytest.mark.parametrize(("opening", "name"), [
    ("Mairie de LANDELLES LIBERTE – EGALITE – FRATERNITE\n\nCOMPTE RENDU DU CONSEIL MUNICIPAL DU 22 MARS "
     "2018\n", "Landelles"),
    ("1 Ville de Saint-Laurent-du-Maroni Sèves de Guyane\nPROCES-VERBAL DU CONSEIL MUNICIPAL DU 17 JANVIER "
     "2014\n", "Saint-Laurent-du-Maroni"),
    ("CONVOCATION\n\nLa convocation du Conseil Municipal de Saint Hilaire de Loulay est adressée à chaque "
     "conseiller pour la séance du 29 avril 2016.\n", "Saint Hilaire de Loulay"),
])
def test_a_commune_s_name_and_no_motto_after_it(opening: str, name: str) -> None:
    assert read(opening + BODY).authority == name


def test_a_syndicate_s_name_stops_before_its_president() -> None:
    text = ("COMPTE- RENDU REUNION DU SYNDICAT INTERCOMMUNAL DE DISTRIBUTION D'EAU POTABLE DU VAL ST CYR "
            "SOUS LA PRESIDENCE DE M. Xavier NICOLAS 11 Avril 2019\n" + BODY)
    assert read(text).authority == "Syndicat Intercommunal de Distribution d'Eau Potable du Val St Cyr"


def test_what_one_member_holds_is_no_count_of_the_sitting() -> None:
    text = OPENING.replace("Présents : Paul DURAND, Anne MARTIN, Marc PETIT, Jeanne LEROY",
                           "Présents : FALLERON : G. TENAUD, S. ROUSSEAU GENETOUZE (LA) : G. PLISSONNEAU "
                           "(1 pouvoir), P. ROY")
    doc = read(text + "1. Tarifs\n\nLe conseil adopte les tarifs à l'unanimité.\n")
    assert doc.printed["proxies"] is None


def test_the_earlier_minutes_approved_two_sentences_later_is_no_vote_of_the_first_item() -> None:
    text = OPENING + """Il demande d'apporter leurs remarques sur le compte rendu de la précédente réunion.
Ce qui appelle une observation.
- Monsieur PETIT fait part que l'éclairage public est éteint de 22h à 5h30.
Puis celui-ci est adopté à l'unanimité des membres présents.

N° /2014

Autorisation de signature de marché pour les réparations de la rue de Bourbourg.

Le 4 juin, la commission d'appel d'offres s'est réunie pour l'ouverture des plis concernant les travaux.
"""
    for d in read(text).deliberations:
        assert d.parsed.printed_vote is None or not d.parsed.printed_vote.unanimous


def test_titles_in_capitals_alone_in_their_paragraphs() -> None:
    text = OPENING + """SECRÉTAIRE DE SÉANCE : Mme MARTIN

SUBVENTIONS VOYAGE SCOLAIRE

Le Maire indique qu'il a reçu une demande de subvention de la cité scolaire pour ses voyages.

Le conseil municipal après en avoir délibéré, à l'unanimité, décide d'attribuer 40 € par élève.

PROJET EXTENSION DU PÉRIMÈTRE DE LA COMMUNAUTÉ DE COMMUNES

Monsieur le Maire présente le projet d'extension du périmètre de la communauté de communes.

Le conseil municipal après en avoir délibéré, à l'unanimité, approuve le projet.
"""
    assert [d.parsed.title for d in read(text).deliberations] == [
        "SUBVENTIONS VOYAGE SCOLAIRE", "PROJET EXTENSION DU PÉRIMÈTRE DE LA COMMUNAUTÉ DE COMMUNES"]


def test_the_sitting_s_day_without_its_year_after_the_convocation_s_date() -> None:
    text = ("SAINT ETIENNE DE ST GEOIRS\n\nLe 11 juillet suivant la convocation adressée le 04 juillet 2017, "
            "les conseillers communautaires de la Communauté se sont réunis en séance publique sous la "
            "présidence de Monsieur Paul DURAND.\n" + BODY)
    doc = read(text)
    assert (str(doc.session_date), str(doc.convocation_date)) == ("2017-07-11", "2017-07-04")


def test_a_formula_disagreeing_with_the_title_still_gives_no_date() -> None:
    text = ("Commune de Saint-Exemple\n\nConseil Municipal du 26 juin 2023\n\nL'an deux mille vingt-trois, "
            "le 29 juin à 19h00, le Conseil Municipal, dûment convoqué le 20 juin 2023, s'est réuni en "
            "mairie.\n" + BODY)
    assert str(read(text).session_date) != "2023-06-29"
