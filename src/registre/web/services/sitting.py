"""What a clerk records during a session, each change checked by the core before it is kept.

Every function takes the user, checks they are a clerk of the session's authority
(:func:`require_clerk`, raises ``PermissionDenied``), writes inside
``transaction.atomic``, recomputes the session with :func:`registre.core.check_session`
and rolls back with :class:`Refused` (field + French reason) when the change brings a
rule broken that was not broken before.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction

from registre.core import check_session
from registre.core import model as core
from registre.core.check import SessionReport
from registre.core.errors import Finding
from registre.core.names import slug
from registre.core.spans import Ref, Span
from registre.core.vocabulary import Choice, SeatRole, Severity
from registre.web import models as m
from registre.web.convert import refreshed, remember_core, session_to_core, span_to_json, stored_core
from registre.web.services.audit import audit
from registre.web.services.guard import (
    MovedVote,
    NeedsConfirmation,
    Refused,
    confirmed,
    flag_votes,
    lock,
    queued,
    record_change,
    refuse_stale,
    votes_moved,
)
from registre.web.services.history import acting
from registre.web.services.importer import soft_delete, write_vote
from registre.web.services.search_index import index_items


def refuse_if_sealed(session: m.Session, field: str | None = None) -> None:
    from registre.web.services.seal import refuse_if_sealed as refuse

    refuse(session, field)


def can_edit(user: Any, authority: m.Authority) -> bool:
    """Whether ``user`` is a clerk of ``authority`` (or a superuser)."""
    if not getattr(user, "is_authenticated", False):
        return False
    acting(user)  # whose writes follow, for the history of rows (services/history.py)
    if user.is_superuser:
        return True
    return m.Clerk.objects.filter(user=user, authority=authority).exists()


def require_clerk(user: Any, session: m.Session) -> None:
    """Raise ``PermissionDenied`` unless ``user`` may change ``session``."""
    if not can_edit(user, session.assembly.authority):
        raise PermissionDenied("Vous n'êtes pas greffier de cette collectivité.")


def _key(f: Finding) -> tuple[str, str | None, str | None]:
    """A finding's identity: its rule, item and person (its message carries figures that move)."""
    return (f.rule, f.item, f.person)


# Q-01 (L2121-17): a quorum lost or never reached is what happened, recorded and shown, not
# a clerk's mistake to refuse — the first member marked present in a new session has no quorum.
SHOWN_NOT_REFUSED = frozenset({"Q-01"})
# Counts recorded above the voters (i12): what a moved vote may become until reviewed.
VOTE_MOVED = frozenset({"VOTE-OVER", "C-01"})


@dataclass
class Write:
    """What :func:`checked` gives the write it guards: the session as checked before it."""

    before: SessionReport


@contextmanager
def checked(user: Any, session: m.Session, action: str, field: str | None,
            refuse_rules: frozenset[str] = frozenset(), *, touches: Collection[str] = (),
            read_at: int | None = None, confirm: bool | str = False, changes: Collection[str] = (),
            **detail: Any) -> Iterator[Write]:
    """Write in a transaction, alone on the session; refuse (roll back) what breaks a rule.

    The session is locked first (guard.lock), so the checks see every committed write and
    no other clerk's write interleaves. ``read_at`` is the revision the form was read at:
    a change since then touching ``touches`` refuses it (guard.Stale). New findings
    refused: every error, and warnings or notes whose rule is in ``refuse_rules`` (for a
    proxy: P-01 holder absent, P-03 giver present). A change that moves the votes available
    at an item whose vote is recorded needs ``confirm`` (guard.NeedsConfirmation); confirmed,
    those votes are flagged until a clerk confirms or corrects them.
    """
    require_clerk(user, session)
    refuse_if_sealed(session, field)  # R2121-9: a closed session changes only by erratum
    with queued(session), transaction.atomic():
        locked = lock(session)
        refuse_stale(locked, read_at, touches)
        before = check_session(stored_core(session, locked.revision))
        known = {_key(f) for f in before.all_findings()}
        yield Write(before)
        # Only what the write changed is read back (convert.refreshed); REGISTRE_VERIFY_WRITES
        # (the tests) compares it with the whole session read again.
        state = refreshed(before.session, session, frozenset(changes))
        if getattr(settings, "REGISTRE_VERIFY_WRITES", False):
            assert state == session_to_core(session), f"{action} : relecture partielle fausse ({changes})"
        after = check_session(state)
        moved = votes_moved(before, after)
        # A recorded vote that a change of presence leaves above the voters (VOTE-OVER, C-01)
        # is the vote to review, flagged below once confirmed — not a reason to refuse.
        moved_items = {v.number for v in moved}
        for f in after.all_findings():
            if _key(f) in known or (f.rule in VOTE_MOVED and f.item in moved_items):
                continue
            if (f.severity is Severity.ERROR and f.rule not in SHOWN_NOT_REFUSED) or f.rule in refuse_rules:
                raise Refused(f"{f.message} ({f.rule})", field, f.rule)
        if not confirmed(moved, confirm):
            raise NeedsConfirmation(moved)
        flag_votes(session, moved, ACTION_LABELS.get(action, action))
        audit(user, action, session, pages=changed_pages(before, after, moved), **detail)
        remember_core(session.pk, record_change(locked, user, action, touches), state)


def changed_pages(before: SessionReport, after: SessionReport, moved: list[MovedVote]) -> set[str] | None:
    """Items whose result (attendance, figures, findings, text) differs; None: every page of the session."""
    if before.findings != after.findings or len(before.items) != len(after.items):
        return None
    pages = {r.item.number for r, was in zip(after.items, before.items, strict=True) if r != was}
    return pages | {v.number for v in moved}  # their vote is flagged « à vérifier »


ACTION_LABELS = {"presence": "présence", "arrival": "arrivée", "departure": "départ",
                 "absence": "absence", "proxy.add": "pouvoir", "proxy.remove": "retrait de pouvoir",
                 "substitute": "suppléant", "interests": "intérêts"}


def _person(session: m.Session, key: str, field: str) -> m.Person:
    seated = session.mandates.filter(person__key=key).select_related("person").first()
    if seated is None:
        raise Refused("Choisissez un membre de l'assemblée.", field)
    return seated.person


def _item_ref(session: m.Session, number: str, field: str) -> Ref:
    if not session.items.filter(number=number).exists():
        raise Refused("Choisissez une question de la séance.", field)
    return Ref.item(number)


def create_session(user: Any, assembly: m.Assembly, date: Any, items: int, place: str = "") -> m.Session:
    """A new session of ``assembly``: ``items`` questions numbered 1…n, the titular seats of the
    assembly's latest session before it (substitutes are recorded per session). Raises
    ``PermissionDenied`` or :class:`Refused` (a session already exists that day)."""
    if not can_edit(user, assembly.authority):
        raise PermissionDenied("Vous n'êtes pas greffier de cette collectivité.")
    with transaction.atomic():
        if m.Session.objects.filter(assembly=assembly, date=date).exists():
            raise Refused("Une séance de cette assemblée existe déjà à cette date.", "date")
        previous = m.Session.objects.filter(assembly=assembly, date__lt=date).order_by("-date").first()
        session = m.Session.objects.create(assembly=assembly, date=date, place=place)
        if previous is not None:
            for md in previous.mandates.filter(role=SeatRole.TITULAR.value):
                m.Mandate.objects.create(session=session, person=md.person, commune=md.commune,
                                         role=md.role, functions=md.functions, position=md.position)
        for n in range(items):
            m.Item.objects.create(session=session, number=str(n + 1), passage=n)
        audit(user, "session.create", session, items=items)
    return session


def edit_deliberation(user: Any, item: m.Item, *, title: str, deliberation: str, matiere: str,
                      amount: Any, beneficiary: str, summary: str, decisions: list[str],
                      read_at: int | None = None) -> m.Deliberation:
    """What the deliberation of ``item`` says (object, number, matière, amount, beneficiary,
    summary, decisions); the full-text index follows in the same transaction."""
    session = item.session
    text: m.Deliberation | None = None
    with checked(user, session, "deliberation", "title", touches={f"item:{item.number}"}, read_at=read_at,
                 changes={f"item:{item.number}"},
                 item=item.number, title=title, deliberation=deliberation, matiere=matiere, amount=amount,
                 beneficiary=beneficiary, summary=summary, decisions=decisions):
        if deliberation and session.items.exclude(pk=item.pk).filter(deliberation=deliberation).exists():
            raise Refused("Ce numéro de délibération est déjà celui d'une autre question de la séance.",
                          "deliberation")
        item.title, item.deliberation = title, deliberation
        item.save(update_fields=["title", "deliberation", "updated_at"])  # save(): kept in the history
        text, _ = m.Deliberation.all_objects.get_or_create(item=item)
        text.deleted_at = None
        text.matiere, text.beneficiary, text.summary = matiere, beneficiary, summary
        text.decisions = decisions
        text.operation_amount = amount
        text.has_budget = text.has_budget or amount is not None
        text.save()
        index_items(m.Item.objects.filter(pk=item.pk).select_related("session__assembly__authority", "text"))
    assert text is not None
    return text


def add_proxy(user: Any, session: m.Session, giver_key: str, holder_key: str,
              from_item: str = "", until_item: str = "", *, read_at: int | None = None,
              confirm: bool | str = False) -> m.Proxy:
    """A written proxy; refused if it breaks L2121-20 (P-02: one per holder) or P-01/P-03."""
    holder_field = "holder"
    proxy: m.Proxy | None = None
    with checked(user, session, "proxy.add", holder_field, frozenset({"P-01", "P-02", "P-03"}),
                 touches={f"person:{giver_key}", f"person:{holder_key}"}, read_at=read_at, confirm=confirm,
                 changes={"proxies"},
                 giver=giver_key, holder=holder_key, from_item=from_item, until_item=until_item):
        giver = _person(session, giver_key, "giver")
        holder = _person(session, holder_key, "holder")
        if giver == holder:
            raise Refused("Un membre ne peut se donner pouvoir à lui-même (P-01).", "holder", "P-01")
        span = Span(_item_ref(session, from_item, "from_item") if from_item else None,
                    _item_ref(session, until_item, "until_item") if until_item else None)
        proxy = m.Proxy.objects.create(session=session, giver=giver, holder=holder, span=span_to_json(span))
    assert proxy is not None
    return proxy


def remove_proxy(user: Any, proxy: m.Proxy, *, confirm: bool | str = False) -> None:
    """Withdraw a proxy (kept in the history, hidden)."""
    with checked(user, proxy.session, "proxy.remove", None, confirm=confirm, changes={"proxies"},
                 touches={f"person:{proxy.giver.key}", f"person:{proxy.holder.key}"}, proxy=proxy.pk):
        soft_delete(m.Proxy.objects.filter(pk=proxy.pk))


def add_substitute(user: Any, session: m.Session, titular_key: str, first_name: str,
                   last_name: str, civility: str = "", *, read_at: int | None = None,
                   confirm: bool | str = False) -> m.Mandate:
    """A substitute sits for an absent titular (P-08, P-09): new seat, present all session."""
    mandate: m.Mandate | None = None
    with checked(user, session, "substitute", "titular", touches={f"person:{titular_key}"}, read_at=read_at,
                 changes={"members"},
                 confirm=confirm, titular=titular_key, name=last_name):
        titular = _person(session, titular_key, "titular")
        if not last_name.strip():
            raise Refused("Indiquez le nom du suppléant.", "last_name")
        person, _ = m.Person.objects.get_or_create(
            authority=session.assembly.authority, key=slug(last_name, first_name),
            defaults={"first_name": first_name.strip(), "last_name": last_name.strip().upper(),
                      "civility": civility})
        if session.mandates.filter(person=person).exists():
            raise Refused("Cette personne siège déjà à la séance.", "last_name")
        mandate = m.Mandate.objects.create(session=session, person=person, role=SeatRole.SUBSTITUTE.value,
                                           substitute_for=titular, position=10_000)
        m.Attendance.objects.create(session=session, person=person, span={})
    assert mandate is not None
    return mandate


def set_interests(user: Any, item: m.Item, person_keys: list[str], *, read_at: int | None = None,
                  confirm: bool | str = False) -> None:
    """The members interested in ``item`` (C-03): they take part neither in debate nor vote."""
    session = item.session
    with checked(user, session, "interests", "interested", touches={f"item:{item.number}"}, read_at=read_at,
                 changes={f"item:{item.number}"},
                 confirm=confirm, item=item.number, persons=",".join(person_keys)):
        soft_delete(item.interests.all())
        for key in person_keys:
            m.Interest.objects.create(item=item, person=_person(session, key, "interested"))


def record_roll_call(user: Any, item: m.Item, against: list[str], abstention: list[str], *,
                     read_at: int | None = None) -> m.Vote:
    """A roll call (vote nominatif) at ``item``: the members listed vote against or abstain,
    every other vote that can be cast there (present voters, and holders for their
    givers) is for. Refused if a listed member cannot vote at that item (C-01, C-03).
    """
    session = item.session
    result = check_session(session_to_core(session), only={item.number}).item(item.number)
    interested = {i.person for i in result.interested}
    voters = [p for p in result.present if p not in interested]
    givers = {g: h for g, h in result.represented.items() if g not in interested and h not in interested}
    can_vote = set(voters) | set(givers)
    for field, keys in (("against_members", against), ("abstention_members", abstention)):
        for key in keys:
            if key not in can_vote:
                raise Refused(f"{session_to_core(session).name_of(key)} ne peut pas voter à cette "
                              "question (absent(e), sans pouvoir ou intéressé(e)).", field, "C-01")

    def choice(key: str) -> Choice:
        return Choice.AGAINST if key in against else Choice.ABSTENTION if key in abstention else Choice.FOR

    entries = tuple(core.RollCallEntry(p, choice(p)) for p in voters) + tuple(
        core.RollCallEntry(h, choice(g), on_behalf_of=g) for g, h in givers.items())
    keys = {*voters, *givers, *givers.values()}
    vote: m.Vote | None = None
    with checked(user, session, "vote.roll_call", "against_members", touches={f"item:{item.number}"},
                 changes={f"item:{item.number}"},
                 read_at=read_at, item=item.number, against=against, abstention=abstention):
        persons = {p.key: p for p in m.Person.objects.filter(authority=session.assembly.authority,
                                                              key__in=keys)}
        vote = write_vote(item, core.Vote(roll_call=entries), persons)
        m.Vote.objects.filter(pk=vote.pk).update(review_note="")  # corrected: no longer to check
    assert vote is not None
    return vote


def record_vote(user: Any, item: m.Item, *, unanimous: bool, counts: tuple[int, int, int] | None,
                roll_call: dict[str, str] | None = None, read_at: int | None = None) -> m.Vote:
    """The vote of ``item`` as recorded: unanimity, counts (for, against, abstention), roll call.

    A recorded result that disagrees with the computation is kept and flagged by the core
    (the clerk sees it), not refused: the record says what was announced.
    """
    session = item.session
    vote: m.Vote | None = None
    with checked(user, session, "vote", "for_count", touches={f"item:{item.number}"}, read_at=read_at,
                 changes={f"item:{item.number}"},
                 item=item.number, unanimous=unanimous, counts=counts):
        entries: tuple[core.RollCallEntry, ...] = ()
        persons: dict[str, m.Person] = {}
        for key, choice in (roll_call or {}).items():
            persons[key] = _person(session, key, "roll_call")
            entries += (core.RollCallEntry(key, Choice(choice)),)
        recorded = core.Counts(*counts) if counts is not None else None
        vote = write_vote(item, core.Vote(unanimous=unanimous, recorded=recorded, roll_call=entries), persons)
        m.Vote.objects.filter(pk=vote.pk).update(review_note="")  # corrected: no longer to check
    assert vote is not None
    return vote



def confirm_vote(user: Any, item: m.Item, *, read_at: int | None = None) -> None:
    """The clerk confirms a flagged vote as recorded (attendance changed after it)."""
    with checked(user, item.session, "vote.confirm", None, touches={f"item:{item.number}"}, read_at=read_at,
                 changes={f"item:{item.number}"},
                 item=item.number):
        m.Vote.objects.filter(item=item).update(review_note="")
