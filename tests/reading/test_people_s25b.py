"""Forms of the present list and of proxies met in the texts of authorities never seen (session
s25, round 8, second pass). Short texts written here, none copied from the outside texts."""

from __future__ import annotations

from functools import partial

from .builders import names, proxies, read, sitting

_OPENING = ("PROCÈS-VERBAL DU CONSEIL MUNICIPAL DE VERNOLLES\n"
            "L'an deux mille vingt-six, le 12 mars à 20 heures, le conseil municipal s'est réuni "
            "sous la présidence de M. Paul ROUX, Maire.\n")

_sitting = partial(sitting, opening=_OPENING)


def test_members_absent_heading_and_a_comma_before_the_giving_bracket() -> None:
    # « Membres absents : », « Conseillers Municipaux absents : »; « X, (procuration à Y) »: a
    # comma left between the giver and its bracket
    doc = _sitting("Membres présents : Paul ROUX, Anne BLANC, Hugo PERRIN, Léa GARNIER.\n"
                   "Membres absents : Marc FAURE (procuration à Anne BLANC), Louis DUVAL (excusé), "
                   "Rémi SIMON, (procuration à Hugo PERRIN).\n")
    assert proxies(doc) == [("Marc FAURE", "Anne BLANC"), ("Rémi SIMON", "Hugo PERRIN")]
    assert names(doc) == ["Paul ROUX", "Anne BLANC", "Hugo PERRIN", "Léa GARNIER"]
    doc = _sitting("Conseillers Municipaux absents : Mme FAURE (pouvoir à M. PERRIN), M. DUVAL.\n")
    assert proxies(doc) == [("Mme FAURE", "M. PERRIN")]


def test_absent_who_gave_a_proxy_headings() -> None:
    # « Absents qui ont donné pouvoir : X qui a donné pouvoir à Y, … »
    doc = _sitting("Etaient présents : M. Paul ROUX, Mme Anne BLANC, M. Hugo PERRIN\n\n"
                   "-Absents qui ont donné pouvoir : M. Marc FAURE qui a donné pouvoir à M. Hugo PERRIN, "
                   "Mme Léa GARNIER qui a donné pouvoir à Mme Anne BLANC\n\n")
    assert proxies(doc) == [("M. Marc FAURE", "M. Hugo PERRIN"), ("Mme Léa GARNIER", "Mme Anne BLANC")]
    # « Était absente avec procuration » alone on its line, the giving on the next one
    doc = _sitting("Étaient présents :\n  • M. Paul ROUX,\n  • M. Hugo PERRIN\n\n"
                   "Était absente avec procuration\n\n  • Mme Garnier Léa pouvoir à M.PERRIN.\n\n"
                   "formant la majorité des membres en exercice.\n\n")
    assert proxies(doc) == [("Mme Garnier Léa", "M. Hugo PERRIN")]


def test_a_giving_sentence_run_into_the_end_of_the_present_list() -> None:
    # « …, BLANC Anne M. FAURE Marc donne procuration à M. ROUX Paul⏎Excusés : … »
    doc = _sitting("Étaient présents : MM. et Mmes ROUX Paul, PERRIN Hugo, BLANC Anne M. FAURE Marc donne "
                   "procuration à M. ROUX Paul\nExcusés : M. DUVAL Louis, Mme GARNIER Léa\n")
    assert names(doc) == ["Paul ROUX", "Hugo PERRIN", "Anne BLANC"]
    assert proxies(doc) == [("M. Marc FAURE", "Paul ROUX")]


def test_a_full_stop_glued_to_the_next_civility_separates_two_names() -> None:
    # « M. Jean ALLEGRE .Mme Anne MICHEL »: the stop printed for the comma
    doc = _sitting("Présents : (4) M. Paul ROUX, Maire, M. Hugo PERRIN .Mme Anne BLANC, M. Marc FAURE\n"
                   "Absents : M. Louis DUVAL\n")
    assert names(doc) == ["M. Paul ROUX", "M. Hugo PERRIN", "Mme Anne BLANC", "M. Marc FAURE"]


def test_a_giving_whose_to_is_left_out_after_the_verb() -> None:
    # « Mme X a donné pouvoir Mme Y », one line among givings printed with their « à »
    doc = _sitting("Présents : M. ROUX, Mme BLANC, M. PERRIN.\n\nAbsent ayant donné pouvoir :\n\n"
                   "M. FAURE a donné pouvoir à M. PERRIN\nMme GARNIER a donné pouvoir Mme BLANC\n\n")
    assert proxies(doc) == [("M. FAURE", "M. PERRIN"), ("Mme GARNIER", "Mme BLANC")]


def test_one_member_absent_and_the_giving_given_by() -> None:
    # « Est absente et excusée : Mme X. Pouvoir a été donné par : Mme X à M. Y. »
    doc = _sitting("Sont présents : M. ROUX Paul, Mme BLANC Anne, M. PERRIN Hugo. Est absente et excusée : "
                   "Mme GARNIER Léa. Pouvoir a été donné par : Mme GARNIER Léa à M. PERRIN Hugo. Le quorum "
                   "étant atteint, le Conseil Municipal peut valablement délibérer.\n")
    assert names(doc) == ["M. Paul ROUX", "Mme Anne BLANC", "M. Hugo PERRIN"]
    assert names(doc, "absent") == ["Mme Léa GARNIER"]
    assert proxies(doc) == [("Mme Léa GARNIER", "M. Hugo PERRIN")]


def test_a_page_title_copying_the_absent_sentence_above_the_first_heading() -> None:
    # A document-sharing page titled by a sentence of the record (« Est absente et excusée : … »),
    # then the first deliberation's heading, then the lists: the lists below are read
    text = ("Est absente et excusée : Mme GARNIER Léa. Le quorum étant atteint, le Conseil Municipal peut "
            "valablement délibérer.\n\nTranscription\n\n"
            "DELIBERATION N° 5 Délégations consenties au Maire\n"
            "Conseil municipal de Vernolles. Séance du 12 mars 2026.\n"
            "Sont présents : M. ROUX Paul, Mme BLANC Anne, M. PERRIN Hugo, M. FAURE Marc. "
            "Est absente et excusée : Mme GARNIER Léa. Le quorum étant atteint, le Conseil Municipal "
            "peut valablement délibérer.\n\nLe Conseil Municipal, après en avoir délibéré, à l'unanimité, "
            "DÉCIDE de déléguer au Maire les attributions prévues.\n")
    doc = read(text)
    assert names(doc) == ["M. Paul ROUX", "Mme Anne BLANC", "M. Hugo PERRIN", "M. Marc FAURE"]


def test_absent_represented_givers_without_their_holders() -> None:
    # « Étaient absents représentés : M. X, Dr Y. »: each gave a proxy, its holder not printed
    doc = _sitting("Étaient présents :\n\nM. Paul ROUX, Mme Anne BLANC, M. Hugo PERRIN.\n\n"
                   "Étaient absents représentés : M. Marc FAURE, Dr Léa GARNIER.\n\n"
                   "Étaient absents non représentés : M. Louis DUVAL.\n\n")
    assert proxies(doc) == [("M. Marc FAURE", None), ("Léa GARNIER", None)]
