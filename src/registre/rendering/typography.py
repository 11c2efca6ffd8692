"""French typography for official documents: dates, amounts, ordinals, agreement of titles.

Dates and amounts come from Babel's CLDR data (``jeudi 11 avril 2024``, ``45 000 €``
with the narrow no-break space Babel gives). Babel has no French ordinal abbreviations
(num2words gives « 2me », which is wrong), and no library available offline inflects
French titles for gender (inflecteur downloads a dictionary at run time): the few words
of the titles a register uses are agreed by :func:`agree`, word by word, below.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from babel.dates import format_date
from babel.numbers import format_currency

from registre.core.model import Person
from registre.core.vocabulary import Civility

LOCALE = "fr_FR"


def long_date(day: dt.date, weekday: bool = True) -> str:
    """``jeudi 11 avril 2024`` (or ``11 avril 2024`` without the weekday)."""
    return format_date(day, "EEEE d MMMM y" if weekday else "d MMMM y", locale=LOCALE)


def short_date(day: dt.date) -> str:
    """``24/04/2024``: Babel's short French date."""
    return format_date(day, "short", locale=LOCALE)


def amount(value: Decimal | int | float) -> str:
    """``45 000 €``, cents only when there are some (``45 000,50 €``)."""
    if Decimal(value) == Decimal(value).to_integral_value():
        return format_currency(value, "EUR", locale=LOCALE, format="#,##0\u00a0¤", currency_digits=False)
    return format_currency(value, "EUR", locale=LOCALE)


def clock(hhmm: str | None) -> str:
    """``18:00`` → ``18h00``, as French registers write times."""
    return (hhmm or "").replace(":", "h")


# -- ordinals --------------------------------------------------------------------------

_ORDINAL = re.compile(r"^(\d+)\s*(?:\^\{)?(?:e|è|ème|eme|er|re|ère|ere)\}?\s+(.+)$", re.IGNORECASE)


def ordinal_suffix(n: int, feminine: bool) -> str:
    """French abbreviated ordinal suffix: 1er / 1re, then 2e, 3e… (Imprimerie nationale)."""
    if n == 1:
        return "re" if feminine else "er"
    return "e"


def split_ordinal(title: str) -> tuple[int | None, str]:
    """``"2e Vice-Président"`` → (2, ``"Vice-Président"``); (None, title) if no rank."""
    m = _ORDINAL.match(title.strip())
    if not m:
        return None, title.strip()
    return int(m.group(1)), m.group(2)


# -- agreement of titles ---------------------------------------------------------------

# Masculine → feminine for the words titles of a register are made of; everything else
# (Maire, Secrétaire, communautaire, membre…) is epicene. Compound words (Vice-Président)
# agree on their last part.
_FEMININE = {
    "président": "présidente",
    "conseiller": "conseillère",
    "délégué": "déléguée",
    "adjoint": "adjointe",
    "suppléant": "suppléante",
    "intéressé": "intéressée",
    "titulaire": "titulaire",
    "rapporteur": "rapporteure",
    "élu": "élue",
    "doyen": "doyenne",
    "premier": "première",
    "questeur": "questeure",
}
_MASCULINE = {f: m for m, f in _FEMININE.items() if f != m}


def _agree_word(word: str, feminine: bool) -> str:
    table = _FEMININE if feminine else _MASCULINE
    head, sep, last = word.rpartition("-")
    key = last.lower()
    if key not in table:
        return word
    new = table[key]
    if last[:1].isupper():
        new = new[:1].upper() + new[1:]
    if last.isupper() and len(last) > 1:
        new = new.upper()
    return f"{head}{sep}{new}"


def agree(title: str, feminine: bool | None) -> str:
    """A title agreed with the person's gender: ``Vice-Président`` → ``Vice-Présidente``.

    ``feminine`` None (civility unknown) leaves the title as written. Ordinal ranks agree
    too (``1er Vice-Président`` → ``1re Vice-Présidente``).
    """
    if feminine is None or not title:
        return title
    rank, rest = split_ordinal(title)
    words = " ".join(_agree_word(w, feminine) for w in rest.split(" "))
    if rank is None:
        return words
    return f"{rank}{ordinal_suffix(rank, feminine)} {words}"


def title_case(text: str) -> str:
    """``Conseillère communautaire déléguée`` → ``Conseillère Communautaire Déléguée``.

    Signature blocks capitalise each word of the function; small words stay lower case.
    """
    small = {"de", "du", "des", "la", "le", "les", "et", "à", "au", "aux", "d'", "l'"}
    out = []
    for i, w in enumerate(text.split(" ")):
        out.append(w if (i and w.lower() in small) or not w else w[:1].upper() + w[1:])
    return " ".join(out)


def civility_long(person: Person) -> str:
    """``Monsieur`` / ``Madame`` (empty when the civility is unknown)."""
    if person.civility is None:
        return ""
    return "Madame" if person.civility is Civility.MRS else "Monsieur"


def name_with_civility(person: Person, long: bool = False) -> str:
    """``Mme Anne VIGNOT`` or, ``long``, ``Madame Anne VIGNOT``."""
    if long and person.civility is not None:
        return f"{civility_long(person)} {person.full_name}"
    return person.display_name


def feminine_plural(persons: list[Person]) -> bool:
    """French agreement of a group: feminine only if every member is a woman."""
    return bool(persons) and all(p.feminine for p in persons)


def join_fr(parts: list[str], last: str = " et ") -> str:
    """``a, b et c``."""
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + last + parts[-1]
