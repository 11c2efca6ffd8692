"""The domain core: plain dataclasses and functions, no framework, no I/O.

Everything legal lives here: who is present and represented at each item, quorum,
tally, adoption. The web application, the reader and the renderers all call it.
"""

from registre.core.check import ItemResult, SessionReport, check_session
from registre.core.model import (
    AgendaItem,
    Assembly,
    Attendance,
    Authority,
    Counts,
    Interest,
    Mandate,
    Person,
    Proxy,
    Session,
    Vote,
)
from registre.core.rules import RuleSet
from registre.core.spans import Ref, Span

__all__ = [
    "AgendaItem",
    "Assembly",
    "Attendance",
    "Authority",
    "Counts",
    "Interest",
    "ItemResult",
    "Mandate",
    "Person",
    "Proxy",
    "Ref",
    "RuleSet",
    "Session",
    "SessionReport",
    "Span",
    "Vote",
    "check_session",
]
