"""From core sessions to official documents: extracts, list of deliberations, minutes,
convocations, in HTML, PDF (Typst, PDF/A-2b) and DOCX. See docs/rendering.md.

One data-building function per document (``BUILDERS``) turns a session and its
``check_session`` report into a :class:`Document`; renderers keyed by format
(``RENDERERS``) turn a Document into bytes.
"""

from __future__ import annotations

from collections.abc import Callable

from registre.core.check import SessionReport, check_session
from registre.core.model import Session
from registre.rendering.blocks import Document
from registre.rendering.documents import build_convocation, build_list, build_minutes
from registre.rendering.extract import RenderError, build_extract
from registre.rendering.wording import STYLES, Wording

WHATS = ("extract", "list", "minutes", "convocation")
FORMATS = ("pdf", "html", "docx", "txt")


def _render_pdf(doc: Document) -> bytes:
    from registre.rendering.pdf import render_pdf

    return render_pdf(doc)


def _render_html(doc: Document) -> bytes:
    from registre.rendering.html import render_html

    return render_html(doc)


def _render_docx(doc: Document) -> bytes:
    from registre.rendering.docx import render_docx

    return render_docx(doc)


def _render_text(doc: Document) -> bytes:
    from registre.rendering.text import render_text

    return render_text(doc)


RENDERERS: dict[str, Callable[[Document], bytes]] = {
    "pdf": _render_pdf,
    "html": _render_html,
    "docx": _render_docx,
    "txt": _render_text,
}

MEDIA_TYPES = {
    "pdf": "application/pdf",
    "html": "text/html; charset=utf-8",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "txt": "text/plain; charset=utf-8",
}


def build(session: Session | SessionReport, what: str, item: str | int | None = None,
          wording: Wording | None = None) -> Document:
    """The Document ``what`` (one of WHATS) of a session; ``item`` is for the extract.

    Accepts a Session (checked here) or an already computed SessionReport. Raises
    RenderError for an unknown document or item.
    """
    report = session if isinstance(session, SessionReport) else check_session(session)
    if what == "extract":
        return build_extract(report, item, wording)
    if what == "list":
        return build_list(report, wording)
    if what == "minutes":
        return build_minutes(report, wording)
    if what == "convocation":
        return build_convocation(report, wording)
    raise RenderError(f"document inconnu « {what} » (attendu : {', '.join(WHATS)})")


def render(session: Session | SessionReport, what: str, fmt: str, item: str | int | None = None,
           wording: Wording | None = None) -> bytes:
    """Bytes of document ``what`` in format ``fmt`` (pdf, html, docx, or txt: the seeds' text form).

    ``render(session, "extract", "pdf", item="13")``. Raises RenderError for an unknown
    document, format or item.
    """
    if fmt not in RENDERERS:
        raise RenderError(f"format inconnu « {fmt} » (attendu : {', '.join(FORMATS)})")
    return RENDERERS[fmt](build(session, what, item, wording))


def extract_html_fragment(session: Session | SessionReport, item: str | int | None = None,
                          wording: Wording | None = None) -> str:
    """One deliberation's extract as an ``<article>`` HTML fragment (escaped) that a
    Django page can embed with ``{{ fragment|safe }}``."""
    from registre.rendering.html import html_fragment

    return html_fragment(build(session, "extract", item, wording))


__all__ = [
    "FORMATS",
    "MEDIA_TYPES",
    "RENDERERS",
    "STYLES",
    "WHATS",
    "Document",
    "RenderError",
    "Wording",
    "build",
    "build_convocation",
    "build_extract",
    "build_list",
    "build_minutes",
    "extract_html_fragment",
    "render",
]
