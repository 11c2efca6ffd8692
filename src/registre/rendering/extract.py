"""The extract of the register for one deliberation, laid out as the seeds are.

:func:`build_extract` returns a :class:`~registre.rendering.blocks.Document`; the
figures it prints (votes of interested members, the tally) come from the core's
``check_session`` report, never from what was typed. The session parts (header,
attendance, proxies) are shared with the minutes through :func:`session_blocks`.
"""

from __future__ import annotations

from collections.abc import Iterable

from registre.core.check import ItemResult, SessionReport
from registre.core.errors import RegistreError
from registre.core.model import AgendaItem, Session
from registre.core.vocabulary import Outcome
from registre.rendering.blocks import (
    Block,
    BulletList,
    Document,
    PageBreak,
    Paragraph,
    Run,
    Signature,
    Signatures,
    Table,
    bold,
    para,
    paragraphs,
    with_superscripts,
)
from registre.rendering.election import election_blocks
from registre.rendering.typography import (
    agree,
    amount,
    clock,
    long_date,
    name_with_civility,
    short_date,
    title_case,
)
from registre.rendering.wording import (
    Wording,
    first_function,
    grouped_runs,
    interested_sentence,
    of_assembly,
    president_of_authority,
    signature_title,
    span_label,
    substitute_mention,
    the_assembly,
)

FOOTNOTE = "*Le sens du vote des élus ne prenant pas part au vote est considéré comme une abstention."


class RenderError(RegistreError):
    """A document cannot be built from this session (an item that does not exist…)."""


def find_item(report: SessionReport, number: str | int | None) -> ItemResult:
    """The result of item ``number``; when None, the first item in the order of passage
    that has a deliberation number or a text (else the first). RenderError if unknown."""
    if not report.items:
        raise RenderError("la séance n'a aucune question : rien à extraire")
    if number is None:
        drafted = [r for r in report.items if r.item.deliberation or r.item.text]
        return (drafted or report.items)[0]
    try:
        return report.item(str(number))
    except KeyError:
        known = ", ".join(r.item.number for r in report.items)
        raise RenderError(f"question n°{number} absente de la séance (questions : {known})") from None


def build_extract(report: SessionReport, number: str | int | None = None,
                  wording: Wording | None = None) -> Document:
    """The extract of the register for item ``number`` of ``report.session``.

    Returns a Document; raises RenderError if the item does not exist.
    """
    wording = wording or Wording()
    result = find_item(report, number)
    return _extract(report.session, result, wording, _shared_blocks(report.session, wording))


def build_extracts(report: SessionReport, numbers: Iterable[str | int] | None = None,
                   wording: Wording | None = None) -> list[Document]:
    """The extracts of items ``numbers`` (default: every item, in order of passage).

    The same Documents as :func:`build_extract` one by one, but the session's header,
    attendance, proxies and signatures, the same in every extract, are built once.
    Raises RenderError if an item does not exist.
    """
    wording = wording or Wording()
    results = report.items if numbers is None else [find_item(report, n) for n in numbers]
    shared = _shared_blocks(report.session, wording)
    return [_extract(report.session, r, wording, shared) for r in results]


def _shared_blocks(session: Session, wording: Wording) -> tuple[list[Block], list[Block]]:
    """What every extract of a session prints alike: the header and the signatures."""
    return session_blocks(session, wording, extract=True), _signature_blocks(session, wording)


def _extract(session: Session, result: ItemResult, wording: Wording,
             shared: tuple[list[Block], list[Block]]) -> Document:
    item = result.item
    blocks: list[Block] = [*shared[0]]
    blocks += _item_blocks(session, result, wording)
    blocks += shared[1]
    annexes = item.text.annexes if item.text else ()
    if annexes:
        blocks.append(PageBreak())
    for i, annex in enumerate(annexes, start=1):
        title = annex.title if annex.title.lower().startswith(("annexe", "convention")) \
            else f"Annexe {i} : {annex.title}"
        blocks.append(para(bold(title), role="annex"))
        blocks += paragraphs(annex.body)
    subject = f"Délibération n°{item.deliberation}" if item.deliberation else f"Rapport n°{item.number}"
    return Document(
        title=f"Extrait du registre des délibérations {of_assembly(session)} — {item.title}",
        author=session.assembly.authority.name,
        date=session.date,
        blocks=tuple(blocks),
        subject=subject,
    )


def session_blocks(session: Session, wording: Wording, extract: bool) -> list[Block]:
    """Header, attendance, secretary and proxies, as the seeds print them."""
    blocks: list[Block] = []
    if extract:
        blocks.append(para(f"Extrait du Registre des délibérations {of_assembly(session)}", role="title"))
    else:
        blocks.append(para(f"Procès-verbal de la séance {of_assembly(session)}", role="title"))
    blocks.append(para(f"Séance du {long_date(session.date, wording.weekday)}", role="subtitle"))
    if extract and session.publication_date:
        blocks.append(para(f"Publié le : {short_date(session.publication_date)}"))
    blocks.append(para(f"Membres {of_assembly(session)} en exercice : "
                       f"{session.assembly.members_in_office}"))
    blocks.append(_convened(session, wording))
    order = session.order_of_passage or tuple(it.number for it in session.items)
    blocks.append(para(f"Ordre de passage des rapports : {', '.join(order)}"))
    if session.opened_at or session.closed_at:
        blocks.append(para(_opening(session)))
    blocks += attendance_blocks(session, wording)
    return blocks


def _convened(session: Session, wording: Wording) -> Paragraph:
    fem = "e" if the_assembly(session).startswith("La") else ""
    convened = (f"convoqué{fem} le {long_date(session.convocation_date, False)}"
                if session.convocation_date else f"régulièrement convoqué{fem}")
    where = f" s'est réuni{fem} {session.place}" if session.place else f" s'est réuni{fem}"
    text = f"{the_assembly(session)}, {convened},{where}"
    pres = session.member(session.president) if session.president else None
    if pres is not None:
        who = name_with_civility(pres.person, wording.president_long_civility)
        function = first_function(pres)
        if function:
            who += f", {function} de {session.assembly.authority.name}"
        return para(*(f"{text}, sous la présidence de ", *with_superscripts(who), "."))
    return para(f"{text}.")


def _opening(session: Session) -> str:
    if session.opened_at and session.closed_at:
        return f"La séance est ouverte à {clock(session.opened_at)} et levée à {clock(session.closed_at)}."
    if session.opened_at:
        return f"La séance est ouverte à {clock(session.opened_at)}."
    return f"La séance est levée à {clock(session.closed_at)}."


def attendance_blocks(session: Session, wording: Wording) -> list[Block]:
    """« Étaient présents », « Étaient absents », secretary, « Procurations de vote »."""
    spans: dict[str, list[str]] = {}
    for att in session.attendance:
        label = span_label(att.span, wording)
        spans.setdefault(att.person, [])
        if label:
            spans[att.person].append(label)
    present, absent = [], []
    for m in session.members:
        pid = m.person.id
        if pid in spans:
            text = m.person.display_name + substitute_mention(m)
            if spans[pid]:
                text += f" ({' ; '.join(spans[pid])})"
            present.append((m, text))
        else:
            absent.append((m, m.person.display_name + substitute_mention(m)))
    blocks: list[Block] = []
    if present:
        blocks.append(para("Étaient présents : ", *grouped_runs(present)))
    if absent:
        blocks.append(para("Étaient absents : ", *grouped_runs(absent)))
    secretary = session.member(session.secretary) if session.secretary else None
    if secretary is not None:
        blocks.append(para(f"Secrétaire de séance : {secretary.person.display_name}"))
    proxies = []
    for px in session.proxies:
        giver, holder = session.member(px.giver), session.member(px.holder)
        if giver is None or holder is None:
            continue  # reported by check_session; never printed half
        text = f"{giver.person.display_name} à {holder.person.display_name}"
        label = span_label(px.span, wording)
        proxies.append((giver, f"{text} ({label})" if label else text))
    if proxies:
        blocks.append(para("Procurations de vote : ", *grouped_runs(proxies)))
    return blocks


def _item_blocks(session: Session, result: ItemResult, wording: Wording) -> list[Block]:
    item, text = result.item, result.item.text
    blocks: list[Block] = []
    if item.deliberation:
        blocks.append(para(f"Délibération n°{item.deliberation}", role="heading"))
    if text and text.report_number:
        blocks.append(para(f"Rapport n°{text.report_number} - {item.title}", role="heading"))
    blocks.append(para(bold(item.title), role="object"))
    blocks += _rapporteur(session, item)
    if text and text.opinions:
        blocks.append(Table(("", "Date", "Avis"), tuple(
            (o.body, short_date(o.date) if o.date else "", o.verdict) for o in text.opinions),
            (3, 2, 2)))
    if text and text.budget:
        b = text.budget
        label = f"{b.budget} « {b.programme} »" if b.programme else b.budget
        amounts = []
        if b.planned_amount is not None:
            amounts.append(f"Montant prévu au {b.budget.split(' et ')[0]} : {amount(b.planned_amount)}")
        if b.operation_amount is not None:
            amounts.append(f"Montant de l'opération : {amount(b.operation_amount)}")
        blocks.append(Table(("Inscription budgétaire", ""), ((label, " ".join(amounts)),), (1, 1)))
    if text and text.summary:
        blocks.append(para("Résumé :", role="heading"))
        blocks += paragraphs(text.summary)
    if text and text.body:
        blocks += paragraphs(text.body)
    blocks += vote_blocks(session, result, text.decision_intro if text else "",
                          text.decisions if text else ())
    tribunal = wording.tribunal or session.assembly.authority.seat
    if tribunal:
        # A-09 (R421-1 CJA): two months from publication to appeal.
        blocks.append(para("La présente délibération peut faire l'objet d'un recours devant le "
                           f"Tribunal administratif de {tribunal} dans les deux mois suivant sa publicité."))
    return blocks


def _rapporteur(session: Session, item: AgendaItem) -> list[Block]:
    m = session.member(item.rapporteur) if item.rapporteur else None
    if m is None:
        return []
    function = item.text.rapporteur_function if item.text and item.text.rapporteur_function else ""
    function = agree(function, m.person.feminine) if function else first_function(m)
    who = m.person.display_name + (f", {function}" if function else "")
    return [para("Rapporteur : ", *with_superscripts(who))]


def vote_blocks(session: Session, result: ItemResult, intro: str = "",
                decisions: tuple[str, ...] = ()) -> list[Block]:
    """Interested members, decisions and the vote block with its footnote (C-03, V-01)."""
    blocks: list[Block] = []
    if result.interested:
        persons = [(session.members_by_id[i.person].person, i.votes) for i in result.interested]
        blocks.append(para(interested_sentence(persons)))
    if intro:
        blocks.append(para(intro))
    if decisions:
        blocks.append(BulletList(tuple((Run(d),) for d in decisions)))
    if result.election is not None:
        blocks += election_blocks(result.election)
    tally = result.tally
    if tally is None:
        return blocks
    c = tally.counts
    blocks.append(para(f"{_verdict(tally.outcome, c.for_, c.against, c.abstention)} :", role="heading"))
    blocks.append(para(f"Pour : {c.for_}"))
    blocks.append(para(f"Contre : {c.against}"))
    blocks.append(para(f"Abstention* : {c.abstention}"))
    if c.not_voting:
        blocks.append(para(f"Ne prennent pas part au vote : {c.not_voting}"))
    if tally.removed_by_interest or result.interested:
        blocks.append(para(f"Conseillers intéressés : {tally.removed_by_interest}"))
    blocks.append(para(FOOTNOTE, role="small"))
    return blocks


def _verdict(outcome: Outcome, for_: int, against: int, abstention: int) -> str:
    if outcome is Outcome.ADOPTED:
        if against == 0 and abstention == 0:
            return "Rapport adopté à l'unanimité"
        if against == 0:
            # V-09: unanimity of the votes cast, abstentions aside.
            return "Rapport adopté à l'unanimité des suffrages exprimés"
        return "Rapport adopté à la majorité"
    if outcome is Outcome.REJECTED:
        return "Rapport rejeté"
    return "Résultat du vote indéterminé"


def _signature_blocks(session: Session, wording: Wording) -> list[Block]:
    """The secretary of session signs; the authority's president certifies (A-06)."""
    sigs: list[Signature] = []
    sec = session.member(session.secretary) if session.secretary else None
    if sec is not None:
        # As the seeds print it: « La Secrétaire de séance, » / « Le secrétaire de séance, ».
        heading = "La Secrétaire de séance," if sec.person.feminine else "Le secrétaire de séance,"
        name = sec.person.display_name if wording.signature_civility else sec.person.full_name
        sigs.append(Signature((heading,), name, tuple(title_case(first_function(sec)).split("\n"))
                              if sec.functions else ()))
    pres = president_of_authority(session)
    if pres is not None:
        rest = tuple(f for f in pres.functions[1:])
        sigs.append(Signature(("Pour extrait conforme,", signature_title(pres.person, "Président") + ","),
                              pres.person.full_name, rest))
    return [Signatures(tuple(sigs))] if sigs else []
