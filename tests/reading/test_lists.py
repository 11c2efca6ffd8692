"""Present and absent lists in every layout the issue lists."""

from __future__ import annotations

import pytest

from .builders import extract, names, read


def test_civility_first_name_surname() -> None:
    doc = read(extract("Étaient présents : M. Jean DUPONT, Mme Anne MARTIN\nÉtaient absents : M. Paul PETIT"))
    assert names(doc) == ["M. Jean DUPONT", "Mme Anne MARTIN"]
    assert names(doc, "absent") == ["M. Paul PETIT"]


def test_surname_then_first_name() -> None:
    doc = read(extract("Présents : DUPONT Jean, MARTIN Anne-Marie, LE GOFF Yann\nAbsents : PETIT Paul"))
    assert [(m.first, m.last) for m in doc.members][:3] == [
        ("Jean", "DUPONT"), ("Anne-Marie", "MARTIN"), ("Yann", "LE GOFF")]


def test_initials_before_or_after_the_surname() -> None:
    doc = read(extract("Présents : JL Bouchard, CAUQUIL R., M. J.-P. MOREL\nAbsents : M. Paul PETIT"))
    assert [(m.first, m.last) for m in doc.members][:3] == [("JL", "Bouchard"), ("R", "CAUQUIL"),
                                                            ("J.-P.", "MOREL")]


def test_group_civilities() -> None:
    doc = read(extract("Étaient présents : MM. DUPONT, MARTIN, Mmes LEROY et PETIT, "
                       "Mesdames et Messieurs GARNIER, FAURE\nAbsents : M. Paul BLANC"))
    got = {m.last: m.civility.value if m.civility else None for m in doc.members}
    assert got == {"DUPONT": "M.", "MARTIN": "M.", "LEROY": "Mme", "PETIT": "Mme", "GARNIER": None,
                   "FAURE": None, "BLANC": "M."}


def test_commune_headings_and_commune_in_brackets() -> None:
    doc = read(extract("Étaient présents : Amagney : M. Thomas JAVAUX, Besançon : Mme Elise AEBISCHER, "
                       "M. Hasni ALEM, M. Paul PETIT (Saint-Vit)\n"
                       "Étaient absents : Audeux : Mme Agnès BOURGEOIS"))
    communes = {m.last: m.commune for m in doc.members}
    assert communes == {"JAVAUX": "Amagney", "AEBISCHER": "Besançon", "ALEM": "Besançon",
                        "PETIT": "Saint-Vit", "BOURGEOIS": "Audeux"}


def test_separators_dashes_et_line_breaks_and_nothing() -> None:
    doc = read(extract("Présents : M. Jean DUPONT - Mme Anne MARTIN et M. Paul PETIT\nMme Lucie ROUX\n"
                       "Luc BLANC Julie NOIR\nAbsents : M. Marc VERT"))
    assert [m.last for m in doc.members] == ["DUPONT", "MARTIN", "PETIT", "ROUX", "BLANC", "NOIR", "VERT"]


def test_civility_split_from_its_name_by_a_line_break() -> None:
    doc = read(extract("Étaient présents : M. Jean DUPONT, Mme\nAnne MARTIN, M.\nPaul PETIT\n"
                       "Étaient absents : M. Marc VERT"))
    assert names(doc) == ["M. Jean DUPONT", "Mme Anne MARTIN", "M. Paul PETIT"]


def test_present_by_exception() -> None:
    doc = read(extract("Étaient présents : tous les membres en exercice à l'exception de M. Marc VERT "
                       "(pouvoir à M. le Maire) et Mme Julie NOIR\n"
                       "Sous la présidence de M. Jean DUPONT, Maire", in_office=9))
    assert names(doc, "absent") == ["M. Marc VERT", "Mme Julie NOIR"]
    assert len(doc.present) == 7
    assert computed(doc)["present"] == 7
    assert any("ne sont pas nommés" in w for w in doc.warnings)


def computed(doc):  # type: ignore[no-untyped-def]
    return doc.as_json()["deliberations"][0]["computed"]


def test_glued_first_names_are_split() -> None:
    doc = read(extract("Présents : JeanPierre DUPONT, MarieThérèse MARTIN\nAbsents : M. Paul PETIT"))
    assert [m.first for m in doc.members][:2] == ["Jean-Pierre", "Marie-Thérèse"]


def test_member_in_both_lists_with_complementary_spans_is_one_person() -> None:
    doc = read(extract("Étaient présents : M. Jean DUPONT, Mme Anne MARTIN (jusqu'à la question 3 incluse)\n"
                       "Étaient absents : M. Paul PETIT, Mme Anne MARTIN (à partir de la question 4)",
                       deliberation="Point n°5 : Budget\n\n"))
    assert [m.last for m in doc.members] == ["DUPONT", "MARTIN", "PETIT"]
    assert computed(doc)["present"] == 1


def test_names_with_initials_separated_by_dashes_and_lines() -> None:
    """Saint-Restitut: « C.FOROT —T.BUSIN — W.AUGUSTE : adjoints⏎… P.MATHIAS -— B.DUBOIS⏎C.BOURRETTE »."""
    from registre.reading import read_text

    doc = read_text("Etaient présents : C.FOROT —T.BUSIN — W.AUGUSTE : adjoints\n"
                    "F.THEOLAS — H.CHARANCON - S.MEARY- F.RUSSO — P.MATHIAS -— B.DUBOIS\nC.BOURRETTE\n\n"
                    "1. TARIFS\nAdopté à l'unanimité.\n2. VOIRIE\nAdopté à l'unanimité.\n").document
    assert doc is not None
    names = [m.display() for m in doc.members]
    assert len(names) == 10
    for last in ("AUGUSTE", "BOURRETTE", "BUSIN", "CHARANCON", "DUBOIS", "FOROT", "MATHIAS", "MEARY", "RUSSO",
                 "THEOLAS"):
        assert sum(last in n for n in names) == 1, (last, names)


@pytest.mark.parametrize(("printed", "expected"), [
    # Two councillors named by their first name alone, who share it: two members.
    ("Paul, Yves, Nelly, Agnès,\nMarc, Nelly, Adeline",
     ["Paul", "Yves", "Nelly", "Agnès", "Marc", "Nelly", "Adeline"]),
    # The same word twice in a row: repeated by the layout or the OCR, one member.
    ("Paul, Nelly, Nelly, Agnès, Marc", ["Paul", "Nelly", "Agnès", "Marc"]),
    # Names printed again with their neighbour: a line repeated, not homonyms.
    ("Paul, Yves, Nelly, Agnès, Marc, Nelly, Agnès", ["Paul", "Yves", "Nelly", "Agnès", "Marc"]),
    # A full name printed twice: a misprint, one member.
    ("Jean DUPONT, Anne MARTIN, Paul DURAND, Jean DUPONT", ["Jean DUPONT", "Anne MARTIN", "Paul DURAND"]),
])
def test_a_name_printed_twice_in_one_list(printed: str, expected: list[str]) -> None:
    doc = read(extract(f"Présents : {printed}\nAbsents : Louis"))
    assert names(doc) == expected


# Minutes with, further down, an extract of the same sitting whose present list names the
# members in full: two lists of one sitting merged, more names than members in office.
MERGED = """COMMUNE DE SAINT-EXEMPLE
Compte rendu du conseil municipal du 10 décembre 2019
Conseillers en exercice : 7
Présents : 6

Etaient présents : A.DURAND - B.MARTIN - C.PETIT - D.LEROY - E.MOREAU - F.SIMON
Absent excusé : G.LAURENT : procuration à A.DURAND

1. BUDGET PRIMITIF
Adopté à l'unanimité.

EXTRAIT DU REGISTRE DES DELIBERATIONS
PRESENTS : Alice DURAND, Bruno MARTIN, Claire PETIT, Denis LEROY, Emma MOREAU, Fabien SIMON
"""


def test_more_present_than_members_in_office_gives_no_list() -> None:
    doc = read(MERGED)
    assert doc.present == []
    assert any("liste des présents incohérente" in w for w in doc.warnings)
    assert doc.absent == ["g-laurent"]  # the proxy's holder is not said absent
    fitting = read(MERGED.replace("en exercice : 7", "en exercice : 13")
                   .replace("Présents : 6", "Présents : 12"))
    assert len(fitting.present) == 12  # (the two spellings are not merged)
    # 13 in office, but « Présents : 6 » printed: twelve names are still too many
    counted = read(MERGED.replace("en exercice : 7", "en exercice : 13"))
    assert counted.present == []
    assert any("liste des présents trop longue (12 noms pour 6" in w for w in counted.warnings)


@pytest.mark.parametrize(("printed", "given"), [
    # The list stops on a first name, its surname and the rest lost (a scan's side box).
    ("Présents : Paul DURAND, Anne MARTIN, Jean-Louis PETIT, Monique\n\n7 20 LEROY, Yves BLANC", False),
    ("Présents : Paul DURAND, Anne MARTIN, Jean-Louis PETIT, Marie-Claire,\n\n"
     "Le quorum étant atteint, le conseil peut délibérer.", False),
    # A role closing the list, a list of first names or of « SURNAME First name »: read.
    ("Présents : Paul DURAND, Anne MARTIN, Jean-Louis PETIT, Maire", True),
    ("Présents : Paul, Anne, Jean-Louis, Monique", True),
    ("Présents : DURAND Paul, MARTIN Anne, PETIT Jean, Monique", True),
])
def test_a_list_cut_after_a_first_name_is_not_given(printed: str, given: bool) -> None:
    doc = read(extract(printed + "\nAbsents : Louis BRUN", in_office=11))
    assert bool(doc.present) is given
    assert given or any("liste des présents coupée" in w for w in doc.warnings)


@pytest.mark.parametrize("label", ["Etaient présents :", "Etaients présents :", "Étaient présentes :"])
def test_the_present_label_with_a_stray_letter(label: str) -> None:
    doc = read(extract(f"{label} MM. Paul DURAND, Anne MARTIN, Jean PETIT\nAbsents : Louis BRUN"))
    assert [n.split()[-1] for n in names(doc)] == ["DURAND", "MARTIN", "PETIT"]
