"""Forms of the present list and of proxies met in the texts of new authorities (session s21,
set outside4): a name cut by the line's end in a list that commas separate. Short texts written
here."""

from __future__ import annotations

from .builders import names, read

_OPENING = ("PROCÈS-VERBAL DU CONSEIL MUNICIPAL\n"
            "L'an deux mille vingt-huit, le mardi 6 juin à dix-neuf heures, le Conseil municipal s'est réuni "
            "sous la présidence de M. Paul GARNIER, Maire.\n")
_ITEM = "\n1) Budget primitif\nLe conseil adopte le budget à l'unanimité.\n"


def test_a_name_cut_by_the_line_end_in_a_comma_list() -> None:
    doc = read(_OPENING + "Etaient présents : Mesdames et Messieurs\nPaul GARNIER, Léa MOREAU, Hugo\n"
               "PERRIN, Anne BLANC, Claire VAN DER\nBERG, Louis ROUX, Marc\nFAURE (arrivé à 19 h 40)\n"
               "Absents excusés : Rémi SIMON\n" + _ITEM)
    assert names(doc) == ["Paul GARNIER", "Léa MOREAU", "Hugo PERRIN", "Anne BLANC", "Claire VAN DER BERG",
                          "Louis ROUX", "Marc FAURE"]


def test_a_list_of_one_name_a_line_keeps_its_line_breaks() -> None:
    doc = read(_OPENING + "Etaient présents :\nGARNIER Paul, Maire\nMOREAU Léa, Adjointe\nPERRIN Hugo\n"
               "Absents excusés : Rémi SIMON\n" + _ITEM)
    assert names(doc) == ["Paul GARNIER", "Léa MOREAU", "Hugo PERRIN"]


def test_slashes_separate_a_list_printed_without_commas() -> None:
    doc = read(_OPENING + "Etaient présents : M Paul GARNIER (Maire) / Mme Léa MOREAU / M Hu- go PERRIN / "
               "Mme Anne BLANC/ M Louis ROUX. Excusés : Mme Rose DUVAL / M Marc FAURE Procurations : "
               "Mme Rose DUVAL à M Louis ROUX / M Marc FAURE à Mme Léa MOREAU. Lesquels membres présents "
               "forment la majorité.\n" + _ITEM)
    assert names(doc) == ["M. Paul GARNIER", "Mme Léa MOREAU", "M. Hu-go PERRIN", "Mme Anne BLANC",
                          "M. Louis ROUX"]
    pairs = [(doc.name(p.giver), doc.name(p.holder)) for p in doc.proxies]
    assert pairs == [("Mme Rose DUVAL", "M. Louis ROUX"), ("M. Marc FAURE", "Mme Léa MOREAU")]


def test_a_slash_for_no_one_separates_nothing() -> None:
    doc = read(_OPENING + "Présents : Commune de Brenac : / - Commune de Lirac : M. Paul GARNIER - "
               "Commune de Sarlat : / - Commune de Vorey : Mme Léa MOREAU\nExcusés : M. Rémi SIMON\n" + _ITEM)
    assert names(doc) == ["M. Paul GARNIER", "Mme Léa MOREAU"]


def test_surnames_each_ended_by_a_full_stop() -> None:
    doc = read(_OPENING + "Présents : MM. GARNIER. ROUX.PERRIN. Mme MOREAU. MM. FAURE. SIMON.\n"
               "Excusé : M. BLANC.\n" + _ITEM)
    assert names(doc) == ["M. GARNIER", "M. ROUX", "M. PERRIN", "Mme MOREAU", "M. FAURE", "M. SIMON"]


def test_an_initial_between_two_dotted_surnames_withholds_the_list() -> None:
    # « ROUX, P. PERRIN. »: the initial is ROUX's or PERRIN's; no list rather than a wrong one
    doc = read(_OPENING + "Présents : MM. GARNIER. ROUX, P. PERRIN. Mme MOREAU. MM. FAURE. SIMON.\n"
               "Excusé : M. BLANC.\n" + _ITEM)
    assert not doc.present


def test_givings_each_closed_by_its_bracket_without_separator() -> None:
    doc = read(_OPENING + "Présents : GARNIER Paul, MOREAU Anne-Lise, PERRIN Hugo, ROUX Louis.\n"
               "Procurations : Rose DUVAL (pouvoir à AL MOREAU) SIMON Marc (pouvoir à H. PERRIN) "
               "Léon FAURE (pouvoir à L ROUX) Secrétaire de séance : Hugo PERRIN\n" + _ITEM)
    pairs = [(doc.name(p.giver), doc.name(p.holder)) for p in doc.proxies]
    assert pairs == [("Rose DUVAL", "Anne-Lise MOREAU"), ("Marc SIMON", "Hugo PERRIN"),
                     ("Léon FAURE", "Louis ROUX")]


def test_a_list_cut_by_a_side_box_of_counts_is_not_given() -> None:
    # the box « Nombre de membres … - présents : 5 » read line by line into the names beside it
    doc = read(_OPENING + "Etaient présents : Mesdames et Messieurs Paul GARNIER, Léa Nombre de membres "
               "MOREAU, Hugo PERRIN, Jean-Marc - présents : 5 ROUX, Anne BLANC\n"
               "Excusé : M. Rémi SIMON ayant donné pouvoir à Jean-Marc ROUX\n" + _ITEM)
    assert not doc.present
    pairs = [(doc.name(p.giver), doc.name(p.holder)) for p in doc.proxies]
    assert pairs == [("M. Rémi SIMON", "Jean-Marc ROUX")]


def test_a_surname_printed_again_with_the_other_civility_is_another_member() -> None:
    doc = read(_OPENING + "ETAIENT PRESENTS : 5 M. GARNIER Mme ROUX Mme PERRIN M. FAURE M. ROUX "
               "ETAIENT EXCUSES : 1 M. SIMON\n" + _ITEM)
    assert names(doc) == ["M. GARNIER", "Mme ROUX", "Mme PERRIN", "M. FAURE", "M. ROUX"]
    assert len({p for p, _ in doc.present}) == 5
