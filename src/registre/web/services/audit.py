"""The end of every write of the services: the pages it made stale, and who acted.

Who changed what and when, with the values before and after, is kept by
django-simple-history, one historical row per save (:mod:`registre.web.history.models`,
read back by :mod:`registre.web.services.history`). The hand-made ``AuditEntry`` it
replaces is no longer written; its rows stay in the database, readable in the admin.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from django.db import transaction
from django.db.models import F

from registre.web import models as m
from registre.web.pagecache import bump_generation
from registre.web.services.history import acting


def audit(user: Any, action: str, session: m.Session | None, *, pages: Collection[str] | None = None,
          **detail: Any) -> None:
    """``action`` by ``user`` (None for the command line) on ``session`` is done: its pages go stale.

    ``action`` decides which cached pages go (see :data:`SESSION_SCOPED`); ``detail`` is
    what the history already holds (kept in the signature for the callers). ``pages``: the
    numbers of the items whose figures or text the action changed, when it knows them
    (sitting.checked compares the core's results before and after): only their pages and
    the session's summary pages are dropped from the page cache.
    """
    acting(None)  # the action is over: later writes without a user are the command line's
    if session is not None:
        scope = session.get_absolute_url() if action in SESSION_SCOPED else None
        if scope and action in UNLISTED:
            scope = "=" + scope
        bump(m.Session.all_objects.filter(pk=session.pk), scope, pages if scope else None)
    else:
        transaction.on_commit(bump_generation)


# A clerk's actions on a sitting that change nothing but that session's rows (its pages,
# and the listings and searches that show it): the other sessions' cached pages stay.
# Creating a session, a substitute (a person) or an import may touch shared rows: every page goes.
SESSION_SCOPED = frozenset({"deliberation", "presence", "arrival", "departure", "absence", "proxy.add",
                            "proxy.remove", "interests", "vote.roll_call", "vote", "vote.confirm"})


# Of those, the ones no listing or search result shows (they show dates, places, numbers,
# titles, matières, amounts): the listings and searches stay cached too.
UNLISTED = SESSION_SCOPED - {"deliberation"}


def bump(sessions: Any, scope: str | None = None, items: Collection[str] | None = None) -> None:
    """New revision for ``sessions`` (a queryset): their cached pages are stale.

    The whole-response cache of every server process (pagecache.py) drops, once the
    transaction commits, every page (``scope`` None) or the pages under the session URL
    ``scope`` and every listing (``"=" + URL``: the registre's listings and searches stay).
    """
    sessions.update(revision=F("revision") + 1)
    kept = None if items is None else tuple(items)
    transaction.on_commit(lambda: bump_generation(scope=scope, items=kept))
