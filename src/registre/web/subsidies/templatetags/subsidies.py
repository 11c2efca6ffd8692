"""``{% conventions_of item %}``: the conventions a deliberation approved, linked from its page."""

from __future__ import annotations

from typing import Any

from django import template

register = template.Library()


@register.inclusion_tag("subsidies/_deliberation_conventions.html")
def conventions_of(item: Any) -> dict[str, Any]:
    from registre.web.subsidies.models import Convention

    text = getattr(item, "text", None) if item is not None else None
    if text is None:
        return {"conventions": []}
    rows = Convention.objects.filter(deliberation=text).select_related("authority", "beneficiary")
    return {"conventions": list(rows)}
