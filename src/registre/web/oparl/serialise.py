"""Stored rows as OParl 1.1 objects (https://oparl.org/spezifikation/).

One function a type, from the database rows; results of votes come from the core's
computation on the stored session (:func:`registre.core.check_session`), never from a
typed figure. Ids are absolute URLs under ``/oparl/`` built by :class:`Urls`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

from django.urls import reverse

from registre.core import check_session
from registre.core.check import ItemResult, SessionReport
from registre.core.vocabulary import AuthorityKind
from registre.web import models as m
from registre.web.convert import session_to_core

NS = "https://schema.oparl.org/1.1"
PARIS = ZoneInfo("Europe/Paris")
LICENSE = "https://www.etalab.gouv.fr/licence-ouverte-open-licence"

# General renewals of the councils (first round of the elections): a legislative term runs
# from one to the next. Communes and their EPCI (L273-3 of the Code électoral: the
# community councillors are elected with the municipal ones); départements and régions.
_RENEWALS = {
    "municipal": [dt.date(2008, 3, 9), dt.date(2014, 3, 23), dt.date(2020, 3, 15), dt.date(2026, 3, 15)],
    "departemental": [dt.date(2011, 3, 20), dt.date(2015, 3, 22), dt.date(2021, 6, 20)],
    "regional": [dt.date(2010, 3, 14), dt.date(2015, 12, 6), dt.date(2021, 6, 20)],
}


class Urls:
    """Absolute ids of the OParl objects, from the address the request came to."""

    def __init__(self, absolute: Callable[[str], str]):
        self.absolute = absolute
        self.base = absolute(reverse("oparl:system")).rstrip("/")

    def __call__(self, name: str, *args: Any) -> str:
        return self.absolute(reverse(f"oparl:{name}", args=[str(a) for a in args]))


def _stamp(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).isoformat(timespec="seconds")


def _common(obj: Any, urls: Urls, kind: str, name: str, *args: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"id": urls(name, *args), "type": f"{NS}/{kind}",
                           "created": _stamp(obj.created_at), "modified": _stamp(obj.updated_at)}
    if obj.deleted_at is not None:
        out["deleted"] = True
    return out


def system(urls: Urls, portal: str) -> dict[str, Any]:
    return {"id": urls("system"), "type": f"{NS}/System", "oparlVersion": f"{NS}/",
            "body": urls("bodies"), "name": "Registre des délibérations", "license": LICENSE,
            "website": portal, "product": "https://registre.example/", "web": portal}


def _renewals(kind: str) -> list[dt.date]:
    if kind == AuthorityKind.DEPARTEMENT.value:
        return _RENEWALS["departemental"]
    if kind == AuthorityKind.REGION.value:
        return _RENEWALS["regional"]
    return _RENEWALS["municipal"]


def legislative_terms(a: m.Authority, urls: Urls) -> list[dict[str, Any]]:
    """The terms (mandatures) in which the authority has stored sessions."""
    dates = sorted(m.Session.objects.filter(assembly__authority=a).values_list("date", flat=True))
    renewals = _renewals(a.kind)
    out = []
    for start, end in zip(renewals, [*renewals[1:], None], strict=True):
        if not any(d >= start and (end is None or d < end) for d in dates):
            continue
        term = {"id": urls("legislative-term", a.slug, start.year), "type": f"{NS}/LegislativeTerm",
                "body": urls("body", a.slug),
                "name": f"Mandature {start.year}–{end.year if end else ''}".rstrip("–"),
                "startDate": start.isoformat()}
        if end:
            term["endDate"] = (end - dt.timedelta(days=1)).isoformat()
        out.append(term)
    return out


def body(a: m.Authority, urls: Urls) -> dict[str, Any]:
    s = a.slug
    return {**_common(a, urls, "Body", "body", s), "system": urls("system"), "name": a.name,
            "classification": AuthorityKind(a.kind).label, "license": LICENSE,
            "organization": urls("body-organizations", s), "person": urls("body-people", s),
            "meeting": urls("body-meetings", s), "paper": urls("body-papers", s),
            "legislativeTerm": legislative_terms(a, urls),
            "agendaItem": urls("body-agenda-items", s), "consultation": urls("body-consultations", s),
            "file": urls("body-files", s), "locationList": urls("body-locations", s),
            "legislativeTermList": urls("body-legislative-terms", s),
            "membership": urls("body-memberships", s), "web": _portal(urls, a.get_absolute_url())}


def organization(asm: m.Assembly, urls: Urls) -> dict[str, Any]:
    persons = (m.Mandate.objects.filter(session__assembly=asm).values_list("person_id", flat=True)
               .distinct().order_by("person_id"))
    return {**_common(asm, urls, "Organization", "organization", asm.pk),
            "body": urls("body", asm.authority.slug), "name": asm.name,
            "organizationType": "Gremium", "classification": asm.get_kind_display(),
            "membership": [urls("membership", asm.pk, p) for p in persons],
            "meeting": urls("organization-meetings", asm.pk)}


def membership(asm: m.Assembly, person: m.Person, urls: Urls) -> dict[str, Any]:
    mandates = list(m.Mandate.objects.filter(session__assembly=asm, person=person)
                    .select_related("session").order_by("session__date"))
    last = mandates[-1] if mandates else None
    role = ", ".join(last.functions) if last and last.functions else (
        last.get_role_display() if last else "")
    out = {"id": urls("membership", asm.pk, person.pk), "type": f"{NS}/Membership",
           "person": urls("person", person.pk), "organization": urls("organization", asm.pk),
           "role": role, "votingRight": True}
    if mandates:
        out["created"] = _stamp(min(md.created_at for md in mandates))
        out["modified"] = _stamp(max(md.updated_at for md in mandates))
    return out


def person(p: m.Person, urls: Urls) -> dict[str, Any]:
    assemblies = (m.Assembly.objects.filter(sessions__mandates__person=p).distinct().order_by("pk"))
    out = {**_common(p, urls, "Person", "person", p.pk), "body": urls("body", p.authority.slug),
           "name": str(p), "familyName": p.last_name,
           "membership": [membership(asm, p, urls) for asm in assemblies]}
    if p.first_name:
        out["givenName"] = p.first_name
    if p.civility:
        out["formOfAddress"] = p.get_civility_display()
    return out


def moment(date: dt.date, hhmm: str) -> dt.datetime | None:
    """« 18h00 » on ``date`` in Paris time, or None when unreadable."""
    match = re.fullmatch(r"(\d{1,2})\s*[h:H]\s*(\d{2})?", hhmm.strip())
    if not match or int(match.group(1)) > 23 or int(match.group(2) or 0) > 59:
        return None
    return dt.datetime.combine(date, dt.time(int(match.group(1)), int(match.group(2) or 0)), PARIS)


def clock(date: dt.date, hhmm: str) -> str | None:
    """ISO 8601 instant of « 18h00 » on ``date`` in Paris time, or None when unreadable."""
    value = moment(date, hhmm)
    return value.isoformat() if value else None


def location(s: m.Session, urls: Urls) -> dict[str, Any]:
    return {**_common(s, urls, "Location", "location", s.pk), "description": s.place,
            "meetings": [urls("meeting", s.pk)]}


class Reports:
    """The core's report of each session, computed once per request."""

    def __init__(self) -> None:
        self._done: dict[int, tuple[SessionReport, dict[str, ItemResult]]] = {}

    def item(self, it: m.Item) -> ItemResult | None:
        s = it.session
        if s.pk not in self._done:
            report = check_session(session_to_core(s))
            self._done[s.pk] = (report, {r.item.number: r for r in report.items})
        return self._done[s.pk][1].get(it.number)


def _result(r: ItemResult | None) -> str | None:
    if r is None or r.tally is None:
        return None
    c = r.tally.counts
    text = f"{r.tally.outcome.label} — pour {c.for_}, contre {c.against}, abstention {c.abstention}"
    if r.tally.agrees is False and r.tally.recorded is not None:
        rc = r.tally.recorded
        text += (f" ; le résultat enregistré diffère (pour {rc.for_}, contre {rc.against}, "
                 f"abstention {rc.abstention})")
    return text


def agenda_item(it: m.Item, urls: Urls, reports: Reports) -> dict[str, Any]:
    s = it.session
    out = {**_common(it, urls, "AgendaItem", "agenda-item", it.pk), "meeting": urls("meeting", s.pk),
           "number": it.number, "order": it.passage + 1, "name": it.title or f"Question n°{it.number}",
           "public": True, "web": _portal(urls, it.get_absolute_url())}
    result = _result(reports.item(it))
    if result:
        out["result"] = result
    text = getattr(it, "text", None)
    if text is not None and text.decisions:
        out["resolutionText"] = "\n".join(str(d) for d in text.decisions)
    if it.deliberation:
        out["consultation"] = urls("consultation", it.pk)
        out["resolutionFile"] = file(it, urls)
    return out


def _portal(urls: Urls, path: str) -> str:
    return urls.absolute(path)


def meeting(s: m.Session, urls: Urls, reports: Reports) -> dict[str, Any]:
    asm = s.assembly
    out = {**_common(s, urls, "Meeting", "meeting", s.pk),
           "name": f"{asm.name} du {s.date:%d/%m/%Y}", "cancelled": False,
           "meetingState": "terminated" if s.date < dt.date.today() else "scheduled",
           "organization": [urls("organization", asm.pk)],
           "participant": [urls("person", pk) for pk in sorted(set(
               s.attendances.values_list("person_id", flat=True)))],
           "agendaItem": [agenda_item(it, urls, reports) for it in
                          s.items.select_related("session__assembly__authority", "text")],
           "web": _portal(urls, s.get_absolute_url())}
    start = clock(s.date, s.opened_at) if s.opened_at else None
    end = clock(s.date, s.closed_at) if s.closed_at else None
    out["start"] = start or dt.datetime.combine(s.date, dt.time(0, 0), PARIS).isoformat()
    if end:
        out["end"] = end
    if s.place:
        out["location"] = location(s, urls)
    return out


def file(it: m.Item, urls: Urls) -> dict[str, Any]:
    s = it.session
    a = s.assembly
    access = urls.absolute(reverse("registre:extract", args=[a.authority.slug, a.slug, s.date.isoformat(),
                                                             it.number, "pdf"]))
    name = f"extrait-{a.slug}-{s.date.isoformat()}-{it.number}.pdf"
    return {**_common(it, urls, "File", "file", it.pk),
            "name": f"Extrait du registre des délibérations — {it.deliberation or it.number}",
            "fileName": name, "mimeType": "application/pdf", "date": s.date.isoformat(),
            "accessUrl": access, "downloadUrl": access, "fileLicense": LICENSE,
            "agendaItem": [urls("agenda-item", it.pk)], "paper": [urls("paper", it.pk)],
            "meeting": [urls("meeting", s.pk)]}


def consultation(it: m.Item, urls: Urls) -> dict[str, Any]:
    s = it.session
    return {**_common(it, urls, "Consultation", "consultation", it.pk), "paper": urls("paper", it.pk),
            "agendaItem": urls("agenda-item", it.pk), "meeting": urls("meeting", s.pk),
            "organization": [urls("organization", s.assembly.pk)], "authoritative": True,
            "role": "Décision"}


def paper(it: m.Item, urls: Urls) -> dict[str, Any]:
    s = it.session
    return {**_common(it, urls, "Paper", "paper", it.pk), "body": urls("body", s.assembly.authority.slug),
            "name": it.title or f"Délibération {it.deliberation}", "reference": it.deliberation,
            "date": s.date.isoformat(), "paperType": "Délibération",
            "mainFile": file(it, urls), "consultation": [consultation(it, urls)],
            "web": _portal(urls, it.get_absolute_url())}
