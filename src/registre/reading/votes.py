"""Printed votes in every wording: counts, unanimity and its variants, non-voters.

``Pour : 102 Contre : 0 Abstention : 0``, ``ONT VOTE POUR : 14 … CONTRE : /``, ``par 20
voix pour, 3 contre et 2 abstentions``, ``à l'unanimité``, ``à l'unanimité des présents``,
``unanimité moins neuf abstentions``, ``non votant(s) : 27``. :func:`read_vote` returns a
:class:`PrintedVote` (or None when the text prints no vote) and never raises.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from registre.core.vocabulary import Outcome
from registre.reading.textutil import NUMBER_WORD_RE, guarded, to_int

_N = rf"(\d{{1,4}}|/(?!\d)|-(?!\d)|néant|aucune?|{NUMBER_WORD_RE})"
_FOR = [
    guarded(rf"(?:\bPOUR|\bPour|[Vv]otes?\s+pour|ONT\s+VOT[ÉE]\s+POUR|[Vv]oix\s+pour)\s*\*?\s*:\s*{_N}",
            "PVvO"),
    guarded(r"\b(\d{1,4})\s+(?:voix\s+pour|pour\s*(?:,|et)\s*\d{1,4}\s+contre)", "0-9", re.IGNORECASE),
    # « Pour 8, Contre 1, Abstention 0 »: no colon.
    guarded(r"\b(?:POUR|Pour)\s+(\d{1,4})\b(?=\s*[,;\n]|\s+(?:CONTRE|Contre|voix))", "P"),
]
_AGAINST = [
    guarded(rf"(?:\bCONTRE|\b[Cc]ontre|[Vv]otes?\s+contre|ONT\s+VOT[ÉE]\s+CONTRE)\s*\*?\s*:\s*{_N}", "CcVvO"),
    guarded(r"\b(\d{1,4})\s+(?:voix\s+)?contre\b", "0-9", re.IGNORECASE),
    guarded(r"\b(?:CONTRE|Contre)\s+(\d{1,4})\b(?=\s*[,;.\n]|\s+(?:ABSTENTION|Abstention|et))", "C"),
]
_ABST = [
    guarded(rf"(?:\b[Aa]bstentions?|\bABSTENTIONS?|SE\s+SONT\s+ABSTENUS|\b[Aa]bstenus?)\s*\*?\s*:\s*{_N}",
            "AaS"),
    guarded(r"\b(\d{1,4})\s+abstentions?\b", "0-9", re.IGNORECASE),
    guarded(r"\b(?:ABSTENTIONS?|Abstentions?)\s+(\d{1,4})\b(?=\s*[,;.\n]|\s*$)", "A"),
]
_NOT_VOTING = [
    re.compile(rf"(?:non[- ]?votants?|ne\s+prend(?:nent)?\s+pas\s+part\s+au\s+vote|NPPV|refus\s+de\s+vote)"
               rf"\s*(?:\(s\))?\s*\*?\s*:\s*{_N}", re.IGNORECASE),
    guarded(r"\b(\d{1,4})\s+(?:non[- ]?votants?|refus\s+de\s+vote)", "0-9", re.IGNORECASE),
]
_INTERESTED = guarded(rf"(?:conseillers?|élus?|membres?)\s+intéressés?\s*\*?\s*:\s*{_N}", "cCéÉmM",
                      re.IGNORECASE)
_UNANIMOUS = re.compile(
    r"(?:à\s+l'|a\s+l')?unanimité(?P<scope>\s+des\s+(?:membres\s+)?(?:présents(?:\s+et\s+représentés)?"
    r"|suffrages\s+exprimés|votants))?",
    re.IGNORECASE,
)
_MINUS = re.compile(
    rf"unanimité\s+moins\s+{_N}\s*(?P<what>abstentions?|voix\s+contre|contre|votes?\s+contre|non[- ]?votants"
    rf"?)",
    re.IGNORECASE,
)
_OUTCOME = re.compile(r"\b(adopt[ée]e?s?|ADOPT[ÉE]E?S?|rejet[ée]e?s?|REJET[ÉE]E?S?)\b")


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

    def as_dict(self) -> dict[str, object]:
        return {"for": self.for_, "against": self.against, "abstention": self.abstention,
                "not_voting": self.not_voting, "unanimous": self.unanimous,
                "unanimity_scope": self.unanimity_scope, "interested": self.interested,
                "outcome": self.outcome.value if self.outcome else None}


def _first(rxs: list[re.Pattern[str]], text: str, low: str, word: str) -> int | None:
    """The first count one of ``rxs`` reads; none is searched if ``word`` (which all of
    their matches hold) is not in ``low``, the text in lower case."""
    if word not in low:
        return None
    for rx in rxs:
        m = rx.search(text)
        if m:
            v = to_int(m.group(1))
            if v is not None:
                return v
    return None


def read_vote(text: str) -> PrintedVote | None:
    """The vote printed in ``text``; None when there is none."""
    low = text.casefold()
    v = PrintedVote(
        for_=_first(_FOR, text, low, "pour"), against=_first(_AGAINST, text, low, "contre"),
        abstention=_first(_ABST, text, low, "absten"),
        not_voting=_first(_NOT_VOTING, text, low, "") if any(
            w in low for w in ("votant", "part", "nppv", "refus")) else None,
    )
    m = _INTERESTED.search(text) if "intéress" in low else None
    v.interested = to_int(m.group(1)) if m else None
    u = _UNANIMOUS.search(text) if "unanimit" in low else None
    if u:
        v.unanimous = True
        v.unanimity_scope = " ".join(u.group("scope").split()) if u.group("scope") else None
    mm = _MINUS.search(text) if "moins" in low else None
    if mm:
        n = to_int(mm.group(1))
        what = mm.group("what").lower()
        if "abst" in what:
            v.abstention = n if v.abstention is None else v.abstention
        elif "votant" in what:
            v.not_voting = n if v.not_voting is None else v.not_voting
        else:
            v.against = n if v.against is None else v.against
    o = _OUTCOME.search(text) if "adopt" in low or "rejet" in low else None
    if o:
        v.outcome = Outcome.ADOPTED if o.group(1).lower().startswith("adopt") else Outcome.REJECTED
    elif v.unanimous or (v.for_ is not None and v.for_ > (v.against or 0)):
        v.outcome = None
    if v.for_ is None and v.against is None and v.abstention is None and not v.unanimous \
            and v.not_voting is None:
        return None
    if v.unanimous:
        # V-09: unanimity is every vote cast in the same sense: nothing against.
        v.against = 0 if v.against is None else v.against
        v.abstention = 0 if v.abstention is None and not mm else v.abstention
    return v
