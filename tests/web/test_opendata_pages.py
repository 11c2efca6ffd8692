"""Open data from the database, feeds, alerts and members' pages (issue 17)."""

from __future__ import annotations

import csv
import io
import re

import pytest
from django.core import mail
from django.test import Client

from registre.cli.main import main
from registre.opendata.scdl_subventions import FIELDS as SUBVENTIONS_FIELDS
from registre.opendata.standards import standard_schema
from registre.web import models as m
from registre.web.alerts.models import SavedSearch

from ..shared import STANDARDS

SLUG = "grand-besancon-metropole"


@pytest.fixture(autouse=True)
def standards(monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    if not STANDARDS.is_dir():
        pytest.skip(f"schémas des standards absents ({STANDARDS})")
    monkeypatch.setenv("REGISTRE_STANDARDS_DIR", str(STANDARDS))
    monkeypatch.setenv("REGISTRE_STANDARDS_DOWNLOAD", "non")
    standard_schema.cache_clear()
    yield
    standard_schema.cache_clear()


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_scdl_deliberations_from_the_database_say_what_is_missing_then_validate(seeded, clerk):
    client = Client()
    page = client.get(f"/collectivites/{SLUG}/donnees/").content.decode()
    assert "SIRET de la collectivité" in page and "Identifiants de la collectivité" in page
    assert "COLL_SIRET" in page and "valeur obligatoire absente" in page
    rows = _rows(client.get(f"/collectivites/{SLUG}/donnees/deliberations.csv").content.decode())
    pmt = next(r for r in rows if r["DELIB_ID"] == "2024/2024.00097")
    assert (pmt["VOTE_EFFECTIF"], pmt["VOTE_POUR"]) == ("123", "102")  # computed, not typed
    assert pmt["DELIB_URL"].startswith("http://testserver/collectivites/")
    # the clerk enters the SIRET (its key checked), and the file validates
    url = f"/greffe/collectivite/{SLUG}/identifiants/"
    bad = clerk.post(url, {"siren": "242500361", "siret": "24250036100012", "department": "25"})
    assert bad.status_code == 400 and "clé de contrôle" in bad.content.decode()
    other = clerk.post(url, {"siren": "242500361", "siret": "21860194600013", "department": "25"})
    assert other.status_code == 400 and "commence par le SIREN" in other.content.decode()
    good = {"siren": "242500361", "siret": "24250036100025", "department": "25"}
    assert clerk.post(url, good).status_code == 302
    assert m.Authority.objects.get(slug=SLUG).siret == "24250036100025"
    page = client.get(f"/collectivites/{SLUG}/donnees/").content.decode()
    assert "Conforme au schéma scdl-deliberations-schema.json" in page


def test_identifiers_are_for_the_authoritys_clerks(seeded, foreign_clerk):
    response = foreign_clerk.post(f"/greffe/collectivite/{SLUG}/identifiants/", {"siren": "242500361"})
    assert response.status_code == 403
    assert m.Authority.objects.get(slug=SLUG).siren == "242500361"


def test_scdl_subventions_carry_the_conventions(seeded):
    text = Client().get(f"/collectivites/{SLUG}/donnees/subventions.csv").content.decode()
    assert next(csv.reader(io.StringIO(text))) == list(SUBVENTIONS_FIELDS)
    rows = _rows(text)
    assert {r["montant"] for r in rows} >= {"45000.00", "19800.00"}
    published = standard_schema("scdl-subventions-schema.json")["fields"]
    assert list(SUBVENTIONS_FIELDS) == [f["name"] for f in published]


def test_feeds_of_an_authority_an_assembly_and_a_search(seeded):
    client = Client()
    rss = client.get(f"/collectivites/{SLUG}/flux.rss")
    assert rss.status_code == 200 and rss["Content-Type"].startswith("application/rss+xml")
    assert "2024/2024.00097" in rss.content.decode() and "pour 102" in rss.content.decode()
    atom = client.get(f"/collectivites/{SLUG}/conseil-de-communaute/flux.atom")
    assert atom.status_code == 200 and b"<feed" in atom.content
    found = client.get("/recherche/flux.rss?q=subvention")
    assert found.status_code == 200 and b"<item>" in found.content
    assert client.get("/recherche/flux.rss?du=hier").status_code == 404
    ics = client.get(f"/collectivites/{SLUG}/seances.ics").content.decode()
    assert ics.count("BEGIN:VEVENT") == m.Session.objects.filter(assembly__authority__slug=SLUG).count()
    assert "DTSTART;TZID=Europe/Paris:20240411T180000" in ics


def test_a_saved_search_is_confirmed_then_alerted_with_an_unsubscribe_link(db, settings):
    from registre.web.sources import import_file

    from .conftest import SEEDS

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    client = Client()
    assert client.post("/recherche/alerte/", {"email": "pas-une-adresse", "q": "x"}).status_code == 400
    assert client.post("/recherche/alerte/", {"email": "a@exemple.fr"}).status_code == 400  # no search
    assert client.post("/recherche/alerte/", {"email": "a@exemple.fr", "q": "subvention"}).status_code == 200
    saved = SavedSearch.objects.get()
    assert len(mail.outbox) == 1 and saved.token in mail.outbox[0].body
    # nothing is sent before confirmation
    bureau = next(p for p in SEEDS if "bureau" in p.name)
    conseil = next(p for p in SEEDS if "conseil-2024" in p.name)
    import_file(bureau)
    assert main(["alertes"]) == 0 and len(mail.outbox) == 1
    confirm = re.search(r"http://\S+/confirmer/", mail.outbox[0].body).group(0).split("testserver")[-1]
    confirm = "/" + confirm.split("/", 3)[-1]
    assert client.get(confirm).status_code == 200 and SavedSearch.objects.get().confirmed_at is None
    assert client.post(confirm).status_code == 200 and SavedSearch.objects.get().active
    import_file(conseil)  # new deliberations after the subscription
    assert main(["alertes"]) == 0
    assert len(mail.outbox) == 2
    alert = mail.outbox[1]
    assert "nouvelle(s) délibération(s)" in alert.subject and "/desabonner/" in alert.body
    assert alert.extra_headers["List-Unsubscribe"].startswith("<http")
    assert main(["alertes"]) == 0 and len(mail.outbox) == 2  # nothing new, nothing sent
    stop = "/" + alert.extra_headers["List-Unsubscribe"].strip("<>").split("/", 3)[-1]
    assert client.post(stop).status_code == 200 and not SavedSearch.objects.get().active


def test_a_members_page_shows_attendance_proxies_votes_and_interests(seeded):
    client = Client()
    listing = client.get(f"/collectivites/{SLUG}/elus/")
    assert listing.status_code == 200
    page = client.get(f"/collectivites/{SLUG}/elus/haller-valerie/").content.decode()
    assert "Présent(e) à" in page and "représenté(e) par" in page  # present until 5, then by proxy
    coudry = client.get(f"/collectivites/{SLUG}/elus/coudry-sebastien/").content.decode()
    assert "intéressé(e)" in coudry and "Intérêts déclarés" in coudry
    assert client.get(f"/collectivites/{SLUG}/elus/haller-valerie/?du=hier").status_code == 400
    assert client.get(f"/collectivites/{SLUG}/elus/personne/").status_code == 404
