"""``registre actes package SESSION --item N -o DIR``: the @ctes package of one act."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

from registre.actes.envelope import ActesError, build_package, metadata_from_session
from registre.actes.signing import SigningError, load_signer, sign_pdf
from registre.core.errors import SessionFileError
from registre.rendering import RenderError, render
from registre.sessionfile import load_session

EXAMPLE = """exemples :
  registre actes package fixtures/sessions/gbm-conseil-2024-04-11.yaml --item 13 -o envois/
  registre actes package seance.yaml --item 4 --pdf extrait-signe.pdf --annexe convention.pdf -o envois/
  registre actes package seance.yaml --item 4 --p12 presidente.p12 --tsa https://tsa.example/ -o envois/
Sans --pdf, l'extrait est produit en PDF/A à partir du fichier de séance (signé avec --p12).
Le SIREN et le département viennent de la collectivité (authority.siren, authority.department).
"""


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "actes",
        help="transmission au contrôle de légalité (@ctes) : paquet .tar.gz d'un acte",
        description="Vie de l'acte après le vote : paquet de télétransmission @ctes (L2131-1, "
        "L2131-2) tel que l'attend le tiers de télétransmission (S²LOW).",
        epilog=EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    actions = p.add_subparsers(title="actions", metavar="ACTION", required=True)
    pk = actions.add_parser(
        "package", help="écrit le .tar.gz @ctes d'une délibération",
        description="Écrit le paquet @ctes d'une délibération : enveloppe, métadonnées de l'acte "
        "(date de décision, numéro interne, nature, matière, objet), PDF de l'acte et annexes.",
        epilog=EXAMPLE, formatter_class=argparse.RawDescriptionHelpFormatter)
    pk.add_argument("session_file", metavar="SESSION", help="fichier de séance (YAML)")
    pk.add_argument("--item", metavar="N", required=True, help="numéro de la question")
    pk.add_argument("-o", "--output", metavar="DOSSIER", required=True, help="dossier où écrire le paquet")
    pk.add_argument("--number", metavar="NUMERO",
                    help="numéro interne de l'acte (défaut : n° de délibération de la question)")
    pk.add_argument("--nature", type=int, default=1, choices=range(1, 7),
                    help="code nature ACTES (défaut : 1, délibération)")
    pk.add_argument("--pdf", metavar="FICHIER", help="PDF de l'acte (signé) au lieu de l'extrait produit")
    pk.add_argument("--p12", metavar="CERT.p12",
                    help="signe l'extrait produit (PAdES) avec ce certificat avant de l'empaqueter "
                    "(mot de passe : REGISTRE_SIGN_P12_PASSWORD)")
    pk.add_argument("--tsa", metavar="URL", default=os.environ.get("REGISTRE_TSA_URL"),
                    help="autorité d'horodatage RFC 3161 pour --p12 (défaut : REGISTRE_TSA_URL)")
    pk.add_argument("--annexe", metavar="FICHIER", action="append", default=[],
                    help="annexe PDF (répétable, dans l'ordre)")
    pk.add_argument("--serial", type=int, default=1, help="numéro d'envoi du jour (défaut : 1)")
    pk.add_argument("--sent-on", metavar="AAAA-MM-JJ", help="date de l'enveloppe (défaut : aujourd'hui)")
    pk.set_defaults(func=run_package)


def run_package(args: argparse.Namespace) -> int:
    try:
        session = load_session(args.session_file)
    except SessionFileError as e:
        for problem in e.problems:
            print(problem, file=sys.stderr)
        print(f"{len(e.problems)} problème(s) : paquet non produit.", file=sys.stderr)
        return 2
    item = next((i for i in session.items if i.number == str(args.item)), None)
    if item is None:
        print(f"registre : pas de question n° {args.item} dans {args.session_file}", file=sys.stderr)
        return 2
    try:
        sent_on = dt.date.fromisoformat(args.sent_on) if args.sent_on else None
    except ValueError:
        print(f"registre : --sent-on « {args.sent_on} » : date AAAA-MM-JJ attendue", file=sys.stderr)
        return 2
    try:
        meta = metadata_from_session(session, item, number=args.number, nature=args.nature)
        pdf = Path(args.pdf).read_bytes() if args.pdf else render(session, "extract", "pdf", item.number)
        if args.p12:
            signer = load_signer(args.p12, os.environ.get("REGISTRE_SIGN_P12_PASSWORD"))
            pdf = sign_pdf(pdf, signer, timestamp_url=args.tsa, reason="Pour extrait conforme",
                           location=session.assembly.authority.seat or "")
        annexes = [Path(a).read_bytes() for a in args.annexe]
        package = build_package(meta, pdf, annexes, serial=args.serial, sent_on=sent_on)
    except ActesError as e:
        for problem in e.problems:
            print(f"registre : {problem}", file=sys.stderr)
        print("paquet non produit.", file=sys.stderr)
        return 2
    except (OSError, RenderError, SigningError) as e:
        print(f"registre : {e}", file=sys.stderr)
        return 2
    folder = Path(args.output)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / package.name
    target.write_bytes(package.data)
    for warning in meta.warnings:
        print(f"attention : {warning}", file=sys.stderr)
    print(f"{target} : {len(package.data)} octets, acte {meta.acte_id}", file=sys.stderr)
    for name in package.members:
        print(f"  {name}", file=sys.stderr)
    return 0
