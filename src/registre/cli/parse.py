"""``registre parse FILE... [--json]``: read published extracts back to checked sessions."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Iterator
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from registre.cli.output import console as make_console
from registre.cli.output import french_date, wrapped
from registre.reading import ReadResult, read_file

EXAMPLE = """exemples :
  registre parse fixtures/extracts/000_982f1ba8b7e34159.txt
  registre parse extraits/*.pdf --json > extraits.jsonl
  registre parse extraits/*.txt --json | jq -c '.deliberations[].number'

Format de la sortie --json (une ligne JSON par document) : docs/reading.md.
Code de sortie : 0 si chaque fichier a pu être lu (même avec des avertissements),
1 si au moins un fichier n'a pas pu être lu du tout.
"""


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "parse",
        help="lit des extraits publiés (.txt, .md, .pdf) et recalcule leurs votes",
        description="Lit des extraits de registre publiés (texte, PDF avec couche texte, ou PDF "
        "scanné lu par reconnaissance de caractères, Tesseract en français) : "
        "collectivité, séance, présents, absents, pouvoirs, intéressés, votes imprimés ; "
        "recalcule chaque vote à partir des présences et signale les écarts.",
        epilog=EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("files", metavar="FICHIER", nargs="+", help="extraits à lire (.txt, .md, .pdf)")
    p.add_argument("--json", action="store_true", help="une ligne JSON par document (JSON Lines)")
    p.add_argument("--no-progress", action="store_true", help="sans barre de progression")
    p.set_defaults(func=run)


def _results(files: list[str], show: bool) -> Iterator[ReadResult]:
    """Read every file in turn, with a progress bar on stderr when asked (and one for the
    pages of a scan under OCR, with its pages per second)."""
    if not show:
        yield from (read_file(f) for f in files)
        return
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
               TextColumn("{task.fields[name]}"))
    # stdout is left alone: rich would otherwise print the JSON lines above the bar, on stderr.
    with Progress(*columns, console=Console(stderr=True), transient=True, redirect_stdout=False,
                  redirect_stderr=False) as progress:
        task = progress.add_task("lecture", total=len(files), name="")
        for f in files:
            progress.update(task, name=f[-40:])
            yield read_file(f, progress=_ocr_pages(progress, f))
            progress.advance(task)


def _ocr_pages(progress: Progress, name: str) -> Callable[[int, int], None]:
    """A callback that shows the OCR of a scan page by page, with pages per second."""
    state: dict[str, Any] = {}

    def seen(done: int, total: int) -> None:
        if "task" not in state:
            state["task"] = progress.add_task("OCR", total=total, name=name[-40:])
            state["t0"] = time.perf_counter()
        rate = done / max(time.perf_counter() - state["t0"], 1e-9)
        progress.update(state["task"], completed=done, name=f"{name[-30:]} ({rate:.2f} page/s)")
        if done == total:
            progress.remove_task(state["task"])

    return seen


def run(args: argparse.Namespace) -> int:
    console = make_console()
    # A bar for a batch, or for a single PDF (it may be a scan, read page by page by OCR).
    show = not args.no_progress and (len(args.files) > 1 or args.files[0].lower().endswith(".pdf"))
    failed = 0
    for result in _results(args.files, show):
        if result.document is None:
            failed += 1
            print(f"registre parse : {result.error}", file=sys.stderr)
            if args.json:
                print(json.dumps({"source": result.source, "error": result.error}, ensure_ascii=False))
            continue
        if args.json:
            sys.stdout.write(json.dumps(result.document.as_json(), ensure_ascii=False) + "\n")
        else:
            print_summary(result, console)
    if len(args.files) > 1:
        print(f"{len(args.files) - failed} fichier(s) lu(s), {failed} illisible(s)", file=sys.stderr)
    return 1 if failed else 0


def _at(evidence: dict[str, Any] | None) -> str:
    """« (ligne 12) » where an answer was read; « (ligne 12, incertain) » when the reader is
    not sure of it (below 0,6); nothing for an answer not given."""
    if not evidence:
        return ""
    doubt = ", incertain" if evidence["confidence"] < 0.6 else ""
    return f" (ligne {evidence['line']}{doubt})"


def print_summary(result: ReadResult, console: Console) -> None:
    """A readable summary of one document, wrapped to the console's width."""
    doc = result.document
    assert doc is not None
    j = doc.as_json()
    width = console.width

    def say(text: str, indent: str = "", more: str = "  ") -> None:
        console.print(wrapped(text, width, indent, more), markup=False, highlight=False)

    console.rule(f"[bold]{escape(result.source)}[/]")
    ev = j["evidence"]
    say(f"{j['authority'] or '?'} — {j['assembly'] or '?'} — séance du "
        f"{french_date(j['session_date'])}{_at(ev.get('session_date'))} — {j['members_in_office'] or '?'} "
        f"membres en exercice{_at(ev.get('members_in_office'))}")
    words = {"present": "présents", "proxies": "pouvoirs", "voters": "votants", "absent": "absents"}
    printed = ", ".join(f"{words[k]} {v}" for k, v in j["printed"].items() if v is not None) or "aucun"
    say(f"présents {len(j['present'])}, absents {len(j['absent'])}, pouvoirs "
        f"{len(j['proxies'])} (imprimés : {printed}) — président(e) : {j['president'] or '?'}"
        f" — secrétaire : {j['secretary'] or '?'}")
    for d in j["deliberations"]:
        pv, cv = d["printed_vote"], d["computed_vote"]
        fmt = "{for}/{against}/{abstention}"
        printed_vote = fmt.format(**{k: "–" if v is None else v for k, v in pv.items()})
        if pv.get("unanimous"):
            printed_vote += " (unanimité)"
        computed_vote = fmt.format(**{k: "–" if v is None else v for k, v in cv.items()})
        console.print(wrapped(f"{d['number'] or d['item']} {d['title'] or ''}".rstrip(), width,
                              "  ", "      "), style="bold", markup=False, highlight=False)
        say(f"vote imprimé pour/contre/abst. {printed_vote}{_at(d['evidence'].get('printed_vote'))} "
            f"— recalculé {computed_vote}"
            + (f" — intéressés : {', '.join(i['name'] for i in d['interested'])}"
               if d["interested"] else ""), "      ", "        ")
    for w in j["warnings"]:
        say(f"! {w}", "  ", "    ")
