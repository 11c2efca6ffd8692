"""HTML rendering of a Document: a fragment the portal embeds, or a whole page.

Jinja2 with autoescaping: every text of a document is escaped, none is trusted.
"""

from __future__ import annotations

from functools import cache

import jinja2
from markupsafe import Markup

from registre.rendering.blocks import Document
from registre.rendering.printable import clean_document


@cache
def _env() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("registre.rendering", "templates"),
        autoescape=True,
        trim_blocks=False,
        keep_trailing_newline=True,
    )


def html_fragment(doc: Document) -> str:
    """The document as an ``<article class="registre-document">`` element (escaped HTML;
    characters no document carries replaced by « � », ``printable``)."""
    return _env().get_template("blocks.html.j2").render(doc=clean_document(doc))


def render_html(doc: Document) -> bytes:
    """A standalone UTF-8 HTML page of the document."""
    doc = clean_document(doc)
    page = _env().get_template("page.html.j2").render(doc=doc, fragment=Markup(html_fragment(doc)))
    return page.encode("utf-8")
