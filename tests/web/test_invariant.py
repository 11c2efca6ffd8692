"""One invariant everywhere (issue 11, part 2): what the pages show is the core's computation
on the stored session, whatever sequence of imports and clerks' operations led there.

A hypothesis state machine drives the services: imports of the session file and of the
published extract of the same sitting (either order, repeated) and clerks' operations
(presence, arrivals, departures, absences for some items, proxies and their withdrawal,
interests, votes, confirmations). After every step, the clerks' board, the public session
page and a deliberation's page are read as a visitor would and every figure on them is
compared with ``check_session`` on the session as stored. Runs on the engine of the test
run (SQLite, then PostgreSQL in ``make test``). A second test stores the two sources in
every order and compares what is stored.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import re
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import transaction
from django.test import Client
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from registre.core import check_session
from registre.core.check import SessionReport
from registre.web import models as m
from registre.web import services
from registre.web.convert import forget_reports, session_to_core
from registre.web.sources import import_file

ROOT = Path(__file__).resolve().parents[2]
SESSION_FILE = ROOT / "fixtures" / "sessions" / "gbm-conseil-2024-04-11.yaml"
EXTRACT = ROOT / "fixtures" / "extracts" / "000_982f1ba8b7e34159.txt"
SOURCES = {"session": SESSION_FILE, "extract": EXTRACT}

pytestmark = pytest.mark.django_db

# Cells may carry attributes (``data-label``, for phones): ``[^>]*`` before each ``>``.
_ROW = re.compile(
    r'<tr data-item="(?P<n>[^"]+)"[^>]*>\s*<th scope="row"[^>]*>[^<]*(?:<span[^>]*>[^<]*</span>)?</th>\s*'
    r'<td class="num present"[^>]*>(?P<present>\d+)</td>\s*'
    r'<td class="num proxies"[^>]*>(?P<proxies>\d+)</td>\s*'
    r'<td class="quorum"[^>]*>.*?<small>(?P<counted>\d+)/(?P<required>\d+)</small></td>\s*'
    r'<td class="num"[^>]*>(?P<available>\d+|–)</td>\s*<td class="num"[^>]*>(?P<interested>\d*)</td>\s*'
    r'<td class="tally"[^>]*>(?:(?P<f>\d+) / (?P<a>\d+) / (?P<ab>\d+)|–)</td>', re.S)
_TALLY = re.compile(
    r'data-label="Pour">(\d+)</td><td class="num"[^>]*>(\d+)</td><td class="num"[^>]*>(\d+)</td>'
    r'<td class="num not-voting"[^>]*>(\d+)</td><td class="num available"[^>]*>(\d+)</td>')


def shown_on_board(html: str) -> dict[str, tuple[Any, ...]]:
    """Figures of the clerks' board, item by item."""
    out = {}
    for row in _ROW.finditer(html):
        g = row.groupdict()
        tally = None if g["f"] is None else (int(g["f"]), int(g["a"]), int(g["ab"]))
        available = None if g["available"] == "–" else int(g["available"])
        out[g["n"]] = (int(g["present"]), int(g["proxies"]), int(g["counted"]), int(g["required"]),
                       available, int(g["interested"] or 0), tally)
    return out


def computed_board(report: SessionReport) -> dict[str, tuple[Any, ...]]:
    out = {}
    for r in report.items:
        t = r.tally
        out[r.item.number] = (r.present_count, r.proxies_count, r.quorum.counted, r.quorum.required,
                              t.available if t else None, r.interested_votes,
                              (t.counts.for_, t.counts.against, t.counts.abstention) if t else None)
    return out


def check_item_page(html: str, report: SessionReport, number: str) -> None:
    """The public page of a deliberation shows the core's figures, and « conforme » only when it is."""
    r = report.item(number)
    assert re.search(rf"<summary>{len(r.present)} présent\(e\)s</summary>", html), number
    assert re.search(rf"<summary>{len(r.represented)} pouvoir\(s\)</summary>", html), number
    assert re.search(rf"<summary>{len(r.absent)} absent\(e\)s</summary>", html), number
    assert f"{r.quorum.counted} présents pour {r.quorum.required} requis" in html, number
    if r.tally is None:
        assert "Aucun vote enregistré" in html
        return
    t = r.tally
    shown = _TALLY.search(html)
    assert shown, number
    not_taking_part = (t.counts.not_voting or 0) + r.interested_votes  # Q-06 and C-03
    assert tuple(int(x) for x in shown.groups()) == (t.counts.for_, t.counts.against, t.counts.abstention,
                                                      not_taking_part, t.available), number
    assert ("Conforme au décompte enregistré" in html) == (t.agrees is True), number
    assert ("diffère du calcul" in html) == (t.agrees is False), number
    for f in r.findings:
        if f.rule in ("REC-SUM", "V-01", "V-09"):
            assert f"({f.rule})" in html, (number, f.rule)


class Register(RuleBasedStateMachine):
    """A register driven through its services, checked after every step."""

    def __init__(self) -> None:
        super().__init__()
        self._atomic = transaction.atomic()
        self._atomic.__enter__()
        cache.clear()  # pages are cached by revision; a rolled back example reuses revisions
        forget_reports()
        user = get_user_model().objects.create_user("greffe-machine", password="x-long-password-1")
        self.user = user
        self.board = Client()
        self.visitor = Client()
        self.imported: list[str] = []
        self.step = 0

    def teardown(self) -> None:
        transaction.set_rollback(True)
        self._atomic.__exit__(None, None, None)
        cache.clear()
        forget_reports()

    # -- the stored session --------------------------------------------------------------
    def session(self) -> m.Session | None:
        return m.Session.objects.filter(assembly__slug="conseil-de-communaute").first()

    def _clerk(self, s: m.Session) -> None:
        m.Clerk.objects.get_or_create(user=self.user, authority=s.assembly.authority)
        self.board.force_login(self.user)

    def members(self) -> list[str]:
        s = self.session()
        assert s is not None
        return sorted(s.mandates.values_list("person__key", flat=True))

    def items(self) -> list[str]:
        s = self.session()
        assert s is not None
        return list(s.items.values_list("number", flat=True))

    def has_session(self) -> bool:
        return self.session() is not None

    def _do(self, call: Any) -> None:
        with contextlib.suppress(services.Refused):  # a refusal writes nothing; the invariant checks
            call()

    # -- imports ---------------------------------------------------------------------------
    @rule(source=st.sampled_from(sorted(SOURCES)))
    def import_source(self, source: str) -> None:
        ok, message = import_file(SOURCES[source])
        assert ok, message
        self.imported.append(source)
        s = self.session()
        assert s is not None
        self._clerk(s)
        # One person whatever the source: the assembly's members are never duplicated.
        names = set(s.mandates.values_list("person__last_name", "person__first_name"))
        assert s.mandates.count() == len(names)

    # -- clerks' operations ------------------------------------------------------------------
    @precondition(has_session)
    @rule(data=st.data(), present=st.booleans())
    def presence(self, data: st.DataObject, present: bool) -> None:
        s = self.session()
        person = data.draw(st.sampled_from(self.members()))
        self._do(lambda: services.set_present(self.user, s, person, present, confirm=True))

    @precondition(has_session)
    @rule(data=st.data(), kind=st.sampled_from(["arrivee", "depart", "absent", "present"]))
    def movement(self, data: st.DataObject, kind: str) -> None:
        s = self.session()
        items = self.items()
        person = data.draw(st.sampled_from(self.members()))
        start = data.draw(st.integers(0, len(items) - 1))
        until = data.draw(st.one_of(st.none(), st.integers(start, len(items) - 1))) if kind in (
            "absent", "present") else None
        self._do(lambda: services.change_presence(self.user, s, person, kind, items[start],
                                                  items[until] if until is not None else "", confirm=True))

    @precondition(has_session)
    @rule(data=st.data())
    def proxy(self, data: st.DataObject) -> None:
        s = self.session()
        members, items = self.members(), self.items()
        giver, holder = data.draw(st.sampled_from(members)), data.draw(st.sampled_from(members))
        bounds = data.draw(st.one_of(st.just(("", "")),
                                     st.tuples(st.sampled_from(items), st.sampled_from(items))))
        self._do(lambda: services.add_proxy(self.user, s, giver, holder, *bounds, confirm=True))

    @precondition(has_session)
    @rule(data=st.data())
    def withdraw_proxy(self, data: st.DataObject) -> None:
        s = self.session()
        assert s is not None
        proxies = list(s.proxies.select_related("giver", "holder", "session"))
        if proxies:
            px = data.draw(st.sampled_from(proxies))
            self._do(lambda: services.remove_proxy(self.user, px, confirm=True))

    @precondition(has_session)
    @rule(data=st.data())
    def interests(self, data: st.DataObject) -> None:
        s = self.session()
        assert s is not None
        item = s.items.get(number=data.draw(st.sampled_from(self.items())))
        persons = data.draw(st.lists(st.sampled_from(self.members()), max_size=3, unique=True))
        self._do(lambda: services.set_interests(self.user, item, persons, confirm=True))

    @precondition(has_session)
    @rule(data=st.data(), unanimous=st.booleans(),
          counts=st.one_of(st.none(), st.tuples(st.integers(0, 130), st.integers(0, 20), st.integers(0, 20))))
    def vote(self, data: st.DataObject, unanimous: bool, counts: tuple[int, int, int] | None) -> None:
        s = self.session()
        assert s is not None
        item = s.items.get(number=data.draw(st.sampled_from(self.items())))
        if counts is None and not unanimous:
            unanimous = True
        self._do(lambda: services.record_vote(self.user, item, unanimous=unanimous, counts=counts))

    @precondition(has_session)
    @rule(data=st.data())
    def confirm(self, data: st.DataObject) -> None:
        s = self.session()
        assert s is not None
        flagged = list(m.Vote.objects.filter(item__session=s).exclude(review_note="").select_related("item"))
        if flagged:
            self._do(lambda: services.confirm_vote(self.user, data.draw(st.sampled_from(flagged)).item))
            assert data is not None

    # -- the invariant ---------------------------------------------------------------------
    @invariant()
    def pages_show_the_core_on_the_stored_session(self) -> None:
        s = self.session()
        if s is None:
            return
        self.step += 1
        report = check_session(session_to_core(s))
        board = self.board.get(f"/greffe/seance/{s.pk}/")
        assert board.status_code == 200
        assert shown_on_board(board.content.decode()) == computed_board(report)
        flagged = set(m.Vote.objects.filter(item__session=s).exclude(review_note="")
                      .values_list("item__number", flat=True))
        assert flagged <= {r.item.number for r in report.items if r.item.vote is not None}
        numbers = [r.item.number for r in report.items]
        number = numbers[self.step % len(numbers)]
        voted = [r.item.number for r in report.items if r.tally is not None]
        for n in dict.fromkeys([number, *voted[:1], *sorted(flagged)[:1]]):
            page = self.visitor.get(s.items.get(number=n).get_absolute_url())
            assert page.status_code == 200
            check_item_page(page.content.decode(), report, n)


def test_pages_show_the_core_whatever_the_sequence():
    run_state_machine_as_test(Register, settings=settings(
        max_examples=int(os.environ.get("REGISTRE_MACHINE_EXAMPLES", "6")), stateful_step_count=8,
        deadline=None, derandomize=True,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]))


def _stored(s: m.Session) -> dict[str, Any]:
    """What is stored of a session, in terms that do not depend on row ids or import order."""
    report = check_session(session_to_core(s))
    return {
        "members": sorted(s.mandates.values_list("person__key", "role")),
        "persons": m.Person.objects.filter(authority=s.assembly.authority).count(),
        "items": computed_board(report),
        "interested": {r.item.number: sorted(i.person for i in r.interested) for r in report.items},
        "represented": {r.item.number: sorted(r.represented.items()) for r in report.items},
        "findings": sorted((f.rule, f.item or "", f.person or "") for f in report.all_findings()),
    }


def test_import_order_does_not_change_what_is_stored():
    seen = {}
    for order in [*itertools.permutations(sorted(SOURCES)), ("session", "extract", "session", "extract")]:
        with transaction.atomic():
            for source in order:
                ok, message = import_file(SOURCES[source])
                assert ok, message
            s = m.Session.objects.get(assembly__slug="conseil-de-communaute")
            seen[order] = _stored(s)
            transaction.set_rollback(True)
    first, *others = seen.values()
    for order, stored in seen.items():
        assert stored == first, order
    assert first["items"]["13"][0] == 79 and first["items"]["13"][4] == 102  # issue 11, done means
    assert len(first["members"]) == 123 and len(others) == 2
