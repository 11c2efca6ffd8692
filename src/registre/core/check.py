"""Check a session item by item: attendance, proxies, interests, quorum, tally.

``check_session`` never raises on a session that was built: every rule broken becomes a
:class:`Finding`, located by item, person and source line, and the computation goes on.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from registre.core.convocation import Waiver, check_convocation, second_convocation_waiver
from registre.core.deadlines import session_deadlines
from registre.core.elections import ElectionResult, check_election
from registre.core.errors import Finding
from registre.core.model import AgendaItem, Interest, Proxy, Session
from registre.core.rules import RuleSet, parse_settings
from registre.core.seats import PlacedProxy, effective_proxies, forbidden_substitutes, seat_conflicts
from registre.core.spans import ItemPoint, Placement, Span, number_key
from registre.core.tally import Note, Presiding, Quorum, Tally, compute_quorum, compute_tally
from registre.core.vocabulary import ItemKind, SeatRole, Severity

ERROR, WARNING, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO


@dataclass(frozen=True, slots=True)
class InterestedVotes:
    """An interested member at an item and the votes that leave the count because of them."""

    person: str
    present: bool
    votes: int
    proxy_held_from: str | None = None
    proxy_given_to: str | None = None
    declared_votes: int | None = None


@dataclass
class ItemResult:
    """Everything computed for one item, in the order of passage."""

    item: AgendaItem
    position: int
    present: tuple[str, ...]
    represented: dict[str, str]
    absent: tuple[str, ...]
    interested: tuple[InterestedVotes, ...]
    quorum: Quorum
    tally: Tally | None
    findings: list[Finding] = field(default_factory=list)
    election: ElectionResult | None = None

    @property
    def present_count(self) -> int:
        return len(self.present)

    @property
    def proxies_count(self) -> int:
        return len(self.represented)

    @property
    def interested_votes(self) -> int:
        return sum(i.votes for i in self.interested)

    def as_dict(self, session: Session) -> dict[str, Any]:
        name = session.name_of
        return {
            "number": self.item.number,
            "position": self.position + 1,
            "title": self.item.title,
            "deliberation": self.item.deliberation,
            "present": [name(p) for p in self.present],
            "present_count": self.present_count,
            "represented": [{"giver": name(g), "holder": name(h)} for g, h in self.represented.items()],
            "proxies_count": self.proxies_count,
            "absent_count": len(self.absent),
            "interested": [
                {"person": name(i.person), "present": i.present, "votes": i.votes,
                 "declared_votes": i.declared_votes}
                for i in self.interested
            ],
            "interested_votes": self.interested_votes,
            "quorum": self.quorum.as_dict(),
            "tally": self.tally.as_dict() if self.tally else None,
            "election": self.election.as_dict() if self.election else None,
            "findings": [f.as_dict() for f in self.findings],
        }


@dataclass
class SessionReport:
    """The result of :func:`check_session`: one :class:`ItemResult` per item, and findings."""

    session: Session
    rules: RuleSet
    items: list[ItemResult]
    findings: list[Finding]

    def item(self, number: str) -> ItemResult:
        """The result of the item numbered ``number``; KeyError if there is none."""
        for r in self.items:
            if r.item.number == number:
                return r
        raise KeyError(number)

    def all_findings(self) -> list[Finding]:
        return self.findings + [f for r in self.items for f in r.findings]

    @property
    def ok(self) -> bool:
        """True when no finding is an error."""
        return not any(f.severity is ERROR for f in self.all_findings())

    def as_dict(self) -> dict[str, Any]:
        s = self.session
        return {
            "authority": s.assembly.authority.name,
            "assembly": s.assembly.name,
            "date": s.date.isoformat(),
            "members_in_office": s.assembly.members_in_office,
            "rules": self.rules.name,
            "order_of_passage": [r.item.number for r in self.items],
            "items": [r.as_dict(s) for r in self.items],
            "findings": [f.as_dict() for f in self.findings],
            "deadlines": [
                {"label": d.label, "due": d.due.isoformat(), "rule": d.rule, "article": d.article}
                for d in session_deadlines(s)
            ],
            "ok": self.ok,
        }


def check_session(session: Session, rules: RuleSet | None = None, *,
                  only: Collection[str] | None = None) -> SessionReport:
    """Compute every item of ``session`` and report what breaks a rule.

    ``rules`` defaults to the session file's ``rules:`` settings over common law; in every
    case the COVID regime of Q-10 applies to a date inside its periods. With ``only``, just
    the items with those numbers are computed (the others still place arrivals,
    departures and proxies in the order of passage, and session-wide findings are the
    same): the reader, which needs the extract's deliberations alone, uses it.
    Returns a :class:`SessionReport`; never raises for a well-typed session.
    """
    findings: list[Finding] = []
    if rules is None:
        rules, problems = parse_settings(dict(session.rule_settings))
        findings.extend(Finding(ERROR, "RULES", p) for p in problems)
    rules = rules.in_force(session.date)
    _check_members(session, findings)
    passage = _order_of_passage(session, findings)
    points = [_point(it.number, pos, it.deliberation, it.taken_up_at) for pos, it in enumerate(passage)]
    placement = Placement(points, opened_at=session.opened_at, closed_at=session.closed_at)
    known = session.members_by_id
    forbidden = forbidden_substitutes(session)
    findings.extend(forbidden.values())
    waiver = second_convocation_waiver(session, findings)

    wanted = frozenset(range(len(points))) if only is None else \
        frozenset(pos for pos, it in enumerate(passage) if it.number in only)
    present_at: dict[int, set[str]] = {pos: set() for pos in wanted}
    throughout: list[str] = []  # present over the whole session: added to every item at once
    for att in session.attendance:
        person = att.person
        if person not in known:
            findings.append(_unknown(person, "présence", att.source))
            continue
        if person in forbidden:
            continue
        span = att.span
        # (Span.whole_session, written out: this runs for every member present.)
        if span.start is None and span.end is None and not span.excepted:
            throughout.append(person)
            continue
        # Every span is placed (that is what reports references guessed), only the items
        # computed are filled; a bound that cannot be placed does not make anyone present.
        for pos in placement.positions(span, strict=True) & wanted:
            present_at[pos].add(att.person)
    for pos in wanted:
        present_at[pos].update(throughout)

    proxies_at: dict[int, list[PlacedProxy]] = {pos: [] for pos in wanted}
    substitutes = session.substitutes
    for px in session.proxies:
        if px.giver not in known or px.holder not in known:
            findings.extend(_unknown(p, "procuration", px.source) for p in (px.giver, px.holder)
                            if p not in known)
            continue
        if px.giver == px.holder:
            findings.append(Finding(ERROR, "P-01", f"{session.name_of(px.giver)} se donne "
                                    "pouvoir à lui-même", person=px.giver, source=px.source))
            continue
        if px.giver in substitutes or px.giver in forbidden:
            # P-09: a substitute never gives a proxy; the titular, if prevented, does.
            findings.append(Finding(ERROR, "P-09", f"pouvoir « donné » par {session.name_of(px.giver)}, "
                                    f"suppléant(e), à {session.name_of(px.holder)} : un suppléant ne "
                                    "donne jamais de pouvoir, ce pouvoir est nul (L5211-6, "
                                    "L2121-20)", person=px.giver, source=px.source))
            continue
        positions = placement.positions(px.span)
        start = min(positions) if positions else 0
        for pos in positions & wanted:
            proxies_at[pos].append(PlacedProxy(px, start))

    results = [
        _check_item(session, rules, item, pos, present_at[pos], proxies_at[pos], waiver)
        for pos, item in enumerate(passage)
        if pos in wanted
    ]
    findings.extend(_guessed_references(session, placement))
    return SessionReport(session, rules, results, findings)


def _check_item(
    session: Session,
    rules: RuleSet,
    item: AgendaItem,
    pos: int,
    present: set[str],
    proxies: list[PlacedProxy],
    waiver: Waiver,
) -> ItemResult:
    findings: list[Finding] = []
    num = item.number

    def note(sev: Severity, rule: str, msg: str, person: str | None = None,
             source: str | None = None) -> None:
        findings.append(Finding(sev, rule, msg, item=num, person=person, source=source))

    present = present - seat_conflicts(session, present, proxies, note)
    effective = effective_proxies(session, rules, present, proxies, note)
    held: dict[str, list[str]] = defaultdict(list)  # holder -> givers
    for g, px in effective.items():
        held[px.holder].append(g)

    interested = _interested_votes(session, rules, item, present, effective, held, note)
    interested_ids = {i.person for i in interested}
    budget_account = is_budget_account(item)
    withdrawn = _budget_account_executive(session, item, present, note) if budget_account else None

    quorum = _quorum(session, rules, item, present, interested_ids, note, waiver)
    voters = _voters(session, rules, present, interested_ids)
    excluded = {p: "C-01" for p in interested_ids & present}
    if withdrawn is not None:
        voters.discard(withdrawn)
        excluded.setdefault(withdrawn, "V-08")
    proxy_votes = {
        g: px.holder for g, px in effective.items()
        if not (rules.interested_giver_proxy_void and g in interested_ids)
        and not (rules.interested_holder_proxy_void and px.holder in interested_ids)
        and g != withdrawn and px.holder != withdrawn
    }
    president = item.presided_by or session.president
    tally = None
    if item.vote is not None:
        presiding = Presiding(president, None if president is None else president in voters)
        tally = compute_tally(item.vote, voters, proxy_votes, presiding,
                              sum(i.votes for i in interested), note, session.name_of,
                              budget_account=budget_account, excluded=excluded)
    election = None
    if item.election is not None:
        # V-04, V-05: elections are checked like votes, on the members who could vote.
        election = check_election(item.election, len(voters) + len(proxy_votes), note)
    # In the session's order of members; a giver in ``effective`` is never present.
    order = session.member_order
    present_ids = [p for p in order if p in present]
    if effective:
        represented = {p: effective[p].holder for p in order if p in effective}
        absent = [p for p in order if p not in present and p not in effective]
    else:
        represented = {}
        absent = [p for p in order if p not in present]
    return ItemResult(
        item=item,
        position=pos,
        present=tuple(present_ids),
        represented=represented,
        absent=tuple(absent),
        interested=tuple(interested),
        quorum=quorum,
        tally=tally,
        findings=findings,
        election=election,
    )


_BUDGET_ACCOUNT = re.compile(r"\bcompte\s+(?:administratif|financier\s+unique)\b", re.IGNORECASE)
_EXECUTIVE = re.compile(r"(?:le\s+|la\s+)?(?:maire|pr[ée]sident(?:e)?)(?:\s+d[ue].*)?", re.IGNORECASE)


def is_budget_account(item: AgendaItem) -> bool:
    """V-08: the item adopts a compte administratif (or compte financier unique).

    Marked ``kind: compte_administratif`` in the session file; an item marked ordinary
    whose title names a compte administratif — not its « affectation du résultat », a
    budget decision voted by the ordinary rule — is taken for one too.
    """
    if item.kind is ItemKind.BUDGET_ACCOUNT:
        return True
    if item.kind is not ItemKind.ORDINARY or not item.title:
        return False
    return bool(_BUDGET_ACCOUNT.search(item.title)) and "affectation" not in item.title.lower()


def executive_of(session: Session) -> str | None:
    """The head of the executive (maire, président): by function, else the session's president."""
    for m in session.members:
        if any(_EXECUTIVE.fullmatch(f.strip()) for f in m.functions):
            return m.person.id
    return session.president


def _budget_account_executive(session: Session, item: AgendaItem, present: set[str],
                              note: Note) -> str | None:
    """V-08 (L2121-14): for the compte administratif, the assembly elects its president for
    the vote; the maire or président may attend the debate but withdraws for the vote.
    Returns the executive, who does not vote (nor by proxy) on this item."""
    executive = executive_of(session)
    if executive is None:
        note(WARNING, "V-08", "compte administratif : le maire ou président n'est pas connu, son "
             "retrait au moment du vote ne peut être vérifié (L2121-14)")
        return None
    if item.presided_by == executive or (item.presided_by is None and executive in present):
        note(ERROR, "V-08", f"compte administratif présidé par {session.name_of(executive)}, chef de "
             "l'exécutif : l'assemblée élit un autre président de séance pour ce vote et le maire "
             "ou président se retire au moment du vote (L2121-14)", executive)
    elif item.presided_by is None:
        note(WARNING, "V-08", "compte administratif : le président de séance élu pour ce vote n'est "
             "pas indiqué (presided_by, L2121-14)")
    return executive


def _quorum(
    session: Session, rules: RuleSet, item: AgendaItem, present: set[str],
    interested_ids: set[str], note: Note, waiver: Waiver,
) -> Quorum:
    """Q-01 at this item; Q-05: members who withdrew for an interest are not counted;
    Q-07: a second convocation's waiver for the failed sitting's items."""
    left = {
        i.person for i in item.interests
        if i.person in present and (i.left_room or (i.left_room is None and rules.interested_withdraw))
    }
    in_office = session.assembly.members_in_office
    # ``left`` is a subset of ``present``.
    waived = session.second_convocation and waiver.refused is None and waiver.covers(item.number)
    quorum = compute_quorum(in_office, len(present) - len(left), rules, waived=waived)
    if not quorum.reached:
        if waiver.refused is not None:
            note(ERROR, "Q-07", f"quorum non atteint et seconde convocation sans dispense : "
                 f"{waiver.refused} (L2121-17 al. 2)")
        why = ""
        if session.second_convocation and session.first_sitting_items is not None \
                and item.number not in session.first_sitting_items:
            why = (" ; la question n'était pas à l'ordre du jour de la séance initiale : la "
                   "dispense de la seconde convocation ne la couvre pas (Q-07)")
        note(ERROR, "Q-01", f"quorum non atteint : {quorum.counted} présents pour "
             f"{quorum.required} requis (L2121-17){why}")
        return quorum
    staying = (interested_ids & present) - left
    if staying and not quorum.waived and quorum.counted - len(staying) < quorum.required:
        note(WARNING, "Q-05", f"quorum atteint seulement en comptant {len(staying)} conseiller(s) "
             f"intéressé(s) resté(s) en séance ({quorum.counted - len(staying)} sans eux, "
             f"{quorum.required} requis) : s'ils ont quitté la salle, il n'était pas atteint")
    return quorum


def _voters(session: Session, rules: RuleSet, present: set[str], interested: set[str]) -> set[str]:
    """Members present who vote at this item: not interested (C-03), substitutes per P-08."""
    voters = present - interested
    if not rules.substitutes_vote:
        voters = voters - session.substitutes.keys()
    return voters


def _interested_votes(
    session: Session, rules: RuleSet, item: AgendaItem, present: set[str],
    effective: dict[str, Proxy], held: dict[str, list[str]], note: Note,
) -> list[InterestedVotes]:
    """Votes removed by each interested member (C-02, C-03).

    Each vote leaves the count once: a proxy held by an interested member is removed with
    the holder (who would have cast it), even when its giver is interested too.
    """
    name = session.name_of
    entries: dict[str, Interest] = {}
    for it in item.interests:
        if it.person not in session.members_by_id:
            note(ERROR, "C-03", f"conseiller intéressé inconnu : « {it.person} »", it.person, it.source)
            continue
        entries.setdefault(it.person, it)
    removed: set[str] = set()  # givers whose proxy vote is already removed
    computed: dict[str, InterestedVotes] = {}
    for p, it in entries.items():  # present members first: they hold the proxies
        if p in present:
            givers = held.get(p, []) if rules.interested_holder_proxy_void else []
            removed.update(givers)
            computed[p] = InterestedVotes(p, True, 1 + len(givers), givers[0] if givers else None,
                                          declared_votes=it.declared_votes)
    for p, it in entries.items():
        if p not in present:
            px = effective.get(p)
            counted = bool(px and rules.interested_giver_proxy_void and p not in removed)
            computed[p] = InterestedVotes(p, False, int(counted),
                                          proxy_given_to=px.holder if px else None,
                                          declared_votes=it.declared_votes)
    out = [computed[p] for p in entries]
    for iv in out:
        if iv.declared_votes is not None and iv.declared_votes != iv.votes:
            note(WARNING, "C-03", f"{name(iv.person)} : {iv.declared_votes} voix déclarée(s) pour "
                 f"{iv.votes} calculée(s)", iv.person, entries[iv.person].source)
    return out


def _order_of_passage(session: Session, findings: list[Finding]) -> list[AgendaItem]:
    """Items in the order they were examined; unknown numbers reported, never fatal."""
    by_number: dict[str, AgendaItem] = {}
    for it in session.items:
        if it.number in by_number:
            findings.append(Finding(ERROR, "K-01", f"la question n°{it.number} figure deux fois "
                                    "à l'ordre du jour", item=it.number))
            continue
        by_number[it.number] = it
    if not session.order_of_passage:
        return list(by_number.values())
    passage: list[AgendaItem] = []
    seen: set[str] = set()
    for num in session.order_of_passage:
        if num in seen:
            findings.append(Finding(WARNING, "REF-ORDER", f"la question n°{num} figure deux fois "
                                    "dans l'ordre de passage", item=num))
            continue
        seen.add(num)
        if num in by_number:
            passage.append(by_number[num])
        else:
            findings.append(Finding(WARNING, "REF-ORDER", f"l'ordre de passage cite la question "
                                    f"n°{num}, absente de l'ordre du jour", item=num))
    rest = sorted((it for n, it in by_number.items() if n not in seen),
                  key=lambda it: number_key(it.number) or (10**9, it.number))
    for it in rest:
        findings.append(Finding(WARNING, "REF-ORDER", f"la question n°{it.number} n'est pas dans "
                                "l'ordre de passage : placée en fin, par ordre numérique",
                                item=it.number))
    return passage + rest


def _check_members(session: Session, findings: list[Finding]) -> None:
    # A substitute whose titular is not named stands for that seat (the seeds list such one).
    substitute = SeatRole.SUBSTITUTE  # (Mandate.is_substitute, written out)
    seats = len(session.members) - sum(1 for m in session.members
                                       if m.substitute_for is not None and m.role is substitute)
    n = session.assembly.members_in_office
    if seats != n:
        findings.append(Finding(WARNING, "Q-02", f"{seats} membres titulaires listés pour {n} "
                                "membres en exercice déclarés"))
    check_convocation(session, findings)
    for role, pid in (("président(e) de séance", session.president),
                      ("secrétaire de séance", session.secretary)):
        if pid and pid not in session.members_by_id:
            findings.append(_unknown(pid, role, None))


@lru_cache(maxsize=4096)
def _point(number: str, position: int, deliberation: str | None, taken_up_at: str | None) -> ItemPoint:
    """Item points are immutable: one serves every session passing that item at that rank."""
    return ItemPoint(number, position, deliberation, taken_up_at)


def _unknown(person: str, where: str, source: str | None) -> Finding:
    return Finding(ERROR, "MEMBER", f"{where} : « {person} » n'est pas membre de l'assemblée",
                   person=person, source=source)


def _guessed_references(session: Session, placement: Placement) -> Iterable[Finding]:
    if not placement.guessed:
        return []
    out = []
    # A whole-session span (no bound, no exception: Span.whole_session, written out) has no
    # reference to report.
    spans: list[tuple[str, Span, str | None, str]] = [
        (a.person, s, a.source, "présence") for a in session.attendance
        if (s := a.span).start is not None or s.end is not None or s.excepted
    ] + [(p.giver, p.span, p.source, "procuration") for p in session.proxies if not p.span.whole_session]
    for person, span, source, what in spans:
        refs = [span.start, span.end, *(r for ex in span.excepted for r in (ex.start, ex.end))]
        for ref in refs:
            if ref is not None and ref in placement.guessed:
                out.append(Finding(WARNING, "REF-ORDER", f"{what} de {session.name_of(person)} : "
                                   f"{ref.label()} — {placement.guessed[ref]}",
                                   person=person, source=source))
    return out
