"""From an extract's text to a :class:`Convention`: ``convention_from_text``.

Stages, each in its own module and each re-runnable on its own: the deliberation part
(``parse_head``), the convention and its articles (``parse_convention``), the forecast
budget (``parse_budget``), the programme and its targets (``parse_programme``). Bad
input never raises: what cannot be read becomes a French warning, and what was read
is kept.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TypeVar

from registre.subsidies import parse_budget, parse_convention, parse_head, parse_programme
from registre.subsidies.model import (
    Action,
    Article,
    Axis,
    Beneficiary,
    Convention,
    DeliberationRef,
    Deliverable,
    ForecastBudget,
    Party,
    PastSubsidy,
    Programme,
    Tranche,
)
from registre.subsidies.textutil import clean
from registre.subsidies.vocabulary import BudgetSide

log = logging.getLogger(__name__)
T = TypeVar("T")
_NO_PARTIES: tuple[Party, Beneficiary] = (Party(""), Beneficiary(""))
_NO_PROGRAMME: tuple[tuple[Axis, ...], tuple[Action, ...]] = ((), ())


@dataclass(frozen=True)
class ConventionExtract:
    """What was read from one text: the convention (None when the text has none) and
    the warnings, in French, about what could not be read."""

    source: str
    convention: Convention | None
    warnings: tuple[str, ...] = ()

    @property
    def found(self) -> bool:
        return self.convention is not None


def _guard(stage: str, warnings: list[str], fn: Callable[[], T], default: T) -> T:
    """Run one stage; an unexpected error becomes a warning naming the stage, so that one
    odd paragraph never loses the rest of the convention."""
    try:
        return fn()
    except Exception as e:  # deliberately broad: reading must not stop on bad text
        log.debug("stage %s failed", stage, exc_info=True)
        warnings.append(f"lecture interrompue ({stage}) : {type(e).__name__} — valeurs partielles")
        return default


def _annex(section: parse_convention.Section, *words: str) -> str:
    for title, body in section.annexes:
        if any(w in title.lower() for w in words):
            return body
    return ""


def _key(deliberation: DeliberationRef, source: str) -> str:
    return deliberation.number or Path(source).stem or "convention"


def _with_action_budgets(actions: tuple[Action, ...], budget: ForecastBudget) -> tuple[Action, ...]:
    """Give each action the budget row « Action N » of the forecast budget."""
    rows = {r.label: r.amount for r in budget.lines(BudgetSide.EXPENSE)}
    return tuple(dataclasses.replace(a, budget=rows.get(f"Action {a.number}")) for a in actions)


def _read_programme(
    section: parse_convention.Section, authority: str, total: Decimal | None, warnings: list[str]
) -> Programme:
    """The programme of the convention's annexes: forecast budget (``total`` is the
    programme's total the articles state, used when the annex prints none), axes or
    actions with their targets, indicators, co-financers."""
    budget_text = _annex(section, "budget")
    if not budget_text:
        warnings.append("annexe « budget prévisionnel » introuvable")
    budget = _guard(
        "budget prévisionnel",
        warnings,
        lambda: parse_budget.forecast_budget(budget_text, authority, warnings),
        ForecastBudget(),
    )
    if total is not None and budget.declared_total is None:
        budget = dataclasses.replace(budget, declared_total=total)
    prog_title, prog_text = next(((t, b) for t, b in section.annexes if "programme" in t.lower()), ("", ""))
    read: tuple[tuple[Axis, ...], tuple[Action, ...]] = _guard(
        "programme", warnings, lambda: parse_programme.programme(prog_text), _NO_PROGRAMME
    )
    axes, actions = read
    indicators: tuple[Deliverable, ...] = _guard(
        "indicateurs", warnings, lambda: parse_programme.indicators(_annex(section, "indicateur")), ()
    )
    period = re.search(r"période\s+([^\n]+)", prog_title)
    return Programme(
        title=section.title,
        axes=axes,
        actions=_with_action_budgets(actions, budget),
        budget=budget,
        co_financers=parse_budget.co_financers(budget, authority),
        indicators=indicators,
        period=period.group(1).strip() if period else "",
    )


def convention_from_text(text: str, source: str = "") -> ConventionExtract:
    """The convention of an extract's text, with warnings; never raises on bad input.

    Returns a :class:`ConventionExtract` whose ``convention`` is None when no convention
    (a line « CONVENTION ») is found or its amount cannot be read.
    """
    warnings: list[str] = []
    if not isinstance(text, str):
        return ConventionExtract(source, None, ("texte illisible (pas une chaîne de caractères)",))
    text = clean(text)
    section = _guard("repérage", warnings, lambda: parse_convention.find_section(text), None)
    if section is None:
        return ConventionExtract(source, None, (*warnings, "aucune convention dans ce texte"))
    head_text = text[: text.find(section.body)] if section.body else text
    delib = _guard(
        "délibération",
        warnings,
        lambda: parse_head.deliberation(head_text, warnings),
        DeliberationRef(None, "", None),
    )
    key = _key(delib, source)
    arts: tuple[Article, ...] = _guard(
        "articles", warnings, lambda: parse_convention.articles(section.body), ()
    )
    if not arts:
        warnings.append("aucun article numéroté dans la convention")
    cl = _guard(
        "clauses", warnings, lambda: parse_convention.clauses(arts, warnings), parse_convention.Clauses()
    )
    value = cl.amount if cl.amount is not None else delib.decided_amount
    if value is None:
        return ConventionExtract(source, None, (*warnings, "convention sans montant lisible : non importée"))
    parties: tuple[Party, Beneficiary] = _guard(
        "parties", warnings, lambda: parse_convention.parties(section, warnings), _NO_PARTIES
    )
    authority, beneficiary = parties
    line = _guard(
        "inscription budgétaire",
        warnings,
        lambda: parse_head.budget_line(head_text, key, delib.title or section.title, warnings),
        None,
    )
    year = cl.year or (line.year if line else None) or (delib.date.year if delib.date else None)
    history: tuple[PastSubsidy, ...] = _guard(
        "historique", warnings, lambda: parse_head.history(head_text, year), ()
    )
    programme = _read_programme(section, authority.name, cl.programme_total, warnings)
    basis: tuple[str, ...] = _guard("visas", warnings, lambda: parse_convention.legal_basis(section), ())
    schedule: tuple[Tranche, ...] = _guard(
        "échéancier", warnings, lambda: parse_convention.schedule(section.body, warnings), ()
    )
    convention = Convention(
        key=key,
        title=section.title,
        authority=authority,
        beneficiary=dataclasses.replace(beneficiary, history=history),
        amount=value,
        deliberation=delib,
        object=cl.object,
        year=year,
        legal_basis=basis,
        ceiling_not_revisable=cl.ceiling_not_revisable,
        schedule=schedule,
        effective=cl.effective,
        end_date=cl.end_date,
        end_is_latest=cl.end_is_latest,
        payment_request_delay=cl.payment_request_delay,
        payment_request_from=cl.payment_request_from,
        caducity=cl.caducity,
        retention=cl.retention,
        reports=parse_convention.report_dues(cl),
        obligations=tuple(cl.obligations),
        repayment_cases=tuple(cl.repayment_cases),
        termination_notice=cl.termination_notice,
        court=cl.court,
        budget_line=line,
        programme=programme,
        articles=arts,
        source=source,
    )
    return ConventionExtract(source, convention, tuple(warnings))


def convention_from_file(path: str | Path) -> ConventionExtract:
    """Read ``path`` (UTF-8, else Windows-1252, which has « € ») and extract; an unreadable
    file is a warning."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as e:
        return ConventionExtract(str(path), None, (f"fichier illisible : {e.strerror or e}",))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    return convention_from_text(text, str(path))


__all__ = ["ConventionExtract", "convention_from_file", "convention_from_text"]
