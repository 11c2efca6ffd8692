"""Stages 3 and 4: from the segments of an extract to a :class:`ParsedExtract`, then the
result the core computes from it.

:func:`parse_text` runs every stage on a text and returns a ParsedExtract, partial and
with warnings when the text is; it never raises on content.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from registre.core import check_session
from registre.core.check import SessionReport
from registre.core.vocabulary import Civility, Outcome, Severity
from registre.reading import dates, header
from registre.reading import evidence as ev
from registre.reading.accents import restored
from registre.reading.deliberation import (
    _DATED_SURE,
    _INLINE_HEADING,
    _PRELIMINARY,
    _TITLE_BEFORE_NUMBER,
    ParsedDeliberation,
    _is_preliminary,
    _sentence_end,
    mask_preliminaries,
    read_block,
)
from registre.reading.headcounts import read_headcounts
from registre.reading.items import Item, not_voted
from registre.reading.kind import BY_FORMULA, DocumentKind, document_kind
from registre.reading.layout import columns, lines
from registre.reading.normalise import normalise
from registre.reading.people import EXCEPTION, NameEntry, kind, parse_list, parse_name, plain_list
from registre.reading.proxies import (
    BRACKET_RECEIVED,
    COMMA_RECEIVED,
    RECEIVED_WORDS,
    ProxyEntry,
    bracket_proxies,
    givings_after_list,
    givings_ending_list,
    parse_proxies,
    split_inline,
)
from registre.reading.reconcile import Member, Registry
from registre.reading.result import Evidence, ParsedExtract, ReadDeliberation, ReadProxy
from registre.reading.segment import annexes, delib_heads, segment
from registre.reading.textutil import find_date, open_bracket
from registre.reading.votes import DECISION, ROW, PrintedVote

_LEADING_COUNT = re.compile(r"^\s*:?\s*\d{1,4}\b\s*")
_NO_VOTE = re.compile(r"sans\s+voix|sans\s+vote|non\s+votant|sans\s+droit\s+de\s+vote|consultati"
                      r"|ne\s+prenn?ent\s+pas",
                      re.IGNORECASE)
# Needed by any match of EXCEPTION (case-insensitive « tou… »): a search it can skip ahead in.
_TOU = re.compile(r"[tT][oO][uU]")
# Its eight spellings, each found by str.find at C speed (re tries its class at every place).
_TOU_FORMS = tuple(t + o + u for t in "tT" for o in "oO" for u in "uU")



def parse_text(raw: str, source: str) -> ParsedExtract:
    """Read one extract's text; a ParsedExtract with warnings, never an exception on content."""
    text = restored(normalise(columns(lines(raw))))
    seg = segment(text)
    limit = seg.annexes_start if seg.annexes_start is not None else len(text)
    head = text[: min(max(seg.preamble_end, 3000), 12000)]  # (one copy, not two)
    doc = ParsedExtract(source)
    doc.warnings.extend(seg.warnings)
    spots: dict[str, ev.Spot] = {}  # where each document-level answer was read (evidence.py)
    doc.spots = spots
    _header(doc, text, head, limit, seg)
    reg = Registry()
    proxies: list[ProxyEntry] = []
    unnamed = _lists(doc, seg, reg, proxies)
    if not proxies and seg.bodies.get("present") and ("donn" in text or "procuration à" in text
                                                      or "pouvoir à" in text):
        proxies.extend(givings_after_list(text, seg.bodies["present"][0], _next_label(seg),
                                          _next_label(seg, ("absent",))))
    if proxies and doc.printed.get("proxies") == 0 and all(_REPRESENTED_BY.search(p.raw) for p in proxies):
        # « Représentés : Jean DUCLAVE représenté par Jean DUCERE, … » where the text prints
        # « procurations : 0 »: delegates sitting for others (substitutions), no giving.
        doc.warnings.append("« représenté par » lu comme une suppléance (0 procuration imprimée) : "
                            "aucun pouvoir n'est retenu")
        proxies = []
    _resolve_proxies(doc, reg, proxies)
    _list_spots(doc, seg, reg, text, unnamed)
    _officers(doc, seg, reg, text, head)
    _deliberations(doc, seg, reg, text)
    _kind(doc, text)
    doc.annexes = annexes(text, seg.annexes_start, seg.low)
    doc.members = reg.members
    doc.reconciliations = reg.reconciliations
    if unnamed:
        doc.warnings.append(f"{unnamed} présent(s) ne sont pas nommés (liste « à l'exception de ») : "
                            "ils sont comptés sous un nom provisoire")
    _compute(doc)
    _agreement(doc, spots)
    ev.place(text, doc, spots)
    doc.spots = {}
    doc.warnings.extend(f"rapprochement de noms : {r.sentence()}" for r in doc.reconciliations)
    return doc


# A sentence's end followed by the next sentence (« …, absents excusés. Mr X a donné … »).
_SENTENCE_AFTER = re.compile(r"(?<=\w\w)\.\s+(?=M\.|Mmes?\b|Mr\b|Monsieur|Madame|[A-ZÀ-Ý][a-zà-ÿ])")
_REPRESENTED_BY = re.compile(r"repr[ée]sentée?s?\s+par\b", re.IGNORECASE)


def _header(doc: ParsedExtract, text: str, head: str, limit: int, seg) -> None:  # type: ignore[no-untyped-def]
    # The text in lower case (same offsets), made once: the readers try their patterns at
    # their words only. None when the text is not Latin-1: they then search it all.
    low_all = seg.low
    low = low_all[:limit] if low_all is not None else None
    low_head = low_all[: len(head)] if low_all is not None else None
    doc.assembly, doc.assembly_kind = header.assembly(text[:6000])
    doc.authority, doc.authority_kind = header.authority(head, text, low_all, doc.assembly)
    _named_spot(doc, "assembly", doc.assembly, low_head, 0.85, "en-tête")
    _named_spot(doc, "authority", doc.authority, low_head, 0.85, "en-tête")
    # The sitting's date among every date the beginning names, weighed by the words around
    # each (dates.py); the convocation's is the one « convoqué le » names.
    read = dates.read_dates(text, low=low_all)
    found = read.session
    if found is not None:
        doc.session_date = found.date
        doc.evidence["session_date"] = Evidence(found.line, found.confidence, found.cue)
    convoked = read.convocation
    if convoked is not None:
        doc.convocation_date = convoked.date
        doc.evidence["convocation_date"] = Evidence(convoked.line, 0.9, "convocation")
    else:
        at: list[int] = []
        doc.convocation_date = header.convocation_date(head, low_head, at)
        if doc.convocation_date is not None and not read.may_be_convocation(doc.convocation_date):
            # (« Convocation … à la séance qui aura lieu le 12 mars »: the sitting's date, not the
            # convocation's; dates.py weighed it.)
            doc.convocation_date, at = None, []
        if at:  # (the first date within a few lines after « convoqué »: less sure than read_dates')
            doc.spots["convocation_date"] = (at[0], 0.8, "convoqué")
    doc.publication_date = header.publication_date(text[:limit], low)
    doc.place = header.place(head, low_head)
    doc.opened_at, doc.closed_at = header.times(head, low_head)
    doc.order_of_passage = header.order_of_passage(head, low_head)
    # Head-counts sit in the preamble or beside the vote: the long body is not read for them.
    where: dict[str, tuple[int, str]] = {}
    counts = read_headcounts(text[: seg.preamble_end + 1500],
                             low_all[: seg.preamble_end + 1500] if low_all is not None else None, where=where)
    found_at = {k: (pos, ev.COUNT_FORMS[form], form) for k, (pos, form) in where.items()}
    if None in (counts.get("present"), counts.get("voters")):
        for a, b in seg.blocks:
            tail = text[max(a, b - 3000):b]
            if "ésent" not in tail and "otant" not in tail and "pris part" not in tail:
                continue
            # Only the counts still unknown are read: the others would not be taken.
            missing = tuple(k for k, v in counts.items() if v is None)
            if not missing:
                break
            where = {}
            more = read_headcounts(tail, low_all[max(a, b - 3000):b] if low_all is not None else None,
                                   missing, where)
            counts = {k: counts.get(k) if counts.get(k) is not None else more.get(k) for k in more}
            for k, (pos, form) in where.items():
                found_at.setdefault(k, (max(a, b - 3000) + pos, ev.COUNT_FORMS[form], form))
        if counts.get("voters") is None and seg.blocks:
            # Minutes that print no count at the opening: the first « Nombre de votants : 40 »
            # of the body (a ballot's, an arrival's « soit 32 votants ») is the sitting's.
            a, b = seg.blocks[0][0], seg.blocks[-1][1]
            low_body = low_all[a:b] if low_all is not None else text[a:b].lower()
            if "votant" in low_body or "pris part" in low_body or "total des votes" in low_body:
                where = {}
                counts["voters"] = read_headcounts(text[a:b], low_all[a:b] if low_all is not None else None,
                                                   ("voters",), where).get("voters")
                if "voters" in where:
                    pos, form = where["voters"]
                    found_at["voters"] = (a + pos, round(ev.COUNT_FORMS[form] * ev.IN_BODY, 2),
                                          f"{form} (corps du texte)")
    doc.members_in_office = counts.get("in_office")
    doc.printed = {k: counts.get(k) for k in ("present", "proxies", "voters", "absent")}
    for k, spot in found_at.items():
        if counts.get(k) is not None:
            doc.spots["members_in_office" if k == "in_office" else f"printed.{k}"] = spot
    for what, value in (("date de la séance", doc.session_date), ("assemblée", doc.assembly),
                        ("collectivité", doc.authority),
                        ("nombre de membres en exercice", doc.members_in_office)):
        if value is None:
            doc.warnings.append(f"non imprimé ou illisible : {what}")


def _named_spot(doc: ParsedExtract, key: str, name: str | None, low: str | None, sure: float,
                cue: str) -> None:
    """Where a name read in the header is printed (``low``: the header in lower case, same
    offsets); none when it is not printed as given (put in title case from several lines)."""
    if name and low is not None:
        k = low.find(name.lower())
        if k >= 0:
            doc.spots[key] = (k, sure, cue)


# A civility or a surname in capitals: what a list of names holds.
_NAME_HINT = re.compile(r"\b(?:M\.|Mme|Mmes|MM|Monsieur|Madame|Messieurs|Mesdames)(?!\w)|[A-ZÀ-Ý]{3}")


def _repeated_lines(body: str) -> bool:
    """Whether one line of a list is printed twice or more, twice over (« CERISIERS⏎CERISIERS⏎
    … ARCES⏎ARCES »): a table flattened into its column of communes, not members."""
    lines = [ln.strip() for ln in body.split("\n") if ln.strip()]
    return len(lines) - len(set(lines)) >= 2


_A_DATE = re.compile(r"\b\d{1,2}(?:er)? (?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout"
                    r"|septembre|octobre|novembre|décembre|decembre) \d{4}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b")
# The next list's heading run into the present one (« … Jérémy ROUX Représentés : Laure
# TEIXEIRA », « … Membres titulaires absents, excusés : … », « …, Excusés Anne PETIT »).
_NEXT_WORD = re.compile(r"(?:[Aa]bsent|ABSENT|[Ee]xcus[ée]|EXCUS[ÉE]|[Rr]eprésenté|REPR[ÉE]SENT[ÉE])"
                        r"[eE]?[sS]?\b")
_HEAD_TAIL = re.compile(r"[^:\n;]{0,40}?:")
_HEAD_LEAD = re.compile(r"(?:\b(?:[ÉEée]tai(?:en)?t|ETAI(?:EN)?T)\s+)?"
                        r"(?:\b(?:Membres|MEMBRES)\s+(?:titulaires|TITULAIRES)\s+)?$")
_NAME_NEXT = re.compile(r"\s+(?:M\.|Mmes?\b|Monsieur|Madame|[A-ZÀ-Ý][a-zà-ÿ]+\s+[A-ZÀ-Ý]{2}"
                        r"|[A-ZÀ-Ý]{2,}\s+[A-ZÀ-Ý][a-zà-ÿ])")


def _next_list(body: str) -> int | None:
    """Where the next list's heading starts in a present list, if it is run into it."""
    for m in _NEXT_WORD.finditer(body):
        k = m.start()
        if k and (body[k - 1].isalnum() or body[k - 1] in "'’-"):
            continue  # inside a word
        if _HEAD_TAIL.match(body, m.end()):
            lead = _HEAD_LEAD.search(body, max(0, k - 40), k)
            return lead.start() if lead is not None else k
        if body[k].isupper() and body[k - 2:k] in (", ", "; ", ". ") and _NAME_NEXT.match(body, m.end()):
            return k
    return None


# « Étaient présents Mesdames et Messieurs les délégué(e)s du Pays : X, Y »: the group addressed
# before the names (its words are no name).
_GROUP_ADDRESS = re.compile(r"^\s*(?:Mesdames\s+et\s+Messieurs|MESDAMES\s+ET\s+MESSIEURS)\s+(?:les|LES)\s+"
                            r"[^:,;\n]{2,60}:")
# A sentence after the list's full stop that opens the next list (« Étaient excusés… », « Absents
# représentés par procuration … »), its label cut or printed without a colon.
# (« …, KERAUDY Jean-Yves. Procuration Collège 1 : 0 Membres titulaires Collège 1 absents : … »)
_NEXT_SENTENCE = re.compile(r"(?<=[\w)])\.\s+(?:[ÉE]tai(?:en)?t|ETAI(?:EN)?T|Absente?s?|ABSENTE?S?|Excusée?s?"
                            r"|EXCUSÉE?S?|Ont\s+donné|Avai(?:en)?t\s+donné|Secrétaire|SECR[EÉ]TAIRE"
                            r"|Procurations?|Pouvoirs?)\s+\w")
_NEXT_SENTENCE_WORDS = ("tai", "TAI", "bsent", "BSENT", "xcus", "XCUS", "donné", "ecrét", "ECRET", "ECRÉT",
                        ". Procur", ". Pouvoir")
_NEXT_LIST_WORDS = ("bsent", "BSENT", "xcus", "XCUS", "eprésent", "EPRÉSENT", "EPRESENT")
# « Membres titulaires : », « Délégués titulaires : » inside a present list: a sub-heading.
_SUB_HEADING = re.compile(r"\b(?:Membres|MEMBRES|Délégués|DÉLÉGUÉS|DELEGUES)\s+"
                          r"(?:titulaires|TITULAIRES|Titulaires)\s*:")


# « NOMBRE DE CONSEILLERS : En exercice 29 » run into a present list (a box beside it).
_IN_OFFICE_COUNT = re.compile(r"(?:\b(?:NOMBRE|Nombre)\s+(?:DE|de)\s+\w+\s*:\s*)?"
                              r"\b(?:[Ee]n\s+exercice|EN\s+EXERCICE)\s*:?\s*\d{1,3}\b")
_ELECTED = re.compile(r"\s(?:est|a\s+été)\s+(?:élue?|désignée?|nommée?)\b")


def _before_an_election(body: str) -> str:
    """A list without the sentence run into its end (« …, BOUTEILLE et GRETTNER Madame COUCHOT
    est élue secrétaire. »): the name before the verb is the one elected, not listed."""
    if "élu" not in body and "désign" not in body and "nommé" not in body:
        return body
    m = _ELECTED.search(body)
    if m is None:
        return body
    found = header.name_before(body[: m.start()] + " ")
    return body[: found[0]] if found is not None else body[: m.start()]


# A side box's stamps read into a list: « Certifiée exécutoire le 24/09/2020 », « Affichée le 24/09/2020 »,
# « Transmis en préfecture 24/09/2020 » (no name).
_STAMP = re.compile(r"\b(?:Certifiée?\s+exécutoire|Affichée?|Publiée?|Transmise?\s+en\s+préfecture"
                    r"|Reçue?\s+en\s+préfecture)(?:\s+le)?\s+\d{1,2}/\d{1,2}/\d{2,4}\b")


def _present_body(body: str) -> str:
    """A present list without the next list run into it and without its sub-headings."""
    body = _before_an_election(body)
    if "/" in body and ("xécutoire" in body or "ffiché" in body or "réfecture" in body):
        body = _STAMP.sub(" ", body)
    if "ssieurs les" in body or "SSIEURS LES" in body:
        body = _GROUP_ADDRESS.sub("", body, count=1)
    if "xercice" in body or "XERCICE" in body:
        body = _IN_OFFICE_COUNT.sub(", ", body)
    if any(w in body for w in _NEXT_LIST_WORDS):  # (cheap tests before the costly search)
        k = _next_list(body)
        if k is not None:
            body = body[:k]
    body = _before_next_sentence(body)
    if "rdre d" in body:
        body = _ORDER_NOTE.sub(", ", body)
    return _SUB_HEADING.sub(", ", body) if "itulaires" in body or "ITULAIRES" in body else body


# A note on the order of the names, no name: « En ordre de communes⏎M DUPONT … », « (dans l'ordre
# du tableau) », « Par ordre alphabétique : ».
_ORDER_NOTE = re.compile(r"(?i:\(?\b(?:en|par|dans\s+l['’])\s*ordre\s+(?:de\s+(?:la\s+)?|du\s+|des\s+)?"
                         r"(?:communes?|tableau|alphab[ée]tique|liste)\)?\s*:?)")


# « . Verfeil Hervé DUTKO »: capitalised words, then a first name and a surname, no « : »
_COMMUNE_THEN_NAME = re.compile(r"\.\s+[A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+)*\s+[A-ZÀ-Ý][a-zà-ÿ]+"
                                r"(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?\s+[A-ZÀ-Ý]{3,}")
_SENTENCE_END = re.compile(r"(?<=[a-zà-ÿA-ZÀ-Ý]{2})\.\s+")
_CAPS_WORD = re.compile(r"\b[A-ZÀ-Ý]{3,}\b")


def _before_next_sentence(body: str) -> str:
    """A list without the next list's sentence run into it after its full stop (« …, COUTEAU Jean.
    Etaient exc[usés] », « …, BLANC Paul. Secrétaire de séance … »)."""
    if ". " in body and any(w in body for w in _NEXT_SENTENCE_WORDS):
        m = _NEXT_SENTENCE.search(body)
        if m is not None:
            return body[:m.start() + 1]
    return body


# The report of another meeting read out in the minutes, its own list after it: « Monsieur le
# Président donne lecture DU COMPTE RENDU DU BUREAU DU 09 DECEMBRE 2021⏎Membres présents : … ».
_OTHER_MEETING = re.compile(r"(?i:compte[-\s]rendu|proc[eè]s[-\s]verbal)\s+(?i:de\s+la\s+réunion\s+)?"
                            r"(?i:du|de\s+la)\s+(?i:bureau|commission)\b[^\n]{0,60}\s*\Z")
# A word in capitals then a civility, no comma between: two entries run together. (Each match
# holds a blank then « M », where the civility starts: three matches, three such places.)
_CAPS_THEN_CIVILITY = re.compile(r"[A-ZÀ-Ý'’-]{3}[ \t]+(?:M\.|Mme|Mr)[ \t]")


def _civility_places(body: str) -> int:
    """How many places of ``body`` a match of _CAPS_THEN_CIVILITY can hold its civility at."""
    return body.count(" M") + body.count("\tM")


def _commune_without_colon(body: str) -> bool:
    """Whether a list of communes, each « Bazus : Anne PETIT. », holds one whose « : » is lost
    (« Verfeil Paul RUE ; Eve ROUX. »): its name would be read as a first name."""
    if body.count(" :") < 3 or body.count(". ") < 3 or _COMMUNE_THEN_NAME.search(body) is None:
        return False
    pieces = _SENTENCE_END.split(body)
    headed = sum(1 for piece in pieces if 0 < piece.find(" :") < 45)
    return headed >= 3 and any(":" not in piece and _CAPS_WORD.search(piece) for piece in pieces)


def _communes_dropped(named: list[tuple[Civility | None, str, str]]) -> set[int]:
    """Which entries of a list are the names of communes, not members: in a list whose
    members all carry a civility and a first name (« BASSEVELLE⏎M. Paul RUE⏎LA FERTE S/ JOUARRE⏎Mme … »),
    words in capitals alone, with neither civility nor first name."""
    civil = [bool(first) for civ, first, _ in named if civ is not None]
    if not civil and len(named) >= 6:
        return _commune_headings(named)
    if len(civil) < 3 or len(named) - len(civil) < 2 or sum(civil) < 0.9 * len(civil):
        return set()  # (the tests below on the civilities alone, before the names are looked at)
    bare = {i for i, (civ, first, last) in enumerate(named)
            if civ is None and f"{first}{last}".upper() == f"{first}{last}"}
    if len(bare) < 2 or len(civil) < 3 or len(civil) + len(bare) < len(named) \
            or sum(civil) < 0.9 * len(civil):  # « M. Paul RUE »: nine in ten with a first name
        return set()  # (« MM. DUPONT, MARTIN, Mesdames et Messieurs GARNIER »: members)
    return bare


def _commune_headings(named: list[tuple[Civility | None, str, str]]) -> set[int]:
    """The communes heading the groups of a list without civilities whose members all have a
    first name (« PRESENTS :⏎AVENSAN⏎Henri ESCUDERO⏎Henri DUTHIN⏎ARCINS⏎Claude GANELON⏎… »): words
    in capitals alone, the first entry one of them, three at least, fewer than the members."""
    bare = {i for i, (_, first, last) in enumerate(named) if not first and last.upper() == last}
    if 0 not in bare or len(bare) < 3 or len(named) - len(bare) < len(bare):
        return set()
    return bare


def _civilities_differ(e: NameEntry, before: NameEntry) -> bool:
    """« Mme LOPEZ, …, M. LOPEZ »: a surname alone printed again with the other civility, two
    members (a couple, kin) rather than one printed twice."""
    return e.civility is not None and before.civility is not None and e.civility != before.civility \
        and not before.first


def _homonyms(entries: list[NameEntry], members: list[Member], reg: Registry, where: str) -> list[Member]:
    """``members`` (those of ``entries``, one list), a name without surname printed again
    further in the list being another member: « Nelly, Agnès, Marc, Nelly » names two
    councillors who share a first name, « Mme LOPEZ … M. LOPEZ » two who share a surname.
    A full name printed twice stays one member (a
    misprint more likely than two homonyms), and so does a word printed twice in a row
    (repeated by the layout or the OCR)."""
    if len(members) < 3 or len({m.id for m in members}) == len(members):
        return members
    out: list[Member] = []
    at: dict[str, int] = {}
    ids = [m.id for m in members]
    for i, (e, m) in enumerate(zip(entries, members, strict=True)):
        j = at.get(m.id)
        if j is not None and not e.first and e.span is None and not e.substitute_name and e.last == m.last \
                and entries[j].last == e.last \
                and (_civilities_differ(e, entries[j])
                     or (i - j > 1 and (e.civility is None or bool(entries[j].first))
                         and not _run_again(ids, j, i))):
            m = reg.another(e, where)
        at[m.id] = i
        out.append(m)
    return out


# The last words of a list that stops on a first name: « …, Jean-Louis PITEL, Monique ».
_DANGLING = re.compile(r",\s*([A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)[\s,]*$")
# Words that may close a list after a comma and are not first names.
_NOT_FIRST = re.compile(r"(?:maire|adjoint|conseill|pr[ée]sident|vice|secr[ée]taire|d[ée]l[ée]gu|"
                        r"suppl[ée]ant|titulaire|excus|absent|pr[ée]sent|membre|élu|elu)", re.IGNORECASE)


def _cut_list(body: str) -> bool:
    """Whether a present list stops on a first name without its surname, the rest of the
    list lost (a page's side box or an OCR'd scan cuts it: « …, Jean-Louis PITEL, Monique⏎⏎
    7 20 GUIBOUT, … »): every other name is printed first name then SURNAME."""
    m = _DANGLING.search(body, max(0, len(body) - 60))
    if m is None or _NOT_FIRST.match(m.group(1)):
        return False
    entries = parse_list(body[:m.start()])
    return len(entries) >= 3 and all(
        e.first and len(e.last) > 1 and e.last.isupper() and e.raw.rstrip(" ,.;").endswith(e.last)
        for e in entries)


def _run_again(ids: list[str], j: int, i: int) -> bool:
    """Whether the names around ``ids[i]`` repeat those around ``ids[j]`` (a line of the list
    printed again, « Nelly, Agnès … Nelly, Agnès »), not one name printed twice."""
    before = j > 0 and ids[i - 1] == ids[j - 1]
    after = i + 1 < len(ids) and ids[i + 1] == ids[j + 1]
    return before or after


# A side box of head-counts read line by line into the list beside it (« Cécile Nombre de
# membres ELAMBERT, …, Jean-Paul - présents : 24 BEAUVAIS »): its labels cut the names.
# (Led by its literal words, which re skips to; a word or a comma before it: see _count_run_in.)
_COUNT_RUN_IN = re.compile(r"(?:Nombre\s+de\s+(?:membres|votants|présents|conseillers)"
                           r"|[-–]\s+(?:présents|absents|votants|pouvoirs|procurations"
                           r"|ayant\s+donné\s+(?:procuration|pouvoir))\s*:\s*\d+)")


# One label of such a box and its figure: « Nombre de membres », « - présents : 24 », « Nombre de
# votants : 29 »; a figure left after them keeps the list withheld.
_COUNT_PIECE = re.compile(r"[ \t]*(?:Nombre\s+de\s+(?:membres|votants|présents|conseillers)"
                          r"(?:\s+en\s+exercice)?(?:\s*:\s*\d+)?|[-–]\s+(?:présents|absents|votants|pouvoirs|procurations"
                          r"|ayant\s+donné\s+(?:procuration|pouvoir))\s*:\s*\d+)[ \t]*")
_COUNT_LEFT = re.compile(r"\d")


def _count_run_in(body: str) -> bool:
    """Whether a label of head-counts stands inside the names of ``body`` (after a word or a comma)."""
    return any(m.start() >= 2 and body[m.start() - 1].isspace()
               and (body[m.start() - 2].isalnum() or body[m.start() - 2] == ",")
               for m in _COUNT_RUN_IN.finditer(body))


# Words that name a member body, never a person: « Communauté de Communes Sèvre et Loire Mr BERTIN,
# …, Mr CHARPENTIER Joël Nantes Métropole Mr COUTURIER »: a table of delegates by member body
# flattened, its bodies' names run into the names (which words go with whom is lost).
_INSTITUTION = re.compile(r"\b(?:Communauté|Communaute|COMMUNAUTÉ|COMMUNAUTE|Communes|Métropole|Metropole"
                          r"|MÉTROPOLE|METROPOLE|Agglo|Agglomération|Syndicat|SYNDICAT|Département)\b")
_INSTITUTION_WORDS = ("ommun", "OMMUN", "étropole", "etropole", "ÉTROPOLE", "ETROPOLE", "Agglo", "yndicat",
                      "YNDICAT", "Départ")


def _institution_named(names: Iterable[str]) -> bool:
    """Whether one of ``names`` (« first last » of each entry) holds the name of a member body."""
    listed = names if isinstance(names, list) else list(names)
    # (the cheap words looked for once in all the names joined — a word holds no line break, so
    # is found in the joined text only inside a name —: most lists hold none, then no name does)
    joined = "\n".join(listed)
    if not any(w in joined for w in _INSTITUTION_WORDS):
        return False
    return any(any(w in n for w in _INSTITUTION_WORDS) and _INSTITUTION.search(n) is not None for n in listed)


# Lower-case words that join the words of a place's name (« Orgères en Beauce », « Bougy lez
# Neuville », « Saint Lyé la Forêt »), never found inside a member's name.
_PLACE_JOINS = frozenset(("sur", "sous", "en", "lès", "lez", "les", "aux"))
# Words that name a role or a body, not a person: « Représentant la Commune de X : A, B » read
# with its heading's first words as a name (« Représentant la »).
_ROLE_NAMES = frozenset(("représentant", "représentante", "représentants", "délégué", "déléguée", "délégués",
                         "titulaire", "titulaires", "commune", "communes", "collège", "secrétaire",
                         "séance", "quorum", "conseil", "conseiller", "conseillère", "conseillers",
                         "maire", "adjoint", "adjointe", "président", "présidente", "absent", "absente",
                         "absents", "excusé", "excusée", "excusés", "pouvoir", "procuration", "ordre"))
# A name never ends with a particle: « Représentant la », « Boulay les ».
_ENDING_PARTICLES = frozenset(("de", "du", "des", "d'", "le", "la", "les", "et"))


# Members counted among the names, not named: « M. DURIEUX, Maire et 11 membres », « X, Y et 9
# autres conseillers ».
_UNNAMED_MEMBERS = re.compile(r"\bet\s+\d{1,3}\s+(?:autres\s+)?"
                              r"(?:membres|conseill(?:er|ère)s|élus|délégués)\b")


def _not_persons(shapes: list[tuple[bool, str, str]]) -> str | None:
    """Why the names read as present do not look like persons' names, if they do not.

    - a word of a role or of a place's name in a name, or a name ending with a particle:
      « Représentant la », « Orgères en Beauce »;
    - a list whose names almost all carry a civility (« M. », « Mme ») and a surname in capitals
      but two or more, with neither:
      « Artenay M. GUDIN Pascal, Mme SOUBIEUX Annie ; Baigneaux Mme PEILLON Chantal ; Bougy lez
      Neuville Mme … »: a column of communes run into the names (« Bougy Neuville » read as one).
    """
    odd = _odd_shapes(shapes)
    if odd is not None:
        return odd
    # (the tests below on every word of every name at once, split and lowered once: when none
    # can fail, no name does — the usual case — and the names are not looked at one by one)
    words_all = " ".join(f"{first} {last}" for _civ, first, last in shapes).split()
    if not _ROLE_NAMES.isdisjoint(" ".join(words_all).lower().split()) \
            or not _PLACE_JOINS.isdisjoint(words_all) or not _ENDING_PARTICLES.isdisjoint(words_all):
        return _names_one_by_one(shapes)  # (their shapes looked at above)
    return _not_persons_census(shapes)


def _odd_shapes(shapes: list[tuple[bool, str, str]]) -> str | None:
    """Why names read are no persons' by their shape, if they are not: a « name » of seven words or
    more (« AUXERRE RIGOULET BLIN BORDERIE CABIROL … », surnames run together with no separator), or
    two names with a word printed twice (« Daniel SCHOUVEILER SCHOUVEILER », « René-Guy René Guy
    LACROIX »: a text layer that doubles its words)."""
    doubled = 0
    for _civ, first, last in shapes:
        if " " not in first and " " not in last and "-" not in first and "-" not in last:
            # (one word each, most names: twice the same word or nothing to look at)
            if first and first == last:
                doubled += 1
                if doubled >= 2:
                    return _DOUBLED
            continue
        words = f"{first} {last}".split()
        if len(words) >= 7:
            return f"douteuse (« {' '.join(words[:4])} … » : {len(words)} mots pour un nom)"
        # (« Jean-Marc Jean DAMAIS », « René-Guy René Guy LACROIX »: a word twice as printed, its case
        # too; « Louis LOUIS », a first name and a surname alike, is no doubling)
        parts = f"{first} {last}".replace("-", " ").split()
        if len(set(parts)) < len(parts):
            doubled += 1
            if doubled >= 2:
                return _DOUBLED
    return None


_DOUBLED = "douteuse (des mots doublés dans les noms : une couche texte qui double ses mots ?)"


def _not_persons_one_by_one(shapes: list[tuple[bool, str, str]]) -> str | None:
    """:func:`_not_persons`, each name tested in turn."""
    return _odd_shapes(shapes) or _names_one_by_one(shapes)


def _names_one_by_one(shapes: list[tuple[bool, str, str]]) -> str | None:
    """:func:`_not_persons_one_by_one` once the names' shapes are known to be those of persons."""
    for civ, first, last in shapes:
        name = f"{first} {last}"
        words = name.split()
        # (« M. MAIRE », « M. LE MAIRE », a civility then a surname in capitals alone, « Patrice MAIRE »,
        # a first name then a surname in capitals: a member named Maire or Le Maire)
        roles = _ROLE_NAMES.intersection(name.lower().split())
        role = bool(roles) and not (
            roles == {"maire"} and last.isupper() and "maire" not in first.lower()
            and ((civ and not first and len(words) <= 2) or (first[:1].isupper() and first[1:2].islower())))
        if not _PLACE_JOINS.isdisjoint(words[1:-1]) or role \
                or (len(words) > 1 and words[-1] in _ENDING_PARTICLES):
            return f"douteuse (« {first} {last} » n'est pas un nom de personne)"
    return _not_persons_census(shapes)


def _not_persons_census(shapes: list[tuple[bool, str, str]]) -> str | None:
    """The civility census of :func:`_not_persons` (its names' words tested already)."""
    if len(shapes) < 8:
        return None
    # (a name with no civility but a surname in capitals is a person's, its civility lost:
    # « Ma-⏎dame Marie-Alice DEBUISSER » cut at a line's end)
    # (« first last »'s words are the first name's then the surname's: each tested apart, the
    # surname first, in capitals most often)
    bare = in_caps = 0
    for civ, f, last in shapes:
        if _has_caps_word(last) or _has_caps_word(f):
            if civ:
                in_caps += 1
        elif not civ:
            bare += 1
    if 2 <= bare <= len(shapes) // 5 and in_caps >= len(shapes) - 2 * bare:
        return f"douteuse ({bare} noms sans civilité parmi {len(shapes)} : des communes lues en noms ?)"
    return None


def _has_caps_word(name: str) -> bool:
    """Whether ``name`` holds a word in capitals (« DURAND », « LE GALL »), a surname's mark."""
    if name.isalpha():  # one word (no blank is a letter): most first names and surnames
        return len(name) > 1 and name.isupper()
    return any(len(w) > 1 and w.isupper() for w in name.split())


def _too_long(doc: ParsedExtract, present_ids: dict[str, object], list_count: int | None) -> str | None:
    """Why a present list clearly longer than the present count printed is not given, if it is.

    « Présents : 46 » under a list read as 54 names, or « Votants : 20 » and « Pouvoirs : 4 »
    (16 present) over 23 names: words that are not members read as names (a column of communes
    run into the names, « Bucy le Roi M. NODIMAR »), or a list run past its block. A name with
    an arrival or a departure printed beside it may be outside the count at the opening; a few
    over (a count misprinted, substitutes or staff named with the members: up to a sixth of the
    count, « Présents 37 » over 42 names) are let pass.
    """
    printed = doc.printed.get("present")
    what = "présents imprimés"
    if printed is None and list_count is not None:
        printed, what = list_count, "présents imprimés avec la liste"
    if printed is None:
        voters, given = doc.printed.get("voters"), doc.printed.get("proxies")
        if voters is None or given is None or given > voters:
            return None
        printed, what = voters - given, f"présents d'après {voters} votants et {given} pouvoirs imprimés"
    if not printed:
        return None
    fixed = sum(1 for span in present_ids.values() if span is None)
    if fixed > printed + max(2, printed // 6):
        return f"trop longue ({len(present_ids)} noms pour {printed} {what})"
    if doc.printed.get("present") is None and list_count is None \
            and len(present_ids) < printed - max(2, printed // 5):
        # (the printed present count is checked the other way by the caller: « Votants : 30 »,
        # « Pouvoirs : 4 » over eleven names is a list cut short)
        return f"incomplète ({len(present_ids)} noms pour {printed} {what})"
    return None


def _lists(doc: ParsedExtract, seg, reg: Registry, proxies: list[ProxyEntry]) -> int:  # type: ignore[no-untyped-def]
    """Present, absent and substitute lists into the registry; returns unnamed present members."""
    present_ids: dict[str, object] = {}
    unnamed = 0
    absent_entries: list[NameEntry] = []
    withheld: str | None = None  # why no present list is given, if so
    list_count: int | None = None  # a count printed in brackets with the present list
    seen: list[str] = []  # the present lists read, their blanks collapsed
    shapes: list[tuple[bool, str, str]] = []  # each present name read: civility printed?, first, last
    starts = seg.bodies.get("present", [])
    for k, (head, body) in enumerate(zip(seg.heads.get("present", []), seg.sections.get("present", []),
                                         strict=True)):
        if k < len(starts) and _OTHER_MEETING.search(seg.text, max(0, starts[k] - len(head) - 160),
                                                     starts[k] - len(head)):
            continue  # « … donne lecture du compte rendu du bureau du 9 décembre⏎Membres présents : »
        if seen or k + 1 < len(seg.sections.get("present", [])):
            # (not for the one list of most extracts: no list before it, none after it to compare)
            flat = " ".join(body.split())
            if len(flat) > 40 and any(prev.startswith(flat.rsplit(" ", 1)[0]) for prev in seen):
                # the same list printed again (a page's copy), maybe cut: « …, André CASSETARI, Daniel »
                continue
            seen.append(flat)
        body = _printed_in_brackets(doc, "present", head, body, seg.bracket_counts)
        in_head = _COUNT_IN_HEAD.search(head)
        list_count = int(in_head.group(1)) if in_head else seg.bracket_counts.get("present", list_count)
        counted = _LEADING_COUNT.match(body)
        body = _LEADING_COUNT.sub("", body, count=1)
        if counted and not _NAME_HINT.search(body):
            continue  # « Présents : 21  Excusés avec Délégation de vote : 6 »: a line of counts
        if counted and _A_DATE.search(body):
            continue  # « Présents : 54 Le 28 mai 2018 Mme X » : a box of labels, then its values
        if "\n" in body and _repeated_lines(body):
            doc.warnings.append("liste des présents illisible (un tableau aplati : des lignes répétées) : "
                                "elle n'est pas lue")
            continue
        if body.rstrip().rstrip(",")[-1:].islower() and _cut_list(body):
            withheld = "coupée après un prénom sans nom (la suite est illisible)"
            continue
        if ("Nombre de" in body or "- " in body) and _count_run_in(body):
            # « Cécile Nombre de membres ELAMBERT, …, Jean-Paul - présents : 24 BEAUVAIS, … »: a box of
            # counts printed beside the list, run into it line by line; its labels and figures taken
            # out, the names close up again (if any label is left, no list).
            body = _COUNT_PIECE.sub(" ", body)
            if _count_run_in(body) or _COUNT_LEFT.search(body):
                withheld = "mêlée à une colonne de décomptes (des noms coupés par ses libellés)"
                continue
        exc = EXCEPTION.search(body) if any(w in body for w in _TOU_FORMS) or "Messieurs les" in body \
            else None
        if exc:
            tail = body[exc.end():]
            after = _SENTENCE_AFTER.search(tail)
            if after is not None and any(w in tail[after.end():] for w in ("donn", "procur", "pouvoir")):
                # « … à l'exception de Messieurs X et Y, absents excusés. Mr X a donné procuration
                # à Mr Z et Mr Y à Mr W. »: the givings' sentence after the list of the absent
                proxies.extend(parse_proxies(tail[after.end():], doc.warnings))
                tail = tail[:after.start()]
            rest, inline = split_inline(tail)
            proxies.extend(inline)
            named = parse_list(rest)
            absent_entries.extend(named)
            if doc.members_in_office:
                unnamed = max(doc.members_in_office - len(named), 0)
            body = body[: exc.start()]
        body = _present_body(body)
        if "donn" in body:
            body, ending = givings_ending_list(body)
            proxies.extend(ending)
        if body.count(",") >= 5 and _civility_places(body) >= 3 \
                and len(_CAPS_THEN_CIVILITY.findall(body)) >= 3:
            # « M. TANNEAU ÎLE-TUDY, M. JOUSSEAUME Mme BUANNIC, …, Mme ZAMUNER PENMARC'H M. BOUGUEON »:
            # a column of communes run into a list of commas (their words read as surnames)
            withheld = "mêlée aux noms des communes (une colonne perdue)"
            continue
        if _commune_without_colon(body):
            doc.warnings.append("liste des présents douteuse (une commune sans « : » devant ses délégués) : "
                                "elle n'est pas lue")
            continue
        if "(" in body:
            body = _received(body, proxies, BRACKET_RECEIVED)
            if "pouvoir à" in body or "procuration à" in body:
                body = _gave_in_brackets(body, proxies)
        if any(w in body for w in RECEIVED_WORDS):
            body = _received(body, proxies, COMMA_RECEIVED)
        plain = plain_list(body)
        if plain is not None and _institution_named([f"{p[2]} {p[3]}" for p in plain]):
            withheld = "mêlée aux noms des collectivités membres (un tableau aplati)"
            continue
        if plain is not None:  # no substitute in it
            communes = _communes_dropped([(p[1], p[2], p[3]) for p in plain])
            if communes:
                plain = [p for i, p in enumerate(plain) if i not in communes]
            shapes.extend((p[1] is not None, p[2], p[3]) for p in plain)
            for parts, m in zip(plain, reg.add_parts(plain, "présents"), strict=True):
                span = parts[5]
                if span is not None or m.id not in present_ids:
                    present_ids[m.id] = span
            continue
        if " membres" in body or " conseillers" in body or " autres" in body:
            counted_too = _UNNAMED_MEMBERS.search(body)
            if counted_too is not None:
                # « M. DURIEUX, Maire et 11 membres »: members counted, not named: a list of a few
                # of them (the rest unknown), not the present list
                withheld = (f"incomplète (« {counted_too.group(0).strip()} » : "
                            "des présents comptés sans leur nom)")
                continue
        entries = parse_list(body)
        doubtful = next((e for e in entries if e.doubt), None)
        if doubtful is not None:
            # « …, Marc COLIN, membres de la Commission permanente⏎Assistent sans voix délibératives⏎
            # Madame … »: words of prose among the names (a list run past its block, a sentence):
            # which names are the present members' is unsure
            withheld = f"douteuse (« {doubtful.raw} » : des mots qui ne sont pas un nom)"
            continue
        if _institution_named(e.full for e in entries):
            withheld = "mêlée aux noms des collectivités membres (un tableau aplati)"
            continue
        if any(not e.first and kind(e.last) == "initial" for e in entries):
            # « …, JACQUOT C. PALLIOT JM. »: an entry of initials alone, the rest of a name
            # that a lost separator cut wrongly; where the names part is unsure.
            withheld = "illisible (des initiales seules, sans nom : une séparation perdue)"
            continue
        communes = _communes_dropped([(e.civility, e.first, e.last) for e in entries])
        if communes:
            entries = [e for i, e in enumerate(entries) if i not in communes]
        shapes.extend((e.civility is not None, e.first, e.last) for e in entries)
        if any(e.substitute_name or e.substitute_for for e in entries):
            for e in entries:  # a substitute is filed between two names: one by one
                m = reg.add(e, "présents")
                if e.span is not None or m.id not in present_ids:
                    present_ids[m.id] = e.span
                _substitution(doc, reg, e, m, present_ids)
        else:
            members = _homonyms(entries, reg.add_all(entries, "présents"), reg, "présents")
            for e, m in zip(entries, members, strict=True):
                if e.span is not None or m.id not in present_ids:
                    present_ids[m.id] = e.span
    for head, body in zip(seg.heads.get("substitutes", []), seg.sections.get("substitutes", []), strict=True):
        if _NO_VOTE.search(head):
            # Substitutes sitting beside their titular, without a vote: named, not counted (P-09).
            doc.substitutes_not_voting.extend(e.display() for e in parse_list(body))
            continue
        for e in parse_list(body):
            e.substitute = True
            m = reg.add(e, "suppléants")
            _substitution(doc, reg, e, m, present_ids)
            present_ids.setdefault(m.id, e.span)
    for head, body in zip(seg.heads.get("absent", []), seg.sections.get("absent", []), strict=True):
        body = _before_next_sentence(_LEADING_COUNT.sub("", body, count=1))
        body = _before_an_election(body)
        body, inline = split_inline(body, represented=_GIVERS_HEAD.search(head) is not None)
        proxies.extend(inline)
        if not inline and "eprésent" in head and _REPRESENTED_HEAD.search(head):
            # « Étaient absents représentés : M. X, Mme Y. »: givers whose holders are not printed
            # (L2121-20: each voted through a proxy; its holder None, never guessed)
            alone = parse_proxies(body, doc.warnings, givers_listed=True)
            if alone and all(p.holder is None for p in alone):
                proxies.extend(alone)
                continue
        if "(" in body and "eprésent" in head:
            body = _holder_in_brackets(body, reg, present_ids, proxies)
        absent_entries.extend(parse_list(body))
    if any(e.substitute_name or e.span is not None for e in absent_entries):
        for e in absent_entries:  # a substitute or a warning between two names: one by one
            m = reg.add(e, "absents")
            if e.substitute_name:
                _substitution(doc, reg, e, m, present_ids)
            if e.span is not None and m.id not in present_ids:
                doc.warnings.append(f"absence partielle de {m.display()} ({e.span.label()}) : "
                                    "sans mention dans la liste des présents, elle n'est pas comptée")
    else:
        reg.add_all(absent_entries, "absents")
    for head, body in zip(seg.heads.get("proxies", []), seg.sections.get("proxies", []), strict=True):
        body = _printed_in_brackets(doc, "proxies", head, body, seg.bracket_counts)
        proxies.extend(parse_proxies(body, doc.warnings, givers_listed=_GIVERS_HEAD.search(head) is not None))
    for body in seg.sections.get("voted_by_proxy", []):
        # L2121-20: each voted through a proxy whose holder the text does not name.
        proxies.extend(ProxyEntry(e, None, e.span, raw="absent ayant voté par procuration")
                       for e in parse_list(body))
    if present_ids and (absent_entries or proxies):
        roster = _also_absent(reg, present_ids, proxies)
        left = [pid for pid in present_ids if pid not in roster]
        printed_present, voters = doc.printed.get("present"), doc.printed.get("voters")
        if roster and left and (len(left) == printed_present or (
                printed_present is None and voters is not None and len(left) + len(proxies) == voters)):
            # The members in office printed under « Présents », the absent and the givers named
            # below: those left are the present, as the printed count confirms (« Votants : 34 »
            # for 27 left and 7 proxies; « Présents : 13 » over fifteen names, two of them struck
            # through in the print and named again under « Absents : X excusé avec procuration »).
            present_ids = {pid: present_ids[pid] for pid in left}
        elif len(roster) >= 3:
            # « Présents A, B, C, … Absents excusés C, … »: the members in office printed under
            # « Présents », some said absent; the others may be too (a giving not read): no list.
            withheld = (f"douteuse ({len(roster)} de ses noms sont aussi absents ou mandants : "
                        "la liste des membres ?)")
    in_office = doc.members_in_office
    if in_office and len(present_ids) > in_office + max(2, in_office // 10):
        # Clearly more present than members in office (one or two over may be a substitute
        # or a count misread): lists of two documents merged (« C.FOROT … » and « Christine
        # FOROT … »).
        withheld = f"incohérente ({len(present_ids)} noms pour {in_office} membres en exercice)"
    printed = doc.printed.get("present")
    # (a count in brackets with the list is that list's own: the represented are not in it)
    given = len(present_ids) + (0 if list_count is not None else len(proxies))
    if printed and present_ids and not unnamed and withheld is None \
            and given < printed - max(2, printed // 5):
        # Far fewer names than the count printed beside them (« Étaient présents (17) » over twelve
        # names): names lost in a layout read wrongly (communes run into the names, a column lost).
        withheld = f"incomplète ({len(present_ids)} noms pour {printed} présents imprimés)"
    if present_ids and not unnamed and withheld is None:
        withheld = _too_long(doc, present_ids, list_count) or _not_persons(shapes)
    if withheld is not None:
        # No list rather than a wrong one; the members named only there are not kept (nor
        # said absent).
        doc.warnings.append(f"liste des présents {withheld} : elle n'est pas donnée")
        only_present = [pid for pid in present_ids
                        if (listed := reg.member(pid)) is not None and listed.listed_in <= {"présents"}]
        reg.forget(only_present)
        present_ids = {}
    if unnamed and not present_ids:
        # « Etaient présents tous les conseillers en exercice, à l'exception de X et Y. X a donné
        # procuration à Z »: a holder not among those excepted is one of the present.
        excepted = {e.last.upper() for e in absent_entries}
        for p in proxies:
            if unnamed and p.holder is not None and p.holder.last and p.holder.last.upper() not in excepted:
                m = reg.add(p.holder, "présents")
                if m.id not in present_ids:
                    present_ids[m.id] = None
                    unnamed -= 1
    for i in range(unnamed):
        m = reg.add(NameEntry(raw="", first=f"n°{i + 1}", last="PRÉSENT NON NOMMÉ"), "présents")
        present_ids[m.id] = None
    doc.present = list(present_ids.items())  # type: ignore[arg-type]
    doc.absent = [m.id for m in reg.members if m.id not in present_ids]
    if not seg.sections.get("present") and not unnamed:
        doc.warnings.append("liste des présents introuvable")
    return unnamed


# « Absents représentés : Mmes Catherine Marot (Patrick Hérault), Christine Palomba (…) »: each
# giver, its holder in brackets (a name, not a commune: see _holder_in_brackets).
_GIVER_THEN_BRACKET = re.compile(r"(?P<g>[^,;()\n]+?)\s*\((?P<h>[^()]{3,60})\)")


def _holder_in_brackets(body: str, reg: Registry, present_ids: dict[str, object],
                        proxies: list[ProxyEntry]) -> str:
    """Under a heading of members represented, « X (Y) » where Y is a member of the present list
    (a commune in brackets is not): a giving; the list without the brackets."""
    found: list[ProxyEntry] = []
    for m in _GIVER_THEN_BRACKET.finditer(body):
        g = _GROUP_LEAD.sub("", m.group("g").strip())  # (« Mmes Catherine Marot »: the group's civility)
        giver, holder = parse_name(g), parse_name(m.group("h").strip())
        if giver is None or holder is None or not holder.first:
            return body
        listed = reg.find(holder, "procurations", fuzzy=False)
        if listed is None or listed.id not in present_ids:
            return body  # not every bracket a present member's name: read as it was
        found.append(ProxyEntry(giver, holder, None, raw=m.group(0).strip()))
    proxies.extend(found)
    return _PAREN_ANY.sub("", body) if found else body


_GROUP_LEAD = re.compile(r"^(?:Mmes|MM\.?|Mesdames|Messieurs)(?:\s+et\s+(?:MM\.?|Mmes|Messieurs))?\s+")
_PAREN_ANY = re.compile(r"\s*\([^()]*\)")


def _also_absent(reg: Registry, present_ids: dict[str, object], proxies: list[ProxyEntry]) -> list[str]:
    """The members of the present list (for the whole sitting) that an absent list names too, or
    that give a proxy for the whole sitting."""
    out = [pid for pid, span in present_ids.items()
           if span is None and (m := reg.member(pid)) is not None and "absents" in m.listed_in]
    for p in proxies:
        if p.span is None and p.giver.span is None:
            m = reg.find(p.giver, "procurations", loose=False, fuzzy=False)
            if m is not None and m.id in present_ids and present_ids[m.id] is None and m.id not in out:
                out.append(m.id)
    return out


# A deliberation's number after a dash at the end of an item's title: a letter code and a
# number and year (« D11-2020 », « DEL 2020-05 »), or a year and a three-digit number (« 2020-011 »).
_TRAILING_CODE = re.compile(r"\s[–—-]\s*(?P<c>[A-Z]{1,4}[ _-]?\d{1,4}[-/_]\d{2,4}|(?:19|20)\d\d[-/_]\d{3})"
                            r"\s*$")
_LEADING_CODE = re.compile(r"(?P<c>[A-Z]{1,4}[ _]?(?:19|20)\d\d[ \t]?[-–_/][ \t]?\d{1,4})"
                           r"[ \t]+[–—-][ \t]+(?=\S)")
_COUNT_IN_HEAD = re.compile(r"[(\[](\d{1,3})[)\]]\s*:?\s*$")


# A heading of proxies that says its members gave them (« Représentés : », « Avaient donné
# procuration : »), not « Pouvoirs : », which may list the holders as well.
_REPRESENTED_HEAD = re.compile(r"(?<!non\s)(?<!non)repr[ée]sentée?s?\s*:?$", re.IGNORECASE)
_GIVERS_HEAD = re.compile(r"(?<!non\s)repr[ée]sent|donn[ée]|avec\s+(?:pouvoir|procuration)", re.IGNORECASE)


def _printed_in_brackets(doc: ParsedExtract, key: str, head: str, body: str,
                         bracket_counts: dict[str, int]) -> str:
    """« PRÉSENTS (8) : … », « … Mme Sylvie VALENTE-LE HIR (25) » (found by ``segment``): the
    count printed in brackets with a list, taken as printed when no other is."""
    m = _COUNT_IN_HEAD.search(head)
    count = int(m.group(1)) if m else bracket_counts.get(key)
    if count is not None and doc.printed.get(key) is None:
        doc.printed[key] = count
    return body


def _received(body: str, proxies: list[ProxyEntry], form: re.Pattern[str]) -> str:
    """« Y (a reçu pouvoir de X) », « Y, ayant la procuration de X » inside a present list: a
    proxy, removed from the list."""
    out, pos = [], 0
    for m in form.finditer(body):
        before = parse_list(body[pos:m.start()])
        giver = parse_name(m.group("g"))
        holder = before[-1] if before else None
        if giver and holder:
            proxies.append(ProxyEntry(giver, holder, giver.span, raw=m.group(0)))
        out.append(body[pos:m.start()])
        pos = m.end()
    out.append(body[pos:])
    return "".join(out)


def _gave_in_brackets(body: str, proxies: list[ProxyEntry]) -> str:
    """« Mme X (arrivée 18 h 38 – pouvoir à Mme Y pour les délibérations 1 à 3) » inside a present
    list: the member gave a proxy (L2121-20), read as a giving, and the entry leaves the list (a
    member printed présent with a giving is a proxy's giver, as the labels read it)."""
    _rest, given = bracket_proxies(body)
    for p in given:
        if p.holder is None or p.raw not in body:
            continue
        proxies.append(p)
        body = body.replace(p.raw, "", 1)
    return body


def _substitution(doc: ParsedExtract, reg: Registry, e: NameEntry, m: Member,
                  present_ids: dict[str, object]) -> None:
    """« X suppléé par Y », « Y (remplace X) », « suppléant de X »: Y sits for X (P-08)."""
    if e.substitute_name:
        sub = parse_name(e.substitute_name)
        if sub is not None:
            sm = reg.add(sub, "suppléants")
            sm.substitute, sm.substitute_for = True, m.id
            present_ids.pop(m.id, None)
            present_ids[sm.id] = e.span
    elif e.substitute_for:
        tit = parse_name(e.substitute_for)
        if tit is not None:
            tm = reg.find(tit, "suppléance") or reg.add(tit, "suppléance")
            m.substitute, m.substitute_for = True, tm.id


def _resolve(reg: Registry, e: NameEntry | None, where: str, doc: ParsedExtract, *,
             create_as: str | None = None) -> str | None:
    if e is None:
        return None
    m = reg.find(e, where)
    if m is None and create_as:
        m = reg.add(e, create_as)
        doc.warnings.append(f"{e.display()} ({where}) ne figure sur aucune liste : ajouté(e) aux membres")
    elif m is None:
        doc.warnings.append(f"{e.display()} ({where}) n'a pu être rapproché(e) d'aucun membre")
    return m.id if m else None


def _next_label(seg, skip: tuple[str, ...] = ()) -> int | None:  # type: ignore[no-untyped-def]
    """Where the label after the present list's begins, if any (labels of ``skip`` left out)."""
    start = seg.bodies["present"][0]
    later = [b - len(h) for name, bodies in seg.bodies.items() if name not in skip
             for b, h in zip(bodies, seg.heads.get(name, []), strict=False) if b > start]
    return min(later) if later else None


def _resolve_proxies(doc: ParsedExtract, reg: Registry, proxies: list[ProxyEntry]) -> None:
    present = {p for p, _ in doc.present}
    absent = set(doc.absent)
    for p in proxies:
        giver = _resolve(reg, p.giver, "procurations", doc, create_as="absents")
        holder = _resolve(reg, p.holder, "procurations", doc, create_as="procurations") if p.holder else None
        if giver is None or any(q.giver == giver and q.holder == holder and q.span == (p.span or None)
                                for q in doc.proxies):
            continue  # (the same giving printed twice, in a box and in the list: one proxy)
        if holder is None and p.holder_role:
            doc.warnings.append(f"pouvoir de {reg_name(reg, giver)} donné à « {p.holder_role} » : "
                                "attribué au président de séance s'il est connu")
        doc.proxies.append(ReadProxy(giver, holder, p.span or None, p.raw or p.giver.raw,
                                     to_role=holder is None and p.holder_role is not None))
        if giver not in absent and giver not in present:
            doc.absent.append(giver)
            absent.add(giver)
    for m in reg.members:
        if m.id not in present and m.id not in absent:
            if not present and m.listed_in <= {"procurations"}:
                continue  # a proxy's holder, with no present list to say they were absent
            doc.absent.append(m.id)
            absent.add(m.id)


def _list_spots(doc: ParsedExtract, seg, reg: Registry, text: str, unnamed: int) -> None:  # type: ignore[no-untyped-def]
    """Where the lists were read: the present list's label, each proxy's giver named after the
    label of its list (or the list's label), a count printed in brackets with its list."""
    starts = seg.bodies
    spots = doc.spots
    bodies = [_skip_blanks(text, k) for k in starts.get("present") or starts.get("substitutes") or ()]
    if doc.present and bodies:
        # The first list that starts with a name (« Présents : 12 » may be a count's line).
        first = next((k for k in bodies if _NAME_HINT.match(text, k)), bodies[0])
        spots["present"] = (first, 0.6 if unnamed else ev.LIST, "liste des présents")
    for key in ("present", "proxies"):
        if doc.printed.get(key) is not None and f"printed.{key}" not in spots:
            at = seg.bracket_at.get(key)  # « (27) » after the list, else « PRÉSENTS (8) : »
            at = at if at is not None and text[at:at + 1].isdigit() else (starts.get(key) or [0])[0]
            spots[f"printed.{key}"] = (at, ev.BRACKETS, "entre parenthèses, avec la liste")
    if not doc.proxies:
        return
    lists = next((s for s in (starts.get("proxies"), starts.get("voted_by_proxy"), starts.get("absent"),
                              starts.get("present")) if s), None)
    if not lists:
        return
    bodies = [_skip_blanks(text, k) for k in lists]
    origin = next((k for k in bodies if _NAME_HINT.match(text, k)), bodies[0])
    spots["proxies"] = (origin, 0.85, "liste des pouvoirs")
    low = seg.low
    for px in doc.proxies:
        m = reg.member(px.giver)
        last = m.last if m is not None else ""
        k = -1
        if len(last) >= 2:
            k = low.find(last.lower(), origin) if low is not None else text.find(last, origin)
        sure = 0.9 if px.holder is not None else 0.6
        px.spot = (k, sure, "mandant nommé") if k >= 0 \
            else (origin, round(sure - 0.2, 2), "début de la liste")


def _skip_blanks(text: str, at: int) -> int:
    """The first character after ``at`` that is not a blank, a colon or a count on its own line
    (« Présents : 12⏎M. X… »): a list's first name."""
    n = len(text)
    while at < n and text[at] in " \t\n:":
        at += 1
    m = _COUNT_LINE.match(text, at)
    return _skip_blanks(text, m.end()) if m else at


_COUNT_LINE = re.compile(r"\d{1,4}\b[^\n]{0,60}\n")


def _agreement(doc: ParsedExtract, spots: dict[str, ev.Spot]) -> None:
    """A printed count that is its list's length is surer, and its list too; one that is
    neither the list's nor the first deliberation's (as computed) is less sure, and its list."""
    for d in doc.deliberations:
        p = d.parsed
        if p.printed_vote is None and p.spots.get("number", (0, 0, ""))[2] == "titre numéroté":
            # A heading of minutes under which no vote is read may be a point of information,
            # not a deliberation (a deliberation is a decision voted).
            for key in ("number", "title"):
                if key in p.spots:
                    p.spots[key] = ev.adjust(p.spots[key], -0.15, "aucun vote lu")
    comp = (doc.deliberations[0].computed or {}) if doc.deliberations else {}
    listed = {"present": len(doc.present), "proxies": len(doc.proxies),
              "voters": len(doc.present) + len(doc.proxies)}
    for key, lst in (("present", "present"), ("proxies", "proxies"), ("voters", None)):
        printed = doc.printed.get(key)
        spot = spots.get(f"printed.{key}")
        if printed is None or spot is None or not listed[key]:
            continue
        if printed == listed[key]:
            spots[f"printed.{key}"] = ev.adjust(spot, ev.AGREES, "concorde avec les listes")
            if lst in spots:
                spots[lst] = ev.adjust(spots[lst], ev.LIST_AGREES, "concorde avec le chiffre imprimé")
        elif printed != comp.get(key):
            spots[f"printed.{key}"] = ev.adjust(spot, -ev.DISAGREES, "ne concorde pas avec les listes")
            if lst in spots:
                spots[lst] = ev.adjust(spots[lst], -ev.DISAGREES, "ne concorde pas avec le chiffre imprimé")


def reg_name(reg: Registry, pid: str) -> str:
    m = reg.member(pid)
    return m.display() if m else pid


def _officers(doc: ParsedExtract, seg, reg: Registry, text: str, head: str) -> None:  # type: ignore[no-untyped-def]
    sec = seg.first("secretary")
    sec_name = parse_name(sec) if sec else None
    if sec_name is None:
        raw = header.secretary_sentence(text[:20000])
        sec_name = parse_name(raw) if raw else None
    doc.secretary = _resolve(reg, sec_name, "secrétaire de séance", doc) if sec_name else None
    if sec and doc.secretary:
        doc.spots["secretary"] = (_skip_blanks(text, seg.bodies["secretary"][0]), 0.85,
                                  "secrétaire de séance")
    pres = header.president(text[:8000], seg.low[:8000] if seg.low is not None else None)
    doc.president_printed = pres
    _named_spot(doc, "president", pres, seg.low[:8000] if seg.low is not None else None, 0.8, "présidence")
    if pres:
        doc.president = _resolve(reg, parse_name(pres), "présidence", doc)
    for p in doc.proxies:
        if p.holder is None and p.to_role and doc.president:
            p.holder = doc.president


# The most deliberations read from one file: a session of the Conseil de Paris holds some
# hundreds; a text cut into thousands of « Délibération n° » is not minutes, and reading each
# costs time for nothing. The rest is not read, and that is said.
MAX_DELIBERATIONS = 1000


_SECRETARY_HEAD = re.compile(r"(?i)secr[ée]taire\s+de\s+(?:la\s+)?s[ée]ance")
_SECRETARY_VOTE_AHEAD = 200
# The designation's vote: « Accepté à l'unanimité », « Vote à l'unanimité », « adopté ».
_SECRETARY_VOTE = re.compile(r"(?i)unanimit|accept|\bvot[eé]|\badopt")
# A heading between the secretary's name and that vote: the vote is an item's, not the designation's.
_A_HEAD = re.compile(r"(?i)n°|\bn[o°]\s?\d|d[ée]lib[ée]ration|\bpoint\b|\bobjet\b|\brapport\b")


def _past_secretary_vote(text: str, a: int, b: int) -> int:
    """Where the first block starts once the secretary's designation is left out: on a line
    that holds « SECRÉTAIRE DE SÉANCE : M. X se porte volontaire. Accepté à l'unanimité. 2 … »,
    the secretary's list ends at the name and the block would open on the designation's vote
    (L2121-15: the secretary is designated at the opening, apart from the items)."""
    if a <= 0 or text[a - 1:a] in ("\n", "") or text[a:a + 1] in ("\n", ""):
        return a  # a block at a line's start: the secretary's line is not its
    line = text.rfind("\n", 0, a) + 1
    if "ecr" not in text[max(line, a - 150):a].lower() \
            or _SECRETARY_HEAD.search(text, max(line, a - 150), a) is None:
        return a
    eol = text.find("\n", a)
    end = min(b, a + _SECRETARY_VOTE_AHEAD, eol if eol >= 0 else len(text))
    h = _INLINE_HEADING.search(text, a, end)
    v = _SECRETARY_VOTE.search(text, a, h.start() if h else end)
    if v is None or _A_HEAD.search(text, a, v.start()):
        return a  # no vote, or one past the next heading (« Délibération n° … Point n°12 : … »)
    return min(b, _sentence_end(text, v.end()) + 1)


# An item's heading in a block the segmenter left whole: a number or code (« 2 – », « 2016.84 : »,
# « III. ») at a line's start or after a sentence, then a title of two words in capitals at least
# (« APPROBATION DU COMPTE RENDU », « DELEGATIONS DONNEES AU BUREAU »).
_ITEM_HEAD = re.compile(r"(?m)(?:^|(?<=[.!:] ))[ \t]*(?:\d{1,3}(?:\.\d{1,3})?|\d{4}[./-]\d{1,4}|[IVX]{1,5})"
                        r"[ \t]*(?:°|[.)–:-])?[ \t]*[.)–:-]?[ \t]+"
                        r"(?P<t>[A-ZÀ-Ý][A-ZÀ-Ý'’]{2,}[ \t]+(?:[A-ZÀ-Ý'’]{1,4}[ \t]+)?"
                        r"[A-ZÀ-Ý][A-ZÀ-Ý'’]{2,})")
# The decision formula of an item (« Après en avoir délibéré »): an item is being read.
_DELIBERATED = re.compile(r"(?i)d[ée]lib[ée]r[ée]")


def _first_item_head(text: str, a: int, b: int) -> int | None:
    """Where the first item's heading of ``text[a:b]`` starts (a « Délibération n° » head, else a
    numbered title in capitals that is not the secretary's designation or the agenda); None when
    there is none, or when the text before it already holds an item's decision formula (« après en
    avoir délibéré, à l'unanimité, DÉCIDE :⏎1 - APPROUVE LE PROJET »: its bullets, not items)."""
    heads = delib_heads(text, a, b)
    h = heads[0].start() if heads else b
    for m in _ITEM_HEAD.finditer(text, a, h):
        eol = text.find("\n", m.start("t"), m.start("t") + 160)
        line = text[m.start("t"):eol if eol >= 0 else m.start("t") + 160]
        pm = _PRELIMINARY.search(line)
        if pm is not None and (pm.group("secretary") or pm.group("agenda")):
            continue  # (« 1 – DÉSIGNATION DU SECRÉTAIRE DE SÉANCE »: the opening's)
        h = m.start("t")
        break
    if h >= b or _DELIBERATED.search(text, a, h):
        return None
    return h


def _opening_vote(p: ParsedDeliberation, text: str, a: int, b: int) -> None:
    """A vote belongs to the block that holds it. The first block of a text whose items were
    not cut apart starts with the sitting's opening (the secretary's designation « Pour : 26 -
    Contre : 0 », the minutes, the agenda « À l'unanimité, le Conseil accepte la proposition du
    Maire »); a vote read there, before the first item's heading, is not the item's: the vote is
    read again from that heading on, and none is given when the item is cut before its decision.
    So is it when none was read (two votes, the opening's and the item's, left it undecided)."""
    at = p.spots.get("printed_vote", (a,))[0]  # (no vote read: one may be the opening's and the item's)
    h = _first_item_head(text, a, b)
    if h is None or at >= h:
        return
    q = read_block(text[h:b], "", False, at=h)
    p.printed_vote = q.printed_vote
    for key in ("printed_vote", "outcome"):
        p.spots.pop(key, None)
        if key in q.spots:
            p.spots[key] = q.spots[key]


def _earlier_number(p: ParsedDeliberation, text: str, session: dt.date | None) -> None:
    """A number dated before the sitting names an earlier deliberation (« complément de la
    délibération n°053/2022 du 24 juin 2022 » in minutes of 23 August): not this one's number,
    nor is a title read before it."""
    spot = p.spots.get("number")
    if session is None or spot is None or spot[1] > _DATED_SURE or not p.number:
        return
    k = text.find(p.number[-4:], spot[0], spot[0] + 60)
    start = k + 4 if k >= 0 else spot[0] + len(p.number)
    dated = find_date(text[start:start + 40])
    if dated is None:
        # « (Conseil Municipal du 30 mars 2015 – délibération n° 2015-63) »: the sitting that took it
        # named just before, in the same brackets.
        opened = open_bracket(text, spot[0])
        if opened >= 0:
            dated = find_date(text[opened:spot[0]])
    if dated is None or dated >= session:
        return
    p.number = None
    p.spots.pop("number", None)
    title = p.spots.get("title")
    if title is not None and title[2] == _TITLE_BEFORE_NUMBER:
        p.title = ""
        p.spots.pop("title", None)


def _deliberations(doc: ParsedExtract, seg, reg: Registry, text: str) -> None:  # type: ignore[no-untyped-def]
    if len(seg.blocks) > MAX_DELIBERATIONS:
        doc.warnings.append(f"{len(seg.blocks)} délibérations dans un seul texte : seules les "
                            f"{MAX_DELIBERATIONS} premières sont lues")
        seg.blocks = seg.blocks[:MAX_DELIBERATIONS]
    single = len(seg.blocks) == 1
    heading = 0  # where the heading of the item being read starts (its later votes share it)
    # The text before the annexes is searched too for a lone deliberation only.
    whole = text[: seg.annexes_start or len(text)] if single else ""
    for rank, (a, b) in enumerate(seg.blocks, start=1):
        if seg.items and not_voted(seg.items[rank - 1].title) and len(seg.blocks) > 1:
            # « Questions diverses », « Informations »: not put to the vote, not a deliberation
            # (a vote read in them is one of the many things they mention, and a deliberation
            # taken among them has a title of its own, which this heading is not).
            continue
        # A block whose item is the approval of the minutes or the agenda keeps that vote.
        # So does a point added to the agenda (unnumbered, under « Point rajouté à l'ordre du
        # jour »): its heading's words are not a vote on the agenda.
        prelim = bool(seg.items) and (_PRELIMINARY.search(seg.items[rank - 1].title) is not None
                                      or _is_preliminary(seg.items[rank - 1].title))
        own = prelim or (bool(seg.items) and not seg.items[rank - 1].number)
        if rank == 1 and not own:
            a = _past_secretary_vote(text, a, b)
        p: ParsedDeliberation = read_block(text[a:b], whole, single, preliminaries=not own, at=a,
                                           heading=seg.items[rank - 1].title if seg.items else "")
        if rank == 1 and not seg.items:
            _opening_vote(p, text, a, b)
        if p.number and not seg.items:
            _earlier_number(p, text, doc.session_date)
        if seg.items:
            # An item of minutes: its heading gives its number and title (the body's « n° »
            # are those of laws and earlier deliberations).
            item = seg.items[rank - 1]
            p.number = p.point_number = item.number or None  # (« » : a point added, unnumbered)
            p.report_number = None
            p.title = item.title
            code = _TRAILING_CODE.search(item.title) if "-" in item.title or "–" in item.title else None
            if code:
                # « 1. APPROBATION DU PROCÈS-VERBAL – D11-2020 »: the deliberation's own number
                # ends its title; the heading's « 1 » stays the point's.
                p.number = code.group("c")
                p.title = item.title[:code.start()].rstrip()
            elif (lead := _LEADING_CODE.match(item.title)) is not None:
                # « 2. D2024-16 - Affectation des résultats 2023 »: it opens the title (the same)
                p.number = lead.group("c")
                p.title = item.title[lead.end():]
            # An item not put to the vote (« Questions diverses ») or a preliminary (the last
            # minutes' approval) may be no deliberation at all: less sure.
            sure, cue = (0.5, "titre d'un point sans vote") if not_voted(item.title) \
                else (0.75, "titre d'un point préliminaire") if prelim else (0.85, "titre numéroté")
            if item.part <= 1:
                heading = item.start
            p.spots["number"] = (heading, sure, cue)
            p.spots["title"] = (_title_start(text, item), sure, cue)
            if item.outcome is not None:
                # A répertoire's row: its outcome column is all it says of the vote.
                p.printed_vote = _row_outcome(item.outcome)
                p.spots["printed_vote"] = p.spots["outcome"] = (item.start, 0.9, ROW)
            if not_voted(item.title):
                # « Questions diverses », « Informations »: not put to the vote; a vote read in
                # them is one of the many things they mention.
                p.printed_vote = None
        number = p.report_number or p.point_number
        if number is None:
            number = str(rank)
            placed = doc.order_of_passage or any(s for _, s in doc.present) \
                or any(px.span for px in doc.proxies)
            if placed:
                doc.warnings.append(f"délibération {p.number or rank} : aucun numéro de rapport ni de point "
                                    f"imprimé, elle est numérotée « {number} » (son rang dans l'extrait) ; "
                                    "les arrivées et départs sont situés par rapport à ce numéro")
        item_number = number.lower()
        if seg.items and seg.items[rank - 1].added:
            # A point added to the agenda: « 1 » again, or no number; its question number
            # must differ from the agenda's (K-01): « a1 », « a ».
            item_number = "a" + (p.point_number or "").lower()
        if seg.items and seg.items[rank - 1].part > 1:
            # The second and later votes of one item (a budget sitting): the printed number is
            # the item's; the session's question numbers must differ (K-01).
            item_number = f"{item_number}.{seg.items[rank - 1].part}"
        d = ReadDeliberation(p, item_number)
        d.rapporteur = _resolve(reg, p.rapporteur, "rapporteur", doc) if p.rapporteur else None
        for e in p.interested:
            pid = _resolve(reg, e, "conseillers intéressés", doc, create_as="absents")
            if pid:
                d.interested.append((pid, e.votes))
                if pid not in doc.absent and not any(g == pid for g, _ in doc.present):
                    doc.absent.append(pid)
        _impossible_vote(doc, p, number)
        if p.printed_vote is None or p.printed_vote.form == DECISION:  # (a decision, no vote printed)
            doc.warnings.append(f"délibération {number} : aucun vote imprimé (extrait tronqué ?)")
        doc.deliberations.append(d)
    if not doc.deliberations:
        doc.warnings.append("aucune délibération trouvée")


def _title_start(text: str, item: Item) -> int:
    """Where an item's title is printed: on its heading's line, or on the lines below it
    (« Délibération D2018-66⏎Approbation du … »); the part after « : » for the later votes
    of one item (« Budget : Compte administratif »)."""
    title = item.title.rsplit(" : ", 1)[-1] if item.part > 1 else item.title
    words = title.split()[:2]
    if not words:
        return item.start
    first = " ".join(words)  # (two words: the first may be the heading's « Délibération »)
    k = text.find(first, item.start, item.start + 600)
    if k < 0:  # a table's cell centred on its row: the title starts on the line above
        k = text.rfind(first, max(0, item.start - 300), item.start)
    if k < 0:
        k = text.find(words[0], item.start, item.start + 600)
    return k if k >= 0 else item.start


def _row_outcome(word: str) -> PrintedVote | None:
    """« Approuvée », « Adoptée », « Rejetée » of a répertoire's row; None for the others
    (« Ajournée », « Retirée »: not voted)."""
    if word.startswith(("approuv", "adopt")):
        return PrintedVote(outcome=Outcome.ADOPTED)
    if word.startswith("rejet"):
        return PrintedVote(outcome=Outcome.REJECTED)
    return None


def _impossible_vote(doc: ParsedExtract, p: ParsedDeliberation, number: str) -> None:
    """A printed count of more voices than members in office (« 19 voix POUR » for « 10 »
    misread by the OCR) is misread: it is dropped and said, not given (L2121-20: one voice
    each, and one proxy at most)."""
    pv = p.printed_vote
    n = doc.members_in_office
    if pv is None or not n or pv.for_ is None:
        return
    total = pv.for_ + (pv.against or 0) + (pv.abstention or 0)
    if total > n:
        doc.warnings.append(f"délibération {number} : le vote imprimé compte {total} voix pour {n} membres "
                            "en exercice (chiffre mal lu ?) : il n'est pas retenu")
        p.printed_vote = None


_ROW_DATE = re.compile(r"^[ \t]*(\d{1,2}/\d{1,2}/\d{4})\b", re.MULTILINE)


def _kind(doc: ParsedExtract, text: str) -> None:
    """What the document is; one that is not a deliberation records no sitting: nothing of it
    is filed (its dates are an arrêté's or a convocation's, not a sitting's)."""
    doc.kind, line = document_kind(text, len(doc.deliberations))
    doc.evidence["kind"] = Evidence(line or 1, 0.9 if line else 0.6, "titre" if line else "structure")
    if doc.kind is DocumentKind.LIST:
        # A répertoire of a year: each row dated with its own sitting; no one sitting date.
        sittings = set(_ROW_DATE.findall(text))
        if len(sittings) > 1:
            doc.warnings.append(f"liste de délibérations de {len(sittings)} séances : aucune date de séance "
                                "unique")
            doc.session_date = None
            doc.evidence.pop("session_date", None)
    # An untitled record of a sitting (its kind told by the register's formula, not by a title)
    # is read as a text of unknown kind: the checks below were measured on titled records.
    untitled = line == BY_FORMULA
    if doc.kind in (DocumentKind.MINUTES, DocumentKind.COMPTE_RENDU) and not untitled \
            and len(doc.deliberations) == 1 \
            and doc.deliberations[0].parsed.printed_vote is not None and _votes_apart(text):
        # The record of a whole sitting read as one block (its items not found): votes printed
        # at several places are several items' votes; which one is this deliberation's is not
        # known. None is given (a wrong vote is worse than none).
        doc.deliberations[0].parsed.printed_vote = None
        doc.warnings.append("plusieurs votes imprimés dans le compte rendu d'une séance dont les points "
                            "ne sont pas distingués : aucun n'est attribué")
    if (doc.kind is DocumentKind.UNKNOWN or untitled) and len(doc.deliberations) == 1:
        p = doc.deliberations[0].parsed
        if not (p.number or p.report_number or p.point_number or p.title or p.printed_vote):
            # No title says what the text is, no sitting is recorded in it, and its one « block »
            # has no number, no title, no vote: a page that is not a deliberation (an index of
            # comptes rendus, the dates of the next sittings). None is given.
            doc.warnings.append("ni titre, ni séance, ni numéro, ni objet, ni vote : aucune délibération "
                                "n'est tirée de ce texte")
            doc.deliberations = []
    if doc.kind is DocumentKind.OTHER:
        doc.warnings.append("ce document n'est pas une délibération (arrêté, convocation, ordre du jour…) : "
                            "aucune délibération n'en est tirée")
        doc.deliberations = []
        doc.session_date = None
        doc.evidence.pop("session_date", None)


# Where a vote is printed: « unanimité », « Pour : 12 », « 12 voix pour », « adopté par ».
_VOTE_SPOT = re.compile(r"(?i)unanimit|\bpour\s*:\s*\d|\d+\s+voix\s+pour|\bvotes?\s+pour\b")
_VOTES_APART = 1500


def _votes_apart(text: str) -> bool:
    """Whether ``text`` prints votes at places far apart (the preliminaries' votes left out)."""
    spots = [m.start() for m in _VOTE_SPOT.finditer(mask_preliminaries(text))]
    return bool(spots) and spots[-1] - spots[0] > _VOTES_APART


def _compute(doc: ParsedExtract) -> None:
    """Check the session as read with the core; compare its results with the printed ones."""
    if not doc.deliberations or not doc.members:
        return
    if not doc.present:
        # No present list read (none printed, or one withheld as uncertain): the core would count
        # nobody present and report a quorum missed and votes rejected that the text never said.
        # Nothing is recomputed; the printed votes stand as printed.
        doc.warnings.append("liste des présents non lue : quorum et votes non recalculés")
        return
    session = doc._session(printed=False)
    # Only the extract's deliberations are computed: the other items of the order of
    # passage only place arrivals and departures.
    report = check_session(session, only={d.item_number for d in doc.deliberations})
    for f in report.findings:
        if f.severity is not Severity.INFO:
            doc.warnings.append(f"{f.rule} : {f.message}")
    for d in doc.deliberations:
        try:
            r = report.item(d.item_number)
        except KeyError:
            continue
        _item_result(doc, d, r, report)
    _headcount_checks(doc)


def _item_result(doc: ParsedExtract, d: ReadDeliberation, r, report: SessionReport) -> None:  # type: ignore[no-untyped-def]
    pv = d.parsed.printed_vote
    label = f"délibération {d.parsed.number or d.item_number}"
    for f in r.findings:
        if f.severity is not Severity.INFO:
            doc.warnings.append(f"{label} : {f.rule} : {f.message}")
    vote = None
    if r.tally is not None:
        c = r.tally.counts
        vote = c.as_dict()
        if pv is not None and pv.for_ is None and (pv.against or pv.abstention or pv.not_voting):
            # « unanimité moins neuf abstentions »: the core counts the votes available as
            # a unanimity; those printed against, abstaining or not voting are taken from it.
            rest = (pv.against or 0) + (pv.abstention or 0) + (pv.not_voting or 0)
            vote = {"for": c.for_ - rest, "against": pv.against or 0,
                    "abstention": pv.abstention or 0, "not_voting": pv.not_voting or 0}
    d.computed = {
        "vote": vote,
        "present": r.present_count,
        "proxies": r.proxies_count,
        "voters": r.present_count + r.proxies_count,
        "interested_votes": r.interested_votes,
        "quorum": r.quorum.as_dict(),
        "outcome": r.tally.outcome.value if r.tally else None,
    }
    if pv is None or vote is None:
        return
    printed = {"for": pv.for_, "against": pv.against, "abstention": pv.abstention,
               "not_voting": pv.not_voting}
    for key, word in (("for", "pour"), ("against", "contre"), ("abstention", "abstention"),
                      ("not_voting", "non votant")):
        if printed[key] is not None and vote[key] is not None and printed[key] != vote[key]:
            doc.warnings.append(f"{label} : {word} imprimé {printed[key]}, calculé {vote[key]} "
                                "à partir des présences et des pouvoirs")
    if pv.for_ is None and pv.unanimous and key == "not_voting" and vote["not_voting"]:
        pass
    if pv.unanimity_scope and "présents" in pv.unanimity_scope and "représentés" not in pv.unanimity_scope \
            and r.proxies_count:
        doc.warnings.append(f"{label} : « unanimité {pv.unanimity_scope} » alors que {r.proxies_count} "
                            "pouvoir(s) sont en vigueur : le vote des représentés n'est pas précisé")
    voters = doc.printed.get("voters")
    if voters is not None and pv.for_ is not None:
        total = pv.for_ + (pv.against or 0) + (pv.abstention or 0) + (pv.not_voting or 0)
        if total != voters and total + (pv.interested or 0) != voters:
            doc.warnings.append(f"{label} : le vote imprimé totalise {total} voix pour {voters} votants "
                                "imprimés")


def _headcount_checks(doc: ParsedExtract) -> None:
    """Printed head-counts against the lists and against the first deliberation as computed."""
    comp = doc.deliberations[0].computed or {}
    listed = {"present": len(doc.present), "proxies": len(doc.proxies),
              "voters": len(doc.present) + len(doc.proxies)}
    words = {"present": "présents", "proxies": "pouvoirs", "voters": "votants"}
    for key in ("present", "proxies", "voters"):
        printed = doc.printed.get(key)
        if printed is None:
            continue
        at_item = comp.get(key)
        if printed != listed[key] and printed != at_item:
            extra = f", {at_item} à la délibération" if at_item is not None and at_item != listed[key] else ""
            doc.warnings.append(f"{printed} {words[key]} imprimés, {listed[key]} d'après les listes{extra}")
