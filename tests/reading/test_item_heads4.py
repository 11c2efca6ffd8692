"""Item heads of comptes rendus met outside our corpus (session s21): each form written anew."""

from __future__ import annotations

from registre.reading.items import numbered_items
from tests.reading.builders import read

# The secretary's designation states no vote, the last item is cut by the end of the page:
# the one item left is voted, and the chain is the sitting's items.
CUT_PAGE = """Séance du conseil municipal du 3 mai 2019
Présents : Yvonne MARCHAL, Hervé DUPRÉ, Lucie TANGUY

1. Approbation du procès-verbal de la séance du 2 avril.
Le conseil municipal, après en avoir délibéré, l'adopte à l'unanimité.

2. Désignation du secrétaire de séance
M. Hervé DUPRÉ est désigné secrétaire de séance.

3. Rapport de la commission des chemins
Le chemin des Vignes sera repris au printemps
"""

# A page's « 1 » glued to the document's title above items numbered « 2. », « 3. ».
GLUED_PAGE_NUMBER = """1 COMPTE RENDU DE LA SÉANCE

DU CONSEIL MUNICIPAL DU 9 JUIN 2021

Conseillers présents : 9

1. NOMINATION DU SECRETAIRE DE SEANCE : Madame Odile BRUN a été nommée secrétaire de séance.

2. APPROBATION DU COMPTE RENDU DE LA SEANCE DU 12 MAI 2021 :

Le compte rendu est adopté à 8 voix pour, 1 contre.

3. DECISIONS DU MAIRE PAR DELEGATION

Le maire rend compte des décisions prises depuis la dernière séance.
"""


def test_an_unvoted_secretary_designation_does_not_count_against_the_chain() -> None:
    items = numbered_items(CUT_PAGE)
    assert [(i.number, i.title) for i in items] == [
        ("1", "Approbation du procès-verbal de la séance du 2 avril"),
        ("2", "Désignation du secrétaire de séance"), ("3", "Rapport de la commission des chemins")]


def test_a_page_number_glued_to_the_title_does_not_head_the_chain() -> None:
    items = numbered_items(GLUED_PAGE_NUMBER)
    assert [i.number for i in items] == ["1", "2", "3"]
    assert items[0].title.startswith("NOMINATION DU SECRETAIRE")
    doc = read(GLUED_PAGE_NUMBER)
    got = {d.parsed.number: d.parsed.title for d in doc.deliberations}
    assert got["2"] == "APPROBATION DU COMPTE RENDU DE LA SEANCE DU 12 MAI 2021"


def test_a_heading_naming_itself_a_deliberation_is_an_item_even_alone() -> None:
    text = ("Séance du conseil municipal du 4 mars 2020\nPrésents : Paul HERVÉ, Anne COLIN\n\n"
            "Le compte rendu de la séance précédente est approuvé.\n\n"
            "Délibération 3/2020\n\n\nBUDGET PRIMITIF DE L'EAU\n\n"
            "Le Conseil municipal, après en avoir délibéré, adopte le budget.\n")
    assert [(i.number, i.title) for i in numbered_items(text)] == [("3/2020", "BUDGET PRIMITIF DE L'EAU")]
    slashed = numbered_items("Délibération 2020/03/04 – TARIFS DE LA SALLE – Location aux associations\n"
                             "Le conseil fixe les tarifs. Adopté à l'unanimité.\n")
    assert [(i.number, i.title) for i in slashed] == [
        ("2020/03/04", "TARIFS DE LA SALLE – Location aux associations")]
    dcm = numbered_items("DCM n°2021-12 - Vente du terrain des Aulnes\nLe conseil décide la vente.\n")
    assert [(i.number, i.title) for i in dcm] == [("2021-12", "Vente du terrain des Aulnes")]


def test_codes_after_n_degree_one_rank_apart_are_two_items() -> None:
    text = ("N°012 : TARIFS DE LA CANTINE SCOLAIRE\nLe conseil adopte les tarifs à l'unanimité.\n\n"
            "N°013 : BAIL DU LOCAL COMMERCIAL DE LA PLACE\nLe conseil autorise le maire à signer.\n")
    assert [(i.number, i.title) for i in numbered_items(text)] == [
        ("012", "TARIFS DE LA CANTINE SCOLAIRE"), ("013", "BAIL DU LOCAL COMMERCIAL DE LA PLACE")]


def test_a_number_named_in_a_sentence_is_no_heading() -> None:
    # « Par délibération n° … du … » inside prose, and « la délibération 12/2019 » mid-line.
    text = ("Séance du 5 mai 2020\nPrésents : Paul HERVÉ, Anne COLIN\n\n"
            "Le maire rappelle la délibération 12/2019 : Tarifs de la cantine, prise l'an passé.\n"
            "Le conseil en prend acte.\n")
    assert numbered_items(text) == []


def test_a_point_named_in_a_sentence_is_not_the_items_number() -> None:
    text = ("COMPTE RENDU DE LA RÉUNION DU CONSEIL MUNICIPAL DU 2 JUIN 2015\n"
            "Présents : Paul HERVÉ, Anne COLIN, Marc JOLY\n"
            "Mme Anne COLIN est arrivée en cours de séance (point n° 4).\n"
            "Le maire présente le projet de cantine. Le conseil, après en avoir délibéré, l'adopte "
            "à l'unanimité.\n")
    doc = read(text)
    assert [d.parsed.point_number for d in doc.deliberations] == [None]
    headed = read(text.replace("Le maire présente", "Point n° 4 : Cantine scolaire\nLe maire présente"))
    assert [d.parsed.point_number for d in headed.deliberations] == ["4"]


FIRST_PAGE = """COMPTE RENDU DU CONSEIL MUNICIPAL DU 14 MARS 2019
Présents : Paul HERVÉ, Anne COLIN, Marc JOLY
Secrétaire de séance : Anne COLIN
Le compte rendu de la séance précédente est approuvé à l'unanimité.

1 – RÉVISION DU PLAN DE DÉSHERBAGE Rapporteur : Marc JOLY

Le plan adopté en 2012 doit être revu pour tenir compte de la loi.
"""


def test_a_text_cut_in_its_first_item_yields_that_item() -> None:
    doc = read(FIRST_PAGE)
    got = [(d.parsed.number, d.parsed.title) for d in doc.deliberations]
    assert got == [("1", "RÉVISION DU PLAN DE DÉSHERBAGE")]
    # The previous minutes' approval, above the item, is not its vote.
    assert doc.deliberations[0].parsed.printed_vote is None


def test_a_lone_first_item_is_refused_in_a_whole_text_or_over_its_own_sub_items() -> None:
    long_body = FIRST_PAGE + "Le maire expose les raisons du projet et ses étapes successives. " * 30
    assert numbered_items(long_body) == []  # a whole document: « 1 » alone is a list in its prose
    with_sub = FIRST_PAGE.replace("Le plan adopté", "1-1 Choix du prestataire\nLe plan adopté")
    assert numbered_items(with_sub) == []  # a section; its item « 1-1 » is cut
    decision = FIRST_PAGE.replace("1 – RÉVISION DU PLAN DE DÉSHERBAGE Rapporteur : Marc JOLY",
                                  "1. D'approuver le plan de désherbage")
    assert numbered_items(decision) == []


# A page run together into one line: the items follow sentences, in capitals or ended by a colon.
ONE_LINE = ("COMPTE RENDU DE LA SEANCE DU CONSEIL MUNICIPAL DU 5 AVRIL 2016 Présents : Paul HERVÉ, "
            "Anne COLIN, Marc JOLY, Lise PERRIN. Absents : Jean ROUX. Le maire ouvre la séance à 20 "
            "heures et rappelle l'ordre du jour : 1. Budget, 2. Subventions, 3. Questions diverses. "
            "Il remercie les agents des services techniques pour le travail accompli pendant l'hiver "
            "et annonce la visite du sous-préfet. 1 BUDGET PRIMITIF 2016 LE CONSEIL MUNICIPAL ADOPTE "
            "A L'UNANIMITE le budget primitif présenté par le maire. 2. Subventions aux associations "
            "sportives : M. le Maire présente les demandes reçues. Le conseil les accorde à "
            "l'unanimité. 3. Questions diverses : le maire informe le conseil de la fête du village.")


def test_items_inside_one_long_line() -> None:
    items = numbered_items(ONE_LINE)
    assert [(i.number, i.title) for i in items] == [
        ("1", "BUDGET PRIMITIF 2016"), ("2", "Subventions aux associations sportives"),
        ("3", "Questions diverses")]
    # The agenda's « 1. Budget, 2. Subventions » (after a colon and commas) are not headings.
    assert items[0].start > ONE_LINE.index("sous-préfet")


def test_inline_heads_need_a_long_line_and_a_sentence_end_before_them() -> None:
    laid_out = ONE_LINE.replace(". ", ".\n")
    assert [i.number for i in numbered_items(laid_out)] == ["1", "2", "3"]  # the line heads instead
    short = "Le conseil a délibéré. 2 Conseillers : contre. 3 Conseillers : pour."
    assert numbered_items(short) == []


def test_the_numbered_decisions_of_one_deliberation_are_not_items() -> None:
    text = ("Tarifs de la piscine 2017 - Révision\nMes chers collègues,\n"
            "Les tarifs votés en janvier doivent être revus.\n"
            "APRÈS EN AVOIR DÉLIBÉRÉ, JE VOUS DEMANDE DE BIEN VOULOIR\n"
            "1. ABROGER les tarifs adoptés le 12 janvier 2017.\n"
            "2. FIXER les tarifs suivants à compter du 1er juillet, adopté à l'unanimité.\n")
    assert numbered_items(text) == []
    decided = text.replace("JE VOUS DEMANDE DE BIEN VOULOIR", "LE CONSEIL MUNICIPAL DÉCIDE :")
    assert numbered_items(decided) == []


def test_a_code_alone_above_a_heading_is_the_items_number() -> None:
    text = ("Compte rendu du conseil municipal du 3 février 2012\n"
            "Présents : Paul HERVÉ, Anne COLIN, Marc JOLY\n\n"
            "I – Communication des décisions du Maire :\n\n"
            "    -02/2012 : Décision portant bail du logement de l'école.\n"
            "2012-01-004\n"
            "II – Adhésion au groupement de commandes d'électricité :\n\n"
            "Le maire expose le projet de groupement.\n")
    items = numbered_items(text)
    assert [(i.number, i.title) for i in items] == [
        ("I", "Communication des décisions du Maire"),
        ("2012-01-004", "Adhésion au groupement de commandes d'électricité")]
    spaced = text.replace("2012-01-004\n", "2012-01-004\n\n\n")
    assert [i.number for i in numbered_items(spaced)] == ["I", "2012-01-004"]
    assert numbered_items(text.replace("2012-01-004\n", "")) == []  # nothing voted, no code


def test_a_bulleted_deliberation_heading_with_a_long_code() -> None:
    text = ("Séance du 2 décembre 2024\nPrésents : Paul HERVÉ, Anne COLIN\n\n"
            "- APPROBATION DU PROCÈS-VERBAL DE LA SÉANCE PRÉCÉDENTE\nLe procès-verbal est approuvé.\n"
            "- Délibération D202461 – Tarifs de l'eau potable pour 2025\nVoté à l'unanimité.\n")
    assert [(i.number, i.title) for i in numbered_items(text)] == [
        ("D202461", "Tarifs de l'eau potable pour 2025")]


def test_an_inline_title_in_lower_case_ends_where_the_items_sentence_starts() -> None:
    line = ("Le président ouvre la séance et remercie la commune qui accueille la réunion du comité, "
            "ainsi que les services du syndicat pour la préparation des dossiers de la séance. "
            "1) Approbation du compte rendu de la réunion du 12 février Après lecture, le compte "
            "rendu est approuvé à l'unanimité. 2) Tarifs de l'eau potable Monsieur le Président "
            "présente les tarifs proposés pour l'année, qui sont adoptés à l'unanimité des membres.")
    assert [(i.number, i.title) for i in numbered_items(line)] == [
        ("1", "Approbation du compte rendu de la réunion du 12 février"), ("2", "Tarifs de l'eau potable")]


def test_a_deliberation_heading_with_its_title_after_blanks() -> None:
    text = ("Séance du conseil municipal du 9 avril 2018\nPrésents : Paul HERVÉ, Anne COLIN\n\n"
            "Délibération N°2018-04-01 Approbation de la séance du 5 mars 2018\n"
            "Le compte rendu est adopté à l'unanimité.\n\n"
            "Délibération N° 2018-04-02 SUBVENTIONS AUX ASSOCIATIONS\n"
            "Le conseil vote les subventions à l'unanimité.\n\n"
            "Délibération n° 3 du 9 avril 2018\nObjet : Tarifs de la cantine\nAdopté à l'unanimité.\n")
    doc = read(text)
    assert [d.parsed.title for d in doc.deliberations] == [
        "Approbation de la séance du 5 mars 2018", "SUBVENTIONS AUX ASSOCIATIONS", "Tarifs de la cantine"]


SITTING = ("COMPTE RENDU DU CONSEIL MUNICIPAL\nSéance du 12 mars 2019\n"
           "Présents : Paul HERVÉ, Anne COLIN, Marc JOLY\n\n")
VOTED = "Le maire expose le projet.\nAprès en avoir délibéré, le conseil adopte à l'unanimité.\n\n"
TITLES = ["Tarifs de la cantine scolaire", "Subvention au comité des fêtes", "Vente du terrain des Aulnes"]


def _sitting(head: str) -> str:
    return SITTING + "".join(head.format(i=i, t=t) + "\n" + VOTED for i, t in enumerate(TITLES, 1))


def test_items_numbered_after_a_word() -> None:
    for head in ("Dossier {i} : {t}", "Dossier n° {i} : {t}", "Point {i} : {t}", "POINT {i} – {t}"):
        doc = read(_sitting(head))
        assert [(d.parsed.number, d.parsed.title) for d in doc.deliberations] == [
            (str(i), t) for i, t in enumerate(TITLES, 1)], head


def test_items_headed_by_objet_or_by_a_title_over_its_rapporteur() -> None:
    objet = read(_sitting("Objet : {t}"))
    assert [(d.parsed.number, d.parsed.title) for d in objet.deliberations] == [(None, t) for t in TITLES]
    over = read(_sitting("{t}\nRapporteur : Marc JOLY"))
    assert [d.parsed.title for d in over.deliberations] == TITLES
    # A title on two lines over its rapporteur: its second line alone is no title.
    two_lines = _sitting("{t}\net ses annexes\nRapporteur : Marc JOLY")
    assert [it.title for it in numbered_items(two_lines)] == []
    # Nothing voted: the « Objet » lines of a note, not items.
    # (« Après en avoir délibéré » is the formula of a decision taken: it goes too.)
    noted = _sitting("Objet : {t}").replace("Après en avoir délibéré, le conseil adopte à l'unanimité",
                                            "Le conseil en prend connaissance")
    assert numbered_items(noted) == []


def test_a_lone_bare_code_needs_a_colon_and_a_title_in_capitals() -> None:
    text = ("Séance du conseil municipal du 9 avril 2021\nPrésents : Paul HERVÉ, Anne COLIN\n\n"
            "Le maire ouvre la séance.\n\n2021-04-01 : RÉVISION DU PLAN LOCAL D'URBANISME\n"
            "Le conseil débat des orientations du projet.\n")
    assert [(i.number, i.title) for i in numbered_items(text)] == [
        ("2021-04-01", "RÉVISION DU PLAN LOCAL D'URBANISME")]
    assert numbered_items(text.replace("RÉVISION DU PLAN LOCAL D'URBANISME", "Révision du plan local")) == []
    assert numbered_items(text.replace("2021-04-01 :", "2021-04-01")) == []


def test_a_first_section_is_titled_by_its_first_item_below_it() -> None:
    section = FIRST_PAGE.replace("1 – RÉVISION DU PLAN DE DÉSHERBAGE Rapporteur : Marc JOLY",
                                 "1. AFFAIRES GÉNÉRALES\n\nAPPROBATION DU RÈGLEMENT DU CIMETIÈRE")
    assert [(i.number, i.title) for i in numbered_items(section)] == [
        ("1", "APPROBATION DU RÈGLEMENT DU CIMETIÈRE")]
    # A long title going on below its heading is not a section over an item.
    wrapped = FIRST_PAGE.replace("1 – RÉVISION DU PLAN DE DÉSHERBAGE Rapporteur : Marc JOLY",
                                 "1. RÉVISION DU PLAN COMMUNAL DE DÉSHERBAGE\nDES ESPACES VERTS")
    assert [i.title for i in numbered_items(wrapped)] == ["RÉVISION DU PLAN COMMUNAL DE DÉSHERBAGE"]
    roman = FIRST_PAGE.replace("1 – RÉVISION DU PLAN DE DÉSHERBAGE Rapporteur : Marc JOLY",
                               "I – Présentation du projet")
    assert numbered_items(roman) == []
