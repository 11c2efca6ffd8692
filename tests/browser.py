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


AXE = Path(__file__).parents[1] / ".cache" / "node" / "node_modules" / "axe-core" / "axe.min.js"
needs_axe = pytest.mark.skipif(not AXE.exists(),
                               reason="axe-core absent (scripts/setup.sh l'installe avec npm)")
PHONE = {"width": 360, "height": 740}
TABLET = {"width": 820, "height": 1180}
DESKTOP = {"width": 1280, "height": 900}

# Elements that stick out of the viewport on the right: [selector-ish, right edge]. The
# attendance grid (members × items) is the one region meant to scroll, inside its own
# keyboard-reachable box (.grid-wrap); the page around it must not.
OVERFLOW_JS = """() => {
  const w = document.documentElement.clientWidth, out = [];
  for (const el of document.querySelectorAll('body *')) {
    const r = el.getBoundingClientRect();
    if (r.width && r.right > w + 1 && getComputedStyle(el).visibility !== 'hidden'
        && !el.closest('.sr, .skip, .grid-wrap'))
      out.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
               + (typeof el.className === 'string' && el.className
                  ? '.' + el.className.split(' ').join('.') : '')
               + ' ' + Math.round(r.right));
  }
  return {scroll: document.documentElement.scrollWidth, width: w, out: out.slice(0, 8)};
}"""


def browser_pages(*viewports: dict[str, int]) -> Iterator[list[Any]]:
    """One French page per viewport in headless chromium, CSP bypassed so that the tests
    can inject axe-core; closes the ORM's connections after."""
    from django.db import connections
    from playwright.sync_api import sync_playwright

    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        pages = []
        for viewport in viewports:
            context = browser.new_context(viewport=viewport, locale="fr-FR", bypass_csp=True,
                                          has_touch=viewport["width"] < 1000)
            page = context.new_page()
            page.set_default_timeout(15_000)
            pages.append(page)
        yield pages
        browser.close()
        connections.close_all()


def overflow(page: Any) -> dict[str, Any]:
    """How wide the document is against the viewport, and what sticks out."""
    result: dict[str, Any] = page.evaluate(OVERFLOW_JS)
    return result


def axe_violations(page: Any, impacts: tuple[str, ...] = ("serious", "critical")) -> list[str]:
    """axe-core's violations (WCAG 2.1 A/AA and best practices) of the given impacts, each
    as « rule (impact): first target — help »."""
    if not page.evaluate("typeof axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    result = page.evaluate("""async () => {
      const r = await axe.run(document, {runOnly: {type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}});
      return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
        targets: v.nodes.slice(0, 3).map(n => n.target.join(' '))}));
    }""")
    return [f"{v['id']} ({v['impact']}): {', '.join(v['targets'])} — {v['help']}"
            for v in result if v["impact"] in impacts]
