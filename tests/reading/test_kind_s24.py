"""Kinds of documents told by their title or their opening words when the reader has only the
first page or so of them (kind.py), and a sitting's date whose year only a heading prints
(dates.py): forms seen at authorities outside the labelled sets. Every text here is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from registre.reading.dates import read_dates
from registre.reading.kind import DocumentKind, document_kind

ROLL = "Présents : Anne MARTIN, Luc PETIT, Jean DURAND\nSecrétaire de séance : Luc PETIT\n"
ITEMS = "1. Tarifs de la cantine\nAdopté à l'unanimité.\n2. Voirie communale\nAdopté à l'unanimité.\n"


@pytest.mark.parametrize("title", ["COMPTE -RENDU SUCCINCT", "COMPTE – RENDU DE LA SÉANCE", "Compte - rendu"])
def test_a_compte_rendu_titled_with_a_spaced_hyphen(title: str) -> None:
    text = f"CONSEIL COMMUNAUTAIRE\n\nDEPARTEMENT DE L' {title}\n\nSEANCE DU JEUDI 4 AVRIL 2019\n\n" + ROLL
    assert document_kind(text + ITEMS, 2)[0] is DocumentKind.COMPTE_RENDU


# A record opening on the register's formula: « … légalement convoqué s'est rassemblé au lieu
# ordinaire de ses séances », as « s'est réuni ».
GATHERED = ("Séance du Conseil Municipal du 4 avril 2019,\n\n"
            "Le Conseil Municipal de la Commune de TESTVILLE\n\n"
            "légalement convoqué s’est rassemblé au lieu ordinaire de ses séances, sous la présidence de "
            "Monsieur Paul ROCHE, Maire,\n\n" + ROLL)
FILE_SENT = ("Comité syndical Dossier de présentation JEUDI 18 OCTOBRE 2018 - 14H30 ESPACE MALRAUX\n\n"
             "Page 1: Comité syndical\n\nComitésyndicalDossier de présentation\n\n"
             "JEUDI 18 OCTOBRE 2018 - 14H30\n\nRappel\nLe syndicat est régi par ses statuts et le Code "
             "général des collectivités territoriales.\n")
AGENDA_ITEMS = ("FINANCES\n\nDE N°1 Renouvellement du contrat carte achat\n\nLe vice-président propose de "
                "renouveler ce contrat.\n\nLe conseil communautaire, après en avoir délibéré, à :\n\n"
                "Approuve le renouvellement du contrat\n\nDE N°2 Création de la commission des impôts\n")
ADOPTED_GIVEN = ("CONSEIL D ADMINISTRATION Séance du 03/03/2014 Le Conseil d'administration du Centre de "
                 "Gestion s'est réuni le lundi 3 mars 2014 à 10 h 00, sous la présidence de Monsieur Paul "
                 "ROCHE, Président. "
                 "Ont été adoptées à cette occasion, les délibérations à caractère réglementaire suivantes : "
                 "Délibération n DE Objet : Compte administratif 2013 Le Conseil d administration, après en "
                 "avoir délibéré, ADOPTE le compte administratif 2013.\n")
ROWS_OF_ACTS = ("2014-085 BUDGET Désignation représentants Commission locale évaluation transferts charges "
                "Télécharger\n2014-086 URBANISME Modification du PLU Télécharger\n")
DECISION_PAGE = ("Mise à enquête publique pour aliénation partielle du chemin rural n°3\n\n"
                 "Le maire explique que l'échange d'une partie d'un chemin rural est avantageux pour la "
                 "commune.\n\nAinsi, le conseil municipal approuve à 1 vote Contre, 3 Abstentions, et "
                 "7 Pour, le constat d'abandon.\n")

# A text, the deliberations read in it, and its kind (or the whole answer: the kind and the line
# of the words that say so).
KINDS = [
    pytest.param(GATHERED + ITEMS, 2, (DocumentKind.MINUTES, 0), id="the-register-formula-s-est-rassemble"),
    # Without it, an untitled roll call says neither.
    pytest.param("Séance du Conseil Municipal du 4 avril 2019,\n\n" + ROLL + ITEMS, 2, DocumentKind.UNKNOWN,
                 id="an-untitled-roll-call"),
    pytest.param(FILE_SENT, 0, DocumentKind.OTHER, id="the-file-sent-before-a-sitting-is-no-record"),
    # An agenda whose items carry their decisions: the sitting's record (minutes or compte rendu,
    # the title does not say which), no convocation.
    pytest.param("ORDRE DU JOUR CONSEIL COMMUNAUTAIRE\n\n25 FEVRIER 2021 – CHAMPENOUX – 18H30\n\n"
                 + AGENDA_ITEMS,
                 2, DocumentKind.UNKNOWN, id="an-agenda-whose-items-carry-their-decisions"),
    # The agenda alone is one.
    pytest.param("ORDRE DU JOUR CONSEIL COMMUNAUTAIRE\n\n25 FEVRIER 2021\n\n"
                 "- Renouvellement du contrat carte achat\n- Création de la commission des impôts\n",
                 2, DocumentKind.OTHER, id="an-agenda-alone"),
    pytest.param(ADOPTED_GIVEN, 1, DocumentKind.LIST, id="the-deliberations-adopted-given-one-after-another"),
    # The same record giving its debates is the sitting's procès-verbal.
    pytest.param(ADOPTED_GIVEN.replace("Ont été adoptées à cette occasion, les délibérations à caractère "
                                       "réglementaire suivantes : ", ""),
                 1, DocumentKind.MINUTES, id="the-same-record-giving-its-debates"),
    pytest.param(ROWS_OF_ACTS, 1, DocumentKind.LIST, id="rows-of-acts-with-their-download-links"),
    # One decision of the council named by its object, undated: an extract.
    pytest.param(DECISION_PAGE, 1, DocumentKind.EXTRACT, id="one-decision-named-by-its-object-undated"),
    # A sitting named or a date printed: an excerpt of a sitting's record, not known which.
    pytest.param("Séance du 4 avril 2019\n" + DECISION_PAGE, 1, DocumentKind.UNKNOWN,
                 id="one-decision-under-a-sitting-named"),
    pytest.param("Conseil municipal du 4 avril 2019\n" + DECISION_PAGE, 1, DocumentKind.UNKNOWN,
                 id="one-decision-under-a-date"),
    # Two items read: a sitting's.
    pytest.param(DECISION_PAGE, 2, DocumentKind.UNKNOWN, id="one-decision-page-two-items-read"),
]


@pytest.mark.parametrize(("text", "deliberations", "expected"), KINDS)
def test_the_kind_told(text: str, deliberations: int,
                       expected: DocumentKind | tuple[DocumentKind, int | None]) -> None:
    got = document_kind(text, deliberations)
    assert (got if isinstance(expected, tuple) else got[0]) == expected


# A text, the deliberations read in it, and the kind it is not.
NOT_KINDS = [
    # An item presenting a project's file is no title.
    pytest.param("Séance du 4 avril 2019\n" + ROLL
                 + "1. Voirie\nLe dossier de présentation du projet est joint.\n"
                 "Dossier de présentation du projet de voirie\nAdopté à l'unanimité.\n",
                 1, DocumentKind.OTHER, id="an-item-presenting-a-project-s-file"),
    pytest.param(ROWS_OF_ACTS.replace("Télécharger", ""), 1, DocumentKind.LIST,
                 id="rows-of-acts-without-their-download-links"),
]


@pytest.mark.parametrize(("text", "deliberations", "kind"), NOT_KINDS)
def test_the_kind_not_told(text: str, deliberations: int, kind: DocumentKind) -> None:
    assert document_kind(text, deliberations)[0] is not kind


@pytest.mark.parametrize("text", [
    "RECUEIL DES ACTES ADMINISTRATIFS DU DEPARTEMENT. Numéro Spécial. Réunion du Conseil Départemental du "
    "24 avril 2015 SOMMAIRE Réunion du Conseil Départemental du 24 avril 2015 : - Complément des délégations "
    "accordées au Président Formation des commissions thématiques Adoption du règlement intérieur\n",
    "RECUEIL DES\nACTES\nADMINISTRATIFS\nMARS 2010\nSOMMAIRE\n"
    "DELIBERATIONS DU CONSEIL MUNICIPAL DU 2 MARS 2010\n"
    "N°\nObjet\n1-01\nConvention avec le club des aînés\n1-02\nConvention de capture des animaux errants\n",
    "Les délibérations du conseil sont publiées dans un recueil des actes administratifs mis à la "
    "disposition du public.\n\nSOMMAIRE\n\nN° OBJET PAGE\n\nSEANCE DU 07 JUILLET\n\n"
    "61 APPROBATION DU PROCES VERBAL DE "
    "LA SEANCE DU 02 JUIN 2015\n\n6\n\n62 INFORMATION DES ELUS SUR LES DECISIONS DU BUREAU\n",
])
def test_the_summary_of_a_recueil_des_actes_is_a_list(text: str) -> None:
    # The recueil where the deliberations are published (art. L. 2121-24 du CGCT), opening on
    # the sommaire of a sitting's deliberations: their list.
    assert document_kind(text, 0)[0] is DocumentKind.LIST
    assert document_kind(text, 2)[0] is DocumentKind.LIST
    # A sommaire alone does not say it.
    assert document_kind(text.replace("ADMINISTRATIFS", "").replace("administratifs", ""), 0)[0] \
        is not DocumentKind.LIST
    # Nor the rows under their decisions.
    assert document_kind(text + "Adopté à l'unanimité.\n", 0)[0] is not DocumentKind.LIST


@pytest.mark.parametrize("author", ["Le Maire de la Commune de Testville,", "Le Maire,",
                                    "Le Président de la Communauté de communes de Testville,"])
def test_the_maire_deciding_alone_with_his_visas_is_no_deliberation(author: str) -> None:
    text = ("AM/DNM/2025-04/278\n" + author + "\nVu le Code Général des Collectivités Territoriales, "
            "notamment les articles L.2212-1 et suivants ;\nConsidérant qu'il appartient à l'autorité "
            "municipale de prescrire toutes les mesures utiles ;\n")
    assert document_kind(text, 0)[0] is DocumentKind.OTHER
    # The council deliberating opens the same way, and a report of the maire's is no decision.
    council = text.replace(author, "Le Conseil Municipal,")
    assert document_kind(council, 1)[0] is not DocumentKind.OTHER
    report = text.replace(author, "Le Maire expose :")
    assert document_kind(report, 1)[0] is not DocumentKind.OTHER



@pytest.mark.parametrize("folio", ["N° de Feuillet…../2015", "COMMUNE DE TESTVILLE Feuillet 2017/001",
                                   "FEUILLET N° 12"])
def test_a_record_on_a_numbered_folio_of_the_register_is_minutes(folio: str) -> None:
    text = ("Conseil Communautaire du 15 septembre 2015\n" + folio + "\nCONSEIL COMMUNAUTAIRE\n"
            "SEANCE DU MERCREDI 15 SEPTEMBRE 2015\nConvocation du 03 Septembre 2015\n"
            "L'ordre du jour étant le suivant :\n Tarifs\n Voirie\nÉtaient présents :\nMonsieur DURAND\n")
    assert document_kind(text, 0) == (DocumentKind.MINUTES, 0)
    assert document_kind(text + ITEMS, 2) == (DocumentKind.MINUTES, 0)
    # A member of the name is no folio.
    named = text.replace(folio, "sous la présidence de Madame Anne FEUILLET")
    assert document_kind(named + ITEMS, 2)[0] is DocumentKind.UNKNOWN



RECUEIL_OF_A_TERM = ("3ème TRIMESTRE – ANNEE 2015\n\nUpload: others\n\nPost on 08-Sep-2019\n\n"
                     "Les délibérations du conseil sont publiées dans un recueil des actes "
                     "administratifs.\n\nSOMMAIRE\n\nN° OBJET PAGE\n\nSEANCE DU 07 JUILLET\n\n"
                     "61 APPROBATION DU PROCES VERBAL DE LA SEANCE DU 02 JUIN 2015\n\n6\n\n"
                     "62 INFORMATION DES ELUS SUR LES DECISIONS DU BUREAU\n")


def test_a_sitting_named_without_its_year_under_a_year_s_heading_is_of_that_year() -> None:
    read = read_dates(RECUEIL_OF_A_TERM)
    assert read.session is not None and read.session.date == dt.date(2015, 7, 7)
    # No year heading: the year is not guessed.
    assert read_dates(RECUEIL_OF_A_TERM.replace("ANNEE 2015", "")).session is None
    # The previous sitting approved is not this one.
    approved = RECUEIL_OF_A_TERM.replace("SEANCE DU 07 JUILLET",
                                         "Approbation du procès-verbal de la séance du 07 juillet")
    assert read_dates(approved).session is None
    # A day's name that disagrees with the year: not that day.
    assert read_dates(RECUEIL_OF_A_TERM.replace("DU 07", "DU LUNDI 07")).session is None
