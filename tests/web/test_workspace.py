"""The clerks' workspace: permissions, refusals with their reason, quorum and tally recomputed."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from registre.core import check_session
from registre.web import models as m
from registre.web.convert import session_to_core

pytestmark = pytest.mark.django_db


def _url(session: m.Session, action: str = "") -> str:
    return f"/greffe/seance/{session.pk}/" + (f"{action}/" if action else "")


def _report(session: m.Session):  # type: ignore[no-untyped-def]
    return check_session(session_to_core(session))


def _snapshot() -> tuple[int, ...]:
    return tuple(model.all_objects.count() for model in (  # type: ignore[attr-defined]
        m.Attendance, m.Proxy, m.Interest, m.Vote, m.Mandate, m.Person))


def _confirming(client: Client, url: str, data: dict, prefix: str):  # type: ignore[no-untyped-def]
    """Post; when the change moves recorded votes (409), confirm it as the clerk would."""
    resp = client.post(url, data)
    if resp.status_code != 409:
        return resp
    found = re.search(rf'name="{prefix}-confirm" value="([0-9a-f]+)"', resp.content.decode())
    assert found, "a 409 without a confirmation to give"
    return client.post(url, {**data, f"{prefix}-confirm": found.group(1)})


def _absent_without_proxy(session: m.Session) -> str:
    r = _report(session).item("13")
    return next(p for p in r.absent)


def test_anonymous_cannot_see_or_change_anything(conseil):
    anon = Client()
    before = _snapshot()
    assert anon.get(_url(conseil)).status_code == 302
    person = _absent_without_proxy(conseil)
    resp = anon.post(_url(conseil, "presence"), {"presence-person": person, "presence-present": "1"})
    assert resp.status_code == 302 and "/greffe/connexion/" in resp["Location"]
    assert _snapshot() == before
    assert anon.get("/admin/registre_web/person/").status_code == 302


def test_clerk_of_another_authority_cannot_touch(conseil, foreign_clerk):
    before = _snapshot()
    assert foreign_clerk.get(_url(conseil)).status_code == 403
    person = _absent_without_proxy(conseil)
    resp = foreign_clerk.post(_url(conseil, "presence"), {"presence-person": person, "presence-present": "1"})
    assert resp.status_code == 403
    assert _snapshot() == before


def test_late_arrival_changes_quorum_and_tally(conseil, clerk):
    person = _absent_without_proxy(conseil)
    r13 = _report(conseil).item("13")
    r12 = _report(conseil).item("12")
    data = {"mouvement-person": person, "mouvement-kind": "arrivee", "mouvement-item": "13"}
    before = _snapshot()
    resp = clerk.post(_url(conseil, "mouvement"), data)
    # Votes already recorded from question 13 on: shown before saving, nothing saved yet.
    assert resp.status_code == 409 and _snapshot() == before
    page = resp.content.decode()
    assert (f"question n°13 : {r13.tally.available} → {r13.tally.available + 1} votes disponibles" in page)
    token = re.search(r'name="mouvement-confirm" value="([0-9a-f]+)"', page).group(1)
    resp = clerk.post(_url(conseil, "mouvement"), {**data, "mouvement-confirm": token})
    assert resp.status_code == 302
    flagged = set(m.Vote.objects.filter(item__session=conseil).exclude(review_note="")
                  .values_list("item__number", flat=True))
    assert "13" in flagged and "12" not in flagged
    after13, after12 = _report(conseil).item("13"), _report(conseil).item("12")
    assert after13.quorum.counted == r13.quorum.counted + 1  # Q-01: one more present
    assert after12.quorum.counted == r12.quorum.counted      # not before their arrival
    assert after13.tally.available == r13.tally.available + 1  # one more vote available
    page = clerk.get(_url(conseil)).content.decode()
    assert f"{after13.quorum.counted}/{after13.quorum.required}" in page


def test_second_proxy_for_one_holder_is_refused_with_its_reason(conseil, clerk):
    r13 = _report(conseil).item("13")
    holder = next(iter(r13.represented.values()))
    giver = _absent_without_proxy(conseil)
    before = _snapshot()
    resp = clerk.post(_url(conseil, "pouvoir"), {"pouvoir-giver": giver, "pouvoir-holder": holder})
    assert resp.status_code == 400
    text = resp.content.decode()
    assert "P-02" in text and "L2121-20" in text and 'id="id_pouvoir-holder-error"' in text
    assert _snapshot() == before


def test_proxy_from_a_present_member_is_refused(conseil, clerk):
    r13 = _report(conseil).item("13")
    holders = set(r13.represented.values())
    giver, holder = [p for p in r13.present if p not in holders][:2]
    before = _snapshot()
    resp = clerk.post(_url(conseil, "pouvoir"), {"pouvoir-giver": giver, "pouvoir-holder": holder})
    assert resp.status_code == 400 and "P-03" in resp.content.decode()
    assert _snapshot() == before


def test_bad_input_is_answered_in_french_next_to_the_field(conseil, clerk):
    before = _snapshot()
    resp = clerk.post(_url(conseil, "vote"), {"vote-item": "13", "vote-for_count": "-3",
                                              "vote-against_count": "", "vote-abstention_count": "x"})
    text = resp.content.decode()
    assert resp.status_code == 400
    assert "supérieure ou égale à 0" in text and "Saisissez un nombre entier" in text
    resp = clerk.post(_url(conseil, "presence"), {"presence-person": "inconnu", "presence-present": "1"})
    assert resp.status_code == 400 and "Sélectionnez un choix valide" in resp.content.decode()
    assert _snapshot() == before


def test_vote_counts_recorded_and_disagreement_flagged(conseil, clerk):
    resp = clerk.post(_url(conseil, "vote"), {"vote-item": "5", "vote-for_count": "120",
                                              "vote-against_count": "3", "vote-abstention_count": "2"})
    assert resp.status_code == 302
    r5 = _report(conseil).item("5")
    assert r5.tally is not None and r5.tally.recorded.for_ == 120
    assert r5.tally.agrees is False  # 125 votes recorded, fewer present and represented
    assert "⚠ enregistré 120/3/2" in clerk.get(_url(conseil)).content.decode()


def test_substitute_and_interests_and_history(conseil, clerk):
    titular = _absent_without_proxy(conseil)
    resp = _confirming(clerk, _url(conseil, "suppleant"), {
        "suppleant-titular": titular, "suppleant-civility": "Mme", "suppleant-first_name": "Jeanne",
        "suppleant-last_name": "Essai"}, "suppleant")
    assert resp.status_code == 302
    assert conseil.mandates.filter(role="suppleant", substitute_for__key=titular).exists()
    present = _report(conseil).item("13").present
    resp = _confirming(clerk, _url(conseil, "interets"), {"interets-item": "13",
                                                          "interets-interested": [present[0]]}, "interets")
    assert resp.status_code == 302
    assert [i.person for i in _report(conseil).item("13").interested] == [present[0]]
    # C-03 history: the interests replaced are hidden, not deleted
    assert m.Interest.all_objects.filter(item__number="13").count() == 3 + 1
    # Who replaced them, kept by the history of every write (django-simple-history).
    assert m.Interest.history.filter(item__number="13", history_user=clerk.user).exists()


def test_roll_call_counts_and_refuses_an_absent_voter(conseil, clerk):
    r13 = _report(conseil).item("13")
    interested = {i.person for i in r13.interested}
    voters = [p for p in r13.present if p not in interested]
    resp = clerk.post(_url(conseil, "nominatif"), {"nominatif-item": "13",
                                                   "nominatif-against_members": voters[:2],
                                                   "nominatif-abstention_members": voters[2:3]})
    assert resp.status_code == 302
    tally = _report(conseil).item("13").tally
    assert (tally.counts.against, tally.counts.abstention) == (2, 1)
    assert tally.counts.for_ == r13.tally.available - 3  # V-01: every other vote cast is for
    before = _snapshot()
    absent = next(p for p in r13.absent)
    resp = clerk.post(_url(conseil, "nominatif"),
                      {"nominatif-item": "13", "nominatif-against_members": [absent]})
    assert resp.status_code == 400 and "ne peut pas voter" in resp.content.decode()
    assert _snapshot() == before


def test_admin_is_scoped_to_the_clerks_authority(conseil, other_authority):
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_user("admin-greffe", password="x-long-password-1",
                                                is_staff=True)
    m.Clerk.objects.create(user=user, authority=other_authority)
    c = Client()
    c.force_login(user)
    listing = c.get("/admin/registre_web/person/")
    assert listing.status_code == 200 and "COUDRY" not in listing.content.decode()
    coudry = m.Person.objects.get(key="coudry-sebastien")
    assert c.get(f"/admin/registre_web/person/{coudry.pk}/change/").status_code in (302, 404)
    deleted = c.post(f"/admin/registre_web/person/{coudry.pk}/delete/", {"post": "yes"})
    assert deleted.status_code in (302, 404)
    assert m.Person.objects.filter(pk=coudry.pk).exists()
    # Their own authority's members they may add, through the service (audited).
    resp = c.post("/admin/registre_web/person/add/", {"authority": other_authority.pk, "key": "durand-marie",
                                                      "first_name": "Marie", "last_name": "DURAND",
                                                      "civility": "Mme"})
    assert resp.status_code == 302
    assert m.Person.history.filter(key="durand-marie", history_type="+", history_user=user).exists()


def test_clerk_creates_a_session_with_the_assemblys_seats(conseil, clerk, foreign_clerk):
    data = {"seance-assembly": conseil.assembly_id, "seance-date": "2024-05-16", "seance-items": "5",
            "seance-place": "Salle du conseil"}
    resp = clerk.post("/greffe/", data)
    assert resp.status_code == 302
    new = m.Session.objects.get(assembly=conseil.assembly, date="2024-05-16")
    titulars = conseil.mandates.filter(role="titulaire").count()
    assert new.mandates.count() == titulars and new.items.count() == 5
    report = _report(new)
    assert not report.item("1").quorum.reached  # Q-01: nobody marked present yet
    resp = clerk.post("/greffe/", data)
    assert resp.status_code == 400 and "existe déjà à cette date" in resp.content.decode()
    before = m.Session.all_objects.count()
    resp = foreign_clerk.post("/greffe/", {**data, "seance-date": "2024-06-20"})
    assert resp.status_code == 400 and "Sélectionnez un choix valide" in resp.content.decode()
    assert m.Session.all_objects.count() == before


def test_clerk_writes_a_deliberation_found_by_search_and_filters(conseil, clerk):
    from decimal import Decimal

    from registre.web.search import Filters, search

    resp = clerk.post(_url(conseil, "deliberation"), {
        "deliberation-item": "20", "deliberation-title": "Subventions aux crèches associatives",
        "deliberation-deliberation": "2024/2024.00120", "deliberation-matiere": "7.5",
        "deliberation-amount": "12500", "deliberation-beneficiary": "Crèche Les Lutins",
        "deliberation-summary": "", "deliberation-decisions": "attribue 12 500 €\nautorise la Présidente"})
    assert resp.status_code == 302
    page = search(Filters(query="creche", beneficiary="Lutins", amount_min=Decimal(10000), matiere="7"))
    assert [it.number for it in page.items] == ["20"]
    other = {"deliberation-item": "21", "deliberation-title": "Autre",
             "deliberation-deliberation": "2024/2024.00120"}
    resp = clerk.post(_url(conseil, "deliberation"), {**other, "deliberation-amount": "-5"})
    assert resp.status_code == 400 and "supérieure ou égale à 0" in resp.content.decode()
    resp = clerk.post(_url(conseil, "deliberation"), other)
    assert resp.status_code == 400 and "déjà celui d&#x27;une autre question" in resp.content.decode()
    assert conseil.items.get(number="21").title == ""  # nothing half-saved
