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
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("import", help="importer des séances (fichiers .yaml, extraits .txt/.pdf)",
                       description="Importe des séances dans la base du portail (DATABASE_URL, "
                                   "par défaut var/registre.sqlite3).",
                       epilog="exemple : registre import fixtures/sessions/*.yaml",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("files", nargs="+", type=Path, metavar="FICHIER",
                   help="fichiers de séance (.yaml) ou extraits publiés (.txt, .pdf)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from registre.web.setup import migrated

    migrated(quiet=True)
    from registre.web.sources import import_file

    failed: list[tuple[Path, str]] = []
    for path in args.files:
        ok, message = import_file(path)
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
