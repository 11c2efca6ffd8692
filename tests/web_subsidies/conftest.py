"""Fixtures of the subsidies web tests: both seed sessions imported (their conventions
filled by the import hook from the companion extracts), clerks of two authorities."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from registre.web import models as m
from registre.web.sources import import_file
from registre.web.subsidies import models as sm

ROOT = Path(__file__).parents[2]
SEEDS = sorted((ROOT / "fixtures" / "sessions").glob("*.yaml"))


@pytest.fixture
def messages(db) -> list[str]:  # type: ignore[no-untyped-def]
    out = []
    for path in SEEDS:
        ok, message = import_file(path)
        assert ok, message
        out.append(message)
    return out


@pytest.fixture
def seeded(messages) -> m.Authority:  # type: ignore[no-untyped-def]
    return m.Authority.objects.get(slug="grand-besancon-metropole")


@pytest.fixture
def pmt(seeded) -> sm.Convention:  # type: ignore[no-untyped-def]
    return sm.Convention.objects.get(key="2024/2024.00097")


@pytest.fixture
def cmq(seeded) -> sm.Convention:  # type: ignore[no-untyped-def]
    return sm.Convention.objects.get(deliberation_assembly="Bureau")


def _user(name: str, authority: m.Authority | None) -> Client:
    user = get_user_model().objects.create_user(name, password="motdepasse-long-1")
    if authority is not None:
        m.Clerk.objects.create(user=user, authority=authority)
    c = Client()
    c.force_login(user)
    c.user = user  # type: ignore[attr-defined]
    return c


@pytest.fixture
def clerk(seeded) -> Client:  # type: ignore[no-untyped-def]
    return _user("greffier-gbm", seeded)


@pytest.fixture
def foreign_clerk(db) -> Client:  # type: ignore[no-untyped-def]
    other = m.Authority.objects.create(name="Commune de Tronget", slug="tronget", kind="commune")
    return _user("greffier-tronget", other)


@pytest.fixture(autouse=True)
def _fresh_cache():  # type: ignore[no-untyped-def]
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
