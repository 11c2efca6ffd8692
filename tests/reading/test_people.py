"""Headings of the present list and of proxies met in the outside sets (session s24): labels in
capitals, without a colon, alone on their line, forms « (s/es) », counts after the first word,
a member's mandate and commune after the name. Short texts written here."""

from __future__ import annotations

from functools import partial

import pytest

from .builders import names, proxies, sitting

_OPENING = ("PROCÈS-VERBAL DU CONSEIL MUNICIPAL\n"
            "L'an deux mille vingt-huit, le mardi 6 juin à dix-neuf heures, le Conseil municipal s'est réuni "
            "sous la présidence de M. Paul GARNIER, Maire.\n")

_sitting = partial(sitting, opening=_OPENING)


@pytest.mark.parametrize(("lists", "expected"), [
    pytest.param("ÉTAIENT PRÉSENTS M. Paul GARNIER, M. Hugo PERRIN, Mme Léa MOREAU\n"
                 "Secrétaire de séance : Mme Léa MOREAU\n",
                 ["M. Paul GARNIER", "M. Hugo PERRIN", "Mme Léa MOREAU"], id="capitals-no-colon"),
    pytest.param("ÉTAIENT PRÉSENTS M. Paul GARNIER, délégué titulaire, commune d’Argentières M. Hugo PERRIN, "
                 "délégué suppléant, commune de Beauvoir Mme Léa MOREAU, déléguée titulaire, communauté de "
                 "communes les Sources de l’Yerres (Courpalay), M. Louis ROUX\n"
                 "Secrétaire de séance : Mme Léa MOREAU\n",
                 ["M. Paul GARNIER", "M. Hugo PERRIN", "Mme Léa MOREAU", "M. Louis ROUX"],
                 id="mandate-and-commune-after-each-name"),
    pytest.param("Présent(e)s P. Garnier, Maire, L. Moreau, H. Perrin, A. Blanc\n"
                 "Secrétaire de séance : L. Moreau\n",
                 ["P. Garnier", "L. Moreau", "H. Perrin", "A. Blanc"], id="present-e-s-initials"),
    pytest.param("ETAT DES PRESENCES\nPRESENTS\n\nP. GARNIER, L. MOREAU, H. PERRIN, R. LE\nBARON, "
                 "A. BLANC.\n\nORDRE DU JOUR\n",
                 ["P. GARNIER", "L. MOREAU", "H. PERRIN", "R. LE BARON", "A. BLANC"],
                 id="label-alone-on-its-line"),
    pytest.param("Assistaient à la réunion : MM. GARNIER, MOREAU, PERRIN, BLANC. "
                 "Avait remis procuration : M. ROUX à M. GARNIER Secrétaire de Séance : Mme MOREAU\n",
                 ["M. GARNIER", "M. MOREAU", "M. PERRIN", "M. BLANC"], id="assistaient-a-la-reunion"),
    pytest.param("PRÉSENTS (4) : Paul GARNIER, Léa MOREAU, Hugo PERRIN, Anne BLANC. ABSENTS (1) AYANT DONNÉ "
                 "PROCURATION : Louis ROUX à Paul GARNIER.\n",
                 ["Paul GARNIER", "Léa MOREAU", "Hugo PERRIN", "Anne BLANC"], id="count-after-absents"),
])
def test_the_present_list_is_read(lists: str, expected: list[str]) -> None:
    assert names(_sitting(lists)) == expected


@pytest.mark.parametrize(("lists", "expected"), [
    pytest.param("Présents : Paul GARNIER, Léa MOREAU, Hugo PERRIN\nAbsent(s/es) excusé(s/es) : Anne BLANC\n"
                 "Absent(s/es) représenté(s/es) :\nAnne BLANC donne pouvoir à Léa MOREAU\n",
                 [("Anne BLANC", "Léa MOREAU")], id="s-slash-es"),
    pytest.param("PRESENTS : MM. Garnier Paul, Moreau Léa, Perrin Hugo. EXCUSES : MM. Blanc Anne (donne "
                 "pouvoir "
                 "à M. Perrin Hugo), Roux Louis. ABSENTE : Mme Faure Rose.\n",
                 [("M. Blanc Anne", "M. Perrin Hugo")], id="excuses-in-capitals-without-accent"),
    pytest.param("Présents : M. GARNIER, Mme MOREAU, M. PERRIN.\nAbsents avec délégation : - M. Blanc donne "
                 "procuration à Mme Moreau - M. Roux donne procuration à M. Perrin\n",
                 [("M. Blanc", "Mme MOREAU"), ("M. Roux", "M. PERRIN")], id="absents-avec-delegation"),
    pytest.param("Présents : GARNIER Paul, MOREAU Léa, PERRIN Hugo\n"
                 "Représentés avec pouvoirs : BLANC Marie Hélène, ROUX Jean- Luc\n",
                 [("Marie Hélène BLANC", None), ("Jean-Luc ROUX", None)], id="represented-with-proxies"),
])
def test_the_proxies_are_read(lists: str, expected: list[tuple[str, str | None]]) -> None:
    assert proxies(_sitting(lists)) == expected


def test_communes_in_capitals_heading_names_one_a_line_are_no_members() -> None:
    doc = _sitting("PRESENTS :\nAVENSAN\nHenri ESCUDERO\nHenri DUTHIN\nARCINS\nClaude GANELON\n"
                   "SAINTE HELENE\n"
                   "Allain CAMEDESCASSE\nElric PREVOT\nSALAUNES\nPierre LAHITTE\n\nSecrétaire de séance : "
                   "Henri DUTHIN\n")
    assert names(doc) == ["Henri ESCUDERO", "Henri DUTHIN", "Claude GANELON", "Allain CAMEDESCASSE",
                          "Elric PREVOT", "Pierre LAHITTE"]


def test_the_next_sentence_run_into_the_proxies_is_cut() -> None:
    doc = _sitting("Présents : GARNIER Paul, MOREAU Léa, PERRIN Hugo\nProcuration : Monsieur BLANC Anne à "
                   "Monsieur PERRIN Hugo Conformément à l'article L. 2121-15 du CGCT, Mme MOREAU Léa a été "
                   "désignée secrétaire.\n")
    assert proxies(doc) == [("M. Anne BLANC", "Hugo PERRIN")]


def test_holders_of_a_proxy_named_first_then_the_giver_after_pour() -> None:
    doc = _sitting("Etaient présents : M. GARNIER Paul, Mme MOREAU Léa, M. PERRIN Hugo. Etaient porteurs "
                   "d'un pouvoir : Mme MOREAU pour M. BLANC M. PERRIN pour M. ROUX M. GARNIER pour M. FAURE "
                   "Rémi Syndicat mixte du pays\n")
    assert proxies(doc) == [("M. BLANC", "Mme Léa MOREAU"), ("M. ROUX", "M. Hugo PERRIN"),
                            ("M. Rémi FAURE", "M. Paul GARNIER")]


def test_the_group_addressed_alone_on_the_label_line_does_not_end_the_list() -> None:
    doc = _sitting("ETAIENT PRESENTS : Mmes et MM.\n\nPaul GARNIER, Léa MOREAU, Hugo PERRIN, Anne BLANC\n\n"
                   "Secrétaire de séance : Léa MOREAU\n")
    assert names(doc) == ["Paul GARNIER", "Léa MOREAU", "Hugo PERRIN", "Anne BLANC"]


def test_a_two_letter_word_with_a_vowel_before_the_surname_is_part_of_it() -> None:
    doc = _sitting("Présents : GARNIER Paul, MOREAU Léa, PERRIN Hugo\nProcurations :\n"
                   "Mme EL KAHAZ Sarah donne procuration à Mme MOREAU Léa,\n")
    assert proxies(doc) == [("Mme Sarah EL KAHAZ", "Léa MOREAU")]


def test_givings_grouped_by_the_part_of_the_sitting_and_a_name_alone_among_them() -> None:
    doc = _sitting("Étaient présents : Paul Garnier, Léa Moreau, Hugo Perrin, Anne Blanc, Louis Roux "
                   "Étaient représentés : durant toute la séance : Rose Faure par Léa Moreau, Rémi Simon, "
                   "Marc Petit par Hugo Perrin à partir de l'affaire n° 04-20280606 : Louis Roux par "
                   "Anne Blanc Étaient absents : Jean Dumas\n")
    assert proxies(doc) == [("Rose Faure", "Léa Moreau"), ("Rémi Simon", None), ("Marc Petit", "Hugo Perrin"),
                            ("Louis Roux", "Anne Blanc")]
    assert doc.proxies[-1].span is not None and doc.proxies[0].span is None


def test_the_members_of_each_college_and_the_staff_attending() -> None:
    doc = _sitting("Etaient présents membres titulaires Collège 1 : GARNIER Paul, MOREAU Léa, PERRIN Hugo "
                   "(suppléant de ROUX Louis). Procuration Collège 1 : 0 Membres titulaires Collège 1 "
                   "absents : ROUX Louis.\nEtaient présents membres titulaires Collège 2 : BLANC Anne, FAURE "
                   "Rose. Procuration Collège 2 : 0\nAssistaient à la séance : Monsieur Marc PETIT Directeur "
                   "Général\n")
    assert names(doc) == ["Paul GARNIER", "Léa MOREAU", "Hugo PERRIN", "Anne BLANC", "Rose FAURE"]


def test_group_offices_ending_a_line_and_those_attending_without_a_vote() -> None:
    doc = _sitting("Sont présents :\nMonsieur Paul GARNIER, Madame Léa MOREAU, Vices présidents\n"
                   "Monsieur Hugo PERRIN, Madame Anne BLANC, membres de la Commission permanente\n"
                   "Assistent sans voix délibératives\nMadame Rose FAURE, Monsieur Marc PETIT\n"
                   "Sont excusés :\nMonsieur Louis ROUX (pouvoir à M. PERRIN), Vices-présidents\n")
    assert names(doc) == ["M. Paul GARNIER", "Mme Léa MOREAU", "M. Hugo PERRIN", "Mme Anne BLANC"]
    assert proxies(doc) == [("M. Louis ROUX", "M. Hugo PERRIN")]


def test_paragraphs_of_delegates_each_under_a_long_heading() -> None:
    doc = _sitting("Etaient présents :\n\nDélégués de la Communauté de Communes de Loir Lucé Bercé : Mmes "
                   "MOREAU, BLANC, MM GARNIER, PERRIN.\n\nDélégués de la Communauté de Communes du Sud "
                   "Sarthe : Mme FAURE et MM ROUX, PETIT.\n\nEtaient excusés : M. SIMON.\n")
    assert names(doc) == ["Mme MOREAU", "Mme BLANC", "M. GARNIER", "M. PERRIN", "Mme FAURE", "M. ROUX",
                          "M. PETIT"]


def test_present_slash_members_titular() -> None:
    doc = _sitting("Présents / Membres titulaires : Paul GARNIER (a reçu pouvoir de Rose FAURE) Léa MOREAU "
                   "Hugo PERRIN Anne BLANC.\nSecrétaire de séance : Léa MOREAU\n")
    assert names(doc) == ["Paul GARNIER", "Léa MOREAU", "Hugo PERRIN", "Anne BLANC"]
    assert proxies(doc) == [("Rose FAURE", "Paul GARNIER")]


def test_groups_between_semicolons_each_led_by_its_commune() -> None:
    doc = _sitting("Etaient présents\nArtenay M. GARNIER Paul, Mme MOREAU Léa ; Baigneaux Mme BLANC Anne ; "
                   "Bougy lez Neuville Mme\nFAURE Rose, M. PERRIN Hugo ; Fontenay sur Conie, M. ROUX Louis\n"
                   "Absents excusés : M. SIMON Rémi\n")
    assert names(doc) == ["M. Paul GARNIER", "Mme Léa MOREAU", "Mme Anne BLANC", "Mme Rose FAURE",
                          "M. Hugo PERRIN", "M. Louis ROUX"]


def test_rows_of_surname_first_names_under_a_heading_alone_on_its_line() -> None:
    doc = _sitting("Conseillers Communautaires présents\n\nGARNIER Paul MOREAU Léa PERRIN Hugo\n\n"
                   "BLANC Anne DE CIDRAC Marta ROUX Louis\n\nSecrétaire de séance : MOREAU Léa\n")
    assert names(doc) == ["Paul GARNIER", "Léa MOREAU", "Hugo PERRIN", "Anne BLANC", "Marta DE CIDRAC",
                          "Louis ROUX"]


def test_a_box_of_counts_with_a_figure_left_keeps_the_list_withheld() -> None:
    doc = _sitting("Etaient présents : Paul GARNIER, Léa Nombre de membres MOREAU, Hugo 12 PERRIN, Anne "
                   "BLANC\nExcusé : M. Rémi SIMON\n")
    assert not doc.present
