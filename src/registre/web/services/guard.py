"""One writer at a time per session, stale forms refused, recorded votes kept honest.

* :func:`lock` serialises the rule checks and writes of one session: a row lock on the
  session (``SELECT … FOR UPDATE``) on PostgreSQL; on SQLite every transaction already
  begins ``IMMEDIATE`` (settings.py), which takes the database's write lock at once. So
  two clerks adding a proxy to the same holder are checked one after the other and P-02
  (L2121-20: one proxy per holder) holds, as does every rule that spans several rows.
  :func:`queued` first makes the writers of one process wait in line for it (a lock
  per session, or per database on SQLite): the database's lock stays the guarantee
  between processes, but a thread no longer polls it (SQLite's busy handler sleeps up
  to 100 ms between tries, and a late waiter can lose every round: writes of 30 ms took
  up to 2 s with four clerks, issue 11 part 7).
* :func:`refuse_stale`: a form carries the session's revision it was read at; a change
  committed since then that touched what the form edits refuses it with who and when.
* :func:`votes_moved`: the items whose recorded vote sees its votes available change —
  shown to the clerk before saving, then flagged on the vote until confirmed or corrected.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Collection, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from django.db import connection
from django.db.models import F
from django.utils import timezone

from registre.core.check import SessionReport
from registre.core.errors import RegistreError
from registre.web import models as m


class Refused(RegistreError):
    """A change refused; ``field`` names the form field the ``message`` belongs next to."""

    def __init__(self, message: str, field: str | None = None, rule: str | None = None):
        self.field, self.rule = field, rule
        super().__init__(message)


class Stale(Refused):
    """The form was read before a change that touched what it edits."""


@dataclass(frozen=True, slots=True)
class MovedVote:
    """An item whose vote is recorded and whose votes available a change moves."""

    number: str
    before: int
    after: int
    present_before: int
    present_after: int

    def label(self) -> str:
        return (f"question n°{self.number} : {self.before} → {self.after} votes disponibles "
                f"({self.present_before} → {self.present_after} présents)")


class NeedsConfirmation(Refused):
    """The change alters items whose vote is already recorded: the clerk must confirm it."""

    def __init__(self, moved: list[MovedVote]):
        self.moved, self.token = moved, digest(moved)
        items = ", ".join(f"n°{v.number}" for v in moved)
        super().__init__(f"Cette modification change les votes disponibles de questions dont le vote "
                         f"est déjà enregistré ({items}) : vérifiez puis confirmez.", None, "REC-SUM")


def digest(moved: list[MovedVote]) -> str:
    """What the clerk confirmed: these items moving from these figures to those."""
    text = ";".join(f"{v.number}:{v.before}>{v.after}:{v.present_before}>{v.present_after}" for v in moved)
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def confirmed(moved: list[MovedVote], confirm: bool | str) -> bool:
    """``True`` (the caller confirms whatever moves) or the digest of exactly these moves."""
    return not moved or confirm is True or (isinstance(confirm, str) and confirm == digest(moved))


_QUEUES: dict[object, Any] = {}  # threading.RLock
_QUEUES_LOCK = threading.Lock()


@contextmanager
def queued(session: m.Session) -> Iterator[None]:
    """The writes of this process to ``session`` one after the other.

    SQLite has one write lock for the whole database: one queue for it. Inside a transaction
    already open (an import, a test) nothing is taken: that transaction may hold the
    database's lock already, and waiting here with it would block the other writers.
    """
    with _queue("sqlite" if connection.vendor == "sqlite" else session.pk):
        yield


@contextmanager
def sqlite_queued() -> Iterator[None]:
    """On SQLite, another write of this process (a clerk's session saved after each request,
    sessions.py) waits in the same line as the clerks' writes; elsewhere nothing."""
    if connection.vendor != "sqlite":
        yield
        return
    with _queue("sqlite"):
        yield


@contextmanager
def _queue(key: object) -> Iterator[None]:
    if connection.in_atomic_block:
        yield
        return
    with _QUEUES_LOCK:
        queue = _QUEUES.setdefault(key, threading.RLock())  # re-entrant: a session save may call save()
    with queue:
        yield


def lock(session: m.Session) -> m.Session:
    """Take the session's write lock (inside ``transaction.atomic``); returns the row as locked."""
    rows = m.Session.all_objects.filter(pk=session.pk)
    if connection.vendor != "sqlite":  # SQLite: BEGIN IMMEDIATE already holds the write lock
        rows = rows.select_for_update()
    return rows.only("pk", "revision").get()


def refuse_stale(locked: m.Session, read_at: int | None, touches: Collection[str]) -> None:
    """Raise :class:`Stale` if a change after revision ``read_at`` touched one of ``touches``."""
    if read_at is None or locked.revision <= read_at or not touches:
        return
    wanted = set(touches)
    changes = m.SessionChange.objects.filter(session_id=locked.pk, revision__gt=read_at) \
        .select_related("user").order_by("-revision")
    for change in changes:
        if "session" in change.touched:  # an import: everything may have changed
            change.touched = sorted(wanted)
        if wanted & set(change.touched):
            who = change.user.get_username() if change.user is not None else "un import"
            at = timezone.localtime(change.at).strftime("%H:%M:%S")
            raise Stale(f"{describe(wanted & set(change.touched))} modifié entre-temps par {who} à {at} : "
                        "la page montre l'état enregistré, votre saisie est conservée ci-dessous ; "
                        "renvoyez-la pour la maintenir.")


def describe(touched: Iterable[str]) -> str:
    """« Question n°13 », « Présence de vignot-anne » — what a change touched, in French."""
    out = []
    for t in sorted(touched):
        kind, _, value = t.partition(":")
        out.append(f"Question n°{value}" if kind == "item" else f"Présence ou pouvoir de {value}"
                   if kind == "person" else "La séance")
    return ", ".join(out)


def record_change(locked: m.Session, user: Any, action: str, touches: Collection[str]) -> int:
    """Note what the write touched at the session's new revision; returns that revision."""
    revision = m.Session.all_objects.filter(pk=locked.pk).values_list("revision", flat=True).get()
    if revision == locked.revision:  # the write did not go through audit.bump
        m.Session.all_objects.filter(pk=locked.pk).update(revision=F("revision") + 1)
        revision += 1
    who = user if user is not None and getattr(user, "is_authenticated", False) else None
    m.SessionChange.objects.create(session_id=locked.pk, revision=revision, user=who, action=action,
                                   touched=sorted(touches))
    return revision


def votes_moved(before: SessionReport, after: SessionReport) -> list[MovedVote]:
    """Items with a recorded vote whose votes available or members present differ."""
    old = {r.item.number: r for r in before.items}
    moved = []
    for r in after.items:
        was = old.get(r.item.number)
        if was is None or r.item.vote is None or was.tally is None or r.tally is None:
            continue
        if (was.tally.available, was.present_count) != (r.tally.available, r.present_count):
            moved.append(MovedVote(r.item.number, was.tally.available, r.tally.available,
                                   was.present_count, r.present_count))
    return moved


def flag_votes(session: m.Session, moved: list[MovedVote], action: str) -> None:
    """Flag the recorded votes ``moved`` changed, until a clerk confirms or corrects them."""
    for v in moved:
        note = (f"Votes disponibles passés de {v.before} à {v.after} ({action}) après "
                "l'enregistrement du vote : à confirmer ou corriger.")
        m.Vote.objects.filter(item__session=session, item__number=v.number).update(review_note=note[:500])
