"""The plain data every document is built into, and every renderer reads.

A :class:`Document` is a title, some metadata and a list of blocks: paragraphs made of
runs (plain, bold, superscript), headings, bullet lists, tables, signature blocks and
page breaks. The data-building functions (``extract``, ``documents``) produce it from a
core ``Session`` and its ``check_session`` report; the renderers (HTML, PDF, DOCX) only
lay it out, so the three formats say the same words. ``as_dict`` gives JSON-ready data
(the PDF renderer hands it to Typst as such).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import asdict, dataclass, fields, is_dataclass
from typing import Any, Literal

Style = Literal["plain", "bold", "sup"]


@dataclass(frozen=True, slots=True)
class Run:
    """A piece of text with one style."""

    text: str
    style: Style = "plain"


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph; ``role`` lets renderers space or align it (``title``, ``small``, ``center``)."""

    runs: tuple[Run, ...]
    role: str = ""
    kind: Literal["paragraph"] = "paragraph"

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass(frozen=True, slots=True)
class Heading:
    text: str
    level: int = 1
    kind: Literal["heading"] = "heading"


@dataclass(frozen=True, slots=True)
class BulletList:
    items: tuple[tuple[Run, ...], ...]
    kind: Literal["list"] = "list"


@dataclass(frozen=True, slots=True)
class Table:
    """A table with a header row; ``widths`` are relative column widths."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[int, ...] = ()
    kind: Literal["table"] = "table"


@dataclass(frozen=True, slots=True)
class Signature:
    """One signature: the heading lines (« Pour extrait conforme, », « La Présidente, »),
    the name and the function printed under it."""

    heading: tuple[str, ...]
    name: str
    function: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Signatures:
    signatures: tuple[Signature, ...]
    kind: Literal["signatures"] = "signatures"


@dataclass(frozen=True, slots=True)
class PageBreak:
    kind: Literal["pagebreak"] = "pagebreak"


Block = Paragraph | Heading | BulletList | Table | Signatures | PageBreak


@dataclass(frozen=True, slots=True)
class Document:
    """A whole document: ``title`` (PDF/DOCX metadata and HTML ``<title>``), ``author``
    (the authority), ``date`` (of the session), blocks in reading order."""

    title: str
    author: str
    date: dt.date | None
    blocks: tuple[Block, ...]
    lang: str = "fr"
    subject: str = ""

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["date"] = self.date.isoformat() if self.date else None
        return data

    def to_json(self) -> bytes:
        """``as_dict()`` as UTF-8 JSON (keys in another order), written straight from the
        dataclasses: what the PDF renderer hands to Typst. Each block's JSON is kept (blocks
        are immutable), so the header blocks shared by a session's extracts
        (``build_extracts``) are written once: 0.02 ms an extract instead of 0.76."""
        meta = {"title": self.title, "author": self.author,
                "date": self.date.isoformat() if self.date else None,
                "lang": self.lang, "subject": self.subject}
        blocks = ",".join(_block_json(b) for b in self.blocks)
        return f'{{"blocks":[{blocks}],{json.dumps(meta, ensure_ascii=False)[1:]}'.encode()

    def text(self) -> str:
        """The document as plain text, one block per paragraph (for tests and search)."""
        out: list[str] = []
        for b in self.blocks:
            if isinstance(b, Paragraph | Heading):
                out.append(b.text)
            elif isinstance(b, BulletList):
                out.extend("- " + "".join(r.text for r in item) for item in b.items)
            elif isinstance(b, Table):
                out.extend("\t".join(row) for row in (b.header, *b.rows))
            elif isinstance(b, Signatures):
                for s in b.signatures:
                    out.extend([*s.heading, s.name, *s.function])
        return "\n\n".join(out)


_FIELDS: dict[type, tuple[str, ...]] = {}


def _json_fields(obj: object) -> dict[str, Any]:
    """A block, run or signature as a dict of its fields, for ``json.dumps(default=)``;
    TypeError for anything else, as json does."""
    cls = type(obj)
    names = _FIELDS.get(cls)
    if names is None:
        if not is_dataclass(obj):
            raise TypeError(f"{cls.__name__} n'est pas sérialisable en JSON")
        names = _FIELDS.setdefault(cls, tuple(f.name for f in fields(obj)))
    return {n: getattr(obj, n) for n in names}


_BLOCK_JSON: dict[int, tuple[Block, str]] = {}
_BLOCK_JSON_MAX = 5_000  # blocks kept (~1 500 for the 60 extracts of a session; ~11 shared)


def _block_json(block: Block) -> str:
    """The block as JSON, from the cache if this very object was written before."""
    hit = _BLOCK_JSON.get(id(block))
    if hit is not None and hit[0] is block:  # the object itself, not a new one at its address
        return hit[1]
    text = json.dumps(block, ensure_ascii=False, default=_json_fields)
    if len(_BLOCK_JSON) >= _BLOCK_JSON_MAX:
        _BLOCK_JSON.clear()
    _BLOCK_JSON[id(block)] = (block, text)
    return text


def para(*parts: str | Run, role: str = "") -> Paragraph:
    """A paragraph from strings (plain) and runs."""
    runs = tuple(p if isinstance(p, Run) else Run(p) for p in parts if p)
    return Paragraph(runs, role)


def bold(text: str) -> Run:
    return Run(text, "bold")


_ORD_RUN = re.compile(r"\b(\d+)(er|re|e)\b(?=\s)")


def with_superscripts(text: str) -> tuple[Run, ...]:
    """Runs of ``text`` with ordinal suffixes raised: ``2e`` → ``2`` + superscript ``e``."""
    runs: list[Run] = []
    pos = 0
    for m in _ORD_RUN.finditer(text):
        runs.append(Run(text[pos:m.start(2)]))
        runs.append(Run(m.group(2), "sup"))
        pos = m.end(2)
    runs.append(Run(text[pos:]))
    return tuple(r for r in runs if r.text)


def paragraphs(text: str) -> list[Paragraph | BulletList]:
    """Plain text with blank lines between paragraphs → blocks; ``- `` lines become lists."""
    out: list[Paragraph | BulletList] = []
    for chunk in re.split(r"\n\s*\n", text.strip()):
        lines = [ln.strip() for ln in chunk.splitlines() if ln.strip()]
        if not lines:
            continue
        if all(ln.startswith("- ") for ln in lines):
            out.append(BulletList(tuple((Run(ln[2:].strip()),) for ln in lines)))
        else:
            out.extend(Paragraph((Run(ln),)) for ln in lines)
    return out
