"""The items of minutes and comptes rendus: numbered headings, found as a sequence.

Minutes number their items « 1. Budget », « II     PADD. », « 1 – Election du Maire »,
« DEL2025-02 : Vote du compte… », and usually print the same numbers twice: in the agenda
(« Ordre du jour ») and in the body. A number alone proves nothing (« 2 bureaux à préparer »,
« 1/ En cas d'acquisition… », budget lines « 65 Autres charges »): what makes headings is a
*sequence* 1, 2, 3… of lines of the same shape. :func:`numbered_items` finds every chain
of consecutive numbers and keeps the one that spans the most text (the body, not the
agenda, whose lines follow one another), with each heading's number and title.

Linear: one pass over the lines, each candidate extends at most one chain per start.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

from registre.reading.textutil import FOR_COUNT

# « 1. Titre », « 1 – Titre », « 1) Titre », « II     PADD. », « 10. TRAVAUX », « 1 Subventions »,
# « 2-Approbation du plan » (a dash glued to the title).
# The word some minutes print before an item's number: « Dossier 1 : », « Point 2 : »,
# « Question n° 3 – ».
# (« DE N°1 Renouvellement du contrat … »: « DE », « DEL », « DCM » then « N° », a deliberation's.)
_ITEM_WORD = (r"(?:(?:Dossier|DOSSIER|Point|POINT|Question|QUESTION|Affaire|AFFAIRE)[ \t]+"
              r"(?:[nN][°o][ \t]*)?|(?:DEL?|DCM)[ \t]+N[°o][ \t]*)?")
_HEADING = re.compile(
    rf"^[ \t]{{0,24}}{_ITEM_WORD}(?P<n>\d{{1,2}}|[IVXL]{{1,6}})"
    r"(?P<sep>°\)|[ \t]?[.)°/:–-](?![\d/])|[ \t]*(?=[ \t]))"
    # (« 1) – Appel des membres », « 5)- Décisions municipales »: a dash after the bracket.)
    r"(?:(?<=\))[ \t]*[–-])?"
    # (« 2.COMPTES ADMINISTRATIFS » as a scan prints it: a figure's full stop run into a title
    # in capitals.)
    r"(?:[ \t]+|(?<=[-–])(?=[A-ZÀ-Ý])|(?<=\d\.)(?=[A-ZÀ-Ý]{3}))"
    # (« 12. _DESIGNATION D'UN CORRESPONDANT » : a scan's underline before the title.)
    r"_?(?P<t>[A-ZÀ-ÝÉ«\"'][^\n]{2,})$",
    re.MULTILINE,
)
# « 1. » (« 0. », « II – ») alone on its line, its title on the next line holding text.
_BARE_HEADING = re.compile(
    r"^[ \t]{0,16}(?P<n>\d{1,2}|[IVX]{1,5})[ \t]?[.)–-][ \t]*\n(?:[ \t]*\n)?"
    r"[ \t]*(?P<t>[A-ZÀ-Ý][^\n]{2,})$",
    re.MULTILINE,
)
# « DEL2025-02 : Vote du compte financier », « 2024_01 », « DCM 20260727-01 — … », « 2021 02 01 … »,
# « DL-055-07-13 - Signature du marché »: a code per item.
_CODED = re.compile(
    r"^[ \t]{0,16}(?:D[ée]lib[ée]ration[ \t]+(?:n[°o]?[ \t]*)?)?"
    # « DL-055-07-13 »: the item's rank, then the month and year of the sitting.
    r"(?P<n>(?:DEL|DCM|DL|DE|D|CM)[ \t_-]?\d{2,4}[-_/.]\d{1,3}(?:-\d{2}(?=[ \t]))?"
    # « 2020-07-06-01 DESIGNATION DES REPRESENTANTS … »: the sitting's date, then the item's rank.
    r"|(?:19|20)\d{2}-[01]\d-[0-3]\d-\d{1,3}(?=[ \t])"
    # (« 2019-03-12BIS », « 2019-03-25A »: an item inserted after another, a letter or
    # « BIS » glued to its code.)
    r"|\d{4}[-_]\d{1,3}(?:[-_]\d{1,3})?(?:BIS|TER|[A-H](?=[ \t]))?"
    # « 2022_DEL014 Remboursement des frais »: the year, then « DEL » and the rank.
    r"|(?:19|20)\d{2}[-_](?:DEL|DCM)\d{1,4}(?=[ \t])"
    # « 2021 02 01 AMENAGEMENT DES RIVES » : the year, the month and the item's rank, spaced.
    r"|(?:19|20)\d{2}[ \t](?:0[1-9]|1[0-2])[ \t]\d{1,3}(?=[ \t]+[A-ZÀ-Ý«])"
    # « 028/18 : ⏎ DISSOLUTION DU SYNDICAT … », « 7/2019 - Tarifs »: the rank, then the year.
    r"|\d{3}/\d{2}(?=[ \t]*:)|\d{1,3}/(?:19|20)\d{2})"
    # « DEL2025-02 : Titre », « 2019-03-01 REPARATION VITRAUX » (the code, blanks, a capital, or an
    # ordinal: « 2019-09-02 60ème ANNIVERSAIRE DU LAC »),
    # « Délibération D2018-66⏎Objet : … » (the title on the next line).
    r"(?:[ \t]*[:.–-][ \t]*(?P<t>[A-ZÀ-Ýa-zé«][^\n]{2,})"
    r"|[ \t]+(?P<t2>(?:[A-ZÀ-Ý«]|\d{1,3}(?:ème|ÈME|er|ER|ère)[ \t])[^\n]{2,})"
    r"|[ \t]*:?[ \t]*\n(?:[ \t]*\n)?[ \t]*(?:Objet[ \t]*:[ \t]*)?(?P<t3>[A-ZÀ-Ýa-zé«][^\n]{2,}))$",
    re.MULTILINE,
)
_SIDE_WORD = r"(?:[A-ZÀ-Ý][\w'’.-]*|le|la|de|du)"
_SIDE_HEADING = re.compile(
    rf"^[ \t]{{0,8}}{_SIDE_WORD}(?:[ \t]{_SIDE_WORD}){{0,3}}[ \t]{{2,}}"
    r"(?P<n>\d{1,2})(?:[.)][ \t]+|[ \t]{2,})(?P<t>[A-ZÀ-ÝÉ«\"'][^\n]{2,})$",
    re.MULTILINE,
)
# « 20230609 1 ELECTION DES DELEGUES », « 20230911 1-Délibération relative… », « 20230911-7- CUMA… »,
# « 2021071201 Association Pierre Noal » (the rank glued, two figures),
# « 20231113 2 2/ Ecritures… »: the sitting's date (AAAAMMJJ) then the item's rank, then its title
# (after an optional separator and the rank printed again before a « / »).
_DATED = re.compile(
    r"^[ \t]{0,16}(?P<code>\d{8})(?P<sep>[ \t]*[-_][ \t]*|[ \t]+|(?=\d\d[ \t]))(?P<n>\d{1,2})(?![\d/])[ \t]*"
    r"(?:[-–.)][ \t]*)?(?:(?P=n)[ \t]?/[ \t]*)?(?P<t>[A-ZÀ-Ý«\"'][^\n]{2,})$",
    re.MULTILINE,
)
_DATED_HINT = re.compile(r"\n[ \t]{0,16}\d{8}")
_DATED_FIRST = re.compile(r"[ \t]{0,16}\d{8}")
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}


@functools.lru_cache(maxsize=256)
def roman(s: str) -> int | None:
    """« XIV » → 14; None if not a well-formed roman number below 90."""
    total, prev = 0, 0
    for c in reversed(s):
        v = _ROMAN.get(c)
        if v is None:
            return None
        total += -v if v < prev else v
        prev = max(prev, v)
    return total if 0 < total < 90 and _to_roman(total) == s else None


def _to_roman(n: int) -> str:
    out = []
    for v, r in ((50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out.append(r)
            n -= v
    return "".join(out)


@dataclass(frozen=True)
class Item:
    """A numbered heading: where it starts, its number and title as printed."""

    start: int
    number: str
    title: str
    # 0: the whole item; k ≥ 1: the k-th of the votes one item holds (see :func:`split_votes`).
    part: int = 0
    # A row of a répertoire: its outcome column (« Approuvée », « Rejetée »), as printed.
    outcome: str | None = None
    # A point added to the agenda (« POINT RAJOUTÉ À L'ORDRE DU JOUR »): numbered apart, if at all.
    added: bool = False


# The highest item number a heading may print (« 82. DEMANDE DE SUBVENTION … »: a budget sitting of
# a new commune); a chain of consecutive headings keeps figures of tables out.
_MAX_ITEM = 99


def numbered_items(text: str, start: int = 0, end: int | None = None, after: int = 0) -> list[Item]:
    """The item headings of minutes in ``text[start:end]``, in order; [] when there is no
    sequence of at least two (a lone « 1. » is a list inside prose, not an item), unless the
    text ends within a first item headed after ``after`` (the lists of members): the first page
    of minutes (:func:`_first_item`)."""
    end = len(text) if end is None else end
    for gates, find in _SELF_NAMED_FORMS:
        if not gates or any(g in text for g in gates):
            named_items = find(text, start, end)
            if named_items:
                return named_items
    coded, named = _coded_items(text, start, end)
    cands: list[tuple[int, int, str, str, bool]] = []  # start, value, number, title, roman
    for m in _HEADING.finditer(text, start, end):
        n = m.group("n")
        value = int(n) if n.isdigit() else roman(n)
        if value is None or (not 0 < value <= _MAX_ITEM and not (value == 0 and m.group("sep").strip())):
            continue  # (« 0. Approbation du procès-verbal », « 00 - … »: a chain may start at 0)
        if n.isdigit() and not m.group("sep").strip() and not _looks_like_title(m.group("t")):
            continue  # « 2 bureaux à préparer », « 65 Autres charges »: a figure, not a heading
        cands.append((m.start(), value, n, m.group("t"), not n.isdigit()))
    bare = False
    if ".\n" in text or "–\n" in text or "-\n" in text:
        # « 1. » alone on its line, the title on the next line that holds text.
        for m in _BARE_HEADING.finditer(text, start, end):
            n = m.group("n")
            value = int(n) if n.isdigit() else roman(n)
            if value is not None and value <= _MAX_ITEM and (value > 0 or n in ("0", "00")):
                cands.append((m.start(), value, n, m.group("t"), not n.isdigit()))
                bare = True
    inline = _inline_heads(text, start, end)
    if inline:
        cands.extend(inline)
        bare = True
    if bare:
        cands.sort()
    if "  " in text:
        # « Serge          1.     Quartier Près d'Arènes – Dénomination… »: the rapporteur in a
        # side column before the item's number (a compte rendu laid out as a table).
        for m in _SIDE_HEADING.finditer(text, start, end):
            value = int(m.group("n"))
            if 0 < value <= 60:
                cands.append((m.start(), value, m.group("n"), m.group("t"), False))
        cands.sort()
    if cands:
        cands = [c for c in cands if _PART_TITLE.match(c[3]) is None and _PERSON_TITLE.match(c[3]) is None]
    chain = _past_agenda(_best_chain(cands, text), cands)
    if len(chain) >= 2 and all(c[4] for c in chain):
        chain = _two_levels(chain, cands, end)
    best = [Item(s, n, _title(t)) for s, _, n, t, _ in chain]
    if best and _DECIDES.search(text, max(start, best[0].start - 80), best[0].start):
        best = []  # « … DÉCIDE : 1. D'APPROUVER … 2. DE FIXER … »: the decisions of one deliberation
    elif len(best) >= 2 and all(_DECISION_VERB.match(it.title) for it in best[:2]):
        best = []  # « 1°) Lui donne acte de … 2°) Constate les identités … »: the same, a verb each
    refs = _ref_items(text, start, end) if "Réf" in text else []
    if len(refs) >= 2 and len(refs) >= len(best):
        return refs
    chosen = coded if len(coded) >= 2 and len(coded) >= len(best) else best
    if len(best) < 2 and len(coded) == 1 and (named or _colon_caps(text, coded[0], max(start, after))
                                              or _self_named(coded[0], max(start, after))):
        # « Délibération 1/2018 ⏎ COMPTE ADMINISTRATIF », « DCM n°2020-57 - Acquisition … »:
        # one heading naming itself a deliberation, at the head of its line, is an item even
        # alone (the first page of minutes holds one); so is a bare code past the lists, then a
        # colon and a title in capitals (« 2019-12-01 : PLAN LOCAL D'URBANISME … »).
        return coded
    if len(chosen) < 2 and not coded and " : " in text:
        trailing = _trailing_codes(text, max(start, after), end)
        if trailing:
            return trailing
    if len(chosen) < 2 and "N°" in text:
        run = _run_items(text, start, end) or (_summary_rows(text, start, end) if "OBJET" in text else [])
        if run:
            return run
    if len(chosen) < 2:
        unnumbered = _unnumbered_items(text, start, end)
        if len(unnumbered) >= 2 and _voted(text, unnumbered, end):
            return unnumbered
        return (_agenda_and_body(text, cands, max(start, after))
                or _first_item(text, cands, max(start, after), end)
                or _first_caps_item(text, max(start, after), end))
    if chosen is best:
        chosen, coded_above = _codes_above(text, best, start)
        if not (coded_above or _voted(text, chosen, end) or _under_deliberations(text, chosen[0].start)):
            return []
    elif not _voted(text, chosen, end):
        return []
    return chosen + _added_points(text, chosen[-1].start, end, cands)


# « 1 ère DELIBERATION : Délégations consenties au Maire », « 2ème délibération - Tarifs »: an
# ordinal, the word, a title — a heading that names itself, an item even alone (a first page).
_ORDINAL_HEAD = re.compile(r"^[ \t]{0,16}(?P<n>\d{1,2})[ \t]?(?:[èe]re|[ÈE]RE|[èe]me|[ÈE]ME|e)[ \t]+"
                           r"(?:D[ÉE]LIB[ÉE]RATION|D[ée]lib[ée]ration)[ \t]*[:–-][ \t]*"
                           r"(?P<t>[A-ZÀ-Ýa-zà-ÿ«][^\n]{2,})$", re.MULTILINE)


# A register's page as a form: « N° de la délibération :1/ 8 juin 2009 ⏎ Objet de la délibération
# :Dépenses afférentes au compte 623 » — each field at the head of its line, the number then the
# object below (its date after a « / » is not the number's).
_DELIB_WORD = r"(?:de[ \t]+la|DE[ \t]+LA)[ \t]+(?:d[ée]lib[ée]ration|D[ÉE]LIB[ÉE]RATION)"
_FIELD_HEAD = re.compile(rf"^[ \t]{{0,16}}N°[ \t]*{_DELIB_WORD}"
                         r"[ \t]*:[ \t]*(?P<n>[A-Z]{0,3}[ \t]?\d{1,4}(?:[-/.]\d{1,4})?)(?!\d)[^\n]*\n"
                         rf"(?:[ \t]*\n){{0,2}}[ \t]*(?:Objet|OBJET)(?:[ \t]+{_DELIB_WORD})?"
                         r"[ \t]*:[ \t]*(?P<t>[^\n]{3,})$", re.MULTILINE)


def _field_items(text: str, start: int, end: int) -> list[Item]:
    """The items of a register printed as a form (:data:`_FIELD_HEAD`), in order."""
    return [Item(m.start(), m.group("n").strip(), _title(m.group("t")))
            for m in _FIELD_HEAD.finditer(text, start, end)]


def _ordinal_items(text: str, start: int, end: int) -> list[Item]:
    """The items headed by their ordinal (:data:`_ORDINAL_HEAD`), numbered 1, 2, 3… in order."""
    out: list[Item] = []
    for m in _ORDINAL_HEAD.finditer(text, start, end):
        if int(m.group("n")) == len(out) + 1:
            out.append(Item(m.start(), m.group("n"), _title(m.group("t"))))
    return out


def _dated(text: str, start: int, end: int) -> list[Item]:
    return dated_items(text, start, end)


# Items whose headings name themselves — a sitting's date (:func:`dated_items`), an ordinal and
# the word « délibération », a register's form — are the list as soon as one form finds them,
# before any numbered chain is looked for; each form is tried only when the text holds one of
# its words (none: always).
_SELF_NAMED_FORMS: tuple[tuple[tuple[str, ...], Callable[[str, int, int], list[Item]]], ...] = (
    ((), _dated),
    (("re D", "me D", "RE D", "ME D"), _ordinal_items),
    (("N° de la d", "N° DE LA D", "N°de la d"), _field_items),
)


# The verb (third person) opening one decision of a deliberation, where an item's title is a
# noun (« 1°) Approuve le compte », « 2°) Lui donne acte », not « 1. Approbation du compte »).
_DECISION_VERB = re.compile(
    r"(?:Lui[ \t]+|Leur[ \t]+)?(?i:Constate|Approuve|D[ée]cide|Autorise|Donne|Reconna[iî]t|Fixe|Dit|"
    r"Pr[ée]cise|Adopte|Accepte|Sollicite|Prend|Valide|Confirme|Rejette|Mandate|Attribue|Accorde|"
    r"Arr[êe]te)[ \t]")


# A heading naming a part of the record, not an item: « I-CONSEILLERS PRESENTS ET QUORUM »,
# « II - ORDRE DU JOUR ET DECISIONS PRISES », « 1. Appel nominal » (its outline numbers the
# roll call and the agenda; the items are numbered within). « Approbation de l'ordre du jour »
# is an item.
_PART_TITLE = re.compile(
    r"(?i)(?:(?:conseill[eè]re?s|membres|d[ée]l[ée]gu[ée]s|[ée]lus)\s+)?pr[ée]sents?\s+et\s+quorum"
    r"|(?:appel\s+nominal|quorum|v[ée]rification\s+du\s+quorum)\s*(?:$|[-–:.])"
    r"|ordre\s+du\s+jour\s+et\s+d[ée]cisions|d[ée]cisions\s+prises\s*$")


# A list of deliberations run together in one long line (a scan's text): « N°1 D.CCAS/2026/19 -
# Fixation du nombre de représentants … APPROUVÉE à l'unanimité N°2 D.CCAS/2026/20 - Décision
# modificative … APPROUVÉE à l'unanimité »: each « N°k », its code, its object, its outcome.
# (Its outcome words are not :data:`_OUTCOME_WORDS`, a répertoire's column: here they end an
# object read lazily, so they are matched with their case, in capitals or capitalised only — a
# word of the object in lower case, « le plan approuvé par l'État », does not end it — with their
# plural (« APPROUVÉES »), and only a vote's: « Ajournée », « Retirée », « Prend acte » are not
# among them. One shared fragment would change what is read.)
_RUN_ITEM = re.compile(
    r"(?<![\w/])N°[ \t]?(?P<k>\d{1,2})[ \t]+(?:(?P<code>[A-Z][\w.]*(?:/[\w.]+){1,3})[ \t]*[-–][ \t]*)?"
    r"(?P<t>[A-ZÀ-Ý][^\n]{2,400}?)[ \t,.:|;-]*"
    r"(?:(?P<o>APPROUV[ÉE]E?S?|ADOPT[ÉE]E?S?|REJET[ÉE]E?S?|Approuv[ée]e?s?|Adopt[ée]e?s?|Rejet[ée]e?s?)\b"
    r"|(?=N°[ \t]?\d))")


# A recueil's summary: « SOMMAIRE ⏎ N° OBJET PAGE ⏎ SEANCE DU 07 JUILLET ⏎ 61 APPROBATION DU PROCES
# VERBAL … ⏎ 6 ⏎ 62 INFORMATION DES ELUS … » — the deliberations numbered through the year (61, 62,
# 63 …), each row its number and object (its page on the next line).
_SUMMARY_HEAD = re.compile(r"(?m)^[ \t]*N°[ \t]+OBJET\b")
_SUMMARY_ROW = re.compile(r"(?m)^[ \t]{0,8}(?P<n>\d{1,4})[ \t]+(?P<t>[A-ZÀ-Ý][^\n]{5,})$")


def _summary_rows(text: str, start: int, end: int) -> list[Item]:
    """The rows of a summary under its « N° OBJET » heading (:data:`_SUMMARY_ROW`), numbered one
    more each (from any number); [] with fewer than three."""
    head = _SUMMARY_HEAD.search(text, start, end)
    if head is None:
        return []
    out: list[Item] = []
    for m in _SUMMARY_ROW.finditer(text, head.end(), end):
        n = int(m.group("n"))
        if out and n != int(out[-1].number) + 1:
            if len(out) >= _MIN_ROWS:
                break
            out = []
        title = _title(m.group("t"))
        if title and not _looks_like_figures(title):
            out.append(Item(m.start(), m.group("n"), title))
    return out if len(out) >= _MIN_ROWS else []


def _looks_like_figures(title: str) -> bool:
    """« 2 800,00 € », « 12 » : a row of figures, not an object."""
    return sum(ch.isalpha() for ch in title) < 4


def _run_items(text: str, start: int, end: int) -> list[Item]:
    """The items of a list run together (:data:`_RUN_ITEM`), numbered 1, 2, 3… in order, in a
    line longer than a laid-out text's; [] when fewer than two follow one another."""
    out: list[Item] = []
    for m in _RUN_ITEM.finditer(text, start, end):
        if int(m.group("k")) != len(out) + 1:
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        if (line_end if line_end >= 0 else len(text)) - line_start <= _LONG_LINE:
            continue
        # (Its outcome, and its vote, are read from its text: « APPROUVÉE à l'unanimité ».)
        out.append(Item(m.start(), m.group("code") or m.group("k"), _title(m.group("t"))))
    return out if len(out) >= 2 else []


# A numbered line that names a person, nothing else: « 1. Mr Joël LECOEUR », « 5- CASTELLI Daniel
# (Rabodanges) » — the members a deliberation designates, listed by rank, not items. A civility
# then a name, or a surname in capitals and a first name (or the other way round) then the
# commune in brackets.
_NAME_WORD = r"(?:[A-ZÀ-Ý][A-ZÀ-Ý'’-]+|[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)*)"
_PERSON_TITLE = re.compile(
    rf"(?:(?:M\.|Mr\.?|Mme|Mlle|Melle|Monsieur|Madame)[ \t]+{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}}"
    rf"|[A-ZÀ-Ý][A-ZÀ-Ý'’-]+(?:[ \t]+[A-ZÀ-Ý][A-ZÀ-Ý'’-]+)?[ \t]+[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)?"
    rf"[ \t]*\([^)\n]{{2,40}}\)?"
    rf"|[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)?[ \t]+[A-ZÀ-Ý][A-ZÀ-Ý'’-]+(?:[ \t]+[A-ZÀ-Ý][A-ZÀ-Ý'’-]+)?"
    rf"[ \t]*\([^)\n]{{2,40}}\)?)[ \t]*[,;.]?[ \t]*$")


# « DÉLIBÉRATIONS : » alone on the line above the first heading: the list that follows is the
# deliberations taken, even where the text is cut before any vote (the first page of a compte
# rendu that states each decision in a line, « accord pour … »).
# (« AFFAIRES A DELIBERER ⏎ 1- Débat d'Orientations Budgétaires », « Points soumis à délibération »)
_DELIBERATIONS_ABOVE = re.compile(
    r"(?:^|\n)[ \t]*(?:D[ÉE]LIB[ÉE]RATIONS|D[ée]lib[ée]rations|AFFAIRES[ \t]+[AÀ][ \t]+D[ÉE]LIB[ÉE]RER"
    r"|Affaires[ \t]+à[ \t]+délibérer|(?:POINTS|Points)[ \t]+(?:SOUMIS|soumis)[ \t]+(?:[AÀ]|à)[ \t]+"
    r"(?:D[ÉE]LIB[ÉE]RATION|délibération))[ \t]*:?[ \t]*\n(?:[ \t]*\n)*[ \t]*$")


def _under_deliberations(text: str, start: int) -> bool:
    """Whether the items starting at ``start`` are announced as such: « DELIBERATIONS » over them,
    or « … les points suivants sont évoqués : » just before the first."""
    return _DELIBERATIONS_ABOVE.search(text, max(0, start - 40), start) is not None \
        or _ITEMS_ANNOUNCED.search(text, max(0, start - 120), start) is not None


_ITEMS_ANNOUNCED = re.compile(r"(?i)(?:points|questions|sujets|affaires)\s+suivante?s\s+(?:sont|ont\s+été)\s+"
                              r"(?:évoqu|abord|examin|trait|débattu|étudi)[ée]*e?s\s*:\s*$"
                              r"|\bd[ée]lib[ée]rations\s*:\s*$")


# « SOMMAIRE Réf : 2021_057 - MODIFICATION DES STATUTS … Réf : 2021_058 - … »: each deliberation
# by its reference, the year and its rank, then its title up to the next « Réf : ».
_REF_HEAD = re.compile(r"R[ée]f[ \t]*:[ \t]*(?P<n>(?:19|20)\d{2}[-_/](?P<k>\d{1,4}))[ \t]*[-–:][ \t]*"
                       r"(?P<t>[A-ZÀ-Ý«][^\n]*?)(?=[ \t]+R[ée]f[ \t]*:|[ \t]*\n|$)")


def _ref_items(text: str, start: int, end: int) -> list[Item]:
    """The items headed « Réf : » and a code, when their ranks follow one another (a code
    printed twice, the summary's then the body's, is the body's)."""
    last: dict[str, re.Match[str]] = {}
    for m in _REF_HEAD.finditer(text, start, end):
        last[m.group("n")] = m
    found = sorted(last.values(), key=lambda m: m.start())
    ranks = [int(m.group("k")) for m in found]
    if len(found) < 2 or any(b != a + 1 for a, b in pairwise(ranks)):
        return []
    return [Item(m.start(), m.group("n"), _title(m.group("t"))) for m in found]


# A heading that names itself a deliberation, its code and its title, at the head of its line:
# « Délibération 2016/12/01 – BUDGETS … », « Délibération 1/2018 ⏎⏎ COMPTE ADMINISTRATIF »,
# « DCM n°2020-57 - Acquisition … », « N°004 : PARTICIPATION DES COMMUNES … », after a bullet
# (« - Délibération D202455 – Décision modificative … »).
_NAMED_CODE = re.compile(
    r"^[ \t]{0,16}(?:[-–•][ \t]+)?(?:D[ée]lib[ée]ration|D[ÉE]LIB[ÉE]RATION|DCM|DEL|(?=N°))"
    # (« DÉLIBÉRATION : DEL 20-86 APPROBATION … »: a colon before a code, not a count.)
    r"[ \t]*(?::[ \t]*(?=[A-Z]{1,3}[ \t_-]?\d|\d{1,6}[-_/.]\d))?(?:[Nn][°o][ \t]*)?"
    r"(?P<n>(?:[A-Z]{1,3}[ \t_-]?)?\d{1,6}(?:[-_/.]\d{1,4}){0,2}"
    # « DÉLIBÉRATION N° 22/111 AC DE L'ASSEMBLÉE DE CORSE »: the letters of the issuing body
    # after the code belong to the number, when the body's name or the line's end follows.
    r"(?:[ \t][A-Z]{2,3}(?=[ \t]+(?:DE[ \t]+L['’]|DU[ \t]|DE[ \t]+LA[ \t])|[ \t]*$))?)"
    r"(?:[ \t]*[:–-][ \t]*(?P<t>[A-ZÀ-Ýa-zé«][^\n]{2,})|[ \t]+(?P<t2>[A-ZÀ-Ý«][^\n]{2,})"
    r"|[ \t]*\n(?:[ \t]*\n){0,3}[ \t]*(?:Objet[ \t]*:[ \t]*)?(?P<t3>[A-ZÀ-Ý«][^\n]{2,}))$",
    re.MULTILINE,
)
# The words a named heading holds near its line's start: the pattern is tried only at the
# start of the lines that hold one (not at every place of the text).
# (« Délibération » with its capital: the word in lower case is the prose's.)
_NAMED_HINT = ("Délibération", "Deliberation", "DÉLIBÉRATION", "DELIBERATION", "DCM", "DEL", "N°")
_NAMED_REACH = 24


def _named_heads(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The matches of :data:`_NAMED_CODE` in ``text[start:end]``, in order."""
    out = []
    tried: set[int] = set()
    for w in _NAMED_HINT:
        k = text.find(w, start, end)
        while k >= 0:
            line = text.rfind("\n", 0, k) + 1
            if line >= start and k - line <= _NAMED_REACH and line not in tried:
                tried.add(line)
                m = _NAMED_CODE.match(text, line, end)
                if m is not None:
                    out.append(m)
            k = text.find(w, k + 1, end)
    return sorted(out, key=lambda m: m.start())


def _colon_caps(text: str, item: Item, after: int) -> bool:
    """Whether a coded heading past ``after`` prints a colon after its code and its title in
    capitals (« 2019-12-01 : PLAN LOCAL D'URBANISME INTERCOMMUNAL »)."""
    k = text.find(item.number, item.start)
    rest = text[k + len(item.number):k + len(item.number) + 4].lstrip(" \t") if k >= 0 else ""
    if item.start < after or not rest.startswith(":"):
        return False
    return _in_capitals(item.title) or _year_above(text, item)


# The title, then a colon and its code ending the line: « Travaux d'enfouissement des réseaux -
# fonds de concours : 2019-93 ».
_TRAILING_CODE_HEAD = re.compile(r"^[ \t]{0,16}(?P<t>[A-ZÀ-Ý«][^\n:]{2,200}?)[ \t]+:[ \t]*"
                                 r"(?P<n>(?:19|20)\d{2}-\d{1,3})[ \t]*$", re.MULTILINE)


def _trailing_codes(text: str, start: int, end: int) -> list[Item]:
    """The items headed by a title then its code (:data:`_TRAILING_CODE_HEAD`) past ``start``
    (the lists), each code of the sitting's year printed above it (:func:`_year_above`)."""
    out: list[Item] = []
    k = text.find(" : ", start, end)
    while k >= 0:
        line = text.rfind("\n", 0, k) + 1
        m = _TRAILING_CODE_HEAD.match(text, line, end) if line >= start else None
        if m is not None and (not out or out[-1].start != line):
            it = Item(line, m.group("n"), _title(m.group("t")))
            if not _year_above(text, it):
                return []
            out.append(it)
        k = text.find(" : ", k + 3, end)
    return out


_FULL_DATE = re.compile(r"(?:19|20)\d{2}[-_/](?:0[1-9]|1[0-2])[-_/](?:0[1-9]|[12]\d|3[01])")


def _year_above(text: str, item: Item) -> bool:
    """Whether a code starting with a year (« 2013-19 : Compte administratif du budget ») has
    that year printed above it, in the sitting's heading (« Séance du jeudi 4 avril 2013 »): a
    deliberation's number of that year, not a figure in the prose, nor a date (« 2021-04-01 »: a
    title in capitals is asked of it)."""
    year = item.number[:4]
    if _FULL_DATE.fullmatch(item.number) or not year.isdigit() or not year.startswith(("19", "20")) \
            or not item.title[:1].isupper():
        return False
    k = text.find(year, 0, item.start)
    return k >= 0 and not text[k - 1:k].isalnum() and not text[k + 4:k + 5].isalnum()


# « … N° 22/111 AC DE L'ASSEMBLÉE DE CORSE APPROUVANT LE PROCÈS-VERBAL … », « … du Conseil
# municipal portant … »: the body that deliberated, named between the number and the title,
# which starts at a present participle (or on the next line, the body alone on the heading's).
_BODY_BEFORE_TITLE = re.compile(
    r"(?:DE[ \t]+L['’]|DU[ \t]+|DE[ \t]+LA[ \t]+)(?:ASSEMBL|CONSEIL|BUREAU|COMIT|COMMISSION)\S*"
    r"(?:[ \t]+\S+){0,4}?(?:[ \t]+(?=\w+ANT\b)|[ \t]*\n\s*(?=\w)|[ \t]*$)", re.IGNORECASE)


_LINE_BELOW = re.compile(r"[ \t]*\n(?:[ \t]*\n){0,2}[ \t]*(?P<t>[A-ZÀ-Ý«][^\n]{2,})")


def _past_body(title: str, text: str, end: int) -> str:
    """``title`` (its heading ending at ``end``) without the issuing body named at its start
    (:data:`_BODY_BEFORE_TITLE`); the next line holding text when the body fills the line."""
    if title[:1] not in "Dd":
        return title
    m = _BODY_BEFORE_TITLE.match(title)
    if m is None:
        return title
    if m.end() < len(title):
        return title[m.end():]
    below = _LINE_BELOW.match(text, end)
    return below.group("t") if below else title


def _self_named(item: Item, after: int) -> bool:
    """Whether a code past ``after`` names itself a deliberation by its letters (« 2022_DEL014 »,
    « DCM2021-04 »): an item even alone, as a heading « Délibération … » is."""
    return item.start >= after and ("DEL" in item.number or "DCM" in item.number)


def _coded_items(text: str, start: int, end: int) -> tuple[list[Item], bool]:
    """The items headed by a code, in order, and whether their headings name themselves
    deliberations (:data:`_NAMED_CODE`) rather than print a bare code."""
    found = list(_CODED.finditer(text, start, end))
    named = False
    more = _named_heads(text, start, end)
    if more:
        at = {m.start() for m in found}
        named = bool(more)
        found = sorted([*found, *(m for m in more if m.start() not in at)], key=lambda m: m.start())
    coded: list[Item] = []
    seen: dict[str, str] = {}
    for k, m in enumerate(found):
        # A code printed again (a summary, a page footer) is not an item, nor one a character
        # off a code already read (« 2015-03-15 » in the closing index for « 2019-03-15 »).
        code = m.group("n")
        title = _past_body(m.group("t") or m.group("t2") or m.group("t3"), text, m.end())
        if code in seen and _fold(title)[:24] != _fold(seen[code])[:24] \
                and m.start() - found[k - 1].start() > _BODY_GAP \
                and (found[k + 1].start() if k + 1 < len(found) else end) - m.start() > _BODY_GAP:
            # « D2024-52 - Objet : Tarification 2025 » far below « D2024-52 - Objet : Redevance … »,
            # each with its text: the clerk typed a number twice; both are items.
            coded.append(Item(m.start(), code, _title(title)))
        elif code not in seen and not any(_one_char_off(code, c) for c in seen):
            seen[code] = title
            coded.append(Item(m.start(), m.group("n"), _title(title)))
    return coded, named


# The least text between an item's heading and its neighbours' (a summary's lines are closer).
_BODY_GAP = 600


# A text laid out as one long line (a page's text run together): an item's number after the
# end of a sentence, its mark, then a capital (« … à l'unanimité. 2 APPROBATION DU COMPTE RENDU
# … : », « … du Maire. 1. Approbation du procès-verbal … : M. le Maire … », « secrétaire. I -
# APPROBATION … 2007 LE CONSEIL MUNICIPAL APPROUVE … »).
# (The pattern starts with the literal « . »: re skips to the ends of sentences.)
# (« … à l'unanimité. 1)Approbation des comptes … : »: a parenthesis glued to the title.)
# (Or after a word in capitals, a mark after the figure: « … Séance du 30 Mars 2017 BUDGET PRINCIPAL
# 1 - VOTE DU COMPTE DE GESTION … »: a section's heading run together with its first item's.)
_INLINE_HEAD = re.compile(r"(?:\. |(?P<caps>(?<=[A-ZÀ-Ý]{3}) ))(?P<n>\d{1,2}|[IVX]{1,5})"
                          r"(?P<sep>[ \t]?[.)–-]|)(?:[ \t]+|(?<=\))(?=[A-ZÀ-Ý]))")
# A line this long is a page run together, not a line of a laid-out text.
_LONG_LINE = 400
# The title of an inline heading in capitals ends where the capitals do, or where the sentence
# that follows starts in capitals (« … 2007 LE CONSEIL MUNICIPAL APPROUVE … »); one in lower
# case ends at a colon or at the end of its sentence.
_CAPS_TITLE = re.compile(r"[A-ZÀ-Ý0-9«][A-ZÀ-Ý0-9«»'’,/&()°. -]*?(?=[ \t]+:|[ \t]+[A-ZÀ-Ý]?[a-zà-ÿ]"
                         r"|[ \t]+(?:LE|LA|LES)[ \t]+(?:CONSEIL|MAIRE|PR[ÉE]SIDENTE?|COMIT[ÉE])\b|\.[ \t]|$)",
                         re.MULTILINE)
# (A title in lower case ends too where the words that open the item's first sentence start:
# « 1) Approbation du compte rendu du 28 janvier Après lecture, le procès-verbal … ».)
_PLAIN_TITLE = re.compile(r"[^\n]{3,200}?(?=[ \t]+:[ \t]|\.[ \t]+[A-ZÀ-Ý]|\.?$"
                          r"|[ \t]+(?:Après|Monsieur|Madame|M\.|Mme|Vu|Considérant|Suite[ \t]+à"
                          r"|L[ea][ \t]+(?:Conseil|Maire|Président|Présidente|Comité)|Il[ \t]+est)\b)",
                          re.MULTILINE)


def _inline_heads(text: str, start: int, end: int) -> list[tuple[int, int, str, str, bool]]:
    """The item headings printed inside the long lines of ``text``, as candidates (start,
    value, number, title, roman): after a sentence's end, a mark after the figure (or a title
    in capitals), a title ended by a colon, a sentence's end or the end of its capitals."""
    out = []
    line_start = line_end = -1  # the line of the last match (one long line holds many)
    for m in _INLINE_HEAD.finditer(text, start, end):
        if m.start() > line_end:
            line_end = text.find("\n", m.end())
            line_end = line_end if line_end >= 0 else len(text)
            line_start = text.rfind("\n", 0, m.start())
        if line_end - line_start <= _LONG_LINE:
            continue  # (a line of a laid-out text: its headings start lines)
        n = m.group("n")
        value = int(n) if n.isdigit() else roman(n)
        if value is None or not 0 < value <= 60 or (m.group("caps") and not m.group("sep")):
            continue
        word = _DELIBERATION_WORD.match(text, m.end())  # (« 3. DELIBERATION Compte de gestion … »)
        caps = _CAPS_TITLE.match(text, word.end() if word else m.end())
        if caps is not None and _in_capitals(caps.group(0)) and len(caps.group(0)) >= 8:
            title = caps.group(0)
        elif m.group("sep"):
            at = word.end() if word else m.end()
            plain = _PLAIN_TITLE.match(text, at)
            # (No end within its length, « II. Intervention de Mr André FLAJOLET, Rapporteur Général
            # de la Commission … dans le cadre de la loi NOTRE Mr FLAJOLET explicite … »: its first
            # words, cut at a word's end.)
            title = plain.group(0) if plain else _first_words(text, at)
        else:
            continue  # « … délibéré. 3 Pour, 1 Contre »: no mark, no title in capitals
        if title.strip():
            out.append((m.start("n"), value, n, title, not n.isdigit()))
    if any(text[c[0] + len(c[2]):c[0] + len(c[2]) + 2] == "- " for c in out):
        out = sorted([*out, *_after_figures(text, start, end, out)])
    return out


def _first_words(text: str, at: int) -> str:
    """The words of ``text`` from ``at`` on, up to :data:`_TITLE_CUT` characters, cut at a word's
    end; "" unless the line starts with a capital."""
    piece = text[at:at + _TITLE_CUT]
    if not piece[:1].isupper() or "\n" in piece:
        return ""
    return piece[:piece.rfind(" ")] if " " in piece else ""


_TITLE_CUT = 160


# « … du 17 décembre 2019 1- Approbation … », « … Approbation : 30 3- Délibération … »: in a page
# run together whose other heads print « N- » after a sentence's end, a head after a figure
# (a date, a vote's count) instead; taken only next to a head already read (N ± 1).
_FIGURE_HEAD = re.compile(r"(?<=\d )(?P<n>\d{1,2})- (?=[A-ZÀ-Ý])")


def _after_figures(text: str, start: int, end: int,
                   found: list[tuple[int, int, str, str, bool]]) -> list[tuple[int, int, str, str, bool]]:
    values = {c[1] for c in found}
    cands = []
    for m in _FIGURE_HEAD.finditer(text, start, end):
        plain = _PLAIN_TITLE.match(text, m.end())
        if plain and plain.group(0).strip() and 0 < int(m.group("n")) <= 60:
            cands.append((m.start(), int(m.group("n")), m.group("n"), plain.group(0), False))
    out: list[tuple[int, int, str, str, bool]] = []
    for _ in range(2):  # (1 next to 2 read after a sentence's end, 0 next to 1)
        for c in cands:
            if c not in out and c[1] not in values and (c[1] - 1 in values or c[1] + 1 in values):
                out.append(c)
                values.add(c[1])
    return out


# The words that announce the numbered decisions of one deliberation, just before the first:
# « le Conseil DÉCIDE : », « je vous demande de bien vouloir : », « ARRÊTE : ».
_DECIDES = re.compile(r"(?:d[ée]cide|D[ÉE]CIDE|bien[ \t]+vouloir|BIEN[ \t]+VOULOIR|arr[êe]te|ARR[ÊE]TE)"
                      r"[ \t]*:?\s*\Z")


# A deliberation's code alone on its line: « 2011-02-001 », « 2019/07 ».
_CODE_LINE = re.compile(r"[ \t]*(?P<c>(?:19|20)\d{2}[-_/]\d{1,3}(?:[-_/]\d{1,4})?)[ \t]*\n(?:[ \t]*\n){0,3}")


def _codes_above(text: str, items: list[Item], start: int) -> tuple[list[Item], bool]:
    """``items`` with the number of each item printed under a deliberation's code alone on the
    line above its heading (« 2011-02-001 ⏎ II – Installation d'un délégué … »): that code, the
    deliberation's number as printed. Whether one was found: such codes prove the headings are
    the sitting's items."""
    out, found = [], False
    for it in items:
        line = text.rfind("\n", start, it.start)  # (the end of the line above the heading)
        k = text.rfind("\n", start, line) + 1 if line > start else -1
        while k > start and not text[k:line].strip():  # (blank lines between)
            line = k - 1
            k = text.rfind("\n", start, line) + 1
        m = _CODE_LINE.match(text, k) if 0 <= k < it.start else None
        if m is not None and m.end() == it.start:
            out.append(Item(it.start, m.group("c"), it.title, it.part, it.outcome, it.added))
            found = True
        else:
            out.append(it)
    return out, found


# Items headed without a number: « Objet : Tarifs de la cantine » at the head of its line, or a
# title alone on its line (after a blank line or a sentence's end) with « Rapporteur : » on the
# next line.
_OBJET_HEAD = re.compile(r"^[ \t]{0,16}(?:Objet|OBJET)[ \t]*:[ \t]*(?P<t>[A-ZÀ-Ýa-zé«][^\n]{2,})$",
                         re.MULTILINE)
# (Matched from the start of the line above the title: blank, or ending a sentence.)
_RAPPORTEUR_BELOW = re.compile(r"(?:[^\n]*[.:!?][ \t]*|[ \t]*)\n[ \t]{0,16}"
                               r"(?P<t>[A-ZÀ-Ý«][^\n]{2,200}[^.\n])"
                               r"\n[ \t]*(?:Rapporteur|RAPPORTEUR)(?:e|E)?[ \t]*:")


def _at_lines(rx: re.Pattern[str], text: str, start: int, end: int, words: tuple[str, ...],
              above: int) -> list[re.Match[str]]:
    """The matches of ``rx`` tried at the start of the line ``above`` lines over each line that
    starts with one of ``words`` (found with ``str.find``, not by trying ``rx`` everywhere)."""
    out = []
    for w in words:
        k = text.find(w, start, end)
        while k >= 0:
            line = text.rfind("\n", 0, k) + 1
            if not text[line:k].strip():
                for _ in range(above):
                    line = text.rfind("\n", 0, max(0, line - 1)) + 1
                m = rx.match(text, line, end) if line >= start else None
                if m is not None:
                    out.append(m)
            k = text.find(w, k + 1, end)
    return sorted(out, key=lambda m: m.start())


def _unnumbered_items(text: str, start: int, end: int) -> list[Item]:
    """The items of minutes headed by « Objet : » or by a title over its rapporteur, in order;
    one form only (the one with more headings), never numbered."""
    objet = [Item(m.start(), "", _title(m.group("t")))
             for m in _at_lines(_OBJET_HEAD, text, start, end, ("Objet", "OBJET"), 0)]
    over = [Item(m.start("t"), "", _title(m.group("t")))
            for m in _at_lines(_RAPPORTEUR_BELOW, text, start, end, ("Rapporteur", "RAPPORTEUR"), 2)]
    best = max(objet, over, key=len)
    if len(best) < 2 and (":\n" in text or ": \n" in text or "\xa0:" in text):
        caps = [Item(m.start(), "", _title(m.group("t"))) for m in _CAPS_DECIDED.finditer(text, start, end)]
        if len(caps) > len(best):
            best = caps
    if len(best) < 2 and "avoir d" in text:
        formula = _formula_heads(text, start, end)
        if len(formula) > len(best):
            best = formula
    if len(best) < 2 and ("Pour :" in text or "POUR :" in text):
        tables = _table_heads(text, start, end)
        if len(tables) > len(best):
            best = tables
    if len(best) < 2 and "•" in text:
        bullets = _bullet_heads(text, start, end)
        if len(bullets) > len(best):
            best = bullets
    if len(best) < 2 and "\n\n" in text:
        leads = _caps_leads(text, start, end)
        if len(leads) > len(best):
            best = leads
    return [it for it in best if it.title]


# « …Secrétaire de séance : M. X ⏎⏎ SYNDICAT MIXTE DE GESTION DES RIVIÈRES : DÉSIGNATION D'UN DÉLÉGUÉ
# M. le Maire informe l'assemblée que … ⏎⏎ SCHÉMA D'AMÉNAGEMENT … : PROJET DE PÉRIMÈTRE M. le Maire
# donne lecture … »: a paragraph opening on its title in capitals, its first sentence (« M. le
# Maire », « Le Conseil », « Vu ») after it on the same line or the next, unnumbered.
_CAPS_LEAD = re.compile(
    r"(?<=\n\n)[ \t]{0,8}(?P<t>[A-ZÀ-Ý«][A-ZÀ-Ý0-9«»'’ ,/&()°:–.\-]{14,200}?)"
    r"(?=(?:[ \t]+|[ \t]*\n[ \t]*)(?:M\.|(?:Mme|Monsieur|Madame"
    r"|Le[ \t]+(?:Maire|Conseil|Président|maire|conseil)"
    r"|La[ \t]+(?:Présidente|commune)|Vu|Considérant|Après|Suite|Lors|Il)\b)"
    # (« APPROBATION DU COMPTE RENDU DE LA REUNION DU 16/12/2020 ⏎⏎ Dans les questions diverses, … »:
    # the title alone in its paragraph, a sentence opening the next.)
    r"|[ \t]*\n(?:[ \t]*\n){1,3}[ \t]*[A-ZÀ-Ý][a-zà-ÿ]+[ \t,])")
# Headings in capitals that are no item: the record's own title, its lists, its parts.
_NOT_A_LEAD = re.compile(r"(?i)compte[- ]rendu|proc[èe]s[- ]verbal|s[ée]ance|r[ée]union|ordre\s+du\s+jour"
                         r"|pr[ée]sents?|absents?|excus[ée]s?|pouvoirs?|secr[ée]taire|d[ée]partement|r[ée]publique"
                         r"|commune\s+d[e']|mairie|conseil\s+municipal|d[ée]lib[ée]rations?\s*:?$")


def _caps_leads(text: str, start: int, end: int) -> list[Item]:
    """The paragraphs opening on a title in capitals (:data:`_CAPS_LEAD`), three words at least."""
    out = []
    for m in _CAPS_LEAD.finditer(text, start, end):
        t = m.group("t").strip(" :–-")
        if len(t.split()) >= 3 and _in_capitals(t) and _NOT_A_LEAD.search(t) is None \
                and sum(ch.isalpha() for ch in t) >= 12:
            out.append(Item(m.start("t"), "", _title(t)))
    return out


# « Délibérations ⏎ • Approbation du Compte de Gestion 2021 du Receveur municipal ⏎ Accord à la
# majorité : 10 pour … ⏎ • Approbation du Compte administratif 2021 ⏎ Le Maire ne prend pas part
# au vote. ⏎ Accord à la majorité : 9 pour … »: each bullet a deliberation's title, its vote on the
# lines below it (one or two), before the next bullet.
_BULLET_HEAD = re.compile(r"^[ \t]{0,8}•[ \t]+(?P<t>[A-ZÀ-Ý][^\n]{8,200})\n"
                          r"(?P<below>(?:[ \t]*[^\s•][^\n]*(?:\n|$)){1,2})", re.MULTILINE)
_BULLET_VOTE = re.compile(r"(?i)unanimit|\d+\s+pour\b|pour\s*:\s*\d|majorit[ée]|adopt[ée]|approuv[ée]"
                          r"|rejet[ée]")


def _bullet_heads(text: str, start: int, end: int) -> list[Item]:
    """The deliberations listed as bullets over their votes (:data:`_BULLET_HEAD`)."""
    return [Item(m.start(), "", _title(m.group("t"))) for m in _BULLET_HEAD.finditer(text, start, end)
            if _BULLET_VOTE.search(m.group("below")) and not _BULLET_VOTE.search(m.group("t"))
            and len(m.group("t").split()) >= 3 and not _LABELLED.match(m.group("t"))]


# « Secrétaire de séance : PERRONE Danièle »: a label and its value, not a title.
_LABELLED = re.compile(r"[^:\n]{2,40}?[ \t]:[ \t]*\S")


# A title alone on its line over the table of its vote (« Validation des comptes de gestion.⏎
# En exercice : 07 | Pour : 06 |⏎Présents : 06 | Contre : 0 | »): the line below holds « Pour : n ».
_TABLE_TITLE = re.compile(r"[ \t]{0,16}(?P<t>[A-ZÀ-Ý«][^\n:|]{2,150}?)[ \t]*\n"
                          r"[^\n]{0,40}?\b(?:Pour|POUR)[ \t]*:[ \t]*\d")
# (Not a head-count's line nor the sitting's: « Présents », « Votants » are the table's.)
_TABLE_NOT_TITLE = re.compile(r"(?i)(?:pr[ée]sents?|votants?|en\s+exercice|excus[ée]s?|absents?|contre"
                              r"|abstentions?|pour)\b")


def _table_heads(text: str, start: int, end: int) -> list[Item]:
    """The unnumbered items headed by a title over their vote's table; the previous minutes'
    approval left out (not numbered, not an item: the label's convention)."""
    out: list[Item] = []
    for w in ("Pour :", "POUR :"):
        k = text.find(w, start, end)
        while k >= 0:
            line = text.rfind("\n", 0, k)
            above = text.rfind("\n", 0, line) + 1 if line > 0 else -1
            m = _TABLE_TITLE.match(text, above, end) if above >= start else None
            if m is not None and not _TABLE_NOT_TITLE.match(m.group("t")) \
                    and not any(it.start == above for it in out):
                out.append(Item(above, "", _title(m.group("t"))))
            k = text.find(w, k + 1, end)
    out.sort(key=lambda it: it.start)
    return [it for it in out if not (_SECRETARY_ITEM.search(it.title) or _MINUTES_TITLE.search(it.title))]


# The previous minutes' approval as an item's title (« Adoption du procès-verbal du 6 février »).
_MINUTES_TITLE = re.compile(r"(?i)^(?:adoption|approbation|validation)\s+d[ue]s?\s+(?:la\s+)?"
                            r"(?:proc[èe]s[- ]verbal|compte[- ]rendu|pv)\b")


# A title heading its line, then a colon and the decision's formula on the same line:
# « Subvention : Après en avoir délibéré, le Conseil Municipal décide … », « Voirie communale :
# le conseil municipal, après en avoir délibéré, … ». (The title: a capital, no stop, no colon.)
_FORMULA_HEAD = re.compile(r"[ \t]{0,16}(?P<t>[A-ZÀ-Ý«][^\n:.;]{2,200}?)[ \t]*:[ \t]+"
                           r"(?:(?:le|Le|LE)[ \t]+(?:conseil|Conseil|CONSEIL)[ \t]+"
                           r"(?:municipal|Municipal|MUNICIPAL),?[ \t]+)?"
                           r"(?:après|Après|APRES|APRÈS)[ \t]+(?:en[ \t]+)?avoir[ \t]+d[ée]lib[ée]r[ée]")


def _formula_heads(text: str, start: int, end: int) -> list[Item]:
    """The items headed « Title : Après en avoir délibéré, … » at the start of their lines."""
    out: list[Item] = []
    k = text.find("avoir d", start, end)
    while k >= 0:
        line = text.rfind("\n", 0, k) + 1
        if line >= start:
            m = _FORMULA_HEAD.match(text, line, min(end, k + 16))
            if m is not None and (not out or out[-1].start != line):
                out.append(Item(line, "", _title(m.group("t"))))
        k = text.find("avoir d", k + 1, end)
    return out


# What a first item's title never starts with: a decision in the infinitive (« 1. D'approuver
# … »), a sentence of the prose (« 1. Le conseil municipal … »).
_NOT_A_TITLE = re.compile(r"(?:D['’]|De[ \t]|Le[ \t]+(?:conseil|maire)|La[ \t]+commune|Il[ \t]|Vu[ \t])")


def _agenda_and_body(text: str, cands: list[tuple[int, int, str, str, bool]], after: int) -> list[Item]:
    """The one item of minutes of one item, printed twice: in the agenda, then in the body
    (« 1. Tarification : location du rez-de-chaussée … » and again below, its vote after it); no
    « 2 » anywhere. The body's heading is the item."""
    ones = [c for c in cands if c[1] == 1]
    if len(ones) != 2 or ones[1][0] < after or any(c[1] == 2 for c in cands) \
            or _fold(ones[0][3])[:30] != _fold(ones[1][3])[:30] or not _mark(text, ones[1][0]):
        return []
    title = _title(ones[1][3])
    return [Item(ones[1][0], ones[1][2], title)] if title else []


def _first_item(text: str, cands: list[tuple[int, int, str, str, bool]], after: int,
                end: int) -> list[Item]:
    """The one item of a text cut short in its first item (the first page of minutes, an
    excerpt): « 1/ TRANSFERT DE LA COMPÉTENCE EAU … », « 1 – ADOPTION DU RÈGLEMENT … » at the
    head of its line, past the lists of members, with a mark after its figure, no « 2 » after
    it, and less than a short item's length of text after it. [] otherwise: a lone « 1. » in a
    whole document is a list inside its prose."""
    firsts = [c for c in cands if c[1] == 1 and c[0] >= after]
    if len(firsts) == 2 and firsts[0][4] and not firsts[1][4]:
        # « I ADMINISTRATION GENERALE ⏎⏎ 1. Démission d'une conseillère … »: its part, then it
        firsts = firsts[1:]
    if len(firsts) != 1 or any(c[1] == 2 and c[4] == firsts[0][4] for c in cands):
        return []
    s, _, n, t, is_roman = firsts[0]
    if not _mark(text, s) or end - s >= _CUT_ITEM or _NOT_A_TITLE.match(t) or len(text) - end > 0:
        return []
    sub = _NUMBERED_SUB.search(text, s, end)
    if sub is not None and sub.group("n") == n:
        return []  # « 1. Mayenne Communauté ⏎ 1-1 Proposition de … »: a section, its items numbered below
    short = len(t.split()) <= _SECTION_WORDS
    below = _CAPS_BELOW.match(text, text.find("\n", s, end) + 1 or end, end) if short else None
    if below is not None and _in_capitals(below.group("t")) and (below.group("gap") or below.group("dash")) \
            and len(below.group("t").split()) >= 2 and not t.rstrip().endswith(":"):
        # (Not « 1. Compte Administratif 2004 : ⏎⏎ FONCTIONNEMENT ⏎ Dépenses … »: a table's heading
        # below an item's title that announces it.)
        # « 1. ADMINISTRATION GÉNÉRALE ⏎ APPROBATION DU PROCÈS-VERBAL … », « I – PORT DE
        # PLAISANCE ⏎ - BUDGET PRIMITIF DU PORT 2022 »: a section's heading over its first item,
        # which the line below titles; the section's number is the item's as printed.
        t = below.group("t")
    elif is_roman:
        return []  # « I – Présentation » alone: the first part of a report as well as an item
    title = _title(t)
    return [Item(s, n, title)] if title else []


# An unnumbered title in capitals heading its line, a colon after it, and the decision on the
# next line: « TARIFS PUBLICS 2020 : ⏎ L'assemblée décide, à l'unanimité … », « VOIRIE : ⏎ Le
# Conseil Municipal, après en avoir délibéré, … ».
_CAPS_DECIDED = re.compile(r"^[ \t]{0,16}(?P<t>[A-ZÀ-Ý«][A-ZÀ-Ý0-9«»'’ ,/&()°-]{3,150}?)[ \t\xa0]*:[ \t]*\n"
                           r"[ \t]*(?:L['’]assembl[ée]e|Le[ \t]+[Cc]onseil|LE[ \t]+CONSEIL"
                           r"|Apr[èe]s[ \t]+en[ \t]+avoir)\b", re.MULTILINE)


def _first_caps_item(text: str, after: int, end: int) -> list[Item]:
    """The one item of a text cut short in its first item, headed by a title in capitals over
    its decision (:data:`_CAPS_DECIDED`), past the lists of members; [] when there are two such
    headings (a whole compte rendu's form, not read here) or the text runs on past the item."""
    if ":\n" not in text and ": \n" not in text and "\xa0:" not in text:
        return []
    heads = list(_CAPS_DECIDED.finditer(text, after, end))
    if len(heads) != 1 or end - heads[0].start() >= _CUT_ITEM or len(text) - end > 0:
        return []
    title = _title(heads[0].group("t"))
    return [Item(heads[0].start(), "", title)] if title and _in_capitals(title) else []


# A title in capitals on the line below a section's heading (blank lines between, a dash before).
# (Apart from the heading — a blank line, a dash —: not the heading's title going on below it.)
_CAPS_BELOW = re.compile(r"(?P<gap>(?:[ \t]*\n){1,3})?[ \t]*(?P<dash>[-–•][ \t]*)?"
                         r"(?P<t>[A-ZÀ-Ý«][^\n]{2,150}[^.\n:])[ \t]*$", re.MULTILINE)
# A section's heading is short: « ADMINISTRATION GÉNÉRALE », « PORT DE PLAISANCE ».
_SECTION_WORDS = 4


# « POINT RAJOUTÉ À L'ORDRE DU JOUR », « Points ajoutés à l'ordre du jour », « QUESTIONS
# SUPPLÉMENTAIRES » alone on a line: the points added at the opening, after the agenda's.
_ADDED = re.compile(
    r"^[ \t]{0,16}(?P<h>(?:points?|questions?)[ \t]+(?:r?ajout[ée]e?s?|suppl[ée]mentaires?)"
    r"(?:[ \t]+(?:[aà][ \t]+)?l['’][ \t]*ordre[ \t]+du[ \t]+jour)?)[ \t]*:?[ \t]*$",
    re.MULTILINE | re.IGNORECASE)
_ADDED_HINT = re.compile(r"(?i)jout|uppl")


def _added_points(text: str, after: int, end: int,
                  cands: list[tuple[int, int, str, str, bool]]) -> list[Item]:
    """The points added to the agenda, under their heading after the last item: numbered
    again from 1 just below it (« 1. AMENDES DE POLICE »), or one point without a number,
    titled by the line below the heading when that line is a title (in capitals, or alone
    before a blank line), else by the heading (its text starts with a sentence)."""
    if _ADDED_HINT.search(text, after, end) is None:
        return []
    m = _ADDED.search(text, text.find("\n", after, end) + 1 or end, end)
    if m is None:
        return []
    below = _NEXT_LINE.match(text, m.end(), end)
    out: list[Item] = []
    for s, value, n, t, is_roman in cands:
        if s > m.end() and not is_roman and value == len(out) + 1:
            if not out and (below is None or s > below.start("line")):
                break  # a « 1. » further down is a list inside the point's text
            out.append(Item(s, n, _title(t), added=True))
    if out:
        return out
    title = m.group("h")
    if below is not None:
        line = below.group("line").strip()
        if line[:1].isupper() and len(line) <= 150 and not line.endswith((".", ":")) \
                and (line.upper() == line or below.group("blank")):
            title = line
    return [Item(m.start(), "", _title(title), added=True)]


# The first line with text after a place, and whether a blank line follows it.
_NEXT_LINE = re.compile(r"\s*\n(?P<line>[^\n]*\S[^\n]*)(?P<blank>\n[ \t]*\n)?")


def dated_items(text: str, start: int = 0, end: int | None = None) -> list[Item]:
    """Items numbered by the sitting's date and their rank (« 20230609 1 TITRE »), in order.

    The code must be a date (AAAAMMJJ); the items keep the code most of them print, and one
    digit off it is OCR noise (« 29231113 1 » among « 20231113 N »). A rank printed again
    (a summary at the end) or lower than the last kept is not an item. One such heading is
    enough: a date code then a rank and a title is not written by chance, and an extract
    prints one.
    """
    end = len(text) if end is None else end
    # An eight-figure code starts a line: found from the line break (a literal re skips to),
    # where the pattern, which starts with « ^ », would be tried at every place of the text.
    if _DATED_HINT.search(text, max(0, start - 1), end) is None and not _DATED_FIRST.match(text, start):
        return []
    found = list(_DATED.finditer(text, start, end))
    codes = [m.group("code") for m in found if _is_date_code(m.group("code"))]
    if not codes:
        return []
    main = max(set(codes), key=lambda c: (codes.count(c), c))
    items: list[Item] = []
    last = 0
    for m in found:
        code, n = m.group("code"), int(m.group("n"))
        if n <= last or not (code == main or _one_digit_off(code, main)):
            continue
        last = n
        # (« 2021071201 Association … »: the rank glued to the date, two figures.)
        sep = "-" if "-" in m.group("sep") or "_" in m.group("sep") else " " if m.group("sep") else ""
        items.append(Item(m.start(), f"{code}{sep}{m.group('n')}", _title(m.group("t"))))
    return items


def _is_date_code(code: str) -> bool:
    """« 20230609 »: a year 1990–2099, a month and a day that exist."""
    try:
        dt.date(int(code[:4]), int(code[4:6]), int(code[6:]))
    except ValueError:
        return False
    return 1990 <= int(code[:4]) <= 2099


def _one_char_off(code: str, other: str) -> bool:
    """The same code but one figure of its year (« 2015-03-15 » for « 2019-03-15 »); not
    another rank (« DEL2025-02 » after « DEL2025-01 », « DL-056-07-13 » after « DL-055-07-13 »)."""
    return len(code) == len(other) > 5 and code[:4].isdecimal() and code[4:] == other[4:] \
        and sum(a != b for a, b in zip(code[:4], other[:4], strict=True)) == 1


def _one_digit_off(code: str, main: str) -> bool:
    return sum(a != b for a, b in zip(code, main, strict=True)) == 1


# The formula that closes a deliberation's debate: « Après en avoir délibéré » (in lower case).
_DELIBERATED_WORDS = r"en\s+avoir\s+d[ée]lib[ée]r"
_DELIBERATED = re.compile(rf"(?i){_DELIBERATED_WORDS}")
# What an item put to the vote says (in lower case): its outcome or its count.
# (« Après en avoir délibéré, les Membres du Conseil Municipal acceptent … »: the register's formula
# of a decision taken, though no vote is printed.)
_VOTED = re.compile(r"unanimit|adopt|approuv|vote|pour\s*:?\s*\d|contre\s*:|abstention|d[ée]cide"
                    rf"|majorit[ée]|rejet|{_DELIBERATED_WORDS}")


def _voted_text(low: str) -> bool:
    """Whether ``low`` (in lower case) holds a vote's words, or « 15 pour » (FOR_COUNT, found from
    its « pour »: a pattern led by a digit is tried everywhere)."""
    if _VOTED.search(low) is not None:
        return True
    k = low.find(" pour")
    while k >= 0:
        if FOR_COUNT.search(low, max(0, k - 16), k + 17) is not None:
            return True
        k = low.find(" pour", k + 5)
    return False


_NOT_VOTED = re.compile(r"(?i)questions?\s+diverses|informations?\b(?:\s+diverses)?|divers\b"
                        r"|communications?\b(?:\s+diverses)?")


def not_voted(title: str) -> bool:
    """Whether an item's title is that of an item never voted on (« Questions diverses »)."""
    return _NOT_VOTED.fullmatch(title.strip(" .:;")) is not None


_SECRETARY_ITEM = re.compile(r"(?i)(?:d[ée]signation|[ée]lection|nomination|choix)\s+d[ue]s?\s+(?:la\s+)?"
                             r"secr[ée]taires?\s+de\s+s[ée]ance"
                             # (The sitting's other steps before its items, « 1) – Appel des membres »,
                             # « 2) – Lecture de l'ordre du jour »: numbered with them, never voted.)
                             r"|appel\s+(?:nominal|des\s+(?:membres|conseillers|pr[ée]sents))\s*$"
                             r"|lecture\s+de\s+l['’]ordre\s+du\s+jour\s*$")


_ACT_TITLE = re.compile(r"(?i)(?:installation|[ée]lection)s?\s+(?:du|de\s+la|des|d['’])")


def _voted(text: str, items: list[Item], end: int) -> bool:
    """Whether more than half the items (« questions diverses » aside) are voted on: the
    sections of one report (« I. Présentation », « II. Les missions ») are not items."""
    voted = counted = 0
    opening = cut = False
    for i, it in enumerate(items):
        if _NOT_VOTED.match(it.title) or _SECRETARY_ITEM.match(it.title):
            # « Questions diverses », « Informations »: never voted; « Désignation du secrétaire
            # de séance »: a designation most minutes state without a vote (« M. X est désigné »).
            # Neither counts.
            opening = opening or _SECRETARY_ITEM.match(it.title) is not None
            continue
        stop = items[i + 1].start if i + 1 < len(items) else min(end, it.start + 20_000)
        # (An installation or an election — « INSTALLATION DES DELEGUES SYNDICAUX », « ELECTION DU
        # PRESIDENT » — is an act of the assembly the register records, whatever its text says.)
        has = _voted_text(text[it.start:stop].lower()) or _ACT_TITLE.match(it.title) is not None
        if not has and i + 1 == len(items) and stop == len(text) and stop - it.start < _CUT_ITEM:
            # The last item, short and ending the text without a vote: the text is cut there
            # (the first lines of a page); it neither counts for nor against the others.
            cut = True
            continue
        counted += 1
        voted += has
    if counted == 0:
        # « 1 – DÉSIGNATION DU SECRÉTAIRE DE SÉANCE … 2 – APPROBATION DES COMPTES RENDUS … » and
        # the text cut there: the sitting's opening, then its first item, both items.
        return opening and cut
    return voted * 2 > counted


# The most characters of a last item whose missing vote is taken for a text cut short.
_CUT_ITEM = 1500


def _looks_like_title(t: str) -> bool:
    """A heading without a separator after its figure starts with a capital and has words."""
    words = t.split()
    return bool(words) and words[0][:1].isupper() and not words[0][:1].isdigit() and len(words) <= 25


def _best_chain(cands: list[tuple[int, int, str, str, bool]],
                text: str) -> list[tuple[int, int, str, str, bool]]:
    """Chains 1, 2, 3… (each next number the first of its kind after the last link, same
    numbering — figures or roman); a chain whose head is printed as its other links are wins
    over one whose head alone has no mark (:func:`_glued_head`), then the one spanning the
    most text, ties to the longer."""
    best: list[tuple[int, int, str, str, bool]] = []
    best_key = (False, 0, 0)
    # Per (roman?, value): the candidates' indices, in order; a chain takes the first after its last link.
    index: dict[tuple[bool, int], list[int]] = {}
    # A chain of headings in capitals (« 1. PROPOSITION D'ACHAT ») takes its next link among
    # the headings not written as prose when there is one, past a list numbered inside an item
    # (« 1. Compte tenu du caractère précaire… », « 2. La gestion du fonds… », lower case).
    # And the other way round: a chain of headings not in capitals takes its next link among
    # those not in capitals (past an index in capitals).
    headings: dict[tuple[bool, int], list[int]] = {}
    plain: dict[tuple[bool, int], list[int]] = {}
    caps = [_in_capitals(c[3]) for c in cands]
    for i, c in enumerate(cands):
        index.setdefault((c[4], c[1]), []).append(i)
        if not _in_lower_case(c[3]):
            headings.setdefault((c[4], c[1]), []).append(i)
        if not caps[i]:
            plain.setdefault((c[4], c[1]), []).append(i)
    for i, c in enumerate(cands):
        if c[1] != 1 and (c[1] != 0 or c[4]):
            continue  # (a chain starts at 1, or at a figure 0)
        chain = [c]
        k = i
        skipped = False
        first = headings if caps[i] else plain
        while True:
            nxt = _next_link(first, index, c[4], chain[-1][1] + 1, k)
            if nxt is None and not skipped and len(chain) >= 3:
                # One number lost (by the OCR, or a typing slip: « 9. … » then « 11. … »): the
                # chain goes on past it when the two numbers after it follow; the lost item's
                # text stays in the item before.
                after = _next_link(first, index, c[4], chain[-1][1] + 2, k)
                if after is not None and _next_link(first, index, c[4], chain[-1][1] + 3, after) is not None:
                    nxt, skipped = after, True
            if nxt is None:
                break
            k = nxt
            chain.append(cands[k])
        if len(chain) < 2:
            continue
        # The span of the chain: from its first heading to its last, plus the typical item length.
        span = chain[-1][0] - chain[0][0]
        key = (not _glued_head(text, chain), span, len(chain))
        if key > best_key:
            best, best_key = chain, key
    return best


_MARK = re.compile(rf"[ \t]*{_ITEM_WORD}(?:\d{{1,2}}|[IVXL]{{1,6}})[ \t]?(?P<m>[.)°/:–-]?)")


def _mark(text: str, start: int) -> str:
    """The mark printed after a heading's number (« . », « ) », « – »), « » for none."""
    m = _MARK.match(text, start)
    return m.group("m") if m else ""


def _glued_head(text: str, chain: list[tuple[int, int, str, str, bool]]) -> bool:
    """Whether the chain's head alone has no mark after its number, its other links one and
    the same (« 1 COMPTE-RENDU DE LA SÉANCE » — a page's number glued to the document's
    title — then « 2. APPROBATION … », « 3. ACTIONS … »)."""
    marks = {_mark(text, link[0]) for link in chain[1:]}
    return _mark(text, chain[0][0]) == "" and len(marks) == 1 and "" not in marks


def _next_link(first: dict[tuple[bool, int], list[int]], index: dict[tuple[bool, int], list[int]],
               is_roman: bool, value: int, k: int) -> int | None:
    """The index of the first candidate numbered ``value`` after index ``k``, among ``first``
    when there is one there, else among all; None when there is none."""
    later = first.get((is_roman, value), [])
    at = bisect_right(later, k)
    if at == len(later):
        later = index.get((is_roman, value), [])
        at = bisect_right(later, k)
    return later[at] if at < len(later) else None


def _in_lower_case(title: str) -> bool:
    """Whether a heading's title is written as prose: of its first forty characters' letters,
    fewer than one in four in capitals (« La gestion du fonds agricole en bon père »)."""
    letters = [ch for ch in title[:40] if ch.isalpha()]
    return sum(ch.isupper() for ch in letters) * 4 < len(letters)


def _in_capitals(title: str) -> bool:
    """Whether a heading's title is in capitals: four letters at least, and of its first
    forty characters' letters, three in four (« TARIFS ASSAINISSEMENT 2018 de RABODANGES »,
    « PROGRAMME Ad'ap 2018/2019 – TRAVAUX »)."""
    letters = [ch for ch in title[:40] if ch.isalpha()]
    return len(letters) >= 4 and sum(ch.isupper() for ch in letters) * 4 >= len(letters) * 3


# Agenda lines are printed one under another: less than this from one heading to the next.
_AGENDA_GAP = 250


def _two_levels(chain: list[tuple[int, int, str, str, bool]], cands: list[tuple[int, int, str, str, bool]],
                end: int) -> list[tuple[int, int, str, str, bool]]:
    """The items of minutes numbered on two levels, if they are: rubrics in Roman figures, each
    holding items numbered 1, 2, 3… again (« I. AFFAIRES GÉNÉRALES ⏎ 1. D2024-14 - Élection du
    président de séance ⏎ II. FINANCES ⏎ 1. D2024-15 - Compte Financier Unique ⏎ 2. … »): the items
    are those of the second level, the rubrics their headings only. Two rubrics at least must
    hold such a run; else the chain as it is."""
    runs: list[list[tuple[int, int, str, str, bool]]] = []
    for i, rubric in enumerate(chain):
        stop = chain[i + 1][0] if i + 1 < len(chain) else end
        run: list[tuple[int, int, str, str, bool]] = []
        for c in cands:
            if not c[4] and rubric[0] < c[0] < stop and c[1] == len(run) + 1:
                run.append(c)
        runs.append(run)
    if sum(1 for run in runs if run) < 2:
        return chain
    return [c for run in runs for c in run]


def _past_agenda(chain: list[tuple[int, int, str, str, bool]],
                 cands: list[tuple[int, int, str, str, bool]]) -> list[tuple[int, int, str, str, bool]]:
    """The chain with its head moved from the agenda to the body.

    « 1. Approbation … ⏎ 2. Comptes … ⏎ 3. Budgets … ⏎ 4. Décisions » (the agenda), then the body
    « 1. Approbation » … « 2. Comptes » … « 4. Décisions » (item 3 printed without its number)
    … « 5. » … « 6. »: the chain 1, 2, 3, 4 of the agenda, then 5, 6 of the body, spans the
    most text. Its first links printed one under another are the agenda's lines when the same
    numbers are printed again before its next link: those are the headings taken (a number
    the body does not print again is dropped: its text is in the item before).
    """
    run = 1
    while run < len(chain) and chain[run][0] - chain[run - 1][0] < _AGENDA_GAP:
        run += 1
    if run < 2 or run >= len(chain):
        return chain
    end = chain[run][0]
    body: list[tuple[int, int, str, str, bool]] = []
    after = chain[run - 1][0]
    for link in chain[:run]:
        again = next((c for c in cands if after < c[0] < end and c[1] == link[1] and c[4] == link[4]), None)
        if again is not None:
            body.append(again)
            after = again[0]
    if len(body) < 2 or body[0][1] != chain[0][1]:
        return chain
    return body + chain[run:]


_OBJET_WORD = re.compile(r"(?i)^objet\s*:\s*")
# « 2. DELIBERATION Compte administratif … »: the word that names the item a deliberation, in
# capitals before a title of its own, is not the title's either.
_DELIBERATION_WORD = re.compile(r"D[ÉE]LIB[ÉE]RATION[ \t]+(?=[A-ZÀ-Ý][a-zà-ÿ])")


# The words that start a sentence of the prose, never a heading: « 29231113 1 1 /Par
# conséquent, il est nécessaire d'intégrer… » (the item's heading is above its number).
_PROSE_START = re.compile(r"(?i)(?:par\s+cons[ée]quent|en\s+cons[ée]quence|consid[ée]rant|il\s+est\b"
                          r"|il\s+a\s+[ée]t[ée]|ainsi\s*,|de\s+plus\b|apr[èe]s\s+(?:en\s+)?avoir)")


# « 1 – ADOPTION DU RÈGLEMENT INTÉRIEUR Rapporteur : M. X »: the rapporteur printed on the
# heading's line is not the title's.
_RAPPORTEUR_AFTER = re.compile(r"\s+(?:Rapporteur|RAPPORTEUR)(?:e|E)?\s*:.*$")


def _title(t: str) -> str:
    # « D2025-040 – Objet : Tarifs 2026 »: the word « Objet » is not the title's.
    if "apporteur" in t or "APPORTEUR" in t:
        t = _RAPPORTEUR_AFTER.sub("", t)
    t = _OBJET_WORD.sub("", " ".join(t.split()).strip(" :.-–"))
    word = _DELIBERATION_WORD.match(t) if t[:1] == "D" else None
    t = t[word.end():] if word else t
    return "" if _PROSE_START.match(t) else t


# A sub-heading inside an item: « - Approbation du compte administratif 2022 » (a bullet, a
# capital, a short line), or such a short line alone between two blank lines, without a
# bullet or a final stop. The words of a printed count are not one (« - Pour : 14 »).
_SUB_BULLET = re.compile(r"[ \t]{0,24}[-–−•][ \t]+(?P<t>[A-ZÀ-Ý][^\n]{3,150})")
_SUB_ALONE = re.compile(r"[ \t]{0,24}(?P<t>[A-ZÀ-Ý][^\n:?€]{3,100}[^\s.:;,?])[ \t]*")
# (One ended by a colon, over its vote only: « Vote des comptes de gestion 2020 : ⏎⏎ 15 pour. »;
# over a sentence, « Marc DUFOUR : » is a speaker's turn.)
_SUB_ALONE_COLON = re.compile(_SUB_ALONE.pattern + r":[ \t]*")
# What follows a line alone that is a heading: a sentence (« Madame le maire quitte… »), not
# a table's row (« 6811 dot. amort. 56.02 € », « Dépenses de fonctionnement » over figures).
_SENTENCE_START = re.compile(r"[ \t]*[A-ZÀ-Ý](?:[^\n€]*?\b[a-zà-ÿ]{2,}\b){3}[^\n€]*")
# … or the vote itself (« Vote des comptes de gestion 2020 : ⏎⏎ 15 pour. »).
_VOTE_AFTER = re.compile(r"[ \t]*(?:\d{1,3}[ \t]+(?:voix[ \t]+)?(?:pour|POUR|Pour)\b|(?:Vote|VOTE)[ \t]*:"
                         r"|Adopt|ADOPT|Unanim|UNANIM|À[ \t]+l['’]unanimit|A[ \t]+l['’]unanimit)[^\n]*")
_COUNT_WORDS = re.compile(r"(?i)(?:pour|contre|abstentions?|absentions?|abstenus?|unanimit[ée]|votants?)\b"
                          r"|votes?[ \t]*:")


# A decision in the infinitive (« - D'approuver l'adhésion … », « - De fixer le tarif … »): what
# the vote decides, not a sub-heading.
_DECISION_LINE = re.compile(r"D['’][a-zà-ÿ]|De[ \t]+[a-zà-ÿ]")


@dataclass(frozen=True)
class _Sub:
    start: int
    end: int
    title: str


def _sub_headings(text: str, start: int, stop: int, bullets: bool) -> list[_Sub]:
    """The sub-headings of the item ``text[start:stop]`` (its own heading line aside): the
    bulleted ones, or the short lines alone between blank lines."""
    out: list[_Sub] = []
    lines = text[start:stop].split("\n")
    pos = start + len(lines[0]) + 1
    for k in range(1, len(lines)):
        line = lines[k]
        end = pos + len(line)
        if bullets:
            m = _SUB_BULLET.fullmatch(line)
        elif not lines[k - 1].strip() and k + 1 < len(lines) and not lines[k + 1].strip():
            after = next((x for x in lines[k + 2:k + 6] if x.strip()), "")
            if _SENTENCE_START.fullmatch(after):
                m = _SUB_ALONE.fullmatch(line)
            elif _VOTE_AFTER.fullmatch(after):
                m = _SUB_ALONE.fullmatch(line) or _SUB_ALONE_COLON.fullmatch(line)
            else:
                m = None
        else:
            m = None
        if m is not None and not _COUNT_WORDS.match(m.group("t")) \
                and not _DECISION_LINE.match(m.group("t")):
            out.append(_Sub(pos, end, m.group("t")))
        pos = end + 1
    return out


def split_votes(text: str, items: list[Item], end: int,
                has_vote: Callable[[str], bool]) -> list[Item]:
    """``items`` with each item that holds several votes cut into one part per vote.

    A budget sitting puts one item to the vote several times (« 1. Budget – Commune : »
    then « - Approbation du compte de gestion … Vote : … », « - Affectation des résultats …
    Vote : … »): each sub-heading with its own vote is a deliberation of its own, sharing the
    item's number. Bulleted sub-headings (« - Approbation du compte de gestion 2022 ») cut
    an item when each has its own vote (``has_vote``); else those after a blank line cut it
    at the first of them after each vote, the bullets that follow it before the vote listing
    what it holds (« - Taxe foncière : 38 % »). Short lines alone between blank lines, over a
    sentence (« Approbation du compte de gestion 2019 »), cut it the same way, the last before
    the vote giving the title (a line alone such as « Arrivée de M. X à 19h07 » joins the
    part). The text before the first sub-heading must hold no vote, and there must be two
    votes at least: a list of bullets before an item's only vote cuts nothing.
    """
    out: list[Item] = []
    numbered = _numbered_subs(text, items, end)
    for i, it in enumerate(items):
        stop = items[i + 1].start if i + 1 < len(items) else end
        subs = numbered.get(i, [])
        if len(subs) >= 2:
            # « 4. ELECTION DU 1ER ADJOINT » then « 4-1 DETERMINATION DU NOMBRE DE POSTES »,
            # « 4-2 ELECTION D'UN PREMIER ADJOINT »: each sub-item is a deliberation, numbered
            # « 4.1 », « 4.2 »; the item's own heading is one only if a vote comes before them.
            # One of them before the last must hold a vote of its own: « 2.1 Section de
            # fonctionnement », « 2.2 Section d'investissement », then one vote on the budget,
            # are the parts of one deliberation. Under « Questions diverses », only the
            # sub-items put to the vote are deliberations (the others are what is said there).
            ends = [s.start for s in subs[1:]] + [stop]
            diverse = not_voted(it.title)
            # (Under « Questions diverses », a sub-item deliberated with no vote printed, « Après
            # en avoir délibéré, les Membres du Conseil ; Adhèrent à la requête », is one too.)
            voted = [s for s, e in zip(subs, ends, strict=True)
                     if has_vote(text[s.start:e]) or (diverse and _voted_text(text[s.start:e].lower()))]
            if not voted and not _DELIBERATED.search(text, it.start, subs[0].start) \
                    and all(_DELIBERATED.search(text, s.start, e) for s, e in zip(subs, ends, strict=True)):
                # « 8- AVANCEMENT DE GRADE ⏎ a) Délibération portant création d'un poste … Après en
                # avoir délibéré, le conseil municipal décide … ⏎ b) … Après en avoir délibéré … »:
                # no vote printed, but each sub-item deliberated apart is a deliberation.
                voted = subs
            if (voted and voted[0] is not subs[-1]) or (diverse and voted):
                if has_vote(text[it.start:subs[0].start]):
                    out.append(it)
                out.extend(voted if diverse else subs)
                continue
        bulleted = _sub_headings(text, it.start, stop, True)
        parts = _voted_parts(text, it, bulleted, stop, has_vote, True, strict=True)
        if parts is None:  # (bullets inside a part: only those after a blank line head one)
            spaced = [b for b in bulleted if not text[text.rfind("\n", 0, b.start - 1) + 1:b.start].strip()]
            parts = _voted_parts(text, it, spaced, stop, has_vote, True)
        if parts is None:
            parts = _voted_parts(text, it, _sub_headings(text, it.start, stop, False), stop, has_vote, False)
        if parts is None:
            out.extend(_votes_apart(text, it, stop, has_vote))
            continue
        for k, m in enumerate(parts, start=1):
            sub = _title(m.title)
            # « - Budget – Commune : Vote des subventions » repeats the item's title.
            title = it.title if not sub else sub if _fold(sub).startswith(_fold(it.title)) \
                else f"{it.title} : {sub}"
            out.append(Item(it.start if k == 1 else m.start, it.number, title, k))
    return out


# « Vote : Pour à l'unanimité » at the head of its line: a vote the minutes record.
_VOTE_LINE = re.compile(r"^[ \t]*(?:Vote|VOTE)[ \t]*:", re.MULTILINE)
_PARAGRAPH_END = re.compile(r"\n[ \t]*\n")
_PROSE_WORD = re.compile(r"\b[a-zà-ÿ]{2,}\b")
_PROCEDURE = re.compile(r"(?i)main\s+lev[ée]e|scrutin\s+secret|bulletins?\s+secrets?")


def _votes_apart(text: str, it: Item, stop: int, has_vote: Callable[[str], bool]) -> list[Item]:
    """``it``, or one part per vote when it records two votes or more with no sub-heading
    (« Madame le maire demande … s'ils sont d'accord pour : - approuver la contexture … Vote :
    pour : 15, contre : 4 ⏎⏎ Madame le maire demande … - solliciter … une aide ⏎ Vote : pour à
    l'unanimité »): each vote is a deliberation, sharing the item's number and title. A part
    ends with the paragraph of its vote (its counts below « Vote : »)."""
    if text.count("ote", it.start, stop) < 2:
        return [it]
    lines = [m.start() for m in _VOTE_LINE.finditer(text, it.start, stop)]
    if len(lines) < 2:
        return [it]
    starts = [it.start]
    for at in lines[:-1]:
        end = _PARAGRAPH_END.search(text, at, stop)
        if end is None or end.end() >= lines[len(starts)]:
            return [it]  # (two « Vote : » in one paragraph: one vote's lines)
        starts.append(end.end())
    bounds = [*starts[1:], stop]
    if any(len(_PROSE_WORD.findall(text, a, at)) < 12 for a, at in zip(starts[1:], lines[1:], strict=False)):
        # (« Association A 320 € ⏎ Vote : … ⏎ Association B 450 € ⏎ Vote : … »: the subsidies of one
        # item voted line by line, no proposal of their own between the votes: one deliberation.)
        return [it]
    if not all(has_vote(text[a:b]) for a, b in zip(starts, bounds, strict=True)) \
            or _PROCEDURE.search(text, it.start, stop):
        # (« s'ils sont d'accord pour procéder à cette désignation par un vote à main levée : Vote :
        # Pour à l'unanimité »: a vote on how to vote is no deliberation of its own.)
        return [it]
    return [Item(a, it.number, it.title, k) for k, a in enumerate(starts, start=1)]


# « 4-1 TITRE », « 4.2 TITRE », « 5.a) TITRE »: a sub-item of item 4 or 5.
# (« 20/A DENOMINATION D'UNE VOIE PUBLIQUE »: a slash, a capital letter.)
_NUMBERED_SUB = re.compile(r"^[ \t]{0,16}(?P<n>\d{1,2})[./-](?P<k>\d{1,2}|[a-zA-H])\)?[ \t]+"
                           r"(?P<t>[A-ZÀ-Ý«\"'][^\n]{2,})$", re.MULTILINE)


def _numbered_subs(text: str, items: list[Item], end: int) -> dict[int, list[Item]]:
    """The numbered sub-items of each item (by its index), in order: those printing the
    item's number, their own counted from 1 (or « a »), one after the other."""
    out: dict[int, list[Item]] = {}
    if not items:
        return out
    starts = [it.start for it in items]
    for m in _NUMBERED_SUB.finditer(text, items[0].start, end):
        i = bisect_right(starts, m.start()) - 1
        it = items[i]
        if it.part or m.group("n") != it.number:
            continue
        subs = out.setdefault(i, [])
        k = m.group("k")
        rank = int(k) if k.isdecimal() else ord(k.lower()) - ord("a") + 1
        if rank == len(subs) + 1:
            subs.append(Item(m.start(), f"{it.number}.{k}", _title(m.group("t"))))
    if len(items) >= 2:
        # « 13. QUESTIONS DIVERSES ⏎ a) MISE EN CONFORMITE ELECTRIQUE DES CLOCHES … ⏎ b) BARDAGE
        # DU LOCAL TECHNIQUE … »: letters alone in order under an item that has no numbered
        # sub-item, each a title (not « a) D'approuver … », a decision's part).
        lettered: dict[int, list[Item]] = {}
        for m in _LETTERED_SUB.finditer(text, items[0].start, end):
            i = bisect_right(starts, m.start()) - 1
            if i in out or items[i].part or _DECISION_VERB.match(m.group("t")):
                continue
            subs = lettered.setdefault(i, [])
            if ord(m.group("k").lower()) - ord("a") == len(subs):
                subs.append(Item(m.start(), f"{items[i].number} {m.group('k')}", _title(m.group("t"))))
        out.update({i: subs for i, subs in lettered.items() if len(subs) >= 2})
        # « 9- QUESTIONS DIVERSES ⏎ 1) Adhésion au programme « actes » … ⏎ 2) Adhésion au CNAS »:
        # the sub-items numbered again from 1 with « ) », under an item that has none of the
        # above; numbered « 9.1 », « 9.2 » (the item's number, then theirs).
        for i, it in enumerate(items):
            stop = items[i + 1].start if i + 1 < len(items) else end
            if i in out or it.part or text.find("1)", it.start, stop) < 0 \
                    or text.find("2)", it.start, stop) < 0:
                continue
            subs = []
            for m in _RESTARTED_SUB.finditer(text, it.start + 1, stop):
                if int(m.group("k")) == len(subs) + 1 and not _DECISION_VERB.match(m.group("t")) \
                        and not _PROSE_SUBJECT.match(m.group("t")):
                    subs.append(Item(m.start(), f"{it.number}.{m.group('k')}", _title(m.group("t"))))
            if len(subs) >= 2:
                out[i] = subs
    return out


# « 1) Il propose d'appliquer les tarifs suivants »: a sentence of the item's prose, not a title.
_PROSE_SUBJECT = re.compile(r"(?i)(?:il|elle|ils|elles|on|nous|je|le\s+conseil|le\s+maire|monsieur|madame)\b")
# « 1)   Adhésion au programme … »: a sub-item numbered from 1 again within its item.
_RESTARTED_SUB = re.compile(r"^[ \t]{0,16}(?P<k>\d{1,2})\)[ \t]+(?P<t>[A-ZÀ-Ýa-zà-ÿ«\"'][^\n]{2,})$",
                            re.MULTILINE)


# « a) MISE EN CONFORMITE … », « b. Bardage du local technique »: a sub-item by its letter.
# (« A) CONVENTION RELATIVE … », « A. CONVENTION RELATIVE A L'ELAGAGE » in capitals too: after a
# full stop, with three words at least: « A. DUPONT » is a name.)
_LETTERED_SUB = re.compile(r"^[ \t]{0,16}(?P<k>[a-z](?=[ \t]*[).])|[A-Z](?=[ \t]*\))"
                           r"|[A-Z](?=\.[ \t]+\S+[ \t]+\S+[ \t]+\S))[ \t]*[).][ \t]+"
                           r"(?P<t>[A-ZÀ-Ý«\"'][^\n]{2,})$", re.MULTILINE)


def _voted_parts(text: str, it: Item, heads: list[_Sub], stop: int,
                 has_vote: Callable[[str], bool], bullets: bool, strict: bool = False) -> list[_Sub] | None:
    """The sub-headings that start a voted part of an item, if there are two at least and
    the text before the first holds no vote; None otherwise. A sub-heading whose text up to
    the next holds no vote joins the next one's part (``strict``: there is none such)."""
    if len(heads) < 2 or has_vote(text[it.start:heads[0].start]):
        return None
    out: list[_Sub] = []
    pending: _Sub | None = None
    for k, m in enumerate(heads):
        nxt = heads[k + 1].start if k + 1 < len(heads) else stop
        pending = pending or m
        if has_vote(text[m.end:nxt]):
            # A part starts at its first sub-heading. Bulleted, that one is its title (the
            # bullets after it list what it holds); alone, the last before the vote is
            # (« Arrivée de M. X à 19h07 » then « Approbation du compte administratif »).
            out.append(pending if bullets else _Sub(pending.start, m.end, m.title))
            pending = None
        elif strict:
            return None
    return out if len(out) >= 2 else None


def _fold(s: str) -> str:
    return " ".join(s.replace("–", "-").replace("—", "-").casefold().split())


# A row of a répertoire des délibérations: « 23/01/2024   2024_01   Aménagement …   Approuvée »
# (date, number, object, outcome in columns), the object's lines wrapped below it, or around it
# when the row's cell is centred (« Autorisation d'engager … ⏎ 27/01/2025  2025_001  Approuvée ⏎
# d'investissement … »).
_ROW = re.compile(r"^[ \t]*\d{1,2}/\d{1,2}/\d{4}[ \t]+(?P<n>(?:[A-Z][A-Z.]{0,8}[ \t/_-]?)?\d[\w./-]*)"
                  r"(?P<rest>[^\n]*)$", re.MULTILINE)
_OUTCOME_WORDS = r"Approuv[ée]e?|Adopt[ée]e?|Rejet[ée]e?|Ajourn[ée]e?|Retir[ée]e?|Prend\s+acte|Pris\s+acte"
# The outcome column: after two blanks (and whatever follows in that column), or one blank at
# the line's end (« … classe ULIS Approuvée »).
_ROW_OUTCOME = re.compile(rf"(?:[ \t]{{2,}}|^)(?P<o>{_OUTCOME_WORDS})\b[^\n]*$"
                          rf"|[ \t](?P<o2>{_OUTCOME_WORDS})[ \t]*$", re.IGNORECASE)
_MIN_ROWS = 3


def list_rows(text: str, start: int = 0, end: int | None = None) -> list[Item]:
    """The rows of a répertoire in ``text[start:end]``, one item each; [] with fewer than three.

    An object starts with a capital: on its row, or on the line just above when the cell is
    centred on its row (the row's own object column empty). Its wrapped lines below follow
    while they go on a sentence (no capital: a capital starts the next row's centred cell).
    A row whose object column starts without a capital is the middle of a centred cell: no
    title is given (an object cut in the middle is worse than none).
    """
    end = len(text) if end is None else end
    rows = list(_ROW.finditer(text, start, end))
    if len(rows) < _MIN_ROWS or len({m.group("n") for m in rows}) < len(rows):
        return _section_rows(text, start, end) if "-0" in text[start:end] else []
    out = []
    leads = [_lead(text, m) for m in rows]
    for i, m in enumerate(rows):
        rest, outcome = _cell(m.group("rest"))
        nxt = rows[i + 1].start() if i + 1 < len(rows) else end
        if i + 1 < len(rows) and leads[i + 1]:
            nxt = text.rfind("\n", 0, max(0, nxt - 1)) + 1  # (that line is the next row's)
        if not rest:
            prev = text[text.rfind("\n", 0, max(0, m.start() - 1)) + 1:m.start()]
            if prev.startswith((" ", "\t")) and not _ROW.match(prev):
                rest = _cell(_column(prev))[0]
        elif leads[i]:
            # « Présentation du rapport … de la CRC – ⏎ 07/07/2025  2025_027  ADTO SAO … »: a cell
            # centred on its row, its first line above it, cut after a dash or a comma.
            rest = f"{leads[i]} {rest}"
        elif not rest[:1].isupper() and outcome is None:
            # « Tarif accueil de loisirs et restauration scolaire ⏎ 13/06/2024  2024_32  2024-2025 ⏎
            # Approuvée »: a cell of three lines centred on its row, the outcome on the line below.
            below = _OUTCOME_BELOW.match(text, m.end() + 1)
            above = _lead(text, m, cut=False)
            if below is not None and above:
                rest, outcome = f"{above} {rest}", below.group("o").lower()
        title = ""
        if rest[:1].isupper():
            parts = [rest]
            # The next row's object on its own line and starting a sentence: the lines between
            # are all this row's; else the next cell starts above its row, at a capital.
            top = i + 1 == len(rows) or _cell(rows[i + 1].group("rest"))[0][:1].isupper()
            for ln in _wrapped(text[m.end():nxt]):
                if ln[:1].isupper() and not top:
                    break
                parts.append(ln)
            title = " ".join(" ".join(parts).split())[:400]
        out.append(Item(m.start(), m.group("n"), title, outcome=outcome))
    return out


# A table « N° / Objet » numbering the deliberations by section and rank, the number alone on
# its line and the object on the next: « 1-01⏎Convention avec le club … », « 2-01⏎Contrat de
# baie » (section I, then II, the rank starting again at 01).
_SECTION_ROW = re.compile(r"^[ \t]{0,16}(?P<n>(?P<a>\d{1,2})-(?P<b>\d{2}))[ \t]*\n[ \t]*"
                          r"(?P<t>[A-ZÀ-Ý«][^\n]{2,})$", re.MULTILINE)


def _section_rows(text: str, start: int, end: int) -> list[Item]:
    """The rows of a table numbered « section-rank » (:data:`_SECTION_ROW`), when at least three
    follow one another as such numbers do: the rank one more within a section, 01 in the next
    section. Anything else (dates « 12-03 », figures) breaks the order: none is given."""
    rows = list(_SECTION_ROW.finditer(text, start, end))
    if len(rows) < _MIN_ROWS:
        return []
    last = (0, 0)
    for m in rows:
        a, b = int(m.group("a")), int(m.group("b"))
        if not ((a == last[0] and b == last[1] + 1) or (a > last[0] and b == 1)):
            return []
        last = (a, b)
    return [Item(m.start(), m.group("n"), _title(m.group("t"))) for m in rows]


# The outcome column alone on its line (« ⏎                    Approuvée »).
_OUTCOME_BELOW = re.compile(rf"[ \t]+(?P<o>{_OUTCOME_WORDS})[ \t]*(?:\n|$)")


def _lead(text: str, row: re.Match[str], cut: bool = True) -> str:
    """The object's first line above ``row`` when it ends unfinished (a dash, a comma; any end
    when not ``cut``): an indented line of the object column only, not a row. « » otherwise."""
    prev = text[text.rfind("\n", 0, max(0, row.start() - 1)) + 1:row.start()].rstrip("\n")
    if not prev.startswith((" ", "\t")) or _ROW.match(prev) \
            or (cut and not prev.rstrip().endswith(("–", "—", " -", ","))):
        return ""
    obj = _column(prev)
    return obj if obj[:1].isupper() and obj == prev.strip() else ""


def _column(line: str) -> str:
    """The first column of a wrapped line (« restauration de        prochain » → its object)."""
    return re.split(r"[ \t]{2,}", line.strip())[0]


def _cell(line: str) -> tuple[str, str | None]:
    """A row's object and outcome columns."""
    o = _ROW_OUTCOME.search(line)
    outcome = (o.group("o") or o.group("o2")).lower() if o else None
    obj = line[: o.start()] if o else line
    return " ".join(obj.split()), outcome


def _wrapped(after: str) -> list[str]:
    """The object's lines after a row, before the next: indented lines up to a blank line."""
    parts = []
    for ln in after.split("\n")[1:]:
        if not ln.strip() or not ln.startswith((" ", "\t")):
            break
        parts.append(_cell(_column(ln))[0])
    return [p for p in parts if p]
