"""The clerk during the sitting, on a tablet held upright (768×1024): a late arrival at
one item in the attendance grid, a proxy for a range of items, an interest picked by
searching a name, and a vote whose outcome is previewed as it is typed — each saved
without the page being reloaded or jumping, the confirmation next to what changed, and
the board recomputed by the core."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model

from registre.core import check_session
from registre.web import models as m
from registre.web.convert import session_to_core
from tests.browser import SHOTS, axe_violations, browser_pages, needs_axe, needs_chromium, overflow

pytestmark = [pytest.mark.django_db(transaction=True), needs_chromium, needs_axe]
TABLET = {"width": 768, "height": 1024}


@pytest.fixture(autouse=True)
def _no_persistent_connections(monkeypatch):  # type: ignore[no-untyped-def]
    from django.conf import settings

    monkeypatch.setitem(settings.DATABASES["default"], "CONN_MAX_AGE", 0)


@pytest.fixture
def page():  # type: ignore[no-untyped-def]
    for pages in browser_pages(TABLET):
        yield pages[0]


def _report(session: m.Session):  # type: ignore[no-untyped-def]
    return check_session(session_to_core(session))


def _save_in_place(page, form: str, click: str, done: str) -> float:  # type: ignore[no-untyped-def]
    """Submit, wait for ``done``; the page was not reloaded and ``form`` did not move on
    the screen. Returns how far it moved (px)."""
    page.evaluate("window.__same_page = true")
    before = page.locator(form).bounding_box()
    page.click(click)
    page.wait_for_selector(done)
    assert page.evaluate("window.__same_page === true"), "la page a été rechargée"
    after = page.locator(form).bounding_box()
    assert before is not None and after is not None
    return abs(after["y"] - before["y"])


def test_clerk_records_arrival_proxy_interest_and_vote_on_a_tablet(seeded, live_server, page):  # type: ignore[no-untyped-def]
    conseil = m.Session.objects.get(assembly__slug="conseil-de-communaute")
    user = get_user_model().objects.create_user("greffe", password="un-mot-de-passe-solide")
    m.Clerk.objects.create(user=user, authority=conseil.assembly.authority)
    report = _report(conseil)
    r20 = report.item("20")
    givers = {p.giver for p in session_to_core(conseil).proxies}
    holders = {p.holder for p in session_to_core(conseil).proxies}
    late = next(p for p in r20.absent if p not in givers)
    page.goto(live_server.url + "/greffe/connexion/")
    page.fill("#id_username", "greffe")
    page.fill("#id_password", "un-mot-de-passe-solide")
    page.keyboard.press("Enter")
    page.wait_for_url("**/greffe/")
    page.goto(live_server.url + f"/greffe/seance/{conseil.pk}/")
    assert overflow(page)["scroll"] <= TABLET["width"]
    assert not axe_violations(page)

    # 1. A late arrival at item 20 only: the grid's cell, found by searching the name.
    name = session_to_core(conseil).name_of(late)
    page.fill("#grille-filtre", name.split()[-1])
    assert page.locator("#grille-table tbody tr:visible").count() >= 1
    row = f'#grille-table tr[data-person="{late}"]'
    page.locator(row).scroll_into_view_if_needed()
    cell = f'{row} button[value="{late}|20"]'
    assert page.inner_text(cell) == "A"
    moved = _save_in_place(page, row, cell, "#grille .notice")
    assert moved < 3
    assert f"{name} : présent(e) à la question n°20" in page.inner_text("#grille .notice")
    assert page.inner_text(cell) == "P"
    after = _report(conseil)
    assert after.item("20").present_count == r20.present_count + 1
    assert after.item("21").present_count == report.item("21").present_count  # that item only
    board20 = page.locator('#board tr[data-item="20"]')
    assert "changed" in (board20.get_attribute("class") or "")
    assert board20.locator("td.present").inner_text() == str(r20.present_count + 1)
    page.screenshot(path=str(SHOTS / "greffe-tablette-grille.png"))

    # 2. A proxy for items 15 to 18, its span shown in the list.
    r15 = after.item("15")
    giver = next(p for p in r15.absent if p not in givers and p != late)
    holder = next(p for p in r15.present if p not in holders and all(
        p in after.item(n).present for n in ("15", "16", "17", "18")))
    page.locator("#pouvoir").scroll_into_view_if_needed()
    page.select_option("#id_pouvoir-giver", giver)
    page.select_option("#id_pouvoir-holder", holder)
    page.select_option("#id_pouvoir-from_item", "15")
    page.select_option("#id_pouvoir-until_item", "18")
    assert "Question n°15 :" in page.inner_text("#pouvoir output.live")
    assert _save_in_place(page, "#pouvoir", "#pouvoir button[type=submit]", "#pouvoir .notice") < 3
    span = page.locator(f'.proxies-list li[data-giver="{giver}"] .span').inner_text()
    assert span == "(à compter de la question n°15, jusqu'à la question n°18 incluse)"
    now = _report(conseil)
    assert [now.item(n).proxies_count - after.item(n).proxies_count for n in ("14", "15", "18", "19")] \
        == [0, 1, 1, 0]

    # 3. An interest at item 20, picked by typing part of a name in the list's search box.
    interested = next(p for p in now.item("20").present if p not in (late, holder))
    who = session_to_core(conseil).name_of(interested)
    page.locator("#interets").scroll_into_view_if_needed()
    page.select_option("#id_interets-item", "20")
    page.locator("#interets input.picker-search").fill(who.split()[-1])
    box = page.locator(f'#interets input[value="{interested}"]')
    assert box.is_visible()
    assert page.locator("#interets .picker-list label:visible").count() < 10  # the list is filtered
    box.check()
    assert _save_in_place(page, "#interets", "#interets button[type=submit]", "#interets .notice") < 3
    assert [i.person for i in _report(conseil).item("20").interested] == [interested]

    # 4. A vote at item 20: its outcome previewed as the clerk types, then saved; once the
    # core has the votes available (they come with a recorded vote), a count that exceeds
    # them is flagged before it is sent.
    total = _report(conseil).item("20").present_count
    page.locator("#vote").scroll_into_view_if_needed()
    page.select_option("#id_vote-item", "20")
    page.fill("#id_vote-for_count", str(total - 3))
    page.fill("#id_vote-against_count", "2")
    page.fill("#id_vote-abstention_count", "1")
    live = page.inner_text("#vote-live")
    assert f"Exprimés {total - 1} ; majorité absolue {(total - 1) // 2 + 1} → adopté" in live
    page.fill("#id_vote-against_count", str(total - 3))
    assert "partage égal" in page.inner_text("#vote-live")  # V-02
    page.fill("#id_vote-against_count", "2")
    page.screenshot(path=str(SHOTS / "greffe-tablette-vote.png"))
    assert _save_in_place(page, "#vote", "#vote button[type=submit]", "#vote .notice") < 3
    r20 = _report(conseil).item("20")
    assert r20.tally is not None and r20.tally.recorded is not None
    assert (r20.tally.recorded.for_, r20.tally.recorded.against) == (total - 3, 2)
    assert "adopté" in page.inner_text('#board tr[data-item="20"] td.result')
    assert page.get_attribute('#board tr[data-item="20"]', "data-available") == str(r20.tally.available)
    page.select_option("#id_vote-item", "20")
    page.fill("#id_vote-for_count", str(r20.tally.available))
    page.fill("#id_vote-against_count", "1")
    page.fill("#id_vote-abstention_count", "0")
    assert f"⚠ total {r20.tally.available + 1} ≠ {r20.tally.available} votes disponibles" in \
        page.inner_text("#vote-live")
    assert overflow(page)["scroll"] <= TABLET["width"]
    assert not axe_violations(page)
    page.screenshot(path=str(SHOTS / "greffe-tablette-apres.png"))
