"""Texts wrapped in a narrow column (bench reading_robustness, form « narrow »): a label's words
or a vote's figure and its word on two lines are read as on one."""

from __future__ import annotations

import pytest

from registre.reading import read_text
from registre.reading.votes import read_vote


@pytest.mark.parametrize(("text", "against", "abstention"), [
    ("Le conseil municipal après discussion et vote par 2\nABSTENTIONS (M.DENISE — C.BOURRETTE) et 12 voix\n"
     "POUR :\n\nDECIDE :", None, 2),
    ("Le conseil, après en avoir délibéré, par 3\ncontre (M. A, M. B, Mme C) et 11 voix pour, approuve.",
     3, None),
])
def test_a_figure_ending_a_line_of_prose_counts_with_the_word_below(text: str, against: int | None,
                                                                     abstention: int | None) -> None:
    v = read_vote(text)
    assert v is not None
    assert (v.against, v.abstention) == (against, abstention)


@pytest.mark.parametrize("text", [
    "Votants 12\nAbstentions : 0\nPour 12",  # a table's label under a figure: not « 12 abstentions »
    "Votants 12\nAbstentions 0\nPour 12",
    "Pour 12\nContre 0\nAbstentions 0",
])
def test_a_table_figure_above_the_next_label_is_not_its_count(text: str) -> None:
    v = read_vote(text)
    assert v is not None
    assert v.abstention in (0, None) and v.against in (0, None)


def test_the_givers_label_wrapped_over_many_lines() -> None:
    text = ("Séance publique du jeudi 24 avril 2014\n\nLe Conseil Municipal de la Ville de Montpellier "
            "s'est réuni le jeudi 24 avril 2014.\nPrésents :\nFabien ABERT, Lorraine ACQUIER, Luc ALBERNHE.\n"
            "Absents ayant voté par\nprocuration en\napplication de l'article\nL 2121-20 du Code\n"
            "Général des Collectivités\nTerritoriales :\nStéphanie JANNIN, Bernard TRAVIER.\n\n"
            "Objet : Tarifs\nLe Conseil approuve.\nPour : 5\n")
    doc = read_text(text, "x").document
    assert doc is not None
    assert sorted(doc.name(p.giver) or "" for p in doc.proxies) == ["Bernard TRAVIER", "Stéphanie JANNIN"]


def test_a_figure_after_a_comma_ending_its_line() -> None:
    v = read_vote("le Conseil Municipal décide à la majorité (0 pour, 7\nabstentions, 3 contre) de ne pas "
                  "adhérer")
    assert v is not None and (v.for_, v.against, v.abstention) == (0, 3, 7)


def test_the_approval_of_earlier_minutes_wrapped_is_no_item_vote() -> None:
    from registre.reading.deliberation import mask_preliminaries
    text = ("Approbation du compte-rendu de la séance du 11 juin 2015 Le\ncompte-rendu de la séance du "
            "11 juin est approuvé à\nl'unanimité.\n\nCompte-rendu des décisions prises par le Maire")
    masked = mask_preliminaries(text)
    assert "unanimité" not in masked and len(masked) == len(text)


@pytest.mark.parametrize(("absent", "pairs"), [
    ("Mme Françoise FERNANDEZ ayant donné pouvoir à M. Didier\nBAGNERES, M. Yorgaël BECHADE ayant donné "
     "pouvoir à Mme Elif\nYORUKOGLU, M. Didier LASSERRE.",
     [("M. Yorgaël BECHADE", "Mme Elif YORUKOGLU"), ("Mme Françoise FERNANDEZ", "M. Didier BAGNERES")]),
    ("Mme Valérie MICHEL représentée par Mme Marion\nGODARD-PERRIN Mme Véronique CHALTON représentée par "
     "M. Guy\nPREVOST.",
     [("Mme Valérie MICHEL", "Mme Marion GODARD-PERRIN"), ("Mme Véronique CHALTON", "M. Guy PREVOST")]),
])
def test_a_holder_cut_by_the_line_end_is_read_whole(absent: str, pairs: list[tuple[str, str]]) -> None:
    text = ("COMMUNE DE TRUC\nSéance du 3 mai 2021\nLe conseil municipal s'est réuni le 3 mai 2021.\n"
            "Présents : M. Jean DUPONT, Mme Marion GODARD-PERRIN, M. Guy PREVOST, M. Didier BAGNERES, "
            "Mme Elif YORUKOGLU.\nAbsents excusés : " + absent + "\n\n1. Budget\nLe conseil approuve à "
            "l'unanimité.\n")
    doc = read_text(text, "x").document
    assert doc is not None
    assert sorted((doc.name(p.giver) or "", doc.name(p.holder) or "") for p in doc.proxies) == sorted(pairs)


@pytest.mark.parametrize(("head", "name"), [
    ("COMPTE RENDU DE LA SEANCE DU CONSEIL MUNICIPAL DE Villiers\nsur Morin DU 03 JUILLET 2019\n",
     "Villiers sur Morin"),
    ("Commune de Saint Julien\nles Rosiers\nSéance du 4 avril 2013\n", "Saint Julien les Rosiers"),
    ("Commune de Truc\nLe Conseil Municipal s'est réuni le 4 avril 2013.\n", "Truc"),
    # (a name joined by its hyphens is whole: the next line is a side box's, « Arrondissement d'Argentan »)
    ("EXTRAIT DU REGISTRE\nArrondissement de la Commune de PUTANGES-LE-LAC\nd'Argentan\n"
     "Séance du 9 Juin 2023\n", "Putanges-le-Lac"),
    ("Commune de Truc\nde Bas\nSéance du 9 Juin 2023\n", "Truc de Bas"),
])
def test_a_commune_name_wrapped_at_a_particle(head: str, name: str) -> None:
    body = "Présents : M. Jean DUPONT, Mme Marie DURAND.\n\n1. Budget\nApprouvé à l'unanimité.\n"
    doc = read_text(head + body, "x").document
    assert doc is not None and doc.authority is not None
    assert doc.authority == name or (name in doc.authority and name == "Villiers sur Morin")


def test_an_earlier_sitting_named_across_a_wrapped_line_is_not_the_sitting() -> None:
    text = ("Ville de La Frette sur Seine\n Séance du 12 Septembre 2008\n\nEtaient présents : M. CHEVIGNY, "
            "M. AUDEBERT, Mme HORNACEK.\n\nADOPTION DU PROCES-VERBAL DE LA SEANCE PRECEDENTE\n\n"
            "Monsieur le Maire rappelle les points traités au cours de la\nséance du 13 juin 2008.\n"
            "Aucune observation n'étant formulée, le procès-verbal de la\nséance du 13 juin 2008 est "
            "adopté.\n")
    doc = read_text(text, "x").document
    assert doc is not None and str(doc.session_date) == "2008-09-12"
