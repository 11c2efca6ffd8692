"""Both seed conventions filled by import alone (issue 6, « Done means »), idempotently,
linked to the deliberation that approved them, with the reading warnings kept."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from pathlib import Path

from registre.subsidies.extract import convention_from_file
from registre.subsidies.rules import check_convention
from registre.subsidies.vocabulary import EffectiveFrom, EventKind, Trigger
from registre.web.sources import import_file
from registre.web.subsidies import models as sm
from registre.web.subsidies.convert import conventions_queryset, to_domain

from .conftest import SEEDS


def domain(conv: sm.Convention):  # type: ignore[no-untyped-def]
    return to_domain(conventions_queryset().get(pk=conv.pk))


def test_pmt_filled_by_import(pmt) -> None:  # type: ignore[no-untyped-def]
    c = domain(pmt)
    assert c.amount == Decimal(45000) and c.ceiling_not_revisable
    [tranche] = c.schedule
    assert tranche.trigger is Trigger.SIGNATURE and tranche.share == Decimal(100)
    assert c.end_date == dt.date(2025, 4, 30) and c.end_is_latest
    assert c.effective is not None and c.effective.kind is EffectiveFrom.SIGNATURE
    assert c.budget_line is not None and c.budget_line.planned == Decimal(214400)
    assert c.budget_line.programme == "Actions recherche et innovation"
    assert c.programme.budget.revenues == Decimal(490000)
    history = {p.year: p.amount for p in c.beneficiary.history}
    assert history == {y: Decimal(45000) for y in (2021, 2022, 2023)}
    quantities = {t.quantity for t in c.programme.all_targets()}
    assert {200, 5, 4, 6} <= quantities
    assert [(f.name, f.amount) for f in c.programme.co_financers] == [("Conseil Régional BFC", 200000)]
    assert pmt.deliberation is not None and pmt.deliberation.item.deliberation == "2024/2024.00097"


def test_cmq_filled_by_import(cmq) -> None:  # type: ignore[no-untyped-def]
    c = domain(cmq)
    assert c.amount == Decimal(19800)
    assert c.programme.budget.expenses == Decimal(33800) == c.programme.budget.revenues
    assert c.payment_request_delay is not None and c.payment_request_delay.months == 2
    assert c.payment_request_from is EventKind.NOTIFICATION and c.caducity
    assert c.end_date == dt.date(2024, 9, 30)
    assert c.effective is not None and c.effective.kind is EffectiveFrom.PREFECT_TRANSMISSION
    assert sorted(f.amount for f in c.programme.co_financers if f.amount) == [
        Decimal(2500), Decimal(4250), Decimal(7250)]  # the authority's 19 800 € is its own share
    assert cmq.deliberation is not None and cmq.deliberation.item.session.assembly.name == "Bureau"
    assert cmq.beneficiary.legal_form == "association"


def test_stored_convention_is_the_extracted_one(pmt, cmq) -> None:  # type: ignore[no-untyped-def]
    """The database keeps every field the extract read (the key and the operation's label aside)."""
    for conv in (pmt, cmq):
        stored = domain(conv)
        read = convention_from_file(conv.source).convention
        assert read is not None
        skip = {"key", "budget_line"}
        for f in dataclasses.fields(stored):
            if f.name not in skip:
                assert getattr(stored, f.name) == getattr(read, f.name), f.name


def test_unbalanced_pmt_budget_is_reported_not_forced(pmt) -> None:  # type: ignore[no-untyped-def]
    findings = {f.rule: f for f in check_convention(domain(pmt))}
    assert findings["BUD-BAL"].figure.startswith("594000") and "490000" in findings["BUD-BAL"].figure
    assert "BUD-TOT" in findings


def test_import_is_idempotent_and_keeps_warnings(messages, pmt) -> None:  # type: ignore[no-untyped-def]
    assert any("convention « 2024/2024.00097 » importée" in msg for msg in messages)
    counts = (sm.Convention.all_objects.count(), sm.Target.all_objects.count(),
              sm.BudgetRow.all_objects.count(), sm.PastSubsidy.all_objects.count())
    for path in SEEDS:
        ok, message = import_file(path)
        assert ok and "déjà à jour" in message
    assert counts == (sm.Convention.all_objects.count(), sm.Target.all_objects.count(),
                      sm.BudgetRow.all_objects.count(), sm.PastSubsidy.all_objects.count())
    assert isinstance(pmt.warnings, list)


def test_reimport_of_a_changed_text_keeps_events(seeded, cmq, clerk) -> None:  # type: ignore[no-untyped-def]
    from registre.web.subsidies import services

    services.notify(clerk.user, cmq, dt.date(2023, 11, 20))
    text = Path(cmq.source).read_text(encoding="utf-8") + "\n"
    outcome = services.import_convention(seeded, text, cmq.source, cmq.deliberation)
    assert outcome.status == "updated" and outcome.convention.pk == cmq.pk
    assert sm.Convention.objects.filter(key=cmq.key).count() == 1
    assert domain(cmq).first(EventKind.NOTIFICATION) == dt.date(2023, 11, 20)
    assert sm.Target.objects.filter(convention=cmq).count() == sm.Target.all_objects.filter(
        convention=cmq, deleted_at__isnull=False).count()


def test_a_text_without_convention_imports_nothing(seeded) -> None:  # type: ignore[no-untyped-def]
    from registre.web.subsidies import services

    outcome = services.import_convention(seeded, "Délibération sans convention.", "x.txt")
    assert outcome.status == "none" and outcome.convention is None and outcome.warnings


def test_own_text_read_when_no_extract_is_found(seeded, cmq) -> None:  # type: ignore[no-untyped-def]
    """When the stored deliberation holds the convention (an extract read by
    registre.reading), no companion file is needed."""
    from registre.web.subsidies.hook import conventions_of_session

    text = cmq.deliberation
    text.summary = "Soutien au programme d'actions du CMQ MSI."
    text.body = Path(cmq.source).read_text(encoding="utf-8")
    text.save()
    session = text.item.session
    [message] = conventions_of_session(session, source=None)
    assert "mise à jour" in message and "question 1" in message
    assert sm.Convention.objects.get(pk=cmq.pk).source.endswith("(question 1)")


def test_no_extract_no_text_no_convention(seeded, cmq, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from registre.web.subsidies.hook import conventions_of_session

    monkeypatch.delenv("REGISTRE_EXTRACTS_DIR", raising=False)
    text = cmq.deliberation
    text.summary, text.body = "", ""
    text.save()
    text.annexes.all().delete()
    assert conventions_of_session(text.item.session, source=tmp_path / "x.yaml") == []


def test_without_extract_the_session_file_s_text_completed_by_the_register(
        seeded, cmq, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """No companion extract: the convention is read from items[].text of the session file
    and completed with the stored session's assembly, date and budget inscription."""
    from registre.web.subsidies import services
    from registre.web.subsidies.hook import deliberation_text

    text = cmq.deliberation
    assert text.body  # the session file carries the deliberation's text
    outcome = services.import_convention(seeded, deliberation_text(text), "x.yaml (question 1)", text)
    assert outcome.status == "updated" and outcome.convention.pk == cmq.pk
    c = domain(cmq)
    assert c.amount == Decimal(19800) and c.end_date == dt.date(2024, 9, 30)
    assert c.deliberation is not None and c.deliberation.assembly == "Bureau"
    assert c.deliberation.date == dt.date(2023, 10, 26) and c.year == 2023
    assert c.budget_line is not None and c.budget_line.planned == Decimal(510000)
    assert {p.year: p.amount for p in c.beneficiary.history} == {2022: Decimal(9000)}
