"""Quorum and tally of one item: the arithmetic of L2121-17 and L2121-20."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from registre.core.model import Counts, Vote
from registre.core.rules import RuleSet
from registre.core.vocabulary import Ballot, Choice, Outcome, Severity

Note = Callable[..., None]


@dataclass(frozen=True, slots=True)
class Quorum:
    """Quorum at one item: members counted present against members required (Q-01)."""

    required: int
    counted: int
    waived: bool = False

    @property
    def reached(self) -> bool:
        # on a second convocation the assembly deliberates without quorum.
        return self.waived or self.counted >= self.required

    def as_dict(self) -> dict[str, Any]:
        return {"required": self.required, "counted": self.counted,
                "reached": self.reached, "waived": self.waived}


def compute_quorum(in_office: int, present: int, rules: RuleSet, *, waived: bool = False) -> Quorum:
    """Q-01: more than half the members in office physically present; proxies never count (Q-03)."""
    return Quorum(rules.quorum_required(in_office), present, waived)


@dataclass(frozen=True, slots=True)
class Tally:
    """The computed vote of an item, and how it compares with what was recorded."""

    available: int
    removed_by_interest: int
    counts: Counts
    outcome: Outcome
    basis: str
    casting_vote: bool = False
    recorded: Counts | None = None
    recorded_interested: int | None = None
    agrees: bool | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "available": self.available,
            "removed_by_interest": self.removed_by_interest,
            "computed": self.counts.as_dict(),
            "expressed": self.counts.expressed,
            "outcome": self.outcome.value,
            "basis": self.basis,
            "casting_vote": self.casting_vote,
            "recorded": self.recorded.as_dict() if self.recorded else None,
            "recorded_interested": self.recorded_interested,
            "agrees": self.agrees,
        }


def adoption(counts: Counts, ballot: Ballot, president_choice: Choice | None) -> tuple[Outcome, bool]:
    """Outcome of a vote and whether the presiding member's casting vote decided it.

    V-01: adopted by absolute majority of votes cast (for > against; abstentions and
    refusals are not votes cast). V-02: on a tie the presiding member's vote prevails,
    except by secret ballot, where a tie is a rejection.
    """
    if counts.for_ > counts.against:
        return Outcome.ADOPTED, False
    if counts.for_ < counts.against:
        return Outcome.REJECTED, False
    if counts.expressed == 0 or ballot is Ballot.SECRET:
        return Outcome.REJECTED, False
    if president_choice is Choice.FOR:
        return Outcome.ADOPTED, True
    if president_choice is Choice.AGAINST:
        return Outcome.REJECTED, True
    return Outcome.UNDETERMINED, False


def compute_tally(
    vote: Vote,
    voters: set[str],
    proxy_votes: dict[str, str],
    president: str | None,
    interested_votes: int,
    note: Note,
    name: Callable[[str | None], str],
) -> Tally:
    """The tally of one item from who can vote and what was recorded.

    ``voters`` are the members present who vote; ``proxy_votes`` maps each absent giver
    whose proxy is used to its holder. Discrepancies are reported through ``note``.
    """
    available = len(voters) + len(proxy_votes)
    president_choice = vote.president_choice
    unexplained = 0
    if vote.roll_call:
        counts, president_choice = _roll_call(vote, voters, proxy_votes, president, note, name)
        basis = "appel nominal"
    elif vote.recorded is not None:
        r = vote.recorded
        rest = available - (r.for_ + r.against + r.abstention)
        counts = Counts(r.for_, r.against, r.abstention, r.not_voting if r.not_voting is not None
                        else max(rest, 0))
        basis = "décompte enregistré"
        if r.not_voting is None and rest > 0:
            # REC-SUM: votes available that the record neither counts nor says « ne prennent
            # pas part » — 50/1/0 with 107 votes available is not « conforme ».
            unexplained = rest
    elif vote.unanimous:
        counts = Counts(available, 0, 0, 0)
        basis = "unanimité"
    else:
        counts = Counts(0, 0, 0, available)
        basis = "aucun vote enregistré"
        note(Severity.WARNING, "V-01", "aucun résultat de vote enregistré", source=vote.source)

    agrees = True
    if unexplained:
        agrees = False
        note(Severity.WARNING, "REC-SUM", f"le décompte enregistré ({r.for_ + r.against + r.abstention} "
             f"voix) laisse {unexplained} des {available} votes disponibles sans suffrage ni « ne "
             f"prennent pas part » enregistré : {unexplained} comptés « ne prennent pas part » par "
             "déduction (Q-06), à vérifier", source=vote.source)
    elif counts.total != available:
        agrees = False
        note(Severity.WARNING, "REC-SUM", f"le décompte ({counts.total} voix) ne correspond pas "
             f"aux votes disponibles ({available} : présents et pouvoirs, hors intéressés)",
             source=vote.source)
    if vote.unanimous and counts.for_ and counts.against:
        # V-09: unanimity is every vote cast in the same sense.
        agrees = False
        note(Severity.WARNING, "V-09", f"« unanimité » enregistrée avec {counts.for_} pour et "
             f"{counts.against} contre", source=vote.source)
    if vote.recorded_interested is not None and vote.recorded_interested != interested_votes:
        agrees = False
        note(Severity.WARNING, "C-03", f"{vote.recorded_interested} voix d'intéressés "
             f"enregistrées pour {interested_votes} calculées", source=vote.source)

    outcome, casting = adoption(counts, vote.ballot, president_choice)
    if outcome is Outcome.UNDETERMINED:
        note(Severity.WARNING, "V-02", f"partage égal des voix ({counts.for_} pour, "
             f"{counts.against} contre) et vote du président de séance inconnu",
             person=president, source=vote.source)
    if vote.recorded_outcome is not None and outcome is not Outcome.UNDETERMINED \
            and vote.recorded_outcome is not outcome:
        agrees = False
        note(Severity.ERROR, "V-01", f"résultat enregistré « {vote.recorded_outcome.label} » "
             f"contraire au calcul « {outcome.label} »", source=vote.source)
    return Tally(available, interested_votes, counts, outcome, basis, casting,
                 vote.recorded, vote.recorded_interested, agrees)


def _roll_call(
    vote: Vote, voters: set[str], proxy_votes: dict[str, str], president: str | None,
    note: Note, name: Callable[[str | None], str],
) -> tuple[Counts, Choice | None]:
    """Count a roll call, refusing votes that could not be cast."""
    tally: Counter[Choice] = Counter()
    cast: set[str] = set()
    president_choice = vote.president_choice
    for e in vote.roll_call:
        for_whom = e.on_behalf_of or e.voter
        if for_whom in cast:
            note(Severity.ERROR, "V-03", f"{name(for_whom)} a voté deux fois", person=for_whom,
                 source=vote.source)
            continue
        if e.on_behalf_of is None and e.voter not in voters:
            note(Severity.ERROR, "C-01", f"{name(e.voter)} vote sans pouvoir prendre part au "
                 "vote (absent ou intéressé)", person=e.voter, source=vote.source)
            continue
        if e.on_behalf_of is not None and proxy_votes.get(e.on_behalf_of) != e.voter:
            note(Severity.ERROR, "P-01", f"{name(e.voter)} vote pour {name(e.on_behalf_of)} "
                 "sans pouvoir en vigueur", person=e.voter, source=vote.source)
            continue
        cast.add(for_whom)
        tally[e.choice] += 1
        if e.voter == president and e.on_behalf_of is None:
            president_choice = e.choice
    available = len(voters) + len(proxy_votes)
    counts = Counts(tally[Choice.FOR], tally[Choice.AGAINST], tally[Choice.ABSTENTION],
                    available - tally[Choice.FOR] - tally[Choice.AGAINST]
                    - tally[Choice.ABSTENTION])
    return counts, president_choice
