"""The subsidy rules. Each check returns findings, never raises; each finding names the
rule (an ID of ``regles-juridiques.md`` or a project code), the convention, the figure
and the article.

Project codes: ``BUD-BAL`` forecast budget not balanced, ``BUD-TOT`` a printed total
that is not the sum of its lines, ``BUD-SUB`` private + public subtotals, ``BUD-AUTH``
the authority's line differs from the convention's amount, ``BUD-LINE`` operations
beyond the budget line, ``DEL-AMT`` deliberation and convention disagree, ``SCH-SUM``
tranches that do not add up to the whole, ``PAY-CEIL`` payments above the ceiling,
``TGT-SUM`` parts of a target larger than the target.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal

from registre.core.vocabulary import Severity
from registre.subsidies.deadlines import article_mentioning, deadlines, payment_request_deadline
from registre.subsidies.findings import SubsidyFinding, euros
from registre.subsidies.model import ZERO, BudgetLine, Convention, PastSubsidy
from registre.subsidies.settings import DEFAULT, SubsidySettings
from registre.subsidies.vocabulary import (
    BudgetSide,
    DeadlineKind,
    DeadlineState,
    EventKind,
    FundingGroup,
    LegalForm,
)

ERROR, WARNING, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO


def _budget_article(c: Convention) -> str:
    return article_mentioning(c, "budget") or "annexe budget prévisionnel"


def check_forecast_budget(c: Convention) -> list[SubsidyFinding]:
    """Expenses = revenues; printed totals and subtotals = sums of their lines; private +
    public = revenues. An empty budget is reported (nothing to check)."""
    b = c.programme.budget
    art = _budget_article(c)
    if not b.rows:
        return [
            SubsidyFinding(
                WARNING, "BUD-BAL", "aucun budget prévisionnel lu : équilibre non vérifié", c.key, article=art
            )
        ]
    out = []
    if b.expenses != b.revenues:
        out.append(
            SubsidyFinding(
                ERROR,
                "BUD-BAL",
                f"budget prévisionnel non équilibré : dépenses {euros(b.expenses)} ≠ "
                f"recettes {euros(b.revenues)} (écart {euros(b.expenses - b.revenues)})",
                c.key,
                figure=f"{b.expenses}≠{b.revenues}",
                article=art,
            )
        )
    totals = [
        ("total des dépenses", b.declared_expenses, b.expenses),
        ("total des recettes", b.declared_revenues, b.revenues),
    ]
    if b.declared_total is not None and b.declared_total not in (b.declared_expenses, b.declared_revenues):
        # a single printed total (prose budgets): it is the total of both sides
        if b.declared_expenses is None:
            totals.append(("total (dépenses)", b.declared_total, b.expenses))
        if b.declared_revenues is None:
            totals.append(("total (recettes)", b.declared_total, b.revenues))
    for name, declared, computed in totals:
        if declared is not None and declared != computed:
            out.append(
                SubsidyFinding(
                    ERROR,
                    "BUD-TOT",
                    f"{name} imprimé {euros(declared)} ≠ somme des lignes {euros(computed)}",
                    c.key,
                    figure=f"{declared}≠{computed}",
                    article=art,
                )
            )
    for group, declared in b.declared_subtotals:
        computed = b.subtotal(group)
        if declared != computed:
            out.append(
                SubsidyFinding(
                    ERROR,
                    "BUD-SUB",
                    f"sous-total {group.label} imprimé {euros(declared)} ≠ somme des "
                    f"lignes {euros(computed)}",
                    c.key,
                    figure=f"{declared}≠{computed}",
                    article=art,
                )
            )
    grouped = [r for r in b.lines(BudgetSide.REVENUE) if r.group is not None]
    if grouped:
        total = b.subtotal(FundingGroup.PRIVATE) + b.subtotal(FundingGroup.PUBLIC)
        if total != b.revenues:
            out.append(
                SubsidyFinding(
                    ERROR,
                    "BUD-SUB",
                    f"privé + public = {euros(total)} ≠ recettes {euros(b.revenues)}",
                    c.key,
                    figure=f"{total}≠{b.revenues}",
                    article=art,
                )
            )
    return out


def _is_authority_row(c: Convention, label: str) -> bool:
    low = label.lower()
    return c.authority.name.lower() in low or low in c.authority.name.lower()


def check_authority_share(c: Convention) -> list[SubsidyFinding]:
    """The authority's revenue line is the convention's amount; its share is reported."""
    rows = [r for r in c.programme.budget.lines(BudgetSide.REVENUE) if _is_authority_row(c, r.label)]
    if not rows:
        return []
    line = sum((r.amount for r in rows), ZERO)
    out = []
    if line != c.amount:
        out.append(
            SubsidyFinding(
                ERROR,
                "BUD-AUTH",
                f"la ligne « {rows[0].label} » du budget prévisionnel ({euros(line)}) "
                f"diffère du montant de la convention ({euros(c.amount)})",
                c.key,
                figure=f"{line}≠{c.amount}",
                article=_budget_article(c),
            )
        )
    share = c.authority_share()
    if share is not None:
        out.append(
            SubsidyFinding(
                INFO,
                "BUD-AUTH",
                f"part de {c.authority.name} : {share} % des recettes",
                c.key,
                figure=f"{share} %",
                article=_budget_article(c),
            )
        )
    return out


def check_budget_line(line: BudgetLine, convention: str = "") -> list[SubsidyFinding]:
    """The operations charged to a budget line fit in its amount planned (L2311-7: the
    grant is within the credits voted)."""
    if line.planned is None or line.consumed <= line.planned:
        return []
    return [
        SubsidyFinding(
            ERROR,
            "BUD-LINE",
            f"la ligne « {line.programme} » ({line.budget}) est dépassée : "
            f"{euros(line.consumed)} engagés pour {euros(line.planned)} prévus",
            convention,
            figure=f"{line.consumed}>{line.planned}",
            article="CGCT L2311-7 ; inscription budgétaire",
        )
    ]


def check_deliberation(c: Convention) -> list[SubsidyFinding]:
    """The amounts of the deliberation, its budget inscription and the convention agree."""
    out = []
    pairs = []
    if c.deliberation and c.deliberation.decided_amount is not None:
        pairs.append(("décidé par la délibération", c.deliberation.decided_amount))
    if c.budget_line:
        own = [o.amount for o in c.budget_line.operations if o.convention == c.key]
        pairs.extend(("de l'opération (inscription budgétaire)", a) for a in own)
        out.extend(check_budget_line(c.budget_line, c.key))
    for what, amount in pairs:
        if amount != c.amount:
            out.append(
                SubsidyFinding(
                    ERROR,
                    "DEL-AMT",
                    f"montant {what} {euros(amount)} ≠ montant de la convention {euros(c.amount)}",
                    c.key,
                    figure=f"{amount}≠{c.amount}",
                    article=article_mentioning(c, "subvention de"),
                )
            )
    return out


def convention_required(amount_in_year: Decimal, settings: SubsidySettings = DEFAULT) -> bool:
    """S-01 (loi 2000-321 art. 10 ; décret 2001-495 art. 1): above the threshold a year."""
    return amount_in_year > settings.convention_threshold


def check_convention_required(
    key: str, legal_form: LegalForm | None, grants: Iterable[PastSubsidy], settings: SubsidySettings = DEFAULT
) -> list[SubsidyFinding]:
    """S-01 over a beneficiary's grants, year by year: a year above the threshold whose
    grants include one known to have no convention is an error; unknown is reported."""
    if legal_form is LegalForm.PUBLIC_BODY:
        return []  # S-01 is about private bodies
    by_year: dict[int, list[PastSubsidy]] = {}
    for g in grants:
        by_year.setdefault(g.year, []).append(g)
    out = []
    for year, gs in sorted(by_year.items()):
        total = sum((g.amount for g in gs), ZERO)
        if not convention_required(total, settings):
            continue
        if any(g.had_convention is False for g in gs):
            out.append(
                SubsidyFinding(
                    ERROR,
                    "S-01",
                    f"{year} : {euros(total)} attribués sans convention (seuil "
                    f"{euros(settings.convention_threshold)})",
                    key,
                    figure=str(total),
                    article="loi 2000-321 art. 10 ; décret 2001-495 art. 1",
                )
            )
        elif any(g.had_convention is None for g in gs):
            out.append(
                SubsidyFinding(
                    INFO,
                    "S-01",
                    f"{year} : {euros(total)} au-dessus du seuil, convention non attestée",
                    key,
                    figure=str(total),
                    article="loi 2000-321 art. 10 ; décret 2001-495 art. 1",
                )
            )
    return out


def check_schedule(c: Convention) -> list[SubsidyFinding]:
    """S-02: the schedule is part of the convention; its tranches add up to the whole and
    each tranche's share and amount agree (« 100 %, soit 45 000 € »)."""
    art = article_mentioning(c, "versée") or "S-02 ; loi 2000-321 art. 10"
    if not c.schedule:
        return [SubsidyFinding(WARNING, "S-02", "aucun échéancier de versement lu", c.key, article=art)]
    out = []
    for i, t in enumerate(c.schedule, 1):
        if t.share is not None and t.amount is not None:
            expected = (c.ceiling * t.share / 100).quantize(Decimal("0.01"))
            if expected != t.amount:
                out.append(
                    SubsidyFinding(
                        ERROR,
                        "SCH-SUM",
                        f"tranche {i} : {t.share} % de {euros(c.ceiling)} = {euros(expected)}, "
                        f"pas {euros(t.amount)}",
                        c.key,
                        figure=f"{t.amount}≠{expected}",
                        article=art,
                    )
                )
    total = sum((t.amount_of(c.ceiling) for t in c.schedule), ZERO)
    if total != c.ceiling:
        out.append(
            SubsidyFinding(
                ERROR,
                "SCH-SUM",
                f"les tranches totalisent {euros(total)} pour un montant de {euros(c.ceiling)}",
                c.key,
                figure=f"{total}≠{c.ceiling}",
                article=art,
            )
        )
    return out


def check_payments(c: Convention) -> list[SubsidyFinding]:
    """Payments (net of repayments) never exceed the ceiling (« plafond non révisable »)."""
    if c.paid <= c.ceiling:
        return []
    return [
        SubsidyFinding(
            ERROR,
            "PAY-CEIL",
            f"versé {euros(c.paid)} au-delà du plafond de {euros(c.ceiling)}",
            c.key,
            figure=f"{c.paid}>{c.ceiling}",
            article=article_mentioning(c, "plafond") or "convention",
        )
    ]


def check_payment_requests(c: Convention) -> list[SubsidyFinding]:
    """S-12: a payment requested after the convention's deadline is lapsed (caduque)."""
    limit = payment_request_deadline(c)
    if limit is None or not c.caducity:
        return []
    art = article_mentioning(c, "caduque")
    return [
        SubsidyFinding(
            ERROR,
            "S-12",
            f"demande de paiement du {e.on:%d/%m/%Y} après la date limite du {limit:%d/%m/%Y} "
            f"({c.payment_request_delay} après la notification) : subvention caduque",
            c.key,
            figure=f"{e.on.isoformat()}>{limit.isoformat()}",
            article=art,
        )
        for e in c.events
        if e.kind is EventKind.PAYMENT_REQUEST and e.on > limit
    ]


def check_cer(c: Convention, settings: SubsidySettings = DEFAULT) -> list[SubsidyFinding]:
    """S-07: an association or foundation has signed the contrat d'engagement républicain
    (loi 2000-321 art. 10-1), unless agréée or reconnue d'utilité publique."""
    b = c.beneficiary
    art = "loi 2000-321 art. 10-1 ; décret 2021-1947"
    if b.legal_form not in (LegalForm.ASSOCIATION, LegalForm.FOUNDATION) or b.cer_exempt:
        if b.legal_form is None:
            return [
                SubsidyFinding(
                    INFO,
                    "S-07",
                    f"forme juridique de « {b.name} » inconnue : contrat "
                    "d'engagement républicain non vérifié",
                    c.key,
                    article=art,
                )
            ]
        return []
    asked = c.deliberation.date if c.deliberation and c.deliberation.date else None
    if asked is not None and asked < settings.cer_since:
        return []
    if b.cer_signed_on is None:
        return [
            SubsidyFinding(
                ERROR,
                "S-07",
                f"« {b.name} » ({b.legal_form.label}) : contrat d'engagement républicain non attesté",
                c.key,
                article=art,
            )
        ]
    return []


def check_publication(
    c: Convention, on: dt.date, settings: SubsidySettings = DEFAULT
) -> list[SubsidyFinding]:
    """S-06: essential data published at the latest three months after signature."""
    out = []
    for d in deadlines(c, settings):
        if d.kind is DeadlineKind.PUBLICATION and d.state(on, settings) is DeadlineState.OVERDUE:
            assert d.due is not None
            out.append(
                SubsidyFinding(
                    ERROR,
                    "S-06",
                    f"données essentielles non publiées au {on:%d/%m/%Y} (dues le {d.due:%d/%m/%Y})",
                    c.key,
                    figure=d.due.isoformat(),
                    article=d.article,
                )
            )
    return out


def check_targets(c: Convention) -> list[SubsidyFinding]:
    """The parts of a target (« dont 40 ») are not more than the target."""
    out = []
    for t in c.programme.all_targets():
        parts = sum(p.quantity for p in t.of_which)
        if t.of_which and parts > t.quantity:
            out.append(
                SubsidyFinding(
                    WARNING,
                    "TGT-SUM",
                    f"cible « {t.label} » : {parts} en détail pour {t.quantity} au total",
                    c.key,
                    figure=f"{parts}>{t.quantity}",
                    article=t.where or "annexes",
                )
            )
    return out


def check_convention(
    c: Convention, on: dt.date | None = None, settings: SubsidySettings = DEFAULT
) -> list[SubsidyFinding]:
    """Every rule on one convention; ``on`` (a date) adds the time-dependent ones."""
    history = [*c.beneficiary.history]
    if c.year is not None:
        history.append(PastSubsidy(c.year, c.ceiling, c.object, had_convention=True))
    out = [
        *check_forecast_budget(c),
        *check_authority_share(c),
        *check_deliberation(c),
        *check_convention_required(c.key, c.beneficiary.legal_form, history, settings),
        *check_schedule(c),
        *check_payments(c),
        *check_payment_requests(c),
        *check_cer(c, settings),
        *check_targets(c),
    ]
    if on is not None:
        out.extend(check_publication(c, on, settings))
    return out
