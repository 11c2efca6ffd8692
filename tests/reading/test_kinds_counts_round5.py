"""Kinds, dates and counts told by cross-checks (kind.py, dates.py, headcounts.py): a page titled
« extrait » by its site whose document names itself a compte rendu, or that prints the agenda of
a whole sitting; a convocation's day that is the sitting's own; a count printed in its parts
(titulars and substitutes). Every text here is invented, in the forms seen at authorities outside
the labelled sets."""

from __future__ import annotations

import datetime as dt

from registre.reading.headcounts import read_headcounts
from registre.reading.kind import DocumentKind, document_kind
from tests.reading.builders import dated

FORMULA = ("L'an deux mille vingt, le six mars à dix-huit heures, les membres du Conseil Communautaire de "
           "la Communauté de Communes du Val Test se sont réunis à Testville, sous la présidence de "
           "M. Paul ROCHE.\nPRESENTS : MM. MARTIN, PETIT, ROCHE.\nEXCUSES : M. DURAND.\n")


# -- kinds ---------------------------------------------------------------------------------------

def test_a_site_page_titled_extract_over_a_compte_rendu_is_that_compte_rendu() -> None:
    # The site's page title (« extrait du registre - … », repeated), then the document's own
    # title opening its line.
    text = ("extrait du registre - Communauté de communes du Val Test\n\nTranscription\n\n"
            "extrait du registre - Communauté de communes du Val Test\n"
            "COMMUNAUTE DE COMMUNES DU VAL TEST\n"
            "COMPTE RENDU DU CONSEIL COMMUNAUTAIRE DU VENDREDI 6 MARS 2020\n" + FORMULA
            + "Projet de médiathèque\nM. MARTIN présente le projet.\n")
    assert document_kind(text, 0)[0] is DocumentKind.COMPTE_RENDU
    assert document_kind(text, 1)[0] is DocumentKind.COMPTE_RENDU
    # « le compte rendu de la séance précédente » in a sentence is no title.
    sentence = ("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\nCOMMUNE DE TESTVILLE\n"
                "Il est donné lecture du compte rendu de la séance précédente.\n" + FORMULA
                + "Objet : Tarifs de la cantine\nAdopté à l'unanimité.\n")
    assert document_kind(sentence, 1)[0] is DocumentKind.EXTRACT


def test_an_extract_printing_the_agenda_of_a_whole_sitting_is_minutes() -> None:
    # The register's page of a whole sitting, cut before its items: its agenda announces them.
    agenda_inline = ("COMMUNE DE TESTVILLE EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL\n"
                     + FORMULA + "Secrétaire de séance : M. PETIT. ORDRE DU JOUR - Rapport annuel du "
                     "service de l'eau - Travaux de voirie - Tarifs de la cantine - Subventions aux "
                     "associations - Questions diverses\n")
    assert document_kind(agenda_inline, 0)[0] is DocumentKind.MINUTES
    agenda_lines = ("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\n" + FORMULA + "Ordre du jour :\n"
                    "1. Budget primitif\n2. Travaux de voirie\n3. Tarifs de la cantine\n")
    assert document_kind(agenda_lines, 1)[0] is DocumentKind.MINUTES
    # An extract of one deliberation with its roll call, no agenda: an extract; a point added
    # « à l'ordre du jour » is a sentence, no agenda.
    extract = ("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\n" + FORMULA
               + "Le Maire propose d'ajouter un point à l'ordre du jour - accepté.\n"
               "Objet : Tarifs de la cantine\n- vu le code,\n- considérant,\nAdopté à l'unanimité.\n")
    assert document_kind(extract, 1)[0] is DocumentKind.EXTRACT


# -- dates ---------------------------------------------------------------------------------------

def test_a_convocation_day_without_year_that_is_the_sittings_own_is_not_given() -> None:
    # A box's label « DATE DE LA CONVOCATION » run into the opening formula, which names the
    # sitting's day without a year after its month.
    text = ("PROCES VERBAL DU CONSEIL MUNICIPAL SEANCE DU JEUDI 18 JUILLET 2030 DATE DE LA CONVOCATION "
            "L'an deux mille trente, le dix-huit juillet à seize heures, s'est réuni le Conseil Municipal "
            "de la Commune de Testville.\n")
    assert dated(text) == dt.date(2030, 7, 18)
    assert dated(text, "convocation") is None
    # A day before the sitting stays the convocation's.
    before = text.replace("DATE DE LA CONVOCATION L'an", "convoqué le dix juillet. L'an")
    assert dated(before, "convocation") == dt.date(2030, 7, 10)


# -- counts --------------------------------------------------------------------------------------

def test_a_count_printed_in_parts_adds_them_up() -> None:
    text = ("Nombre de membres en exercice : 27 titulaires – 27 suppléants.\n"
            "Nombre de membres ayant pris part à la délibération : 20 titulaires 3 suppléants\n")
    counts = read_headcounts(text)
    assert counts["voters"] == 23
    assert counts["in_office"] == 27  # the titulars' seats
    present = read_headcounts("Présents : 12 titulaires et 2 suppléants\nPouvoirs : 1\n")
    assert present["present"] == 14
    assert read_headcounts("Présents : 12 titulaires\nPouvoirs : 1\n")["present"] == 12
