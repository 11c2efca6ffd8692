"""Deadlines of a convention and their state at a date: due, overdue, lapsing, lapsed.

A deadline whose starting event has not happened yet (no signature recorded, say) has
no date: it is « en attente » of that event, and says which. Nothing here reads a clock:
the date of the view is always passed in.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from registre.subsidies.model import ZERO, Convention, Period
from registre.subsidies.settings import DEFAULT, SubsidySettings
from registre.subsidies.vocabulary import (
    ConventionState,
    DeadlineKind,
    DeadlineState,
    EventKind,
    Trigger,
)


@dataclass(frozen=True)
class Deadline:
    """One thing due under a convention or the law.

    ``due`` is None while ``waiting_for`` has not happened; ``lapses`` marks a deadline
    whose miss makes a right lapse (caducité) rather than a duty late; ``informative``
    deadlines (end of the convention, of the retention) are reached, never late.
    """

    convention: str
    kind: DeadlineKind
    label: str
    due: dt.date | None
    rule: str
    article: str = ""
    waiting_for: str = ""
    done_on: dt.date | None = None
    lapses: bool = False
    informative: bool = False
    amount: Decimal | None = None

    def state(self, on: dt.date, settings: SubsidySettings = DEFAULT) -> DeadlineState:
        """State of this deadline on ``on``."""
        if self.done_on is not None:
            return DeadlineState.DONE
        if self.due is None:
            return DeadlineState.PENDING
        if self.informative:
            return DeadlineState.DONE if on > self.due else DeadlineState.UPCOMING
        if on > self.due:
            return DeadlineState.LAPSED if self.lapses else DeadlineState.OVERDUE
        if (self.due - on).days <= settings.warning_days:
            return DeadlineState.LAPSING if self.lapses else DeadlineState.DUE
        return DeadlineState.UPCOMING


def article_mentioning(convention: Convention, *words: str) -> str:
    """« convention art. 4 » for the first article whose text has all ``words``, or ""."""
    for a in convention.articles:
        low = a.text.lower()
        if all(w in low for w in words):
            return f"convention art. {a.number}"
    return ""


def event_date(convention: Convention, kind: EventKind) -> dt.date | None:
    if kind is EventKind.SIGNATURE:
        return convention.first(EventKind.SIGNATURE)
    return convention.first(kind)


def payment_request_deadline(convention: Convention) -> dt.date | None:
    """Last day to request payment under the convention's clause, or None (no clause, or
    its starting event not recorded). S-12: there is no general law, only the clause."""
    if convention.payment_request_delay is None or convention.payment_request_from is None:
        return None
    start = event_date(convention, convention.payment_request_from)
    return None if start is None else convention.payment_request_delay.after(start)


def _trigger_date(convention: Convention, trigger: Trigger, on: dt.date | None) -> dt.date | None:
    return {
        Trigger.SIGNATURE: convention.first(EventKind.SIGNATURE),
        Trigger.NOTIFICATION: convention.first(EventKind.NOTIFICATION),
        Trigger.EFFECTIVE: convention.effective_date,
        Trigger.REPORT: convention.first(EventKind.REPORT_RECEIVED),
        Trigger.DATE: on,
    }[trigger]


def _payments_crossing(convention: Convention, threshold: Decimal) -> dt.date | None:
    """Date at which cumulated payments reached ``threshold``, or None."""
    paid = ZERO
    for e in sorted((e for e in convention.events if e.kind is EventKind.PAYMENT), key=lambda e: e.on):
        paid += e.amount or ZERO
        if paid >= threshold:
            return e.on
    return None


def _payment_deadlines(c: Convention, settings: SubsidySettings) -> list[Deadline]:
    # S-03: the authority pays within 60 days of the event the convention provides.
    out = []
    cumulated = ZERO
    article = article_mentioning(c, "versée") or article_mentioning(c, "versement")
    for i, tranche in enumerate(c.schedule, 1):
        amount = tranche.amount_of(c.ceiling)
        cumulated += amount
        start = _trigger_date(c, tranche.trigger, tranche.on)
        out.append(
            Deadline(
                convention=c.key,
                kind=DeadlineKind.PAYMENT,
                label=f"Versement de la tranche {i} ({tranche.trigger.label}) "
                f"sous {settings.payment_days} jours",
                due=None if start is None else start + dt.timedelta(days=settings.payment_days),
                rule="S-03",
                article=article or "loi 2000-321 art. 10",
                waiting_for="" if start else tranche.trigger.label.removeprefix("à la ").removeprefix("sur "),
                done_on=_payments_crossing(c, cumulated),
                amount=amount,
            )
        )
    return out


def _report_done(c: Convention, *words: str) -> dt.date | None:
    dates = [
        e.on
        for e in c.events
        if e.kind is EventKind.REPORT_RECEIVED and (not e.label or any(w in e.label.lower() for w in words))
    ]
    return min(dates) if dates else None


def _deliverable_deadlines(c: Convention, end: dt.date | None) -> list[Deadline]:
    """Tables of the annexes (the deliverables workbook) and the other documents they ask
    for, each group done when every one of its keys has been received."""
    received = {e.label for e in c.events if e.kind is EventKind.DELIVERABLE_RECEIVED}
    dates = [e.on for e in c.events if e.kind is EventKind.DELIVERABLE_RECEIVED]
    out = []
    all_items = c.programme.all_deliverables()
    for is_table, what in ((True, "tableaux"), (False, "autres documents")):
        items = [d for d in all_items if d.is_table is is_table]
        if not items:
            continue
        done = max(dates) if dates and ("" in received or {d.key for d in items} <= received) else None
        out.append(
            Deadline(
                convention=c.key,
                kind=DeadlineKind.REPORTS,
                label=f"Livrables des annexes, {what} ({len(items)})",
                due=end,
                rule="S-08",
                article=article_mentioning(c, "indicateurs") or "annexes",
                waiting_for="" if end else "fin du programme",
                done_on=done,
            )
        )
    return out


def deadlines(c: Convention, settings: SubsidySettings = DEFAULT) -> list[Deadline]:
    """Every deadline of convention ``c``, dated when its starting event is known."""
    out: list[Deadline] = []
    if c.payment_request_delay is not None:
        start_kind = c.payment_request_from or EventKind.NOTIFICATION
        requested = c.first(EventKind.PAYMENT_REQUEST)
        due = payment_request_deadline(c)
        out.append(
            Deadline(
                convention=c.key,
                kind=DeadlineKind.PAYMENT_REQUEST,
                label=f"Demande de paiement dans les {c.payment_request_delay} suivant la {start_kind.label}",
                due=due,
                rule="S-12",
                article=article_mentioning(c, "caduque"),
                waiting_for="" if due else start_kind.label,
                lapses=c.caducity,
                done_on=requested if requested and (due is None or requested <= due) else None,
            )
        )
    out.extend(_payment_deadlines(c, settings))
    signed = c.first(EventKind.SIGNATURE)
    # S-06: essential data of conventions (> threshold) published within 3 months.
    if c.ceiling > settings.convention_threshold and (signed is None or signed >= settings.publication_since):
        out.append(
            Deadline(
                convention=c.key,
                kind=DeadlineKind.PUBLICATION,
                label="Publication des données essentielles "
                f"(≤ {settings.publication_months} mois après signature)",
                due=None if signed is None else Period(months=settings.publication_months).after(signed),
                rule="S-06",
                article="décret 2017-779 ; arrêté du 17 nov. 2017",
                waiting_for="" if signed else "signature",
                done_on=c.first(EventKind.PUBLICATION),
            )
        )
    end = c.current_end_date
    for report in c.reports:
        due = report.due or end
        words = tuple(w for w in report.label.lower().split() if len(w) > 5)[:2]
        out.append(
            Deadline(
                convention=c.key,
                kind=DeadlineKind.REPORTS,
                label=f"Remise : {report.label}",
                due=due,
                rule="S-08",
                article=report.article or "CGCT L1611-4",
                waiting_for="" if due else "fin du programme",
                done_on=_report_done(c, *words),
            )
        )
    out.extend(_deliverable_deadlines(c, end))
    if c.year is not None and c.programme.budget.rows:
        # S-04: compte rendu financier within six months after the end of the financial year.
        year_end = dt.date(c.year, 12, 31)
        out.append(
            Deadline(
                convention=c.key,
                kind=DeadlineKind.FINANCIAL_REPORT,
                label=f"Compte rendu financier de l'exercice {c.year}",
                due=Period(months=settings.financial_report_months).after(year_end),
                rule="S-04",
                article="loi 2000-321 art. 10",
                done_on=_report_done(c, "financier", "comptes"),
            )
        )
    if end is not None:
        out.append(
            Deadline(
                convention=c.key,
                kind=DeadlineKind.END,
                label="Fin de la convention" + (" (au plus tard)" if c.end_is_latest else ""),
                due=end,
                rule="",
                article=article_mentioning(c, "cessera"),
                informative=True,
            )
        )
        if c.retention is not None:
            out.append(
                Deadline(
                    convention=c.key,
                    kind=DeadlineKind.RETENTION,
                    label=f"Fin de conservation des pièces justificatives ({c.retention})",
                    due=c.retention.after(end),
                    rule="S-08",
                    article=article_mentioning(c, "conserver"),
                    informative=True,
                )
            )
    return out


_PRIORITY = [
    (DeadlineState.LAPSED, ConventionState.LAPSED),
    (DeadlineState.OVERDUE, ConventionState.OVERDUE),
    (DeadlineState.LAPSING, ConventionState.LAPSING),
    (DeadlineState.DUE, ConventionState.DUE),
]


def convention_state(c: Convention, on: dt.date, settings: SubsidySettings = DEFAULT) -> ConventionState:
    """The most pressing state of ``c``'s deadlines on ``on``; else closed (ended, all
    done), running (in effect) or pending (not yet in effect)."""
    states = {d.state(on, settings) for d in deadlines(c, settings) if not d.informative}
    for deadline_state, state in _PRIORITY:
        if deadline_state in states:
            return state
    end = c.current_end_date
    if end is not None and on > end and DeadlineState.PENDING not in states:
        return ConventionState.CLOSED
    effective = c.effective_date
    if effective is not None and effective <= on:
        return ConventionState.RUNNING
    return ConventionState.PENDING
