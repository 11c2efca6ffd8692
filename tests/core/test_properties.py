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


# -- The law's clean statements (issue 12) -------------------------------------------------

@st.composite
def voted_sessions(draw):
    """Sessions whose votes are recorded counts (ties frequent), roll calls or unanimity,
    with public or secret ballots, presiding members present or not, comptes administratifs."""
    from dataclasses import replace

    from registre.core.model import Counts
    from registre.core.vocabulary import Ballot, ItemKind

    s = draw(sessions())
    people = [m.person.id for m in s.members]
    items = []
    for it in s.items:
        form = draw(st.sampled_from(["counts", "tie", "roll", "keep"]))
        v = it.vote
        if form in ("counts", "tie"):
            a = draw(st.integers(0, len(people)))
            b = a if form == "tie" else draw(st.integers(0, len(people)))
            v = vote(a, b, draw(st.integers(0, 3)))
            v = replace(v, recorded=Counts(a, b, v.recorded.abstention))
        elif form == "roll":
            v = vote(roll=[(p, draw(st.sampled_from(list(Choice)))) for p in people if draw(st.booleans())])
        if v is not None:
            v = replace(v, ballot=draw(st.sampled_from(list(Ballot))),
                        president_choice=draw(st.sampled_from([None, *Choice])))
        items.append(replace(it, vote=v, presided_by=draw(st.sampled_from([None, *people])),
                             kind=draw(st.sampled_from([ItemKind.ORDINARY, ItemKind.BUDGET_ACCOUNT]))))
    return replace(s, items=tuple(items))


@settings(max_examples=300, deadline=None)
@given(voted_sessions())
def test_a_tie_is_never_adopted_but_by_an_existing_casting_vote_or_L1612_12(s):  # V-02, V-08
    from registre.core.check import is_budget_account
    from registre.core.vocabulary import Ballot, Outcome

    for r in check_session(s).items:
        t = r.tally
        if t is None or t.counts.for_ != t.counts.against or t.outcome is not Outcome.ADOPTED:
            continue
        if is_budget_account(r.item):
            continue  # L1612-12: a tie adopts the compte administratif
        president = r.item.presided_by or s.president
        assert t.casting_vote and r.item.vote.ballot is Ballot.PUBLIC
        assert president in r.present and president not in {i.person for i in r.interested}


@settings(max_examples=300, deadline=None)
@given(voted_sessions())
def test_votes_cast_never_exceed_votes_available_unless_reported(s):  # V-01, L2121-20
    for r in check_session(s).items:
        t = r.tally
        if t is None:
            continue
        cast = t.counts.for_ + t.counts.against + t.counts.abstention
        if t.basis != "décompte enregistré":
            assert cast <= t.available
        elif cast > t.available:
            assert {"VOTE-OVER", "C-01"} & {f.rule for f in r.findings if f.severity.value == "erreur"}
            assert t.agrees is False


@settings(max_examples=300, deadline=None)
@given(voted_sessions(), st.data())
def test_removing_an_absent_member_never_raises_a_count(s, data):  # Q-01, P-02, L2121-20
    from dataclasses import replace

    # A member absent throughout, in no proxy: removing a proxy changes facts, not only a
    # member — an absent holder's proxy still revokes its giver's earlier one (P-03), and a
    # proxy a holder carries, even one void on an item (C-02), keeps the holder from
    # carrying another (P-02).
    attending = {a.person for a in s.attendance} | {p.holder for p in s.proxies} \
        | {p.giver for p in s.proxies}
    absent = [m.person.id for m in s.members if m.person.id not in attending]
    if not absent:
        return
    gone = data.draw(st.sampled_from(absent))
    fewer = replace(
        s,
        members=tuple(m for m in s.members if m.person.id != gone),
        proxies=tuple(p for p in s.proxies if gone not in (p.giver, p.holder)),
        items=tuple(replace(it, interests=tuple(i for i in it.interests if i.person != gone),
                            vote=None if it.vote is None else replace(
                                it.vote, roll_call=tuple(e for e in it.vote.roll_call
                                                         if gone not in (e.voter, e.on_behalf_of))),
                            presided_by=None if it.presided_by == gone else it.presided_by)
                    for it in s.items),
        president=None if s.president == gone else s.president,
    )
    before, after = check_session(s), check_session(fewer)
    for b, a in zip(before.items, after.items, strict=True):
        assert a.present_count <= b.present_count
        assert a.proxies_count <= b.proxies_count
        assert a.quorum.counted <= b.quorum.counted
        if a.tally is not None and b.tally is not None and b.tally.basis == a.tally.basis:
            assert a.tally.available <= b.tally.available
