"""Forms of writing met in scanned minutes read by OCR: the authority in the opening sentence,
names cut by line breaks, OCR's confusions (issue 14, part 5). Short texts written here."""

from __future__ import annotations

from registre.core.vocabulary import AuthorityKind
from registre.reading.header import authority


def _name(text: str) -> str | None:
    return authority(text, text)[0]


def test_the_opening_sentence_names_the_commune_across_a_line_break() -> None:
    text = ("COMPTE RENDU DU CONSEIL MUNICIPAL DU MARDI 3 MAI 2029\n\n"
            "L'an deux mille vingt-neuf, le 3 mai, le Conseil Municipal de la commune de SAINT\n"
            "VALLIER (Drôme), s'est réuni en session ordinaire à la Mairie.\n")
    assert authority(text, text) == ("Saint Vallier", AuthorityKind.COMMUNE)
    # OCR: « Municipai », braces for brackets, the bracket on the next line.
    braces = "le Conseil Municipai de la commune de SAINT VALLIER\n{Drôme}, s'est réuni"
    assert _name(braces) == "Saint Vallier"
    # A hyphen ending the line joins the two parts.
    assert _name("les membres du Conseil Municipal de la Commune de BOURG-LA-\nREINE, convoqués le 2 mai"
                 ) == "Bourg-la-Reine"


def test_a_name_cut_by_a_side_box_is_not_taken_when_the_header_prints_it_whole() -> None:
    """A scan's side box read between the lines: the opening sentence's name runs into the box's
    words; the header's « Commune de … » on one line is taken instead."""
    text = ("EXTRAIT DU REGISTRE DES DELIBERATIONS\nCommune de BOURG-LA-REINE\n\n"
            "Séance du 9 juin 2029\n\nles membres du Conseil Municipal de la commune de Bourg-\n"
            "Nombre de la-Reine, convoqués le 6 juin, se sont réunis\n")
    assert _name(text) == "Bourg-la-Reine"
    # « Commune de PUTANGES-⏎ » cut at its hyphen: the opening sentence gives it whole.
    cut = ("Commune de VILLERS-\nL'an deux mil dix-neuf, les membres du Conseil Municipal de la Commune "
           "de VILLERS-\nCOTTERETS convoqués le 2 mars")
    assert _name(cut) == "Villers-Cotterets"


def test_le_and_du_end_a_name_unless_a_word_of_the_name_follows() -> None:
    assert _name("Commune de PUTANGES LE LAC\nL'an deux mil seize") == "Putanges le Lac"
    assert _name("Commune de Tronget le 12 mars 2029") == "Tronget"
    assert _name("Commune de Tronget le Maire étant absent") == "Tronget"
    assert _name("COMMUNE DE PREUILLY SUR CLAISE\nSéance") == "Preuilly sur Claise"


def test_braces_read_for_brackets_are_brackets() -> None:
    from registre.reading.normalise import normalise

    assert normalise("SAINT VALLIER {Drôme}, s'est réuni") == "SAINT VALLIER (Drôme), s'est réuni"
    mixed = normalise("I.MARTIN {arrivée en retard) et 1^{er} adjoint")
    assert mixed == "I.MARTIN (arrivée en retard) et 1er adjoint"
    assert normalise("le stade (voir plan} ici") == "le stade (voir plan) ici"


OCR_LIST = """COMPTE RENDU DU CONSEIL MUNICIPAL DU MARDI 3 MAI 2029

L'an deux mille vingt-neuf, le 3 mai, le Conseil Municipal de la commune de SAINT VALLIER
(Drôme), s'est réuni en session ordinaire à la Mairie.

Etaient présents : A.ROCHE — B.VIDAL W.GARNIER : adjoints
C.FABRE = D.BRUN — E.LEROY {arrivée en cours de séance)
F.COLIN

Etaient absents excusés :

G.MOREL : procuration à A.ROCHE

1. TARIFS DE LA CANTINE
Adopté à l'unanimité.

2. VENTE D'HERBE
Adopté à l'unanimité.
"""


def test_a_list_of_initials_whose_dashes_ocr_lost_or_misread() -> None:
    """« B.VIDAL W.GARNIER » (dash lost), « C.FABRE = D.BRUN » (« = » for a dash), a name after
    a bracket at the end of a line: one member each."""
    from registre.reading import read_text

    doc = read_text(OCR_LIST).document
    assert doc is not None
    assert [doc.name(p) for p, _ in doc.present] == [
        "A.ROCHE", "B.VIDAL", "W.GARNIER", "C.FABRE", "D.BRUN", "E.LEROY", "F.COLIN"]
    assert doc.authority == "Saint Vallier"


def test_figures_read_as_letters_after_a_counts_label() -> None:
    """« l », « I », « | » for 1 and « O » for 0 in a head-count or a vote, with a real figure
    in the token; elsewhere (an article, a word) nothing is changed."""
    from registre.reading import read_text
    from registre.reading.normalise import normalise

    assert normalise("Présents : l2\nVotants : 1O\nPour : I4") == "Présents : 12\nVotants : 10\nPour : 14"
    untouched = "Article : I5 du code\nObjet : Ile de loisirs"
    assert normalise(untouched) == untouched
    assert normalise("Contre : O") == "Contre : O"  # a letter alone may be a letter
    doc = read_text("EXTRAIT DU REGISTRE DES DELIBERATIONS\nSéance du 3 mai 2029\n"
                    "Nombre de conseillers en exercice : l9\nPrésents : l5\nVotants : l7\n"
                    "Présents : Anne MARTIN, Paul DURAND\n").document
    assert doc is not None and doc.members_in_office == 19
    assert (doc.printed["present"], doc.printed["voters"]) == (15, 17)
