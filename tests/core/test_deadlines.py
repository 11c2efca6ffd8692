"""Deadlines of acts: A-03, A-04, A-08, A-09."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from registre.core.deadlines import add_months, clear_days_between, session_deadlines

from .builders import session


def test_add_months_clamps_to_month_end():
    assert add_months(dt.date(2024, 1, 31), 1) == dt.date(2024, 2, 29)
    assert add_months(dt.date(2024, 11, 15), 2) == dt.date(2025, 1, 15)


def test_clear_days_exclude_both_ends():
    assert clear_days_between(dt.date(2024, 4, 4), dt.date(2024, 4, 11)) == 6


def test_appeal_runs_two_months_from_publication():
    s = replace(session(), publication_date=dt.date(2024, 4, 24))
    by_rule = {d.rule: d for d in session_deadlines(s)}
    # Délai franc: published 24 April, the two months end on 24 June, which does not count.
    assert by_rule["A-09"].due == dt.date(2024, 6, 25)
    assert by_rule["A-04"].due == dt.date(2024, 4, 18)
    assert by_rule["A-08"].due == dt.date(2024, 5, 11)
    assert by_rule["A-09"].state(dt.date(2024, 7, 1)) == "dépassé"
    assert by_rule["A-09"].state(dt.date(2024, 5, 1)) == "à venir"


def test_no_publication_no_appeal_deadline():
    assert {d.rule for d in session_deadlines(session())} == {"A-04", "A-08"}
