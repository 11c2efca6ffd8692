"""The iCalendar feed validates (icalendar parses it back) and lists the seeds' deadlines."""

from __future__ import annotations

import datetime as dt

from icalendar import Calendar

from registre.subsidies.events import record_event
from registre.subsidies.ical import deadlines_calendar
from registre.subsidies.model import Convention, Event
from registre.subsidies.vocabulary import EventKind


def parse(data: bytes) -> list:
    cal = Calendar.from_ical(data)
    assert cal["version"] == "2.0"
    return list(cal.walk("VEVENT"))


def test_feed_parses_back_and_lists_the_seeds_deadlines(pmt: Convention, cmq: Convention) -> None:
    events = parse(deadlines_calendar([pmt, cmq], dt.date(2024, 6, 1)))
    dates = {(e.decoded("dtstart"), str(e["summary"]).split(" — ")[-1]) for e in events}
    assert (dt.date(2025, 4, 30), "Pôle des Microtechniques") in dates
    assert (dt.date(2024, 9, 30), "CMQ MSI") in dates
    assert (dt.date(2025, 6, 30), "Pôle des Microtechniques") in dates  # S-04
    assert all(e.decoded("dtend") - e.decoded("dtstart") == dt.timedelta(days=1) for e in events)
    assert len({str(e["uid"]) for e in events}) == len(events)


def test_feed_describes_state_rule_and_article(pmt: Convention) -> None:
    events = parse(deadlines_calendar([pmt], dt.date(2025, 5, 2)))
    reports = [e for e in events if "rapport d'activité" in str(e["summary"])]
    [report] = reports
    description = str(report["description"])
    assert (
        "en retard" in description and "convention art. 3" in description and "2024/2024.00097" in description
    )


def test_feed_dates_deadlines_once_their_event_is_recorded(cmq: Convention) -> None:
    before = parse(deadlines_calendar([cmq], dt.date(2023, 12, 1)))
    c = record_event(cmq, Event(EventKind.NOTIFICATION, dt.date(2023, 12, 4)))
    after = parse(deadlines_calendar([c], dt.date(2023, 12, 5)))
    assert len(after) == len(before) + 1
    assert any(
        e.decoded("dtstart") == dt.date(2024, 2, 4) and "Demande de paiement" in str(e["summary"])
        for e in after
    )


def test_uids_are_stable_across_fetches(pmt: Convention) -> None:
    one = {str(e["uid"]) for e in parse(deadlines_calendar([pmt], dt.date(2024, 6, 1)))}
    two = {str(e["uid"]) for e in parse(deadlines_calendar([pmt], dt.date(2025, 6, 1)))}
    assert one == two
