"""Spans over the order of passage, by question, deliberation number and clock time."""

from __future__ import annotations

from registre.core import check_session
from registre.core.model import Attendance, Proxy
from registre.core.spans import ItemPoint, Placement, Ref, Span, normalise_time

from .builders import ids, session, span

BASE = ids(1, 2, 3, 4, 5, 6)


def present_at(result, person):
    return [r.item.number for r in result.items if person in r.present]


def test_item_reference_is_located_in_the_order_of_passage_not_numerically():
    s = session(10, 6, present=[*BASE, ("m7", span(start="5"))], order=["1", "2", "3", "6", "4", "5"])
    assert present_at(check_session(s), "m7") == ["5"]
    s = session(10, 6, present=[*BASE, ("m7", span(start="6"))], order=["1", "2", "3", "6", "4", "5"])
    assert present_at(check_session(s), "m7") == ["6", "4", "5"]


def test_reference_outside_order_of_passage_falls_back_to_numeric_order_and_warns():
    s = session(10, 4, present=[*BASE, ("m7", span(start="3/a"))])
    r = check_session(s)
    assert present_at(r, "m7") == ["4"]
    assert [f.rule for f in r.findings] == ["REF-ORDER"]


def test_unparseable_reference_never_crashes_and_does_not_make_present():
    s = session(10, 2, present=[*BASE, ("m7", Span(Ref.item("bis")))])
    r = check_session(s)
    assert present_at(r, "m7") == []
    assert r.findings and r.findings[0].rule == "REF-ORDER"


def test_order_of_passage_citing_unknown_item_is_reported():
    r = check_session(session(10, 2, present=BASE, order=["1", "9", "2"]))
    assert [r.item.number for r in r.items] == ["1", "2"]
    assert any("n°9" in f.message for f in r.findings)


def test_items_missing_from_order_of_passage_are_placed_last():
    r = check_session(session(10, 3, present=BASE, order=["2", "1"]))
    assert [r.item.number for r in r.items] == ["2", "1", "3"]


def test_until_inclusive_and_exclusive():
    r = check_session(session(10, 3, present=[*BASE, ("m7", span(end="2"))]))
    assert present_at(r, "m7") == ["1", "2"]
    r = check_session(session(10, 3, present=[*BASE, ("m7", span(end="2", inclusive=False))]))
    assert present_at(r, "m7") == ["1"]


def test_excepted_items():
    r = check_session(session(10, 5, present=[*BASE, ("m7", span(excepted=[("2", "3")]))]))
    assert present_at(r, "m7") == ["1", "4", "5"]


def test_span_between_two_items():
    r = check_session(session(10, 5, present=[*BASE, ("m7", span("2", "4"))]))
    assert present_at(r, "m7") == ["2", "3", "4"]


def test_deliberation_number_reference():
    s = session(10, 4)
    s = s.__class__(**{**s.__dict__, "attendance": tuple(
        [Attendance(p) for p in BASE] + [Attendance("m7", Span(Ref.deliberation("D3/24")))])})
    assert present_at(check_session(s), "m7") == ["3", "4"]


def test_deliberation_reference_outside_session_compared_numerically():
    s = session(10, 4)
    s = s.__class__(**{**s.__dict__, "attendance": tuple(
        [Attendance(p) for p in BASE] + [Attendance("m7", Span(None, Ref.deliberation("D2b/24")))])})
    r = check_session(s)
    assert present_at(r, "m7") == ["1", "2"]
    assert any(f.rule == "REF-ORDER" for f in r.findings)


def test_time_reference_with_item_times():
    times = {"1": "18:05", "2": "19:10", "3": "20:50"}
    s = session(10, 3, item_times=times)
    s = s.__class__(**{**s.__dict__, "attendance": tuple(
        [Attendance(p) for p in BASE] + [Attendance("m7", Span(Ref.time("20h45")))]),
        "proxies": (Proxy("m8", "m1", Span(None, Ref.time("19h15"), end_inclusive=False)),)})
    r = check_session(s)
    assert present_at(r, "m7") == ["3"]
    assert [x.proxies_count for x in r.items] == [1, 1, 0]


def test_time_reference_without_item_times_is_reported():
    s = session(10, 2)
    s = s.__class__(**{**s.__dict__, "attendance": tuple(
        [Attendance(p) for p in BASE] + [Attendance("m7", Span(Ref.time("20h45")))])})
    r = check_session(s)
    assert present_at(r, "m7") == []  # arrived at 20h45, items without clock times: not counted
    assert any("heure" in f.message for f in r.findings)


def test_normalise_time_forms():
    assert normalise_time("20h45") == "20:45"
    assert normalise_time("11 h 50") == "11:50"
    assert normalise_time("9h") == "09:00"
    for bad in ("25h00", "midi", ""):
        try:
            normalise_time(bad)
        except ValueError:
            continue
        raise AssertionError(bad)


def test_placement_compare_for_items_with_suffix():
    pts = [ItemPoint("8", 0), ItemPoint("8/a", 1), ItemPoint("9", 2)]
    pl = Placement(pts)
    assert pl.compare(pts[1], Ref.item("8/a")) == 0
    assert pl.compare(pts[2], Ref.item("8/a")) == 1
