"""The subsidy domain as plain frozen dataclasses: no framework, no I/O.

Money is :class:`~decimal.Decimal` in euros; dates are :class:`datetime.date`.
A :class:`Convention` is the whole life of one subsidy: the deliberation that granted
it, its parties, its articles as data, the funded programme and its forecast budget,
and the events recorded since (signature, payments, reports…). Events are appended with
:func:`registre.subsidies.events.record_event`, which applies the rules first.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from registre.core.deadlines import add_months
from registre.subsidies.vocabulary import (
    BudgetSide,
    EffectiveFrom,
    EventKind,
    FundingGroup,
    LegalForm,
    Trigger,
)

ZERO = Decimal(0)


@dataclass(frozen=True)
class Period:
    """A duration written in a convention: « 2 mois », « 60 jours », « 10 ans »."""

    months: int = 0
    days: int = 0
    years: int = 0

    def after(self, start: dt.date) -> dt.date:
        """The date ``start`` plus this period; month ends clamp (31/12/2023 + 2 months =
        29/02/2024), as the core's :func:`~registre.core.deadlines.add_months` does."""
        return add_months(start, self.years * 12 + self.months) + dt.timedelta(days=self.days)

    def __str__(self) -> str:
        parts = []
        if self.years:
            parts.append(f"{self.years} an{'s' if self.years > 1 else ''}")
        if self.months:
            parts.append(f"{self.months} mois")
        if self.days:
            parts.append(f"{self.days} jour{'s' if self.days > 1 else ''}")
        return " ".join(parts) or "0 jour"


@dataclass(frozen=True)
class Representative:
    """Who signs for a party: « sa Présidente, Madame Anne VIGNOT »."""

    name: str
    role: str = ""


@dataclass(frozen=True)
class PastSubsidy:
    """What a beneficiary received one year: « Année 2021 : 45 K€ »."""

    year: int
    amount: Decimal
    object: str = ""
    had_convention: bool | None = None


@dataclass(frozen=True)
class Beneficiary:
    """The body a subsidy is granted to.

    ``cer_signed_on`` is the date the contrat d'engagement républicain was signed (S-07);
    ``cer_exempt`` is set for associations agréées or reconnues d'utilité publique.
    """

    name: str
    short_name: str = ""
    legal_form: LegalForm | None = None
    siret: str | None = None
    rna: str | None = None
    address: str = ""
    representative: Representative | None = None
    history: tuple[PastSubsidy, ...] = ()
    cer_signed_on: dt.date | None = None
    cer_exempt: bool = False


@dataclass(frozen=True)
class Operation:
    """An amount charged to a budget line (one subsidy, usually)."""

    label: str
    amount: Decimal
    convention: str | None = None


@dataclass(frozen=True)
class BudgetLine:
    """« Inscription budgétaire »: budget and year, programme, amount planned, operations."""

    budget: str
    year: int | None
    programme: str
    planned: Decimal | None
    operations: tuple[Operation, ...] = ()

    @property
    def consumed(self) -> Decimal:
        return sum((o.amount for o in self.operations), ZERO)

    @property
    def available(self) -> Decimal | None:
        return None if self.planned is None else self.planned - self.consumed


@dataclass(frozen=True)
class Target:
    """A quantified target of the programme: « prospection de 200 structures … dont 40 ».

    ``key`` is stable within a convention (``A1-O1-T1``); ``of_which`` holds the parts
    the text gives (« dont 40 prospections physiques », « pour 6 entreprises »).
    """

    key: str
    quantity: int
    unit: str
    label: str
    where: str = ""
    of_which: tuple[Target, ...] = ()


@dataclass(frozen=True)
class IndicatorValue:
    """A figure reported for a target, compared with it."""

    key: str
    label: str
    target: int
    value: int

    @property
    def reached(self) -> bool:
        return self.value >= self.target

    @property
    def rate(self) -> Decimal:
        """Value over target, in percent (one decimal); 100 when the target is 0."""
        if not self.target:
            return Decimal(100)
        return (Decimal(self.value) * 100 / self.target).quantize(Decimal("0.1"))


@dataclass(frozen=True)
class Deliverable:
    """A document or table the beneficiary must hand in (« Un tableau listant … »)."""

    key: str
    label: str
    where: str = ""
    due: dt.date | None = None
    is_table: bool = True


@dataclass(frozen=True)
class Action:
    """An action of the programme, with its budget when the annex gives one."""

    number: str | None
    title: str
    budget: Decimal | None = None
    lines: tuple[str, ...] = ()
    targets: tuple[Target, ...] = ()
    deliverables: tuple[Deliverable, ...] = ()


@dataclass(frozen=True)
class Objective:
    number: str | None
    title: str
    lines: tuple[str, ...] = ()
    targets: tuple[Target, ...] = ()
    deliverables: tuple[Deliverable, ...] = ()


@dataclass(frozen=True)
class Axis:
    number: str | None
    title: str
    objectives: tuple[Objective, ...] = ()


@dataclass(frozen=True)
class BudgetRow:
    """A line of a forecast budget. ``informative`` rows (« dont charge salariale »)
    are shown but not summed; ``declared_total`` rows are the totals the table prints."""

    label: str
    amount: Decimal
    side: BudgetSide
    group: FundingGroup | None = None
    in_kind: bool = False
    informative: bool = False


@dataclass(frozen=True)
class ForecastBudget:
    """The beneficiary's forecast budget: expense and revenue rows, and the totals the
    document declares (kept to be checked, never trusted)."""

    rows: tuple[BudgetRow, ...] = ()
    declared_total: Decimal | None = None
    declared_expenses: Decimal | None = None
    declared_revenues: Decimal | None = None
    declared_subtotals: tuple[tuple[FundingGroup, Decimal], ...] = ()

    def lines(self, side: BudgetSide) -> tuple[BudgetRow, ...]:
        return tuple(r for r in self.rows if r.side is side and not r.informative)

    @property
    def expenses(self) -> Decimal:
        return sum((r.amount for r in self.lines(BudgetSide.EXPENSE)), ZERO)

    @property
    def revenues(self) -> Decimal:
        return sum((r.amount for r in self.lines(BudgetSide.REVENUE)), ZERO)

    def subtotal(self, group: FundingGroup) -> Decimal:
        return sum((r.amount for r in self.lines(BudgetSide.REVENUE) if r.group is group), ZERO)

    @property
    def in_kind(self) -> Decimal:
        return sum((r.amount for r in self.lines(BudgetSide.EXPENSE) if r.in_kind), ZERO)


@dataclass(frozen=True)
class CoFinancer:
    name: str
    amount: Decimal | None
    public: bool | None = None


@dataclass(frozen=True)
class Programme:
    """The funded programme: axes and objectives (or actions), targets, budget, co-financers.

    ``indicators`` are the tables of the indicators annex (annexe 3 in the seeds).
    """

    title: str = ""
    axes: tuple[Axis, ...] = ()
    actions: tuple[Action, ...] = ()
    budget: ForecastBudget = field(default_factory=ForecastBudget)
    co_financers: tuple[CoFinancer, ...] = ()
    indicators: tuple[Deliverable, ...] = ()
    period: str = ""

    def all_targets(self) -> tuple[Target, ...]:
        """Every target, in document order (axes, objectives, then actions)."""
        out: list[Target] = []
        for axis in self.axes:
            for obj in axis.objectives:
                out.extend(obj.targets)
        for action in self.actions:
            out.extend(action.targets)
        return tuple(out)

    def target_keys(self) -> set[str]:
        """Keys of every target and of their parts (« dont … »)."""
        return {k for t in self.all_targets() for k in (t.key, *(p.key for p in t.of_which))}

    def all_deliverables(self) -> tuple[Deliverable, ...]:
        out: list[Deliverable] = []
        for axis in self.axes:
            for obj in axis.objectives:
                out.extend(obj.deliverables)
        for action in self.actions:
            out.extend(action.deliverables)
        out.extend(self.indicators)
        return tuple(out)


@dataclass(frozen=True)
class DeliberationRef:
    """The deliberation that approved the convention."""

    number: str | None
    assembly: str
    date: dt.date | None
    report_number: str | None = None
    title: str = ""
    published_on: dt.date | None = None
    decided_amount: Decimal | None = None


@dataclass(frozen=True)
class Party:
    name: str
    representative: Representative | None = None


@dataclass(frozen=True)
class Tranche:
    """A tranche of the payment schedule: a share or an amount, and what triggers it."""

    trigger: Trigger
    share: Decimal | None = None
    amount: Decimal | None = None
    on: dt.date | None = None
    text: str = ""

    def amount_of(self, total: Decimal) -> Decimal:
        """Euros of this tranche, from ``amount`` or from ``share`` of ``total``."""
        if self.amount is not None:
            return self.amount
        if self.share is not None:
            return (total * self.share / 100).quantize(Decimal("0.01"))
        return ZERO


@dataclass(frozen=True)
class EffectiveRule:
    kind: EffectiveFrom
    on: dt.date | None = None


@dataclass(frozen=True)
class ReportDue:
    """Documents due under the convention (« comptes annuels certifiés », « rapport
    d'activité »), by ``due`` (a date) when the text gives one."""

    label: str
    due: dt.date | None = None
    article: str = ""


@dataclass(frozen=True)
class Amendment:
    """An avenant: what it changes."""

    number: int
    signed_on: dt.date | None
    object: str = ""
    amount: Decimal | None = None
    end_date: dt.date | None = None


@dataclass(frozen=True)
class Article:
    """An article of the convention, as printed."""

    number: str
    title: str
    text: str


@dataclass(frozen=True)
class Event:
    """Something that happened to a convention. ``indicator`` and ``value`` are set for
    INDICATOR_REPORTED (the target's key and the figure reached)."""

    kind: EventKind
    on: dt.date
    amount: Decimal | None = None
    label: str = ""
    indicator: str | None = None
    value: Decimal | None = None


@dataclass(frozen=True)
class Convention:
    """A subsidy convention and its life. ``key`` identifies it (deliberation number,
    else the source); ``amount`` is the ceiling; ``articles`` keep the printed text."""

    key: str
    title: str
    authority: Party
    beneficiary: Beneficiary
    amount: Decimal
    deliberation: DeliberationRef | None = None
    object: str = ""
    year: int | None = None
    legal_basis: tuple[str, ...] = ()
    ceiling_not_revisable: bool = False
    schedule: tuple[Tranche, ...] = ()
    effective: EffectiveRule | None = None
    end_date: dt.date | None = None
    end_is_latest: bool = False
    payment_request_delay: Period | None = None
    payment_request_from: EventKind | None = None
    caducity: bool = False
    retention: Period | None = None
    reports: tuple[ReportDue, ...] = ()
    obligations: tuple[str, ...] = ()
    repayment_cases: tuple[str, ...] = ()
    termination_notice: Period | None = None
    court: str = ""
    amendments: tuple[Amendment, ...] = ()
    budget_line: BudgetLine | None = None
    programme: Programme = field(default_factory=Programme)
    articles: tuple[Article, ...] = ()
    events: tuple[Event, ...] = ()
    source: str = ""

    # --- what the events say -------------------------------------------------------
    def first(self, kind: EventKind) -> dt.date | None:
        """Date of the first event of this kind, or None."""
        dates = [e.on for e in self.events if e.kind is kind]
        return min(dates) if dates else None

    def total(self, kind: EventKind) -> Decimal:
        """Sum of the amounts of the events of this kind."""
        return sum((e.amount or ZERO for e in self.events if e.kind is kind), ZERO)

    @property
    def ceiling(self) -> Decimal:
        """The amount as amended: the last avenant that sets one wins."""
        amounts = [a.amount for a in sorted(self.amendments, key=lambda a: a.number) if a.amount]
        return amounts[-1] if amounts else self.amount

    @property
    def current_end_date(self) -> dt.date | None:
        ends = [a.end_date for a in sorted(self.amendments, key=lambda a: a.number) if a.end_date]
        return ends[-1] if ends else self.end_date

    @property
    def effective_date(self) -> dt.date | None:
        """When the convention took effect, from its rule and the events; None if unknown."""
        if self.effective is None:
            return self.first(EventKind.SIGNATURE)
        if self.effective.kind is EffectiveFrom.DATE:
            return self.effective.on
        if self.effective.kind is EffectiveFrom.PREFECT_TRANSMISSION:
            return self.first(EventKind.PREFECT_TRANSMISSION)
        return self.first(EventKind.SIGNATURE)

    @property
    def paid(self) -> Decimal:
        """Paid minus repaid."""
        return self.total(EventKind.PAYMENT) - self.total(EventKind.REPAYMENT)

    def authority_share(self) -> Decimal | None:
        """The authority's share of the programme's revenues, in percent (2 decimals)."""
        revenues = self.programme.budget.revenues
        if not revenues:
            return None
        return (self.amount * 100 / revenues).quantize(Decimal("0.01"))
