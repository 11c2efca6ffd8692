"""Items of minutes: the numbered chain of the body, not the agenda's; codes; sections of one report."""

from __future__ import annotations

from registre.reading import read_text
from registre.reading.items import numbered_items, roman

MINUTES = """Conseil Municipal du 15 octobre 2015
Présents : Michèle BOURBIER, Bernard ROBERT, Michel LEBLANC

Ordre du jour
1. Renouvellement des branchements du réseau d'eau potable
2. Contentieux JOUBERT
3. Questions diverses

1. Renouvellement des branchements du réseau d'eau potable
Le conseil, après en avoir délibéré, décide des travaux.
Vote : Pour à l'unanimité.

2. Contentieux JOUBERT
Le conseil autorise le maire à ester en justice.
Pour : 12
Contre : 1

3. Questions diverses
Le maire informe le conseil du calendrier des travaux de la rue.
"""


def test_the_body_chain_is_kept_not_the_agenda() -> None:
    items = numbered_items(MINUTES)
    assert [(i.number, i.title) for i in items] == [
        ("1", "Renouvellement des branchements du réseau d'eau potable"), ("2", "Contentieux JOUBERT"),
        ("3", "Questions diverses")]
    assert items[0].start > MINUTES.index("Questions diverses")  # after the agenda


def test_minutes_yield_every_deliberation_with_its_own_vote() -> None:
    doc = read_text(MINUTES).document
    assert doc is not None and doc.kind.value == "minutes"
    got = [(d.parsed.number, d.parsed.printed_vote.for_ if d.parsed.printed_vote else None,
            d.parsed.printed_vote.unanimous if d.parsed.printed_vote else None) for d in doc.deliberations]
    assert got == [("1", None, True), ("2", 12, False), ("3", None, None)]


def test_codes_slashes_and_roman_numbers() -> None:
    coded = numbered_items("2019-03-01 REPARATION VITRAUX EGLISE\nAdopté à l'unanimité.\n\n"
                           "2019-03-02 LOCAL TECHNIQUE\nAdopté à l'unanimité.\n")
    assert [i.number for i in coded] == ["2019-03-01", "2019-03-02"]
    fargues = numbered_items("Délibération D2018-66\nObjet : approbation du procès-verbal\nPOUR 21\n\n"
                             "Délibération D2018-67\nObjet : vente de la parcelle AB 107\n"
                             "Adopté à l'unanimité\n")
    assert [(i.number, i.title) for i in fargues] == [("D2018-66", "approbation du procès-verbal"),
                                                      ("D2018-67", "vente de la parcelle AB 107")]
    slashes = numbered_items("1/ Motion ONF :\n14 votes pour\n2/ Etat d'assiettes des coupes :\n"
                             "14 votes pour\n")
    assert [i.number for i in slashes] == ["1", "2"]
    assert (roman("XIV"), roman("IIII"), roman("IV")) == (14, None, 4)


def test_sections_of_one_report_are_not_items() -> None:
    text = ("I. Présentation du campus\nLe campus rassemble des lycées.\n\n"
            "II. Les missions du campus\nIl forme aux métiers.\n\nLe Bureau, à l'unanimité, décide.\n")
    assert numbered_items(text) == []


DATED = """Procès-verbal du Conseil municipal
Séance du lundi 2 octobre 2028
Présents : Anne MARTIN, Paul DURAND, Léa PETIT

20281002 1-Délibération relative au tarif de la cantine,
Le conseil municipal, à l'unanimité, adopte le tarif.

20281002 2 2/ Écritures d'ordre du budget annexe
Le conseil municipal, à l'unanimité, approuve les écritures.

20281092 3 Vente d'herbe sur le terrain communal,
Le conseil municipal, à l'unanimité, approuve la vente.

20281002-4- Adressage des voies communales
Le conseil municipal, à l'unanimité, décide.

Récapitulatif
20281002 1 Délibération relative au tarif de la cantine
20281002 2 Écritures d'ordre du budget annexe
"""


def test_items_numbered_by_the_sitting_date_and_their_rank() -> None:
    """« AAAAMMJJ N Titre »: the rank printed again before a « / » is not the title; a code one
    figure off the others is OCR noise; a separator « - » is kept as printed; the summary at
    the end repeats the ranks and is not read again."""
    items = numbered_items(DATED)
    assert [(i.number, i.title) for i in items] == [
        ("20281002 1", "Délibération relative au tarif de la cantine,"),
        ("20281002 2", "Écritures d'ordre du budget annexe"),
        ("20281092 3", "Vente d'herbe sur le terrain communal,"),
        ("20281002-4", "Adressage des voies communales")]
    doc = read_text(DATED).document
    assert doc is not None and [d.parsed.number for d in doc.deliberations] == [i.number for i in items]
    assert all(d.parsed.printed_vote and d.parsed.printed_vote.unanimous for d in doc.deliberations)


def test_one_dated_item_makes_an_extract_and_other_codes_are_not_items() -> None:
    one = numbered_items("EXTRAIT DU REGISTRE\n\n20280609 1 ELECTION DES DELEGUES SENATORIAUX\n"
                         "Il est procédé au vote.\n")
    assert [(i.number, i.title) for i in one] == [("20280609 1", "ELECTION DES DELEGUES SENATORIAUX")]
    # Not a date (month 13), a code of another date two figures off, a figure of a table.
    assert numbered_items("20281302 1 Titre de la question\nAdopté.\n") == []
    mixed = numbered_items("20281002 1 Tarifs de la cantine\nAdopté.\n20271102 2 Autre séance citée\n"
                           "20281002 2 Vente d'herbe\nAdopté.\n")
    assert [i.number for i in mixed] == ["20281002 1", "20281002 2"]
    assert numbered_items("Total 41676 00\n12345678 9 Lignes du tableau\n") == []
