"""Every page pattern, public and clerk, at 360×740 (a phone) and 1280×900 (a laptop):
no horizontal overflow, nothing sticking out of the screen, no serious or critical
axe-core violation (WCAG 2.1 A/AA), the RGAA's main criteria (language, one h1, skip
link, labelled fields, visible focus), and a screenshot of each in artefacts/screenshots/.
"""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model

from registre.web import models as m
from registre.web.subsidies import models as sm
from tests.browser import (
    DESKTOP,
    PHONE,
    SHOTS,
    axe_violations,
    browser_pages,
    needs_axe,
    needs_chromium,
    overflow,
)

pytestmark = [pytest.mark.django_db(transaction=True), needs_chromium, needs_axe]
PASSWORD = "un-mot-de-passe-solide"


@pytest.fixture(autouse=True)
def _no_persistent_connections(monkeypatch):  # type: ignore[no-untyped-def]
    from django.conf import settings

    monkeypatch.setitem(settings.DATABASES["default"], "CONN_MAX_AGE", 0)


@pytest.fixture
def pages():  # type: ignore[no-untyped-def]
    yield from browser_pages(PHONE, DESKTOP)


def patterns(conseil: m.Session) -> list[tuple[str, str]]:
    """(name, path) of one page of each kind the portal and the workspace serve."""
    authority = conseil.assembly.authority
    item = conseil.items.get(number="13")
    pmt = sm.Convention.objects.get(key="2024/2024.00097")
    return [
        ("accueil", "/"),
        ("recherche", "/recherche/?q=subvention"),
        ("collectivite", authority.get_absolute_url()),
        ("assemblee", conseil.assembly.get_absolute_url()),
        ("seance", conseil.get_absolute_url()),
        ("deliberation", item.get_absolute_url()),
        ("subventions", "/subventions/"),
        ("subventions-collectivite", f"/collectivites/{authority.slug}/subventions/"),
        ("echeances", f"/collectivites/{authority.slug}/subventions/echeances/"),
        ("convention", pmt.get_absolute_url()),
        ("beneficiaire", pmt.beneficiary.get_absolute_url()),
        ("regles", "/regles/"),
        ("connexion", "/greffe/connexion/"),
        ("greffe", "/greffe/"),
        ("greffe-seance", f"/greffe/seance/{conseil.pk}/"),
        ("greffe-actes", f"/greffe/seance/{conseil.pk}/actes/"),
    ]


def sign_in(page, url: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(url + "/greffe/connexion/")
    page.fill("#id_username", "greffe")
    page.fill("#id_password", PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url("**/greffe/")


def test_every_page_fits_a_phone_and_a_laptop_and_passes_axe(seeded, live_server, pages):  # type: ignore[no-untyped-def]
    conseil = m.Session.objects.get(assembly__slug="conseil-de-communaute")
    user = get_user_model().objects.create_user("greffe", password=PASSWORD)
    m.Clerk.objects.create(user=user, authority=conseil.assembly.authority)
    problems: list[str] = []
    for page in pages:
        width = page.viewport_size["width"]
        sign_in(page, live_server.url)
        for name, path in patterns(conseil):
            response = page.goto(live_server.url + path)
            assert response is not None and response.status == 200, (name, path)
            page.screenshot(path=str(SHOTS / f"{name}-{width}.png"), full_page=True)
            o = overflow(page)
            if o["scroll"] > o["width"] or o["out"]:
                problems.append(f"{name} à {width} px : largeur {o['scroll']} ; dépassent : {o['out']}")
            for v in axe_violations(page):
                problems.append(f"{name} à {width} px : {v}")
            # RGAA 8.3 language, 9.1 one h1, 12.7 skip link to the content
            assert page.get_attribute("html", "lang") == "fr", name
            assert page.locator("h1").count() == 1, name
            assert page.locator("a.skip[href='#contenu']").count() == 1, name
    assert not problems, "\n".join(problems)


def test_search_landmarks_have_distinct_names(seeded, live_server, pages):  # type: ignore[no-untyped-def]
    page = pages[1]
    for path in ("/", "/recherche/?q=subvention"):
        page.goto(live_server.url + path)
        names = page.eval_on_selector_all(
            "[role=search], search", "els => els.map(e => e.getAttribute('aria-label') || "
            "(e.getAttribute('aria-labelledby') && document.getElementById("
            "e.getAttribute('aria-labelledby')).textContent.trim()))")
        assert len(names) >= 1 and all(names) and len(set(names)) == len(names), (path, names)
        assert not [v for v in axe_violations(page, ("moderate", "serious", "critical"))
                    if v.startswith("landmark-unique")]


def test_focus_is_visible_on_links_and_buttons(seeded, live_server, pages):  # type: ignore[no-untyped-def]
    page = pages[1]
    page.goto(live_server.url + "/")
    page.keyboard.press("Tab")  # the skip link comes first, and shows itself
    assert page.evaluate("document.activeElement.className") == "skip"
    assert page.locator("a.skip").is_visible()
    box = page.locator("a.skip").bounding_box()
    assert box is not None and box["x"] >= 0
    for _ in range(3):
        page.keyboard.press("Tab")
        outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
        assert outline != "none", page.evaluate("document.activeElement.outerHTML")
