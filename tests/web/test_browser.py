"""Browser tests: Playwright driving Debian's chromium against a live server.

A clerk signs in, records a late arrival and sees quorum and tally change; a visitor
searches and opens a deliberation. Screenshots of the main pages go to artefacts/.
Skipped (with the reason) when chromium is not installed (scripts/apt-packages.txt).
"""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model

from registre.core import check_session
from registre.web import models as m
from registre.web.convert import session_to_core
from tests.browser import SHOTS, browser_page, needs_chromium

pytestmark = [
    pytest.mark.django_db(transaction=True),
    needs_chromium,
]


@pytest.fixture(autouse=True)
def _no_persistent_connections(monkeypatch):  # type: ignore[no-untyped-def]
    """The live server's thread closes its connection after each request, so that the test
    database can be dropped at the end (PostgreSQL refuses while a session is open)."""
    from django.conf import settings

    monkeypatch.setitem(settings.DATABASES["default"], "CONN_MAX_AGE", 0)


@pytest.fixture
def page():  # type: ignore[no-untyped-def]
    yield from browser_page()


def test_visitor_searches_and_opens_a_deliberation(seeded, live_server, page):  # type: ignore[no-untyped-def]
    page.goto(live_server.url + "/")
    page.screenshot(path=str(SHOTS / "accueil.png"), full_page=True)
    page.fill("#q-home", "PMT Health")
    page.keyboard.press("Enter")
    page.wait_for_selector("ol.results")
    assert "1 délibération trouvée" in page.inner_text("p.count")
    page.screenshot(path=str(SHOTS / "recherche.png"), full_page=True)
    page.click("ol.results a")
    page.wait_for_selector("section.vote")
    assert page.inner_text('[data-label="Pour"]') == "102"
    assert page.locator("#interesses li").count() == 3
    page.screenshot(path=str(SHOTS / "deliberation.png"), full_page=True)
    page.emulate_media(media="print")  # the print stylesheet: the document without the site
    assert not page.is_visible("header.site") and not page.is_visible("#documents")
    page.screenshot(path=str(SHOTS / "deliberation-impression.png"), full_page=True)
    page.emulate_media(media="screen")
    page.click("nav.crumbs >> text=11 avril 2024")
    page.wait_for_selector("table.items")
    page.screenshot(path=str(SHOTS / "seance.png"), full_page=True)


def test_clerk_records_a_late_arrival(seeded, live_server, page):  # type: ignore[no-untyped-def]
    conseil = m.Session.objects.get(assembly__slug="conseil-de-communaute")
    user = get_user_model().objects.create_user("greffe", password="un-mot-de-passe-solide")
    m.Clerk.objects.create(user=user, authority=conseil.assembly.authority)
    r13 = check_session(session_to_core(conseil)).item("13")
    person = r13.absent[0]
    page.goto(live_server.url + "/greffe/connexion/")
    page.fill("#id_username", "greffe")
    page.fill("#id_password", "un-mot-de-passe-solide")
    page.keyboard.press("Enter")
    page.click(f"a[href='/greffe/seance/{conseil.pk}/']")
    row = page.locator('tr[data-item="13"]')
    assert row.locator("td.quorum small").inner_text() == f"{r13.quorum.counted}/{r13.quorum.required}"
    page.screenshot(path=str(SHOTS / "greffe-avant.png"), full_page=True)
    page.select_option("#id_mouvement-person", person)
    page.select_option("#id_mouvement-kind", "arrivee")
    page.select_option("#id_mouvement-item", "13")
    page.click("#mouvement button[type=submit]")
    # Votes already recorded move: listed before anything is saved, then confirmed.
    assert r13.tally is not None
    moved = page.locator('#mouvement ul.moved li[data-item="13"]').inner_text()
    assert f"{r13.tally.available} → {r13.tally.available + 1} votes disponibles" in moved
    page.locator("#mouvement").screenshot(path=str(SHOTS / "greffe-confirmation.png"))
    page.click("#mouvement button[type=submit]")
    page.wait_for_selector("#mouvement .notice")  # the confirmation, next to its form
    assert "à vérifier" in page.locator('tr[data-item="13"]').inner_text()
    row = page.locator('tr[data-item="13"]')
    assert row.locator("td.quorum small").inner_text() == f"{r13.quorum.counted + 1}/{r13.quorum.required}"
    assert page.locator('tr[data-item="12"] td.quorum small').inner_text().startswith(str(
        check_session(session_to_core(conseil)).item("12").quorum.counted))
    assert r13.tally is not None
    assert row.locator("td.num").nth(2).inner_text() == str(r13.tally.available + 1)
    page.screenshot(path=str(SHOTS / "greffe-apres.png"), full_page=True)
    # A broken rule is refused next to its field.
    holder = next(iter(r13.represented.values()))
    page.select_option("#id_pouvoir-giver", r13.absent[1])
    page.select_option("#id_pouvoir-holder", holder)
    page.click("#pouvoir button[type=submit]")
    assert "P-02" in page.inner_text("#id_pouvoir-holder-error")
    page.locator("#pouvoir").screenshot(path=str(SHOTS / "greffe-refus.png"))
    # On a tablet held upright the board and the forms stack; the keyboard reaches every field.
    page.set_viewport_size({"width": 820, "height": 1180})
    page.goto(live_server.url + f"/greffe/seance/{conseil.pk}/")
    page.screenshot(path=str(SHOTS / "greffe-tablette.png"))
    page.focus("#id_presence-person")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "id_presence-present"

