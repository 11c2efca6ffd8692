"""Legal deadlines of a session's acts: publication, list, minutes, appeal.

Pure date arithmetic; each deadline carries its rule ID and article.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from registre.core.holidays import next_working_day
from registre.core.model import Session


@dataclass(frozen=True, slots=True)
class Deadline:
    """Something due by ``due`` under ``rule``; ``start`` is what the delay runs from."""

    label: str
    due: dt.date
    rule: str
    article: str
    start: dt.date

    def state(self, today: dt.date) -> str:
        """« à venir », « aujourd'hui » or « dépassé »."""
        if today < self.due:
            return "à venir"
        return "aujourd'hui" if today == self.due else "dépassé"


def add_months(day: dt.date, months: int) -> dt.date:
    """Same day ``months`` later, clamped to the month's end (31 Jan + 1 month → 28/29 Feb)."""
    y, m = divmod(day.month - 1 + months, 12)
    year, month = day.year + y, m + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def clear_days_between(sent: dt.date, held: dt.date) -> int:
    """« Jours francs » between sending and sitting: neither day counts."""
    return (held - sent).days - 1


def appeal_deadline(published: dt.date, department: str | None = None) -> dt.date:
    """A-09: last day to bring an appeal against an act published (or notified) on ``published``.

    R421-1 CJA: « dans les deux mois à partir de la notification ou de la publication ».
    A délai franc: neither the day of publication nor the day the two months end count,
    so the last day is the day after ``published + 2 mois``; ending on a Saturday, a Sunday
    or a public holiday, it moves to the next working day (R421-1, R421-5 CJA; art. 642
    CPC by analogy).
    """
    return next_working_day(add_months(published, 2) + dt.timedelta(days=1), department)


def session_deadlines(session: Session) -> list[Deadline]:
    """Deadlines that run from the session and from publication, in date order."""
    d = session.date
    out = [
        # list of deliberations displayed and put online within a week (L2121-25).
        Deadline("liste des délibérations affichée et mise en ligne", d + dt.timedelta(days=7),
                 "A-04", "L2121-25", d),
    ]
    if session.assembly.authority.is_epci_fp:
        # A-08 (L5211-40-2): an EPCI à fiscalité propre sends the list to the municipal
        # councillors of its member communes within a month; a commune has no such duty.
        out.append(Deadline("liste des délibérations transmise aux conseillers municipaux des "
                            "communes membres", add_months(d, 1), "A-08", "L5211-40-2", d))
    if session.publication_date is not None:
        p = session.publication_date
        # electronic publication stays online at least two months (R2131-1).
        out.append(Deadline("fin de la durée minimale de mise en ligne", add_months(p, 2),
                            "A-03", "R2131-1", p))
        # appeal before the administrative court within two months (R421-1 CJA).
        out.append(Deadline("fin du délai de recours contentieux (délai franc)",
                            appeal_deadline(p, session.assembly.authority.department),
                            "A-09", "R421-1 CJA", p))
    return sorted(out, key=lambda x: x.due)
