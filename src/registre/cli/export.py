"""``registre export``: open data of sessions (SCDL Délibérations, Popolo, OParl)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from registre.core import check_session
from registre.core.errors import SessionFileError
from registre.opendata import (
    deliberation_rows,
    oparl_objects,
    popolo_export,
    validate_deliberations,
    write_csv,
)
from registre.opendata.standards import StandardUnavailable
from registre.sessionfile import load_session

EXAMPLE = """exemple :
  registre export seances/*.yaml --format scdl --validate -o sortie/delib.csv
  registre export seances/*.yaml --format popolo
  registre export seance.yaml --format oparl --base-url https://ex.fr/oparl
"""


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "export",
        help="données ouvertes des séances : SCDL Délibérations (CSV), Popolo, OParl (JSON)",
        description="Exporte les séances en données ouvertes, avec les décomptes calculés : "
        "SCDL Délibérations 2.1.5 (CSV), Popolo 1.0.1 ou OParl 1.1 (JSON).",
        epilog=EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("session_files", metavar="FICHIER", nargs="+", help="fichiers de séance (YAML)")
    p.add_argument("--format", choices=["scdl", "popolo", "oparl"], default="scdl",
                   help="SCDL Délibérations (CSV), Popolo ou OParl (JSON) ; défaut : scdl")
    p.add_argument("--base-url", default="http://127.0.0.1:8000/oparl",
                   help="racine des URL des objets OParl")
    p.add_argument("-o", "--output", help="fichier de sortie (défaut : sortie standard)")
    p.add_argument("--validate", action="store_true",
                   help="SCDL : valide le CSV contre le schéma (frictionless)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    reports, failed = [], False
    for path in args.session_files:
        try:
            reports.append(check_session(load_session(path)))
        except SessionFileError as e:
            failed = True
            for problem in e.problems:
                print(problem, file=sys.stderr)
    if args.output:
        Path(args.output).parent.mkdir(parents=True, exist_ok=True)
    out = open(args.output, "w", encoding="utf-8", newline="") if args.output else sys.stdout  # noqa: SIM115
    try:
        if args.format == "scdl":
            rows = deliberation_rows(reports)
            write_csv(rows, out)
            if args.validate:
                try:
                    problems = validate_deliberations(rows)
                except StandardUnavailable as e:
                    problems = [f"validation impossible : {e}"]
                for msg in problems:
                    print(f"SCDL : {msg}", file=sys.stderr)
                failed |= bool(problems)
        else:
            data = (popolo_export(reports) if args.format == "popolo"
                    else oparl_objects(reports, args.base_url))
            json.dump(data, out, ensure_ascii=False, indent=2)
            out.write("\n")
    finally:
        if args.output:
            out.close()
    return 1 if failed else 0
