"""Forms of the present list and of proxies met in the texts of authorities never seen (session
s25, round 8). Short texts written here, none copied from the outside texts."""

from __future__ import annotations

from functools import partial

from .builders import names, proxies, sitting

_OPENING = ("COMPTE RENDU DU COMITÉ SYNDICAL\n"
            "L'an deux mille vingt-sept, le 9 du mois de mai à 18 heures, se sont réunis les membres du "
            "comité syndical du syndicat des eaux de Testval, dûment convoqués.\n")

_sitting = partial(sitting, opening=_OPENING)


def test_headings_with_an_s_in_brackets_and_a_substitute_before_a_civility() -> None:
    # « Présent(s) : », « Absent(s) excusé(s) : »; « X suppléant M. Y », « X remplaçante de M. Y »:
    # the titular named after the substitute is absent, not present
    doc = _sitting("Présent(s) : M. GARNIER Paul (Lirac) ; Mme MOREAU Léa (Lirac) ; M PERRIN Hugo suppléant "
                   "M. SIMON Rémi (Vorey) ; Mme BLANC Anne remplaçante de M. FAURE Marc (Brenac) ; "
                   "M. ROUX Louis (Sarlat). Absent(s) excusé(s) : M. SIMON Rémi (Vorey) ; "
                   "M. FAURE Marc (Brenac).\n")
    assert names(doc) == ["M. Paul GARNIER", "Mme Léa MOREAU", "M. Hugo PERRIN", "Mme Anne BLANC",
                          "M. Louis ROUX"]
    assert names(doc, "absent") == ["M. Rémi SIMON", "M. Marc FAURE"]


def test_also_present_and_a_name_cut_after_its_civility_by_a_page() -> None:
    # « Etaient également présents : », the last name cut after « M. » by a blank line, then the
    # absent « Etait absent excusés : X, pouvoir donné à Y »
    doc = _sitting("Etaient également présents : M. Roux, Mme Blanc, Adjoints, M. Perrin, M.\n\n"
                   "Faure Conseillers Municipaux, formant la majorité des membres en exercice.\n\n"
                   "Etait absent excusés : M. Simon, pouvoir donné à M. Perrin, Etait absent non excusés : "
                   "Mme Garnier\n\n")
    assert names(doc) == ["M. Roux", "Mme Blanc", "M. Perrin", "M. Faure"]
    assert proxies(doc) == [("M. Simon", "M. Perrin")]


def test_givings_one_a_line_without_a_verb_after_the_absent_list() -> None:
    doc = _sitting("Étaient présents :\n\nMonsieur Paul ROUX, Madame Anne BLANC, Monsieur Hugo PERRIN\n\n"
                   "Étaient absents :\n\nMonsieur Rémi SIMON – Madame Léa GARNIER\n\n"
                   "Le nombre de présents est de 3, le nombre de votants est de 5 dont 2 procurations.\n\n"
                   "-Monsieur SIMON procuration à Monsieur PERRIN\n\n"
                   "-Madame GARNIER procuration à Madame BLANC\n\n")
    assert proxies(doc) == [("M. Rémi SIMON", "M. Hugo PERRIN"), ("Mme Léa GARNIER", "Mme Anne BLANC")]


def test_givers_and_holders_paired_respectively() -> None:
    doc = _sitting("PRESENTS : Tous les membres en exercice sauf :\n\n"
                   "ABSENTS EXCUSES : Léa GARNIER, Rémi SIMON et Anne BLANC qui avaient respectivement donné "
                   "procuration à Paul ROUX, Hugo PERRIN et Marc FAURE. Et Louis DUVAL.\n\n")
    assert proxies(doc) == [("Léa GARNIER", "Paul ROUX"), ("Rémi SIMON", "Hugo PERRIN"),
                            ("Anne BLANC", "Marc FAURE")]


def test_delegates_grouped_by_commune_after_pour() -> None:
    # « MM X et Y pour COMMUNE », the groups apart by two blanks or a comma; a surname printed again
    # with another initial in another group is another member
    doc = _sitting("Étaient présents :\n\n MM ROUX, FAURE et Mme BLANC pour SAINT-PAUL LES BOIS  "
                   "MM PERRIN et P. DUVAL pour LIRAC, M. SIMON et Mme MOREAU pour LA FERTÉ SUR LOIR  "
                   "Mme NOIR et M. DUVAL pour VOREY\n\nEtait absent excusé :  M. GARNIER pour BRENAC\n\n"
                   "Pouvoir :  M. GARNIER donne pouvoir à M. SIMON\n\n")
    assert names(doc) == ["M. ROUX", "M. FAURE", "Mme BLANC", "M. PERRIN", "M. P. DUVAL", "M. SIMON",
                          "Mme MOREAU", "Mme NOIR", "M. DUVAL"]
    assert names(doc, "absent") == ["M. GARNIER"]


def test_each_entry_followed_by_what_the_member_stands_for() -> None:
    doc = _sitting("Sont présents : Mme ROUX, représentant la métropole ; M. FAURE, représentant les "
                   "enseignants de l école ; M. PERRIN, personnalité qualifiée ; Mme BLANC (suppléante de "
                   "Mme NOIR), représentant les étudiants ; M. SIMON, représentant la Ville Pouvoir : "
                   "Absentes :\n\n")
    assert names(doc) == ["Mme ROUX", "M. FAURE", "M. PERRIN", "Mme BLANC", "M. SIMON"]


def test_a_side_box_count_inside_the_list() -> None:
    # « Nombre de conseillers élus : 7 » read into the list, which goes on after its figure
    doc = _sitting("Etaient présents : Mesdames ROUX A., BLANC M.F., Messieurs PERRIN H., "
                   "Nombre de conseillers élus : 7 FAURE M., SIMON R. Conseillers en fonction : 7 "
                   "Conseillers présents : 5 Secrétaire de séance : Mme ROUX A.\n")
    assert names(doc) == ["Mme A ROUX", "Mme M.F BLANC", "M. H PERRIN", "M. M FAURE", "M. R SIMON"]


def test_givings_of_a_table_flattened_column_by_column() -> None:
    doc = _sitting("PRESENTS : M. Paul ROUX, Maire, Mme BLANC, M. PERRIN, Adjoints, M. FAURE, Mme NOIR, "
                   "Conseillers Municipaux.\nABSENTS EXCUSES :\nMme MOREAU qui a donné\nM. SIMON qui a donné "
                   "pouvoir pouvoir à à Mme BLANC\nM. FAURE\n\n")
    assert proxies(doc) == [("Mme MOREAU", "Mme BLANC"), ("M. SIMON", "M. FAURE")]
    assert names(doc) == ["M. Paul ROUX", "Mme BLANC", "M. PERRIN", "M. FAURE", "Mme NOIR"]


def test_titulars_and_substitutes_with_a_vote_and_a_side_box_of_stamps() -> None:
    doc = _sitting("TITULAIRES PRESENTS AVEC VOTE: ROUX Paul, Certifiée exécutoire le 02/05/2027 BLANC Anne, "
                   "PERRIN Hugo Affichée le 02/05/2027 FAURE Marc, NOIR Eve SUPPLEANTS PRESENTS AVEC VOTE : "
                   "SIMON Rémi, SUPPLEANTS PRESENTS SANS VOTE : DUVAL Léa, EXCUSES: MOREAU Jean (donne "
                   "procuration à ROUX Paul), GARNIER Luc, Secrétaire : BLANC Anne\n\n")
    assert names(doc) == ["Paul ROUX", "Anne BLANC", "Hugo PERRIN", "Marc FAURE", "Eve NOIR", "Rémi SIMON"]
    assert proxies(doc) == [("Jean MOREAU", "Paul ROUX")]


def test_a_double_surname_with_a_slash_gives_a_proxy_in_brackets() -> None:
    doc = _sitting("Présents :Monsieur Paul ROUX, Maire, Mmes BLANC, DUVAL/NOIR, MM. PERRIN, FAURE. "
                   "Absents :Mme MOREAU/SIMON (pouvoir à Mme DUVAL/NOIR),M. GARNIER (pouvoir à M. PERRIN) "
                   "Secrétaire : M. FAURE\n")
    assert proxies(doc) == [("Mme MOREAU SIMON", "Mme DUVAL NOIR"), ("M. GARNIER", "M. PERRIN")]


def test_member_bodies_heading_their_communes_delegates() -> None:
    # « Communauté de Communes X : Commune : Prénom Nom / : Prénom Nom » (a commune's name lost)
    doc = _sitting("Etaient présents : Communauté de Communes du Val Clair : Lirac : Paul Roux / Vorey : "
                   "Anne Blanc / : Hugo Perrin / Sarlat : Marc Faure Communauté de Communes des Monts : "
                   "Brenac : Léa Moreau / : Rémi Simon / Lodève : Eve Noir\n\n"
                   "Etaient absents : Communauté de Communes du Val Clair : Lirac : Jean Duval\n\n")
    assert names(doc) == ["Paul Roux", "Anne Blanc", "Hugo Perrin", "Marc Faure", "Léa Moreau", "Rémi Simon",
                          "Eve Noir"]


def test_an_abbreviated_office_after_a_name_is_no_part_of_it() -> None:
    # « JEAN-CHARLES Christian 1er Adjt, ROUSSEAU Marcel 2ème Adjt, SEREMES Constance 3ème, Adjt, … »
    doc = _sitting("PRESENTS : ROUX Paul, Maire, BLANC Anne 1er Adjt, PERRIN Hugo 2ème Adjt, "
                   "FAURE Marc 3ème, Adjt, NOIR Eve, SIMON Rémi\n\n")
    assert names(doc) == ["Paul ROUX", "Anne BLANC", "Hugo PERRIN", "Marc FAURE", "Eve NOIR", "Rémi SIMON"]


def test_givings_a_paragraph_each_with_their_spans_in_words() -> None:
    # « … a donné pouvoir à Monsieur X jusqu'au rapport n 14. ⏎⏎ … à partir du rapport n°15. »:
    # every giving read, its span too (« à partir du rapport » is no prose ending the list).
    doc = _sitting("Sont présents :\n\nMesdames et Messieurs Paul ROUX, Anne BLANC, Hugo PERRIN, "
                   "Marc FAURE.\n\n"
                   "Absents excusés ayant donné pouvoir :\n\n"
                   "Monsieur Jean MOREAU a donné pouvoir à Madame Anne BLANC.\n\n"
                   "Madame Eve NOIR a donné pouvoir à Monsieur Hugo PERRIN jusqu'au rapport n°14.\n\n"
                   "Monsieur Rémi SIMON a donné pouvoir à Monsieur Marc FAURE à partir du rapport n°15.\n\n"
                   "Madame Léa DUVAL a donné pouvoir à Monsieur Paul ROUX à partir du rapport n°21.\n\n")
    assert [g for g, _ in proxies(doc)] == ["M. Jean MOREAU", "Mme Eve NOIR", "M. Rémi SIMON",
                                            "Mme Léa DUVAL"]
    assert [p.span is not None for p in doc.proxies] == [False, True, True, True]
