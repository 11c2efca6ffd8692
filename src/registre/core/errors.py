"""One small exception hierarchy, and the findings a check reports.

Exceptions are for input that cannot be turned into a session at all; a session that
loads but breaks a rule yields :class:`Finding` objects instead, so that a whole session
is always reported, never half-checked.
"""

from __future__ import annotations

from dataclasses import dataclass

from registre.core.vocabulary import Severity


class RegistreError(Exception):
    """Base class of every error this package raises on purpose."""


class SessionFileError(RegistreError):
    """A session file cannot be read: syntax, schema, or references to unknown things."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


class UnknownPersonError(RegistreError):
    """A person is referred to who is not a member of the assembly."""


class RuleViolation(RegistreError):
    """A change was refused because it breaks a rule of law; carries the finding."""

    def __init__(self, finding: Finding):
        self.finding = finding
        super().__init__(finding.message)


@dataclass(frozen=True, slots=True)
class Finding:
    """Something a check noticed, located and tied to the rule it applies.

    ``rule`` is an ID of ``regles-juridiques.md`` (``P-02``) or a project code
    (``REF-ORDER`` for a reference outside the order of passage, ``REC-SUM`` for
    recorded counts that do not add up).
    """

    severity: Severity
    rule: str
    message: str
    item: str | None = None
    person: str | None = None
    source: str | None = None

    def as_dict(self) -> dict[str, str | None]:
        return {
            "severity": self.severity.value,
            "rule": self.rule,
            "message": self.message,
            "item": self.item,
            "person": self.person,
            "source": self.source,
        }

    def __str__(self) -> str:
        where = f" [{self.source}]" if self.source else ""
        item = f"question {self.item} : " if self.item else ""
        return f"{self.severity.label} {self.rule} — {item}{self.message}{where}"
