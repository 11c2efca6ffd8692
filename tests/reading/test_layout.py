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


# The extract's title under the header, after the side box's lines: its own number alone on a
# line (« n° 2014 / 144 »), the title centred below the main column, the rapporteur named before
# the verb (« Monsieur le Maire, Philippe SAUREL, rapporte : »).
SIDE_TITLED = """                                   Séance publique du
                                   jeudi 24 avril 2014

    Extrait du registre des        Convoqué le 17 avril 2014, le Conseil Municipal de la Ville de Montpellier s'est réuni en
    délibérations du Conseil       mairie, Salle du Conseil Municipal, le jeudi 24 avril 2014 à 18h00, sous la présidence de
    Municipal de la Ville de       Monsieur le Maire, Philippe SAUREL.
    Montpellier                    Présents :
    n° 2014 / 144                   Fabien ABERT,Lorraine ACQUIER,Luc ALBERNHE,Rémi ASSIE, Guy BARRAL,Maud BODKIN
                                   Valérie BARTHAS-ORSAL, Françoise BONNET,Sabria BOUALLAGA, Anne BRISSAUD

                                   Absents :
                                   Patrick VIGNAL
{gap}
                              {first}
      Election d'un Adjoint au Maire
  Monsieur le Maire, Philippe SAUREL, rapporte :
  Il est proposé au Conseil municipal de procéder à l'élection d'un adjoint, sur le fondement de l'article
  L 2122-7-2 du Code Général des Collectivités Territoriales, au scrutin secret et à la majorité absolue.
  Le Conseil Adopte.
"""


def _titled(gap: str, first: str) -> str:
    return SIDE_TITLED.replace("{gap}", gap).replace("{first}", first)


def test_the_title_under_a_side_box_stays_with_its_rapporteur() -> None:
    for gap, first in (("", "Adjoints au Maire"), ("\n\n", "Adjoints au Maire")):
        out = columns(_titled(gap, first))
        # (the side box's lines come before the title, not between the title and the rapporteur)
        assert out.index("n° 2014 / 144") < out.index("Adjoints au Maire") < out.index("Election d'un")
        assert out.index("Patrick VIGNAL") < out.index("Extrait du registre des")


def test_the_extract_number_alone_on_its_line_and_the_title_before_the_rapporteur() -> None:
    doc = read_text(_titled("\n\n", "Adjoints au Maire")).document
    assert doc is not None and len(doc.deliberations) == 1
    p = doc.deliberations[0].parsed
    assert "".join((p.number or "").split()) == "2014/144"
    assert p.title == "Adjoints au Maire Election d'un Adjoint au Maire"
    assert p.rapporteur is not None and p.rapporteur.raw == "Philippe SAUREL"


def test_a_number_named_in_a_sentence_or_dated_is_not_the_extract_number() -> None:
    text = _titled("", "Adjoints au Maire").replace(
        "    n° 2014 / 144                 ", "    Vu la délibération           ").replace(
        "  Il est proposé", "  n° 2011 / 333 du 20 juin 2011\n  Il est proposé")
    doc = read_text(text).document
    assert doc is not None and doc.deliberations
    number = doc.deliberations[0].parsed.number
    assert number is None or "2011" not in number
