"""``registre conventions [FILE...] [--json] [--on DATE]``: the conventions read from
extracts, with beneficiary, amount, deliberation, schedule, deadlines and state."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from registre.cli.output import console as make_console
from registre.cli.output import french_date, print_findings, wrapped
from registre.core.vocabulary import Severity
from registre.subsidies.deadlines import convention_state, deadlines
from registre.subsidies.extract import ConventionExtract, convention_from_file
from registre.subsidies.findings import euros, percent
from registre.subsidies.ical import deadlines_calendar
from registre.subsidies.model import Convention
from registre.subsidies.rules import check_convention
from registre.subsidies.workbook import deliverables_workbook

EXAMPLE = """exemples :
  registre conventions
  registre conventions fixtures/extracts/004_*.txt --on 30/06/2024
  registre conventions --json | jq '.[].deadlines'
  registre conventions --ics sortie/echeances.ics --livrables sortie/
  registre conventions --db --on 2024-06-30   # celles de la base
"""
DEFAULT_DIR = Path("fixtures/extracts")
# From a checkout, the project's own extracts when the current directory has none.
PROJECT_DIR = Path(__file__).resolve().parents[3] / "fixtures" / "extracts"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "conventions",
        help="liste les conventions de subvention lues dans des extraits, avec échéances et état",
        description="Lit les conventions de subvention des extraits de délibération (texte) et liste, "
        "pour chacune, le bénéficiaire, le montant, la délibération, l'échéancier, les échéances et l'état "
        "à une date. Sans fichier : les extraits de fixtures/extracts/ qui contiennent une convention.",
        epilog=EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("files", metavar="FICHIER", nargs="*", help="extrait de délibération (texte)")
    p.add_argument("--json", action="store_true", help="sortie JSON au lieu du tableau")
    p.add_argument(
        "--db",
        action="store_true",
        help="lit les conventions de la base du portail (DATABASE_URL), avec les événements enregistrés, "
        "au lieu des extraits",
    )
    p.add_argument(
        "--on",
        metavar="DATE",
        type=_date,
        default=None,
        help="date de l'état (AAAA-MM-JJ ou JJ/MM/AAAA ; défaut : aujourd'hui)",
    )
    p.add_argument("--ics", metavar="FICHIER", help="écrit aussi le calendrier des échéances (iCalendar)")
    p.add_argument(
        "--livrables",
        metavar="DOSSIER",
        help="écrit aussi, par convention, le classeur XLSX des livrables à remplir",
    )
    p.set_defaults(func=run)


def _date(text: str) -> dt.date:
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"date invalide : « {text} » (attendu AAAA-MM-JJ ou JJ/MM/AAAA)")


def _inputs(files: list[str]) -> tuple[list[ConventionExtract], bool]:
    """Extracts of ``files`` (or of the default directory) and whether the list was given."""
    if files:
        return [convention_from_file(f) for f in files], True
    folder = DEFAULT_DIR if DEFAULT_DIR.is_dir() else PROJECT_DIR
    extracts = [convention_from_file(p) for p in sorted(folder.glob("*.txt"))]
    return [e for e in extracts if e.found], False


def as_dict(c: Convention, on: dt.date, warnings: tuple[str, ...] = ()) -> dict[str, Any]:
    """The JSON view of one convention at ``on``."""
    d = c.deliberation
    return {
        "key": c.key,
        "source": c.source,
        "title": c.title,
        "beneficiary": c.beneficiary.name,
        "legal_form": c.beneficiary.legal_form.value if c.beneficiary.legal_form else None,
        "amount": str(c.ceiling),
        "deliberation": {
            "number": d.number,
            "assembly": d.assembly,
            "date": d.date.isoformat() if d.date else None,
        }
        if d
        else None,
        "schedule": [
            {
                "share": str(t.share) if t.share is not None else None,
                "amount": str(t.amount_of(c.ceiling)),
                "trigger": t.trigger.value,
            }
            for t in c.schedule
        ],
        "effective": c.effective.kind.value if c.effective else None,
        "end_date": c.current_end_date.isoformat() if c.current_end_date else None,
        "state": convention_state(c, on).value,
        "on": on.isoformat(),
        "deadlines": [
            {
                "kind": x.kind.value,
                "label": x.label,
                "due": x.due.isoformat() if x.due else None,
                "waiting_for": x.waiting_for or None,
                "state": x.state(on).value,
                "rule": x.rule,
                "article": x.article,
            }
            for x in deadlines(c)
        ],
        "findings": [f.as_dict() for f in check_convention(c, on)],
        "warnings": list(warnings),
    }


def _from_db() -> list[ConventionExtract]:
    """The conventions stored by the web application, each with its recorded events."""
    from registre.web.setup import django_ready, migrated

    django_ready()
    migrated(quiet=True)
    from registre.web.subsidies.convert import conventions_queryset, to_domain

    return [ConventionExtract(c.source or c.key, to_domain(c), tuple(c.warnings))
            for c in conventions_queryset().order_by("authority__name", "deliberation_date", "key")]


def run(args: argparse.Namespace) -> int:
    on = args.on or dt.date.today()
    if getattr(args, "db", False):
        if args.files:
            print("--db lit la base : ne donnez pas de fichier en même temps", file=sys.stderr)
            return 2
        extracts, explicit = _from_db(), True
        if not extracts:
            print("aucune convention dans la base (importez d'abord les séances : registre import)",
                  file=sys.stderr)
            return 1
    else:
        extracts, explicit = _inputs(args.files)
    failed = [e for e in extracts if not e.found]
    for e in failed:
        print(f"{e.source} : " + " ; ".join(e.warnings or ("aucune convention",)), file=sys.stderr)
    found = [e for e in extracts if e.convention is not None]
    if args.json:
        data = [as_dict(e.convention, on, e.warnings) for e in found if e.convention is not None]
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        console = make_console()
        if found:
            print_table(found, on, console)
    conventions = [e.convention for e in found if e.convention is not None]
    if not _write_files(args, conventions, on):
        return 2
    if not found and not explicit:
        print(f"aucune convention trouvée dans {DEFAULT_DIR}/", file=sys.stderr)
        return 1
    return 1 if failed else 0


def _write_files(args: argparse.Namespace, conventions: list[Convention], on: dt.date) -> bool:
    """Write the calendar and the workbooks asked for; False (with a message) on failure."""
    try:
        if args.ics:
            Path(args.ics).parent.mkdir(parents=True, exist_ok=True)
            Path(args.ics).write_bytes(deadlines_calendar(conventions, on))
            print(f"calendrier écrit : {args.ics}", file=sys.stderr)
        if args.livrables:
            folder = Path(args.livrables)
            folder.mkdir(parents=True, exist_ok=True)
            for c in conventions:
                path = folder / f"livrables-{re.sub(r'[^A-Za-z0-9._-]+', '-', c.key)}.xlsx"
                path.write_bytes(deliverables_workbook(c))
                print(f"classeur écrit : {path}", file=sys.stderr)
    except OSError as e:
        print(f"écriture impossible : {e.filename or ''} ({e.strerror or e})", file=sys.stderr)
        return False
    return True


def _schedule(c: Convention) -> str:
    return (
        "\n".join(
            (f"{percent(t.share)} % = " if t.share is not None else "") + f"{euros(t.amount_of(c.ceiling))} "
            f"{t.trigger.label}"
            for t in c.schedule
        )
        or "–"
    )


def print_table(extracts: list[ConventionExtract], on: dt.date, console: Console) -> None:
    """One block per convention — label on the left, value wrapped on the right — so that
    every field reads whole at any width, 80 columns included."""
    console.print(f"[bold]Conventions au {french_date(on)}[/] ({len(extracts)})")
    for e in extracts:
        c = e.convention
        if c is None:
            continue
        console.rule(style="dim")
        console.print(wrapped(f"{c.key} — {c.beneficiary.name}", console.width, "", "  "),
                      style="bold", markup=False)
        grid = Table.grid(padding=(0, 2))
        grid.add_column(style="bold", no_wrap=True)
        grid.add_column(overflow="fold")
        d = c.deliberation
        delib = (f"{d.number or 'n° ?'}, {d.assembly}, {french_date(d.date)}" if d and d.date
                 else "–")
        grid.add_row("Montant", euros(c.ceiling))
        grid.add_row("Délibération", escape(delib))
        grid.add_row("État", convention_state(c, on).label)
        grid.add_row("Échéancier", escape(_schedule(c)))
        lines = []
        for x in deadlines(c):
            when = f"{x.due:%d/%m/%Y}" if x.due else f"après {x.waiting_for}"
            lines.append(f"{when} — {x.label} [{x.state(on).label}]")
        grid.add_row("Échéances", escape("\n".join(lines)) or "–")
        console.print(grid)
        for w in e.warnings:
            console.print(f"[yellow]{escape(wrapped('! ' + w, console.width))}[/]")
        problems = [f for f in check_convention(c, on) if f.severity is not Severity.INFO]
        if problems:
            console.print("[bold]Constats[/]")
            print_findings(console, ((f.severity.label, f.rule, f.message
                                      + (f" ({f.article})" if f.article else "")) for f in problems))
