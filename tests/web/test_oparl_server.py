"""The OParl 1.1 server: every object of the seeds, reached by following links from
``/oparl/``, validates against the OParl schemas (read from shared/standards)."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import jsonschema
import pytest
from django.test import Client
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

from registre.web import models as m

from ..shared import STANDARDS

OPARL = STANDARDS / "oparl-1.1.1"
NS = "https://schema.oparl.org/1.1/"


@pytest.fixture(scope="module")
def validators() -> dict[str, jsonschema.Draft4Validator]:
    if not OPARL.is_dir():
        pytest.skip(f"schémas OParl absents ({OPARL})")
    schemas = {p.stem: json.loads(p.read_text("utf-8")) for p in OPARL.glob("*.json")}
    registry = Registry().with_resources(
        (name, Resource(contents=s, specification=DRAFT4)) for s in schemas.values()
        for name in (s.get("id") or "", f"{s.get('title', '')}.json") if name)
    registry = registry.with_resources(
        (f"{stem}.json", Resource(contents=s, specification=DRAFT4)) for stem, s in schemas.items())
    return {stem: jsonschema.Draft4Validator(s, registry=registry) for stem, s in schemas.items()}


def _get(client: Client, url: str) -> dict[str, Any]:
    response = client.get(url)
    assert response.status_code == 200, (url, response.content[:300])
    assert response["Content-Type"].startswith("application/json")
    return json.loads(response.content)


def _check(obj: dict[str, Any], validators: dict[str, jsonschema.Draft4Validator], seen: Counter) -> None:
    kind = obj["type"].removeprefix(NS)
    errors = list(validators[kind].iter_errors(obj))
    assert not errors, (kind, obj["id"], errors[0].message)
    seen[kind] += 1
    for value in obj.values():  # embedded objects are objects of their own type
        for inner in value if isinstance(value, list) else [value]:
            if isinstance(inner, dict) and str(inner.get("type", "")).startswith(NS):
                _check(inner, validators, seen)


def test_every_object_of_the_seeds_validates_against_the_oparl_schemas(seeded, validators):
    client = Client()
    seen: Counter = Counter()
    system = _get(client, "/oparl/")
    assert system["oparlVersion"] == NS
    _check(system, validators, seen)
    bodies = _get(client, system["body"])
    assert bodies["pagination"]["totalElements"] == 1
    for body in bodies["data"]:
        _check(body, validators, seen)
        assert _get(client, body["id"]) == body
        for key in ("organization", "person", "meeting", "paper", "agendaItem", "consultation", "file",
                    "locationList", "legislativeTermList", "membership"):
            listing = _get(client, body[key])
            assert set(listing) >= {"data", "pagination", "links"}
            for obj in listing["data"]:
                _check(obj, validators, seen)
                assert _get(client, obj["id"]) == obj, obj["id"]
    # every type of the specification the register has is served
    assert set(seen) >= {"System", "Body", "LegislativeTerm", "Organization", "Person", "Membership",
                         "Meeting", "AgendaItem", "Paper", "Consultation", "File", "Location"}


def test_agenda_items_carry_the_computed_vote(seeded):
    client = Client()
    item = m.Item.objects.get(session__assembly__slug="conseil-de-communaute", number="13")
    obj = _get(client, f"/oparl/agenda-item/{item.pk}")
    assert "pour 102" in obj["result"] and obj["order"] == 13
    paper = _get(client, obj["consultation"].replace("consultation", "paper"))
    assert paper["reference"] == "2024/2024.00097" and paper["mainFile"]["mimeType"] == "application/pdf"
    meeting = _get(client, obj["meeting"])
    assert meeting["start"].startswith("2024-04-11T18:00:00+02:00")  # Paris summer time


def test_lists_are_paged_with_links_and_filtered_by_dates(seeded):
    client = Client()
    slug = "grand-besancon-metropole"
    people = _get(client, f"/oparl/body/{slug}/people")
    total = people["pagination"]["totalElements"]
    assert total > 100 and len(people["data"]) == 100 and people["pagination"]["totalPages"] == 2
    assert "next" in people["links"] and "prev" not in people["links"]
    second = _get(client, people["links"]["next"])
    assert len(second["data"]) == total - 100 and "prev" in second["links"]
    assert _get(client, f"/oparl/body/{slug}/people?created_since=2999-01-01T00:00:00Z")["data"] == []
    assert len(_get(client, f"/oparl/body/{slug}/people?created_until=2999-01-01")["data"]) == 100


def test_deleted_objects_are_listed_as_deleted_when_asked_what_changed(seeded):
    from django.utils import timezone

    client = Client()
    person = m.Person.objects.order_by("pk").first()
    m.Person.all_objects.filter(pk=person.pk).update(deleted_at=timezone.now(), updated_at=timezone.now())
    url = "/oparl/body/grand-besancon-metropole/people"
    assert person.pk not in [int(p["id"].rsplit("/", 1)[1]) for p in _get(client, url)["data"]]
    since = _get(client, url + "?modified_since=2000-01-01T00:00:00Z")
    gone = next(p for p in since["data"] if p["id"].endswith(f"/person/{person.pk}"))
    assert gone["deleted"] is True


@pytest.mark.parametrize("query", ["page=0", "page=abc", "page=99999999999999999999",
                                   "created_since=hier", "modified_until=2024-13-45"])
def test_bad_parameters_answer_a_french_problem(seeded, query):
    response = Client().get(f"/oparl/body/grand-besancon-metropole/meetings?{query}")
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/problem+json")
    body = json.loads(response.content)
    assert body["status"] == 400 and "paramètre" in body["detail"]


def test_unknown_objects_answer_404_as_json(seeded):
    for url in ("/oparl/person/999999", "/oparl/body/inconnue", "/oparl/paper/999999"):
        response = Client().get(url)
        assert response.status_code == 404 and json.loads(response.content)["status"] == 404


def test_files_carry_etag_and_last_modified(seeded):
    client = Client()
    item = m.Item.objects.get(session__assembly__slug="conseil-de-communaute", number="13")
    url = _get(client, f"/oparl/file/{item.pk}")["downloadUrl"].removeprefix("http://testserver")
    first = client.get(url)
    assert first.status_code == 200 and first["Content-Type"] == "application/pdf"
    etag, modified = first["ETag"], first["Last-Modified"]
    assert etag.startswith('"') and modified.endswith("GMT")
    assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=modified).status_code == 304
    assert client.get(url, HTTP_IF_NONE_MATCH='"autre"').status_code == 200
