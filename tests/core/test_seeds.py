"""The two seed sessions reproduce the published tallies (domain.md, worked example)."""

from __future__ import annotations

from pathlib import Path

import pytest

from registre.core import check_session
from registre.core.vocabulary import Outcome
from registre.sessionfile import load_session

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "sessions"


@pytest.fixture(scope="module")
def conseil():
    return check_session(load_session(FIXTURES / "gbm-conseil-2024-04-11.yaml"))


@pytest.fixture(scope="module")
def bureau():
    return check_session(load_session(FIXTURES / "gbm-bureau-2023-10-26.yaml"))


def test_conseil_fixture_lists_every_member_in_office(conseil):
    assert len(conseil.session.members) == 123
    assert conseil.session.assembly.members_in_office == 123
    assert not [f for f in conseil.findings if f.rule == "Q-02"]


def test_conseil_report_13_reproduces_the_published_tally(conseil):
    r = conseil.item("13")
    assert r.present_count == 79
    assert r.proxies_count == 27
    assert r.interested_votes == 4
    assert {i.person: i.votes for i in r.interested} == {
        "baehr-frederique": 1, "coudry-sebastien": 2, "vuillemin-benoit": 1}
    assert r.quorum.required == 62 and r.quorum.reached
    t = r.tally
    assert (t.counts.for_, t.counts.against, t.counts.abstention, t.counts.not_voting) == (102, 0, 0, 0)
    assert t.available == 102
    assert t.outcome is Outcome.ADOPTED and t.agrees


def test_conseil_item_13_attendance_follows_spans(conseil):
    r = conseil.item("13")
    assert "haller-valerie" not in r.present           # until question 5
    assert r.represented["haller-valerie"] == "gaglilolo-lorine"  # from question 6
    assert "henry-pierre-charles" in r.present          # from question 6
    assert "henry-pierre-charles" not in r.represented  # proxy until 5
    assert "poulin-anthony" in r.present                # until 28
    assert "poulin-anthony" not in r.represented        # proxy from 29
    assert "felt-marcel" in r.present and "jouffroy-jean-marc" in r.present


def test_conseil_unusable_proxy_before_its_holder_arrives_is_reported(conseil):
    # GHEZALI's proxy is held by POUJET, who arrives at question 5.
    hits = [f for f in conseil.all_findings() if f.person == "poujet-yannick" and f.rule == "P-01"]
    assert sorted(f.item for f in hits) == ["1", "2", "3", "4"]


def test_conseil_substitute_sits_and_counts_present(conseil):
    m = conseil.session.member("bornand-patricia")
    assert m is not None and m.is_substitute
    assert "bornand-patricia" in conseil.item("13").present


def test_bureau_reproduces_the_published_tally(bureau):
    r = bureau.items[0]
    assert r.present_count == 18
    assert r.proxies_count == 6
    assert r.represented["zehaf-marie"] == "baehr-frederique"
    assert r.interested_votes == 2
    assert r.quorum.required == 17 and r.quorum.reached
    assert (r.tally.counts.for_, r.tally.counts.against, r.tally.counts.abstention) == (22, 0, 0)
    assert r.tally.agrees


def test_bureau_references_outside_order_of_passage_are_reported(bureau):
    refs = [f for f in bureau.findings if f.rule == "REF-ORDER"]
    assert {f.person for f in refs} == {"felt-marcel", "guyen-yves", "vuillemin-benoit", "zehaf-marie"}
    assert all(f.source and ".yaml:" in f.source for f in refs)


def test_bureau_warns_that_quorum_depends_on_interested_members_staying(bureau):
    q05 = [f for f in bureau.items[0].findings if f.rule == "Q-05"]
    assert len(q05) == 1 and "16 sans eux" in q05[0].message


def test_bureau_item_34_is_passed_between_4_and_5(bureau):
    assert [r.item.number for r in bureau.items][:6] == ["1", "2", "3", "4", "34", "5"]
    # Numeric fallback: arrivals at 13, 19 and 23 are before 34 numerically.
    assert bureau.item("34").present_count == 21


@pytest.mark.parametrize("name,numbers", [("gbm-conseil-2024-04-11.yaml", ["13", "3"]),
                                          ("gbm-bureau-2023-10-26.yaml", ["1"])])
def test_checking_only_some_items_gives_the_same_results_for_them(name, numbers):
    session = load_session(FIXTURES / name)
    whole = check_session(session)
    part = check_session(session, only=set(numbers))
    assert sorted(r.item.number for r in part.items) == sorted(numbers)
    # Session-wide findings (references guessed included) do not depend on the selection.
    assert part.findings == whole.findings
    for n in numbers:
        assert part.item(n).as_dict(session) == whole.item(n).as_dict(session)
