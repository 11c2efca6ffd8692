"""Fixtures of the web tests: the two seed sessions imported, clerks of two authorities."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from registre.web import models as m
from registre.web.sources import import_file

SEEDS = sorted((Path(__file__).parents[2] / "fixtures" / "sessions").glob("*.yaml"))
CONSEIL = next(p for p in SEEDS if "conseil" in p.name)


@pytest.fixture
def seeded(db) -> list[m.Session]:  # type: ignore[no-untyped-def]
    for path in SEEDS:
        ok, message = import_file(path)
        assert ok, message
    return list(m.Session.objects.order_by("date"))


@pytest.fixture
def conseil(seeded) -> m.Session:  # type: ignore[no-untyped-def]
    return m.Session.objects.get(assembly__slug="conseil-de-communaute")


@pytest.fixture
def other_authority(db) -> m.Authority:  # type: ignore[no-untyped-def]
    return m.Authority.objects.create(name="Commune de Tronget", slug="tronget", kind="commune")


def _user(name: str, authority: m.Authority | None) -> Client:
    user = get_user_model().objects.create_user(name, password="motdepasse-long-1")
    if authority is not None:
        m.Clerk.objects.create(user=user, authority=authority)
    c = Client()
    c.force_login(user)
    c.user = user  # type: ignore[attr-defined]
    return c


@pytest.fixture
def clerk(conseil) -> Client:  # type: ignore[no-untyped-def]
    return _user("greffier-gbm", conseil.assembly.authority)


@pytest.fixture
def foreign_clerk(other_authority) -> Client:  # type: ignore[no-untyped-def]
    return _user("greffier-tronget", other_authority)


@pytest.fixture(scope="session", autouse=True)
def _own_page_cache(tmp_path_factory):  # type: ignore[no-untyped-def]
    """This test process's own page cache: another run on the machine cannot bump or clear it."""
    import os

    from django.conf import settings
    from django.test import override_settings

    caches = {alias: dict(conf) for alias, conf in settings.CACHES.items()}
    for conf in caches.values():
        if conf["BACKEND"].endswith("FileBasedCache"):
            conf["LOCATION"] = str(tmp_path_factory.mktemp("pagecache"))
        conf["KEY_PREFIX"] = f"{conf.get('KEY_PREFIX', '')}-test-{os.getpid()}"
    with override_settings(CACHES=caches, REGISTRE_VERIFY_WRITES=True):
        yield


@pytest.fixture(autouse=True)
def _fresh_cache():  # type: ignore[no-untyped-def]
    """Each test starts with empty caches (Django's, and the whole pages', pagecache.py)."""
    from django.core.cache import caches

    from registre.web.convert import forget_reports

    for c in caches.all():
        c.clear()
    forget_reports()
    yield
    for c in caches.all():
        c.clear()
    forget_reports()


@pytest.fixture(scope="session")
def live_server(django_db_setup):  # type: ignore[no-untyped-def]
    """pytest-django's live server, set up after (so torn down before) the test database:
    PostgreSQL refuses to drop a database its thread is still connected to."""
    from pytest_django.live_server_helper import LiveServer

    server = LiveServer("localhost")
    yield server
    server.stop()
