"""Builders of small sessions for tests: members m1…mN, items 1…K in numeric order."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from registre.core.model import (
    AgendaItem,
    Assembly,
    Attendance,
    Authority,
    Counts,
    Interest,
    Mandate,
    Person,
    Proxy,
    RollCallEntry,
    Session,
    Vote,
)
from registre.core.spans import Ref, Span
from registre.core.vocabulary import AssemblyKind, AuthorityKind, Ballot, Choice, Civility, SeatRole

AUTHORITY = Authority("Communauté test", AuthorityKind.COMMUNAUTE_URBAINE)


def members(n: int) -> tuple[Mandate, ...]:
    return tuple(
        Mandate(Person(f"m{i}", f"Prénom{i}", f"NOM{i}", Civility.MRS if i % 2 else Civility.MR),
                commune=f"Commune{i % 5}")
        for i in range(1, n + 1)
    )


def span(start: str | None = None, end: str | None = None, *, inclusive: bool = True,
         excepted: Iterable[tuple[str, str]] = ()) -> Span:
    return Span(Ref.item(start) if start else None, Ref.item(end) if end else None, inclusive,
                tuple(Span(Ref.item(a), Ref.item(b)) for a, b in excepted))


def vote(for_: int | None = None, against: int = 0, abstention: int = 0, *,
         unanimous: bool = False, ballot: Ballot = Ballot.PUBLIC,
         president: Choice | None = None, interested: int | None = None, not_voting: int | None = None,
         roll: Iterable[tuple[str, Choice] | tuple[str, Choice, str]] = ()) -> Vote:
    return Vote(
        ballot=ballot,
        unanimous=unanimous,
        recorded=Counts(for_, against, abstention, not_voting) if for_ is not None else None,
        recorded_interested=interested,
        roll_call=tuple(RollCallEntry(r[0], r[1], r[2] if len(r) > 2 else None)  # type: ignore[misc]
                        for r in roll),
        president_choice=president,
    )


def session(
    n_members: int = 10,
    n_items: int = 3,
    *,
    present: Iterable[str | tuple[str, Span]] = (),
    proxies: Iterable[tuple[str, str] | tuple[str, str, Span]] = (),
    interests: dict[str, list[str | Interest]] | None = None,
    votes: dict[str, Vote] | None = None,
    order: Iterable[str] = (),
    extra_members: Iterable[Mandate] = (),
    in_office: int | None = None,
    date: dt.date = dt.date(2024, 4, 11),
    second_convocation: bool = False,
    president: str | None = "m1",
    item_times: dict[str, str] | None = None,
) -> Session:
    ms = members(n_members) + tuple(extra_members)
    interests = interests or {}
    votes = votes or {}
    items = tuple(
        AgendaItem(
            number=str(k),
            title=f"Question {k}",
            deliberation=f"D{k}/24",
            taken_up_at=(item_times or {}).get(str(k)),
            interests=tuple(i if isinstance(i, Interest) else Interest(i)
                            for i in interests.get(str(k), [])),
            vote=votes.get(str(k)),
        )
        for k in range(1, n_items + 1)
    )
    att = tuple(Attendance(p) if isinstance(p, str) else Attendance(p[0], p[1]) for p in present)
    pxs = tuple(Proxy(p[0], p[1], p[2] if len(p) > 2 else Span()) for p in proxies)  # type: ignore[misc]
    titulars = sum(1 for m in ms if m.role is SeatRole.TITULAR)
    return Session(
        assembly=Assembly(AUTHORITY, "Conseil", AssemblyKind.COUNCIL, in_office or titulars),
        date=date,
        members=ms,
        items=items,
        order_of_passage=tuple(order),
        attendance=att,
        proxies=pxs,
        president=president,
        second_convocation=second_convocation,
    )


def ids(*numbers: int) -> list[str]:
    return [f"m{i}" for i in numbers]
