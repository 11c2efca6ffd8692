"""Proxies (pouvoirs, procurations) in every form extracts print them.

``X à Y``, ``X pouvoir à Y``, ``X donne / a donné pouvoir (procuration) à Y``, ``X
(pouvoir à Y)``, ``Y (a reçu pouvoir de X)``, ``X représenté(e) par Y``, ``X délégation
de vote à Y``, to a role (``à M. le Maire``), two parallel lists ``Mandants`` /
``Mandataires``, each with an optional span (``jusqu'à son arrivée à 19h15``).
Functions here return :class:`ProxyEntry` objects and never raise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from registre.core.spans import Span
from registre.reading.people import (
    _COMMUNE_HEADING,
    _PAREN,
    COMMUNE_OF,
    PARTICLES,
    NameEntry,
    parse_list,
    parse_name,
    plain_name,
)
from registre.reading.refs import parse_span, span_hint


@dataclass(slots=True)
class ProxyEntry:
    """A proxy as printed: giver, holder (or the role it was given to), span."""

    giver: NameEntry
    holder: NameEntry | None
    span: Span | None = None
    holder_role: str | None = None
    raw: str = ""


# « a donné », « ayant donné », « avait donné », « qui a donné respectivement »: the verb of a giving.
# (« Mme X qui donne pouvoir à Y »: « qui » with the present tense too)
_GAVE = (r"(?:\bqui\s+)?(?:\b(?:a|ayant|avait|avaient)\s+)?(?:respectivement\s+)?donn[ée]+\s+"
         r"(?:respectivement\s+)?")
_GIVE = (r"(?:" + _GAVE + r"|\s*[,:–-]?\s*)?"
         # (« Madame X donne pouvoir de vote à Monsieur Y »)
         r"(?:(?i:pouvoir(?:\s+de\s+vote)?|procuration(?:\s+de\s+vote)?|proc\.|d[ée]l[ée]gation\s+de\s+vote|mandat(?:\s+de\s+vote)?)"
         r"\s*(?:\(?(?i:procuration|pouvoir)\)?\s*)?(?:donn[ée]+e?\s+)?)?(?:(?:à|au|en\s+faveur\s+d[eu])\s+"
         # (« Mme X a donné pouvoir Mme Y »: « à » left out after the verb, a civility after it)
         r"|(?<=donné pouvoir )(?=(?:M\.|Mme|Monsieur|Madame)\s))")
_FORWARD = re.compile(r"\s" + _GIVE)
_REPRESENTED = re.compile(r"\s*,?\s*(?:représent[ée]+|remplac[ée]+)\s+par\s+", re.IGNORECASE)
# The holder first: « Y a reçu pouvoir de X », « Y ayant la procuration de X », « Y, porteur du
# pouvoir de X », « Y a le pouvoir de X », « Y mandataire de X ».
# (« M. AIRAUD (porteur d'un pouvoir de Mme JARDIN) »)
_HOLDER_OF = (r"(?:(?:a|ayant)\s+reçu|ayant|a|porteur|porteuse|détenant|détient|titulaire)\s+"
              r"(?:d[eu]\s+|d['’]\s*)?"
              r"(?:la\s+|le\s+|une\s+|un\s+)?(?:pouvoir|procuration|délégation\s+de\s+vote|mandat)"
              r"|mandataire")
_RECEIVED = re.compile(r"\s*,?\s*\(?\s*(?:" + _HOLDER_OF + r")\s+d(?:e\s+l'|[eu]\s+|')", re.IGNORECASE)
# The same after the holder's name in a present list, in brackets or after a comma (« Y (a reçu
# pouvoir de X) », « Y, ayant la procuration de X, Z »; read by parse._received).
# (« PEZOUS Bernard (pouvoir DARRIGAN Catherine) »: « de » left out, the giver's surname in capitals)
BRACKET_RECEIVED = re.compile(r"\(\s*(?:(?:(?:a\s+)?(?:reçu\s+)?(?:pouvoir|procuration)|" + _HOLDER_OF
                              + r")\s+d[eu]\s+"
                              r"|(?:pouvoir|procuration)\s+(?=(?-i:[A-ZÀ-Ý]{2}))(?!donn|au?\s|à\s))(?P<g>[^)]+)\)",
                              re.IGNORECASE)
COMMA_RECEIVED = re.compile(r",?\s+(?:" + _HOLDER_OF + r")\s+d(?:e\s+l'|[eu]\s+|')(?P<g>[^,;()\n]+)",
                            re.IGNORECASE)
# Words one of which COMMA_RECEIVED needs (a cheap test before the search).
RECEIVED_WORDS = ("reçu", "ayant", "porteu", "détenant", "détient", "titulaire", "mandataire",
                  " a le pouvoir", " a la procuration")
# « X par Y », « X mandataire Y » in a list of proxies: the holder after a bare preposition.
_BARE_LINK = re.compile(r"\s(?:par|mandataire\s*:?|→|->|=>)\s+"
                        r"(?=(?:M\.|Mme|Mr|Monsieur|Madame)?\s*[A-ZÀ-Ý])")
# « Pouvoir de Mme X à M. Y », « Procuration donnée par X à Y »: the giving named first.
_GIVING_OF = re.compile(r"\s*(?:pouvoir|procuration|mandat|délégation\s+de\s+vote)\s+(?:donnée?\s+)?"
                        r"(?:de|par)\s+", re.IGNORECASE)
_ROLE = re.compile(
    r"^\s*(?:(?:M\.|Mme|Monsieur|Madame)\s+)?(?:l[ea]\s+|l')(?P<role>maire|premi(?:er|ère)\s+adjointe?|"
    r"président(?:e)?(?:\s+de\s+séance)?|vice-président(?:e)?|adjointe?\s+[\w-]+|secrétaire\s+de\s+séance)\b",
    re.IGNORECASE,
)
_MANDANTS = re.compile(r"\bMandants?\s*:?", re.IGNORECASE)
_MANDATAIRES = re.compile(r"\bMandataires?\s*:?", re.IGNORECASE)
# (« Mme X, a donné procuration à Mme Y », « X – pouvoir à Y », « X, pouvoir donné à Y »: the
# comma or dash before the giving separates nothing)
_SEP = re.compile(r"\s*(?:[;\n•*]|,(?![^()\n]*\))(?!\s*(?:a\s+)?donn"
                  r"|\s*(?:pouvoir|procuration)(?:\s+donnée?)?\s+à\b|\s*(?:porteu|ayant\s+(?:reçu|la|le)\s|mandataire\s+d))"
                  r"|\s[-–]\s(?!\s*(?:(?:a\s+)?donn|(?i:pouvoir|procuration|proc\.)\s)))\s*")
INLINE = re.compile(
    r"(?:\s*,?\s*(?:" + _GAVE + r")?(?:pouvoir|procuration|proc\.|d[ée]l[ée]gation)(?:\s+de\s+vote)?"
    # (« Cendrine CHERGUI, pouvoir F. BELHOMME »: « à » left out before the holder's name)
    r"\s*(?:donn[ée]+e?\s+)?(?:à|au|(?<=[a-z])(?=\s+(?-i:[A-ZÀ-Ý])[\w.'’-]*\s+(?-i:[A-ZÀ-Ý]{2})))"
    r"|\s*,?\s*représent[ée]+\s+par)\s+",
    re.IGNORECASE,
)
# Under a heading that says the members were represented (« Absents représentés : X par Y »),
# a bare « par » links a giver to a holder too.
INLINE_PAR = re.compile(INLINE.pattern + r"|\s+par\s+(?=(?:M\.|Mme|Monsieur|Madame)?\s*(?-i:[A-ZÀ-Ý]))",
                        re.IGNORECASE)


# « …, Y à M. Z A partir de 19h31 M. X à M. W »: a proxy that starts at a time, the time first;
# a capital opens a new entry.
_FROM_BEFORE = re.compile(r"[ \t]+(?=[AÀ][ \t]+partir[ \t]+d[eu][ \t]+\d{1,2}[ \t]?h[ \t]?\d{0,2}[ \t]+"
                          r"(?:M\.|Mme|Monsieur|Madame)[ \t]*[A-ZÀ-Ý])")
_FROM_FIRST = re.compile(r"\s*[AÀà]\s+partir\s+d[eu]\s+(\d{1,2}\s?h\s?\d{0,2})\s+")


def _from_first(chunk: str) -> ProxyEntry | None:
    """« A partir de 19h31 M. X à M. Y »: the proxy, from that time."""
    m = _FROM_FIRST.match(chunk)
    if m is None:
        return parse_proxy(chunk, bare=True)
    p = parse_proxy(chunk[m.end():], bare=True)
    if p is not None and p.span is None:
        p.span = parse_span(f"à partir de {m.group(1)}")
    return p


# « procuration A m Nicolas RIALLAND »: « à M. » typed without its accent nor its full stop.
_A_M = re.compile(r"(?<=(?:pouvoir|uration) )A\s+[mM]\b\.?\s*(?=[A-ZÀ-Ý])")


# « MARIE-CHRISTINE FILARETO A LUDOVIC ROHART, JACQUES LEMAIRE A GUY DERACHE »: givings printed in
# capitals, « à » with them (a capital A between two names in capitals).
_CAPS_TO = re.compile(r"(?<=[A-ZÀ-Ý]) A (?=[A-ZÀ-Ý]{2})")


_GROUP_LEADS = ("Messieurs ", "Mesdames ", "MM. ", "Mmes ")
_GROUP_LEAD = re.compile(r"^\s*(Messieurs|Mesdames|MM\.|Mmes)\s+(?=[A-ZÀ-Ý])")


def singular_civility(name: str) -> str:
    """« Messieurs Maurice BARTHELEMY » → « M. Maurice BARTHELEMY »: a group's civility (« Madame X,
    Messieurs Maurice BARTHELEMY (procuration à …), Jean-Louis CHAUZY ») before its first name is
    that name's own."""
    if not name.lstrip().startswith(_GROUP_LEADS):
        return name
    return _GROUP_LEAD.sub(lambda g: "Mme " if g.group(1) in ("Mesdames", "Mmes") else "M. ", name, count=1)


def _lost_accent(text: str) -> str:
    if " A " not in text:
        return text
    if text == text.upper():
        return _CAPS_TO.sub(" à ", text)
    return _A_M.sub("à M. ", text)


# A dash between blanks (a separator of _SEP), found by the dash: re skips ahead to it.
_DASH_SEP = re.compile(r"[-–](?<=\s[-–])(?=\s)")


_COUNT_THEN_LIST = re.compile(r"\s*\d{1,3}\s*\(([^()]+)\)")


# « X (pouvoir à MC Y) Z (pouvoir à A W) »: the bracket of a giving ends its entry, when no
# separator follows it before the next giver.
_GIVING_BRACKET_END = re.compile(
    # (« … (pouvoir à MAILLIOTTE J. Pierre)⏎MORANTN Brigitte (pouvoir à …) »: at a line's end too)
    r"(\((?:pouvoir|procuration)\s+(?:donnée?\s+)?à\s+[^()]+\))[ \t]*\n?[ \t]*(?<=[ \t\n])(?=[A-ZÀ-Ý])")


_GROUP_WORD_FIRST = re.compile(r"^\W*(?:Suppléant|Titulaire)(?:e|\(e\))?s?(?:\(e\)s)?\s*:?['’\s]*"
                               r"(?=[A-ZÀ-Ý])")


_CIVILITY_NAMED = r"(?:M\.|Mme|Mlle|MM\.|Monsieur|Madame|monsieur|madame)"
_TWO_GIVERS = re.compile(
    rf"(?P<a>{_CIVILITY_NAMED}[ \t]+[^,;\n]{{2,60}}?)\s+et\s+"
    rf"(?P<b>{_CIVILITY_NAMED}[ \t]+[^,;\n]{{2,60}}?)\s+"
    r"(?:donnent|ont\s+donn[ée]e?s?)\s+(?P<what>pouvoir|procuration)\s+(?P<to>à|a)\s+"
    rf"(?P<z>{_CIVILITY_NAMED}[ \t]+[^,;\n]{{2,60}}?)(?=[ \t]*(?:[,;.\n]|$))")


# « Procuration(s) : de Monsieur DUBOIS Roland à Monsieur DAGAND Max »: the giving's « de » before
# its giver's civility
# (« De Monsieur Firmin X à Monsieur Jean Y, De Madame … »: each giving led by « De »)
_FROM_WHOM = re.compile(r"^\s*[dD]e\s+(?=(?:M\.|Mme|Mlle|Monsieur|Madame)\s)")


def parse_proxies(text: str, warnings: list[str], givers_listed: bool = False) -> list[ProxyEntry]:
    """Every proxy of a « Procurations » section (or of a Mandants/Mandataires pair).

    ``givers_listed``: the heading says the members listed gave a proxy (« Représentés : »,
    « Ont donné pouvoir : »); names alone there gave it to a holder the text does not name.
    """
    if "manda" in text.lower():  # needed by both (no letter re's case folding could confuse)
        m1, m2 = _MANDANTS.search(text), _MANDATAIRES.search(text)
        if m1 and m2 and m1.start() < m2.start():
            return _parallel(text[m1.end():m2.start()], text[m2.end():], warnings)
    out: list[ProxyEntry] = []
    if "en date du" in text:
        text = _DATED.sub("", text)  # « … à Jean-Claude X en date du 26 février 2018, »: the giving's date
    if "POUVOIR" in text or "PROCURATION" in text:
        # (« X, POUVOIR A Y », all in capitals)
        text = _CAPS_LINK.sub(lambda m: m.group(1).lower() + " à ", text)
    text = _lost_accent(text)
    if ", (" in text:
        text = _COMMA_BEFORE_BRACKET.sub(" ", text)
    if "(" in text or ")" in text:
        lost, depth = _bracket_depths(text)
        if lost:
            text = _BRACKET_LOST.sub(r"\g<s>\g<g> (à \g<h>)", text)
            lost, depth = _bracket_depths(text)
        if depth > 0 and _UNCLOSED_END.search(text.rstrip(" .;,")) is not None:
            text = text.rstrip(" .;,") + ")"
    headed = 0  # (1 when a column heading was dropped)
    if "uppl" in text[:30] or "itulaire" in text[:30]:
        # « Ont donné procuration – Suppléant(e)s Emile AUBIGNA à Charles CHIVILO, … »: a table's
        # column heading before the first giver, no part of the name (its column's names may
        # be run into the givings: each must then be two plain names, see below)
        text, headed = _GROUP_WORD_FIRST.subn("", text, count=1)
    counted = _COUNT_THEN_LIST.match(text) if "(" in text else None
    if counted is not None:
        text = counted.group(1)  # « Procurations : 2 (X à Y, Z à W) »: the list is in the brackets
    if "\n" in text:
        text = _join_broken(text)
    table = _two_columns(text) if "ouvoir à" in text or "rocuration à" in text else None
    if table is not None:
        return table
    if "partir" in text:
        text = _FROM_BEFORE.sub(";", text)
    if "onnent" in text or "ont donn" in text:
        # « Madame Véronique DELAUNAY et monsieur Ludovic BAECHLER donnent pouvoir à monsieur
        # Sébastien Leroux »: two givings to one holder, each a proxy (L2121-20: a member holds
        # one proxy only; the core says so when the holder is given two).
        text = _TWO_GIVERS.sub(r"\g<a> donne \g<what> \g<to> \g<z>; \g<b> donne \g<what> \g<to> \g<z>", text)
    # (one such end among givings that commas separate: « …, TREIZEBRE Nicole (pouvoir à MAILLIOTTE
    # J. Pierre) MORANTN Brigitte (pouvoir à MASCARTE Roger), … », a comma lost)
    if (") " in text or ")\n" in text) and _GIVING_BRACKET_END.search(text) is not None \
            and text.count("(pouvoir") + text.count("(procuration") >= 2:
        text = _GIVING_BRACKET_END.sub(r"\1; ", text)
    lone: list[tuple[int, ProxyEntry]] = []  # names alone among the givings, by place in ``out``
    for commune, segment in _by_commune(text):
        for chunk in _split_chained(_split_and(_split(segment))):
            chunk = singular_civility(_FROM_WHOM.sub("", chunk) if "e " in chunk[:8] else chunk)
            p = _from_first(chunk) if "partir" in chunk else parse_proxy(chunk, bare=True)
            if p is None and givers_listed and _NAME_ALONE.fullmatch(chunk.strip(" .")):
                e = parse_name(chunk.strip(" ."))
                if e is not None and e.first and e.last:
                    lone.append((len(out), ProxyEntry(e, None, None, raw=chunk.strip())))
                continue
            if p is None and ")" in chunk:
                p = _bracket_holder(chunk)
            if p is None and out and out[-1].holder is not None:
                p = _link_lost(chunk)
            if chunk.count(" à ") > 1 and len(_links(chunk)) > 1:
                # Givings run together that could not be told apart: no list rather than a
                # list without them (a wrong holder, or pairs missing, is worse than unknown).
                warnings.append("pouvoirs illisibles (plusieurs à la suite, sans séparateur) : "
                                "ils ne sont pas lus")
                return []
            if p is not None and _doubtful(p.giver):
                warnings.append(f"pouvoir illisible (« {p.raw} » : le mandant n'est pas un nom seul) : "
                                "les pouvoirs de cette liste ne sont pas lus")
                return []
            if p is not None:
                if commune and p.giver.commune is None:
                    p.giver.commune = commune
                out.append(p)
    if headed and not all(plain_name(p.giver.raw) and p.holder is not None
                          and plain_name(p.raw.rsplit(" à ", 1)[-1].strip(" .,;")) for p in out):
        warnings.append("pouvoirs illisibles (un tableau aplati : une autre colonne mêlée aux noms) : "
                        "ils ne sont pas lus")
        return []
    if not out and givers_listed:
        return _givers_alone(text)
    if not out and "Commune" in text and " à " not in text and "donn" not in text:
        # « Procurations :⏎M. Georges NICOLAS, Commune d'Allonzier⏎M. Guy DEMOLIS, Commune de … »:
        # each giver alone with its commune, no holder printed (L2121-20: None, never guessed)
        return _givers_of_communes(_COMMUNE_AFTER.sub(",", text))
    # « Étaient représentés : X par Y, Halima PINCHON-TOILIBOU, Z par W »: a name alone between two
    # givings under a heading that says each was represented: a giver whose holder is not printed
    # (L2121-20; None, never guessed). Not after the last giving (the text after the list).
    for k, p in reversed(lone):
        if k < len(out):
            out.insert(k, p)
    return out


# Two names, each led by its civility, and nothing else: « Monsieur Jean-Claude THUILLIER Monsieur
# Michel LEBLANC » among « X à Y » lines, the « à » lost.
_TWO_CIVIL_NAMES = re.compile(r"\s*((?:M\.|Mme|Monsieur|Madame)\s+\S+(?:\s+\S+){0,2}?)"
                              r"\s+((?:M\.|Mme|Monsieur|Madame)\s+\S+(?:\s+\S+){0,2}?)\s*")


def _link_lost(chunk: str) -> ProxyEntry | None:
    """A giving of a list of « X à Y » whose « à » is lost, if ``chunk`` is two names of the common
    layout each led by a civility."""
    m = _TWO_CIVIL_NAMES.fullmatch(chunk.strip(" .-–;,"))
    if m is None:
        return None
    giver, holder = plain_name(m.group(1)), plain_name(m.group(2))
    return ProxyEntry(giver, holder, None, raw=chunk.strip()) if giver and holder else None


_NAME_FIRST_AFTER = (r"[A-ZÀ-Ý]{2,}[A-ZÀ-Ý'’-]*(?:[ \t]+[A-ZÀ-Ý]{2,}[A-ZÀ-Ý'’-]*)*"
                     r"[ \t]+[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?")
# « …, BOUVERAT Evelyne MERMILLOD BLARDET Christelle), … » among « X (à Y) »: the bracket's opening
# and its « à » lost (a page's markup), its end kept: two names « NOM Prénom » before it.
_BRACKET_LOST = re.compile(rf"(?:^|(?<=[,;\n]))(?P<s>[ \t]*)(?P<g>{_NAME_FIRST_AFTER})[ \t]+"
                           rf"(?P<h>{_NAME_FIRST_AFTER})[ \t]*\)")
def _bracket_depths(text: str) -> tuple[bool, int]:
    """Whether a bracket of ``text`` closes with none open, and how many are open at its end."""
    depth, lost = 0, False
    for c in text:
        if c == "(":
            depth += 1
        elif c == ")":
            if depth:
                depth -= 1
            else:
                lost = True
    return lost, depth


# « …, TOÉ Jean-Louis (à CERIATI MAURIS Odile » at the list's end: the text cut before the bracket's end.
_UNCLOSED_END = re.compile(r"\((?:pouvoir\s+|procuration\s+)?à\s+[^()]+$")
_LONE = re.compile(r"\s*(?:,|;|\n|\bet\b)\s*")
# A first name and a surname alone, each capitalised (« Halima Pinchon-Toilibou », « Anne DUMAS »).
_NAME_ALONE = re.compile(r"(?:(?:M\.|Mme|Monsieur|Madame)\s+)?[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?"
                         r"\s+[A-ZÀ-Ý][A-Za-zÀ-ÿ'’]+(?:-[A-ZÀ-Ý][A-Za-zÀ-ÿ'’]+)*")


_TITLE_FIRST = re.compile(r"^(?:Dr\.?|Docteur)\s+(?=[A-ZÀ-Ý])")


_COMMUNE_AFTER = re.compile(r",[ \t]*" + COMMUNE_OF + r"[^,;\n]{1,60}?"
                            r"(?=[ \t]+(?:M\.|Mme|Monsieur|Madame)[ \t]|[ \t]*(?:[,;\n]|$))")


_DATED = re.compile(r"[ \t]+en[ \t]+date[ \t]+du[ \t]+\d{1,2}(?:er)?[ \t]+[a-zéû]+[ \t]+\d{4}"
                    r"|[ \t]+en[ \t]+date[ \t]+du[ \t]+\d{1,2}[./]\d{1,2}[./]\d{2,4}")
_OFFICE_BEFORE_BRACKET = re.compile(r",[ \t]*(?:(?:Maire[ \t]+)?[Aa]djointe?(?:[ \t]+au[ \t]+[Mm]aire)?"
                                    r"|[Cc]onseill(?:er|ère)[ \t\n]+[Mm]unicipal(?:e)?)[ \t\n]*(?=\()")
_CAPS_LINK = re.compile(r"\b(POUVOIRS?|PROCURATIONS?)[ \t]+(?:A|À)[ \t]+(?=[A-ZÀ-Ý])")


def _givers_of_communes(text: str) -> list[ProxyEntry]:
    """The givers of « M. Georges Noel NICOLAS, Commune de … », their communes dropped: each a
    civility, first names and a surname in capitals, nothing else; no holder printed."""
    out = []
    for part in _LONE.split(text.strip(" .,;\n")):
        part = part.strip(" .")
        if not part:
            continue
        e = parse_name(part) if _CIVILITY_LED.match(part) else None
        if e is None or not e.first or not e.last.isupper():
            return []
        out.append(ProxyEntry(e, None, None, raw=part))
    return out


_CIVILITY_LED = re.compile(r"(?:M\.|Mme|Monsieur|Madame)\s+[A-ZÀ-Ý]")


def _givers_alone(text: str) -> list[ProxyEntry]:
    """« Représentés : Laure MARTIN, Paul DURAND »: names alone, each a person's (a first name and
    a surname in capitals, or a civility and a surname), nothing else. L2121-20: each voted through
    a proxy whose holder is not printed (None, never guessed)."""
    parts = [p for p in _LONE.split(text.strip(" .,;\n")) if p.strip()]
    if "D" in text:
        parts = [_TITLE_FIRST.sub("", p.strip()) for p in parts]  # « Dr Anne RICCI »: the title dropped
    if not parts or not all(_LONE_PERSON.fullmatch(p.strip(" .")) for p in parts):
        return []
    out = []
    for p in parts:
        e = parse_name(p.strip(" ."))
        if e is None:
            return []
        out.append(ProxyEntry(e, None, None, raw=p.strip()))
    return out


# A table of two columns flattened into one line: its headings (« Absents/excusés Pouvoir à »),
# then each giver and its holder in turn, names alone (« Anne DUMAS Paul PETIT Marc ROUX Eve NOIR »).
_COLUMN_HEADS = re.compile(r"\s*(?:Absente?s?|Excusée?s?|Mandants?)(?:\s*/\s*(?:absente?s?|excusée?s?))?\s+"
                           r"(?:Pouvoir|Procuration)s?\s+(?:donnée?\s+)?à\s+", re.IGNORECASE)


def _two_columns(text: str) -> list[ProxyEntry] | None:
    """The pairs of a flattened two-column table, or None if ``text`` is not one (an even number
    of names of the common layout, « Prénom NOM », and nothing else after the headings)."""
    heads = _COLUMN_HEADS.match(text)
    if heads is None:
        return None
    rest = text[heads.end():].strip(" .;,\n")
    names = [m.group(0) for m in _TABLE_NAME.finditer(rest)]
    if len(names) < 2 or len(names) % 2 or " ".join(names) != " ".join(rest.split()):
        return None
    entries = [e for e in (parse_name(n) for n in names) if e is not None]
    if len(entries) != len(names):
        return None
    return [ProxyEntry(g, h, None, raw=f"{g.raw} / {h.raw}")
            for g, h in zip(entries[::2], entries[1::2], strict=True)]


def _doubtful(giver: NameEntry) -> bool:
    """A giver read with other words (« Suppléant(e)s Emile AUBIGNA », a table's column heading
    run into the first name): a list of proxies with a wrong name is worse than none."""
    raw = giver.raw.strip()
    # (« MARIE-CHRISTINE FILARETO à LUDOVIC ROHART »: a list printed in capitals, first names too —
    # two or three words in capitals are a name there.)
    return giver.substitute or (not giver.first and giver.civility is None and " " in raw
                                and not (raw.isupper() and raw.count(" ") <= 2))


# Givings printed one after the other with no separator (« Alain VELASQUEZ à Alain DUPONT René
# SERRES à Laurence BARRA »): between two « à », the holder of one then the giver of the next.
# (« X donne pouvoir à Y »: the verb in the present too)
_LINK_WORD = re.compile(r"\s(?:(?:(?:a\s+donné|donne)\s+)?(?:pouvoir|procuration)\s+)?à\s")
# (not « à partir de », « arrivée à 19 h »: a span)
_SPAN_AFTER = re.compile(r"partir\b|\d")


def _links(chunk: str) -> list[re.Match[str]]:
    """The « à » of givings in ``chunk``, not those of a span or inside a bracket (« (réunion à la
    CCLO) »)."""
    if "(" in chunk:
        chunk = _BRACKETED.sub(lambda m: "(" + "x" * (len(m.group(0)) - 2) + ")", chunk)  # (same offsets)
    return [m for m in _LINK_WORD.finditer(chunk) if not _SPAN_AFTER.match(chunk, m.end())]


_BRACKETED = re.compile(r"\([^()]*\)")


# (« … à M BUSTIN David M PHILOMETE Éric procuration à … »: « M » without its full stop, before a
# surname in capitals)
_CIVILITY_WORD = re.compile(r"\s(?=(?:M\.|Mme|Mr|Monsieur|Madame|M(?=\s+[A-ZÀ-Ý]{2}))\s)")
_FIRST_WORD = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?$")
_CAPS_WORD = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý'’-]+$")
_INITIAL_WORD = re.compile(r"(?:[A-ZÀ-Ý]\.?-?){1,3}$")


# A sentence's end then a civility: « X par M. le Maire. Mme Y par M. Z », the next giving.
_SENTENCE_THEN_CIVILITY = re.compile(r"(?<=[a-zà-ÿA-ZÀ-Ý]{2})\.\s+(?=(?:M\.|Mme|Monsieur|Madame)\s)")
# « représenté par », « par » alone: the link of a list of members represented.
_BY_LINK = re.compile(r"\s(?:représentée?s?\s+)?par\s")


def _split_chained(chunks: list[str]) -> list[str]:
    """Givings run together without a separator, cut between the holder of one and the giver of
    the next: « X à Y Z à W », « X par M. le Maire. Mme Y par M. Z Mme W par Mme V »."""
    out: list[str] = []
    for chunk in chunks:
        if " par " in chunk and ". " in chunk:
            parts = _SENTENCE_THEN_CIVILITY.split(chunk)
            if len(parts) > 1 and all(" par " in p or " à " in p for p in parts):
                out.extend(_split_chained(parts))
                continue
        by = chunk.count(" par ") >= 2 and chunk.count(" à ") < 2 and "(" not in chunk
        if chunk.count(" à ") < 2 and not by:
            out.append(chunk)
            continue
        links = list(_BY_LINK.finditer(chunk)) if by else _links(chunk)
        cuts = [_cut_between(chunk[a.end():b.start()]) for a, b in pairwise(links)]
        if len(links) < 2 or None in cuts:
            out.append(chunk)  # (read as one: refused by parse_proxies when it holds two givings)
            continue
        pos = 0
        for a, cut in zip(links, cuts, strict=False):
            end = a.end() + cut  # type: ignore[operator]
            out.append(chunk[pos:end])
            pos = end
        out.append(chunk[pos:])
    return out


_ARABIC_ARTICLES = frozenset(("EL", "AL"))  # (beside people.PARTICLES: « EL HADJ », « AL MAHDI »)


def _cut_between(stretch: str) -> int | None:
    """Where the next giver starts in ``stretch`` (« Alain DUPONT René SERRES »), or None when the
    words do not tell: before a civility, at the change from a surname in capitals to a first name
    (or back, in the order of the first name), or halfway between four capitalised words."""
    civ = [m.end() for m in _CIVILITY_WORD.finditer(stretch)]
    if civ:
        return civ[0] if len(civ) == 1 else None
    words = [(m.start(), m.group()) for m in re.finditer(r"\S+", stretch)]
    # (an initial stands for a first name: « N. MAUREL J.F ALBRAND »)
    # (and so do one or two capitals after a surname: « GANDER Y METRAL G », « TAVERNIER JC »)
    kinds = ["f" if _FIRST_WORD.match(w) or ("." in w and _INITIAL_WORD.match(w))
             or (len(w) <= 2 and w.isalpha() and w.isupper() and w.lower() not in PARTICLES
                 and w not in _ARABIC_ARTICLES) else
             "c" if _CAPS_WORD.match(w) else "?" for _, w in words]
    if "?" in kinds or len(words) < 4:
        return None
    joined = "".join(kinds)
    for order in ("fc", "cf"):  # first name then surname, or surname then first name
        pattern = re.fullmatch(rf"({order[0]}+{order[1]}+)({order[0]}+{order[1]}+)", joined)
        if pattern:
            return words[pattern.end(1)][0]
    if joined == "ffff":
        return words[2][0]
    return None


# A line that ends inside a name: on a civility (« … et madame⏎Anne MARTIN »), or on a
# first name whose surname, in capitals, opens the next line (« à monsieur Paul⏎DURAND, »).
_ENDS_ON_CIVILITY = re.compile(r"(?:^|\s)(?i:madame|monsieur|mme|m\.|mr|mademoiselle|mlle)[ \t]*$")
_ENDS_ON_FIRST = re.compile(r"(?:^|\s)[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?[ \t]*$")
# (« Sébastien⏎W ACRENIER »: an initial of the surname, a blank, the rest of it)
# (followed by a separator, a link, or the next member's civility: « Mme Marion⏎GODARD-PERRIN Mme
# Véronique CHALTON représentée par … », « M. Didier⏎BAGNERES (excusé) »)
_STARTS_ON_SURNAME = re.compile(
    r"[ \t]*[A-ZÀ-Ý](?:[A-ZÀ-Ý'-]+|(?=[ \t]+[A-ZÀ-Ý]{2}))"
    r"(?:[ \t]+[A-ZÀ-Ý][A-ZÀ-Ý'-]+)*[ \t]*(?:[,;.(]|$|[ \t]+(?:et|donne|a|à|ayant|représentée?|excusée?"
    r"|M\.|Mme|MM\.|Mlle|Monsieur|Madame)(?![\w]))")


def _join_broken(text: str) -> str:
    """Line breaks inside a name (a PDF's lines cut anywhere) become blanks; the others stay."""
    lines = text.split("\n")
    out = [lines[0]]
    for line in lines[1:]:
        prev = out[-1]
        cut = _ENDS_ON_CIVILITY.search(prev) or (
            _ENDS_ON_FIRST.search(prev) and _STARTS_ON_SURNAME.match(line))
        if prev.strip() and line.strip() and cut:
            out[-1] = f"{prev.rstrip()} {line.lstrip()}"
        else:
            out.append(line)
    return "\n".join(out)


_AND = re.compile(r"\s+et\s+")


def _has_link(chunk: str) -> bool:
    low = chunk.lower()
    return bool(_FORWARD.search(chunk) or "représent" in low or "reçu" in low or "remplac" in low)


def _split_and(chunks: list[str]) -> list[str]:
    """« X donne pouvoir à Y et Z donne pouvoir à W »: two proxies joined by « et ». A chunk is
    cut at an « et » only where both sides hold a proxy's link (« à », « représenté par »)."""
    out: list[str] = []
    for chunk in chunks:
        while " et " in chunk or "\tet " in chunk or "\net " in chunk:
            for m in _AND.finditer(chunk):
                before, after = chunk[:m.start()], chunk[m.end():]
                # (not inside a bracket: « X (jusqu'à 18:35 à Y et depuis 22:23 à Y) », one giver)
                if _has_link(before) and _has_link(after) and before.count("(") <= before.count(")"):
                    out.append(before)
                    chunk = after
                    break
            else:
                break
        out.append(chunk)
    return out


def _split(text: str) -> list[str]:
    """``_SEP.split(text)``, by str methods when only commas and line breaks separate.

    Then it may give more empty chunks than the regex (one per comma or line break of a
    run of them), which read as nothing; every other chunk is the same.
    """
    if "(" in text or ")" in text or ";" in text or "•" in text or "*" in text or _DASH_SEP.search(text) \
            or ", a donn" in text or ", pouvoir" in text or ", procuration" in text \
            or ", porteu" in text or ", ayant" in text or ", mandataire" in text:
        return _SEP.split(text)
    parts = text.replace("\n", ",").split(",")
    last = len(parts) - 1
    # The regex takes the blanks around a separator with it, not those at the ends.
    return [p.strip() if 0 < i < last else (p.rstrip() if i == 0 and last else p.lstrip() if i else p)
            for i, p in enumerate(parts)]


_GIVING_AFTER = re.compile(r"(?:pouvoir|procuration|proc\.|mandat|délégation)\b", re.IGNORECASE)


def _by_commune(text: str) -> list[tuple[str | None, str]]:
    # A heading ends with « : » (« Mme X : pouvoir à Mme Y » is a giving, not a commune's name)
    heads = [h for h in _COMMUNE_HEADING.finditer(text) if not _GIVING_AFTER.match(text, h.end())] \
        if ":" in text else []
    if not heads:
        return [(None, text)]
    out: list[tuple[str | None, str]] = [(None, text[: heads[0].start()])]
    for i, h in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        out.append((h.group("c").strip(), text[h.end():end]))
    return out


def _parallel(givers: str, holders: str, warnings: list[str]) -> list[ProxyEntry]:
    g, h = parse_list(givers), parse_list(holders)
    if len(g) != len(h):
        warnings.append(f"listes Mandants / Mandataires de longueurs différentes ({len(g)} et "
                        f"{len(h)}) : seules les {min(len(g), len(h))} premières paires sont lues")
    return [ProxyEntry(a, b, a.span or b.span, raw=f"{a.display()} / {b.display()}")
            for a, b in zip(g, h, strict=False)]


# The common forms between two plain names: « X à Y », « X pouvoir à Y », « X donne
# pouvoir à Y », « X représenté(e) par Y ».
_PLAIN_LINK = re.compile(r" (?:(?:donne )?pouvoir )?à | représentée? par ")


_HOLDER_WORDS = ("reçu", "ayant", "porteu", "détenant", "détient", "titulaire", "mandataire", " a le pouvoir",
                 " a la procuration")


def parse_proxy(chunk: str, bare: bool = False) -> ProxyEntry | None:
    """One proxy from a chunk of text; None if it does not hold one. ``bare``: the chunk is an
    entry of a list of proxies, where « X par Y » and « X mandataire Y » are givings too."""
    first = chunk.lstrip()[:1]
    if bare and first and first in "PpMmDd":
        of = _GIVING_OF.match(chunk)
        if of is not None:
            chunk = chunk[of.end():]
    raw = chunk.strip(" .")
    if not raw:
        return None
    if "(" not in raw:
        # Two names of the common layout with no wary word (plain_name) around a common
        # link: no span, and the searches below would find that link, those names.
        text = " ".join(raw.split())
        link = _PLAIN_LINK.search(text)
        giver = plain_name(text[: link.start()]) if link else None
        if giver is not None:
            rest = text[link.end():]  # type: ignore[union-attr]
            holder = plain_name(rest)
            if holder is not None and _ROLE.match(rest) is None:
                return ProxyEntry(giver, holder, None, raw=raw)
    span = None
    if "(" in raw:
        for m in _PAREN.finditer(raw):
            if span_hint(m.group(1)) and not re.search(r"pouvoir|procuration", m.group(1), re.I):
                to = _SPAN_THEN_HOLDER.search(m.group(1))
                span = parse_span(m.group(1)[:to.start()] if to else m.group(1))
        text = " ".join(_PAREN.sub(lambda m: _keep_proxy_paren(m.group(1)), raw).split())
    else:
        text = " ".join(raw.split())
    if span is None:
        hint = span_hint(text)
        if hint is not None:
            span = parse_span(text[hint.start():])
            text = text[: hint.start()]
    # Each costly search only where a word it needs occurs (letters re's case folding
    # cannot confuse: « reçu », « repr » of représenté, « rempla » of remplacé).
    low = text.lower()
    received = _RECEIVED.search(text) if any(w in low for w in _HOLDER_WORDS) else None
    if received:
        holder, giver = parse_name(text[: received.start()]), parse_name(text[received.end():])
        return ProxyEntry(giver, holder, span, raw=raw) if giver and holder else None
    link = (_REPRESENTED.search(text) if "repr" in low or "rempla" in low else None) or _FORWARD.search(text)
    if not link and bare and (" par " in text or "mandataire" in low or "→" in text or "> " in text):
        link = _BARE_LINK.search(text)
    if not link:
        return None
    giver = parse_name(text[: link.start()])
    if giver is None:
        return None
    rest = text[link.end():].strip(" .,)")
    role = _ROLE.match(rest)
    if role:
        return ProxyEntry(giver, None, span, holder_role=role.group("role").lower(), raw=raw)
    holder = parse_name(rest)
    if holder is None:
        return None
    if not holder.first and (len(holder.last.strip(".")) < 2
                             or (len(holder.last) == 2 and not holder.last.isupper())):
        # « … a donné pouvoir à M. C », « … à M. Cl » (a text cut there): a letter or two is no
        # holder, but the giving is printed (L2121-20: the member voted through a proxy).
        return ProxyEntry(giver, None, span, raw=raw)
    return ProxyEntry(giver, holder, span, raw=raw)


# A person's name as printed in a list: « DURAND Anne », « Anne DURAND », « Anne-Marie LE GALL »
# (a surname in capitals beside a first name: no commune, no span is written so).
_FIRST = r"[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?"
_SURNAME = r"[A-ZÀ-Ý]{2,}[A-ZÀ-Ý'’-]*(?:[ \t]+[A-ZÀ-Ý]{2,}[A-ZÀ-Ý'’-]*)*"
_PERSON = rf"(?:(?:M\.|Mme|Monsieur|Madame)\s+)?(?:{_SURNAME}\s+{_FIRST}|{_FIRST}\s+{_SURNAME})"
_TABLE_NAME = re.compile(rf"{_FIRST}[ \t]+{_SURNAME}(?=\s|$)")
# (« BESANCON Marie Hélène », « TOURREIX Jean Luc », « ISACCO Jean- Luc »: a surname first, then
# two first names, their hyphen maybe cut from the second)
_LONE_PERSON = re.compile(rf"{_PERSON}|(?:M\.|Mme|Monsieur|Madame)\s+{_SURNAME}"
                          rf"|{_SURNAME}\s+[A-ZÀ-Ý][a-zà-ÿ]+(?:-\s?|\s+){_FIRST}")
# « ARBOGAST Olivier (THOLÉ Sylvie) » under « Absents avec procuration : »: the holder in brackets.
# (« Cécile LECOANET (H. BOURNE) » under « POUVOIRS : »: the holder by an initial and a surname)
_BRACKET_HOLDER = re.compile(rf"\s*(?P<g>{_PERSON})\s*\(\s*(?P<h>{_PERSON}|[A-ZÀ-Ý]\.[ \t]?{_SURNAME})"
                             r"\s*\)\s*")


def _bracket_holder(chunk: str) -> ProxyEntry | None:
    m = _BRACKET_HOLDER.fullmatch(chunk)
    if m is None:
        return None
    giver, holder = parse_name(m.group("g")), parse_name(m.group("h"))
    return ProxyEntry(giver, holder, None, raw=chunk.strip()) if giver and holder else None


# « Mme Reine-Marie WASZAK, (représentée par M. GEVAUDAN) »: a comma printed before the giving's
# bracket, which belongs to the name before it.
_COMMA_BEFORE_BRACKET = re.compile(r",[ \t]*(?=\((?i:[ \t]*(?:représent|remplac|pouvoir|procuration"
                                   r"|a[ \t]+donné|délégation)))")


# « Mme X (à M. Y) » under « Pouvoirs : »: the holder in brackets after « à » (a span, « (à
# partir de 20 h) », « (à 19 h 30) », is read before and never kept).
_TO_SOMEONE = re.compile(r"\s*à\s+(?:M\.?|Mme|Mr|Monsieur|Madame)?\s*[A-ZÀ-Ý]")


# « DALL'AGLIO Sandrine (depuis 22:20:17 à BATTAREL Elizabeth) », « X (jusqu'à 18:35 à Y et depuis
# 22:23 à Y) » under « Ont donné procuration : »: the span, then the holder after « à » (a name, in
# capitals or after a civility), up to « et », a comma or the bracket's end.
_SPAN_THEN_HOLDER = re.compile(r"(?<=\d)\s+à\s+(?P<h>(?:(?:M\.?|Mme|Mr|Monsieur|Madame)\s+)?"
                               r"[A-ZÀ-Ý][^(),]*?)(?=\s+et\s|\s*,|\s*$)")


def _keep_proxy_paren(inner: str) -> str:
    """Keep « (pouvoir à Y) », « (a reçu pouvoir de X) », « (à M. Y) », the holder after a span
    (« (depuis 22 h à Y) »); drop spans and communes."""
    if re.search(r"pouvoir|procuration|représent|délégation|mandat", inner, re.IGNORECASE) \
            or _TO_SOMEONE.match(inner):
        return f" {inner} "
    to = _SPAN_THEN_HOLDER.search(inner) if span_hint(inner) else None
    if to is not None:
        return f" à {to.group('h')} "
    return " "


# « Claire MOREAU (pouvoir donné à Anne Petit) », « Marc (pouvoir donné à Paul) »,
# « Julie (pas de pouvoir donné) »: a bracket after the giver's name in an absent list.
# « (jusqu'à 11 h 50 - délégation de vote à Marc BERNIER) »: a span first, the giving after it
# (« délégation de vote »: the word of départements and régions, L3121-16, L4132-15).
_BRACKET_PROXY = re.compile(
    # (« madame X (dont pouvoir est donné à monsieur Y) »)
    r"\(\s*(?:(?P<span>[^()]{3,40}?)\s+(?:[-–,]\s+)?)?(?:a\s+donné\s+|dont\s+)?"
    r"(?:pouvoir|procuration|délégation\s+de\s+vote|mandat)(?:\s+(?:est\s+|a\s+été\s+)?donnée?)?\s+(?:(?:à|au)\s+)?"
    r"(?P<h>[^()]+?)\s*\)"
    r"|\(\s*pas\s+de\s+(?:pouvoir|procuration)[^()]*\)", re.IGNORECASE)
# (a slash between two words is a double name, « Mme LEROY/THOMAS »; a slash by a blank separates)
# (« David & Adeline (procuration à Mario) »: an ampersand between two names)
_BEFORE_BRACKET = re.compile(r"(?:^|[,;\n)&]|(?<!\w)/|/(?!\w))\s*(?:et\s+)?"
                             r"(?P<g>(?:[^,;/\n()&]|(?<=\w)/(?=\w))+?)\s*(?:,\s*)?$")
# Words of a sentence before the giver's civility: « Tous, à l'exception de Mme X (procuration à Y) ».
_PROSE_BEFORE_CIVILITY = re.compile(r"^[\s\-–]*(?:[a-zà-ÿ][\w'’]*\s+)+(?=(?:M\.|Mme|Mlle|Monsieur|Madame)\s)")
# (« Nathalie SIMON, (procuration à Paul ROUX) »: a comma left before the bracket)
_FIRST_NAME_ONLY = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?")


def _person(text: str) -> NameEntry | None:
    """A name, or a first name alone (« Anne »: the minutes of a small council)."""
    text = text.strip(" .")
    if _FIRST_NAME_ONLY.fullmatch(text):
        return NameEntry(raw=text, last=text)
    return parse_name(text)


_GIVING_COVERS = re.compile(r"\s+(?:pour\s+(?:les?|la|l'|toute)|jusqu|à\s+partir|à\s+compter|dès)\b")


def bracket_proxies(text: str) -> tuple[str, list[ProxyEntry]]:
    """The proxies written in brackets after their givers, and the list without the brackets."""
    if "djoint" in text or "onseill" in text:
        # « M. Christian LAMOTTE, Adjoint au Maire (pouvoir à M. Jacques COQUELIN) »: the giver's
        # office between the name and the bracket
        text = _OFFICE_BEFORE_BRACKET.sub(" ", text)
    proxies: list[ProxyEntry] = []
    kept: list[str] = []
    pos = 0
    for m in _BRACKET_PROXY.finditer(text):
        if m.group("h") is not None:
            if _ROLE.match(m.group("h")):
                continue  # « (pouvoir à M. le Maire) »: read with the other mentions (split_inline)
            before = _BEFORE_BRACKET.search(text, 0, m.start())
            # (« Mme X ou ayant donné procuration : - Mme Y (pouvoir à Z) »: the giver after the heading)
            giver = _person(singular_civility(_PROSE_BEFORE_CIVILITY.sub(
                "", before.group("g").rsplit(":", 1)[-1].lstrip(" -–")))) if before else None
            # (« (pouvoir à Mme EMIN pour les délibérations n°1-2-3) »: what the giving covers, after)
            holder = _person(_GIVING_COVERS.split(m.group("h"), 1)[0])
            span = parse_span(m.group("span")) if m.group("span") and span_hint(m.group("span")) else None
            if before is not None and giver is not None and holder is not None:
                proxies.append(ProxyEntry(giver, holder, span, raw=text[before.start("g"):m.end()]))
        kept.append(text[pos:m.start()])
        pos = m.end()
    rest = " ".join([*kept, text[pos:]])
    if proxies and " / " in rest:
        rest = rest.replace(" / ", ", ")  # « Julie (…) / Claire (…) / Marc »: one name each
    return rest, proxies


# « A, B et C qui avaient respectivement donné procuration à X, Y et Z »: givers and holders in two
# lists of the same length, paired in order.
_RESPECTIVELY = re.compile(
    r"(?P<g>[^.:;\n]+?),?\s+(?:qui\s+)?(?:avaient|avait|ont|a|ayant)\s+(?:respectivement\s+donné|donné\s+respectivement)"
    r"\s+(?:pouvoirs?|procurations?)\s+à\s+(?P<h>[^.:;\n]+?)(?=\s*(?:[.;\n]|$))")


_AND_MORE = re.compile(r"\.\s+(?:Et|et|ainsi\s+que)\s+(?=[A-ZÀ-Ý])")


def _respectively(text: str) -> tuple[str, list[ProxyEntry]]:
    """The givings « A, B et C qui avaient respectivement donné procuration à X, Y et Z » of ``text``
    (as many givers as holders, two at least, each a name), and ``text`` with the givers alone."""
    out: list[ProxyEntry] = []
    kept: list[str] = []
    pos = 0
    for m in _RESPECTIVELY.finditer(text):
        givers, holders = parse_list(m.group("g")), parse_list(m.group("h"))
        if len(givers) < 2 or len(givers) != len(holders) \
                or any(e.doubt or not e.last for e in (*givers, *holders)):
            continue
        out.extend(ProxyEntry(g, h, g.span, raw=f"{g.raw} à {h.raw}")
                   for g, h in zip(givers, holders, strict=True))
        kept.append(text[pos:m.end("g")])
        pos = m.end()
        more = _AND_MORE.match(text, pos)
        if more is not None:  # « …. Et Marcel DUVAL »: one more absent, who gave no proxy
            kept.append(", ")
            pos = more.end()
    kept.append(text[pos:])
    return "".join(kept), out


# A table of givings flattened column by column: « Mme A qui a donné⏎Mme B qui a donné pouvoir pouvoir
# à à M. X⏎Mme Y »: the givers each with its verb, then the words « pouvoir », then the « à », then the
# holders, as many of each.
_FLAT_GIVINGS = re.compile(r"(?P<g>(?:[^\n]+?[ \t]+qui[ \t]+a[ \t]+donné\s+){2,})"
                           r"(?P<w>(?:(?:pouvoir|procuration)\s+){2,})(?P<a>(?:à\s+){2,})(?P<h>.+)",
                           re.DOTALL)
_GAVE_WORDS = re.compile(r"[ \t]+qui[ \t]+a[ \t]+donné\s+")


def _flattened_columns(text: str) -> tuple[str, list[ProxyEntry]]:
    """The givings of a table flattened column by column (see _FLAT_GIVINGS) in ``text``, paired in
    order when every column holds as many entries, and ``text`` with the givers alone."""
    m = _FLAT_GIVINGS.search(text)
    if m is None:
        return text, []
    givers = [parse_name(g) for g in _GAVE_WORDS.split(m.group("g")) if g.strip()]
    holders = parse_list(m.group("h"))
    n = len(givers)
    if not (n == len(m.group("w").split()) == len(m.group("a").split()) == len(holders)) \
            or any(g is None for g in givers) or any(e.doubt for e in holders):
        return text, []
    out = [ProxyEntry(g, h, g.span, raw=f"{g.raw} à {h.raw}") for g, h in zip(givers, holders, strict=True)
           if g is not None]
    return text[:m.start()] + ", ".join(g.raw for g in givers if g is not None), out


def split_inline(text: str, represented: bool = False) -> tuple[str, list[ProxyEntry]]:
    """Proxies written inside an absent list (``X excusé, pouvoir à Y``), and the list without them.

    The giver is the name just before the mention; the holder is the first name after it.
    ``represented``: the list's heading says its members were represented (« X par Y »).
    """
    low = text.lower()
    bare = represented and " par " in low
    if "pouvo" not in low and "procur" not in low and "gat" not in low and "repr" not in low and not bare:
        # None of the words INLINE needs (with letters re's case folding cannot confuse).
        return text, []
    proxies: list[ProxyEntry] = []
    text = _lost_accent(text)
    if "\n" in text:
        # (« … pouvoir à M. Didier⏎BAGNERES, … »: a holder's name cut by the line's end)
        text = _join_broken(text)
    if "respectivement" in low:
        text, proxies = _respectively(text)
    elif "pouvoir pouvoir" in low or "procuration procuration" in low:
        text, proxies = _flattened_columns(text)
    if "(" in text:
        text, more = bracket_proxies(text)
        proxies.extend(more)
    out: list[str] = []
    pos = 0
    for m in (INLINE_PAR if bare else INLINE).finditer(text):
        before = text[pos:m.start()]
        names_before = parse_list(before)
        if not names_before and "-" in before:
            alone = parse_name(before.strip(" \t\n,;").rsplit("\n", 1)[-1])  # (« Jean-METRAL »)
            names_before = [alone] if alone is not None else []
        after = text[m.end():]
        holder, used = _first_name(after)
        role = _ROLE.match(after)
        if names_before and (holder or role):
            giver = names_before[-1]
            if role:
                proxies.append(ProxyEntry(giver, None, giver.span, holder_role=role.group("role").lower(),
                                          raw=text[m.start():m.end() + role.end()]))
                used = role.end()
            else:
                proxies.append(ProxyEntry(giver, holder, giver.span, raw=text[m.start():m.end() + used]))
        out.append(before)
        out.append(", ")
        pos = m.end() + used
    out.append(text[pos:])
    return "".join(out), proxies


_SURNAME_INITIALS = re.compile(r"\s*(?:[A-ZÀ-Ý][A-ZÀ-Ý'-]+\s+)+(?!(?:LE|LA|DE|DU|DI|DA)\b)[A-ZÀ-Ý]{1,2}\b\s*"
                               r"(?=[A-ZÀ-Ý]{2}|[,;.]|$)")


def _first_name(text: str) -> tuple[NameEntry | None, int]:
    """The first name at the start of ``text`` and how many characters it used."""
    civ = r"\s*(?:(?:M\.|Mme|Monsieur|Madame)\s+)?"
    # « FERRÉ Jean-Paul ACHARY Mina (…), procuration à … »: a surname first is followed by
    # its first name (the next surname is the next giver's).
    m = (re.match(civ + r"(?:[A-ZÀ-Ý][A-ZÀ-Ý'-]+\s+)+(?:[A-ZÀ-Ý][a-zà-ÿ'-]+\b\s*){1,2}", text)
         # (« GANDER Y METRAL G procuration à … »: a surname then its initials, no stop)
         or _SURNAME_INITIALS.match(text)
         # (« Isabelle de MONTGOLFIER »: a particle in lower case before the surname)
         or re.match(civ + r"(?:[A-ZÀ-Ý][a-zà-ÿ'-]+\s+){0,3}(?:(?:de|du|des|d'|le|la)\s+)?"
                     r"(?:[A-ZÀ-Ý][A-ZÀ-Ý'-]+\b\s*)+", text)
         or re.match(civ + r"(?:[A-ZÀ-Ý][\w'.-]*\s*){1,3}", text))
    if not m:
        return None, 0
    entries = parse_list(m.group(0))
    if not entries:
        return None, 0
    first = entries[0]
    # Stop after the first name's own words.
    words = first.full.split()
    end = 0
    for w in words:
        k = text.find(w.split("-")[0], end)
        if k < 0:
            break
        end = k + len(w)
    return first, end


# Givings written as sentences after the present list, under no heading (« … formant la
# majorité des membres en exercice. Madame X a donné pouvoir à Madame Y Monsieur Z a donné
# pouvoir à Madame W »): each a civility, a name, the verb, « à », a civility, a name.
_CIV = r"(?:M\.|Mme|Mr|Monsieur|Madame|Mademoiselle|Mlle)"
_NAME_WORDS = r"(?:[A-ZÀ-Ý][\w'’.-]*[ \t]+){0,3}?[A-ZÀ-Ý][\w'’.-]*"
_GIVING_SENTENCE = re.compile(
    # (« M. MEAUZOONE Serge, absent ayant donné pouvoir à Mme Catherine MILLE Mme LAROYE Nathalie, absente
    # ayant donné pouvoir à … »: the participle, the giver said absent)
    rf"(?<![\w.])(?P<g>{_CIV}[ \t]+{_NAME_WORDS})(?:[ \t]*,[ \t]*absente?,?)?[ \t]+(?:(?:a|avait)[ \t]+donné"
    rf"|ayant[ \t]+donné)[ \t]+(?:pouvoir|procuration)"
    rf"[ \t]+à[ \t]+(?P<h>{_CIV}[ \t]+{_NAME_WORDS})(?=[ \t]*(?:[.,;\n]|$|[ \t]+{_CIV}[ \t]))")
# « -Monsieur X procuration à Monsieur Y », one giving a line (a dash or a bullet before it), no verb.
_GIVING_LINE = re.compile(
    rf"(?m:^)[ \t]*[-–•*]?[ \t]*(?P<g>{_CIV}[ \t]+{_NAME_WORDS})[ \t]*,?[ \t]+(?:pouvoir|procuration)"
    rf"[ \t]+(?:donnée?[ \t]+)?à[ \t]+(?P<h>{_CIV}[ \t]+{_NAME_WORDS})[ \t]*[.;,]?[ \t]*(?=\n|\Z)")
# « …, TISSERAND Florence M. ORMONT Florent donne procuration à M. LECARPENTIER Thierry »: a giving
# sentence (present or past tense) run into the end of the present list, its giver's civility first.
_GIVING_IN_LIST = re.compile(
    rf"(?<![\w.])(?P<g>{_CIV}[ \t]+{_NAME_WORDS})[ \t]+(?:donne|a[ \t]+donné)[ \t]+(?:pouvoir|procuration)"
    rf"[ \t]+à[ \t]+(?P<h>{_CIV}[ \t]+{_NAME_WORDS})(?=[ \t]*(?:[.,;\n]|$|[ \t]+{_CIV}[ \t]))")


# (« … – Daniel TANCEREL⏎Christophe CONAN a donné pouvoir à Isabelle BIARD⏎André PHILIPOT a donné
# pouvoir à Jean-Claude BRARD »: givings after the last name, first names and surnames in capitals,
# no civility, their lines joined)
_PERSON_PLAIN = (r"[A-ZÀ-Ý][a-zà-ÿ'’]+(?:[ -][A-ZÀ-Ý][a-zà-ÿ'’]+)*[ \t]+[A-ZÀ-Ý][A-ZÀ-Ý'’-]+"
                 r"(?:[ \t][A-ZÀ-Ý][A-ZÀ-Ý'’-]+)?")
_GAVE_TO = r"[ \t]+(?:donne|a[ \t]+donné)[ \t]+(?:pouvoir|procuration)[ \t]+à[ \t]+"
_GIVING_RUN = re.compile(rf"(?<![\w'’-])(?P<g>{_PERSON_PLAIN}){_GAVE_TO}(?P<h>{_PERSON_PLAIN})"
                         rf"(?=[ \t\n]+{_PERSON_PLAIN}{_GAVE_TO}|[ \t\n]*[.,;]?[ \t\n]*$)")


def givings_ending_list(body: str) -> tuple[str, list[ProxyEntry]]:
    """A present list whose last names are givings (« …, X Mme Y donne procuration à M. Z »): the
    list before them, and the givings (each a civility, a name, the verb, « à », a civility, a name;
    or a line each, names without civility; nothing else after the first of them)."""
    got = _givings_ending(body, _GIVING_IN_LIST)
    if got[1]:
        return got
    return _givings_ending(body, _GIVING_RUN)


def _givings_ending(body: str, form: re.Pattern[str]) -> tuple[str, list[ProxyEntry]]:
    out: list[ProxyEntry] = []
    first = None
    pos = 0
    for m in form.finditer(body):
        if first is not None and body[pos:m.start()].strip(" \t\n,;."):
            return body, []  # words between two givings: not a run of givings
        giver, holder = parse_name(m.group("g")), parse_name(m.group("h"))
        if giver is None or holder is None:
            return body, []
        out.append(ProxyEntry(giver, holder, None, raw=m.group(0)))
        first = m.start() if first is None else first
        pos = m.end()
    if first is None or body[pos:].strip(" \t\n,;."):
        return body, []
    return body[:first], out


# How far after the present list's label such sentences are looked for.
_SENTENCES_SPAN = 2000


def givings_after_list(text: str, start: int, end: int | None,
                       lines_end: int | None = None) -> list[ProxyEntry]:
    """The givings written as sentences between the present list and the next label (or the
    next 2 000 characters): read only where no list of proxies was found. Givings one a line
    without a verb (« -Monsieur X procuration à Monsieur Y ») are looked for up to ``lines_end``
    (the next label but an absent list's: they may follow it)."""
    stop = min(end if end is not None else len(text), start + _SENTENCES_SPAN)
    if text.find("donné", start, stop) < 0:
        stop = min(lines_end if lines_end is not None else len(text), start + _SENTENCES_SPAN)
        if text.find("procuration à", start, stop) < 0 and text.find("pouvoir à", start, stop) < 0:
            return []
        form = _GIVING_LINE
    else:
        form = _GIVING_SENTENCE
    out: list[ProxyEntry] = []
    for m in form.finditer(text, start, stop):
        giver, holder = parse_name(m.group("g")), parse_name(m.group("h"))
        if giver is not None and holder is not None:
            out.append(ProxyEntry(giver, holder, None, raw=m.group(0)))
            at = m.end()
            while form is _GIVING_SENTENCE and (e := _ELLIPTIC_GIVING.match(text, at, stop)) is not None:
                # « Mme BEDU avait donné pouvoir à M. DUPATY, Mme LANGRAND à M BEGUIN, M. FOURNIER à
                # M. DELAVEAU. »: the next givings of the sentence, their verb left out
                giver, holder = parse_name(e.group("g")), parse_name(e.group("h"))
                if giver is None or holder is None:
                    break
                out.append(ProxyEntry(giver, holder, None, raw=e.group(0).strip(" ,")))
                at = e.end()
    return out


_ELLIPTIC_GIVING = re.compile(rf"[ \t]*,[ \t]*(?:et[ \t]+)?(?P<g>{_CIV}[ \t]+{_NAME_WORDS})[ \t]+à[ \t]+"
                              rf"(?P<h>(?:{_CIV}|M)[ \t]+{_NAME_WORDS})(?=[ \t]*(?:[.,;\n]|$))")
