"""The audit trail: one :class:`~registre.web.models.AuditEntry` per change made by a service."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models import F

from registre.web import models as m
from registre.web.pagecache import bump_generation


def audit(user: Any, action: str, session: m.Session | None, **detail: Any) -> None:
    """Record ``action`` by ``user`` (None for the command line) on ``session``."""
    who = user if user is not None and getattr(user, "is_authenticated", False) else None
    m.AuditEntry.objects.create(user=who, action=action, session=session,
                                detail={k: str(v) for k, v in detail.items()})
    if session is not None:
        bump(m.Session.all_objects.filter(pk=session.pk))
    else:
        transaction.on_commit(bump_generation)


def bump(sessions: Any) -> None:
    """New revision for ``sessions`` (a queryset): their cached pages are stale.

    The whole-response cache of every server process (pagecache.py) is emptied once the
    transaction commits (listings show the sessions too).
    """
    sessions.update(revision=F("revision") + 1)
    transaction.on_commit(bump_generation)
