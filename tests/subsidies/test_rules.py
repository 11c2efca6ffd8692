"""One test (at least) per subsidy rule; each failure names convention, figure, article."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest

from registre.core.vocabulary import Severity
from registre.subsidies.events import add_amendment, record_event
from registre.subsidies.findings import SubsidyFinding, SubsidyRuleViolation
from registre.subsidies.model import (
    Action,
    Amendment,
    BudgetLine,
    BudgetRow,
    Convention,
    Event,
    ForecastBudget,
    Operation,
    PastSubsidy,
    Programme,
    Target,
    Tranche,
)
from registre.subsidies.rules import (
    check_authority_share,
    check_budget_line,
    check_cer,
    check_convention,
    check_convention_required,
    check_deliberation,
    check_forecast_budget,
    check_payment_requests,
    check_payments,
    check_publication,
    check_schedule,
    check_targets,
    convention_required,
)
from registre.subsidies.settings import SubsidySettings
from registre.subsidies.vocabulary import BudgetSide, EventKind, FundingGroup, LegalForm, Trigger

from .builders import make_convention

D = Decimal


def errors(findings: list[SubsidyFinding], rule: str) -> list[SubsidyFinding]:
    return [f for f in findings if f.rule == rule and f.severity is Severity.ERROR]


def test_balanced_budget_passes() -> None:
    assert errors(check_forecast_budget(make_convention()), "BUD-BAL") == []


def test_unbalanced_budget_is_reported_with_both_figures() -> None:
    c = make_convention()
    rows = (*c.programme.budget.rows, BudgetRow("Loyer", D(1500), BudgetSide.EXPENSE))
    c = dataclasses.replace(c, programme=Programme(budget=ForecastBudget(rows=rows)))
    [f] = errors(check_forecast_budget(c), "BUD-BAL")
    assert f.convention == "T-1"
    assert f.figure == "51500≠50000"
    message = f.message.replace("\u202f", " ")  # amounts are grouped with a narrow no-break space
    assert "51 500 €" in message and "50 000 €" in message and "1 500 €" in message


def test_printed_total_not_matching_its_lines_is_reported() -> None:
    c = make_convention()
    budget = dataclasses.replace(c.programme.budget, declared_expenses=D(49000))
    c = dataclasses.replace(c, programme=Programme(budget=budget))
    [f] = errors(check_forecast_budget(c), "BUD-TOT")
    assert f.figure == "49000≠50000"


def test_private_and_public_subtotals_checked() -> None:
    c = make_convention()
    budget = dataclasses.replace(
        c.programme.budget,
        declared_subtotals=((FundingGroup.PRIVATE, D(20000)), (FundingGroup.PUBLIC, D(31000))),
    )
    c = dataclasses.replace(c, programme=Programme(budget=budget))
    [f] = errors(check_forecast_budget(c), "BUD-SUB")
    assert "public" in f.message and f.figure == "31000≠30000"


def test_pmt_seed_budget_reports_its_printed_total_gap(pmt: Convention) -> None:
    findings = check_forecast_budget(pmt)
    assert [f.figure for f in errors(findings, "BUD-BAL")] == ["594000≠490000"]
    assert [f.figure for f in errors(findings, "BUD-TOT")] == ["490000≠594000"]  # the expense total only
    assert errors(findings, "BUD-SUB") == []  # private + public hold
    assert all(f.article == "convention art. 2" for f in findings)


def test_cmq_seed_budget_balances(cmq: Convention) -> None:
    assert [f for f in check_forecast_budget(cmq) if f.severity is not Severity.INFO] == []


def test_authority_share_computed_and_line_matches_amount(pmt: Convention) -> None:
    findings = check_authority_share(pmt)
    assert errors(findings, "BUD-AUTH") == []
    assert [f.figure for f in findings] == ["9.18 %"]


def test_authority_line_differing_from_convention_amount() -> None:
    c = make_convention(amount=D(25000), schedule=(Tranche(Trigger.SIGNATURE, share=D(100)),))
    [f] = errors(check_authority_share(c), "BUD-AUTH")
    assert f.figure == "30000≠25000"


def test_operation_fits_its_budget_line(pmt: Convention) -> None:
    assert pmt.budget_line is not None
    assert check_budget_line(pmt.budget_line) == []


def test_operations_beyond_the_budget_line_are_refused() -> None:
    line = BudgetLine(
        "BP 2025",
        2025,
        "Culture",
        D(50000),
        (Operation("A", D(30000), "T-1"), Operation("B", D(25000), "T-2")),
    )
    [f] = check_budget_line(line, "T-2")
    assert f.rule == "BUD-LINE" and f.figure == "55000>50000" and "L2311-7" in f.article


def test_deliberation_amount_differs_from_convention() -> None:
    from registre.subsidies.model import DeliberationRef

    c = make_convention(
        deliberation=DeliberationRef("D1", "Conseil", dt.date(2025, 1, 5), decided_amount=D(28000))
    )
    [f] = errors(check_deliberation(c), "DEL-AMT")
    assert f.figure == "28000≠30000"


def test_s01_convention_required_above_23000_a_year() -> None:
    assert convention_required(D(23001))
    assert not convention_required(D(23000))  # « dépasse » : strictly above
    assert convention_required(D(20000), SubsidySettings(convention_threshold=D(15000)))


def test_s01_a_year_above_threshold_without_convention_is_an_error() -> None:
    grants = [
        PastSubsidy(2024, D(15000), had_convention=False),
        PastSubsidy(2024, D(10000), had_convention=True),
    ]
    [f] = check_convention_required("B", LegalForm.ASSOCIATION, grants)
    assert f.rule == "S-01" and f.severity is Severity.ERROR and f.figure == "25000"
    assert "décret 2001-495" in f.article


def test_s01_does_not_apply_to_public_bodies() -> None:
    assert (
        check_convention_required(
            "B", LegalForm.PUBLIC_BODY, [PastSubsidy(2024, D(90000), had_convention=False)]
        )
        == []
    )


def test_s01_seed_history_above_threshold_is_reported_as_unattested(pmt: Convention) -> None:
    findings = [f for f in check_convention(pmt) if f.rule == "S-01"]
    assert [f.figure for f in findings] == ["45000", "45000", "45000"]  # 2021-2023; 2024 has its convention
    assert all(f.severity is Severity.INFO for f in findings)


def test_schedule_tranches_add_up_to_the_whole(pmt: Convention, cmq: Convention) -> None:
    assert check_schedule(pmt) == [] and check_schedule(cmq) == []


def test_schedule_not_adding_up_is_reported() -> None:
    c = make_convention(
        schedule=(Tranche(Trigger.SIGNATURE, share=D(50)), Tranche(Trigger.REPORT, share=D(30)))
    )
    [f] = errors(check_schedule(c), "SCH-SUM")
    assert f.figure == "24000.00≠30000"


def test_schedule_share_and_amount_disagreeing() -> None:
    c = make_convention(schedule=(Tranche(Trigger.SIGNATURE, share=D(100), amount=D(3000)),))
    assert any(
        "100 % de 30 000 €" in f.message.replace("\u202f", " ") for f in errors(check_schedule(c), "SCH-SUM")
    )


def test_payments_never_exceed_the_ceiling() -> None:
    c = record_event(make_convention(), Event(EventKind.PAYMENT, dt.date(2025, 3, 1), D(30000)))
    assert check_payments(c) == []
    with pytest.raises(SubsidyRuleViolation) as e:
        record_event(c, Event(EventKind.PAYMENT, dt.date(2025, 4, 1), D(1)))
    assert e.value.finding.rule == "PAY-CEIL" and e.value.finding.figure == "30001>30000"


def test_repayment_frees_the_ceiling() -> None:
    c = make_convention()
    for e in (
        Event(EventKind.PAYMENT, dt.date(2025, 3, 1), D(30000)),
        Event(EventKind.REPAYMENT, dt.date(2025, 5, 1), D(5000)),
        Event(EventKind.PAYMENT, dt.date(2025, 6, 1), D(5000)),
    ):
        c = record_event(c, e)
    assert c.paid == D(30000)


def test_amendment_cannot_lower_the_ceiling_below_what_was_paid() -> None:
    c = record_event(make_convention(), Event(EventKind.PAYMENT, dt.date(2025, 3, 1), D(30000)))
    with pytest.raises(SubsidyRuleViolation):
        add_amendment(c, Amendment(1, dt.date(2025, 4, 1), "réduction", amount=D(20000)))
    raised = add_amendment(c, Amendment(1, dt.date(2025, 4, 1), "hausse", amount=D(35000)))
    assert raised.ceiling == D(35000)


def test_s12_payment_request_after_the_deadline_is_refused_as_lapsed() -> None:
    c = record_event(make_convention(), Event(EventKind.NOTIFICATION, dt.date(2025, 1, 15)))
    c = record_event(c, Event(EventKind.PAYMENT_REQUEST, dt.date(2025, 3, 15)))  # last day: accepted
    with pytest.raises(SubsidyRuleViolation) as e:
        record_event(c, Event(EventKind.PAYMENT_REQUEST, dt.date(2025, 3, 16)))
    f = e.value.finding
    assert f.rule == "S-12" and f.convention == "T-1" and f.figure == "2025-03-16>2025-03-15"
    assert "caduque" in f.message


def test_s12_lapsed_request_in_stored_events_is_reported() -> None:
    c = make_convention()
    c = dataclasses.replace(
        c,
        events=(
            Event(EventKind.NOTIFICATION, dt.date(2025, 1, 15)),
            Event(EventKind.PAYMENT_REQUEST, dt.date(2025, 4, 2)),
        ),
    )
    [f] = check_payment_requests(c)
    assert f.rule == "S-12" and "15/03/2025" in f.message


def test_s12_cmq_seed_request_lapses_two_months_after_notification(cmq: Convention) -> None:
    c = record_event(cmq, Event(EventKind.NOTIFICATION, dt.date(2023, 12, 4)))
    with pytest.raises(SubsidyRuleViolation) as e:
        record_event(c, Event(EventKind.PAYMENT_REQUEST, dt.date(2024, 2, 5)))
    assert e.value.finding.article == "convention art. 4"
    assert record_event(c, Event(EventKind.PAYMENT_REQUEST, dt.date(2024, 2, 4))).first(
        EventKind.PAYMENT_REQUEST
    )


def test_s12_no_clause_no_lapse(pmt: Convention) -> None:
    c = record_event(pmt, Event(EventKind.NOTIFICATION, dt.date(2024, 5, 2)))
    c = record_event(c, Event(EventKind.PAYMENT_REQUEST, dt.date(2025, 1, 2)))
    assert check_payment_requests(c) == []


def test_s06_essential_data_due_three_months_after_signature() -> None:
    c = record_event(make_convention(), Event(EventKind.SIGNATURE, dt.date(2025, 1, 31)))
    assert check_publication(c, dt.date(2025, 4, 30)) == []  # 31/01 + 3 months = 30/04 (month end)
    [f] = check_publication(c, dt.date(2025, 5, 1))
    assert f.rule == "S-06" and f.figure == "2025-04-30" and "2017-779" in f.article
    published = record_event(c, Event(EventKind.PUBLICATION, dt.date(2025, 4, 2)))
    assert check_publication(published, dt.date(2025, 5, 1)) == []


def test_s06_not_due_below_the_convention_threshold(cmq: Convention) -> None:
    c = record_event(cmq, Event(EventKind.SIGNATURE, dt.date(2023, 11, 20)))
    assert check_publication(c, dt.date(2024, 6, 1)) == []


def test_s07_association_without_contrat_d_engagement_republicain(cmq: Convention) -> None:
    [f] = check_cer(cmq)
    assert f.rule == "S-07" and f.severity is Severity.ERROR and "10-1" in f.article
    signed = dataclasses.replace(
        cmq, beneficiary=dataclasses.replace(cmq.beneficiary, cer_signed_on=dt.date(2023, 9, 1))
    )
    assert check_cer(signed) == []
    exempt = dataclasses.replace(cmq, beneficiary=dataclasses.replace(cmq.beneficiary, cer_exempt=True))
    assert check_cer(exempt) == []


def test_s07_unknown_legal_form_is_reported_not_assumed(pmt: Convention) -> None:
    [f] = check_cer(pmt)
    assert f.severity is Severity.INFO


def test_s07_requests_before_2022_are_not_concerned() -> None:
    from registre.subsidies.model import Beneficiary, DeliberationRef

    c = make_convention(
        beneficiary=Beneficiary("Asso", legal_form=LegalForm.ASSOCIATION),
        deliberation=DeliberationRef("D", "Conseil", dt.date(2021, 6, 1)),
    )
    assert check_cer(c) == []


def test_target_parts_larger_than_the_target() -> None:
    t = Target(
        "A1-T1",
        10,
        "entreprises",
        "accompagner 10 entreprises",
        of_which=(Target("A1-T1.1", 8, "entreprises", "x"), Target("A1-T1.2", 5, "entreprises", "y")),
    )
    c = make_convention(programme=Programme(actions=(Action("1", "a", targets=(t,)),)))
    [f] = check_targets(c)
    assert f.rule == "TGT-SUM" and f.figure == "13>10"


def test_seed_conventions_have_no_error_but_the_known_ones(pmt: Convention, cmq: Convention) -> None:
    pmt_errors = {f.rule for f in check_convention(pmt, dt.date(2024, 6, 1)) if f.severity is Severity.ERROR}
    assert pmt_errors == {"BUD-BAL", "BUD-TOT"}
    cmq_errors = {f.rule for f in check_convention(cmq, dt.date(2024, 6, 1)) if f.severity is Severity.ERROR}
    assert cmq_errors == {"S-07"}


def test_single_printed_total_checked_against_both_sides() -> None:
    c = make_convention()
    budget = dataclasses.replace(c.programme.budget, declared_total=D(48000))
    c = dataclasses.replace(c, programme=Programme(budget=budget))
    figures = sorted(f.figure for f in errors(check_forecast_budget(c), "BUD-TOT"))
    assert figures == ["48000≠50000", "48000≠50000"]
    assert {f.message.split(" imprimé")[0] for f in errors(check_forecast_budget(c), "BUD-TOT")} == {
        "total (dépenses)",
        "total (recettes)",
    }
