"""Subsidies: conventions, budget lines, payments, deadlines and deliverables.

Pure Python, no framework: the web application wires these dataclasses and functions
into models and services (see ``docs/subsidies.md``).

- :mod:`.model` — the domain (beneficiary, budget line, programme, convention, events);
- :mod:`.rules` — the rules (S-01 … S-12 and budget arithmetic), as findings;
- :mod:`.deadlines` — what is due, overdue, lapsing at a date;
- :mod:`.events` — recording an event, rules first;
- :mod:`.extract` — ``convention_from_text``: a convention read from an extract;
- :mod:`.overview` — what the views show: deadlines agenda, amounts per year, budget lines;
- :mod:`.ical`, :mod:`.workbook`, :mod:`.document` — calendar feed, XLSX deliverables,
  the convention document's data.
"""

from registre.subsidies.deadlines import Deadline, convention_state, deadlines
from registre.subsidies.events import record_event
from registre.subsidies.extract import ConventionExtract, convention_from_file, convention_from_text
from registre.subsidies.findings import SubsidyFinding, SubsidyRuleViolation
from registre.subsidies.model import Convention, Event
from registre.subsidies.rules import check_convention
from registre.subsidies.settings import SubsidySettings

__all__ = [
    "Convention",
    "ConventionExtract",
    "Deadline",
    "Event",
    "SubsidyFinding",
    "SubsidyRuleViolation",
    "SubsidySettings",
    "check_convention",
    "convention_from_file",
    "convention_from_text",
    "convention_state",
    "deadlines",
    "record_event",
]
