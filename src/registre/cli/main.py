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
    "registre.cli.token",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="registre",
        description="Registre des délibérations : contrôle, lecture, rendu et publication.",
    )
    parser.add_argument("--version", action="version", version=f"registre {__version__}")
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
    except Exception as e:  # a bug: say so plainly, no traceback unless asked
        if os.environ.get("REGISTRE_DEBUG"):
            raise
        print(f"registre : erreur interne ({type(e).__name__}: {e}). "
              "Relancez avec REGISTRE_DEBUG=1 pour le détail.", file=sys.stderr)
        return 70


if __name__ == "__main__":
    sys.exit(main())
