"""Django's database sessions, saved in line with the clerks' writes on SQLite.

A clerk's session is saved after each request (``SESSION_SAVE_EVERY_REQUEST``, settings.py):
a second write transaction per post. On SQLite it would poll the database's write lock
against the other clerks' writes; it waits in the same line instead (services/guard.py,
:func:`~registre.web.services.guard.sqlite_queued`). On PostgreSQL nothing changes.
"""

from __future__ import annotations

from django.contrib.sessions.backends.db import SessionStore as DatabaseStore

from registre.web.services.guard import sqlite_queued


class SessionStore(DatabaseStore):
    def save(self, must_create: bool = False) -> None:
        with sqlite_queued():
            super().save(must_create)
