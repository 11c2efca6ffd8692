"""Person names as registers print them: civility, first names, SURNAME.

Pure string functions shared by the session file loader and the reader.
"""

from __future__ import annotations

import re
import unicodedata

from registre.core.vocabulary import Civility

_CIVILITIES = {
    "m.": Civility.MR, "m": Civility.MR, "mr": Civility.MR, "mr.": Civility.MR,
    "monsieur": Civility.MR, "mme": Civility.MRS, "mme.": Civility.MRS,
    "madame": Civility.MRS, "mlle": Civility.MRS, "mademoiselle": Civility.MRS,
}


def strip_accents(text: str) -> str:
    """``"Frédérique"`` → ``"Frederique"``."""
    if text.isascii():
        return text  # nothing to decompose (the common case, cheaply)
    nfkd = unicodedata.normalize("NFKD", text)
    if nfkd.isascii():
        return nfkd  # no combining mark left to drop
    return "".join(c for c in nfkd if not unicodedata.combining(c))


def fold(text: str) -> str:
    """Comparison key: no accents, lower case, single spaces, hyphens and apostrophes as spaces."""
    t = strip_accents(text).lower().replace("-", " ").replace("'", " ").replace("’", " ")
    return " ".join(t.split())  # runs of blanks as one space, none at the ends


_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slug(*parts: str) -> str:
    """``slug("BERNABEU", "Marie-Jeanne")`` → ``"bernabeu-marie-jeanne"``."""
    text = fold(" ".join(parts))
    if text.isascii() and text.replace(" ", "").isalnum() and text.islower():
        return text.replace(" ", "-")  # letters and single inner spaces (fold): the common case
    return _NOT_SLUG.sub("-", text).strip("-")


def _is_surname_word(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) > 1


def split_name(text: str) -> tuple[Civility | None, str, str]:
    """Split ``"Mme Marie-Jeanne BERNABEU"`` into (Mme, "Marie-Jeanne", "BERNABEU").

    The surname is the run of upper-case words; when there is none (``"Anne Vignot"``)
    the last word is taken. ``"BERNABEU Marie-Jeanne"`` (surname first) works too.
    """
    words = text.split()
    civility = None
    if words and words[0].lower() in _CIVILITIES:
        civility = _CIVILITIES[words[0].lower()]
        words = words[1:]
    if not words:
        return civility, "", ""
    upper = [_is_surname_word(w) for w in words]
    if all(upper):
        return civility, "", " ".join(words)
    if any(upper):
        if upper[0]:  # SURNAME First
            k = upper.index(False)
            return civility, " ".join(words[k:]), " ".join(words[:k])
        k = upper.index(True)
        return civility, " ".join(words[:k]), " ".join(words[k:])
    return civility, " ".join(words[:-1]), words[-1]


def parse_civility(text: str) -> Civility | None:
    return _CIVILITIES.get(text.strip().lower())
