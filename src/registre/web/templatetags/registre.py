"""Template filters: amounts in euros, French labels of the core's vocabulary."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import template

register = template.Library()


@register.filter
def euros(value: Decimal | None) -> str:
    """``45000`` → ``45 000 €`` (narrow no-break space between thousands)."""
    if value is None:
        return ""
    q = Decimal(value).quantize(Decimal("0.01"))
    whole, _, cents = f"{q:,.2f}".partition(".")
    text = whole.replace(",", "\u202f") + ("" if cents == "00" else f",{cents}")
    return f"{text}\u00a0€"


@register.filter
def label(value: Any) -> str:
    """The French label of a vocabulary value (``adopte`` → ``adopté``)."""
    return str(getattr(value, "label", value))
