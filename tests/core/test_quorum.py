"""Quorum, Q-01 to Q-07 and Q-10."""

from __future__ import annotations

import datetime as dt

import pytest

from registre.core import check_session
from registre.core.model import Interest, Mandate, Person
from registre.core.rules import COMMON_LAW, rules_for
from registre.core.vocabulary import SeatRole

from .builders import ids, session


@pytest.mark.parametrize(("in_office", "required"), [(123, 62), (32, 17), (33, 17), (10, 6), (1, 1)])
def test_quorum_is_more_than_half_of_members_in_office(in_office, required):
    assert COMMON_LAW.quorum_required(in_office) == required


def test_quorum_reached_with_exactly_the_required_members():
    r = check_session(session(10, 1, present=ids(*range(1, 7))))
    assert r.items[0].quorum.counted == 6 and r.items[0].quorum.reached


def test_quorum_missing_is_an_error_naming_the_article():
    r = check_session(session(10, 1, present=ids(1, 2, 3, 4, 5)))
    q = r.items[0].quorum
    assert not q.reached
    errors = [f for f in r.items[0].findings if f.rule == "Q-01"]
    assert errors and "L2121-17" in errors[0].message
    assert not r.ok


def test_proxies_do_not_count_for_quorum():  # Q-03, P-06
    s = session(10, 1, present=ids(1, 2, 3, 4, 5), proxies=[("m6", "m1"), ("m7", "m2")])
    q = check_session(s).items[0].quorum
    assert q.counted == 5 and not q.reached


def test_withdrawn_interested_member_is_not_counted_for_quorum():
    s = session(10, 1, present=ids(*range(1, 7)),
                interests={"1": [Interest("m2", left_room=True)]})
    q = check_session(s).items[0].quorum
    assert q.counted == 5 and not q.reached


def test_interested_member_staying_counts_but_quorum_dependence_is_warned():
    s = session(10, 1, present=ids(*range(1, 7)), interests={"1": ["m2"]})
    r = check_session(s).items[0]
    assert r.quorum.reached
    assert [f.rule for f in r.findings] == ["Q-05"]


def test_setting_takes_unrecorded_interested_members_out_of_quorum():  # Q-05 setting
    from dataclasses import replace

    s = session(10, 1, present=ids(*range(1, 7)), interests={"1": ["m2"]})
    r = check_session(s, replace(COMMON_LAW, interested_withdraw=True)).items[0]
    assert not r.quorum.reached


def test_substitute_sitting_counts_as_present():  # Q-03, P-08
    titular = Mandate(Person("t1", "Ti", "TULAIRE"), commune="Seule")
    sub = Mandate(Person("s1", "Sup", "PLEANT"), commune="Seule", role=SeatRole.SUBSTITUTE,
                  substitute_for="t1")
    s = session(10, 1, present=[*ids(1, 2, 3, 4, 5), "s1"], extra_members=[titular, sub], in_office=11)
    q = check_session(s).items[0].quorum
    assert q.counted == 6 and q.reached


def test_second_convocation_deliberates_without_quorum():
    from dataclasses import replace

    s = replace(session(10, 1, present=ids(1, 2), second_convocation=True),
                first_sitting=dt.date(2024, 4, 4), convocation_date=dt.date(2024, 4, 5))
    r = check_session(s).items[0]
    assert r.quorum.reached and r.quorum.waived
    assert not [f for f in r.findings if f.rule == "Q-01"]


def test_covid_regime_lowers_quorum_to_a_third_and_allows_two_proxies():
    rules = rules_for(dt.date(2021, 3, 1))
    assert rules.quorum_required(30) == 10 and rules.max_proxies_per_holder == 2
    assert rules_for(dt.date(2024, 4, 11)) == COMMON_LAW
    s = session(30, 1, present=ids(*range(1, 11)), proxies=[("m20", "m1"), ("m21", "m1")],
                date=dt.date(2021, 3, 1))
    r = check_session(s).items[0]
    assert r.quorum.reached and r.proxies_count == 2
    assert not [f for f in r.findings if f.rule == "P-02"]


def test_quorum_checked_at_each_item_after_departures():
    from .builders import span

    present = [*ids(1, 2, 3, 4, 5), ("m6", span(end="1"))]
    r = check_session(session(10, 2, present=present))
    assert r.items[0].quorum.reached and not r.items[1].quorum.reached


def test_convocation_must_be_sent_five_clear_days_before_for_an_epci():  # K-02
    from dataclasses import replace

    s = session(10, 1, present=ids(*range(1, 7)))
    ok = replace(s, convocation_date=dt.date(2024, 4, 5))      # 6 clear days before the 11th
    late = replace(s, convocation_date=dt.date(2024, 4, 8))    # 2 clear days
    wrong = replace(s, convocation_date=dt.date(2024, 4, 12))
    assert not [f for f in check_session(ok).findings if f.rule.startswith("K-")]
    assert [f.rule for f in check_session(late).findings] == ["K-02"]
    assert [f.rule for f in check_session(wrong).findings] == ["K-01"]


def test_labels_are_per_enumeration_even_for_equal_values():
    from enum import StrEnum

    from registre.core.vocabulary import Ballot, Choice, LabelledEnum

    class Other(LabelledEnum):
        PUBLIC = "public"

    assert Ballot.PUBLIC.label == "scrutin public" and Other.PUBLIC.label == "public"
    assert Choice.FOR.label == "Pour" and issubclass(Other, StrEnum)
