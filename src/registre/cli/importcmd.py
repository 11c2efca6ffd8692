"""``registre import FILE...``: store sessions (session files, published extracts) in the database.

Each file is imported in its own transaction: a file that fails (unreadable, out of
bounds, a name that matches no member…) leaves nothing written and the batch goes on;
the summary at the end lists the files that failed and why. Importing the same file
twice changes nothing. Exit status 0 if every file was imported or already there, 1 if
one failed.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("import", help="importer des séances (fichiers .yaml, extraits .txt/.pdf)",
                       description="Importe des séances dans la base du portail (DATABASE_URL, "
                                   "par défaut var/registre.sqlite3).",
                       epilog="exemple : registre import fixtures/sessions/*.yaml",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("files", nargs="+", type=Path, metavar="FICHIER",
                   help="fichiers de séance (.yaml) ou extraits publiés (.txt, .pdf)")
    p.add_argument("--collectivite", metavar="NOM",
                   help="collectivité des extraits qui ne l'impriment pas (un scan dont l'en-tête est un "
                        "logo) ; un extrait qui en imprime une autre est refusé")
    p.add_argument("--no-progress", action="store_true",
                   help="sans barre de progression pour les PDF scannés lus par OCR")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from registre.web.setup import migrated

    migrated(quiet=True)
    from registre.web.sources import import_file

    failed: list[tuple[Path, str]] = []
    show = not args.no_progress and any(p.suffix.lower() == ".pdf" for p in args.files)
    with _pages_bar(show) as pages:
        for path in args.files:
            # A scan is read by OCR page by page: a bar shows its pages and pages per second.
            ok, message = import_file(path, progress=pages(str(path)) if pages else None,
                                      authority=args.collectivite)
            print(message, file=sys.stdout if ok else sys.stderr)
            if not ok:
                failed.append((path, message.removeprefix("échec : ").removeprefix(f"{path} : ")))
    if failed and len(args.files) > 1:
        print(f"\nBilan : {len(args.files) - len(failed)} fichier(s) importé(s) ou déjà là, "
              f"{len(failed)} en échec :", file=sys.stderr)
        for path, why in failed:
            first = why.splitlines()[0][:300]
            print(f"  - {first}" if first.startswith(str(path)) else f"  - {path} : {first}", file=sys.stderr)
    return 1 if failed else 0


@contextmanager
def _pages_bar(show: bool) -> Iterator[Callable[[str], Callable[[int, int], None]] | None]:
    """A progress bar on stderr for the pages of scans (``registre parse``'s), or None."""
    if not show:
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from registre.cli.parse import _ocr_pages

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
               TextColumn("{task.fields[name]}"))
    with Progress(*columns, console=Console(stderr=True), transient=True, redirect_stdout=False,
                  redirect_stderr=False) as progress:
        yield lambda name: _ocr_pages(progress, name)
