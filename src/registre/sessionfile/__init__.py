"""The session file format ``registre-session/1``: YAML, checked by a JSON Schema.

See ``docs/session-format.md``. :func:`load_session` returns a core ``Session`` or raises
:class:`~registre.core.errors.SessionFileError` listing every problem with its line.
"""

from registre.sessionfile.load import load_session, load_session_text

__all__ = ["load_session", "load_session_text"]
