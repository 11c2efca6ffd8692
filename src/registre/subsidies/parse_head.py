"""Reading the deliberation part of an extract: who decided what, on which budget line,
and what the beneficiary received before."""

from __future__ import annotations

import re

from registre.subsidies.model import BudgetLine, DeliberationRef, Operation, PastSubsidy
from registre.subsidies.textutil import amount, date_fr, first_amount_after


def deliberation(text: str, warnings: list[str]) -> DeliberationRef:
    """The deliberation's number, assembly, date, report, title, publication and the
    amount it decides (« à hauteur de 45 000 € »)."""
    m = re.search(r"Registre des délibérations d[ue]s?\s+(?:la |l')?([^\n]+)", text)
    assembly = m.group(1).strip() if m else ""
    if not assembly:
        warnings.append("assemblée introuvable (« Extrait du Registre des délibérations du … »)")
    m = re.search(r"^\s*Séance du\s+([^\n]+)", text, re.MULTILINE)
    date = date_fr(m.group(1)) if m else None
    if date is None:
        warnings.append("date de séance introuvable (« Séance du … »)")
    m = re.search(r"Délibération\s+n°\s*([\w./-]+)", text)
    number = m.group(1) if m else None
    m = re.search(r"Rapport\s+n°\s*(\d+)\s*-\s*([^\n]+)", text)
    report, title = (m.group(1), m.group(2).strip()) if m else (None, "")
    if not title:
        title = _bold_title(text)
    m = re.search(r"Publié le\s*:\s*([^\n]+)", text)
    published = date_fr(m.group(1)) if m else None
    decided = None
    m = re.search(
        r"(?:Conseil de Communauté|Bureau|Conseil municipal|Conseil)\s*:\s*\n(.{0,600})",
        text,
        re.IGNORECASE | re.DOTALL,
    )
    if m:
        decided = first_amount_after(m.group(1), r"hauteur de|montant de|subvention de")
    return DeliberationRef(
        number=number,
        assembly=assembly,
        date=date,
        report_number=report,
        title=title,
        published_on=published,
        decided_amount=decided,
    )


def _bold_title(text: str) -> str:
    """The report's title when it has no number: the paragraph before « Rapporteur »."""
    m = re.search(r"\n\n([^\n](?:[^\n]|\n(?!\n))*)\n\nRapporteur", text)
    return " ".join(m.group(1).split()) if m else ""


def budget_line(text: str, convention: str, label: str, warnings: list[str]) -> BudgetLine | None:
    """The « Inscription budgétaire » block: budget, year, programme, planned amount, and
    this operation charged to it."""
    m = re.search(r"Inscription budgétaire\s*\n([^\n]+)", text)
    if not m:
        warnings.append("inscription budgétaire introuvable")
        return None
    line = m.group(1)
    budget = line.split("«")[0].split("\t")[0].strip()
    pm = re.search(r"«\s*([^»]+?)\s*»", line)
    year = re.search(r"\b(?:BP|Budget)\s*(\d{4})", line)
    planned = first_amount_after(line, r"Montant prévu[^:]*:")
    operation = first_amount_after(line, r"Montant de l'opération\s*:")
    if planned is None:
        warnings.append("montant prévu au budget illisible")
    ops = (Operation(label, operation, convention),) if operation is not None else ()
    return BudgetLine(
        budget=budget,
        year=int(year.group(1)) if year else None,
        programme=pm.group(1) if pm else "",
        planned=planned,
        operations=ops,
    )


def history(text: str, year: int | None) -> tuple[PastSubsidy, ...]:
    """Past subsidies: « Année 2021 : 45 K€ » lines, and « l'an dernier, le soutien …
    s'est élevé à 9 000 € pour … » (dated the year before ``year``)."""
    out = []
    for m in re.finditer(r"^\s*Année\s+(\d{4})\s*:\s*([^\n]+)", text, re.MULTILINE):
        value = amount(m.group(2))
        if value is not None:
            out.append(PastSubsidy(int(m.group(1)), value))
    last = re.search(r"l'an dernier,[^.]*?s'est élevé à\s*([^.]+)", text, re.IGNORECASE)
    if last and year is not None:
        value = amount(last.group(1))
        obj = last.group(1).split("pour", 1)[1].strip() if "pour" in last.group(1) else ""
        if value is not None:
            out.append(PastSubsidy(year - 1, value, obj))
    return tuple(out)
