"""Read a source file into a core ``Session``: session files now, published extracts via the reader.

Dispatch on the suffix: ``.yaml``/``.yml`` → :func:`registre.sessionfile.load_session`;
``.txt``/``.pdf`` → ``registre.reading.read_file`` (branch ``reading``), whose document
gives ``to_session()``. Raises :class:`SourceError` with a French message.
"""

from __future__ import annotations

import hashlib
import importlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from django.utils.text import slugify

from registre.core import model as core
from registre.core.errors import RegistreError
from registre.sessionfile import load_session

SESSION_SUFFIXES = {".yaml", ".yml"}
EXTRACT_SUFFIXES = {".txt", ".pdf"}


class SourceError(RegistreError):
    """A source file that cannot be turned into a session."""


def content_hash(path: Path) -> str:
    """SHA-256 of the file's bytes: the same file imported twice is recognised."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_source(path: Path, notes: list[str] | None = None,
                progress: Callable[[int, int], None] | None = None,
                authority: str | None = None) -> core.Session:
    """The core ``Session`` of a source file; raises :class:`SourceError` (or ``SessionFileError``).

    ``notes``, if given, receives what the import should say about the reading (a scan read
    by OCR, its pages per second); ``progress(done, total)`` is told each page OCR reads.
    ``authority``: the authority of an extract that does not print it (a scan whose header is
    a logo), given by whoever imports it; an extract that prints another one is refused.
    """
    suffix = path.suffix.lower()
    if not path.is_file():
        raise SourceError(f"{path} : fichier introuvable")
    if suffix in SESSION_SUFFIXES:
        return load_session(path)
    if suffix in EXTRACT_SUFFIXES:
        return _read_extract(path, notes if notes is not None else [], progress, authority)
    raise SourceError(f"{path} : type de fichier non pris en charge ({suffix or 'sans extension'}) ; "
                      "attendu : .yaml, .yml, .txt, .pdf, ou .csv (SCDL Subventions)")


def _read_extract(path: Path, notes: list[str], progress: Callable[[int, int], None] | None,
                  authority: str | None = None) -> core.Session:
    try:
        reading: Any = importlib.import_module("registre.reading")
    except ImportError:
        raise SourceError(f"{path} : la lecture des extraits publiés (.txt, .pdf) n'est pas encore "
                          "installée (module registre.reading absent) ; importez un fichier de séance "
                          ".yaml") from None
    # (The reader's contract is ``read_file(path)``; the page callback is passed only if asked.)
    result = reading.read_file(path, progress=progress) if progress is not None else reading.read_file(path)
    if result.document is None:
        raise SourceError(f"{path} : extrait illisible : {result.error or 'raison inconnue'}")
    if getattr(result.document, "ocr", False):
        # A scan: the import says its figures were read by OCR, and how fast (issue 14).
        notes.extend(w for w in getattr(result, "warnings", ()) if "reconnaissance de caractères" in w)
    if authority:
        printed = getattr(result.document, "authority", None)
        if printed and slugify(printed) != slugify(authority):
            raise SourceError(f"{path} : extrait refusé : le texte imprime la collectivité « {printed} », "
                              f"pas « {authority} » ; rien n'a été importé")
        if not printed:
            result.document.authority = authority
            notes.append(f"collectivité « {authority} » donnée à l'import (le texte ne l'imprime pas)")
    session: core.Session = result.document.to_session()
    refusal = unrecognised(result.document, session)
    if refusal:
        raise SourceError(f"{path} : extrait refusé : {refusal} ; rien n'a été importé")
    return session


def unrecognised(doc: Any, session: core.Session) -> str:
    """Why a read extract cannot be stored as a session (empty when it can).

    The reader returns what it could read of any text (``registre parse`` reports it);
    storing needs at least one deliberation (a title, a number or a printed vote), a list
    of members, and the authority, assembly and date that key the session: never
    « Collectivité non lue ». ``doc`` is the reader's document (its fields say what was
    not read), ``session`` what it gives.
    """
    reasons = []
    if not any(it.title or it.deliberation or it.vote is not None for it in session.items):
        reasons.append("aucune délibération reconnue (ni objet, ni numéro, ni vote)")
    unread = [label for label, attr in (("la collectivité", "authority"), ("l'assemblée", "assembly"),
                                        ("la date de la séance", "session_date"))
              if not getattr(doc, attr, True)]
    if unread:
        hint = " (une collectivité que le texte n'imprime pas se donne avec --collectivite)" \
            if not getattr(doc, "authority", True) else ""
        reasons.append(f"{', '.join(unread)} non lue(s){hint}")
    if not session.members:
        reasons.append("aucune liste de présents ou d'absents")
    return " ; ".join(reasons)


def import_file(path: Path, user: Any = None, progress: Callable[[int, int], None] | None = None,
                authority: str | None = None) -> tuple[bool, str]:
    """Read and store one file; returns (ok, French message). Never raises on bad input.

    ``progress(done, total)`` follows the pages of a scan read by OCR; ``authority`` is that
    of an extract that does not print it (see :func:`read_source`)."""
    from registre.web.services import ImportFailed, import_session

    if path.suffix.lower() == ".csv":
        return _import_subventions(path, user)

    notes: list[str] = []
    try:
        session = read_source(path, notes, progress, authority)
        outcome = import_session(session, source_name=str(path), content_hash=content_hash(path),
                                 user=user)
    except (RegistreError, ImportFailed) as e:
        return False, f"échec : {e}"
    except OSError as e:
        return False, f"échec : {path} : {e.strerror or e}"
    except Exception as e:  # a bug on this file: its transaction is rolled back, the batch goes on
        if os.environ.get("REGISTRE_DEBUG"):
            raise
        return False, (f"échec : {path} : erreur inattendue ({type(e).__name__} : {str(e)[:300]}) ; "
                       "rien n'a été écrit pour ce fichier")
    s = outcome.session
    label = {"created": "importée", "merged": "complétée", "unchanged": "déjà importée, rien de nouveau"}
    message = f"{path} : séance du {s.assembly.name} du {s.date:%d/%m/%Y} {label[outcome.status]}"
    # Subsidies (issue 6): the conventions granted by the session's deliberations.
    from registre.web.subsidies.hook import conventions_of_session

    return True, "\n  ".join([message, *notes, *outcome.notes, *conventions_of_session(s, path, user)])



def _import_subventions(path: Path, user: Any) -> tuple[bool, str]:
    """An SCDL Subventions CSV: its attributions stored, its bad rows reported (issue 17)."""
    from registre.web.subsidies.attributions import NotSubventions, import_subventions

    try:
        report = import_subventions(path, user)
    except NotSubventions as e:
        return False, f"échec : {path} : {e}"
    except OSError as e:
        return False, f"échec : {path} : {e.strerror or e}"
    ok = bool(report.stored or report.unchanged)
    return ok, "\n".join(report.lines()) if ok else "échec : " + "\n".join(report.lines())
