"""Elections stored and shown (V-05): the portal's item and session pages, the workspace."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.test import Client

from registre.core import check_session
from registre.sessionfile import load_session
from registre.web import models as m
from registre.web.convert import session_to_core
from registre.web.sources import import_file

pytestmark = pytest.mark.django_db

ELECTIONS = Path(__file__).resolve().parents[2] / "fixtures" / "elections"
MAYOR = ELECTIONS / "election-maire-2026-03-27.yaml"
SESSION = "/collectivites/commune-de-villers-sous-chalamont/conseil-municipal/2026-03-27/"


@pytest.fixture
def elections(db):  # type: ignore[no-untyped-def]
    for path in sorted(ELECTIONS.glob("*.yaml")):
        ok, message = import_file(path)
        assert ok, message


def test_election_is_stored_and_computes_as_its_source(elections):
    stored = m.Session.objects.get(assembly__authority__slug="commune-de-villers-sous-chalamont")
    item = stored.items.get(number="1")
    assert item.kind == "election" and item.election["office"] == "maire"
    ours, source = check_session(session_to_core(stored)), check_session(load_session(MAYOR))
    assert ours.items[0].election.as_dict() == source.items[0].election.as_dict()


def test_portal_prints_the_rounds_and_the_elected(elections):
    c = Client()
    page = c.get(SESSION + "questions/1/").content.decode()
    assert "Tour n°3" in page and "majorité relative" in page and "au bénéfice de l'âge" in page
    assert "Élu(e) : <strong>M. Gérard FAIVRE</strong>" in page
    assert "élu(e) : M. Gérard FAIVRE" in c.get(SESSION).content.decode()
