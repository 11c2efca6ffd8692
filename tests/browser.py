"""Browser tests' shared set-up: Debian's chromium driven by Playwright (no download)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SHOTS = Path(__file__).parents[1] / "artefacts" / "screenshots"

needs_chromium = pytest.mark.skipif(
    not Path(CHROMIUM).exists() or shutil.which("chromium") is None,
    reason="chromium absent (paquet Debian « chromium »)")


def browser_page() -> Iterator[Any]:
    """A French page of 1180×900 in headless chromium; closes the ORM's connections after."""
    from django.db import connections
    from playwright.sync_api import sync_playwright

    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"  # Playwright's loop runs beside the ORM
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        pg = browser.new_page(viewport={"width": 1180, "height": 900}, locale="fr-FR")
        pg.set_default_timeout(15_000)
        yield pg
        browser.close()
        # Inside Playwright's event loop the ORM opened connections of its own (asgiref
        # contexts): close them, or PostgreSQL cannot drop the test database.
        connections.close_all()
