"""Both seed conventions are filled by import alone; their figures are those of
docs/domain.md (they are asserted here, never written in src/)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from registre.subsidies.model import Convention
from registre.subsidies.vocabulary import (
    BudgetSide,
    EffectiveFrom,
    EventKind,
    FundingGroup,
    LegalForm,
    Trigger,
)

D = Decimal


def amounts(c: Convention, side: BudgetSide) -> list[Decimal]:
    return [r.amount for r in c.programme.budget.lines(side)]


# --- PMT: Conseil de Communauté, 11/04/2024 --------------------------------------------


def test_pmt_amount_is_a_ceiling_of_45000(pmt: Convention) -> None:
    assert pmt.amount == D(45000)
    assert pmt.ceiling_not_revisable
    assert pmt.year == 2024


def test_pmt_paid_100_percent_at_signature(pmt: Convention) -> None:
    assert len(pmt.schedule) == 1
    tranche = pmt.schedule[0]
    assert (tranche.share, tranche.amount, tranche.trigger) == (D(100), D(45000), Trigger.SIGNATURE)


def test_pmt_takes_effect_at_signature_and_ends_30_april_2025_at_the_latest(pmt: Convention) -> None:
    assert pmt.effective is not None and pmt.effective.kind is EffectiveFrom.SIGNATURE
    assert pmt.end_date == dt.date(2025, 4, 30)
    assert pmt.end_is_latest


def test_pmt_has_no_payment_request_clause(pmt: Convention) -> None:
    assert pmt.payment_request_delay is None
    assert not pmt.caducity


def test_pmt_vouchers_kept_ten_years(pmt: Convention) -> None:
    assert pmt.retention is not None and pmt.retention.years == 10


def test_pmt_deliberation(pmt: Convention) -> None:
    d = pmt.deliberation
    assert d is not None
    assert d.number == "2024/2024.00097"
    assert d.assembly == "Conseil de Communauté"
    assert d.date == dt.date(2024, 4, 11)
    assert d.report_number == "13"
    assert d.published_on == dt.date(2024, 4, 24)
    assert d.decided_amount == D(45000)


def test_pmt_budget_inscription_and_operation_fits(pmt: Convention) -> None:
    line = pmt.budget_line
    assert line is not None
    assert line.budget == "BP 2024 et PPIF 2024-2028"
    assert line.programme == "Actions recherche et innovation"
    assert line.year == 2024
    assert line.planned == D(214400)
    assert line.consumed == D(45000)
    assert line.available == D(169400)


def test_pmt_parties(pmt: Convention) -> None:
    assert pmt.authority.name == "Grand Besançon Métropole"
    assert pmt.authority.representative is not None
    assert pmt.authority.representative.name == "Anne VIGNOT"
    assert pmt.authority.representative.role == "Présidente"
    assert pmt.beneficiary.name == "Pôle des Microtechniques"
    assert pmt.beneficiary.representative is not None
    assert pmt.beneficiary.representative.name == "Laurent DESCHAMPS"


def test_pmt_legal_basis(pmt: Convention) -> None:
    assert "CGCT L1611-4" in pmt.legal_basis
    assert "loi 2000-321 du 12 avril 2000" in pmt.legal_basis


def test_pmt_forecast_budget_revenues_490000_private_and_public_245000(pmt: Convention) -> None:
    b = pmt.programme.budget
    assert b.revenues == D(490000)
    assert b.subtotal(FundingGroup.PRIVATE) == D(245000)
    assert b.subtotal(FundingGroup.PUBLIC) == D(245000)
    assert b.declared_subtotals == ((FundingGroup.PRIVATE, D(245000)), (FundingGroup.PUBLIC, D(245000)))
    assert b.declared_total == b.declared_revenues == D(490000)
    assert b.in_kind == D(20000)


def test_pmt_expense_lines_as_printed_sum_to_594000_not_490000(pmt: Convention) -> None:
    # docs/domain.md writes « 285 000 + 5 000 + 104 000 + 180 000 + 20 000 = 490 000 »: the lines
    # add up to 594 000. The extract prints « Total 490 000 »; the rules report the gap (BUD-TOT,
    # BUD-BAL) instead of trusting the printed total.
    b = pmt.programme.budget
    assert amounts(pmt, BudgetSide.EXPENSE) == [D(285000), D(5000), D(104000), D(180000), D(20000)]
    assert b.expenses == D(594000)
    assert b.declared_expenses == D(490000)


def test_pmt_authority_share_and_co_financers(pmt: Convention) -> None:
    assert pmt.authority_share() == D("9.18")
    assert [(f.name, f.amount) for f in pmt.programme.co_financers] == [("Conseil Régional BFC", D(200000))]


def test_pmt_past_subsidies_45k_a_year(pmt: Convention) -> None:
    assert [(p.year, p.amount) for p in pmt.beneficiary.history] == [
        (2021, D(45000)),
        (2022, D(45000)),
        (2023, D(45000)),
    ]


def test_pmt_reports_due_by_the_end_date(pmt: Convention) -> None:
    labels = [r.label for r in pmt.reports]
    assert any("comptes annuels certifiés" in label for label in labels)
    assert "rapport d'activité" in labels
    assert {r.due for r in pmt.reports} == {dt.date(2025, 4, 30)}


def test_pmt_targets_of_annex_1(pmt: Convention) -> None:
    targets = {(t.quantity, t.unit) for t in pmt.programme.all_targets()}
    for expected in [
        (200, "structures"),
        (5, "nouvelles adhésions"),
        (4, "newsletters"),
        (4, "comités"),
        (26, "entreprises adhérentes"),
    ]:
        assert expected in targets
    assert any(q == 6 and u.startswith("projets") for q, u in targets)
    prospection = next(t for t in pmt.programme.all_targets() if t.quantity == 200)
    assert [(p.quantity, p.unit) for p in prospection.of_which] == [(40, "prospections physiques")]
    coached = next(t for t in pmt.programme.all_targets() if t.quantity == 26)
    assert [p.quantity for p in coached.of_which] == [6, 14, 2, 1, 2, 1]
    assert sum(p.quantity for p in coached.of_which) == 26


def test_pmt_no_baseline_or_year_taken_as_target(pmt: Convention) -> None:
    quantities = [t.quantity for t in pmt.programme.all_targets()]
    assert 25 not in quantities  # « Près de 25 entreprises … sont adhérentes »: a baseline
    assert not any(1900 <= q <= 2100 for q in quantities)
    assert 13 not in quantities  # « 13ème journée »: an ordinal


def test_pmt_deliverables_and_indicators(pmt: Convention) -> None:
    assert len(pmt.programme.axes) == 2
    assert [len(a.objectives) for a in pmt.programme.axes] == [2, 5]
    indicators = [d.label for d in pmt.programme.indicators]
    assert any("effectifs" in label and "chiffres d'affaires" in label for label in indicators)
    assert all(d.is_table for d in pmt.programme.indicators)


# --- CMQ MSI: Bureau, 26/10/2023 --------------------------------------------------------


def test_cmq_amount_19800(cmq: Convention) -> None:
    assert cmq.amount == D(19800)
    assert cmq.schedule[0].share == D(100)
    assert cmq.schedule[0].trigger is Trigger.SIGNATURE


def test_cmq_payment_request_within_2_months_of_notification(cmq: Convention) -> None:
    assert cmq.payment_request_delay is not None and cmq.payment_request_delay.months == 2
    assert cmq.payment_request_from is EventKind.NOTIFICATION
    assert cmq.caducity


def test_cmq_effective_at_transmission_to_the_prefect_ends_30_september_2024(cmq: Convention) -> None:
    assert cmq.effective is not None and cmq.effective.kind is EffectiveFrom.PREFECT_TRANSMISSION
    assert cmq.end_date == dt.date(2024, 9, 30)


def test_cmq_beneficiary_is_an_association(cmq: Convention) -> None:
    b = cmq.beneficiary
    assert b.legal_form is LegalForm.ASSOCIATION
    assert b.short_name == "CMQ MSI"
    assert b.representative is not None and b.representative.name == "Jean-Charles Thoulouze"


def test_cmq_deliberation_of_the_bureau_without_number(cmq: Convention) -> None:
    d = cmq.deliberation
    assert d is not None
    assert (d.number, d.assembly, d.date) == (None, "Bureau", dt.date(2023, 10, 26))
    assert cmq.key == "004_dd7582b01fd17ffd"


def test_cmq_budget_33800_from_prose(cmq: Convention) -> None:
    b = cmq.programme.budget
    assert amounts(cmq, BudgetSide.EXPENSE) == [D(6500), D(13000), D(14300)]
    assert amounts(cmq, BudgetSide.REVENUE) == [D(7250), D(4250), D(2500), D(19800)]
    assert b.expenses == b.revenues == b.declared_total == D(33800)
    assert [a.budget for a in cmq.programme.actions] == [D(6500), D(13000), D(14300)]


def test_cmq_salary_charge_is_informative_not_summed(cmq: Convention) -> None:
    informative = [r for r in cmq.programme.budget.rows if r.informative]
    assert [(r.label, r.amount) for r in informative] == [("dont charge salariale", D(9300))]


def test_cmq_co_financers(cmq: Convention) -> None:
    assert [f.amount for f in cmq.programme.co_financers] == [D(7250), D(4250), D(2500)]
    assert cmq.authority_share() == D("58.58")


def test_cmq_budget_line_and_history(cmq: Convention) -> None:
    assert cmq.budget_line is not None
    assert cmq.budget_line.planned == D(510000)
    assert cmq.budget_line.programme == "Enseignement Supérieur"
    assert [(p.year, p.amount) for p in cmq.beneficiary.history] == [(2022, D(9000))]


def test_cmq_reports_and_indicators(cmq: Convention) -> None:
    assert [r.label for r in cmq.reports] == ["compte rendu financier", "rapport d'activité"]
    assert len(cmq.programme.indicators) == 5
    assert cmq.programme.period == "décembre 2023-juin 2024"


def test_cmq_targets_of_the_actions(cmq: Convention) -> None:
    targets = {(t.quantity, t.unit) for t in cmq.programme.all_targets()}
    assert (36, "filles/garçons") in targets
    assert (150, "entreprises adhérentes") in targets
    assert 3 not in {t.quantity for t in cmq.programme.all_targets()}  # « Trois stagiaires … ont pu »: past


def test_target_labels_are_their_clause(pmt: Convention, cmq: Convention) -> None:
    prospection = next(t for t in pmt.programme.all_targets() if t.quantity == 200)
    assert prospection.label.startswith("prospection de 200 structures")
    assert prospection.of_which[0].label.startswith("dont 40 prospections physiques")
    coached = next(t for t in pmt.programme.all_targets() if t.quantity == 26)
    assert coached.of_which[0].label == "Stratégie Industrielle"
    audiences = [t.label for t in cmq.programme.all_targets() if t.unit == "élèves"]
    assert audiences[:2] == [
        "15 élèves de 1ère année de BTS CRSA (Conception et Réalisation de Systèmes Automatisés)",
        "15 élèves de 1ère année d'ITS Lombardia Meccatronica",
    ]
