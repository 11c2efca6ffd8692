"""Fill conventions when a session is imported: the web importer's hook.

For each deliberation of the session, the text given to
:func:`registre.subsidies.extract.convention_from_text` is, in this order:

1. the **companion extract**: the published extract (``.txt``) of the same sitting,
   looked for beside the source file, in ``../extracts/`` next to it and in
   ``REGISTRE_EXTRACTS_DIR``. It matches when it is of the same date and assembly and
   cites the same deliberation number or, when either has none (the CMQ's extract
   prints none), the same amount as the deliberation's operation;
2. else the deliberation's own stored text (summary, body, annexes) when it holds a
   convention (a line « Convention » followed by « Entre »), completed by
   :mod:`.complete` with what the register holds (assembly, date, number, budget
   inscription, year).

Why the extract first: it is the whole published document, header included — the
assembly, the date, the number, the publication, the « Inscription budgétaire » and the
past subsidies dated from the year are read there. The seeds' ``items[].text`` carry the
summary, body and annexes but not that header: read alone, they give the convention
without its deliberation reference, budget line or year (three warnings) and, for the
PMT, a title that swallows the preceding line (« et ses annexes CONVENTION … »).
Never raises: each failure is a French message and the rest goes on.
"""

from __future__ import annotations

import functools
import logging
import os
from pathlib import Path
from typing import Any

from registre.subsidies.extract import ConventionExtract, convention_from_text
from registre.subsidies.parse_convention import find_section
from registre.web import models as m

log = logging.getLogger(__name__)


def deliberation_text(text: m.Deliberation) -> str:
    """The stored text of a deliberation as one document (summary, body, annexes)."""
    parts = [text.summary, text.body, *(f"{a.title}\n{a.body}" for a in text.annexes.all())]
    return "\n\n".join(p for p in parts if p)


def extract_dirs(source: Path | None) -> list[Path]:
    """Where companion extracts are looked for (existing directories only)."""
    dirs: list[Path] = []
    if source is not None:
        dirs += [source.parent, source.parent.parent / "extracts"]
    env = os.environ.get("REGISTRE_EXTRACTS_DIR")
    if env:
        dirs.append(Path(env))
    seen: list[Path] = []
    for p in dirs:
        if p.is_dir() and p.resolve() not in seen:
            seen.append(p.resolve())
    return seen


@functools.lru_cache(maxsize=64)
def _read(path: str, mtime: float, size: int) -> tuple[str, ConventionExtract]:
    raw = Path(path).read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    return text, convention_from_text(text, path)


def companion(text: m.Deliberation, dirs: list[Path]) -> tuple[str, str] | None:
    """(file, text) of the extract holding the convention of ``text``'s deliberation, or None."""
    item = text.item
    session = item.session
    for folder in dirs:
        for path in sorted(folder.glob("*.txt")):
            try:
                st = path.stat()
                content, extract = _read(str(path), st.st_mtime, st.st_size)
            except OSError:
                continue
            c = extract.convention
            ref = c.deliberation if c else None
            if c is None or ref is None or ref.date != session.date:
                continue
            if ref.assembly and ref.assembly.lower() != session.assembly.name.lower():
                continue
            if ref.number and item.deliberation:
                if ref.number == item.deliberation:
                    return str(path), content
            elif text.operation_amount is not None and c.amount == text.operation_amount:
                return str(path), content
    return None


def conventions_of_session(session: m.Session, source: Path | None = None, user: Any = None) -> list[str]:
    """Import the convention of each deliberation of ``session``; returns French messages."""
    from registre.web.subsidies.services import import_convention

    messages: list[str] = []
    dirs = extract_dirs(source)
    texts = m.Deliberation.objects.filter(item__session=session).select_related(
        "item__session__assembly__authority").prefetch_related("annexes")
    for text in texts:
        own = deliberation_text(text)
        found = companion(text, dirs)
        if found is None and own and find_section(own) is not None:
            found = (f"{source or 'texte'} (question {text.item.number})", own)
        if found is None:
            continue
        name, content = found
        try:
            outcome = import_convention(session.assembly.authority, content, name, text, user)
        except Exception as e:  # a convention that cannot be stored never undoes the session
            log.exception("convention of %s", name)
            messages.append(f"convention de la question {text.item.number} non importée : {e}")
            continue
        if outcome.convention is None:
            continue
        label = {"created": "importée", "updated": "mise à jour", "unchanged": "déjà à jour"}[outcome.status]
        warn = f" ({len(outcome.warnings)} avertissement(s) de lecture)" if outcome.warnings else ""
        messages.append(f"convention « {outcome.convention.key} » {label} depuis {Path(name).name}{warn}")
    return messages
