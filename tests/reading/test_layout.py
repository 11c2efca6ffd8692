"""Layout stage: side-by-side columns of a text page put one after the other; tables left alone."""
# ruff: noqa: E501 — the layout under test is a page of text, its lines as long as printed

from __future__ import annotations

from registre.reading import read_text
from registre.reading.layout import columns

SIDE = """                                   Séance publique du
                                   jeudi 24 avril 2014

    Direction des Relations aux
    Publics
                                   Convoqué le 17 avril 2014, le Conseil Municipal de la Ville de Montpellier s'est réuni en
    Extrait du registre des        mairie, Salle du Conseil Municipal, le jeudi 24 avril 2014 à 18h00, sous la présidence de
    délibérations du Conseil       Monsieur le Maire, Philippe SAUREL.
    Municipal de la Ville de       Présents :
    Montpellier                     Fabien ABERT,Lorraine ACQUIER,Luc ALBERNHE,Rémi ASSIE, Guy BARRAL,Maud BODKIN
                                   Valérie BARTHAS-ORSAL, Françoise BONNET,Sabria BOUALLAGA, Anne BRISSAUD
    n° 2014 / 140                  Chantal LEVY-RAMEAU, Nicole LIZA,Audrey LLEDO,Henri MAILLET.

Délibération n° 2014/140 : Création d'une mairie annexe
Le Conseil municipal, à l'unanimité, ADOPTE.
"""

TABLE = """Le conseil adopte :
POUR                  21
CONTRE                0
ABSTENTION            0
POUR                  21
CONTRE                0
"""


def test_a_side_column_is_put_after_the_main_one() -> None:
    out = columns(SIDE)
    lines = out.splitlines()
    assert "Montpellier" in lines  # the side column's words on lines of their own
    assert any(line.startswith("Fabien ABERT,Lorraine") for line in lines)
    assert out.index("Présents :") < out.index("Extrait du registre des")


def test_the_side_column_no_longer_lands_in_the_present_list() -> None:
    doc = read_text(SIDE).document
    assert doc is not None
    names = [doc.name(p) or "" for p, _ in doc.present]
    assert "Fabien ABERT" in names and not any("Montpellier" in n for n in names)
    assert len(names) == 14


# The same page with a table below, whose rows gather as many lines at its first column
# as the side-by-side region holds: the region's column is still found.
SIDE_THEN_TABLE = SIDE + """
Les indemnités sont fixées comme suit :
Fonction                Nombre                     Taux
Maire                   1                          55%
Adjoints                8                          22%
Conseillers             12                         6%
Délégués                3                          6%
"""


def test_a_table_lower_down_does_not_hide_the_side_column() -> None:
    out = columns(SIDE_THEN_TABLE)
    assert "Montpellier" in out.splitlines()
    assert "Maire                   1                          55%" in out  # the table as printed
    doc = read_text(SIDE_THEN_TABLE).document
    assert doc is not None
    names = [doc.name(p) or "" for p, _ in doc.present]
    assert "Fabien ABERT" in names and not any("Montpellier" in n for n in names)


# The same page with, lower down, a table of labels and values whose values start near the
# main column: a run with more lines side by side than the header's, and both are unfolded.
SIDE_THEN_TERMS = SIDE + """
La société a obtenu un prêt aux conditions suivantes :

    Prêteur                       LA BANQUE DES TERRITOIRES ET DES COMMUNES
    Emprunteur                    SOCIETE D'AMENAGEMENT DE LA REGION DU SUD
    Objet                         Financement de la zone d'activités réalisée en concession
    Nature                        Prêt à taux variable sur une durée maximum de cinq ans
    Montant maximum               Deux millions cinq cent mille euros, en une seule fois
    Durée maximum                 Cinq ans, dont une année de différé d'amortissement
"""


def test_a_longer_run_lower_down_does_not_hide_the_header_one() -> None:
    lines = columns(SIDE_THEN_TERMS).splitlines()
    assert "Montpellier" in lines
    doc = read_text(SIDE_THEN_TERMS).document
    assert doc is not None
    names = [doc.name(p) or "" for p, _ in doc.present]
    assert "Fabien ABERT" in names and not any("Montpellier" in n for n in names)


def test_tables_and_plain_text_are_left_alone() -> None:
    assert columns(TABLE) == TABLE
    plain = "Présents : Jean DUPONT, Anne MARTIN\nLe Conseil adopte.\n"
    assert columns(plain) == plain
