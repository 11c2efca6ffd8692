"""The clerk's session page during the sitting, without a browser: the grid changes one
member at one item through the same service and guards, findings are explained and
linked to /regles/, proxies show their span, the confirmation is next to its form."""

from __future__ import annotations

import re

from django.test import Client

from registre.core import check_session
from registre.core.explain import RULE_TEXTS
from registre.web import models as m
from registre.web.convert import session_to_core


def _url(s: m.Session, action: str = "") -> str:
    return f"/greffe/seance/{s.pk}/" + (f"{action}/" if action else "")


def _report(s: m.Session):  # type: ignore[no-untyped-def]
    return check_session(session_to_core(s))


def test_a_grid_cell_changes_that_member_at_that_item_only(conseil, clerk):  # type: ignore[no-untyped-def]
    before = _report(conseil)
    person = before.item("20").absent[0]
    r = clerk.post(_url(conseil, "grille"), {"c": f"{person}|20", "version": conseil.revision})
    assert r.status_code == 302 and r["Location"].endswith("/#grille")
    after = _report(conseil)
    assert person in after.item("20").present
    assert [after.item(n).present_count - before.item(n).present_count for n in ("19", "20", "21")] \
        == [0, 1, 0]
    page = clerk.get(_url(conseil)).content.decode()
    name = session_to_core(conseil).name_of(person)
    grid = page.split('id="grille"')[1]
    assert f"✓ {name} : présent(e) à la question n°20." in grid  # next to the grid, once
    assert "✓" not in clerk.get(_url(conseil)).content.decode().split('id="grille"')[1]
    row20 = re.search(r'<tr data-item="20"[^>]*>', page)
    assert row20 and "changed" in row20.group(0)
    cell = re.search(rf'<tr data-person="{person}".*?</tr>', grid, flags=re.S)
    assert cell and f'value="{person}|20" class="P">P<' in cell.group(0)


def test_a_grid_cell_moving_a_recorded_vote_asks_for_confirmation(conseil, clerk):  # type: ignore[no-untyped-def]
    person = _report(conseil).item("13").absent[0]
    r = clerk.post(_url(conseil, "grille"), {"c": f"{person}|13"})
    assert r.status_code == 409
    page = r.content.decode()
    token = re.search(r'name="confirm" value="([^"]+)"', page)
    assert token and 'data-item="13"' in page.split('id="grille"')[1]
    assert person not in _report(conseil).item("13").present  # nothing saved yet
    r = clerk.post(_url(conseil, "grille"), {"c": f"{person}|13", "confirm": token.group(1)})
    assert r.status_code == 302 and person in _report(conseil).item("13").present


def test_a_bad_grid_cell_is_refused_in_french(conseil, clerk):  # type: ignore[no-untyped-def]
    r = clerk.post(_url(conseil, "grille"), {"c": "personne|999"})
    assert r.status_code == 400
    assert "Case de la grille inconnue" in r.content.decode()
    r = clerk.post(_url(conseil, "grille"), {"c": "inconnu|20"})
    assert r.status_code == 400 and "Traceback" not in r.content.decode()


def test_grid_is_for_the_authoritys_clerks_only(conseil, foreign_clerk):  # type: ignore[no-untyped-def]
    person = _report(conseil).item("20").absent[0]
    r = foreign_clerk.post(_url(conseil, "grille"), {"c": f"{person}|20"})
    assert r.status_code == 403
    assert Client().post(_url(conseil, "grille"), {"c": f"{person}|20"}).status_code == 302


def test_findings_are_explained_and_linked_and_proxies_show_their_span(conseil, clerk):  # type: ignore[no-untyped-def]
    report = _report(conseil)
    page = clerk.get(_url(conseil)).content.decode()
    rules = {f.rule for f in report.all_findings()}
    assert rules  # the seed has warnings (P-01)
    for rule in rules:
        text = RULE_TEXTS[rule]
        assert f'<strong>{rule}</strong> — {text.text}' in page.replace("&#x27;", "'")
        assert f'href="/regles/#{rule.lower()}"' in page
    spans = re.findall(r'<li data-giver="([^"]+)">.*?<span class="span">\(([^)]*)\)</span>', page)
    assert len(spans) == len(session_to_core(conseil).proxies)
    assert ("toute la séance" in {s for _, s in spans}
            and any(s.startswith("à compter de la question n°") or s.startswith("jusqu'à") for _, s in spans))


def test_forms_stay_on_the_question_just_used(conseil, clerk):  # type: ignore[no-untyped-def]
    r = clerk.post(_url(conseil, "vote"), {"vote-item": "7", "vote-unanimous": "on",
                                           "vote-version": conseil.revision})
    assert r.status_code == 302
    page = clerk.get(_url(conseil)).content.decode()
    vote = page.split('id="vote"')[1].split("</form>")[0]
    assert "✓ Vote enregistré." in vote
    assert re.search(r'<option value="7" selected>', vote)


def test_rules_page_has_an_anchor_for_every_rule_a_finding_can_cite(db):  # type: ignore[no-untyped-def]
    page = Client().get("/regles/").content.decode()
    for rule in RULE_TEXTS.values():
        assert f'id="{rule.anchor}"' in page
