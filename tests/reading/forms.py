"""What the forms' tests (tests/reading/test_minutes_forms*.py) read of a text: the document, its
present list and its proxy pairs, by the names the reader gives them."""

from __future__ import annotations

from registre.reading import read_text
from registre.reading.result import ParsedExtract


def doc_of(text: str) -> ParsedExtract:
    doc = read_text(text, "x").document
    assert doc is not None
    return doc


def present_of(doc: ParsedExtract) -> list[str]:
    return [doc.name(p) or "" for p, _ in doc.present]


def pairs_of(doc: ParsedExtract) -> list[tuple[str, str | None]]:
    return [(doc.name(p.giver) or "", doc.name(p.holder) if p.holder else None) for p in doc.proxies]
