"""Arrivals and departures by question, deliberation, report, agenda point and clock time."""

from __future__ import annotations

from registre.core.spans import Ref, Span
from registre.reading.refs import parse_span

from .builders import computed, extract, read, spans


def test_arrival_and_departure_by_question_number() -> None:
    assert parse_span("à compter de la question n°6") == Span(Ref.item("6"))
    assert parse_span("jusqu'à la question 3 incluse") == Span(None, Ref.item("3"))
    assert parse_span("à compter de la question 8/a") == Span(Ref.item("8/a"))


def test_span_by_deliberation_number() -> None:
    assert parse_span("à partir de D98/13") == Span(Ref.deliberation("D98/13"))
    assert parse_span("sauf D90/13 à D96/13") == Span(
        excepted=(Span(Ref.deliberation("D90/13"), Ref.deliberation("D96/13")),))
    assert parse_span("départ à D107/13") == Span(None, Ref.deliberation("D107/13"), end_inclusive=False)


def test_span_by_report_number_and_agenda_point() -> None:
    assert parse_span("jusqu'au rapport n°14") == Span(None, Ref.item("14"))
    assert parse_span("arrivée au point 2") == Span(Ref.item("2"))


def test_span_by_clock_time() -> None:
    assert parse_span("à partir de 11 h 50") == Span(Ref.time("11h50"))
    assert parse_span("arrivé à 20h45") == Span(Ref.time("20h45"))
    assert parse_span("jusqu'à son arrivée à 19h15") == Span(None, Ref.time("19h15"), end_inclusive=False)


def test_lost_apostrophe_and_degree_in_a_span() -> None:
    doc = read(extract("Étaient présents : M. Jean DUPONT, "
                       "Mme Anne MARTIN (jusqu à la question n 3 incluse)\n"
                       "Étaient absents : M. Paul PETIT"))
    assert spans(doc) == {"MARTIN": "jusqu'à la question n°3 incluse"}


def test_departure_counts_at_the_item_by_agenda_point() -> None:
    lists = ("Étaient présents : M. Jean DUPONT, Mme Anne MARTIN (jusqu'à la question 3 incluse), "
             "M. Paul PETIT (arrivée au point 5), Mme Lucie ROUX\nÉtaient absents : M. Marc BLANC")
    doc = read(extract(lists, deliberation="Point n°4 : Budget annexe\n\n", in_office=5))
    assert doc.deliberations[0].item_number == "4"
    assert computed(doc)["present"] == 2  # MARTIN has left, PETIT is not there yet


def test_span_by_report_number_locates_the_item() -> None:
    lists = ("Étaient présents : M. Jean DUPONT, Mme Anne MARTIN (jusqu'au rapport n°14), M. Paul PETIT\n"
             "Étaient absents : M. Marc BLANC")
    doc = read(extract(lists, deliberation="Rapport n°15 - Tarifs\n\n", in_office=4))
    assert computed(doc)["present"] == 2


def test_arrival_by_deliberation_number_is_placed_by_the_core() -> None:
    lists = ("Étaient présents : M. Jean DUPONT, Mme Anne MARTIN (à partir de D98/13), M. Paul PETIT "
             "(départ à D98/13)\nÉtaient absents : M. Marc BLANC")
    text = extract(lists, in_office=4,
                   deliberation="Délibération n°D97/13 : Compte rendu\nAdopté à l'unanimité.\n\n"
                                "Délibération n°D98/13 : Budget\nLe Conseil municipal décide :\n"
                                "- d'adopter.\n\n")
    doc = read(text)
    assert [d.parsed.number for d in doc.deliberations] == ["D97/13", "D98/13"]
    assert [d["computed"]["present"] for d in doc.as_json()["deliberations"]] == [2, 2]
    present = {doc.member(p).last: s.label() for p, s in doc.present if s}  # type: ignore[union-attr]
    assert present == {"MARTIN": "à compter de la délibération D98/13",
                       "PETIT": "jusqu'à la délibération D98/13"}


def test_arrival_by_clock_time_is_kept_and_reported_when_items_have_no_time() -> None:
    doc = read(extract("Étaient présents : M. Jean DUPONT, Mme Anne MARTIN (arrivée à 20h45)\n"
                       "Étaient absents : M. Paul PETIT", in_office=3))
    assert spans(doc) == {"MARTIN": "à compter de la 20h45"}
    assert any("20h45" in w for w in doc.warnings)
