"""Forms met in the texts of authorities outside the labelled corpus (session s20-outside):
a second present list « en visioconférence », « ABSENTS - EXCUSES », a substitute « représenté
par son suppléant », hyphens spaced out by a PDF's extraction, a later arrival on its own line,
minutes reproduced in the item of a later meeting that approves them. Short texts written here."""

from __future__ import annotations

import datetime as dt

from .builders import names, read

_OPENING = ("COMPTE RENDU DE LA RÉUNION DU CONSEIL MUNICIPAL\n"
            "L'an deux mille vingt-neuf, le jeudi 8 mars à vingt heures, le Conseil municipal s'est réuni "
            "sous la présidence de M. RIVIÈRE Paul, Maire.\n")
_ITEM = "\n1) Budget primitif\nLe conseil adopte le budget à l'unanimité.\n"


def test_members_present_by_videoconference_are_present() -> None:
    doc = read(_OPENING + "Présents : RIVIÈRE Paul, DUMAS Anne, PETIT Louis,\n"
               "Présents en visioconférence : ROCHE Hélène, VALLON Marc\n"
               "Absents excusés : BLANC Yves pouvoir à DUMAS Anne\n" + _ITEM)
    assert names(doc) == ["Paul RIVIÈRE", "Anne DUMAS", "Louis PETIT", "Hélène ROCHE", "Marc VALLON"]
    assert [(doc.name(p.giver), doc.name(p.holder)) for p in doc.proxies] == [("Yves BLANC", "Anne DUMAS")]


def test_absents_excuses_with_a_spaced_hyphen_ends_the_present_list() -> None:
    doc = read(_OPENING + "PRESENTS : MM. RIVIÈRE Paul, PETIT Louis, Mme DUMAS Anne. "
               "ABSENTS - EXCUSES : M. BLANC Yves, Mme ROCHE Hélène. SECRETAIRE DE SEANCE : M. PETIT Louis\n"
               + _ITEM)
    assert names(doc) == ["M. Paul RIVIÈRE", "M. Louis PETIT", "Mme Anne DUMAS"]


def test_a_member_represented_by_a_substitute_is_not_present_the_substitute_is() -> None:
    doc = read(_OPENING + "PRESENTS : RIVIÈRE Paul, DUMAS Anne (BOURG), VALLON Marc () représenté par son "
               "suppléant NOIR Éric, ROCHE Hélène (SERRES) représentée par sa suppléante BLANC Julie\n"
               "Secrétaire de séance : DUMAS Anne\n" + _ITEM)
    assert names(doc) == ["Paul RIVIÈRE", "Anne DUMAS", "Éric NOIR", "Julie BLANC"]
    # The line breaks lost between the entries (a PDF's extraction): the same reading.
    run = read(_OPENING + "PRESENTS : RIVIÈRE Paul, DUMAS Anne, VALLON Marc () représenté par son suppléant "
               "NOIR Éric ROCHE Hélène (SERRES) représentée par sa suppléante BLANC Julie LEGRAND Luc (VIRA) "
               "représenté par son suppléant MOREL Jean-Louis\nSecrétaire de séance : DUMAS Anne\n" + _ITEM)
    assert names(run) == ["Paul RIVIÈRE", "Anne DUMAS", "Éric NOIR", "Julie BLANC", "Jean-Louis MOREL"]


def test_hyphens_spaced_out_in_a_list_separated_by_commas_join_compound_names() -> None:
    doc = read(_OPENING + "Présents : Mmes DURAND - LEBLANC Marie - Claire, ROCHE Hélène, "
               "MM. PETIT Jean - Paul, RIVIÈRE Paul.\nAbsents excusés : BLANC Yves\n" + _ITEM)
    assert names(doc) == ["Mme Marie-Claire DURAND-LEBLANC", "Mme Hélène ROCHE", "M. Jean-Paul PETIT",
                             "M. Paul RIVIÈRE"]
    # A list that dashes separate keeps its names apart.
    dashes = read(_OPENING + "Présents : Paul RIVIÈRE - Anne DUMAS - Louis PETIT, adjoints\n" + _ITEM)
    assert names(dashes) == ["Paul RIVIÈRE", "Anne DUMAS", "Louis PETIT"]


def test_a_later_arrival_on_its_own_line_and_a_leave_and_return_are_no_part_of_the_names() -> None:
    doc = read(_OPENING + "Présents : RIVIÈRE Paul, DUMAS Anne quitte la séance à 20h38 et rentre à 20h42, "
               "PETIT Louis quitte la séance à 20h38 et rentre à 20h42 (parti à 21h30), VALLON Marc\n"
               "A partir de 20h43, Mme ROCHE Hélène\n"
               "Excusé(s) ayant donné procuration : ROCHE Hélène à VALLON Marc jusqu'à 20h42\n" + _ITEM)
    assert names(doc) == ["Paul RIVIÈRE", "Anne DUMAS", "Louis PETIT", "Marc VALLON"]


def test_minutes_reproduced_by_the_item_that_approves_them_record_their_own_sitting() -> None:
    text = ("SYNDICAT DES EAUX DU VAL Réunion du 30 avril 2029\n\n"
            "EXPOSE N°1 APPROBATION DU PROCES - VERBAL DU 2 AVRIL 2029\n\nRéunion du 2 avril 2029\n\n"
            "Sous la présidence de Monsieur RIVIÈRE Paul, Président, "
            "PRESENTS : MM. PETIT Louis, VALLON Marc. ABSENTS - EXCUSES : M. BLANC Yves.\n" + _ITEM)
    assert read(text).session_date == dt.date(2029, 4, 2)
    # The approved minutes dated otherwise than the meeting they print: the text does not say
    # which sitting it records.
    odd = text.replace("Réunion du 2 avril 2029", "Réunion du 26 mars 2029")
    assert read(odd).session_date is None
    # An approval after the roll call is an item of the sitting, whose own date stands.
    item = (_OPENING + "Présents : RIVIÈRE Paul, DUMAS Anne\n"
            "1) Approbation du procès-verbal du 2 février 2029 Réunion du 2 février 2029 : adopté.\n")
    assert read(item).session_date == dt.date(2029, 3, 8)


def test_the_one_that_opens_a_numbered_list_is_no_count_nor_is_the_public() -> None:
    doc = read(_OPENING + "Conseillers présents : 1. RIVIÈRE Paul 2. DUMAS Anne 3. PETIT Louis\n"
               "Auditeurs présents : 40\n" + _ITEM)
    assert doc.printed.get("present") is None
    assert names(doc) == ["Paul RIVIÈRE", "Anne DUMAS", "Louis PETIT"]
    counted = read(_OPENING + "Présents : 12. Votants : 13.\n" + _ITEM)
    assert counted.printed.get("present") == 12
    proxies = read(_OPENING + "Présents : RIVIÈRE Paul, DUMAS Anne\nPROCURATIONS : 1- Mme ROCHE, a donné "
                   "procuration à Mme DUMAS 2- M. Marc VALLON, a donné procuration à M. Paul RIVIÈRE\n"
                   + _ITEM)
    assert proxies.printed.get("proxies") is None
    assert [(proxies.name(p.giver), proxies.name(p.holder)) for p in proxies.proxies] == [
        ("Mme ROCHE", "Anne DUMAS"), ("M. Marc VALLON", "Paul RIVIÈRE")]


def test_offices_printed_as_entries_are_no_names() -> None:
    doc = read(_OPENING + "Etaient présents : MM. Paul RIVIÈRE, Maire, Claude FOURNIER, 1er Adjoint, Claire "
               "GUERIN, 2ème Adjoint, Louis PETIT, Conseillers Municipaux\n" + _ITEM)
    assert names(doc) == ["M. Paul RIVIÈRE", "M. Claude FOURNIER", "M. Claire GUERIN", "M. Louis PETIT"]
    before = read(_OPENING + "Etaient présents : RIVIÈRE Paul, Maire, DUMAS Anne, Adjoints au Maire. "
                  "BERTIN Marie, PASQUET- GRELET Anne, ROCHE Hélène\n" + _ITEM)
    assert names(before) == ["Paul RIVIÈRE", "Anne DUMAS", "Marie BERTIN", "Anne PASQUET-GRELET",
                                "Hélène ROCHE"]


def test_guests_and_absents_with_proxy_end_the_present_list() -> None:
    doc = read(_OPENING + "Présents : Anne Dumas, Paul Rivière, Louis Petit.\nInvité : Marc Vallon\n"
               "Secrétaire de séance : Anne Dumas\n" + _ITEM)
    assert names(doc) == ["Anne Dumas", "Paul Rivière", "Louis Petit"]
    proxy = read(_OPENING + "Etaient présents : RIVIÈRE Paul, DUMAS Anne, PETIT Louis\n"
                 "Absents avec pouvoir : ROCHE Hélène, pouvoir à DUMAS Anne\nAbsents et excusés :\n" + _ITEM)
    assert names(proxy) == ["Paul RIVIÈRE", "Anne DUMAS", "Louis PETIT"]
    assert [(proxy.name(p.giver), proxy.name(p.holder)) for p in proxy.proxies] == [
        ("Hélène ROCHE", "Anne DUMAS")]


def test_a_list_ended_by_a_semicolon_goes_on_after_a_blank_line() -> None:
    doc = read(_OPENING + "Étaient présents : Monsieur RIVIÈRE Paul, Maire ;\n\n"
               "Mesdames DUMAS Anne et ROCHE Hélène, et Messieurs PETIT Louis et VALLON Marc, Adjoints et "
               "Conseillers municipaux délégués, Madame BERTIN Marie, Conseillers municipaux\n\n"
               "Absente excusée : LEROY Lucie donne procuration à DUMAS Anne\n" + _ITEM)
    assert names(doc) == ["M. Paul RIVIÈRE", "Mme Anne DUMAS", "Mme Hélène ROCHE", "M. Louis PETIT",
                             "M. Marc VALLON", "Mme Marie BERTIN"]


def test_kind_and_sitting_of_a_page_that_announces_the_next_sitting_above_a_report() -> None:
    text = ("lundi 12 octobre 2029\n\nRéunion de Conseil\n\nLe Maire informe ses administrés que le "
            "Conseil Municipal se réunira à la Mairie, en séance publique, le Jeudi 22 octobre 2029, "
            "à 20 heures 30\n\n"
            "ORDRE DU JOUR :\n- Lecture du précédent compte-rendu,\n\nmercredi 26 septembre 2029\n\n"
            "Au Conseil Municipal\n\nL'an deux mille vingt-neuf, le vingt septembre, à vingt et une heures, "
            "le Conseil Municipal, légalement convoqué, s'est réuni à la Mairie sous la présidence de "
            "Monsieur RIVIÈRE Paul, Maire.\n\nEtaient présents : MM. RIVIÈRE, PETIT, Mme DUMAS.\n" + _ITEM)
    assert read(text).session_date == dt.date(2029, 9, 20)
    cr = read("C.R. du 29/06/2029\n\nSEANCE DU 29 JUIN 2029\n\nLe Conseil municipal s'est réuni le "
              "29 juin 2029.\nPrésents : Anne Dumas, Paul Rivière.\n" + _ITEM)
    assert cr.kind.value == "compte_rendu"


def test_commune_headings_run_into_names_and_after_a_bracket() -> None:
    doc = read(_OPENING + "Etaient présents :\n\nCommune d' : Messieurs Rivière, Petit Commune de : "
               "Monsieur Dumas Commune de Bourg : Monsieur Vallon\n\n"
               "Pouvoirs : Monsieur Roche a donné pouvoir à Monsieur Petit\n" + _ITEM)
    assert names(doc) == ["M. Rivière", "M. Petit", "M. Dumas", "M. Vallon"]
    bracket = read(_OPENING + "Délégués Titulaires Présents : Bourg : Paul RIVIÈRE ; Anne DUMAS (présente "
                   "à partir du point n 3). Saint-Jean-le-Vieux : Louis PETIT ; Marc VALLON.\n" + _ITEM)
    assert names(bracket) == ["Paul RIVIÈRE", "Anne DUMAS", "Louis PETIT", "Marc VALLON"]


def test_substitutes_without_a_vote_are_not_in_the_present_list() -> None:
    doc = read(_OPENING + "PRESENTS : Paul RIVIÈRE, Président ; Anne DUMAS, Louis PETIT, Conseiller(e)s "
               "Titulaires ;\nMarc VALLON, Conseiller(e)s suppléant(e)s\nHélène ROCHE, Yves BLANC,\n"
               "Julie NOIR, Conseiller(e)s suppléant(e)s sans voix délibérative\nPROCURATIONS :\n"
               "M. Luc LEROY a donné procuration à M. Marc VALLON\n" + _ITEM)
    assert names(doc) == ["Paul RIVIÈRE", "Anne DUMAS", "Louis PETIT", "Marc VALLON"]


def test_givings_run_together_without_separators_are_each_a_proxy() -> None:
    doc = read(_OPENING + "Etaient présents : Mesdames et Messieurs Paul RIVIÈRE Maire, Anne DUMAS, "
               "Louis PETIT, Marc VALLON\nAbsents excusés ayant donné pouvoir : "
               "M. Roche ayant donné pouvoir à M. Petit "
               "Mme Blanc ayant donné pouvoir à Mme Dumas M. Noir ayant donné pouvoir à M. Vallon "
               "La secrétaire de séance : Mme Dumas\n" + _ITEM)
    assert [(doc.name(p.giver), doc.name(p.holder)) for p in doc.proxies] == [
        ("M. Roche", "Louis PETIT"), ("Mme Blanc", "Anne DUMAS"), ("M. Noir", "Marc VALLON")]


def test_givings_with_a_bracketed_commune_or_in_the_absent_list_run_together() -> None:
    doc = read(_OPENING + "Sont présents : M. RIVIÈRE, Mme DUMAS, M. PETIT, Mme ROCHE\n\n"
               "Absents excusés ayant donné pouvoir : Mme BLANC (BOURG) à M. PETIT M. NOIR (VAL) à Mme ROCHE "
               "Mme LEROY (BOURG) à Mme DUMAS\n" + _ITEM)
    assert [(doc.name(p.giver), doc.name(p.holder)) for p in doc.proxies] == [
        ("Mme BLANC", "M. PETIT"), ("M. NOIR", "Mme ROCHE"), ("Mme LEROY", "Mme DUMAS")]
    absent = read(_OPENING + "Etaient présents : Monsieur Paul RIVIÈRE, Madame Isabelle de MONTGOLFIER\n"
                  "Absents représentés : Monsieur Luc BLANC a donné pouvoir à Monsieur Paul RIVIÈRE Monsieur "
                  "Jean NOIR a donné pouvoir à Madame Isabelle de MONTGOLFIER\n"
                  "Absents non représentés : Monsieur Marc VALLON\n" + _ITEM)
    assert [(absent.name(p.giver), absent.name(p.holder)) for p in absent.proxies] == [
        ("M. Luc BLANC", "M. Paul RIVIÈRE"), ("M. Jean NOIR", "Mme Isabelle de MONTGOLFIER")]
    # A holder cut to a letter (the text ends there) is no holder, but the giving is printed:
    # the giver, holder unknown (not the chair).
    cut = read(_OPENING + "Présents : RIVIÈRE Paul, DUMAS Anne\nPouvoirs : M. BLANC Luc a donné pouvoir à "
               "M. RIVIÈRE Paul, M. NOIR Jean a donné pouvoir à M. C")
    assert [(cut.name(p.giver), cut.name(p.holder)) for p in cut.proxies] == [
        ("M. Luc BLANC", "Paul RIVIÈRE"), ("M. Jean NOIR", None)]


def test_more_headings_of_community_and_small_council_lists() -> None:
    doc = read(_OPENING + "Délégués présents : Mmes PETIT (Bourg), ROCHE (Val), M. VALLON (Pin), "
               "NOIR ().\n\n"
               "Absents : M. BLANC\n" + _ITEM)
    assert [n.split()[-1] for n in names(doc)] == ["PETIT", "ROCHE", "VALLON", "NOIR"]
    bare = read("L'an deux mil vingt-neuf, le trente mars à 20 h 30, le Conseil municipal s'est réuni "
                "sous la présidence de Monsieur RIVIÈRE Paul, Maire\nPrésents : MM. Rivière, Petit, Vallon.\n"
                "Absents excusés M. Blanc, Mme Roche (pouvoir à M. Petit).\n" + _ITEM)
    assert names(bare) == ["M. Rivière", "M. Petit", "M. Vallon"]
    assert [(bare.name(p.giver), bare.name(p.holder)) for p in bare.proxies] == [("Mme Roche", "M. Petit")]
    group = read(_OPENING + "Etaient présents, Mesdames et Messieurs : Paul RIVIÈRE, Anne DUMAS. "
                 "Absents excusés, Mesdames et Messieurs : Luc BLANC, Hélène ROCHE. "
                 "1) APPROBATION COMPTE RENDU Le Conseil "
                 "Municipal approuve à l'unanimité le compte rendu.\n")
    assert names(group) == ["Paul RIVIÈRE", "Anne DUMAS"]
    mm = read(_OPENING + "Présents : Mmes DUMAS et ROCHE ; MM PETIT, VALLON et RIVIÈRE (Bourg) "
              "Absents Excusés : Melle NOIR qui a donné pouvoir à M NOIR (Bourg)\n" + _ITEM)
    assert [n.split()[-1] for n in names(mm)] == ["DUMAS", "ROCHE", "PETIT", "VALLON", "RIVIÈRE"]


def test_commune_headings_with_nobody_and_givers_of_a_named_commune() -> None:
    doc = read(_OPENING + "Etaient Présents :\n\nCommune de BOURG : Madame Anne DUMAS, "
               "Messieurs Paul RIVIÈRE, Louis PETIT Commune de VAL-SUR-LOIRE : Commune de PIN LES BOIS : "
               "Commune de : Monsieur Marc VALLON Commune de SAINT JEAN : Madame Hélène ROCHE\n\n"
               "Procuration : Mme Julie NOIR de la commune de Pin à Mme Anne DUMAS "
               "Mr Luc BLANC de la commune "
               "de Val à Mr Louis PETIT\n" + _ITEM)
    assert names(doc) == ["Mme Anne DUMAS", "M. Paul RIVIÈRE", "M. Louis PETIT", "M. Marc VALLON",
                             "Mme Hélène ROCHE"]
    assert [(doc.name(p.giver), doc.name(p.holder)) for p in doc.proxies] == [
        ("Mme Julie NOIR", "Mme Anne DUMAS"), ("M. Luc BLANC", "M. Louis PETIT")]


def test_a_dash_glued_to_a_first_name_in_a_dashed_list_and_a_name_ending_its_line() -> None:
    doc = read(_OPENING + "Etaient présents : Ms PETIT Paul – VALLON Jean-Marc - ROCHE Isabelle- BLANC Luc "
               "(adjoints) – DUMAS Anne\nAbsents excusés : NOIR Julie\n" + _ITEM)
    assert [n.split(maxsplit=1)[-1] for n in names(doc)] == [
        "Paul PETIT", "Jean-Marc VALLON", "Isabelle ROCHE", "Luc BLANC", "Anne DUMAS"]
    cut = read(_OPENING + "Présents : M. RIVIÈRE Paul ; Mme Marie- ROCHE ; M. PETIT Louis\n" + _ITEM)
    assert len(cut.present) == 3
    line = read(_OPENING + "Etaient présents :\nM. RIVIÈRE Paul\nMme DUMAS Anne\nM. PETIT Louis\n"
                "Formant la majorité des membres en exercice.\n" + _ITEM)
    assert names(line) == ["M. Paul RIVIÈRE", "Mme Anne DUMAS", "M. Louis PETIT"]
