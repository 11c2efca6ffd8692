"""PDFs made for the tests and the benchmark with reportlab: text layer or images only."""

from __future__ import annotations

import io
import textwrap

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas


def text_pdf(text: str, width: int = 95, lines_per_page: int = 60) -> bytes:
    """A PDF whose text layer holds ``text``, wrapped to ``width`` characters a line."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    lines: list[str] = []
    for para in text.split("\n"):
        lines.extend(textwrap.wrap(para, width) or [""])
    for start in range(0, len(lines), lines_per_page):
        y = 800
        for line in lines[start:start + lines_per_page]:
            c.setFont("Helvetica", 8)
            c.drawString(40, y, line)
            y -= 12.5
        c.showPage()
    c.save()
    return buf.getvalue()


def image_only_pdf(pages: int = 1) -> bytes:
    """A PDF with drawings and no text layer, as a scan gives."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for _ in range(pages):
        for k in range(30):
            c.rect(40, 780 - k * 20, 400, 8, fill=1)
        c.showPage()
    c.save()
    return buf.getvalue()
