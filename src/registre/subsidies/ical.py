"""An iCalendar feed (RFC 5545) of the conventions' dated deadlines, built with the
``icalendar`` library: one all-day event per deadline, with a stable UID so that a
calendar client updates rather than duplicates events when the feed is fetched again."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable

from icalendar import Calendar
from icalendar import Event as VEvent

from registre.subsidies.deadlines import Deadline, deadlines
from registre.subsidies.findings import euros
from registre.subsidies.model import Convention
from registre.subsidies.settings import DEFAULT, SubsidySettings

PRODID = "-//Registre//Échéances des conventions de subvention//FR"


def _uid(d: Deadline) -> str:
    digest = hashlib.sha1(f"{d.convention}|{d.kind}|{d.label}".encode()).hexdigest()[:16]
    return f"{digest}@registre"


def deadlines_calendar(
    conventions: Iterable[Convention],
    on: dt.date,
    settings: SubsidySettings = DEFAULT,
    name: str = "Échéances des subventions",
) -> bytes:
    """The feed, as bytes (UTF-8, CRLF lines). ``on`` dates the states written in each
    event's description and stamps the events (DTSTAMP). Undated deadlines (waiting for
    a signature, say) are left out: a calendar needs a date."""
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    stamp = dt.datetime.combine(on, dt.time(0, 0), tzinfo=dt.UTC)
    for c in conventions:
        who = c.beneficiary.short_name or c.beneficiary.name
        for d in deadlines(c, settings):
            if d.due is None:
                continue
            ev = VEvent()
            ev.add("uid", _uid(d))
            ev.add("dtstamp", stamp)
            ev.add("dtstart", d.due)
            ev.add("dtend", d.due + dt.timedelta(days=1))
            ev.add("summary", f"{d.label} — {who}")
            lines = [
                f"Convention {c.key} : {c.title}",
                f"Bénéficiaire : {c.beneficiary.name} ; montant {euros(c.ceiling)}",
                f"État au {on:%d/%m/%Y} : {d.state(on, settings).label}",
            ]
            if d.rule or d.article:
                lines.append(f"Règle : {d.rule} {d.article}".strip())
            ev.add("description", "\n".join(lines))
            ev.add("categories", [d.kind.label, d.state(on, settings).label])
            cal.add_component(ev)
    data: bytes = cal.to_ical()
    return data
