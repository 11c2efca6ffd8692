"""Dates as people write them, and which one is the sitting's.

A document names many dates: the sitting's, the convocation's, the publication's and the
transmission's, the previous sitting's whose minutes are approved, the dates of laws and
contracts. :func:`mentions` finds every date however written — ``22/10/2021``,
``SEANCE DU 1 ER OCTOBRE 2013``, ``le vendredi vingt-six mars``, ``deux mil treize``,
``L'an deux mille vingt et un, le …`` — and :func:`session_date` weighs each by the words
around it (the title, « séance du », « s'est réuni le » for; « convoqué le », « publié le »,
« procès-verbal de la séance du » against), the day's name agreeing with the date, and
the mentions that agree. The winner comes with the line it was read on and how sure the
reader is; no winner is better than a wrong one (``None``).

Every pattern here is linear: each starts at a month word or at « l'an », found by ``re``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from registre.core.names import fold
from registre.reading.textutil import lower_latin1, wrapped_at

MONTHS = {
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
}
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")

# French number words up to the thousands (« mil » is the old spelling of the year's thousand).
_UNITS = {
    "zero": 0, "un": 1, "une": 1, "premier": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5,
    "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
    "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "trente": 30, "quarante": 40,
    "cinquante": 50, "soixante": 60, "cent": 100, "mille": 1000, "mil": 1000,
}
_WORD = (r"(?:z[ée]ro|une?|premier|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize"
         r"|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|cents?|mille|mil|et)")
# A run of number words (at most eight: a year is « deux mille vingt et un », five).
_WORDS = _WORD + r"(?:[\s-]{1,3}" + _WORD + r"){0,7}"
_MONTH = (r"janv(?:ier)?|f[ée]v(?:rier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|ao[uû]t|sept(?:embre)?"
          r"|oct(?:obre)?|nov(?:embre)?|d[ée]c(?:embre)?")
_MONTH_FULL = (r"janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre"
               r"|d[ée]cembre")
_DAYNAME = r"(?:(?P<wd>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)[\s,]{1,3})?"
# A day in figures: « 1er », « 1 ER », « 1° », OCR's « ler » or « l5 » (« l » for « 1 »).
_DAY_FIG = r"(?P<dd>[0-3]?\d|[lI]\d|[lI](?=\s?er))(?:\s?(?:er|ER|ᵉʳ|e|ème|°))?"
_DAY_WORDS = r"(?P<dw>" + _WORDS + r")"
# A year in figures; OCR may split it with single spaces (« 20 21 », « 2 0 2 1 »).
_YEAR = (r"(?P<yd>(?:1[89]|2[01])\d\d|(?:1 ?[89]|2 ?0) ?[0-3] ?\d(?!\d))\b"
         r"|(?P<yw>(?:deux|mil|mille)" + r"(?:[\s-]{1,3}" + _WORD + r"){0,6})")

# « 26 janvier 2016 », « vendredi vingt-six mars deux mille vingt et un », « 1 ER OCTOBRE 2013 »:
# the match starts at the day, found by the month word (see :func:`mentions`).
_SPELLED = re.compile(
    r"(?<![\w/])" + _DAYNAME + r"(?:" + _DAY_FIG + r"|" + _DAY_WORDS + r")"
    r"(?:\s{1,3}du\s+mois)?(?:\s{1,3}d[e'])?\s{1,4}(?P<m>" + _MONTH_FULL + r")\b\.?"
    r"(?:,?\s{1,4}(?:" + _YEAR + r"))?",
    re.IGNORECASE,
)
# 22/10/2021, 22.10.21, 22-10-2021.
_NUMERIC = re.compile(r"(?P<d>\d\d?)\s?[/.-]\s?(?P<m>[01]?\d)\s?[/.-]\s?(?P<y>(?:19|20)\d\d|\d\d)"
                      r"(?![\d/])")
# « L'an deux mille vingt et un » (or « L'an 2021 »): the year of the date that follows it.
_AN = re.compile(r"[lL]['’ ]\s?[aA][nN]\s+(?:(?P<yd>(?:19|20)\d\d)|(?P<yw>(?:deux|mil|mille)(?:[\s-]{1,3}"
                 + _WORD + r"){0,6}))", re.IGNORECASE)
# Where a spelled date can start: before its month word (« day month »), at most this far.
_BACK = 60
_NOT_BEFORE_NUMERIC = frozenset("0123456789/.")


_MONTH_SPELLINGS = ("janvier", "février", "fevrier", "mars", "avril", "mai", "juin", "juillet", "août",
                    "aout", "septembre", "octobre", "novembre", "décembre", "decembre")
# Every month's spellings and abbreviations found from one word each (one pass over the text a
# word): the word, the abbreviation it is (« » if none), the full spellings that start with it.
_MONTH_PARTS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("janv", "janv", ("janvier",)), ("fév", "fév", ("février",)), ("fev", "fev", ("fevrier",)),
    ("mars", "", ("mars",)), ("avr", "avr", ("avril",)), ("mai", "", ("mai",)),
    ("jui", "", ("juin", "juillet")), ("ao", "", ("août", "aout")), ("sept", "sept", ("septembre",)),
    ("oct", "oct", ("octobre",)), ("nov", "nov", ("novembre",)), ("déc", "déc", ("décembre",)),
    ("dec", "dec", ("decembre",)),
)


def _month_places(low: str) -> tuple[list[tuple[int, int]], list[tuple[int, str]]]:
    """Where each month's name is in ``low`` (``str.find``: a regex alternation would try
    every position), with its length, in the order of the text; and where an abbreviated
    month may be (see :func:`_abbreviated_months`)."""
    full: list[tuple[int, int]] = []
    short: list[tuple[int, str]] = []
    for part, abbreviation, spellings in _MONTH_PARTS:
        i = low.find(part)
        while i >= 0:
            for w in spellings:
                if low.startswith(w, i):
                    full.append((i, len(w)))
            if abbreviation and _word_start(low, i):
                k = i + len(part)
                if part in ("fév", "fev") and low.startswith("r", k):
                    k += 1
                if not _alnum_at(low, k):
                    short.append((i, abbreviation))
            elif part == "jui" and low.startswith("juil", i) and _word_start(low, i) \
                    and not _alnum_at(low, i + 4):
                short.append((i, "juil"))
            i = low.find(part, i + 1)
    full.sort()
    short.sort()
    return full, short


def _month_words(low: str) -> list[tuple[int, int]]:
    """Where each month's name is in ``low``, with its length, in the order of the text."""
    return _month_places(low)[0]


def _word_start(low: str, i: int) -> bool:
    return i == 0 or not low[i - 1].isalnum()


def _alnum_at(low: str, i: int) -> bool:
    return i < len(low) and low[i].isalnum()


def words_to_number(text: str) -> int | None:
    """French number words to an int: « vingt-six » 26, « deux mil treize » 2013, « premier » 1.

    ``None`` if a word is not a number word. (« quatre-vingt » 80, « soixante-dix » 70.)
    """
    total, current, seen = 0, 0, False
    for w in re.split(r"[\s-]+", fold(text).lower()):
        if not w or w == "et":
            continue
        if w in ("vingts", "cents"):
            w = w[:-1]
        v = _UNITS.get(w)
        if v is None:
            return None
        seen = True
        if v == 1000:
            total += max(current, 1) * 1000
            current = 0
        elif v == 100:
            current = max(current, 1) * 100
        elif v == 20 and current % 100 == 4:  # quatre-vingt
            current += 76
        else:
            current += v
    return total + current if seen else None


@dataclass(frozen=True)
class DateMention:
    """A date named in the text: where (offsets, 1-based line) and how it was written."""

    date: dt.date
    start: int
    end: int
    line: int
    weekday: str | None = None  # the day's name printed with it, if any
    # « date » (figures printed with it), « mots » (words printed with it: « deux mille onze »),
    # « l'an » (the year of « L'an … » before it), « recoupé » (see _years_checked)
    year_from: str = "date"

    @property
    def weekday_agrees(self) -> bool | None:
        if self.weekday is None:
            return None
        return WEEKDAYS[self.date.weekday()] == fold(self.weekday).lower()


def _line_of(text: str, pos: int) -> int:
    """The 1-based line of ``pos`` (few mentions a text: counting is cheaper than an index)."""
    return text.count("\n", 0, pos) + 1


def _year(yd: str | None, yw: str | None) -> int | None:
    if yd:
        return int(yd.replace(" ", ""))
    if yw:
        n = words_to_number(yw.rstrip(" -"))
        # « deux mil » alone is 2000; « deux mille quinze, le … »: trailing words that are not
        # the year's were not matched (a comma ends it).
        return n if n is not None and 1900 <= n <= 2100 else None
    return None


def _day(dd: str | None, dw: str | None) -> int | None:
    if dd:
        d = dd.replace("l", "1").replace("I", "1")
        return int(d) if d.isdigit() else None
    if dw:
        return words_to_number(dw)
    return None


def mentions(text: str, end: int | None = None, low_text: str | None = None) -> list[DateMention]:
    """Every date named in ``text[:end]``, in the order of the text (never raises).

    ``low_text``: ``text.lower()`` if it has the same offsets (a Latin-1 text), when known.
    """
    end = len(text) if end is None else min(end, len(text))
    part = text[:end]
    # Searched in lower case, by patterns that start with a literal letter or a digit: re
    # skips ahead to it instead of trying every position (the word boundaries are checked here).
    if low_text is not None:
        low = low_text[:end]
    else:
        low = part.lower()
        if len(low) != len(part):
            low = "".join(c.lower() if len(c.lower()) == 1 else c for c in part)
    found: dict[int, DateMention] = {}
    years_an = []
    for word in ("l'an", "l’an", "l an"):
        i = low.find(word)
        while i >= 0:
            m = _AN.match(text, i, end)
            if m is not None and _word_start(low, i):
                years_an.append((m.end(), _year(m.group("yd"), m.group("yw"))))
            i = low.find(word, i + 1)
    last_end = -1
    month_words, abbreviated = _month_places(low)
    for at, length in month_words:
        if at < last_end or not _word_start(low, at) or _alnum_at(low, at + length):
            continue
        m = _search_back(text, at, end)
        if m is None:
            continue
        day = _day(m.group("dd"), m.group("dw"))
        start = m.start()
        if m.group("dd") and m.group("wd") is None:
            split = _split_day(text, m.start("dd"), m.group("dd"))
            if split == 0:
                continue
            if split is not None:
                day, start = split, m.start("dd") - 2
        month = MONTHS.get(fold(m.group("m")).lower())
        year = _year(m.group("yd"), m.group("yw"))
        year_from = "mots" if year is not None and not m.group("yd") else "date"
        if year is None:
            # « L'an deux mille quinze, le 15 octobre »: the year printed before, close by.
            prior = [y for e, y in years_an if 0 <= m.start() - e <= 120 and y]
            if not prior:
                continue
            year, year_from = prior[-1], "l'an"
        if day is None or month is None:
            continue
        try:
            d = dt.date(year, month, day)
        except ValueError:
            continue
        last_end = m.end()
        found[start] = DateMention(d, start, m.end(), _line_of(text, start), m.group("wd"), year_from)
    for at, word in abbreviated:
        if any(x.start <= at < x.end for x in found.values()):
            continue
        m = next((x for x in _ABBREVIATED.finditer(text, max(0, at - 14), min(end, at + len(word) + 9))
                  if x.start("m") == at), None)
        if m is None:
            continue
        try:
            d = dt.date(int(m.group("yd")), _ABBREVIATIONS[fold(m.group("m")).lower()], int(m.group("dd")))
        except ValueError:
            continue
        found[m.start()] = DateMention(d, m.start(), m.end(), _line_of(text, m.start()), m.group("wd"))
    for m in _numeric(text, end):
        if m.start() and text[m.start() - 1] in _NOT_BEFORE_NUMERIC:
            continue
        if any(x.start <= m.start() < x.end for x in found.values()):
            continue
        y = int(m.group("y"))
        y += 2000 if y < 100 else 0
        try:
            d = dt.date(y, int(m.group("m")), int(m.group("d")))
        except ValueError:
            continue
        wd = _WEEKDAY_BEFORE.search(text, max(0, m.start() - 12), m.start())
        found[m.start()] = DateMention(d, m.start(), m.end(), _line_of(text, m.start()),
                                       wd.group(1) if wd else None)
    return [found[k] for k in sorted(found)]


# Every match of _NUMERIC holds one of these (its first separator, the month, the second one),
# led by a literal that re skips to: the pattern itself starts with a digit, tried everywhere.
_NUMERIC_SEPARATORS = tuple(re.compile(re.escape(c) + r"(?=\s?[01]?\d\s?[/.-])") for c in "/.-")


def _numeric(text: str, end: int) -> Iterator[re.Match[str]]:
    """``_NUMERIC.finditer(text, 0, end)``: tried only at the places a match can start, one
    to three characters before a separator that a month and another separator follow."""
    seps = sorted(m.start() for rx in _NUMERIC_SEPARATORS for m in rx.finditer(text, 0, end))
    pos = 0
    for c in seps:
        for k in range(max(pos, c - 3), c):
            m = _NUMERIC.match(text, k, end)
            if m is not None:
                yield m
                pos = m.end()
                break


# A month abbreviated, between a day and a year in figures (« 4 FÉV. 2021 », « 4 sept 2021 »):
# read only with both figures, « sept » alone being also a number.
_ABBREVIATIONS = {"janv": 1, "fev": 2, "fevr": 2, "avr": 4, "juil": 7, "sept": 9, "oct": 10, "nov": 11,
                  "dec": 12}
_ABBREVIATED = re.compile(
    r"(?<![\w/])(?:(?P<wd>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)[\s,]{1,3})?"
    r"(?P<dd>[0-3]?\d)(?:\s?(?:er|°))?\s{1,3}(?P<m>janv|f[ée]vr?|avr|juil|sept|oct|nov|d[ée]c)"
    r"(?:\.\s{0,3}|\s{1,3})(?P<yd>(?:19|20)\d\d)\b", re.IGNORECASE)


def _abbreviated_months(low: str) -> list[tuple[int, str]]:
    """Where an abbreviated month may be in ``low``: the word cut short (no letter after it,
    « février » is not « fév »)."""
    return _month_places(low)[1]


def _split_day(text: str, at: int, dd: str) -> int | None:
    """« 1 2 mars »: a lone figure just before a one-figure day is OCR splitting the day
    (« 12 »). The day it makes, 0 when it makes none (the mention is then dropped: « 2 mars »
    would be a wrong date), None when the day stands alone."""
    if len(dd) != 1 or at < 2 or text[at - 1] != " " or not text[at - 2].isdigit():
        return None
    if at >= 3 and (text[at - 3].isalnum() or text[at - 3] in "/.,"):
        return None if not text[at - 3].isdigit() else 0
    joined = int(text[at - 2] + dd)
    return joined if 1 <= joined <= 31 else 0


_WEEKDAY_BEFORE = re.compile(r"(?i)\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)[\s,]{1,3}$")


# A letter or a figure (``str.isalnum``: re's word characters but « _ ») after none.
_WORD_STARTS = re.compile(r"(?<![^\W_])[^\W_]")


def _search_back(text: str, month_at: int, end: int) -> re.Match[str] | None:
    """The spelled date whose month word starts at ``month_at``: the earliest start before it
    from which :data:`_SPELLED` reaches that very word."""
    # Starts are tried at word starts only, left to right (a short window: constant work),
    # found by re (a loop over the window's characters costs more).
    for w in _WORD_STARTS.finditer(text, max(0, month_at - _BACK), month_at):
        m = _SPELLED.match(text, w.start(), end)
        if m is not None and m.start("m") == month_at:
            return m
    return None


# -- which date is the sitting's -----------------------------------------------------------

# Words just before a date (the nearest wins) and what they say of it.
_CUES: tuple[tuple[re.Pattern[str], int, str], ...] = tuple(
    (re.compile(p + r"[^.;\n]{0,70}\Z" if tail else p + r"\W{0,4}\Z", re.IGNORECASE | re.MULTILINE), w, name)
    for p, w, name, tail in (
        # For: the sitting is named.
        (r"s[ée]ance\s+(?:publique\s+|ordinaire\s+|extraordinaire\s+|pl[ée]ni[èe]re\s+)*(?:du|de)", 6,
         "séance du", False),
        (r"(?:conseil\s+(?:municipal|communautaire|de\s+communaut[ée]|d'administration|syndical"
         r"|m[ée]tropolitain|d[ée]partemental|r[ée]gional)|comit[ée]\s+syndical|bureau(?:\s+communautaire)?"
         # (« … DU CONSEIL MUNICIPAL JEUDI 15 DECEMBRE 2016 »: the day's name right after it.)
         r"|r[ée]union)(?:\s+(?:du|le|en\s+date\s+du)|(?=\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi"
         r"|dimanche)\b))", 6, "conseil du", False),
        (r"(?:r[ée]uni(?:e|s|es)?|assembl[ée](?:e|s)?|s[ée]ance\s+ouverte)\b", 5, "réuni le", True),
        (r"\bl\s?['’]?\s?an\b", 5, "l'an", True),
        (r"(?:compte[- ]rendu|proc[èe]s[- ]verbal|c-r|cr|pv)\s+(?:sommaire\s+|succinct\s+|de\s+(?:la\s+)?"
         r"s[ée]ance\s+|du\s+conseil\s+municipal\s+|de\s+la\s+r[ée]union\s+)*(?:du|de)", 4, "compte rendu du",
         False),
        # Against: another act of the sitting's life, or another sitting.
        (r"\b(?:convoqu[ée]*s?|convocations?|convoc\.)", -12, "convocation", True),
        (r"\b(?:publi(?:[ée]e?s?|cations?)|affich[ée]e?s?|mise?\s+en\s+ligne|envoi|envoy[ée]e?s?|r[ée]ception|re[çc]ue?s?"
         r"|transmise?s?|t[ée]l[ée]transmise?s?|pr[ée]fecture|ex[ée]cutoire|notifi[ée]e?s?|d[ée]pos[ée]e?s?"
         r"|sign[ée]e?s?|fait\s+(?:à|a))\b", -12, "publication", True),
        (r"(?:\bvu\b|\bloi\b|\bd[ée]cret|\barr[êe]t[ée]|\bordonnance|\bcirculaire|\bconvention|\bcontrat"
         r"|\bmarch[ée]\b|\ben\s+date\s+du|[ée]lus?\s+le|n[°o]\s*\S+\s+du|d[ée]lib[ée]ration\s+(?:n°\s*\S+\s+)?du)",
         -8, "référence", True),
        # (« Validation du compte-rendu du 19 octobre », « Après avoir pris connaissance du compte
        # rendu du … »: the earlier sitting's record approved.)
        (r"\b(?:pr[ée]c[ée]dente?s?|derni[èe]re?s?|approb\w*|approuv\w*|destinataires?|lecture"
         r"|rappel\w*|valid(?:ation|e|é|ée|ent)|pris\s+connaissance)\b", -10, "séance précédente", True),
        (r"\b(?:prochaine?s?\s+(?:s[ée]ances?|r[ée]unions?|conseils?|assembl[ée]es?)|aura\s+lieu|auront\s+lieu"
         r"|se\s+tiendr(?:a|ont)|se\s+r[ée]unira)\b", -12, "séance à venir", True),
        # « Montpellier, le lundi 14 mars 2011 » at the start of a line: the day it was written.
        (r"^[ \t]*(?-i:[A-ZÀ-Ý])[\w'’ -]{1,40},\s+le", -6, "lieu et date", False),
    ))
_TITLE_LINES = 6
# (« EXTRAITS du PROCES-VERBAL de la SEANCE du … »: a document's own title, wherever it is)
_EXTRACT_OF_MINUTES = re.compile(r"(?i)(?<![a-zà-ÿ])extraits?\s+du\s+proc[èe]s[- ]verbal\s+"
                                 r"(?:de\s+la\s+s[ée]ance|des\s+d[ée]lib)")
# Words (in lower case) one of which every match of each cue holds.
_CUE_KEYS = {
    "séance du": ("ance",), "conseil du": ("conseil", "comit", "bureau", "union"),
    "réuni le": ("uni", "assembl", "ance"), "l'an": ("an",),
    "compte rendu du": ("compte", "verbal", "c-r", "cr", "pv"),
    "convocation": ("convo",),
    "publication": ("publi", "affich", "ligne", "envo", "ception", "reç", "rec", "transmis", "fecture",
                    "cutoire", "notifi", "pos", "sign", "fait"),
    "référence": ("vu", "loi", "cret", "arr", "ordonnance", "circulaire", "convention", "contrat", "march",
                  "date", "élu", "elu", "n°", "no", "lib"),
    "séance précédente": ("dent", "derni", "approb", "approuv", "destinataire", "lecture", "rappel", "valid",
                          "connaissance"),
    "séance à venir": ("prochain", "lieu", "tiendr", "unira"),
    "lieu et date": (", le",),
}
_NAMING = ("séance du", "conseil du", "compte rendu du")
# The cues that name the sitting itself (not only a date's place in the page).
_OWN_CUES = frozenset((*_NAMING, "réuni le", "l'an"))
# « Dates des prochains conseils municipaux 2025 : » above a list of dates.
_ANNOUNCE_LIST = re.compile(r"(?im)^[^\n\w]{0,5}dates?\s+des?\s+prochaine?s?\s+"
                            r"(?:conseils?|s[ée]ances?|r[ée]unions?)[^\n]{0,60}:[ \t]*$")
_ANNOUNCE = re.compile(r"(?im)^[^\n\w]{0,5}(?:dates?\s+des?\s+)?(?:le\s+|la\s+)?prochaine?s?\s+"
                       r"(?:conseils?|s[ée]ances?|r[ée]unions?)\b"
                       # « le Conseil Municipal se réunira … le jeudi 22 octobre »: a sitting to come
                       r"|\bconseil\s+(?:municipal|communautaire|syndical|d'administration)\s+se\s+réunira\b")


@dataclass(frozen=True)
class SessionDate:
    """The sitting's date, where it was read (line) and how sure the reader is (0–1)."""

    date: dt.date
    line: int
    confidence: float
    cue: str


@dataclass(frozen=True)
class Dated:
    """A date read after a cue (convocation, publication), with its line."""

    date: dt.date
    line: int


@dataclass(frozen=True)
class DatesRead:
    """The dates of a document: the sitting's, the convocation's, the publication's."""

    session: SessionDate | None
    convocation: Dated | None
    publication: Dated | None
    # The dates the words around them name as a sitting's (this one's, one to come: « séance du
    # conseil municipal qui aura lieu le vendredi 12 mars »): no convocation's.
    sittings: frozenset[dt.date] = frozenset()

    def may_be_convocation(self, d: dt.date) -> bool:
        """Whether ``d``, read after a convocation's word by another reader, can be the
        convocation's date: not a date named as a sitting's, not on or after the sitting's day."""
        if d in self.sittings:
            return False
        return self.session is None or _convoked_before(d, self.session.date)


def read_dates(text: str, window: int = 6000, low: str | None = None) -> DatesRead:
    """Every date of the text's beginning weighed once; the sitting's, the convocation's and
    the publication's (each None when unsure).

    ``low``: ``text`` in lower case with the same offsets (a Latin-1 text), if known; made
    here otherwise when the text is Latin-1.
    """
    if low is None:
        low = lower_latin1(text)
    ms = mentions(text, window, low)
    if not ms:
        return DatesRead(None, None, None)
    title_end = _title_end(text, low)
    cues = [_score(text, m, title_end, low) for m in ms]
    ms, cues = _years_checked(text, ms, cues, title_end, low)
    first = {c: Dated(m.date, m.line) for m, (_, c) in reversed(list(zip(ms, cues, strict=True)))}
    session = _session(text, ms, cues, title_end, low) if not _index_of_sittings(text, ms) else None
    reproduced = _reproduced_minutes(text, ms)
    if reproduced is not None:
        session = reproduced[0]
    if session is not None and _object_names_another(text, ms, session.date):
        session = None
    if session is None and ("nnée" in text[:_YEAR_HEADED] or "NNEE" in text[:_YEAR_HEADED]
                            or "NNÉE" in text[:_YEAR_HEADED]):
        session = _sitting_of_the_year(text)
    if (session is not None and session.cue not in _OWN_CUES
            and _named_without_year(text, title_end, session.date)):
        session = None
    convocation = first.get("convocation")
    if (convocation is not None and session is not None
            and not _convoked_before(convocation.date, session.date)):
        # The first date read as the convocation's cannot be it (« Convocation du conseil
        # municipal pour le jeudi 12 mars 2021 » names the sitting's own day): the next one read
        # so that can, or none.
        convocation = next((Dated(m.date, m.line) for m, (_, c) in zip(ms, cues, strict=True)
                            if c == "convocation" and _convoked_before(m.date, session.date)), None)
    if convocation is None:
        convocation = _label_row(text, ms, low, window)
        if convocation is not None and session is not None and not _convoked_before(convocation.date,
                                                                                   session.date):
            convocation = None
    if convocation is None and session is not None:
        convocation = _convoked_without_year(text[:window], session.date,
                                             low[:window] if low is not None else None)
    if session is None and convocation is not None \
            and not any(sc > 0 and c in _OWN_CUES for sc, c in cues):
        # (Only where no date names the sitting: one withheld for its formula's disagreeing with
        # its title stays withheld.)
        session = _met_without_year(text[:window], convocation.date)
    sittings = frozenset(m.date for m, (sc, c) in zip(ms, cues, strict=True)
                         if c == "séance à venir" or (sc > 0 and c in _NAMING))
    return DatesRead(session, convocation, first.get("publication"), sittings)


# A label of a row of labels above a row of dates (« Date d'affichage   Date de convocation ⏎
# 06/03/2021   05/03/2021 »).
_ROW_LABEL = re.compile(r"(?i)\b(?:convocations?|affichage|publication|s[ée]ance|r[ée]union|transmission"
                        r"|envoi|mise\s+en\s+ligne|r[ée]ception|signature)\b")


def _label_row(text: str, ms: list[DateMention], low: str | None, window: int) -> Dated | None:
    """The convocation's date read from a row of labels over a row of dates, one for one in
    their order (« Date de la séance   Date de convocation ⏎ 12/03/2021   05/03/2021 »): the
    date under the convocation's label, when the two rows hold as many of each."""
    lowered = low if low is not None else text[:window].lower()
    i = lowered.find("convocation", 0, window)
    while i >= 0:
        start = text.rfind("\n", 0, i) + 1
        end = text.find("\n", i)
        end = len(text) if end < 0 else end
        line = text[start:end]
        labels = [m.group(0).lower() for m in _ROW_LABEL.finditer(line)]
        if len(labels) >= 2 and not any(c.isdigit() for c in line):
            # The next line that is not blank.
            below = end + 1
            while below < len(text):
                below_end = text.find("\n", below)
                below_end = len(text) if below_end < 0 else below_end
                if text[below:below_end].strip():
                    break
                below = below_end + 1
            row = [m for m in ms if below <= m.start < below_end] if below < len(text) else []
            k = next((j for j, w in enumerate(labels) if w.startswith("convocation")), None)
            if k is not None and len(row) == len(labels):
                return Dated(row[k].date, row[k].line)
        i = lowered.find("convocation", i + 1, window)
    return None


# The longest a convocation may precede its sitting (L2121-12: three clear days at least, five in
# communes of 3 500 inhabitants and more, no most; the labelled sets print up to 144 days, misprints
# of an OCR'd year included): a date years before is a year misread (« 2020 » for « 2024 »).
_CONVOKED_AT_MOST = 183


def _convoked_before(convocation: dt.date, session: dt.date) -> bool:
    """Whether ``convocation`` can be the convocation of the sitting of ``session``: before its
    day (a day after it is a slip of the pen some print, three days after it no convocation),
    and not more than half a year before it."""
    return convocation != session and -_CONVOKED_AT_MOST <= (convocation - session).days <= 3


def _years_checked(text: str, ms: list[DateMention], cues: list[tuple[int, str]], title_end: int,
                   low: str | None) -> tuple[list[DateMention], list[tuple[int, str]]]:
    """The year of a date written in words checked against the text's dates in figures: a year in
    words is long and breaks easily (« L'an Deux Mil<b>le</b> Onze » read « deux mil », 2000; OCR
    drops a word), while the heading prints the same day and month with its year in figures
    (« SÉANCE DU 15 DÉCEMBRE 2011 »). When exactly one other year is printed in figures with the
    same day and month, by a date no cue sets against the sitting (not « vu la délibération du
    15 décembre 2010 ») whose day's name, if printed, agrees with it, and the year in words is
    printed nowhere in figures, that year is the one (the header's year wins, as over a formula
    copied from an earlier year)."""
    figures = {m.date.year for m in ms if m.year_from == "date"}
    # (A year printed in figures elsewhere too is not broken: « onze juillet deux mille dix-neuf »
    # under « 11 juillet 2019 » stays, whatever a report of « 11 juillet 2018 » says.)
    worded = [k for k, m in enumerate(ms) if m.year_from in ("mots", "l'an") and m.date.year not in figures]
    if not worded:
        return ms, cues
    ms, cues = list(ms), list(cues)
    for k in worded:
        m = ms[k]
        years = {x.date.year for x, (s, _) in zip(ms, cues, strict=True)
                 if x.year_from == "date" and s >= 0 and x.weekday_agrees is not False
                 and x.date.year != m.date.year
                 and (x.date.month, x.date.day) == (m.date.month, m.date.day)}
        if len(years) == 1:
            ms[k] = replace(m, date=m.date.replace(year=years.pop()), year_from="recoupé")
            cues[k] = _score(text, ms[k], title_end, low)
    return ms, cues


# A sitting named in the title by its day and month with no year: « Conseil municipal mercredi
# 18 novembre à 19 heures », « Séance du 4 mars » (a page announcing it, or its year left out).
_NAMED_NO_YEAR = re.compile(
    r"(?i)\b(?:s[ée]ance|conseil\s+(?:municipal|communautaire|syndical)|r[ée]union|comit[ée]\s+syndical)"
    r"\s+(?:du\s+|le\s+)?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?"
    r"(?P<d>[0-3]?\d)(?:\s?er)?\s{1,3}(?P<m>" + _MONTH_FULL + r")\b(?![\s.,]{0,3}(?:\d|deux|mil))")


_APPROVED_BEFORE = re.compile(r"(?i)approb|approuv|pr[ée]c[ée]dent")


def _named_without_year(text: str, title_end: int, session: dt.date) -> bool:
    """Whether the title names the sitting by a day and month (no year printed with them) other
    than those of the date read: that date is another act's (« fiche réflexe du 6/11/2020 » on a
    page announcing « conseil municipal mercredi 18 novembre »), not the sitting's. (The year is
    not completed: the text does not print it.)"""
    m = _NAMED_NO_YEAR.search(text, 0, max(title_end, 300))
    if m is None or _APPROVED_BEFORE.search(text, text.rfind("\n", 0, m.start()) + 1, m.start()):
        return False  # (« Approbation du procès-verbal de la séance du 8 février »: another sitting)
    month = MONTHS.get(fold(m.group("m")).lower())
    return (month, int(m.group("d"))) != (session.month, session.day)


# A recueil of a period headed by its year (« 3ème TRIMESTRE – ANNÉE 2015 ») whose sommaire names
# its sitting by day and month only (« SÉANCE DU 07 JUILLET »): that year's.
_YEAR_HEADED = 1500
_YEAR_HEADING = re.compile(r"(?i)\bann[ée]e\s+((?:19|20)\d\d)\b")
_SITTING_NO_YEAR = re.compile(
    r"(?i)\bs[ée]ance\s+du\s+(?:(?P<wd>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?"
    # (Its year left out: no figure after it on its line, no year opening the next; « 61 » is the
    # sommaire's next row.)
    r"(?P<d>[0-3]?\d)(?:\s?er)?\s{1,3}(?P<m>" + _MONTH_FULL + r")\b(?![ \t.,]{0,3}(?:\d|deux|mil))"
    r"(?!\s*(?:19|20)\d\d\b)")
_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")


def _sitting_of_the_year(text: str) -> SessionDate | None:
    """The sitting named by its day and month only in the opening of a text headed by one year
    (« ANNÉE 2015 »), after that heading, not a previous sitting approved
    (« Approbation du procès-verbal de la séance du … »); None otherwise."""
    opening = text[:_YEAR_HEADED]
    headings = list(_YEAR_HEADING.finditer(opening))
    years = {int(h.group(1)) for h in headings}
    if len(years) != 1:
        return None
    for m in _SITTING_NO_YEAR.finditer(opening, headings[0].end()):
        if _APPROVED_BEFORE.search(opening, opening.rfind("\n", 0, m.start()) + 1, m.start()):
            continue
        month = MONTHS.get(fold(m.group("m")).lower())
        if month is None:
            return None
        try:
            day = dt.date(next(iter(years)), month, int(m.group("d")))
        except ValueError:
            return None
        if m.group("wd") and _WEEKDAYS.index(m.group("wd").lower()) != day.weekday():
            return None
        return SessionDate(day, _line_of(text, m.start()), 0.6, "séance du")
    return None


# « Objet : Procès-verbal du comité syndical du mardi 17 décembre 2019 » under the heading of
# the sitting that approves it (« COMITÉ SYNDICAL MARDI 4 FÉVRIER 2020 »).
_OBJECT_MINUTES = re.compile(r"(?i)objet\s*:\s*proc[èe]s[- ]verbal\b[^.\n]{0,60}?\bdu\s+\Z")


def _object_names_another(text: str, ms: list[DateMention], session: dt.date) -> bool:
    """Whether the document's object, at its head, is the procès-verbal of a sitting of another
    date than the one read: the heading's is the approving sitting's, the record's is the other;
    the text does not say which one it records."""
    at = max(text.find("bjet", 0, 1500), text.find("BJET", 0, 1500))
    if at < 1:
        return False
    return any(m.date != session and at <= m.start < at + 100
               and _OBJECT_MINUTES.search(text, at - 1, m.start) is not None for m in ms)


# A line that names a sitting by its date and nothing more before it (« Délibération du 6 mai 2010 »).
# (« Compte rendu de la réunion ordinaire du conseil municipal du 28 février 2022 »: words of the
# sitting between.)
# (« Liste des délibérations examinées le 11 avril 2023 »: « le » for « du »; « Tableau des
# délibérations du … »: the list of a sitting's deliberations.)
_SITTING_WORDS = (r"\W{0,3}(?:(?:liste|tableau|relev[ée])\s+des\s+)?"
                  r"(?:d[ée]lib[ée]rations?|s[ée]ances?|conseils?\s+municipa\w*|r[ée]unions?"
                  r"|comptes?[- ]rendus?|proc[èe]s[- ]verbal)\b[^\n]{0,60}?\s(?:du|le)\s+")
_SITTING_LINE = re.compile(r"(?i)" + _SITTING_WORDS + r"\Z")
# The same line with its date in figures separated by blanks, as a page names its files
# (« Procès-verbal CM du 09 10 2023 »): read only to count the sittings of an index.
_SITTING_LINE_SPACED = re.compile(r"(?im)^" + _SITTING_WORDS + r"([0-3]?\d) ([01]?\d) ((?:19|20)\d\d)\b")
# What every date of _SITTING_LINE_SPACED holds (a necessary condition, cheap to look for).
_SPACED_DATE = re.compile(r"\d \d{1,2} (?:19|20)\d\d")


def _has_spaced_date(text: str, end: int) -> bool:
    """Whether :data:`_SPACED_DATE` matches in ``text[:end]``, tried only where its year can
    start (« 19 », « 20 » after a space: ``str.find``, where the search would try every place)."""
    for year in (" 19", " 20"):
        i = text.find(year, 0, end)
        while i >= 0:
            # « 9 10 2023 » or « 9 1 2023 »: its start 4 or 3 places before the year's space.
            if (i >= 4 and _SPACED_DATE.match(text, i - 4, end) is not None) \
                    or (i >= 3 and _SPACED_DATE.match(text, i - 3, end) is not None):
                return True
            i = text.find(year, i + 1, end)
    return False


def _index_of_sittings(text: str, ms: list[DateMention]) -> bool:
    """Whether the text lists three sittings or more, one a line (an index of a council's
    pages): no one date is the sitting's."""
    named = set()
    for m in ms:
        start = text.rfind("\n", 0, m.start) + 1
        if m.start - start <= 100 and _SITTING_LINE.match(text, start, m.start):
            named.add(m.date)
    if 0 < len(named) < 3 and _has_spaced_date(text, 6000):
        # (only a text that names a sitting so already, and prints such a date: the search
        # tries every line)
        for sm in _SITTING_LINE_SPACED.finditer(text, 0, 6000):
            try:
                named.add(dt.date(int(sm.group(3)), int(sm.group(2)), int(sm.group(1))))
            except ValueError:
                continue
    return len(named) >= 3


# An item of a later meeting that reproduces minutes to approve: « EXPOSÉ N°1 APPROBATION DU
# PROCÈS-VERBAL DU 3 MARS 2021 ⏎ Réunion du 3 mars 2021 ⏎ Sous la présidence … ». The heading
# opens the text (before the roll call) and a « Réunion du » / « Séance du » follows its date.
_APPROVAL_HEAD = re.compile(r"(?i)\bapprobation\s+du\s+proc[èe]s\s?-?\s?verbal\s+(?:de\s+la\s+"
                            r"(?:s[ée]ance|r[ée]union)\s+)?du\s+")
_SITTING_HEAD = re.compile(r"[\s.:]{1,6}(?:R[ée]union|S[ée]ance|R[ÉE]UNION|S[ÉE]ANCE)\s+du\s+")


def _reproduced_minutes(text: str, ms: list[DateMention]) -> tuple[SessionDate | None] | None:
    """The sitting of reproduced minutes (see _APPROVAL_HEAD): ``(date,)`` when the date
    of the approved minutes and the date of the « Réunion du » that follows agree, ``(None,)``
    when they differ (the text does not say which sitting it records); None if not that form."""
    head = text[:800]
    if "pprob" not in head and "PPROB" not in head:
        return None
    for a in _APPROVAL_HEAD.finditer(head):
        if "résent" in head[:a.start()].lower():
            return None  # after the roll call: an item of the minutes, not their heading
        approved = next((m for m in ms if a.end() <= m.start <= a.end() + 2), None)
        s = _SITTING_HEAD.match(text, approved.end) if approved is not None else None
        held = next((m for m in ms if s is not None and s.end() <= m.start <= s.end() + 2), None)
        if approved is None or held is None:
            continue
        if held.date != approved.date:
            return (None,)
        return (SessionDate(held.date, held.line, 0.8, "procès-verbal reproduit"),)
    return None


# « date de convocation : 04 mars », « convoqué le 26 mars », « dûment convoqué ⏎ le 14 septembre »
# (a line of a PDF ends inside the sentence) with no year after the month.
_CONVOKED_NO_YEAR = re.compile(
    r"(?i)\bconvo(?:cation|qu[ée]e?s?)\b[^.;\d]{0,45}?(?<![\w/])(?:(?P<d>[0-3]?\d)(?:\s?er)?|(?P<dw>"
    + _WORDS + r"))\s{1,3}(?P<m>" + _MONTH_FULL + r")\b(?![\s.,]{0,3}(?:\d|deux|mil))")


# « convoqués le quatorze courant », « convocation du 5 courant »: a day of the current month
# (the sitting's), no month printed.
_CONVOKED_CURRENT = re.compile(
    r"(?i)\bconvo(?:cation|qu[ée]e?s?)\b[^.;\d]{0,45}?(?<![\w/])(?:(?P<d>[0-3]?\d)(?:\s?er)?|(?P<dw>"
    + _WORDS + r"))\s{1,3}(?:du\s+mois\s+)?courant\b")


# The register's formula with a day and a month but no year, the members meeting in its sentence:
# « Le 11 juillet suivant la convocation adressée le 04 juillet 2017, les conseillers
# communautaires … se sont réunis ».
_MET_NO_YEAR = re.compile(
    r"(?i)\b(?:le|ce)\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?"
    r"(?P<d>[0-3]?\d)(?:\s?er)?\s{1,3}(?P<m>" + _MONTH_FULL + r")\b(?![\s.,]{0,3}(?:\d|deux|mil))"
    r"(?=[^.;]{0,250}?\b(?:s['’]est|se\s+sont)\s+r[ée]unie?s?\b)")


# « Séance du 15 décembre Salle du Conseil … Date de convocation : 8 décembre 2014 »: the sitting's
# heading without its year.
_HEADING_NO_YEAR = re.compile(
    r"\b(?:S[ée]ance|S[ÉE]ANCE|R[ée]union|R[ÉE]UNION)\s+(?:(?:publique|ordinaire|PUBLIQUE|ORDINAIRE)\s+)?"
    r"(?:du|DU)\s+(?:(?i:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?"
    r"(?P<d>[0-3]?\d)(?:\s?er)?\s{1,3}(?P<m>(?i:" + _MONTH_FULL + r"))\b(?![\s.,]{0,3}(?:\d|deux|mil))")


def _met_without_year(text: str, convoked: dt.date) -> SessionDate | None:
    """The sitting's day and month printed in its formula (or its heading) without a year, the
    year taken from the convocation's date (L2121-12: the sitting follows it by days): the first
    such date within 92 days after it; None if none."""
    for m in [*_MET_NO_YEAR.finditer(text), *_HEADING_NO_YEAR.finditer(text)]:
        month = MONTHS.get(fold(m.group("m")).lower())
        for year in (convoked.year, convoked.year + 1):
            try:
                d = dt.date(year, month or 0, int(m.group("d")))
            except ValueError:
                continue
            if 1 <= (d - convoked).days <= 92:
                return SessionDate(d, _line_of(text, m.start("d")), 0.6, "réuni le")
    return None


def _convoked_without_year(text: str, session: dt.date, low: str | None = None) -> Dated | None:
    """The convocation's day and month printed without a year: the year that puts it in the
    days before the sitting (L2121-12: three or five clear days), None if none does; its day
    « courant » (of the current month): that day of the sitting's month, if before it.
    ``low``: ``text.lower()`` if known (a Latin-1 text lowered: the same)."""
    if low is None:
        low = text.lower()
    i = low.find("convo")
    while i >= 0:
        c = _CONVOKED_CURRENT.match(text, i) if "courant" in low[i:i + 120] else None
        day = _day(c.group("d"), c.group("dw")) if c is not None else None
        if c is not None and day is not None and 1 <= day < session.day:
            return Dated(session.replace(day=day), _line_of(text, c.start()))
        m = _CONVOKED_NO_YEAR.match(text, i)
        if m is not None:
            month = MONTHS.get(fold(m.group("m")).lower())
            day = _day(m.group("d"), m.group("dw"))
            for year in (session.year, session.year - 1):
                try:
                    d = dt.date(year, month or 0, day or 0)
                except ValueError:
                    continue
                # (Not the sitting's own day: « DATE DE LA CONVOCATION L'an deux mille treize,
                # le dix-huit juillet … », a box's label run into the formula, names the sitting.)
                if 1 <= (session - d).days <= 92:
                    return Dated(d, _line_of(text, m.start("d")))
            return None
        i = low.find("convo", i + 1)
    return None


def session_date(text: str, window: int = 6000) -> SessionDate | None:
    """The date of the sitting among the dates the text's beginning names; None if unsure."""
    return read_dates(text, window).session


def _session(text: str, ms: list[DateMention], cues: list[tuple[int, str]],
             title_end: int, low: str | None = None) -> SessionDate | None:
    scored: dict[dt.date, list[tuple[int, DateMention, str]]] = {}
    # A text that announces the next sitting (« Prochain conseil municipal », « la prochaine
    # séance aura lieu le … ») keeps only the dates a sitting's own words name: a date read
    # from its place alone (a title line, an hour after it) may be the one announced.
    # (Each match holds « prochain » or « réunira », looked for first in the lowered text: the
    # searches try every line. « réunira » is only _ANNOUNCE's, searched in the title: looked
    # for there only.)
    announced = (low is None or "prochain" in low or low.find("réunira", 0, title_end) >= 0) and (
        _ANNOUNCE.search(text, 0, title_end) is not None or _ANNOUNCE_LIST.search(text) is not None)
    if announced:
        keep = [k for k, (sc, c) in enumerate(cues) if c in _OWN_CUES or sc <= 0]
        ms, cues = [ms[k] for k in keep], [cues[k] for k in keep]
    # L2121-12: the convocation precedes the sitting by days (three or five clear days), not by
    # months: a date before it or long after it is a slip of the pen (« 10 AOÛT 2029 »).
    convoked = [m.date for m, (_, c) in zip(ms, cues, strict=True) if c == "convocation"]
    for m, (score, cue) in zip(ms, cues, strict=True):
        if m.weekday_agrees is False and convoked:
            mended = _mended(m, convoked)
            if mended is not m:
                m = mended
                score, cue = _score(text, m, title_end, low)
        scored.setdefault(m.date, []).append((score, m, cue))
    if convoked:
        for d, items in scored.items():
            if not any(0 <= (d - c).days <= 92 for c in convoked):
                scored[d] = [(s - 8 if s > 0 else s, m, c) for s, m, c in items]
    best: tuple[int, int, dt.date] | None = None
    for d, items in scored.items():
        pos = [s for s, _, _ in items if s > 0]
        total = sum(pos) + (2 * (len(pos) - 1) if pos else 0)
        if not pos:
            continue
        first = min(m.start for _, m, _ in items)
        key = (total, -first, d)
        if best is None or key[:2] > best[:2]:
            best = key
    if best is None:
        return _only_date(scored)
    total, _, d = best
    if _formula_disagrees(scored, d):
        return None
    items = sorted(scored[d], key=lambda t: (-t[0], t[1].start))
    _, top, cue = items[0]
    rivals = sorted((sum(s for s, _, _ in v if s > 0) for k, v in scored.items() if k != d), reverse=True)
    margin = total - (rivals[0] if rivals else 0)
    confidence = max(0.3, min(0.99, 0.5 + 0.05 * total + 0.04 * margin))
    return SessionDate(d, top.line, round(confidence, 2), cue)


def _only_date(scored: dict[dt.date, list[tuple[int, DateMention, str]]]) -> SessionDate | None:
    """The one date the text names, when only its day's name, printed wrong, kept it from being
    the sitting's (« Assemblée générale de la communauté … mercredi 23 février 2023 », a
    Thursday): with no other date to choose, the date as printed is the sitting's (a day's name
    copied from an earlier sitting), with little confidence."""
    if len(scored) != 1:
        return None
    d, items = next(iter(scored.items()))
    named = [(s + 6, m, c) for s, m, c in items if m.weekday_agrees is False and s + 6 > 0 and c]
    if not named:
        return None
    _, top, cue = max(named, key=lambda t: (t[0], -t[1].start))
    return SessionDate(d, top.line, 0.4, cue)


def _formula_disagrees(scored: dict[dt.date, list[tuple[int, DateMention, str]]], d: dt.date) -> bool:
    """Whether the opening formula (« L'an deux mille vingt deux et le deux mars … s'est réuni »)
    names another day than the title's ``d`` (« COMPTE RENDU de la réunion du 19 juin 2019 »):
    the text does not say which sitting it records. A title whose day's name agrees with its
    date wins (the formula copied from an earlier sitting: « MARDI 6 DÉCEMBRE 2016 » above
    « L'an deux mille seize, le 8 décembre »)."""
    if any(c == "l'an" or m.weekday_agrees for _, m, c in scored[d]):
        return False
    return any(s >= 5 and c == "l'an" and (e.month, e.day) != (d.month, d.day)
               for e, items in scored.items() if e != d for s, _, c in items)


def _mended(m: DateMention, convoked: list[dt.date]) -> DateMention:
    """A date whose printed day name disagrees with it (« LUNDI 10 AOÛT 2029 » convoked on
    30 July 2020): the same day in the convocation's year (or the next), if the day name
    agrees with it there and it follows the convocation by days."""
    for c in convoked:
        for y in (c.year, c.year + 1):
            try:
                d = m.date.replace(year=y)
            except ValueError:
                continue
            named = WEEKDAYS[d.weekday()] == fold(m.weekday or "").lower()
            if y != m.date.year and 0 <= (d - c).days <= 92 and named:
                return replace(m, date=d, year_from="jour nommé")
    return m


def _title_end(text: str, low_text: str | None = None) -> int:
    """Offset of the end of the title zone: the first lines, up to where the body starts
    (the present list, the approval of earlier minutes)."""
    low = text[:8000].lower() if low_text is None else low_text
    seen, i = 0, 0
    while seen < _TITLE_LINES:
        j = text.find("\n", i)
        if j < 0:  # fewer lines than a title's: up to where the body starts
            return min((k for w in _BODY_WORDS if (k := low.find(w, 0, 8000)) >= 0), default=len(text))
        if text[i:j].strip():
            seen += 1
        i = j + 1
    # The title's lines end at ``i``, or where the body starts if it starts before: only a
    # body word starting before ``i`` matters (not searched beyond: the text is long).
    return min((k for w in _BODY_WORDS if (k := low.find(w, 0, min(8000, i - 1 + len(w)))) >= 0), default=i)


def _score(text: str, m: DateMention, title_end: int, low: str | None = None) -> tuple[int, str]:
    """How much the words around a mention say it is the sitting's date, and the cue."""
    line_start = text.rfind("\n", 0, m.start) + 1
    line_end = text.find("\n", m.end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    before = text[max(0, m.start - 90):m.start]
    # The nearest cue wins: the one whose match starts closest to the date…
    nearest: tuple[int, int, str] | None = None
    lb = before.lower() if low is None else low[max(0, m.start - 90):m.start]
    if line_start > max(1, m.start - 90) and m.start - line_start <= _WRAPPED_CUE \
            and wrapped_at(text, line_start - 1, prose=True):
        # « … les points traités au cours de la⏎séance du 13 juin 2008 »: a sentence wrapped in a
        # narrow column just before the words naming the date is read as on one line (its line
        # break a blank, the offsets kept), as the words before its cue tell which sitting it is.
        nl = line_start - 1 - max(0, m.start - 90)
        before = f"{before[:nl]} {before[nl + 1:]}"
        lb = f"{lb[:nl]} {lb[nl + 1:]}"
    # (A Latin-1 text's cues are searched in its lowered window, case-sensitively: see _CUES_LOW.)
    cues, hay = (_CUES_LOW, lb) if low is not None else (_CUES, before)
    # The cues one of whose words is in the window, in their order (the others cannot match):
    # found once, for the nearest cue and for the cues against it below.
    live = []
    for entry in cues:
        for k in _CUE_KEYS[entry[2]]:
            if k in lb:
                live.append(entry)
                break
    for rx, w, name in live:
        c = rx.search(before if rx in _ON_TEXT else hay)
        if c is not None and (nearest is None or c.start() > nearest[0]):
            nearest = (c.start(), w, name)
    score, cue = (nearest[1], nearest[2]) if nearest else (0, "")
    if (cue == "référence" and nearest is not None and before[nearest[0]:nearest[0] + 8].lower() == "en date "
            and _before(_CONVOKED_BEFORE, before, lb, low, nearest[0])):
        score, cue = -12, "convocation"
    elif (cue == "publication" and nearest is not None
          and before[nearest[0]:nearest[0] + 4].lower() in ("envo", "tran", "noti")
          and _CONVOCATION_SENT.search(before, 0, nearest[0])):
        # « Convocation envoyée le 26 février 2021 »: the convocation's sending is its date.
        score, cue = -12, "convocation"
    elif (cue == "référence" and nearest is not None
          and before[nearest[0]:nearest[0] + 3].lower() in ("élu", "elu")
          and _SENT_TO_MEMBERS.search(before, 0, nearest[0])):
        # « La convocation a été remise au domicile de chaque élu le vingt-trois octobre … »: the
        # day the convocation reached the members, not the day one of them was elected.
        score, cue = -12, "convocation"
    if "convo" in lb and _CONVOCATION_ABOVE.search(text, max(0, m.start - 90), m.start) is not None:
        # « Convocation &⏎Affichage : le⏎04/02/2016 »: a side box's label over its date.
        return -12, "convocation"
    if _CONVOCATION_AFTER.match(text, m.end) is not None and not (nearest and nearest[2] in _NAMING):
        # « Le sept octobre deux mille quatorze, convocation du Conseil Municipal adressée … »:
        # the date the convocation was sent, the sitting's comes after it. (Not a date the
        # sitting's words name: « Séance du 12 mars 2021, convocation du 5 mars 2021 ».)
        return -12, "convocation"
    in_title = m.start < title_end
    if (cue == "référence" and nearest is not None and _OWN_HEADING.match(line)
            and len(line.strip()) <= 70):
        # A heading line « Délibération n° 1 du 18 DECEMBRE 2008 » (each extract of a sitting
        # starts so): the sitting's date. « Vu la délibération n° 12 du … » stays a reference.
        score, cue = 6, "conseil du"
    if (cue == "référence" and nearest is not None and _NUMBERED_SITTING.match(line)
            and _titled_above(text, line_start)):
        # « Compte-rendu ⏎ et procès-verbal du Conseil Municipal ⏎ N° 05 du 18 mai 2016 »: the
        # record's own number and date under its title, not a reference to an act.
        score, cue = 6, "conseil du"
    if (cue == "référence" and in_title and nearest is not None
            and before[nearest[0]:nearest[0] + 8].lower() == "en date "
            and _before(_SITTING_BEFORE, before, lb, low, nearest[0])):
        # A title « Réunion du conseil municipal en date du 12 mars 2019 », « PROCÈS VERBAL DE
        # LA SÉANCE DU CONSEIL MUNICIPAL DE PEIPIN EN DATE DU … »: the sitting's own date.
        score, cue = 6, "conseil du"
    own_title = False
    if nearest and nearest[2] in _NAMING and not in_title and _own_title(text, m, before, nearest[0], low):
        in_title = own_title = True  # a page's title below its site's menu (its heading, however long)
    elif nearest and nearest[2] in _NAMING and in_title:
        # (A record's title line naming the sitting is a heading up to 110 characters: « COMMUNE DE
        # X PROCES-VERBAL DE LA REUNION DU CONSEIL MUNICIPAL DU 8 FEVRIER 2019 ».)
        own_title = _record_heading(text[line_start:m.end])
    if nearest and nearest[2] in _NAMING:
        # …but « approbation du procès-verbal de la séance du … », « convocation à la séance
        # du … » name another sitting, or another act of this one; so does « procès-verbal
        # de la séance du … » in the body (in the title, it names the document's own).
        for rx, w, name in live:
            if (w < 0
                    and not (name == "référence" and in_title
                             and _RECORD_TITLE.match(_heading(text, m.start, m.start)))
                    and rx.search(before if rx in _ON_TEXT else hay, 0, nearest[0]) is not None):
                score, cue = w, name
                break
        else:
            if _before(_NEXT_BEFORE, before, lb, low, nearest[0]):
                return -12, "séance à venir"  # « Prochain conseil municipal le … »
            if not in_title and _before(_MINUTES_OF, before, lb, low, nearest[0]) \
                    and _EXTRACT_OF_MINUTES.search(before, max(0, len(before) - 120)) is None:
                # (not « EXTRAITS du PROCES-VERBAL de la SEANCE du CONSEIL MUNICIPAL du 7 MARS
                # 2012 » below a web page's lines: the document's own title)
                score, cue = -10, "séance précédente"
    tail = before[-12:]
    if (" et " in tail or " au " in tail or "&" in tail) \
            and _TWO_DAYS_BEFORE.search(text, max(0, m.start - 12), m.start) is not None:
        # « Conseil syndical - 21 et 29 juin 2016 »: the record of two sittings, the date read is
        # only the last one's; it says nothing of which the document records first.
        return 0, ""
    if score >= 0 and _approval_after(text, m.end, low):
        # « … soumet le procès-verbal du 24 septembre 2018 à l'approbation des membres »: the
        # earlier sitting's record, its approval said after its date.
        return -10, "séance précédente"
    if score < 0:
        return score, cue
    heading = len(line.strip()) <= 70 or own_title
    if in_title and heading:
        score += 4
        cue = cue or "titre"
    # A date opening a sentence of prose (« Mardi 17 mars 2020, une circulaire a été
    # transmise … ») is the day something else happened: its place and its day's name say nothing.
    prose = _PROSE_AFTER.match(text, m.end) is not None
    if in_title and not score and not prose:
        score, cue = 1, "en-tête"
    if _TIME_AFTER.match(text, m.end, m.end + 30):
        score += 2
        cue = cue or "heure"
    agrees = m.weekday_agrees
    if agrees is True and not prose:
        score += 3
    elif agrees is False:
        score -= 6
    if not score and m.weekday and not prose and not text[line_start:m.start].strip(" \t+-•*▪–"):
        score, cue = 2, "début de ligne"  # « + Vendredi 29 janvier 2021, 18:30. »
    if not score and not cue and _MET_AFTER.match(text, m.end) is not None:
        # « LE 17 AVRIL DEUX MILLE QUATORZE Le Conseil Municipal de la Ville de DIEPPE s'est réuni »:
        # the register's formula (L2121-9) with no « l'an », the date then the assembly met.
        score, cue = 5, "réunion"
    return score, cue


# The assembly meeting right after a date: « … QUATORZE Le Conseil Municipal de la Ville de X
# s'est réuni », « le 3 mars 2021, les membres du Comité syndical se sont réunis ».
_MET_AFTER = re.compile(r"(?i)[ \t,]*\n?[ \t]*(?:le|les\s+membres\s+du)\s+(?:conseil|comit[ée]|bureau)\b"
                        r"[^.;\n]{0,150}?(?:s['’]est|se\s+sont)\s+r[ée]uni")


# A convocation's label alone on its line, perhaps with one more short line of label (no sitting's
# word in it), then the date opening its line: « Date de convocation :⏎12/03/2021 », « Convocation
# &⏎Affichage : le⏎04/02/2016 ».
_CONVOCATION_ABOVE = re.compile(
    r"(?im)^[ \t]*(?:date\s+(?:de\s+(?:la\s+)?|d['’]\s*))?convocations?\b[^.;\n\d]{0,30}\n"
    r"(?:(?![^\n]*(?:s[ée]ance|r[ée]union|conseil))[^.;\n\d]{0,30}\n)?[ \t]*(?:le[ \t]*)?:?[ \t]*\Z")
# (The comma: « SÉANCE DU 12 MARS 2021 CONVOCATION DU 5 MARS » flattened is the sitting's date.)
_CONVOCATION_AFTER = re.compile(r"(?i),[ \t]{1,3}convocations?\b")
# A record's title (« COMPTE RENDU DU CONSEIL MUNICIPAL DU … », « Procès-verbal n° 03/2012 du
# conseil municipal du … ») opening its line: « n° 03/2012 du » is its own number, no reference.
# (The authority's name may open it: « COMMUNE DE ROPPENTZWILLER PROCES-VERBAL DE LA REUNION DU … ».)
_RECORD_TITLE = re.compile(r"(?i)[ \t]*(?:(?:commune|ville|mairie)\s+(?:de\s+|d['’]\s*)[^\n.;:]{1,40}?"
                           r"[\s-]+)?(?:compte[- ]rendu|proc[èe]s[- ]verbal|s[ée]ance|r[ée]union|conseil"
                           r"\s+(?:municipal|communautaire|syndical)|comit[ée]\s+syndical)\b")
_TITLE_CONTINUED = re.compile(r"(?i)[ \t]*(?:du|de\s+la|de\s+l['’]|des)\s")
# A line holding a record's number and its date only: « N° 05 du 18 mai 2016 ».
_NUMBERED_SITTING = re.compile(r"(?i)[ \t]*n[°o]\s*\d{1,3}\s+du\s")
_RECORD_WORD = re.compile(r"(?i)compte[- ]rendu|proc[èe]s[- ]verbal")
_TITLE_ABOVE = 120  # how far above such a line its title is looked for


def _titled_above(text: str, line_start: int) -> bool:
    """Whether the lines just above ``line_start`` (120 characters at most) name a record
    (« compte-rendu », « procès-verbal ») with no sentence's end: a title."""
    above = text[max(0, line_start - _TITLE_ABOVE):line_start]
    return _RECORD_WORD.search(above) is not None and not any(c in above for c in ".;:")


def _record_heading(span: str) -> bool:
    """Whether ``span`` (a line's start up to a date) reads as a record's title: it opens with a
    record's name and runs short (110 characters) with no sentence's end."""
    return len(span) <= 110 and _RECORD_TITLE.match(span) is not None and not any(c in span for c in ".;:")


_WRAPPED_CUE = 24  # (« séance du », « réunion du conseil du » and a day's name before the date)


def _own_title(text: str, m: DateMention, before: str, cue_at: int, low: str | None) -> bool:
    """Whether the words naming the sitting before ``m`` are the document's title though
    below the first lines (a page's menu above it): their line, or the line before when it goes
    on from it (« COMPTE RENDU ⏎ de la réunion du … »), opens with a record's name, runs short
    with no sentence's end up to the date, before the body starts (the roll call)."""
    if not _record_heading(_heading(text, m.start - len(before) + cue_at, m.end)):
        return False
    lowered = low if low is not None else text[:m.start].lower()
    return not any(lowered.find(w, 0, m.start) >= 0 for w in _BODY_WORDS)


def _heading(text: str, at: int, end: int) -> str:
    """The text from the start of the line of ``at`` to ``end``, from the line before (blank
    lines passed) when that line goes on from it (« de la réunion du … »)."""
    start = text.rfind("\n", 0, at) + 1
    if start > 0 and _TITLE_CONTINUED.match(text, start):
        start = text.rfind("\n", 0, start - 1) + 1
        while start > 0 and not text[start:text.find("\n", start)].strip():
            start = text.rfind("\n", 0, start - 1) + 1
    return text[start:end]


# What follows a date that opens a sentence of prose.
# (« Mardi 12 mars 2019, le Conseil Municipal … s'est réuni » is the sitting's formula.)
_PROSE_AFTER = re.compile(r"(?i),\s+(?:une?|les?|la|l['’]|des|il|elle|nous|on)\s"
                          r"(?![^.]{0,120}(?:r[ée]uni|assembl|convoqu|s[ée]ance))")
_OWN_HEADING = re.compile(r"(?i)[ \t]*(?:extrait\s+de\s+la\s+)?d[ée]lib[ée]ration\s+(?:n[°o]\s*\S+\s+)?du\s")
_SITTING_BEFORE = re.compile(
    r"(?i)(?:s[ée]ance|r[ée]union|conseil\s+(?:municipal|communautaire|syndical|d'administration)"
    r"|comit[ée]\s+syndical)(?:\s+(?:du|de|d')\s*[^\n.;:]{1,40}?)?\s+\Z")
_NEXT_BEFORE = re.compile(r"(?i)\bprochaine?s?\s{1,3}\Z")
_CONVOKED_BEFORE = re.compile(r"(?i)\bconvo(?:qu[ée]*s?|cations?)\b[^.;\n]{0,40}\Z")
_CONVOCATION_SENT = re.compile(r"(?i)\bconvocations?\b[^.;\n\d]{0,25}\Z")
# « convocation adressée / remise / envoyée (au domicile de) chaque élu », up to « élu ».
_SENT_TO_MEMBERS = re.compile(
    r"(?i)\bconvo(?:qu[ée]*s?|cations?)\b[^.;\n]{0,70}\b(?:chaque|aux|à\s+tous\s+les)\s+\Z")
_TIME_AFTER = re.compile(r"(?i)[\s,.]{0,3}(?:à|a|,)?\s{0,3}(?:\d{1,2}\s?[h:H]\s?\d{0,2}|[a-zé-]+\s+heures)")
# Where the body starts (the roll call, the approval of earlier minutes), in lower case.
_BODY_WORDS = ("présent :", "présents :", "presents :", "présents:", "présent:", "étaient pr", "etaient pr",
               "approb", "destinataire")
_TWO_DAYS_BEFORE = re.compile(r"\b[0-3]?\d(?:er)?[ \t]+(?:et|&|au)[ \t]+\Z")
def _approval_after(text: str, end: int, low: str | None) -> bool:
    """Whether the words after a date put its record to the approval (:data:`_APPROVAL_AFTER`)."""
    lowered = low if low is not None else text[end:end + 30].lower()
    at = end if low is not None else 0
    if lowered.find("appro", at, at + 30) < 0 and lowered.find("adoption", at, at + 30) < 0:
        return False
    return _APPROVAL_AFTER.match(text, end) is not None


_APPROVAL_AFTER = re.compile(r"[ \t]+(?:à|a|pour)[ \t]+(?:l['’]approbation|approbation|adoption)\b",
                             re.IGNORECASE)
_MINUTES_OF = re.compile(r"(?i)(?:proc[èe]s[- ]verbal|compte[- ]rendu|\bpv)[^.;\n]{0,30}\Z")


def _case_sensitive(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx`` (case-insensitive, its letters in lower case) for a text already lowered: on a
    Latin-1 text lowered (one letter to one letter), the same matches for far fewer
    instructions (re's case-insensitive matching folds every character it compares)."""
    pattern = rx.pattern.removeprefix("(?i)")
    letters = re.sub(r"\\.", "", pattern)  # (escapes such as « \\W » apart)
    if letters != letters.lower():
        raise ValueError(f"motif à lettres capitales : {pattern}")
    # « \\bvu » written « v(?<=\\bv)u »: an alternative led by a literal is passed over at once
    # where its letter is not (re checks a leading literal before entering it), one led by
    # « \\b » is entered at every place.
    pattern = re.sub(r"\\b([a-z])", r"\1(?<=\\b\1)", _boundary_inside(pattern))
    return re.compile(pattern, rx.flags & ~re.IGNORECASE)


def _boundary_inside(pattern: str) -> str:
    """« \\b(?:publi…|affich…) » written « (?:\\bpubli…|\\baffich…) » (the same: « \\b » takes
    no character), so that each alternative can then start with its letter. A group with a
    quantifier after it is left as it is."""
    out, i = [], 0
    while (j := pattern.find("\\b(?:", i)) >= 0:
        k, depth, bars, in_class = j + 5, 0, [], False
        while k < len(pattern):
            c = pattern[k]
            if c == "\\":
                k += 2
                continue
            if in_class:
                in_class = c != "]"
            elif c == "[":
                in_class = True
            elif c == "(":
                depth += 1
            elif c == ")":
                if depth == 0:
                    break
                depth -= 1
            elif c == "|" and depth == 0:
                bars.append(k)
            k += 1
        if k >= len(pattern) or pattern[k + 1:k + 2] in ("?", "*", "+", "{"):
            out.append(pattern[i:j + 5])
            i = j + 5
            continue
        cuts = [j + 5, *(b + 1 for b in bars)]
        ends = [*bars, k]
        alternatives = "|".join("\\b" + pattern[a:b] for a, b in zip(cuts, ends, strict=True))
        out.append(pattern[i:j] + "(?:" + alternatives + ")")
        i = k + 1
    out.append(pattern[i:])
    return "".join(out)


# The cues for a lowered window; the one with a case-sensitive part (« Montpellier, le ») stays
# case-insensitive, searched in the text as written.
_CUES_LOW = tuple((rx if "(?-i:" in rx.pattern else _case_sensitive(rx), w, name) for rx, w, name in _CUES)
_ON_TEXT = frozenset(rx for rx, _, _ in _CUES_LOW if rx.flags & re.IGNORECASE)
_LOW_TWINS = {rx: _case_sensitive(rx)
              for rx in (_CONVOKED_BEFORE, _SITTING_BEFORE, _NEXT_BEFORE, _MINUTES_OF)}


def _before(rx: re.Pattern[str], before: str, lb: str, low: str | None, end: int) -> re.Match[str] | None:
    """``rx.search(before, 0, end)``, or its case-sensitive twin's in ``lb`` (``before``
    lowered) when the text is Latin-1 (``low`` given)."""
    return _LOW_TWINS[rx].search(lb, 0, end) if low is not None else rx.search(before, 0, end)


