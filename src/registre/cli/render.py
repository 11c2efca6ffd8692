"""``registre render SESSION --what … --format …``: write an official document."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from registre.cli.french import french_choices
from registre.core import SessionReport, check_session
from registre.core.errors import SessionFileError
from registre.rendering import FORMATS, RENDERERS, STYLES, WHATS, RenderError, Wording, render
from registre.rendering.extract import build_extracts
from registre.rendering.pdf import render_pdfs
from registre.sessionfile import load_session

# French words of the documents (WHATS), the English ones kept for existing scripts.
WHAT_WORDS = {"extrait": "extract", "liste": "list", "proces-verbal": "minutes",
              "convocation": "convocation"}
WHAT_ALIASES = {"pv": "minutes", "procès-verbal": "minutes"}
assert set(WHAT_WORDS.values()) == set(WHATS)

EXAMPLE = """exemples :
  registre render seance.yaml --what extrait --item 13 -o sortie/extrait.pdf
  registre render seance.yaml --what proces-verbal --format docx -o pv.docx
  registre render seance.yaml --what liste --format html > liste.html
  registre render seance.yaml --item all -o extraits/   # un PDF/A chacun

Sans -o, le document est écrit sur la sortie standard (refusé pour pdf et docx
sur un terminal).
"""


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "render",
        help="produit un document officiel : extrait, liste des délibérations, procès-verbal, convocation",
        description="Produit un document officiel d'une séance décrite dans un fichier "
        "registre-session/1 : extrait du registre d'une délibération, liste des délibérations "
        "(L2121-25), procès-verbal (L2121-15) ou convocation (L2121-10), en PDF/A, HTML ou DOCX.",
        epilog=EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("session_file", metavar="SESSION", help="fichier de séance (YAML)")
    p.add_argument("--what", default="extract",
                   **french_choices(WHAT_WORDS, WHAT_ALIASES, metavar="DOCUMENT"),
                   help="extrait (du registre), liste (des délibérations), proces-verbal (ou pv), "
                   "convocation ; défaut : extrait (extract, list, minutes restent acceptés)")
    p.add_argument("--format", dest="fmt", choices=FORMATS,
                   help="format (défaut : extension de -o, sinon pdf)")
    p.add_argument("--item", metavar="N",
                   help="numéro de la question pour un extrait (défaut : la première rédigée) ; "
                   "« all » : un extrait par délibération, dans le dossier -o")
    p.add_argument("--style", default="standard", **french_choices({k: k for k in sorted(STYLES)}),
                   help="usages de rédaction du registre (défaut : standard)")
    p.add_argument("-o", "--output", metavar="FICHIER", help="fichier à écrire (défaut : sortie standard)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    every = args.item == "all"
    suffix = "" if every or not args.output else Path(args.output).suffix.lstrip(".").lower()
    fmt = args.fmt or suffix or "pdf"
    if fmt not in FORMATS:
        print(f"registre : format « {fmt} » inconnu : précisez --format ({', '.join(FORMATS)})",
              file=sys.stderr)
        return 2
    if every and (args.what != "extract" or not args.output):
        print("registre : --item all produit les extraits dans un dossier : précisez -o DOSSIER",
              file=sys.stderr)
        return 2
    if args.output is None and fmt not in ("html", "txt") and sys.stdout.isatty():
        print("registre : document binaire : précisez -o FICHIER", file=sys.stderr)
        return 2
    try:
        session = load_session(args.session_file)
    except SessionFileError as e:
        for problem in e.problems:
            print(problem, file=sys.stderr)
        print(f"{len(e.problems)} problème(s) : document non produit.", file=sys.stderr)
        return 2
    report = check_session(session)
    try:
        if every:
            _write_every_extract(report, fmt, STYLES[args.style], Path(args.output))
        else:
            _write(render(report, args.what, fmt, args.item, STYLES[args.style]), args, fmt)
    except RenderError as e:
        print(f"registre : {e}", file=sys.stderr)
        return 2
    errors = [f for f in report.all_findings() if f.severity.value == "erreur"]
    if errors:
        print(f"attention : {len(errors)} erreur(s) au contrôle de la séance "
              "(registre check pour le détail)", file=sys.stderr)
    return 0


def _write(data: bytes, args: argparse.Namespace, fmt: str) -> None:
    if args.output:
        Path(args.output).parent.mkdir(parents=True, exist_ok=True)
        Path(args.output).write_bytes(data)
        print(f"{args.output} : {len(data)} octets ({args.what}, {fmt})", file=sys.stderr)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()


def _write_every_extract(report: SessionReport, fmt: str, wording: Wording, folder: Path) -> None:
    """One extract per drafted item (deliberation number or text; every item if none is)."""
    items = [r for r in report.items if r.item.deliberation or r.item.text] or report.items
    docs = build_extracts(report, [r.item.number for r in items], wording)
    datas = render_pdfs(docs) if fmt == "pdf" else [RENDERERS[fmt](d) for d in docs]
    folder.mkdir(parents=True, exist_ok=True)
    for r, data in zip(items, datas, strict=True):
        (folder / f"extrait-{r.item.number.replace('/', '-')}.{fmt}").write_bytes(data)
    print(f"{folder} : {len(items)} extrait(s) ({fmt})", file=sys.stderr)
