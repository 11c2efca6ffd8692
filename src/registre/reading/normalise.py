"""Stage 1: normalise the raw text of an extract before anything reads it.

Text converted from PDF carries its scars: ``**bold**`` and ``^{ème}`` markup,
letter-spaced headings (``E X T R A I T``), lost apostrophes (``jusqu à``) and lost
``°`` (``question n 6``), non-breaking spaces, prefecture stamps repeated on each page.
:func:`normalise` removes them and returns plain text; it never raises.
OCR's own scars (braces read for brackets) are repaired too.
Glued first names (``JeanPierre``) are repaired where names are read (``people.py``):
doing it here would break words such as ``BioLead`` in the body.
"""

from __future__ import annotations

import re
import unicodedata

from registre.reading.textutil import anchored, guarded

_SPACES = re.compile(r"[\u00a0\u202f\u2007\u2009\u200a\u2002\u2003]")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\ufeff\u00ad]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# A word processor's bullet in a symbol font, as a PDF's text layer gives it (« \uf02d
# Affectation des résultats », « \uf0b7 Taxe foncière »): a private-use character, read as « • ».
_SYMBOL_BULLET = re.compile(r"[\uf020-\uf0ff]")
# The minus sign (U+2212) a word processor prints for a list's dash (« Vote : ⏎ − Pour : 16 ⏎ −
# Abstentions : 3 »): the hyphen every pattern knows.
_MINUS = "\u2212"
# Any of the five above: most texts have none, and one search spares five substitutions.
_ODD = re.compile(r"[\u00a0\u202f\u2007\u2009\u200a\u2002\u2003\u200b\u200c\u200d\ufeff\u00ad"
                  r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f\uf020-\uf0ff\u2212]")
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
# Where each alternative of _STAMPS starts (case-sensitive: found in the text itself); the
# three spellings of « Reçu » by their « Re » (one scan of the text, not three).
_STAMP_ANCHORS = (("Envoyé", 0), ("Re", 0), ("ID", 0), ("S²LO", 0))
# (The lookahead on the line break, implied by what follows it, is tried first: most « M » of
# the names are not at the end of a line, and it spares them the two lookbehinds.)
_CIVILITY_EOL = re.compile(
    r"(M(?:\.|me|M\.|mes|onsieur|adame|lle))(?=[ \t]*\n)(?<![\w]M\.)(?<![\w]Mme)[ \t]*\n[ \t]*(?=[A-ZÀ-Ý])")
_PAGE = re.compile(r"^[ \t]*(?:page[ \t]*)?\d{1,3}[ \t]*(?:/|sur)[ \t]*\d{1,3}[ \t]*$",
                   re.IGNORECASE | re.MULTILINE)
# Long runs of blanks are cut short: many patterns allow a run of blanks before what
# they look for, and an unbounded run would make them quadratic.
_MANY_SPACES = re.compile(r"[ \t]{3,}")
_MANY_PLAIN_SPACES = re.compile(r"   +")  # a literal start: re skips ahead (no tab in the text)
_MANY_LINES = re.compile(r"(?:[ \t]*\n){3,}")
_MANY_LINES_HINT = re.compile(r"\n[ \t]*\n[ \t]*\n")  # needed by any match of _MANY_LINES


_ANNEX_HEADING = re.compile(r"\n[* \t]*Annexe\s+\d+\s*:")
# Literals looked for in the whole text, searched by re rather than with ``in`` or str.find:
# re skips to their first character in a tight loop, about twice as fast as str.find (Python
# 3.11) when that character is rare in the text, as these are.
_ANNEXE = re.compile("Annexe")
_TWO_QUOTES = re.compile("''")
_FECTUR = re.compile("fectur")  # (« préfecture », « prefecture »)
_STAMP_ID = re.compile("ID :")

# Most extracts are Latin-1 text (French without « ’ », « œ » or « € »). Such a text is
# already NFC, and it can be handled as bytes: ``bytes.translate`` maps every character in
# one fast pass, where a regex tries each position in turn (several times slower). The
# odd characters, control characters and (in the part that is read) the backquote are
# mapped that way; the expensive substitutions are only run where a literal needle,
# searched in a copy of the text whose characters are mapped to their classes, says a
# match can be. Other texts take the plain path, with the same result.


def _byte_table(pairs: dict[str, str]) -> bytes:
    table = bytearray(range(256))
    for c, to in pairs.items():
        table[ord(c)] = ord(to)
    return bytes(table)


_ODD_LATIN1 = {chr(i): " " for i in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F, 0xA0]}
_ODD_TABLE = _byte_table(_ODD_LATIN1)  # \xad (soft hyphen) is deleted
_ODD_FULL_TABLE = _byte_table({**_ODD_LATIN1, "`": "'"})
_CAPITAL = re.compile(r"[A-ZÀ-Ý]")
# Every capital of the class _SPACED reads is « A »: « A A A » is then what _SPACED_HINT needs.
_CAPS_TABLE = _byte_table({chr(i): "A" for i in range(256) if _CAPITAL.match(chr(i))})
# In the capitals copy: where _SPACED can match. Written « A A… » rather than « A(?: {1,3}A){3,} »
# (the same matches): its literal start « A » + space lets re skip the capitals inside words.
_SPACED_RUN = re.compile(rb"A  {0,2}A(?: {1,3}A){2,}")


_VOWEL = "aeiouyhéèêàâîôûAEIOUYHÉÈÀ"
# _APOSTROPHE found from its blank (a literal re skips to), its word read behind it: the
# same matches, several times faster than trying each letter of the text.
_APOSTROPHE_AFTER = {
    ws: re.compile(rf"{ws}(?<=[lLdsu]{ws})(?=[{_VOWEL}])(?:(?<=\b[lLds]{ws})|(?<=\bqu{ws})|(?<=\bjusqu{ws})"
                   rf"|(?<=\blorsqu{ws})|(?<=\bpuisqu{ws}))")
    for ws in (" ", "\n")
}
# After a space (most blanks), from the word's last letter and the space: re skips to each
# such pair, where the pattern above is tried at every space of the text. (Each match
# replaces its own space only: the passes, one a word, do not change what the others find.)
_APOSTROPHE_SPACE = (
    *((re.compile(rf"{c} (?=[{_VOWEL}])(?<=\b{c} )"), c + "'") for c in "lLds"),
    (re.compile(rf"qu (?=[{_VOWEL}])(?:(?<=\bqu )|(?<=\bjusqu )|(?<=\blorsqu )|(?<=\bpuisqu ))"), "qu'"),
)
# _DEGREE, started by its literal « n » or « N » (the run after it may only be blank or a degree sign).
_DEGREE_N = {
    n: re.compile(rf"{n}(?=[\s º˚°o])(?<![\w]{n})(?:\s*[º˚°o]\.?\s*|\s)(?=\d)") for n in "nN"
}
_UNDERLINE = re.compile(r"__(?=\s)")
# A page number line after a line break: found from its « \n » (a literal re skips to),
# where _PAGE tries every position of the text. The first line is tried with _PAGE. (The
# lookahead, implied by what follows it, turns most lines down at their first character.)
_PAGE_NL = re.compile(r"\n(?=[ \t]*[\dpP])[ \t]*(?i:page[ \t]*)?\d{1,3}[ \t]*(?i:/|sur)[ \t]*\d{1,3}"
                      r"[ \t]*(?=\n|\Z)")


# OCR's confusions, each a form no clean text has: « {arrivé à 19h50) » and « {Drôme} » (braces
# read for brackets; « ^{ème} » is markup, removed before).
_BRACES = re.compile(r"\{([^{}()\n]{1,80})[)}]|\(([^{}()\n]{1,80})\}")


# A head-count or a vote whose figures OCR read as letters: « Présents : l2 », « Votants : 1O »,
# « Pour : I4 » (l, I, | for 1; O for 0). Only a token of two or three such characters with a
# real figure among them, right after the colon of a count's label.
_LETTER_FIGURES = re.compile(r":[ \t]?(?=[\dlIO|]{2,3}\b)(?=[lIO|]*\d)(?P<n>[\dlIO|]*[lIO|][\dlIO|]*)\b")
_FIGURES = str.maketrans("lI|O", "1110")
# « Contre : l, Monsieur TANGUY »: a count of one read as « l », « I » or « | », alone after the colon
# of a count's label (then a comma, a bracket or the line's end; not « Absents : I. MARTIN », an
# initial). (« O » alone may be a letter: it stays, and the count is unknown.)
_LETTER_FIGURE = re.compile(r":[ \t]?(?P<n>[lI|])(?=[ \t]*(?:[,;(]|\.?[ \t]*(?:\n|$)))")
_COUNT_WORDS = ("exercice", "présent", "votant", "pouvoir", "procuration", "représenté", "pour",
                "contre", "abstention", "exprimé", "voix", "absent", "quorum")


def _letter_figures(m: re.Match[str]) -> str:
    line = m.string[max(0, m.string.rfind("\n", 0, m.start()) + 1, m.start() - 40):m.start()].lower()
    if not any(w in line for w in _COUNT_WORDS):
        return m.group(0)
    return m.group(0)[: m.start("n") - m.start()] + m.group("n").translate(_FIGURES)


# « DU 10 JUILLET 2O2O »: a year after its month with a letter O for a zero (a scan's, or a page
# typed so). Only four characters of figures and O, two figures at least, after a month's name.
_YEAR_WITH_O = re.compile(r"((?i:(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre"
                          r"|novembre|d[ée]cembre)[ \t]+))(?=[\dO]{4}\b)(?=O*\dO*\d)(?=\d*O)([12][\dO]{3})\b")
_DIGIT_O = re.compile(r"\dO|O\d")
_YEAR_O_SPAN = 3000


def _ocr_scars(text: str) -> str:
    """The confusions above repaired (braces only if there is one in the text)."""
    if "{" in text or "}" in text:
        text = _BRACES.sub(lambda m: f"({m.group(1) or m.group(2)})", text)
    if _DIGIT_O.search(text, 0, _YEAR_O_SPAN) is not None:  # (a sitting's heading: the text's opening)
        head = _YEAR_WITH_O.sub(lambda m: m.group(1) + m.group(2).replace("O", "0"), text[:_YEAR_O_SPAN])
        text = head + text[_YEAR_O_SPAN:]
    # (The pattern starts with a literal colon: re skips to the colons, a few in a text.)
    text = _LETTER_FIGURES.sub(_letter_figures, text)
    return _LETTER_FIGURE.sub(_letter_figures, text)


# « … DU COMITE DU 24 JUIN 2010L'an deux mille dix, le vingt quatre juin … »: the register's formula
# run into the title above it (a page's line breaks lost): it opens its own line.
_GLUED_FORMULA = re.compile(r"(?<=[^\W_])(?=L'an\s+(?:deux|mil|\d))")


def _glued_formula(text: str) -> bool:
    """Whether a « L'an » of ``text`` is glued to the letter or figure before it (the cheap test
    before _GLUED_FORMULA's search)."""
    i = text.find("L'an")
    while i > 0:
        if text[i - 1].isalnum():
            return True
        i = text.find("L'an", i + 4)
    return False


def normalise(raw: str) -> str:
    """Plain text with markup, stamps and OCR scars removed; never raises.

    Annexes (from the first « Annexe N : » heading on) get only the light part: nothing is
    read in them but their headings and text, and they are often most of the document.
    """
    k = raw.find("\nDocuments relatifs\n")
    if k >= 0:
        # A document-sharing page's list of other documents after the text (« Références ⏎
        # Documents relatifs ⏎ … SEANCE DU 17 DECEMBRE 2007 … »): their excerpts, not this one's.
        raw = raw[:k]
    cut = _annex_heading(raw)
    if cut < 0:
        return _full(raw)
    return _full(raw[:cut]) + _light(raw[cut:])


def _annex_heading(raw: str) -> int:
    """``_ANNEX_HEADING.search(raw).start()``, or -1; searched from the line of the first « Annexe »."""
    word = _ANNEXE.search(raw)
    if word is None:
        return -1
    m = _ANNEX_HEADING.search(raw, max(0, raw.rfind("\n", 0, word.start())))
    return m.start() if m else -1


def _latin1(text: str) -> bytes | None:
    try:
        return text.encode("latin-1")
    except UnicodeEncodeError:
        return None


def _chars(raw: str, table: bytes) -> tuple[str, bool]:
    """NFC, line ends and odd characters (mapped by ``table`` in Latin-1); True if Latin-1."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n") if "\r" in raw else raw
    data = _latin1(text)
    if data is None:
        text = unicodedata.normalize("NFC", raw).replace("\r\n", "\n").replace("\r", "\n")
        if _ODD.search(text):
            text = _SPACES.sub(" ", _CONTROL.sub(" ", _ZERO_WIDTH.sub("", text)))
            text = _SYMBOL_BULLET.sub("•", text).replace(_MINUS, "-")
        return text, False
    mapped = data.translate(table, b"\xad")
    return (mapped.decode("latin-1") if mapped != data else text), True


def _light(raw: str) -> str:
    text, _ = _chars(raw, _ODD_TABLE)
    if "^" in text and "^{" in text:  # (one character is found much faster than two)
        text = _SUPERSCRIPT.sub(r"\1", text)
    if "*" in text and "**" in text:
        text = _BOLD.sub("", _GLUED_BOLD.sub("\n", text))
    return text


def _full(raw: str) -> str:
    text, latin = _chars(raw, _ODD_FULL_TABLE)
    if not latin:
        text = text.replace("’", "'").replace("‘", "'").replace("ʼ", "'").replace("`", "'")
    if _TWO_QUOTES.search(text):
        text = text.replace("''", "'")
    if not latin:
        text = text.replace("–", "-").replace("—", "-").replace("‐", "-")
        latin = _latin1(text) is not None  # « ’ » and dashes were often all there was
    if "^" in text and "^{" in text:  # (one character is found much faster than two)
        text = _SUPERSCRIPT.sub(r"\1", text)
    if "*" in text:
        text = _GLUED_BOLD.sub("\n", text)
    if "_" in text:  # (a « __ » removed never makes a « ** »: one pass each is _BOLD)
        text = _UNDERLINE.sub("", text)
    if "*" in text:
        text = text.replace("**", "")
    text = _unspaced(text, latin)
    if _glued_formula(text):
        text = _GLUED_FORMULA.sub("\n", text)
    if "   " in text or "\t" in text:
        if "«" in text:
            text = _dittos(text)
        text = (_MANY_SPACES if "\t" in text else _MANY_PLAIN_SPACES).sub("  ", text)
    if _MANY_LINES_HINT.search(text):
        text = _MANY_LINES.sub("\n\n", text)
    text = _restored(text, latin)
    if _FECTUR.search(text) or _STAMP_ID.search(text) or ("²" in text and "S²LO" in text):
        text = _stamps_removed(text)
    text = _PAGE_NL.sub("\n", text)
    if _PAGE.match(text):
        text = _PAGE.sub("", text, count=1)
    text = _CIVILITY_EOL.sub(r"\1 ", text)
    if "</" in text and text.count("</") >= 3:
        text = _page_tags_removed(text)
    if ".M." not in text and _glued_civility(text):
        text = _civilities_unglued(text)
    return _ocr_scars(text)


# A web page's inline tags left in its text (« <strong>COMPTE</strong>-<strong>REN<strong>DU</strong> »,
# a PDF turned into a page): no part of the words they cut; a line break for « <br /> ».
_PAGE_TAG = re.compile(r"</?(?:strong|b|i|em|u|span|font|sup|sub)\b[^<>\n]{0,80}?>", re.IGNORECASE)
_PAGE_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
# The page's own date and counter before the document (« 13.07.2015 Views »: when it was put online).
_PAGE_VIEWS = re.compile(r"(?m)^[ \t]*\d{2}\.\d{2}\.\d{4}[ \t]+Views[ \t]*$")


def _page_tags_removed(text: str) -> str:
    """The inline tags of a web page taken out of its text, the page's « DD.MM.YYYY Views » line too."""
    if _PAGE_TAG.search(text) is None:
        return text
    text = _PAGE_BREAK.sub("\n", _PAGE_TAG.sub("", text))
    # (such a page runs its lines together: « … MUNICIPALdu 7 MARS 2012La séance … »)
    text = _GLUED_COUNT.sub(" ", _GLUED_YEAR.sub(" ", _GLUED_SMALL_WORD.sub(" ", text)))
    if "mil" in text:
        text = _GLUED_MIL.sub(r"\1 \2", text)  # « le sept avril deuxmil onze »
    return _PAGE_VIEWS.sub("", text) if "Views" in text else text


_GLUED_SMALL_WORD = re.compile(r"(?<=[A-ZÀ-Ý]{3})(?=(?:du|de|des|le|la|les)[ \t])")
# (« Présents ......... 35Excusés ........ 5 »: a count glued to the next label)
_GLUED_COUNT = re.compile(r"(?:(?<=[ .]\d)|(?<=[ .]\d\d))(?=[A-ZÀ-Ý][a-zà-ÿ]{2})")
_GLUED_MIL = re.compile(r"(?i)\b(deux)(mil(?:le)?)\b")
_GLUED_YEAR = re.compile(r"(?<=\b(?:19|20)\d\d)(?=[A-ZÀ-Ý][a-zà-ÿ'’])")


# « M.AYMARD », « Mme.LINON »: a civility glued to a surname in capitals by the conversion (not a
# first name's initial when the text prints its civilities « M. X » and glues no other initial).
# (led by its literal « M », which re finds at C speed; the word's start checked after)
_GLUED_CIVILITY_CAPS = re.compile(r"M(?:me|r|lle)?\.(?=[A-ZÀ-Ý]{2})")
_SPACED_CIVILITY = re.compile(r"\b(?:M\.|Mme\.?|Mr\.?|Monsieur|Madame)[ \t]+[A-ZÀ-Ý]")
_GLUED_INITIAL = re.compile(r"\b[A-LN-ZÀ-Ý]\.(?=[A-ZÀ-Ý]{2})")


def _glued_civility(text: str) -> bool:
    """Whether a civility is glued to a surname in capitals somewhere in ``text``."""
    return any(m.start() == 0 or not text[m.start() - 1].isalnum()
               for m in _GLUED_CIVILITY_CAPS.finditer(text))


def _civilities_unglued(text: str) -> str:
    """« M.AYMARD » → « M. AYMARD » where « M. » is a civility: at least three civilities printed
    apart from their name, and no initial glued to a surname (« J.DUPONT »: « M. » may be one)."""
    if _GLUED_INITIAL.search(text) or len(_SPACED_CIVILITY.findall(text, 0, 20000)) < 3:
        return text
    def unglued(m: re.Match[str]) -> str:
        return m.group(0) + " " if m.start() == 0 or not text[m.start() - 1].isalnum() else m.group(0)

    return _GLUED_CIVILITY_CAPS.sub(unglued, text)


# « Daniel MOUTARD     procuration   à     Jean-Claude ARMAND⏎Yves RINCK     «     Roland OLIVIER »: a
# column of givings whose link is printed once, then a ditto mark under it on each line.
_LINK_COLUMN = re.compile(r"(?m)^[^\n«]*?\S[ \t]{2,}(?P<link>(?:procuration|pouvoir)[ \t]+à)[ \t]{2,}"
                          r"\S[^\n]*$")
_DITTO_LINE = re.compile(r"(?m)^(?P<a>[^\n«]*?\S)[ \t]{2,}«[ \t]{2,}(?=\S[^\n«]*$)")


def _dittos(text: str) -> str:
    """The ditto marks of a column of givings replaced by the link printed above them."""
    first = _LINK_COLUMN.search(text)
    if first is None:
        return text
    link = " ".join(first.group("link").split())
    head, tail = text[:first.end()], text[first.end():]
    return head + _DITTO_LINE.sub(lambda m: f"{m.group('a')}  {link}  ", tail)


def _stamps_removed(text: str) -> str:
    """``_STAMPS.sub(" ", text)``, tried only where an alternative's first word is (str.find),
    where re would try every « E », « R », « I », « S » of the names in capitals."""
    out: list[str] = []
    pos = 0
    for m in anchored(_STAMPS, text, text, _STAMP_ANCHORS):
        out += (text[pos:m.start()], " ")
        pos = m.end()
    return "".join(out) + text[pos:] if out else text


def _unspaced(text: str, latin: bool) -> str:
    """``E X T R A I T`` → ``EXTRAIT`` (_SPACED), when _SPACED_HINT is found."""
    if not latin:
        return _SPACED.sub(_unspace, text) if _SPACED_HINT.search(text) else text
    caps = text.encode("latin-1").translate(_CAPS_TABLE)
    if b"A A A" not in caps:
        return text
    out: list[str] = []
    pos = 0
    for run in _SPACED_RUN.finditer(caps):  # _SPACED matches lie within these runs
        for m in _SPACED.finditer(text, run.start(), run.end() + 1):
            out += (text[pos:m.start()], _unspace(m))
            pos = m.end()
    return "".join(out) + text[pos:] if out else text


def _restored(text: str, latin: bool) -> str:
    """Lost apostrophes (_APOSTROPHE) and degrees (_DEGREE) restored.

    A match of either replaces one blank (apostrophe) or the run after « n » (degree), and
    the two never touch each other: each is found from its literal start, one pass each.
    """
    if not latin or "\t" in text or "\x85" in text:  # blanks other than space and line break
        text = _APOSTROPHE.sub(r"\1'", text)
    else:
        for rx, to in _APOSTROPHE_SPACE:
            text = rx.sub(to, text)
        text = _APOSTROPHE_AFTER["\n"].sub("'", text)
    for n, rx in _DEGREE_N.items():
        text = rx.sub(n + "°", text)
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
