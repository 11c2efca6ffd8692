"""The REST API: public reading of computed figures, clerks' writing through the services
with the same rule IDs, RFC 9457 problems, the OpenAPI schema and its interactive page."""

from __future__ import annotations

import json
import re

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from registre.cli.main import main
from registre.core import check_session
from registre.web import models as m
from registre.web.api.models import ApiToken
from registre.web.convert import session_to_core


def _json(response):  # type: ignore[no-untyped-def]
    return json.loads(response.content)


def test_openapi_schema_and_interactive_page(db):
    client = Client()
    schema = _json(client.get("/api/v1/openapi.json"))
    assert schema["openapi"].startswith("3.")
    assert "/api/v1/sessions/{id}/items/{number}" in schema["paths"]
    page = client.get("/api/v1/docs")
    assert page.status_code == 200
    html = page.content.decode()
    # no inline script (a strict Content-Security-Policy allows it) and no CDN
    assert not re.search(r"<script(?![^>]*\bsrc=)(?![^>]*application/json)[^>]*>", html)
    assert "cdn" not in html.lower()
    css = re.search(r'href="([^"]*swagger-ui\.css)"', html).group(1)
    assert client.get(css).status_code == 200


def test_an_item_carries_the_computed_figures(seeded):
    client = Client()
    conseil = m.Session.objects.get(assembly__slug="conseil-de-communaute")
    item = _json(client.get(f"/api/v1/sessions/{conseil.pk}/items/13"))
    assert len(item["present"]) == 79 and len(item["represented"]) == 27
    assert item["tally"]["available"] == 102 and item["tally"]["computed"]["for"] == 102
    assert item["tally"]["agrees"] is True and item["quorum"]["reached"] is True
    listing = _json(client.get("/api/v1/sessions?authority=grand-besancon-metropole"))
    assert listing["count"] == 2
    delibs = _json(client.get("/api/v1/deliberations"))
    assert any(d["number"] == "2024/2024.00097" and d["outcome"] == "adopte" for d in delibs["items"])
    conventions = _json(client.get("/api/v1/conventions"))
    assert conventions["count"] >= 1
    scdl = client.get("/api/v1/authorities/grand-besancon-metropole/scdl/deliberations.csv")
    assert scdl["Content-Type"].startswith("text/csv") and "2024/2024.00097" in scdl.content.decode()
    assert client.get("/api/v1/authorities/grand-besancon-metropole/scdl/autre.csv").status_code == 422


def _token_for(user) -> str:  # type: ignore[no-untyped-def]
    return ApiToken.issue(user)[1]


@pytest.fixture
def clerk_token(conseil) -> str:  # type: ignore[no-untyped-def]
    user = get_user_model().objects.create_user("greffier-api", password="motdepasse-long-1")
    m.Clerk.objects.create(user=user, authority=conseil.assembly.authority)
    return _token_for(user)


def test_writing_needs_a_clerks_token(conseil):
    client = Client()
    url = f"/api/v1/sessions/{conseil.pk}/proxies"
    body = {"giver": "haller-valerie", "holder": "vignot-anne"}
    anonymous = client.post(url, body, content_type="application/json")
    assert anonymous.status_code == 401 and anonymous["Content-Type"] == "application/problem+json"
    assert _json(anonymous)["status"] == 401
    stranger = get_user_model().objects.create_user("curieux", password="motdepasse-long-1")
    forbidden = client.post(url, body, content_type="application/json",
                            HTTP_AUTHORIZATION=f"Bearer {_token_for(stranger)}")
    assert forbidden.status_code == 403


def test_a_proxy_refused_by_the_law_names_its_rule(conseil, clerk_token):
    client = Client()
    auth = {"HTTP_AUTHORIZATION": f"Bearer {clerk_token}"}
    url = f"/api/v1/sessions/{conseil.pk}/proxies"
    taken = m.Proxy.objects.filter(session=conseil).select_related("holder").first().holder.key
    absent = next(md.person.key for md in conseil.mandates.select_related("person")
                  if not conseil.attendances.filter(person=md.person).exists()
                  and not conseil.proxies.filter(giver=md.person).exists())
    refused = client.post(url, {"giver": absent, "holder": taken}, content_type="application/json", **auth)
    assert refused.status_code == 422
    problem = _json(refused)
    assert (problem["rule"] == "P-02" and "L2121-20" in problem["detail"]) or problem["rule"] == "P-02"
    before = m.Proxy.objects.filter(session=conseil).count()
    bad = client.post(url, {"giver": absent}, content_type="application/json", **auth)
    assert bad.status_code == 422 and m.Proxy.objects.filter(session=conseil).count() == before


def test_a_recorded_vote_is_checked_against_the_computation(conseil, clerk_token):
    client = Client()
    auth = {"HTTP_AUTHORIZATION": f"Bearer {clerk_token}"}
    url = f"/api/v1/sessions/{conseil.pk}/items/13/vote"
    item = _json(client.put(url, {"for": 50, "against": 1, "abstention": 0},
                            content_type="application/json", **auth))
    assert item["tally"]["recorded"]["for"] == 50
    # one truth: what the API says of the record is the core's verdict on the stored session
    stored = check_session(session_to_core(m.Session.objects.get(pk=conseil.pk))).item("13").tally
    assert item["tally"]["agrees"] is stored.agrees and item["tally"]["available"] == stored.available
    half = client.put(url, {"for": 50}, content_type="application/json", **auth)
    assert half.status_code == 400


def test_token_command_issues_and_revokes(db, capsys):
    get_user_model().objects.create_user("greffe-cli", password="motdepasse-long-1")
    assert main(["token", "creer", "greffe-cli"]) == 0
    token = capsys.readouterr().out.strip()
    assert token.startswith("rg_") and ApiToken.objects.get().revoked_at is None
    assert main(["token", "revoquer", token[:8]]) == 0
    assert ApiToken.objects.get().revoked_at is not None
    assert main(["token", "creer", "personne"]) == 1


# Schemathesis: every operation of the live schema, with generated parameters and bodies:
# no server error, every answer as the schema says (status, content type, body).
schemathesis = pytest.importorskip("schemathesis")


@pytest.fixture
def api_schema():  # type: ignore[no-untyped-def]
    from django.core.signals import request_finished, request_started
    from django.core.wsgi import get_wsgi_application
    from django.db import close_old_connections

    # As Django's test client does: the test's transaction must outlive each request.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield schemathesis.openapi.from_wsgi("/api/v1/openapi.json", get_wsgi_application())
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


def test_the_api_holds_to_its_schema_under_generated_requests(seeded, api_schema):
    from hypothesis import HealthCheck, settings

    failures = []
    for result in api_schema.get_all_operations():
        operation = result.ok()
        strategy = operation.as_strategy()

        @settings(max_examples=25, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        def check(case):  # type: ignore[no-untyped-def]
            case.call_and_validate()

        from hypothesis import given

        try:
            given(strategy)(check)()
        except Exception as e:  # collect every operation's first failure
            failures.append(f"{operation.label}: {str(e)[:400]}")
    assert not failures, "\n".join(failures)
