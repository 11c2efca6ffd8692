"""Fixtures of the subsidy tests: the two seed conventions read from their extracts,
(the builder of small conventions is in builders.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from registre.subsidies.extract import convention_from_file
from registre.subsidies.model import Convention

EXTRACTS = Path(__file__).resolve().parents[2] / "fixtures" / "extracts"
PMT_FILE = EXTRACTS / "000_982f1ba8b7e34159.txt"
CMQ_FILE = EXTRACTS / "004_dd7582b01fd17ffd.txt"


@pytest.fixture(scope="session")
def pmt() -> Convention:
    extract = convention_from_file(PMT_FILE)
    assert extract.convention is not None, extract.warnings
    return extract.convention


@pytest.fixture(scope="session")
def cmq() -> Convention:
    extract = convention_from_file(CMQ_FILE)
    assert extract.convention is not None, extract.warnings
    return extract.convention
