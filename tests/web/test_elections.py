"""Elections stored and shown (V-05): the portal's item and session pages, the workspace."""

from __future__ import annotations

import pytest
from django.test import Client

from registre.core import check_session
from registre.sessionfile import load_session
from registre.web import models as m
from registre.web.convert import session_to_core

from .conftest import SEEDS

pytestmark = pytest.mark.django_db

MAYOR = next(p for p in SEEDS if p.name.startswith("election-maire"))
SESSION = "/collectivites/commune-de-villers-sous-chalamont/conseil-municipal/2026-03-27/"


def test_election_is_stored_and_computes_as_its_source(seeded):
    stored = m.Session.objects.get(assembly__authority__slug="commune-de-villers-sous-chalamont")
    item = stored.items.get(number="1")
    assert item.kind == "election" and item.election["office"] == "maire"
    ours, source = check_session(session_to_core(stored)), check_session(load_session(MAYOR))
    assert ours.items[0].election.as_dict() == source.items[0].election.as_dict()


def test_portal_prints_the_rounds_and_the_elected(seeded):
    c = Client()
    page = c.get(SESSION + "questions/1/").content.decode()
    assert "Tour n°3" in page and "majorité relative" in page and "au bénéfice de l'âge" in page
    assert "Élu(e) : <strong>M. Gérard FAIVRE</strong>" in page
    assert "élu(e) : M. Gérard FAIVRE" in c.get(SESSION).content.decode()
