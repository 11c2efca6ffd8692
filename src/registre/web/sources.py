"""Read a source file into a core ``Session``: session files now, published extracts via the reader.

Dispatch on the suffix: ``.yaml``/``.yml`` → :func:`registre.sessionfile.load_session`;
``.txt``/``.pdf`` → ``registre.reading.read_file`` (branch ``reading``), whose document
gives ``to_session()``. Raises :class:`SourceError` with a French message.
"""

from __future__ import annotations

import hashlib
import importlib
import os
from pathlib import Path
from typing import Any

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


def read_source(path: Path) -> core.Session:
    """The core ``Session`` of a source file; raises :class:`SourceError` (or ``SessionFileError``)."""
    suffix = path.suffix.lower()
    if not path.is_file():
        raise SourceError(f"{path} : fichier introuvable")
    if suffix in SESSION_SUFFIXES:
        return load_session(path)
    if suffix in EXTRACT_SUFFIXES:
        return _read_extract(path)
    raise SourceError(f"{path} : type de fichier non pris en charge ({suffix or 'sans extension'}) ; "
                      "attendu : .yaml, .yml, .txt ou .pdf")


def _read_extract(path: Path) -> core.Session:
    try:
        reading: Any = importlib.import_module("registre.reading")
    except ImportError:
        raise SourceError(f"{path} : la lecture des extraits publiés (.txt, .pdf) n'est pas encore "
                          "installée (module registre.reading absent) ; importez un fichier de séance "
                          ".yaml") from None
    result = reading.read_file(path)
    if result.document is None:
        raise SourceError(f"{path} : extrait illisible : {result.error or 'raison inconnue'}")
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
        reasons.append(f"{', '.join(unread)} non lue(s)")
    if not session.members:
        reasons.append("aucune liste de présents ou d'absents")
    return " ; ".join(reasons)


def import_file(path: Path, user: Any = None) -> tuple[bool, str]:
    """Read and store one file; returns (ok, French message). Never raises on bad input."""
    from registre.web.services import ImportFailed, import_session

    try:
        session = read_source(path)
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

    return True, "\n  ".join([message, *outcome.notes, *conventions_of_session(s, path, user)])
