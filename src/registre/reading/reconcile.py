"""Name reconciliation: one person however the lists spell them.

Extracts spell a name differently from one list to another (``BAHR`` / ``BAEHR``,
``IOTTI`` / ``lotti``, a civility here and not there, initials). The :class:`Registry`
keeps one :class:`Member` per person; a name that is not found exactly is matched by
surname and first-name compatibility, then fuzzily with rapidfuzz. Every fuzzy match is
recorded as a :class:`Reconciliation`, to be reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process

from registre.core.names import fold as _fold
from registre.core.vocabulary import Civility
from registre.reading.people import NameEntry, Parts, entry_of

fold = lru_cache(maxsize=8192)(_fold)

# Surname similarity (0-100) above which two spellings are taken for one person when
# their first names agree. BAHR/BAEHR scores 88.9; distinct surnames of the seeds
# sharing a first name score far lower.
SURNAME_CUTOFF = 80.0


@dataclass(slots=True)
class Member:
    """A person of the session as read: their best spelling and where they appear."""

    id: str
    civility: Civility | None
    first: str
    last: str
    commune: str | None = None
    substitute: bool = False
    substitute_for: str | None = None
    listed_in: set[str] = field(default_factory=set)

    def display(self) -> str:
        civ = f"{self.civility.value} " if self.civility else ""
        return f"{civ}{self.first} {self.last}".replace("  ", " ").strip()


@dataclass(frozen=True)
class Reconciliation:
    """Two spellings taken for the same person, and why."""

    printed: str
    where: str
    member: str
    member_id: str
    score: float
    how: str

    def sentence(self) -> str:
        return (f"« {self.printed} » ({self.where}) rapproché de « {self.member} » "
                f"({self.how}, score {self.score:.0f})")


@lru_cache(maxsize=8192)
def ocr_key(text: str) -> str:
    """Comparison key tolerant of OCR confusions: l/I/1, 0/O."""
    return fold(text).replace("l", "i").replace("1", "i").replace("0", "o")


@lru_cache(maxsize=16384)
def name_keys(first: str, last: str) -> tuple[str, str, str]:
    """The keys a name is filed under: full name, surname, id.

    Cached: the registry files each name under all four, and names recur across lists.
    Each part is folded and slugged on its own (see _part_keys), then joined: a first
    name recurs far more than a whole name.
    """
    first_key, first_id = _part_keys(first)
    last_key, last_id = _part_keys(last)
    full = f"{first_key} {last_key}" if first_key and last_key else first_key or last_key
    pid = f"{last_id}-{first_id}" if last_id and first_id else last_id or first_id
    return full, last_key, pid


_NOT_SLUG = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=8192)
def _part_keys(part: str) -> tuple[str, str]:
    """A first name's or a surname's fold and slug.

    fold works character by character and joins the words with one space, so the fold of
    « first last » is their folds joined by a space (either alone when the other is
    empty); slug turns each run of other characters than letters and digits into one
    hyphen and strips those at the ends, so the slug of « last first » is their slugs
    joined by a hyphen (either alone when the other is empty).
    """
    key = fold(part)
    if key.isascii() and key.replace(" ", "").isalnum() and key.islower():
        return key, key.replace(" ", "-")  # letters and single inner spaces (fold): the common case
    return key, _NOT_SLUG.sub("-", key).strip("-")


@lru_cache(maxsize=16384)
def first_compatible(a: str, b: str, *, loose: bool = True) -> bool:
    """First names agree: equal, one unknown, or initials of the other (``JL`` / ``Jean-Luc``).

    ``loose`` also accepts one being the start of the other (``Jean-Marc`` / ``Jean-Marc
    Conseil Municipal``, noise of a side box): right for a reference to a listed member,
    wrong between two listed names (``Anne`` / ``Anne-Sophie`` are two people).
    """
    fa, fb = fold(a), fold(b)
    if not fa or not fb or fa == fb:
        return True
    ia = "".join(w[0] for w in fa.replace(".", " ").split())
    ib = "".join(w[0] for w in fb.replace(".", " ").split())
    short_a = len(fa.replace(".", "").replace(" ", "")) <= 3
    short_b = len(fb.replace(".", "").replace(" ", "")) <= 3
    if short_a and fa.replace(".", "").replace(" ", "") in (ib, ib[:1]):
        return True
    if short_b and fb.replace(".", "").replace(" ", "") in (ia, ia[:1]):
        return True
    wa, wb = fa.split(), fb.split()
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if loose and long_[: len(short)] == short:
        return True
    return fuzz.ratio(fa, fb) >= 90


class Registry:
    """The members of a session as read from its lists, and the reconciliations made.

    A name is looked up by exact keys (dictionaries) first; rapidfuzz runs only when
    the surname is not known at all.
    """

    def __init__(self) -> None:
        self.members: list[Member] = []
        self.by_id: dict[str, Member] = {}
        self.by_key: dict[str, Member] = {}
        self.by_last: dict[str, list[Member]] = {}
        self.reconciliations: list[Reconciliation] = []
        self.lists: set[str] = set()  # every list a member is listed in

    def _index(self, m: Member, keys: tuple[str, str, str]) -> None:
        full, last, _ = keys
        self.by_key.setdefault(full, m)
        lst = self.by_last.get(last)
        if lst is None:
            self.by_last[last] = [m]
        elif not any(x is m for x in lst):  # ids are unique: no other member is equal to m
            lst.append(m)

    def add(self, entry: NameEntry, where: str) -> Member:
        """Add a listed name (present or absent), merging it with a member already read."""
        return self._add(entry, where, name_keys(entry.first, entry.last))

    def _add(self, entry: NameEntry, where: str, keys: tuple[str, str, str]) -> Member:
        """:meth:`add` once the name's keys are known."""
        # Two listed names are one person only when spelled alike, or when the lists give
        # them complementary spans (present until 5, absent from 6): fuzzy matching between
        # list entries would merge DUPONT and DUMONT.
        found = self.by_key.get(keys[0])
        fuzzy = entry.span is not None
        if fuzzy and self.lists == {where} \
                and all(r.printed != entry.display() for r in self.reconciliations):
            # Every member is listed in ``where``: a fuzzy match would be one of them with
            # another surname, refused below, and leave nothing behind. Not looked for.
            fuzzy = False
        if found is None and (keys[1] in self.by_last or fuzzy):
            found = self._find(entry, where, keys, False, fuzzy)
        if found is not None and where in found.listed_in and fold(found.last) != keys[1]:
            self.reconciliations = [r for r in self.reconciliations if r.printed != entry.display()]
            found = None  # never two spellings within one list
        if found is not None:
            found.listed_in.add(where)
            self.lists.add(where)
            found.civility = found.civility or entry.civility
            found.commune = found.commune or entry.commune
            found.substitute = found.substitute or entry.substitute
            if not found.first and entry.first:
                found.first = entry.first
            self._index(found, keys)
            return found
        return self._new(entry, where, keys)

    def add_all(self, entries: list[NameEntry], where: str) -> list[Member]:
        """:meth:`add` each of ``entries`` in turn; the members, in the same order.

        A name whose full name and surname are both new is filed at once: that is most
        names of a list, and :meth:`add` would find nothing to merge it with. A name with a
        span too, while no other list has members and no reconciliation was made: :meth:`add`
        would not look for a fuzzy match then (or find none, the registry being empty).
        """
        out = []
        by_key, by_last, by_id = self.by_key, self.by_last, self.by_id
        lists, members = self.lists, self.members
        # Only ``where`` is added to ``lists`` below: true for the whole loop once true.
        spans_ok = lists <= {where}
        filed = False  # whether ``where`` is in ``lists``
        for e in entries:
            keys = name_keys(e.first, e.last)
            full, last, pid = keys
            if (e.span is not None and (not spans_ok or self.reconciliations)) \
                    or full in by_key or last in by_last or not pid or pid in by_id:
                out.append(self._add(e, where, keys))
                continue
            m = Member(pid, e.civility, e.first, e.last, e.commune, e.substitute, None, {where})
            if not filed:
                lists.add(where)
                filed = True
            members.append(m)
            by_id[pid] = m
            by_key[full] = m
            by_last[last] = [m]
            out.append(m)
        return out

    def add_parts(self, names: list[Parts], where: str) -> list[Member]:
        """:meth:`add_all` for the names of a plain list (see people.plain_list), given as
        their parts: a NameEntry is built only for a name that :meth:`add` must look at."""
        out = []
        by_key, by_last, by_id = self.by_key, self.by_last, self.by_id
        lists, members = self.lists, self.members
        spans_ok = lists <= {where}  # as in add_all
        filed = False
        for parts in names:
            _, civ, first, last_name, commune, span, _, _ = parts
            keys = name_keys(first, last_name)
            full, last, pid = keys
            if (span is not None and (not spans_ok or self.reconciliations)) \
                    or full in by_key or last in by_last or not pid or pid in by_id:
                out.append(self._add(entry_of(parts), where, keys))
                continue
            m = Member(pid, civ, first, last_name, commune, False, None, {where})
            if not filed:
                lists.add(where)
                filed = True
            members.append(m)
            by_id[pid] = m
            by_key[full] = m
            by_last[last] = [m]
            out.append(m)
        return out

    def another(self, entry: NameEntry, where: str) -> Member:
        """A new member for ``entry`` even if a member of the same name is known: a homonym
        the list itself tells apart (printed twice). Lookups by name find the first one."""
        return self._new(entry, where, name_keys(entry.first, entry.last))

    def forget(self, ids: list[str]) -> None:
        """Remove the members ``ids`` (read from a list found unreliable) and their names."""
        gone = {pid for pid in ids if pid in self.by_id}
        if not gone:
            return
        self.members = [m for m in self.members if m.id not in gone]
        for pid in gone:
            del self.by_id[pid]
        self.by_key = {k: m for k, m in self.by_key.items() if m.id not in gone}
        by_last = {}
        for k, lst in self.by_last.items():
            kept = [m for m in lst if m.id not in gone]
            if kept:
                by_last[k] = kept
        self.by_last = by_last
        self.reconciliations = [r for r in self.reconciliations if r.member_id not in gone]

    def _new(self, entry: NameEntry, where: str, keys: tuple[str, str, str]) -> Member:
        base = keys[2] or "inconnu"
        pid, n = base, 2
        while pid in self.by_id:
            pid, n = f"{base}-{n}", n + 1
        m = Member(pid, entry.civility, entry.first, entry.last, entry.commune, entry.substitute,
                   listed_in={where})
        self.lists.add(where)
        self.members.append(m)
        self.by_id[pid] = m
        self._index(m, keys)
        return m

    def member(self, pid: str) -> Member | None:
        """The member of id ``pid``, or None."""
        return self.by_id.get(pid)

    def find(self, entry: NameEntry, where: str, *, loose: bool = True, fuzzy: bool = True) -> Member | None:
        """The member ``entry`` names, or None; a fuzzy match is recorded as a reconciliation."""
        keys = name_keys(entry.first, entry.last)
        found = self.by_key.get(keys[0])
        if found is not None:
            return found
        return self._find(entry, where, keys, loose, fuzzy)

    def _find(self, entry: NameEntry, where: str, keys: tuple[str, str, str], loose: bool,
              fuzzy: bool) -> Member | None:
        """:meth:`find` once the full name is known not to be filed."""
        same_last = [m for m in self.by_last.get(keys[1], ())
                     if first_compatible(m.first, entry.first, loose=loose)]
        if len(same_last) == 1:
            m = same_last[0]
            if entry.first and m.first and fold(entry.first) != fold(m.first):
                self._record(entry, where, m, 100.0, "même nom, prénom compatible")
            return m
        if len(same_last) > 1:
            return None
        if not self.members or not fuzzy:
            return None
        return self._fuzzy(entry, where, loose)

    def _fuzzy(self, entry: NameEntry, where: str, loose: bool) -> Member | None:
        lasts = list(self.by_last)
        target = fold(entry.last)
        if not target:
            return None
        hits = process.extract(target, lasts, scorer=fuzz.ratio, score_cutoff=SURNAME_CUTOFF, limit=5)
        # Surnames read alike but for l/I/1, 0/O (searched here only: fuzzy matching is rare).
        okey = ocr_key(target)
        ocr = [k for k in self.by_last if k != target and ocr_key(k) == okey]
        candidates: list[tuple[Member, float, str]] = []
        for k, score, _ in hits:
            candidates.extend((m, score, "orthographe proche") for m in self.by_last[k]
                              if first_compatible(m.first, entry.first, loose=loose)
                              and (m.first or entry.first))
        for k in ocr:
            candidates.extend((m, 95.0, "confusion de lecture l/I") for m in self.by_last[k]
                              if first_compatible(m.first, entry.first, loose=loose))
        # A civility that differs (M. / Mme) says two people, whatever the spelling.
        uniq = {id(m): (m, s, how) for m, s, how in candidates
                if not (m.civility and entry.civility and m.civility is not entry.civility)}
        if len(uniq) != 1:
            return None
        m, score, how = next(iter(uniq.values()))
        self._record(entry, where, m, score, how)
        return m

    def _record(self, entry: NameEntry, where: str, m: Member, score: float, how: str) -> None:
        r = Reconciliation(entry.display(), where, m.display(), m.id, score, how)
        if r not in self.reconciliations:
            self.reconciliations.append(r)
