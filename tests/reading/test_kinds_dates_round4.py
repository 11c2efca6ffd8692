"""Kinds and dates told by cross-checks (kind.py, dates.py): an « extrait » that records a whole
sitting, a list titled by its deliberations « approuvées », a year in words checked against the
years in figures, a sitting named without a year, a convocation that cannot be the sitting's.
Every text here is invented, in the forms seen at authorities outside the labelled sets."""

from __future__ import annotations

import datetime as dt

import pytest

from registre.reading.kind import DocumentKind, document_kind
from tests.reading.builders import dated, read

FORMULA = ("L'an deux mille dix-neuf, le quatre avril, le Conseil Municipal de la commune de TESTVILLE "
           "s'est réuni sous la présidence de M. Paul ROCHE, Maire.\nPrésents : Anne MARTIN, Luc PETIT\n")
ITEMS = "1. Tarifs de la cantine\nAdopté à l'unanimité.\n2. Voirie communale\nAdopté à l'unanimité.\n"


# -- kinds ---------------------------------------------------------------------------------------

def test_an_extract_recording_several_items_of_a_sitting_is_minutes() -> None:
    # « Extrait du procès-verbal » over a sitting's roll call and its items 1., 2.: the register's
    # pages of the whole sitting, certified as an extract.
    text = "Commune de TESTVILLE\nExtrait du procès-verbal des délibérations\n" + FORMULA + ITEMS
    assert document_kind(text, 2)[0] is DocumentKind.MINUTES
    # One deliberation under the same title stays an extract.
    assert document_kind(text, 1)[0] is DocumentKind.EXTRACT


def test_an_extract_whose_title_names_the_whole_record_is_minutes() -> None:
    text = ("SYNDICAT DES EAUX DU VAL TEST\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\nSÉANCE DU 4 AVRIL 2019\n"
            "PROCÈS-VERBAL INTÉGRAL\n" + FORMULA + ITEMS)
    assert document_kind(text, 1)[0] is DocumentKind.MINUTES
    # The approval of the previous record, below the title, is an item, not the title.
    approval = ("SYNDICAT DES EAUX DU VAL TEST\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\n"
                "Objet : approbation du procès-verbal de la séance du 7 mars 2019\n" + FORMULA
                + "Adopté à l'unanimité.\n")
    assert document_kind(approval, 1)[0] is not DocumentKind.MINUTES


@pytest.mark.parametrize("title", [
    "DÉLIBÉRATION APPROUVÉES LORS DE LA SÉANCE DU\nCOMITÉ SYNDICAL DU MARDI 4 AVRIL 2019\n",
    "Délibérations votées en séance du 4 avril 2019\n",
])
def test_deliberations_approved_at_a_sitting_title_a_list(title: str) -> None:
    text = "Syndicat de collecte du Val Test\n" + title + "N° 2019-11 : Tarifs\nN° 2019-12 : Voirie\n"
    assert document_kind(text, 2)[0] is DocumentKind.LIST


# -- dates ---------------------------------------------------------------------------------------

def test_a_broken_year_in_words_is_checked_against_the_heading_in_figures() -> None:
    # « Deux Mil<b>le</b> Onze » read « deux mil » (2000): the heading prints 15 December 2011.
    text = ("COMPTE-RENDU\nSÉANCE DU CONSEIL MUNICIPAL\n<br />\nDU 15 DÉCEMBRE 2011\n<br />\n"
            "REPUBLIQUE FRANÇAISE\n\n\n"
            "L'an Deux Mil<b>le</b> Onze, le quinze décembre à dix-sept heures, le Conseil Municipal "
            "dûment convoqué, s'est réuni sous la présidence de M. Paul ROCHE.\n")
    assert dated(text) == dt.date(2011, 12, 15)


def test_a_year_in_words_printed_in_figures_too_is_kept() -> None:
    # The sitting's year is printed in figures in the title: a report's « 11 juillet 2018 » in
    # the body does not change it, nor the convocation's.
    text = ("Réunion du Conseil Municipal du 11 juillet 2019\n"
            "Le onze juillet deux mille dix-neuf, à 20h30, le Conseil Municipal, légalement convoqué le cinq "
            "juillet deux mille dix-neuf, s'est réuni sous la présidence de M. Paul ROCHE, Maire.\n"
            "Le contrôle a été ouvert par lettre du 5 juillet 2018 et s'est achevé le 11 juillet 2018.\n")
    assert dated(text) == dt.date(2019, 7, 11)
    assert dated(text, "convocation") == dt.date(2019, 7, 5)


def test_a_date_read_from_its_place_against_the_sitting_named_without_a_year() -> None:
    # A page announcing « conseil municipal mercredi 18 novembre » (no year): the date of a
    # circular quoted below is not the sitting's, and the year is not made up.
    text = ("Actualités / conseil municipal mercredi 18 Novembre à 19 heures\n\n"
            "conseil municipal mercredi 18 Novembre à 19 heures\n\n"
            "Le conseil doit se dérouler à huis clos.\n\nconsignes sanitaires COVID 19  du 6 /11/ 2020\n")
    assert dated(text) is None
    # The approval of an earlier sitting named without its year says nothing of this one.
    approved = ("Approbation du procès-verbal de la séance du 8 février\n"
                "Procès-verbal de la séance du 7 juin 2011\n"
                "L'an deux mil onze, le 7 juin, le Comité Syndical s'est assemblé en ses locaux.\n")
    assert dated(approved) == dt.date(2011, 6, 7)


def test_a_convocation_on_the_sitting_s_own_day_is_not_its_convocation() -> None:
    # « Convocation du conseil municipal pour le jeudi 12 mars 2020 » names the sitting's day.
    text = ("COMPTE RENDU DU CONSEIL MUNICIPAL\nSéance du jeudi 12 mars 2020\n"
            "Convocation du conseil municipal pour le jeudi 12 mars 2020 à 20 h.\n"
            "Présents : Anne MARTIN, Luc PETIT\n")
    assert dated(text) == dt.date(2020, 3, 12)
    assert dated(text, "convocation") is None
    # A later line printing the convocation's own date is taken.
    sent = text + "Date de la convocation : 5 mars 2020\n"
    assert dated(sent, "convocation") == dt.date(2020, 3, 5)


def test_deliberations_of_one_sitting_printed_one_after_another_are_its_minutes() -> None:
    one = ("Délibération n° {n} du 9 MARS 2021\n{n}° Objet : {title}\nLe conseil municipal, après en avoir "
           "délibéré, décide d'approuver.\nPour extrait conforme, le Maire.\n\n")
    text = "Mars 2021\nPage 1\n" + one.format(n=1, title="Tarifs") + one.format(n=2, title="Voirie")
    assert document_kind(text, 2)[0] is DocumentKind.MINUTES
    # Deliberations of two sittings (a page of extracts) are not one sitting's record.
    other = text.replace("Délibération n° 2 du 9 MARS 2021", "Délibération n° 2 du 6 AVRIL 2021")
    assert document_kind(other, 2)[0] is DocumentKind.UNKNOWN


def test_a_summary_of_numbered_deliberations_with_no_decision_is_a_list() -> None:
    text = ("RECUEIL DES ACTES ADMINISTRATIFS\nSOMMAIRE\nDÉLIBÉRATIONS DU CONSEIL MUNICIPAL DU 9 MARS 2021\n"
            "N°\nObjet\n1-01\nConvention avec le club sportif\n1-02\nTarifs de la piscine\n2-01\n"
            "Acquisition d'un terrain\n")
    assert document_kind(text, 0)[0] is DocumentKind.LIST
    # The same rows under their decisions are a record, not a list.
    decided = text + "Adopté à l'unanimité.\n"
    assert document_kind(decided, 0)[0] is not DocumentKind.LIST


def test_a_page_saying_the_sitting_is_to_be_held_is_a_notice() -> None:
    text = ("Actualités / conseil municipal mercredi 18 Novembre à 19 heures\n\n"
            "En cette période, le conseil doit se dérouler à huis clos. Nous vous donnerons le compte rendu "
            "ensuite.\n")
    assert document_kind(text, 0)[0] is DocumentKind.OTHER


@pytest.mark.parametrize(("convoked", "expected"), [
    ("convoqués le quatorze courant", dt.date(2021, 3, 14)),
    ("dûment convoqué le 9 courant", dt.date(2021, 3, 9)),
    # A day after the sitting's is no convocation of it.
    ("convoqués le vingt-huit courant", None),
])
def test_a_convocation_of_a_day_courant_is_in_the_sitting_s_month(convoked: str,
                                                                  expected: dt.date | None) -> None:
    text = ("COMPTE RENDU DU CONSEIL MUNICIPAL\nSÉANCE DU SAMEDI 20 MARS 2021\n"
            "L'an deux mille vingt et un, le samedi vingt mars à neuf heures, les membres du Conseil "
            f"Municipal, {convoked}, se sont réunis à la Mairie.\n")
    assert dated(text) == dt.date(2021, 3, 20)
    assert dated(text, "convocation") == expected


@pytest.mark.parametrize("rows", [
    "Date d'affichage     Date de convocation\n06/03/2021     05/03/2021\n",
    "Date de la séance   Date de convocation\n\n12/03/2021   05/03/2021\n",
])
def test_a_convocation_read_from_a_row_of_labels_over_a_row_of_dates(rows: str) -> None:
    text = "COMMUNE DE TESTVILLE\nSéance du 12 mars 2021\n" + rows + "Présents : Anne MARTIN\n"
    assert dated(text) == dt.date(2021, 3, 12)
    assert dated(text, "convocation") == dt.date(2021, 3, 5)
    # Rows that do not hold as many dates as labels say nothing.
    short = text.replace("05/03/2021", "")
    assert dated(short, "convocation") != dt.date(2021, 3, 6)


def test_a_sitting_s_date_followed_by_its_convocation_s_stays_the_sitting_s() -> None:
    text = "COMMUNE DE TESTVILLE\nConseil municipal\nSéance du 12 mars 2021, convocation du 5 mars 2021\n"
    assert dated(text) == dt.date(2021, 3, 12)
    assert dated(text, "convocation") == dt.date(2021, 3, 5)


def test_a_sitting_to_come_named_after_the_convocation_s_word_is_no_convocation_date() -> None:
    # A convocation's page: the date after « CONVOCATION » is the sitting's to come.
    text = ("COMMUNE DE TESTVILLE\nCONVOCATION DU CONSEIL MUNICIPAL\nMesdames, Messieurs, je vous prie "
            "de bien vouloir assister à la séance du conseil municipal qui aura lieu le vendredi 12 mars "
            "2021 à 20 h.\nOrdre du jour :\n1. Budget\n2. Tarifs\nLe Maire\n")
    doc = read(text)
    assert doc.kind is DocumentKind.OTHER
    assert doc.convocation_date is None


def test_minutes_after_a_long_agenda_are_minutes() -> None:
    # The agenda opening the page pushes the sitting's record beyond the head: still the record.
    agenda = "".join(f"{i}. Convention de partenariat n° {i} avec l'association sportive et culturelle "
                     "du canton\n" for i in range(1, 18))
    text = ("COMMUNE DE TESTVILLE\nORDRE DU JOUR\n" + agenda
            + "\nCOMPTE RENDU DE LA SÉANCE DU 12 MARS 2021\nPrésents : Anne MARTIN, Luc PETIT\n"
            + FORMULA + ITEMS)
    assert document_kind(text, 2)[0] is DocumentKind.COMPTE_RENDU
    # A convocation's agenda, however long, with no sitting recorded stays a convocation.
    convocation = ("COMMUNE DE TESTVILLE\nCONVOCATION DU CONSEIL MUNICIPAL\nLe conseil municipal se "
                   "réunira le vendredi 12 mars 2021 à 20 h.\nOrdre du jour :\n" + agenda + "Le Maire\n")
    assert document_kind(convocation, 2)[0] is DocumentKind.OTHER
    assert read(convocation).convocation_date is None
