"""The result of reading an extract: :class:`ParsedExtract`, its JSON Lines object and its
core session.

``as_json`` is the object documented in ``docs/reading.md``; ``to_session`` gives a core
:class:`~registre.core.model.Session` with the vote *as printed*, which
``registre.core.check_session`` checks like any hand-written session.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from registre.core.model import (
    AgendaItem,
    Annex,
    Assembly,
    Attendance,
    Authority,
    BudgetInscription,
    Counts,
    DeliberationText,
    Interest,
    Mandate,
    Opinion,
    Person,
    Proxy,
    Session,
    Vote,
)
from registre.core.spans import Span, normalise_time
from registre.core.vocabulary import AssemblyKind, AuthorityKind, Outcome, SeatRole
from registre.reading.deliberation import ParsedDeliberation
from registre.reading.kind import SITTING_KINDS, DocumentKind
from registre.reading.reconcile import Member, Reconciliation

# The whole session: spans are frozen, one instance serves every member without one.
_WHOLE = Span()

UNKNOWN_DATE = dt.date(1900, 1, 1)


@dataclass(frozen=True)
class Evidence:
    """Where an answer was read (1-based line of the normalised text), how sure the reader
    is of it (0–1), what said so (the words before it, « OCR » when the text came from
    character recognition)."""

    line: int
    confidence: float
    cue: str = ""
    ocr: bool = False

    def as_json(self) -> dict[str, Any]:
        return {"line": self.line, "confidence": self.confidence, "cue": self.cue, "ocr": self.ocr}

    def scanned(self) -> Evidence:
        """The same answer read from an OCR text: said so, and less sure (a figure or a letter
        may be misread)."""
        return replace(self, ocr=True, confidence=round(self.confidence * OCR_FACTOR, 2))


# How much an OCR text lowers each answer's confidence.
OCR_FACTOR = 0.85


def evidence_json(evidence: dict[str, Evidence]) -> dict[str, Any]:
    return {k: e.as_json() for k, e in evidence.items()}


@dataclass
class ReadProxy:
    """A proxy resolved to member ids (``holder`` None when given to an unknown role)."""

    giver: str
    holder: str | None
    span: Span | None
    raw: str = ""
    evidence: Evidence | None = None  # the line of the pair
    spot: tuple[int, float, str] | None = field(default=None, repr=False, compare=False)  # (evidence.py)
    # Given to an office (« pouvoir à M. le Maire »): the chair of the sitting once it is read;
    # a holder merely not printed (« voté par procuration ») stays None.
    to_role: bool = field(default=False, repr=False, compare=False)


@dataclass
class ReadDeliberation:
    """A deliberation with its people resolved and its computed result."""

    parsed: ParsedDeliberation
    item_number: str
    rapporteur: str | None = None
    interested: list[tuple[str, int | None]] = field(default_factory=list)
    computed: dict[str, Any] | None = None
    # Per answer (« number », « title », « printed_vote », « outcome »): where it was read, how sure.
    evidence: dict[str, Evidence] = field(default_factory=dict)


@dataclass
class ParsedExtract:
    """Everything read from one extract. People are member ids of :attr:`members`."""

    source: str
    authority: str | None = None
    authority_kind: AuthorityKind | None = None
    assembly: str | None = None
    assembly_kind: AssemblyKind = AssemblyKind.COUNCIL
    session_date: dt.date | None = None
    convocation_date: dt.date | None = None
    publication_date: dt.date | None = None
    members_in_office: int | None = None
    printed: dict[str, int | None] = field(default_factory=dict)
    place: str | None = None
    opened_at: str | None = None
    closed_at: str | None = None
    order_of_passage: list[str] = field(default_factory=list)
    president: str | None = None
    president_printed: str | None = None
    secretary: str | None = None
    members: list[Member] = field(default_factory=list)
    substitutes_not_voting: list[str] = field(default_factory=list)
    present: list[tuple[str, Span | None]] = field(default_factory=list)
    absent: list[str] = field(default_factory=list)
    proxies: list[ReadProxy] = field(default_factory=list)
    deliberations: list[ReadDeliberation] = field(default_factory=list)
    annexes: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    reconciliations: list[Reconciliation] = field(default_factory=list)
    # Per answer (« session_date », « printed.present »…): where it was read, how sure.
    evidence: dict[str, Evidence] = field(default_factory=dict)
    kind: DocumentKind = DocumentKind.UNKNOWN
    ocr: bool = False  # the text came from character recognition (a scan)
    # While reading: where each answer was read, before its line is known (evidence.py).
    spots: dict[str, tuple[int, float, str]] = field(default_factory=dict, repr=False, compare=False)

    def mark_ocr(self) -> None:
        """Every answer was read from an OCR text: each says so."""
        if self.ocr:
            return
        self.ocr = True
        self.evidence = {k: e.scanned() for k, e in self.evidence.items()}
        for d in self.deliberations:
            d.evidence = {k: e.scanned() for k, e in d.evidence.items()}
        for p in self.proxies:
            p.evidence = p.evidence.scanned() if p.evidence else None

    @property
    def recognised(self) -> bool:
        """Whether the text records deliberations of a sitting that were read (what an import
        can file); False for an arrêté, a convocation, or a text in which none was found."""
        return self.kind in SITTING_KINDS and bool(self.deliberations)

    # -- names -----------------------------------------------------------------------
    def member(self, pid: str | None) -> Member | None:
        return next((m for m in self.members if m.id == pid), None)

    def name(self, pid: str | None) -> str | None:
        m = self.member(pid)
        return m.display() if m else pid

    # -- JSON Lines --------------------------------------------------------------------
    def as_json(self) -> dict[str, Any]:
        """The JSON Lines object of ``docs/reading.md``; ``None`` where the text does not say."""
        by_id = {m.id: m for m in self.members}

        def person(pid: str, span: Span | None = None) -> dict[str, Any]:
            m = by_id[pid]
            return {"name": m.display(), "id": pid, "commune": m.commune,
                    "span": span.label() if span and not span.whole_session else None,
                    "substitute": m.substitute}

        return {
            "source": self.source,
            "kind": self.kind.value,
            "kind_label": self.kind.label,
            "recognised": self.recognised,
            "ocr": self.ocr,
            "authority": self.authority,
            "authority_kind": self.authority_kind.value if self.authority_kind else None,
            "assembly": self.assembly,
            "session_date": _iso(self.session_date),
            "convocation_date": _iso(self.convocation_date),
            "publication_date": _iso(self.publication_date),
            "members_in_office": self.members_in_office,
            "printed": {k: self.printed.get(k) for k in ("present", "proxies", "voters", "absent")},
            "place": self.place,
            "opened_at": self.opened_at,
            "closed_at": self.closed_at,
            "president": self.name(self.president) if self.president else self.president_printed,
            "secretary": self.name(self.secretary),
            "order_of_passage": self.order_of_passage,
            "present": [person(p, s) for p, s in self.present],
            "absent": [person(p) for p in self.absent],
            "proxies": [{"giver": self.name(p.giver), "holder": self.name(p.holder),
                         "span": p.span.label() if p.span else None} for p in self.proxies],
            "substitutes": [m.display() for m in self.members if m.substitute],
            "substitutes_not_voting": list(self.substitutes_not_voting),
            "deliberations": [self._deliberation_json(d) for d in self.deliberations],
            "annexes": [t for t, _ in self.annexes],
            "reconciliations": [r.sentence() for r in self.reconciliations],
            "warnings": list(self.warnings),
            # (each proxy's as « proxies.1 », « proxies.2 »… in the order of « proxies »)
            "evidence": {**evidence_json(self.evidence),
                         **{f"proxies.{i}": p.evidence.as_json()
                            for i, p in enumerate(self.proxies, start=1) if p.evidence is not None}},
        }

    def _deliberation_json(self, d: ReadDeliberation) -> dict[str, Any]:
        p = d.parsed
        pv = p.printed_vote
        empty = {"for": None, "against": None, "abstention": None, "not_voting": None}
        comp = d.computed or {}
        return {
            "number": p.number,
            "report_number": p.report_number,
            "item": d.item_number,
            "title": p.title or None,
            "rapporteur": self.name(d.rapporteur) if d.rapporteur else None,
            "interested": [{"name": self.name(pid), "votes": v} for pid, v in d.interested],
            "printed_vote": pv.as_dict() if pv else {**empty, "unanimous": False},
            "computed_vote": comp.get("vote") or dict(empty),
            "computed": {k: v for k, v in comp.items() if k != "vote"} or None,
            "evidence": evidence_json(d.evidence),
        }

    # -- core session --------------------------------------------------------------------
    def to_session(self) -> Session:
        """A core session with every vote as printed; check it with ``check_session``."""
        return self._session(printed=True)

    def _session(self, *, printed: bool) -> Session:
        in_office = self.members_in_office or sum(
            1 for m in self.members if not (m.substitute and m.substitute_for))  # titulars
        assembly = _assembly(self.authority or "Collectivité non lue",
                             self.authority_kind or _kind_from_assembly(self.assembly),
                             self.assembly or "Assemblée non lue", self.assembly_kind, in_office)
        # Core objects are immutable: one whole-session attendance, one blank item serves
        # every session that has the same one (see ``_present``).
        titular, substitute = SeatRole.TITULAR, SeatRole.SUBSTITUTE
        members = tuple([Mandate(Person(m.id, m.first, m.last, m.civility), m.commune,
                                 substitute if m.substitute else titular, m.substitute_for)
                         for m in self.members])
        items = [self._item(d, printed) for d in self.deliberations]
        numbers = {it.number for it in items}
        order = tuple(self.order_of_passage) or tuple([it.number for it in items])
        items += [_blank_item(n) for n in dict.fromkeys(order) if n not in numbers]
        return Session(
            assembly=assembly,
            date=self.session_date or UNKNOWN_DATE,
            members=members,
            items=tuple(items),
            order_of_passage=order,
            attendance=tuple([_present(p) if s is None else Attendance(p, s, _LISTED)
                              for p, s in self.present]),
            proxies=tuple([Proxy(p.giver, p.holder, p.span or _WHOLE, p.raw or "procurations")
                           for p in self.proxies if p.holder]),
            president=self.president,
            secretary=self.secretary,
            convocation_date=self.convocation_date,
            publication_date=self.publication_date,
            place=self.place,
            opened_at=_time(self.opened_at),
            closed_at=_time(self.closed_at),
        )

    def _item(self, d: ReadDeliberation, printed: bool) -> AgendaItem:
        p = d.parsed
        return AgendaItem(
            number=d.item_number,
            title=p.title,
            rapporteur=d.rapporteur,
            deliberation=p.number,
            interests=tuple(Interest(pid, "conseiller intéressé", v, None, "texte de la délibération")
                            for pid, v in d.interested),
            vote=_vote(p, printed),
            # The recomputable form only feeds the core's check, which reads no text.
            text=_text(p, self.annexes if d is self.deliberations[-1] else []) if printed else None,
        )


def _vote(p: ParsedDeliberation, printed: bool) -> Vote | None:
    """The vote as printed, or the form the core recomputes from attendance (``printed=False``).

    Recomputable form: a unanimity with nothing against is given to the core as
    « unanimous » only, so that the count of votes *for* comes from attendance; printed
    counts otherwise (the core then reports the votes they leave unaccounted for).
    """
    pv = p.printed_vote
    if pv is None:
        return None
    unanimous = pv.unanimous
    counts = None
    if pv.for_ is not None or pv.against or pv.abstention:
        counts = Counts(pv.for_ or 0, pv.against or 0, pv.abstention or 0, pv.not_voting)
    if not printed:
        if pv.unanimous and not pv.against and not pv.abstention and not pv.not_voting:
            counts = None
        elif pv.for_ is None:
            counts, unanimous = None, True
    # (« Prend acte »: the outcome is not printed; the core computes it.)
    outcome = None if pv.outcome is Outcome.UNDETERMINED else pv.outcome or (Outcome.ADOPTED if pv.unanimous
                                                                             else None)
    return Vote(unanimous=unanimous, recorded=counts, recorded_interested=pv.interested,
                recorded_outcome=outcome, source="vote imprimé")


def _text(p: ParsedDeliberation, annexes: list[tuple[str, str]]) -> DeliberationText:
    budget = None
    if p.budget is not None:
        budget = BudgetInscription(p.budget[0], p.budget[1], p.budget[2], p.budget[3])
    return DeliberationText(
        report_number=p.report_number,
        rapporteur_function=p.rapporteur_function,
        opinions=tuple(Opinion(b, d, v) for b, d, v in p.opinions),
        budget=budget,
        summary=p.summary,
        body=p.body,
        decision_intro=p.decision_intro,
        decisions=tuple(p.decisions),
        annexes=tuple(Annex(t, b) for t, b in annexes),
    )


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


@lru_cache(maxsize=1024)
def _time(t: str | None) -> str | None:
    if not t:
        return None
    try:
        return normalise_time(t)
    except ValueError:
        return None


_LISTED = "liste des présents"


@lru_cache(maxsize=4096)
def _present(pid: str) -> Attendance:
    """Present throughout the session. Mandates are not cached: a member's seat (commune,
    role) varies more than their presence, and a cache that misses costs more than it saves."""
    return Attendance(pid, _WHOLE, _LISTED)


@lru_cache(maxsize=1024)
def _kind_from_assembly(name: str | None) -> AuthorityKind:
    """An authority kind not read: a « conseil communautaire » is an EPCI's (its substitutes
    sit, P-08), anything else is taken for a commune's."""
    low = (name or "").lower()
    if "communaut" in low or "métropol" in low or "metropol" in low:
        return AuthorityKind.COMMUNAUTE_COMMUNES
    return AuthorityKind.COMMUNE


def _assembly(authority: str, authority_kind: AuthorityKind, name: str, kind: AssemblyKind,
              in_office: int) -> Assembly:
    """Immutable, and the same for every extract of one assembly."""
    return Assembly(Authority(authority, authority_kind), name, kind, in_office)


@lru_cache(maxsize=1024)
def _blank_item(number: str) -> AgendaItem:
    """An item of the order of passage that is not in the extract."""
    return AgendaItem(number=number)


@dataclass
class ReadResult:
    """What :func:`registre.reading.read_file` returns: a document, or why there is none."""

    source: str
    document: ParsedExtract | None = None
    error: str | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.document is not None
