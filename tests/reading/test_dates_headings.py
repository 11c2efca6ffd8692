"""Which date is the sitting's when a page's title comes below its site's menu, when the title
and the opening formula disagree, in an index of sittings, in prose (dates.py; the convocation's
own date: test_dates). Every text here is invented, in the forms seen at authorities outside the
labelled sets."""

from __future__ import annotations

import datetime as dt

import pytest

from .builders import dated

MENU = "Accueil\n  ÉCOLES\n  ASSOCIATIONS\n  TOURISME\n  LA MAIRIE\n\nS'abonner à la lettre\n\n"


def test_the_title_below_a_menu_wins_over_the_posting_date() -> None:
    text = (MENU + "COMPTE RENDU DU CONSEIL MUNICIPAL DU 14/03/19\njeudi 4 avril 2019\n\n"
            "COMPTE RENDU DU CONSEIL MUNICIPAL\n\nDU 14 Mars 2019\n\n"
            "20 H le Conseil municipal ouvre sa séance\n\n"
            "Présents : Mme DURAND - Mr PETIT\n")
    assert dated(text) == dt.date(2019, 3, 14)
    # Below the roll call, « compte rendu du conseil du … » names an earlier record.
    later = MENU + "Présents : Mme DURAND\nCOMPTE RENDU DU CONSEIL MUNICIPAL DU 14/03/19\n"
    assert dated(later) is None


def test_the_number_of_the_minutes_is_no_reference() -> None:
    text = "Procès-verbal n°05/2013\ndu conseil municipal du 14/05/2013\n\nPrésents :\nM. Paul ROCHE\n"
    assert dated(text) == dt.date(2013, 5, 14)


def test_a_title_and_a_formula_naming_two_days_give_none() -> None:
    text = (MENU + "COMPTE RENDU\n\nde la réunion du 12 mai 2018\n\nL'an deux mille vingt et le trois avril "
            "à dix-huit heures, le Comité Syndical s'est réuni en séance.\n\nEtaient présents : M. ROCHE\n")
    assert dated(text) is None
    # A title whose day's name agrees with its date wins over a formula copied from another sitting.
    named = ("COMPTE RENDU DU CONSEIL MUNICIPAL DU\nMARDI 12 MAI 2015\n\nPrésents : 12\n\n"
             "L'an deux mille quinze, le 14 mai, le Conseil Municipal s'est réuni.\n")
    assert dated(named) == dt.date(2015, 5, 12)


def test_an_index_of_sittings_has_no_sitting_date() -> None:
    text = ("Les procès-verbaux retracent les débats du conseil.\nSéance Synthèse Délibérations\n"
            "Délibération du 3 juin 2015 Voir\nDélibération du 12 mai 2015 Voir\n"
            "Délibération du 2 avril 2015 Voir\n")
    assert dated(text) is None


@pytest.mark.parametrize("text", [
    "Jeudi 19 mars 2020, une note a été adressée aux maires sur la tenue des conseils.\n",
    "Vendredi 3 avril 2020, le préfet a rappelé les règles sanitaires aux communes.\n",
])
def test_a_date_opening_a_sentence_of_prose_is_not_the_sitting(text: str) -> None:
    assert dated(text) is None


@pytest.mark.parametrize("objet", ["Objet", "OBJET"])
def test_minutes_presented_to_a_later_sitting_give_none(objet: str) -> None:
    text = ("Syndicat des eaux | Comité syndical | Rapport | Jeudi 6 février 2020 COMITÉ SYNDICAL "
            f"JEUDI 6 FÉVRIER 2020 Rapporteur : M. Paul ROCHE {objet} : Procès-verbal du comité syndical "
            "du mardi 10 décembre 2019 1- Approbation du procès-verbal du comité syndical "
            "du mardi 8 octobre 2019.\n")
    assert dated(text) is None


def test_a_date_opening_the_sitting_formula_is_the_sitting() -> None:
    text = "Mardi 12 mars 2019, le Conseil Municipal de Testville, légalement convoqué, s'est réuni.\n"
    assert dated(text) == dt.date(2019, 3, 12)


def test_an_index_of_titled_sittings_has_no_sitting_date() -> None:
    text = ("Le conseil délibère sur les affaires de la commune.\n"
            "Compte rendu de la séance extraordinaire du conseil municipal du 12 janvier 2021\n"
            "Procès-verbal du conseil municipal ordinaire du 03 mars 2021\n"
            "procès verbal de la réunion publique du conseil du 01er juin 2021\n")
    assert dated(text) is None
    assert dated(text.splitlines()[1] + "\nL'an deux mille vingt et un, le douze janvier, le conseil "
                 "s'est réuni.\n") == dt.date(2021, 1, 12)
