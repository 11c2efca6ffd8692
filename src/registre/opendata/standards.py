"""The standards' schemas, found where they are published — never shipped in the package.

The schemas of SCDL, OParl and Popolo belong to their authors; the project does not commit
copies of them. A schema is looked for, in this order:

1. a local copy, in the folder named by ``REGISTRE_STANDARDS_DIR`` (laid out as
   ``scdl-deliberations-schema.json``, ``oparl-1.1.1/Body.json``, ``popolo-1.0.1/person.json``
   — the layout of the project's ``shared/standards/``);
2. the cache, ``<var>/standards/`` (``REGISTRE_VAR_DIR``, else ``var/`` of the working
   directory), filled by 3;
3. its official address (:data:`OFFICIAL`), fetched once and kept in the cache, unless
   ``REGISTRE_STANDARDS_DOWNLOAD`` is ``non``.

Without any of them, :class:`StandardUnavailable` says so in French, naming the schema and
the ways to provide it.
"""

from __future__ import annotations

import json
import os
import urllib.error
import urllib.request
from functools import cache
from pathlib import Path
from typing import Any

# The schemas' official addresses (SCDL on schema.data.gouv.fr; OParl's schemas as its
# specification publishes them at tag v1.1.1; Popolo's on popoloproject.com).
_OPARL = "https://raw.githubusercontent.com/OParl/spec/v1.1.1/schema/{}"
_POPOLO = "http://www.popoloproject.com/schemas/{}"
OFFICIAL: dict[str, str] = {
    "scdl-deliberations-schema.json":
        "https://schema.data.gouv.fr/schemas/scdl/deliberations/2.1.5/schema.json",
    "scdl-subventions-schema.json":
        "https://schema.data.gouv.fr/schemas/scdl/subventions/2.1.1/schema.json",
    "scdl-budget-schema.json": "https://schema.data.gouv.fr/schemas/scdl/budget/0.8.3/schema.json",
}
_PREFIXES = {"oparl-1.1.1/": _OPARL, "popolo-1.0.1/": _POPOLO}
_TIMEOUT_SECONDS = 15
_MAX_BYTES = 5_000_000


class StandardUnavailable(Exception):
    """A standard's schema is neither in a local copy, nor in the cache, nor downloadable."""


def official_address(relative: str) -> str | None:
    """Where the schema ``relative`` is published, or None for a name the project does not know."""
    if relative in OFFICIAL:
        return OFFICIAL[relative]
    for prefix, pattern in _PREFIXES.items():
        if relative.startswith(prefix) and relative.endswith(".json"):
            return pattern.format(relative.removeprefix(prefix))
    return None


def _var_dir() -> Path:
    return Path(os.environ.get("REGISTRE_VAR_DIR") or Path.cwd() / "var")


def _download_allowed() -> bool:
    value = os.environ.get("REGISTRE_STANDARDS_DOWNLOAD", "oui").strip().lower()
    if value in ("oui", "yes", "1", "true", "on", ""):
        return True
    if value in ("non", "no", "0", "false", "off"):
        return False
    raise StandardUnavailable(
        f"REGISTRE_STANDARDS_DOWNLOAD : valeur « {value} » inconnue (attendu : oui ou non)")


def _parse(text: str, where: str) -> dict[str, Any]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise StandardUnavailable(f"schéma illisible ({where}) : {exc}") from exc
    if not isinstance(data, dict):
        raise StandardUnavailable(f"schéma illisible ({where}) : un objet JSON est attendu")
    return data


def _fetch(url: str) -> str:
    request = urllib.request.Request(url, headers={"User-Agent": "registre (validation SCDL/OParl)"})
    with urllib.request.urlopen(request, timeout=_TIMEOUT_SECONDS) as response:
        body: bytes = response.read(_MAX_BYTES + 1)
    if len(body) > _MAX_BYTES:
        raise StandardUnavailable(f"{url} : réponse trop volumineuse")
    return body.decode("utf-8")


@cache
def standard_schema(relative: str) -> dict[str, Any]:
    """The schema ``relative`` (``scdl-deliberations-schema.json``, ``oparl-1.1.1/Body.json``…).

    Raises :class:`StandardUnavailable` when it cannot be found anywhere.
    """
    local = os.environ.get("REGISTRE_STANDARDS_DIR")
    if local:
        path = Path(local) / relative
        if path.is_file():
            return _parse(path.read_text("utf-8"), str(path))
    cached = _var_dir() / "standards" / relative
    if cached.is_file():
        return _parse(cached.read_text("utf-8"), str(cached))
    url = official_address(relative)
    if url is None:
        raise StandardUnavailable(f"schéma inconnu : {relative}")
    how = ("copie locale : REGISTRE_STANDARDS_DIR=dossier des schémas ; "
           f"ou déposer le fichier dans {cached.parent}")
    if not _download_allowed():
        raise StandardUnavailable(
            f"schéma {relative} introuvable hors ligne (téléchargement désactivé) — {how}")
    try:
        text = _fetch(url)
    except (OSError, urllib.error.URLError, UnicodeDecodeError) as exc:
        raise StandardUnavailable(
            f"schéma {relative} introuvable : pas de copie locale ni en cache, et {url} "
            f"injoignable ({exc}) — {how}") from exc
    data = _parse(text, url)
    cached.parent.mkdir(parents=True, exist_ok=True)
    tmp = cached.with_suffix(".part")
    tmp.write_text(text, "utf-8")
    tmp.replace(cached)
    return data
