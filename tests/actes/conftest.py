"""Fixtures of the acts' tests: a test PKI, the fake S²LOW and timestamp authority."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from registre.actes.testpki import TestPKI, make_test_pki
from tests.actes.fakes import FakeS2low


@pytest.fixture(scope="session")
def pki() -> TestPKI:
    return make_test_pki("Anne VIGNOT")


@pytest.fixture
def fake(pki) -> Iterator[FakeS2low]:  # type: ignore[no-untyped-def]
    server = FakeS2low(siren="242500361", department="25", timestamper=pki.timestamper()).start()
    yield server
    server.stop()


@pytest.fixture
def seeded(db):  # type: ignore[no-untyped-def]
    """Both seed sessions imported; the Conseil session returned."""
    from pathlib import Path

    from registre.web import models as m
    from registre.web.sources import import_file

    for path in sorted((Path(__file__).parents[2] / "fixtures" / "sessions").glob("*.yaml")):
        ok, message = import_file(path)
        assert ok, message
    return m.Session.objects.get(assembly__slug="conseil-de-communaute")


@pytest.fixture
def clerk_user(seeded):  # type: ignore[no-untyped-def]
    from django.contrib.auth import get_user_model

    from registre.web import models as m

    user = get_user_model().objects.create_user("greffe", password="un-mot-de-passe-solide")
    m.Clerk.objects.create(user=user, authority=seeded.assembly.authority)
    return user


@pytest.fixture
def wired(settings, pki, fake, tmp_path):  # type: ignore[no-untyped-def]
    """The portal's settings pointed at the test PKI, the fake timestamp authority and S²LOW."""
    p12 = tmp_path / "presidente.p12"
    p12.write_bytes(pki.signer_p12)
    root = tmp_path / "racine.pem"
    root.write_bytes(pki.root_pem)
    settings.REGISTRE_SIGN_P12 = str(p12)
    settings.REGISTRE_SIGN_P12_PASSWORD = pki.passphrase
    settings.REGISTRE_TSA_URL = f"{fake.url}/tsa"
    settings.REGISTRE_SIGN_TRUST = [str(root)]
    settings.REGISTRE_S2LOW_URL = fake.url
    return fake


@pytest.fixture(scope="session")
def live_server(django_db_setup):  # type: ignore[no-untyped-def]
    """pytest-django's live server, torn down before the test database (as in tests/web)."""
    from pytest_django.live_server_helper import LiveServer

    server = LiveServer("localhost")
    yield server
    server.stop()
