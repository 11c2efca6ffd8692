"""Forms of the present list and of proxies met in the texts of new authorities (session s21,
set outside4): a name cut by the line's end in a list that commas separate. Short texts written
here."""

from __future__ import annotations

from functools import partial

import pytest

from .builders import names, proxies, sitting

_OPENING = ("PROCÈS-VERBAL DU CONSEIL MUNICIPAL\n"
            "L'an deux mille vingt-huit, le mardi 6 juin à dix-neuf heures, le Conseil municipal s'est réuni "
            "sous la présidence de M. Paul GARNIER, Maire.\n")

_sitting = partial(sitting, opening=_OPENING)


@pytest.mark.parametrize(("lists", "expected"), [
    pytest.param("Etaient présents : Mesdames et Messieurs\nPaul GARNIER, Léa MOREAU, Hugo\n"
                 "PERRIN, Anne BLANC, Claire VAN DER\nBERG, Louis ROUX, Marc\nFAURE (arrivé à 19 h 40)\n"
                 "Absents excusés : Rémi SIMON\n",
                 ["Paul GARNIER", "Léa MOREAU", "Hugo PERRIN", "Anne BLANC", "Claire VAN DER BERG",
                  "Louis ROUX", "Marc FAURE"], id="a-name-cut-by-the-line-end"),
    pytest.param("Etaient présents :\nGARNIER Paul, Maire\nMOREAU Léa, Adjointe\nPERRIN Hugo\n"
                 "Absents excusés : Rémi SIMON\n",
                 ["Paul GARNIER", "Léa MOREAU", "Hugo PERRIN"], id="one-name-a-line"),
    pytest.param("Présents : Commune de Brenac : / - Commune de Lirac : M. Paul GARNIER - "
                 "Commune de Sarlat : / - Commune de Vorey : Mme Léa MOREAU\nExcusés : M. Rémi SIMON\n",
                 ["M. Paul GARNIER", "Mme Léa MOREAU"], id="a-slash-for-no-one"),
    pytest.param("Présents : MM. GARNIER. ROUX.PERRIN. Mme MOREAU. MM. FAURE. SIMON.\n"
                 "Excusé : M. BLANC.\n",
                 ["M. GARNIER", "M. ROUX", "M. PERRIN", "Mme MOREAU", "M. FAURE", "M. SIMON"],
                 id="surnames-each-ended-by-a-full-stop"),
])
def test_the_present_list_is_read(lists: str, expected: list[str]) -> None:
    assert names(_sitting(lists)) == expected


def test_slashes_separate_a_list_printed_without_commas() -> None:
    doc = _sitting("Etaient présents : M Paul GARNIER (Maire) / Mme Léa MOREAU / M Hu- go PERRIN / "
                   "Mme Anne BLANC/ M Louis ROUX. Excusés : Mme Rose DUVAL / M Marc FAURE Procurations : "
                   "Mme Rose DUVAL à M Louis ROUX / M Marc FAURE à Mme Léa MOREAU. Lesquels membres présents "
                   "forment la majorité.\n")
    assert names(doc) == ["M. Paul GARNIER", "Mme Léa MOREAU", "M. Hu-go PERRIN", "Mme Anne BLANC",
                          "M. Louis ROUX"]
    assert proxies(doc) == [("Mme Rose DUVAL", "M. Louis ROUX"), ("M. Marc FAURE", "Mme Léa MOREAU")]


def test_an_initial_between_two_dotted_surnames_withholds_the_list() -> None:
    # « ROUX, P. PERRIN. »: the initial is ROUX's or PERRIN's; no list rather than a wrong one
    doc = _sitting("Présents : MM. GARNIER. ROUX, P. PERRIN. Mme MOREAU. MM. FAURE. SIMON.\n"
                   "Excusé : M. BLANC.\n")
    assert not doc.present


def test_givings_each_closed_by_its_bracket_without_separator() -> None:
    doc = _sitting("Présents : GARNIER Paul, MOREAU Anne-Lise, PERRIN Hugo, ROUX Louis.\n"
                   "Procurations : Rose DUVAL (pouvoir à AL MOREAU) SIMON Marc (pouvoir à H. PERRIN) "
                   "Léon FAURE (pouvoir à L ROUX) Secrétaire de séance : Hugo PERRIN\n")
    assert proxies(doc) == [("Rose DUVAL", "Anne-Lise MOREAU"), ("Marc SIMON", "Hugo PERRIN"),
                     ("Léon FAURE", "Louis ROUX")]


def test_a_list_cut_by_a_side_box_of_counts_closes_up_without_it() -> None:
    # the box « Nombre de membres … - présents : 5 » read line by line into the names beside it
    # (s24: its labels and figures taken out, the names close up; it was withheld before)
    doc = _sitting("Etaient présents : Mesdames et Messieurs Paul GARNIER, Léa Nombre de membres "
                   "MOREAU, Hugo PERRIN, Jean-Marc - présents : 5 ROUX, Anne BLANC\n"
                   "Excusé : M. Rémi SIMON ayant donné pouvoir à Jean-Marc ROUX\n")
    assert names(doc) == ["Paul GARNIER", "Léa MOREAU", "Hugo PERRIN", "Jean-Marc ROUX", "Anne BLANC"]
    assert proxies(doc) == [("M. Rémi SIMON", "Jean-Marc ROUX")]


def test_a_surname_printed_again_with_the_other_civility_is_another_member() -> None:
    doc = _sitting("ETAIENT PRESENTS : 5 M. GARNIER Mme ROUX Mme PERRIN M. FAURE M. ROUX "
                   "ETAIENT EXCUSES : 1 M. SIMON\n")
    assert names(doc) == ["M. GARNIER", "Mme ROUX", "Mme PERRIN", "M. FAURE", "M. ROUX"]
    assert len({p for p, _ in doc.present}) == 5
