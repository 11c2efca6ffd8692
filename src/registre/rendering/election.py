"""Elections and designations as French registers print them, round by round (V-05).

The figures come from the core's :class:`~registre.core.elections.ElectionResult`: ballots
in the urn, blank (L65 Code électoral) and spoilt (L66) ballots, votes cast, the absolute
majority at the first two rounds, each candidate's votes, then who is proclaimed elected.
"""

from __future__ import annotations

from registre.core.elections import Candidate, ElectionResult, Method, Office
from registre.core.vocabulary import Civility
from registre.rendering.blocks import Block, Table, bold, para

ORDINALS = {1: "Premier tour de scrutin", 2: "Deuxième tour de scrutin", 3: "Troisième tour de scrutin"}

_TITLES = {
    Office.MAYOR: "Élection du maire",
    Office.DEPUTIES: "Élection des adjoints",
    Office.PRESIDENT: "Élection du président",
    Office.VICE_PRESIDENTS: "Élection des vice-présidents",
    Office.BUREAU: "Élection des membres du bureau",
    Office.REPRESENTATIVES: "Désignation des représentants",
}


def election_blocks(result: ElectionResult) -> list[Block]:
    """The result per round, then the proclamation."""
    e = result.election
    title = _TITLES[e.office] + (f" {e.body}" if e.body else "")
    how = "au scrutin secret" if e.secret else "à main levée, le conseil ayant décidé à l'unanimité " \
        "de ne pas procéder au scrutin secret (L2121-21)"
    method = "scrutin de liste" if e.method is Method.LIST else "scrutin uninominal"
    seats = "un siège à pourvoir" if e.seats == 1 else f"{e.seats} sièges à pourvoir"
    blocks: list[Block] = [para(f"{title} ({method}, {how}) : {seats}.")]
    if e.candidates:
        blocks.append(para("Candidatures : " + ", ".join(_candidate(c) for c in e.candidates) + "."))
    if result.without_vote:
        blocks.append(para("Une seule candidature ayant été déposée, la nomination prend effet "
                           "immédiatement ; il en est donné lecture par le président (L2121-21)."))
    for r in result.rounds:
        rnd = r.round
        blocks.append(para(bold(ORDINALS.get(rnd.number, f"Tour n°{rnd.number}")), role="heading"))
        blocks.append(para(f"Nombre de votants (bulletins trouvés dans l'urne) : {rnd.ballots}"))
        blocks.append(para(f"Nombre de bulletins nuls (art. L66 du code électoral) : {rnd.spoilt}"))
        blocks.append(para(f"Nombre de bulletins blancs (art. L65 du code électoral) : {rnd.blank}"))
        blocks.append(para(f"Nombre de suffrages exprimés : {rnd.cast}"))
        blocks.append(para(f"Majorité absolue : {r.majority}" if r.majority is not None
                           else "Majorité relative (troisième tour)"))
        label = "Listes" if e.method is Method.LIST else "Candidats"
        rows = tuple((name, str(votes)) for name, votes in sorted(rnd.votes, key=lambda nv: (-nv[1], nv[0])))
        blocks.append(Table((label, "Suffrages obtenus"), rows, (3, 1)))
        if r.elected is None and rnd.number < 3:
            blocks.append(para("Aucun candidat n'ayant obtenu la majorité absolue, il est procédé "
                               "à un nouveau tour de scrutin."))
    if result.elected is not None:
        age = " au bénéfice de l'âge (L2122-7)" if result.by_age else ""
        if e.method is Method.LIST:
            blocks.append(para(bold(f"Les candidats de la liste « {result.elected} » ont été proclamés "
                                    f"élus{age}.")))
        else:
            winner = next((c for c in e.candidates if c.name == result.elected), None)
            agreed = {Civility.MRS: "proclamée", Civility.MR: "proclamé"}.get(
                winner.civility if winner and winner.civility else Civility.MR, "proclamé(e)")
            if winner is None or winner.civility is None:
                agreed = "proclamé(e)"
            blocks.append(para(bold(f"{result.elected} a été {agreed} {e.office.label}{age}.")))
    elif result.rounds:
        blocks.append(para("Aucun élu n'est proclamé."))
    return blocks


def _candidate(c: Candidate) -> str:
    if c.members:
        return f"liste « {c.name} » ({', '.join(m.name for m in c.members)})"
    return c.name
