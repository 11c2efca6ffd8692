"""Reading the forecast budget annex: tab-separated tables (expenses, then revenues with
private and public subtotals) or prose (« L'action 1 porte sur budget total de 6 500€ »).

The totals the document prints are kept apart (``declared_*``) so that the rules check
them against the sum of the lines instead of trusting them.
"""

from __future__ import annotations

import re
from decimal import Decimal

from registre.subsidies.model import BudgetRow, CoFinancer, ForecastBudget
from registre.subsidies.textutil import AMOUNT, amount
from registre.subsidies.vocabulary import BudgetSide, FundingGroup

PUBLIC_WORDS = (
    "région",
    "regional",
    "régional",
    "département",
    "départemental",
    "préfecture",
    "état",
    "rectorat",
    "commune",
    "ville",
    "métropole",
    "communauté",
    "agglomération",
    "europe",
    "feder",
    "ministère",
    "dreets",
    "drac",
    "ademe",
)
IN_KIND_WORDS = ("en nature", "contributions volontaires", "valorisation")
_NUMERIC_CELL = re.compile(r"^[\d \u202f.,€]+$")


def is_public(name: str) -> bool:
    """Whether a funder's name says it is a public body (keyword list ``PUBLIC_WORDS``)."""
    low = name.lower()
    return any(re.search(rf"\b{re.escape(w)}\b", low) for w in PUBLIC_WORDS)


def _table_rows(text: str) -> list[tuple[str, Decimal]] | None:
    """(label, amount) of every « label<TAB>amount » line, with section markers as
    ``("#recettes", 0)``; None when the text has no such table."""
    rows: list[tuple[str, Decimal]] = []
    for line in text.splitlines():
        if re.match(r"^\s*Recettes\b", line, re.IGNORECASE):
            rows.append(("#recettes", Decimal(0)))
            continue
        if "\t" not in line:
            continue
        label, _, cell = line.rpartition("\t")
        cell = cell.strip()
        if not _NUMERIC_CELL.match(cell) or not re.search(r"\d", cell):
            continue
        value = amount(cell.rstrip(".").replace(".", ""))
        if value is not None and label.strip():
            rows.append((label.strip(), value))
    return rows if any(not r[0].startswith("#") for r in rows) else None


def _from_table(rows: list[tuple[str, Decimal]]) -> ForecastBudget:
    side = BudgetSide.EXPENSE
    out: list[BudgetRow] = []
    pending: list[BudgetRow] = []
    subtotals: list[tuple[FundingGroup, Decimal]] = []
    declared: dict[str, Decimal | None] = {"expenses": None, "revenues": None, "total": None}
    for label, value in rows:
        low = re.sub(r"\s+", "", label.lower())
        if label == "#recettes":
            side = BudgetSide.REVENUE
        elif low.startswith("sous-total"):
            group = FundingGroup.PRIVATE if "priv" in low else FundingGroup.PUBLIC
            subtotals.append((group, value))
            out.extend(BudgetRow(r.label, r.amount, r.side, group, r.in_kind) for r in pending)
            pending = []
        elif low.startswith("total"):
            if "programme" in low or side is BudgetSide.REVENUE:
                declared["revenues" if side is BudgetSide.REVENUE else "total"] = value
                declared["total"] = value
            else:
                declared["expenses"] = value
        else:
            in_kind = any(w in label.lower() for w in IN_KIND_WORDS)
            row = BudgetRow(label, value, side, in_kind=in_kind)
            (pending if side is BudgetSide.REVENUE else out).append(row)
    out.extend(pending)
    return ForecastBudget(
        rows=tuple(out),
        declared_total=declared["total"],
        declared_expenses=declared["expenses"],
        declared_revenues=declared["revenues"],
        declared_subtotals=tuple(subtotals),
    )


def _from_prose(text: str, authority: str) -> ForecastBudget:
    flat = " ".join(text.split())
    rows: list[BudgetRow] = []
    for a in re.finditer(rf"l'action\s+(\d+)\b[^€]*?({AMOUNT})\s*€", flat, re.IGNORECASE):
        rows.append(BudgetRow(f"Action {a.group(1)}", amount(a.group(2)) or Decimal(0), BudgetSide.EXPENSE))
    m: re.Match[str] | None = re.search(rf"charge salariale[^€]*?({AMOUNT})\s*€", flat, re.IGNORECASE)
    if m:
        rows.append(
            BudgetRow(
                "dont charge salariale",
                amount(m.group(1)) or Decimal(0),
                BudgetSide.EXPENSE,
                informative=True,
            )
        )
    m = re.search(r"(?:autres )?financeurs sont\s*:?(.*?)(?:\.\s|$)", flat, re.IGNORECASE)
    if m:
        for f in re.finditer(
            rf"(?:^|,|\bet\b)\s*(?:la |le |les |l')?([^,]+?)\s+(?:à hauteur de|pour)\s+"
            rf"({AMOUNT})\s*€",
            m.group(1),
        ):
            name = f.group(1).strip()
            name = name[0].upper() + name[1:]
            rows.append(
                BudgetRow(
                    name,
                    amount(f.group(2)) or Decimal(0),
                    BudgetSide.REVENUE,
                    FundingGroup.PUBLIC if is_public(name) else None,
                )
            )
    m = re.search(rf"subvention de\s+(.+?)\s+est de\s+({AMOUNT})\s*€", flat, re.IGNORECASE)
    if m:
        rows.append(
            BudgetRow(
                m.group(1).strip() or authority,
                amount(m.group(2)) or Decimal(0),
                BudgetSide.REVENUE,
                FundingGroup.PUBLIC,
            )
        )
    m = re.search(rf"budget total[^€]*?est de\s+({AMOUNT})\s*€", flat, re.IGNORECASE)
    return ForecastBudget(rows=tuple(rows), declared_total=amount(m.group(1)) if m else None)


def forecast_budget(text: str, authority: str, warnings: list[str]) -> ForecastBudget:
    """The forecast budget of the annex ``text`` (table or prose); warns when empty."""
    rows = _table_rows(text)
    budget = _from_table(rows) if rows else _from_prose(text, authority)
    if not budget.rows:
        warnings.append("budget prévisionnel illisible : aucune ligne de dépense ni de recette")
    elif not budget.lines(BudgetSide.REVENUE):
        warnings.append("budget prévisionnel : aucune recette lue")
    return budget


def co_financers(budget: ForecastBudget, authority: str) -> tuple[CoFinancer, ...]:
    """The other public funders of the budget (not the authority, not in-kind)."""
    out = []
    for r in budget.lines(BudgetSide.REVENUE):
        if r.in_kind or authority.lower() in r.label.lower():
            continue
        public = r.group is FundingGroup.PUBLIC or is_public(r.label)
        if public:
            out.append(CoFinancer(r.label, r.amount, public=True))
    return tuple(out)
