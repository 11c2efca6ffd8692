"""Plain-text rendering in the seeds' own form (text converted from PDF): paragraphs
separated by blank lines, ``**bold**``, ``^{e}`` superscripts, tables with tabs, list
items with ``- ``. It is what the reader (``registre.reading``) parses, so a rendered
extract can be read back (the round-trip test)."""

from __future__ import annotations

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


def _runs(runs: tuple[Run, ...]) -> str:
    out = []
    for r in runs:
        if r.style == "bold":
            out.append(f"**{r.text}**")
        elif r.style == "sup":
            out.append(f"^{{{r.text}}}")
        else:
            out.append(r.text)
    return "".join(out)


def render_text(doc: Document) -> bytes:
    """The document as UTF-8 text in the seeds' form (never-printable characters as « � »)."""
    doc = clean_document(doc)
    out: list[str] = []
    for b in doc.blocks:
        if isinstance(b, Paragraph):
            out.append(_runs(b.runs))
        elif isinstance(b, Heading):
            out.append(b.text)
        elif isinstance(b, BulletList):
            out.append("\n".join("- " + _runs(item) for item in b.items))
        elif isinstance(b, Table):
            out.append("\n".join("\t".join(row) for row in (b.header, *b.rows)))
        elif isinstance(b, Signatures):
            out.extend("\n".join([*s.heading, "", "", s.name, *s.function]) for s in b.signatures)
        elif isinstance(b, PageBreak):
            out.append("")
    return ("\n\n".join(out) + "\n").encode("utf-8")
