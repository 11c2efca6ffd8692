"""A deliberation block: numbers, title, rapporteur, opinions, budget, text, interests, vote.

:func:`read_block` returns a :class:`ParsedDeliberation` with ``None`` or empty values
where the block does not say; it never raises. Each layout variant is one small reader.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal

from registre.reading.people import NameEntry, parse_list
from registre.reading.textutil import find_date, guarded, to_amount
from registre.reading.votes import PrintedVote, read_vote

_DELIB_NO = [
    guarded(r"D[ée]lib[ée]ration\s+n°\s*(?P<n>[\w/.-]*\d[\w/.-]*)", "Dd", re.IGNORECASE),
    re.compile(r"\bN°\s*(?P<n>D?\d{1,4}\s*[/-]\s*\d{2,4})\b"),
    re.compile(r"(?P<n>\b\d{1,3}[-/]\d{4})\s+OBJET\b"),
    re.compile(r"\b(?P<n>D\d{1,4}/\d{2,4})\b"),
    re.compile(r"\bDCM\s*n?°?\s*(?P<n>[\d/.-]+\d)"),
]
_NUMBER_TITLE = guarded(r"D[ée]lib[ée]ration\s+n°\s*[\w/.-]*\d[\w/.-]*\s*[:-]\s+(?P<t>[^\n]{3,300})", "Dd",
                        re.IGNORECASE)
_REPORT = guarded(r"Rapport\s+n°\s*(?P<n>\d+\w*)\s*(?:[-:.]\s*(?P<t>[^\n]+))?", "Rr", re.IGNORECASE)
_POINT = guarded(r"(?<!\w)(?:Point|Question|Affaire)\s+n°\s*(?P<n>\d+(?:/?[a-z])?)\s*(?:[-:.]\s*(?P<t"
                    r">[^\n]+))?",
                    "PpQqAa", re.IGNORECASE)
_OBJET = re.compile(r"\bOBJET\s*:\s*(?P<t>.+?)(?=\s+(?:Présents|Etaient|Étaient|Rapporteur|Nombre\s+de)\b|\n"
                    r"|$)",
                    re.IGNORECASE)
_RAPPORTEUR = guarded(r"Rapporteur(?:e)?\s*:\s*(?P<n>[^,\n]+?)(?:\s*,\s*(?P<f>[^\n]+?))?\s*(?:\n|$)",
                      "Rr", re.IGNORECASE)
_OPINION = re.compile(
    r"^(?P<b>(?:Commission|Bureau|Conférence|Comité|Commission\s+des)[^\t\n]*?)(?:\t+|\s{2,})"
    r"(?P<d>\d{1,2}/\d{1,2}/\d{4})(?:\t+|\s{2,}|\s)(?P<v>[^\t\n]+)$",
    re.MULTILINE,
)
_BUDGET = guarded(r"Inscription\s+budgétaire\s*\n?(?P<b>[^\n]+(?:\n[^\n]*Montant[^\n]*)?)", "Ii",
                  re.IGNORECASE)
_PLANNED = re.compile(r"Montant\s+prévu[^:]{0,40}:\s*(?P<a>[\d\s.,]+)\s*€", re.IGNORECASE)
_OPERATION = re.compile(r"Montant\s+de\s+l'opération\s*:\s*(?P<a>[\d\s.,]+)\s*€", re.IGNORECASE)
_SUMMARY = guarded(r"Résumé\s*:\s*", "Rr", re.IGNORECASE)
_HEADING = re.compile(r"^[ \t]*(?:I|1)[ \t]*[.)-][ \t]+\S", re.MULTILINE)
# Found by its verb, then the names are read backwards from it: a leading lazy group
# would make the search quadratic on long texts.
_INTEREST = guarded(
    r"(?:ne\s+(?:prend|prennent)\s+(?:pas\s+)?part\s+(?:ni\s+au\s+débat|au\s+vote|à\s+la\s+délibération"
    r"|au\s+débat)|s'(?:est|sont)\s+retirée?s?|n'ont?\s+pas\s+pris\s+part\s+au\s+vote)",
    "nNsS", re.IGNORECASE,
)
_INTERESTED_WORDS = re.compile(
    r"\s*,?\s*(?:(?:conseill[eè]re?s?|élue?s?|membres?)\s+)?intéressée?s?\s*,?\s*$", re.IGNORECASE)
_INTEREST_LIST = re.compile(r"(?:Conseillers?|Élus?|Membres?)\s+intéressée?s?\s*:\s*(?P<names>[^\n]*[A-Z]{2}"
                            r"[^\n]*)")
# The verb or the assembly before a colon; the sentence it ends is read back from there
# (a leading lazy group would make the search quadratic).
_DECISION_VERB = re.compile(
    r"\b(?:le\s+(?:Conseil|Bureau|Comité|conseil|bureau|comité)[^\n:]{0,60}?|DÉCIDE|DECIDE|décide|DÉLIBÈRE"
    r"|délibère)\s*:"
)
_DECISION_END = guarded(
    r"Rapport\s+adopté|Délibération\s+adoptée|\bPour\s*:|ONT\s+VOT|Votes?\s*:|Certifié|La\s+présente\s+délib"
    r"ération\s+peut"
    r"|Pour\s+extrait|ACTE\s+EXECUTOIRE|Fait\s+(?:à|et)|Ainsi\s+fait|Adopté\s+(?:à|par)",
    "RrDdPpOoVvCcLlAaFf", re.IGNORECASE,
)
_VOTE_START = guarded(r"Rapport\s+adopté|Délibération\s+adoptée|ONT\s+VOT|\bVotes?\s*:|Résultat\s+du\s+vote",
                      "RrDdOoVv", re.IGNORECASE)
_SENTENCE = re.compile(r"(?<!\bMM)(?<!\bM)(?<!\bMme)(?<!\b[A-Z])[.:;]\s+")
_BULLET = re.compile(r"(?:^|\n|\s)(?:[-+•]|__|\d+[°.)])\s+(?=\S)")


@dataclass
class ParsedDeliberation:
    """One deliberation as printed."""

    number: str | None = None
    report_number: str | None = None
    point_number: str | None = None
    title: str = ""
    rapporteur: NameEntry | None = None
    rapporteur_function: str = ""
    opinions: list[tuple[str, dt.date | None, str]] = field(default_factory=list)
    budget: tuple[str, str, Decimal | None, Decimal | None] | None = None
    summary: str = ""
    body: str = ""
    decision_intro: str = ""
    decisions: list[str] = field(default_factory=list)
    interested: list[NameEntry] = field(default_factory=list)
    printed_vote: PrintedVote | None = None
    item_number: str = ""
    item_number_source: str = ""


def read_block(block: str, whole: str, single: bool) -> ParsedDeliberation:
    """Everything a deliberation block says; ``whole`` is searched too when ``single``.

    A pattern is searched only when the words any of its matches contains are in the text
    (looked up in lower case first: much cheaper than a search that finds nothing).
    """
    d = ParsedDeliberation()
    scope = whole if single else block
    low = block.casefold()
    scope_low = scope.casefold() if single else low
    d.number = _first_group(_DELIB_NO, scope, scope_low)
    nm = _near(_NUMBER_TITLE, block, low, ("ration",))
    if nm:  # « Délibération n° 2025-004 : Tarifs de la cantine »
        d.title = " ".join(nm.group("t").split())
    rm = _REPORT.search(block) or (_REPORT.search(scope) if single else None)
    if rm:
        d.report_number = rm.group("n")
        d.title = (rm.group("t") or "").strip() or d.title
    pm = _near(_POINT, block, low, ("point", "question", "affaire"))
    if pm:
        d.point_number = pm.group("n").lower()
        d.title = d.title or (pm.group("t") or "").strip()
    if not d.title:
        om = _near(_OBJET, scope, scope_low, ("objet",))
        d.title = " ".join(om.group("t").split()) if om else ""
    _rapporteur(d, block)
    if not d.title:
        d.title = _title_before(block, d)
    if _has(block, ("Commission", "Bureau", "Conférence", "Comité")):
        d.opinions = [(" ".join(m.group("b").split()), find_date(m.group("d")), m.group("v").strip())
                      for m in _OPINION.finditer(block)]
    d.budget = _budget(block) if "inscription" in low else None
    # The decision sentence and the interest sentences are found once, used by three readers.
    intro = _decision_intro(block)
    first = _near(_INTEREST, block, low, ("part", "retir"))
    interests = list(_INTEREST.finditer(block, first.start())) if first else []
    _text(d, block, intro, interests[0] if interests else None)
    d.interested = _interested(block, interests)
    d.printed_vote = read_vote(_vote_zone(block, intro, low))
    return d


def _has(text: str, words: tuple[str, ...]) -> bool:
    return any(w in text for w in words)


_BACK = 100  # a match starts less than this before the word it needs (blanks are cut short)


def _near(rx: re.Pattern[str], text: str, low: str, words: tuple[str, ...]) -> re.Match[str] | None:
    """``rx.search(text)``, for a pattern whose every match holds one of ``words`` near its start.

    ``low`` is ``text`` in lower case: the search starts just before the first of the
    words found there, and does not run at all when none is.
    """
    found = [i for i in (low.find(w) for w in words) if i >= 0]
    if not found:
        return None
    start = max(0, min(found) - _BACK) if len(low) == len(text) else 0
    return rx.search(text, start)


# Words each pattern of _DELIB_NO needs (in the text as printed, or in lower case: « ~ »).
_DELIB_NO_WORDS: list[tuple[str, ...]] = [("~ration",), ("N°",), ("OBJET",), ("D",), ("DCM",)]


def _first_group(rxs: list[re.Pattern[str]], text: str, low: str) -> str | None:
    for rx, words in zip(rxs, _DELIB_NO_WORDS, strict=True):
        if not any(w[1:] in low if w[0] == "~" else w in text for w in words):
            continue
        m = rx.search(text)
        if m:
            return re.sub(r"\s+", "", m.group("n")).strip(".-")
    return None


def _rapporteur(d: ParsedDeliberation, block: str) -> None:
    m = _RAPPORTEUR.search(block)
    if not m:
        return
    entries = parse_list(m.group("n"))
    d.rapporteur = entries[0] if entries else None
    d.rapporteur_function = (m.group("f") or "").strip()


def _title_before(block: str, d: ParsedDeliberation) -> str:
    """The title printed before the rapporteur or before the number (``Zones … N°36/2023``)."""
    m = _RAPPORTEUR.search(block)
    if m:
        before = block[: m.start()].strip()
        para = re.split(r"\n\s*\n", before)[-1] if before else ""
        return " ".join(para.split())[:400]
    if d.number:
        k = block.find(d.number.replace("D", ""))
        if k > 0:
            before = block[max(0, k - 200):k]
            before = re.sub(r"N°\s*$", "", before.strip()).strip()
            m2 = re.search(r"((?:[A-ZÀ-Ý][\w'-]*\s+)(?:[\w'-]+\s+){0,15}[\w'-]+)$", before)
            return " ".join(m2.group(1).split()) if m2 else ""
    return ""


def _budget(block: str) -> tuple[str, str, Decimal | None, Decimal | None] | None:
    m = _BUDGET.search(block)
    if not m:
        return None
    line = m.group("b")
    prog = re.search(r"«\s*(?P<p>[^»]+?)\s*»", line)
    budget = line[: prog.start()].strip() if prog else line.split("\t")[0].strip()
    planned, operation = _PLANNED.search(line), _OPERATION.search(line)
    return (budget, prog.group("p") if prog else "",
            to_amount(planned.group("a")) if planned else None,
            to_amount(operation.group("a")) if operation else None)


def _text(d: ParsedDeliberation, block: str, intro: _Intro | None, interest: re.Match[str] | None) -> None:
    end_body = min(x.start() for x in (intro, interest) if x) if (intro or interest) else len(block)
    sm = _SUMMARY.search(block)
    if sm:
        rest = block[sm.end():end_body]
        h = _HEADING.search(rest)
        d.summary = _paragraphs(rest[: h.start()] if h else rest)
        d.body = _paragraphs(rest[h.start():]) if h else ""
    if intro:
        d.decision_intro = _SENTENCE.split(" ".join(intro.group("i").split()).rstrip(":"))[-1].strip() + " :"
        after = block[intro.end():]
        stop = _DECISION_END.search(after)
        zone = after[: stop.start()] if stop else after
        parts = [" ".join(p.split()).strip(" ;") for p in _BULLET.split(zone)]
        d.decisions = [p for p in parts if len(p) > 2]


def _paragraphs(text: str) -> str:
    paras = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text)]
    return "\n\n".join(p for p in paras if p)


def _interested(block: str, interests: list[re.Match[str]]) -> list[NameEntry]:
    """Members declared interested: the names before each interest sentence (``interests``)."""
    out: list[NameEntry] = []
    for m in interests:
        before = block[max(0, m.start() - 400):m.start()]
        before = re.split(r"\n\s*\n", before)[-1].replace("\n", " ")  # the paragraph, unwrapped
        names = _SENTENCE.split(_INTERESTED_WORDS.sub("", before))[-1]
        out.extend(parse_list(names))
    lm = _INTEREST_LIST.search(block)
    if lm and not out:
        out.extend(parse_list(lm.group("names")))
    return out


def _vote_zone(block: str, intro: _Intro | None, low: str) -> str:
    """Where the vote is printed: after the decisions when they are marked, else the block.

    ``intro`` is the decision sentence (:func:`_decision_intro`), or None; ``low`` the
    block in lower case.
    """
    m = _near(_VOTE_START, block, low, ("adopt", "vot", "sultat"))
    if m:
        return block[max(0, m.start() - 200):]
    if intro:
        return block[max(0, intro.start() - 400):]
    return block


class _Intro:
    """Where the decision sentence is: its start, end and text."""

    def __init__(self, block: str, start: int, end: int):
        self._text, self._start, self._end = block[start:end], start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self, _name: str) -> str:
        return self._text


def _decision_intro(block: str) -> _Intro | None:
    """The sentence introducing the decisions (« A l'unanimité, le Conseil de Communauté : »)."""
    m = _DECISION_VERB.search(block)
    if not m:
        return None
    line_start = block.rfind("\n", 0, m.start()) + 1
    start = max(line_start, m.start() - 200)
    return _Intro(block, start, m.end())
