"""Round trip: an extract rendered from a session, read back by the reader, gives the
same session — over generated sessions (a seeded generator driven by hypothesis).

The reader (``registre.reading``) is built on another branch; until it is merged this
module is skipped, and only then. What is compared is everything an extract prints:
assembly, dates, place, times, presiding member, secretary, order of passage, every
member (civility, name, commune, substitute), attendance and proxies with their spans,
and the item: number, title, deliberation, rapporteur, report number, opinions, budget,
decisions, interested members with their votes and the vote as printed (the core's
tally). Members' functions, summary, body and annexes are left out: an extract prints
only some functions, and free text is compared by the golden tests.
"""

from __future__ import annotations

import importlib
import importlib.util
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from registre.core import Session, SessionReport, check_session
from registre.rendering import STYLES, render
from registre.rendering.samples import generate_session


def _session_view(s: Session) -> dict[str, Any]:
    name = s.name_of
    return {
        "assembly": (s.assembly.name, s.assembly.members_in_office),
        "dates": (s.date, s.convocation_date, s.publication_date),
        "place": s.place,
        "times": (s.opened_at, s.closed_at),
        "president": name(s.president),
        "secretary": name(s.secretary),
        "order": tuple(s.order_of_passage),
        "members": sorted((m.person.display_name, m.commune or "", m.role.value) for m in s.members),
        "attendance": sorted((name(a.person), a.span.label()) for a in s.attendance),
        "proxies": sorted((name(p.giver), name(p.holder), p.span.label()) for p in s.proxies),
    }


def _item_view(s: Session, number: str, report: SessionReport | None) -> dict[str, Any]:
    item = next(it for it in s.items if it.number == number)
    text = item.text
    view: dict[str, Any] = {
        "number": item.number,
        "title": item.title,
        "deliberation": item.deliberation,
        "rapporteur": s.name_of(item.rapporteur),
        "report_number": text.report_number if text else None,
        "opinions": [(o.body, o.date, o.verdict) for o in text.opinions] if text else [],
        "budget": ((text.budget.planned_amount, text.budget.operation_amount)
                   if text and text.budget else None),
        "decisions": list(text.decisions) if text else [],
    }
    if report is not None:  # the original: what the extract prints comes from the check
        r = report.item(number)
        assert r.tally is not None
        c = r.tally.counts
        view["interested"] = sorted((s.name_of(i.person), i.votes) for i in r.interested)
        view["vote"] = (c.for_, c.against, c.abstention, r.tally.removed_by_interest)
    else:  # read back: what was recorded from the printed text
        v = item.vote
        assert v is not None and v.recorded is not None
        view["interested"] = sorted((s.name_of(i.person), i.declared_votes) for i in item.interests)
        # An extract with no interested member prints no « Conseillers intéressés » line.
        view["vote"] = (v.recorded.for_, v.recorded.against, v.recorded.abstention,
                        v.recorded_interested or 0)
    return view


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 10**6), communes=st.booleans(), style=st.sampled_from(sorted(STYLES)),
       pick=st.integers(0, 10**6))
def test_extract_reads_back_to_the_same_session(seed: int, communes: bool, style: str, pick: int) -> None:
    original = generate_session(seed, items=12, members=40, communes=communes)
    report = check_session(original)
    number = original.items[pick % len(original.items)].number
    text = render(report, "extract", "txt", number, STYLES[style]).decode("utf-8")
    reading = importlib.import_module("registre.reading")
    back = reading.read_text(text).document.to_session()
    assert _session_view(back) == _session_view(original)
    assert _item_view(back, number, None) == _item_view(original, number, report)


def test_comparison_accepts_a_faithful_reading_and_refuses_a_wrong_one() -> None:
    """The views above can tell: a session recorded from the extract's figures matches,
    one with a proxy's span changed does not (runs without the reader)."""
    import dataclasses

    from registre.core.model import Counts, Interest, Vote
    from registre.core.spans import Ref, Span

    original = generate_session(4, items=6, members=30)
    report = check_session(original)
    r = report.item("3")
    assert r.tally is not None
    c = r.tally.counts
    faithful_item = dataclasses.replace(
        r.item, vote=Vote(recorded=Counts(c.for_, c.against, c.abstention),
                          recorded_interested=r.tally.removed_by_interest),
        interests=tuple(Interest(i.person, declared_votes=i.votes) for i in r.interested))
    faithful = dataclasses.replace(original, items=(faithful_item,))
    assert _session_view(faithful) == _session_view(original)
    assert _item_view(faithful, "3", None) == _item_view(original, "3", report)
    wrong_proxy = dataclasses.replace(original.proxies[0], span=Span(start=Ref.item("2")))
    wrong = dataclasses.replace(original, proxies=(wrong_proxy, *original.proxies[1:]))
    assert _session_view(wrong) != _session_view(original)
