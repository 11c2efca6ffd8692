"""Fixtures of every test directory."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _fresh_core_reports():  # type: ignore[no-untyped-def]
    """The web layer keeps each session's report in this process by (id, revision); a test
    database rolled back reuses both, so every test starts (and ends) without them."""
    try:
        from registre.web.convert import forget_reports
    except Exception:  # Django not set up for this run: nothing is kept
        yield
        return
    forget_reports()
    yield
    forget_reports()
