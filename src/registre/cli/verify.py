"""``registre verify``: check the register's hash chain (the ledger of published acts).

Exit status: 0 the chain holds, 1 a link is broken (the first one is named).
"""

from __future__ import annotations

import argparse
import sys


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("verify", help="vérifier le registre chaîné des actes publiés",
                       description="Recalcule chaque maillon du registre chaîné (SHA-256 de l'acte, "
                                   "empreinte du maillon précédent) dans la base du portail "
                                   "(DATABASE_URL) et nomme le premier maillon rompu. Affiche "
                                   "l'empreinte de tête, à conserver hors de la base.",
                       epilog="exemple : registre verify --tete 3f5a…  (code de sortie : 0 intact, "
                              "1 rompu)",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--tete", metavar="EMPREINTE", default=None,
                   help="empreinte de tête relevée auparavant : vérifie aussi qu'aucun maillon "
                        "n'a été réécrit ou retiré en fin de chaîne")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from registre.web.setup import migrated

    migrated(quiet=True)
    from registre.web.services.ledger import verify

    verdict = verify(expected_head=args.tete)
    print(verdict.message(), file=sys.stdout if verdict.ok else sys.stderr)
    return 0 if verdict.ok else 1
