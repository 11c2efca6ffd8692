"""Where each answer was read and how sure the reader is of it.

The readers note an answer's *spot* where they match it: its offset in the normalised text,
a confidence drawn from the form it was read in, and a cue (the words that made it). The
offsets become 1-based lines in one pass over the text at the end (:func:`place`): nothing is
searched again. The confidence is a prior of the form (a labelled « Présents : 15 » is surer
than a figure in a side box far from its label), raised when the answer agrees with what else
the text says (a count that is the length of its list), lowered when it does not and when the
text came from OCR (:meth:`Evidence.scanned`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from registre.core.vocabulary import Outcome
from registre.reading.headcounts import BEFORE, BOX, DASH, LABELLED, LOOSE, SENTENCE
from registre.reading.result import Evidence

if TYPE_CHECKING:
    from registre.reading.result import ParsedExtract

# An answer's place before its line is known: offset in the normalised text, confidence, cue.
Spot = tuple[int, float, str]

# The confidence of a head-count by the form it was read in (headcounts.py).
COUNT_FORMS: dict[str, float] = {
    LABELLED: 0.95,  # « Présents : 15 »
    SENTENCE: 0.9,  # « le conseil étant composé de 15 membres », « (12 présents et 3 pouvoirs) »
    LOOSE: 0.85,  # « Présents 15 »
    BEFORE: 0.85,  # « soit 15 présents »
    BOX: 0.7,  # « 15 12 3 » far from « En exercice Présents Pouvoirs »
    DASH: 0.75,  # « Procurations : - », « Pouvoirs : / »: a sign read as zero
}
BRACKETS = 0.85  # « PRÉSENTS (8) : … », the count printed with its list
# A count found in a deliberation's text rather than the preamble (the first « Nombre de
# votants » of minutes' body may be a ballot's): less sure.
IN_BODY = 0.85
# A count the lists confirm (its length), or belie (and the first deliberation's too). Measured
# on the labelled sets, a list that its printed count confirms is always right, one that no
# count confirms less often; a printed count that the lists belie is as often right as not
# (the lists are what the reader got wrong, or arrivals changed them): little is taken off.
AGREES, LIST_AGREES, DISAGREES = 0.04, 0.1, 0.05
LIST = 0.75  # a present list (« Présents : M. X, Mme Y… »)
CEILING = 0.99


def adjust(spot: Spot, delta: float, why: str) -> Spot:
    pos, conf, cue = spot
    return pos, round(max(0.05, min(CEILING, conf + delta)), 2), f"{cue} ; {why}" if why else cue


def place(text: str, doc: ParsedExtract, spots: dict[str, Spot]) -> None:
    """Turn the spots of ``doc`` (``spots``), of its deliberations and proxies into
    :class:`Evidence` with 1-based lines, in one pass over ``text``; only answers given get one."""
    given = _given(doc)
    todo: list[tuple[int, float, str, dict[str, Evidence] | None, str, object]] = []
    for key, (pos, conf, cue) in spots.items():
        if key in given:
            todo.append((pos, conf, cue, doc.evidence, key, None))
    for d in doc.deliberations:
        p = d.parsed
        has = {"number": bool(p.number or p.report_number or p.point_number), "title": bool(p.title),
               "printed_vote": p.printed_vote is not None,
               "outcome": p.printed_vote is not None and p.printed_vote.outcome is not Outcome.UNDETERMINED
               and (p.printed_vote.outcome is not None or p.printed_vote.unanimous)}
        for key, (pos, conf, cue) in p.spots.items():
            if has.get(key):
                todo.append((pos, conf, cue, d.evidence, key, None))
    for px in doc.proxies:
        if px.spot is not None:
            pos, conf, cue = px.spot
            todo.append((pos, conf, cue, None, "", px))
    todo.sort(key=lambda t: t[0])
    line, at = 1, 0
    for pos, conf, cue, sink, key, owner in todo:
        if pos > at:
            line += text.count("\n", at, pos)
            at = pos
        ev = Evidence(line, conf, cue)
        if sink is not None:
            sink[key] = ev
        else:
            owner.evidence = ev  # type: ignore[attr-defined]


def _given(doc: ParsedExtract) -> set[str]:
    out = {f"printed.{k}" for k, v in doc.printed.items() if v is not None}
    for key, value in (("members_in_office", doc.members_in_office), ("authority", doc.authority),
                       ("assembly", doc.assembly), ("convocation_date", doc.convocation_date),
                       ("president", doc.president_printed), ("secretary", doc.secretary)):
        if value is not None:
            out.add(key)
    if doc.present:
        out.add("present")
    if doc.proxies:
        out.add("proxies")
    return out
