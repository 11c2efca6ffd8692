"""Builders of small subsidy objects for the rule tests."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from typing import Any

from registre.subsidies.model import (
    Beneficiary,
    BudgetRow,
    Convention,
    EffectiveRule,
    ForecastBudget,
    Party,
    Period,
    Programme,
    Tranche,
)
from registre.subsidies.vocabulary import (
    BudgetSide,
    EffectiveFrom,
    EventKind,
    FundingGroup,
    LegalForm,
    Trigger,
)


def euros(n: int | str) -> Decimal:
    return Decimal(n)


def make_convention(**changes: Any) -> Convention:
    """A small balanced convention: 30 000 € to an association, 100 % at signature,
    payment to request within 2 months of notification, ends 31/12/2025."""
    budget = ForecastBudget(
        rows=(
            BudgetRow("Salaires", euros(50000), BudgetSide.EXPENSE),
            BudgetRow("Ventes", euros(20000), BudgetSide.REVENUE, FundingGroup.PRIVATE),
            BudgetRow("Ville de Testville", euros(30000), BudgetSide.REVENUE, FundingGroup.PUBLIC),
        )
    )
    base = Convention(
        key="T-1",
        title="Convention de test",
        authority=Party("Ville de Testville"),
        beneficiary=Beneficiary(
            "Association Test", cer_signed_on=dt.date(2024, 1, 10), legal_form=LegalForm.ASSOCIATION
        ),
        amount=euros(30000),
        year=2025,
        schedule=(Tranche(Trigger.SIGNATURE, share=Decimal(100), amount=euros(30000)),),
        effective=EffectiveRule(EffectiveFrom.SIGNATURE),
        end_date=dt.date(2025, 12, 31),
        end_is_latest=True,
        payment_request_delay=Period(months=2),
        payment_request_from=EventKind.NOTIFICATION,
        caducity=True,
        programme=Programme(budget=budget),
    )
    return dataclasses.replace(base, **changes)
