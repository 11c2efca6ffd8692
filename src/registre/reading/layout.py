"""Stage 0.5: side columns of a page laid out as text, put one after the other.

``pdftotext -layout`` (and office exports) keep a page's columns side by side: a narrow
left column (« Extrait du registre des / délibérations du Conseil / Municipal de la Ville de
/ Montpellier / n° 2014 / 140 ») beside the main one (« Présents : / Fabien ABERT,Lorraine
ACQUIER… »). Read line by line, each left fragment lands inside the main text: « Montpellier
Fabien ABERT » becomes a name. :func:`columns` finds such a region — consecutive lines
whose right part starts at one column, after a gap, with a left part that stays left of it
— and writes the main column first, then the side column, each in its own lines.

Linear in the text; a text without runs of blanks is returned as is.
"""

from __future__ import annotations

import re
from collections import Counter

_GAP = re.compile(r"\S( {3,})(?=\S)")  # a run of three blanks or more between two words
_LEFT_MAX = 10  # the side column starts within the first columns of the line
_RIGHT_MIN = 20  # and the main one this far at least
_SLACK = 4  # a column's lines start within this many characters of each other
_MIN_PAIRS = 3  # lines with both columns needed to call it a region
_SCAN = 80  # the lines of the beginning where side columns are looked for (the header's)


# A line that starts at the left edge (after a page's form feed): a text that has one has no
# margin to remove, and this is found within its first lines.
_FLUSH = re.compile(r"(?:^|\n)\f?[^ \t\n\f]")
# Two lines that hold text, one right after the other: a text that has one within its first
# lines is not double-spaced.
_TWO_LINES = re.compile(r"\S[ \t]*\n[ \t\f]*\S")
_SPACED_SCAN = 3000  # the characters where a text double-spaced throughout shows it
_BLANK_RUN = re.compile(r"\n(?:[ \t\f]*\n)+")
_PAGE_WIDTH = 150


# A page's running head or foot (« Commune de Pierrefonds - Conseil Municipal du 10 avril 2024 –
# Page 1 / 9 », « Registre des délibérations - page 18 »): a line that numbers its page and, its
# figures aside, is printed on two pages at least.
_PAGE_HINT = re.compile(r"(?i:page)[ \t]*\d")
_RUNNING = re.compile(r"(?im)^[^\n]{0,160}\bpage[ \t]*\d{1,3}(?:[ \t]*(?:/|sur)[ \t]*\d{1,3})?\b"
                      r"[^\n\d]{0,40}$")
_FIGURES = re.compile(r"\d+")


def _running_removed(text: str) -> str:
    """``text`` without its running heads and feet (a page's text runs on into the next page's,
    as a list does)."""
    found = list(_RUNNING.finditer(text))
    if len(found) < 2:
        return text
    seen: dict[str, int] = {}
    for m in found:
        key = _FIGURES.sub("#", m.group().strip())
        seen[key] = seen.get(key, 0) + 1
    out: list[str] = []
    pos = 0
    for m in found:
        if seen[_FIGURES.sub("#", m.group().strip())] < 2:
            continue
        # The line and its line break go, with one blank line on each side at most: the pages'
        # texts join as one, a paragraph's end before the head kept by the blank lines left.
        a, b = m.start(), m.end() + 1
        k = text.rfind("\n", 0, max(0, a - 1))
        if a > 0 and not text[k + 1:a - 1].strip(" \t\f"):
            a = k + 1
        k = text.find("\n", b)
        if k >= 0 and not text[b:k].strip(" \t\f"):
            b = k + 1
        if a < pos:
            continue
        out.append(text[pos:a])
        pos = b
    return "".join(out) + text[pos:] if out else text


def lines(text: str) -> str:
    """``text`` with the marks of its extraction that no pattern should have to know undone:
    a left margin common to every line (``pdftotext -layout`` on a page with a wide margin,
    a block centred on the page) removed, and a text double-spaced throughout (a converter that
    makes each line a paragraph: a blank line after every line) single-spaced, its paragraphs
    (two blank lines or more) kept apart by one blank line. A text with neither is returned as
    is, found so within its first lines."""
    if _FLUSH.search(text) is None:
        text = _without_margin(text)
    if _page_numbered(text):
        text = _running_removed(text)
    breaks = text.count("\n", 0, _SPACED_SCAN)
    # (a double-spaced text's line breaks come by two: « \n\n » is at least two in five of them)
    if breaks >= 16 and text.count("\n\n", 0, _SPACED_SCAN) * 5 >= breaks * 2 \
            and _TWO_LINES.search(text, 0, _SPACED_SCAN) is None:
        text = _single_spaced(text)
    return text


def _page_numbered(text: str) -> bool:
    """Whether « page » (any case) is followed by a figure somewhere in ``text``: the cheap test
    before _RUNNING (str.find at C speed, where _PAGE_HINT would try every position)."""
    for word in ("page", "Page", "PAGE"):
        k = text.find(word)
        while k >= 0:
            if _PAGE_HINT.match(text, k):
                return True
            k = text.find(word, k + 4)
    return False


def _without_margin(text: str) -> str:
    rows = text.split("\n")
    margin = min((len(r.lstrip("\f")) - len(r.lstrip("\f").lstrip(" \t")) for r in rows if r.strip()),
                 default=0)
    if margin == 0:
        return text
    out = []
    for r in rows:
        feed = "\f" if r.startswith("\f") else ""
        out.append(feed + r[len(feed) + margin:] if r.strip() else r)
    return "\n".join(out)


def _single_spaced(text: str) -> str:
    """One line break for a single blank line, a blank line for two or more, when fewer than one
    line in twenty is followed by another holding text (the whole text is double-spaced) and
    its lines are a page's, not a web page's paragraphs."""
    rows = [r for r in text.split("\n") if r.strip()]
    if len(rows) < 8 or len(_TWO_LINES.findall(text)) * 20 > len(rows):
        return text
    # A page's lines, each made a paragraph, are as long as the page is wide: at most one in twenty
    # longer than 150 characters (measured on the real corpus, double-spaced: 4.2 % at most). A web
    # page's paragraphs, each on one line, a blank line between them, are paragraphs (3.7 % to
    # 100 % of such lines on the outside sets' pages).
    if sum(len(r.strip()) > _PAGE_WIDTH for r in rows) * 20 > len(rows):
        return text
    return _BLANK_RUN.sub(lambda m: "\n" if m.group().count("\n") == 2 else "\n\n", text)


def columns(text: str) -> str:
    """``text`` with its two-column regions (if any) in the beginning rewritten column by column."""
    if "   " not in text:
        return text
    lines = text.split("\n")
    head = lines[:_SCAN]
    # A table lower down (« Fonction      Nombre      Taux ») can gather as many lines at
    # its first column as the side-by-side region: each candidate column is tried, the
    # most agreed first, until one holds regions whose main column is prose.
    for col in _columns(head):
        regions = _regions(head, col)
        if regions:
            break
    else:
        return text
    for start, end in reversed(regions):
        lines[start:end] = _unfold(lines[start:end], col)
    return "\n".join(lines)


def _unfold(region: list[str], col: int) -> list[str]:
    """The lines of a region, its main column first, then its side column."""
    left: list[str] = []
    right: list[str] = []
    for line in region:
        a, b = _split(line, col)
        if a:
            left.append(a)
        if b:
            right.append(b)
    if sum(map(len, left)) > sum(map(len, right)):
        left, right = right, left
    return [*right, "", *left, ""]


def _split(line: str, col: int) -> tuple[str, str]:
    """The left and right parts of a line of the region."""
    stripped = line.lstrip(" ")
    indent = len(line) - len(stripped)
    if not stripped:
        return "", ""
    if indent >= col - _SLACK:
        return "", stripped.rstrip()
    m = _GAP.search(line, indent)
    if m is not None and abs(m.end() - col) <= _SLACK:
        return line[indent:m.start(1)].rstrip(), line[m.end():].rstrip()
    return stripped.rstrip(), ""


def _columns(head: list[str]) -> list[int]:
    """The columns where the main part of side-by-side lines may start, those on which
    enough lines agree, the most agreed first (the leftmost among equals)."""
    starts: Counter[int] = Counter()
    for line in head:
        stripped = line.lstrip(" ")
        indent = len(line) - len(stripped)
        if not stripped or indent > _LEFT_MAX:
            continue
        m = _GAP.search(line, indent)
        if m is not None and m.end() >= _RIGHT_MIN and m.start(1) - indent <= 60:
            starts[m.end()] += 1
    if not starts:
        return []
    # Nearby columns are one (a fragment a character longer moves its gap).
    agreed = {c: sum(v for k, v in starts.items() if abs(k - c) <= 2) for c in starts}
    ranked = sorted((c for c, n in agreed.items() if n >= _MIN_PAIRS), key=lambda c: (-agreed[c], c))
    # One column per cluster: a candidate near a better one is the same column.
    chosen: list[int] = []
    for c in ranked:
        if all(abs(c - b) > 2 for b in chosen):
            chosen.append(c)
    return chosen


def _regions(head: list[str], col: int) -> list[tuple[int, int]]:
    """The runs of consecutive lines that keep to the two columns, each holding at least
    _MIN_PAIRS lines with both and a main column of prose, in order. A page's header
    beside its side column and a label/value table lower down share a column: both are
    runs, and both are put column after column."""
    fits = [_fits(line, col) for line in head]
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(fits):
        if not fits[i]:
            i += 1
            continue
        j = i
        while j < len(fits) and fits[j]:
            j += 1
        region = _region(head, fits, col, i, j)
        if region is not None:
            found.append(region)
        i = j
    return found


def _region(head: list[str], fits: list[int], col: int, start: int, end: int) -> tuple[int, int] | None:
    """The run ``start:end`` without its blank edges, if it holds enough lines with both
    columns and its main column is prose (not a table: « POUR      21 », budget lines)."""
    pairs = [k for k in range(start, end) if fits[k] == 2]
    if len(pairs) < _MIN_PAIRS:
        return None
    if not _prose([_split(head[k], col)[1] for k in pairs]):
        return None
    while start < end and not head[start].strip():
        start += 1
    # Past the last line with both columns, two blank lines end the region, and so does a blank
    # line before a paragraph that runs on past the region: the lines after it are the page's
    # (« Election d'un Adjoint au Maire ⏎ Monsieur le Maire rapporte : », « Collèges de
    # Montpellier ⏎ Désignation des représentants… » under the header beside « n° 2014 / 144 »),
    # kept in place, not put before the side column.
    crossed = end < len(fits) and fits[end] == 0
    for k in range(pairs[-1] + 1, end):
        if not head[k].strip() and ((k + 1 < end and not head[k + 1].strip())
                                    or (crossed and all(head[j].strip() for j in range(k + 1, end)))):
            end = k
            break
    while end > start and not head[end - 1].strip():
        end -= 1
    return start, end


def _prose(parts: list[str]) -> bool:
    """Whether the main column's parts are prose: long, mostly letters."""
    text = "".join(parts)
    letters = sum(c.isalpha() for c in text)
    return len(text) >= 30 * len(parts) and letters >= 0.6 * len(text)


def _fits(line: str, col: int) -> int:
    """2: both columns; 1: one of them, or blank; 0: a line that crosses the column."""
    stripped = line.lstrip(" ")
    if not stripped:
        return 1
    indent = len(line) - len(stripped)
    if abs(indent - col) <= _SLACK + 1:
        return 1  # the main column alone
    if indent > _LEFT_MAX:
        return 0
    m = _GAP.search(line, indent)
    if m is not None and abs(m.end() - col) <= _SLACK:
        return 2
    return 1 if len(line.rstrip()) < col - 1 else 0  # the side column alone
