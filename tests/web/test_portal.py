"""The public portal: stable URLs, titles, everything the extract says, read-only."""

from __future__ import annotations

import re

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db

ITEM = "/collectivites/grand-besancon-metropole/conseil-de-communaute/2024-04-11/questions/13/"


def _text(resp) -> str:  # type: ignore[no-untyped-def]
    assert resp.status_code == 200
    return resp.content.decode()


def test_search_pmt_health_then_the_deliberation_page(seeded):
    c = Client()
    page = _text(c.get("/recherche/", {"q": "PMT Health"}))
    assert "1 délibération trouvée" in page and ITEM in page
    page = _text(c.get(ITEM))
    assert re.search(r'data-label="Pour">102<', page)
    interested = page.split('id="interesses"')[1].split("</section>")[0]
    assert interested.count("<li>") == 3 and "COUDRY — 2 voix" in interested  # 1 + 2 + 1 = 4 votes
    assert 'data-label="Ne prennent pas part">4</td>' in page  # ne prennent pas part
    assert "45\u202f000\u00a0€" in page and "214\u202f400\u00a0€" in page
    assert "Commission n°2" in page and "<title>Délibération n°2024/2024.00097" in page
    assert 'media="print"' in page and 'id="documents"' in page


def test_browse_authority_assembly_session(seeded):
    c = Client()
    assert "Grand Besançon Métropole" in _text(c.get("/"))
    assert "Conseil de Communauté" in _text(c.get("/collectivites/grand-besancon-metropole/"))
    page = _text(c.get("/collectivites/grand-besancon-metropole/bureau/"))
    assert "/collectivites/grand-besancon-metropole/bureau/2023-10-26/" in page
    page = _text(c.get("/collectivites/grand-besancon-metropole/bureau/2023-10-26/"))
    assert "Campus des Métiers" in page


def test_session_page_gives_each_question_its_subject_and_result_or_says_unpublished(seeded):
    page = _text(Client().get("/collectivites/grand-besancon-metropole/conseil-de-communaute/2024-04-11/"))
    rows = re.findall(r'<tr data-item="([^"]+)">(.*?)</tr>', page, flags=re.S)
    assert len(rows) == 33
    by_number = dict(rows)
    assert "PMT HEALTH" in by_number["13"] and "adopté" in by_number["13"]
    assert "102 pour, 0 contre, 0 abst." in by_number["13"]
    # the register has no subject nor vote for the others: said, not left as a bare number
    others = [row for number, row in rows if number != "13"]
    assert all("objet non publié" in row and "vote non publié" in row for row in others)
    assert all('data-label="Objet"' in row for _, row in rows)  # the table reflows on phones


def test_unknown_pages_are_404_and_bad_filters_answered_in_french(seeded):
    c = Client()
    assert c.get("/collectivites/inconnue/").status_code == 404
    assert c.get("/collectivites/grand-besancon-metropole/bureau/2023-13-45/").status_code == 404
    assert c.get(ITEM.replace("/13/", "/999/")).status_code == 404
    r = c.get("/recherche/", {"q": "x", "du": "hier", "montant_min": "beaucoup"})
    assert r.status_code == 400  # the search form answers with what it did not understand
    page = r.content.decode()
    assert "date attendue (AAAA-MM-JJ)" in page and "montant attendu, en euros" in page


def test_portal_is_read_only(seeded):
    c = Client()
    assert c.post(ITEM).status_code == 405
    assert c.post("/recherche/", {"q": "x"}).status_code == 405


def test_cached_pages_follow_the_clerks_writes(conseil, clerk):
    from registre.core import check_session
    from registre.web.convert import session_to_core

    c = Client()
    r13 = check_session(session_to_core(conseil)).item("13")
    before = _text(c.get(ITEM))
    assert f"{r13.quorum.counted} présents pour" in before
    from tests.web.test_workspace import _confirming

    resp = _confirming(clerk, f"/greffe/seance/{conseil.pk}/mouvement/", {
        "mouvement-person": r13.absent[0], "mouvement-kind": "arrivee", "mouvement-item": "13"}, "mouvement")
    assert resp.status_code == 302
    assert f"{r13.quorum.counted + 1} présents pour" in _text(c.get(ITEM))


def test_documents_are_downloadable_when_the_renderer_is_there(seeded):
    pytest.importorskip("registre.rendering")
    c = Client()
    page = _text(c.get(ITEM))
    assert 'href="extrait.pdf"' in page
    pdf = c.get(ITEM + "extrait.pdf")
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF")
    html = c.get(ITEM + "extrait.html")
    assert html.status_code == 200 and "PMT" in html.content.decode()
    session = ITEM.split("questions/")[0]
    assert c.get(session + "liste-des-deliberations.docx").status_code == 200
    assert c.get(session + "inconnu.pdf").status_code == 404
    assert c.get(ITEM + "extrait.odt").status_code == 404


def test_pages_are_french_whatever_the_browser_asks(seeded):
    resp = Client().get("/collectivites/grand-besancon-metropole/bureau/", HTTP_ACCEPT_LANGUAGE="en-US")
    page = _text(resp)
    assert "octobre 2023" in page and "October" not in page
