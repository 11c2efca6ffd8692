"""Complete a convention read from a deliberation's own text with what the register holds.

A deliberation's stored text (summary, body, annexes: ``items[].text`` of a session
file) has the convention and its annexes but not the extract's header: assembly, date,
number, publication, « Inscription budgétaire ». Those are fields of the stored session
and deliberation; this fills what the reading left empty, never overwriting it.
"""

from __future__ import annotations

import dataclasses
import re

from registre.subsidies import model as d
from registre.subsidies import parse_convention, parse_head
from registre.web import models as m


def complete(c: d.Convention, text: str, deliberation: m.Deliberation) -> d.Convention:
    """``c`` with its deliberation reference, budget line, year and history completed from
    the stored ``deliberation`` (and its item and session) where the text gave none."""
    item = deliberation.item
    session = item.session
    ref = c.deliberation or d.DeliberationRef(None, "", None)
    ref = dataclasses.replace(
        ref, number=ref.number or item.deliberation or None, assembly=ref.assembly or session.assembly.name,
        date=ref.date or session.date, report_number=ref.report_number or deliberation.report_number or None,
        title=ref.title or item.title, published_on=ref.published_on or session.publication_date,
        decided_amount=(ref.decided_amount if ref.decided_amount is not None
                        else deliberation.operation_amount))
    line = c.budget_line
    if line is None and deliberation.has_budget:
        year = re.search(r"\b(?:BP|Budget)\s*(\d{4})", deliberation.budget)
        ops = ((d.Operation(item.title, deliberation.operation_amount, c.key),)
               if deliberation.operation_amount is not None else ())
        line = d.BudgetLine(deliberation.budget, int(year.group(1)) if year else None, deliberation.programme,
                            deliberation.planned_amount, ops)
    year = c.year or (line.year if line else None) or (ref.date.year if ref.date else None)
    beneficiary = c.beneficiary
    if not beneficiary.history and year:
        section = parse_convention.find_section(text)
        head = text[: text.find(section.body)] if section and section.body else text
        beneficiary = dataclasses.replace(beneficiary, history=parse_head.history(head, year))
    return dataclasses.replace(c, deliberation=ref, budget_line=line, year=year, beneficiary=beneficiary)
