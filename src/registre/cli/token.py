"""``registre token``: issue or revoke a clerk's API token (``/api/v1/``, docs/api.md)."""

from __future__ import annotations

import argparse
import sys

EXAMPLE = """exemples :
  registre token creer greffe --usage "site de la collectivité"
  registre token revoquer rg_AbCd
"""


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("token", help="jetons d'API des greffiers (écriture par /api/v1/)",
                       description="Crée ou révoque le jeton d'un utilisateur pour écrire par l'API "
                                   "REST (/api/v1/). Le jeton n'est affiché qu'une fois ; seule son "
                                   "empreinte est gardée.",
                       epilog=EXAMPLE, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("action", choices=["creer", "revoquer", "create", "revoke"],
                   help="creer (un nouveau jeton) ou revoquer (les jetons qui commencent ainsi)")
    p.add_argument("who", metavar="UTILISATEUR_OU_JETON",
                   help="identifiant de l'utilisateur (creer) ou début du jeton (revoquer)")
    p.add_argument("--usage", default="", help="à quoi sert le jeton (affiché dans l'administration)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from registre.web.setup import migrated

    migrated(quiet=True)
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from registre.web.api.models import ApiToken

    if args.action in ("creer", "create"):
        user = get_user_model().objects.filter(username=args.who, is_active=True).first()
        if user is None:
            print(f"registre : utilisateur « {args.who} » inconnu ou inactif", file=sys.stderr)
            return 1
        _, token = ApiToken.issue(user, args.usage[:200])
        print(token)
        print("Gardez ce jeton : il ne sera plus affiché. En-tête : Authorization: Bearer <jeton>",
              file=sys.stderr)
        return 0
    prefix = args.who[:8]
    count = ApiToken.objects.filter(prefix=prefix, revoked_at=None).update(revoked_at=timezone.now())
    print(f"{count} jeton(s) révoqué(s)")
    return 0 if count else 1
