"""History of a session read back: who changed what, when, values before and after.

The rows come from django-simple-history (registered in :mod:`registre.web.history.models`):
every ``save()`` of a model of the register leaves a historical row. This module says
who is acting (:func:`acting`, for the services called outside a request: the command
line, tests, future APIs), lists a session's changes (:func:`session_changes`) and
compares two versions of a session (:func:`compare`).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.db import models

from registre.web import models as m

_acting: ContextVar[Any] = ContextVar("registre_acting_user", default=None)


def acting(user: Any) -> None:
    """The user whose writes follow (None: the command line). Set by the services at the
    start of an action (``can_edit``) and cleared at its end (``audit``)."""
    _acting.set(user if getattr(user, "is_authenticated", False) else None)


def current_user(instance: Any = None, request: Any = None, **kwargs: Any) -> Any:
    """simple-history's ``get_user``: the request's user, else the service's acting user."""
    user = getattr(request, "user", None)
    if getattr(user, "is_authenticated", False):
        return user
    return _acting.get()


# The models of a session's history, and how each reaches the session (its id set, below).
LABELS = {"Session": "séance", "Mandate": "mandat", "Attendance": "présence", "Proxy": "pouvoir",
          "Item": "question", "Interest": "conseiller intéressé", "Vote": "vote",
          "RollCallEntry": "vote nominatif", "Deliberation": "délibération", "Opinion": "avis",
          "Annex": "annexe", "ImportRecord": "import"}
TYPES = {"+": "création", "~": "modification", "-": "suppression"}
HIDDEN = {"history_id", "history_date", "history_user", "history_type", "history_change_reason",
          "history_relation", "id", "created_at"}


def _scoped(session: m.Session) -> Iterator[tuple[str, models.QuerySet[Any]]]:
    """(model name, historical rows) of every row that belongs to ``session``."""
    items = list(m.Item.all_objects.filter(session=session).values_list("pk", flat=True))
    votes = list(m.Vote.all_objects.filter(item_id__in=items).values_list("pk", flat=True))
    texts = list(m.Deliberation.all_objects.filter(item_id__in=items).values_list("pk", flat=True))
    h = {name: getattr(m, name).history.model._default_manager for name in LABELS}
    yield "Session", h["Session"].filter(id=session.pk)
    for name in ("Mandate", "Attendance", "Proxy", "Item", "ImportRecord"):
        yield name, h[name].filter(session_id=session.pk)
    for name in ("Interest", "Vote", "Deliberation"):
        yield name, h[name].filter(item_id__in=items)
    yield "RollCallEntry", h["RollCallEntry"].filter(vote_id__in=votes)
    for name in ("Opinion", "Annex"):
        yield name, h[name].filter(deliberation_id__in=texts)


@dataclass
class Change:
    """One write: a row created, changed or deleted, with the fields before and after."""

    at: datetime
    user: str
    model: str
    object_id: int
    kind: str
    label: str
    fields: list[tuple[str, str, str]] = field(default_factory=list)  # (field, before, after)
    history_id: int = 0


def _value(row: Any, f: models.Field[Any, Any]) -> str:
    v = getattr(row, f.attname)
    if v is None or v == "":
        return "—"
    return str(v)[:300]


def _fields(model: Any) -> list[Any]:
    return [f for f in model._meta.concrete_fields if f.name not in HIDDEN]


def session_changes(session: m.Session, limit: int = 500) -> list[Change]:
    """The session's changes, newest first, each with its fields before and after."""
    out: list[Change] = []
    for name, qs in _scoped(session):
        rows = list(qs.select_related("history_user").order_by("id", "history_date", "history_id"))
        fields = _fields(qs.model)
        previous: dict[int, Any] = {}
        for row in rows:
            before = previous.get(row.id)
            diff = [(f.verbose_name, _value(before, f) if before is not None else "—", _value(row, f))
                    for f in fields
                    if before is None or getattr(before, f.attname) != getattr(row, f.attname)]
            kind = TYPES.get(row.history_type, row.history_type)
            if row.history_type == "~" and any(f.name == "deleted_at" for f in fields) \
                    and before is not None and before.deleted_at is None and row.deleted_at is not None:
                kind = "retrait (conservé)"
            if row.history_type == "+":
                diff = [(n, b, a) for n, b, a in diff if a != "—"]
            out.append(Change(row.history_date, row.history_user.get_username() if row.history_user else
                              "ligne de commande", LABELS[name], row.id, kind, _describe(name, row), diff,
                              row.history_id))
            previous[row.id] = row
    out.sort(key=lambda c: (c.at, c.history_id), reverse=True)
    return out[:limit]


def _describe(name: str, row: Any) -> str:
    for attr in ("number", "title"):
        if getattr(row, attr, None):
            return f"{LABELS[name]} {getattr(row, attr)}"
    return f"{LABELS[name]} n°{row.id}"


@dataclass
class Difference:
    """An object of the session as it was at two instants (None: did not exist or hidden)."""

    model: str
    label: str
    fields: list[tuple[str, str, str]]  # (field, at the first instant, at the second)


def compare(session: m.Session, first: datetime, second: datetime) -> list[Difference]:
    """What differs in ``session`` between the instants ``first`` and ``second``."""
    if first > second:
        first, second = second, first
    out: list[Difference] = []
    for name, qs in _scoped(session):
        fields = _fields(qs.model)
        touched = set(qs.filter(history_date__gt=first, history_date__lte=second)
                      .values_list("id", flat=True))
        for object_id in sorted(touched):
            rows = qs.filter(id=object_id)
            a = rows.filter(history_date__lte=first).order_by("-history_date", "-history_id").first()
            b = rows.filter(history_date__lte=second).order_by("-history_date", "-history_id").first()
            a = None if a is None or a.history_type == "-" else a
            b = None if b is None or b.history_type == "-" else b
            diff = [(f.verbose_name, _value(a, f) if a is not None else "—",
                     _value(b, f) if b is not None else "—")
                    for f in fields
                    if a is None or b is None or getattr(a, f.attname) != getattr(b, f.attname)]
            diff = [d for d in diff if d[1] != d[2]]
            if diff:
                out.append(Difference(LABELS[name], _describe(name, b or a), diff))
    return out
