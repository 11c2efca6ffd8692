"""PDF rendering through Typst (the ``typst`` package from PyPI), as PDF/A-2b.

The Typst template (``templates/document.typ``) reads the Document as JSON from an
in-memory file ``doc.json`` handed to the compiler next to it (typst-py's multi-file
input); no text is ever pasted into Typst markup, so nothing needs escaping.

Speed (docs/rendering.md, « Speed »): one compiler is kept per thread, all sharing one
set of fonts (the ones shipped inside the typst package: the output does not depend on
the machine's fonts), loaded once; the template is parsed once. Typst memoizes layout across
compilations in a process-wide cache; passing the data as a file rather than in
``sys_inputs`` keeps that cache valid from one document to the next (a new
``sys_inputs`` rebuilds Typst's library and invalidates everything), so the session
header, identical in every extract of a session, is laid out once. Typst releases the
GIL while it compiles, so :func:`render_pdfs` renders a batch on several threads.
"""

from __future__ import annotations

import datetime as dt
import os
import threading
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from importlib import resources

import typst

from registre.rendering.blocks import Document
from registre.rendering.printable import for_pdf, pdf_needs_cleaning

PDF_STANDARD = "a-2b"  # PDF/A-2b: archival, fonts embedded, XMP metadata, output intent
_local = threading.local()


@cache
def _template() -> bytes:
    return resources.files("registre.rendering").joinpath("templates/document.typ").read_bytes()


@cache
def _fonts() -> typst.Fonts:
    """The fonts inside the typst package only, found once and shared by every thread's
    compiler (each font is read and parsed once in the process)."""
    return typst.Fonts(include_system_fonts=False)


def _compiler() -> typst.Compiler:
    compiler: typst.Compiler | None = getattr(_local, "compiler", None)
    if compiler is None:
        compiler = _local.compiler = typst.Compiler(font_paths=_fonts())
    return compiler


def render_pdf(doc: Document) -> bytes:
    """The document as PDF/A-2b bytes, what cannot be printed replaced by « � »
    (``printable.for_pdf``). Raises typst.TypstError if Typst fails (a bug here).

    Never-printable characters (controls, private use…) are looked for in the JSON handed
    to Typst (a fraction of a millisecond); a character the fonts lack makes PDF/A fail, so
    for those the document is compiled as it is first, and only when Typst refuses it, once
    more with the replacements. The usual document pays neither.
    """
    try:
        data = doc.to_json()
        clean_first = pdf_needs_cleaning(data)
    except UnicodeEncodeError:  # a lone surrogate (a file read without checking)
        clean_first = True
    if clean_first:
        doc = for_pdf(doc)
        data = doc.to_json()
    try:
        return _compile(data, doc.date)
    except typst.TypstError:
        fixed = for_pdf(doc)
        if fixed is doc:
            raise
        return _compile(fixed.to_json(), doc.date)


def compile_pdf(doc: Document) -> bytes:
    """The document as PDF/A-2b bytes, as it is (Typst refuses a character it cannot draw)."""
    return _compile(doc.to_json(), doc.date)


def _compile(data: bytes, date: dt.date | None) -> bytes:
    day = date or dt.date.today()
    # The document's date, not the clock: the same session gives the same bytes.
    stamp = dt.datetime(day.year, day.month, day.day, 12, 0, tzinfo=dt.UTC)
    files = {"main.typ": _template(), "doc.json": data}
    out = _compiler().compile(files, format="pdf", pdf_standards=PDF_STANDARD,  # type: ignore[type-var]
                              timestamp=stamp)
    assert isinstance(out, bytes)
    return out


def render_pdfs(docs: Iterable[Document], workers: int | None = None) -> list[bytes]:
    """Several documents as PDF/A-2b, in order, on ``workers`` threads (default: CPUs, at most 4)."""
    workers = workers or min(os.cpu_count() or 1, 4)
    if workers == 1:
        return [render_pdf(d) for d in docs]
    with ThreadPoolExecutor(workers, thread_name_prefix="registre-pdf") as pool:
        return list(pool.map(render_pdf, docs))
