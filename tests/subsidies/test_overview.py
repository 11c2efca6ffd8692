"""The deadlines agenda, amounts per beneficiary per year, budget-line consumption."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from registre.subsidies.model import Convention, Operation
from registre.subsidies.overview import agenda, amounts_by_year, budget_consumption
from registre.subsidies.vocabulary import DeadlineState


def test_agenda_groups_by_state_most_pressing_first(pmt: Convention, cmq: Convention) -> None:
    groups = agenda([pmt, cmq], dt.date(2024, 9, 15))
    assert list(groups)[:2] == [DeadlineState.LAPSED, DeadlineState.OVERDUE]
    overdue = groups[DeadlineState.OVERDUE]
    assert [(e.convention.key, e.deadline.due) for e in overdue] == [(cmq.key, dt.date(2024, 6, 30))]  # S-04
    due = groups[DeadlineState.DUE]
    assert {e.deadline.due for e in due} == {dt.date(2024, 9, 30)}  # CMQ reports and deliverables
    assert all(e.deadline.due is None for e in groups[DeadlineState.PENDING])


def test_amounts_per_beneficiary_per_year(pmt: Convention, cmq: Convention) -> None:
    years = amounts_by_year([pmt, cmq])
    assert years["Pôle des Microtechniques"] == {y: Decimal(45000) for y in (2021, 2022, 2023, 2024)}
    assert years[cmq.beneficiary.name] == {2022: Decimal(9000), 2023: Decimal(19800)}


def test_budget_line_consumption_merges_conventions_on_the_same_line(pmt: Convention) -> None:
    assert pmt.budget_line is not None
    other_line = dataclasses.replace(pmt.budget_line, operations=(Operation("autre", Decimal(180000), "X"),))
    other = dataclasses.replace(pmt, key="X", budget_line=other_line)
    [line] = budget_consumption([pmt, other])
    assert line.consumed == Decimal(225000) and line.available == Decimal(-10600)


def test_indicator_progress_keeps_the_latest_figure(pmt: Convention) -> None:
    from registre.subsidies.events import record_event
    from registre.subsidies.model import Event
    from registre.subsidies.overview import indicator_progress
    from registre.subsidies.vocabulary import EventKind

    c = pmt
    for on, key, value in (
        (dt.date(2024, 10, 1), "A1-O1-T1", 120),
        (dt.date(2025, 4, 1), "A1-O1-T1", 210),
        (dt.date(2025, 4, 1), "A1-O1-T1.1", 35),
    ):
        c = record_event(c, Event(EventKind.INDICATOR_REPORTED, on, indicator=key, value=Decimal(value)))
    progress = {v.key: v for v in indicator_progress(c)}
    assert progress["A1-O1-T1"].value == 210 and progress["A1-O1-T1"].reached
    assert progress["A1-O1-T1.1"].target == 40 and not progress["A1-O1-T1.1"].reached
    assert str(progress["A1-O1-T1.1"].rate) == "87.5"
