"""argparse in French: its own strings, choices with English aliases, help that fits.

argparse asks ``gettext`` for every string of its own (« usage: », « positional
arguments », « show this help message and exit », each error message). No French
catalogue ships with Python, so :class:`FrenchArgumentParser` answers those calls from
:data:`CATALOGUE` while it builds, parses and formats, and puts argparse's own
functions back afterwards. Subparsers are made with the parent's class, so every
subcommand — including ones added later in their own module — is French without doing
anything; :func:`french_choices` gives an option French choices that also accept the
English words scripts already use.
"""

from __future__ import annotations

import argparse
import contextlib
import re
import shutil
import textwrap
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, NoReturn

# argparse's strings (Python 3.11–3.13) and their French. A string missing here stays in
# English; tests/core/test_cli_french.py fails on any English word left in the help.
CATALOGUE: dict[str, str] = {
    "usage: ": "utilisation : ",
    "positional arguments": "arguments",
    "options": "options",
    "optional arguments": "options",
    "show this help message and exit": "affiche cette aide et quitte",
    "show program's version number and exit": "affiche la version et quitte",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s : %(message)s",
    "unrecognized arguments: %s": "arguments non reconnus : %s",
    "the following arguments are required: %s": "arguments obligatoires manquants : %s",
    "one of the arguments %s is required": "l'un des arguments %s est obligatoire",
    "not allowed with argument %s": "incompatible avec l'argument %s",
    "expected one argument": "une valeur est attendue",
    "expected at most one argument": "une valeur au plus est attendue",
    "expected at least one argument": "une valeur au moins est attendue",
    "ambiguous option: %(option)s could match %(matches)s":
        "option ambiguë : %(option)s peut désigner %(matches)s",
    "invalid %(type)s value: %(value)r": "valeur invalide : « %(value)s »",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "choix invalide : « %(value)s » (choix possibles : %(choices)s)",
    "invalid choice: %(value)r, maybe you meant %(closest)r? (choose from %(choices)s)":
        "choix invalide : « %(value)s », vouliez-vous dire %(closest)r ? (choix possibles : %(choices)s)",
    "%(prog)s: error: %(message)s\n": "%(prog)s : erreur : %(message)s\n",
    "can't open '%(filename)s': %(error)s": "impossible d'ouvrir « %(filename)s » : %(error)s",
    "ignored explicit argument %r": "valeur ignorée : %r",
    "unexpected option string: %s": "option inattendue : %s",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        "commande inconnue %(parser_name)r (commandes : %(choices)s)",
    "argument %s: %s": "argument %s : %s",
    "%(prog)s: warning: %(message)s\n": "%(prog)s : attention : %(message)s\n",
    "subcommands": "commandes",
    "default: %(default)s": "défaut : %(default)s",
}
# What an option's value is called in the help when its module does not say.
METAVARS = {"output": "FICHIER", "addr": "ADRESSE", "threads": "N", "workers": "N",
            "base_url": "URL", "file": "FICHIER", "date": "DATE", "db": "BASE", "on": "DATE",
            "item": "N", "format": "FORMAT", "dir": "DOSSIER", "folder": "DOSSIER"}
PLURALS: dict[str, tuple[str, str]] = {
    "expected %s argument": ("%s valeur est attendue", "%s valeurs sont attendues"),
}


def _gettext(message: str) -> str:
    return CATALOGUE.get(message, message)


def _ngettext(singular: str, plural: str, n: int) -> str:
    if singular in PLURALS:
        one, many = PLURALS[singular]
        return one if n < 2 else many
    return singular if n == 1 else plural


_TIGHT = re.compile(r" (?=[;:?!»])|(?<=«) ")


def fill(text: str, width: int, indent: str = "", more: str = "") -> str:
    """``text`` filled to ``width`` without cutting a word, nor leaving « ; », « : »,
    « ? », « ! » or « » » at the start of a line (nor « « » at the end of one)."""
    tight = _TIGHT.sub("\u00a0", text)
    out = textwrap.fill(tight, max(width, 20), initial_indent=indent, subsequent_indent=more,
                        break_long_words=False, break_on_hyphens=False)
    return out.replace("\u00a0", " ")


@contextlib.contextmanager
def french() -> Iterator[None]:
    """argparse speaks French inside the block (its module-level gettext functions)."""
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = _gettext, _ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


class FrenchHelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Help that fits the terminal (80 columns when there is none): descriptions are
    filled, each line of an epilog kept as written (examples) unless too long, in which
    case it is wrapped under its own indentation; help texts wrap as argparse does."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 30,
                 width: int | None = None) -> None:
        if width is None:
            width = min(shutil.get_terminal_size((80, 24)).columns, 100) - 2
        super().__init__(prog, indent_increment, max_help_position, width)

    def start_section(self, heading: str | None) -> None:
        # argparse writes « heading: » ; French puts a space before the colon.
        super().start_section(f"{heading} " if heading else heading)

    def _split_lines(self, text: str, width: int) -> list[str]:
        return fill(" ".join(text.split()), width).splitlines()

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        out = []
        for paragraph in text.split("\n\n"):
            lines = paragraph.splitlines()
            if len(lines) == 1 or not any(line.startswith(" ") for line in lines):
                # prose: refilled to the width
                out.append(fill(" ".join(lines), width, indent, indent))
                continue
            kept = []  # examples: as written, up to the full width the terminal has
            for line in lines:
                lead = line[: len(line) - len(line.lstrip())]
                kept.append(fill(line, width, indent, indent + lead + ("    " if lead else ""))
                            if len(line) + len(indent) > width + 2 else indent + line)
            out.append("\n".join(kept))
        return "\n\n".join(out)


class FrenchArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser whose own strings are French (see the module's docstring)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        formatter = kwargs.get("formatter_class", argparse.HelpFormatter)
        if formatter in (argparse.HelpFormatter, argparse.RawDescriptionHelpFormatter,
                         argparse.RawTextHelpFormatter):
            kwargs["formatter_class"] = FrenchHelpFormatter
        with french():
            super().__init__(*args, **kwargs)

    def add_subparsers(self, **kwargs: Any) -> Any:
        with french():
            return super().add_subparsers(**kwargs)

    def add_argument(self, *args: Any, **kwargs: Any) -> argparse.Action:
        dest = kwargs.get("dest") or next((a.lstrip("-") for a in args if a.startswith("--")), "")
        if args and args[0].startswith("-") and "metavar" not in kwargs and "choices" not in kwargs \
                and kwargs.get("action") in (None, "store", "append"):
            # argparse would show the option's English name in capitals (OUTPUT, ADDR)
            kwargs["metavar"] = METAVARS.get(dest.replace("-", "_"), "VALEUR")
        with french():
            return super().add_argument(*args, **kwargs)

    def parse_args(self, args: Sequence[str] | None = None,  # type: ignore[override]
                   namespace: argparse.Namespace | None = None) -> argparse.Namespace:
        with french():
            return super().parse_args(args, namespace)

    def parse_known_args(self, args: Sequence[str] | None = None,  # type: ignore[override]
                         namespace: argparse.Namespace | None = None,
                         ) -> tuple[argparse.Namespace, list[str]]:
        with french():
            return super().parse_known_args(args, namespace)

    def format_usage(self) -> str:
        with french():
            return super().format_usage()

    def format_help(self) -> str:
        with french():
            return super().format_help()

    def error(self, message: str) -> NoReturn:
        with french():
            super().error(message)

    def _get_value(self, action: argparse.Action, arg_string: str) -> Any:
        try:
            return super()._get_value(action, arg_string)  # type: ignore[misc]
        except argparse.ArgumentError:
            kind = {int: "nombre entier", float: "nombre"}.get(action.type)  # type: ignore[call-overload]
            if kind is None:
                raise
            raise argparse.ArgumentError(action, f"{kind} attendu : « {arg_string} »") from None


def french_choices(choices: Mapping[str, str], aliases: Mapping[str, str] | None = None,
                   metavar: str | None = None) -> dict[str, Any]:
    """Keyword arguments of ``add_argument`` for an option with French ``choices``
    (French word → value the code uses) that also accepts ``aliases`` (other words, the
    English ones scripts already use, → value). The help lists the French words."""
    accepted = {**{v: v for v in choices.values()}, **(aliases or {}), **choices}

    def convert(text: str) -> str:
        try:
            return accepted[text.strip().lower()]
        except KeyError:
            raise argparse.ArgumentTypeError(
                f"choix invalide : « {text} » (choix possibles : {', '.join(choices)})") from None

    convert.__name__ = "choix"
    return {"type": convert, "metavar": metavar or "{" + ",".join(choices) + "}"}


def value_word(choices: Mapping[str, str]) -> Callable[[str], str]:
    """The French word of a value (the first one that names it)."""
    words = {v: k for k, v in reversed(list(choices.items()))}
    return lambda value: words.get(value, value)
