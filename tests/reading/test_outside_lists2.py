"""Present lists of authorities outside the labelled corpus (session s20-lists2): a surname with
particles in capitals, a bracket of attendance between two names, the next list's heading run
into the present one, a sub-heading « Membres titulaires : », a box of labels then values, and a
commune whose « : » is lost (abstained). Short texts written here."""

from __future__ import annotations

from functools import partial

import pytest

from registre.reading.people import parse_list

from .builders import ITEM, names, proxy_surnames, read, sitting

_OPENING = ("COMPTE RENDU DE LA RÉUNION DU CONSEIL COMMUNAUTAIRE\n"
            "L'an deux mille vingt-neuf, le jeudi 8 mars à vingt heures, le Conseil s'est réuni "
            "sous la présidence de M. RIVIÈRE Paul, Président.\n")


@pytest.mark.parametrize(("text", "expected"), [
    ("Mmes DE LA FONTENELLE Claire, ROCHE Hélène", [("Claire", "DE LA FONTENELLE"), ("Hélène", "ROCHE")]),
    ("M. DUMAS Louis, Mme DE LA FONTENELLE Claire, M. PETIT Marc",
     [("Louis", "DUMAS"), ("Claire", "DE LA FONTENELLE"), ("Marc", "PETIT")]),
    ("M. DU PLESSIS Yves", [("Yves", "DU PLESSIS")]),
    ("M. de la MARCHE Louis, M. Jean DE LA TOUR", [("Louis", "de la MARCHE"), ("Jean", "DE LA TOUR")]),
])
def test_particles_in_capitals_before_a_surname_then_first_name(text: str,
                                                                 expected: list[tuple[str, str]]) -> None:
    assert [(e.first, e.last) for e in parse_list(text)] == expected


@pytest.mark.parametrize("bracket", ["(jusqu'au point n°4)", "(arrivé à 21h)",
                                     "(à partir de la délibération 5)"])
def test_a_bracket_of_attendance_between_two_surnames_ends_the_first(bracket: str) -> None:
    got = parse_list(f"MM ROUX, VALLON {bracket} BRUNEL et DUMAS (Saint-Marc)")
    assert [e.last for e in got] == ["ROUX", "VALLON", "BRUNEL", "DUMAS"]
    assert got[1].span is not None and got[2].span is None
    assert got[3].commune == "Saint-Marc"

_sitting = partial(sitting, opening=_OPENING)


def test_a_bracket_that_is_no_attendance_does_not_split() -> None:
    assert [e.last for e in parse_list("MM ROUX (adjoint) VALLON")] == ["ROUX VALLON"]


@pytest.mark.parametrize("heading", [
    "Représentés : Marc VALLON",
    "REPRESENTES : Marc VALLON",
    "Membres titulaires absents, excusés : VALLON Marc",
    "Absents excusés : Marc VALLON",
])
def test_the_next_list_run_into_the_present_one_ends_it(heading: str) -> None:
    doc = _sitting(f"Etaient présents : Anne DUMAS, Louis PETIT, Hélène ROCHE {heading}\n")
    assert names(doc) == ["Anne DUMAS", "Louis PETIT", "Hélène ROCHE"]


@pytest.mark.parametrize(("lists", "expected"), [
    pytest.param("Etaient présents : Anne DUMAS, Louis PETIT, Hélène ROCHE, Excusés Marc VALLON, "
                 "pouvoir A. DUMAS\n",
                 ["Anne DUMAS", "Louis PETIT", "Hélène ROCHE"], id="excuses-without-a-colon"),
    pytest.param("Etaient présents : Anne DUMAS, Louis PETIT (excusé pour le point 3), "
                 "Hélène ROCHE\n",
                 ["Anne DUMAS", "Louis PETIT", "Hélène ROCHE"], id="excuse-after-a-name"),
    pytest.param("ETAIENT PRESENTS : Anne DUMAS, Louis PETIT Membres titulaires : Hélène ROCHE, "
                 "Marc VALLON\n",
                 ["Anne DUMAS", "Louis PETIT", "Hélène ROCHE", "Marc VALLON"],
                 id="membres-titulaires-sub-heading"),
    pytest.param("Présents : Arles : Anne DUMAS. Bram : Louis PETIT ; Marc VALLON. "
                 "Cuxac : Hélène ROCHE. Dax : Paul RIVIÈRE ; Yves BLANC.\n",
                 ["Anne DUMAS", "Louis PETIT", "Marc VALLON", "Hélène ROCHE", "Paul RIVIÈRE",
                  "Yves BLANC"], id="communes-each-with-its-colon"),
])
def test_the_present_list_is_read(lists: str, expected: list[str]) -> None:
    assert names(_sitting(lists)) == expected


def test_a_box_of_labels_then_values_is_no_list() -> None:
    doc = read(_OPENING.replace("\nL'an", "\nDate de convocation : Secrétaire : Présents : 3 Le 2 mars 2029 "
                                "Mme DUMAS A-M Le 9 mars 2029\nL'an")
               + "Etaient présents : M. RIVIÈRE Paul, Mme DUMAS Anne, M. PETIT Louis.\n" + ITEM)
    assert names(doc) == ["M. Paul RIVIÈRE", "Mme Anne DUMAS", "M. Louis PETIT"]


def test_a_commune_without_its_colon_makes_the_list_doubtful() -> None:
    doc = _sitting("Présents : Arles : Anne DUMAS. Bram : Louis PETIT ; Marc VALLON. "
                   "Cuxac : Hélène ROCHE. Dax Paul RIVIÈRE ; Yves BLANC. Eze : Rose MARTIN.\n")
    assert doc.present == []
    assert any("commune sans « : »" in w for w in doc.warnings)


@pytest.mark.parametrize("civility", ["Madame", "Mme", "Monsieur"])
def test_the_secretary_elected_after_the_absent_list_is_not_absent(civility: str) -> None:
    doc = read(_OPENING + "Etaient présents : Mmes et MM RIVIÈRE, DUMAS, PETIT, ROCHE. "
               f"Absents : Mmes et MM BLANC ET VALLON {civility} ROCHE est élue secrétaire. "
               "I - BUDGET PRIMITIF Le conseil adopte le budget à l'unanimité.\n")
    present = names(doc)
    assert present[:3] == ["RIVIÈRE", "DUMAS", "PETIT"] and present[3].endswith("ROCHE")
    assert "I" not in present[3].split()
    assert doc.secretary is not None and (doc.name(doc.secretary) or "").endswith("ROCHE")


@pytest.mark.parametrize("box", ["NOMBRE DE CONSEILLERS : En exercice 29",
                                 "NOMBRE DE MEMBRES : en exercice 15",
                                 "EN EXERCICE 29"])
def test_a_count_in_office_run_into_the_present_list_is_no_name(box: str) -> None:
    doc = _sitting(f"Etaient présents : {box} Anne DUMAS, Louis PETIT, Hélène ROCHE\n")
    assert names(doc) == ["Anne DUMAS", "Louis PETIT", "Hélène ROCHE"]


def test_a_list_by_group_civility_goes_on_over_a_blank_line() -> None:
    doc = _sitting("ETAIENT PRESENTS :\n\nMonsieur Paul RIVIÈRE, Président,\n\n"
                   "Mesdames Anne DUMAS, Hélène ROCHE\n\nMessieurs Louis PETIT (arrivé à 21h), "
                   "Marc VALLON\n\n"
                   "ETAIENT ABSENTS :\n\nMonsieur Yves BLANC\n")
    assert [n.split(" ", 1)[-1] for n in names(doc)] == ["Paul RIVIÈRE", "Anne DUMAS", "Hélène ROCHE",
                                                             "Louis PETIT", "Marc VALLON"]


def test_a_list_cut_after_a_civility_goes_on_before_conseillers_municipaux() -> None:
    doc = _sitting("Etaient présents : M. Paul RIVIÈRE, Mme Anne DUMAS, adjoints, M.\n\n"
                   "Louis PETIT, Mme Hélène ROCHE conseillers municipaux.\n\nAbsent : M. Yves BLANC\n")
    assert [n.split(" ", 1)[-1] for n in names(doc)] == ["Paul RIVIÈRE", "Anne DUMAS", "Louis PETIT",
                                                             "Hélène ROCHE"]


@pytest.mark.parametrize(("text", "expected"), [
    ("M. BELLOT DES MARAIS Hubert", ("Hubert", "BELLOT DES MARAIS")),
    ("Mme DURAND DE LA TOUR Anne", ("Anne", "DURAND DE LA TOUR")),
    ("M. PETIT DU BOIS J.", ("J", "PETIT DU BOIS")),
])
def test_particles_in_capitals_inside_a_surname_before_the_first_name(text: str,
                                                                      expected: tuple[str, str]) -> None:
    assert [(e.first, e.last) for e in parse_list(text)] == [expected]


@pytest.mark.parametrize("giving", ["a donné procuration A m", "a donné pouvoir A M.",
                                    "a donné procuration A M"])
def test_a_giving_to_a_m_without_its_accent(giving: str) -> None:
    doc = _sitting("Etaient présents : Anne DUMAS, Louis PETIT, Hélène ROCHE\n"
                   f"Absents excusés : Marc VALLON, Yves BLANC Procurations Mme Yves BLANC "
                   f"{giving} Louis PETIT "
                   "Mme Marc VALLON a donné procuration à M Hélène ROCHE\n")
    assert proxy_surnames(doc) == [("BLANC", "PETIT"), ("VALLON", "ROCHE")]


@pytest.mark.parametrize("start", ["A partir de 21h10", "À partir de 21 h 10"])
def test_a_proxy_from_a_time_printed_first_inside_a_proxy_section(start: str) -> None:
    doc = _sitting("Présents : Anne DUMAS, Louis PETIT, Hélène ROCHE, Paul RIVIÈRE\n"
                   f"Procurations : BLANC Yves à M. PETIT Louis, VALLON Marc à Mme DUMAS Anne {start} "
                   "M. RIVIÈRE Paul à M.ROCHE Hélène\n")
    pairs = {((doc.name(p.giver) or "").split()[-1], (doc.name(p.holder) or "").split()[-1]): p.span
             for p in doc.proxies}
    assert set(pairs) == {("BLANC", "PETIT"), ("VALLON", "DUMAS"), ("RIVIÈRE", "ROCHE")}
    assert pairs[("VALLON", "DUMAS")] is None
    assert pairs[("RIVIÈRE", "ROCHE")] is not None


def test_an_absent_list_by_group_goes_on_up_to_the_secretary_heading() -> None:
    doc = _sitting("ETAIENT PRESENTS :\n\nMesdames Anne DUMAS, Hélène ROCHE\n\n"
                   "Messieurs Louis PETIT, Paul RIVIÈRE\n\nETAIENT ABSENTS EXCUSES :\n\n"
                   "Mesdames : Rose MARTIN, Eve ROUX, ayant donné procuration à Anne DUMAS\n\n"
                   "Messieurs : Yves BLANC,\n\nMarc VALLON, ayant donné procuration à Louis PETIT "
                   "SECRETAIRE DE SEANCE : Mme Hélène ROCHE\n")
    assert proxy_surnames(doc) == [("ROUX", "DUMAS"), ("VALLON", "PETIT")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Commune de Baix : Monsieur Roux, Vallon, Commune de Dax : Monsieur Blanc",
     ["Roux", "Vallon", "Blanc"]),
    ("Monsieur Roux, Vallon", ["Roux", "Vallon"]),
    ("M. DUPONT, Jean", ["DUPONT"]),  # a first name after a surname in capitals: not a second member
    ("Monsieur Roux, Maire", ["Roux"]),
])
def test_a_lone_surname_after_a_civility_and_a_surname(text: str, expected: list[str]) -> None:
    assert [e.last for e in parse_list(text)] == expected
