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
