"""A browser walks the whole life of an act: a clerk records the vote, closes the session,
signs with the test PKI, transmits to the fake S²LOW, receives the acknowledgement and
publishes; a visitor then reads « Exécutoire depuis … » and downloads the signed PDF,
whose signature pyHanko validates here. Screenshots go to artefacts/screenshots/."""

from __future__ import annotations

import re

import pytest

from registre.actes.signing import validate
from registre.web.actes.models import Act
from tests.browser import SHOTS, browser_page, needs_chromium

pytestmark = [pytest.mark.django_db(transaction=True), needs_chromium]


@pytest.fixture(autouse=True)
def _no_persistent_connections(monkeypatch):  # type: ignore[no-untyped-def]
    from django.conf import settings

    monkeypatch.setitem(settings.DATABASES["default"], "CONN_MAX_AGE", 0)


@pytest.fixture
def page():  # type: ignore[no-untyped-def]
    yield from browser_page()


def test_vote_close_sign_transmit_acknowledge_publish(seeded, clerk_user, wired, pki, live_server, page):
    url = live_server.url
    page.goto(f"{url}/greffe/connexion/")
    page.fill("#id_username", "greffe")
    page.fill("#id_password", "un-mot-de-passe-solide")
    page.keyboard.press("Enter")
    page.click(f"a[href='/greffe/seance/{seeded.pk}/']")

    # The vote of item 13, recorded by the clerk.
    page.select_option("#id_vote-item", "13")
    page.check("#id_vote-unanimous")
    page.click("#vote button[type=submit]")
    page.wait_for_selector("#vote .notice")  # saved in place, the confirmation beside the form

    # Closing (R2121-9).
    page.click("#vie-des-actes")
    page.click("#clore")
    page.wait_for_selector(".messages")
    assert "Séance close" in page.inner_text(".messages")
    assert page.inner_text("#etat-seance").startswith("Séance close le")
    row = page.locator("#actes tbody tr").first
    assert row.locator("th small").inner_text() == "2024_2024_00097"

    # Signature with the test PKI and the fake timestamp authority.
    page.click("#signer")
    page.wait_for_selector(".messages")
    assert "3 document(s) signé(s)" in page.inner_text(".messages")
    assert "Anne VIGNOT" in row.locator("td.signature").inner_text()

    # Transmission to the fake S²LOW, then the acknowledgement.
    row.locator("button.transmettre").click()
    page.wait_for_selector(".messages")
    assert row.locator(".status").inner_text() == "posté"
    for _ in range(4):
        if row.locator(".status").inner_text() == "acquittement reçu":
            break
        row.locator("button.interroger").click()
        page.wait_for_selector(".messages")
    assert row.locator(".status").inner_text() == "acquittement reçu"
    act = Act.objects.get(item__session=seeded)
    assert row.locator(".acte-id").inner_text() == act.acte_id
    assert act.acte_id.startswith(f"025-{seeded.assembly.authority.siren}-20240411-")
    page.screenshot(path=str(SHOTS / "actes-greffe.png"), full_page=True)

    # Publication, then the public page seen by a visitor.
    row.locator("button.publier").click()
    page.wait_for_selector(".messages")
    public_url = row.locator("td.publication a").get_attribute("href")
    visitor = page.context.browser.new_page(locale="fr-FR")
    visitor.goto(url + public_url)
    assert re.fullmatch(r"Exécutoire depuis le \d{1,2} \w+ \d{4}", visitor.inner_text("#executoire"))
    act.refresh_from_db()
    assert visitor.inner_text("#sha256") == act.sha256
    assert "Anne VIGNOT" in visitor.inner_text("ul.signatures")
    assert "signature valide" in visitor.inner_text("ul.signatures")
    visitor.screenshot(path=str(SHOTS / "acte-public.png"), full_page=True)
    pdf = visitor.request.get(url + visitor.get_attribute("#pdf", "href")).body()
    assert pdf == act.document
    [sig] = validate(pdf, pki.trust_roots())
    assert sig.valid and sig.timestamped and sig.signer == "Anne VIGNOT"
    visitor.close()
