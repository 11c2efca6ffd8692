"""The strict Content-Security-Policy in a real browser: no page breaks under it.

Chromium reports every script or style the policy blocks on the console (« Refused to
apply inline style… », « Refused to execute inline script… »). Public pages, the HTML
extract, the clerk's pages, the second-factor page and the admin are opened, and not one
such message may appear; the print script (a static file now) still unfolds the sections.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth import get_user_model

from registre.web import models as m
from tests.browser import SHOTS, browser_page, needs_chromium

pytestmark = [pytest.mark.django_db(transaction=True), needs_chromium]

PASSWORD = "un-mot-de-passe-solide-2026"


@pytest.fixture(autouse=True)
def _no_persistent_connections(monkeypatch):  # type: ignore[no-untyped-def]
    from django.conf import settings

    monkeypatch.setitem(settings.DATABASES["default"], "CONN_MAX_AGE", 0)


@pytest.fixture
def page():  # type: ignore[no-untyped-def]
    yield from browser_page()


def _watch(page: Any) -> list[str]:
    refused: list[str] = []

    def seen(msg: Any) -> None:
        if "Content Security Policy" in msg.text:
            refused.append(msg.text)

    page.on("console", seen)
    return refused


def test_public_pages_work_under_the_policy(seeded, live_server, page):  # type: ignore[no-untyped-def]
    refused = _watch(page)
    from registre.web.subsidies import models as sm

    conseil = m.Session.objects.get(assembly__slug="conseil-de-communaute")
    base = f"/collectivites/{conseil.assembly.authority.slug}/"
    item = f"{base}{conseil.assembly.slug}/{conseil.date.isoformat()}/questions/13/"
    pages = ["/", "/recherche/?q=subvention", item, item + "extrait.html", f"{base}subventions/",
             sm.Convention.objects.order_by("pk").first().get_absolute_url()]  # type: ignore[union-attr]
    for url in pages:
        page.goto(live_server.url + url)
        page.wait_for_load_state("load")
    assert not refused, refused
    page.goto(live_server.url + item)
    assert page.locator("details").count() > 0
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    assert page.locator("details:not([open])").count() == 0  # registre.js ran under the policy


def test_clerk_pages_and_admin_work_under_the_policy(seeded, live_server, page):  # type: ignore[no-untyped-def]
    conseil = m.Session.objects.get(assembly__slug="conseil-de-communaute")
    user = get_user_model().objects.create_user("greffe", password=PASSWORD, is_staff=True)
    m.Clerk.objects.create(user=user, authority=conseil.assembly.authority)
    refused = _watch(page)
    page.goto(live_server.url + "/greffe/connexion/")
    page.fill("#id_username", "greffe")
    page.fill("#id_password", PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_selector("h1")
    for url in (f"/greffe/seance/{conseil.pk}/", "/admin/", "/admin/registre_web/person/",
                "/admin/registre_web/assembly/add/"):
        page.goto(live_server.url + url)
        page.wait_for_load_state("load")
    page.goto(live_server.url + "/greffe/double-authentification/")
    page.wait_for_selector("figure.qr svg")
    page.screenshot(path=str(SHOTS / "double-authentification.png"), full_page=True)
    assert not refused, refused
