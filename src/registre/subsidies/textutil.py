"""Small readers of French administrative text: amounts, dates, durations, clean lines.

They return None rather than raise: the extraction turns a None into a warning.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation

from registre.subsidies.model import Period

MONTHS = {
    "janvier": 1,
    "février": 2,
    "fevrier": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "août": 8,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "décembre": 12,
    "decembre": 12,
}
NUMBER_WORDS = {
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "douze": 12,
    "quinze": 15,
    "vingt": 20,
}

# « 45 000 € », « 6 500€ », « 180 000. », « 45 K€ », « 1 234,50 € »
AMOUNT = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d{1,2})?|\d+(?:,\d{1,2})?"
AMOUNT_EUR_RE = re.compile(rf"({AMOUNT})\s*(k\s*€|K\s*€|€|euros?)", re.IGNORECASE)
DATE_NUM_RE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
DATE_WORDS_RE = re.compile(r"\b(1er|\d{1,2})\s+(" + "|".join(MONTHS) + r")\s+(\d{4})\b", re.IGNORECASE)
PERIOD_RE = re.compile(
    r"\b(\d+|" + "|".join(NUMBER_WORDS) + r")\s+(jours?|mois|ans?|années?)\b", re.IGNORECASE
)


def clean(text: str) -> str:
    """Text without the PDF conversion's marks: ``**bold**``, ``^{ème}``, NBSPs, CRs."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("**", "")
    text = re.sub(r"\^\{([^}]*)\}", r"\1", text)
    return text.replace("\u00a0", " ").replace("\u2019", "'")


def amount(text: str) -> Decimal | None:
    """The number in ``text`` (« 214 400 », « 180 000. », « 6 500€ », « 45 K€ » = 45 000)."""
    m = re.search(rf"({AMOUNT})\s*(k\s*€|K\s*€)?", text)
    if not m:
        return None
    try:
        value = Decimal(re.sub(r"[ \u00a0\u202f]", "", m.group(1)).replace(",", "."))
    except InvalidOperation:
        return None
    return value * 1000 if m.group(2) else value


def amounts_in(text: str) -> list[Decimal]:
    """Every amount in euros written in ``text``, in order."""
    out = []
    for m in AMOUNT_EUR_RE.finditer(text):
        value = amount(m.group(0))
        if value is not None:
            out.append(value)
    return out


def first_amount_after(text: str, pattern: str) -> Decimal | None:
    """The first amount in euros after a match of ``pattern`` (regex, case-insensitive)."""
    m = re.search(pattern, text, re.IGNORECASE)
    if not m:
        return None
    found = amounts_in(text[m.end() : m.end() + 120])
    return found[0] if found else None


def date_fr(text: str) -> dt.date | None:
    """The first date in ``text``: « 30 avril 2025 », « 1er mars 2024 » or « 24/04/2024 »."""
    candidates = []
    for m in DATE_WORDS_RE.finditer(text):
        day = 1 if m.group(1) == "1er" else int(m.group(1))
        candidates.append((m.start(), day, MONTHS[m.group(2).lower()], int(m.group(3))))
    for m in DATE_NUM_RE.finditer(text):
        candidates.append((m.start(), int(m.group(1)), int(m.group(2)), int(m.group(3))))
    for _, day, month, year in sorted(candidates):
        try:
            return dt.date(year, month, day)
        except ValueError:
            continue
    return None


def period(text: str) -> Period | None:
    """The first duration in ``text``: « 2 mois » → Period(months=2), « 10 ans » → years=10."""
    m = PERIOD_RE.search(text)
    if not m:
        return None
    n = int(m.group(1)) if m.group(1).isdigit() else NUMBER_WORDS[m.group(1).lower()]
    unit = m.group(2).lower()
    if unit.startswith("jour"):
        return Period(days=n)
    if unit == "mois":
        return Period(months=n)
    return Period(years=n)


def sentences(text: str) -> list[str]:
    """``text`` cut into sentences (on « . », « ; » and line ends)."""
    parts = re.split(r"(?<=[.;])\s+|\n+", text)
    return [p.strip() for p in parts if p.strip()]
