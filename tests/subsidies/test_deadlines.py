"""Deadlines and states at a date: due, overdue, lapsing, lapsed, pending, closed."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from registre.subsidies.deadlines import convention_state, deadlines, payment_request_deadline
from registre.subsidies.events import record_event
from registre.subsidies.model import Convention, Event
from registre.subsidies.settings import SubsidySettings
from registre.subsidies.vocabulary import ConventionState, DeadlineKind, DeadlineState, EventKind

from .builders import make_convention


def by_kind(c: Convention, kind: DeadlineKind) -> list:
    return [d for d in deadlines(c) if d.kind is kind]


def test_s03_payment_due_60_days_after_the_trigger() -> None:
    c = record_event(make_convention(), Event(EventKind.SIGNATURE, dt.date(2025, 2, 1)))
    [pay] = by_kind(c, DeadlineKind.PAYMENT)
    assert pay.due == dt.date(2025, 4, 2) and pay.rule == "S-03"
    assert pay.state(dt.date(2025, 2, 2)) is DeadlineState.UPCOMING
    assert pay.state(dt.date(2025, 3, 20)) is DeadlineState.DUE
    assert pay.state(dt.date(2025, 4, 3)) is DeadlineState.OVERDUE
    paid = record_event(c, Event(EventKind.PAYMENT, dt.date(2025, 3, 25), Decimal(30000)))
    assert by_kind(paid, DeadlineKind.PAYMENT)[0].state(dt.date(2025, 5, 1)) is DeadlineState.DONE


def test_s03_delay_is_a_setting() -> None:
    c = record_event(make_convention(), Event(EventKind.SIGNATURE, dt.date(2025, 2, 1)))
    [pay] = [d for d in deadlines(c, SubsidySettings(payment_days=30)) if d.kind is DeadlineKind.PAYMENT]
    assert pay.due == dt.date(2025, 3, 3)


def test_payment_waits_for_its_trigger(pmt: Convention) -> None:
    [pay] = by_kind(pmt, DeadlineKind.PAYMENT)
    assert pay.due is None and pay.waiting_for == "signature"
    assert pay.state(dt.date(2024, 5, 1)) is DeadlineState.PENDING


def test_s04_financial_report_six_months_after_the_year(pmt: Convention, cmq: Convention) -> None:
    [fin] = by_kind(pmt, DeadlineKind.FINANCIAL_REPORT)
    assert fin.due == dt.date(2025, 6, 30) and fin.rule == "S-04"
    assert by_kind(cmq, DeadlineKind.FINANCIAL_REPORT)[0].due == dt.date(2024, 6, 30)


def test_payment_request_lapsing_then_lapsed(cmq: Convention) -> None:
    c = record_event(cmq, Event(EventKind.NOTIFICATION, dt.date(2023, 12, 4)))
    assert payment_request_deadline(c) == dt.date(2024, 2, 4)
    [req] = by_kind(c, DeadlineKind.PAYMENT_REQUEST)
    assert req.lapses
    assert req.state(dt.date(2023, 12, 10)) is DeadlineState.UPCOMING
    assert req.state(dt.date(2024, 1, 20)) is DeadlineState.LAPSING
    assert req.state(dt.date(2024, 2, 5)) is DeadlineState.LAPSED
    assert convention_state(c, dt.date(2024, 1, 20)) is ConventionState.LAPSING
    assert convention_state(c, dt.date(2024, 2, 5)) is ConventionState.LAPSED


def test_payment_request_in_time_is_done(cmq: Convention) -> None:
    c = record_event(cmq, Event(EventKind.NOTIFICATION, dt.date(2023, 12, 4)))
    c = record_event(c, Event(EventKind.PAYMENT_REQUEST, dt.date(2024, 1, 8)))
    [req] = by_kind(c, DeadlineKind.PAYMENT_REQUEST)
    assert req.state(dt.date(2024, 3, 1)) is DeadlineState.DONE


def test_seed_reports_overdue_after_the_end_date(pmt: Convention, cmq: Convention) -> None:
    assert convention_state(pmt, dt.date(2025, 5, 1)) is ConventionState.OVERDUE
    reports = by_kind(pmt, DeadlineKind.REPORTS)
    assert {d.due for d in reports} == {dt.date(2025, 4, 30)}
    assert all(d.state(dt.date(2025, 4, 15)) is DeadlineState.DUE for d in reports)
    assert {d.due for d in by_kind(cmq, DeadlineKind.REPORTS)} == {dt.date(2024, 9, 30)}


def test_seed_pending_before_signature(pmt: Convention) -> None:
    assert convention_state(pmt, dt.date(2024, 5, 1)) is ConventionState.PENDING


def test_running_then_closed_when_everything_is_done() -> None:
    c = make_convention(payment_request_delay=None, payment_request_from=None, caducity=False)
    for e in (
        Event(EventKind.SIGNATURE, dt.date(2025, 1, 10)),
        Event(EventKind.PUBLICATION, dt.date(2025, 2, 1)),
        Event(EventKind.PAYMENT, dt.date(2025, 2, 15), Decimal(30000)),
    ):
        c = record_event(c, e)
    assert convention_state(c, dt.date(2025, 6, 1)) is ConventionState.RUNNING
    c = record_event(c, Event(EventKind.REPORT_RECEIVED, dt.date(2025, 12, 1)))
    assert convention_state(c, dt.date(2026, 8, 1)) is ConventionState.CLOSED


def test_end_and_retention_are_informative(pmt: Convention) -> None:
    [end] = by_kind(pmt, DeadlineKind.END)
    [keep] = by_kind(pmt, DeadlineKind.RETENTION)
    assert keep.due == dt.date(2035, 4, 30)
    assert end.state(dt.date(2026, 1, 1)) is DeadlineState.DONE


_ORDER = [DeadlineState.UPCOMING, DeadlineState.DUE, DeadlineState.OVERDUE]
_LAPSE_ORDER = [DeadlineState.UPCOMING, DeadlineState.LAPSING, DeadlineState.LAPSED]


@given(st.dates(dt.date(2020, 1, 1), dt.date(2030, 12, 31)), st.integers(0, 400), st.integers(0, 400))
@settings(max_examples=200, deadline=None)
def test_states_only_move_forward_as_time_passes(notified: dt.date, a: int, b: int) -> None:
    c = record_event(make_convention(), Event(EventKind.NOTIFICATION, notified))
    c = record_event(c, Event(EventKind.SIGNATURE, notified))
    early, late = notified + dt.timedelta(days=min(a, b)), notified + dt.timedelta(days=max(a, b))
    for d in deadlines(c):
        if d.informative or d.due is None:
            continue
        order = _LAPSE_ORDER if d.lapses else _ORDER
        assert order.index(d.state(early)) <= order.index(d.state(late))


def test_period_after_clamps_month_ends() -> None:
    from registre.subsidies.model import Period

    assert Period(months=2).after(dt.date(2023, 12, 31)) == dt.date(2024, 2, 29)
    assert Period(years=10).after(dt.date(2024, 2, 29)) == dt.date(2034, 2, 28)
    assert Period(days=60).after(dt.date(2025, 1, 1)) == dt.date(2025, 3, 2)
    assert str(Period(years=10)) == "10 ans" and str(Period(months=2)) == "2 mois"
