"""SCDL « Subventions » 2.1.1 out: one CSV row per subsidy granted (décret n° 2017-779).

Rows are built from plain :class:`Grant` values (conventions and imported attributions
alike); a value the register does not know stays empty, and validation says which column
of which row is missing rather than an invented « non » or 0.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import IO

SCHEMA = "scdl-subventions-schema.json"

# The columns of SCDL Subventions 2.1.1, in the schema's order (a test compares them).
FIELDS = (
    "nomAttribuant", "idAttribuant", "dateConvention", "referenceDecision", "nomBeneficiaire",
    "idBeneficiaire", "rnaBeneficiaire", "objet", "montant", "nature", "conditionsVersement",
    "datesPeriodeVersement", "idRAE", "notificationUE", "pourcentageSubvention", "dispositifAide",
)


@dataclass(frozen=True, slots=True)
class Grant:
    """A subsidy granted, with what the register knows of it."""

    authority_name: str
    authority_siret: str
    convention_date: dt.date | None
    decision_reference: str
    beneficiary_name: str
    beneficiary_siret: str = ""
    beneficiary_rna: str = ""
    object: str = ""
    amount: Decimal | None = None
    nature: str = "aide en numéraire"
    payment_terms: str = ""
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    eu_notified: bool | None = None
    share: Decimal | None = None  # of the action's budget, 0.01–1


def _period(g: Grant) -> str:
    if g.period_start is None:
        return ""
    end = f"/{g.period_end.isoformat()}" if g.period_end and g.period_end != g.period_start else ""
    return g.period_start.isoformat() + end


def subvention_rows(grants: Iterable[Grant]) -> list[dict[str, str]]:
    """One row per grant, every value as text, unknown values empty."""
    rows = []
    for g in grants:
        rows.append({
            "nomAttribuant": g.authority_name,
            "idAttribuant": g.authority_siret,
            "dateConvention": g.convention_date.isoformat() if g.convention_date else "",
            "referenceDecision": g.decision_reference,
            "nomBeneficiaire": g.beneficiary_name,
            "idBeneficiaire": g.beneficiary_siret,
            "rnaBeneficiaire": g.beneficiary_rna,
            "objet": " ".join(g.object.split())[:256],
            "montant": f"{g.amount:.2f}" if g.amount is not None else "",
            "nature": g.nature,
            "conditionsVersement": " ".join(g.payment_terms.split())[:256],
            "datesPeriodeVersement": _period(g),
            "idRAE": "",
            "notificationUE": "" if g.eu_notified is None else ("true" if g.eu_notified else "false"),
            "pourcentageSubvention": f"{g.share:.4f}".rstrip("0").rstrip(".") if g.share else "",
            "dispositifAide": "",
        })
    return rows


def write_subventions_csv(rows: list[dict[str, str]], out: IO[str]) -> None:
    """The SCDL CSV: UTF-8, comma-separated, header in the schema's order."""
    writer = csv.DictWriter(out, fieldnames=list(FIELDS), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
