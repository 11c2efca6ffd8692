"""Attendance item by item, confirmation of a change that moves a recorded vote, stale forms,
and « conforme » only when the record equals the computation (issue 11, parts 2–4)."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from registre.core import check_session
from registre.web import models as m
from registre.web import services
from registre.web.convert import session_to_core
from registre.web.services.presence import moved_positions, present_positions, runs

pytestmark = pytest.mark.django_db


def _report(session: m.Session):  # type: ignore[no-untyped-def]
    return check_session(session_to_core(session))


def _present_at(session: m.Session, person: str) -> list[str]:
    return [r.item.number for r in _report(session).items if person in r.present]


def _present_throughout(session: m.Session) -> str:
    report = _report(session)
    everywhere = set.intersection(*(set(r.present) for r in report.items))
    holders = {h for r in report.items for h in r.represented.values()}
    return sorted(everywhere - holders)[0]


def test_departure_then_arrival_leaves_one_item_out(conseil, clerk):
    person = _present_throughout(conseil)
    numbers = [r.item.number for r in _report(conseil).items]
    i20, i21 = numbers.index("20"), numbers.index("21")
    services.record_movement(clerk.user, conseil, person, "20", arrival=False, confirm=True)
    services.record_movement(clerk.user, conseil, person, "21", arrival=True, confirm=True)
    # The arrival adds to the departure instead of replacing it: absent at 20 only.
    assert _present_at(conseil, person) == numbers[:i20] + numbers[i21:]


def test_absent_for_one_item_only_and_present_again(conseil, clerk):
    person = _present_throughout(conseil)
    numbers = [r.item.number for r in _report(conseil).items]
    services.change_presence(clerk.user, conseil, person, "absent", "7", confirm=True)
    assert _present_at(conseil, person) == [n for n in numbers if n != "7"]
    services.change_presence(clerk.user, conseil, person, "absent", "10", "12", confirm=True)
    assert _present_at(conseil, person) == [n for n in numbers if n not in {"7", "10", "11", "12"}]
    services.change_presence(clerk.user, conseil, person, "present", "7", confirm=True)
    assert _present_at(conseil, person) == [n for n in numbers if n not in {"10", "11", "12"}]
    with pytest.raises(services.Refused, match="déjà présent"):
        services.change_presence(clerk.user, conseil, person, "present", "7", confirm=True)


def test_presence_arithmetic_adds_movements_up():
    # positions 0..9; a departure before 3 then an arrival at 6; then a departure before 8
    state = set(range(10))
    state = moved_positions(state, "depart", 3, None, 9)
    assert state == {0, 1, 2}
    state = moved_positions(state, "arrivee", 6, None, 9)
    assert state == {0, 1, 2, 6, 7, 8, 9}
    state = moved_positions(state, "depart", 8, None, 9)
    assert state == {0, 1, 2, 6, 7}
    state = moved_positions(state, "arrivee", 4, None, 9)  # fills the absence 3..5 from 4 on
    assert state == {0, 1, 2, 4, 5, 6, 7}
    numbers = [str(n + 1) for n in range(10)]
    assert [s.label() for s in runs(state, numbers)] == [
        "à compter de la question n°1, jusqu'à la question n°3 incluse",
        "à compter de la question n°5, jusqu'à la question n°8 incluse"]
    assert runs(set(range(10)), numbers)[0].whole_session


def test_stored_runs_read_back_as_the_same_presence(conseil, clerk):
    person = _present_throughout(conseil)
    services.change_presence(clerk.user, conseil, person, "absent", "3", "5", confirm=True)
    core = session_to_core(conseil)
    before = present_positions(core, person)
    assert len(before) == len(core.items) - 3
    assert m.Attendance.objects.filter(session=conseil, person__key=person).count() == 2


def test_change_moving_a_recorded_vote_needs_confirmation_then_flags_it(conseil, clerk):
    person = _present_throughout(conseil)
    before = _report(conseil).item("13")
    assert before.tally is not None
    rows = m.Attendance.all_objects.count()
    with pytest.raises(services.NeedsConfirmation) as refused:
        services.change_presence(clerk.user, conseil, person, "absent", "13")
    assert [(v.number, v.before, v.after) for v in refused.value.moved] == [
        ("13", before.tally.available, before.tally.available - 1)]
    assert m.Attendance.all_objects.count() == rows  # nothing saved
    # A confirmation of another change does not confirm this one.
    with pytest.raises(services.NeedsConfirmation):
        services.change_presence(clerk.user, conseil, person, "absent", "13", confirm="0" * 32)
    services.change_presence(clerk.user, conseil, person, "absent", "13", confirm=refused.value.token)
    vote = m.Vote.objects.get(item__session=conseil, item__number="13")
    assert "passés de" in vote.review_note and f"{before.tally.available - 1}" in vote.review_note
    public = Client().get(conseil.items.get(number="13").get_absolute_url()).content.decode()
    assert "Vote à vérifier" in public
    services.confirm_vote(clerk.user, conseil.items.get(number="13"))
    assert m.Vote.objects.get(pk=vote.pk).review_note == ""


def test_stale_deliberation_form_is_refused_with_who_and_when_and_keeps_the_text(conseil, clerk):
    url = f"/greffe/seance/{conseil.pk}/deliberation/"
    page = clerk.get(f"/greffe/seance/{conseil.pk}/").content.decode()
    version = re.search(r'name="deliberation-version" value="(\d+)"', page).group(1)
    first = {"deliberation-item": "13", "deliberation-title": "Texte de la première greffière",
             "deliberation-version": version}
    assert clerk.post(url, first).status_code == 302
    second = {**first, "deliberation-title": "Texte tapé par le second greffier, à ne pas perdre"}
    resp = clerk.post(url, second)
    text = resp.content.decode()
    assert resp.status_code == 409
    assert re.search(r"Question n°13 modifié entre-temps par greffier-gbm à \d\d:\d\d:\d\d", text)
    assert "Texte tapé par le second greffier, à ne pas perdre" in text  # what was typed stays
    assert conseil.items.get(number="13").title == "Texte de la première greffière"
    # Another item's form read at the same revision is not stale: it touches something else.
    other = {"deliberation-item": "14", "deliberation-title": "Autre objet", "deliberation-version": version}
    assert clerk.post(url, other).status_code == 302
    # Sent again, now carrying the revision the clerk has seen, it goes through.
    fresh = re.search(r'name="deliberation-version" value="(\d+)"', text).group(1)
    assert int(fresh) > int(version)
    assert clerk.post(url, {**second, "deliberation-version": fresh}).status_code == 302
    assert conseil.items.get(number="13").title.startswith("Texte tapé par le second")


def test_short_count_is_not_conforme_on_the_public_page(conseil, clerk):
    item = conseil.items.get(number="5")
    services.record_vote(clerk.user, item, unanimous=False, counts=(50, 1, 0))
    result = _report(conseil).item("5")
    available = result.tally.available
    assert available > 51
    assert result.tally.agrees is False and "REC-SUM" in [f.rule for f in result.findings]
    page = Client().get(item.get_absolute_url()).content.decode()
    assert "Conforme au décompte enregistré" not in page
    assert "diffère du calcul" in page and "REC-SUM" in page
    assert f"laisse {available - 51} des {available} votes disponibles" in page
    # Counts that cover every vote available are conforme.
    services.record_vote(clerk.user, item, unanimous=False, counts=(available - 1, 1, 0))
    page = Client().get(item.get_absolute_url()).content.decode()
    assert "Conforme au décompte enregistré" in page and "REC-SUM" not in page
