"""Text every format can print: what cannot be printed is replaced, visibly, by « � ».

A title, a name or a text typed by a clerk or read from a file may hold anything Unicode
has. Two passes, called by the renderers themselves:

- :func:`clean_document` (every format): characters no document should carry — control
  characters other than tab and line breaks (``\\x01``, ``\\x0b``), DEL and C1 controls,
  surrogates, non-characters (``\\ufffe``), private-use code points — become U+FFFD. XML
  (DOCX, HTML) refuses most of them, and none of them prints.
- :func:`for_pdf` (PDF/A), when :func:`pdf_needs_cleaning` finds a never-printable
  character in the JSON handed to Typst, or when Typst refuses the document: PDF/A forbids
  a character drawn without a glyph, so a character that none of the fonts embedded in
  Typst can draw (an emoji, an unassigned code point, a script the fonts lack) becomes
  U+FFFD too (which they can draw). Which characters those are is asked of Typst itself,
  once per character and process: a small document of the characters is compiled, halves
  of a failing set again, until each is known.

Nothing changes for text that needs no change: the same objects come back, so the PDF
renderer's cache of block JSON keeps working.
"""

from __future__ import annotations

import dataclasses
import re
import threading
from typing import Any, TypeVar

from registre.rendering.blocks import Document, Paragraph, Run

REPLACEMENT = "\ufffd"

# Never printable, in any format: C0 controls but tab, LF, CR; DEL and C1; surrogates;
# private use; non-characters (U+FDD0–U+FDEF and the last two code points of every plane).
_NEVER = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ue000-\uf8ff\ufdd0-\ufdef\ufffe\uffff"
    "\U000f0000-\U0010ffff" + "".join(f"\\U{p:04x}fffe\\U{p:04x}ffff" for p in range(1, 16)) + "]")
_TAB_CR = re.compile("[\t\r]")
# A cheap first look: anything outside the ranges where _NEVER has nothing (astral included).
_SUSPECT = re.compile("[^\t\n\r\x20-\x7e\xa0-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd]")
# Characters the PDF fonts are known to draw without asking: ASCII and Latin-1.
_PLAIN = re.compile("[^\t\n\r\x20-\x7e\xa0-\xff]")

T = TypeVar("T")


def clean(text: str) -> str:
    """``text`` with every never-printable character replaced by U+FFFD."""
    return _NEVER.sub(REPLACEMENT, text) if _SUSPECT.search(text) and _NEVER.search(text) else text


def clean_document(doc: Document) -> Document:
    """``doc`` with :func:`clean` applied to every text (the same object when nothing changes)."""
    return _map(doc, clean, _SUSPECT)


def for_pdf(doc: Document) -> Document:
    """``doc`` cleaned, with every character the PDF fonts cannot draw replaced by U+FFFD.

    Tabs become spaces and carriage returns line feeds: Typst draws neither as such (a tab
    after « \\r\\n\\n » even fails PDF/A for want of a glyph). The PDF renderer calls this
    only when Typst refused the document as it was (``pdf.render_pdf``).
    """
    doc = _map(clean_document(doc), _pdf_spaces, _TAB_CR)
    unusual = set(_PLAIN.findall("\n".join(_texts(doc, []))))
    missing = _undrawable(unusual) if unusual else set()
    if not missing:
        return doc
    pattern = re.compile("[" + "".join(re.escape(c) for c in sorted(missing)) + "]")
    return _map(doc, lambda t: pattern.sub(REPLACEMENT, t) if pattern.search(t) else t, pattern)


# In a document's UTF-8 JSON (what Typst reads), a never-printable character shows as: a
# JSON escape of a C0 control (\\u0001, \\b, \\f), DEL, a C1 control (C2 80–9F), private
# use (EE…, EF 80–A3, F3 B0…, F4…), a non-character (EF B7 90–AF, EF BF BE/BF). Typst
# would draw some of them as nothing or as a line break rather than fail, so they are
# looked for before compiling: bytes of no interest are deleted first (C speed), and the
# exact patterns are searched only when a lead byte is left.
_LEADS = b"\x7f\xc2\xee\xef\xf3\xf4"
_OTHER_BYTES = bytes(b for b in range(256) if b not in _LEADS)
_EXACT = re.compile(rb"\x7f|\xc2[\x80-\x9f]|\xee|\xef[\x80-\xa3]|\xef\xb7[\x90-\xaf]|\xef\xbf[\xbe\xbf]"
                    rb"|\xf3[\xb0-\xbf]|\xf4")


def pdf_needs_cleaning(data: bytes) -> bool:
    """Whether a document's JSON (``Document.to_json()``) holds a never-printable character."""
    if b"\\u00" in data or b"\\b" in data or b"\\f" in data:
        return True
    return bool(data.translate(None, _OTHER_BYTES)) and _EXACT.search(data) is not None


def _pdf_spaces(text: str) -> str:
    if "\t" not in text and "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")


# --- which characters Typst can draw --------------------------------------------------------

_DRAWABLE: dict[str, bool] = {REPLACEMENT: True}
_LOCK = threading.Lock()


def _undrawable(chars: set[str]) -> set[str]:
    """The characters of ``chars`` no embedded font draws (asked of Typst, remembered)."""
    unknown = sorted(c for c in chars if c not in _DRAWABLE)
    if unknown:
        with _LOCK:
            _probe([c for c in unknown if c not in _DRAWABLE])
    return {c for c in chars if not _DRAWABLE[c]}


def _probe(chars: list[str]) -> None:
    """Record in ``_DRAWABLE`` whether each character compiles in PDF/A (halving failures)."""
    if not chars:
        return
    if _compiles(chars):
        _DRAWABLE.update(dict.fromkeys(chars, True))
    elif len(chars) == 1:
        _DRAWABLE[chars[0]] = False
    else:
        half = len(chars) // 2
        _probe(chars[:half])
        _probe(chars[half:])


def _compiles(chars: list[str]) -> bool:
    """Whether a PDF/A of the characters, plain, bold and superscript, compiles."""
    import typst

    from registre.rendering.pdf import compile_pdf

    text = " ".join(chars)
    probe = Document("", "", None, (Paragraph((Run(text), Run(" "), Run(text, "bold"), Run(text, "sup"))),
                                    Paragraph((Run(text),), role="title")))
    try:
        compile_pdf(probe)
    except typst.TypstError:
        return False
    return True


# --- mapping every text of a document -------------------------------------------------------

_NAMES: dict[type, tuple[str, ...]] = {}


def _texts(obj: Any, out: list[str]) -> list[str]:
    """Every string inside ``obj`` (dataclasses and tuples followed), appended to ``out``."""
    t = type(obj)
    if t is str:
        out.append(obj)
    elif t is tuple:
        for x in obj:
            _texts(x, out)
    else:
        names = _NAMES.get(t)
        if names is None:
            names = _NAMES[t] = tuple(f.name for f in dataclasses.fields(obj)) \
                if dataclasses.is_dataclass(obj) else ()
        for n in names:
            _texts(getattr(obj, n), out)
    return out


def _map(obj: T, fn: Any, needed: re.Pattern[str] | None = None) -> T:
    """``obj`` with ``fn`` applied to every string inside (dataclasses and tuples followed);
    the same object when ``fn`` changes nothing in it. With ``needed``, nothing is done at
    all unless some text matches it (one search over all the texts: the common case)."""
    if needed is not None and not needed.search("\n".join(_texts(obj, []))):
        return obj
    t = type(obj)
    if t is str:
        return fn(obj)  # type: ignore[no-any-return]
    if t is tuple:
        items = tuple(_map(x, fn) for x in obj)  # type: ignore[attr-defined]
        return obj if all(a is b for a, b in zip(items, obj, strict=True)) else items  # type: ignore[arg-type,return-value]
    names = _NAMES.get(t)
    if names is None:
        names = _NAMES[t] = tuple(f.name for f in dataclasses.fields(obj)) \
            if dataclasses.is_dataclass(obj) else ()  # type: ignore[arg-type]
    changes = {}
    for n in names:
        old = getattr(obj, n)
        new = _map(old, fn)
        if new is not old:
            changes[n] = new
    return dataclasses.replace(obj, **changes) if changes else obj  # type: ignore[type-var]
