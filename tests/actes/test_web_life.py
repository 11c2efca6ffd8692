"""The life of an act in the web application, through its services and pages."""

from __future__ import annotations

import io
import zipfile

import pytest
from django.test import Client
from django.urls import reverse
from lxml import etree

from registre.actes.s2low import Status
from registre.actes.seda import NS as SEDA_NS
from registre.web.actes import services
from registre.web.actes.models import Act, SessionDocument
from registre.web.history.models import LedgerEntry
from registre.web.services.sitting import Refused
from tests.actes.seda_schema import SEDA, seda_schema

pytestmark = pytest.mark.django_db


def test_closing_numbers_deliberations_and_seals(seeded, clerk_user):
    acts = services.close_session(clerk_user, seeded)
    seeded.refresh_from_db()
    assert seeded.sealed_at is not None and seeded.sealed_by == clerk_user
    voted = [i for i in seeded.items.order_by("passage") if hasattr(i, "vote")]
    assert [a.item for a in acts] == voted
    assert acts[0].register_number == f"{seeded.date.year}-0001"
    assert acts[0].internal_number == "2024_2024_00097"  # the register's own number, made @ctes-shaped
    assert bytes(acts[0].pdf).startswith(b"%PDF")
    kinds = set(SessionDocument.objects.filter(session=seeded).values_list("kind", flat=True))
    assert kinds == {"cloture", "proces-verbal"}
    with pytest.raises(Refused, match="déjà close"):
        services.close_session(clerk_user, seeded)


def test_publication_before_closing_is_refused(seeded, clerk_user):
    services.close_session(clerk_user, seeded)
    act = Act.objects.get(item__session=seeded)
    services.publish(clerk_user, act)
    with pytest.raises(Refused, match="déjà publié"):
        services.publish(clerk_user, act)


def test_signing_without_a_certificate_is_refused_clearly(seeded, clerk_user, settings):
    settings.REGISTRE_SIGN_P12 = ""
    services.close_session(clerk_user, seeded)
    with pytest.raises(Refused, match="non configurée"):
        services.sign_session(clerk_user, seeded)


def test_whole_life_through_the_services(seeded, clerk_user, wired):
    services.close_session(clerk_user, seeded)
    assert services.sign_session(clerk_user, seeded) == 3  # the extract, the minutes, the closing sheet
    act = Act.objects.get(item__session=seeded)
    [sig] = services.signatures(act.document)
    assert sig.valid and sig.signer == "Anne VIGNOT" and sig.timestamped
    services.transmit(clerk_user, act)
    act.refresh_from_db()
    assert act.status == Status.POSTED and act.transmission_id in wired.transactions
    sent = wired.transactions[act.transmission_id]
    assert sent.files["acte_pdf_file"][0][1] == act.document  # the signed PDF went
    while services.poll(clerk_user, act) is not Status.ACKNOWLEDGED:
        act.refresh_from_db()
    act.refresh_from_db()
    assert act.acte_id == f"025-{seeded.assembly.authority.siren}-20240411-2024_2024_00097-DE"
    assert act.received_on is not None
    assert [e.status for e in act.events.all()] == ["poste", "en_attente", "transmis", "acquitte"]
    assert act.enforceable_since() is None  # received, not yet published
    services.publish(clerk_user, act)
    act.refresh_from_db()
    assert act.enforceable_since() == max(act.received_on, act.published_at.date())
    entry = LedgerEntry.objects.get(kind="acte.publication")
    assert entry.digest == act.sha256


def test_cancel_then_transmit_again(seeded, clerk_user, wired):
    services.close_session(clerk_user, seeded)
    act = Act.objects.get(item__session=seeded)
    services.transmit(clerk_user, act)
    with pytest.raises(Refused, match="déjà transmis"):
        services.transmit(clerk_user, act)
    services.cancel(clerk_user, act)
    act.refresh_from_db()
    assert act.status == Status.CANCELLED
    services.transmit(clerk_user, act)
    act.refresh_from_db()
    assert act.status == Status.POSTED


def test_transmission_refused_by_s2low_is_kept_as_error(seeded, clerk_user, wired):
    services.close_session(clerk_user, seeded)
    act = Act.objects.get(item__session=seeded)
    act.pdf = b"pas un PDF"
    act.save()
    with pytest.raises(Refused, match="PDF"):
        services.transmit(clerk_user, act)
    act.refresh_from_db()
    assert act.status == Status.ERROR and "PDF" in act.events.last().message


def test_foreign_clerk_cannot_close(seeded, db):
    from django.contrib.auth import get_user_model
    from django.core.exceptions import PermissionDenied

    other = get_user_model().objects.create_user("autre", password="x-y-z-long-1")
    with pytest.raises(PermissionDenied):
        services.close_session(other, seeded)


@pytest.mark.skipif(not SEDA.exists(), reason="../shared/standards/seda-2.2 absent")
def test_seda_package_of_the_closed_session_validates(seeded, clerk_user, wired):
    services.close_session(clerk_user, seeded)
    services.sign_session(clerk_user, seeded)
    act = Act.objects.get(item__session=seeded)
    services.transmit(clerk_user, act)
    for _ in range(3):
        services.poll(clerk_user, act)
    services.publish(clerk_user, act)
    c = Client()
    c.force_login(clerk_user)
    r = c.get(reverse("actes:seda", args=[seeded.pk]))
    assert r.status_code == 200
    with zipfile.ZipFile(io.BytesIO(r.content)) as z:
        manifest = etree.fromstring(z.read("manifest.xml"))
        names = z.namelist()
    assert seda_schema().validate(manifest)
    assert any(n.endswith("-ar.xml") for n in names) and "content/historique.json" in names
    assert "content/cloture.pdf" in names
    titles = [t.text for t in manifest.iter(f"{{{SEDA_NS}}}Title")]
    assert "Accusé de réception de la préfecture" in titles


def test_public_page_dashboard_and_calendar(seeded, clerk_user, wired):
    from icalendar import Calendar

    services.close_session(clerk_user, seeded)
    act = Act.objects.get(item__session=seeded)
    services.publish(clerk_user, act)
    anon = Client()
    page = anon.get(reverse("actes:act", args=[seeded.assembly.authority.slug, act.internal_number]))
    text = page.content.decode()
    assert page.status_code == 200 and act.sha256 in text
    assert "Non exécutoire" in text and "accusé de réception" in text
    item_page = anon.get(act.item.get_absolute_url()).content.decode()
    assert "Acte publié le" in item_page and act.internal_number in item_page
    pdf = anon.get(reverse("actes:act-pdf", args=[seeded.assembly.authority.slug, act.internal_number]))
    assert pdf.content == act.document
    ics = anon.get(reverse("actes:calendar", args=[seeded.assembly.authority.slug]))
    events = Calendar.from_ical(ics.content).walk("VEVENT")
    assert any("recours" in str(e["summary"]) for e in events)
    c = Client()
    c.force_login(clerk_user)
    dash = c.get(reverse("actes:dashboard"))
    assert dash.status_code == 200
    body = dash.content.decode()
    assert f"transmission au contrôle de légalité (n° {act.register_number})" in body
    assert "fin du délai de recours contentieux" in body
    tables = anon.get(reverse("actes:tables", args=[seeded.assembly.authority.slug, seeded.date.year]))
    assert tables["Content-Type"] == "application/pdf"


def test_only_small_communes_choose_display_or_paper(seeded, clerk_user):
    from registre.web import models as m

    gbm = seeded.assembly.authority
    with pytest.raises(Refused, match="Seules les communes"):
        services.set_publicity(clerk_user, gbm, "affichage", "délibération n° 12 du 3 mars 2023")
    small = m.Authority.objects.create(name="Commune de Tronget", slug="tronget", kind="commune")
    m.Clerk.objects.create(user=clerk_user, authority=small)
    with pytest.raises(Refused, match="Population de la commune inconnue"):
        services.set_publicity(clerk_user, small, "affichage", "délibération n° 12")
    small.population = 980
    small.save()
    with pytest.raises(Refused, match="Indiquez la délibération"):
        services.set_publicity(clerk_user, small, "papier", "")
    row = services.set_publicity(clerk_user, small, "affichage", "délibération n° 12 du 3 mars 2023")
    assert row.get_publicity_display() == "affichage"
    page = Client().get(reverse("actes:authority", args=["tronget"])).content.decode()
    assert "Mode de publicité des actes : affichage (délibération n° 12 du 3 mars 2023)" in page
    assert "moins de 3 500 habitants" in page
