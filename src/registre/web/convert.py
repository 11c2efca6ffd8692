"""Models ↔ core: :func:`session_to_core` builds the core ``Session`` a stored session is.

The core is the only place quorum and tally are computed; the web application stores
what the core knows and asks it. Spans are stored as JSON (:func:`span_to_json`).
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import OrderedDict
from dataclasses import replace
from decimal import Decimal
from typing import Any

from registre.core import model as core
from registre.core.elections import election_from_data
from registre.core.spans import Ref, Span
from registre.core.vocabulary import (
    AssemblyKind,
    AuthorityKind,
    Ballot,
    Choice,
    Civility,
    ItemKind,
    Outcome,
    RefKind,
    SeatRole,
)
from registre.web import models as m


def ref_to_json(ref: Ref | None) -> dict[str, str] | None:
    return None if ref is None else {"kind": ref.kind.value, "value": ref.value}


def ref_from_json(data: dict[str, str] | None) -> Ref | None:
    return None if not data else Ref(RefKind(data["kind"]), data["value"])


def span_to_json(span: Span) -> dict[str, Any]:
    """A core ``Span`` as plain JSON; ``{}`` is the whole session."""
    if span.whole_session:
        return {}
    return {
        "start": ref_to_json(span.start),
        "end": ref_to_json(span.end),
        "end_inclusive": span.end_inclusive,
        "excepted": [span_to_json(e) for e in span.excepted],
    }


def span_from_json(data: dict[str, Any] | None) -> Span:
    """Inverse of :func:`span_to_json`."""
    if not data:
        return Span()
    return Span(
        ref_from_json(data.get("start")),
        ref_from_json(data.get("end")),
        bool(data.get("end_inclusive", True)),
        tuple(span_from_json(e) for e in data.get("excepted", [])),
    )


def _key(person: m.Person | None) -> str | None:
    return person.key if person is not None else None


def _person(p: m.Person) -> core.Person:
    return core.Person(p.key, p.first_name, p.last_name, Civility(p.civility) if p.civility else None)


def session_members_in_office(session: m.Session) -> int:
    """Members in office on the day of ``session`` (Q-01, L2121-17): its own figure when it was
    stored with one (an imported sitting printing another than its assembly's), else the assembly's."""
    own = (session.law or {}).get("members_in_office")
    return int(own) if isinstance(own, int) and own > 0 else session.assembly.members_in_office


def session_to_core(session: m.Session) -> core.Session:
    """The core ``Session`` of a stored session (live rows only)."""
    a = session.assembly
    auth = a.authority
    assembly = core.Assembly(
        core.Authority(auth.name, AuthorityKind(auth.kind), auth.siren or None, auth.siret or None,
                       auth.seat or None, auth.department or None, auth.population),
        a.name, AssemblyKind(a.kind), session_members_in_office(session),
    )
    core_items = tuple(_item(it) for it in _items(session))
    return core.Session(
        assembly=assembly,
        date=session.date,
        members=_members(session),
        items=core_items,
        order_of_passage=tuple(it.number for it in core_items),
        attendance=_attendance(session),
        proxies=_proxies(session),
        president=_key(session.president),
        secretary=_key(session.secretary),
        convocation_date=session.convocation_date,
        publication_date=session.publication_date,
        place=session.place or None,
        opened_at=session.opened_at or None,
        closed_at=session.closed_at or None,
        second_convocation=session.second_convocation,
        **law_from_json(session.law),
    )


def refreshed(state: core.Session, session: m.Session, changed: frozenset[str]) -> core.Session:
    """``state`` with only what a write ``changed`` read again from the database.

    ``changed`` holds ``attendance``, ``proxies``, ``members`` and ``item:N``; anything else
    (or ``session``) reads the whole session again. A write reads back only its own rows.
    """
    if not changed or any(c not in ("attendance", "proxies", "members") and not c.startswith("item:")
                          for c in changed):
        return session_to_core(session)
    fields: dict[str, Any] = {}
    if "members" in changed:
        fields["members"] = _members(session)
    if "attendance" in changed or "members" in changed:
        fields["attendance"] = _attendance(session)
    if "proxies" in changed:
        fields["proxies"] = _proxies(session)
    numbers = {c.removeprefix("item:") for c in changed if c.startswith("item:")}
    if numbers:
        fresh = {it.number: _item(it) for it in _items(session).filter(number__in=numbers)}
        fields["items"] = tuple(fresh.get(it.number, it) for it in state.items)
    return replace(state, **fields)


CORE_CACHE_SECONDS = 600


def _core_key(pk: int, revision: int) -> str:
    return f"registre:core:{pk}:{revision}"


def stored_core(session: m.Session, revision: int | None = None) -> core.Session:
    """:func:`session_to_core`, kept in Django's cache by the session's revision.

    Every write of the services bumps the revision (audit.bump), so an entry is never
    stale; the views and the ``before`` of a write (read under the session's lock, nothing
    written yet) take it from there. ``revision``: the one read under that lock.
    """
    from django.core.cache import cache

    key = _core_key(session.pk, session.revision if revision is None else revision)
    found = cache.get(key)
    if found is None:
        found = session_to_core(session)
        cache.set(key, found, CORE_CACHE_SECONDS)
    return found  # type: ignore[no-any-return]


_REPORTS: OrderedDict[tuple[int, int], Any] = OrderedDict()
_REPORTS_LOCK = threading.Lock()


def stored_report(session: m.Session) -> Any:
    """``check_session(stored_core(session))``, kept in this process for the session's revision
    (the last 32): the pages of one session computed after a write share one computation."""
    from registre.core import check_session

    key = (session.pk, session.revision)
    with _REPORTS_LOCK:
        found = _REPORTS.get(key)
    if found is None:
        found = check_session(stored_core(session))
        with _REPORTS_LOCK:
            _REPORTS[key] = found
            while len(_REPORTS) > 32:
                _REPORTS.popitem(last=False)
    return found


def forget_reports() -> None:
    """Empty this process's reports (tests that roll back and reuse revisions)."""
    with _REPORTS_LOCK:
        _REPORTS.clear()


def remember_core(pk: int, revision: int, state: core.Session) -> None:
    """Keep ``state`` as the session's core at ``revision`` once the transaction commits."""
    from django.core.cache import cache
    from django.db import transaction

    transaction.on_commit(lambda: cache.set(_core_key(pk, revision), state, CORE_CACHE_SECONDS))


def _members(session: m.Session) -> tuple[core.Mandate, ...]:
    return tuple(
        core.Mandate(_person(md.person), md.commune or None, SeatRole(md.role),
                     _key(md.substitute_for), tuple(md.functions))
        for md in session.mandates.select_related("person", "substitute_for")
    )


def _items(session: m.Session) -> Any:
    return session.items.select_related("rapporteur", "presided_by", "vote", "text").prefetch_related(
        "interests__person", "vote__roll_call__voter", "vote__roll_call__on_behalf_of",
        "text__opinions", "text__annexes")


def _attendance(session: m.Session) -> tuple[core.Attendance, ...]:
    return tuple(core.Attendance(at.person.key, span_from_json(at.span), at.source or None)
                 for at in session.attendances.select_related("person"))


def _proxies(session: m.Session) -> tuple[core.Proxy, ...]:
    return tuple(core.Proxy(px.giver.key, px.holder.key, span_from_json(px.span), px.source or None)
                 for px in session.proxies.select_related("giver", "holder"))

def law_to_json(s: core.Session) -> dict[str, Any]:
    """What a session knows of its convocation and settings (Q-07, K-02, rules:), as JSON."""
    out: dict[str, Any] = {}
    if s.first_sitting is not None:
        out["first_sitting"] = s.first_sitting.isoformat()
    if s.first_sitting_items is not None:
        out["first_sitting_items"] = list(s.first_sitting_items)
    if s.urgency:
        out["urgency"] = True
    if s.rule_settings:
        out["rules"] = [[k, v] for k, v in s.rule_settings]
    return out


def law_from_json(data: dict[str, Any] | None) -> dict[str, Any]:
    """Keyword arguments of ``core.Session`` from :func:`law_to_json`'s data."""
    data = data or {}
    items = data.get("first_sitting_items")
    return {
        "first_sitting": dt.date.fromisoformat(data["first_sitting"]) if data.get("first_sitting") else None,
        "first_sitting_items": tuple(items) if items is not None else None,
        "urgency": bool(data.get("urgency", False)),
        "rule_settings": tuple((k, v) for k, v in data.get("rules", ())),
    }


def _item(it: m.Item) -> core.AgendaItem:
    vote = getattr(it, "vote", None)
    text = getattr(it, "text", None)
    return core.AgendaItem(
        number=it.number,
        title=it.title,
        rapporteur=_key(it.rapporteur),
        deliberation=it.deliberation or None,
        taken_up_at=it.taken_up_at or None,
        presided_by=_key(it.presided_by),
        interests=tuple(core.Interest(i.person.key, i.reason, i.declared_votes, i.left_room)
                        for i in it.interests.all()),
        vote=_vote(vote) if vote is not None and vote.deleted_at is None else None,
        text=_text(text) if text is not None and text.deleted_at is None else None,
        kind=ItemKind(it.kind) if it.kind else ItemKind.ORDINARY,
        election=election_from_data(it.election) if it.election else None,
    )


def _vote(v: m.Vote) -> core.Vote:
    recorded = None
    if v.has_counts:
        recorded = core.Counts(v.for_count, v.against_count, v.abstention_count, v.not_voting_count)
    return core.Vote(
        ballot=Ballot(v.ballot),
        unanimous=v.unanimous,
        recorded=recorded,
        recorded_interested=v.recorded_interested,
        roll_call=tuple(core.RollCallEntry(r.voter.key, Choice(r.choice), _key(r.on_behalf_of))
                        for r in v.roll_call.all()),
        president_choice=Choice(v.president_choice) if v.president_choice else None,
        recorded_outcome=Outcome(v.recorded_outcome) if v.recorded_outcome else None,
    )


def _text(t: m.Deliberation) -> core.DeliberationText:
    budget = None
    if t.has_budget:
        budget = core.BudgetInscription(t.budget, t.programme, t.planned_amount, t.operation_amount)
    return core.DeliberationText(
        report_number=t.report_number or None,
        rapporteur_function=t.rapporteur_function,
        opinions=tuple(core.Opinion(o.body, o.date, o.verdict) for o in t.opinions.all()),
        budget=budget,
        summary=t.summary,
        body=t.body,
        decision_intro=t.decision_intro,
        decisions=tuple(t.decisions),
        annexes=tuple(core.Annex(a.title, a.body) for a in t.annexes.all()),
        matiere=t.matiere or None,
    )


def amount(value: Decimal | None) -> Decimal | None:
    """Amounts as stored: two decimals."""
    return None if value is None else Decimal(value).quantize(Decimal("0.01"))
