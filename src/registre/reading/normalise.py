"""Stage 1: normalise the raw text of an extract before anything reads it.

Text converted from PDF carries its scars: ``**bold**`` and ``^{ème}`` markup,
letter-spaced headings (``E X T R A I T``), lost apostrophes (``jusqu à``) and lost
``°`` (``question n 6``), non-breaking spaces, prefecture stamps repeated on each page.
:func:`normalise` removes them and returns plain text; it never raises.
Glued first names (``JeanPierre``) are repaired where names are read (``people.py``):
doing it here would break words such as ``BioLead`` in the body.
"""

from __future__ import annotations

import re
import unicodedata

from registre.reading.textutil import guarded

_SPACES = re.compile(r"[\u00a0\u202f\u2007\u2009\u200a\u2002\u2003]")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\ufeff\u00ad]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Any of the three above: most texts have none, and one search spares three substitutions.
_ODD = re.compile(r"[\u00a0\u202f\u2007\u2009\u200a\u2002\u2003\u200b\u200c\u200d\ufeff\u00ad"
                  r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SUPERSCRIPT = re.compile(r"\^\{([^{}\n]{0,12})\}")
# Patterns start with a literal where they can: Python's re then skips ahead quickly.
_GLUED_BOLD = re.compile(r"\*\*(?<=[^\s*]\*\*)(?=[A-ZÉÈ])")
_BOLD = re.compile(r"\*\*|__(?=\s)")
# E X T R A I T  D U  R E G I S T R E: single capitals separated by one space, words by two+.
_SPACED = re.compile(r"(?<![\w.])[A-ZÀ-ÝŒ](?: {1,3}[A-ZÀ-ÝŒ]){3,}(?![\w.])")
_SPACED_HINT = re.compile(r" (?<=[A-ZÀ-ÝŒ] )[A-ZÀ-ÝŒ] (?=[A-ZÀ-ÝŒ])")  # « X Y Z », found by its spaces
_APOSTROPHE = guarded(
    r"\b(jusqu|lorsqu|puisqu|qu|[lLds])\s(?=[aeiouyhéèêàâîôûAEIOUYHÉÈÀ])", "jlpqLds"
)
_DEGREE = re.compile(r"([nN])(?<![\w][nN])(?:\s*[º˚°o]\.?\s*|\s)(?=\d)")
# Every alternative starts with a letter of its own: re then skips ahead to those letters
# (a « \\b » in front would make it try every position).
_STAMPS = re.compile(
    r"Envoyé\s+en\s+pr[ée]fectur\w*\s*(?:le\s*)?[\d/ ]{0,12}"
    r"|Re(?:çu|[cç]u|u)\s+en\s+pr[ée]fectur\w*\s*(?:le\s*)?[\d/ ]{0,12}"
    r"|I(?<=\bI)D\s*:\s*\d{3}-[\dA-Z]{6,}-\d{8}-[\w-]+?-(?:DE|AR|AI|CC|BF|AU)\b"
    r"|S(?<=\bS)²LO\b"
)
_CIVILITY_EOL = re.compile(
    r"(M(?:\.|me|M\.|mes|onsieur|adame|lle))(?<![\w]M\.)(?<![\w]Mme)[ \t]*\n[ \t]*(?=[A-ZÀ-Ý])")
_PAGE = re.compile(r"^[ \t]*(?:page[ \t]*)?\d{1,3}[ \t]*(?:/|sur)[ \t]*\d{1,3}[ \t]*$",
                   re.IGNORECASE | re.MULTILINE)
# Needed by any page number line: found by its digits, where _PAGE tries every line.
_PAGE_HINT = re.compile(r"\d[ \t]*(?:/|[sSſ][uU][rR])[ \t]*\d{1,3}[ \t]*(?:\n|$)")
# Long runs of blanks are cut short: many patterns allow a run of blanks before what
# they look for, and an unbounded run would make them quadratic.
_MANY_SPACES = re.compile(r"[ \t]{3,}")
_MANY_PLAIN_SPACES = re.compile(r"   +")  # a literal start: re skips ahead (no tab in the text)
_MANY_LINES = re.compile(r"(?:[ \t]*\n){3,}")
_MANY_LINES_HINT = re.compile(r"\n[ \t]*\n[ \t]*\n")  # needed by any match of _MANY_LINES


_ANNEX_HEADING = re.compile(r"\n[* \t]*Annexe\s+\d+\s*:")


def normalise(raw: str) -> str:
    """Plain text with markup, stamps and OCR scars removed; never raises.

    Annexes (from the first « Annexe N : » heading on) get only the light part: nothing is
    read in them but their headings and text, and they are often most of the document.
    """
    cut = _ANNEX_HEADING.search(raw)
    if cut is None:
        return _full(raw)
    return _full(raw[: cut.start()]) + _light(raw[cut.start():])


def _light(raw: str) -> str:
    text = unicodedata.normalize("NFC", raw).replace("\r\n", "\n").replace("\r", "\n")
    if _ODD.search(text):
        text = _SPACES.sub(" ", _CONTROL.sub(" ", _ZERO_WIDTH.sub("", text)))
    if "^{" in text:
        text = _SUPERSCRIPT.sub(r"\1", text)
    if "**" in text:
        text = _BOLD.sub("", _GLUED_BOLD.sub("\n", text))
    return text


def _full(raw: str) -> str:
    text = unicodedata.normalize("NFC", raw).replace("\r\n", "\n").replace("\r", "\n")
    if _ODD.search(text):
        text = _SPACES.sub(" ", _CONTROL.sub(" ", _ZERO_WIDTH.sub("", text)))
    text = text.replace("’", "'").replace("‘", "'").replace("ʼ", "'").replace("`", "'")
    text = text.replace("''", "'")
    text = text.replace("–", "-").replace("—", "-").replace("‐", "-")
    text = _SUPERSCRIPT.sub(r"\1", text)
    text = _GLUED_BOLD.sub("\n", text)
    text = _BOLD.sub("", text)
    if _SPACED_HINT.search(text):
        text = _SPACED.sub(_unspace, text)
    text = (_MANY_SPACES if "\t" in text else _MANY_PLAIN_SPACES).sub("  ", text)
    if _MANY_LINES_HINT.search(text):
        text = _MANY_LINES.sub("\n\n", text)
    text = _APOSTROPHE.sub(r"\1'", text)
    text = _DEGREE.sub(r"\1°", text)
    if "fectur" in text or "ID :" in text or "S²LO" in text:
        text = _STAMPS.sub(" ", text)
    if _PAGE_HINT.search(text):
        text = _PAGE.sub("", text)
    text = _CIVILITY_EOL.sub(r"\1 ", text)
    return text


def _unspace(m: re.Match[str]) -> str:
    """``E X T R A I T  D U`` → ``EXTRAIT DU``."""
    words = re.split(r" {2,}", m.group(0))
    if all(len(w) == 1 for w in words):  # one spaced word only
        return "".join(words)
    return " ".join(w.replace(" ", "") for w in words)


def squash(text: str) -> str:
    """Collapse every run of white space (line breaks included) to one space."""
    return " ".join(text.split())
