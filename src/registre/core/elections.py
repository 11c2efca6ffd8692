"""Elections and designations: the mayor or president, deputies, representatives (V-04, V-05).

- L2122-7 (mayor; deputies under 1 000 inhabitants by L2122-7-1; EPCI president and
  vice-presidents by L5211-2 and L5211-10): secret ballot, absolute majority at the first
  two rounds, relative at the third; on a tie the eldest is elected.
- L2122-7-2: deputies of communes of 1 000 inhabitants and more by list ballot, absolute
  majority, no panachage; on each list the numbers of candidates of each sex differ by
  one at most; on a tie at the third round, the list of the highest average age wins.
- L2121-21 (V-04, V-05): nominations and presentations by secret ballot, unless the
  assembly decides unanimously not to (where no text requires it); a single candidate
  or list for a designation is appointed without a vote. L2121-33: designations to
  outside bodies follow it.

Ballots found in the urn (« votants ») less blank and spoilt ballots are the votes cast
(« suffrages exprimés », L65-L66 Code électoral); blank and spoilt are not votes cast.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from registre.core.errors import Finding
from registre.core.vocabulary import Civility, LabelledEnum, Severity, register_labels

ERROR, WARNING, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO
Note = Callable[..., None]


class Office(LabelledEnum):
    MAYOR = "maire"
    DEPUTIES = "adjoints"
    PRESIDENT = "president"
    VICE_PRESIDENTS = "vice_presidents"
    BUREAU = "bureau"
    REPRESENTATIVES = "representants"


class Method(LabelledEnum):
    SINGLE = "uninominal"
    LIST = "liste"


register_labels([
    (Office.MAYOR, "maire"), (Office.DEPUTIES, "adjoints au maire"),
    (Office.PRESIDENT, "président"), (Office.VICE_PRESIDENTS, "vice-présidents"),
    (Office.BUREAU, "membres du bureau"), (Office.REPRESENTATIVES, "représentants"),
    (Method.SINGLE, "scrutin uninominal"), (Method.LIST, "scrutin de liste"),
])

# Offices whose election the law itself puts to a secret ballot (L2122-7, L5211-2): the
# unanimous decision of L2121-21 cannot waive it.
SECRET_BY_LAW = frozenset({Office.MAYOR, Office.DEPUTIES, Office.PRESIDENT, Office.VICE_PRESIDENTS,
                           Office.BUREAU})


@dataclass(frozen=True, slots=True)
class Candidate:
    """A candidate, or a list of candidates (``members`` in order, for a list ballot)."""

    name: str
    person: str | None = None
    born: dt.date | None = None
    civility: Civility | None = None
    members: tuple[Candidate, ...] = ()

    def average_birth(self) -> dt.date | None:
        """A list's mean date of birth (older = earlier); None if one is unknown."""
        people = self.members or (self,)
        if any(p.born is None for p in people):
            return None
        days = sum(p.born.toordinal() for p in people if p.born) / len(people)
        return dt.date.fromordinal(round(days))


@dataclass(frozen=True, slots=True)
class Round:
    """One round as the register prints it: ballots in the urn, blank, spoilt, per candidate."""

    number: int
    ballots: int
    blank: int = 0
    spoilt: int = 0
    votes: tuple[tuple[str, int], ...] = ()
    source: str | None = None

    @property
    def cast(self) -> int:
        """Suffrages exprimés: ballots less blank and spoilt."""
        return self.ballots - self.blank - self.spoilt

    @property
    def absolute_majority(self) -> int:
        return self.cast // 2 + 1


@dataclass(frozen=True, slots=True)
class Election:
    """An election or designation held at an item."""

    office: Office
    method: Method = Method.SINGLE
    seats: int = 1
    body: str = ""
    secret: bool = True
    open_vote_unanimous: bool = False
    candidates: tuple[Candidate, ...] = ()
    rounds: tuple[Round, ...] = ()
    recorded_elected: str | None = None
    source: str | None = None


@dataclass(frozen=True, slots=True)
class RoundResult:
    round: Round
    majority: int | None  # None at the third round: relative majority
    leader: str | None
    elected: str | None
    tie: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ElectionResult:
    election: Election
    rounds: tuple[RoundResult, ...]
    elected: str | None
    by_age: bool = False
    without_vote: bool = False
    findings: tuple[Finding, ...] = field(default=())

    def as_dict(self) -> dict[str, Any]:
        e = self.election
        return {
            "office": e.office.value, "method": e.method.value, "seats": e.seats, "body": e.body,
            "secret": e.secret, "open_vote_unanimous": e.open_vote_unanimous,
            "candidates": [c.name for c in e.candidates],
            "rounds": [{"number": r.round.number, "ballots": r.round.ballots, "blank": r.round.blank,
                        "spoilt": r.round.spoilt, "cast": r.round.cast, "majority": r.majority,
                        "votes": dict(r.round.votes), "elected": r.elected} for r in self.rounds],
            "elected": self.elected, "by_age": self.by_age, "without_vote": self.without_vote,
            "recorded_elected": e.recorded_elected,
        }


def check_election(e: Election, voters: int, note: Note) -> ElectionResult:
    """Compute who is elected round by round and report every departure from the law.

    ``voters`` is the number of members who could vote (present and represented): no round
    may find more ballots in the urn.
    """
    _check_form(e, note)
    by_name = {c.name: c for c in e.candidates}
    if not e.rounds:
        if len(e.candidates) == 1 and e.office is Office.REPRESENTATIVES:
            # L2121-21 (last al.): a single candidacy is appointed at once, read by the president.
            single = e.candidates[0].name
            _compare(e, single, note)
            return ElectionResult(e, (), single, without_vote=True)
        note(ERROR, "V-05", "élection sans aucun tour de scrutin enregistré", source=e.source)
        return ElectionResult(e, (), None)
    results: list[RoundResult] = []
    elected: str | None = None
    by_age = False
    for k, rnd in enumerate(e.rounds, start=1):
        if elected is not None:
            note(ERROR, "V-05", f"tour n°{rnd.number} tenu alors que {elected} était élu(e) au tour "
                 "précédent", source=rnd.source)
            break
        if rnd.number != k:
            note(WARNING, "V-05", f"tour numéroté {rnd.number} à la place {k}", source=rnd.source)
        if k > 3:
            note(ERROR, "V-05", "plus de trois tours : le troisième se tient à la majorité relative et "
                 "désigne toujours un élu (L2122-7, L2121-21)", source=rnd.source)
            break
        _check_round(rnd, voters, by_name, note)
        ranked = sorted(rnd.votes, key=lambda cv: -cv[1])
        leader = ranked[0][0] if ranked and ranked[0][1] > 0 else None
        top = [c for c, v in ranked if ranked and v == ranked[0][1] and v > 0]
        if k < 3:
            majority = rnd.absolute_majority
            winner = leader if leader is not None and ranked[0][1] >= majority and len(top) == 1 else None
            results.append(RoundResult(rnd, majority, leader, winner))
            elected = winner
            continue
        # Third round: relative majority; on a tie, the eldest (the list of the highest
        # average age, L2122-7-2).
        winner, by_age = leader, False
        if len(top) > 1:
            winner, by_age = _eldest(top, by_name, e, note, rnd)
        results.append(RoundResult(rnd, None, leader, winner, tuple(top) if len(top) > 1 else ()))
        elected = winner
    if elected is None and len(results) == len(e.rounds) and len(e.rounds) < 3:
        note(WARNING, "V-05", f"aucun élu après {len(e.rounds)} tour(s) : un tour de plus est dû "
             "(L2122-7, L2121-21)", source=e.source)
    _compare(e, elected, note)
    return ElectionResult(e, tuple(results), elected, by_age)


def _check_form(e: Election, note: Note) -> None:
    if not e.secret:
        if e.office in SECRET_BY_LAW:
            note(ERROR, "V-04", f"élection du {e.office.label} à main levée : le scrutin secret est "
                 "imposé par la loi (L2122-7, L5211-2), l'unanimité ne peut l'écarter", source=e.source)
        elif not e.open_vote_unanimous:
            note(ERROR, "V-04", "désignation à main levée sans décision unanime de ne pas voter au "
                 "scrutin secret (L2121-21)", source=e.source)
    if e.method is Method.LIST:
        for c in e.candidates:
            if c.members and len(c.members) != e.seats:
                note(WARNING, "V-05", f"liste « {c.name} » : {len(c.members)} candidats pour "
                     f"{e.seats} sièges", source=e.source)
            women = sum(1 for m in c.members if m.civility is Civility.MRS)
            men = sum(1 for m in c.members if m.civility is Civility.MR)
            known = women + men == len(c.members)
            parity = e.office in (Office.DEPUTIES, Office.VICE_PRESIDENTS)
            if c.members and known and abs(women - men) > 1 and parity:
                note(ERROR, "V-05", f"liste « {c.name} » : {women} femme(s) et {men} homme(s), l'écart "
                     "entre les candidats de chaque sexe ne peut dépasser un (L2122-7-2)", source=e.source)


def _check_round(rnd: Round, voters: int, by_name: dict[str, Candidate], note: Note) -> None:
    if rnd.ballots > voters:
        note(ERROR, "V-05", f"tour n°{rnd.number} : {rnd.ballots} bulletins pour {voters} votants "
             "possibles (présents et représentés)", source=rnd.source)
    if rnd.cast < 0:
        note(ERROR, "V-05", f"tour n°{rnd.number} : plus de bulletins blancs et nuls "
             f"({rnd.blank + rnd.spoilt}) que de votants ({rnd.ballots})", source=rnd.source)
    total = sum(v for _, v in rnd.votes)
    if total != rnd.cast:
        note(ERROR, "V-05", f"tour n°{rnd.number} : {total} voix aux candidats pour {rnd.cast} "
             f"suffrages exprimés ({rnd.ballots} votants − {rnd.blank} blancs − {rnd.spoilt} nuls ; "
             "blancs et nuls ne sont pas des suffrages exprimés)", source=rnd.source)
    for name, _ in rnd.votes:
        if by_name and name not in by_name:
            note(WARNING, "V-05", f"tour n°{rnd.number} : « {name} » n'est pas parmi les candidats "
                 "déclarés", source=rnd.source)


def _eldest(top: list[str], by_name: dict[str, Candidate], e: Election, note: Note,
            rnd: Round) -> tuple[str | None, bool]:
    births = {c: by_name[c].average_birth() if c in by_name else None for c in top}
    if any(b is None for b in births.values()):
        note(WARNING, "V-05", f"égalité au troisième tour entre {', '.join(top)} : le plus âgé est élu "
             "(L2122-7), mais une date de naissance manque", source=rnd.source)
        return None, False
    dates = sorted(births.items(), key=lambda cb: cb[1] or dt.date.max)
    if len(dates) > 1 and dates[0][1] == dates[1][1]:
        note(WARNING, "V-05", "égalité d'âge au troisième tour : l'élu ne peut être désigné",
             source=rnd.source)
        return None, False
    return dates[0][0], True


def _compare(e: Election, elected: str | None, note: Note) -> None:
    if e.recorded_elected is None or elected is None:
        return
    if e.recorded_elected != elected:
        note(ERROR, "V-05", f"élu(e) enregistré(e) : {e.recorded_elected} ; selon les voix : {elected}",
             source=e.source)


# -- plain data (JSON) form, for storage ------------------------------------------------------

def _candidate_data(c: Candidate) -> dict[str, Any]:
    return {"name": c.name, "person": c.person, "born": c.born.isoformat() if c.born else None,
            "civility": c.civility.value if c.civility else None,
            "members": [_candidate_data(m) for m in c.members]}


def _candidate_from(d: dict[str, Any]) -> Candidate:
    return Candidate(d["name"], d.get("person"), dt.date.fromisoformat(d["born"]) if d.get("born") else None,
                     Civility(d["civility"]) if d.get("civility") else None,
                     tuple(_candidate_from(m) for m in d.get("members", ())))


def election_to_data(e: Election) -> dict[str, Any]:
    """An election as JSON-ready data (inverse: :func:`election_from_data`)."""
    return {"office": e.office.value, "method": e.method.value, "seats": e.seats, "body": e.body,
            "secret": e.secret, "open_vote_unanimous": e.open_vote_unanimous,
            "candidates": [_candidate_data(c) for c in e.candidates],
            "rounds": [{"number": r.number, "ballots": r.ballots, "blank": r.blank, "spoilt": r.spoilt,
                        "votes": [list(v) for v in r.votes], "source": r.source} for r in e.rounds],
            "recorded_elected": e.recorded_elected, "source": e.source}


def election_from_data(d: dict[str, Any]) -> Election:
    return Election(
        Office(d["office"]), Method(d.get("method", "uninominal")), int(d.get("seats", 1)),
        d.get("body", ""), bool(d.get("secret", True)), bool(d.get("open_vote_unanimous", False)),
        tuple(_candidate_from(c) for c in d.get("candidates", ())),
        tuple(Round(int(r["number"]), int(r["ballots"]), int(r.get("blank", 0)), int(r.get("spoilt", 0)),
                    tuple((str(n), int(v)) for n, v in r.get("votes", ())), r.get("source"))
              for r in d.get("rounds", ())),
        d.get("recorded_elected"), d.get("source"))
