"""Browser test: a clerk records a payment request on a convention and sees its state
change (Playwright for Python driving Debian's chromium; never ``playwright install``).
Screenshots go to artefacts/screenshots/. Skipped, with the reason, without chromium."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model

from registre.web import models as m
from registre.web.sources import import_file
from registre.web.subsidies import models as sm
from tests.browser import SHOTS, browser_page, needs_chromium

from .conftest import SEEDS

pytestmark = [
    pytest.mark.django_db(transaction=True),
    needs_chromium,
]


@pytest.fixture
def page():  # type: ignore[no-untyped-def]
    yield from browser_page()


def test_clerk_records_a_payment_request_and_the_state_changes(live_server, page):  # type: ignore[no-untyped-def]
    for path in SEEDS:
        assert import_file(path)[0]
    cmq = sm.Convention.objects.get(deliberation_assembly="Bureau")
    authority = cmq.authority
    user = get_user_model().objects.create_user("greffe-sub", password="un-mot-de-passe-solide")
    m.Clerk.objects.create(user=user, authority=authority)
    page.goto(live_server.url + "/greffe/connexion/")
    page.fill("#id_username", "greffe-sub")
    page.fill("#id_password", "un-mot-de-passe-solide")
    page.keyboard.press("Enter")
    page.wait_for_load_state()
    # From the navigation to the authority's conventions, then the CMQ's page, on 5 January 2024.
    page.click("header nav >> text=Subventions")
    page.wait_for_selector("table.conventions")
    page.screenshot(path=str(SHOTS / "subventions.png"), full_page=True)
    page.goto(live_server.url + cmq.get_absolute_url() + "?au=2024-01-05")
    assert page.inner_text("#etat") == "en attente"
    page.fill("#id_notification-on", "2023-11-15")
    page.click("#notification button[type=submit]")
    page.wait_for_selector(".messages")
    assert page.inner_text("#etat") == "caducité proche"
    page.screenshot(path=str(SHOTS / "convention-avant-demande.png"), full_page=True)
    # Too late: refused as lapsed, with the clause, next to the date.
    page.fill("#id_demande-on", "2024-02-01")
    page.click("#demande button[type=submit]")
    error = page.inner_text("#demande .error")
    assert "S-12" in error and "caduque" in error
    page.locator("#demande").screenshot(path=str(SHOTS / "convention-demande-refusee.png"))
    # In time: recorded, and the convention is no longer about to lapse.
    page.fill("#id_demande-on", "2024-01-04")
    page.click("#demande button[type=submit]")
    page.wait_for_selector(".messages")
    assert page.inner_text("#etat") != "caducité proche"
    assert "demande de paiement" in page.inner_text("table.events")
    assert cmq.events.filter(kind="demande_paiement").count() == 1
    page.screenshot(path=str(SHOTS / "convention-apres-demande.png"), full_page=True)
    # The deliberation's page links to the convention.
    page.click("#deliberation a")
    page.wait_for_selector("#conventions")
    page.screenshot(path=str(SHOTS / "deliberation-convention.png"), full_page=True)
    page.goto(live_server.url + f"/collectivites/{authority.slug}/subventions/echeances/?au=2024-02-01")
    page.screenshot(path=str(SHOTS / "echeances.png"), full_page=True)
    page.goto(live_server.url + cmq.beneficiary.get_absolute_url())
    page.screenshot(path=str(SHOTS / "beneficiaire.png"), full_page=True)
    pmt = sm.Convention.objects.get(key="2024/2024.00097")
    page.goto(live_server.url + pmt.get_absolute_url() + "?au=2024-06-01")
    assert "BUD-BAL" in page.inner_text(".findings-list")
    page.screenshot(path=str(SHOTS / "convention-pmt.png"), full_page=True)
