"""The session's other documents: list of deliberations, minutes, convocation.

Each function takes the core's ``check_session`` report and returns a
:class:`~registre.rendering.blocks.Document`; figures (present, represented, quorum,
votes) are the core's, computed item by item in the order of passage.
"""

from __future__ import annotations

from registre.core.check import ItemResult, SessionReport
from registre.core.model import Session
from registre.core.vocabulary import Ballot, Choice, Outcome
from registre.rendering.blocks import (
    Block,
    BulletList,
    Document,
    Heading,
    Run,
    Signature,
    Signatures,
    Table,
    bold,
    para,
    with_superscripts,
)
from registre.rendering.extract import session_blocks, vote_blocks
from registre.rendering.typography import clock, long_date, short_date
from registre.rendering.wording import (
    Wording,
    first_function,
    of_assembly,
    president_of_authority,
    signature_title,
    the_assembly,
)


def _result_label(r: ItemResult) -> str:
    """« adoptée à l'unanimité », « adoptée », « rejetée » (A-04: approved or rejected)."""
    if r.tally is None:
        return "sans vote enregistré"
    c = r.tally.counts
    if r.tally.outcome is Outcome.ADOPTED:
        return "adoptée à l'unanimité" if c.against == 0 and c.abstention == 0 else "adoptée"
    if r.tally.outcome is Outcome.REJECTED:
        return "rejetée"
    return "résultat indéterminé"


def build_list(report: SessionReport, wording: Wording | None = None) -> Document:
    """The list of deliberations examined at the session (L2121-25, A-04): date, object of
    every deliberation, approved or rejected; posted and put online within a week."""
    wording = wording or Wording()
    s = report.session
    rows = tuple(
        (str(i), r.item.number, r.item.deliberation or "", r.item.title, _result_label(r))
        for i, r in enumerate(report.items, start=1)
    )
    blocks: list[Block] = [
        para(f"Liste des délibérations {of_assembly(s)}", role="title"),
        para(f"Séance du {long_date(s.date, wording.weekday)}", role="subtitle"),
        para(f"{s.assembly.authority.name} — article L2121-25 du code général des collectivités "
             "territoriales : liste des délibérations examinées, affichée et mise en ligne dans "
             "un délai d'une semaine."),
        Table(("Ordre", "Rapport", "Délibération", "Objet", "Décision"), rows, (1, 1, 2, 7, 2)),
    ]
    blocks += _president_signature(s, certify=False)
    return Document(f"Liste des délibérations {of_assembly(s)} du {long_date(s.date, False)}",
                    s.assembly.authority.name, s.date, tuple(blocks), subject="L2121-25")


def build_minutes(report: SessionReport, wording: Wording | None = None) -> Document:
    """The minutes (procès-verbal, L2121-15, A-05): date and time, president, members
    present or represented, secretary, then every item in the order of passage with its
    attendance, quorum and vote (names and votes for a public roll call)."""
    wording = wording or Wording()
    s = report.session
    blocks: list[Block] = [*session_blocks(s, wording, extract=False)]
    blocks.append(Heading("Ordre du jour", 1))
    blocks.append(BulletList(tuple(
        (Run(_report_title(r)),) for r in report.items)))
    for pos, r in enumerate(report.items, start=1):
        blocks += _minutes_item(s, r, pos)
    if s.closed_at:
        blocks.append(para(f"L'ordre du jour étant épuisé, la séance est levée à {clock(s.closed_at)}."))
    blocks += _minutes_signatures(s)
    return Document(f"Procès-verbal de la séance {of_assembly(s)} du {long_date(s.date, False)}",
                    s.assembly.authority.name, s.date, tuple(blocks), subject="L2121-15")


def _report_title(r: ItemResult) -> str:
    """``Rapport n°13 - Actions recherche…`` (the number alone when the title is unknown)."""
    title = f"Rapport n°{r.item.number}"
    return f"{title} - {r.item.title}" if r.item.title else title


def _minutes_item(s: Session, r: ItemResult, pos: int) -> list[Block]:
    it = r.item
    blocks: list[Block] = [Heading(f"{pos}. {_report_title(r)}", 2)]
    if it.deliberation:
        blocks.append(para(f"Délibération n°{it.deliberation}"))
    rapporteur = s.member(it.rapporteur) if it.rapporteur else None
    if rapporteur is not None:
        who = rapporteur.person.display_name
        function = first_function(rapporteur)
        blocks.append(para("Rapporteur : ", *with_superscripts(f"{who}, {function}" if function else who)))
    q = r.quorum
    quorum = ("quorum non requis (seconde convocation)" if q.waived else
              f"quorum {'atteint' if q.reached else 'NON ATTEINT'} : {q.counted} présents pour "
              f"{q.required} requis")
    blocks.append(para(f"Présents : {len(r.present)} — représentés : {len(r.represented)} — "
                       f"absents : {len(r.absent)} — {quorum}."))
    if r.represented:
        blocks.append(para(bold("Pouvoirs en vigueur :"), " " + ", ".join(
            f"{s.name_of(g)} à {s.name_of(h)}" for g, h in r.represented.items())))
    blocks += vote_blocks(s, r)
    if it.vote is not None and it.vote.roll_call and it.vote.ballot is Ballot.PUBLIC:
        blocks += _roll_call(s, r)
    return blocks


def _roll_call(s: Session, r: ItemResult) -> list[Block]:
    """A-05, V-03: for a public roll call the minutes name the voters and their votes."""
    assert r.item.vote is not None
    rows = []
    for e in r.item.vote.roll_call:
        voter = s.name_of(e.voter)
        if e.on_behalf_of:
            voter += f" (pour {s.name_of(e.on_behalf_of)})"
        rows.append((voter, Choice(e.choice).label))
    return [para(bold("Scrutin public, nom des votants et sens du vote :")),
            Table(("Votant", "Vote"), tuple(rows), (3, 1))]


def _minutes_signatures(s: Session) -> list[Block]:
    """A-05: the minutes are signed by the president and the secretary of session."""
    sigs: list[Signature] = []
    pres = s.member(s.president) if s.president else None
    if pres is not None:
        sigs.append(Signature((signature_title(pres.person, "Président de séance") + ",",),
                              pres.person.full_name, (first_function(pres),) if pres.functions else ()))
    sec = s.member(s.secretary) if s.secretary else None
    if sec is not None:
        heading = "La Secrétaire de séance," if sec.person.feminine else "Le secrétaire de séance,"
        sigs.append(Signature((heading,), sec.person.full_name,
                              (first_function(sec),) if sec.functions else ()))
    return [Signatures(tuple(sigs))] if sigs else []


def _president_signature(s: Session, certify: bool) -> list[Block]:
    pres = president_of_authority(s)
    if pres is None:
        return []
    heading = ("Pour extrait conforme,",) if certify else ()
    return [Signatures((Signature((*heading, signature_title(pres.person, "Président") + ","),
                                  pres.person.full_name, tuple(pres.functions[1:])),))]


def build_convocation(report: SessionReport, wording: Wording | None = None) -> Document:
    """The convocation (K-01, L2121-10) with its agenda and the date it was sent; K-02:
    the explanatory note of synthesis is attached, the delay is five clear days."""
    wording = wording or Wording()
    s = report.session
    fem = "e" if the_assembly(s).startswith("La") else ""
    when = f"le {long_date(s.date, True)}"
    if s.opened_at:
        when += f" à {clock(s.opened_at)}"
    where = f", {s.place}" if s.place else ""
    blocks: list[Block] = [
        para(f"Convocation {of_assembly(s)}", role="title"),
        para(s.assembly.authority.name, role="subtitle"),
    ]
    if s.convocation_date:
        blocks.append(para(f"Convocation adressée le {long_date(s.convocation_date, True)} "
                           f"({short_date(s.convocation_date)})."))
    blocks += [
        para(f"{the_assembly(s)} est convoqué{fem} {when}{where}."),
        Heading("Ordre du jour", 1),
    ]
    rows = []
    for r in report.items:
        rap = s.member(r.item.rapporteur) if r.item.rapporteur else None
        rows.append((r.item.number, r.item.title, rap.person.display_name if rap else ""))
    blocks.append(Table(("N°", "Objet", "Rapporteur"), tuple(rows), (1, 8, 3)))
    blocks.append(para("Une note explicative de synthèse sur chacune des affaires soumises à "
                       "délibération est jointe à la présente convocation (L2121-12)."))
    blocks += _president_signature(s, certify=False)
    return Document(f"Convocation {of_assembly(s)} du {long_date(s.date, False)}",
                    s.assembly.authority.name, s.convocation_date or s.date, tuple(blocks),
                    subject="L2121-10")
