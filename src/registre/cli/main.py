"""Entry point of the ``registre`` command.

Each subcommand lives in its own module exposing ``register(subparsers)``; the module
sets ``func`` on its parser. Exit status: 0 fine, 1 the input breaks a rule or a file
could not be read in a batch, 2 bad usage or unreadable input.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from registre import __version__
from registre.cli.french import FrenchArgumentParser
from registre.core.errors import RegistreError

# One line per subcommand module, in the order ``--help`` lists them.
COMMANDS = [
    "registre.cli.check",
    "registre.cli.parse",
    "registre.cli.conventions",
    "registre.cli.export",
    "registre.cli.render",
    "registre.cli.importcmd",
    "registre.cli.serve",
    "registre.cli.verify",
    "registre.cli.actes",
    "registre.cli.sign",

    "registre.cli.token",
    "registre.cli.alerts",
]


def build_parser() -> argparse.ArgumentParser:
    # French throughout, argparse's own strings included; subcommands inherit the class.
    parser = FrenchArgumentParser(
        prog="registre",
        description="Registre des délibérations : contrôle, lecture, rendu et publication.",
        epilog="Aide d'une commande : registre COMMANDE --help. Documentation : README.md, docs/.",
    )
    parser.add_argument("--version", action="version", version=f"registre {__version__}",
                        help="affiche la version et quitte")
    sub = parser.add_subparsers(title="commandes", metavar="COMMANDE", required=True)
    for name in COMMANDS:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.func(args)
        return code
    except RegistreError as e:
        print(f"registre : {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("registre : interrompu", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as e:
        from django.core.exceptions import ImproperlyConfigured

        if isinstance(e, ImproperlyConfigured):  # registre.web.env.SettingError names the variable
            print(f"registre : configuration : {e}", file=sys.stderr)
            return 2  # a bug: say so plainly, no traceback unless asked
        if os.environ.get("REGISTRE_DEBUG", "").strip().lower() in ("1", "true", "yes", "on", "oui", "vrai"):
            raise
        print(f"registre : erreur interne ({type(e).__name__}: {e}). "
              "Relancez avec REGISTRE_DEBUG=1 pour le détail.", file=sys.stderr)
        return 70


if __name__ == "__main__":
    sys.exit(main())
