"""Elections and designations (V-04, V-05): L2122-7, L2122-7-2, L2121-21, L5211-2."""

from __future__ import annotations

from pathlib import Path

import pytest

from registre.cli.main import main
from registre.core import check_session
from registre.rendering import render
from registre.sessionfile import load_session

from .hard import check, document, errors, rules_of

ROOT = Path(__file__).resolve().parents[2]
MAYOR = ROOT / "fixtures" / "sessions" / "election-maire-2026-03-27.yaml"
LIST = ROOT / "fixtures" / "sessions" / "designation-liste-2026-04-09.yaml"

A, B, C = "Mme Anne ALPHA", "M. Bruno BETA", "M. Carl GAMMA"
CANDIDATES = [{"name": A, "born": "1960-01-01", "civility": "Mme"},
              {"name": B, "born": "1970-01-01", "civility": "M."},
              {"name": C, "born": "1980-01-01", "civility": "M."}]


def election(rounds, **kw):
    e = {"office": "maire", "candidates": CANDIDATES, "rounds": rounds, **kw}
    return check(document(items=[{"number": 1, "kind": "election", "election": e}]))


def rnd(ballots, blank, spoilt, **votes):
    names = {"a": A, "b": B, "c": C}
    return {"ballots": ballots, "blank": blank, "spoilt": spoilt,
            "votes": {names[k]: v for k, v in votes.items()}}


def test_V_05_absolute_majority_at_the_first_round_counts_only_votes_cast():
    # 10 ballots, 2 blank, 1 spoilt: 7 votes cast, absolute majority 4 (blank/spoilt excluded).
    r = election([rnd(10, 2, 1, a=4, b=3)], elected=A)
    e = r.items[0].election
    assert e.rounds[0].round.cast == 7 and e.rounds[0].majority == 4
    assert e.elected == A and r.ok


def test_V_05_no_absolute_majority_goes_to_another_round():
    r = election([rnd(10, 0, 0, a=5, b=5)])
    assert r.items[0].election.elected is None
    assert "V-05" in rules_of(r)  # a further round is due


def test_V_05_third_round_relative_majority():
    r = election([rnd(10, 0, 0, a=4, b=3, c=3), rnd(10, 0, 0, a=4, b=4, c=2),
                  rnd(10, 1, 0, a=4, b=3, c=2)], elected=A)
    assert r.items[0].election.elected == A and r.ok


def test_V_05_tie_at_the_third_round_elects_the_eldest():
    r = election([rnd(10, 0, 0, a=4, b=4, c=2), rnd(10, 0, 0, a=4, b=4, c=2),
                  rnd(10, 0, 0, a=5, b=5)], elected=B)
    e = r.items[0].election
    assert e.elected == A and e.by_age
    assert "V-05" in errors(r)  # B recorded, A (born 1960) is the eldest


def test_V_05_votes_must_add_up_to_votes_cast():
    r = election([rnd(10, 1, 1, a=5, b=4)])
    assert "V-05" in errors(r)


def test_V_05_more_ballots_than_members_who_can_vote():
    r = election([rnd(11, 0, 0, a=6, b=5)])
    assert "V-05" in errors(r)


def test_V_05_round_after_an_election_is_an_error():
    r = election([rnd(10, 0, 0, a=6, b=4), rnd(10, 0, 0, a=4, b=6)])
    assert "V-05" in errors(r) and r.items[0].election.elected == A


def test_V_04_mayor_by_show_of_hands_is_an_error_even_unanimously():
    r = election([rnd(10, 0, 0, a=6, b=4)], secret=False, open_vote_unanimous=True)
    assert "V-04" in errors(r)


def test_V_04_designation_by_show_of_hands_needs_a_unanimous_decision():
    e = {"office": "representants", "candidates": CANDIDATES[:2], "secret": False,
         "rounds": [rnd(10, 0, 0, a=6, b=4)]}
    bad = check(document(items=[{"number": 1, "kind": "designation", "election": e}]))
    ok = check(document(items=[{"number": 1, "kind": "designation",
                                "election": {**e, "open_vote_unanimous": True}}]))
    assert "V-04" in errors(bad) and ok.ok


def test_V_05_single_candidacy_for_a_designation_is_appointed_without_a_vote():
    e = {"office": "representants", "candidates": CANDIDATES[:1]}
    r = check(document(items=[{"number": 1, "kind": "designation", "election": e}]))
    res = r.items[0].election
    assert res.without_vote and res.elected == A and r.ok


def test_V_05_list_of_deputies_must_respect_parity():
    lst = {"name": "Liste", "members": [{"name": "M. Un UN", "civility": "M."},
                                         {"name": "M. Deux DEUX", "civility": "M."},
                                         {"name": "M. Trois TROIS", "civility": "M."},
                                         {"name": "Mme Quatre QUATRE", "civility": "Mme"}]}
    e = {"office": "adjoints", "method": "liste", "seats": 4, "candidates": [lst],
         "rounds": [{"ballots": 10, "votes": {"Liste": 10}}]}
    r = check(document(kind="commune", population=1500, items=[{"number": 1, "kind": "election",
                                                                "election": e}]))
    assert "V-05" in errors(r) and any("L2122-7-2" in f.message for f in r.all_findings())


@pytest.mark.parametrize("path", [MAYOR, LIST])
def test_election_fixtures_check_clean(path):
    assert main(["check", str(path)]) == 0
    report = check_session(load_session(path))
    assert report.ok and report.items[0].election is not None


def test_mayor_fixture_three_rounds_elects_the_eldest_on_a_tie():
    e = check_session(load_session(MAYOR)).items[0].election
    assert len(e.rounds) == 3 and e.by_age
    assert [r.majority for r in e.rounds] == [8, 7, None]
    assert e.elected == e.election.recorded_elected


def test_list_fixture_elects_the_list_at_the_second_round():
    e = check_session(load_session(LIST)).items[0].election
    assert [r.elected for r in e.rounds] == [None, "Loue vivante"]


@pytest.mark.parametrize("path", [MAYOR, LIST])
def test_election_renders_in_the_extract_and_minutes_round_by_round(path):
    report = check_session(load_session(path))
    extract = render(report, "extract", "txt", "1").decode("utf-8")
    e = report.items[0].election
    assert "Premier tour de scrutin" in extract and "Deuxième tour de scrutin" in extract
    for r in e.rounds:
        assert f"Nombre de suffrages exprimés : {r.round.cast}" in extract
    assert "proclamé" in extract
    assert "Premier tour de scrutin" in render(report, "minutes", "txt").decode("utf-8")
