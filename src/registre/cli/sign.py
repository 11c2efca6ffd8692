"""``registre sign FILE.pdf --p12 CERT.p12``: sign a PDF/A (PAdES) or check its signatures."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from registre.actes.signing import (
    DEFAULT_FONT,
    SigningError,
    load_signer,
    load_trust_roots,
    sign_pdf,
    validate,
)

EXAMPLE = """exemples :
  registre sign extrait.pdf --p12 presidente.p12 --tsa https://horodatage.example/tsa -o extrait-signe.pdf
  registre sign extrait-signe.pdf --verify --trust racine.pem
Le mot de passe du certificat est lu dans REGISTRE_SIGN_P12_PASSWORD, sinon demandé.
"""


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "sign", help="signe un PDF (PAdES, horodaté) ou vérifie ses signatures",
        description="Signe électroniquement un document du registre (extrait, procès-verbal, "
        "feuille de clôture) : signature PAdES avec tampon visible, horodatage RFC 3161, le PDF/A "
        "reste PDF/A. Avec --verify, liste les signatures et dit si elles sont valides.",
        epilog=EXAMPLE, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("pdf", metavar="FICHIER.pdf", help="document à signer ou à vérifier")
    p.add_argument("--p12", metavar="CERT.p12", help="certificat du signataire (PKCS#12)")
    p.add_argument("--tsa", metavar="URL", default=os.environ.get("REGISTRE_TSA_URL"),
                   help="autorité d'horodatage RFC 3161 (défaut : REGISTRE_TSA_URL ; "
                   "sans : pas d'horodatage)")
    p.add_argument("--reason", default="Pour extrait conforme", help="motif de la signature")
    p.add_argument("--location", default="", help="lieu de la signature")
    p.add_argument("--font", metavar="TTF",
                   default=os.environ.get("REGISTRE_SIGN_FONT", str(DEFAULT_FONT)),
                   help="police incorporée du tampon (défaut : DejaVu Sans)")
    p.add_argument("-o", "--output", metavar="FICHIER", help="PDF signé (défaut : FICHIER-signe.pdf)")
    p.add_argument("--verify", action="store_true", help="vérifie les signatures au lieu de signer")
    p.add_argument("--trust", metavar="PEM", action="append", default=[],
                   help="certificat racine de confiance pour --verify (répétable)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    source = Path(args.pdf)
    try:
        data = source.read_bytes()
    except OSError as e:
        print(f"registre : {e}", file=sys.stderr)
        return 2
    try:
        if args.verify:
            return _verify(data, args)
        if not args.p12:
            print("registre : précisez --p12 CERT.p12 (ou --verify)", file=sys.stderr)
            return 2
        password = os.environ.get("REGISTRE_SIGN_P12_PASSWORD")
        if password is None and sys.stdin.isatty():
            password = getpass.getpass("mot de passe du certificat : ")
        signer = load_signer(args.p12, password)
        signed = sign_pdf(data, signer, timestamp_url=args.tsa, reason=args.reason,
                          location=args.location, font=Path(args.font))
    except (SigningError, OSError) as e:
        print(f"registre : {e}", file=sys.stderr)
        return 2
    target = Path(args.output) if args.output else source.with_name(f"{source.stem}-signe.pdf")
    target.write_bytes(signed)
    print(f"{target} : signé ({len(signed)} octets){'' if args.tsa else ', sans horodatage'}",
          file=sys.stderr)
    return 0


def _verify(data: bytes, args: argparse.Namespace) -> int:
    infos = validate(data, load_trust_roots(args.trust) if args.trust else None)
    if not infos:
        print("aucune signature")
        return 1
    for info in infos:
        when = f"{info.signed_at:%d/%m/%Y %H:%M:%S %Z}" if info.signed_at else "date inconnue"
        stamp = "horodatée" if info.timestamped else "non horodatée"
        print(f"{info.field} : {info.signer}, {when} ({stamp}) — {info.summary}")
    return 0 if all(i.intact and (i.trusted or not args.trust) for i in infos) else 1
