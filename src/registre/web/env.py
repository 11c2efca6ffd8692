"""Strict reading of the environment for the settings (docs/deploy.md lists every variable).

A value that is not understood stops the start with a French message naming the
variable, rather than being taken for something else: ``REGISTRE_DEBUG=off`` used to turn
debug mode *on* (only an empty value, ``0``, ``false`` and ``False`` turned it off).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

TRUE = frozenset({"1", "true", "yes", "on", "oui", "vrai"})
FALSE = frozenset({"0", "false", "no", "off", "non", "faux"})


class SettingError(ImproperlyConfigured):
    """A variable of the environment holds a value that cannot be used (names it, says why)."""


def flag(name: str, default: bool, env: Mapping[str, str] = os.environ) -> bool:
    """``name`` as a yes/no value: 1/true/yes/on/oui/vrai or 0/false/no/off/non/faux, any case.

    Unset or empty gives ``default``. Raises :class:`SettingError` on anything else.
    """
    raw = env.get(name, "").strip()
    if not raw:
        return default
    if raw.lower() in TRUE:
        return True
    if raw.lower() in FALSE:
        return False
    raise SettingError(f"{name}={raw!r} : valeur non reconnue ; attendu on/off "
                       "(aussi 1/0, true/false, yes/no, oui/non).")


def number(name: str, default: int, env: Mapping[str, str] = os.environ, *, minimum: int = 0,
           maximum: int | None = None) -> int:
    """``name`` as a whole number between ``minimum`` and ``maximum``; unset or empty gives ``default``.

    Raises :class:`SettingError` on text that is not a whole number, or out of bounds.
    """
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw.replace("_", ""), 10)
    except ValueError:
        raise SettingError(f"{name}={raw!r} : nombre entier attendu.") from None
    if value < minimum or (maximum is not None and value > maximum):
        upper = f" et {maximum}" if maximum is not None else ""
        bounds = f"compris entre {minimum}{upper}" if maximum is not None else f"au moins {minimum}"
        raise SettingError(f"{name}={raw!r} : nombre {bounds} attendu.")
    return value


def words(name: str, default: str, env: Mapping[str, str] = os.environ) -> list[str]:
    """``name`` as a comma-separated list (spaces around items ignored, empty items dropped)."""
    return [w.strip() for w in env.get(name, default).split(",") if w.strip()]


def secret(name: str, env: Mapping[str, str] = os.environ) -> str | None:
    """``name``, else the content of the file named by ``name_FILE`` (systemd credentials), else None.

    Raises :class:`SettingError` when both are set or the file cannot be read.
    """
    value, path = env.get(name, ""), env.get(f"{name}_FILE", "")
    if value and path:
        raise SettingError(f"{name} et {name}_FILE sont tous deux définis : n'en gardez qu'un.")
    if path:
        try:
            return Path(path).read_text(encoding="utf-8").strip() or None
        except OSError as e:
            raise SettingError(f"{name}_FILE={path!r} : fichier illisible ({e.strerror}).") from None
    return value or None


def choice(name: str, default: str, choices: tuple[str, ...], env: Mapping[str, str] = os.environ) -> str:
    """``name`` as one of ``choices`` (any case; unset or empty gives ``default``)."""
    raw = env.get(name, "").strip()
    if not raw:
        return default
    for c in choices:
        if raw.upper() == c.upper():
            return c
    raise SettingError(f"{name}={raw!r} : valeur non reconnue ; attendu l'une de {', '.join(choices)}.")
