"""Recording what happens to a convention, rules first: the pure half of the services.

``record_event`` returns a new :class:`Convention` with the event appended, or raises
:class:`SubsidyRuleViolation` when the event breaks a rule (a lapsed payment request,
a payment above the ceiling, an indicator no target knows). The Django service layer
calls it inside its transaction and stores the event only if it returns.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from registre.core.vocabulary import Severity
from registre.subsidies.deadlines import article_mentioning, payment_request_deadline
from registre.subsidies.findings import SubsidyFinding, SubsidyRuleViolation, euros
from registre.subsidies.model import Amendment, Convention, Event
from registre.subsidies.vocabulary import EventKind


def _refuse(
    c: Convention, rule: str, message: str, figure: str = "", article: str = ""
) -> SubsidyRuleViolation:
    return SubsidyRuleViolation(SubsidyFinding(Severity.ERROR, rule, message, c.key, figure, article))


def validate_event(c: Convention, event: Event) -> None:
    """Raise :class:`SubsidyRuleViolation` if ``event`` cannot be recorded on ``c``."""
    if event.amount is not None and event.amount < 0:
        raise _refuse(c, "EVT-AMT", f"montant négatif ({euros(event.amount)}) pour « {event.kind.label} »")
    if event.kind is EventKind.PAYMENT_REQUEST:
        limit = payment_request_deadline(c)
        if c.caducity and limit is not None and event.on > limit:
            # S-12: no general law; the convention's clause makes the request lapse.
            raise _refuse(
                c,
                "S-12",
                f"demande de paiement du {event.on:%d/%m/%Y} refusée : le délai de "
                f"{c.payment_request_delay} courait jusqu'au {limit:%d/%m/%Y}, la subvention est "
                "caduque",
                f"{event.on.isoformat()}>{limit.isoformat()}",
                article_mentioning(c, "caduque"),
            )
    if event.kind is EventKind.PAYMENT:
        after = c.paid + (event.amount or Decimal(0))
        if after > c.ceiling:
            raise _refuse(
                c,
                "PAY-CEIL",
                f"paiement de {euros(event.amount)} refusé : {euros(after)} versés "
                f"dépasseraient le plafond de {euros(c.ceiling)}",
                f"{after}>{c.ceiling}",
                article_mentioning(c, "plafond"),
            )
    if event.kind is EventKind.INDICATOR_REPORTED and event.indicator not in c.programme.target_keys():
        raise _refuse(c, "TGT-KEY", f"indicateur « {event.indicator} » inconnu de la convention")


def record_event(c: Convention, event: Event) -> Convention:
    """``c`` with ``event`` appended (events kept in date order); raises
    :class:`SubsidyRuleViolation` when a rule refuses it."""
    validate_event(c, event)
    events = tuple(sorted((*c.events, event), key=lambda e: e.on))
    return dataclasses.replace(c, events=events)


def add_amendment(c: Convention, amendment: Amendment) -> Convention:
    """``c`` with an avenant; refuses one lowering the ceiling below what was paid."""
    if amendment.amount is not None and amendment.amount < c.paid:
        raise _refuse(
            c,
            "PAY-CEIL",
            f"avenant n°{amendment.number} : plafond {euros(amendment.amount)} "
            f"inférieur aux {euros(c.paid)} déjà versés",
            f"{amendment.amount}<{c.paid}",
        )
    amendments = (*c.amendments, amendment)
    event = (
        Event(EventKind.AMENDMENT, amendment.signed_on, label=amendment.object)
        if amendment.signed_on
        else None
    )
    events = tuple(sorted((*c.events, event), key=lambda e: e.on)) if event else c.events
    return dataclasses.replace(c, amendments=amendments, events=events)
