"""DOCX rendering with python-docx, for clerks who edit in Word or LibreOffice.

Paragraph roles map to Word styles (Title, Subtitle, List Bullet, Table Grid); bold and
superscript runs stay runs, so the text a clerk edits is the text the PDF prints.
"""

from __future__ import annotations

import datetime as dt
import io

from docx import Document as new_docx
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt

from registre.rendering.blocks import (
    BulletList,
    Document,
    Heading,
    PageBreak,
    Paragraph,
    Run,
    Signatures,
    Table,
)
from registre.rendering.printable import clean_document


def _runs(p, runs: tuple[Run, ...]) -> None:  # type: ignore[no-untyped-def]
    for r in runs:
        run = p.add_run(r.text)
        if r.style == "bold":
            run.bold = True
        elif r.style == "sup":
            run.font.superscript = True


def render_docx(doc: Document) -> bytes:
    """The document as DOCX bytes (core properties: title, author, language).

    Characters XML cannot carry are replaced by « � » (``printable``); core properties are
    cut to Word's 255 characters (a long deliberation title makes a longer document title).
    """
    doc = clean_document(doc)
    d = new_docx()
    d.styles["Normal"].font.name = "Liberation Serif"
    d.styles["Normal"].font.size = Pt(10.5)
    d.styles["Title"].font.size = Pt(18)
    props = d.core_properties
    props.title, props.author, props.subject = _prop(doc.title), _prop(doc.author), _prop(doc.subject)
    props.language = "fr-FR"
    if doc.date:
        props.created = props.modified = dt.datetime(doc.date.year, doc.date.month, doc.date.day, 12)
    for b in doc.blocks:
        if isinstance(b, Paragraph):
            _paragraph(d, b)
        elif isinstance(b, Heading):
            d.add_heading(b.text, level=b.level)
        elif isinstance(b, BulletList):
            for item in b.items:
                _runs(d.add_paragraph(style="List Bullet"), item)
        elif isinstance(b, Table):
            t = d.add_table(rows=1 + len(b.rows), cols=len(b.header))
            t.style = "Table Grid"
            for j, h in enumerate(b.header):
                cell = t.rows[0].cells[j]
                cell.text = ""
                cell.paragraphs[0].add_run(h).bold = True
            for i, row in enumerate(b.rows, start=1):
                for j, value in enumerate(row):
                    t.rows[i].cells[j].text = value
        elif isinstance(b, Signatures):
            t = d.add_table(rows=1, cols=len(b.signatures))
            for j, s in enumerate(b.signatures):
                cell = t.rows[0].cells[j]
                cell.text = ""
                lines = [*s.heading, "", "", s.name, *s.function]
                cell.paragraphs[0].add_run(lines[0])
                for line in lines[1:]:
                    cell.add_paragraph(line)
        elif isinstance(b, PageBreak):
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def _prop(text: str, limit: int = 255) -> str:
    """A core property within Word's limit, cut with « … » when longer."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _paragraph(d, b: Paragraph) -> None:  # type: ignore[no-untyped-def]
    if b.role == "title":
        p = d.add_paragraph(style="Title")
    elif b.role == "subtitle":
        p = d.add_paragraph(style="Subtitle")
    else:
        p = d.add_paragraph()
    if b.role in ("title", "subtitle"):
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if b.role in ("heading", "object"):
        for r in b.runs:
            p.add_run(r.text).bold = True
        return
    _runs(p, b.runs)
    if b.role == "small":
        for run in p.runs:
            run.font.size = Pt(8.5)
