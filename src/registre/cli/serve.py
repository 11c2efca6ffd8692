"""``registre serve``: prepare the database and serve the portal (http://127.0.0.1:8000 by default)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("serve", help="servir le portail et l'espace des greffiers",
                       description="Applique les migrations puis sert le portail.",
                       epilog="exemple : registre serve --addr 127.0.0.1:8000",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--addr", default="127.0.0.1:8000", type=_address,
                   help="adresse:port (défaut 127.0.0.1:8000)")
    p.add_argument("--threads", type=int, default=8, help="fils de traitement par processus (défaut 8)")
    p.add_argument("--workers", type=int, default=1,
                   help="processus (défaut 1 : waitress ; plus : gunicorn, un par cœur conseillé)")
    p.add_argument("--greffe-addr", default="", type=_address,
                   help="adresse:port d'un processus à part pour l'espace des greffiers (/greffe/, /admin/), "
                        "vers lequel nginx les dirige (docs/deploy.md) : les lecteurs du portail ne lui "
                        "prennent pas son temps de calcul (défaut : aucun, un seul serveur pour tout)")
    p.add_argument("--greffe-threads", type=int, default=4,
                   help="fils de traitement du processus des greffiers (défaut 4)")
    p.add_argument("--public-nice", type=int, default=10, choices=range(0, 20), metavar="0-19",
                   help="avec --greffe-addr : priorité abaissée d'autant (nice) pour le processus public, "
                        "afin que les écritures des greffiers passent avant les pages des lecteurs quand "
                        "les cœurs sont pris (défaut 10 ; 0 : même priorité)")
    # The clerks' process started by `serve --greffe-addr`: the migrations are already applied.
    p.add_argument("--sans-migrations", action="store_true", help=argparse.SUPPRESS)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from registre.web.setup import migrated, serve

    if not args.sans_migrations:
        migrated(quiet=True)
    serve(args.addr, args.threads, args.workers, greffe_addr=args.greffe_addr,
          greffe_threads=args.greffe_threads, public_nice=args.public_nice)
    return 0


def _address(value: str) -> str:
    """« hôte:port » with a port 1–65535, else argparse's French error (never a traceback)."""
    import argparse

    if value == "":
        return value
    host, sep, port = value.rpartition(":")
    if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise argparse.ArgumentTypeError(
            f"adresse attendue sous la forme hôte:port (port 1 à 65535) : « {value} »")
    return value
