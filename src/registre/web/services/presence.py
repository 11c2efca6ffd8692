"""Attendance item by item: whole session, arrivals and departures, absence for some items.

A member's presence is the set of items (in the order of passage) at which they sit; it is
stored as one attendance row per run of consecutive items (``de la question 3 à la
question 19 incluse``), the whole session as one row without bounds. Each movement is
applied to that set, so movements add up rather than replace each other:

* arrival at N: present from N to the end of the absence N falls in (up to their next
  departure, if one is recorded later in the session);
* departure before N: absent from N to the end of the presence N falls in (up to their
  next arrival);
* absent (or present) from N to M inclusive: those items only (M = N: one item).

Each function goes through ``sitting.checked``: locked, checked by the core, refused when
stale, and a change that moves a recorded vote needs ``confirm``.
"""

from __future__ import annotations

from typing import Any

from registre.core import model as core
from registre.core.spans import ItemPoint, Placement, Ref, Span
from registre.web import models as m
from registre.web.convert import span_to_json
from registre.web.services.importer import soft_delete
from registre.web.services.sitting import Refused, _item_ref, _person, checked

ARRIVAL, DEPARTURE, ABSENT, PRESENT = "arrivee", "depart", "absent", "present"


def present_positions(session: core.Session, person: str) -> set[int]:
    """Positions in the order of passage at which ``person`` is present (the core's placement)."""
    placement = Placement([_point(it, pos) for pos, it in enumerate(session.items)])
    out: set[int] = set()
    for att in session.attendance:
        if att.person == person:
            out |= placement.positions(att.span)
    return out


def _point(it: core.AgendaItem, pos: int) -> ItemPoint:
    return ItemPoint(it.number, pos, it.deliberation, it.taken_up_at)


def _run_end(positions: set[int], start: int, inside: bool, last: int) -> int:
    """Last position of the run beginning at ``start`` whose members are (not) in ``positions``."""
    end = start
    while end + 1 <= last and ((end + 1) in positions) == inside:
        end += 1
    return end


def moved_positions(current: set[int], kind: str, start: int, end: int | None, last: int) -> set[int]:
    """The presence after ``kind`` at ``start`` (to ``end`` inclusive for absent/present)."""
    if kind == ARRIVAL:
        stop = _run_end(current, start, False, last) if start not in current else start
        return current | set(range(start, stop + 1))
    if kind == DEPARTURE:
        stop = _run_end(current, start, True, last) if start in current else start
        return current - set(range(start, stop + 1))
    stop = start if end is None else end
    if stop < start:
        raise Refused("La question de fin précède la question de début dans l'ordre de passage.", "until")
    span = set(range(start, stop + 1))
    return current - span if kind == ABSENT else current | span


def runs(positions: set[int], numbers: list[str]) -> list[Span]:
    """The spans of consecutive positions; the whole session as one unbounded span."""
    if len(positions) == len(numbers):
        return [Span()] if numbers else []
    out: list[Span] = []
    for p in sorted(positions):
        if out and p - 1 in positions:
            continue
        q = _run_end(positions, p, True, len(numbers) - 1)
        out.append(Span(Ref.item(numbers[p]), Ref.item(numbers[q])))
    return out


def _write(session: m.Session, person: m.Person, spans: list[Span], source: str = "") -> None:
    soft_delete(session.attendances.filter(person=person))  # row by row: the history keeps them
    m.Attendance.objects.bulk_create([m.Attendance(session=session, person=person, span=span_to_json(s),
                                                   source=source) for s in spans])


def set_present(user: Any, session: m.Session, person_key: str, present: bool, *,
                read_at: int | None = None, confirm: bool | str = False) -> None:
    """Mark a member present for the whole session, or absent throughout."""
    with checked(user, session, "presence", "person", touches={f"person:{person_key}"}, read_at=read_at,
                 changes={"attendance"},
                 confirm=confirm, person=person_key, present=present):
        person = _person(session, person_key, "person")
        _write(session, person, [Span()] if present else [])


def record_movement(user: Any, session: m.Session, person_key: str, item_number: str,
                    arrival: bool, *, read_at: int | None = None, confirm: bool | str = False) -> None:
    """An arrival at an item (present from it on) or a departure before it (absent from it on),
    added to the movements already recorded (see the module's docstring)."""
    change_presence(user, session, person_key, ARRIVAL if arrival else DEPARTURE, item_number,
                    read_at=read_at, confirm=confirm)


def change_presence(user: Any, session: m.Session, person_key: str, kind: str, item_number: str,
                    until: str = "", *, read_at: int | None = None, confirm: bool | str = False) -> None:
    """Apply ``kind`` (arrivee, depart, absent, present) at ``item_number`` (to ``until``)."""
    if kind not in (ARRIVAL, DEPARTURE, ABSENT, PRESENT):
        raise Refused("Mouvement inconnu.", "kind")
    action = {ARRIVAL: "arrival", DEPARTURE: "departure", ABSENT: "absence", PRESENT: "presence"}[kind]
    with checked(user, session, action, "item", touches={f"person:{person_key}"}, read_at=read_at,
                 changes={"attendance"},
                 confirm=confirm, person=person_key, item=item_number, until=until, kind=kind) as write:
        person = _person(session, person_key, "person")
        _item_ref(session, item_number, "item")
        if until:
            _item_ref(session, until, "until")
        state = write.before.session
        numbers = [it.number for it in state.items]
        where = {n: i for i, n in enumerate(numbers)}
        current = present_positions(state, person_key)
        after = moved_positions(current, kind, where[item_number], where[until] if until else None,
                                len(numbers) - 1)
        if after == current:
            raise Refused(f"{state.name_of(person_key)} est déjà "
                          f"{'présent(e)' if kind in (ARRIVAL, PRESENT) else 'absent(e)'} à cette question : "
                          "rien à enregistrer.", "item")
        _write(session, person, runs(after, numbers))
