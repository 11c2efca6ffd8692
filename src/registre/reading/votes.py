"""Printed votes in every wording: counts, unanimity and its variants, non-voters.

``Pour : 102 Contre : 0 Abstention : 0``, ``ONT VOTE POUR : 14 … CONTRE : /``, ``par 20
voix pour, 3 contre et 2 abstentions``, ``à l'unanimité``, ``à l'unanimité des présents``,
``unanimité moins neuf abstentions``, ``non votant(s) : 27``. :func:`read_vote` returns a
:class:`PrintedVote` (or None when the text prints no vote) and never raises.

The helpers that find where a pattern can match (:func:`ascii_lower`,
:func:`anchor_positions`, :func:`around`) serve :mod:`registre.reading.deliberation` too:
a pattern is tried at the places a word it needs gives, not along the whole text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from registre.core.vocabulary import Outcome
from registre.reading.textutil import (
    FOR_COUNT,
    NUMBER_WORD_RE,
    blanks_before,
    first_anchored,
    guarded,
    match_at,
    to_int,
)

# A small count in words, one word (« une voix contre », « deux abstentions »).
_SMALL = r"(une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)"
# A count in words, one word or several (« ONZE voix CONTRE », « vingt et une voix pour »), not led
# by « un » / « une » where it counts votes for (« dispose d'une voix pour élire »: a right).
_UNITS = r"deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize"
_TENS = r"vingts?|trente|quarante|cinquante|soixante|cents?"
_WORDED_BODY = rf"(?:{_UNITS}|{_TENS})(?:[\s-]+(?:et[\s-]+)?(?:une?|{_UNITS}|{_TENS}))*"
_WORDED = f"({_WORDED_BODY})"
# « Contre : - », « Contre : / »: none; not a dash that starts a word or a line (« POUR :⏎⏎-ACCEPTE »,
# « contre :⏎- Approuvé la convention »: a bullet of the decisions after « et 12 voix POUR : »).
_BULLET_NOT = r"(?<!\n)(?<!\n[ \t])(?<!\n[ \t]{2})(?<!\n[ \t]{3})(?<!\n[ \t]{4})"
# A count of votes for that ends its line, at the line's start (after at most four blanks: a
# lookbehind has one width) or after a comma or « et » (the last of the counts).
# (After a comma or « et », the count ends a sentence, a paragraph, or a line the next of which
# starts with a capital: « …, 2 pour⏎la maternelle » is prose cut by a line break.)
_LAST_FOR = (r"(?:(?:(?<=^)|(?<=\n)|(?<=\n[ \t])|(?<=\n[ \t]{2})|(?<=\n[ \t]{3})|(?<=\n[ \t]{4}))"
             r"(?=\d{1,4}[ \t]+pour[ \t]*\.?[ \t]*(?:\n(?![ \t]*cent)|$))"
             r"|(?:(?<=,[ \t])|(?<=\bet[ \t]))"
             r"(?=\d{1,4}[ \t]+pour[ \t]*(?:\.|\n[ \t]*(?:\n|(?-i:[A-ZÀ-Ý(]))|\n?$)))"
             # « 2 CONTRE (…) 1 ABSTENTION (…) et 11⏎POUR. »: the last count, its word on the next line
             # and ending the sentence.
             r"|(?<=\bet[ \t])(?=\d{1,4}[ \t]*\n[ \t]*pour[ \t]*\.)")
# « … vote par 2⏎ABSTENTIONS (M.DENISE — C.BOURRETTE) et 12 voix POUR »: a figure ending a line
# of prose (a word or a comma before it, not « pour 12 », « contre 2 »), its word opening the next line (a
# narrow column); its word then followed by no figure or colon, which a table's next label has
# (« Votants 12⏎Abstentions : 0 »).
_PROSE_END = (r"(?:(?<=[a-zà-ÿ,] \d)|(?<=[a-zà-ÿ,] \d\d)|(?<=[a-zà-ÿ,] \d\d\d))"
              r"(?<!pour \d)(?<!pour \d\d)(?<!contre \d)(?<!contre \d\d)[ \t]*\n[ \t]*")
_NOT_TABLE = r"[ \t]*(?::|\d|-[ \t]*\d)"
_N = rf"(\d{{1,4}}|{_BULLET_NOT}/(?![\d\w])|{_BULLET_NOT}-(?![\d\w])|néant|aucune?|{NUMBER_WORD_RE})"
_FOR = [
    guarded(rf"(?:\bPOUR|\bPour|[Vv]otes?\s+pour|ONT\s+VOT[ÉE]\s+POUR|[Vv]oix\s+pour)\s*\*?\s*:\s*{_N}",
            "PVvO"),
    # « 20 voix pour », « 20 pour, 3 contre », « 14 pour – 1 abstention »; « 15 pour » ending its
    # line, alone on it or last of the counts (« 0 contre, 0 abstention, 11 pour »): not « 5 pour »
    # that « cent » goes on below.
    guarded(rf"(?:{_LAST_FOR}"
            r"|(?=\d{1,4}[ \t]+(?:(?:voix|votes?)\s+pour"
            r"|pour\s*(?:,|et|/|[–-])\s*\d{1,4}\s+(?:contre|abstention)"
            # « 10 pour (8 + 2 procurations pour), 3 abstentions (…) »: its detail in brackets.
            r"|pour\s*\([^()\n]{0,80}\)\s*(?:,|et)\s*\d{1,4}\s+(?:contre|abstention))))"
            r"\b(\d{1,4})", "0-9", re.IGNORECASE),
    # « Pour 8, Contre 1, Abstention 0 »: no colon.
    # (At most three figures: « Pour 2016, le total s'élève… » is a year.)
    guarded(r"\b(?:POUR|Pour)\s+(\d{1,3})\b(?=\s*[,;\n]|\s+(?:CONTRE|Contre|voix))", "P"),
    # « Vote : ⏎ - pour : 15 ⏎ - contre : 4 (M. X, …) »: in lower case, the figure ending its line
    # (or before the names in brackets). (Tried in a window around « pour », as a count in words.)
    # (« A l'unanimité (pour : 8 contre : 0 abstentions : 0) »: or the next count after it.)
    guarded(r"(?<![\w'’])pour[ \t]*:[ \t]*(\d{1,4})(?=[ \t]*(?:\n|$|\(|[,;]?[ \t]*contre[ \t]*:))", "p"),
    # « Par : DEUX voix POUR - ONZE voix CONTRE et 1 ABSTENTION »: in words.
    re.compile(rf"\b{_WORDED}\s+voix\s+pour\b", re.IGNORECASE),
    # « Résultat du vote : ⏎ Pour le changement de prestataire : 13 votes »: what was voted for,
    # then the count, at the head of its line.
    re.compile(r"(?m)^[ \t]*Pour\b[^:\n]{3,80}?:[ \t]*(\d{1,4})[ \t]+votes?\b"),
]
_AGAINST = [
    guarded(rf"(?:\bCONTRE|\b[Cc]ontre|[Vv]otes?\s+contre|ONT\s+VOT[ÉE]\s+CONTRE)\s*\*?\s*:\s*{_N}", "CcVvO"),
    # (The figure and its word on one line: « Pour : 51⏎Contre : » is no « 51 contre ».)
    guarded(rf"\b(\d{{1,4}})(?:[ \t]+|{_PROSE_END}(?!(?:(?:voix|votes?)\s+)?contre{_NOT_TABLE}))"
            r"(?:(?:voix|votes?)\s+)?contre\b", "0-9", re.IGNORECASE),
    guarded(r"\b(?:CONTRE|Contre)\s+(\d{1,3})\b(?=\s*[,;.\n]|\s+(?:ABSTENTION|Abstention|et))", "C"),
    # « à 34 voix pour et une voix contre »: a small count in words.
    re.compile(rf"\b(une?|{_WORDED_BODY})\s+(?:voix|votes?)\s+contre\b", re.IGNORECASE),
]
_ABST = [
    # (« Abstenfions : 3 », « Abstentlons : 3 »: a scan's OCR confusing a letter inside the word)
    # (« ABSTENTION(S) : 2 », « Abstention(s) : 2 »: the plural's mark in brackets)
    guarded(rf"(?:\b[Aa]bst[a-zé]{{3,5}}ons?\b|\b[Aa]bsentions?|\bABSTENTIONS?|SE\s+SONT\s+ABSTENUS|\b[Aa]bstenus?)"
            rf"(?:\((?:s|S)\))?\s*\*?\s*:\s*{_N}",
            "AaS"),
    guarded(rf"\b(\d{{1,4}})(?:[ \t]+|{_PROSE_END}(?!ab(?:st|s)entions?{_NOT_TABLE}))ab(?:st|s)entions?\b",
            "0-9", re.IGNORECASE),
    # (« ABSTENTION  5 (Florence A ; Laurent D ;⏎… ) »: the names in brackets.)
    guarded(r"\b(?:ABSTENTIONS?|Abstentions?)\s+(\d{1,3})\b(?=\s*[,;.\n(]|\s*$)", "A"),
    re.compile(rf"\b{_SMALL}\s+ab(?:st|s)entions?\b", re.IGNORECASE),  # « et deux abstentions »
]
_NOT_VOTING = [
    re.compile(rf"(?:non[- ]?votants?|ne\s+prend(?:nent)?\s+pas\s+part\s+au\s+vote|NPPV|refus\s+de\s+vote)"
               rf"\s*(?:\(s\))?\s*\*?\s*:\s*{_N}", re.IGNORECASE),
    guarded(r"\b(\d{1,4})\s+(?:non[- ]?votants?|refus\s+de\s+vote)", "0-9", re.IGNORECASE),
]
_INTERESTED = guarded(rf"(?:conseillers?|élus?|membres?)\s+intéressés?\s*\*?\s*:\s*{_N}", "cCéÉmM",
                      re.IGNORECASE)
_UNANIMOUS = re.compile(
    r"(?:à\s+l'|a\s+l')?unanimit[ée](?P<scope>\s+des\s+(?:membres\s+)?(?:pr[ée]sents(?:\s+et\s+repr[ée]sent[ée]s)?"
    r"|suffrages\s+exprim[ée]s|votants))?"
    # « à l'unanimité des votants (31 voix), 8 abstentions »: the votes for, in brackets.
    r"(?:\s*\((?P<n>\d{1,4})\s+voix\))?",
    re.IGNORECASE,
)
# A run of labels each followed by its figure, no colon: « Pour 12 Contre 2 Abstention(s) 1 ».
# (« Pour 86 ⏎⏎ Contre 0 Abstentions 5 »: a line break or two between the labels too.)
_RUN_SEP = r"(?:[ \t]*[,;–-]?[ \t]*|[ \t]*\n(?:[ \t]*\n)?[ \t]*)"
_LABEL_FIRST_RUN = re.compile(
    rf"(?<![\d\w])(?:POUR|Pour)[ \t]+(\d{{1,3}}){_RUN_SEP}(?:CONTRE|Contre)[ \t]+(\d{{1,3}})"
    rf"(?:{_RUN_SEP}(?:ABSTENTIONS?|Abstentions?)[ \t]+(\d{{1,3}}))?(?![ \t]*(?:\d|[Vv]oix|votes?))")
_LABEL_FIRST_ANCHORS = (("Pour", 0), ("POUR", 0))
_MINUS = re.compile(
    rf"unanimit[ée]\s+moins\s+{_N}\s*(?P<what>abstentions?|voix\s+contre|contre|votes?\s+contre"
    rf"|non[- ]?votants?)",
    re.IGNORECASE,
)
# An earlier sitting's decision told in the item's account (« qu'en séance du 13 Février 2019, le
# Comité du Syndicat … a approuvé, à l'unanimité, la modification … »): its vote is not this
# assembly's; the decision in the past tense just before « unanimité », a sitting's date in the sentence.
_PAST_DECISION = re.compile(r"(?i)\b(?:a|ont|avait|avaient)\s+"
                            r"(?:approuvé|adopté|validé|décidé|voté|accepté)e?s?\s*,?\s*$")
_OTHER_SITTING = re.compile(r"(?i)\b(?:en|lors\s+de\s+(?:sa|la|leur))\s+séance\s+du\b"
                            r"|\bpar\s+délibération\s+(?:n°\s*\S+\s+)?(?:du|en\s+date\s+du)\b")


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` starts (after the last full stop or blank line, 300 back
    at most)."""
    lo = max(0, at - 300)
    return max(text.rfind(". ", lo, at) + 2, text.rfind("\n\n", lo, at) + 2, lo)


_UNANIMITY_NOT = re.compile(r"[ \t]*(?:/[ \t]*)?(?:ou[ \t]+)?non\b", re.IGNORECASE)
_AGAINST_BEFORE = re.compile(r"\bcontre[ \t]+(?:à|a)?[ \t]*(?:l')?$", re.IGNORECASE)
# « ADOPTÉ à l'unanimité », « Adoptée à l'unanimité », « approuvé à l'unanimité »: an outcome and its
# vote, just before « unanimité ».
# (The participle, the outcome's label; not « Le conseil approuve à l'unanimité », a decision
# sentence, whose vote and a count far below are two votes, none given.)
_ADOPTED_BEFORE = re.compile(r"\b(?:(?i:adopt|approuv)(?:é|ée|és|ées)"
                             r"|(?:ADOPT|APPROUV)(?:[ÉE]|[ÉE]E|[ÉE]S|[ÉE]ES))"
                             r"[ \t]+(?:(?:à|a|À|A)[ \t]+[lL]['’][ \t]*)?$")
_BALLOT_METHOD = re.compile(r"main\s+lev[ée]e|scrutin", re.IGNORECASE)
_OUTCOME = re.compile(r"\b([aA]dopt[ée]e?s?|ADOPT[ÉE]E?S?|[rR]ejet[ée]e?s?|REJET[ÉE]E?S?)\b")


# The forms a vote is printed in (PrintedVote.form).
TABLE, COUNTS, UNANIMITY, MINUS, NOT_VOTING, ROW = "tableau des voix", "décompte des voix", "unanimité", \
    "unanimité moins", "non-votants", "colonne de l'issue"
# « Adopté à la majorité (2 contre) »: the outcome only (the figures printed are not the whole vote).
MAJORITY = "issue à la majorité"
# « Le Conseil … DÉCIDE : », no vote printed: the outcome only (deliberation.py).
DECISION = "phrase de décision"


@dataclass
class PrintedVote:
    """The vote as the extract prints it; None where it does not say."""

    for_: int | None = None
    against: int | None = None
    abstention: int | None = None
    not_voting: int | None = None
    interested: int | None = None
    unanimous: bool = False
    unanimity_scope: str | None = None
    outcome: Outcome | None = None
    # Where it was read in the text given to read_vote (-1: not known) and in which form
    # (TABLE, COUNTS, UNANIMITY, MINUS, NOT_VOTING); where its outcome word is.
    at: int = field(default=-1, compare=False, repr=False)
    form: str = field(default="", compare=False, repr=False)
    outcome_at: int = field(default=-1, compare=False, repr=False)

    def as_dict(self) -> dict[str, object]:
        return {"for": self.for_, "against": self.against, "abstention": self.abstention,
                "not_voting": self.not_voting, "unanimous": self.unanimous,
                "unanimity_scope": self.unanimity_scope, "interested": self.interested,
                "outcome": self.outcome.value if self.outcome else None}


def ascii_lower(text: str) -> bytes | None:
    """``text`` with ASCII letters in lower case, one byte a character (the same indices).

    Words in ASCII are looked up there in any case (``re.IGNORECASE`` would be tried at
    every letter). None when a character outside Latin-1 matches an ASCII letter under
    IGNORECASE (ſ, K, ı, İ): the lookups would then miss matches, so they are not made.
    """
    try:
        return text.encode("latin-1").lower()
    except UnicodeEncodeError:
        if any(c in text for c in "\u017f\u212a\u0131\u0130"):
            return None
        return text.encode("latin-1", "replace").lower()


def anchor_positions(low: bytes | None, words: tuple[bytes, ...]) -> list[int] | None:
    """Where any of ``words`` is in ``low``, in order; None when ``low`` is (search everything)."""
    if low is None:
        return None
    out: list[int] = []
    if len(words) == 1:  # the common case: already in order
        w = words[0]
        i = low.find(w)
        while i >= 0:
            out.append(i)
            i = low.find(w, i + 1)
        return out
    for w in words:
        i = low.find(w)
        while i >= 0:
            out.append(i)
            i = low.find(w, i + 1)
    out.sort()
    return out


def around(rx: re.Pattern[str], text: str, at: list[int] | None, pos: int = 0, *,
           back: int, ahead: int) -> re.Match[str] | None:
    """``rx.search(text, pos)``, for a pattern whose every match holds an anchor (a word it
    needs, found in ``at``) less than ``back`` characters from its start, and ends
    less than ``ahead - back`` characters after it; ``at`` None: a plain search.

    Each anchor's window is searched in turn: the first match that can hold the anchor
    (it starts before it) is the first match of the text. It is matched again without the
    window's end, which could have cut it short.
    """
    if at is None:
        return rx.search(text, pos)
    for a in at:
        if a < pos:
            continue
        hi = a + ahead
        m = rx.search(text, max(pos, a - back), hi)
        if m is not None and m.start() <= a:
            return rx.match(text, m.start()) if hi < len(text) else m
    return None


def _first(rxs: list[re.Pattern[str]], text: str, at: list[int] | None,
           chains: tuple[tuple[int, ...], ...] | None = None, voix: bool = False) -> int | None:
    """The first count one of ``rxs`` reads (see :func:`_first_at`)."""
    return _first_at(rxs, text, at, chains, voix)[0]


def _first_at(rxs: list[re.Pattern[str]], text: str, at: list[int] | None,
              chains: tuple[tuple[int, ...], ...] | None = None,
              voix: bool = False) -> tuple[int | None, int]:
    """The first count one of ``rxs`` reads, and where; ``at``: where a word all their matches hold is.

    With ``chains`` (_FOR, _AGAINST, _ABST), each pattern is tried only where it can start:
    the first as :func:`_starts` says, the second at the figures before the word (and
    before « voix » when ``voix``: :func:`_figures_before`), the third at the word.
    """
    if at is not None and not at:
        return None, -1
    for i, rx in enumerate(rxs):
        if chains is not None and at is not None:
            if i >= 3:  # (the counts in words: in a window around the word)
                m = around(rx, text, at, back=_VOTE_BACK, ahead=_VOTE_AHEAD)
            else:
                starts = _starts(text, at, chains) if i == 0 \
                    else _figures_before(text, at, voix) if i == 1 else at
                m = match_at(rx, text, starts)
        else:
            m = around(rx, text, at, back=_VOTE_BACK, ahead=_VOTE_AHEAD)
        if m:
            v = to_int(m.group(1))
            if v is not None:
                return v, m.start()
    return None, -1


# A vote's patterns are tried in short windows around their words: their matches hold
# the word less than 30 characters (and blanks) from their start (« SE SONT ABSTENUS »,
# « ne prennent pas part ») and end less than 60 after it (« unanimité des membres
# présents et représentés »).
_VOTE_BACK = 40
_VOTE_AHEAD = 110
# The most characters between the votes for and the other figures of one vote (names in
# brackets after each: « Abstentions : 3 (Mme A, M. B, M. C) »).
_ONE_VOTE = 300
_ONE_PARAGRAPH = 900
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _one_vote(text: str, a: int, b: int) -> bool:
    """Whether two counts read at ``a`` and ``b`` are printed together: near each other, or in
    one paragraph (no blank line between them) not too long."""
    d = abs(a - b)
    if d <= _ONE_VOTE:
        return True
    if d <= _ONE_PARAGRAPH and _BLANK_LINE.search(text, min(a, b), max(a, b)) is None:
        return True
    # « Par 27 voix POUR, (Philippe X, … 27 names …)⏎⏎Et 1 abstention (Roger Y). »: far apart only by
    # the voters named in brackets
    between = text[min(a, b):max(a, b)]
    return "(" in between and len(_NAMED_IN_BRACKETS.sub("()", between)) <= _NEAR_ONCE_NAMED


_NAMED_IN_BRACKETS = re.compile(r"\([^()]*\)")
_NEAR_ONCE_NAMED = 60


def _find(rx: re.Pattern[str], text: str, at: list[int] | None) -> re.Match[str] | None:
    if at is not None and not at:
        return None
    return around(rx, text, at, back=_VOTE_BACK, ahead=_VOTE_AHEAD)


_INTERESTED_COLON = re.compile(r"ress[ée]s?\s*\*?\s*:", re.IGNORECASE)  # the end of _INTERESTED's words






def _starts(text: str, at: list[int], chains: tuple[tuple[int, ...], ...]) -> list[int]:
    """Where a pattern « words, blanks, word in ``at`` » can start, in order: at each word
    of ``at``, and for each chain of word lengths before it (« ONT VOTÉ POUR »: (4, 3)),
    at each of those words, read back over the blanks between them."""
    out = []
    for a in at:
        out.append(a)
        for chain in chains:
            pos = a
            for n in chain:
                k = blanks_before(text, pos)
                if k == pos:
                    break
                pos = k - n
                out.append(pos)
    out.sort()
    return out


def _figures_before(text: str, at: list[int], voix: bool) -> list[int]:
    """Where « figures, blanks, word in ``at`` » can start (« 20 pour »), in order: at the
    run of figures that ends where the blanks before the word start; with ``voix``, also
    before a four- or five-letter word and its blanks before it (« 20 voix pour », « 12
    votes pour »). A run of more
    than four figures is not tried (the patterns read one to four, after a boundary)."""
    out = []
    for a in at:
        k = blanks_before(text, a)
        if k == a:
            continue
        ends = [k]
        for n in (4, 5) if voix else ():  # « voix », « vote », « votes »
            if k > n:
                j = blanks_before(text, k - n)
                if j < k - n:
                    ends.append(j)
        for e in ends:
            j = e
            while j > 0 and e - j < 5 and text[j - 1].isdecimal():
                j -= 1
            if 0 < e - j < 5:
                out.append(j)
    out.sort()
    return out


# The words the first pattern of _FOR and _AGAINST can hold before « pour » / « contre »
# (« votes », « vote », « voix », « ONT VOTÉ »), of _ABST before « abst » (« SE SONT »).
_COUNT_CHAINS = ((5,), (4, 3))
_ABST_CHAINS = ((4, 2),)


def _with_a_l(text: str, at: list[int]) -> list[int]:
    """Each place in ``at``, with where « à l' » would start before it (« à l'unanimité »)."""
    out = []
    for a in at:
        k = blanks_before(text, a - 2) if a >= 2 else a
        if 1 <= k < a - 2:
            out.append(k - 1)
        out.append(a)
    return out


def _not_voting_anchors(text: str, low: bytes | None) -> list[int] | None:
    """The words _NOT_VOTING matches hold; « part » only after « pas » (« ne prennent part
    ni au débat » is said of interested members, before most votes)."""
    at = anchor_positions(low, (b"votant", b"nppv", b"refus"))
    if at is None or low is None:
        return at
    i = low.find(b"part")
    while i >= 0:
        k = blanks_before(text, i)
        if k < i and low.endswith(b"pas", 0, k):
            at.append(i)
        i = low.find(b"part", i + 1)
    at.sort()
    return at


# « Pour : 15 », « - POUR 21 » at the start of a line: a count of votes for.
_FOR_LABEL = re.compile(r"^[ \t\-–•]*(?:Pour|POUR)[ \t]*:?[ \t]*\d{1,3}\b", re.MULTILINE)
_SAME_COUNT = 12  # (the count read as the votes for starts within this of its figure-first match)
# A table of votes, one label and its figure a line: « POUR    21⏎CONTRE    0⏎ABSTENTION    0 ».
# (Without a colon: « Pour : 33 » lines are the general path's, which also reads what follows
# them, « Conseillers intéressés : 1 ».)
_TABLE_LINE = re.compile(r"^[ \t\-–•]*(POUR|CONTRE|ABSTENTIONS?|Pour|Contre|Abstentions?)[ \t]+"
                         r"(\d{1,3}|/|-)[ \t]*(?:\([^)\n]*(?:\)[ \t.]*)?)?$", re.MULTILINE)


def _label_first_run_possible(text: str) -> bool:
    """Whether :data:`_LABEL_FIRST_RUN` is searched in ``text``: only where « Pour » or
    « POUR » is followed by a space (the reader's rule: a tab after it is not looked for) and
    « Contre » or « CONTRE », which every match holds, is printed (a cheap necessary condition)."""
    return ("Pour " in text or "POUR " in text) and ("Contre" in text or "CONTRE" in text)


def _vote_table(text: str) -> PrintedVote | None:
    """The first table of votes (consecutive lines « POUR 21 », « CONTRE 0 »…), if any."""
    if "\n" not in text:
        return None
    rows: dict[str, int] = {}
    last_end = first = -1
    for m in _TABLE_LINE.finditer(text):
        if rows and text[last_end:m.start()].strip():
            break  # the table ended
        key = m.group(1).lower()[:4]
        if key in rows:
            break  # a second table starts
        if not rows:
            first = m.start(2)
        rows[key] = to_int(m.group(2)) or 0
        last_end = m.end()
    if "pour" not in rows or len(rows) < 2:
        return None
    return PrintedVote(for_=rows["pour"], against=rows.get("cont", 0), abstention=rows.get("abst", 0),
                       outcome=Outcome.ADOPTED if rows["pour"] > rows.get("cont", 0) else None,
                       at=first, form=TABLE)


# How far after its « Pour : » line one of several votes of a block is read.
_REPEATED_REACH = 400
# A vote printed twice, or two or three items voted alike: more « Pour : » lines are a table of
# votes (subsidies voted one by one), not compared.
_REPEATED_MOST = 3


def _repeated_vote(text: str, firsts: list[int]) -> PrintedVote | None:
    """The vote of a block that prints several « Pour : » lines (``firsts``), when all print the
    same vote: verbatim minutes print the vote under the draft deliberation and again after the
    debate (« Pour : 44 ⏎ Contre : 8 ⏎ Abstentions : 2 ⏎ Adopté à la majorité. », then the
    speeches, then the same four lines); or two items run together, voted alike. Each is read from
    its line to the next one's (at most a few lines), each with its outcome (« Adopté … »); None
    when any differs, is not a count or prints no outcome,
    or when a vote is printed before the first (« approuvé à l'unanimité », then two items voted
    « Pour : 15 »: which is the block's is not known)."""
    if len(firsts) > _REPEATED_MOST or read_vote(text[:firsts[0]]) is not None:
        return None
    votes = []
    for i, a in enumerate(firsts):
        b = min(firsts[i + 1] if i + 1 < len(firsts) else len(text), a + _REPEATED_REACH)
        v = read_vote(text[a:b])
        if v is None or v.form != COUNTS or v.for_ is None or v.outcome_at < 0:
            # (Each with its outcome, as a deliberation's vote is printed: counts alone, one per
            # association of a subsidies' item, are the votes of its parts.)
            return None
        votes.append(v)
    if any(v.as_dict() != votes[0].as_dict() for v in votes[1:]):
        return None
    v = votes[0]
    v.at += firsts[0]
    if v.outcome_at >= 0:
        v.outcome_at += firsts[0]
    return v


def read_vote(text: str) -> PrintedVote | None:
    """The vote printed in ``text``; None when there is none.

    Each pattern is tried only around the words its matches hold (looked up in lower case).
    """
    table = _vote_table(text)
    if table is not None:
        return table
    # Several votes in one block (a budget voted chapter by chapter): the first is read.
    firsts = [m.start() for m in _FOR_LABEL.finditer(text)] if "our" in text or "OUR" in text else []
    if len(firsts) >= 2:
        # Several counts in one block: a table of votes per line (subsidies voted one by one),
        # or a budget voted chapter by chapter that no sub-heading cuts. Which one is the
        # deliberation's is not said: none is given (a wrong vote is worse than none) — unless
        # every one prints the same vote (see :func:`_repeated_vote`).
        return _repeated_vote(text, firsts)
    low = ascii_lower(text)
    # (Its matches start at their « Pour »/« POUR »: tried there only, the lookbehind that
    # opens it would have the search try every place.)
    run = first_anchored(_LABEL_FIRST_RUN, text, text, _LABEL_FIRST_ANCHORS) \
        if _label_first_run_possible(text) else None
    for_: int | None
    against: int | None
    abstention: int | None
    if run is not None:
        # « Pour 12 Contre 2 Abstention 1 »: each figure after its label (read as « 12 Contre »
        # and « 2 Abstention », figures before their labels, the vote would be wrong).
        for_, against = int(run.group(1)), int(run.group(2))
        abstention = int(run.group(3)) if run.group(3) else None
        at_for = at_against = at_abst = run.start()
    else:
        for_, at_for = _first_at(_FOR, text, anchor_positions(low, (b"pour",)), _COUNT_CHAINS, voix=True)
        against, at_against = _first_at(_AGAINST, text, anchor_positions(low, (b"contre",)), _COUNT_CHAINS,
                                        voix=True)
        # (« Absentions : 3 », a misspelling met in print, is read too.)
        abstention, at_abst = _first_at(_ABST, text, anchor_positions(low, (b"abst", b"absention")),
                                        _ABST_CHAINS)
    if for_ is None and (against is not None or abstention is not None):
        # « approuve à 1 vote Contre, 3 Abstentions, et 7 Pour, le constat … »: the votes for
        # printed last of the counts, then a comma and the decision's prose.
        last = max(at_against if against is not None else -1, at_abst if abstention is not None else -1)
        m = _FOR_AFTER_COUNTS.search(text, last, last + _FOR_AFTER_REACH) if last >= 0 else None
        dashed = _FOR_AFTER_DASH.match(text, last) if last >= 0 and m is None else None
        if m is not None:
            for_, at_for = int(m.group(1)), m.start(1)
        elif dashed is not None:
            for_, at_for = int(dashed.group(1)), dashed.start(1)
        elif "ote" in text:
            # « Vote : ⏎ − Contre : 14 ⏎ − Abstentions : 2, M. X, Mme Y »: the vote's lines list its
            # counts, none for: no member voted for.
            listed = _COUNT_LIST.search(text, max(0, min(at_against if against is not None else last,
                                                         at_abst if abstention is not None else last) - 40))
            if listed is not None and listed.start() <= last <= listed.end():
                for_, at_for = 0, listed.start()
    if for_ is not None:
        # The figures of one vote are printed together: a count far from the votes for is
        # another vote's (« Pour : 18 - Contre : 1 », then a later « 1 abstention »).
        # (Further, one paragraph still holds one vote: « Vote : - Abstentions : 3 (M. X, M. Y)
        # Ils indiquent qu'ils … [four lines] - Pour : 16 ».)
        against = against if _one_vote(text, at_against, at_for) else None
        abstention = abstention if _one_vote(text, at_abst, at_for) else None
        if against is not None or abstention is not None:
            # … nearer another count of votes for than to this one: « le CA est approuvé par 2
            # voix CONTRE et 9 voix POUR. VOTE DU COMPTE DE GESTION … Approuvé par 2 ABSTENTIONS
            # et 11 voix POUR. »: the abstentions are the second vote's, not the first's.
            others = [m.start() for m in FOR_COUNT.finditer(text) if abs(m.start() - at_for) > _SAME_COUNT]
            if others:
                if against is not None and any(abs(o - at_against) < abs(at_for - at_against)
                                               for o in others):
                    against = None
                if abstention is not None and any(abs(o - at_abst) < abs(at_for - at_abst) for o in others):
                    abstention = None
    v = PrintedVote(
        for_=for_,
        against=against,
        abstention=abstention,
    )
    v.not_voting, at_nv = _first_at(_NOT_VOTING, text, _not_voting_anchors(text, low))
    at = anchor_positions(low, (b"ress",))
    # « intéressés » before a colon only: « conseillers intéressés, ne prennent part… » is not.
    m = _find(_INTERESTED, text, at if at is None else [a for a in at if _INTERESTED_COLON.match(text, a)])
    v.interested = to_int(m.group(1)) if m else None
    at = anchor_positions(low, (b"unanimit",))
    # A match starts at « unanimité » or at the « à » of « à l'unanimité » before it.
    u = _UNANIMOUS.search(text) if at is None else match_at(_UNANIMOUS, text, _with_a_l(text, at))
    if u and _UNANIMITY_NOT.match(text, u.end()):
        u = None  # « à l'unanimité/ou non des Membres présents »: a template's words, no vote
    while u is not None and _PAST_DECISION.search(text, max(0, u.start() - 40), u.start()) is not None \
            and _OTHER_SITTING.search(text, _sentence_start(text, u.start()), u.start()) is not None:
        # « en séance du 13 février, le Comité … a approuvé, à l'unanimité, … »: an earlier
        # sitting's vote told in the account; this one's, if printed, comes after it
        u = _UNANIMOUS.search(text, u.end())
    if u and _AGAINST_BEFORE.search(text, max(0, u.start() - 12), u.start()):
        # « Contre à l'unanimité » (a question put as « êtes-vous favorable ? »): every vote
        # against, not for; what is recomputed from it would be wrong. None is given.
        return None
    if u and v.for_ is None and ((v.against and abs(at_against - u.start()) > _ONE_VOTE)
                                 or (v.abstention and abs(at_abst - u.start()) > _ONE_VOTE)):
        # « unanimité » and « 26 contre » far apart: two votes of a text (minutes read whole);
        # which is this deliberation's is not known (V-09: unanimity has nothing against).
        return None
    if u and v.for_ is not None and u.start() < at_for - _ONE_VOTE \
            and _BALLOT_METHOD.search(text, max(0, u.start() - 400), u.end() + 100) is None:
        # « … le conseil approuve à l'unanimité. », then far below « 12 POUR, 1 ABSTENTION »: two
        # votes in one block (items whose numbers were lost); the first printed is not the count read.
        # (Before an election, the unanimous choice to vote « à main levée » rather than « au
        # scrutin secret » (L2121-21) is a vote on the method: the count below is the item's.)
        # The first, printed as an outcome (« ADOPTÉ à l'unanimité. »), is the block's first
        # item's, whose heading the block starts with (its second item's heading was lost):
        # it is given, not the count below.
        said = _ADOPTED_BEFORE.search(text, max(0, u.start() - 20), u.start())
        if said is None:
            return None
        return PrintedVote(against=0, abstention=0, unanimous=True, outcome=Outcome.ADOPTED,
                           unanimity_scope=" ".join(u.group("scope").split()) if u.group("scope") else None,
                           at=u.start(), form=UNANIMITY, outcome_at=said.start())
    if for_ is not None:
        v.at, v.form = at_for, COUNTS
    if u:
        if v.at < 0:
            v.at, v.form = u.start(), UNANIMITY
        v.unanimous = True
        v.unanimity_scope = " ".join(u.group("scope").split()) if u.group("scope") else None
        if u.group("n") and v.for_ is None:
            v.for_ = int(u.group("n"))
    at = anchor_positions(low, (b"moins",))
    # « unanimité moins … »: « unanimité » ends where the blanks before « moins » start.
    mm = _MINUS.search(text) if at is None \
        else match_at(_MINUS, text, [blanks_before(text, a) - 9 for a in at])
    if mm:
        if v.form != COUNTS:
            v.at, v.form = mm.start(), MINUS
        n = to_int(mm.group(1))
        what = mm.group("what").lower()
        if "abst" in what:
            v.abstention = n if v.abstention is None else v.abstention
        elif "votant" in what:
            v.not_voting = n if v.not_voting is None else v.not_voting
        else:
            v.against = n if v.against is None else v.against
    at = anchor_positions(low, (b"adopt", b"rejet"))
    o = _OUTCOME.search(text) if at is None else match_at(_OUTCOME, text, at)  # starts at its word
    if o:
        v.outcome = Outcome.ADOPTED if o.group(1).lower().startswith("adopt") else Outcome.REJECTED
        v.outcome_at = o.start()
        more_for = v.unanimous or (v.for_ is not None and v.for_ > (v.against or 0))
        more_against = v.for_ is not None and v.against is not None and v.for_ < v.against
        if (v.outcome is Outcome.REJECTED and more_for) or (v.outcome is Outcome.ADOPTED and more_against):
            # « l'a rejetée », « les volumes rejetés » in the prose of a unanimous vote: the
            # word is not the outcome; the counts are read, no outcome is given from it.
            v.outcome, v.outcome_at = None, -1
    elif v.unanimous or (v.for_ is not None and v.for_ > (v.against or 0)):
        v.outcome = None
    if v.for_ is None and not v.unanimous and (v.against is not None or v.abstention is not None) \
            and low is not None and _after_majority(low, at_against if v.against is not None else at_abst):
        # « Adopté à la majorité (2 contre) »: the votes for are not printed, nor whether the
        # rest abstained; the figures printed are not the vote. Its outcome is.
        if v.outcome is None:
            return None
        v.against = v.abstention = None
        v.at, v.form = v.outcome_at, MAJORITY
        return v
    if v.for_ is None and v.against is None and v.abstention is None and not v.unanimous \
            and v.not_voting is None:
        return None
    if v.at < 0:  # (counts against, abstaining or not voting only)
        found = [a for a, n in ((at_against, v.against), (at_abst, v.abstention), (at_nv, v.not_voting))
                 if n is not None and a >= 0]
        v.at, v.form = min(found, default=0), COUNTS if v.against is not None or v.abstention is not None \
            else NOT_VOTING
    if v.unanimous:
        # V-09: unanimity is every vote cast in the same sense: nothing against.
        v.against = 0 if v.against is None else v.against
        v.abstention = 0 if v.abstention is None and not mm else v.abstention
    return v


# A vote's counts listed one a line under « Vote : », with no line for the votes for.
_COUNT_LIST = re.compile(r"(?:Vote|VOTE)[ \t]*:[ \t]*\n(?:[ \t]*[-–−•][ \t]*"
                         r"(?:Contre|CONTRE|Abstentions?|ABSTENTIONS?)[ \t]*:[ \t]*\d{1,4}[^\n]*"
                         r"(?:\n|$)){1,2}"
                         r"(?![ \t]*[-–−•][ \t]*(?:Pour|POUR))")
# The votes for after the other counts: « …, 3 Abstentions, et 7 Pour, » (a comma, a stop or the
# line's end after « pour », not « 7 pour la maternelle »).
_FOR_AFTER_COUNTS = re.compile(r"(?i)[,;]?[ \t]+et[ \t]+(\d{1,4})[ \t]+(?:(?:voix|votes?)[ \t]+)?pour\b"
                               r"(?=[ \t]*(?:[,.;)]|$))", re.MULTILINE)
_FOR_AFTER_REACH = 40
# The votes for after a dash, last of the counts and ending the sentence or line: « Vote : 1
# ABSTENTION (C. X) -- 11 POUR » (the names in brackets after the count). Matched at the count
# before it.
_FOR_AFTER_DASH = re.compile(r"(?i)\d{1,4}[ \t]+(?:(?:voix|votes?)[ \t]+)?(?:contre|abstentions?)"
                             r"(?:[ \t]*\([^()\n]{0,80}\))?[ \t]*(?:--?|–)[ \t]*(\d{1,4})[ \t]+"
                             r"(?:(?:voix|votes?)[ \t]+)?pour\b(?=[ \t]*(?:[.;]|$))", re.MULTILINE)


_MAJORITY_COUNT = re.compile(r"(?i)majorit[ée][^.\n]{0,40}?\d+\s*(?:voix\s+)?(?:contre|abst)")


def _after_majority(low: bytes, at: int) -> bool:
    """Whether « majorité » is printed just before ``at`` (« à la majorité (2 contre) »,
    « à la majorité des suffrages exprimés, 3 abstentions »). ``low``: the text's ascii_lower."""
    return at >= 0 and low.find(b"majorit", max(0, at - 60), at) >= 0


def holds_vote(text: str) -> bool:
    """Whether ``text`` prints a vote, or several (which :func:`read_vote` declines to choose)."""
    if ("our" in text or "OUR" in text) and len(_FOR_LABEL.findall(text)) >= 2:
        return True
    if read_vote(text) is not None:
        return True
    if "ajorit" in text and _MAJORITY_COUNT.search(text):
        return True  # « à la majorité (2 contre) »: a vote, whose figures read_vote does not give
    # A unanimity and a count far apart (subsidies voted one by one): votes read_vote declines
    # to choose between.
    return "nanimit" in text and _first(_FOR, text, anchor_positions(ascii_lower(text), (b"pour",)),
                                        _COUNT_CHAINS, voix=True) is not None
