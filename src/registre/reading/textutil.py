"""Small readers shared by the stages: French dates, numbers in figures or words, times."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from heapq import heapify, heappop, heapreplace

from registre.core.names import fold

MONTHS = {
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
}
_MONTH_RE = (r"(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre"
             r"|d[ée]cembre)")
DATE_RE = (
    r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?"
    r"(?P<d>\d{1,2})(?:er)?\s+(?P<m>" + _MONTH_RE + r")\s+(?P<y>\d{4})"
    r"|(?P<d2>\d{1,2})[/.-](?P<m2>\d{1,2})[/.-](?P<y2>\d{4}|\d{2})\b"
)
DATE = re.compile(DATE_RE, re.IGNORECASE)
TIME_RE = r"\d{1,2}\s?[hH:]\s?(?:\d{2})?\b"

_UNITS = {
    "zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
    "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
    "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "trente": 30, "quarante": 40,
    "cinquante": 50, "soixante": 60, "cent": 100,
}
# « 9 voix POUR », « 11 POUR », « 15 pour », « 12 pour, 2 contre »: a count of votes for, its
# figure first (not « 2 pour cent », « 1 pour 1 000 »). Used by the votes and by the items.
FOR_COUNT = re.compile(r"(?<![\d,.])\d{1,3}[ \t]+(?:voix[ \t]+|votes?[ \t]+)?(?:pour|POUR|Pour)\b"
                       r"(?![ \t]*(?:cent|mille|\d))")
NUMBER_WORD_RE = (
    r"(?:(?:z[ée]ro|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|"
    r"quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|cents?|et)[\s-]?)+"
)


# Latin-1 letters in lower case (each is one Latin-1 letter): a Latin-1 text, as most
# extracts are, is lowered by one bytes.translate, many times faster than str.lower.
_LOWER_LATIN1 = bytes(ord(chr(i).lower()) for i in range(256))


def lower_latin1(text: str) -> str | None:
    """``text.lower()`` if ``text`` is Latin-1 (same offsets), else None."""
    try:
        return text.encode("latin-1").translate(_LOWER_LATIN1).decode("latin-1")
    except UnicodeEncodeError:
        return None


def lower(text: str) -> str:
    """``text.lower()``, faster on Latin-1 text."""
    low = lower_latin1(text)
    return text.lower() if low is None else low


def occurrences(text: str, word: str, start: int = 0) -> list[int]:
    """Every place of ``word`` in ``text`` from ``start`` on (``str.find``: fast)."""
    out, i = [], text.find(word, start)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + 1)
    return out


def anchored(rx: re.Pattern[str], text: str, low: str | None, anchors: tuple[tuple[str, int], ...],
             pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)``, for a pattern whose every match starts ``back`` characters
    before a ``word`` of ``anchors`` (found in ``low``: ``text`` in lower case, or the text
    itself for a case-sensitive pattern; same offsets).

    A regex that cannot skip ahead (case-insensitive, or starting with an assertion) tries
    every position of the text; here it is tried only at the places the words give, found
    lazily (left to right: a caller that takes the first match stops early). Without
    ``low`` (a text whose lower case has other offsets), ``rx.finditer(text)``. ``pos``
    and ``endpos`` as for ``rx.finditer``.
    """
    end = len(text) if endpos is None else min(endpos, len(text))
    if low is None or len(low) != len(text):
        yield from rx.finditer(text, pos, end)
        return
    # One stream of places a (word, back): a heap gives them in order.
    heap = [(i - back, i, word, back) for word, back in anchors
            if (i := low.find(word, pos + back, end)) >= 0]
    heapify(heap)
    last = pos
    while heap:
        start, i, word, back = heap[0]
        nxt = low.find(word, i + 1, end)
        if nxt >= 0:
            heapreplace(heap, (nxt - back, nxt, word, back))
        else:
            heappop(heap)
        if start >= last:
            m = rx.match(text, start, end)
            last = start + 1
            if m is not None:
                yield m
                last = max(m.end(), last)


def first_anchored(rx: re.Pattern[str], text: str, low: str | None,
                   anchors: tuple[tuple[str, int], ...]) -> re.Match[str] | None:
    """``rx.search(text)``, tried at the places ``anchors`` give (see :func:`anchored`).

    Each word is looked for in turn; once a match is found, the next words are looked
    for only where they could start an earlier one (not through the rest of the text).
    """
    if low is None or len(low) != len(text):
        return rx.search(text)
    best: re.Match[str] | None = None
    for word, back in anchors:
        end = len(text) if best is None else best.start() + back
        i = low.find(word, back, end)
        while i >= 0:
            m = rx.match(text, i - back)
            if m is not None:
                best = m
                break
            i = low.find(word, i + 1, end)
    return best


def match_at(rx: re.Pattern[str], text: str, starts: list[int]) -> re.Match[str] | None:
    """``rx.search(text)`` when every match of ``rx`` starts at one of ``starts`` (in order)."""
    for s in starts:
        if s >= 0:
            m = rx.match(text, s)
            if m:
                return m
    return None


def open_bracket(text: str, k: int, reach: int = 60) -> int:
    """Where the bracket that holds ``k`` opens, within ``reach`` characters before it; -1 when
    ``k`` is in none (« (Conseil Municipal du 30 mars 2015 – délibération n° 2015-63) »: the words
    before a number in its brackets)."""
    opened = text.rfind("(", max(0, k - reach), k)
    return opened if opened >= 0 and text.find(")", opened, k) < 0 else -1


def blanks_before(text: str, k: int) -> int:
    """Where the run of blanks ending at ``k`` starts (``k`` if there is none)."""
    while k > 0 and text[k - 1].isspace():
        k -= 1
    return k


def guarded(pattern: str, first: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` compiled behind a lookahead on the letters it can start with.

    Python's re tries a case-insensitive alternation at every position; the lookahead
    lets it skip the positions that cannot start a match (several times faster).
    """
    return re.compile(f"(?=[{first}])(?:{pattern})", flags)


def to_date(m: re.Match[str]) -> dt.date | None:
    """The date a :data:`DATE` match names; None if impossible (31 février)."""
    try:
        if m.group("d"):
            month = MONTHS[fold(m.group("m")).replace(" ", "")]
            return dt.date(int(m.group("y")), month, int(m.group("d")))
        year = int(m.group("y2"))
        year += 2000 if year < 100 else 0
        return dt.date(year, int(m.group("m2")), int(m.group("d2")))
    except (ValueError, KeyError):
        return None


def find_date(text: str) -> dt.date | None:
    """The first valid date in ``text``, or None."""
    for m in DATE.finditer(text):
        d = to_date(m)
        if d is not None and 1900 <= d.year <= 2100:
            return d
    return None


def words_to_int(text: str) -> int | None:
    """``"neuf"`` → 9, ``"vingt-trois"`` → 23, ``"quatre-vingt-deux"`` → 82; None if not a number."""
    total, current, seen = 0, 0, False
    for w in re.split(r"[\s-]+", fold(text)):
        if not w or w == "et":
            continue
        w = w.rstrip("s") if w in ("vingts", "cents") else w
        if w not in _UNITS:
            return None
        v, seen = _UNITS[w], True
        if v == 100:
            current = max(current, 1) * 100
        elif v == 20 and current % 100 == 4:  # quatre-vingt
            current = current - 4 + 80
        else:
            current += v
    total += current
    return total if seen else None


def to_int(text: str | None) -> int | None:
    """A count printed as figures, words, ``/`` or ``-`` (zero), or None."""
    if text is None:
        return None
    t = text.strip().strip(".")
    if t in ("/", "-", "néant", "Néant", "NEANT", "aucun", "aucune", "Aucun", "Aucune", "Ø", "0"):
        return 0
    if t.isdigit():
        return int(t)
    return words_to_int(t)


def to_amount(text: str | None) -> Decimal | None:
    """``"214 400 €"`` → Decimal(214400); None if not an amount."""
    if not text:
        return None
    t = re.sub(r"[\s€]", "", text).replace(",", ".").rstrip(".")
    try:
        return Decimal(t)
    except InvalidOperation:
        return None


def wrapped_at(text: str, k: int, prose: bool = False) -> bool:
    """Whether the line break at ``k`` cuts a sentence (a narrow column's): no stop, colon or
    semicolon before it, a lower-case letter opening the next line. With ``prose``, the line
    above must also end on a letter and hold no run of blanks (no columns side by side)."""
    j = k - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    if j < 0 or (not text[j].isalpha() if prose else text[j] in ".:;!?"):
        return False
    if prose:
        above = text[text.rfind("\n", 0, j) + 1:j + 1].strip()
        if "  " in above or "\t" in above:
            return False
    n = k + 1
    while n < len(text) and text[n] in " \t":
        n += 1
    return n < len(text) and text[n].islower()
