"""A deliberation block: numbers, title, rapporteur, opinions, budget, text, interests, vote.

:func:`read_block` returns a :class:`ParsedDeliberation` with ``None`` or empty values
where the block does not say; it never raises. Each layout variant is one small reader.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property

from registre.core.vocabulary import Outcome
from registre.reading.people import NameEntry, parse_list
from registre.reading.textutil import (
    blanks_before,
    find_date,
    guarded,
    match_at,
    open_bracket,
    to_amount,
    wrapped_at,
)
from registre.reading.votes import (
    COUNTS,
    DECISION,
    MINUS,
    NOT_VOTING,
    TABLE,
    UNANIMITY,
    PrintedVote,
    anchor_positions,
    around,
    ascii_lower,
    read_vote,
)

_DELIB_NO = [
    guarded(r"D[ée]lib[ée]ration\s+n°\s*(?P<n>[\w/.-]*\d[\w/.-]*)", "Dd", re.IGNORECASE),
    re.compile(r"\bN°\s*(?P<n>D?\d{1,4}\s*[/-]\s*\d{2,4})\b"),
    re.compile(r"(?P<n>\b\d{1,3}[-/]\d{4})\s+OBJET\b"),
    re.compile(r"\b(?P<n>D\d{1,4}/\d{2,4})\b"),
    # « DCM 2016-061 »: the letters are part of the number as printed.
    re.compile(r"\b(?P<n>DCM\s*[\d/.-]+\d)|\bDCM\s*n?°\s*(?P<n2>[\d/.-]+\d)"),
]
_NUMBER_TITLE = guarded(r"D[ée]lib[ée]ration\s+n°\s*[\w/.-]*\d[\w/.-]*\s*[:-]\s+(?P<t>[^\n]{3,300})", "Dd",
                        re.IGNORECASE)
# (Case-sensitive: the title starts with a capital, not « du 18 décembre 2008 ».)
_NUMBER_BLANK_TITLE = guarded(r"(?:D[ée]lib[ée]ration|D[ÉE]LIB[ÉE]RATION)[ \t]+[nN]°[ \t]*[\w/.-]*\d[\w/.-]*"
                              r"[ \t]+(?P<t>[A-ZÀ-Ý][^\n]{2,300})", "D")
_REPORT = guarded(r"Rapport\s+n°\s*(?P<n>\d+\w*)\s*(?:[-:.]\s*(?P<t>[^\n]+))?", "Rr", re.IGNORECASE)
# « arrivé au point n° 11 », « à partir de la question n° 3 »: a reference to an item, not a heading.
_POINT = guarded(r"(?<!\w)(?<!\bau )(?<!\bdu )(?<!\ble )(?<!\bla )(?<!\bà )(?<!\ble\n)"
                 # « Affaire n°2026-CM/071 »: the whole code is the number.
                 r"(?:Point|Question|Affaire)\s+n°\s*(?P<n>\d+(?:[-/.](?:\w*\d\w*|[A-Z]{1,4}/\d+))?(?:/?[a-z])?)"
                 r"\s*(?:[-:.]\s*(?P<t>[^\n]+))?",
                 "PpQqAa", re.IGNORECASE)
# (In a page run together the title ends where the sitting's formula starts: « Objet : Vente de
# bois Le huit décembre deux mille seize Le Conseil Municipal … », « … L'an deux mille seize … ».)
_OBJET = re.compile(r"\bOBJET\s*:\s*(?P<t>.+?)(?=\s+(?:Présents|Etaient|Étaient|Rapporteur|Nombre\s+de)\b|\n"
                    r"|\s+L['’]an\s+(?:deux\s+)?mil|\s+Le\s+[a-zéè-]+(?:[\s-][a-zéè-]+){0,3}\s+(?:janvier|février|"
                    r"mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\s+(?:deux\s+)?mil"
                    r"|$)",
                    re.IGNORECASE)
# The function runs to the end of its line, less the blanks there: « [^\n]*\S », else one
# character (a lazy « [^\n]+? » gave the same, but tried the end of the line at each
# character, and some lines run on for a paragraph).
_RAPPORTEUR = guarded(r"Rapporteur(?:e)?\s*:\s*(?P<n>[^,\n]+?)(?:\s*,\s*(?P<f>[^\n]*[^\s]|[^\n]))?"
                      r"\s*(?:\n|$)", "Rr", re.IGNORECASE)
# « Philippe SAUREL rapporte : », « Monsieur le Maire, Philippe SAUREL, rapporte : » alone at the head of
# its line: the rapporteur named before the verb (Montpellier's extracts).
_RAPPORTE = re.compile(r"(?m)^[ \t]*(?P<n>[A-ZÀ-Ý][^\n:;]{1,80}?),?[ \t]+rapporte[ \t]*:[ \t]*$")
_OPINION = re.compile(
    r"^(?P<b>(?:Commission|Bureau|Conférence|Comité|Commission\s+des)[^\t\n]*?)(?:\t+|\s{2,})"
    r"(?P<d>\d{1,2}/\d{1,2}/\d{4})(?:\t+|\s{2,}|\s)(?P<v>[^\t\n]+)$",
    re.MULTILINE,
)
_BUDGET = guarded(r"Inscription\s+budgétaire\s*\n?(?P<b>[^\n]+(?:\n[^\n]*Montant[^\n]*)?)", "Ii",
                  re.IGNORECASE)
_PLANNED = re.compile(r"Montant\s+prévu[^:]{0,40}:\s*(?P<a>[\d\s.,]+)\s*€", re.IGNORECASE)
_OPERATION = re.compile(r"Montant\s+de\s+l'opération\s*:\s*(?P<a>[\d\s.,]+)\s*€", re.IGNORECASE)
_SUMMARY = guarded(r"Résumé\s*:\s*", "Rr", re.IGNORECASE)
_HEADING = re.compile(r"^[ \t]*(?:I|1)[ \t]*[.)-][ \t]+\S", re.MULTILINE)
# Found by its verb, then the names are read backwards from it: a leading lazy group
# would make the search quadratic on long texts.
_INTEREST = guarded(
    r"(?:ne\s+(?:prend|prennent)\s+(?:pas\s+)?part\s+(?:ni\s+au\s+débat|au\s+vote|à\s+la\s+délibération"
    r"|au\s+débat)|s'(?:est|sont)\s+retirée?s?|n'ont?\s+pas\s+pris\s+part\s+au\s+vote)",
    "nNsS", re.IGNORECASE,
)
_INTERESTED_WORDS = re.compile(
    r"\s*,?\s*(?:(?:conseill[eè]re?s?|élue?s?|membres?)\s+)?intéressée?s?\s*,?\s*$", re.IGNORECASE)
_INTEREST_LIST = re.compile(r"(?:Conseillers?|Élus?|Membres?)\s+intéressée?s?\s*:\s*(?P<names>[^\n]*[A-Z]{2}"
                            r"[^\n]*)")
# The verb or the assembly before a colon; the sentence it ends is read back from there
# (a leading lazy group would make the search quadratic).
_DECISION_VERB = re.compile(
    r"\b(?:le\s+(?:Conseil|Bureau|Comité|conseil|bureau|comité)[^\n:]{0,60}?|DÉCIDE|DECIDE|décide|DÉLIBÈRE"
    r"|délibère)\s*:"
)
_DECISION_END = guarded(
    r"Rapport\s+adopté|Délibération\s+adoptée|\bPour\s*:|ONT\s+VOT|Votes?\s*:|Certifié|La\s+présente\s+délib"
    r"ération\s+peut"
    r"|Pour\s+extrait|ACTE\s+EXECUTOIRE|Fait\s+(?:à|et)|Ainsi\s+fait|Adopté\s+(?:à|par)",
    "RrDdPpOoVvCcLlAaFf", re.IGNORECASE,
)
_VOTE_START = guarded(r"Rapport\s+adopté|Délibération\s+adoptée|ONT\s+VOT|\bVotes?\s*:|Résultat\s+du\s+vote",
                      "RrDdOoVv", re.IGNORECASE)
_SENTENCE = re.compile(r"(?<!\bMM)(?<!\bM)(?<!\bMme)(?<!\b[A-Z])[.:;]\s+")
_BULLET = re.compile(r"(?:^|\n|\s)(?:[-+•]|__|\d+[°.)])\s+(?=\S)")


@dataclass
class TextParts:
    """What a deliberation says beyond its data: opinions, budget line, summary, body, decisions."""

    opinions: list[tuple[str, dt.date | None, str]] = field(default_factory=list)
    budget: tuple[str, str, Decimal | None, Decimal | None] | None = None
    summary: str = ""
    body: str = ""
    decision_intro: str = ""
    decisions: list[str] = field(default_factory=list)


@dataclass
class ParsedDeliberation:
    """One deliberation as printed.

    Its text (:class:`TextParts`: summary, body, decisions…) is read from the block when
    first asked for: the data the reader reports (numbers, people, votes) need none of it,
    a session made to be rendered (``to_session``) does.
    """

    number: str | None = None
    report_number: str | None = None
    point_number: str | None = None
    title: str = ""
    rapporteur: NameEntry | None = None
    rapporteur_function: str = ""
    interested: list[NameEntry] = field(default_factory=list)
    printed_vote: PrintedVote | None = None
    item_number: str = ""
    item_number_source: str = ""
    # Where each answer was read: offset in the normalised text, confidence, cue (evidence.py).
    spots: dict[str, tuple[int, float, str]] = field(default_factory=dict, repr=False, compare=False)
    # What the text parts are read from: the block, its colons, the decision sentence,
    # where the first interest sentence starts and the block in lower case (see read_block);
    # plain values only, so that a result crosses to another process (reading/batch.py).
    _source: tuple[str, list[tuple[int, int]], _Intro | None, int | None, bytes | None] | None = \
        field(default=None, repr=False, compare=False)

    @cached_property
    def parts(self) -> TextParts:
        """The deliberation's text, read once, on demand."""
        return TextParts() if self._source is None else _text_parts(*self._source)

    @property
    def opinions(self) -> list[tuple[str, dt.date | None, str]]:
        return self.parts.opinions

    @property
    def budget(self) -> tuple[str, str, Decimal | None, Decimal | None] | None:
        return self.parts.budget

    @property
    def summary(self) -> str:
        return self.parts.summary

    @property
    def body(self) -> str:
        return self.parts.body

    @property
    def decision_intro(self) -> str:
        return self.parts.decision_intro

    @property
    def decisions(self) -> list[str]:
        return self.parts.decisions


def read_block(block: str, whole: str, single: bool, preliminaries: bool = True,
               at: int = 0, heading: str = "") -> ParsedDeliberation:
    """Everything a deliberation block says; ``whole`` is searched too when ``single``.

    ``at``: where the block starts in the text ``whole`` begins (the answers' ``spots``
    are offsets there). ``heading``: the title of the block's item when the segmenter found it.

    A block is mostly prose: its anchors (« n° », colons, a few words in lower case) are
    found once with ``str.find``, and each pattern is tried only where its anchor is —
    at the start its anchor gives (:func:`_heads`, :func:`_before_colon`) or in a window
    around it (:func:`around`) — rather than scanned over the whole prose.
    """
    d = ParsedDeliberation()
    scope = whole if single else block
    heads = _heads(block)
    scope_heads = _heads(scope) if single else heads
    colons = _colons(block)
    low = ascii_lower(block)
    spots = d.spots
    shift = 0 if single else at  # (where ``scope`` starts)
    d.number, k, sure = _number(scope, scope_heads)
    if d.number is not None:
        spots["number"] = (shift + k, sure, "délibération n°" if sure >= 0.95 else "n°")
    # The word before « n° » is tried by its last letter: « Délibération », « Rapport »…
    nm = match_at(_NUMBER_TITLE, block, [k - 12 for k in heads if block[k - 1] in "nN"])
    if nm is None:
        # « Délibération N°2018-03-01 Approbation du compte rendu » at the head of its line: the
        # title follows the number after blanks only.
        nm = match_at(_NUMBER_BLANK_TITLE, block, [k - 12 for k in heads if block[k - 1] in "nN"
                                                   and k >= 12 and _line_head(block, k - 12)])
        if nm is not None and _ANOTHER_HEAD.match(nm.group("t")):
            nm = None  # « Délibération n°2024/00813  Point n°12 : Titre »: the point's head gives the title
    if nm:  # « Délibération n° 2025-004 : Tarifs de la cantine »
        d.title = " ".join(nm.group("t").split())
        spots["title"] = (at + nm.start("t"), 0.9, "délibération n° … :")
        if _RUBRIC.fullmatch(d.title):
            # « Délibération n° 2020-0506-1 : FINANCES ⏎⏎ Fixation des Indemnités des élus »: the
            # rubric the register files it under, its object on the next line.
            nxt = _RUBRIC_OBJECT.match(block, nm.end())
            if nxt is not None:
                d.title = f"{d.title} : {' '.join(nxt.group('t').split())}"
    rm = match_at(_REPORT, block, [k - 7 for k in heads if block[k - 1] in "tT"])
    rm_at = at
    if rm is None and single:
        rm = match_at(_REPORT, scope, [k - 7 for k in scope_heads if scope[k - 1] in "tT"])
        rm_at = 0
    if rm:
        d.report_number = rm.group("n")
        if d.number is None:
            spots["number"] = (rm_at + rm.start("n"), 0.9, "rapport n°")
        if (rm.group("t") or "").strip():
            d.title = rm.group("t").strip()
            spots["title"] = (rm_at + rm.start("t"), 0.9, "rapport n° … :")
    # « Question », « Affaire », « Point » before the blanks: the longest word starts first.
    # (« Mr X est arrivé au cours de la séance (point n° 5). »: a point named inside a sentence
    # is another item's, not this one's number.)
    pm = match_at(_POINT, block, [s for k in heads
                                  for s, last in ((k - 8, "nN"), (k - 7, "eE"), (k - 5, "tT"))
                                  if block[k - 1] in last and s >= 0 and _at_head(block, s)])
    if pm:
        d.point_number = pm.group("n").lower()
        if d.number is None and d.report_number is None:
            spots["number"] = (at + pm.start("n"), 0.9, "point n°")
        if not d.title and (pm.group("t") or "").strip():
            d.title = pm.group("t").strip()
            spots["title"] = (at + pm.start("t"), 0.85, "point n° … :")
    if not d.title:
        om = _near(_OBJET, scope, scope.casefold(), ("objet",))
        d.title = " ".join(om.group("t").split()) if om else ""
        if d.title:
            spots["title"] = (shift + om.start("t"), 0.95, "objet :")  # type: ignore[union-attr]
    if not d.title and d.number and k >= 0 and (ref := _ref_before(scope, k)) is not None:
        # « Installation d'un nouveau conseiller municipal Réf : 2020D091 Suite à … », « Participations
        # aux frais … ⏎⏎ Séance du 4 Mars 2019 ⏎⏎ - réf. : 2019/11 »: the object before its reference.
        d.title = ref
        spots["title"] = (shift + max(0, scope.rfind(ref[:20], 0, k)), 0.7, "avant la référence")
    rapporteur = _before_colon(_RAPPORTEUR, block, colons, (11, 10))
    if rapporteur is None and " rapporte" in block:
        rapporteur = _RAPPORTE.search(block)
    if rapporteur:
        entries = parse_list(rapporteur.group("n"))
        d.rapporteur = entries[0] if entries else None
        d.rapporteur_function = (rapporteur.groupdict().get("f") or "").strip()
    if not d.title:
        number_at = k - (at if single else 0) if d.number is not None else -1
        d.title = _title_before(block, d, rapporteur, number_at)
        if d.title:
            k = _title_at(block, d.title, rapporteur.start() if rapporteur else len(block))
            spots["title"] = (at + k, 0.65 if k >= 0 else 0.5,
                              "avant le rapporteur" if rapporteur else _TITLE_BEFORE_NUMBER)
    if d.number and d.title.startswith(d.number) \
            and d.title[len(d.number):len(d.number) + 3].strip() in "-–:":
        # « 2008/8848 - Dénomination … »: the heading's number is not its object's first word.
        d.title = d.title[len(d.number):].lstrip(" -–:") or d.title
    # The decision sentence and the interest sentences are found once, used by three readers.
    intro = _decision_intro(block, colons)
    interests = _all_around(_INTEREST, block, anchor_positions(low, (b"part", b"retir")))
    d._source = (block, colons, intro, interests[0].start() if interests else None, low)
    d.interested = _interested(block, interests)
    zone = _vote_zone(block, intro, low)
    title = d.title
    if preliminaries and not _is_preliminary(title or heading) and not _is_preliminary(_heading_line(block)):
        # (A deliberation titled « Adoption du procès-verbal de la séance du … »: the minutes'
        # approval is its object, and its vote.)
        zone = mask_preliminaries(zone)
    elif _approves_minutes(title or heading) or _approves_minutes(_heading_line(block)):
        # « 1. Approbation du procès-verbal … et nomination d'un secrétaire de séance »: the
        # minutes' approval is the item's object; the secretary's designation in its block
        # (« à l'unanimité, DESIGNE M. X secrétaire de séance ») is no item's vote.
        zone = mask_preliminaries(zone, secretary_only=True)
    zone = _after_title(block, zone, spots.get("title"), at)
    if "nanimit" in zone:
        zone = mask_ballots(zone)
    pv = d.printed_vote = read_vote(zone)
    if pv is not None and low is not None and _past_second_formula(block, low, len(block) - len(zone) + pv.at
                                                                     if pv.at >= 0 else len(block)):
        # Two deliberations run together in one block (« Subvention : Après en avoir délibéré, le
        # Conseil décide … Délibération portant sur … : Après en avoir délibéré, à l'unanimité »):
        # a vote at or past the second one's formula is not the first one's.
        pv = d.printed_vote = None
    counted = pv is not None and pv.outcome is None and not pv.unanimous and pv.for_ is not None \
        and pv.for_ > (pv.against or 0)
    if (pv is None or counted) and zone and low is not None:
        k = len(block) - len(zone)
        # (The words before the zone, or before the block when it starts the zone.)
        before = block[max(0, k - 12):k] if k else whole[max(0, at - 12):at] if single else ""
        decided = _decided(zone, before, not before and at + k > 0, block)
        if pv is None:
            pv = d.printed_vote = decided
        elif decided is not None:
            # « 19 pour, 0 contre » and « le Conseil DÉCIDE : »: the counts agree with the
            # decision, which gives the outcome.
            pv.outcome, pv.outcome_at = decided.outcome, decided.outcome_at
    if pv is not None and pv.outcome is None and _only_noted(zone, pv.at):
        # « à l'unanimité : PREND ACTE du rapport », « Le présent rapport est porté à connaissance
        # des membres. Vote à l'unanimité. »: a report taken note of, voted or not, is neither
        # adopted nor rejected (a label's « Prend acte » → no outcome).
        pv.outcome = Outcome.UNDETERMINED
    implied = False
    if pv is not None and pv.outcome is None and not pv.unanimous and pv.for_ is not None \
            and pv.for_ != (pv.against or 0):
        # V-01, L2121-20 al. 2: « les délibérations sont prises à la majorité absolue des suffrages
        # exprimés » (pour + contre; abstentions aside), so « Vote : Pour : 18 - Contre : 1 » with
        # no word of outcome is adopted, « 2 pour, 11 contre » rejected. A tie is left unknown:
        # the chair's casting vote decides it (V-02), and it is not printed. (« Prend acte »,
        # already UNDETERMINED above, is not overridden.)
        pv.outcome = Outcome.ADOPTED if pv.for_ > (pv.against or 0) else Outcome.REJECTED
        implied = True
    if pv is not None:
        base = at + len(block) - len(zone)  # (the zone ends the block)
        spots["printed_vote"] = (base + max(pv.at, 0), _VOTE_SURE.get(pv.form, 0.6), pv.form)
        if pv.outcome_at >= 0:
            # The word by the vote (« Adopté à l'unanimité »), or far from it, in the prose.
            near = pv.at < 0 or abs(pv.outcome_at - pv.at) <= _OUTCOME_NEAR
            spots["outcome"] = (base + pv.outcome_at, 0.9 if near else 0.6, "adopté / rejeté")
        elif implied:
            spots["outcome"] = (base + max(pv.at, 0), 0.85, "majorité des suffrages exprimés (L2121-20)")
        elif (pv.unanimous and pv.outcome is not Outcome.UNDETERMINED) or (pv.outcome is not None \
                and pv.outcome is not Outcome.UNDETERMINED):
            spots["outcome"] = (base + max(pv.at, 0), 0.9 if pv.unanimous else 0.85,
                                "unanimité : adoptée" if pv.unanimous else f"{pv.form} : issue")
    return d


def _line_head(block: str, k: int) -> bool:
    """Whether only blanks come before ``block[k]`` on its line."""
    return not block[block.rfind("\n", 0, k) + 1:k].strip()


_ANOTHER_HEAD = re.compile(r"(?i)\s*(?:point|rapport|question|affaire|dossier)\s+n")


def _at_head(block: str, k: int) -> bool:
    """Whether ``block[k]`` may start a heading: not after a word in lower case, a comma or an
    opening bracket (« arrivé au cours de la séance (point n° 5) », « lors du vote, point n° 3 »:
    inside a sentence), but at the head of a line, after a sentence or a title's dash
    (« Salazie - Affaire n°2026-CM/071 »), or in a line of capitals."""
    before = block[max(0, k - 40):k].rstrip(" \t")
    return not before or not (before[-1] in "(," or before[-1].islower())


_LABEL_COLON = re.compile(r"[ \t]*:[ \t]*[A-ZÀ-Ý]")
_OUTCOME_NEAR = 300
# Taking note of a report (« prend acte », « porté à la connaissance »), and the decisions that
# would make the item more than that.
_NOTED = re.compile(r"(?i)\bprend(?:nent)?\s+acte|\bport[ée]e?s?\s+(?:à|a)\s+(?:la\s+)?connaissance")
_DECIDED = re.compile(r"(?i)\b(?:approuv|adopt|d[ée]cid|autoris|accept|valid|fix|attribu|[ée]met"
                      r"|donne\s+quitus)\w*|\bvote\s+(?:le|la|les|l'|des|du)\b")


_NOTED_AROUND = 300
# The assembly's decision with no vote printed: « Le Conseil Municipal, après en avoir délibéré,
# DÉCIDE : », « le Conseil approuve le projet ». (Not « décide de ne pas », « n'approuve pas », nor
# a proposal: « propose que le Conseil approuve », nor a condition: « si le conseil approuve »,
# « sauf si, à la demande du Maire, le conseil municipal en décide autrement ».)
_NOT_PROPOSED = r"(?i)(?<!\bque\s)(?<!\bafin\sque\s)(?<!\bsi\s)"
_ASSEMBLY = r"(?:conseil|bureau|comit[ée]|commission\s+permanente|assembl[ée]e)\b"
_NOT_NEGATED = r"(?!\s+(?:de\s+)?(?:ne\s+pas|pas\b)|\s+autrement\b)"
_DECISION = re.compile(
    rf"{_NOT_PROPOSED}\b(?:le|la)\s+{_ASSEMBLY}[^.;:]{{0,160}}?"
    rf"(?<!n')\b(?:d[ée]cide|approuve|adopte)\b{_NOT_NEGATED}")
_DECISION_WORDS = ("ecide", "écide", "ECIDE", "ÉCIDE", "pprouve", "PPROUVE", "dopte", "DOPTE")
# When it finds none: the assembly's other decisions, the members as its subject, its decisions
# listed one a line after a colon (« Après en avoir délibéré, les Membres du Conseil Municipal ; ⏎
#  Acceptent le devis … ⏎  Autorisent Monsieur le Maire à signer »), all in one passage; a
# designation is one too (« Le conseil municipal désigne : en qualité de membre titulaire M. X »).
_DECISION_VERBS = (r"(?:d[ée]cide(?:nt)?|approuve(?:nt)?|adopte(?:nt)?|accepte(?:nt)?|autorise(?:nt)?"
                   r"|valide(?:nt)?|d[ée]signe(?:nt)?|[ée]met(?:tent)?\s+un\s+avis\s+favorable"
                   # (« Le conseil municipal vote les taux d'imposition pour 2016 »: votes them.)
                   r"|vote(?:nt)?(?=\s+(?:le|la|les|l['’]|des|du)\b)"
                   r"|donne(?:nt)?\s+(?:son|leur)\s+accord)")
# (Its colon variant is not :data:`_HEADED_DECISION`'s: it reads the assembly anywhere in its line,
# « Après présentation de ce rapport, le conseil municipal : ⏎ • Adopte le rapport … », and any
# bullet before the verb, a font's private sign « \uf0d8 » too, where the latter reads the
# assembly at the head of its line and the bullets « • * - – » only: without the variant, four
# real minutes lose six decisions (session s25).)
_MORE_DECISION = re.compile(
    rf"{_NOT_PROPOSED}\b(?:le|la|les)\s+(?:membres\s+du\s+)?{_ASSEMBLY}"
    rf"(?:[^.;:]{{0,160}}?(?<!n')\b{_DECISION_VERBS}\b{_NOT_NEGATED}"
    rf"|[^.;:\n]{{0,80}}[:;][ \t]*\n\W{{0,12}}{_DECISION_VERBS}\b)")
_MORE_DECISION_WORDS = ("ccepte", "CCEPTE", "utorise", "UTORISE", "alide", "ALIDE", "avis favorable",
                        "AVIS FAVORABLE", "accord", "ACCORD", "ecide", "écide", "ECIDE", "ÉCIDE", "pprouve",
                        "PPROUVE", "dopte", "DOPTE", "ésigne", "ÉSIGNE", "esigne", "ESIGNE", " vote ",
                        " VOTE ")
_ONE_PASSAGE = 400  # the decisions of one passage start this close to each other
# The assembly alone at the head of its line, its reasons below it (« Le Conseil Municipal, ⏎ Après
# avoir entendu … ⏎ Statuant sur … ⏎ Constatant que … : ⏎ (a table) ⏎ • Décide d'affecter … »,
# « Le Conseil Municipal ; ⏎ • Statuant sur … ⏎ • DECLARE que le compte de gestion … »), then its
# decision, a verb at the head of a line, in a few lines (« Le conseil municipal, après en avoir
# délibéré ; ⏎ • Décide de fixer … », « Après en avoir délibéré, le conseil municipal : ⏎ • Donne
# pouvoir … ⏎ • Decide de s'acquitter … »); « Le Conseil municipal, vote les taux …
# » (the council votes the rates). Each a decision with no vote printed.
_HEADED_VERBS = rf"(?:{_DECISION_VERBS}|d[ée]clare(?:nt)?|vote(?:nt)?(?=\s+(?:le|la|les|l['’]|des|du)\b))"
_HEADED_DECISION = re.compile(
    rf"(?im)^[ \t]*(?:apr[èe]s\s+en\s+avoir\s+d[ée]lib[ée]r[ée]\s*,\s*)?"
    rf"(?:(?:le|la)\s+|les\s+membres\s+du\s+)"
    rf"{_ASSEMBLY}(?:[ \t]+[\w'’-]+){{0,3}}(?:[ \t]*,[^\n.]{{0,60}}?)?"
    rf"(?:[ \t]*[,;:]?[ \t]*\n(?:[^\n]*\n){{0,30}}?[ \t]*(?:[•*\-–][ \t]*)?|[ \t]*,[ \t]*)"
    rf"{_HEADED_VERBS}\b{_NOT_NEGATED}")
_HEADED_WORDS = ("éclare", "ÉCLARE", "eclare", "ECLARE", "vote", "VOTE", "ONSEIL", "onseil")
# (An election's « décide » is of its procedure: its result is a ballot's, not an outcome.)
# (« Art. 002 - report à nouveau 839 507,77 € », « excédent d'invest. Reporté 57 583,86 € »: a
# balance carried forward, its amount after it, a line of the decided accounts, not an adjourned
# item.)
_DECISION_SAFE = re.compile(r"(?i)\b(?:refus|rejet|ajourn"
                            r"|report(?!\s+(?:à|a)\s+nouveau)(?!\w*[ \t]+(?:de[ \t]+)?-?[ \t]*\d)"
                            r"|retir|sursis|prend(?:nent)?\s+acte)")
# An election (its procedure decided, its result a ballot's): no outcome from a decision sentence.
_ELECTION = re.compile(r"(?i)\bscrutin|\bbulletins?\b|\bproclam")


# « Le Conseil Adopte. », a sentence of its own on its line: the outcome's formula, which an
# election's designation ends with too (« La désignation s'effectue au scrutin de liste … Sont
# élus : … ⏎ Le Conseil Adopte. »): the designation adopted, not its procedure.
_BARE_ADOPTS = re.compile(r"(?i)[ \t]*le[ \t]+conseil(?:[ \t]+municipal)?[ \t]+(?:adopte|approuve)"
                          r"[ \t]*\.[ \t]*$", re.MULTILINE)


_BULLET_DECISION = re.compile(r"(?m)^[ \t]*[-•][ \t]+(?:Approuve|Autorise|D[ée]cide|Adopte|Accorde|Attribue"
                              r"|Valide|D[ée]signe|Fixe|Accepte|Sollicite)[ \t]+"
                              r"(?:l[ea]s?|l['’]|d[eu]s?|à|au|un|une|M\.|Mme)\b")
_RECORDED_OUTCOME = re.compile(r"(?m)^[ \t]*\([ \t]*((?i:adopt|rejet)[ée]e?s?)[ \t]*\.?[ \t]*\)[ \t]*$"
                               r"|^[ \t]*((?-i:ADOPT|REJET)[ÉE]E?S?)[ \t]*\.?[ \t]*$")


def _decided(zone: str, before: str, unseen: bool, block: str) -> PrintedVote | None:
    """An outcome read from the decision sentence when no vote is printed: adopted, if the
    assembly decides, approves or adopts; None when anything says otherwise (refused, adjourned,
    taken note of) or when two decisions are printed (whose is the item's is not known).
    ``before``: the words before ``zone``; ``unseen``: they exist but are not known; ``block``:
    the whole block (``zone`` ends it), where one decision only, and no election, is printed."""
    if "dopt" in zone or "DOPT" in zone or "ejet" in zone or "EJET" in zone:
        # « (Adopté.) » alone on its line, a verbatim record's outcome after the chair's « Je mets
        # aux voix … Elles sont adoptées. » (no count printed): one only, or none is given.
        said = list(_RECORDED_OUTCOME.finditer(zone))
        if len(said) == 1:
            r = said[0]
            outcome = Outcome.REJECTED if "ejet" in (r.group(1) or r.group(2)).lower() else Outcome.ADOPTED
            return PrintedVote(outcome=outcome, at=r.start(), form=DECISION, outcome_at=r.start())
    if "- " in zone or "• " in zone:
        bullets = list(_BULLET_DECISION.finditer(zone))
        if bullets and not _DECISION_SAFE.search(zone) and not _ELECTION.search(block) \
                and not _DECISION.search(block, 0, len(block) - len(zone)):
            # « 1-SYNDICAT MIXTE … : ADOPTION DES STATUTS ⏎ - Approuve les statuts … ⏎ - Approuve
            # l'adhésion … »: a summary record's decisions, one a bullet, the assembly unnamed.
            at = bullets[0].start()
            return PrintedVote(outcome=Outcome.ADOPTED, at=at, form=DECISION, outcome_at=at)
    primary = any(w in zone for w in _DECISION_WORDS)
    more = any(w in zone for w in _MORE_DECISION_WORDS)
    if not primary and not more and not any(w in zone for w in _HEADED_WORDS):
        return None
    # (``before``: the words before the zone, that the pattern's lookbehinds read.)
    text = before + zone
    found = list(_DECISION.finditer(text, len(before))) if primary else []
    if not found and (primary or more):
        found = list(_MORE_DECISION.finditer(text, len(before)))
        if found and found[-1].start() - found[0].start() <= _ONE_PASSAGE:
            found = found[:1]
    if not found and ("onseil" in zone or "ONSEIL" in zone):
        # (Its reasons and decisions, all searched for what says otherwise: « refusent … »
        # before « Autorisent … » is no adoption.)
        found = list(_HEADED_DECISION.finditer(text, len(before)))
    if len(found) != 1:
        return None
    m = found[0]
    if (unseen and m.start() == 0) \
            or _DECISION_SAFE.search(text, max(0, m.start() - 200), m.end() + 300) \
            or (_ELECTION.search(block)
                and not _BARE_ADOPTS.match(text, text.rfind("\n", 0, m.start()) + 1)) \
            or (len(zone) < len(block) and _DECISION.search(block, 0, len(block) - len(zone))):
        # (A zone that starts with the sentence, what precedes it not seen: « propose que … » ?)
        return None
    at = m.end() - len(before)
    return PrintedVote(outcome=Outcome.ADOPTED, at=at, form=DECISION, outcome_at=at)


def _only_noted(zone: str, at: int) -> bool:
    """Whether the text around the vote (at ``at`` in ``zone``) only takes note of a report
    (_NOTED, and no _DECIDED)."""
    if "acte" not in zone and "ACTE" not in zone and "onnaissance" not in zone and "ONNAISSANCE" not in zone:
        return False
    a, b = max(0, at - _NOTED_AROUND), max(0, at) + _NOTED_AROUND
    return _NOTED.search(zone, a, b) is not None and _DECIDED.search(zone, a, b) is None
_TITLE_BEFORE_NUMBER = "avant le n°"


def _is_preliminary(title: str) -> bool:
    """Whether ``title`` names a preliminary (« Adoption du procès-verbal de la séance du … »,
    « Nomination du secrétaire de séance », or the minutes alone: « 4) – Procès-verbal de la séance
    du 22 octobre »): the block's object, and its vote."""
    if not ("erbal" in title or "ERBAL" in title or "endu" in title or "ENDU" in title
            or "taire de" in title or "TAIRE DE" in title):
        return False
    return _PRELIMINARY.search(title) is not None or _MINUTES_ITEM.match(title.lstrip(_ITEM_MARK)) is not None


_ITEM_MARK = " \t0123456789IVX.)°:–-"
# An item titled by the earlier minutes alone: « Procès-verbal de la séance du 22 octobre 2017 »,
# « Compte rendu du conseil municipal du 3 mars » (L2121-23: the minutes are approved at the next
# sitting; the item is their approval).
_MINUTES_ITEM = re.compile(r"(?i)(?:le\s+)?(?:proc[èe]s[- ]?verbal|compte[- ]?rendu)s?\s+d[ue]s?\s+(?:la\s+)?"
                           r"(?:derni[èe]re\s+|pr[ée]c[ée]dente\s+)?(?:s[ée]ance|r[ée]union|conseil)")


_HEADING_MAX = 200


def _heading_line(block: str) -> str:
    """The block's first line when it is short enough to be a heading (« Délibération
    N° 2018-03-02 Nomination secrétaire de séance »), else ""."""
    k = block.find("\n", 0, _HEADING_MAX)
    line = block[:k] if k >= 0 else ""
    # (Not a sentence: « Le procès-verbal de la séance précédente est approuvé à l'unanimité. »)
    return "" if ". " in line or line.rstrip().endswith(".") or "nanimit" in line else line


def _after_title(block: str, zone: str, title: tuple[int, float, str] | None, at: int) -> str:
    """``zone`` (a suffix of ``block``, which starts at ``at``) less what precedes the block's
    title: a vote printed above the title (the opening's votes when the block starts with the
    sitting: « Secrétaire de séance : … Vote à l'unanimité », then « 1 – ADOPTION DU RÈGLEMENT
    INTÉRIEUR Rapporteur : … ») is not the item's."""
    if title is None or title[1] <= 0.5 or title[2] == _TITLE_BEFORE_NUMBER:
        # (0.5: a title whose place was not found; one read before a « n° » may be before a
        # reference in the prose, past the vote.)
        return zone
    k = title[0] - at - (len(block) - len(zone))  # (in ``zone``, masked as it may be)
    return zone[k:] if 0 < k < len(zone) else zone
# The formula that ends a deliberation's reasons, once in each deliberation.
_FORMULA = b"en avoir d"


def _past_second_formula(block: str, low: bytes, at: int) -> bool:
    """Whether ``at`` (a vote's place in ``block``) is at or past the line of a second
    « après en avoir délibéré » of the block printed after a title and its colon, at the
    start of a line (« Délibération portant sur … : Après en avoir délibéré, à l'unanimité »):
    the start of another deliberation. ``low``: :func:`ascii_lower` of ``block``. (A second
    formula alone on its line is the one voted after a draft that printed it first.)"""
    first = low.find(_FORMULA)
    if first < 0:
        return False
    k = low.find(_FORMULA, first + len(_FORMULA))
    while 0 <= k <= at + 200:
        line = block.rfind("\n", 0, k) + 1
        head = block[line:k].rstrip()
        if head.endswith(("après", "Après", "APRÈS", "apres", "Apres")):
            head = head[:-5].rstrip()
        if head.endswith(":") and sum(c.isalpha() for c in head) >= 5 and line > first:
            return at > line
        k = low.find(_FORMULA, k + len(_FORMULA))
    return False
# How sure a printed vote is by its form (votes.py).
_VOTE_SURE = {UNANIMITY: 0.95, COUNTS: 0.9, TABLE: 0.9, MINUS: 0.85, NOT_VOTING: 0.6}


def _title_at(block: str, title: str, end: int) -> int:
    """Where a title read back from ``end`` starts in ``block`` (its first words), -1 if not seen."""
    words = title.split()[:3]
    if not words:
        return -1
    m = re.compile(r"\s+".join(map(re.escape, words))).search(block, 0, end)
    return m.start() if m else -1


# « procès-verbal », « compte rendu », « P.V. » (« procès- verbal »: a word cut at its hyphen at a
# line's end, the lines joined again).
_MINUTES_WORD = r"(?:proc[èe]s(?:[- ]|- )?verbal|compte(?:[- ]|- )?rendu|\bp\.\s?v\.|(?-i:\bPV\b))"
# The sitting's preliminaries voted before its first item, often printed at the head of the
# first block: the approval of the previous minutes (« Le compte rendu de la dernière séance est
# adopté à l'unanimité », « Approbation à l'unanimité du compte-rendu de la réunion du … ») and a
# change to the agenda (« 3 points … ajoutés à l'ordre du jour, ils sont acceptés à
# l'unanimité », « souhaite rajouter un point à l'ordre du jour : … VOTE : Unanimité »). Their
# vote is not the item's (L2121-15 / L2121-10: the minutes and the agenda are voted on their own).
_PRELIMINARY = re.compile(
    r"(?i)(?P<minutes>(?:approbation|approuv|adopt|accept|valid)[^\n.]{0,120}?"
    rf"{_MINUTES_WORD}"
    # (« … du compte-rendu de la précédente réunion du Conseil Municipal en⏎date du 23 avril 2014
    # qui est approuvé à l'unanimité »: a sentence wrapped once; « Procès-verbal de la séance du
    # 26 mai : vote à l'unanimité ».)
    # (« le PV est adopté à l'unanimité », in capitals.)
    rf"|{_MINUTES_WORD}(?:[^\n.]|\n(?![ \t]*(?:\n|\d)))"
    r"{0,120}?(?:approbation|approuv|adopt|accept|valid|\bvot[eé]\b)"
    # « … observations sur le compte rendu de la séance du 12 décembre. Ce dernier est approuvé »
    # (« … Aucune remarque n'étant formulée, il est adopté à l'unanimité »: a clause before it.)
    r"|(?:proc[èe]s(?:[- ]|- )?verbal|compte(?:[- ]|- )?rendu)(?:[^\n.]{0,120}\."
    r"[ \t]+(?:[^\n.,]{0,80},[ \t]*)?(?:ce\s+dernier|celui-ci|il)"
    r"\s+(?:est|a\s+[ée]t[ée])\s+(?:approuv|adopt|accept|valid)"
    # « … remarques sur le compte rendu de la précédente réunion. Ce qui appelle une observation.⏎
    # - M. X fait part que … ⏎ Puis celui-ci est adopté à l'unanimité »: two sentences between.
    r"|[^\n.]{0,60}?pr[ée]c[ée]dente?[^\n.]{0,40}\."
    r"(?:[^.]{0,200}\.){0,2}\s+(?:puis\s+)?(?:ce\s+dernier|celui-ci)\s+(?:est|a\s+[ée]t[ée])\s+"
    r"(?:approuv|adopt|accept|valid)))"
    r"|(?P<agenda>(?:ajout|rajout|inscri|retir)\w*[^\n.]{0,80}?ordre\s+du\s+jour"
    r"|ordre\s+du\s+jour[^\n.]{0,80}?(?:ajout|rajout|inscri|retir)\w*)"
    # The agenda itself voted: « L'ordre du jour … a été rappelé aux Conseillers qui l'ont accepté
    # à l'unanimité », « L'ordre du jour est adopté à l'unanimité » (its vote in its sentence only).
    r"|(?P<agenda_voted>ordre\s+du\s+jour[^\n.]{0,120}?\b(?:accept|adopt|approuv|valid)[ée]e?s?\b)"
    # The designation of the secretary (L2121-15), voted at the opening: « Secrétaire de séance :
    # M. X se porte volontaire. Accepté à l'unanimité. », « M. X est désigné secrétaire de séance ».
    # (« Le Maire propose le secrétariat de séance à Mme X qui l'accepte, proposition adoptée à
    # l'unanimité »: the office named.)
    r"|(?P<secretary>secr[ée]ta(?:ire|riat)\s+de\s+(?:la\s+)?s[ée]ance)")
# The next item's heading (« 1. », « II – »): a preliminary's vote is not looked for past it.
_NEXT_HEADING = re.compile(r"\n[ \t]*(?:\d{1,2}|[IVX]{1,5})[ \t]*[.)–-]")
# A heading in a text whose lines were joined: a number after a stop, before a word in capitals.
_INLINE_HEADING = re.compile(r"(?:\n[ \t]*|[.!:][ \t]+)(?:\d{1,2}|[IVX]{1,5})[ \t]*[.)–-]?[ \t]+[A-ZÀ-Ý]{3}")
# How far after « secrétaire de séance » its vote is looked for (a name, a proposal, the vote).
_SECRETARY_VOTE_AHEAD = 200
# Which sitting the minutes are of: an earlier one (« de la dernière séance », « du 28 septembre »).
_EARLIER = re.compile(r"(?i)derni[èe]re|pr[ée]c[ée]dente?|s[ée]ance|r[ée]union|\b\d{1,2}(?:er)?\s+\w+\s+\d{4}"
                      r"|\d{1,2}/\d{1,2}/\d{2,4}")
# « Le compte rendu est approuvé à l'unanimité. », « Le procès-verbal a été adopté »: the minutes
# named bare, the verb right after them: the record of an earlier sitting, no item's (« Le compte
# rendu annuel d'activité est approuvé » names what it is).
_BARE_APPROVAL = re.compile(r"[ \t]*(?:Le|LE|Ce|CE)[ \t]+(?:compte[- ]?rendu|COMPTE[- ]?RENDU"
                            r"|proc[èe]s[- ]?verbal|PROC[ÈE]S[- ]?VERBAL|PV)"
                            r"[ \t]+(?:est|a[ \t]+été|EST|A[ \t]+ÉTÉ)[ \t]+(?i:approuvé|adopté|validé)")
# How far before an approval the sentence naming the approved sitting is looked for.
_ASKED_BEFORE = 300
_VOTE_WORD = re.compile(r"(?i)unanimit|\bvot[eé]|\bpour\s*:|\badopt|\bapprouv")
# A sentence that designates (« - DÉSIGNE M. X, secrétaire de séance », « nomme Mme Y »).
_DESIGNATES = re.compile(r"(?i)[ \t\-–•]*(?:d[ée]sign|nomm|[ée]lit\b)")
# How far before such a sentence the formula holding its vote is looked for.
_DESIGNATION_BACK = 120
# How far after an agenda change its vote is looked for (« : - Modification de … ⏎ VOTE : Unanimité »).
_PRELIMINARY_VOTE_AHEAD = 250


def _stop_before(text: str, i: int) -> int:
    """Where the sentence holding ``i`` starts, less one (-1 when at the text's start)."""
    k = max(text.rfind(". ", 0, i), text.rfind(".\t", 0, i))
    return k + 1 if k >= 0 else -1


def _sentence_end(text: str, i: int) -> int:
    """The end of the sentence or line holding ``i``; a line that ends with no stop and whose next
    line opens in lower case (« … est approuvé à⏎l'unanimité. »: a sentence wrapped in a narrow
    column) goes on on that line, three times at most."""
    stop = text.find(". ", i)
    k = text.find("\n", i)
    for _ in range(3):
        if k < 0 or (0 <= stop < k) or not wrapped_at(text, k):
            break
        k = text.find("\n", k + 1)
    ends = [e for e in (k, stop) if e >= 0]
    return min(ends) if ends else len(text)


def _approves_minutes(title: str) -> bool:
    """Whether ``title`` names the approval of earlier minutes (« Approbation du procès-verbal
    du 17 septembre »)."""
    if "erbal" not in title and "ERBAL" not in title and "endu" not in title and "ENDU" not in title:
        return False
    return any(m.group("minutes") for m in _PRELIMINARY.finditer(title))


def mask_preliminaries(text: str, secretary_only: bool = False) -> str:
    """``text`` with the preliminaries' votes blanked (same length: positions are kept);
    with ``secretary_only``, the secretary's designation only."""
    if secretary_only and "taire de" not in text and "TAIRE DE" not in text and "tariat de" not in text:
        return text
    if "rdre du jour" not in text and "erbal" not in text and "ompte" not in text and "taire de" not in text \
            and "PV" not in text and "ERBAL" not in text and "OMPTE" not in text \
            and "RDRE DU JOUR" not in text and "TAIRE DE" not in text and "tariat de" not in text:
        return text
    spans = []
    for m in _PRELIMINARY.finditer(text):
        if secretary_only and (not m.group("secretary") or _in_heading(text, m.start())):
            continue  # (not the item's heading: « 1. Approbation du PV et nomination d'un secrétaire »)
        # The sentence (a text of one line has no line breaks: sentences are cut at their stop).
        a = max(text.rfind("\n", 0, m.start()), _stop_before(text, m.start())) + 1
        b = _sentence_end(text, m.end())
        if m.group("minutes") and not _EARLIER.search(text, a, b) and not _asked_before(text, a) \
                and not (_BARE_APPROVAL.match(text, a) and not _approval_heading_above(text, a)):
            continue
        if m.group("secretary"):
            # Its vote in its sentence or just after (« … se porte volontaire. Accepté à
            # l'unanimité. »), not past the next heading (« 2 APPROBATION DU … » in a text of one line).
            end = min(len(text), m.end() + _SECRETARY_VOTE_AHEAD)
            if _LABEL_COLON.match(text, m.end()):
                # « SECRÉTAIRE DE SÉANCE : CORNALBA DANIEL » — a label and a name: its vote, if
                # any, on its line (not « DÉLIBÉRATION APPROUVÉE : Pour 86 » below, the item's).
                line_end = text.find("\n", m.end())
                end = min(end, line_end if line_end >= 0 else len(text))
            h = _INLINE_HEADING.search(text, m.end(), end)
            v = _VOTE_WORD.search(text, a, h.start() if h else end)
            if v is not None:
                spans.append((a, max(b, _sentence_end(text, v.end()))))
            elif _DESIGNATES.match(text, text.rfind("\n", 0, m.start()) + 1):
                # The vote in the formula just above: « le Conseil Municipal, après en avoir
                # délibéré, à l'unanimité,⏎⏎- DESIGNE M. X, secrétaire de séance. »
                back = [w for w in _VOTE_WORD.finditer(text, max(0, a - _DESIGNATION_BACK), a)]
                if back:
                    spans.append((back[-1].start(), max(a, b)))
            continue
        if m.group("agenda_voted"):
            if _VOTE_WORD.search(text, m.end(), b):
                spans.append((a, b))
            continue
        if not _VOTE_WORD.search(text, m.end() if m.group("agenda") else a, b):
            # Its vote on a line of its own after it, or none.
            end = min(len(text), b + _PRELIMINARY_VOTE_AHEAD)
            h = _NEXT_HEADING.search(text, b, end)
            v = _VOTE_WORD.search(text, b, h.start() if h else end)
            if v is None:
                continue
            b = _sentence_end(text, v.end())
        spans.append((a, b))
    return _blank(text, spans)


def _in_heading(text: str, i: int) -> bool:
    """Whether ``text[i]`` is on the first line holding text, a line that prints no vote (a
    heading, not « Secrétaire de séance : M. X, élu à l'unanimité »)."""
    first = len(text) - len(text.lstrip())
    eol = text.find("\n", first)
    eol = len(text) if eol < 0 else eol
    return i < eol and _VOTE_WORD.search(text, first, eol) is None


def _approval_heading_above(text: str, a: int) -> bool:
    """Whether the last line holding text above ``a`` heads an approval (« I ADOPTION DU
    PROCES-VERBAL DU 1er DECEMBRE 2016 »: an item, whose vote is the item's)."""
    end = text.rfind("\n", 0, a)
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if line.strip():
            return _APPROVAL_WORD.search(line) is not None
        end = start - 1
    return False


_APPROVAL_WORD = re.compile(r"(?i)approbation|adoption|approuv|adopt")


def _asked_before(text: str, a: int) -> bool:
    """Whether the sentence before the one starting at ``a``, on its line, names an earlier
    sitting: « … des remarques sur le procès-verbal de la séance du 20 octobre. Le procès-verbal
    est adopté par 20 voix pour ». (Not the line above: « I ADOPTION DU PV DU 1er DÉCEMBRE » is
    an item's heading, whose vote is the item's.)"""
    if a <= 0 or text[a - 1] == "\n":
        return False
    lb = max(text.rfind("\n", 0, a) + 1, _stop_before(text, a - 2) + 1, a - _ASKED_BEFORE)
    return _EARLIER.search(text, lb, a) is not None


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each of ``spans`` (in order) blanked, its length kept."""
    if not spans:
        return text
    out, last = [], 0
    for a, b in spans:
        a = max(a, last)
        out.append(text[last:a])
        out.append(" " * max(0, b - a))
        last = max(last, b)
    out.append(text[last:])
    return "".join(out)


# An election, or the choice of how to vote in one (L2121-21: a secret ballot unless the council
# decides unanimously to vote by show of hands): « le Conseil a élu, au scrutin secret et à
# l'unanimité : … », « Accord de l'ensemble du conseil pour vote à main levée (unanimité) », « peut
# décider à l'unanimité de ne pas procéder au scrutin secret ». The unanimity is the ballot's
# result or a vote on the method, not the item's vote (« Ballots … → vote null »).
_BALLOT = re.compile(r"(?i)\bscrutin\s+secret|\bpour\s+(?:un\s+)?vote\s+(?:à|a)\s+main"
                     r"|\bproc[ée]der\s+(?:au\s+)?(?:vote|scrutin)"
                     r"|\b(?:est|sont|a|ont|[ée]t[ée]|proclam[ée]e?s?)\s+[ée]lue?s?\b")
_UNANIMITY_WORD = re.compile(r"(?i)unanimit")


def mask_ballots(text: str) -> str:
    """``text`` with each sentence holding both a unanimity and a ballot (_BALLOT) blanked."""
    if "crutin" not in text and "main" not in text and "lu" not in text:
        return text
    spans = []
    for u in _UNANIMITY_WORD.finditer(text):
        a = max(text.rfind("\n\n", 0, u.start()), _stop_before(text, u.start()),
                text.rfind(":\n", 0, u.start())) + 1
        b = _sentence_end(text, u.end())
        if _BALLOT.search(text, a, b):
            spans.append((a, b))
    return _blank(text, spans)


def _positions(text: str, needle: str) -> list[int]:
    """Every place ``needle`` starts in ``text``, in order."""
    out = []
    i = text.find(needle)
    while i >= 0:
        out.append(i)
        i = text.find(needle, i + 1)
    return out




def _heads(text: str) -> list[int]:
    """For each « n° » after blanks, where the word before those blanks ends.

    « Délibération n° », « Rapport n° », « Point n° »… all hold one: a pattern for them can
    only start that word's length before it (``re`` is tried there, with ``match``).
    """
    out = []
    for p in _positions(text, "°"):
        j = p - 1
        if j > 0 and text[j] in "nN":
            k = blanks_before(text, j)
            if 0 < k < j:  # a word ends there
                out.append(k)
    return out




def _colons(text: str) -> list[tuple[int, int]]:
    """Each colon of ``text``, with where the blanks before it start."""
    return [(c, blanks_before(text, c)) for c in _positions(text, ":")]


def _before_colon(rx: re.Pattern[str], text: str, colons: list[tuple[int, int]],
                  lengths: tuple[int, ...]) -> re.Match[str] | None:
    """``rx.search(text)`` for a pattern « word, blanks, colon »: the word is one of
    ``lengths`` long (longest first) and ends where the blanks before a colon start
    (``colons``, from :func:`_colons`)."""
    for _c, k in colons:
        for n in lengths:
            if k >= n:
                m = rx.match(text, k - n)
                if m:
                    return m
    return None


def _all_around(rx: re.Pattern[str], text: str, at: list[int] | None) -> list[re.Match[str]]:
    """``list(rx.finditer(text))`` for _INTEREST, under the conditions of :func:`around`:
    its matches hold « part » or « retir » less than 30 characters (and blanks) from their
    start, and end less than 40 after it."""
    out: list[re.Match[str]] = []
    pos = 0
    while True:
        m = around(rx, text, at, pos, back=40, ahead=100)
        if m is None:
            return out
        out.append(m)
        pos = m.end() if m.end() > m.start() else m.end() + 1


def _near(rx: re.Pattern[str], text: str, low: str, words: tuple[str, ...]) -> re.Match[str] | None:
    """``rx.search(text)``, for a pattern whose every match holds one of ``words`` near its start.

    ``low`` is ``text`` in lower case: the search starts just before the first of the
    words found there, and does not run at all when none is.
    """
    found = [i for i in (low.find(w) for w in words) if i >= 0]
    if not found:
        return None
    start = max(0, min(found) - _BACK) if len(low) == len(text) else 0
    return rx.search(text, start)


_BACK = 100  # a match starts less than this before the word it needs (blanks are cut short)


# « D98/13 » after a boundary: found by its « D » (re skips ahead to a literal), where
# « \b » in front would be tried at every position.
_D_NUMBER = re.compile(r"(?P<n>D(?<=\bD)\d{1,4}/\d{2,4})\b")


# What names another text's number in prose: « a modifié la délibération n°2014/131 », « Par
# délibération n° 2011/333 du 20 juin 2011 », « VU la loi N° 2005-95 », « DECISION MODIFICATIVE
# N°6/2016 » (a budget's amendment). (Not « Extrait de la
# délibération n° … », « Copie de la délibération n° … »: the text's own.)
_NUMBER_REFERENCE = re.compile(
    r"(?:\b(?:par|vu|(?<!de )la|sa|cette|selon|une|leur|notre|ladite)[ \t]+"
    r"(?:d[ée]lib[ée]ration[ \t]*)?"
    r"|\b(?:loi|d[ée]cret|arr[êe]t[ée]|ordonnance|circulaire|article|avenant|march[ée]"
    # « Note explicative de synthèse n° 2014/17 (dél. 2014/540) »: the note's number (L2121-12).
    r"|modificative|synth[èe]se|note)[ \t]*)\Z",
    re.IGNORECASE)


def _own(rx: re.Pattern[str], scope: str, starts: list[int]) -> re.Match[str] | None:
    """The first match of ``rx`` at one of ``starts`` that is not a reference to another text."""
    for s in starts:
        if s >= 0:
            m = rx.match(scope, s)
            if m and _NUMBER_REFERENCE.search(scope, max(0, s - 40), s) is None:
                return m
    return None


def _number(scope: str, heads: list[int]) -> tuple[str | None, int, float]:
    """The deliberation number: the first of :data:`_NUMBER_FORMS` that matches ``scope``
    (a number named as another text's, a law's or an earlier deliberation's, aside); where it
    starts, and how sure the form makes it (« Délibération n° » surer than « N° »)."""
    for gate, find, sure, printed in _NUMBER_FORMS:
        if gate is not None and gate not in scope:
            continue
        m = find(scope, heads)
        if m is None:
            continue
        n, at = printed(m)
        return n, at, _in_prose(scope, m.start(), m.end(), sure)
    return None, -1, 0.0


def _figures(m: re.Match[str]) -> tuple[str, int]:
    """A number as printed, its blanks and end stops dropped (« 2021 - 12. » → « 2021-12 »)."""
    return "".join(m.group("n").split()).strip(".-"), m.start("n")


def _dcm_code(m: re.Match[str]) -> tuple[str, int]:
    """« DCM n°2020-57 », « DCM2019.12 »: the code kept with its letters."""
    n = "DCM " + m.group("n")[3:].strip() if m.group("n") else m.group("n2").strip(".-")
    return n, m.start()


def _named_number(scope: str, heads: list[int]) -> re.Match[str] | None:
    # « Délibération n° 2021-12 »: at the word « délibération » found before each « n° ».
    return _own(_DELIB_NO[0], scope, [k - 12 for k in heads if scope[k - 1] in "nN"])


def _n_number(scope: str, heads: list[int]) -> re.Match[str] | None:
    return _own(_DELIB_NO[1], scope, _positions(scope, "N°"))


def _line_number(scope: str, heads: list[int]) -> re.Match[str] | None:
    # « n° 2014 / 131 » alone on its line, under « Extrait du registre des délibérations » in a
    # side box: the extract's own number (a law's or an earlier text's is named in a sentence,
    # and dated).
    return _own(_NUMBER_LINE, scope, [k for k in _positions(scope, "n°") if _line_head(scope, k)])


def _object_number(scope: str, heads: list[int]) -> re.Match[str] | None:
    return _DELIB_NO[2].search(scope)


def _d_number(scope: str, heads: list[int]) -> re.Match[str] | None:
    return _D_NUMBER.search(scope)


def _ref_number(scope: str, heads: list[int]) -> re.Match[str] | None:
    # « - réf. : 2019/11 » under the object, « Installation d'un nouveau conseiller municipal
    # Réf : 2020D091 Suite à … »: the register's reference of the deliberation (« éf » and « ÉF »
    # both gate it: the table holds the first).
    if "éf" not in scope and "ÉF" not in scope:
        return None
    return _REF_NUMBER.search(scope)


def _year_rank_number(scope: str, heads: list[int]) -> re.Match[str] | None:
    # « 2008/8848 - Dénomination "rue du Cèdre" à Lyon 9e. »: a municipal bulletin's heading, the
    # year and the rank, a dash, the object.
    return _YEAR_RANK_HEAD.search(scope)


def _dcm_number(scope: str, heads: list[int]) -> re.Match[str] | None:
    return _DELIB_NO[4].search(scope)


# The forms of a deliberation's own number, in order of preference: a word the scope must hold
# (None: always tried), the finder, how sure the form makes the number.
# Each form: a word the text must hold (None: none), its finder, how sure it is, and how its match
# gives the number printed and where it starts.
_NUMBER_FORMS: tuple[tuple[str | None, Callable[[str, list[int]], re.Match[str] | None], float,
                           Callable[[re.Match[str]], tuple[str, int]]], ...] = (
    (None, _named_number, 0.95, _figures),
    ("N°", _n_number, 0.85, _figures),
    ("n°", _line_number, 0.85, _figures),
    ("OBJET", _object_number, 0.8, _figures),
    (None, _d_number, 0.8, _figures),
    (None, _ref_number, 0.85, _figures),
    ("/", _year_rank_number, 0.85, _figures),
    ("DCM", _dcm_number, 0.9, _dcm_code),
)


# A rubric of the register (« FINANCES », « AFFAIRES GÉNÉRALES », « URBANISME – FONCIER »): one or
# two words in capitals (« SUBVENTIONS AUX ASSOCIATIONS » is an object); the object on the next line
# that holds text, neither a sentence's start nor its end.
_RUBRIC = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý'’]+(?:[ \t]*[-–&/,]?[ \t]*[A-ZÀ-Ý][A-ZÀ-Ý'’]*)?")
_RUBRIC_OBJECT = re.compile(r"[ \t]*\n(?:[ \t]*\n){0,2}[ \t]*"
                            r"(?!(?:Monsieur|Madame|M\.|Mme|Vu|VU|Consid|Apr[èe]s|Rapporteur|Le|La|Les|Il|Elle"
                            r"|Ils|Elles|Un|Une|Sur)\b|L['’])(?P<t>[A-ZÀ-Ý][^\n]{5,200}(?<![.;:]))$",
                            re.MULTILINE)


_REF_NUMBER = re.compile(r"(?<![\w])(?:r[ée]f|R[ée]f|R[ÉE]F)\.?[ \t]*:[ \t]*"
                         r"(?P<n>(?:19|20)\d{2}(?:[/-]\d{1,4}|D\d{2,4}))(?![\w/-])")


def _ref_before(scope: str, k: int) -> str | None:
    """The object printed before a « Réf : » number at ``k``: the words before it on its line (three
    at least), else the nearest line above that is no date's heading; None when the number is not
    a reference's or nothing fits."""
    head = scope.rfind("\n", 0, k) + 1
    ref = _REF_BEFORE.search(scope, head, k + 1)
    if ref is None or ref.end() < k:
        return None
    same = scope[head:ref.start()].strip(" \t-•:")
    if len(same.split()) >= 3:
        return " ".join(same.split())
    if same:
        return None
    for line in reversed(scope[max(0, head - _REF_LOOK_BACK):head].split("\n")):
        line = line.strip(" \t-•")
        if not line or _DATE_HEADING.match(line):
            continue
        return line if len(line.split()) >= 3 and not line.endswith(":") else None
    return None


_REF_BEFORE = re.compile(r"(?:r[ée]f|R[ée]f|R[ÉE]F)\.?[ \t]*:[ \t]*")
_REF_LOOK_BACK = 300
_DATE_HEADING = re.compile(r"(?i)(?:s[ée]ance|r[ée]union|conseil\s+municipal)\s+du\s+\d")
_YEAR_RANK_HEAD = re.compile(r"^[ \t]{0,8}(?P<n>(?:19|20)\d{2}/\d{3,5})[ \t]+[-–][ \t]+(?=[A-ZÀ-Ý«\"])",
                             re.MULTILINE)
_NUMBER_LINE = re.compile(r"n°[ \t]*(?P<n>\d{1,4}[ \t]*[/-][ \t]*\d{1,5})[ \t]*$", re.MULTILINE)


# « … du 20 juin 2011 », « en date du 5 avril » after a number: an earlier deliberation's.
_DATED_AFTER = re.compile(r"[ \t]+(?:en\s+date\s+)?du[ \t]+\d", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"[a-zà-ÿ]{2,}\W*$")
_SITTING_DATED = re.compile(r"(?i)(?:conseil|s[ée]ance|bureau|comit[ée])[^()\n]{0,30}?"
                            r"\bdu\s+\d{1,2}(?:er)?\s+\w+\s+\d{4}")
# How sure a number dated after it is (the way an earlier deliberation is named).
_DATED_SURE = 0.45


def _in_prose(text: str, start: int, end: int, sure: float) -> float:
    """How sure a number is: as sure as its form at the head of a line; less inside a sentence
    (« Par délibération n° 2011/333 », « la loi n° 2005-95 »); least when dated after it, the
    way an earlier deliberation is named (« n° 2014/131 du 5 avril 2014 »)."""
    if _DATED_AFTER.match(text, end):
        return _DATED_SURE
    opened = open_bracket(text, start)
    if opened >= 0 and _SITTING_DATED.search(text, opened, start):
        # « (Conseil Municipal du 30 mars 2015 – délibération n° 2015-63) »: the sitting that took
        # it named before it, in the same brackets — an earlier deliberation.
        return _DATED_SURE
    line = text.rfind("\n", 0, start) + 1
    if _WORD_BEFORE.search(text, max(line, start - 40), start):
        return 0.55
    return sure


# The heads of a table's columns (a list of deliberations flattened into one line).
_COLUMN_HEADS = re.compile(r"\b(?:TITRE|OBJET|INTITUL[ÉE])\b")
# A paragraph that is only a deliberation's number, and an item's number before its title.
_NUMBER_ONLY = re.compile(r"\s*(?:D[ée]lib[ée]ration|DÉLIBÉRATION|DELIBERATION)\s+n°\s*[\w/.-]*\d[\w/.-]*\s*")
_ITEM_NUMBER = re.compile(r"^\s*\d{1,3}\s*[.)–-]\s+")


# The last sentence's end in a paragraph before a title (a word's last letter, a stop, a blank).
_SENTENCE_BEFORE_TITLE = re.compile(r"(?s:.*)[a-zà-ÿ]{2}\.\s+(?=\S)")


def _title_before(block: str, d: ParsedDeliberation, rapporteur: re.Match[str] | None,
                  number_at: int = -1) -> str:
    """The title printed before the rapporteur or before the number (``Zones … N°36/2023``);
    ``number_at``: where the number was read in ``block`` (-1: unknown)."""
    if rapporteur:
        before = block[: rapporteur.start()].strip()
        paras = re.split(r"\n\s*\n", before) if before else [""]
        if len(paras) > 1 and _NUMBER_ONLY.fullmatch(paras[-1]):
            # « 3. Débat d'orientations budgétaires ⏎⏎ Délibération n° 2021-01-001 ⏎⏎ Rapporteur : »:
            # the number's paragraph holds no title; the item's numbered heading above it does
            # (one line), else no title is given.
            head = paras[-2].strip()
            if "\n" in head or not _ITEM_NUMBER.match(head):
                return ""
            return " ".join(_ITEM_NUMBER.sub("", head).split())[:400]
        title = " ".join(paras[-1].split())
        end = _SENTENCE_BEFORE_TITLE.search(title)
        if end is not None and _PRELIMINARY.search(title, 0, end.end()) is not None:
            # « Le procès-verbal de la séance du 19 avril 2013 est adopté à l'UNANIMITE … . SCHEMA
            # REGIONAL DE L'ENSEIGNEMENT SUPERIEUR … »: the sitting's preliminary, a sentence run
            # into the item's title on its line, is not the title (nor its vote the item's).
            title = title[end.end():]
        return title[:400]
    if d.number:
        # (where the number was read: « … de la séance du 18 octobre 2016 … ⏎1 – Validation des
        # attributions ⏎Délibération n°1 »: its first « 1 » is a date's)
        k = number_at if number_at > 0 and block.startswith(d.number, number_at) \
            else block.find(d.number.replace("D", ""))
        if k > 0:
            before = block[max(0, k - 200):k]
            before = _NUMBER_WORD_END.sub("", before.strip()).strip()
            m2 = re.search(r"((?:[A-ZÀ-Ý][\w'-]*\s+)(?:[\w'-]+\s+){0,15}[\w'-]+)$", before)
            if m2 is None or _COLUMN_HEADS.search(m2.group(1)):
                return ""  # « N° DCM TITRE DÉCISION DCM 2026-01 … »: a table's heads, not a title
            title = m2.group(1)
            if _SITTING_HEADING.fullmatch(title.strip()):
                return ""  # « Séance du 28 mai 2015 Délibération n°43 … »: the sitting's heading
            if "\n" in title and (rubric := _RUBRIC_THEN_ITEM.match(title)) is not None:
                # « II – INTERCOMMUNALITE⏎1 – Validation des attributions ⏎Délibération n°1 »: the
                # rubric's line and the item's rank are not its object
                title = title[rubric.end():]
            return " ".join(title.split())
    return ""


# (« Conseil communautaire du lundi 09 janvier 20… »: its year maybe cut where the number was found)
_SITTING_HEADING = re.compile(r"(?i:s[ée]ance|r[ée]union|conseil\s+(?:municipal|communautaire|syndical"
                              r"|de\s+communauté))\b[^\n]{0,40}\b(?:19|20)(?:\d\d)?")
# A rubric numbered in Roman figures on its line, then an item's rank: « II - INTERCOMMUNALITE⏎1 - ».
_RUBRIC_THEN_ITEM = re.compile(r"[IVX]{1,5}\s*[-–.]\s+[^\n]{1,80}\n\s*(?:\d{1,3}\s*[-–.)]\s+)?")


# « N° », « Délibération n° » ending the text before a number.
_NUMBER_WORD_END = re.compile(r"(?:(?:D[ée]lib[ée]ration|DÉLIBÉRATION|DELIBERATION)\s+)?[Nn]°\s*$")


_OPINION_WORDS = ("Commission", "Bureau", "Conférence", "Comité")
_LINE_BC = re.compile("\n[BC]")  # a line that starts like one of _OPINION_WORDS


def _opinions(block: str) -> list[tuple[str, dt.date | None, str]]:
    """``_OPINION.finditer(block)``: its matches start a line with one of _OPINION_WORDS."""
    starts = [0] if block.startswith(_OPINION_WORDS) else []
    starts.extend(m.start() + 1 for m in _LINE_BC.finditer(block)
                  if block.startswith(_OPINION_WORDS, m.start() + 1))
    out = []
    end = 0
    for s in starts:
        if s < end:
            continue
        m = _OPINION.match(block, s)
        if m:
            out.append((" ".join(m.group("b").split()), find_date(m.group("d")), m.group("v").strip()))
            end = m.end() if m.end() > s else s + 1
    return out


def _budget(block: str, low: bytes | None) -> tuple[str, str, Decimal | None, Decimal | None] | None:
    starts = anchor_positions(low, (b"inscription",))
    m = _BUDGET.search(block) if starts is None else match_at(_BUDGET, block, starts)
    if not m:
        return None
    line = m.group("b")
    prog = re.search(r"«\s*(?P<p>[^»]+?)\s*»", line)
    budget = line[: prog.start()].strip() if prog else line.split("\t")[0].strip()
    planned, operation = _PLANNED.search(line), _OPERATION.search(line)
    return (budget, prog.group("p") if prog else "",
            to_amount(planned.group("a")) if planned else None,
            to_amount(operation.group("a")) if operation else None)


# The heading that ends the summary (« I. », « 1) »), at the start of a line: found by the
# line break before it (re skips ahead to a literal; « ^ » is tried at every position).
_HEADING_NL = re.compile(r"\n[ \t]*(?:I|1)[ \t]*[.)-][ \t]+\S")


def _heading(rest: str) -> int:
    """Where _HEADING first matches ``rest``, or -1."""
    if _HEADING.match(rest):
        return 0
    m = _HEADING_NL.search(rest)
    return m.start() + 1 if m else -1


def _text_parts(block: str, colons: list[tuple[int, int]], intro: _Intro | None,
                interest_at: int | None, low: bytes | None) -> TextParts:
    """The text of a block: it ends at the decision sentence or the first interest sentence
    (starting at ``interest_at``)."""
    t = TextParts(opinions=_opinions(block), budget=_budget(block, low))
    ends = [x for x in (intro.start() if intro else None, interest_at) if x is not None]
    end_body = min(ends) if ends else len(block)
    sm = _before_colon(_SUMMARY, block, colons, (6,))
    if sm:
        rest = block[sm.end():end_body]
        h = _heading(rest)
        t.summary = _paragraphs(rest[:h] if h >= 0 else rest)
        t.body = _paragraphs(rest[h:]) if h >= 0 else ""
    if intro:
        t.decision_intro = _last_sentence(" ".join(intro.group("i").split()).rstrip(":")).strip() + " :"
        after = block[intro.end():]
        stop = _DECISION_END.search(after)
        zone = after[: stop.start()] if stop else after
        parts = [" ".join(p.split()).strip(" ;") for p in _BULLET.split(zone)]
        t.decisions = [p for p in parts if len(p) > 2]
    return t


# Blanks other than the space and the line break (all of str.split's, in Latin-1).
_ODD_BLANKS = b"\t\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0"


def _paragraphs(text: str) -> str:
    """Paragraphs (split on blank lines), each on one line with single spaces.

    ``" ".join(p.split())`` makes an object of every word: when the only blanks are spaces
    and line breaks, a line is tidied with ``str.replace`` and ``strip``, and only if it
    needs it.
    """
    try:
        raw = text.encode("latin-1")
    except UnicodeEncodeError:
        odd = True
    else:
        odd = len(raw.translate(None, _ODD_BLANKS)) != len(raw)
    paras: list[str] = []
    cur: list[str] = []
    for line in text.split("\n"):
        if odd:
            line = " ".join(line.split())
        else:
            if "  " in line:
                while "  " in line:
                    line = line.replace("  ", " ")
            if line.startswith(" ") or line.endswith(" "):
                line = line.strip(" ")
        if line:
            cur.append(line)
        elif cur:
            paras.append(" ".join(cur))
            cur = []
    if cur:
        paras.append(" ".join(cur))
    return "\n\n".join(paras)


def _last_sentence(text: str) -> str:
    """``_SENTENCE.split(text)[-1]``: what follows the last end of sentence."""
    i = len(text)
    while True:
        p = max(text.rfind(".", 0, i), text.rfind(":", 0, i), text.rfind(";", 0, i))
        if p < 0:
            return text
        m = _SENTENCE.match(text, p)
        if m:
            return text[m.end():]
        i = p


def _interested(block: str, interests: list[re.Match[str]]) -> list[NameEntry]:
    """Members declared interested: the names before each interest sentence (``interests``)."""
    out: list[NameEntry] = []
    for m in interests:
        before = _last_paragraph(block[max(0, m.start() - 400):m.start()]).replace("\n", " ")  # unwrapped
        names = _last_sentence(_drop_interested_words(before))
        out.extend(parse_list(names))
    if not out and "intéress" in block:
        # « Conseillers intéressés : … »: the word before the blanks before « intéress ».
        starts: list[int] = []
        for i in _positions(block, "intéress"):
            j = blanks_before(block, i)
            if j < i:
                starts.extend(j - n for n in (11, 10, 7, 6, 4, 3))
        lm = match_at(_INTEREST_LIST, block, starts)
        if lm:
            out.extend(parse_list(lm.group("names")))
    return out


def _last_paragraph(text: str) -> str:
    r"""``re.split(r"\n\s*\n", text)[-1]``: what follows the last blank line."""
    end = text.rfind("\n")
    while end > 0:
        start = text.rfind("\n", 0, end)
        if start < 0:
            break
        between = text[start + 1:end]
        if not between or between.isspace():
            return text[end + 1:]
        end = start
    return text


# _INTERESTED_WORDS in two parts: « intéressé(e)s » to the end, and the word before it.
_INTERESTED_END = re.compile(r"intéressée?s?\s*,?\s*$", re.IGNORECASE)
_INTERESTED_WHO = re.compile(r"(?:conseill[eè]re?s?|élue?s?|membres?)\Z", re.IGNORECASE)


def _drop_interested_words(before: str) -> str:
    """``_INTERESTED_WORDS.sub("", before)``, read backwards from the end.

    The pattern ends the text: its « intéress » is the last « ress » of the text (found in
    lower case). From there, the match extends back over a word (« conseillers »), blanks
    and a comma: tried position after position, it cost more than all the rest.
    """
    low = before.casefold()
    if len(low) != len(before):
        m = _INTERESTED_WORDS.search(before)
        return before[: m.start()] if m else before
    i = low.rfind("ress") - 4  # « inté »
    if i < 0 or not _INTERESTED_END.match(before, i):
        return before
    k = blanks_before(before, i)
    if k < i:
        w = _INTERESTED_WHO.search(before, max(0, k - 12), k)
        if w:
            k = blanks_before(before, w.start())
    if k > 0 and before[k - 1] == ",":
        k = blanks_before(before, k - 1)
    return before[:k]


def _vote_zone(block: str, intro: _Intro | None, low: bytes | None) -> str:
    """Where the vote is printed: after the decisions when they are marked, else the block.

    ``intro`` is the decision sentence (:func:`_decision_intro`), or None; ``low`` the
    block from :func:`~registre.reading.votes.ascii_lower`.
    """
    m = _vote_start(block, low)
    if m:
        return block[max(0, m.start() - 200):]
    if intro:
        return block[max(0, intro.start() - 400):]
    return block


def _vote_start(block: str, low: bytes | None) -> re.Match[str] | None:
    """``_VOTE_START.search(block)``, tried where its matches can start: at « vot » (« Votes
    : »), the « ONT » before it, the words before « adopt » (« Rapport », « Délibération »),
    « Résultat du » before « vot » (read back over the blanks)."""
    if low is None:
        return _VOTE_START.search(block)
    starts: list[int] = []
    for a in anchor_positions(low, (b"adopt",)) or ():
        k = blanks_before(block, a)
        if k < a:
            starts += (k - 12, k - 7)
    for a in anchor_positions(low, (b"vot",)) or ():
        starts.append(a)
        k = blanks_before(block, a)
        if k < a:
            starts.append(k - 3)
            # « Résultat du vote »: the « du » before those blanks, « Résultat » before it.
            j = blanks_before(block, k - 2)
            if j < k - 2:
                starts.append(j - 8)
    starts.sort()
    return match_at(_VOTE_START, block, starts)


class _Intro:
    """Where the decision sentence is: its start, end and text."""

    def __init__(self, block: str, start: int, end: int):
        self._text, self._start, self._end = block[start:end], start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self, _name: str) -> str:
        return self._text


# What _DECISION_VERB ends with before its colon, and the assemblies its other branch names.
_VERBS = ("DÉCIDE", "DECIDE", "décide", "DÉLIBÈRE", "délibère")
_BODIES = ("Conseil", "Bureau", "Comité", "conseil", "bureau", "comité")
_INTRO_WORD = re.compile("|".join(_VERBS + _BODIES))


def _decision_intro(block: str, colons: list[tuple[int, int]]) -> _Intro | None:
    """The sentence introducing the decisions (« A l'unanimité, le Conseil de Communauté : »).

    A _DECISION_VERB match ends at the first colon after its start, and starts either at
    a verb just before that colon's blanks, or at the « le » before an assembly named less
    than 60 characters before them: those places are tried, colon after colon.
    """
    for _c, k in colons:
        lo = max(0, k - 67)  # « Conseil », then at most 60 characters
        if _INTRO_WORD.search(block, lo, k) is None:
            continue
        starts = [k - len(v) for v in _VERBS if block.endswith(v, 0, k)]
        for w in _BODIES:
            i = block.find(w, lo, k)
            while i >= 0:
                j = blanks_before(block, i)
                if j < i and j >= 2:
                    starts.append(j - 2)
                i = block.find(w, i + 1, k)
        if starts:
            starts.sort()
            m = match_at(_DECISION_VERB, block, starts)
            if m:
                line_start = block.rfind("\n", 0, m.start()) + 1
                start = max(line_start, m.start() - 200)
                return _Intro(block, start, m.end())
    return None
