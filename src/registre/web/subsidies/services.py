"""The one write path of subsidies: each function is atomic and calls the pure domain first.

A change is refused (``Refused``, with the rule's French reason, its ID and the clause
cited) when :func:`registre.subsidies.events.record_event` or ``add_amendment`` raises;
nothing is written then. Every write leaves an ``AuditEntry`` (the web app's history).
Permissions: the user must be a clerk of the convention's authority (``PermissionDenied``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.text import slugify

from registre.subsidies import events as domain_events
from registre.subsidies import model as d
from registre.subsidies.extract import convention_from_text
from registre.subsidies.findings import SubsidyFinding, SubsidyRuleViolation
from registre.subsidies.rules import check_convention
from registre.subsidies.settings import SubsidySettings
from registre.subsidies.vocabulary import EventKind
from registre.subsidies.workbook import read_workbook
from registre.web import models as m
from registre.web.services.audit import audit
from registre.web.services.importer import soft_delete
from registre.web.services.sitting import Refused, can_edit
from registre.web.subsidies import models as sm
from registre.web.subsidies.complete import complete
from registre.web.subsidies.convert import (
    clear_tree,
    convention_fields,
    conventions_queryset,
    to_domain,
    write_tree,
)


def settings() -> SubsidySettings:
    """The subsidy settings (defaults of :class:`SubsidySettings`, docs/settings.md)."""
    return SubsidySettings()


def require_clerk(user: Any, authority: m.Authority) -> None:
    """Raise ``PermissionDenied`` unless ``user`` is a clerk of ``authority`` (or a superuser)."""
    if not can_edit(user, authority):
        raise PermissionDenied("Vous n'êtes pas greffier de cette collectivité.")


def _refused(v: SubsidyRuleViolation, field: str | None) -> Refused:
    f = v.finding
    where = f" — {f.article}" if f.article else ""
    return Refused(f"{f.message} ({f.rule}{where})", field, f.rule)


def _locked(conv: sm.Convention) -> sm.Convention:
    """The convention re-read with everything ``to_domain`` needs, its row locked until commit."""
    sm.Convention.objects.select_for_update().filter(pk=conv.pk).values_list("pk", flat=True).first()
    return conventions_queryset().get(pk=conv.pk)


# --- import ---------------------------------------------------------------------------

@dataclass(frozen=True)
class ConventionImport:
    """``status``: created, updated, unchanged (same text) or none (no convention in the
    text); ``warnings`` in French."""

    status: str
    convention: sm.Convention | None
    warnings: tuple[str, ...] = ()


def import_convention(authority: m.Authority, text: str, source: str,
                      deliberation: m.Deliberation | None = None, user: Any = None) -> ConventionImport:
    """Read the convention of ``text`` and store it (upsert on its key); atomic.

    The key is the deliberation number, else ``<assembly>/<date>/<item>`` of the linked
    deliberation, else the source's stem. Re-importing replaces what was read from the
    text (older rows soft-deleted: history kept) and keeps the events recorded since.
    """
    extract = convention_from_text(text, source)
    c = extract.convention
    if c is None:
        return ConventionImport("none", None, extract.warnings)
    if deliberation is not None:
        c = complete(c, text, deliberation)
    key = _key(c, deliberation)
    digest = hashlib.sha256(text.encode()).hexdigest()
    with transaction.atomic():
        known = sm.Convention.objects.filter(authority=authority, key=key, source_hash=digest).first()
        if known is not None:
            if deliberation is not None and known.deliberation_id is None:
                known.deliberation = deliberation
                known.save(update_fields=["deliberation", "updated_at"])
            return ConventionImport("unchanged", known, tuple(known.warnings))
        beneficiary = _beneficiary(authority, c.beneficiary)
        line = _budget_line(authority, c.budget_line)
        fields = convention_fields(c)
        fields.update(beneficiary=beneficiary, budget_line=line, deliberation=deliberation,
                      warnings=list(extract.warnings), source_hash=digest)
        conv = sm.Convention.objects.filter(authority=authority, key=key).first()
        status = "updated" if conv else "created"
        if conv is None:
            conv = sm.Convention.objects.create(authority=authority, key=key,
                                                slug=_slug(authority, c), **fields)
        else:
            for name, value in fields.items():
                setattr(conv, name, value)
            conv.save()
            clear_tree(conv)
        write_tree(conv, c)
        session = deliberation.item.session if deliberation else None
        audit(user, f"convention.import.{status}", session, convention=key, source=source)
    return ConventionImport(status, conv, extract.warnings)


def _key(c: d.Convention, deliberation: m.Deliberation | None) -> str:
    if c.deliberation and c.deliberation.number:
        return c.deliberation.number
    if deliberation is not None:
        item = deliberation.item
        if item.deliberation:
            return item.deliberation
        return f"{item.session.assembly.slug}/{item.session.date.isoformat()}/{item.number}"
    return c.key


def _slug(authority: m.Authority, c: d.Convention) -> str:
    name = c.beneficiary.short_name or c.beneficiary.name[:60]
    base = slugify(f"{name} {c.year or ''}")[:180] or "convention"
    slug, n = base, 2
    while sm.Convention.objects.filter(authority=authority, slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


def _beneficiary(authority: m.Authority, b: d.Beneficiary) -> sm.Beneficiary:
    """The beneficiary matched by name; what the text adds fills empty fields only (a
    clerk's correction is never overwritten); past subsidies added per year."""
    slug = slugify(b.name)[:200] or "beneficiaire"
    row, _ = sm.Beneficiary.objects.get_or_create(authority=authority, slug=slug,
                                                  defaults={"name": b.name[:300]})
    values = {"short_name": b.short_name, "legal_form": b.legal_form.value if b.legal_form else "",
              "siret": b.siret or "", "rna": b.rna or "", "address": b.address,
              "representative_name": b.representative.name if b.representative else "",
              "representative_role": b.representative.role if b.representative else ""}
    for name, value in values.items():
        if value and not getattr(row, name):
            setattr(row, name, value)
    row.save()
    known = set(row.history.values_list("year", flat=True))
    for past in b.history:
        if past.year not in known:
            sm.PastSubsidy.objects.create(beneficiary=row, year=past.year, amount=past.amount,
                                          object=past.object[:400], had_convention=past.had_convention)
    return row


def _budget_line(authority: m.Authority, line: d.BudgetLine | None) -> sm.BudgetLine | None:
    if line is None:
        return None
    row, _ = sm.BudgetLine.objects.get_or_create(
        authority=authority, budget=line.budget[:200], programme=line.programme[:300],
        defaults={"year": line.year, "planned": line.planned})
    return row


# --- events ---------------------------------------------------------------------------

def record_convention_event(user: Any, conv: sm.Convention, kind: EventKind, on: dt.date,
                            amount: Decimal | None = None, label: str = "",
                            field: str | None = None) -> sm.ConventionEvent:
    """Record one event after the domain accepted it; raises ``Refused`` (S-12 lapsed request,
    PAY-CEIL above the ceiling, EVT-AMT, TGT-KEY) or ``PermissionDenied``."""
    require_clerk(user, conv.authority)
    with transaction.atomic():
        domain = to_domain(_locked(conv))
        try:
            domain_events.record_event(domain, d.Event(kind, on, amount, label))
        except SubsidyRuleViolation as v:
            raise _refused(v, field) from None
        row = sm.ConventionEvent.objects.create(convention=conv, kind=kind.value, on=on, amount=amount,
                                                label=label, recorded_by=_who(user))
        audit(user, f"convention.{kind.value}", None, convention=conv.key, on=on, amount=amount or "")
    return row


def _who(user: Any) -> Any:
    return user if getattr(user, "is_authenticated", False) else None


def sign(user: Any, conv: sm.Convention, on: dt.date) -> sm.ConventionEvent:
    return record_convention_event(user, conv, EventKind.SIGNATURE, on)


def notify(user: Any, conv: sm.Convention, on: dt.date) -> sm.ConventionEvent:
    return record_convention_event(user, conv, EventKind.NOTIFICATION, on)


def transmit_to_prefect(user: Any, conv: sm.Convention, on: dt.date) -> sm.ConventionEvent:
    return record_convention_event(user, conv, EventKind.PREFECT_TRANSMISSION, on)


def publish_essential_data(user: Any, conv: sm.Convention, on: dt.date) -> sm.ConventionEvent:
    return record_convention_event(user, conv, EventKind.PUBLICATION, on)


def request_payment(user: Any, conv: sm.Convention, on: dt.date, amount: Decimal | None = None
                    ) -> sm.ConventionEvent:
    return record_convention_event(user, conv, EventKind.PAYMENT_REQUEST, on, amount, field="on")


def pay(user: Any, conv: sm.Convention, on: dt.date, amount: Decimal) -> sm.ConventionEvent:
    return record_convention_event(user, conv, EventKind.PAYMENT, on, amount, field="amount")


def repay(user: Any, conv: sm.Convention, on: dt.date, amount: Decimal, label: str = ""
          ) -> sm.ConventionEvent:
    return record_convention_event(user, conv, EventKind.REPAYMENT, on, amount, label, field="amount")


def receive_report(user: Any, conv: sm.Convention, on: dt.date, label: str,
                   deliverable: bool = False) -> sm.ConventionEvent:
    kind = EventKind.DELIVERABLE_RECEIVED if deliverable else EventKind.REPORT_RECEIVED
    return record_convention_event(user, conv, kind, on, label=label)


def add_amendment(user: Any, conv: sm.Convention, number: int, signed_on: dt.date | None, object: str = "",
                  amount: Decimal | None = None, end_date: dt.date | None = None) -> sm.Amendment:
    """Store an avenant; refused (PAY-CEIL) when its ceiling is below what was paid."""
    require_clerk(user, conv.authority)
    with transaction.atomic():
        domain = to_domain(_locked(conv))
        if conv.amendments.filter(number=number).exists():
            raise Refused(f"l'avenant n°{number} est déjà enregistré", "number")
        amendment = d.Amendment(number, signed_on, object, amount, end_date)
        try:
            domain_events.add_amendment(domain, amendment)
        except SubsidyRuleViolation as v:
            raise _refused(v, "amount") from None
        row = sm.Amendment.objects.create(convention=conv, number=number, signed_on=signed_on, object=object,
                                          amount=amount, end_date=end_date)
        if signed_on:
            sm.ConventionEvent.objects.create(convention=conv, kind=EventKind.AMENDMENT.value, on=signed_on,
                                              label=object, recorded_by=_who(user))
        audit(user, "convention.avenant", None, convention=conv.key, number=number)
    return row


def withdraw_event(user: Any, event: sm.ConventionEvent) -> None:
    """Hide an event recorded by mistake (soft delete: kept in the history, audited)."""
    conv = event.convention
    require_clerk(user, conv.authority)

    with transaction.atomic():
        soft_delete(sm.ConventionEvent.objects.filter(pk=event.pk))  # row by row: kept in the history
        audit(user, "convention.retrait", None, convention=conv.key, kind=event.kind, on=event.on)


@dataclass(frozen=True)
class UploadOutcome:
    upload: sm.DeliverableUpload
    errors: tuple[str, ...]
    recorded: int


def upload_deliverables(user: Any, conv: sm.Convention, name: str, content: bytes, on: dt.date
                        ) -> UploadOutcome:
    """Read a filled workbook: every cell checked; stored with its errors; when it is
    correct, its indicators and tables are recorded as events (TGT-KEY still applies)."""
    require_clerk(user, conv.authority)
    with transaction.atomic():
        domain = to_domain(_locked(conv))
        reading = read_workbook(domain, content)
        errors = tuple(str(e) for e in reading.errors)
        upload = sm.DeliverableUpload.objects.create(convention=conv, file_name=name[:300], content=content,
                                                     ok=reading.ok, errors=list(errors),
                                                     uploaded_by=_who(user))
        recorded = 0
        for event in reading.events(on):
            try:
                domain = domain_events.record_event(domain, event)
            except SubsidyRuleViolation as v:
                raise _refused(v, "file") from None
            sm.ConventionEvent.objects.create(convention=conv, kind=event.kind.value, on=event.on,
                                              label=event.label[:500], indicator=event.indicator or "",
                                              value=event.value, recorded_by=_who(user))
            recorded += 1
        audit(user, "convention.livrables", None, convention=conv.key, ok=reading.ok, errors=len(errors))
    return UploadOutcome(upload, errors, recorded)


def check(conv: sm.Convention, on: dt.date) -> list[SubsidyFinding]:
    """Every rule of the domain on a stored convention (read-only)."""
    return check_convention(to_domain(conv), on, settings())


__all__ = [
    "ConventionImport", "Refused", "UploadOutcome", "add_amendment", "check", "import_convention", "notify",
    "pay", "publish_essential_data", "receive_report", "record_convention_event", "repay", "request_payment",
    "require_clerk", "sign", "transmit_to_prefect", "upload_deliverables", "withdraw_event",
]


# --- admin saves (reference fields a clerk corrects: legal form, CER, targets) -------------

def authority_of(obj: Any) -> m.Authority | None:
    """The authority a subsidy row belongs to."""
    for path in ("authority", "convention", "beneficiary"):
        target = getattr(obj, f"{path}_id", None) and getattr(obj, path)
        if isinstance(target, m.Authority):
            return target
        if target is not None:
            return authority_of(target)
    return None


def save_row(user: Any, obj: Any) -> None:
    """Save a row edited in the admin after checking ``user``; validated, atomic, audited."""
    authority = authority_of(obj)
    if authority is None or not can_edit(user, authority):
        raise PermissionDenied("Vous n'êtes pas greffier de cette collectivité.")
    with transaction.atomic():
        obj.full_clean()
        obj.save()
        audit(user, f"subvention.save.{obj._meta.model_name}", None, pk=obj.pk)


def delete_row(user: Any, obj: Any) -> None:
    """Hide a row (soft delete: history kept) after checking ``user``."""
    authority = authority_of(obj)
    if authority is None or not can_edit(user, authority):
        raise PermissionDenied("Vous n'êtes pas greffier de cette collectivité.")

    with transaction.atomic():
        soft_delete(type(obj).all_objects.filter(pk=obj.pk))  # row by row: kept in the history
        audit(user, f"subvention.delete.{obj._meta.model_name}", None, pk=obj.pk)
