"""Invariants of the computation over generated sessions (hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from registre.core import check_session
from registre.core.model import Interest
from registre.core.spans import Span
from registre.core.vocabulary import Choice

from .builders import session, span, vote


@st.composite
def sessions(draw):
    n = draw(st.integers(3, 25))
    k = draw(st.integers(1, 6))
    items = [str(i) for i in range(1, k + 1)]
    ref = st.sampled_from([*items, "99"])

    def a_span():
        kind = draw(st.sampled_from(["whole", "from", "until", "between", "except"]))
        if kind == "from":
            return span(start=draw(ref))
        if kind == "until":
            return span(end=draw(ref), inclusive=draw(st.booleans()))
        if kind == "between":
            return span(draw(ref), draw(ref))
        if kind == "except":
            a = draw(ref)
            return span(excepted=[(a, a)])
        return Span()

    people = [f"m{i}" for i in range(1, n + 1)]
    present = [(p, a_span()) for p in people if draw(st.booleans())]
    proxies = [(draw(st.sampled_from(people)), draw(st.sampled_from(people)), a_span())
               for _ in range(draw(st.integers(0, n)))]
    interests = {it: [Interest(p) for p in draw(st.lists(st.sampled_from(people), max_size=3))]
                 for it in items}
    choices = st.sampled_from(list(Choice))
    votes = {}
    for it in items:
        form = draw(st.sampled_from(["unanimous", "roll", "none"]))
        if form == "unanimous":
            votes[it] = vote(unanimous=True)
        elif form == "roll":
            votes[it] = vote(roll=[(p, draw(choices)) for p in people if draw(st.booleans())])
    order = draw(st.permutations(items))
    return session(n, k, present=present, proxies=proxies, interests=interests, votes=votes,
                   order=order)


@settings(max_examples=300, deadline=None)
@given(sessions())
def test_for_against_abstention_not_voting_add_up_to_votes_available(s):
    for r in check_session(s).items:
        if r.tally is not None:
            c = r.tally.counts
            assert c.for_ + c.against + c.abstention + c.not_voting == r.tally.available
            assert min(c.for_, c.against, c.abstention, c.not_voting) >= 0


@settings(max_examples=300, deadline=None)
@given(sessions())
def test_nobody_is_both_present_and_represented_at_one_item(s):
    for r in check_session(s).items:
        assert not set(r.present) & set(r.represented)
        assert set(r.represented.values()) <= set(r.present)
        assert not set(r.absent) & (set(r.present) | set(r.represented))
        assert len(r.present) + len(r.represented) + len(r.absent) == len(s.members)


@settings(max_examples=300, deadline=None)
@given(sessions())
def test_each_holder_carries_at_most_the_allowed_proxies(s):
    report = check_session(s)
    for r in report.items:
        holders = list(r.represented.values())
        assert all(holders.count(h) <= report.rules.max_proxies_per_holder for h in holders)


@settings(max_examples=300, deadline=None)
@given(sessions())
def test_votes_available_are_present_and_represented_less_interested(s):
    for r in check_session(s).items:
        if r.tally is not None:
            assert r.tally.available == r.present_count + r.proxies_count - r.interested_votes
            assert r.quorum.counted <= r.present_count
