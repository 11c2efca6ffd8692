"""The header of an extract: authority, assembly, dates, place, times, president, order.

Each reader takes the normalised text (or its preamble) and returns what it found or
None; none of them raises.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from registre.core.names import fold, strip_accents
from registre.core.vocabulary import AssemblyKind, AuthorityKind
from registre.reading.textutil import (
    DATE,
    DATE_RE,
    MONTHS,
    anchored,
    find_date,
    first_anchored,
    lower,
    lower_latin1,
    occurrences,
    to_date,
)

_ASSEMBLY = re.compile(
    r"(?:registre\s+des\s+d[ée]lib[ée]rations|extrait\s+des?\s+d[ée]lib[ée]rations?|proc[èe]s-verbal)"
    r"\s+(?:du|de\s+la|de\s+l')\s+(?P<a>conseil\s+de\s+communaut[ée]|conseil\s+communautaire|conseil\s+munic"
    r"ipal"
    r"|conseil\s+m[ée]tropolitain|conseil\s+d[ée]partemental|conseil\s+r[ée]gional|comit[ée]\s+syndical"
    r"|bureau(?:\s+communautaire|\s+m[ée]tropolitain)?|commission\s+permanente|conseil\s+syndical)",
    re.IGNORECASE,
)
_ASSEMBLY_LOOSE = re.compile(
    r"\b(?P<a>Conseil\s+de\s+Communaut[ée]|Conseil\s+communautaire|Conseil\s+municipal|Conseil\s+m[ée]tropol"
    r"itain"
    r"|Comit[ée]\s+syndical|Bureau\s+communautaire|Conseil\s+d['’]administration)\b", re.IGNORECASE)
_COMMUNE = re.compile(
    r"\b(?:COMMUNE|Commune|VILLE|Ville|MAIRIE|Mairie)\s+(?:DE|de|D'|d')\s*(?P<n>[A-ZÀ-Ý][\w'-]*(?:[ -](?:[A-"
    r"ZÀ-Ý][\w'-]*|(?:sur|sous|en|lès|lez|le|la|les|des|de|du)(?=[ -])|d'\w+)){0,5})"
    r"|(?:conseil\s+municipal|Conseil\s+[Mm]unicipal|CONSEIL\s+MUNICIPAL)\s+(?:(?:de\s+la|DE\s+LA)\s+[Cc]ommune\s+"
    # (« Conseil Municipal de Saint Hilaire de Loulay est adressée »: its small words in lower case)
    r"|DE\s+LA\s+COMMUNE\s+)?(?:de|d'|DE|D')\s*(?P<n2>[A-ZÀ-Ý][\w'-]*(?:[ -](?:[A-ZÀ-Ý][\w'-]*"
    r"|(?:sur|sous|en|lès|lez|le|la|les|de|du)(?=[ -][A-ZÀ-Ý]))){0,4})"
    # « sous la présidence de M. Yves GAUCHER, Maire de SACLAS », « Maire de Linas ».
    r"|,\s+[Mm]aire\s+(?:de|d')\s*(?P<n3>[A-ZÀ-Ý][\w'-]*"
    r"(?:[ -](?:[A-ZÀ-Ý][\w'-]*|sur|sous|en|lès|le|la|les)){0,3})",
)
# The opening sentence: « le Conseil Municipal de la commune de SAINT⏎RESTITUT (Drôme), s'est réuni »,
# « les membres du Conseil Municipal de la Commune de PUTANGES-LE-⏎LAC, convoqués le… ». The name may
# run over a line break (a scan's or a PDF's lines), as the sentence goes on after it; OCR reads
# « Municipal » as « Municipai » and the brackets as braces (« {Drôme} »).
_NAME_WORD = r"(?-i:[A-ZÀ-Ý][\w'’]*)"
_OPENING = re.compile(
    r"conseil\s+municipa[l1i|]\s+de\s+la\s+commune\s+(?:de\s+|d['’]\s*)"
    r"(?P<n>" + _NAME_WORD + r"(?:(?:[ \t]*-[ \t]*\n?[ \t]*|[ \t]+|[ \t]*\n[ \t]*)(?:" + _NAME_WORD
    + r"|(?-i:sur|sous|en|lès|lez|le|la|les|de|du|d['’]\w+))){0,5}?)"
    r"\s*(?:[({][^(){}\n]{2,40}[)}][ \t]*)?,?\s*"
    r"(?:s['’]est|se\s+sont|convoqu|r[ée]uni|l[ée]galement|r[ée]guli[èe]rement|d[ûu]ment|en\s+s[ée]ance)",
    re.IGNORECASE,
)
_COMMUNE_WORDS = ("COMMUNE", "Commune", "VILLE", "Ville", "MAIRIE", "Mairie", "conseil", "Conseil", "CONSEIL",
                  "aire ")
# (in lower case)
_COMMUNE_ANCHORS = (("commune", 0), ("ville", 0), ("mairie", 0), ("conseil", 0), ("maire ", 2))
_EPCI = re.compile(
    r"\b(?:Pr[ée]sidente?|Vice-Pr[ée]sidente?)\s+(?:de\s+la\s+|de\s+l'|du\s+|de\s+)"
    r"(?P<n>(?:Communaut[ée]|M[ée]tropole|Grand|Syndicat|[A-ZÀ-Ý])[^,.;\n]{2,80}?)\s*(?:[,.;\n]|$)"
)
_KIND_WORDS = [
    (re.compile(r"communaut[ée]\s+urbaine", re.I), AuthorityKind.COMMUNAUTE_URBAINE),
    (re.compile(r"communaut[ée]\s+d'agglom[ée]ration", re.I), AuthorityKind.COMMUNAUTE_AGGLOMERATION),
    (re.compile(r"communaut[ée]\s+de\s+communes", re.I), AuthorityKind.COMMUNAUTE_COMMUNES),
    (re.compile(r"\bsyndicat\b|comit[ée]\s+syndical", re.I), AuthorityKind.SYNDICAT),
    (re.compile(r"d[ée]partement(?:al)?\b", re.I), AuthorityKind.DEPARTEMENT),
    (re.compile(r"\bm[ée]tropole\b", re.I), AuthorityKind.METROPOLE),
]
_SESSION_DATE_RE = (
    r"(?:s[ée]ance\s+(?:publique\s+)?(?:ordinaire\s+)?du|r[ée]uni(?:e)?\s+le|l'an\s+[\w\s-]+?,\s+le|le)\s+"
    r"(?P<date>" + DATE_RE.replace("?P<", "?P<s") + r")"
)
_SESSION_DATE = re.compile(_SESSION_DATE_RE, re.IGNORECASE)
# The same in lower case, for the text lowered (Latin-1: same matches, same dates): re then
# skips to the letters a match starts with, instead of trying every place of the text.
_SESSION_DATE_LOW = re.compile(_SESSION_DATE_RE)
_PUBLISHED = re.compile(r"(?:publi[ée]e?|affich[ée]e?|mise?\s+en\s+ligne)\s+le\s*:?\s*", re.IGNORECASE)
# (« les convocations, l'ordre du jour et les notes de synthèse ont été transmis aux conseillers
# le 12 novembre 2020 »: the convocation's sending, words between, a date in figures just after.)
_CONVOKED = re.compile(r"convoqu[ée]e?s?\s+le|date\s+de\s+(?:la\s+)?convocation|convocation\s+du|"
                       r"convocation\s+(?:envoy[ée]e|adress[ée]e)\s+le|"
                       r"convocations?\b[^.;\d]{0,120}?\b(?:transmis|envoy[ée]|adress[ée]|remis)e?s?\b"
                       r"[^.;\d]{0,80}?\sle\s+(?=(?:(?:lun|mar|mercre|jeu|vendre|same)di\s+|dimanche\s+)?\d)",
                       re.IGNORECASE)
_PRESIDENCY = re.compile(
    r"sous\s+la\s+pr[ée]sidence\s+(?:de\s+|du\s+|d')(?P<p>(?:M\.\s|MM\.\s)?[^,.;\n]+(?:,\s*[^,;\n]+)?)",
    re.IGNORECASE)
_PRESIDENT_LABEL = re.compile(r"Pr[ée]sident(?:e)?\s+de\s+s[ée]ance\s*:\s*(?P<p>[^,;\n]+)", re.IGNORECASE)
# Found by its verb, the name read back from there: a leading name pattern would be
# quadratic on a long run of capitals.
_SECRETARY_VERB = re.compile(
    r"(?:a\s+été|est)\s+(?:élue?|désignée?|nommée?)\s+(?:pour\s+remplir\s+cette\s+fonction"
    r"|(?:comme\s+|en\s+qualité\s+de\s+)?secr[ée]taire)")
_NAME_BEFORE = re.compile(r"(?P<p>(?:(?:M\.|Mme|Monsieur|Madame)\s+)?(?:[A-ZÀ-Ý][\w'-]*\s+){1,4})$")
_PLACE = re.compile(r"s'est\s+r[ée]uni(?:e)?\s+(?:en\s+s[ée]ance\s+\w+\s+)?(?P<p>(?:à|au|en|dans|salle|Salle"
                    r")[^;\n]{3,160}?)"
                    r"\s*,\s*(?:sous|le|en\s+session)", re.IGNORECASE)
_TIMES = re.compile(r"ouverte\s+à\s+(?P<o>\d{1,2}\s?h\s?\d{0,2})(?:.{0,40}?(?:lev[ée]e|close)\s+à\s+"
                    r"(?P<c>\d{1,2}\s?h\s?\d{0,2}))?", re.IGNORECASE)
# « \bà\s+… » written to start with its letter, which re skips to (« à » is a word character:
# the boundary before it is a character that is not one).
_AT_TIME = re.compile(r"à(?<!\wà)\s+(?P<o>\d{1,2}\s?h\s?\d{2})\b")
_ORDER_RE = r"ordre\s+de\s+passage(?:\s+des\s+(?:rapports|questions|points))?\s*:\s*(?P<o>[\d\s,;/a-z-]+)"
_ORDER = re.compile(_ORDER_RE, re.IGNORECASE)
_ORDER_LOW = re.compile(_ORDER_RE)  # for the text lowered: starts with a word re skips to


def assembly(text: str) -> tuple[str | None, AssemblyKind]:
    """The assembly's name as printed (``Conseil de Communauté``) and its kind."""
    m = _ASSEMBLY.search(text) or _ASSEMBLY_LOOSE.search(text[:3000])
    if not m:
        return None, AssemblyKind.COUNCIL
    name = " ".join(m.group("a").split())
    name = name[0].upper() + name[1:].lower() if name.isupper() or name.islower() else name
    low = name.lower()
    if low.startswith("bureau"):
        return name, AssemblyKind.BUREAU
    if low.startswith("commission"):
        return name, AssemblyKind.COMMISSION
    return name, AssemblyKind.COUNCIL


def authority(head: str, whole: str, low_whole: str | None = None,
              assembly_name: str | None = None) -> tuple[str | None, AuthorityKind | None]:
    """The authority's name and kind, from the header first, then the whole text.

    ``low_whole``: ``whole`` in lower case, if known (``head`` is its beginning);
    ``assembly_name``: the assembly read (:func:`assembly`), if any.
    A kind's word alone (« CCAS », « (antenne du Syndicat) ») names no one: no name then; a lone
    capital after a commune's name (« COMMUNE DE LONGUYON F EXTRAIT … », a scan's side box) is no
    part of it.
    """
    name, kind = _authority(head, whole, low_whole, assembly_name)
    if name is not None:
        if name.strip(" .") in _BARE_KIND_WORDS or _only_kind_words(name):
            return None, kind
        if kind is AuthorityKind.COMMUNE and _LONE_CAPITAL_END.search(name):
            name = _LONE_CAPITAL_END.sub("", name)
        if kind is AuthorityKind.COMMUNE and " " in name:
            name = _without_department(name)
    return name, kind


def _without_department(name: str) -> str:
    """A commune's name without its département printed after it in the header (« COMMUNE DE
    SABARAT ARIEGE PROCÈS VERBAL », « VILLE DE CHATILLON D E P A R T E M E N T D E S H A U T S », its
    letters spaced and joined): not after a particle (« Villeneuve sur Lot », « Nogent sur Marne »)."""
    words = name.split(" ")
    folded = [strip_accents(w).lower().replace("’", "'") for w in words]
    for i, w in enumerate(folded[1:], 1):
        if w.startswith("departement"):
            return " ".join(words[:i])
    if folded[-1] in _DEPARTMENTS and folded[-2] not in _PARTICLES:
        return " ".join(words[:-1])
    return name


# The départements named by one word (those of several words follow « sur », « en »… in no
# commune's name alone, and are printed with their hyphens).
_DEPARTMENTS = frozenset((
    "ain", "aisne", "allier", "ardeche", "ardennes", "ariege", "aube", "aude", "aveyron", "calvados",
    "cantal", "charente", "cher", "correze", "corse", "creuse", "dordogne", "doubs", "drome", "essonne",
    "eure", "finistere", "gard", "gers", "gironde", "guadeloupe", "guyane", "herault", "indre", "isere",
    "jura", "landes", "loire", "loiret", "lot", "lozere", "manche", "marne", "martinique", "mayenne",
    "meuse", "morbihan", "moselle", "nievre", "nord", "oise", "orne", "rhone", "sarthe", "savoie",
    "somme", "tarn", "var", "vaucluse", "vendee", "vienne", "vosges", "yonne", "yvelines", "mayotte",
    "haute-marne", "haute-savoie", "haute-garonne", "haute-loire", "haute-saone", "haute-vienne",
    "hautes-alpes", "hautes-pyrenees", "haut-rhin", "bas-rhin", "hauts-de-seine", "seine-maritime",
    "seine-et-marne", "seine-saint-denis", "val-de-marne", "val-d'oise", "pas-de-calais", "puy-de-dome",
    "cotes-d'armor", "cote-d'or", "loire-atlantique", "lot-et-garonne", "maine-et-loire",
    "meurthe-et-moselle", "indre-et-loire", "loir-et-cher", "eure-et-loir", "tarn-et-garonne",
    "deux-sevres", "pyrenees-atlantiques", "pyrenees-orientales", "alpes-maritimes",
    "alpes-de-haute-provence", "bouches-du-rhone", "ille-et-vilaine", "saone-et-loire", "haute-corse",
    "corse-du-sud", "territoire-de-belfort", "la-reunion"))
_PARTICLES = frozenset(("sur", "sous", "en", "le", "la", "les", "les", "lez", "de", "du", "des", "d'", "l'",
                        "et", "aux", "au"))


_BARE_KIND_WORDS = frozenset(("CCAS", "C.C.A.S", "Syndicat", "SYNDICAT", "Commune", "COMMUNE", "Ville",
                              "VILLE", "Mairie", "MAIRIE", "Communauté", "Centre de Gestion", "CIAS"))
# (« Syndicat mixte ouvert », « Syndicat intercommunal » under the syndicat's acronym: what it is,
# no name)
_GENERIC_WORDS = frozenset(("syndicat", "mixte", "ouvert", "fermé", "ferme", "intercommunal",
                            "intercommunale", "communauté", "communaute", "de", "communes",
                            "d'agglomération", "d’agglomération", "à", "vocation", "unique", "multiple",
                            "multiples", "sivu", "sivom"))


def _only_kind_words(name: str) -> bool:
    words = name.lower().split()
    return len(words) >= 2 and all(w in _GENERIC_WORDS for w in words)


_LONE_CAPITAL_END = re.compile(r"(?<=[a-zà-ÿA-ZÀ-Ý]{3})[ \t]+[A-ZÀ-Ý]$")


def _authority(head: str, whole: str, low_whole: str | None,
               assembly_name: str | None) -> tuple[str | None, AuthorityKind | None]:
    """:func:`authority`, before its last checks."""
    low_whole = _low(whole, low_whole)
    # Both patterns are case-sensitive and start at one of their words (in one of its
    # cases, found in lower case): they are tried only there.
    low = low_whole[: len(head)] if low_whole is not None and whole.startswith(head) else lower_latin1(head)
    opening = (first_anchored(_OPENING, head, low, (("conseil", 0),)) if low is not None
               else _OPENING.search(head))
    # A name on one line is taken first; one cut by a line break may hold a word of a side box
    # that a scan's OCR put in between (« Putanges-⏎Nombre de le-Lac »): the header's own
    # « Commune de … » comes before it.
    if opening and "\n" not in opening.group("n"):
        return _title(opening.group("n")), AuthorityKind.COMMUNE
    m = first_anchored(_COMMUNE, head, low, _COMMUNE_ANCHORS) if low is not None else (
        _COMMUNE.search(head) if any(w in head for w in _COMMUNE_WORDS) else None)
    # « SYNDICAT INTERCOMMUNAL DES EAUX OUVEZE-PAYRE ⏎ COMPTE RENDU … Commune de Chomérac : M. X »,
    # « SIEGE : MAIRIE DE ARCINS ⏎ SYNDICAT MIXTE DU BASSIN VERSANT »: a syndicate's record names
    # its member communes and its seat after (or before, as its seat) its own name.
    in_title = _in_zone(head, _DEPARTMENT_WORDS, _TITLE_ZONE)
    dept = _DEPARTMENT.search(head, 0, _TITLE_ZONE) if in_title else None
    if dept is not None and (m is None or dept.start() < m.start()):
        # « CONSEIL DÉPARTEMENTAL DU CANTAL », « Conseil général de la Mayenne » heading the record
        # (L3121-1: the département's assembly): the département, not its president's words.
        return f"Département {_department_article(dept.group('a'))}{_title(dept.group('n'))}", \
            AuthorityKind.DEPARTEMENT
    body = _named_syndicate(head, low, m)
    if body is not None and _named_communaute(head, low, body[1]) is None:
        return body[0], AuthorityKind.SYNDICAT
    # « COMMUNAUTE DE COMMUNES DU PAYS DE LONGNY AU PERCHE » named before any commune (the
    # commune that hosts the sitting, « Commune de Monceaux », comes after): the communauté's.
    record = _Record(assembly_name)
    named = _named_communaute(head, low, m.start() if m else len(head), record)
    if named is not None:
        return named
    if m is not None and m.group("n2") is None and record.other_body:
        # L5211-1, L5212-1: a communauté's or a syndicate's record (its « conseil communautaire »,
        # its « comité syndical ») names its member communes — « Commune de BROUSSES : Mme X »,
        # « s'est réuni … Mairie de UZES », « Maire de Thorigné-Fouillard » — none is the authority.
        m = None
    # (« Commune de PUTANGES-⏎LAC »: a name cut at a hyphen ending its line is the opening's, whole.)
    if m and not (opening and (m.group("n") or m.group("n2") or m.group("n3") or "").endswith("-")):
        n = m.group("n") or m.group("n2") or m.group("n3")
        name = _title(n)
        if not name:
            return None, None  # « Commune de Réunion du Conseil Municipal »: a name left blank
        if _HYPHEN_CUT.search(name):
            return None, AuthorityKind.COMMUNE  # « Ville de Fort-de »: a page title cut in the name
        first = name.split(" ", 1)[0]
        if first.count("-") >= 2 and " " in name:
            # « Ville de Saint-Laurent-du-Maroni Sèves de Guyane »: a name joined by its hyphens is
            # whole; the words after it are a motto's, an address's (« … Cedex »).
            name = first
        # (Not after a name joined by its hyphens, « PUTANGES-LE-LAC⏎d'Argentan »: whole, the next
        # line a side box's.)
        goes_on = _NAME_GOES_ON.match(head, m.end()) if "-" not in name and (
            head.startswith("\n", m.end()) or head.startswith(" \n", m.end())) else None
        if goes_on is not None and not _CUT_NAME.search(name):
            # « Commune de Villiers⏎sur Morin », « SAINT JULIEN⏎LES ROSIERS »: the name goes on at the
            # next line's start, a particle then a capital (a narrow column's line break).
            name = _title(f"{n} {goes_on.group('c')}")
        if _CUT_NAME.search(name):
            # « la commune de SAINT\nRESTITUT »: the name goes on at the next line's start.
            nxt = _NEXT_LINE_WORD.match(head, m.end())
            if nxt is None:
                return None, AuthorityKind.COMMUNE  # « Saint » alone: cut, not a name
            name = _title(f"{n} {nxt.group(1)}")
        return name, AuthorityKind.COMMUNE
    if opening:
        return _title(re.sub(r"-\s+", "-", " ".join(opening.group("n").split()))), AuthorityKind.COMMUNE
    m = _epci(head)
    if m:
        name = " ".join(m.group("n").split())
        # « Président du Centre de Gestion et Conseiller Municipal de Vern »: his other quality.
        other = _OTHER_QUALITY.search(name)
        name = name[:other.start()] if other else name
        return name, _kind_from(name, whole, low_whole)
    return None, None


_OTHER_QUALITY = re.compile(r"\s+et\s+(?i:conseill|maire|adjoint|vice|pr[ée]sident|membre|d[ée]l[ée]gu)")


# « Communauté de Communes Loir-Lucé-Bercé s'est réuni », « COMMUNAUTE DE COMMUNES\nDU PAYS
# DE LONGNY AU PERCHE », « Communauté de Communes DES COTEAUX DU GIROU PROCES-VERBAL … »: the
# kind's words, then the name's words on one line, each capitalised or a joining word, up to
# a word that starts the document's own title.
_COMMUNAUTE_NAMED = re.compile(
    r"(?i:(?P<k>communaut[ée]\s+(?:de\s+communes|d['’]\s?agglom[ée]ration|urbaine)))[ \t]*\n?[ \t]*"
    r"(?P<n>(?:(?:[A-ZÀ-Ý][\w'’-]*|(?:(?:du|des|de|la|les|le|et|sur|sous|en|aux|au|lès)(?=\s)|d['’]|l['’])|-)"
    r"[ \t]?){1,9})")
_NAME_STOP = re.compile(
    r"\b(?:PROC[ÈE]S|COMPTE|CONSEIL|S[ÉE]ANCE|R[ÉE]UNION|EXTRAIT|D[ÉE]PARTEMENT|ARRONDISSEMENT|R[ÉE]PUBLIQUE"
    r"|DELIB|DÉLIB|Conseil|Séance|Réunion|Compte|Procès|Extrait|Département|Arrondissement"
    # (« … de la Dordogne Dûment convoqué »: the formula's words after the name)
    r"|D[ûu]ment|D[ÛU]MENT|Légalement|LÉGALEMENT|Régulièrement|RÉGULIÈREMENT)", )
_JOINING = frozenset(("du", "de", "des", "la", "le", "les", "et", "sur", "sous", "en", "au", "aux", "lès"))
_JOINING_START = re.compile(r"^(?:(?:du|des|de|la|les|le)\s+|[dl]['’]\s*)+")
# (Any case: « … PAYS D APT LUBERON Le jeudi 15 mars »: the date's article, no word of the name.)
_JOINING_END = re.compile(r"(?i:[\s-]+|\s+(?:du|de|des|la|le|les|et|sur|sous|en|au|aux|lès|d['’]|l['’]))+$")
_TITLE_ZONE = 600
_ITS_COUNCIL = re.compile(r"\ble\s+conseil(?:\s+communautaire|\s+de\s+communaut[ée])?\s+de(?:\s+la)?\s+\Z")


# A commune's name cut at a line's end (« Saint », « Sainte », « Saint- »).
_CUT_NAME = re.compile(r"(?i)(?:^|[\s-])(?:saint|sainte|st|ste)[\s-]*$")
# A name cut after a hyphen and a joining word (« Fort-de », « Villeneuve-sur »).
_HYPHEN_CUT = re.compile(r"(?i)-(?:de|du|des|la|le|les|sur|sous|en|lès|lez|aux|d')$")
_NEXT_LINE_WORD = re.compile(r"[ \t]*\n[ \t]*([A-ZÀ-Ý][A-ZÀ-Ý'-]+)\b")
# The rest of a commune's name on the next line: a particle in lower case (or one of those that
# open no sentence in capitals: « SUR », « SOUS », « LÈS »), then a capital.
_NAME_GOES_ON = re.compile(
    r"[ \t]*\n[ \t]*(?P<c>(?:(?:sur|sous|en|lès|lez|les|le|la|de|du|des)[ -]|(?:SUR|SOUS|LÈS|LEZ)[ -])"
    r"[A-ZÀ-Ý][\w'’-]*(?:[ -](?:[A-ZÀ-Ý][\w'’-]*|(?:sur|sous|en|lès|lez|le|la|les|de|du)(?=[ -])))"
    r"{0,3})")


_OTHER_BODIES = ("conseil communautaire", "conseil de communaut", "comite syndical", "comité syndical",
                 "bureau communautaire", "bureau syndical", "conseil d'administration",
                 "conseil d’administration")


_SYNDICAL = re.compile(r"(?i)(?:comit[ée]|bureau|conseil)\s+syndical")


class _Record:
    """Whose record this is, as the assembly read says: a commune council's (« conseil municipal »,
    L2121-1), a syndicate's (« comité syndical », L5212-1, L5711-1), or another body's than a
    commune council (a communauté's council, L5211-1; a syndicate's; an établissement's board).
    Nothing is said when no assembly was read."""

    __slots__ = ("commune", "other_body", "syndicate")

    def __init__(self, assembly_name: str | None) -> None:
        low = (assembly_name or "").lower()
        self.commune = low.startswith("conseil municipal")
        self.syndicate = assembly_name is not None and _SYNDICAL.match(assembly_name) is not None
        self.other_body = low.startswith(_OTHER_BODIES)


def _in_zone(text: str, words: tuple[str, ...], zone: int) -> bool:
    """Whether one of ``words`` is in the first ``zone`` characters of ``text`` (the title lines:
    the cheap test before a kind's pattern is tried there)."""
    return any(text.find(w, 0, zone) >= 0 for w in words)


def _capitalised(name: str) -> str:
    """A name printed in capitals, capitalised word by word, its joining words in lower case
    (« COMMUNAUTE DE COMMUNES DU PAYS » → « Communaute de Communes du Pays »); as it is otherwise."""
    if not name.isupper():
        return name
    name = " ".join(_capitalised_word(w) for w in name.split())
    return name[:1].upper() + name[1:]


def _capitalised_word(word: str) -> str:
    """One word of :func:`_capitalised`: each part of a hyphenated name (« SAINT-GERMAIN-EN-LAYE » →
    « Saint-Germain-en-Laye »), an elided article kept small (« L'AMÉNAGEMENT » → « l'Aménagement »)."""
    parts = []
    for part in word.split("-"):
        low = part.lower()
        if low in _JOINING or low in ("pour", "à", "sous"):
            parts.append(low)
        elif len(part) > 2 and low[1] in "'’" and low[0] in "dl":
            parts.append(low[:2] + part[2:].capitalize())
        else:
            parts.append(part.capitalize())
    return "-".join(parts)


def _named_communaute(head: str, low: str | None, before: int,
                      record: _Record | None = None) -> tuple[str, AuthorityKind | None] | None:
    """The communauté named (« Communauté de communes X ») before ``before``, or None.

    Not in a commune council's record (« 145 – COMMUNAUTÉ DE COMMUNES SAINTE BAUME … / RAPPORT
    ANNUEL »: an item's object), nor as a member heading its delegates in a syndicate's
    (« Communauté de Communes Villages et Terroirs : M. Xavier COLLON », L5711-1)."""
    if record is not None and record.commune:
        return None
    syndicate = record is not None and record.syndicate
    lows = low if low is not None and len(low) == len(head) else head.lower()
    i = lows.find("communaut", 0, before)
    while i >= 0:
        m = _COMMUNAUTE_NAMED.match(head, i)
        # In the title lines, or as the council's own (« le Conseil Communautaire de la
        # Communauté … »): a communauté named further in a commune's minutes (a transfer of
        # powers, its president elected) is another authority.
        if m is not None and (i < _TITLE_ZONE or _ITS_COUNCIL.search(lows, max(0, i - 45), i)):
            name = m.group("n")
            stop = _NAME_STOP.search(name)
            address = _ADDRESS.search(name, 0, stop.start() if stop else len(name))
            cut = name[:address.start()] if address else name[:stop.start()] if stop else name
            name = _JOINING_END.sub("", cut).strip()
            core = _JOINING_START.sub("", name)
            if syndicate and _DELEGATES_AFTER.match(head, m.end()):
                pass  # a member of the syndicate heading its delegates
            elif address is not None and len(name) < len(cut.strip()):
                # « Communauté de Communes du Canton d' Quartier Saint-Joseph- B.P 16 »: a
                # letterhead's address run into the name, cut after « d' »; named again further.
                pass
            elif core[:1].isupper() and len(core) >= 3:
                full = " ".join(f"{m.group('k')} {name}".split())
                full = _capitalised(full)
                return full, _name_kind(full.replace("’", "'"))[0]
        i = lows.find("communaut", i + 1, before)
    return None


# An address run into a name on a letterhead's line: « Quartier Saint-Joseph- B.P 16 31420 ».
_ADDRESS = re.compile(r"\b(?:Quartier|QUARTIER|Rue|RUE|Avenue|AVENUE|Boulevard|BOULEVARD|Impasse"
                      r"|B\.P\.?(?=\s|\d)"
                      r"|BP(?=\s*\d)|\d{5}\b)")


# A name's end, then « : » and a civility: a heading of the delegates listed after it.
_DELEGATES_AFTER = re.compile(r"[^:\n]{0,60}?[ \t]*:[ \t]*(?:M\.|Mme|MM\.|Monsieur|Madame)[ \t]")


_DEPARTMENT = re.compile(r"(?i:conseil\s+(?:d[ée]partemental|g[ée]n[ée]ral))\s+"
                         r"(?P<a>(?i:du|de\s+la|de\s+l['’]|des|de|d['’]))\s*"
                         r"(?P<n>[A-ZÀ-Ý][\w'’-]*(?:[ -](?:[A-ZÀ-Ý][\w'’-]*|et|de|du|la)){0,3})")


_DEPARTMENT_WORDS = ("PARTEMENT", "partement", "ÉNÉRAL", "énéral")


def _department_article(article: str) -> str:
    """« du », « de la », « de l' », « des », « de », « d' » as printed, in lower case, a blank after
    but after an apostrophe."""
    a = " ".join(article.lower().replace("’", "'").split())
    return a if a.endswith("'") else a + " "


# A syndicate (L5212-1, L5711-1; a PETR, L5741-1, is one by its rules): « Syndicat Intercommunal
# des Eaux … », « Syndicat Mixte … », « SIVOM … », « Pôle d'Équilibre Territorial et Rural … »,
# then its name's words up to the end of its line or to the record's title.
_SYNDICATE = re.compile(
    r"(?i:syndicat\s+(?:intercommunal|mixte|d[ée]partemental)|syndicat(?=\s+[A-ZÀ-Ý])"
    r"|p[ôo]le\s+d['’][ée]quilibre\s+territorial(?:\s+et\s+rural)?)"
    r"|(?-i:S\.?I\.?V\.?O\.?M\.?|SIVU|SIAEP|SICTOM|SMICTOM|SIVOS|SIRP)(?=[ \t]+(?:[A-ZÀ-Ý]|d[eu']|des))")
# (Its name's words on its line, or on the next when the kind's words end their line: « SYNDICAT
# INTERCOMMUNAL ⏎ d'ELECTRICITE du DEPARTEMENT de l'AIN ».)
_SYNDICATE_NAME = re.compile(r"[ \t]*\n?[^\n,;:()|<>]{0,120}")
_SYNDICATE_CUT = re.compile(r"\s(?:\d|(?:CS|BP|B\.P\.)\s*\d|s['’]est|se\s+sont|d[ûu]ment|l[ée]galement"
                            r"|r[ée]uni|[-–]\s|L['’]an\b|[Ss]i[èe]ge\b|SI[ÈE]GE\b"
                            # (its address after it: « … DU PETIT ROSNE Rue de l'Eau … »)
                            r"|(?:Rue|RUE|Avenue|AVENUE|Boulevard|BOULEVARD|Place|PLACE|Chemin|Route|All[ée]e|Quai"
                            r"|Impasse)\s|(?:sous|SOUS)\s+(?:la|LA)\s+(?i:pr[ée]sidence))|\s+(?:du|le)\s+\d"
                            # (a page's words glued to it: « … SAINT-GERMAIN-EN-LAYESiège : … »)
                            r"|(?<=[A-ZÀ-Ý]{3})(?=Si[èe]ge\b)")
# Where a commune named in a syndicate's header is its seat, not the authority.
_SEAT = re.compile(r"(?i)si[èe]ge(?:\s+social)?\s*:?\s*$")
# The formula naming the assembly of the body: « le Comité Syndical du Syndicat … », « Les
# membres du Comité syndical du Pôle … ».
_ITS_COMMITTEE = re.compile(r"(?i)(?:^|[^\w])(?:le|les\s+membres\s+du)\s+comit[ée](?:\s+syndical)?\s+du\s+\Z")
_MET = re.compile(r"(?i)r[ée]uni|convoqu")


def _named_syndicate(head: str, low: str | None, commune: re.Match[str] | None) -> tuple[str, int] | None:
    """The syndicate whose record ``head`` opens, named in its title lines before any commune but
    its seat, or in the formula of its committee, and where; None otherwise."""
    lows = low if low is not None and len(low) == len(head) else head.lower()
    zone = _SYNDICATE_ZONE
    if not _in_zone(lows, ("syndic", "quilibre"), zone) and not _in_zone(head, _SYNDICATE_ACRONYMS, zone):
        return None
    for m in _SYNDICATE.finditer(head, 0, _SYNDICATE_ZONE):
        i = m.start()
        # (« le Comité Syndical du Syndicat … s'est réuni », not « représenter la commune au Comité
        # Syndical du Syndicat … »: the sitting's own formula.)
        formula = _ITS_COMMITTEE.search(head, max(0, i - 45), i) is not None \
            and _MET.search(head, m.end(), m.end() + 250) is not None
        if not formula and i >= _TITLE_ZONE:
            break
        if not formula and commune is not None and commune.start() < i \
                and not _SEAT.search(head, max(0, commune.start() - 20), commune.start()):
            return None
        if not formula:
            line = head[head.rfind("\n", 0, i) + 1:i]
            if any(fold(w) not in MONTHS for w in _PROSE_WORD.findall(line)):
                continue  # « 04/ Approbation des modifications statutaires du Pôle … »: an object
        rest = _SYNDICATE_NAME.match(head, m.end())
        tail = rest.group(0) if rest else ""
        if "\n" in tail and tail.split("\n", 1)[0].strip():
            tail = tail.split("\n", 1)[0]  # (the name on the kind's line: the next line is not its)
        cut = _SYNDICATE_CUT.search(tail)
        tail = tail[:cut.start()] if cut else tail
        stop = _NAME_STOP.search(tail)
        tail = tail[:stop.start()] if stop else tail
        name = _JOINING_END.sub("", f"{m.group(0)}{tail}").strip(" -–«»\"")
        acronym = " " not in m.group(0)
        if len(name.split()) < (2 if acronym else 3):
            continue  # « Syndicat intercommunal » alone: no name
        full = " ".join(name.split())
        return _capitalised(full), i
    return None


_PROSE_WORD = re.compile(r"\b[a-zà-ÿ]{4,}\b")
_SYNDICATE_ZONE = 1500  # the title lines and the opening formula
_SYNDICATE_ACRONYMS = ("SIVOM", "S.I.V.O.M", "SIVU", "SIAEP", "SICTOM", "SMICTOM", "SIVOS", "SIRP")


# « hommage à M. Jacques CHIRAC, ancien Président de la République », « le Président du Tribunal
# administratif », « Président de l'association … »: a president of no local authority.
_NOT_AN_AUTHORITY = re.compile(
    r"(?i:r[ée]publique|s[ée]nat\b|assembl[ée]e\s+nationale|tribunal|cour\b|association|"
    r"chambre|club|comit[ée]\s+des\s+f[êe]tes|conseil\s+constitutionnel|france\b|jury|bureau\s+de\s+vote)")


def _epci(head: str) -> re.Match[str] | None:
    """``_EPCI.search(head)``: its matches start 8 or 3 characters before a « sident »
    (« Vice-Président », « Président »), tried in the order of the text."""
    k = head.find("sident", 3)
    while k >= 0:
        for start in (k - 8, k - 3):  # (two « sident » are at least six characters apart)
            if start >= 0 and (m := _EPCI.match(head, start)) is not None \
                    and not _NOT_AN_AUTHORITY.match(m.group("n")):
                return m
        k = head.find("sident", k + 1)
    return None


def _kind_from(name: str, whole: str, low: str | None = None) -> AuthorityKind | None:
    kind, metropole = _name_kind(name)
    if kind is not None:
        return kind
    low = lower(whole) if low is None else low
    # The kinds of communautés, named anywhere in the text: each starts with « communauté »,
    # whose places are found in one pass (« word in low » would read the text once a kind).
    starts = occurrences(low, "communauté ")
    for word, kind in _COMMUNAUTE_KINDS:
        if any(low.startswith(word, k) for k in starts):
            return kind
    return AuthorityKind.METROPOLE if metropole else None


_COMMUNAUTE_KINDS = (("communauté urbaine", AuthorityKind.COMMUNAUTE_URBAINE),
                     ("communauté d'agglomération", AuthorityKind.COMMUNAUTE_AGGLOMERATION),
                     ("communauté de communes", AuthorityKind.COMMUNAUTE_COMMUNES))


@lru_cache(maxsize=256)
def _name_kind(name: str) -> tuple[AuthorityKind | None, bool]:
    """The kind an authority's name says (but a métropole's), and whether it names a métropole."""
    for rx, kind in _KIND_WORDS[:-1]:
        if rx.search(name):
            return kind, False
    return None, _KIND_WORDS[-1][0].search(name) is not None


# « le » or « du » ends the name (« Commune de Tronget le 12 mars ») unless a word of the name
# follows (« PUTANGES LE LAC », « Putanges le Lac »): a capitalised word, not a day or a title.
_STOP = re.compile(r"(?:^|\s+)(?:extrait|registre|s[ée]ance|d[ée]partement|r[ée]publique|arrondissement"
                   r"|libert[ée]|[ée]galit[ée]|fraternit[ée]"
                   r"|conseil|d[ée]lib[ée]rations?|proc[èe]s|l'an|(?:commune|ville|mairie)\s+(?:de|d')(?=\s)|compte[\s-]+rendu|r[ée]union|ordre\s+du\s+jour|feuillet"
                   r"|sous\s+la\s+pr[ée]sidence|sous\s+la(?=\s|$)|secr[ée]tariat"
                   r"|(?:le|du)(?![ -](?!(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|maire"
                   r"|pr[ée]sident|conseil)\b)(?-i:[A-ZÀ-Ý])[\w'-]))\b.*$", re.IGNORECASE)


# A title's first word in capitals glued to a name in capitals (« VILLE DE JOEUFCONSEIL MUNICIPAL »:
# a page's lines run together): the name ends where it starts.
_GLUED_TITLE = re.compile(r"(?<=[A-ZÀ-Ý]{3})(?:CONSEIL|COMPTE|PROC[ÈE]S|S[ÉE]ANCE|EXTRAIT|REGISTRE|D[ÉE]LIB)")


def _title(name: str) -> str:
    glued = _GLUED_TITLE.search(name) if name[:4].isupper() else None
    if glued is not None:
        name = name[:glued.start()]
    words = name.split()
    if len(words) > 1 and len(words[0]) > 1 and words[0].isupper():
        # « COMMUNE DE CONDOM Nomenclature « ACTES » »: a name in capitals ends where a word in
        # lower case (not a small word) starts: a table's next cell, run into it.
        for i, w in enumerate(words[1:], start=1):
            if not w.isupper() and w.lower() not in _PARTICLES and w[:1].isupper():
                name = " ".join(words[:i])
                break
    name = _PARTICLE_END.sub("", _STOP.sub("", name)).strip(" -")
    if not name.isupper():
        return name
    words = ["-".join(p if p in _PARTICLES and (i or j) else p.capitalize()
                      for j, p in enumerate(w.split("-")))
             for i, w in enumerate(name.lower().split())]
    return " ".join(words)


# A commune's name never ends on a small word: « Maire de Lectoure en exercice » read « Lectoure en ».
# (After a blank only: « Fort-de » is a name cut, see _HYPHEN_CUT.)
_PARTICLE_END = re.compile(r"(?:[ \t]+(?:sur|sous|en|lès|lez|le|la|les|de|du|des|aux|et))+[ \t]*$")
# The small words of a commune's name, in lower case but first (« Preuilly-sur-Claise », « Le Mans »).
_PARTICLES = frozenset(("sur", "sous", "en", "lès", "lez", "le", "la", "les", "de", "du", "des", "aux", "et"))


def _low(text: str, low: str | None) -> str | None:
    """``text`` in lower case with the same offsets (Latin-1 text), or None."""
    return lower_latin1(text) if low is None else low


def session_date(head: str, low: str | None = None) -> dt.date | None:
    """The date of the sitting: ``Séance du jeudi 11 avril 2024``, ``le 30 novembre 2023 à 19h30``.

    ``low``: ``head`` in lower case with the same offsets, if known (a Latin-1 text).
    """
    found = _SESSION_DATE_LOW.finditer(low) if low is not None and len(low) == len(head) \
        else _SESSION_DATE.finditer(head)
    for m in found:
        d = find_date(m.group("date"))
        if d:
            return d
    return None


def dated_after(rx: re.Pattern[str], text: str, window: int = 400,
                words: tuple[str, ...] = (), anchors: tuple[tuple[str, int], ...] = (),
                low: str | None = None, where: list[int] | None = None) -> dt.date | None:
    """The first date within ``window`` characters after a match of ``rx``.

    ``where``, if given, is told where the date starts.

    ``words``: one of them (in lower case) is in every match of ``rx``; when none is in
    the text, ``rx`` is not searched. ``anchors``: where its matches start (see
    :func:`~registre.reading.textutil.anchored`); ``low``: ``text`` in lower case if known.
    """
    latin = _low(text, low)
    if words:
        folded = text.casefold() if latin is None else latin  # (the words hold no « ß »)
        if not any(w in folded for w in words):
            return None
    if anchors:
        # The first match, found without reading the text past it for the other words,
        # usually has the date; when it has none, the matches are read in turn.
        first = first_anchored(rx, text, latin, anchors)
        if first is None:
            return None
        d = _date_after(text, first.end(), window, where)
        if d is not None:
            return d
    for m in anchored(rx, text, latin, anchors) if anchors else rx.finditer(text):
        d = _date_after(text, m.end(), window, where)
        if d is not None:
            return d
    return None


def _date_after(text: str, pos: int, window: int, where: list[int] | None = None) -> dt.date | None:
    """The first valid date within ``window`` characters from ``pos`` (its start told to ``where``)."""
    for dm in DATE.finditer(text, pos, min(len(text), pos + window)):
        d = to_date(dm)
        if d is not None:
            if where is not None:
                where.append(dm.start())
            return d
    return None


def publication_date(text: str, low: str | None = None) -> dt.date | None:
    return dated_after(_PUBLISHED, text, 40, ("publi", "affich", "ligne"),
                       (("publi", 0), ("affich", 0), ("mis", 0)), low)


def convocation_date(text: str, low: str | None = None, where: list[int] | None = None) -> dt.date | None:
    # « convoqu… » and « convocation… » both start with « convo »: one pass over it (its
    # other places are tried and fail).
    return dated_after(_CONVOKED, text, 400, ("convo",), (("convo", 0), ("date", 0)), low, where)


_ROLE = re.compile(r"^(?:l[ea]\s+)?(?:maire|pr[ée]sident)", re.IGNORECASE)
_ORDER_ITEM = re.compile(r"(?<![^,;\s])\d[^,;\s]*")
_SENTENCE_END = re.compile(r"(?<!\bM)(?<!\bMM)(?<!\b[A-Z])\.\s")


def president(head: str, low: str | None = None) -> str | None:
    """The presiding member's name as printed (``Mme Anne VIGNOT``; ``du Maire, Jean-Marc DUMONT``).

    ``low``: ``head`` in lower case, if known (the patterns are tried at their words only).
    """
    low = _low(head, low)
    m = first_anchored(_PRESIDENT_LABEL, head, low, (("sident", 3),))
    if m:
        return m.group("p").strip()
    m = first_anchored(_PRESIDENCY, head, low, (("sous", 0),))
    if not m:
        return None
    text = m.group("p").strip()
    first, _, second = text.partition(",")
    # « du Maire, Jean-Marc DUMONT »: the role first, then the name.
    if _ROLE.match(first.strip()) and second:
        return _SENTENCE_END.split(second)[0].strip()
    return _SENTENCE_END.split(first)[0].strip()


def secretary_sentence(text: str) -> str | None:
    """``Monsieur Philippe CHAUVET est désigné pour remplir cette fonction``."""
    for verb in _SECRETARY_VERB.finditer(text):
        found = name_before(text[max(0, verb.start() - 80):verb.start()])
        if found is not None:
            return found[1]
    return None


_CIVILITY_WORD = re.compile(r"\b(?:M\.|Mme|Monsieur|Madame)\s")


def name_before(before: str) -> tuple[int, str] | None:
    """The name that ends ``before`` (a run of capitalised words) and where it starts; from
    its last civility when it holds one (« …, BOUTEILLE ET GRETTNER Madame COUCHOT est élue »:
    the end of a list before the sentence, « Madame COUCHOT »)."""
    m = _NAME_BEFORE.search(before)
    if m is None:
        return None
    start, p = m.start("p"), m.group("p")
    civs = list(_CIVILITY_WORD.finditer(p)) if len(p) > 12 else []
    if civs and civs[-1].start() > 0:
        start, p = start + civs[-1].start(), p[civs[-1].start():]
    return start, p.strip()


def place(head: str, low: str | None = None) -> str | None:
    m = first_anchored(_PLACE, head, _low(head, low), (("s'est", 0),))
    return " ".join(m.group("p").split()) if m else None


def times(head: str, low: str | None = None) -> tuple[str | None, str | None]:
    """Opening and closing times as printed (``18h00``, ``20h58``)."""
    m = first_anchored(_TIMES, head, _low(head, low), (("ouverte", 0),))
    if m:
        return m.group("o").replace(" ", ""), (m.group("c") or "").replace(" ", "") or None
    m2 = _AT_TIME.search(head, 0, 1500)
    return (m2.group("o").replace(" ", ""), None) if m2 else (None, None)


def order_of_passage(head: str, low: str | None = None) -> list[str]:
    low = _low(head, low)
    # In the lowered text (Latin-1) the lower-case pattern finds the same match, its
    # items in lower case.
    m = _ORDER_LOW.search(low) if low is not None and len(low) == len(head) else _ORDER.search(head)
    if not m:
        return []
    # The items (runs between commas, semicolons and blanks) that start with a figure.
    return _ORDER_ITEM.findall(m.group("o").lower())
