"""Forms met in the texts of authorities outside the labelled corpus (session s20-outside):
a second present list « en visioconférence », « ABSENTS - EXCUSES », a substitute « représenté
par son suppléant », hyphens spaced out by a PDF's extraction, a later arrival on its own line,
minutes reproduced in the item of a later meeting that approves them. Short texts written here."""

from __future__ import annotations

import datetime as dt

import pytest

from .builders import ITEM, OPENING, names, proxies, read, sitting


def test_members_present_by_videoconference_are_present() -> None:
    doc = sitting("Présents : RIVIÈRE Paul, DUMAS Anne, PETIT Louis,\n"
                  "Présents en visioconférence : ROCHE Hélène, VALLON Marc\n"
                  "Absents excusés : BLANC Yves pouvoir à DUMAS Anne\n")
    assert names(doc) == ["Paul RIVIÈRE", "Anne DUMAS", "Louis PETIT", "Hélène ROCHE", "Marc VALLON"]
    assert proxies(doc) == [("Yves BLANC", "Anne DUMAS")]


@pytest.mark.parametrize(("lists", "expected"), [
    pytest.param("PRESENTS : MM. RIVIÈRE Paul, PETIT Louis, Mme DUMAS Anne. "
                 "ABSENTS - EXCUSES : M. BLANC Yves, Mme ROCHE Hélène. SECRETAIRE DE SEANCE : "
                 "M. PETIT Louis\n",
                 ["M. Paul RIVIÈRE", "M. Louis PETIT", "Mme Anne DUMAS"],
                 id="absents-excuses-with-a-spaced-hyphen"),
    pytest.param("PRESENTS : RIVIÈRE Paul, DUMAS Anne (BOURG), VALLON Marc () représenté par son "
                 "suppléant NOIR Éric, ROCHE Hélène (SERRES) représentée par sa suppléante BLANC Julie\n"
                 "Secrétaire de séance : DUMAS Anne\n",
                 ["Paul RIVIÈRE", "Anne DUMAS", "Éric NOIR", "Julie BLANC"],
                 id="represented-by-a-substitute"),
    # The line breaks lost between the entries (a PDF's extraction): the same reading.
    pytest.param("PRESENTS : RIVIÈRE Paul, DUMAS Anne, VALLON Marc () représenté par son suppléant "
                 "NOIR Éric ROCHE Hélène (SERRES) représentée par sa suppléante BLANC Julie "
                 "LEGRAND Luc (VIRA) "
                 "représenté par son suppléant MOREL Jean-Louis\nSecrétaire de séance : DUMAS Anne\n",
                 ["Paul RIVIÈRE", "Anne DUMAS", "Éric NOIR", "Julie BLANC", "Jean-Louis MOREL"],
                 id="substitutes-with-line-breaks-lost"),
    pytest.param("Présents : Mmes DURAND - LEBLANC Marie - Claire, ROCHE Hélène, "
                 "MM. PETIT Jean - Paul, RIVIÈRE Paul.\nAbsents excusés : BLANC Yves\n",
                 ["Mme Marie-Claire DURAND-LEBLANC", "Mme Hélène ROCHE", "M. Jean-Paul PETIT",
                  "M. Paul RIVIÈRE"], id="spaced-hyphens-in-a-comma-list"),
    # A list that dashes separate keeps its names apart.
    pytest.param("Présents : Paul RIVIÈRE - Anne DUMAS - Louis PETIT, adjoints\n",
                 ["Paul RIVIÈRE", "Anne DUMAS", "Louis PETIT"], id="a-list-that-dashes-separate"),
    pytest.param("Présents : RIVIÈRE Paul, DUMAS Anne quitte la séance à 20h38 et rentre à 20h42, "
                 "PETIT Louis quitte la séance à 20h38 et rentre à 20h42 (parti à 21h30), VALLON Marc\n"
                 "A partir de 20h43, Mme ROCHE Hélène\n"
                 "Excusé(s) ayant donné procuration : ROCHE Hélène à VALLON Marc jusqu'à 20h42\n",
                 ["Paul RIVIÈRE", "Anne DUMAS", "Louis PETIT", "Marc VALLON"],
                 id="later-arrival-leave-and-return"),
    pytest.param("Etaient présents : MM. Paul RIVIÈRE, Maire, Claude FOURNIER, 1er Adjoint, Claire "
                 "GUERIN, 2ème Adjoint, Louis PETIT, Conseillers Municipaux\n",
                 ["M. Paul RIVIÈRE", "M. Claude FOURNIER", "M. Claire GUERIN", "M. Louis PETIT"],
                 id="offices-as-entries"),
    pytest.param("Etaient présents : RIVIÈRE Paul, Maire, DUMAS Anne, Adjoints au Maire. "
                 "BERTIN Marie, PASQUET- GRELET Anne, ROCHE Hélène\n",
                 ["Paul RIVIÈRE", "Anne DUMAS", "Marie BERTIN", "Anne PASQUET-GRELET",
                  "Hélène ROCHE"], id="offices-before-names"),
    pytest.param("Étaient présents : Monsieur RIVIÈRE Paul, Maire ;\n\n"
                 "Mesdames DUMAS Anne et ROCHE Hélène, et Messieurs PETIT Louis et VALLON Marc, Adjoints et "
                 "Conseillers municipaux délégués, Madame BERTIN Marie, Conseillers municipaux\n\n"
                 "Absente excusée : LEROY Lucie donne procuration à DUMAS Anne\n",
                 ["M. Paul RIVIÈRE", "Mme Anne DUMAS", "Mme Hélène ROCHE", "M. Louis PETIT",
                  "M. Marc VALLON", "Mme Marie BERTIN"], id="semicolon-then-blank-line"),
    pytest.param("Etaient présents :\n\nCommune d' : Messieurs Rivière, Petit Commune de : "
                 "Monsieur Dumas Commune de Bourg : Monsieur Vallon\n\n"
                 "Pouvoirs : Monsieur Roche a donné pouvoir à Monsieur Petit\n",
                 ["M. Rivière", "M. Petit", "M. Dumas", "M. Vallon"], id="commune-headings-run-into-names"),
    pytest.param("Délégués Titulaires Présents : Bourg : Paul RIVIÈRE ; Anne DUMAS (présente "
                 "à partir du point n 3). Saint-Jean-le-Vieux : Louis PETIT ; Marc VALLON.\n",
                 ["Paul RIVIÈRE", "Anne DUMAS", "Louis PETIT", "Marc VALLON"], id="communes-after-a-bracket"),
    pytest.param("PRESENTS : Paul RIVIÈRE, Président ; Anne DUMAS, Louis PETIT, Conseiller(e)s "
                 "Titulaires ;\nMarc VALLON, Conseiller(e)s suppléant(e)s\nHélène ROCHE, Yves BLANC,\n"
                 "Julie NOIR, Conseiller(e)s suppléant(e)s sans voix délibérative\nPROCURATIONS :\n"
                 "M. Luc LEROY a donné procuration à M. Marc VALLON\n",
                 ["Paul RIVIÈRE", "Anne DUMAS", "Louis PETIT", "Marc VALLON"],
                 id="substitutes-without-a-vote"),
])
def test_the_present_list_is_read(lists: str, expected: list[str]) -> None:
    assert names(sitting(lists)) == expected


def test_minutes_reproduced_by_the_item_that_approves_them_record_their_own_sitting() -> None:
    text = ("SYNDICAT DES EAUX DU VAL Réunion du 30 avril 2029\n\n"
            "EXPOSE N°1 APPROBATION DU PROCES - VERBAL DU 2 AVRIL 2029\n\nRéunion du 2 avril 2029\n\n"
            "Sous la présidence de Monsieur RIVIÈRE Paul, Président, "
            "PRESENTS : MM. PETIT Louis, VALLON Marc. ABSENTS - EXCUSES : M. BLANC Yves.\n" + ITEM)
    assert read(text).session_date == dt.date(2029, 4, 2)
    # The approved minutes dated otherwise than the meeting they print: the text does not say
    # which sitting it records.
    odd = text.replace("Réunion du 2 avril 2029", "Réunion du 26 mars 2029")
    assert read(odd).session_date is None
    # An approval after the roll call is an item of the sitting, whose own date stands.
    item = (OPENING + "Présents : RIVIÈRE Paul, DUMAS Anne\n"
            "1) Approbation du procès-verbal du 2 février 2029 Réunion du 2 février 2029 : adopté.\n")
    assert read(item).session_date == dt.date(2029, 3, 8)


def test_the_one_that_opens_a_numbered_list_is_no_count_nor_is_the_public() -> None:
    doc = sitting("Conseillers présents : 1. RIVIÈRE Paul 2. DUMAS Anne 3. PETIT Louis\n"
                  "Auditeurs présents : 40\n")
    assert doc.printed.get("present") is None
    assert names(doc) == ["Paul RIVIÈRE", "Anne DUMAS", "Louis PETIT"]
    counted = sitting("Présents : 12. Votants : 13.\n")
    assert counted.printed.get("present") == 12
    given = sitting("Présents : RIVIÈRE Paul, DUMAS Anne\nPROCURATIONS : 1- Mme ROCHE, a donné "
                    "procuration à Mme DUMAS 2- M. Marc VALLON, a donné procuration à M. Paul RIVIÈRE\n")
    assert given.printed.get("proxies") is None
    assert proxies(given) == [
        ("Mme ROCHE", "Anne DUMAS"), ("M. Marc VALLON", "Paul RIVIÈRE")]


def test_guests_and_absents_with_proxy_end_the_present_list() -> None:
    doc = sitting("Présents : Anne Dumas, Paul Rivière, Louis Petit.\nInvité : Marc Vallon\n"
                  "Secrétaire de séance : Anne Dumas\n")
    assert names(doc) == ["Anne Dumas", "Paul Rivière", "Louis Petit"]
    proxy = sitting("Etaient présents : RIVIÈRE Paul, DUMAS Anne, PETIT Louis\n"
                    "Absents avec pouvoir : ROCHE Hélène, pouvoir à DUMAS Anne\nAbsents et excusés :\n")
    assert names(proxy) == ["Paul RIVIÈRE", "Anne DUMAS", "Louis PETIT"]
    assert proxies(proxy) == [
        ("Hélène ROCHE", "Anne DUMAS")]


def test_kind_and_sitting_of_a_page_that_announces_the_next_sitting_above_a_report() -> None:
    text = ("lundi 12 octobre 2029\n\nRéunion de Conseil\n\nLe Maire informe ses administrés que le "
            "Conseil Municipal se réunira à la Mairie, en séance publique, le Jeudi 22 octobre 2029, "
            "à 20 heures 30\n\n"
            "ORDRE DU JOUR :\n- Lecture du précédent compte-rendu,\n\nmercredi 26 septembre 2029\n\n"
            "Au Conseil Municipal\n\nL'an deux mille vingt-neuf, le vingt septembre, à vingt et une heures, "
            "le Conseil Municipal, légalement convoqué, s'est réuni à la Mairie sous la présidence de "
            "Monsieur RIVIÈRE Paul, Maire.\n\nEtaient présents : MM. RIVIÈRE, PETIT, Mme DUMAS.\n" + ITEM)
    assert read(text).session_date == dt.date(2029, 9, 20)
    cr = read("C.R. du 29/06/2029\n\nSEANCE DU 29 JUIN 2029\n\nLe Conseil municipal s'est réuni le "
              "29 juin 2029.\nPrésents : Anne Dumas, Paul Rivière.\n" + ITEM)
    assert cr.kind.value == "compte_rendu"


@pytest.mark.parametrize(("lists", "expected"), [
    pytest.param("Etaient présents : Mesdames et Messieurs Paul RIVIÈRE Maire, Anne DUMAS, "
                 "Louis PETIT, Marc VALLON\nAbsents excusés ayant donné pouvoir : "
                 "M. Roche ayant donné pouvoir à M. Petit "
                 "Mme Blanc ayant donné pouvoir à Mme Dumas M. Noir ayant donné pouvoir à M. Vallon "
                 "La secrétaire de séance : Mme Dumas\n",
                 [
                  ("M. Roche", "Louis PETIT"), ("Mme Blanc", "Anne DUMAS"), ("M. Noir", "Marc VALLON")],
                 id="givings-run-together"),
    pytest.param("Sont présents : M. RIVIÈRE, Mme DUMAS, M. PETIT, Mme ROCHE\n\n"
                 "Absents excusés ayant donné pouvoir : Mme BLANC (BOURG) à M. PETIT M. NOIR (VAL) "
                 "à Mme ROCHE "
                 "Mme LEROY (BOURG) à Mme DUMAS\n",
                 [
                  ("Mme BLANC", "M. PETIT"), ("M. NOIR", "Mme ROCHE"), ("Mme LEROY", "Mme DUMAS")],
                 id="givings-with-a-bracketed-commune"),
    pytest.param("Etaient présents : Monsieur Paul RIVIÈRE, Madame Isabelle de MONTGOLFIER\n"
                 "Absents représentés : Monsieur Luc BLANC a donné pouvoir à Monsieur Paul RIVIÈRE Monsieur "
                 "Jean NOIR a donné pouvoir à Madame Isabelle de MONTGOLFIER\n"
                 "Absents non représentés : Monsieur Marc VALLON\n",
                 [
                  ("M. Luc BLANC", "M. Paul RIVIÈRE"), ("M. Jean NOIR", "Mme Isabelle de MONTGOLFIER")],
                 id="givings-in-the-absent-list"),
])
def test_the_givings_are_read(lists: str, expected: list[tuple[str, str]]) -> None:
    assert proxies(sitting(lists)) == expected


def test_a_holder_cut_to_a_letter_is_no_holder_but_the_giving_is_printed() -> None:
    """The text ends at the holder's letter: the giver, holder unknown (not the chair)."""
    cut = read(OPENING + "Présents : RIVIÈRE Paul, DUMAS Anne\nPouvoirs : M. BLANC Luc a donné pouvoir à "
               "M. RIVIÈRE Paul, M. NOIR Jean a donné pouvoir à M. C")
    assert proxies(cut) == [
        ("M. Luc BLANC", "Paul RIVIÈRE"), ("M. Jean NOIR", None)]


def test_more_headings_of_community_and_small_council_lists() -> None:
    doc = sitting("Délégués présents : Mmes PETIT (Bourg), ROCHE (Val), M. VALLON (Pin), "
                  "NOIR ().\n\n"
                  "Absents : M. BLANC\n")
    assert [n.split()[-1] for n in names(doc)] == ["PETIT", "ROCHE", "VALLON", "NOIR"]
    bare = read("L'an deux mil vingt-neuf, le trente mars à 20 h 30, le Conseil municipal s'est réuni "
                "sous la présidence de Monsieur RIVIÈRE Paul, Maire\nPrésents : MM. Rivière, Petit, Vallon.\n"
                "Absents excusés M. Blanc, Mme Roche (pouvoir à M. Petit).\n" + ITEM)
    assert names(bare) == ["M. Rivière", "M. Petit", "M. Vallon"]
    assert proxies(bare) == [("Mme Roche", "M. Petit")]
    group = read(OPENING + "Etaient présents, Mesdames et Messieurs : Paul RIVIÈRE, Anne DUMAS. "
                 "Absents excusés, Mesdames et Messieurs : Luc BLANC, Hélène ROCHE. "
                 "1) APPROBATION COMPTE RENDU Le Conseil "
                 "Municipal approuve à l'unanimité le compte rendu.\n")
    assert names(group) == ["Paul RIVIÈRE", "Anne DUMAS"]
    mm = sitting("Présents : Mmes DUMAS et ROCHE ; MM PETIT, VALLON et RIVIÈRE (Bourg) "
                 "Absents Excusés : Melle NOIR qui a donné pouvoir à M NOIR (Bourg)\n")
    assert [n.split()[-1] for n in names(mm)] == ["DUMAS", "ROCHE", "PETIT", "VALLON", "RIVIÈRE"]


def test_commune_headings_with_nobody_and_givers_of_a_named_commune() -> None:
    doc = sitting("Etaient Présents :\n\nCommune de BOURG : Madame Anne DUMAS, "
                  "Messieurs Paul RIVIÈRE, Louis PETIT Commune de VAL-SUR-LOIRE : Commune de PIN LES BOIS : "
                  "Commune de : Monsieur Marc VALLON Commune de SAINT JEAN : Madame Hélène ROCHE\n\n"
                  "Procuration : Mme Julie NOIR de la commune de Pin à Mme Anne DUMAS "
                  "Mr Luc BLANC de la commune "
                  "de Val à Mr Louis PETIT\n")
    assert names(doc) == ["Mme Anne DUMAS", "M. Paul RIVIÈRE", "M. Louis PETIT", "M. Marc VALLON",
                             "Mme Hélène ROCHE"]
    assert proxies(doc) == [
        ("Mme Julie NOIR", "Mme Anne DUMAS"), ("M. Luc BLANC", "M. Louis PETIT")]


def test_a_dash_glued_to_a_first_name_in_a_dashed_list_and_a_name_ending_its_line() -> None:
    doc = sitting("Etaient présents : Ms PETIT Paul – VALLON Jean-Marc - ROCHE Isabelle- BLANC Luc "
                  "(adjoints) – DUMAS Anne\nAbsents excusés : NOIR Julie\n")
    assert [n.split(maxsplit=1)[-1] for n in names(doc)] == [
        "Paul PETIT", "Jean-Marc VALLON", "Isabelle ROCHE", "Luc BLANC", "Anne DUMAS"]
    cut = sitting("Présents : M. RIVIÈRE Paul ; Mme Marie- ROCHE ; M. PETIT Louis\n")
    assert len(cut.present) == 3
    line = sitting("Etaient présents :\nM. RIVIÈRE Paul\nMme DUMAS Anne\nM. PETIT Louis\n"
                   "Formant la majorité des membres en exercice.\n")
    assert names(line) == ["M. Paul RIVIÈRE", "Mme Anne DUMAS", "M. Louis PETIT"]
