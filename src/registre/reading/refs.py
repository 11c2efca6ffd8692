"""Arrivals, departures and proxies over part of a session, as core :class:`Span` objects.

Extracts place them by question number (``à compter de la question n°6``, ``jusqu'à la
question 3 incluse``, ``8/a``), deliberation number (``à partir de D98/13``, ``sauf
D90/13 à D96/13``, ``départ à D107/13``), report number (``jusqu'au rapport n°14``),
agenda point (``arrivée au point 2``) or clock time (``à partir de 11 h 50``,
``arrivé à 20h45``, ``jusqu'à son arrivée à 19h15``). A report or point number is an item
number: GBM numbers its items by report.
"""

from __future__ import annotations

import re
from functools import lru_cache

from registre.core.spans import Ref, Span

_NUM = r"\d+(?:\s*/\s*[a-zA-Z]\b|[a-z]\b|\s*bis\b)?"
_DELIB = r"D\s?\d+\s*/\s*\d+|\d{4}[/.-]\d{2,6}(?:\.\d+)?"
_TIME = r"\d{1,2}\s?[hH]\s?(?:\d{2})?(?!\s*/)|\d{1,2}:\d{2}"
_REF = (
    rf"(?:(?:la|le|du|au|de\s+la)\s+)?"
    rf"(?:(?P<kind>question|point|rapport|d[ée]lib[ée]ration|dossier|affaire|sujet)s?\s*(?:n°|n\s*o\.?|num[é"
    rf"e]ro)?\s*)?"
    rf"(?P<val>{_DELIB}|{_TIME}|{_NUM})"
)
REF = re.compile(_REF, re.IGNORECASE)

_START = re.compile(
    # (« depuis 18:35:36 »: an arrival's time, to the second, in a présents list)
    r"(?:à\s+compter\s+d[eu]|à\s+partir\s+d[eu]|dès|depuis|arriv[ée]e?s?\s+(?:à|au|en\s+cours\s+de)?"
    r"|présente?\s+(?:à\s+partir|dès))\s*(?:la\s+|l')?" + "(?P<ref>" + _REF.replace("?P<kind>", "?:")
    .replace("?P<val>", "?:") + ")",
    re.IGNORECASE,
)
_END = re.compile(
    r"(?P<how>jusqu'(?:à|au)|départ\s+(?:à|au|après|avant)|parti(?:e|s)?\s+(?:à|au|après|avant)"
    r"|(?:a\s+)?quitt[ée]+\s+la\s+séance\s+(?:au\s+cours\s+(?:de\s+l['’]examen\s+)?(?:du|de\s+la)|à|au|après"
    r"|avant))\s*"
    r"(?:(?:son|sa)\s+arrivée\s+(?:à|au)\s*)?(?:la\s+|l')?"
    + "(?P<ref>" + _REF.replace("?P<kind>", "?:").replace("?P<val>", "?:") + ")"
    + r"(?P<incl>\s*inclus(?:e|es)?)?",
    re.IGNORECASE,
)
_EXCEPT = re.compile(
    r"(?:sauf|excepté|à\s+l'exception\s+d[eu]s?)\s+(?:pour\s+)?(?:les\s+|la\s+|le\s+)?"
    + "(?P<a>" + _REF.replace("?P<kind>", "?:").replace("?P<val>", "?:") + ")"
    + r"(?:\s*(?:à|au|-)\s*(?P<b>" + _REF.replace("?P<kind>", "?:").replace("?P<val>", "?:") + "))?",
    re.IGNORECASE,
)
SPAN_HINT = re.compile(
    r"(?=[àÀdDaAjJpPqQsSeE])\b(?:à\s+compter|à\s+partir|dès\s|depuis\s|arriv|jusqu'|départ|parti[es]?\s|quitt|sauf"
    r"|excepté|(?:d[eu]s?|pour)\s+(?:la\s+|le\s+)?(?:délibération|point|question)s?\s+n)",
    re.IGNORECASE,
)
# « (de la délibération n° 2 à la délibération n° 14) », « du point n°3 au point n°7 »: a range.
_RANGE = re.compile(
    r"\b(?:de|du|des)\s+(?:la\s+)?(?P<a>" + _REF.replace("?P<kind>", "?:").replace("?P<val>", "?:") + r")"
    r"\s+(?:à|au|aux)\s+(?:la\s+)?(?P<b>" + _REF.replace("?P<kind>", "?:").replace("?P<val>", "?:") + r")"
    r"(?P<incl>\s*inclus(?:e|es)?)?",
    re.IGNORECASE,
)
# « (pour la délibération n° 1) »: that item only.
_ONLY = re.compile(r"\bpour\s+(?:la\s+|le\s+)?(?P<a>(?:délibération|point|question)\s*"
                   r"(?:n°|n\s*o\.?|numéro)\s*(?:" + _DELIB + "|" + _NUM + r"))(?!\s*(?:à|au|et|,|-)\s*\d)",
                   re.IGNORECASE)


# Needed, in lower case, by any SPAN_HINT match; re's case folding also reads « ı », « İ »
# and « ſ » as i and s, which lower() does not give: a text with one of those is searched.
HINT_WORDS = re.compile("compter|part|dès|depuis|la délibération n|du point n|le point n|la question n"
                        "|des délibérations n|des points n|arriv|jusqu|quitt|sauf|except")
_ODD_FOLDS = re.compile("[ıİſ]")


def span_hint(text: str) -> re.Match[str] | None:
    """``SPAN_HINT.search(text)``, without the (slow, case-insensitive) search where no
    word it needs occurs."""
    if HINT_WORDS.search(text.lower()) is None and (text.isascii() or _ODD_FOLDS.search(text) is None):
        return None
    return SPAN_HINT.search(text)


def parse_ref(text: str) -> Ref | None:
    """One reference: ``question n°6`` → item 6, ``D98/13`` → deliberation, ``20h45`` → time."""
    m = REF.search(text)
    if not m:
        return None
    kind = (m.group("kind") or "").lower()
    val = re.sub(r"\s+", "", m.group("val"))
    if re.fullmatch(_TIME.replace(r"\s?", ""), val) and "/" not in val:
        try:
            return Ref.time(val)
        except ValueError:
            return None
    if (kind.startswith("d") and kind != "dossier") or re.fullmatch(_DELIB.replace(r"\s?", "")
                                                                   .replace(r"\s*", ""), val):
        return Ref.deliberation(val)
    return Ref.item(val.lower())


@lru_cache(maxsize=4096)
def parse_span(text: str) -> Span | None:
    """The span a parenthesis or phrase describes; None if it says none.

    Cached: the same few phrases recur from list to list, and a Span is immutable.
    """
    start = end = None
    inclusive = True
    m2 = _END.search(text)
    rest = text[:m2.start()] + " " * (m2.end() - m2.start()) + text[m2.end():] if m2 else text
    m = _START.search(rest)
    if m:
        start = parse_ref(m.group("ref"))
    if m2:
        end = parse_ref(m2.group("ref"))
        how = m2.group("how").lower()
        if end is not None and not m2.group("incl"):
            # « jusqu'à son arrivée à 19h15 », « départ à D107/13 »: that point is not covered.
            # « jusqu'à la question 3 » without « incluse » is read as inclusive.
            exclusive = "arrivée" in m2.group(0).lower() or (
                how.startswith(("départ", "parti", "quitt", "a quitt")) and "après" not in how)
            if "avant" in how:
                exclusive = True
            inclusive = not exclusive
    excepted = []
    for m3 in _EXCEPT.finditer(text):
        a = parse_ref(m3.group("a"))
        b = parse_ref(m3.group("b")) if m3.group("b") else a
        if a is not None:
            excepted.append(Span(a, b))
    if start is None and end is None:
        r = _RANGE.search(text)
        if r is not None:
            start, end = parse_ref(r.group("a")), parse_ref(r.group("b"))
            if start is None or end is None:
                start = end = None
        else:
            only = _ONLY.search(text)
            if only is not None:
                start = end = parse_ref(only.group("a"))
    if start is None and end is None and not excepted:
        return None
    return Span(start, end, inclusive, tuple(excepted))
