"""Proxies: P-01 to P-03, P-09."""

from __future__ import annotations

from registre.core import check_session
from registre.core.model import Mandate, Person
from registre.core.vocabulary import SeatRole, Severity

from .builders import ids, session, span, vote


def rules_of(result):
    return [f.rule for f in result.findings]


def test_one_proxy_per_holder():  # P-02, L2121-20
    s = session(10, 1, present=ids(1, 2, 3, 4, 5, 6), proxies=[("m7", "m1"), ("m8", "m1")])
    r = check_session(s).items[0]
    assert r.represented == {"m7": "m1"}
    p02 = [f for f in r.findings if f.rule == "P-02"]
    assert len(p02) == 1 and p02[0].severity is Severity.ERROR and p02[0].person == "m1"
    assert "L2121-20" in p02[0].message


def test_proxy_ends_when_giver_arrives():  # P-03
    s = session(10, 3, present=[*ids(1, 2, 3, 4, 5, 6), ("m7", span(start="2"))],
                proxies=[("m7", "m1")])
    r = check_session(s)
    assert r.items[0].represented == {"m7": "m1"}
    assert r.items[1].represented == {} and "m7" in r.items[1].present
    assert "P-03" in rules_of(r.items[1])


def test_member_present_for_part_of_session_gives_proxy_for_the_rest():
    s = session(10, 3, present=[*ids(1, 2, 3, 4, 5, 6), ("m7", span(end="1"))],
                proxies=[("m7", "m2", span(start="2"))])
    r = check_session(s)
    assert "m7" in r.items[0].present and "m7" not in r.items[0].represented
    assert r.items[2].represented == {"m7": "m2"}
    assert not [f for f in r.all_findings() if f.severity is not Severity.INFO]


def test_proxy_whose_holder_is_absent_cannot_be_used():  # P-01
    s = session(10, 1, present=ids(1, 2, 3, 4, 5, 6), proxies=[("m7", "m9")])
    r = check_session(s).items[0]
    assert r.represented == {}
    assert "m7" in r.absent
    assert [f.person for f in r.findings if f.rule == "P-01"] == ["m9"]


def test_giver_with_two_proxies_in_force_counts_once():  # P-01
    s = session(10, 1, present=ids(1, 2, 3, 4, 5, 6), proxies=[("m7", "m1"), ("m7", "m2")])
    r = check_session(s).items[0]
    assert r.proxies_count == 1
    assert any(f.rule == "P-01" and f.severity is Severity.ERROR for f in r.findings)


def test_proxy_to_oneself_is_refused():  # P-01
    r = check_session(session(10, 1, present=ids(1, 2, 3, 4, 5, 6), proxies=[("m1", "m1")]))
    assert any(f.rule == "P-01" and f.severity is Severity.ERROR for f in r.findings)
    assert r.items[0].proxies_count == 0


def test_proxy_to_unknown_member_is_reported_not_crashing():
    r = check_session(session(10, 1, present=ids(1, 2, 3, 4, 5, 6), proxies=[("m7", "nobody")]))
    assert [f.rule for f in r.findings] == ["MEMBER"]
    assert r.items[0].proxies_count == 0


def test_proxy_votes_count_in_the_tally():  # P-05
    s = session(10, 1, present=ids(1, 2, 3, 4, 5, 6), proxies=[("m7", "m1")],
                votes={"1": vote(unanimous=True)})
    assert check_session(s).items[0].tally.counts.for_ == 7


SOLE = Mandate(Person("t1", "Ti", "TULAIRE"), commune="Seule")
SUB = Mandate(Person("s1", "Sup", "PLEANT"), commune="Seule", role=SeatRole.SUBSTITUTE, substitute_for="t1")


def test_substitute_cannot_sit_while_titular_is_present():  # P-09
    s = session(10, 1, present=[*ids(1, 2, 3, 4, 5, 6), "t1", "s1"], extra_members=[SOLE, SUB])
    r = check_session(s).items[0]
    assert "P-09" in rules_of(r)
    assert "s1" not in r.present and r.present_count == 7


def test_substitute_cannot_sit_while_titular_gave_a_proxy():  # P-09
    s = session(10, 1, present=[*ids(1, 2, 3, 4, 5, 6), "s1"], extra_members=[SOLE, SUB],
                proxies=[("t1", "m1")])
    r = check_session(s).items[0]
    assert "P-09" in rules_of(r)
    assert "s1" not in r.present and r.represented == {"t1": "m1"}
