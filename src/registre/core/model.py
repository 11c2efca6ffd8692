"""The things a register is made of, as plain immutable dataclasses.

Persons are referred to by a stable ``id`` (a slug such as ``vignot-anne``) everywhere
else, so that a session can be written by hand and checked without object identity.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from typing import Any

from registre.core.elections import Election
from registre.core.spans import Span
from registre.core.vocabulary import (
    AssemblyKind,
    AuthorityKind,
    Ballot,
    Choice,
    Civility,
    ItemKind,
    Outcome,
    SeatRole,
)

_EPCI_FP = frozenset({AuthorityKind.COMMUNAUTE_COMMUNES, AuthorityKind.COMMUNAUTE_AGGLOMERATION,
                      AuthorityKind.COMMUNAUTE_URBAINE, AuthorityKind.METROPOLE})
_EPCI = _EPCI_FP | {AuthorityKind.SYNDICAT}


@dataclass(frozen=True, slots=True)
class Authority:
    """A local authority: commune, EPCI, département."""

    name: str
    kind: AuthorityKind
    siren: str | None = None
    siret: str | None = None
    seat: str | None = None
    # Code of the département (« 25 », « 2A », « 971 »): ACTES identifiers (A-xx) start with it.
    department: str | None = None
    # Municipal population (INSEE): delays and rules that depend on the authority's size
    # (K-01/K-02, E-02, A-xx for communes under 3 500). ``None`` when not given — said, not assumed.
    population: int | None = None

    @property
    def is_epci(self) -> bool:
        """An établissement public de coopération intercommunale (syndicats included)."""
        return self.kind in _EPCI

    @property
    def is_epci_fp(self) -> bool:
        """An EPCI à fiscalité propre: communauté de communes, d'agglomération, urbaine, métropole."""
        return self.kind in _EPCI_FP


@dataclass(frozen=True, slots=True)
class Assembly:
    """A deliberating body of an authority, with the number of its members in office (Q-02)."""

    authority: Authority
    name: str
    kind: AssemblyKind
    members_in_office: int


@dataclass(frozen=True, slots=True)
class Person:
    """An elected member, as the register names them."""

    id: str
    first_name: str
    last_name: str
    civility: Civility | None = None

    @property
    def full_name(self) -> str:
        """``Marie-Jeanne BERNABEU``."""
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def display_name(self) -> str:
        """``Mme Marie-Jeanne BERNABEU``, as the seeds print it."""
        prefix = f"{self.civility.value} " if self.civility else ""
        return f"{prefix}{self.full_name}"

    @property
    def feminine(self) -> bool | None:
        """Grammatical gender for titles (Présidente, Secrétaire…); None if unknown."""
        if self.civility is None:
            return None
        return self.civility is Civility.MRS


@dataclass(frozen=True, slots=True)
class Mandate:
    """A person's seat in an assembly: commune represented, titular or substitute, functions."""

    person: Person
    commune: str | None = None
    role: SeatRole = SeatRole.TITULAR
    substitute_for: str | None = None
    functions: tuple[str, ...] = ()

    @property
    def is_substitute(self) -> bool:
        return self.role is SeatRole.SUBSTITUTE


@dataclass(frozen=True, slots=True)
class Attendance:
    """A person present over a span of the session (several spans if they left and came back)."""

    person: str
    span: Span = field(default_factory=Span)
    source: str | None = None


@dataclass(frozen=True, slots=True)
class Proxy:
    """A written proxy (pouvoir) from ``giver`` to ``holder``, in force over ``span`` (L2121-20)."""

    giver: str
    holder: str
    span: Span = field(default_factory=Span)
    source: str | None = None


@dataclass(frozen=True, slots=True)
class Interest:
    """A member interested in an item, who takes part neither in the debate nor the vote (C-03).

    ``declared_votes`` is the figure printed beside the name (``COUDRY (2)``), kept to be
    checked against the computation. ``left_room`` says the member physically withdrew
    (Q-05); extracts usually say only that they take no part, which is ``None``.
    """

    person: str
    reason: str = ""
    declared_votes: int | None = None
    left_room: bool | None = None
    source: str | None = None


@dataclass(frozen=True, slots=True)
class Counts:
    """A tally: for, against, abstention and, when known, votes not taking part."""

    for_: int = 0
    against: int = 0
    abstention: int = 0
    not_voting: int | None = None

    @property
    def expressed(self) -> int:
        """Suffrages exprimés: for + against; abstentions and refusals excluded (V-01)."""
        return self.for_ + self.against

    @property
    def total(self) -> int:
        return self.for_ + self.against + self.abstention + (self.not_voting or 0)

    def as_dict(self) -> dict[str, int | None]:
        return {
            "for": self.for_,
            "against": self.against,
            "abstention": self.abstention,
            "not_voting": self.not_voting,
        }


@dataclass(frozen=True, slots=True)
class RollCallEntry:
    """One vote of a roll call: ``voter`` chose ``choice``, for themselves or for ``on_behalf_of``."""

    voter: str
    choice: Choice
    on_behalf_of: str | None = None


@dataclass(frozen=True, slots=True)
class Vote:
    """How an item was voted, as recorded.

    Any of the three forms may be present: ``unanimous`` (« à l'unanimité »), ``recorded``
    counts, or a ``roll_call``. ``president_choice`` is the presiding member's own vote,
    needed for the casting vote on a tie (V-02).
    """

    ballot: Ballot = Ballot.PUBLIC
    unanimous: bool = False
    recorded: Counts | None = None
    recorded_interested: int | None = None
    roll_call: tuple[RollCallEntry, ...] = ()
    president_choice: Choice | None = None
    recorded_outcome: Outcome | None = None
    source: str | None = None


@dataclass(frozen=True, slots=True)
class Opinion:
    """A prior opinion on a report: ``Commission n°2``, 13/03/2024, ``Favorable``."""

    body: str
    date: dt.date | None = None
    verdict: str = ""


@dataclass(frozen=True, slots=True)
class BudgetInscription:
    """« Inscription budgétaire »: budget, programme, amount planned, amount of this operation."""

    budget: str = ""
    programme: str = ""
    planned_amount: Decimal | None = None
    operation_amount: Decimal | None = None


@dataclass(frozen=True, slots=True)
class Annex:
    """An annex of a deliberation (a convention, a programme, a budget table), as text."""

    title: str
    body: str = ""


@dataclass(frozen=True, slots=True)
class DeliberationText:
    """What a deliberation says beyond attendance and vote.

    ``body`` is plain text with blank lines between paragraphs; ``decision_intro`` is the
    sentence before the decisions (« A l'unanimité, le Conseil de Communauté : »).
    ``matiere`` is the ACTES code (``7.5`` Subventions).
    """

    report_number: str | None = None
    rapporteur_function: str = ""
    opinions: tuple[Opinion, ...] = ()
    budget: BudgetInscription | None = None
    summary: str = ""
    body: str = ""
    decision_intro: str = ""
    decisions: tuple[str, ...] = ()
    annexes: tuple[Annex, ...] = ()
    matiere: str | None = None


@dataclass(frozen=True, slots=True)
class AgendaItem:
    """An item of the agenda (a report, rapport), and what was decided on it."""

    number: str
    title: str = ""
    rapporteur: str | None = None
    deliberation: str | None = None
    taken_up_at: str | None = None
    presided_by: str | None = None
    interests: tuple[Interest, ...] = ()
    vote: Vote | None = None
    text: DeliberationText | None = None
    # V-08: a compte administratif (L1612-12, L2121-14); elections and designations (V-05).
    kind: ItemKind = ItemKind.ORDINARY
    election: Election | None = None


@dataclass(frozen=True)
class Session:
    """A sitting of an assembly, item by item.

    ``order_of_passage`` lists item numbers in the order they were examined; empty means
    the agenda's own order. ``attendance`` lists who was present and when; a member with
    no attendance is absent throughout.
    """

    assembly: Assembly
    date: dt.date
    members: tuple[Mandate, ...]
    items: tuple[AgendaItem, ...]
    order_of_passage: tuple[str, ...] = ()
    attendance: tuple[Attendance, ...] = ()
    proxies: tuple[Proxy, ...] = ()
    president: str | None = None
    secretary: str | None = None
    convocation_date: dt.date | None = None
    publication_date: dt.date | None = None
    place: str | None = None
    opened_at: str | None = None
    closed_at: str | None = None
    second_convocation: bool = False
    # Q-07 (L2121-17 al. 2): the sitting whose quorum failed, and the items of its agenda
    # (None: the same agenda as this one). The quorum waiver is tied to them.
    first_sitting: dt.date | None = None
    first_sitting_items: tuple[str, ...] | None = None
    # K-02 (L2121-11, L2121-12): convocation shortened for urgency (at least one clear day).
    urgency: bool = False
    # The session file's ``rules:`` block, by name (registre.core.rules.parse_settings).
    rule_settings: tuple[tuple[str, Any], ...] = ()

    @cached_property
    def members_by_id(self) -> dict[str, Mandate]:
        return {m.person.id: m for m in self.members}

    @cached_property
    def member_order(self) -> tuple[str, ...]:
        """Member ids in the order the session lists them (by commune in the seeds)."""
        return tuple([m.person.id for m in self.members])

    @cached_property
    def substitutes(self) -> dict[str, str | None]:
        """Substitute members and the titular each sits for (None if not named)."""
        substitute = SeatRole.SUBSTITUTE
        return {m.person.id: m.substitute_for for m in self.members if m.role is substitute}

    def member(self, person_id: str) -> Mandate | None:
        return self.members_by_id.get(person_id)

    def name_of(self, person_id: str | None) -> str:
        """Display name of a member, or the id itself if unknown (never raises)."""
        if person_id is None:
            return ""
        m = self.members_by_id.get(person_id)
        return m.person.display_name if m else person_id
