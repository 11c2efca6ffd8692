"""guard.queued: the writers of one process to one session wait in line (issue 11, part 7)."""

from __future__ import annotations

import threading
import time
from types import SimpleNamespace
from typing import Any

import pytest

from registre.web.services.guard import queued


def _session(pk: int) -> Any:
    return SimpleNamespace(pk=pk)


def test_a_second_writer_waits_for_the_first() -> None:
    order: list[str] = []
    inside = threading.Event()

    def first() -> None:
        with queued(_session(1)):
            order.append("first in")
            inside.set()
            time.sleep(0.2)
            order.append("first out")

    def second() -> None:
        inside.wait(5)
        with queued(_session(1)):
            order.append("second in")

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert order == ["first in", "first out", "second in"]


@pytest.mark.django_db
def test_nothing_is_taken_inside_an_open_transaction() -> None:
    """A transaction already open may hold the database's lock: waiting in line with it would
    block the writer ahead (the test's own transaction is such a one)."""
    held, release = threading.Event(), threading.Event()

    def holder() -> None:
        with queued(_session(2)):
            held.set()
            release.wait(5)

    t = threading.Thread(target=holder)
    t.start()
    try:
        assert held.wait(5)
        started = time.monotonic()
        with queued(_session(2)):
            waited = time.monotonic() - started
        assert waited < 1
    finally:
        release.set()
        t.join(5)


@pytest.mark.django_db(transaction=True)
def test_a_new_session_saves_in_line_without_blocking_itself() -> None:
    """Django saves a session without a key by create(), which calls save() again: the line
    is re-entrant (sessions.py; a plain lock hung the first save of a visitor's session)."""
    from registre.web.sessions import SessionStore

    store = SessionStore()
    store["note"] = "x"
    t = threading.Thread(target=store.save, daemon=True)
    t.start()
    t.join(20)
    assert not t.is_alive(), "the session's save is blocked on its own line"
    assert store.session_key and SessionStore(store.session_key)["note"] == "x"
