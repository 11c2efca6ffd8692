"""Models ↔ dataclasses: ``to_domain`` builds a :class:`registre.subsidies.model.Convention`
from the database (every rule is computed on it), ``write_tree`` stores one.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from typing import Any

from django.db.models import Prefetch
from django.utils import timezone

from registre.subsidies import model as d
from registre.subsidies.vocabulary import (
    BudgetSide,
    EffectiveFrom,
    EventKind,
    FundingGroup,
    LegalForm,
    Trigger,
)
from registre.web.subsidies import models as sm


def period_to_json(p: d.Period | None) -> dict[str, int] | None:
    return None if p is None else {"years": p.years, "months": p.months, "days": p.days}


def period_from_json(j: dict[str, int] | None) -> d.Period | None:
    return None if not j else d.Period(months=j.get("months", 0), days=j.get("days", 0),
                                       years=j.get("years", 0))


def _dec(v: Any) -> Decimal | None:
    return None if v is None else Decimal(v)


# --- database → domain ------------------------------------------------------------------

def conventions_queryset() -> Any:
    """Conventions with everything ``to_domain`` reads, in one round of queries."""
    return sm.Convention.objects.select_related(
        "authority", "beneficiary", "budget_line", "deliberation__item__session__assembly__authority"
    ).prefetch_related(
        "tranches", "reports_due", "articles", "amendments", "budget_rows", "co_financers", "events",
        "beneficiary__history",
        Prefetch("programme_nodes", queryset=sm.ProgrammeNode.objects.order_by("position", "id")),
        Prefetch("targets", queryset=sm.Target.objects.order_by("position", "id")),
        Prefetch("deliverables", queryset=sm.Deliverable.objects.order_by("position", "id")),
        Prefetch("budget_line__conventions", queryset=sm.Convention.objects.only(
            "id", "key", "amount", "title", "deliberation_title", "budget_line_id")),
    )


def _beneficiary(b: sm.Beneficiary) -> d.Beneficiary:
    rep = d.Representative(b.representative_name, b.representative_role) if b.representative_name else None
    return d.Beneficiary(
        name=b.name, short_name=b.short_name, legal_form=LegalForm(b.legal_form) if b.legal_form else None,
        siret=b.siret or None, rna=b.rna or None, address=b.address, representative=rep,
        history=tuple(d.PastSubsidy(p.year, p.amount, p.object, p.had_convention) for p in b.history.all()),
        cer_signed_on=b.cer_signed_on, cer_exempt=b.cer_exempt)


def _budget_line(line: sm.BudgetLine | None) -> d.BudgetLine | None:
    if line is None:
        return None
    ops = tuple(d.Operation(c.deliberation_title or c.title, c.amount, c.key)
                for c in line.conventions.all())
    return d.BudgetLine(line.budget, line.year, line.programme, line.planned, ops)


def _programme(c: sm.Convention) -> d.Programme:
    nodes = list(c.programme_nodes.all())
    # Rows grouped once by their parent (target parts), node, and node of deliverables.
    parts: dict[int | None, list[sm.Target]] = defaultdict(list)
    top: dict[int, list[sm.Target]] = defaultdict(list)
    for t in c.targets.all():
        (parts[t.parent_id] if t.parent_id else top[t.node_id]).append(t)
    by_node: dict[int | None, list[sm.Deliverable]] = defaultdict(list)
    for x in c.deliverables.all():
        by_node[x.node_id].append(x)

    def build(t: sm.Target) -> d.Target:
        return d.Target(t.key, t.quantity, t.unit, t.label, t.where, tuple(build(p) for p in parts[t.pk]))

    def node_targets(n: sm.ProgrammeNode) -> tuple[d.Target, ...]:
        return tuple(build(t) for t in top[n.pk])

    def node_deliverables(n: sm.ProgrammeNode | None) -> tuple[d.Deliverable, ...]:
        return tuple(d.Deliverable(x.key, x.label, x.where, x.due, x.is_table)
                     for x in by_node[n.pk if n else None])

    axes = tuple(
        d.Axis(a.number or None, a.title, tuple(
            d.Objective(o.number or None, o.title, tuple(o.lines), node_targets(o), node_deliverables(o))
            for o in nodes if o.parent_id == a.pk))
        for a in nodes if a.kind == "axe")
    actions = tuple(d.Action(a.number or None, a.title, a.budget, tuple(a.lines), node_targets(a),
                             node_deliverables(a)) for a in nodes if a.kind == "action")
    rows = tuple(d.BudgetRow(r.label, r.amount, BudgetSide(r.side),
                             FundingGroup(r.group) if r.group else None, r.in_kind, r.informative)
                 for r in c.budget_rows.all())
    budget = d.ForecastBudget(
        rows, c.declared_total, c.declared_expenses, c.declared_revenues,
        tuple((FundingGroup(k), Decimal(v)) for k, v in c.declared_subtotals.items()))
    return d.Programme(
        title=c.programme_title, axes=axes, actions=actions, budget=budget,
        co_financers=tuple(d.CoFinancer(f.name, f.amount, f.public) for f in c.co_financers.all()),
        indicators=node_deliverables(None), period=c.programme_period)


def to_domain(c: sm.Convention) -> d.Convention:
    """The dataclass of a stored convention (use :func:`conventions_queryset` to fetch it)."""
    rep = (d.Representative(c.authority_representative, c.authority_representative_role)
           if c.authority_representative else None)
    delib = d.DeliberationRef(c.deliberation_number or None, c.deliberation_assembly, c.deliberation_date,
                              c.deliberation_report or None, c.deliberation_title,
                              c.deliberation_published_on, c.decided_amount)
    effective = (d.EffectiveRule(EffectiveFrom(c.effective_from), c.effective_on)
                 if c.effective_from else None)
    return d.Convention(
        key=c.key, title=c.title, authority=d.Party(c.authority_party or c.authority.name, rep),
        beneficiary=_beneficiary(c.beneficiary), amount=c.amount, deliberation=delib, object=c.object,
        year=c.year, legal_basis=tuple(c.legal_basis), ceiling_not_revisable=c.ceiling_not_revisable,
        schedule=tuple(d.Tranche(Trigger(t.trigger), t.share, t.amount, t.on, t.text)
                       for t in c.tranches.all()),
        effective=effective, end_date=c.end_date, end_is_latest=c.end_is_latest,
        payment_request_delay=period_from_json(c.payment_request_delay),
        payment_request_from=EventKind(c.payment_request_from) if c.payment_request_from else None,
        caducity=c.caducity, retention=period_from_json(c.retention),
        reports=tuple(d.ReportDue(r.label, r.due, r.article) for r in c.reports_due.all()),
        obligations=tuple(c.obligations), repayment_cases=tuple(c.repayment_cases),
        termination_notice=period_from_json(c.termination_notice), court=c.court,
        amendments=tuple(d.Amendment(a.number, a.signed_on, a.object, a.amount, a.end_date)
                         for a in c.amendments.all()),
        budget_line=_budget_line(c.budget_line), programme=_programme(c),
        articles=tuple(d.Article(a.number, a.title, a.text) for a in c.articles.all()),
        events=tuple(sorted((d.Event(EventKind(e.kind), e.on, e.amount, e.label, e.indicator or None,
                                     e.value) for e in c.events.all()), key=lambda e: e.on)),
        source=c.source)


# --- domain → database ------------------------------------------------------------------

def convention_fields(c: d.Convention) -> dict[str, Any]:
    """The scalar fields of :class:`sm.Convention` from the dataclass."""
    rep = c.authority.representative
    ref = c.deliberation or d.DeliberationRef(None, "", None)
    b = c.programme.budget
    return dict(
        title=c.title[:500], object=c.object, amount=c.amount, ceiling_not_revisable=c.ceiling_not_revisable,
        year=c.year, authority_party=c.authority.name[:300],
        authority_representative=rep.name[:300] if rep else "",
        authority_representative_role=rep.role[:200] if rep else "",
        deliberation_number=ref.number or "", deliberation_assembly=ref.assembly[:200],
        deliberation_date=ref.date, deliberation_report=ref.report_number or "",
        deliberation_title=ref.title, deliberation_published_on=ref.published_on,
        decided_amount=ref.decided_amount,
        effective_from=c.effective.kind.value if c.effective else "",
        effective_on=c.effective.on if c.effective else None,
        end_date=c.end_date, end_is_latest=c.end_is_latest,
        payment_request_delay=period_to_json(c.payment_request_delay),
        payment_request_from=c.payment_request_from.value if c.payment_request_from else "",
        caducity=c.caducity, retention=period_to_json(c.retention),
        termination_notice=period_to_json(c.termination_notice), court=c.court[:300],
        legal_basis=list(c.legal_basis), obligations=list(c.obligations),
        repayment_cases=list(c.repayment_cases), programme_title=c.programme.title[:500],
        programme_period=c.programme.period[:200], declared_total=b.declared_total,
        declared_expenses=b.declared_expenses, declared_revenues=b.declared_revenues,
        declared_subtotals={g.value: str(v) for g, v in b.declared_subtotals},
        source=c.source[:500])


CHILDREN = ("tranches", "reports_due", "articles", "budget_rows", "co_financers", "deliverables",
            "targets", "programme_nodes")


def clear_tree(conv: sm.Convention) -> None:
    """Hide (soft-delete) the rows read from the text before a re-import writes them again."""
    now = timezone.now()
    for name in CHILDREN:
        getattr(conv, name).update(deleted_at=now)


def write_tree(conv: sm.Convention, c: d.Convention) -> None:
    """Store the rows of ``c`` read from the text (schedule, reports, articles, programme)."""
    for i, t in enumerate(c.schedule):
        sm.Tranche.objects.create(convention=conv, position=i, trigger=t.trigger.value, share=t.share,
                                  amount=t.amount, on=t.on, text=t.text)
    for i, r in enumerate(c.reports):
        sm.ReportDue.objects.create(convention=conv, position=i, label=r.label, due=r.due,
                                   article=r.article[:60])
    sm.Article.objects.bulk_create(sm.Article(convention=conv, position=i, number=a.number[:20],
                                              title=a.title[:300], text=a.text)
                                   for i, a in enumerate(c.articles))
    p = c.programme
    for i, r in enumerate(p.budget.rows):
        sm.BudgetRow.objects.create(convention=conv, position=i, label=r.label[:400], amount=r.amount,
                                    side=r.side.value, group=r.group.value if r.group else "",
                                    in_kind=r.in_kind, informative=r.informative)
    for i, f in enumerate(p.co_financers):
        sm.CoFinancer.objects.create(convention=conv, position=i, name=f.name[:300], amount=f.amount,
                                     public=f.public)
    counter = iter(range(10_000))
    for axis in p.axes:
        a = sm.ProgrammeNode.objects.create(convention=conv, position=next(counter), kind="axe",
                                            number=axis.number or "", title=axis.title)
        for o in axis.objectives:
            node = sm.ProgrammeNode.objects.create(convention=conv, position=next(counter), parent=a,
                                                   kind="objectif", number=o.number or "", title=o.title,
                                                   lines=list(o.lines))
            _write_leaves(conv, node, o.targets, o.deliverables, counter)
    for action in p.actions:
        node = sm.ProgrammeNode.objects.create(convention=conv, position=next(counter), kind="action",
                                               number=action.number or "", title=action.title,
                                               lines=list(action.lines), budget=action.budget)
        _write_leaves(conv, node, action.targets, action.deliverables, counter)
    _write_leaves(conv, None, (), p.indicators, counter)


def _write_leaves(conv: sm.Convention, node: sm.ProgrammeNode | None, targets: tuple[d.Target, ...],
                  deliverables: tuple[d.Deliverable, ...], counter: Any) -> None:
    def target(t: d.Target, parent: sm.Target | None) -> None:
        assert node is not None
        row = sm.Target.objects.create(convention=conv, node=node, parent=parent, position=next(counter),
                                       key=t.key[:60], quantity=t.quantity, unit=t.unit[:200],
                                       label=t.label, where=t.where[:300])
        for part in t.of_which:
            target(part, row)

    for t in targets:
        target(t, None)
    for x in deliverables:
        sm.Deliverable.objects.create(convention=conv, node=node, position=next(counter), key=x.key[:60],
                                      label=x.label, where=x.where[:300], due=x.due, is_table=x.is_table)
