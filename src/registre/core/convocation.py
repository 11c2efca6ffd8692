"""Convocation of a session: the legal delay (K-02) and the second convocation (Q-07).

Clear days (« jours francs »): neither the day the convocation is sent nor the day of
the sitting count.
"""

from __future__ import annotations

from dataclasses import dataclass

from registre.core.deadlines import clear_days_between
from registre.core.errors import Finding
from registre.core.model import Session
from registre.core.vocabulary import AuthorityKind, Severity

ERROR, WARNING, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO

# E-02, K-02: the population from which a commune follows L2121-12 rather than L2121-11.
LARGE_COMMUNE = 3500
# Q-07 (L2121-17 al. 2): « à trois jours au moins d'intervalle », whatever the size
# (CE 16 juin 1997 Pfister: clear days).
SECOND_CONVOCATION_DAYS = 3


@dataclass(frozen=True, slots=True)
class Delay:
    """Clear days a convocation is due, and why; ``days`` None when it cannot be known."""

    days: int | None
    article: str
    why: str


def convocation_delay(session: Session) -> Delay | None:
    """K-02: the clear days due for this session's convocation; None where the rule is not ours.

    - L2121-11: 3 clear days in communes under 3 500 inhabitants;
    - L2121-12: 5 clear days in communes of 3 500 inhabitants and more;
    - L5211-1 (E-02): an EPCI follows the rules of communes of 3 500 and more, 5 days;
    - L2121-17 al. 2 (Q-07): a second convocation, 3 days whatever the size.
    Départements and régions have their own code (L3121-x, L4132-x): not checked here.
    """
    authority = session.assembly.authority
    if session.second_convocation:
        return Delay(SECOND_CONVOCATION_DAYS, "L2121-17", "seconde convocation, quelle que soit la taille")
    if authority.is_epci:
        return Delay(5, "L2121-12 par L5211-1", "EPCI : règles des communes de 3 500 habitants et plus")
    if authority.kind is AuthorityKind.COMMUNE:
        pop = authority.population
        if pop is None:
            return Delay(None, "L2121-11, L2121-12", "population de la commune inconnue")
        if pop >= LARGE_COMMUNE:
            return Delay(5, "L2121-12", f"commune de {pop} habitants (3 500 et plus)")
        return Delay(3, "L2121-11", f"commune de {pop} habitants (moins de 3 500)")
    return None


def check_convocation(session: Session, findings: list[Finding]) -> None:
    """K-01, K-02: the convocation was sent enough clear days before the sitting."""
    sent = session.convocation_date
    if sent is None:
        return
    if sent > session.date:
        findings.append(Finding(ERROR, "K-01", f"date de convocation ({sent:%d/%m/%Y}) "
                                "postérieure à la séance"))
        return
    days = clear_days_between(sent, session.date)
    if days < 0:
        # Same day: no clear day at all, even in an emergency (L2121-11, L2121-12).
        findings.append(Finding(ERROR, "K-02", "convocation envoyée le jour même de la séance : "
                                "aucun jour franc, même en cas d'urgence il en faut un "
                                "(L2121-11, L2121-12)"))
        return
    delay = convocation_delay(session)
    if delay is None:
        return
    if delay.days is None:
        # A missing population is said, not assumed: 3 days are enough under 3 500
        # inhabitants (L2121-11), 5 are due from 3 500 (L2121-12).
        if days < 3 and not session.urgency:
            findings.append(Finding(ERROR, "K-02", f"convocation {days} jour(s) franc(s) avant la "
                                    "séance : moins que les 3 jours francs dus dans toute commune "
                                    "(L2121-11), sans urgence déclarée"))
        elif days < 5 and not session.urgency:
            findings.append(Finding(WARNING, "K-02", f"convocation {days} jour(s) franc(s) avant la "
                                    "séance ; population de la commune inconnue : 3 jours francs "
                                    "suffisent sous 3 500 habitants (L2121-11), 5 sont dus à "
                                    "partir de 3 500 (L2121-12) — donnez authority.population"))
        elif session.urgency:
            _urgency(session, days, findings)
        return
    if days >= delay.days:
        return
    if session.second_convocation:
        return  # Q-07 reports it, with its consequence on the quorum
    if session.urgency:
        _urgency(session, days, findings)
        return
    findings.append(Finding(ERROR, "K-02", f"convocation {days} jour(s) franc(s) avant la séance, "
                            f"{delay.days} dus ({delay.why}, {delay.article}) et aucune urgence "
                            "déclarée"))


def _urgency(session: Session, days: int, findings: list[Finding]) -> None:
    # L2121-11 al. 2, L2121-12 al. 3: shortened for urgency, never under one clear day; the
    # president explains it at the opening and the assembly decides on the urgency.
    if days < 1:
        findings.append(Finding(ERROR, "K-02", f"convocation d'urgence {days} jour franc avant la "
                                "séance : jamais moins d'un jour franc (L2121-11, L2121-12)"))
    else:
        findings.append(Finding(INFO, "K-02", f"convocation d'urgence ({days} jour(s) franc(s)) : "
                                "le président en rend compte à l'ouverture et l'assemblée se "
                                "prononce sur l'urgence (L2121-12)"))


@dataclass(frozen=True, slots=True)
class Waiver:
    """Q-07: the items a second convocation's quorum waiver covers, or why it covers none."""

    items: frozenset[str] | None = frozenset()  # None: every item
    refused: str | None = None

    def covers(self, number: str) -> bool:
        return self.items is None or number in self.items


def second_convocation_waiver(session: Session, findings: list[Finding]) -> Waiver:
    """Q-07: which items the quorum waiver of a second convocation covers.

    L2121-17 al. 2: after a first, regular convocation whose sitting lacked the quorum, the
    assembly convened again « à trois jours au moins d'intervalle » deliberates without
    quorum — 3 clear days whatever the size (CE 16 juin 1997 Pfister), only on the items
    of the failed sitting's agenda, and only if that sitting is known. A waiver refused is
    a warning here; it becomes an error (Q-07, with Q-01) at each item that lacks the quorum.
    """
    if not session.second_convocation:
        return Waiver()
    refused = _refusal(session)
    if refused is not None:
        findings.append(Finding(WARNING, "Q-07", f"{refused} : dispense de quorum non appliquée "
                                "(L2121-17 al. 2)"))
        return Waiver(refused=refused)
    if session.first_sitting_items is None:
        return Waiver(None)
    return Waiver(frozenset(session.first_sitting_items))


def _refusal(session: Session) -> str | None:
    first, sent = session.first_sitting, session.convocation_date
    if first is None:
        return "seconde convocation sans la date de la séance initiale où le quorum n'a pas été atteint"
    if first >= session.date:
        return f"la séance initiale ({first:%d/%m/%Y}) n'est pas antérieure à la seconde convocation"
    if sent is None:
        return "seconde convocation sans date d'envoi : les 3 jours francs ne peuvent être vérifiés"
    if sent < first:
        return (f"seconde convocation envoyée le {sent:%d/%m/%Y}, avant la séance initiale dont le "
                "quorum n'était pas encore constaté")
    days = clear_days_between(sent, session.date)
    if days < SECOND_CONVOCATION_DAYS:
        return (f"seconde convocation {max(days, 0)} jour(s) franc(s) avant la séance, "
                f"{SECOND_CONVOCATION_DAYS} dus quelle que soit la taille : c'est une convocation "
                "nouvelle, soumise au quorum (CE 16 juin 1997 Pfister)")
    return None
