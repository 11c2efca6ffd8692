"""What a subsidy rule reports, and the error raised when a change breaks one."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from registre.core.errors import RegistreError
from registre.core.vocabulary import Severity


@dataclass(frozen=True)
class SubsidyFinding:
    """A broken (or noteworthy) subsidy rule: which rule, which convention, which figure,
    which article. ``rule`` is an ID of ``regles-juridiques.md`` (``S-06``) or a project
    code (``BUD-BAL``: a forecast budget that does not balance)."""

    severity: Severity
    rule: str
    message: str
    convention: str
    figure: str = ""
    article: str = ""

    def as_dict(self) -> dict[str, str]:
        return {
            "severity": self.severity.value,
            "rule": self.rule,
            "message": self.message,
            "convention": self.convention,
            "figure": self.figure,
            "article": self.article,
        }

    def __str__(self) -> str:
        article = f" ({self.article})" if self.article else ""
        return f"{self.severity.label} {self.rule} — convention {self.convention} : {self.message}{article}"


class SubsidyRuleViolation(RegistreError):
    """An event was refused because it breaks a subsidy rule; carries the finding."""

    def __init__(self, finding: SubsidyFinding):
        self.finding = finding
        super().__init__(str(finding))


def euros(amount: Decimal | None) -> str:
    """« 45 000 € », « 1 234,50 € » (French grouping with a narrow space), or « ? »."""
    if amount is None:
        return "?"
    q = amount.quantize(Decimal("0.01"))
    whole, _, cents = f"{q:,.2f}".partition(".")
    whole = whole.replace(",", "\u202f")
    return f"{whole} €" if cents == "00" else f"{whole},{cents} €"


def percent(share: Decimal) -> str:
    """« 100 », « 12,5 » — a share without exponent or trailing zeros."""
    return format(share.normalize(), "f").replace(".", ",")
