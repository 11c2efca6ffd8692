"""What separates minutes from a compte rendu when no title says it, an « extrait » that records a
whole sitting, an index of sittings, a notice of a sitting to come (kind.py). Every text here is
invented, in the forms seen at authorities outside the labelled sets."""

from __future__ import annotations

import pytest

from registre.reading.kind import DocumentKind, document_kind

OPENING = ("L'an deux mille dix-neuf, le quatre avril, le Conseil Municipal de la commune de TESTVILLE "
           "s'est réuni sous la présidence de M. Paul ROCHE, Maire.\nPrésents : Anne MARTIN, Luc PETIT\n")
ITEMS = "1. Tarifs de la cantine\nAdopté à l'unanimité.\n2. Voirie communale\nAdopté à l'unanimité.\n"


# The same record without the register's formula: a roll call only.
ROLL = "Séance du 4 avril 2019\nPrésents : Anne MARTIN, Luc PETIT\nSecrétaire de séance : Luc PETIT\n"


def test_an_untitled_roll_call_is_neither_minutes_nor_compte_rendu() -> None:
    # A page « Séance du 4 avril 2019 » opening on its roll call: authorities print both
    # records alike.
    assert document_kind(ROLL + ITEMS, 2)[0] is DocumentKind.UNKNOWN
    # Approving the previous « compte rendu » does not say it either (many such records are
    # procès-verbaux).
    approved = "Le compte rendu de la séance du 7 mars est adopté.\n"
    assert document_kind(ROLL + approved + ITEMS, 2)[0] is DocumentKind.UNKNOWN


@pytest.mark.parametrize("formula", [
    OPENING,
    # The apostrophes lost by the extraction.
    "L an deux mil treize et le premier octobre, le Conseil Communautaire s est réuni à la mairie.\n"
    "Présents : Anne MARTIN, Luc PETIT\n",
    # No « l'an », the present tense.
    "Le quatre avril deux mille dix-neuf, le conseil, assemblé dans la salle du conseil, se réunit sous "
    "la présidence de M. Paul ROCHE.\nPrésents : Anne MARTIN, Luc PETIT\n",
    "Les membres du comité syndical se sont réunis le 4 avril 2019 à la mairie.\nPrésents : Anne MARTIN\n",
])
def test_an_untitled_record_opening_on_the_register_formula_is_minutes(formula: str) -> None:
    # « L'an …, le conseil … s'est réuni » opens the sitting's record in the register, its
    # procès-verbal (whatever the previous record approved is called).
    approved = "Le compte rendu de la séance du 7 mars est adopté.\n"
    assert document_kind("Séance du 4 avril 2019\n" + formula + ITEMS, 2) == (DocumentKind.MINUTES, 0)
    assert document_kind(formula + approved + ITEMS, 2)[0] is DocumentKind.MINUTES


def test_a_record_filed_as_compte_rendu_is_no_minutes() -> None:
    # The stored page prints its file's address: the authority calls it a compte rendu.
    page = "Conseil municipal · www.testville.fr/wp-content/uploads/COMPTE-RENDU-CM-04-04-2019.pdf\n"
    assert document_kind(OPENING + ITEMS + page, 2)[0] is DocumentKind.UNKNOWN


@pytest.mark.parametrize("sign", [
    "Le procès-verbal de la séance du 7 mars 2019 est approuvé à l'unanimité.\n",
    "Approbation du procès verbal de la dernière réunion\n",
    "Ces rectifications seront portées au procès-verbal de la présente séance.\n",
    "Question n° 2 - Adoption du procès-verbal n° 04/2019 du conseil municipal du 7 mars\n",
])
def test_an_untitled_record_naming_its_records_proces_verbal_is_minutes(sign: str) -> None:
    assert document_kind(OPENING + sign + ITEMS, 2)[0] is DocumentKind.MINUTES


def test_an_election_proces_verbal_is_no_sign() -> None:
    election = "Les bulletins nuls sont annexés au procès-verbal.\n"
    assert document_kind(ROLL + election + ITEMS, 2)[0] is DocumentKind.UNKNOWN


def test_an_extract_whose_object_is_the_sitting_proces_verbal_is_minutes() -> None:
    text = ("Extrait du registre des délibérations Séance du 4 avril 2019 Membres en exercice : 41 "
            "OBJET : PROCES VERBAL DE SEANCE Date de convocation : 28 mars 2019\n" + OPENING + ITEMS)
    assert document_kind(text, 1)[0] is DocumentKind.MINUTES


def test_an_extract_recording_the_approval_of_the_last_sitting_is_not_one_deliberation() -> None:
    # Its roll call, then the approval of the previous record: the register's pages of the whole
    # sitting, minutes (the labels of every set call so an « extrait » recording several items).
    head = "EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL\n" + OPENING
    approved = "Approbation à l'unanimité du compte-rendu de la réunion du 7 mars 2019.\n"
    assert document_kind(head + approved + "1. Statuts du syndicat\n", 1)[0] is DocumentKind.MINUTES
    # Without the roll call, not known.
    bare = "EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL\n"
    assert document_kind(bare + approved + "1. Statuts du syndicat\n", 1)[0] is DocumentKind.UNKNOWN
    # The extract of that very approval stays an extract.
    own = "OBJET : Approbation du procès-verbal de la séance du 7 mars 2019\n"
    assert document_kind(head + own + "Adopté à l'unanimité.\n", 1)[0] is DocumentKind.EXTRACT
    assert document_kind(head + "OBJET : Tarifs\nAdopté à l'unanimité.\n", 1)[0] is DocumentKind.EXTRACT


def test_an_index_of_sittings_is_no_record() -> None:
    text = ("Le conseil se réunit dans la salle d'honneur. Les procès-verbaux retracent les débats.\n"
            "Séance Synthèse Délibérations Procès-verbal\n"
            "Délibération du 3 juin 2015 Voir\nDélibération du 12 mai 2015 Voir\n"
            "Délibération du 2 avril 2015 Voir\n")
    # (not a deliberation: « other », as the labels of every set call such a page)
    assert document_kind(text, 0)[0] is DocumentKind.OTHER
    # A sentence about the records is no list title either.
    sentence = "Le compte rendu des délibérations prises est affiché en mairie.\n"
    assert document_kind(sentence, 0)[0] is DocumentKind.UNKNOWN


@pytest.mark.parametrize("notice", [
    "La séance d'installation du conseil municipal se tiendra le jeudi 28 mai 2020 à 19 h.\n"
    "L'ordre du jour se limitera aux points suivants :\n- Élection du maire\n",
    "Prochain conseil municipal\nLe vendredi 5 décembre 2025 à 20 h, salle des fêtes.\n",
])
def test_a_notice_of_a_sitting_to_come_is_other(notice: str) -> None:
    assert document_kind(notice, 0)[0] is DocumentKind.OTHER
    # A decision printed with it: not a mere notice.
    decided = notice + "Tarifs de la cantine : adopté à l'unanimité.\n"
    assert document_kind(decided, 1)[0] is DocumentKind.UNKNOWN


TITLED_INDEX = ("Le conseil délibère sur les affaires de la commune. Ses comptes rendus sont affichés.\n"
                "Compte rendu de la séance extraordinaire du conseil municipal du 12 janvier 2021\n"
                "Procès-verbal du conseil municipal ordinaire du 03 mars 2021\n"
                "procès verbal de la réunion publique du conseil du 01er juin 2021\n")


def test_an_index_of_titled_sittings_is_no_record() -> None:
    # Each line names a sitting with words between its name and its date: still an index.
    assert document_kind(TITLED_INDEX, 0)[0] is DocumentKind.OTHER
    # One such title over the record of its sitting stays that record's title.
    one = TITLED_INDEX.splitlines()[1] + "\n" + OPENING + ITEMS
    assert document_kind(one, 2)[0] is DocumentKind.COMPTE_RENDU


def test_a_page_of_arretes_is_other() -> None:
    text = ("Arrêtés municipaux\nLe maire exerce la police municipale (CAA Nantes, 4 mai 2009).\n"
            "Arrêtés permanents\n")
    assert document_kind(text, 0)[0] is DocumentKind.OTHER
    # A sentence naming the maire's arrêtés is no title.
    sentence = ("Le conseil règle les affaires de la commune ; les délibérations et les arrêtés du maire "
                "sont consultables en mairie.\n")
    assert document_kind(sentence, 0)[0] is not DocumentKind.OTHER


def test_an_item_numbered_before_procès_verbal_is_no_title() -> None:
    # The approval of the previous record, item 1, comes before the page's own title.
    text = ("Désignation du secrétaire de séance : M. Luc PETIT 1. Procès verbal de la réunion du "
            "4 octobre 2018 Chaque membre a reçu le document. A l'unanimité, le comité approuve le "
            "procès-verbal. 2. Budget primitif A l'unanimité, le comité approuve le budget. "
            "COMPTE RENDU Réunion du comité syndical du jeudi 6 décembre 2018\n")
    assert document_kind(text, 2)[0] is DocumentKind.COMPTE_RENDU


AGENDA_THEN_RECORD = ("Ordre du jour :\nÉlection du maire\nCompte rendu de la séance du 28 mai 2020\n"
                      "M. ROCHE, maire sortant, procède à l'appel nominal des conseillers.\n"
                      "Mme Anne MARTIN est désignée en qualité de secrétaire de séance.\n")


def test_an_agenda_opening_a_titled_record_of_a_sitting_held() -> None:
    assert document_kind(AGENDA_THEN_RECORD, 1)[0] is DocumentKind.COMPTE_RENDU
    # A convocation's agenda naming the same items, no sitting held: still other.
    convocation = ("Ordre du jour :\nDésignation du secrétaire de séance\n"
                   "Compte rendu de la séance du 28 mai 2020\n")
    assert document_kind(convocation, 1)[0] is DocumentKind.OTHER


def test_a_numbered_deliberation_over_the_formula_is_an_extract() -> None:
    head = ("DÉLIBÉRATION N° 21/045 DU CONSEIL DÉPARTEMENTAL\n"
            "APPROUVANT LE PROCÈS-VERBAL DE LA SÉANCE DU 3 MARS 2021\n\n")
    assert document_kind(head + OPENING + "Adopté à l'unanimité.\n", 1)[0] is DocumentKind.EXTRACT
    # Without the heading, the procès-verbal it names makes an untitled record minutes.
    assert document_kind("APPROUVANT LE PROCÈS-VERBAL DE LA SÉANCE DU 3 MARS 2021\n" + OPENING + ITEMS,
                         2)[0] is DocumentKind.MINUTES


def test_an_extract_holding_a_summary_of_the_sitting_is_minutes() -> None:
    head = "Extrait du registre des délibérations Conseil municipal Séance du 4 avril 2019\n" + OPENING
    summary = ("SOMMAIRE Réf : 2019_031 - TARIFS DE LA CANTINE Réf : 2019_032 - VOIRIE COMMUNALE "
               "Réf : 2019_033 - SUBVENTIONS\n")
    assert document_kind(head + summary, 1)[0] is DocumentKind.MINUTES
    assert document_kind(head + "OBJET : Tarifs\nAdopté à l'unanimité.\n", 1)[0] is DocumentKind.EXTRACT


def test_a_page_of_published_records_is_no_list() -> None:
    # The law the page explains names « la liste des délibérations » in a sentence; the page
    # then lists the sittings' records and lists, dated with spaces: an index, no document.
    text = ("Depuis le 1er juillet 2022, la liste des délibérations examinées par le conseil municipal est "
            "affichée en mairie et mise en ligne.\n\n"
            "Liste des délibérations du CM du 14 11 2024\n\nProcès-verbal CM du 14 11 2024\n\n"
            "Tableau des délibérations du 03 10 2024\n\nProcès verbal CM du 03 10 2024\n\n"
            "Liste des délibérations du CM du 05 09 2024\n")
    assert document_kind(text, 1)[0] is DocumentKind.OTHER
    # A list's own title stays one.
    assert document_kind("Liste des délibérations du conseil municipal du 14 11 2024\n"
                         "2024-01 Tarifs\n2024-02 Voirie\n", 2)[0] is DocumentKind.LIST
