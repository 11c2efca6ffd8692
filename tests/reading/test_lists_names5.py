"""The shape of a name in a list (session s22, round 5): a name is a short run of name tokens
(capitalised words, particles, initials, « née » and a birth name); office words after it are
dropped, a group civility in capitals starts the next names, and words of prose in an entry, or
members counted without their names, withhold the present list. Short texts written here; names
and authorities invented."""

from __future__ import annotations

from registre.reading.people import parse_list, parse_name

from .builders import names, proxies, read, withheld

_OPENING = ("COMPTE RENDU DU CONSEIL COMMUNAUTAIRE\n"
            "L'an deux mille vingt-huit, le jeudi 8 juin à dix-huit heures, le Conseil s'est réuni "
            "sous la présidence de M. Paul GARNIER, Président.\n")
_ITEM = "\n1) Budget primitif\nLe conseil adopte le budget à l'unanimité.\n"


def test_a_group_civility_in_capitals_starts_the_next_names() -> None:
    # « MMES DUVAL, … »: not a surname « MMES » run into « DUVAL »
    doc = read(_OPENING + "PRESENTS : MM. GARNIER, PERRIN, ROUX, SIMON.\nMMES BLANC, MOREAU, NOIR.\n"
               "EXCUSES : MM. FAURE, VIDAL.\n" + _ITEM)
    assert names(doc) == ["M. GARNIER", "M. PERRIN", "M. ROUX", "M. SIMON", "Mme BLANC", "Mme MOREAU",
                          "Mme NOIR"]


def test_office_words_after_a_name_are_no_part_of_it() -> None:
    # « RENOUX Paul Conseillers Municipaux », « Vices présidents Madame Léa FORTIN »
    assert [e.full for e in parse_list("Mmes MM. BLANC Anne, RENOUX Paul Conseillers Municipaux.")] == [
        "Anne BLANC", "Paul RENOUX"]
    assert [e.display() for e in parse_list("M. Hugo PERRIN, Vices présidents\nMadame Léa FORTIN")] == [
        "M. Hugo PERRIN", "Mme Léa FORTIN"]


def test_a_birth_name_belongs_to_the_name() -> None:
    # « Mme MARCEAU Anne née PIROT »: one person, not « MARCEAU Anne » and « PIROT »
    got = parse_list("Mme MARCEAU Anne née PIROT (3ème Adjoint), M. ROUX Louis, "
                     "Mme VALMY Rose née DARGENT LEROUX")
    assert [e.display() for e in got] == ["Mme Anne MARCEAU née PIROT", "M. Louis ROUX",
                                          "Mme Rose VALMY née DARGENT LEROUX"]


def test_an_initial_m_between_surname_and_first_name_after_a_civility() -> None:
    # « Mme VALMY M. Rose »: the initial of a first name, not « Monsieur » starting a name
    got = parse_list("Mme VALMY M. Rose née PIROT, M. ROUX Louis")
    assert [e.display() for e in got] == ["Mme M. Rose VALMY née PIROT", "M. Louis ROUX"]
    # two names glued, the second with its own surname, stay two
    assert len(parse_list("Mme BLANC M. Louis ROUX")) >= 2


def test_a_giver_with_a_birth_name() -> None:
    doc = read(_OPENING + "Étaient présents : M. GARNIER Paul, Mme MOREAU Léa, M. PERRIN Hugo, "
               "M. ROUX Louis.\n"
               "Étaient absents : Mme FAURE Rose née BLANC, procuration à M. ROUX Louis.\n" + _ITEM)
    assert proxies(doc) == [("Mme Rose FAURE née BLANC", "M. Louis ROUX")]


def test_the_office_of_a_group_and_those_attending_without_a_vote_end_the_list() -> None:
    # « …, membres de la Commission permanente⏎Assistent sans voix délibératives⏎Madame … »: the
    # group's office, then the line opening the attendees without a vote (s24: read, no longer withheld)
    doc = read(_OPENING + "Sont présents :\nMonsieur Paul GARNIER, Madame Léa MOREAU, Monsieur Hugo PERRIN, "
               "membres de la Commission permanente\nAssistent sans voix délibératives\n"
               "Madame Anne BLANC, Monsieur Marc FAURE\nSont excusés :\nMonsieur Louis ROUX\n" + _ITEM)
    assert names(doc) == ["M. Paul GARNIER", "Mme Léa MOREAU", "M. Hugo PERRIN"]


def test_prose_words_in_an_open_bracket_do_not_withhold() -> None:
    # « Paul VERNET (titula »: a bracket cut by a line's end, its words no name's
    got = parse_list("Léa MOREAU, Paul VERNET (titula")
    assert not any(e.doubt for e in got)


def test_a_surname_in_lower_case_after_a_first_name_is_still_read() -> None:
    entry = parse_name("M. Marc lotti")
    assert entry is not None and entry.last == "LOTTI" and not entry.doubt


def test_members_counted_without_names_withhold_the_list() -> None:
    # « M. DURIEUX Maire et 11 membres »: one name, the others counted: not the present list
    doc = read(_OPENING + "Étaient présents, M. DURIEUX Maire et 11 membres\n" + _ITEM)
    assert withheld(doc, "des présents comptés sans leur nom")


def test_office_words_alone_keep_a_list() -> None:
    doc = read(_OPENING + "Présents : M. Paul GARNIER, Maire, Mme Léa MOREAU, 1ère adjointe, M. Hugo PERRIN, "
               "M. Louis ROUX, conseillers municipaux.\n" + _ITEM)
    assert names(doc) == ["M. Paul GARNIER", "Mme Léa MOREAU", "M. Hugo PERRIN", "M. Louis ROUX"]


def test_a_last_line_of_names_after_a_doubled_line_break_ends_the_list() -> None:
    # « Anne Petit, Paul Rue, Eve Roux⏎⏎Marc Noir⏎⏎Excusés : »: the list's last name, not a paragraph
    doc = read(_OPENING + "Présents :\n\nLéa Moreau, Hugo Perrin, Louis Roux-Blanc\n\nRose Faure\n\n"
               "Excusés :\n\nSecrétaire de séance : Rose Faure\n" + _ITEM)
    assert names(doc) == ["Léa Moreau", "Hugo Perrin", "Louis Roux-Blanc", "Rose Faure"]


def test_a_paragraph_of_prose_after_the_list_is_not_joined() -> None:
    doc = read(_OPENING + "Présents :\n\nLéa Moreau, Hugo Perrin, Louis Roux\n\nLe Maire ouvre la séance.\n\n"
               "Excusés :\n\nRose Faure\n" + _ITEM)
    assert names(doc) == ["Léa Moreau", "Hugo Perrin", "Louis Roux"]


def test_givings_by_par_run_together_are_cut_between_them() -> None:
    # « Membres représentés : X par M. le Maire. Mme Y par M. Z Mme W par Mme V »: no separator
    doc = read("COMPTE RENDU DU CONSEIL MUNICIPAL\nL'an deux mille vingt-huit, le 8 juin, le Conseil "
               "s'est réuni sous la présidence de Mon sieur Paul GARNIER, Maire.\n"
               "Membres présents : M. GARNIER Paul, Maire, Mme MOREAU Léa, M. PERRIN Hugo, M. ROUX Louis.\n"
               "Membres représentés : M. FAURE Marc par M. le Maire. Mme BLANC Anne par M. Hugo PERRIN "
               "Mme NOIR Eve par M. Louis ROUX\nMembre absent : /\n" + _ITEM)
    assert proxies(doc) == [("M. Marc FAURE", "M. Paul GARNIER"), ("Mme Anne BLANC", "M. Hugo PERRIN"),
                            ("Mme Eve NOIR", "M. Louis ROUX")]


def test_a_civility_cut_in_two_is_one() -> None:
    entry = parse_name("Mon sieur Paul GARNIER")
    assert entry is not None and entry.display() == "M. Paul GARNIER"
