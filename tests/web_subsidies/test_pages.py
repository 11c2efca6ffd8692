"""Clerk forms, permissions, the workbook taken back, the iCalendar feed, portal pages and
the links between a convention and the deliberation that granted it."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.test import Client
from icalendar import Calendar
from openpyxl import load_workbook

from registre.subsidies.workbook import INDICATORS
from registre.web.subsidies import models as sm
from registre.web.subsidies import rendering
from registre.web.subsidies.convert import conventions_queryset, to_domain
from tests.subsidies.test_workbook import fill


def url(conv: sm.Convention, tail: str = "") -> str:
    return conv.get_absolute_url() + tail


def test_clerk_records_a_lapsed_request_and_sees_the_clause(cmq, clerk) -> None:  # type: ignore[no-untyped-def]
    r = clerk.post(url(cmq, "notification/"), {"notification-on": "2023-11-15"})
    assert r.status_code == 302
    r = clerk.post(url(cmq, "demande/"), {"demande-on": "2024-03-01"})
    assert r.status_code == 400
    page = r.content.decode()
    assert "caduque" in page and "S-12" in page and 'class="field invalid"' in page
    assert not cmq.events.filter(kind="demande_paiement").exists()
    r = clerk.post(url(cmq, "paiement/"), {"paiement-on": "2024-01-10", "paiement-amount": "20000"})
    assert r.status_code == 400 and "PAY-CEIL" in r.content.decode()


def test_clerk_page_shows_forms_visitor_page_does_not(cmq, clerk) -> None:  # type: ignore[no-untyped-def]
    assert 'id="demande"' in clerk.get(url(cmq)).content.decode()
    assert 'id="demande"' not in Client().get(url(cmq)).content.decode()


@pytest.mark.parametrize("action,data", [
    ("notification", {"notification-on": "2023-11-15"}),
    ("paiement", {"paiement-on": "2024-01-10", "paiement-amount": "100"}),
    ("avenant", {"avenant-number": "1", "avenant-amount": "1"}),
])
def test_anonymous_and_foreign_clerk_cannot_change_anything(cmq, foreign_clerk, action, data) -> None:  # type: ignore[no-untyped-def]
    r = Client().post(url(cmq, f"{action}/"), data)
    assert r.status_code == 302 and "/greffe/connexion/" in r["Location"]
    r = foreign_clerk.post(url(cmq, f"{action}/"), data)
    assert r.status_code == 403
    assert not cmq.events.exists() and not cmq.amendments.exists()


def test_foreign_clerk_cannot_upload_a_workbook(cmq, foreign_clerk) -> None:  # type: ignore[no-untyped-def]
    r = foreign_clerk.post(url(cmq, "livrables/"), {"livrables-on": "2024-06-01",
                                                   "livrables-file": _file(b"x")})
    assert r.status_code == 403 and not cmq.uploads.exists()


def _file(data: bytes, name: str = "livrables.xlsx"):  # type: ignore[no-untyped-def]
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, data, content_type="application/octet-stream")


def test_workbook_wrong_cell_refused_with_its_address(pmt, clerk) -> None:  # type: ignore[no-untyped-def]
    template = clerk.get(url(pmt, "livrables.xlsx")).content
    assert load_workbook(io.BytesIO(template))[INDICATORS]["A1"].value is not None
    c = to_domain(conventions_queryset().get(pk=pmt.pk))
    data = fill(template, c, {"A1-O1-T2": "beaucoup"})
    r = clerk.post(url(pmt, "livrables/"), {"livrables-on": "2025-04-20", "livrables-file": _file(data)})
    assert r.status_code == 400
    page = r.content.decode()
    assert "Indicateurs!C7" in page and "n&#x27;est pas un nombre entier positif ou nul" in page
    upload = pmt.uploads.get()
    assert not upload.ok and upload.errors[0].startswith("Indicateurs!C7")
    assert not pmt.events.exists()


def test_workbook_correct_updates_indicators_against_targets(pmt, clerk) -> None:  # type: ignore[no-untyped-def]
    template = clerk.get(url(pmt, "livrables.xlsx")).content
    c = to_domain(conventions_queryset().get(pk=pmt.pk))
    data = fill(template, c, {"A1-O1-T1": 150})
    r = clerk.post(url(pmt, "livrables/"), {"livrables-on": "2025-04-20", "livrables-file": _file(data)})
    assert r.status_code == 302, r.content.decode()[:2000]
    assert pmt.uploads.get().ok
    reported = pmt.events.filter(kind="indicateur")
    assert reported.get(indicator="A1-O1-T1").value == 150
    page = clerk.get(url(pmt)).content.decode()
    assert "150 (75,0 %)" in page


def test_not_a_workbook_is_refused_in_french(pmt, clerk) -> None:  # type: ignore[no-untyped-def]
    data = {"livrables-on": "2025-04-20", "livrables-file": _file(b"x", "a.pdf")}
    r = clerk.post(url(pmt, "livrables/"), data)
    assert r.status_code == 400 and "classeur .xlsx" in r.content.decode()


def test_ical_feed_parses_back_with_the_seeds_deadlines(seeded, cmq, clerk) -> None:  # type: ignore[no-untyped-def]
    clerk.post(url(cmq, "notification/"), {"notification-on": "2023-11-15"})
    r = Client().get(f"/collectivites/{seeded.slug}/subventions/echeances.ics?au=2024-01-01")
    assert r.status_code == 200 and r["Content-Type"].startswith("text/calendar")
    cal = Calendar.from_ical(r.content)
    events = [e for e in cal.walk("VEVENT")]
    days = {e.decoded("dtstart") for e in events}
    assert dt.date(2025, 4, 30) in days  # PMT ends
    assert dt.date(2024, 9, 30) in days  # CMQ ends
    assert dt.date(2024, 1, 15) in days  # CMQ: payment request, 2 months after notification
    assert len({str(e["uid"]) for e in events}) == len(events)


def test_deadlines_view_groups_by_state(seeded, cmq, clerk) -> None:  # type: ignore[no-untyped-def]
    clerk.post(url(cmq, "notification/"), {"notification-on": "2023-11-15"})
    page = Client().get(f"/collectivites/{seeded.slug}/subventions/echeances/?au=2024-02-01").content.decode()
    assert 'data-state="caduque"' in page and "Demande de paiement" in page


def test_convention_and_deliberation_link_both_ways(pmt) -> None:  # type: ignore[no-untyped-def]
    item = pmt.deliberation.item
    page = Client().get(url(pmt)).content.decode()
    assert f'href="{item.get_absolute_url()}"' in page
    back = Client().get(item.get_absolute_url()).content.decode()
    assert f'href="{pmt.get_absolute_url()}"' in back and 'id="conventions"' in back


def test_beneficiary_history_year_by_year(pmt) -> None:  # type: ignore[no-untyped-def]
    page = Client().get(pmt.beneficiary.get_absolute_url()).content.decode()
    for year in (2021, 2022, 2023, 2024):
        assert f'data-year="{year}"' in page
    assert page.count("45\u202f000 €") >= 4 or page.count("45 000 €") >= 4
    assert "<svg" in page


def test_index_charts_and_states(seeded) -> None:  # type: ignore[no-untyped-def]
    page = Client().get(f"/collectivites/{seeded.slug}/subventions/?au=2024-06-01").content.decode()
    # two charts (SVG bars, <progress> bars), each with its figures as a table
    assert page.count('class="chart-figure') == 2 and page.count("<svg") == 1
    assert page.count('<div class="sr"><table>') == 2
    assert "Actions recherche et innovation" in page and "214" in page
    assert Client().get("/subventions/").status_code == 302


def test_document_without_the_rendering_module_says_so(pmt, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(rendering, "available", lambda: None)  # as on an install without it
    r = Client().get(url(pmt, "convention.pdf"))
    assert r.status_code == 501 and "registre.rendering" in r.content.decode()
    assert "pas encore installé" in Client().get(url(pmt)).content.decode()


def test_document_rendered_as_docx_and_pdf(pmt) -> None:  # type: ignore[no-untyped-def]
    docx = Client().get(url(pmt, "convention.docx"))
    assert docx.status_code == 200 and docx.content[:2] == b"PK"
    pdf = Client().get(url(pmt, "convention.pdf"))
    assert pdf.status_code == 200 and pdf.content[:5] == b"%PDF-"


def test_clerk_withdraws_an_event_kept_in_history(cmq, clerk, foreign_clerk) -> None:  # type: ignore[no-untyped-def]
    clerk.post(url(cmq, "notification/"), {"notification-on": "2023-11-15"})
    event = cmq.events.get()
    assert foreign_clerk.post(url(cmq, f"evenements/{event.pk}/retirer/")).status_code == 403
    assert Client().post(url(cmq, f"evenements/{event.pk}/retirer/")).status_code == 302
    assert cmq.events.exists()
    assert clerk.post(url(cmq, f"evenements/{event.pk}/retirer/")).status_code == 302
    assert not cmq.events.exists() and sm.ConventionEvent.all_objects.filter(pk=event.pk).exists()


def test_convention_page_reports_the_unbalanced_budget(pmt) -> None:  # type: ignore[no-untyped-def]
    page = Client().get(url(pmt, "?au=2024-06-01")).content.decode()
    assert "BUD-BAL" in page and "594\u202f000 €" in page and "490\u202f000 €" in page
    assert "Conseil Régional BFC" in page
