"""Store a core ``Session`` (from a session file or a published extract) in the database.

Keyed on authority + assembly + date, with the source's content hash: the same source
imported twice changes nothing. A second source for a session already stored (another
extract of the same sitting) adds what is new: members, attendance, proxies and items
not there yet; an item already stored takes the new source's vote and text when it
has them. Each import runs in one transaction: a failure leaves nothing written.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from registre.core import check_session
from registre.core import model as core
from registre.core.elections import election_to_data
from registre.core.errors import RegistreError
from registre.web import models as m
from registre.web.convert import amount, law_to_json, session_to_core, span_to_json
from registre.web.services.audit import audit
from registre.web.services.guard import lock, record_change
from registre.web.services.history import acting
from registre.web.services.persons import UnknownNames, adopt_spelling, remember, resolve
from registre.web.services.search_index import index_items


class ImportFailed(RegistreError):
    """The session could not be stored; nothing was written."""


@dataclass(frozen=True)
class ImportOutcome:
    """``status`` is ``created``, ``merged`` or ``unchanged``."""

    status: str
    session: m.Session
    findings: int = 0
    notes: tuple[str, ...] = ()  # names matched to stored members, members added: to report


def import_session(session: core.Session, *, source_name: str, content_hash: str,
                   user: Any = None, declares_members: bool | None = None) -> ImportOutcome:
    """Store ``session``; returns what was done. Raises :class:`ImportFailed` (nothing written).

    Each person is matched to the stored members (:mod:`.persons`): by id, by a spelling
    already seen, by the reader's reconciliation. ``declares_members`` (default: the
    source is a session file) says the source declares the member list: its spellings
    win and a member it adds is reported; a source that does not (a published extract)
    cannot add a member to a session already stored: an unknown name stops the file.
    """
    declares = declares_members if declares_members is not None \
        else source_name.lower().endswith((".yaml", ".yml"))
    out_of_bounds = _out_of_bounds(session)
    if out_of_bounds:
        raise ImportFailed(f"{source_name} : {' ; '.join(out_of_bounds)} : rien n'a été importé")
    acting(user)
    with transaction.atomic():
        authority = _authority(session.assembly.authority)
        assembly = _assembly(authority, session.assembly)
        stored = m.Session.objects.filter(assembly=assembly, date=session.date).first()
        if stored is not None:
            lock(stored)  # one writer at a time on a session: clerks and imports alike (guard.py)
        if stored is not None and stored.imports.filter(content_hash=content_hash).exists():
            return ImportOutcome("unchanged", stored)
        if stored is not None and stored.sealed_at is not None:
            raise ImportFailed(f"{source_name} : la séance du {stored.date:%d/%m/%Y} est close : ses actes "
                               "ne se complètent plus par import (R2121-9) ; une correction se fait par "
                               "erratum")
        persons, notes = _persons(authority, assembly, stored, session, declares, source_name)
        status = "merged" if stored is not None else "created"
        if stored is None:
            stored = _new_session(assembly, session, persons)
        _merge(stored, session, persons)
        m.ImportRecord.objects.create(session=stored, source_name=source_name[:500],
                                      content_hash=content_hash)
        report = check_session(session_to_core(stored))
        if status == "created":
            _same_result(report, check_session(session))
        index_items(stored.items.select_related("session__assembly__authority", "text"))
        audit(user, f"import.{status}", stored, source=source_name, hash=content_hash)
        if status == "merged":  # a clerk's form read before this import is stale, whatever it edits
            record_change(stored, user, "import", {"session"})
        return ImportOutcome(status, stored, len(report.all_findings()), tuple(notes))


# What the database and the register can hold (a session file is bounded by its loader;
# this guards every source, extracts and future APIs alike).
MAX_COUNT = 10**9
MIN_DATE, MAX_DATE = date(1790, 1, 1), date(2100, 12, 31)


def _out_of_bounds(s: core.Session) -> list[str]:
    """Figures and dates no register holds, each named."""
    out = []
    if not 0 < s.assembly.members_in_office <= MAX_COUNT:
        out.append(f"membres en exercice hors des bornes ({s.assembly.members_in_office})")
    for label, d in (("date de la séance", s.date), ("date de convocation", s.convocation_date),
                     ("date de publication", s.publication_date)):
        if d is not None and not MIN_DATE <= d <= MAX_DATE:
            out.append(f"{label} hors des bornes ({d:%d/%m/%Y} ; années 1790 à 2100)")
    for it in s.items:
        v = it.vote
        figures = [("voix déclarées", i.declared_votes) for i in it.interests]
        if v is not None:
            figures.append(("intéressés", v.recorded_interested))
            if v.recorded is not None:
                r = v.recorded
                figures += [("pour", r.for_), ("contre", r.against), ("abstentions", r.abstention),
                            ("ne prennent pas part", r.not_voting)]
        for label, n in figures:
            if n is not None and not 0 <= n <= MAX_COUNT:
                out.append(f"question {it.number} : {label} hors des bornes ({str(n)[:40]})")
        b = it.text.budget if it.text is not None else None
        for amount_ in (b.planned_amount, b.operation_amount) if b is not None else ():
            if amount_ is not None and (not amount_.is_finite() or abs(amount_) >= 10**13):
                out.append(f"question {it.number} : montant hors des bornes ({str(amount_)[:40]})")
    return out[:20]


def _persons(authority: m.Authority, assembly: m.Assembly, stored: m.Session | None, s: core.Session,
             declares: bool, source: str) -> tuple[dict[str, m.Person], list[str]]:
    """The stored person of each member of ``s`` (see :mod:`.persons`), and what to report."""
    incoming = [mb.person for mb in s.members]
    seated = stored is not None and stored.mandates.exists()
    if seated:
        assert stored is not None
        roster = [md.person for md in stored.mandates.select_related("person")]
    else:  # a new sitting: its members are the authority's elected members already known, or new
        roster = list(m.Person.objects.filter(authority=authority))
    try:
        found, matches = resolve(incoming, roster, closed=seated and not declares, where=source)
    except UnknownNames as e:
        raise ImportFailed(str(e)) from None
    remember(matches, source)
    notes = [nm.sentence() for nm in matches]
    persons: dict[str, m.Person] = {}
    for p in incoming:
        stored_person = found.get(p.id)
        if stored_person is None:
            stored_person = _person(authority, p)
            if seated:  # declared by a session file completing a stored session: said, not silent
                notes.append(f"« {p.full_name} » ajouté(e) aux membres de la séance "
                             "(liste du fichier de séance)")
        elif declares:
            adopt_spelling(stored_person, p, source)
        persons[p.id] = stored_person
    return persons, notes


def _same_result(stored: Any, source: Any) -> None:
    """The stored session must compute exactly as its source did, or nothing is kept.

    Compared on the figures (names may be spelled as stored rather than as printed)."""
    if _figures(stored) != _figures(source):
        raise ImportFailed("la séance enregistrée ne donne pas le même résultat que la source "
                           "(présences, quorum ou votes) : import annulé")


def _figures(report: Any) -> list[tuple[Any, ...]]:
    return [(i["number"], i["present_count"], i["proxies_count"], i["absent_count"], i["interested_votes"],
             repr(i["quorum"]), repr(i["tally"])) for i in report.as_dict()["items"]]


def _authority(a: core.Authority) -> m.Authority:
    obj, _ = m.Authority.objects.get_or_create(
        slug=slugify(a.name), defaults={"name": a.name, "kind": a.kind.value, "siren": a.siren or "",
                                        "siret": a.siret or "", "seat": a.seat or "",
                                        "department": a.department or "", "population": a.population})
    return obj


def _assembly(authority: m.Authority, a: core.Assembly) -> m.Assembly:
    obj, _ = m.Assembly.objects.get_or_create(
        authority=authority, slug=slugify(a.name),
        defaults={"name": a.name, "kind": a.kind.value, "members_in_office": a.members_in_office})
    return obj


def _person(authority: m.Authority, p: core.Person) -> m.Person:
    obj, _ = m.Person.objects.get_or_create(
        authority=authority, key=p.id,
        defaults={"first_name": p.first_name, "last_name": p.last_name,
                  "civility": p.civility.value if p.civility else ""})
    return obj


def _new_session(assembly: m.Assembly, s: core.Session, persons: dict[str, m.Person]) -> m.Session:
    law = law_to_json(s)
    # Q-01 (L2121-17): the quorum counts the members in office on the day of the sitting, which
    # changes with resignations, deaths and by-elections: a sitting printing another figure than
    # the assembly's keeps its own (convert.session_to_core reads it back).
    if s.assembly.members_in_office != assembly.members_in_office:
        law["members_in_office"] = s.assembly.members_in_office
    return m.Session.objects.create(
        assembly=assembly, date=s.date, convocation_date=s.convocation_date,
        publication_date=s.publication_date, place=s.place or "", opened_at=s.opened_at or "",
        closed_at=s.closed_at or "", second_convocation=s.second_convocation, law=law,
        president=persons.get(s.president or ""), secretary=persons.get(s.secretary or ""))


def _merge(stored: m.Session, s: core.Session, persons: dict[str, m.Person]) -> None:
    """Add to ``stored`` what ``s`` has and it has not."""
    seated = set(stored.mandates.values_list("person__key", flat=True))
    base = stored.mandates.count()
    for i, mb in enumerate(s.members):
        if persons[mb.person.id].key in seated:
            continue
        seated.add(persons[mb.person.id].key)
        m.Mandate.objects.create(session=stored, person=persons[mb.person.id], commune=mb.commune or "",
                                 role=mb.role.value, substitute_for=persons.get(mb.substitute_for or ""),
                                 functions=list(mb.functions), position=base + i)
    known_att = {(a.person.key, repr(a.span)) for a in stored.attendances.select_related("person")}
    for at in s.attendance:
        if (persons[at.person].key, repr(span_to_json(at.span))) not in known_att:
            m.Attendance.objects.create(session=stored, person=persons[at.person],
                                        span=span_to_json(at.span), source=at.source or "")
    known_px = {(p.giver.key, p.holder.key, repr(p.span))
                for p in stored.proxies.select_related("giver", "holder")}
    for px in s.proxies:
        if (persons[px.giver].key, persons[px.holder].key, repr(span_to_json(px.span))) not in known_px:
            m.Proxy.objects.create(session=stored, giver=persons[px.giver], holder=persons[px.holder],
                                   span=span_to_json(px.span), source=px.source or "")
    _merge_items(stored, s, persons)


def _merge_items(stored: m.Session, s: core.Session, persons: dict[str, m.Person]) -> None:
    existing = {it.number: it for it in stored.items.all()}
    order = list(s.order_of_passage) or [it.number for it in s.items]
    position = {num: i for i, num in enumerate(order)}
    next_pos = max((it.passage for it in existing.values()), default=-1) + 1
    for ci in s.items:
        item = existing.get(ci.number)
        if item is None:
            # A new session follows its source's order; items added later go last.
            pos = next_pos if existing else position.get(ci.number, len(order) + next_pos)
            next_pos += 1
            item = m.Item.objects.create(
                session=stored, number=ci.number, passage=pos, title=ci.title,
                rapporteur=persons.get(ci.rapporteur or ""), deliberation=ci.deliberation or "",
                taken_up_at=ci.taken_up_at or "", presided_by=persons.get(ci.presided_by or ""),
                kind=ci.kind.value,
                election=election_to_data(ci.election) if ci.election is not None else None)
        elif ci.title and not item.title:
            item.title, item.deliberation = ci.title, ci.deliberation or item.deliberation
            item.save()
        if ci.election is not None and item.election is None:
            item.election, item.kind = election_to_data(ci.election), ci.kind.value
            item.save()
        if ci.interests:
            soft_delete(item.interests.all())
            for it in ci.interests:
                m.Interest.objects.create(item=item, person=persons[it.person], reason=it.reason,
                                          declared_votes=it.declared_votes, left_room=it.left_room)
        if ci.vote is not None:
            write_vote(item, ci.vote, persons)
        if ci.text is not None:
            write_text(item, ci.text)


def soft_delete(rows: Any) -> None:
    """Hide ``rows`` (a queryset) one save at a time, so that the history keeps each one."""
    now = timezone.now()
    for row in rows:
        row.deleted_at = now
        row.save(update_fields=["deleted_at", "updated_at"])


def write_vote(item: m.Item, v: core.Vote, persons: dict[str, m.Person]) -> m.Vote:
    """Store a core ``Vote`` on ``item`` (replacing the one stored, whose roll call is kept as history)."""
    rec = v.recorded
    vote, _ = m.Vote.all_objects.update_or_create(item=item, defaults=dict(
        deleted_at=None, ballot=v.ballot.value, unanimous=v.unanimous, has_counts=rec is not None,
        for_count=rec.for_ if rec else 0, against_count=rec.against if rec else 0,
        abstention_count=rec.abstention if rec else 0, not_voting_count=rec.not_voting if rec else None,
        recorded_interested=v.recorded_interested,
        president_choice=v.president_choice.value if v.president_choice else "",
        recorded_outcome=v.recorded_outcome.value if v.recorded_outcome else ""))
    soft_delete(vote.roll_call.all())
    for e in v.roll_call:
        m.RollCallEntry.objects.create(vote=vote, voter=persons[e.voter], choice=e.choice.value,
                                       on_behalf_of=persons.get(e.on_behalf_of or ""))
    return vote


def write_text(item: m.Item, t: core.DeliberationText) -> m.Deliberation:
    """Store a core ``DeliberationText`` on ``item``."""
    b = t.budget
    text, _ = m.Deliberation.all_objects.update_or_create(item=item, defaults=dict(
        deleted_at=None, report_number=t.report_number or "", rapporteur_function=t.rapporteur_function,
        has_budget=b is not None, budget=b.budget if b else "", programme=b.programme if b else "",
        planned_amount=amount(b.planned_amount) if b else None,
        operation_amount=amount(b.operation_amount) if b else None,
        summary=t.summary, body=t.body, decision_intro=t.decision_intro, decisions=list(t.decisions),
        matiere=t.matiere or ""))
    soft_delete(text.opinions.all())
    for o in t.opinions:
        m.Opinion.objects.create(deliberation=text, body=o.body, date=o.date, verdict=o.verdict)
    soft_delete(text.annexes.all())
    for a in t.annexes:
        m.Annex.objects.create(deliberation=text, title=a.title, body=a.body)
    return text
