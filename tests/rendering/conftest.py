"""Fixtures of the rendering tests: the two seed sessions, checked once."""

from __future__ import annotations

from pathlib import Path

import pytest

from registre.core import SessionReport, check_session
from registre.rendering import STYLES, Wording
from registre.sessionfile import load_session

ROOT = Path(__file__).resolve().parents[2]
ARTEFACTS = ROOT / "artefacts" / "rendering"

# seed extract file, session fixture, item, house style of that register
SEEDS = {
    "conseil": ("000_982f1ba8b7e34159.txt", "gbm-conseil-2024-04-11.yaml", "13", "standard"),
    "bureau": ("004_dd7582b01fd17ffd.txt", "gbm-bureau-2023-10-26.yaml", "1", "bureau"),
}


@pytest.fixture(scope="session")
def reports() -> dict[str, SessionReport]:
    return {k: check_session(load_session(ROOT / "fixtures" / "sessions" / v[1]))
            for k, v in SEEDS.items()}


@pytest.fixture(scope="session")
def styles() -> dict[str, Wording]:
    return {k: STYLES[v[3]] for k, v in SEEDS.items()}


@pytest.fixture(scope="session")
def artefacts() -> Path:
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    return ARTEFACTS
