"""PDF rendering through Typst (the ``typst`` package from PyPI), as PDF/A-2b.

The Typst template (``templates/document.typ``) reads the Document as JSON from
``sys.inputs``; no text is ever pasted into Typst markup, so nothing needs escaping.
One compiler is kept per process: fonts (the ones shipped inside the typst package,
so the output does not depend on the machine) are loaded once.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from functools import cache
from importlib import resources

import typst

from registre.rendering.blocks import Document

PDF_STANDARD = "a-2b"  # PDF/A-2b: archival, fonts embedded, XMP metadata, output intent
_lock = threading.Lock()


@cache
def _template() -> bytes:
    return resources.files("registre.rendering").joinpath("templates/document.typ").read_bytes()


@cache
def _compiler() -> typst.Compiler:
    return typst.Compiler(ignore_system_fonts=True)


def render_pdf(doc: Document) -> bytes:
    """The document as PDF/A-2b bytes. Raises typst.TypstError if Typst fails (a bug here)."""
    data = json.dumps(doc.as_dict(), ensure_ascii=False)
    day = doc.date or dt.date.today()
    stamp = dt.datetime(day.year, day.month, day.day, 12, 0, tzinfo=dt.UTC)
    with _lock:  # one compiler, not thread-safe by promise
        out = _compiler().compile(_template(), format="pdf", sys_inputs={"doc": data},
                                  pdf_standards=PDF_STANDARD, timestamp=stamp)
    assert isinstance(out, bytes)
    return out
