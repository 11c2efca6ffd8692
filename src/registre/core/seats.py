"""Who holds each seat at an item: substitutes (P-08 to P-10) and proxies (P-01 to P-03).

Pure functions over one item's presence and the proxies in force there; every choice the
law makes (a later proxy revokes an earlier one, a holder keeps the first received, a
substitute never gives a proxy) is made here, the same whatever the order of the file.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from registre.core.errors import Finding
from registre.core.model import Mandate, Proxy, Session
from registre.core.rules import RuleSet
from registre.core.vocabulary import AssemblyKind, AuthorityKind, Severity

ERROR, WARNING, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO
Note = Callable[..., None]


@dataclass(frozen=True, slots=True)
class PlacedProxy:
    """A proxy in force at an item and the first position (order of passage) it covers."""

    proxy: Proxy
    start: int


def forbidden_substitutes(session: Session) -> dict[str, Finding]:
    """Substitutes who cannot sit at all in this assembly, each with the finding saying why.

    L5211-6 (P-08): only an EPCI's council has substitutes, and only for a commune that has
    a single seat; P-09/P-10: none in a conseil municipal, none in a bureau (the substitute
    has no permanent function), none for a commune with several seats (L5211-6-1).
    """
    if not session.substitutes:  # (the members whose role is substitute, by id: none)
        return {}
    subs = [m for m in session.members if m.is_substitute]
    authority, assembly = session.assembly.authority, session.assembly
    titular_seats = Counter(m.commune for m in session.members if not m.is_substitute and m.commune)
    out: dict[str, Finding] = {}
    for m in subs:
        pid, who = m.person.id, session.name_of(m.person.id)
        if authority.kind is AuthorityKind.COMMUNE:
            why = ("P-09", f"{who} est inscrit(e) comme suppléant(e) : il n'y a pas de suppléant au "
                   "conseil municipal (L5211-6 ne vaut que pour les EPCI)")
        elif not authority.is_epci:
            why = ("P-09", f"{who} est inscrit(e) comme suppléant(e) : pas de suppléant dans une "
                   f"assemblée de {authority.kind.label.lower()} (L5211-6 ne vaut que pour les EPCI)")
        elif assembly.kind is not AssemblyKind.COUNCIL:
            why = ("P-10", f"{who} est inscrit(e) comme suppléant(e) : un suppléant ne siège qu'à "
                   "l'organe délibérant, jamais au bureau ni dans une commission (L5211-6)")
        else:
            commune = _commune(session, m)
            seats = titular_seats.get(commune, 0) if commune else 0
            if seats > 1:
                why = ("P-09", f"{who} est inscrit(e) comme suppléant(e) de la commune de {commune}, "
                       f"qui a {seats} sièges : seule une commune n'ayant qu'un conseiller "
                       "communautaire a un suppléant (L5211-6, L5211-6-1)")
            else:
                continue
        out[pid] = Finding(ERROR, why[0], why[1] + " — ni présent(e) ni votant(e)", person=pid)
    return out


def _commune(session: Session, m: Mandate) -> str | None:
    if m.commune:
        return m.commune
    titular = session.member(m.substitute_for) if m.substitute_for else None
    return titular.commune if titular else None


def seat_conflicts(session: Session, present: set[str], proxies: Sequence[PlacedProxy],
                   note: Note) -> set[str]:
    """P-09: substitutes present at an item whose titular is present or represented there.

    For one seat and one item, one state among titular present, substitute present, proxy
    given, absent. The titular's own choice prevails: the substitute does not sit (and is
    returned to be taken out of the presence).
    """
    if not session.substitutes:
        return set()
    represented = {pp.proxy.giver: pp.proxy.holder for pp in proxies if pp.proxy.holder in present}
    out: set[str] = set()
    for p, t in session.substitutes.items():
        if t is None or p not in present:
            continue
        if t in present:
            note(ERROR, "P-09", f"{session.name_of(p)} siège comme suppléant(e) alors que "
                 f"{session.name_of(t)}, titulaire, est présent(e) : un seul des deux siège, "
                 "le suppléant n'est compté ni présent ni votant (L5211-6)", p)
            out.add(p)
        elif t in represented:
            note(ERROR, "P-09", f"{session.name_of(p)} siège comme suppléant(e) alors que "
                 f"{session.name_of(t)}, titulaire, a donné pouvoir à "
                 f"{session.name_of(represented[t])} : le suppléant n'est compté ni présent ni "
                 "votant (L5211-6)", p)
            out.add(p)
    return out


def effective_proxies(session: Session, rules: RuleSet, present: set[str],
                      proxies: Sequence[PlacedProxy], note: Note) -> dict[str, Proxy]:
    """The proxies used at an item, giver → proxy, the same whatever the file's order.

    - P-03 (L2121-20): a proxy is revocable; the later of a giver's proxies (the one that
      starts later in the session) revokes the earlier; a giver present uses none.
    - P-01: a proxy whose holder is absent cannot be used.
    - P-02 (L2121-20): « Un même conseiller municipal ne peut être porteur que d'un seul
      pouvoir »: the holder keeps the first received (two under Q-10).
    Ties the session cannot break (two proxies starting at the same point) are errors,
    settled by the order of the list of members, never by the order of the file.
    """
    name = session.name_of
    rank: dict[str, int] | None = None  # members' order: made when two or more are sorted

    by_giver: dict[str, list[PlacedProxy]] = {}
    for pp in proxies:
        by_giver.setdefault(pp.proxy.giver, []).append(pp)
    chosen: list[PlacedProxy] = []
    for giver, pps in by_giver.items():
        if giver in present:
            for pp in pps:
                # P-03: a proxy is revocable; it ends (or is suspended) when its giver is present.
                note(WARNING, "P-03", f"pouvoir de {name(giver)} à {name(pp.proxy.holder)} sans "
                     f"effet : {name(giver)} est présent(e)", giver, pp.proxy.source)
            continue
        if len(pps) > 1:
            if rank is None:
                rank = {p: i for i, p in enumerate(session.member_order)}
            r = rank
            pps = sorted(pps, key=lambda pp: (-pp.start, r.get(pp.proxy.holder, 0), pp.proxy.holder))
        kept = pps[0]
        for pp in pps[1:]:
            if pp.start == kept.start and pp.proxy.holder != kept.proxy.holder:
                note(ERROR, "P-01", f"{name(giver)} a donné deux pouvoirs en vigueur en même temps "
                     f"(à {name(kept.proxy.holder)} et à {name(pp.proxy.holder)}) : un seul est "
                     f"compté, celui à {name(kept.proxy.holder)} (ordre de la liste des membres)",
                     giver, pp.proxy.source)
            elif pp.proxy.holder != kept.proxy.holder:
                note(INFO, "P-03", f"pouvoir de {name(giver)} à {name(pp.proxy.holder)} révoqué par "
                     f"le pouvoir donné ensuite à {name(kept.proxy.holder)}", giver, pp.proxy.source)
        if kept.proxy.holder not in present:
            note(WARNING, "P-01", f"pouvoir de {name(giver)} inutilisable : son mandataire "
                 f"{name(kept.proxy.holder)} est absent(e)", kept.proxy.holder, kept.proxy.source)
            continue
        chosen.append(kept)
    by_holder: dict[str, list[PlacedProxy]] = {}
    for pp in chosen:
        by_holder.setdefault(pp.proxy.holder, []).append(pp)
    effective: dict[str, Proxy] = {}
    limit = rules.max_proxies_per_holder
    for holder, pps in by_holder.items():
        if len(pps) > 1:
            if rank is None:
                rank = {p: i for i, p in enumerate(session.member_order)}
            r = rank
            pps.sort(key=lambda pp: (pp.start, r.get(pp.proxy.giver, 0), pp.proxy.giver))
        for pp in pps[:limit]:
            effective[pp.proxy.giver] = pp.proxy
        last = pps[limit - 1] if len(pps) >= limit else None
        for pp in pps[limit:]:
            tie = last is not None and pp.start == last.start
            why = (" ; reçus en même temps, l'ordre de la liste des membres départage" if tie
                   else " ; un porteur garde le premier pouvoir reçu")
            note(ERROR, "P-02", f"{name(holder)} porte plus de {limit} pouvoir(s) : celui de "
                 f"{name(pp.proxy.giver)} n'est pas compté (L2121-20){why}", holder, pp.proxy.source)
    return effective
