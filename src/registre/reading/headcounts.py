"""Printed head-counts: members in office, present, proxies, voters, absent.

Three layouts: labelled (``Nombre de conseillers en exercice : 98 … Votants : 76``), a
side box whose numbers land far from their labels or before them (``27 16 3 19`` then
``En exercice / Présents / Procurations / Votants``), and a sentence (``Ont pris part à
la délibération : 38 (34 présents et 4 pouvoirs)``). ``/`` means zero.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import pairwise

from registre.reading.textutil import lower_latin1, occurrences, to_int

# « / » and « - » stand for zero only at the end of their line: « Pouvoirs :⏎- Madame X à … »
# is a list with a dash, not zero proxies.
# A count written in words after its label's colon (« Présents : douze », « Pouvoirs : deux⏎ »,
# « Votants : vingt-trois (23) »): only when the words end the count (a line's end, a bracket, a
# stop); « Pouvoirs : un pouvoir de M. X » is a list.
_NUMBER_WORD = (r"(?:une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze"
                r"|seize|vingt|trente|quarante|cinquante|soixante)")
_IN_WORDS = rf"{_NUMBER_WORD}(?:[ -](?:et[ -])?{_NUMBER_WORD}){{0,3}}(?=[ \t]*(?:\(|\n|$|[.,;]))"
_N = rf"(\d{{1,4}}|/(?=[ \t]*(?:\n|$))|-(?=[ \t]*(?:\n|$))|néant|{_IN_WORDS})"
# The figure on the label's line without a colon: after blanks, or after dot leaders of a
# printed form, with a remark in brackets between (« Nombre de votants (enveloppes déposées)
# …………47…… », the official form of a mayor's election).
# (« Nombre des membres présents à la séance⏎22⏎ »: the figure alone on the next line)
_LOOSE = (r"[ \t]*(?:\([^()\n]{1,40}\))?(?:[ \t]*[.…]{2,}[ \t]*|[ \t]+"
          # (after a label that says when the count was taken only: « Etaient présents⏎2 » is a
          # heading over a page's number; not a column of figures under a column of labels either)
          r"|(?:(?<=séance)|(?<=seance)|(?<=actuellement)|(?<=ce jour))"
          r"[ \t]*\n[ \t]*(?=\d{1,4}[ \t]*(?:\n(?![ \t]*\d{1,4}[ \t]*(?:\n|$))|$|\+)))(\d{1,4})")
# The colon and what stands between it and the figure: blanks, or a line break and the dash of
# a bulleted line (« - Présents :⏎- 20 jusqu'à 18 h 42⏎- 21 jusqu'à 19 h 30 »: the first figure).
# (« Conseillers en exercice : ...... 42 »: dot leaders after the colon too)
_COLON = r":(?:[ \t]*\n[ \t]*-[ \t]*(?=\d)|[ \t]*[.…]{2,}[ \t]*(?=\d)|\s*)"
# A verb between a label and its figure: « Le nombre de membres en exercice est de : 32 »,
# « … s'élève à 27 ».
# Or when the count was taken, between the label and its colon: « Nombre de membres en exercice
# au jour de la séance : 87 », « Présents à l'appel nominal : 26 élus », « Conseillers présents
# à l'ouverture de la séance : 20 » (a colon after it: « présents à la séance de … » is prose).
_WHEN = (r"\s+(?:au\s+jour\s+de\s+la\s+séance|à\s+la\s+date\s+de\s+la\s+séance|(?:à\s+)?ce\s+jour"
         r"|à\s+l['’]appel(?:\s+nominal)?|à\s+l['’]ouverture\s+de\s+la\s+séance|en\s+début\s+de\s+séance"
         r"|lors\s+du\s+vote|à\s+la\s+séance|actuellement)(?=[ \t]*(?::|\n[ \t]*\d{1,4}[ \t]*(?:\n|$)))")
# (« Nombre des membres présents à la séance⏎22 »: the figure alone on the next line, as good as a colon)
_VERB = rf"(?:\s+(?:est\s+de|s['’]él[eè]ve\s+à)|{_WHEN})?"
# « En exercice : 15/15 », « Présents : 10/15 »: the count, of the seats; the second figure is
# read no further (a date « 15/06/2022 » is still refused: a third part follows).
_OF = r"(?:(?<=\d)/\d{1,4})?"
# (« délégués suppléants présents : 2 »: substitutes only, added to the titulars, see _with_substitutes;
# « délégués titulaires ou suppléants présents : 64 » counts both)
_NOT_A_PART = r"(?:(?<=ou\ssuppléants\s)|(?<=et\ssuppléants\s)|(?<!suppléants\s)(?<!suppleants\s))"
LABELS: dict[str, str] = {
    # (« Conseillers en fonction 15 », « Membres en fonction : 19 »: in office)
    "in_office": r"en\s+exercice|en\s+fonction"
                 r"|nombre\s+de\s+(?:membres|conseillers|sièges)(?:\s+en\s+fonction)?(?!\s+pr[ée]sents)"
                 # (« Nombre de délégués : 16 » then « Nombre de présents : 10 »: a syndicate's or a
                 # communauté's seats; not « Nombre de délégués présents », « … titulaires »)
                 r"|nombre\s+de\s+délégués(?=[ \t]*:)",
    # (« MEMBRES PRESENTS : 10 »: capitals without their accent)
    # (« Auditeurs présents : 63 »: the public, not members)
    "present": r"(?:membres\s+|conseillers\s+|nombre\s+de\s+)?(?<!uditeurs\s)" + _NOT_A_PART +
               r"pr[ée]sent(?:e|\(e\))?s?(?:\(e\)s)?",
    # (« Nombre de « pouvoirs » 14 »: the word in quotes, its closing one before the figure)
    # (« REPRESENTES : 4 » without its accents: the plural only, « représente 1 693 € » is a verb)
    # (« Nombre absents/excusés/représentés : 07 »: the absent, represented or not, no count of
    # proxies — a word joined to another by « / » is part of one label)
    "proxies": r"(?<!/)(?:procurations?|pouvoirs?|représentée?s?|representes|mandats?|délégations?)"
               r"(?:\s+de\s+vote)?(?:[ \t]*[»”])?",
    "voters": r"(?:nombre\s+de\s+)?votants?"
              # (« Nombre de conseillers ayant pris part au vote : 14 »; « n'ayant pas pris part » is
              # no count of voters: « pas » stands between)
              r"|(?:ont|ayant)\s+pris\s+part\s+(?:au\s+vote|à\s+la\s+délibération|au\s+scrutin)"
              r"|total\s+des\s+votes",  # « Présents : 23 Représentés : 04 Total des votes : 27 »
    "absent": r"absents?(?:\s+et\s+procurations|\s+excusés|\s+représentés)?",
    "expressed": r"suffrages\s+exprimés",
}
_KEYWORDS = {
    "in_office": ("exercice", "nombre de", "fonction"), "present": ("présent", "presents"),
    "proxies": ("procuration", "pouvoir", "représent", "mandat", "délégation", "represent"),
    "voters": ("votant", "pris part", "total des votes"),
    "absent": ("absent",), "expressed": ("exprimé",),
}
# The first word of each keyword: a label's match starts at most _BACK characters before
# one of them (a prefix such as « nombre de » or « membres » and a few blanks).
_STARTS = {k: tuple(w.split()[0] for w in v) for k, v in _KEYWORDS.items()}
_BOX_STARTS = ("exercice", "présent", "procuration", "pouvoir", "votant", "absent", "représent", "excusé")
_BACK = 80
_FIRST = {"in_office": "eEnN", "present": "mMcCnNpP", "proxies": "pPrRmMdD", "voters": "nNvVoOtTaA",
          "absent": "aA", "expressed": "sS"}
# « Conseillers présents : 1. DUPONT Anne 2. MARTIN Paul », « PROCURATIONS : 1- Mme X … 2- M. Y »:
# the 1 that opens a numbered list (a 2 follows) is no count.
_NOT_NUMBERED = (r"(?!(?<=[^\d]1)[.)-][ \t]?(?:M\.|Mme\b|[A-ZÀ-Ý])[^\n]{0,300}?(?<!\d)2[.)-][ \t]?"
                 r"(?:M\.|Mme\b|[A-ZÀ-Ý]))")
_LABELLED = {
    # (« Conseillers présents ou représentés : 21 »: present and represented together, the
    # voters mostly — neither the proxies nor the present: read as no count)
    k: re.compile(rf"(?=[{_FIRST[k]}])(?<!et\s)(?<!à\s)(?<!ou\s)\b(?:{v})"
                  rf"{_VERB}(?:\s*(?:\(s\))?\s*{_COLON}{_N}|{_LOOSE}){_OF}(?![\d/]){_NOT_NUMBERED}",
                  re.IGNORECASE)
    for k, v in LABELS.items()
}
# The figure after a label: after its colon, or on the same line without one (« présente⏎⏎4
# abstentions » is « la présente [délibération] », not four present).
_FIGURE_AFTER = rf"{_VERB}(?:\s*(?:\(s\))?\s*{_COLON}{_N}|{_LOOSE}){_OF}(?![\d/]){_NOT_NUMBERED}"
# Each label from the word _STARTS finds in it to its figure: a keyword where this does not
# match cannot start a label (most keywords are in lists and prose), and its window, the
# costly part, is not searched.
_TAILS = {
    "in_office": r"exercice"
                 r"|nombre\s+de\s+(?:membres|conseillers|sièges)(?:\s+en\s+fonction)?(?!\s+pr[ée]sents)"
                 r"|nombre\s+de\s+délégués(?=[ \t]*:)"
                 r"|fonction",
    # (« compte donc à présent 590 places »: « à présent » is « now », no count; « Auditeurs
    # présents : 63 » is the public, not members)
    "present": r"(?<!à\s)(?<!uditeurs\s)" + _NOT_A_PART + r"pr[ée]sent(?:e|\(e\))?s?(?:\(e\)s)?",
    "proxies": LABELS["proxies"],
    "voters": r"votants?|pris\s+part\s+(?:au\s+vote|à\s+la\s+délibération|au\s+scrutin)|total\s+des\s+votes",
    "absent": LABELS["absent"],
    "expressed": r"exprimés",
}
# The same, one pattern a keyword (in the order of _STARTS), in lower case and without
# IGNORECASE, for a Latin-1 text lowered (same matches there; each starts with a literal).
_TAIL_LOW = {
    k: [re.compile(rf"{v}{_FIGURE_AFTER}") for v in alternatives] for k, alternatives in {
        "in_office": ["exercice",
                      r"nombre\s+de\s+(?:membres|conseillers|sièges)(?:\s+en\s+fonction)?(?!\s+pr[ée]sents)"
                      r"|nombre\s+de\s+délégués(?=[ \t]*:)",
                      "fonction"],
        "present": [_TAILS["present"], r"(?<!uditeurs\s)" + _NOT_A_PART + "presents"],
        "proxies": [rf"(?<!/){w}(?:\s+de\s+vote)?(?:[ \t]*[»”])?"
                    # (« REPRESENTES : 4 »: capitals without their accents, lowered)
                    for w in ("procurations?", "pouvoirs?", "représentés?", "mandats?", "délégations?",
                              "representes")],
        "voters": ["votants?", r"pris\s+part\s+(?:au\s+vote|à\s+la\s+délibération|au\s+scrutin)",
                   r"total\s+des\s+votes"],
        "absent": [_TAILS["absent"]],
        "expressed": [_TAILS["expressed"]],
    }.items()
}
_TAIL_BY_WORD = {w: rx for key, rxs in _TAIL_LOW.items() for w, rx in zip(_STARTS[key], rxs, strict=True)}
_ALL_STARTS = tuple(_TAIL_BY_WORD)
_TAIL = {k: re.compile(rf"(?:{v}){_FIGURE_AFTER}", re.IGNORECASE)
         for k, v in _TAILS.items()}
# (« En exercice Présents Excusés Absents Pouvoirs Votants⏎15 11 2 2 2 13 »: the excused, a column
# of their own, are read as no count but hold their figure's place)
_EXCUSED = r"excusé(?:e|\(e\))?s?"
_BOX_LABEL = (rf"(?:en\s+exercice|présents?|procurations?|pouvoirs?|votants?|absents?(?:\s+{_EXCUSED})?"
              rf"|représentés?|{_EXCUSED})")
_BOX_LABELS = re.compile(rf"(?=[eEpPvVaArR])\b{_BOX_LABEL}(?:\s*[/|:]?\s*{_BOX_LABEL}\b)+", re.IGNORECASE)
# A run of box labels from the keyword of its first one: that label and the next.
_BOX_TAIL = re.compile(
    rf"(?:exercice|présents?|procurations?|pouvoirs?|votants?|absents?(?:\s+{_EXCUSED})?|représentés?|{_EXCUSED})"
    rf"\s*[/|:]?\s*{_BOX_LABEL}\b",
    re.IGNORECASE)
# « (?<![\d/.,:])(?:\d{1,4}|/) » written to start with its class of first characters, which
# re skips to (an assertion in front would make it try every position).
_BOX_NUMBERS = re.compile(
    r"[\d/](?<![\d/.,:][\d/])(?:(?<=\d)\d{0,3}|(?<=/))(?:[ \t|]+(?:\d{1,4}|/)){1,6}(?![\d/.,])")
_BOX_LABEL_RE = re.compile(_BOX_LABEL, re.IGNORECASE)
# A figure beside the run's last label (same line, or after a colon): labelled, not a box. A
# line of figures under a line of labels (« … Procurations Votants⏎27 16 3 19 ») is a box.
_LABELLED_AFTER = re.compile(r"[ \t]*:?[ \t]*\d|\s*:\s*\d")
_FIGURE = re.compile(r"\d{1,4}|/")
_PAREN_COUNTS = re.compile(
    r"\(\s*(\d{1,4})\s+présents?\s*(?:,|et)\s*(\d{1,4})\s+(?:pouvoirs?|procurations?|représentés?)\s*\)",
    re.IGNORECASE,
)

# Counts told in a sentence: « 182 délégués étaient présents ; 2 avaient donné pouvoir », « 15
# conseillers sont présents », « 3 conseillers ont donné procuration ».
_WHO = r"(?:membres|conseillers(?:\s+(?:municipaux|communautaires))?|délégués|élus|administrateurs)"
# (« 17 membres du Conseil étant présents, le conseil peut délibérer »; « le quorum est atteint,
# par 22 conseillers présents », « avec 15 conseillers présents »: a word that introduces the
# count, not « à l'unanimité des 18 membres présents », a vote's.)
# (The count in figures or in words: « quinze conseillers étaient présents ».)
_FIGURE_OR_WORDS = rf"(\d{{1,3}}|(?<![\w'’-]){_NUMBER_WORD}(?:[ -](?:et[ -])?{_NUMBER_WORD}){{0,3}})"
# « il a dénombré quarante-six (46) présents plus une procuration », « 31 présents et deux pouvoirs »:
# the proxies counted after the present (not « présents et représentés », « … et 2 pouvoirs à »).
_AFTER_PRESENT = re.compile(
    rf"présents[ \t]*(?:,|\+|et|plus)[ \t]+{_FIGURE_OR_WORDS}[ \t]+(?:pouvoirs?|procurations?)\b"
    r"(?![ \t]+à\b)",
    re.IGNORECASE)
_SENTENCE_COUNTS = (
    ("present", "présents",
     re.compile(rf"(?<![\d/.,:°]){_FIGURE_OR_WORDS}\s+{_WHO}(?:\s+du\s+(?:conseil|comité)(?:\s+\w+)?)?"
                r"\s+(?:étaient|sont|étant)\s+présents\b"
                rf"|\b(?:par|avec|soit)\s+{_FIGURE_OR_WORDS}\s+{_WHO}\s+présents\b"
                # (« Sur 23 conseillers en exercice, 18 sont présents », « … dont 18 étaient présents »)
                rf"|(?:,|\bdont)\s+{_FIGURE_OR_WORDS}\s+(?:sont|étaient|étant)\s+présents\b", re.IGNORECASE)),
    ("proxies", " donné ", re.compile(rf"(?<![\d/.,:°])(\d{{1,3}})\s+(?:{_WHO}\s+)?(?:avaient|ont)\s+donné\s+"
                                      r"(?:un\s+)?(?:pouvoirs?|procurations?)\b")),
    ("proxies", "procuration", _AFTER_PRESENT),
    ("proxies", "pouvoir", _AFTER_PRESENT),
)
_SENTENCE_BACK = 60  # from the figure to the keyword: « 182 conseillers communautaires étaient présents »


def _sentence_count(text: str, word: str, rx: re.Pattern[str]) -> re.Match[str] | None:
    """The first match of ``rx`` (a count told in a sentence), searched only just before each
    place of ``word`` (the keyword every match holds near its end)."""
    i = text.find(word)
    while i >= 0:
        m = rx.search(text, max(0, i - _SENTENCE_BACK), i + len(word) + 20)
        if m is not None:
            return m
        i = text.find(word, i + 1)
    return None

# A figure, blanks, a count's label with no colon after it (« 31 présents », « 2 procurations »).
# Not a number of something (« jusqu'à la N°16 procuration à X »: a deliberation's number in a
# sentence giving a proxy), nor « 2 procuration à X » (a giving, not a count).
_FIGURE_BEFORE = re.compile(
    r"(?<![\d/.,:°])\(?(\d{1,3})\)?(?:[ \t]+|[ \t]*\n[ \t]*)"
    r"(présents?|procurations?|pouvoirs?|votants?|représentés?"
    r"|(?:(?:conseillers|membres)[ \t]+)?en[ \t]+exercice)\b"  # « 15 conseillers en exercice, 12 présents »
    # (« … : 25 Présents ou représentés : 24 »: present and represented together, no count of
    # the present)
    # (« 79 conseillers en exercice : 67 présents 10 pouvoirs »: a colon, and the figure after it
    # printed before the next label: each figure before its label all along the run.)
    # (« Conseillers présents : ...... 35 Pouvoir(s) : ...... 5 »: the plural's mark before the colon)
    r"(?![ \t]*(?:\(s\))?[ \t]*:(?![ \t]*\d{1,3}[ \t]+(?:présents?|procurations?|pouvoirs?|votants?)\b))"
    r"(?![ \t]+à\b)(?![ \t]+(?:ou|et)[ \t]+repr)",
    re.IGNORECASE)
# A label of a count, or a figure, at the end of what stands before a figure on its line.
_RUN_TOKEN = re.compile(
    r"(?:(en\s+exercice|présent(?:e|\(e\))?s?"
    r"|procurations?|pouvoirs?|votants?|représentés?"
    # (« Nombre de « pouvoirs » 14 »: a label in quotes)
    r"|absents?|excusé(?:e|\(e\))?s?)(?:[ \t]*[»”])?"
    # (« En exercice : 25 Présents ou représentés », « En exercice = 23 Présents = 18 »: the
    # figure after a label and its colon or equals sign is that label's, not the next one's)
    # (A count has three figures at most: « 2016 Membres en exercice : 15 » is a year's end.)
    # (« en exercice ...... 43 Présents ........ 35 »: dot leaders are as good)
    r"(?:[ \t]*(?:[:=]|[.…]{2,}))?|(\d{1,3}))[ \t]*$",
    re.IGNORECASE)


def _label_first(text: str, start: int) -> bool:
    """Whether the figure at ``start`` is the figure of the label just before it.

    On one line, labels and figures alternate: « En exercice 27 Présents 22 Pouvoirs 4 »
    pairs each label with the figure after it (the run starts with a label), « Soit 31
    présents 2 procurations » each figure with the label after it (the run starts with a
    figure). Going back token by token to the run's start tells which.
    """
    line = text.rfind("\n", 0, start) + 1
    before = text[max(line, start - 200):start]  # a run is short; a flattened page's line is not
    kinds: list[bool] = []  # True: a label
    while True:
        m = _RUN_TOKEN.search(before)
        if m is None or (m.start() > 0 and before[m.start() - 1] not in " \t"):
            break
        label = m.group(1) is not None
        if kinds and kinds[-1] == label:
            break  # two labels or two figures in a row: a box, not pairs
        kinds.append(label)
        before = before[:m.start()]
        if label and before.endswith((" ", "\t")) and m.group(1)[:2].lower() == "en":
            # « 79 conseillers en exercice : 67 présents »: the label's noun before « en exercice »
            before = _OFFICE_NOUN.sub("", before)
    return bool(kinds) and kinds[0] and kinds[-1]


_OFFICE_NOUN = re.compile(r"(?:conseillers|membres|d[ée]l[ée]gu[ée]s)[ \t]+\Z", re.IGNORECASE)
# (After a line break, only a label in lower case: « Présents : » at a line's start is labelled.)
_FIGURE_BEFORE_HINT = re.compile(
    r"\d\)?(?:[ \t]+(?:[pP][rRoO]|[vV][oO]|[rR][eE]|(?:conseillers[ \t]+|membres[ \t]+)?en[ \t]+exercice)"
    r"|[ \t]*\n[ \t]*(?:p[ro]|vo|re))")


# The words _FIGURE_BEFORE's labels start with, in lower case.
_FIGURE_WORDS = ("présent", "procuration", "pouvoir", "votant", "représent")


def _office_labels(low: str, exercice: list[int]) -> list[int]:
    """Where a label « [conseillers|membres] en exercice » of _FIGURE_BEFORE may start, from
    the places of « exercice »: its « en », and the word before it if it is one of those."""
    out = []
    for x in exercice:
        i = x
        while i > 0 and low[i - 1] in " \t":
            i -= 1
        if i == x or i < 2 or not low.startswith("en", i - 2):
            continue
        en = i = i - 2
        out.append(en)
        while i > 0 and low[i - 1] in " \t":
            i -= 1
        if i < en:
            out += [i - len(w) for w in ("conseillers", "membres")
                    if i >= len(w) and low.startswith(w, i - len(w))]
    return out


def _figure_end(low: str, k: int) -> int | None:
    """Where the figure before the word at ``k`` ends, if one stands there as _FIGURE_BEFORE
    needs it (a digit, perhaps a closing bracket, then blanks or a line break between
    blanks); None if none does."""
    j = k
    while j > 0 and low[j - 1] in " \t":
        j -= 1
    if j > 0 and low[j - 1] == "\n":
        j -= 1
        while j > 0 and low[j - 1] in " \t":
            j -= 1
    elif j == k:
        return None
    end = j
    if j > 0 and low[j - 1] == ")":
        j -= 1
    return end if j > 0 and low[j - 1].isdigit() else None


def _figures_before(text: str, ends: list[int]) -> Iterator[re.Match[str]]:
    """``_FIGURE_BEFORE.finditer(text)`` when every match's figure ends at one of ``ends``
    (sorted): tried at the five places before each (« (123) » at most), not at every place
    of the text (the pattern starts with a look-behind)."""
    pos = 0
    for end in ends:
        for s in range(max(pos, end - 5), end):
            m = _FIGURE_BEFORE.match(text, s)
            if m is not None:
                yield m
                pos = m.end()
                break


_COMPOSED = re.compile(r"\b(?:le\s+)?[cC]onseil(?:\s+municipal|\s+communautaire)?\s+étant\s+composé\s+de\s+"
                       r"(\d{1,3})\s+(?:membres|conseillers)\b")


def _box_key(label: str) -> str:
    low = label.lower().replace("é", "e")  # (« PRESENTS »: capitals without their accent)
    for key, word in (("in_office", "exercice"), ("present", "present"), ("voters", "votant"),
                      ("absent", "absent"), ("excused", "excus"), ("proxies", "")):
        if word and word in low:
            return key
    return "proxies"


# How each count was read (``where``): its figure beside its label and colon, beside its
# label without a colon, before its label, in a side box far from its labels, in a sentence.
LABELLED, LOOSE, BEFORE, BOX, SENTENCE = "libellé", "libellé sans deux-points", "chiffre avant son libellé", \
    "tableau de chiffres", "phrase"
DASH = "libellé, un signe pour zéro"  # « Pouvoirs : - », « Procurations : / », « néant »


def _presents_a_figure(text: str, m: re.Match[str], key: str) -> bool:
    """Whether a « présent » count read without its colon is the verb « présente » before a figure
    (« Monsieur BRIERE présente 2 devis »): no count. (« Présente : 1 », with its colon, may be.)"""
    if key != "present" or m.group(1) is not None:
        return False
    label = text[m.start():m.start(2)].rstrip(" \t.…").lower()
    return label.endswith("sente")


# « Étaient présents : 1 - M Jacques SEVRAIN, Maire Nombre de conseillers 2 - M Jean FICNER »: the
# figure numbers an entry of a list (a dash or a bracket, then a civility or a name): no count.
_ENTRY_NUMBER = re.compile(r"[ \t]*[-–.)][ \t]+(?:M\.?|Mme|Mlle|Monsieur|Madame"
                           r"|[A-ZÀ-Ý][a-zà-ÿ]+[ \t]+[A-ZÀ-Ý]{2})\b")


def read_headcounts(text: str, low: str | None = None,
                    keys: tuple[str, ...] | None = None,
                    where: dict[str, tuple[int, str]] | None = None) -> dict[str, int | None]:
    """Printed counts by key (in_office, present, proxies, voters, absent, expressed).

    ``low``: ``text`` in lower case with the same offsets, if known (a Latin-1 text).
    ``keys``: the counts wanted (all by default); the labels of the others are not
    searched, and their counts may be None whatever the text prints.
    ``where``, if given, is told for each count found where its figure is in ``text`` and
    how it was read (LABELLED, LOOSE, BEFORE, BOX, SENTENCE).
    """
    spots: dict[str, tuple[int, str]] = {} if where is None else where
    out: dict[str, int | None] = dict.fromkeys(LABELS)
    loose: set[str] = set()  # counts read after a label without a colon (« présents 2 »)
    doubtful: set[str] = set()  # « présents : 22 ou 21 »: the text does not know, nor does the reader
    empty: set[str] = set()  # « Procuration : - » among the lists: an empty list, no count printed
    wanted = LABELS if keys is None else keys
    box_at: dict[str, tuple[int, str]] = {}  # where each figure of a side box is
    latin = lower_latin1(text) if low is None else low
    occ: dict[str, list[int]]  # where each keyword is in the text lowered, found once
    if latin is not None:  # every keyword (box ones too) looked for once, in one pass each
        occ = {w: occurrences(latin, w) for w in (_ALL_STARTS if keys is None else _words_for(keys))}
        box = _side_box(text, latin, occ, box_at) if occ["exercice"] or occ["votant"] else {}
        for key, words in _STARTS.items():
            if key not in wanted:
                continue
            hits = []  # (keyword, end of its label and figure): most keywords are in prose
            for w in words:
                tail = _TAIL_BY_WORD[w]
                for k in occ[w]:
                    tm = tail.match(latin, k)
                    if tm is not None:
                        hits.append((k, tm.end()))
            if not hits or (key in _SPACED and not _has(latin, occ, key)):
                continue
            if len(words) > 1:
                hits.sort()
            windows = [(max(0, k - _BACK), end) for k, end in hits]
            m = _earliest(_LABELLED[key], text, windows)
            while m is not None and _ENTRY_NUMBER.match(text, m.end()) is not None:
                # (« Étaient présents : 1 - M X …, Présents : 13 »: the list's number, then the count)
                after = m.end()
                m = _earliest(_LABELLED[key], text, [(max(a, after), b) for a, b in windows if b > after])
            if m and _OR_FIGURE.match(text, m.end()):
                doubtful.add(key)
            elif m and not _in_a_vote(text, m.start()) and not _presents_a_figure(text, m, key) \
                    and _ENTRY_NUMBER.match(text, m.end()) is None:
                out[key] = to_int(m.group(1) or m.group(2))
                if m.group(1) is None:
                    loose.add(key)
                    spots[key] = (m.start(2), LOOSE)
                else:
                    sign = _is_sign(m.group(1))
                    spots[key] = (m.start(1), DASH if sign else LABELLED)
                    if sign and not _among_counts(text, m.start(), m.end()):
                        empty.add(key)
    else:
        low = text.lower()
        same = len(low) == len(text)  # offsets in ``low`` are offsets in ``text``
        occ = {}
        boxed = any(w in low for w in ("exercice", "votant"))
        box = _side_box(text, low if same else None, occ, box_at) if boxed else {}
        for key, rx in _LABELLED.items():
            if key not in wanted or not any(w in low for w in _KEYWORDS[key]):
                continue  # a cheap test spares a costly search
            m = _near_keywords(rx, text, low, _STARTS[key], tail=_TAIL[key], occ=occ, ends=True) if same \
                else rx.search(text)
            if m and _OR_FIGURE.match(text, m.end()):
                doubtful.add(key)
            elif m and not _in_a_vote(text, m.start()) and not _presents_a_figure(text, m, key) \
                    and _ENTRY_NUMBER.match(text, m.end()) is None:
                out[key] = to_int(m.group(1) or m.group(2))
                if m.group(1) is None:
                    loose.add(key)
                    spots[key] = (m.start(2), LOOSE)
                else:
                    sign = _is_sign(m.group(1))
                    spots[key] = (m.start(1), DASH if sign else LABELLED)
                    if sign and not _among_counts(text, m.start(), m.end()):
                        empty.add(key)
    # « Soit 31 présents⏎2 procurations 33 votants »: figures printed before their labels.
    # Read first, they win over « présents⏎2 », the next figure a labelled reading would take.
    # Read first, they win over « présents⏎2 » (the next figure, taken by a label without a
    # colon); a label with its colon (« Votants : 10 ») wins over them (« (11 votants) » later).
    if keys is None or any(k in keys for k in ("in_office", "present", "proxies", "voters")):
        before: dict[str, tuple[int, int]] = {}
        if latin is not None:
            # (what the hint needs first: one of the labels after a figure, found from their
            # places; the hint's search alone would try every place of the text)
            for w in (*_FIGURE_WORDS, "exercice"):
                if w not in occ:
                    occ[w] = occurrences(latin, w)
            starts = [k for w in _FIGURE_WORDS for k in occ[w]] + _office_labels(latin, occ["exercice"])
            ends = sorted({j for k in starts if (j := _figure_end(latin, k)) is not None})
            hinted = bool(ends) and _FIGURE_BEFORE_HINT.search(text) is not None
            figures = _figures_before(text, ends) if hinted else iter(())
        else:
            figures = _FIGURE_BEFORE.finditer(text) if _FIGURE_BEFORE_HINT.search(text) else iter(())
        for fm in figures:
            if _label_first(text, fm.start(1)):
                continue  # « Présents 36 Pouvoirs 3 Votants 39 »: 3 is the proxies', not the voters'
            if _ONE_MEMBERS.match(text, fm.end()) and _NAME_BRACKET.search(text, max(0, fm.start(1) - 3),
                                                                           fm.start(1)):
                continue  # « G. PLISSONNEAU (1 pouvoir) »: what one member holds, no count of the sitting
            before.setdefault(_box_key(fm.group(2)), (int(fm.group(1)), fm.start(1)))
        for key, (figure, at) in before.items():
            if (keys is None or key in keys) and (out.get(key) is None or key in loose):
                out[key] = figure
                spots[key] = (at, BEFORE)
        taken = {at: key for key, (_, at) in before.items()} if before else {}
        for key in [k for k, (at, how) in spots.items() if how == LABELLED and taken.get(at, k) != k] \
                if taken else ():
            # « 79 conseillers en exercice : 67 présents 10 pouvoirs »: the figure after the colon
            # is the next label's, printed before it; the label's own is the one before it.
            own = before.get(key)
            out[key] = own[0] if own else None
            if own:
                spots[key] = (own[1], BEFORE)
            else:
                spots.pop(key)
    if (keys is None or "in_office" in keys) and out["in_office"] is None and "composé" in text:
        # « …, le conseil étant composé de 14 membres »: the opening formula's members in office
        cm = _COMPOSED.search(text)
        if cm:
            out["in_office"] = int(cm.group(1))
            spots["in_office"] = (cm.start(1), SENTENCE)
    for key, word, rx in _SENTENCE_COUNTS:
        if out.get(key) is None and (keys is None or key in keys) and word in text:
            sm = _sentence_count(text, word, rx)
            if sm:
                g = next(i for i in range(1, (rx.groups or 1) + 1) if sm.group(i) is not None)
                out[key] = to_int(sm.group(g))
                spots[key] = (sm.start(g), SENTENCE)
    if ")" in text:
        _bracketed(text, out, spots, keys)
    if any(out.get(k) is None for k in _COUNTS):
        _colon_run(text, out, spots, keys)
    m = _PAREN_COUNTS.search(text)
    if m:
        for key, group in (("present", 1), ("proxies", 2)):
            if out[key] is None:
                out[key] = int(m.group(group))
                spots[key] = (m.start(group), SENTENCE)
    # « En exercice Présents Votants 56 37 38 »: a label without a colon took a figure of the box
    # (« Votants 56 »); the box gives each label its own.
    box = {k: v for k, v in box.items() if k in LABELS}  # (the excused' column read as no count)
    box_at = {k: v for k, v in box_at.items() if k in LABELS}
    boxed_at = {at for at, _ in box_at.values()}
    for key in loose:
        if spots.get(key, (-1, ""))[0] in boxed_at:
            out[key] = None
    for key, value in box.items():
        if out.get(key) is None:
            out[key] = value
            if key in box_at:
                spots[key] = box_at[key]
    if any(out.get(k) is None for k in _COUNTS) and _LONE_FIGURE.search(text):
        stacked_at: dict[str, tuple[int, str]] = {}
        for key, value in _stacked(text, stacked_at).items():
            if out.get(key) is None and (keys is None or key in keys):
                out[key] = value
                spots.setdefault(key, stacked_at[key])
    for key in doubtful | empty:
        out[key] = None
        if key in empty:
            spots.pop(key, None)
    _with_substitutes(text, out, spots)
    _parts_added(text, out, spots)
    _one_figure_one_count(out, spots)
    return _plausible(out, spots)


def _one_figure_one_count(out: dict[str, int | None], spots: dict[str, tuple[int, str]]) -> None:
    """A figure of the page is one count's: when two counts were read from the same figure
    (« En exercice : 25 Présents ou représentés : 24 », its 25 taken as the in-office count by
    its label and as the present count by the label after it), the one read beside its label
    with a colon keeps it; if neither or both were, neither does."""
    by_place: dict[int, list[str]] = {}
    for key, (at, _how) in spots.items():
        if key in _COUNTS and out.get(key) is not None:  # (« Absents représentés : 7 »: absent, and proxies)
            by_place.setdefault(at, []).append(key)
    for keys in by_place.values():
        if len(keys) < 2:
            continue
        labelled = [k for k in keys if spots[k][1] == LABELLED]
        for key in keys:
            if len(labelled) != 1 or key != labelled[0]:
                out[key] = None
                spots.pop(key, None)


# « Présents (11) : M. X, … », « POUVOIRS (2) : X à Y »: a list's heading with its count.
# (« Présents (11/15) : »: the count, of the seats)
_BRACKETED = re.compile(
    r"\b(pr[ée]sents?|pouvoirs?|procurations?|représentés?|votants|absents?)"
    r"[ \t]*\([ \t]*(\d{1,3})(?:/\d{1,3})?[ \t]*\)[ \t]*:",
    re.IGNORECASE)
_BRACKETED_HINT = re.compile(r"\([ \t]*\d{1,3}(?:/\d{1,3})?[ \t]*\)[ \t]*:")


def _bracketed(text: str, out: dict[str, int | None], spots: dict[str, tuple[int, str]],
               keys: tuple[str, ...] | None) -> None:
    """Counts printed in brackets after a list's heading, for the counts not read otherwise."""
    for hint in _BRACKETED_HINT.finditer(text):
        m = _BRACKETED.search(text, max(0, hint.start() - 14), hint.end())
        if m is None or m.end() != hint.end():
            continue
        key = _box_key(m.group(1))
        if out.get(key) is None and (keys is None or key in keys):
            out[key] = int(m.group(2))
            spots[key] = (m.start(2), LABELLED)


# A table's two columns read one after the other: its labels, each with its colon, then its
# values (« Nombre de membres : Afférents au Conseil : En exercice : Ayant pris part à la
# délibération : Date de la convocation : 42 42 34 14/02/2019 »).
_COLON_RUN_HINT = re.compile(r":[ \t\n]+\d{1,4}[ \t\n]+\d{1,4}(?![\d/.,])")
_RUN_LABELS = re.compile(r"(?:[^:\d\n]{2,70}?:[ \t]*\n?[ \t]*){2,}$")
_RUN_VALUE = re.compile(r"[ \t\n]*(\d{1,2}/\d{1,2}/\d{2,4}|\d{1,4})(?![\d/.,:])")
_RUN_KEYS = (("in_office", ("exercice", "en fonction")), ("voters", ("pris part", "votant")),
             ("present", ("présent", "present")), ("proxies", ("procuration", "pouvoir", "représenté")),
             ("absent", ("absent",)))
_RUN_HEADING = re.compile(r"nombre\s+de\s+(?:membres|conseillers|délégués)\s*$", re.IGNORECASE)


def _colon_run(text: str, out: dict[str, int | None], spots: dict[str, tuple[int, str]],
               keys: tuple[str, ...] | None) -> None:
    """Counts of a run of labels with their colons followed by the run of their values, one
    value a label in order; read only when there are as many values as labels (a heading
    such as « Nombre de membres : », with no value of its own, left out)."""
    for hint in _COLON_RUN_HINT.finditer(text):
        colon = hint.start()
        lm = _RUN_LABELS.search(text, max(0, colon - 400), colon + 1)
        if lm is None:
            continue
        labels = [x.strip() for x in lm.group(0).split(":")[:-1]]
        values: list[tuple[str, int]] = []
        pos = colon + 1
        while len(values) < len(labels) and (vm := _RUN_VALUE.match(text, pos)) is not None:
            values.append((vm.group(1), vm.start(1)))
            pos = vm.end()
        while len(labels) > len(values) and _RUN_HEADING.search(labels[0]):
            labels.pop(0)
        for key, (at, _how) in list(spots.items()):
            if colon < at < pos and key in out:
                out[key] = None  # a label's reading that took a value of the run: not its own
        if len(labels) != len(values) or (pos < len(text) and text[pos].isdigit()):
            continue
        for label, (value, at) in zip(labels, values, strict=True):
            low = label.lower()
            found = next((k for k, words in _RUN_KEYS if any(w in low for w in words)), None)
            if found is None or "/" in value or "date" in low:
                continue
            if out.get(found) is None and (keys is None or found in keys):
                out[found] = int(value)
                spots[found] = (at, BOX)
        return


def _is_sign(figure: str) -> bool:
    """Whether a count's figure is a sign for zero (« / », « - », « néant »), not a figure or words."""
    return figure[0] in "/-" or figure.lower() == "néant"


_TITULARS = re.compile(rf"titulaires\s+pr[ée]sents?{_VERB}\s*:?\s*$", re.IGNORECASE)
_SUBSTITUTES_PRESENT = re.compile(
    rf"suppl[ée]ants\s+pr[ée]sents?{_VERB}\s*:?\s*(\d{{1,3}})(?![\d/])", re.IGNORECASE)


def _with_substitutes(text: str, out: dict[str, int | None], spots: dict[str, tuple[int, str]]) -> None:
    """« Nombre de délégués titulaires présents : 15 … suppléants présents : 02 »: a syndicate's
    substitutes sit for absent titulars, and are members present (17); the titulars' count
    alone, with no substitutes' count printed, is the count of the members present."""
    present, spot = out.get("present"), spots.get("present")
    if present is None or spot is None or "uppl" not in text:
        return
    line = text.rfind("\n", 0, spot[0]) + 1
    if _TITULARS.search(text, max(line, spot[0] - 60), spot[0]) is None:
        return
    m = _SUBSTITUTES_PRESENT.search(text, spot[0])
    if m is not None and m.start() - spot[0] < 300:
        out["present"] = present + int(m.group(1))


# A count printed in its parts (« ayant pris part à la délibération : 20 titulaires 3
# suppléants », « Présents : 12 titulaires et 2 suppléants »): the figure, the titulars' word,
# then the substitutes' figure and word.
_SPLIT = re.compile(r"\d{1,4}[ \t]+(?:délégués[ \t]+|membres[ \t]+)?titulaires?[ \t]*(?:[-–,+]|et)?[ \t]*"
                    r"(\d{1,3})[ \t]+suppl[ée]ants?\b", re.IGNORECASE)


def _parts_added(text: str, out: dict[str, int | None], spots: dict[str, tuple[int, str]]) -> None:
    """A count of the present or of the voters printed in parts, titulars and substitutes (who
    sit and vote for absent titulars): the parts add up (« 20 titulaires 3 suppléants » is 23
    voters, not 20). The members in office are the titulars' seats (« En exercice : 27
    titulaires – 27 suppléants » is 27): kept as read."""
    for key in ("present", "voters"):
        value, spot = out.get(key), spots.get(key)
        if value is None or spot is None or "uppl" not in text[spot[0]:spot[0] + 60]:
            continue
        m = _SPLIT.match(text, spot[0])
        if m is not None:
            out[key] = value + int(m.group(1))


# A count's label with its figure alone on a line (« Votants : 14 »).
_COUNT_LINE = re.compile(r"[ \t]*[^\d\n:]{2,45}:[ \t]*\d{1,4}[ \t]*$")
_NUMBER_OF = re.compile(r"(?i)nombre\s+(?:de\s+|d['’]\s*)[^\n]{0,20}\Z")


def _among_counts(text: str, start: int, end: int) -> bool:
    """Whether a label followed by a sign for zero (« Pouvoirs : - », « Procurations : / »,
    « néant ») is a count's: its words say so (« Nombre de pouvoirs : - »), or a count's label
    with its figure stands on the line before or after it (« Présents : 12⏎Pouvoirs : -⏎
    Votants : 12 », a table of counts). Among the lists (« Présents : M. X, …⏎Procuration : -⏎
    Absents : M. Y »), it is the heading of an empty list: no count is printed (the proxies'
    list, empty, says there are none)."""
    if _NUMBER_OF.search(text, max(0, start - 40), start):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if _COUNT_LINE.match(text[line_start:start]):
        return True  # « Présents : 12 Pouvoirs : - » on one line
    before = text[max(0, line_start - 200):line_start].rstrip()  # (blank lines passed)
    prev = before[before.rfind("\n") + 1:]
    nxt = text[line_end:line_end + 200].lstrip().split("\n", 1)[0]
    return bool(_COUNT_LINE.match(prev) or _COUNT_LINE.match(nxt))


def _in_a_vote(text: str, start: int) -> bool:
    """« … à l'unanimité des Membres présents :⏎⏎9 »: the label is a vote's words, and the
    figure after it something else (a page number)."""
    return "unanimit" in text[max(0, start - 40):start].lower()


# « Présents : 22 ou 21 »: two figures for one count.
# (« présents : 22 ou 21 », « Votants : 8 + 2 procurations »: the count is not printed as one figure.)
# A bracket closing right after a label, opened right after a name: one member's annotation.
_ONE_MEMBERS = re.compile(r"[ \t]*\)")
_NAME_BRACKET = re.compile(r"[^\W\d_][ \t]?\(\Z")
_OR_FIGURE = re.compile(r"[ \t]*(?:(?:ou|/|à)[ \t]+|\+[ \t]*)\d", re.IGNORECASE)
_PART_OF_OFFICE = ("present", "proxies", "voters", "absent", "expressed")


def _plausible(out: dict[str, int | None], spots: dict[str, tuple[int, str]]) -> dict[str, int | None]:
    """Counts that cannot be true are dropped (a wrong figure is worse than none): more members
    present, represented, voting or absent than in office (« En exercice : 15 Présents : 19 »,
    an OCR misreading), more proxies than absent members can give (L2121-20: one proxy each), or
    more voters than the present and the represented (those not read beside a label and colon)."""
    office = out.get("in_office")
    if office:
        for key in _PART_OF_OFFICE:
            value = out.get(key)
            if value is not None and value > office:
                out[key] = None
        present, proxies = out.get("present"), out.get("proxies")
        if present is not None and proxies is not None and present + proxies > office:
            out["present"] = out["proxies"] = None
    # More voters than members present and represented (« 12 présents, 1 pouvoir … Votants 31 », a
    # figure of another line): one of the three is misread; those not read beside their label
    # and its colon are dropped (a labelled figure that disagrees is a misprint the evidence tells).
    present, proxies, voters = out.get("present"), out.get("proxies"), out.get("voters")
    if present is not None and proxies is not None and voters is not None and voters > present + proxies:
        for key in ("present", "proxies", "voters"):
            if spots.get(key, (0, ""))[1] not in (LABELLED, DASH):
                out[key] = None
                spots.pop(key, None)
    return out


@lru_cache(maxsize=64)
def _words_for(keys: tuple[str, ...]) -> tuple[str, ...]:
    """The keywords to find for ``keys``: theirs, and those that tell a side box."""
    return tuple(w for w in _ALL_STARTS if w in ("exercice", "votant") or any(w in _STARTS[k] for k in keys))


def _followed(low: str, occ: dict[str, list[int]], words: str) -> bool:
    """``words in low``, from the places of its first word."""
    first = words.split()[0]
    return any(low.startswith(words, k) for k in occ[first])


# The labels whose keywords hold a space: « nombre de », « pris part » (read only when
# one of their keywords is in the text as written).
_SPACED = {key for key, words in _KEYWORDS.items() if any(" " in w for w in words)}


def _has(low: str, occ: dict[str, list[int]], key: str) -> bool:
    """Whether one of the keywords of ``key`` is in ``low``."""
    return any(occ[w] if " " not in w else _followed(low, occ, w) for w in _KEYWORDS[key])


def _earliest(rx: re.Pattern[str], text: str, windows: Iterable[tuple[int, int]]) -> re.Match[str] | None:
    """The match ``rx.search(text)`` gives, when every match starts in one of ``windows``
    ((start, end), by start): they are searched in order while one could still hold an
    earlier match, then the earliest match found is taken again on the whole text."""
    first = -1
    for start, end in windows:
        if first >= 0 and start >= first:
            break
        m = rx.search(text, start, end)
        if m is not None and (first < 0 or m.start() < first):
            first = m.start()
    if first < 0:
        return None
    return rx.match(text, first) or rx.search(text, first)


_PAIR = 60  # from one box label's keyword to the next one's: « procurations / en exercice »
_SPAN = 200  # longer than any label with its figure (blanks are cut short by normalise)


def _near_keywords(rx: re.Pattern[str], text: str, low: str, words: tuple[str, ...],
                   pos: int = 0, paired: bool = False,
                   tail: re.Pattern[str] | None = None,
                   occ: dict[str, list[int]] | None = None, ends: bool = False) -> re.Match[str] | None:
    """``rx.search(text, pos)``, searched only in windows around the keywords a match contains.

    Every match starts at most _BACK characters before one of ``words``: the windows are
    searched in order (and those that could still hold an earlier match), then the match
    found is taken again on the whole text, so that it is the one ``rx.search`` returns.
    ``paired``: a match holds two keywords close together (a run of box labels), so only
    a keyword followed by another within _PAIR characters can start one. ``tail``: what
    every match holds from one of its keywords on; the windows of the keywords where it
    does not match are not searched (the match they could hold is found from its own);
    ``ends``: the tail is all of the match from the keyword on, so the window ends with it.
    ``occ`` keeps the keywords' places from one call to the next on the same ``low``.
    """
    occ = {} if occ is None else occ
    hits = []
    for w in words:
        if w not in occ:
            occ[w] = occurrences(low, w)
        found = occ[w]
        hits += found[bisect_left(found, pos - len(w)):]
    hits = sorted(set(hits))
    if paired:
        hits = [k for k, nxt in pairwise(hits) if nxt - k <= _PAIR]

    def windows() -> Iterator[tuple[int, int]]:
        for k in hits:
            end = k + _SPAN
            if tail is not None:
                tm = tail.match(text, k)
                if tm is None:
                    continue
                if ends:  # the match this keyword starts ends where its tail does
                    end = tm.end()
            yield max(pos, k - _BACK), end

    return _earliest(rx, text, windows())


def _box_labels(text: str, low: str | None, occ: dict[str, list[int]]) -> Iterator[re.Match[str]]:
    """``_BOX_LABELS.finditer(text)``, searched near the keywords when ``low`` is given."""
    if low is None:
        yield from _BOX_LABELS.finditer(text)
        return
    hits = []  # (no two box keywords start at one place)
    for w in _BOX_STARTS:
        if w not in occ:
            occ[w] = occurrences(low, w)
        hits += occ[w]
    hits.sort()
    for k, nxt in pairwise(hits):
        if nxt - k <= _PAIR and _BOX_TAIL.match(text, k):
            break
    else:
        return  # no keyword starts a run of labels (the first search below would find none)
    pos = 0
    while (m := _near_keywords(_BOX_LABELS, text, low, _BOX_STARTS, pos, paired=True, tail=_BOX_TAIL,
                               occ=occ)) is not None:
        yield m
        pos = m.end()


def _label_runs(lm: re.Match[str]) -> Iterator[tuple[list[str], int]]:
    """The labels of a run, and where they end: all of them, then, when the run goes on over
    a line break, those of its first lines (« … Procurations Votants⏎Présents : Anne X »: the
    box's labels are the first line's; the next line's heading is no label of it)."""
    run = lm.group(0)
    yield _BOX_LABEL_RE.findall(run), lm.end()
    cut = run.rfind("\n")
    while cut > 0:
        head = run[:cut]
        labels = _BOX_LABEL_RE.findall(head)
        if len(labels) < 2:
            return
        yield labels, lm.start() + len(head.rstrip())
        cut = head.rfind("\n")


# Labels stacked over their figures, one to a line, the figure alone on the next line (a side
# column of the page read line by line: « En exercice⏎29 », « Présents⏎24 », « Pouvoir⏎⏎1 »).
_STACKED = re.compile(
    r"(?im)^[ \t]*(?:nombre\s+de\s+(?:conseillers\s+|membres\s+)?)?"
    r"(en\s+exercice|pr[ée]sents?|procurations?|pouvoirs?|votants?|repr[ée]sent[ée]s)[ \t]*:?[ \t]*\n"
    r"(?:[ \t]*\n)?[ \t]*(\d{1,4})[ \t]*$")


_COUNTS = ("in_office", "present", "proxies", "voters")
_LONE_FIGURE = re.compile(r"\n[ \t]*\d{1,4}[ \t]*\n")  # a line holding a figure only


def _stacked(text: str, where: dict[str, tuple[int, str]]) -> dict[str, int]:
    """Counts whose labels stand alone on their lines, each over its figure alone on the next
    line. Two such pairs at least (a lone « Présents⏎2 » may be a page number under a heading),
    one figure a count (the first kept)."""
    found: dict[str, tuple[int, int]] = {}
    for m in _STACKED.finditer(text):
        found.setdefault(_box_key(m.group(1)), (int(m.group(2)), m.start(2)))
    if len(found) < 2:
        return {}
    for key, (_, at) in found.items():
        where.setdefault(key, (at, BOX))
    return {key: figure for key, (figure, _) in found.items()}


# The rest of a run's line: as many figures as the run has labels, and nothing else (« Nombre de
# membres En exercice Présents Votants 56 37 38 »: a box's two rows flattened onto one line).
_FIGURES_TO_EOL = re.compile(r"[ \t]+(\d{1,4}(?:[ \t|]+\d{1,4}){1,6})[ \t]*(?:\n|$)")


def _same_line_box(text: str, lm: re.Match[str]) -> dict[str, tuple[int, int]] | None:
    """A run of labels with no colon followed, to the end of its line, by one figure a label:
    each label's figure (and where it is), or None. Only a line of figures as long as the run
    of labels is read so: « Présents Votants 12 » stays a labelled « Votants 12 »."""
    if ":" in lm.group(0):
        return None
    fm = _FIGURES_TO_EOL.match(text, lm.end())
    if fm is None:
        return None
    labels = _BOX_LABEL_RE.findall(lm.group(0))
    figures = list(re.finditer(r"\d{1,4}", fm.group(1)))
    if len(labels) != len(figures) or len({_box_key(lab) for lab in labels}) != len(labels):
        return None
    return {_box_key(lab): (int(f.group(0)), fm.start(1) + f.start())
            for lab, f in zip(labels, figures, strict=True)}


def _told(found: dict[str, tuple[int, int]], where: dict[str, tuple[int, str]]) -> dict[str, int | None]:
    for key, (_, at) in found.items():
        where[key] = (at, BOX)
    return {key: value for key, (value, _) in found.items()}


# A table's column read down the page: its labels one a line, then its figures one a line
# (« En exercice⏎Présents⏎Votants⏎15⏎11⏎13 »).
_LONE = re.compile(r"[ \t]*\n(?:[ \t]*\n)?[ \t]*(\d{1,4})[ \t]*(?=\n|$)")


def _column(text: str, lm: re.Match[str]) -> tuple[int, list[str], int, int] | None:
    """The figures of a run of labels, one a line each, when as many lines after the run hold
    a figure alone (and the next one does not): (0, figures, start, end), or None."""
    labels = _BOX_LABEL_RE.findall(lm.group(0))
    if lm.group(0).count("\n") != len(labels) - 1:
        return None  # (the labels one a line)
    figures, pos, start = [], lm.end(), -1
    while (fm := _LONE.match(text, pos)) is not None:
        figures.append(fm.group(1))
        start = fm.start(1) if start < 0 else start
        pos = fm.end()
    if len(figures) != len(labels):
        return None
    return 0, figures, start, pos


def _side_box(text: str, low: str | None = None,
              occ: dict[str, list[int]] | None = None,
              where: dict[str, tuple[int, str]] | None = None) -> dict[str, int | None]:
    """A run of labels with no figure beside them, and the run of figures nearest to it.

    ``low``, the text in lower case with the same offsets, lets labels be searched
    near their keywords only; ``where`` is told where each figure is.
    """
    for lm in _box_labels(text, low, {} if occ is None else occ):
        after = text[lm.end():lm.end() + 4]
        if _LABELLED_AFTER.match(after):
            same_line = _same_line_box(text, lm)
            if same_line is not None:
                return _told(same_line, {} if where is None else where)
            continue  # labelled, not a box
        best = None
        for labels, end in _label_runs(lm):
            for nm in _BOX_NUMBERS.finditer(text, max(0, lm.start() - 400), min(len(text), end + 400)):
                figures = _FIGURE.findall(nm.group(0))
                if len(figures) != len(labels):
                    continue
                dist = min(abs(nm.end() - lm.start()), abs(nm.start() - end))
                if best is None or dist < best[0]:
                    best = (dist, figures, nm.start(), nm.end())
            if best is not None:
                break
        if best is None:
            best = _column(text, lm)
            labels = _BOX_LABEL_RE.findall(lm.group(0))
        if best is not None:
            if where is not None:
                run = text[best[2]:best[3]]
                for lab, f in zip(labels, _FIGURE.finditer(run), strict=False):
                    where[_box_key(lab)] = (best[2] + f.start(), BOX)
            return {_box_key(lab): to_int(fig) for lab, fig in zip(labels, best[1], strict=True)}
    return {}
