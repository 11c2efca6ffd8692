"""What the portal's views show, computed once here: the deadlines agenda of an
authority at a date, the amounts each beneficiary received year by year, and the
consumption of budget lines. Plain data, no rendering."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from registre.subsidies.deadlines import Deadline, deadlines
from registre.subsidies.model import ZERO, BudgetLine, Convention, IndicatorValue
from registre.subsidies.settings import DEFAULT, SubsidySettings
from registre.subsidies.vocabulary import DeadlineState, EventKind

# The order in which an agenda lists its groups: the most pressing first.
AGENDA_ORDER = (
    DeadlineState.LAPSED,
    DeadlineState.OVERDUE,
    DeadlineState.LAPSING,
    DeadlineState.DUE,
    DeadlineState.UPCOMING,
    DeadlineState.PENDING,
)


@dataclass(frozen=True)
class AgendaEntry:
    convention: Convention
    deadline: Deadline
    state: DeadlineState


def agenda(
    conventions: Iterable[Convention], on: dt.date, settings: SubsidySettings = DEFAULT
) -> dict[DeadlineState, list[AgendaEntry]]:
    """Deadlines not done and not informative, grouped by state in ``AGENDA_ORDER``,
    each group sorted by date (undated last)."""
    groups: dict[DeadlineState, list[AgendaEntry]] = {s: [] for s in AGENDA_ORDER}
    for c in conventions:
        for d in deadlines(c, settings):
            state = d.state(on, settings)
            if d.informative or state not in groups:
                continue
            groups[state].append(AgendaEntry(c, d, state))
    for entries in groups.values():
        entries.sort(key=lambda e: (e.deadline.due is None, e.deadline.due or on, e.convention.key))
    return groups


def amounts_by_year(conventions: Iterable[Convention]) -> dict[str, dict[int, Decimal]]:
    """Per beneficiary name, per year: past subsidies from the history plus each
    convention's ceiling in its year (a year given twice keeps the convention's)."""
    out: dict[str, dict[int, Decimal]] = defaultdict(dict)
    for c in conventions:
        years = out[c.beneficiary.name]
        for past in c.beneficiary.history:
            years.setdefault(past.year, past.amount)
    for c in conventions:
        if c.year is not None:
            out[c.beneficiary.name][c.year] = c.ceiling
    return {name: dict(sorted(years.items())) for name, years in out.items()}


@dataclass(frozen=True)
class LineConsumption:
    budget: str
    programme: str
    planned: Decimal | None
    consumed: Decimal
    available: Decimal | None


def budget_consumption(conventions: Iterable[Convention]) -> list[LineConsumption]:
    """Budget lines of the conventions, merged by (budget, programme): the operations of
    every convention charged to the same line add up."""
    merged: dict[tuple[str, str], BudgetLine] = {}
    for c in conventions:
        line = c.budget_line
        if line is None:
            continue
        key = (line.budget, line.programme)
        if key in merged:
            known = merged[key]
            seen = {o.convention for o in known.operations}
            extra = tuple(o for o in line.operations if o.convention not in seen)
            merged[key] = BudgetLine(
                known.budget, known.year, known.programme, known.planned, known.operations + extra
            )
        else:
            merged[key] = line
    return [
        LineConsumption(b.budget, b.programme, b.planned, b.consumed or ZERO, b.available)
        for b in merged.values()
    ]


def indicator_progress(c: Convention) -> list[IndicatorValue]:
    """For each target (and part) with a reported figure, the latest one against the
    target, in the programme's order."""
    latest: dict[str, Decimal] = {}
    for e in sorted(c.events, key=lambda e: e.on):
        if e.kind is EventKind.INDICATOR_REPORTED and e.indicator and e.value is not None:
            latest[e.indicator] = e.value
    out = []
    for t in c.programme.all_targets():
        for target in (t, *t.of_which):
            if target.key in latest:
                out.append(IndicatorValue(target.key, target.label, target.quantity, int(latest[target.key])))
    return out
