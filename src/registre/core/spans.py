"""Spans over a session: from an item on, until an item, between two, except some.

Real extracts place arrivals, departures and proxies by question number, by
deliberation number or by clock time. A question number is located in the *order of
passage*, not compared numerically (the Bureau seed passes 34 between 4 and 5). A
reference that cannot be located there falls back to numeric order and is reported;
it never stops the computation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from registre.core.vocabulary import RefKind

_TIME = re.compile(r"^\s*(\d{1,2})\s*(?:h|:|H)\s*(\d{2})?\s*$")
_NUMBER = re.compile(r"(\d+)\s*(?:/?\s*([a-zA-Z]+))?")


@dataclass(frozen=True, slots=True)
class Ref:
    """A point of a session: a question (item) number, a deliberation number or a time."""

    kind: RefKind
    value: str

    @classmethod
    def item(cls, number: str | int) -> Ref:
        return cls(RefKind.ITEM, str(number).strip())

    @classmethod
    def deliberation(cls, number: str) -> Ref:
        return cls(RefKind.DELIBERATION, number.strip())

    @classmethod
    def time(cls, value: str) -> Ref:
        """A clock time, normalised to ``HH:MM``; raises ValueError if it is not one."""
        return cls(RefKind.TIME, normalise_time(value))

    def label(self) -> str:
        """French wording, as an extract would print it."""
        if self.kind is RefKind.ITEM:
            return f"question n°{self.value}"
        if self.kind is RefKind.DELIBERATION:
            return f"délibération {self.value}"
        return self.value.replace(":", "h")

    def __str__(self) -> str:
        return self.label()


def normalise_time(value: str) -> str:
    """``"20h45"``, ``"20:45"``, ``"11 h 50"``, ``"9h"`` → ``"HH:MM"``; ValueError otherwise."""
    m = _TIME.match(value.replace(" ", ""))
    if not m:
        raise ValueError(f"heure illisible : « {value} »")
    hours, minutes = int(m.group(1)), int(m.group(2) or 0)
    if hours > 23 or minutes > 59:
        raise ValueError(f"heure impossible : « {value} »")
    return f"{hours:02d}:{minutes:02d}"


def number_key(value: str) -> tuple[int, str] | None:
    """Numeric sort key of an item or deliberation number: ``"8/a"`` → (8, "a").

    For a deliberation number such as ``D98/13`` or ``2024.00097`` the *last* run of
    digits before a year-like suffix is not guessed: the first number found is used,
    which is what a session's sequence of deliberations shares.
    """
    m = _NUMBER.search(value)
    if not m:
        return None
    return int(m.group(1)), (m.group(2) or "").lower()


@dataclass(frozen=True, slots=True)
class Span:
    """The items of a session over which something holds.

    ``start`` is inclusive. ``end`` is inclusive when ``end_inclusive`` (``jusqu'à la
    question 5 incluse``) and exclusive otherwise (``jusqu'à son arrivée à 19h15``,
    ``départ à D107/13``). ``excepted`` lists spans removed from this one (``sauf D90/13
    à D96/13``). An empty span (no bound) is the whole session.
    """

    start: Ref | None = None
    end: Ref | None = None
    end_inclusive: bool = True
    excepted: tuple[Span, ...] = field(default=())

    @property
    def whole_session(self) -> bool:
        return self.start is None and self.end is None and not self.excepted

    def label(self) -> str:
        """French wording: ``à compter de la question n°6``, ``jusqu'à …``."""
        parts: list[str] = []
        if self.start is not None:
            parts.append(f"à compter de la {self.start.label()}")
        if self.end is not None:
            suffix = " incluse" if self.end_inclusive and self.end.kind is not RefKind.TIME else ""
            parts.append(f"jusqu'à la {self.end.label()}{suffix}")
        for ex in self.excepted:
            parts.append(f"sauf {ex.label_as_exception()}")
        return ", ".join(parts)

    def label_as_exception(self) -> str:
        if self.start is not None and self.end is not None and self.start != self.end:
            return f"{self.start.label()} à {self.end.label()}"
        ref = self.start or self.end
        return ref.label() if ref else ""

    def __str__(self) -> str:
        return self.label() or "toute la séance"


@dataclass(frozen=True, slots=True)
class ItemPoint:
    """What a span is evaluated against: one agenda item as passed in the session."""

    number: str
    position: int
    deliberation: str | None = None
    taken_up_at: str | None = None


@dataclass(slots=True)
class Placement:
    """Where references fall in a session; collects the references it had to guess."""

    points: Sequence[ItemPoint]
    guessed: dict[Ref, str] = field(default_factory=dict)
    opened_at: str | None = None
    closed_at: str | None = None
    _by_number: dict[str, int] = field(default_factory=dict)
    _by_deliberation: dict[str, int] = field(default_factory=dict)
    _all: frozenset[int] = frozenset()

    def __post_init__(self) -> None:
        self._all = frozenset(range(len(self.points)))
        self._by_number = {p.number: p.position for p in self.points}
        self._by_deliberation = {
            _norm_delib(p.deliberation): p.position for p in self.points if p.deliberation
        }

    def compare(self, point: ItemPoint, ref: Ref) -> int | None:
        """-1 if ``point`` was passed before ``ref``, 0 at it, 1 after; None if unknowable."""
        if ref.kind is RefKind.ITEM:
            pos = self._by_number.get(ref.value)
            if pos is not None:
                return _sign(point.position - pos)
            return self._numeric(point.number, ref, "question")
        if ref.kind is RefKind.DELIBERATION:
            pos = self._by_deliberation.get(_norm_delib(ref.value))
            if pos is not None:
                return _sign(point.position - pos)
            if point.deliberation is None:
                self._guess(ref, "aucune question de la séance ne porte de numéro de délibération")
                return None
            return self._numeric(point.deliberation, ref, "délibération")
        if point.taken_up_at is None:
            # Bounds of the session place a time even when items carry none: before the
            # opening, every item comes after it; after the closing, every item before.
            if self.opened_at is not None and _minutes(ref.value) < _minutes(self.opened_at):
                return 1
            if self.closed_at is not None and _minutes(ref.value) > _minutes(self.closed_at):
                return -1
            self._guess(ref, "l'heure de passage des questions n'est pas connue")
            return None
        return _sign(_minutes(point.taken_up_at) - _minutes(ref.value))

    def _numeric(self, number: str, ref: Ref, what: str) -> int | None:
        a, b = number_key(number), number_key(ref.value)
        if a is None or b is None:
            self._guess(ref, f"{what} introuvable et sans numéro comparable")
            return None
        # Reference outside the order of passage: fall back to numeric order, reported.
        self._guess(ref, f"{what} absente de l'ordre de passage : ordre numérique retenu")
        return _sign((a > b) - (a < b))

    def _guess(self, ref: Ref, why: str) -> None:
        self.guessed.setdefault(ref, why)

    def covers(self, span: Span, point: ItemPoint) -> bool:
        """Whether ``span`` holds at ``point``; an unplaceable bound does not restrict."""
        if span.start is not None:
            c = self.compare(point, span.start)
            if c is not None and c < 0:
                return False
        if span.end is not None:
            c = self.compare(point, span.end)
            if c is not None and (c > 0 or (c == 0 and not span.end_inclusive)):
                return False
        return not any(self.covers_strictly(ex, point) for ex in span.excepted)

    def covers_strictly(self, span: Span, point: ItemPoint) -> bool:
        """Like :meth:`covers`, but an unplaceable bound means *not* covered (for exceptions)."""
        if span.start is not None:
            c = self.compare(point, span.start)
            if c is None or c < 0:
                return False
        if span.end is not None:
            c = self.compare(point, span.end)
            if c is None or c > 0 or (c == 0 and not span.end_inclusive):
                return False
        return True

    def positions(self, span: Span, *, strict: bool = False) -> frozenset[int]:
        """The positions (in the order of passage) of the items ``span`` covers.

        With ``strict`` (presence), an item the span cannot be placed against is not
        covered: a member who came at 19h15 in a session whose items carry no clock time
        is not counted present for the whole session (Q-01, Q-04), nor where an excepted
        part might fall.
        """
        if span.whole_session:
            return self._all
        fast = self._interval(span)
        if fast is not None:
            return fast
        if strict:
            return frozenset(p.position for p in self.points if self.covers_surely(span, p))
        return frozenset(p.position for p in self.points if self.covers(span, p))

    def covers_surely(self, span: Span, point: ItemPoint) -> bool:
        """``span`` certainly holds at ``point``: every bound placed, no exception possibly over it."""
        if not self.covers_strictly(Span(span.start, span.end, span.end_inclusive), point):
            return False
        return not any(self.covers(ex, point) for ex in span.excepted)

    def _interval(self, span: Span) -> frozenset[int] | None:
        """Fast path: bounds that are question numbers found in the order of passage."""
        lo, hi = 0, len(self.points) - 1
        if span.excepted:
            return None
        if span.start is not None:
            if span.start.kind is not RefKind.ITEM or span.start.value not in self._by_number:
                return None
            lo = self._by_number[span.start.value]
        if span.end is not None:
            if span.end.kind is not RefKind.ITEM or span.end.value not in self._by_number:
                return None
            hi = self._by_number[span.end.value] - (0 if span.end_inclusive else 1)
        return frozenset(range(lo, hi + 1))


_DELIB_PREFIX = re.compile(r"^(?:d[ée]lib[ée]ration)?\s*(?:n\s*°|n\b)?\s*d?\s*", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _norm_delib(value: str) -> str:
    """``"D98/13"``, ``"n°98/13"``, ``"délibération 98/13"`` → ``"98/13"``."""
    return _DELIB_PREFIX.sub("", value.strip()).replace(" ", "").lower()


def _minutes(hhmm: str) -> int:
    h, m = hhmm.split(":")
    return int(h) * 60 + int(m)


def _sign(x: int) -> int:
    return (x > 0) - (x < 0)
