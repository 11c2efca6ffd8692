"""Settings of the subsidy rules, each with its default and the rule it tunes.

Documented in ``docs/settings.md`` (section « Subventions »). Uncertain rules of
``regles-juridiques.md`` are settings rather than constants.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class SubsidySettings:
    """Thresholds and delays of the subsidy rules.

    - ``convention_threshold``: S-01, décret 2001-495 art. 1 — a convention is required
      when the annual amount to a private body *exceeds* it.
    - ``publication_months``: S-06, décret 2017-779 — essential data published at the
      latest this many months after signature.
    - ``publication_since``: S-06 applies to conventions signed from this date.
    - ``payment_days``: S-03, loi 2000-321 art. 10 (loi 2021-875) — the authority pays
      within this many days of the triggering event, unless the convention says otherwise.
    - ``financial_report_months``: S-04 — compte rendu financier within this many months
      after the end of the financial year the subsidy was granted for.
    - ``cer_since``: S-07 — requests presented from this date need the contrat
      d'engagement républicain.
    - ``warning_days``: a deadline this close is « à échéance » (or « caducité proche »).
    """

    convention_threshold: Decimal = Decimal(23000)
    publication_months: int = 3
    publication_since: dt.date = dt.date(2017, 8, 1)
    payment_days: int = 60
    financial_report_months: int = 6
    cer_since: dt.date = dt.date(2022, 1, 2)
    warning_days: int = 30


DEFAULT = SubsidySettings()
