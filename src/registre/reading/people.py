"""Names and lists of names as extracts print them.

A list may be ``M./Mme Prénom NOM``, ``NOM Prénom``, initials (``JL Bouchard``,
``CAUQUIL R.``), surnames under group civilities (``MM.``, ``Mmes et MM.``, ``Mesdames
et Messieurs``), grouped under commune headings (``Besançon :``) or with ``(Commune)``
after the name, separated by commas, dashes, ``et``, line breaks or nothing at all. Each
name may carry a span in parentheses, a substitute mention, or noise (a date, a stamp,
words of a side box) that is dropped. :func:`parse_list` returns :class:`NameEntry`
objects and never raises.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from registre.core.spans import Span
from registre.core.vocabulary import Civility
from registre.reading.refs import HINT_WORDS, SPAN_HINT, parse_span, span_hint

CIVILITY = {
    "m.": Civility.MR, "m": Civility.MR, "mr": Civility.MR, "mr.": Civility.MR,
    "monsieur": Civility.MR, "mme": Civility.MRS, "mme.": Civility.MRS, "madame": Civility.MRS,
    "mlle": Civility.MRS, "melle": Civility.MRS, "mademoiselle": Civility.MRS,
}
# « Me » (Maître) before a name, a title of no gender: dropped like a civility, none given
# (« Me CARCA-BOUCHER Valérie » in a list of « Mr »/« Mme »).
UNGENDERED_TITLES = frozenset({"me", "me."})
# (« Mrs », « MRS »: the French abbreviation of « Messieurs », not the English « Mrs »)
GROUP_CIVILITY = re.compile(
    r"\b(?:Mesdames\s+et\s+Messieurs|Mmes?\s+et\s+(?:MM|Mrs|MRS|Ms)\.?|MM\.?\s+et\s+Mmes|Messieurs|Mesdames|MM\.|M\.M\.|Mmes\.?"
    r"|MMES\.?|MESDAMES|MESSIEURS"
    # (« Présents (12) : mesdames Maryvonne Bucquet, …, Martine Pasquault et messieurs Jean-Pierre
    # Barberou, … »: in lower case, before a capitalised name; « et » before it is the group's)
    r"|(?:et\s+)?(?:mesdames|messieurs)(?=\s+[A-ZÀ-Ý])"
    r"|MM(?=\s+(?:[A-ZÀ-Ý]{2}|[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?\s+[A-ZÀ-Ý]{2}))|Ms(?=\s+[A-ZÀ-Ý]{2})|(?:Mrs|MRS)\.?(?=\s+[A-ZÀ-Ý]))(?=\s)"
)
_GROUP_CIV = {"messieurs": Civility.MR, "et messieurs": Civility.MR, "et mesdames": Civility.MRS,
              "mm.": Civility.MR, "m.m.": Civility.MR, "mm": Civility.MR, "ms": Civility.MR,
              "mrs": Civility.MR, "mrs.": Civility.MR, "mesdames": Civility.MRS, "mmes": Civility.MRS,
              "mmes.": Civility.MRS}
# What every group civility holds: a list without any is read without looking for them.
_GROUP_HINTS = ("MM", "Mes", "Mmes", "Ms ", "Mrs", "MRS", "mesdames", "messieurs", "M.M.")
PARTICLES = {"de", "du", "des", "d'", "le", "la", "van", "von", "der", "den", "di", "da", "dos", "ben", "do",
             "das", "del", "della"}
SUBSTITUTE = re.compile(r"\bsuppl[ée]+(?:ant|ante|é|ée)?s?\b", re.IGNORECASE)
_SUBSTITUTE_OF = re.compile(
    r"(?:suppl[ée]+(?:é|ée)\s+par|(?:remplac|repr[ée]sent)[ée]+\s+par\s+(?:son|sa)\s+suppl[ée]+ante?"
    r"|remplac[ée]+\s+par)"
    r"\s+(?P<sub>.+)$|\(?\s*(?:remplace|rempla[cç]ante?\s+de|suppl[ée]ante?\s+(?:de|(?=(?:M\.?|Mme|Monsieur|Madame)\s)))\s*(?P<tit>[^)]+)\)?",
    re.IGNORECASE,
)
_PAREN = re.compile(r"\(([^()]*)\)")
# (A heading follows a line break, a comma, a semicolon, or the full stop that ends the list
# of the commune before: « Bazus : Anne PETIT. Garidech : Paul RUE ; Eve ROUX. »)
_COMMUNE_HEADING = re.compile(
    r"(?:^|(?<=[,;\n])|(?<=\w\w\.)|(?<=\)\.)|(?<=[-–] ))\s*"
    r"(?P<c>[A-ZÀ-Ý](?:[\w'-]|\.(?!\s))*(?:[ -](?:[\w'-]|\.(?!\s))+)*?)\s*:\s+", re.MULTILINE
)
_SEPARATORS = re.compile(r"\s*(?:[,;\n•]|\s[-–]\s|\s+(?:et|&)\s+(?=[A-ZÀ-Ý]|M\.|Mme))\s*")
_WORD = re.compile(r"[\w'.-]+|[^\w\s]")
_VOTES = re.compile(r"\d{1,2}")
_REPLACES = re.compile(r"(?:remplace|suppl)", re.IGNORECASE)
_LOWER_WORD = re.compile(r"[a-zà-ÿ]{3,}")
_GLUED = re.compile(r"^([A-ZÀ-Ý][a-zà-ÿ]+)([A-ZÀ-Ý][a-zà-ÿ]+)$")
_INITIALS = re.compile(r"^(?:[A-ZÀ-Ý]\.?-?){1,3}\.?$")
# The words of a giving printed in a list (« qui a donné respectivement pouvoir à », « ayant la
# procuration de »): no prose.
_GIVING_WORDS = frozenset(("à", "et", "pouvoir", "par", "procuration", "suppléant", "suppléante",
                           "donné", "respectivement", "avait", "ayant", "porteur", "porteuse", "mandataire"))
_LIST_WORDS = {"excusé", "excusée", "excusés", "excusées", "absent", "absente", "absents", "absentes",
               "présent", "présente", "non", "conseiller", "conseillère", "maire", "adjoint", "adjointe"}


@dataclass(slots=True)
class NameEntry:
    """A name read from a list, with what came with it."""

    raw: str
    civility: Civility | None = None
    first: str = ""
    last: str = ""
    commune: str | None = None
    span: Span | None = None
    substitute: bool = False
    substitute_for: str | None = None  # raw name of the titular, if printed
    substitute_name: str | None = None  # « X suppléé par Y »: Y
    votes: int | None = None
    extra: tuple[str, ...] = ()  # other words in brackets
    doubt: bool = False  # words that are no part of a name were read in its entry (see _name_tokens)

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}".strip()

    def display(self) -> str:
        civ = f"{self.civility.value} " if self.civility else ""
        return f"{civ}{self.full}"


@lru_cache(maxsize=16384)
def kind(tok: str) -> str:
    """Class of a token: civ, upper (surname), initial, title (first name), particle, noise."""
    low = tok.lower()
    if low in CIVILITY or (low in UNGENDERED_TITLES and tok[0] == "M"):
        return "civ"
    letters = [c for c in tok if c.isalpha()]
    if not letters:
        return "noise"
    if low in PARTICLES:
        return "upper" if tok.isupper() and len(tok) > 1 else "particle"
    if low[:2] in ("d'", "d’") and len(tok) > 3 and tok[2:].isupper():
        # « d'AMÉCOURT Antoine », « Eveline GALONI d'ISTRIA »: the particle glued to the surname in
        # capitals (« d'Ercé-en-Lamée » before a name is a commune's, no part of it).
        return "upper"
    if any(c.isdigit() for c in tok):
        return "noise"
    if _INITIALS.match(tok) and (len(letters) <= 2 or "." in tok):
        return "initial"
    if all(c.isupper() for c in letters):
        return "upper" if len(letters) > 1 else "initial"
    if letters[0].isupper():
        return "title"
    return "noise"


def _kinds(words: list[str]) -> list[str]:
    """The kinds of ``words``, one name's: a two-letter word in capitals holding a vowel first (after
    a civility), then a surname in capitals and a first name, is the surname's first word, not
    initials (« Mme EL KAHAZ Sarah »; « JL DUPONT » has no vowel)."""
    kinds = [kind(w) for w in words]
    for i in range(len(kinds) - 2):
        if kinds[i] == "initial" and kinds[i + 1] == "upper" and kinds[i + 2] == "title" \
                and (i == 0 or kinds[i - 1] == "civ") and len(words[i]) == 2 and words[i].isalpha() \
                and any(c in "AEIOUY" for c in words[i]):
            kinds[i] = "upper"
    for i in range(1, len(kinds) - 1):
        # « Monsieur LANGLOIS D ESTAINTOT »: « D' » whose apostrophe was lost, inside a surname in
        # capitals (not an initial: no initial follows the next word, « DUPONT D MARTIN P »)
        if words[i] == "D" and kinds[i - 1] == kinds[i + 1] == "upper" \
                and (i + 2 == len(kinds) or kinds[i + 2] not in ("initial", "upper")):
            kinds[i] = "upper"
    return kinds


def _fix_glued(tok: str) -> str:
    """``JeanPierre`` → ``Jean-Pierre`` (a hyphen lost in conversion)."""
    m = _GLUED.match(tok)
    return f"{m.group(1)}-{m.group(2)}" if m else tok


def split_names(tokens: list[str]) -> list[list[str]]:
    """Split a run of name tokens printed with no separator into one token list per name."""
    toks = [t for t in tokens if kind(t) != "noise"]
    if not toks:
        return []
    kinds = _kinds(toks)
    body = [k for k in kinds if k != "civ"]
    if len(body) > 1 and (body[0] == "particle" or body[0] == body[1] == "upper"):
        words = [t for t, k in zip(toks, kinds, strict=True) if k != "civ"]
        while len(body) > 1 and (body[0] == "particle"
                                 or (words[0].lower() in PARTICLES and body[1] == "upper")):
            # « M. de la PERRAUDIERE Louis », « Mme DE LA VILLEON Laure » are LAST First
            body, words = body[1:], words[1:]
    lf = bool(body) and body[0] == "upper" and any(k in ("title", "initial") for k in body[1:3])
    if not lf and len(body) > 3 and body[0] == body[1] == "upper":
        # « M. BELLOT DES MINIERES Hubert »: particles in capitals inside the surname
        words = [t for t, k in zip(toks, kinds, strict=True) if k != "civ"][-len(body):]
        j = 1
        while j < len(body) - 2 and body[j] == "upper" and words[j].lower() in PARTICLES:
            j += 1
        lf = j > 1 and body[j] == "upper" and body[j + 1] in ("title", "initial")
        # « Mme FRANCOIS DIT SORTON Nathalie »: a surname of three capitalised words or more and
        # one first name after it, the last word (read First LAST, the first name would be lost)
        lf = lf or (body[-1] in ("title", "initial") and all(k == "upper" for k in body[:-1]))
    out: list[list[str]] = []
    cur: list[str] = []
    cur_kinds: list[str] = []
    for t, k in zip(toks, kinds, strict=True):
        if cur and _boundary(k, cur_kinds, lf) and not (k == "title" and cur[-1].lower() in PARTICLES):
            out.append(cur)
            cur, cur_kinds = [], []
        cur.append(t)
        cur_kinds.append(k)
    if cur:
        out.append(cur)
    return out


def _boundary(k: str, cur_kinds: list[str], lf: bool) -> bool:
    """Whether a token of kind ``k`` starts a new name after the tokens of ``cur_kinds``."""
    if k == "civ":
        return any(c != "civ" for c in cur_kinds)
    if not lf:  # First LAST: a first name after a surname starts the next name
        return k in ("title", "initial") and cur_kinds[-1] == "upper"
    return k == "upper" and cur_kinds[-1] in ("title", "initial")  # LAST First


def make_entry(tokens: list[str], raw: str, civility: Civility | None = None) -> NameEntry | None:
    """A :class:`NameEntry` from the tokens of one name; None if no name is in them."""
    civ = civility
    words: list[str] = []
    for t in tokens:
        if kind(t) == "civ":
            civ = CIVILITY.get(t.lower(), civ)
        else:
            words.append(_fix_glued(t))
    if not words:
        return None
    kinds = _kinds(words)
    if "upper" in kinds:
        i = kinds.index("upper")
        j = i
        while j < len(words) and kinds[j] in ("upper", "particle"):
            j += 1
        if j < len(words) and kinds[j] == "title" and all(w.lower() in PARTICLES for w in words[i:j]):
            j += 1  # « Pierre DE Marne »: a particle in capitals and the rest of the surname
        # Particles before the surname belong to it: « Jean de LAMARTINE ».
        while i > 0 and kinds[i - 1] == "particle":
            i -= 1
        last = " ".join(words[i:j])
        first = " ".join(words[:i] + words[j:])
    elif len(words) == 1:
        first, last = "", words[0]
    elif kinds[-1] == "initial":  # « Cauquil R. »
        first, last = words[-1], " ".join(words[:-1])
    else:
        first, last = " ".join(words[:-1]), words[-1]
    if not last or not any(c.isalpha() for c in last):
        return None
    return NameEntry(raw=raw.strip(), civility=civ, first=first, last=last)


# (« Mesdames et Messieurs les membres en exercice, à l'exception de : X, représenté par Y »)
EXCEPTION = re.compile(
    r"(?:tou(?:s|tes)|(?:Mesdames\s+et\s+)?Messieurs)\s+les\s+(?:membres|conseillers|élus)[^:]{0,60}?"
    r"(?:à\s+l'exception|sauf|excepté)"
    r"\s*(?:d[eu]s?\s*|:)?",
    re.IGNORECASE,
)


# Four tokens in a row whose first letter (after , . ; :) may be lower case: needed by any
# run of prose that drop_prose cuts, and absent from most lists.
# Four words in a row that could start in lower case. A word starts the text or follows a
# blank: the run is matched at the start, else searched from a blank — a pattern led by a
# literal class that `re` can skip to, where a leading `(?<!\S)` is tried at every position.
_LOWER_START = r"[,.;:]*[^\sA-ZÀ-ÖØ-Þ0-9(]"
# Written out four times rather than as a repeated group, which `re` runs at a cost at every
# blank; a word and the blanks after it taken possessively (giving back a letter of one
# could not let the other match).
_LOWER_TOKEN = rf"{_LOWER_START}\S*+\s++"
_LOWER_RUN_AT = re.compile(rf"{_LOWER_TOKEN * 3}{_LOWER_START}")
_LOWER_RUN = re.compile(rf"\s{_LOWER_TOKEN * 3}{_LOWER_START}")


_SPAN_WORDS = re.compile(r"(?:à\s+partir\s+d[ue]s?|jusqu['’]\s*(?:au|à\s+la|aux)|jusqu['’]\s*à)\s+"
                         r"(?:rapport|point|question|délibération|dossier)s?\s+n?°?\s*\d{1,3}")


def drop_prose(text: str) -> str:
    """Cut a list where running prose begins (four lower-case words in a row, outside brackets).

    « tous les membres en exercice à l'exception de … » is not prose: the list follows it.
    """
    exc = EXCEPTION.match(text.lstrip())
    if exc:
        lead = len(text) - len(text.lstrip()) + exc.end()
        return text[:lead] + drop_prose(text[lead:])
    masked = _PAREN.sub(lambda m: "(" + "X" * (len(m.group(0)) - 2) + ")", text) if "(" in text else text
    if "partir" in masked or "jusqu" in masked:
        # « … à Madame Y à partir du rapport n°15. »: a giving's span, no prose
        masked = _SPAN_WORDS.sub(lambda m: "X" * len(m.group(0)), masked)
    if not (_LOWER_RUN_AT.match(masked) or _LOWER_RUN.search(masked)):
        return text  # no four words in a row that could start in lower case: no prose
    toks = list(re.finditer(r"\S+", masked))
    run = 0
    for idx, m in enumerate(toks):
        w = m.group(0).strip(",.;:")
        if w and w[0].islower() and w.lower() not in _LIST_WORDS \
                and w.lower() not in _GIVING_WORDS:
            run += 1
            if run >= 4:
                k = idx - 3
                # (« … à Monsieur GOUZERH Gilbert. Le président ayant ouvert la séance »: the words of
                # a list, « ayant », that the sentence holds go with it, up to its full stop)
                while k > 0 and toks[k - 1].group(0)[0].islower() \
                        and not toks[k - 1].group(0).endswith((",", ";", ".")) \
                        and "\n" not in masked[toks[k - 1].end():toks[k].start()]:
                    k -= 1
                # (« …, PRINÇAY Benoit, formant la majorité … »: a comma ends the name before)
                # (« M. OFFROY Marcel⏎Formant la majorité … »: a line break ends the name before)
                while k > 0 and kind(toks[k - 1].group(0).strip(",.;:")) in ("title", "particle") \
                        and not toks[k - 1].group(0).endswith((",", ";", ".")) \
                        and "\n" not in masked[toks[k - 1].end():toks[k].start()]:
                    k -= 1
                if k < len(toks) and _DESIGNATED.match(masked, toks[k].start()):
                    k = _designated_subject(toks, k)
                return text[: toks[k].start()] if k < len(toks) else text
        else:
            run = 0
    return text


# « … et TREVISIOL Noël Mr Alexandre COLIN a été élu secrétaire. »: a designation's sentence whose
# subject, a name, is glued to the list's last name.
_DESIGNATED = re.compile(r"(?:a[ \t]+été|est)[ \t]+(?:élue?|nommée?|désignée?)\b")


def _designated_subject(toks: list[re.Match[str]], k: int) -> int:
    """Where a designation's subject starts before ``toks[k]`` (its verb): a first name and a surname
    (« Alexandre COLIN ») after a civility; ``k`` itself when there is none."""
    j = k
    while j > 0 and k - j < 3 and kind(toks[j - 1].group(0)) in ("title", "upper") \
            and not toks[j - 1].group(0).endswith((",", ";", ".")):
        j -= 1
    if k - j >= 2 and j > 0 and kind(toks[j - 1].group(0)) == "civ":
        return j - 1
    return k


# The common layout, read in one pass: « [Commune :] [M.|Mme|…] Prénom NOM [(…)] » entries
# (or « NOM Prénom », or « NOM » alone) separated by commas, line breaks or « et ». Each
# piece is narrower than what the general path accepts, so that the general path reads a
# list of this shape exactly as :func:`_fast_list` does; anything else (group civilities,
# initials, particles, substitutes, a semicolon…) takes the general path.
_UP = "A-ZÀ-ÖØ-Ý"  # upper-case letters (not « × »)
_LOW = "a-zà-öø-ÿ"  # lower-case letters (not « ÷ »)
_FIRST = rf"[{_UP}][{_LOW}']+(?:-[{_UP}][{_LOW}']+)?"  # « Jean », « Marie-Thérèse »
_LAST = rf"(?=(?:['-]?[{_UP}]){{3}})[{_UP}]+(?:['-][{_UP}]+)*"  # three letters: « JL » are initials
# Words of those shapes that kind() classes apart (civilities, particles): the general path.
_NOT_FIRST = {"Mme", "Mr", "Ms", "Mlle", "Melle", "Monsieur", "Madame", "Mademoiselle", "Maître", "Docteur",
              *(p.capitalize() for p in PARTICLES)}
_NOT_LAST = {"MME", "MR", "MLLE", "MONSIEUR", "MADAME", "MADEMOISELLE"}
# « [M.|Mme|Monsieur|Madame] Prénom NOM », « NOM Prénom » or « NOM »: civility, first
# name, surname, surname, first name.
_FAST_NAME = rf"(?:(M\.|Mme|Monsieur|Madame) )?(?:({_FIRST}) ({_LAST})|({_LAST})(?: ({_FIRST}))?)"
# A bracket the separators cannot cut: no comma, colon or line break, a hyphen only
# inside a word, no « et » before a capital.
_FAST_PAREN = r"\((?:[\w'°/.]|(?<=\w)-(?=\w)| (?!et +[A-ZÀ-Ý]))*\)"
# One entry of a list and the separator after it. Groups: the whole, the heading, the
# entry, the name, the name's five parts, the bracket, « et ».
_FAST_ENTRY = re.compile(
    rf"((?:(?=[\w'. -]{{0,80}}:)([{_UP}][\w'.-]*(?: [{_UP}][\w'.-]*)*) *: +)?"  # « Besançon : »
    rf"(({_FAST_NAME})(?: *({_FAST_PAREN}))?)"
    r"(?: *[,\n]\s*| +(et) +(?=[A-ZÀ-Ý]|M\.|Mme)| *(?:\n\s*)?\Z))"
)
# One name alone (a chunk of the general path, a proxy's giver or holder).
_FAST_CHUNK = re.compile(rf"({_FAST_NAME})(?: *({_FAST_PAREN}))?")
# One entry of a list split at its commas: heading, name and its five parts, bracket.
_FAST_PIECE = re.compile(
    rf"(?:([{_UP}][\w'.-]*(?: [{_UP}][\w'.-]*)*) *: +)?({_FAST_NAME})(?: *({_FAST_PAREN}))?")
_FAST_PIECE_NO_HEADING = re.compile(rf"()({_FAST_NAME})(?: *({_FAST_PAREN}))?")  # no « : » in it
def _hint_in_name(name: str) -> bool:
    """Whether the general path would find a span hint in ``name`` (a name of the fast layout)."""
    return span_hint(name + " ") is not None
_FAST_LEAD = re.compile(r"\s*\n\s*| *")
_FAST_CIVILITY = {"M.": Civility.MR, "Mme": Civility.MRS, "Monsieur": Civility.MR, "Madame": Civility.MRS}


def _fast_list(text: str, commune: str | None) -> list[NameEntry] | None:
    """The entries of a list of the common layout; None if it is not of that layout."""
    if any(w in text for w in _GROUP_HINTS) or "uppl" in text or "empla" in text \
            or text.lstrip()[:3].lower() == "tou":
        return None  # group civilities, substitutes, « tous les membres … à l'exception »
    if "\n" not in text.strip() and " et " not in text:
        by_commas = _comma_list(text, commune)
        if by_commas is not None:
            return [NameEntry(raw, civ, first, last, com, span, False, None, None, votes, extra)
                    for raw, civ, first, last, com, span, votes, extra in by_commas]
    pos = _FAST_LEAD.match(text).end()  # type: ignore[union-attr]
    items = _FAST_ENTRY.findall(text, pos)
    out: list[NameEntry] = []
    names: list[str] = []
    after_et = False
    for whole, head, raw, name, civ, first, last, last2, first2, paren, et in items:
        pos += len(whole)  # the entries must follow one another up to the end
        if head:
            if after_et:
                return None  # a heading after « et » is not read as one
            commune = _clean_commune(head)
        after_et = bool(et)
        if not last:
            last, first = last2, first2
        if first in _NOT_FIRST or last in _NOT_LAST:
            return None
        names.append(name)
        if paren:
            got = _fast_bracket(paren, commune)
            if got is None:
                return None
            com, span, votes, extra = got
        else:
            com, span, votes, extra = commune, None, None, ()
        out.append(NameEntry(raw, _FAST_CIVILITY.get(civ), first, last, com, span, False, None, None, votes,
                             extra))
    if pos != len(text) or not out:
        return None
    if _hint_in_name(" , ".join(names)):
        return None  # « SAUF », « DESPARTS »…: a name the general path may cut
    return out


# A name of a plain list (see plain_list): the arguments of its NameEntry but those a
# plain list leaves to their defaults (substitute, substitute_for, substitute_name): raw
# text, civility, first name, surname, commune, span, votes, other words in brackets.
Parts = tuple[str, Civility | None, str, str, str | None, Span | None, int | None, tuple[str, ...]]


def plain_list(text: str) -> list[Parts] | None:
    """The names of ``text`` as :func:`parse_list` reads them, as Parts, if it is a list
    of the common layout whose entries only commas separate; None otherwise (then
    :func:`parse_list` reads it). No NameEntry is built: a registry files the parts."""
    if any(w in text for w in _GROUP_HINTS) or "uppl" in text or "empla" in text \
            or text.lstrip()[:3].lower() == "tou" or "\n" in text.strip() or " et " in text:
        return None  # what _fast_list does not give to _comma_list
    return _comma_list(text, None)


def entry_of(parts: Parts) -> NameEntry:
    """The NameEntry :func:`parse_list` gives for a name of a plain list."""
    raw, civ, first, last, commune, span, votes, extra = parts
    return NameEntry(raw, civ, first, last, commune, span, False, None, None, votes, extra)


def _comma_list(text: str, commune: str | None) -> list[Parts] | None:
    """:func:`_fast_list` for a list whose entries only commas separate, read entry by
    entry (« [Commune :] name [(…)] », see _FAST_ENTRY) as the general path reads them,
    as Parts; None if some entry is not of that layout."""
    body = text.strip()
    lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()):]
    if not body or (lead.strip(" ") and "\n" not in lead) or trail.lstrip(" ")[:1] not in ("", "\n"):
        return None  # blanks before or after that the general path would keep in a name
    out: list[Parts] = []
    for piece in body.split(","):
        piece = piece.strip(" ")
        if ":" in piece:  # « Commune : » (a colon can be nowhere else)
            head, _, piece = piece.partition(":")
            if not piece.startswith(" "):
                return None
            piece = piece.lstrip(" ")
            commune = _fast_heading(head)
            if commune is _NO_HEADING:
                return None
        got = _fast_name(piece)
        if got is None:
            return None
        civ, first, last, bracket, _ = got
        if civ is None and piece.isupper() and office_only(piece):
            return None  # « LUDOVIC ROHART, MAIRE, GUY DERACHE »: the general path reads it
        if bracket is None:
            out.append((piece, civ, first, last, commune, None, None, ()))
        else:
            com, span, votes, extra = bracket
            out.append((piece, civ, first, last, com or commune, span, votes, extra))
    return out


_NO_HEADING = "\x00"  # what _fast_heading gives for a text that is no heading


@lru_cache(maxsize=4096)
def _fast_heading(head: str) -> str | None:
    """The commune a heading (« Besançon » of « Besançon : ») names; _NO_HEADING if it is none."""
    head = head.rstrip(" ")
    return _clean_commune(head) if _HEADING.fullmatch(head) else _NO_HEADING


_HEADING = re.compile(rf"[{_UP}][\w'.-]*(?: [{_UP}][\w'.-]*)*")
_FAST_PAREN_RE = re.compile(_FAST_PAREN)
_FIRST_RE = re.compile(_FIRST)
_LAST_RE = re.compile(_LAST)
_CIV, _FIRSTNAME, _SURNAME, _OTHER = range(4)
# Word → (its class in the fast layout, whether it is « wary »: holds, in lower case, a word
# SPAN_HINT needs or one a proxy's link may be read in: such a name is looked at closer).
_WORD_KINDS: dict[str, tuple[int, bool]] = {}
_LINK_WORDS = re.compile("pouvoir|procur|mandat|gation|repr|rempla|reçu|donn")


def _word_kind(word: str) -> tuple[int, bool]:
    if word in _FAST_CIVILITY:
        k = _CIV
    elif _FIRST_RE.fullmatch(word) and word not in _NOT_FIRST:
        k = _FIRSTNAME
    elif _LAST_RE.fullmatch(word) and word not in _NOT_LAST:
        k = _SURNAME
    else:
        k = _OTHER
    if len(_WORD_KINDS) > 100_000:
        _WORD_KINDS.clear()  # bounded, like a cache
    low = word.lower()
    got = _WORD_KINDS[word] = (k, HINT_WORDS.search(low) is not None or _LINK_WORDS.search(low) is not None)
    return got


_CachedBracket = tuple[str | None, Span | None, int | None, tuple[str, ...]]


@lru_cache(maxsize=65536)
def _fast_name(text: str) -> tuple[Civility | None, str, str, _CachedBracket | None, bool] | None:
    """« [M.|Mme|Monsieur|Madame] Prénom NOM [(…)] » (or « NOM Prénom », « NOM »), exactly
    as _FAST_CHUNK reads it: civility, first name, surname, what the bracket says, and
    whether a word of it is wary (see _WORD_KINDS)."""
    bracket = None
    if "(" in text or ")" in text:
        k = text.find("(")
        if k < 0 or not text.endswith(")"):
            return None
        bracket = _fast_bracket_cached(text[k:])
        if bracket is None:
            return None
        text = text[:k].rstrip(" ")
    words = text.split(" ")
    kinds = _WORD_KINDS
    hint = False
    civ = None
    first = last = ""
    n = len(words)
    i = 0
    k, h = kinds.get(words[0]) or _word_kind(words[0])
    if k == _CIV and n > 1:
        civ = _FAST_CIVILITY[words[0]]
        i = 1
        k, h = kinds.get(words[1]) or _word_kind(words[1])
    hint = h
    if n - i == 2:
        k2, h2 = kinds.get(words[i + 1]) or _word_kind(words[i + 1])
        hint = hint or h2
        if k == _FIRSTNAME and k2 == _SURNAME:
            first, last = words[i], words[i + 1]
        elif k == _SURNAME and k2 == _FIRSTNAME:
            first, last = words[i + 1], words[i]
        else:
            return None
    elif n - i == 1 and k == _SURNAME:
        last = words[i]
    else:
        return None
    if hint and SPAN_HINT.search(text + " "):
        return None  # « SAUF », « DESPARTS »…: a name the general path may cut
    return civ, first, last, bracket, hint


@lru_cache(maxsize=4096)
def _fast_bracket_cached(paren: str) -> _CachedBracket | None:
    """:func:`_fast_bracket` of a bracket of the fast layout (commune None); None if it is not."""
    if _FAST_PAREN_RE.fullmatch(paren) is None:
        return None
    return _fast_bracket(paren, None)


_Bracket = tuple[str | None, Span | None, int | None, tuple[str, ...]]  # commune, span, votes, other words


def _fast_bracket(paren: str, commune: str | None) -> _Bracket | None:
    """What a bracket after a name says, as :func:`_parse_chunk` reads it: commune, span,
    votes and other words; None for a substitute mention (the general path reads those)."""
    inner = paren[1:-1].strip()
    if span_hint(inner):
        return commune, parse_span(inner), None, ()
    if _VOTES.fullmatch(inner):
        return commune, None, int(inner), ()
    if _REPLACES.match(inner):
        return None
    if inner and not any(c.isdigit() for c in inner):
        return inner, None, None, ()
    return commune, None, None, (inner,)


def _fast_chunk(chunk: str, commune: str | None, civ: Civility | None) -> NameEntry | None:
    """The one name of a chunk of the common layout; None if it is not of that layout."""
    if ":" in chunk or "uppl" in chunk or "empla" in chunk:
        return None
    got = _fast_name(chunk)
    if got is None:
        return None
    explicit, first, last, bracket, _ = got
    span = votes = None
    extra: tuple[str, ...] = ()
    if bracket is not None:
        com, span, votes, extra = bracket
        commune = com or commune
    return NameEntry(chunk, explicit or civ, first, last, commune, span, False, None, None, votes, extra)


# A compound name whose hyphen the PDF extraction spaced out, in a list separated by commas:
# « BROCA - LANNAUD Marie - Thérèse, PASQUET- GRELET Anne » (capitals on both sides, or a first name
# on both sides; « Jean DUPONT - Paul DURAND » stays two names). A first name cut at the line's
# end, « Fa- brice », is joined too, as printed (« Fa-brice »).
_SPACED_HYPHEN = re.compile(r"\b([A-ZÀ-Ý][A-ZÀ-Ý'-]+)(?: - |- | -)(?=[A-ZÀ-Ý][A-ZÀ-Ý'-]+\b)"
                            r"|\b([A-ZÀ-Ý][a-zà-ÿ]+) - (?=[A-ZÀ-Ý][a-zà-ÿ]+\b)"
                            r"|\b([A-ZÀ-Ý][a-zà-ÿ]+)- (?=[a-zà-ÿ]{2,}\b)")


# (after a first name: « MM. … – DESNOYERS- HERMIER – … », surnames alone, is two of them)
_CAPS_HYPHEN_GAP = re.compile(r"((?:\bM\.|\b[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)"
                              r"[ \t]+[A-ZÀ-Ý]{2}[A-ZÀ-Ý'’]*)- "
                              r"(?=[A-ZÀ-Ý]{2}[A-ZÀ-Ý'’-]*(?:[ \t]*[-–,;.)(\n]|$))")


def join_spaced_hyphens(text: str) -> str:
    """``text`` with the spaced-out hyphens of its compound names joined, if it is a list
    that commas separate (more commas than « - », two at least); else ``text``."""
    commas = text.count(",")
    if commas < 2 or text.count(" - ") > commas:
        if "- " in text:
            # « Mme Marion GODARD- PERRIN – Mme Elodie … »: a compound surname in capitals whose
            # hyphen the extraction spaced, in a list that dashes separate (not « S.MEARY- I.MEJEAN »,
            # an initial after it, nor « DUPONT- MARTIN Paul », a first name after it)
            return _CAPS_HYPHEN_GAP.sub(r"\1-", text)
        return text
    return _SPACED_HYPHEN.sub(lambda m: (m.group(1) or m.group(2) or m.group(3)) + "-", text)


def parse_list(text: str, *, commune: str | None = None) -> list[NameEntry]:
    """Every name of a list, with commune, span, substitute and vote-count annotations."""
    fast = _fast_list(text, commune)
    if fast is not None:
        return fast
    return _parse_list(text, commune)


# « … Chabal Commune de Chomérac : Monsieur Martin »: a commune's heading run into the name
# before it (a table's column lost); « Commune de : » when the name itself is lost.
# (Not inside « Communauté de Communes de la Forêt : », a heading of its own.)
_GLUED_COMMUNE = re.compile(r"(?<=[\w.:])(?<!Communauté de)(?<!COMMUNAUTE de)(?<!Communaute de)[ \t]+"
                            r"(?=Communes?[ \t]+(?:de|d['’]|du|des)\b[^:,;\n]{0,40}:)")


# « M. Pascal RAGOT BUOUX : M. Philippe ROUX CASENEUVE : M. Gilles RIPERT (Président) CASTELLET :
# M. Edmond GINTOLI »: the delegates grouped by commune, each commune's name in capitals run into
# the surname before it (a table's lines flattened). A name is its civility, its first name, its
# surname (one word in capitals, two with a particle); the capitals after it up to « : » and a
# civility are the next commune's. (Twice at least in the list: one may be a double surname.)
_CIVILITY_AHEAD = r"(?=(?:M\.|Mme|MM\.|Mlle|Monsieur|Madame)[ \t])"
_GLUED_CAPS_COMMUNE = re.compile(
    r"(?P<name>(?:M\.|Mme|Mlle|Monsieur|Madame)[ \t]+[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)?[ \t]+"
    r"(?:(?:DE|DU|LE|LA|DA|DI|DES|VAN|VON)[ \t]+)?[A-ZÀ-Ý][A-ZÀ-Ý'’-]+(?:[ \t]*\([^()\n]{0,60}\))?)"
    r"[ \t]+(?=[A-ZÀ-Ý][A-ZÀ-Ý'’ -]{1,40}?[ \t]*:[ \t]+(?:" + _CIVILITY_AHEAD
    # (« BERTHOLENE: Mme Hélène VAYSSIERE CAMPAGNAC: Eliane LABEAUME, »: no civility after it)
    + r"|[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?[ \t]+[A-ZÀ-Ý]{2}))")


# « Représentant la Commune de Breville : A, B »: the heading's lead-in, no name.
_ROLE_BEFORE_COMMUNE = re.compile(r"\b(?:Représentant(?:e|s|es)?|Délégué(?:e|s|es)?)[ \t]+"
                                  r"(?:de[ \t]+)?(?:la|le)[ \t]+(?=Communes?[ \t]+(?:de|d['’]|du|des)\b)")


# « M. Jean ALLEGRE .Mme Anne MICHEL »: a full stop printed for the comma, glued to the civility.
_DOT_BEFORE_CIVILITY = re.compile(r"(?<=\S)[ \t]+\.(?=(?:M\.|Mme|Mlle|Monsieur|Madame)[ \t])")


# « Commune de Cercier⏎M. Jean-Michel COMBET⏎Commune de Copponex⏎… »: each commune's name alone
# on its line above its delegates (no name); « Mme Catherine⏎CHALLANDE, »: a name the line wrapped.
# « Commune(s) de / d' / du / des » before a commune's name (shared with proxies._COMMUNE_AFTER).
COMMUNE_OF = r"Communes?[ \t]+(?:de[ \t]+|d['’][ \t]*|du[ \t]+|des[ \t]+)"
_COMMUNE_LINE = re.compile(r"(?m)^[ \t]*" + COMMUNE_OF + r"[^\n,:;]{1,60}$")
_WRAPPED_NAME = re.compile(r"((?:M\.|Mme|Monsieur|Madame)[ \t]+[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)\n"
                           r"([A-ZÀ-Ý]{2}[A-ZÀ-Ý'’-]*)(?=[ \t]*(?:[,;]|\n|$))")


# (the commune's name maybe blanked by the page: « Pour la commune d’: Thierry PICQ »)
_FOR_THE_COMMUNE = re.compile(r"\bPour[ \t]+la[ \t]+(?:commune|ville|Commune|Ville)[ \t]+"
                              r"(?:de[ \t]*|d['’][ \t]*|du[ \t]+)[^:,;\n]{0,50}?[ \t]*:")


def _parse_list(text: str, commune: str | None) -> list[NameEntry]:
    if "Messieurs," in text:
        text = text.replace("Mesdames et Messieurs,", "Mesdames et Messieurs ")  # (a group, then its names)
    if "Pour la " in text:
        text = _FOR_THE_COMMUNE.sub(", ", text)  # « Pour la commune de BEGADAN : Martine X Pour la … »
    if " ." in text:
        text = _DOT_BEFORE_CIVILITY.sub(", ", text)
    if "\n" in text:
        if "Commune" in text:
            text = _COMMUNE_LINE.sub("", text)
        text = _WRAPPED_NAME.sub(r"\1 \2", text)
    if "Commune" in text:
        if "eprésentant" in text or "élégué" in text:
            text = _ROLE_BEFORE_COMMUNE.sub("", text)
        text = _GLUED_COMMUNE.sub(" , ", text)
    if ": " in text:
        split, glued = _GLUED_CAPS_COMMUNE.subn(r"\g<name> , ", text)
        # (one scan: counted and split at once; one glued heading among the headings of a list
        # of communes, « …, Mme Amanda BLANCHARD SAINT-VINCENT : Mme … », its full stop lost)
        text = split if glued >= 2 or (glued == 1 and len(_COMMUNE_HEADING.findall(split)) >= 4) else text
    text = drop_prose(text)
    entries: list[NameEntry] = []
    pos = 0
    heads = list(_COMMUNE_HEADING.finditer(text)) if ":" in text else []  # a heading ends with « : »
    segments: list[tuple[str | None, str]] = []
    for i, h in enumerate(heads):
        if pos < h.start():
            segments.append((commune, text[pos:h.start()]))
        end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        segments.append((_clean_commune(h.group("c")), text[h.end():end]))
        pos = end
    if pos < len(text):
        segments.append((commune, text[pos:]))
    for com, seg in segments:
        entries.extend(_parse_segment(seg, com))
    return entries


_NAMELESS_COMMUNE = re.compile(r"Communes?\s+(?:de|d['’]|du|des)")


def _clean_commune(c: str) -> str | None:
    c = c.strip(" .-")
    return None if not c or _NAMELESS_COMMUNE.fullmatch(c) else c


def _parse_segment(seg: str, commune: str | None) -> list[NameEntry]:
    out: list[NameEntry] = []
    group_civ: Civility | None = None
    # A group civility (« MM. », « Mmes et MM. ») applies to every name that follows it.
    firsts: list[str] | None = []  # every chunk one first name alone (« Yves, Jacques, Anne-Marie »)
    if "MM." in seg:
        seg = _GLUED_GROUP.sub("MM. ", seg)  # « MM.DUVAL JP, LAMBERT C »
    if "." in seg and len(_DOTTED_SURNAME.findall(seg)) >= 2:
        seg = _DOTTED_INITIAL.sub(r", \1, ", _DOTTED_SURNAME.sub(", ", seg))
    for part in _split_on_groups(seg):
        civ_text, body = part
        if civ_text is not None:
            group_civ = _GROUP_CIV.get(civ_text.lower().strip())  # None for mixed groups
            firsts = None
        chunks = _split_entries(body)
        if len(chunks) >= 4:
            chunks = _dash_list_chunks(chunks)
        for chunk in chunks:
            if not chunk:
                continue  # two separators in a row: nothing between them
            if firsts is not None:
                word = chunk.strip(" .:-|")
                firsts = [*firsts, word] if _FIRST_NAME_ALONE.fullmatch(word) and word not in _ROLE_WORDS \
                    and word.lower() not in _LIST_WORDS else None
            if out and ("aire d" in chunk or "sident" in chunk) and (lead := _OFFICE_OF_PLACE.match(chunk)):
                # « Madame Marie-Hélène DES ESGAULX, Maire de GUJAN-MESTRAS Jacques CHAUVET, … »: the
                # office of the name before, its place in capitals, run into the next name
                chunk = chunk[lead.end():]
            if out and office_only(chunk) and (" " in chunk.strip() or (out[-1].first and out[-1].last)):
                # « LUDOVIC ROHART, MAIRE, GUY DERACHE, …, ADJOINTS AU MAIRE, NELLY THIEFFRY »: an
                # office printed between the names, after the name(s) it is of (a lone « MAIRE »
                # after a surname alone may be a surname: « DUPONT, MAIRE, DURAND »).
                _annotate(out[-1], chunk)
                continue
            got = _parse_chunk(chunk, commune, group_civ if civ_text is not None else None)
            if not got and out and _lone_surname_after(out[-1], chunk):
                # « Monsieur Béal, Vicente »: a second surname after a civility and a surname
                # alone, both in lower case (a list of surnames, not « DUPONT Jean »)
                got = [NameEntry(raw=chunk, last=chunk.strip(" .:-|"), commune=commune)]
            if not got and out:
                _annotate(out[-1], chunk)  # « , suppléante », « (jusqu'à …) » on their own
            out.extend(got)
    if firsts is not None and len(firsts) >= 3:
        # A small council's minutes name members by first name only: a list of three or
        # more of them, and nothing else, is that (a lone word among full names is not).
        return [NameEntry(raw=w, first="", last=w, commune=commune) for w in firsts]
    return out


_TITLE_WORD = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)*")
# « Jean-Jacques Boniz- Yvan Moullec », « Roger Merour -Jean-Pierre Marec »: a dash of the list
# glued to a name on one side (not « Anne- Lise Nedelec », a first name's hyphen cut).
_NAME_GLUED_DASH = re.compile(r"(?<=[a-zà-ÿ])(?:- | -)(?=[A-ZÀ-Ý])")


def _dash_list_chunks(chunks: list[str]) -> list[str]:
    """The entries of a list of « Prénom Nom » in lower case split where a dash glued to a name
    (« Boniz- Yvan ») or a lost separator (« Michel Riou Michel Cojean ») ran two names together."""
    words = [c.split() for c in chunks]
    pairs = sum(1 for w in words if len(w) == 2 and all(_TITLE_WORD.fullmatch(x) for x in w))
    if pairs < 3 or pairs < 0.4 * len(chunks):
        return chunks  # not a list of « Prénom Nom » in lower case
    # (the first names of the list: a four-word entry is two names only where its third word is
    # one, « Michel Riou Michel Cojean », not « André Thien Ah Koon »)
    firsts = {w[0] for w in words if len(w) == 2}
    out: list[str] = []
    for c, w in zip(chunks, words, strict=True):
        glued = _NAME_GLUED_DASH.search(c) if "-" in c else None
        if glued is not None and len(c[:glued.start()].split()) >= 2 and len(c[glued.end():].split()) >= 2:
            out += (c[:glued.start()], c[glued.end():])
        elif len(w) == 4 and (w[2] in firsts or w[2] == w[0]) and w[1] not in firsts \
                and all(_TITLE_WORD.fullmatch(x) and x.lower() not in PARTICLES for x in w):
            out += (" ".join(w[:2]), " ".join(w[2:]))  # two names, the separator between them lost
        else:
            out.append(c)
    return out


def _lone_surname_after(prev: NameEntry, chunk: str) -> bool:
    word = chunk.strip(" .:-|")
    return (prev.civility is not None and not prev.first and len(prev.last) > 2 and prev.last[1:].islower()
            and _FIRST_NAME_ALONE.fullmatch(word) is not None and "-" not in word
            and word not in _ROLE_WORDS and word.lower() not in _LIST_WORDS)


def _split_entries(body: str) -> list[str]:
    """The entries of a list, at its separators outside brackets: « Anne PETIT (arrivée à
    la délibération « 2021-02, budget »), Paul RUE » is two entries."""
    if "(" not in body:
        return _SEPARATORS.split(body)
    masked = _PAREN.sub(lambda m: "(" + "x" * (len(m.group(0)) - 2) + ")", body)
    cuts = [(m.start(), m.end()) for m in _SEPARATORS.finditer(masked) if m.end() > m.start()]
    if _AFTER_BRACKET.search(masked) is not None:
        # « LAMOTHE (jusqu'au point n°11) MAGNALDI »: a bracket of attendance between two
        # names printed with no separator ends the first name.
        cuts.extend((m.end(1) + 1, m.end()) for m in _AFTER_BRACKET.finditer(masked)
                    if span_hint(body[m.start(1):m.end(1)]))
    if ") " in masked:
        # « Bédel (Le Loscouët), Leroy (St Launeuc) Jaigu (Trémorel) »: names each followed by a
        # bracket (its commune); a bracket followed by a name and its own bracket, with no
        # separator, ends the first name.
        cuts.extend((m.end(1) + 1, m.end()) for m in _BRACKET_THEN_BRACKETED.finditer(masked))
    cuts.sort()
    out: list[str] = []
    pos = 0
    for a, b in cuts:
        if a < pos:
            continue
        out.append(body[pos:a])
        pos = b
    out.append(body[pos:])
    return out


_AFTER_BRACKET = re.compile(r"\((x*)\)\s+(?=[A-ZÀ-Ý]{2}[A-ZÀ-Ý'-]*(?:\s|,|$))")
_BRACKET_THEN_BRACKETED = re.compile(r"\((x*)\)[ \t]+(?=(?:(?:M\.|Mme)\s+)?[A-ZÀ-Ý][\wÀ-ÿ'-]+"
                                     r"(?:[ \t]+[A-ZÀ-Ý][\wÀ-ÿ'-]+)?[ \t]*\()")


# An office's board, « Vincent GAUDY, Administrateur Jean-Pierre AMANS, Administratrice Roselyne
# PEsTElL »: words no surname is, dropped even beside a surname the OCR put in mixed case.
_BOARD_WORDS = ("Administrateur", "Administratrice", "Administrateurs", "Administratrices")
# A member's office printed after the name, in a list (a surname is in capitals: « MAIRE »).
# (« Membres (36/72) : Martial LEBLOND »: a sub-heading's word run into the first name.)
_ROLE_WORDS = {"Membres", "Membre", "Maire", "Adjoint", "Adjointe", "Adjoints", "Adjointes", "Délégué",
               "Déléguée", "Délégués",
               "Déléguées", "Conseiller", "Conseillère", "Conseillers", "Conseillères", "Président",
               "Présidente", "Vice-président", "Vice-présidente", "Vice-présidents", "Vice-Président",
               "Vice-Présidente", *_BOARD_WORDS}
# « MM. BLANC. ROCHE.VIDAL. Mme NOIR. »: surnames in capitals, each ended by a full stop
# (a word of three capitals at least: « JP. » is an initial, whose name is unsure). Led by the dot.
# (« MITAINE.SAMTMAN .GARROUTY. ASNAR »: a blank before the full stop too)
_DOTTED_SURNAME = re.compile(r"(?:\.(?<=[A-ZÀ-Ý]{3}\.)|(?<=[A-ZÀ-Ý]{3})[ \t]\.)(?<!MMES\.)[ \t]*"
                             r"(?=[A-ZÀ-Ý]{2}|Mmes?\b)")
# An initial among them (« PESENTI, P. PREVOT. », « EKEL C.PEREZ. »): whose it is, the name
# before or after, is unsure; it stands alone, and an initial alone withholds the list.
_DOTTED_INITIAL = re.compile(r"[ \t]*(?<![\w.])([A-ZÀ-Ý]\.)[ \t]*(?=[A-ZÀ-Ý]{2})")
# (« MM.DUVAL JP », « MM.Serge DRUGEON, Roland LEFOYER »)
_GLUED_GROUP = re.compile(r"\bMM\.(?=[A-ZÀ-Ý])")
_FIRST_NAME_ALONE = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?")


def _annotate(entry: NameEntry, chunk: str) -> None:
    if SUBSTITUTE.search(chunk):
        entry.substitute = True
    if entry.span is None and span_hint(chunk):
        entry.span = parse_span(chunk)


def _split_on_groups(seg: str) -> list[tuple[str | None, str]]:
    if not any(w in seg for w in _GROUP_HINTS):
        return [(None, seg)]  # no group civility can be there (each holds one of these)
    parts: list[tuple[str | None, str]] = []
    pos, civ = 0, None
    for m in GROUP_CIVILITY.finditer(seg):
        if pos < m.start() or civ is not None:
            parts.append((civ, seg[pos:m.start()]))
        civ, pos = m.group(0), m.end()
    parts.append((civ, seg[pos:]))
    return parts


_PLAIN = re.compile(
    r"(?P<c>M\.|Mme|Monsieur|Madame) (?P<f>[A-ZÀ-Ý][a-zà-ÿ']+(?:-[A-ZÀ-Ý][a-zà-ÿ']+)?)"
    r" (?P<l>[A-ZÀ-Ý][A-ZÀ-Ý'-]+)")


# An office printed as an entry of its own (« Daniel CHEVALIER, Maire, Claude FOURNIER, 1er
# Adjoint, », « …, Conseillers Municipaux ») or before the next name (« Adjoints au Maire.
# BERHAULT Marylène »): no name.
_OFFICE = (r"(?:\d{1,2}(?:er|ère|e|ème|°)\s+)?(?:Maire|MAIRE|Adjointe?s?|ADJOINTE?S?|Adjte?s?\b"
           r"|Conseill(?:er|ère)s?(?:\(e\)s?)?(?:\s+[Mm]unicipa(?:l|ux|les?))?(?:\s+[Dd]élégué(?:e|s|es)?)?"
           r"(?:\s+[Tt]itulaires?)?)"
           r"(?:\s+au\s+[Mm]aire)?")
_OFFICE_ONLY = re.compile(_OFFICE)
# Two capitalised words a cut hyphen joins, alone in an entry of a list of « Prénom Nom »
# (« Marie- Bonnet », a hyphenated first name's end lost): no one-word name.
_CUT_FIRST_LAST = re.compile(r"([A-ZÀ-Ý][a-zà-ÿ]+)-[ \t]+([A-ZÀ-Ý][a-zà-ÿ]+)")
_UNNAMED_OFFICE = re.compile(r"(?:M\.|Mr\.?|Mme|Monsieur|Madame)\s+[lL][ea]\s+"
                             r"(?:Maire|MAIRE|Présidente?|PRÉSIDENTE?)")
_OFFICE_STARTS = ("Maire", "MAIRE", "Adjoint", "ADJOINT", "Conseill", "CONSEILL")
_OFFICE_FIRST = re.compile(rf"{_OFFICE}\.\s+(?=[A-ZÀ-Ý])")


_CAPS_OFFICES = frozenset({"ADJOINTS", "ADJOINTES", "CONSEILLERS", "CONSEILLÈRES", "MUNICIPAUX",
                           "MUNICIPALES"})


def _parse_chunk(chunk: str, commune: str | None, civ: Civility | None) -> list[NameEntry]:
    chunk = chunk.strip(" .:-|")
    if not chunk:
        return []
    if _UNNAMED_OFFICE.fullmatch(chunk):
        return []  # « M. le Maire » without a name: no member to name (its name may be printed elsewhere)
    if chunk.startswith(_OFFICE_STARTS) or chunk[0].isdigit():
        if _OFFICE_ONLY.fullmatch(chunk):
            return []
        office = _OFFICE_FIRST.match(chunk)
        if office is not None:
            chunk = chunk[office.end():]
    if "- " in chunk:
        cut = _CUT_FIRST_LAST.fullmatch(chunk)
        if cut is not None:  # « Marie- Bonnet »: a first name and a surname a cut hyphen joins
            return [NameEntry(raw=chunk, first=cut.group(1), last=cut.group(2), commune=commune)]
    plain = _PLAIN.fullmatch(chunk)
    if plain and plain.group("l").lower() not in PARTICLES:
        # The common case, « M. Jean DUPONT » alone: no need for the token machinery.
        return [NameEntry(raw=chunk, civility=CIVILITY[plain.group("c").lower()], first=plain.group("f"),
                          last=plain.group("l"), commune=commune)]
    fast = _fast_chunk(chunk, commune, civ)
    if fast is not None:
        return [fast]
    span = None
    extra: list[str] = []
    votes = None
    com = commune
    sub_for = None
    for m in _PAREN.finditer(chunk) if "(" in chunk else ():
        inner = m.group(1).strip()
        if span_hint(inner):
            span = parse_span(inner) or span
        elif _VOTES.fullmatch(inner):
            votes = int(inner)
        elif _REPLACES.match(inner):
            sm = _SUBSTITUTE_OF.search(f"({inner})")
            sub_for = sm.group("tit").strip() if sm and sm.group("tit") else None
        elif inner and not any(c.isdigit() for c in inner):
            com = inner
        else:
            extra.append(inner)
    body = _PAREN.sub(" ", chunk) if "(" in chunk else chunk
    hint = span_hint(body)
    if hint is not None:
        # (« X quitte la séance à 18h38 et rentre à 18h42 (parti à 19h30) »: the words out of
        # the bracket are no part of the name, whichever span is kept)
        span = parse_span(body[hint.start():]) if span is None else span
        body = body[: hint.start()]
    sub_name = None
    substitute = False
    maybe_sub = "uppl" in body or "empla" in body  # cheap tests before the costly searches
    sm = _SUBSTITUTE_OF.search(body) if maybe_sub else None
    if sm:
        if sm.group("sub"):
            sub_name = sm.group("sub").strip()
        elif sm.group("tit"):
            sub_for = sm.group("tit").strip()
            substitute = True
        body = body[: sm.start()]
    if maybe_sub and SUBSTITUTE.search(body):
        substitute = True
        body = SUBSTITUTE.sub(" ", body)
    if sub_for:
        substitute = True
    if ". " in body:
        end = _SENTENCE_IN_CHUNK.search(body)
        if end is not None:  # « GOUZERH Gilbert. Le président ayant »: the next sentence's first words
            body = body[: end.start()]
    tokens = _tokens(body)
    if len(tokens) >= 2 and _LOWER_WORD.fullmatch(tokens[-1]) and kind(tokens[-2]) == "title" \
            and all(kind(t) in ("civ", "title") for t in tokens[:-1]) and len(tokens) <= 4 \
            and tokens[-1] not in _OFFICE_WORDS and tokens[-2].lower() not in _OFFICE_WORDS:
        tokens[-1] = tokens[-1].upper()  # « M. Marc lotti »: a surname read in lower case (OCR)
    if len(tokens) >= 2 and any(t in _ROLE_WORDS for t in tokens) and (
            any(kind(t) == "upper" for t in tokens) or (len(tokens) >= 3 and tokens[0] in _BOARD_WORDS)):
        tokens = [t for t in tokens if t not in _ROLE_WORDS]  # « M. PETIT Paul Adjoints »
    if len(tokens) >= 3 and tokens[-1] in _CAPS_OFFICES:
        # « … Madame MENARD GAULTIER Valérie ADJOINTS », « ELOY Jason CONSEILLERS MUNICIPAUX »: the
        # group's office in capitals after its last name (with a first name: not « NOMBRE DE
        # CONSEILLERS », a count's label)
        kept = tokens
        while kept and kept[-1] in _CAPS_OFFICES:
            kept = kept[:-1]
        if any(kind(t) == "title" for t in kept):
            tokens = kept
    maiden: list[str] = []
    middle_m = doubt = False
    if any(kind(t) in ("noise", "civ") or t.lower() in _OFFICE_WORDS for t in tokens[1:]):
        tokens, maiden, middle_m, doubt = _name_tokens(tokens)
    initial_m = len(tokens) >= 2 and tokens[-1] == "M" and kind(tokens[-2]) == "upper"
    if initial_m:
        tokens = tokens[:-1]  # « DURANDEAU M »: the initial of a first name, not « Monsieur »
    names = split_names(tokens)
    out = []
    for toks in names:
        e = make_entry(toks, " ".join(toks), civ)
        if e is None:
            continue
        e.doubt = doubt
        if initial_m and toks is names[-1] and not e.first:
            e.first = "M"
        if middle_m and toks is names[-1]:
            e.first = f"M. {e.first}".strip()
        if maiden and toks is names[-1]:
            e.last = f"{e.last} {' '.join(maiden)}"
        if e.civility is None and not e.first and kind(e.last) == "title" and len(names) > 0 \
                and civ is None and len(toks) == 1:
            continue  # a lone capitalised word (« Votants », « Le ») is not a name
        e.commune = com
        out.append(e)
    if out:
        last = out[-1]
        last.span, last.votes, last.extra = span, votes, tuple(extra)
        last.substitute, last.substitute_for, last.substitute_name = substitute, sub_for, sub_name
        last.raw = chunk
    return out


# Words of an office or a role printed with a name, in any case but capitals (« MAIRE » may be a
# surname): « RENOUX Paul Conseillers Municipaux », « Vices présidents Madame Léa FORTIN »,
# « BERTIN Paule 4ème adjointe »: no part of the name, dropped.
_OFFICE_WORDS = frozenset((
    "maire", "adjoint", "adjointe", "adjoints", "adjointes", "adj", "adjt", "adjte", "adjts", "conseiller",
    "conseillère",
    "conseillers", "conseillères", "municipal", "municipale", "municipaux", "municipales",
    "communautaire", "communautaires",
    "délégué", "déléguée", "délégués", "déléguées", "président", "présidente", "présidents", "présidentes",
    "vice", "vices", "vice-président", "vice-présidente", "vice-présidents", "vice-présidentes",
    "viceprésident", "viceprésidente", "viceprésidents", "viceprésidentes", "membre",
    "membres", "titulaire", "titulaires", "suppléant", "suppléante", "suppléants", "suppléantes", "présent",
    "présente", "présents", "présentes", "excusé", "excusée", "excusés", "excusées", "absent", "absente",
    "absents", "absentes", "élu", "élue", "élus", "élues", "conseil", "non", "au", "aux", "er", "ère", "ème",
    "eme"))
_OFFICE_OF_PLACE = re.compile(
    r"[ \t]*(?:Maire|Pr[ée]sidente?|Vice-[Pp]r[ée]sidente?)[ \t]+(?:de[ \t]+|d['’][ \t]*|du[ \t]+|des[ \t]+)"
    r"[A-ZÀ-Ý][A-ZÀ-Ý'’-]+(?:[ \t]+[A-ZÀ-Ý][A-ZÀ-Ý'’-]+)*?[ \t]+"
    r"(?=(?:(?:M\.|Mme|Monsieur|Madame)[ \t]+)?[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?[ \t]+[A-ZÀ-Ý]{2})")
# The words that make an office printed alone between the names of a list (with joining ones).
_OFFICE_CORE = re.compile(r"(?i)maire|adjoint|conseill|d[ée]l[ée]gu|pr[ée]sident|membre|titulaire"
                          r"|suppl[ée]ant")


def office_only(chunk: str) -> bool:
    """Whether ``chunk`` is an office and nothing else (« MAIRE », « ADJOINTS AU MAIRE »,
    « Conseillers municipaux »): every word an office's or a joining word, one an office's."""
    words = chunk.strip(" .:-|").lower().split()
    return bool(words) and len(words) <= 4 and all(w in _OFFICE_WORDS for w in words) \
        and any(_OFFICE_CORE.match(w) for w in words)


# What introduces a married woman's birth name, which belongs to her name: « Mme MARCEAU Anne
# née PIROT », « DURAND Anne épouse MARTIN ».
_MAIDEN_WORDS = frozenset(("née", "nee", "épouse", "ép.", "ep.", "veuve", "vve"))
# A word in lower case that is no particle, no office: prose (« membres de la Commission
# permanente Assistent sans voix délibératives Madame … », « X informe que Y »).
_PROSE_WORD = re.compile(r"[a-zà-ÿ][a-zà-ÿ'’-]{2,}")


def _name_tokens(tokens: list[str]) -> tuple[list[str], list[str], bool, bool]:
    """The tokens of a chunk that may form names, without the words that cannot: office words are
    dropped; a birth name after « née » (« Mme X Anne née PIROT ») is set apart (it ends the
    chunk); « M. » between a surname and a first name after a leading civility is a first name's
    initial (« Mme VALMY M. Rose »); a word of prose is dropped and makes the chunk doubtful (its
    names are not sure), unless an open bracket is before it. Returns tokens, birth name (with its
    « née »), middle « M. », doubtful."""
    out: list[str] = []
    maiden: list[str] = []
    middle_m = doubt = False
    n = len(tokens)
    i = 0
    while i < n:
        t = tokens[i]
        low = t.lower()
        if low in _MAIDEN_WORDS and out and not maiden:
            j = i + 1
            while j < n and kind(tokens[j]) in ("upper", "title", "particle") \
                    and tokens[j].lower() not in _OFFICE_WORDS:
                j += 1
            if j > i + 1 and all(kind(r) == "noise" or r.lower() in _OFFICE_WORDS for r in tokens[j:]):
                maiden = tokens[i:j]
                i = j
                continue
        if low in _OFFICE_WORDS and not t.isupper():
            pass
        elif t in ("M.", "M") and len(out) >= 2 and kind(out[0]) == "civ" and kind(out[-1]) == "upper" \
                and i + 1 < n and kind(tokens[i + 1]) == "title" \
                and not any(kind(r) in ("upper", "civ") for r in _before_maiden(tokens[i + 1:])):
            middle_m = True  # « Mme VALMY M. Rose »: not « Monsieur » (a civility leads)
        elif kind(t) == "noise" and _PROSE_WORD.fullmatch(t):
            # (a bracket left open holds no name's words: « Paul VERNET (titula », a line cut)
            doubt = doubt or "(" not in out
        else:
            out.append(t)
        i += 1
    return out, maiden, middle_m, doubt


def _before_maiden(tokens: list[str]) -> list[str]:
    """``tokens`` up to a word that introduces a birth name (« née »)."""
    for k, t in enumerate(tokens):
        if t.lower() in _MAIDEN_WORDS:
            return tokens[:k]
    return tokens


# A full stop after three letters in lower case (not an initial, not « M. »), then a capitalised
# word and a word in lower case (« Le président », not « adj. Mme HODIN »): a sentence starts there.
_SENTENCE_IN_CHUNK = re.compile(r"(?<=[a-zà-ÿ]{3})\.\s+(?!Mmes?\b|Monsieur|Madame|Mademoiselle|Messieurs)"
                                # (« … à Mme BLANC Rose. N°1 : BUDGET »: an item's number after the list)
                                r"(?=[A-ZÀ-Ý][a-zà-ÿ'’]*\s+[a-zà-ÿ]{3}|N(?:°|\s*$))")
# Titles that are no part of a name: « Maître LAURENT », « Docteur LEGENDRE ».
_TITLES = {"Maître", "Docteur", "Dr", "Dr."}
# A civility glued to the first name by the conversion: « M.Patrice », « Mme.Anne » (not
# « M.DENISE », an initial glued to a surname).
_GLUED_CIVILITY = re.compile(r"(M|Mme|Mr|Mlle)\.([A-ZÀ-Ý][a-zà-ÿ][\w'-]*)")
_GLUED_CIVILITY_UPPER = re.compile(r"(M|Mme|Mr|Mlle)\.([A-ZÀ-Ý]{2}[A-ZÀ-Ý'-]*)")


_CUT_HYPHEN = re.compile(r"(?<=[a-zà-ÿ])-[ \t]+(?:(?=[A-ZÀ-Ý][a-zà-ÿ])()|(?=[A-ZÀ-Ý]))")


_CUT_CIVILITY = re.compile(r"\b(Mon|Ma)\s(sieur|dame)\b")


def _tokens(body: str) -> list[str]:
    """The words of a name's chunk, titles dropped and glued civilities parted."""
    if "- " in body:  # a first name's hyphen before a line break: « François- Xavier », « Marie- REY »
        body = _CUT_HYPHEN.sub(lambda m: "-" if m.group(1) is not None else " ", body)
    if "sieur" in body or " dame" in body:  # « Mon sieur Jacques X », « Ma dame »: a civility cut in two
        body = _CUT_CIVILITY.sub(r"\1\2", body)
    tokens = _WORD.findall(body)
    if "." not in body and not any(t in _TITLES for t in tokens):
        return tokens
    out: list[str] = []
    for i, t in enumerate(tokens):
        # (« Druart M.Claire » in a list of « Nom Prénom »: Marie-Claire's initial, the name's last
        # word, not a civility)
        last_after_first = 0 < i == len(tokens) - 1 and kind(tokens[i - 1]) == "title"
        glued = None if last_after_first else _GLUED_CIVILITY.fullmatch(t)
        if glued is None and i + 1 < len(tokens) and _first_after(tokens, i + 1):
            # « M.CHARRIER Jean-Paul », « M.DUVAL J. »: a civility before « NOM Prénom » or
            # « NOM I. » (« M.DENISE » alone is an initial and a surname)
            glued = _GLUED_CIVILITY_UPPER.fullmatch(t)
        if glued:
            out.extend((glued.group(1) + ".", glued.group(2)))
        elif t not in _TITLES:
            out.append(t)
    return out


def _first_after(tokens: list[str], i: int) -> bool:
    """Whether ``tokens[i]`` is a first name or its initial after a surname (« M.DUVAL J. »,
    « M.PEYRONT M. » at the end of the name)."""
    t = tokens[i]
    if t in ("M", "M."):
        return i + 1 == len(tokens)
    return _FIRST_RE.fullmatch(t) is not None or kind(t) == "initial"


def plain_name(text: str) -> NameEntry | None:
    """:func:`parse_name` of ``text`` if it is one name of the common layout, without a
    bracket nor a wary word (see _WORD_KINDS); None otherwise."""
    if not text or text[0] in " .:-|" or text[-1] in " .:-|" or ":" in text or "(" in text \
            or "uppl" in text or "empla" in text:
        return None  # parse_name would strip it, or read a heading, a bracket, a substitute
    got = _fast_name(text)
    if got is None or got[4]:
        return None
    return NameEntry(text, got[0], got[1], got[2])


def parse_name(text: str) -> NameEntry | None:
    """One name (a secretary, a rapporteur, a proxy's giver or holder); None if none."""
    entries = _parse_chunk(text, None, None)
    if not entries and "-" in text:
        # (« Jean-METRAL procuration à … »: a first name and a surname in capitals joined by a
        # hyphen, the blank lost)
        m = _FIRST_HYPHEN_SURNAME.fullmatch(text.strip(" .,;"))
        if m is not None:
            return NameEntry(raw=text.strip(), first=m.group(1), last=m.group(2))
    return entries[0] if entries else None


_FIRST_HYPHEN_SURNAME = re.compile(r"([A-ZÀ-Ý][a-zà-ÿ]+)-([A-ZÀ-Ý]{2}[A-ZÀ-Ý'’-]*)")
