"""The closing sheet of a session and the yearly tables of the register (R2121-9).

R2121-9 CGCT: the deliberations are entered in the register in the order of their date;
at the end of the session, a sheet lists the deliberations (their numbers and objects)
and the members present, with the places where the president and the secretary (or
secretaries) sign. The register has tables by date and by subject. Both are rendering
``Document`` s, so they come out in PDF/A, HTML or DOCX like every other document.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from registre.core.actes import matiere_label
from registre.core.check import SessionReport
from registre.rendering.blocks import Block, Document, Heading, Signature, Signatures, Table, para
from registre.rendering.typography import long_date
from registre.rendering.wording import of_assembly


def build_closing_sheet(report: SessionReport, numbers: Mapping[str, str],
                        closed_on: dt.date | None = None) -> Document:
    """The closing sheet: the deliberations with their register numbers, the members
    present at some point of the session, and the signatures' places (R2121-9).

    ``numbers`` maps an item number to the deliberation's number in the register.
    """
    s = report.session
    rows = tuple((numbers.get(r.item.number, r.item.deliberation or ""), r.item.number, r.item.title,
                  r.tally.outcome.label if r.tally is not None else "")
                 for r in report.items if r.item.number in numbers)
    present: list[str] = []
    for r in report.items:
        for p in r.present:
            if p not in present:
                present.append(p)
    def surname(p: str) -> tuple[str, str]:
        m = s.member(p)
        return (m.person.last_name, m.person.first_name) if m else (p, "")

    names = [s.name_of(p) for p in sorted(present, key=surname)]
    when = f" le {long_date(closed_on, False)}" if closed_on else ""
    blocks: list[Block] = [
        para(f"Feuille de clôture {of_assembly(s)}", role="title"),
        para(f"Séance du {long_date(s.date, True)}", role="subtitle"),
        para(f"{s.assembly.authority.name} — article R2121-9 du code général des collectivités "
             f"territoriales. La séance est close{when} ; "
             f"{len(rows)} délibération(s) y ont été prises, inscrites au registre dans l'ordre "
             "ci-dessous."),
        Heading("Délibérations", 1),
        Table(("N° au registre", "Question", "Objet", "Décision"), rows, (2, 1, 8, 2)),
        Heading(f"Membres présents ({len(names)})", 1),
        para(", ".join(names) + "."),
        Heading("Signatures", 1),
    ]
    sigs = []
    pres = s.member(s.president) if s.president else None
    sigs.append(Signature(("Le président de séance,",), pres.person.full_name if pres else ""))
    sec = s.member(s.secretary) if s.secretary else None
    sigs.append(Signature(("Le ou les secrétaires de séance,",), sec.person.full_name if sec else ""))
    blocks.append(Signatures(tuple(sigs)))
    return Document(f"Feuille de clôture {of_assembly(s)} du {long_date(s.date, False)}",
                    s.assembly.authority.name, s.date, tuple(blocks), subject="R2121-9")


@dataclass(frozen=True, slots=True)
class RegisterEntry:
    """One deliberation of the register, for the yearly tables."""

    number: str
    date: dt.date
    assembly: str
    title: str
    matiere: str | None


def build_register_tables(authority: str, year: int, entries: Sequence[RegisterEntry]) -> Document:
    """The year's tables of the register: by date, then by subject (matière ACTES)."""
    by_date = sorted(entries, key=lambda e: (e.date, e.number))
    blocks: list[Block] = [
        para(f"Tables du registre des délibérations — {year}", role="title"),
        para(authority, role="subtitle"),
        para("Article R2121-9 du code général des collectivités territoriales : tables "
             "chronologique et par matière des délibérations inscrites au registre."),
        Heading("Table chronologique", 1),
        Table(("Date", "N°", "Assemblée", "Objet"),
              tuple((e.date.strftime("%d/%m/%Y"), e.number, e.assembly, e.title) for e in by_date),
              (2, 2, 3, 8)),
        Heading("Table par matière", 1),
    ]
    subjects: dict[str, list[RegisterEntry]] = {}
    for e in by_date:
        subjects.setdefault(matiere_label(e.matiere) or "Matière non renseignée", []).append(e)
    for label in sorted(subjects):
        blocks.append(Heading(label, 2))
        blocks.append(Table(("Date", "N°", "Objet"),
                            tuple((e.date.strftime("%d/%m/%Y"), e.number, e.title) for e in subjects[label]),
                            (2, 2, 10)))
    return Document(f"Tables du registre des délibérations {year}", authority,
                    dt.date(year, 12, 31), tuple(blocks), subject="R2121-9")
