"""The items of minutes and comptes rendus: numbered headings, found as a sequence.

Minutes number their items « 1. Budget », « II     PADD. », « 1 – Election du Maire »,
« DEL2025-02 : Vote du compte… », and usually print the same numbers twice: in the agenda
(« Ordre du jour ») and in the body. A number alone proves nothing (« 2 bureaux à préparer »,
« 1/ En cas d'acquisition… », budget lines « 65 Autres charges »): what makes headings is a
*sequence* 1, 2, 3… of lines of the same shape. :func:`numbered_items` finds every chain
of consecutive numbers and keeps the one that spans the most text (the body, not the
agenda, whose lines follow one another), with each heading's number and title.

Linear: one pass over the lines, each candidate extends at most one chain per start.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

# « 1. Titre », « 1 – Titre », « 1) Titre », « II     PADD. », « 10. TRAVAUX », « 1 Subventions ».
_HEADING = re.compile(
    r"^[ \t]{0,16}(?P<n>\d{1,2}|[IVXL]{1,6})(?P<sep>[ \t]?[.)°–-](?![\d/])|[ \t]*(?=[ \t]))[ \t]+"
    r"(?P<t>[A-ZÀ-ÝÉ«\"'][^\n]{2,})$",
    re.MULTILINE,
)
# « DEL2025-02 : Vote du compte financier », « 2024_01 », « DCM 20260727-01 — … »: a code per item.
_CODED = re.compile(
    r"^[ \t]{0,16}(?P<n>(?:DEL|DCM|DE|D|CM)[ \t_-]?\d{2,4}[-_/.]\d{1,3}|\d{4}[-_]\d{1,3})[ \t]*[:.–-][ \t]*"
    r"(?P<t>[A-ZÀ-Ýa-zé«][^\n]{2,})$",
    re.MULTILINE,
)
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}


def roman(s: str) -> int | None:
    """« XIV » → 14; None if not a well-formed roman number below 90."""
    total, prev = 0, 0
    for c in reversed(s):
        v = _ROMAN.get(c)
        if v is None:
            return None
        total += -v if v < prev else v
        prev = max(prev, v)
    return total if 0 < total < 90 and _to_roman(total) == s else None


def _to_roman(n: int) -> str:
    out = []
    for v, r in ((50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out.append(r)
            n -= v
    return "".join(out)


@dataclass(frozen=True)
class Item:
    """A numbered heading: where it starts, its number and title as printed."""

    start: int
    number: str
    title: str


def numbered_items(text: str, start: int = 0, end: int | None = None) -> list[Item]:
    """The item headings of minutes in ``text[start:end]``, in order; [] when there is no
    sequence of at least two (a lone « 1. » is a list inside prose, not an item)."""
    end = len(text) if end is None else end
    coded = [Item(m.start(), m.group("n"), _title(m.group("t"))) for m in _CODED.finditer(text, start, end)]
    cands: list[tuple[int, int, str, str, bool]] = []  # start, value, number, title, roman
    for m in _HEADING.finditer(text, start, end):
        n = m.group("n")
        value = int(n) if n.isdigit() else roman(n)
        if value is None or not 0 < value <= 60:
            continue
        if n.isdigit() and not m.group("sep").strip() and not _looks_like_title(m.group("t")):
            continue  # « 2 bureaux à préparer », « 65 Autres charges »: a figure, not a heading
        cands.append((m.start(), value, n, m.group("t"), not n.isdigit()))
    best = [Item(s, n, _title(t)) for s, _, n, t, _ in _best_chain(cands)]
    chosen = coded if len(coded) >= 2 and len(coded) >= len(best) else best
    if len(chosen) < 2 or not _voted(text, chosen, end):
        return []
    return chosen


# What an item put to the vote says (in lower case): its outcome or its count.
_VOTED = re.compile(r"unanimit|adopt|approuv|vote|pour\s*:|contre\s*:|abstention|d[ée]cide|majorit[ée]|rejet")


def _voted(text: str, items: list[Item], end: int) -> bool:
    """Whether at least half the items are voted on: sections of one deliberation's report
    (« I. Présentation », « II. Les missions ») are not items of minutes."""
    voted = 0
    for i, it in enumerate(items):
        stop = items[i + 1].start if i + 1 < len(items) else min(end, it.start + 20_000)
        voted += _VOTED.search(text[it.start:stop].lower()) is not None
    return voted * 2 >= len(items)


def _looks_like_title(t: str) -> bool:
    """A heading without a separator after its figure starts with a capital and has words."""
    words = t.split()
    return bool(words) and words[0][:1].isupper() and not words[0][:1].isdigit() and len(words) <= 25


def _best_chain(cands: list[tuple[int, int, str, str, bool]]) -> list[tuple[int, int, str, str, bool]]:
    """Chains 1, 2, 3… (each next number the first of its kind after the last link, same
    numbering — figures or roman); the one spanning the most text wins, ties to the longer."""
    best: list[tuple[int, int, str, str, bool]] = []
    best_key = (0, 0)
    # Per (roman?, value): the candidates' indices, in order; a chain takes the first after its last link.
    index: dict[tuple[bool, int], list[int]] = {}
    for i, c in enumerate(cands):
        index.setdefault((c[4], c[1]), []).append(i)
    for i, c in enumerate(cands):
        if c[1] != 1:
            continue
        chain = [c]
        k = i
        while True:
            later = index.get((c[4], chain[-1][1] + 1), [])
            at = bisect_right(later, k)
            if at == len(later):
                break
            k = later[at]
            chain.append(cands[k])
        if len(chain) < 2:
            continue
        # The span of the chain: from its first heading to its last, plus the typical item length.
        span = chain[-1][0] - chain[0][0]
        key = (span, len(chain))
        if key > best_key:
            best, best_key = chain, key
    return best


def _title(t: str) -> str:
    return " ".join(t.split()).strip(" :.-–")
