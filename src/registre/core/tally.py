"""Quorum and tally of one item: the arithmetic of L2121-17 and L2121-20."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
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


@dataclass(frozen=True, slots=True)
class Presiding:
    """The presiding member of an item and whether their casting vote can exist (V-02).

    ``votes`` is True when they are present, not interested and not withdrawn; False when
    they are absent, interested or withdrawn (then a tie is a rejection); None when the
    presiding member is not known.
    """

    person: str | None = None
    votes: bool | None = None


def adoption(counts: Counts, ballot: Ballot, president_choice: Choice | None,
             casting: bool | None = None, *, budget_account: bool = False) -> tuple[Outcome, bool]:
    """Outcome of a vote and whether the presiding member's casting vote decided it.

    V-01 (L2121-20 al. 2): adopted by absolute majority of votes cast (for > against;
    abstentions and refusals are not votes cast). V-02 (L2121-20 al. 3): on a tie the
    presiding member's vote prevails, except by secret ballot — and only when they are
    present, not interested, and voted for or against (``casting`` True); a tie where they
    abstained, were absent or interested is a rejection. V-08 (L1612-12): the compte
    administratif is adopted unless a majority of votes is against it — a tie adopts it,
    even by secret ballot.
    """
    if budget_account:
        return (Outcome.REJECTED if counts.against > counts.for_ else Outcome.ADOPTED), False
    if counts.for_ > counts.against:
        return Outcome.ADOPTED, False
    if counts.for_ < counts.against:
        return Outcome.REJECTED, False
    if counts.expressed == 0 or ballot is Ballot.SECRET or casting is False:
        return Outcome.REJECTED, False
    if president_choice is Choice.FOR:
        return Outcome.ADOPTED, True
    if president_choice is Choice.AGAINST:
        return Outcome.REJECTED, True
    if president_choice is not None:  # abstained or took no part: no casting vote
        return Outcome.REJECTED, False
    return Outcome.UNDETERMINED, False


def compute_tally(
    vote: Vote,
    voters: set[str],
    proxy_votes: dict[str, str],
    president: str | Presiding | None,
    interested_votes: int,
    note: Note,
    name: Callable[[str | None], str],
    *,
    budget_account: bool = False,
    excluded: Mapping[str, str] | None = None,
) -> Tally:
    """The tally of one item from who can vote and what was recorded.

    ``voters`` are the members present who vote; ``proxy_votes`` maps each absent giver
    whose proxy is used to its holder; ``excluded`` maps members present who may not vote
    (interested, withdrawn) to the rule that excludes them. Discrepancies are reported
    through ``note``.
    """
    presiding = president if isinstance(president, Presiding) else \
        Presiding(president, (president in voters) if president is not None else None)
    available = len(voters) + len(proxy_votes)
    president_choice = vote.president_choice
    unexplained = 0
    if vote.roll_call:
        counts, president_choice = _roll_call(vote, voters, proxy_votes, presiding.person, note, name,
                                              excluded or {})
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
    cast = counts.for_ + counts.against + counts.abstention
    unknowable = False  # more votes recorded than voters, enough to change the result
    if cast > available:
        agrees = False
        unknowable = _over(counts, available, interested_votes, vote, note, budget_account)
    elif counts.total > available + interested_votes:
        # More members recorded (not voting included) than present or represented.
        agrees = False
        note(Severity.ERROR, "VOTE-OVER", f"{counts.total} membres comptés (pour, contre, abstention, "
             f"ne prennent pas part) pour {available} votants présents ou représentés (L2121-20)",
             source=vote.source)
    elif unexplained:
        agrees = False
        note(Severity.WARNING, "REC-SUM", f"le décompte enregistré ({cast} voix) laisse {unexplained} des "
             f"{available} votes disponibles sans suffrage ni « ne prennent pas part » enregistré : "
             f"{unexplained} comptés « ne prennent pas part » par déduction (Q-06), à vérifier",
             source=vote.source)
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

    tie = counts.for_ == counts.against and counts.expressed > 0
    casting_claimed = president_choice in (Choice.FOR, Choice.AGAINST)
    if tie and not budget_account and presiding.votes is False and casting_claimed \
            and president_choice is not None:
        note(Severity.WARNING, "V-02", f"vote « {president_choice.label.lower()} » du président de "
             f"séance {name(presiding.person)} noté, mais absent(e), intéressé(e) ou retiré(e) au "
             "vote : pas de voix prépondérante, l'égalité vaut rejet (L2121-20)",
             person=presiding.person, source=vote.source)
    outcome, casting = adoption(counts, vote.ballot, president_choice, presiding.votes,
                                budget_account=budget_account)
    if unknowable:
        outcome, casting = Outcome.UNDETERMINED, False
    elif outcome is Outcome.UNDETERMINED:
        note(Severity.WARNING, "V-02", f"partage égal des voix ({counts.for_} pour, "
             f"{counts.against} contre) et vote du président de séance inconnu : adopté s'il a "
             "voté pour, rejeté sinon (L2121-20)", person=presiding.person, source=vote.source)
    if vote.recorded_outcome is not None and outcome is not Outcome.UNDETERMINED \
            and vote.recorded_outcome is not outcome:
        agrees = False
        rule, why = "V-01", ""
        if budget_account:
            rule, why = "V-08", " : le compte administratif est arrêté sauf majorité contre (L1612-12)"
        elif tie:
            rule, why = "V-02", (" : au scrutin secret, l'égalité vaut rejet (L2121-20)"
                                 if vote.ballot is Ballot.SECRET else
                                 " : partage égal sans voix prépondérante d'un président de séance "
                                 "présent, non intéressé, ayant voté pour ou contre — rejet (L2121-20)"
                                 if not casting else " (voix prépondérante du président, L2121-20)")
        note(Severity.ERROR, rule, f"résultat enregistré « {vote.recorded_outcome.label} » "
             f"contraire au calcul « {outcome.label} » ({counts.for_} pour, {counts.against} "
             f"contre){why}", source=vote.source)
    return Tally(available, interested_votes, counts, outcome, basis, casting,
                 vote.recorded, vote.recorded_interested, agrees)


def _over(counts: Counts, available: int, interested_votes: int, vote: Vote, note: Note,
          budget_account: bool) -> bool:
    """More votes recorded than members could cast: an error; True if it can flip the result."""
    cast = counts.for_ + counts.against + counts.abstention
    excess = cast - available
    # Could the excess decide? Take it out of « pour », then out of « contre ».
    lo = Counts(max(counts.for_ - excess, 0), counts.against, counts.abstention)
    hi = Counts(counts.for_, max(counts.against - excess, 0), counts.abstention)
    a = adoption(lo, vote.ballot, vote.president_choice, budget_account=budget_account)[0]
    b = adoption(hi, vote.ballot, vote.president_choice, budget_account=budget_account)[0]
    flip = " ; l'écart suffit à changer le résultat" if a is not b else ""
    if interested_votes and excess <= interested_votes:
        # C-01 (L2131-11): a deliberation in which interested members took part is illegal.
        note(Severity.ERROR, "C-01", f"{cast} voix enregistrées pour {available} votants : les "
             f"{interested_votes} voix des intéressés semblent comptées, or ils ne prennent pas "
             f"part au vote (L2131-11){flip}", source=vote.source)
    else:
        note(Severity.ERROR, "VOTE-OVER", f"{cast} voix enregistrées (pour, contre, abstention) "
             f"pour {available} votants présents ou représentés : chaque membre n'a qu'une voix "
             f"et une procuration (L2121-20){flip}", source=vote.source)
    return a is not b


def _roll_call(
    vote: Vote, voters: set[str], proxy_votes: dict[str, str], president: str | None,
    note: Note, name: Callable[[str | None], str], excluded: Mapping[str, str],
) -> tuple[Counts, Choice | None]:
    """Count a roll call, refusing votes that could not be cast."""
    tally: Counter[Choice] = Counter()
    cast: set[str] = set()
    president_choice = vote.president_choice
    for e in vote.roll_call:
        for_whom = e.on_behalf_of or e.voter
        if for_whom in cast:
            note(Severity.ERROR, "VOTE-TWICE", f"{name(for_whom)} a voté deux fois : une seule "
                 "voix comptée (L2121-20)", person=for_whom, source=vote.source)
            continue
        if e.on_behalf_of is None and e.voter not in voters:
            if e.voter in excluded:
                note(Severity.ERROR, excluded[e.voter], f"{name(e.voter)} vote alors qu'il ne peut "
                     "prendre part au vote (intéressé ou retiré) : voix non comptée",
                     person=e.voter, source=vote.source)
            else:
                note(Severity.ERROR, "VOTE-ABSENT", f"{name(e.voter)} vote sans être présent(e) à "
                     "cette question : voix non comptée", person=e.voter, source=vote.source)
            continue
        if e.on_behalf_of is not None and proxy_votes.get(e.on_behalf_of) != e.voter:
            note(Severity.ERROR, "P-01", f"{name(e.voter)} vote pour {name(e.on_behalf_of)} "
                 "sans pouvoir en vigueur", person=e.voter, source=vote.source)
            continue
        cast.add(for_whom)
        tally[e.choice] += 1
        if e.voter == president and e.on_behalf_of is None:
            president_choice = e.choice
    if president in voters and president not in cast and president_choice is None:
        president_choice = Choice.NOT_VOTING  # on the roll, not voting: no casting vote
    available = len(voters) + len(proxy_votes)
    counts = Counts(tally[Choice.FOR], tally[Choice.AGAINST], tally[Choice.ABSTENTION],
                    available - tally[Choice.FOR] - tally[Choice.AGAINST]
                    - tally[Choice.ABSTENTION])
    return counts, president_choice
