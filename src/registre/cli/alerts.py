"""``registre alertes``: send the e-mail alerts of saved searches (to run daily, docs/api.md)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("alertes", help="envoyer les alertes des recherches suivies par courriel",
                       description="Envoie à chaque abonné confirmé les nouvelles délibérations de sa "
                                   "recherche depuis le dernier envoi (à lancer chaque jour, par un "
                                   "minuteur systemd ou cron).",
                       epilog="exemple : registre alertes",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--max", type=int, default=50, metavar="N",
                   help="au plus N délibérations par message (défaut : 50)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from registre.web.setup import migrated

    migrated(quiet=True)
    from registre.web.alerts.services import send_alerts

    report = send_alerts(max(1, min(args.max, 500)))
    print(f"{report.searches} alerte(s) active(s), {report.sent} message(s) envoyé(s), "
          f"{report.items} délibération(s) signalée(s)")
    return 0
