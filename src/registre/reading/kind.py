"""What a document is: an extract of one deliberation, the minutes or the compte rendu of a
sitting, a list of deliberations, or not a deliberation at all (an arrêté, a convocation, an
agenda).

The title says it (« EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS », « PROCÈS-VERBAL »,
« COMPTE RENDU », « RÉPERTOIRE CHRONOLOGIQUE DES DÉLIBÉRATIONS », « ARRÊTÉ »): the first of
those words in the beginning of the text decides. A text that names none is the minutes of a
sitting when it records one (« L'an … s'est réuni », a present list) with several items, an
extract when it holds one, and « unknown » otherwise. An importer uses :data:`SITTING_KINDS`
to tell what it can file (a text whose kind is outside them holds no deliberation).
"""

from __future__ import annotations

import re
from enum import StrEnum
from unicodedata import normalize


class DocumentKind(StrEnum):
    EXTRACT = "extract"  # extrait du registre: one deliberation
    MINUTES = "minutes"  # procès-verbal of a sitting
    COMPTE_RENDU = "compte_rendu"  # compte rendu (sommaire) of a sitting
    LIST = "list"  # liste, répertoire, tableau des délibérations
    OTHER = "other"  # not a deliberation: arrêté, convocation, agenda, decision of the mayor
    UNKNOWN = "unknown"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    DocumentKind.EXTRACT: "extrait de délibération", DocumentKind.MINUTES: "procès-verbal de séance",
    DocumentKind.COMPTE_RENDU: "compte rendu de séance", DocumentKind.LIST: "liste des délibérations",
    DocumentKind.OTHER: "pas une délibération (arrêté, convocation, ordre du jour…)",
    DocumentKind.UNKNOWN: "nature non reconnue",
}
# The kinds that record deliberations of a sitting (what an import can file).
SITTING_KINDS = frozenset({DocumentKind.EXTRACT, DocumentKind.MINUTES, DocumentKind.COMPTE_RENDU,
                           DocumentKind.LIST})

# Title words, in folded lower case (no accents), and the kind each says. The earliest wins.
# A title has no article before it: « l'adoption du procès-verbal de la séance précédente », « il
# vérifie le compte-rendu avant diffusion » name minutes, they are not the document's title.
_NO_ARTICLE = (r"(?<!\ble )(?<!\bdu )(?<!\bau )(?<!\bun )(?<!\bce )(?<!l')(?<!d')(?<!\bles )(?<!\bdes )"
               r"(?<!\baux )")
# Nor an item's number: « 1. Procès-verbal de la réunion du 25 novembre » is the approval of the
# previous record, an item of the sitting.
_NOT_ITEM = r"(?<!\d\. )(?<!\d\.)"
_TITLE = re.compile(
    # (« la liste des délibérations examinées est affichée en mairie » is a sentence.)
    r"(?P<list>(?<!\bla )(?<!\bune )(?:liste|repertoire(?:\s+chronologique)?|tableau|releve|recapitulatif)"
    r"\s+des\s+deliberations"
    r"|\breleve\s+des?\s+decisions"
    # « Délibérations adoptées » as a title; « le compte rendu des délibérations prises figure
    # … » is a sentence of a page about the council.
    # (« Délibération(s) approuvées lors de la séance du … », « … votées », the plural often lost.)
    r"(?!\s+a\s+ete\s+affich)|" + _NO_ARTICLE
    + r"deliberations?\s+(?:examinees|adoptees|approuvees|votees|prises)\b)"
    r"|(?P<extract>extrait\s+(?:du\s+registre|du\s+proces|des?\s+(?:registres?\s+des?\s+)?deliberations?"
    r"|de\s+(?:la\s+)?deliberation)|registre\s+des\s+deliberations|\bdeliberation\s+du\s+conseil)"
    r"|(?P<minutes>" + _NO_ARTICLE + _NOT_ITEM
    + r"proces[- ]?verbal|\bp\.?\s?v\.?\s+(?:de\s+la\s+seance|du\s+conseil))"
    # « compte rendu de délégations », « des décisions du maire »: an item, not the title.
    r"|(?P<cr>" + _NO_ARTICLE + _NOT_ITEM
    # (« COMPTE -RENDU SUCCINCT », « COMPTE – RENDU »: the hyphen spaced, the dash lost by the folding.)
    + r"compte(?:[- ]|\s?-\s?|\s\s)?rendu(?!\s+(?:de\s+|des\s+)(?:la\s+)?(?:delegation|decision))"
    # « CR Conseil municipal du … », « C.R. du 29/06 »
    r"|\bc\.?\s?-?r\.?\s+(?:(?:du|de\s+la)\s+)?(?:conseil|reunion|seance)|\bc\.r\.\s+du\s+\d)"
    r"|(?P<other>\barrete\s*(?:n\s*[°o]?\s*\d|municipal|du\s+maire|:)|\ble\s+maire\s+(?:de\s+[^,\n]{2,60},\s*)?arrete\b"
    r"|\bconvocation\s+(?:du|au|a\s+la)\s+(?:conseil|seance|reunion)|^\s*ordre\s+du\s+jour\b"
    # « Arrêté 2024-128 … » opening its line; « DÉCISION DU MAIRE N° 2021-05 » (not « décision
    # modificative n° 2 », a budget's deliberation)
    # (« Arrêtés municipaux », a page of them, opening its line; « les arrêtés du maire sont
    # consultables » is a sentence.)
    r"|^\s*arrete\s+\d|^\s*arretes\s+(?:municipaux|permanents|du\s+maire)\b"
    r"|^\s*decision\s+(?:du\s+(?:maire|president)\b|n\s*[°o]?\s*\d))",
    re.MULTILINE,
)
_KIND_OF_GROUP = {"list": DocumentKind.LIST, "extract": DocumentKind.EXTRACT, "minutes": DocumentKind.MINUTES,
                  "cr": DocumentKind.COMPTE_RENDU, "other": DocumentKind.OTHER}
# A sitting recorded: its opening formula or its roll call.
# (« Le Conseil Municipal … légalement convoqué s'est rassemblé au lieu ordinaire de ses séances ».)
_SITTING = re.compile(r"s'est\s+reuni|s'est\s+rassemble|se\s+sont\s+reunis|s'etant\s+assemble"
                      r"|etaient\s+presents|\bpresents?\s*:|\bl'an\s+(?:deux|mil|19|20)")
# Its alternatives apart, each led by a literal that re skips to (the alternation is tried at
# every place): the earliest match of one of them is where the first match of _SITTING starts.
# (« \bp » written « p(?<=\bp) »: the literal first.)
_SITTING_PARTS = tuple(re.compile(p) for p in (
    r"s'est\s+reuni", r"s'est\s+rassemble", r"se\s+sont\s+reunis", r"s'etant\s+assemble",
    r"etaient\s+presents",
    r"p(?<=\bp)resents?\s*:", r"l(?<=\bl)'an\s+(?:deux|mil|19|20)"))
HEAD = 1500
# The « line » of a kind told by the register's formula of an untitled record (no line says it).
BY_FORMULA = 0
_OPENING = 8000
# The sittings' records named « procès-verbal »: the previous one's approved or read, or
# this one's (« porté au procès-verbal de la présente séance »). Not « annexé au
# procès-verbal » (an election's own procès-verbal) nor « procès-verbal d'installation ».
_NAMES_MINUTES = re.compile(
    r"(?i)\b(?:proc[èe]s[- ]?verbal|pv)\s+(?:n\s*[°o]\s*\S+\s+)?"
    r"(?:de\s+la\s+(?:derni[èe]re\s+|pr[ée]c[ée]dente\s+|pr[ée]sente\s+)?(?:s[ée]ance|r[ée]union)"
    r"|du\s+(?:conseil|comit[ée]|\d|[a-z]+di\s+\d)|de\s+(?:cette|la)\s+(?:assembl[ée]e|s[ée]ance))")
# What an extract says of itself somewhere (« Pour extrait conforme », « Certifié exécutoire »).
_EXTRACT_WORDS = re.compile(r"(?i)extrait|certifi[ée]e?\s+(?:conforme|ex[ée]cutoire)|copie\s+conforme")


def document_kind(text: str, deliberations: int) -> tuple[DocumentKind, int | None]:
    """The kind of a (normalised) text with ``deliberations`` read in it, and the 1-based line
    of the words that say so (None when inferred from the structure, :data:`BY_FORMULA` when
    from the register's formula of an untitled record)."""
    # Accents dropped at C speed (NFKD, then ASCII): « ° » and the like go too.
    head = normalize("NFKD", text[:HEAD].replace("’", "'")).encode("ascii", "ignore").decode().lower()
    # The title is what comes before the sitting is recorded: « compte rendu de la séance du … »
    # after the roll call is the approval of earlier minutes, not this document's title.
    sitting = _sitting_at(head)
    if sitting is None and _index_of_sittings(head):
        # A page listing a council's sittings' records (an index of its pages) is no deliberation.
        return DocumentKind.OTHER, None
    if sitting is None and "recueil" in head:
        summary = _summary_of_recueil(head)
        if summary is not None and _DECIDED.search(head, summary) is None:
            # (Its rows under their decisions are a record of them, not their list.)
            return DocumentKind.LIST, head.count("\n", 0, summary) + 1
    m = _TITLE.search(head, 0, max(sitting, 300) if sitting is not None else len(head))
    if m is not None:
        kind = _KIND_OF_GROUP[m.lastgroup or ""]
        # « Convocation … ordre du jour » at the top of minutes (Lannion) is not the document:
        # a sitting recorded after it (or its own record titled below it, see _held_titled) makes
        # it that record.
        scope, recorded = head, (sitting is not None and deliberations) or _held_titled(head, m.end())
        if (kind is DocumentKind.OTHER and "arrete" not in m.group(0) and not recorded and sitting is None
                and deliberations):
            # A long agenda pushes the sitting's record out of the head: looked for further (its
            # roll call, its formula), the deliberations read being that sitting's.
            far = normalize("NFKD", text[:_OPENING].replace("’", "'")).encode("ascii", "ignore").decode()
            far = far.lower()
            far_sitting = _sitting_at(far)
            if far_sitting is not None:
                scope, recorded = far[:far_sitting + 300], True
            elif "ordre" in m.group(0) and "delibere" in head and _DELIBERATED.search(head, m.end()):
                # « ORDRE DU JOUR CONSEIL COMMUNAUTAIRE ⏎ 25 FEVRIER 2021 ⏎ DE N°1 … Le conseil, après en
                # avoir délibéré, … Approuve »: the agenda's items under the council's decisions, the
                # record of the sitting (its roll call not printed), not its convocation.
                recorded = True
        if kind is DocumentKind.OTHER and "arrete" not in m.group(0) and recorded:
            # Its own title may follow (« Compte rendu de la séance : »); else it is the record
            # of a sitting, as when no title is printed.
            later = next((t for t in _TITLE.finditer(scope, m.end()) if t.lastgroup in ("minutes", "cr")),
                         None)
            if later is not None:
                return _KIND_OF_GROUP[later.lastgroup or ""], scope.count("\n", 0, later.start()) + 1
            return _recorded(text, deliberations)
        if kind is DocumentKind.EXTRACT:
            kind = _extract_or_sitting(head, m.end(), text, deliberations, sitting)
        return kind, head.count("\n", 0, m.start()) + 1
    if sitting is None and "dossier" in head:
        presentation = _PRESENTATION_FILE.search(head)
        if presentation is not None:
            # « Comité syndical ⏎ Dossier de présentation ⏎ JEUDI 18 OCTOBRE 2018 »: the file sent
            # to the members before the sitting, no sitting recorded: no record of it.
            return DocumentKind.OTHER, head.count("\n", 0, presentation.start()) + 1
    if sitting is None and deliberations <= 1 and ("le maire" in head or "le president" in head) \
            and "vu" in head:
        author = _AUTHOR_WHEREAS.search(head)
        if author is not None:
            # « Le Maire de la Commune de X, ⏎ Vu le Code général des collectivités territoriales … »:
            # the maire (or the président) deciding alone, his visas following: an arrêté (a
            # decision), not a deliberation of the council (which opens « Le Conseil municipal, Vu »).
            return DocumentKind.OTHER, head.count("\n", 0, author.start()) + 1
    if sitting is None and deliberations >= 2 and _dated_headings(text):
        # « Délibération n°1 du 18 DÉCEMBRE 2008 … Pour extrait conforme ⏎ Délibération n°2 du 18
        # DÉCEMBRE 2008 … »: the deliberations of one sitting printed one after another, as kept in
        # its register (its roll call cut off or not printed).
        return DocumentKind.MINUTES, BY_FORMULA
    if sitting is not None and deliberations:
        heading = _DELIBERATION_HEADING.search(head, 0, sitting) if deliberations == 1 else None
        if heading is not None:
            return DocumentKind.EXTRACT, head.count("\n", 0, heading.start()) + 1
        adopted = _ADOPTED_FOLLOWING.search(head, sitting) if "suivantes" in head else None
        if adopted is not None:
            # « Le Conseil d'administration s'est réuni le … Ont été adoptées à cette occasion, les
            # délibérations à caractère réglementaire suivantes : »: the acts of the sitting given
            # one after another, not its debates: their list.
            return DocumentKind.LIST, head.count("\n", 0, adopted.start()) + 1
        return _recorded(text, deliberations)
    if sitting is not None and not deliberations \
            and ("euillet" in text[:_OPENING] or "EUILLET" in text[:_OPENING]) \
            and _register_folio(text[:_OPENING].lower()):
        # A page of the register recording a sitting, cut before its first deliberation.
        return DocumentKind.MINUTES, BY_FORMULA
    if sitting is None and "telecharger" in head and _DECIDED.search(head) is None:
        row = _DOWNLOAD_ROW.search(head)
        if row is not None:
            # « 2014-085 BUDGET Désignation représentants Commission locale … Télécharger »: a
            # deliberation's number in the year's series, its object and the link to its text, a
            # page listing the acts, no sitting recorded and no decision printed.
            return DocumentKind.LIST, head.count("\n", 0, row.start()) + 1
    if sitting is None and deliberations <= 1 and _summary_of_numbers(head) and _DECIDED.search(head) is None:
        # « SOMMAIRE ⏎ DÉLIBÉRATIONS DU CONSEIL MUNICIPAL DU 2 MARS 2010 ⏎ 1-01 ⏎ Convention … ⏎
        # 1-02 ⏎ … »: the numbered objects of a sitting's deliberations, no sitting recorded, no
        # decision printed: the list of its deliberations.
        return DocumentKind.LIST, None
    if (sitting is None and deliberations <= 1 and _ANNOUNCED.search(head) is not None
            and _DECIDED.search(head) is None):
        # No title, no sitting recorded, no decision, a sitting announced (« Prochain conseil
        # municipal », « La séance d'installation se tiendra le … »): a notice, not a deliberation.
        return DocumentKind.OTHER, None
    if sitting is None and deliberations == 1 and "conseil" in head and _one_decision_undated(head):
        # « Mise à enquête publique pour aliénation partielle du chemin rural n°3 ⏎ Le maire
        # explique … Ainsi, le conseil municipal approuve à 1 vote Contre, 3 Abstentions, et 7 Pour,
        # … »: one decision of the council given by its object, no sitting named nor dated (a
        # record of a sitting always names it): the page of that one deliberation.
        return DocumentKind.EXTRACT, None
    return DocumentKind.UNKNOWN, None


# The council's deliberation recorded (« après en avoir délibéré »), in folded lower case.
_DELIBERATED = re.compile(r"\bapres\s+en\s+avoir\s+delibere")
# The sitting's deliberations announced one after another (« Ont été adoptées à cette occasion, les
# délibérations suivantes : », « Les délibérations suivantes ont été prises »), in folded lower case.
_ADOPTED_FOLLOWING = re.compile(
    r"\bont\s+ete\s+(?:adoptees|prises|votees)\b[^.:]{0,60}\bdeliberations\b[^.:]{0,60}\bsuivantes\s*:"
    r"|\bdeliberations\s+suivantes\s+ont\s+ete\s+(?:adoptees|prises|votees)\b")
# The file presenting a sitting's affairs (not « le dossier de présentation du projet », an
# item's), in folded lower case.
_PRESENTATION_FILE = re.compile(_NO_ARTICLE + r"dossier\s+de\s+presentation\b(?!\s+(?:du|de|des|d')\b)")
# The author of an arrêté or a decision on a line of his own, and the line after it opening its
# visas, in folded lower case.
# (« Le Maire de la Commune de X, »: its line ends on the comma; « Le Maire expose : ⏎ Vu … » is a
# report.)
_AUTHOR_WHEREAS = re.compile(r"^\W{0,3}le\s+(?:maire|president)\b(?:\s+d[eu'][^\n]{2,80})?,[ \t]*\n\s*vu\s",
                             re.MULTILINE)


# An « extrait du registre » that records a whole sitting: its object is the sitting's
# procès-verbal (« OBJET : PROCÈS-VERBAL DE RÉUNION »), or its opening records the approval
# of the previous sitting's record (« Approbation à l'unanimité du compte-rendu de la réunion
# du … », an act of the sitting besides the extract's one deliberation). In folded lower case.
_OBJECT_MINUTES = re.compile(r"\bobjet\s*:\s*proces[- ]?verbal\s+de\s+(?:la\s+)?(?:reunion|seance)\b")
_APPROVED_RECORD = re.compile(
    r"^[^\n]{0,12}\b(?:approbation|adoption)\b[^\n]{0,25}?\b(?:du|le)\s+"
    r"(?:compte[- ]?rendu|proces[- ]?verbal|pv)\s+de\s+la\s+(?:derniere\s+|precedente\s+)?(?:reunion|seance)",
    re.MULTILINE)


def _approved_record_possible(head: str, start: int) -> bool:
    """Whether ``head`` holds after ``start`` what every match of :data:`_APPROVED_RECORD`
    holds (a cheap necessary condition): « approbation » or « adoption », and « rendu »,
    « verbal » or « pv »."""
    return (head.find("approbation", start) >= 0 or head.find("adoption", start) >= 0) \
        and (head.find("rendu", start) >= 0 or head.find("verbal", start) >= 0 or head.find("pv", start) >= 0)


# A summary of the sitting's deliberations: « SOMMAIRE » and, after it, their references
# (« Réf : 2021_057 », « N° 2021-58 »), in lower case.
_SUMMARY_REF = re.compile(r"\br[ée]f\s*[:.]\s*\S*\d|\bn\s*[°o]\s*\d|\b(?:19|20)\d\d[_/.-]\d{1,4}\b")


def _summary_of_sitting(text: str) -> bool:
    """Whether the text's opening holds a « sommaire » of two deliberations or more."""
    at = text.find("OMMAIRE", 0, _OPENING)
    if at < 0:
        at = text.find("ommaire", 0, _OPENING)
    if at < 0:
        return False
    refs = _SUMMARY_REF.findall(text[at:at + 800].lower())
    return len(set(refs)) >= 2


def _extract_or_sitting(head: str, title_end: int, text: str, deliberations: int = 1,
                        sitting: int | None = None) -> DocumentKind:
    """The kind of a text titled « extrait du registre » (``title_end``: the title's end in the
    folded ``head``): minutes when its object is the sitting's procès-verbal, it holds a
    summary of the sitting's deliberations, records the sitting's opening acts (its roll call,
    the approval of the previous record), its title goes on naming the whole record
    (« EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS ⏎ SÉANCE DU 23 JUIN 2015 ⏎ PROCÈS-VERBAL
    INTÉGRAL ») or it records a sitting with several deliberations (« Extrait du procès-verbal »
    of a sitting's items 1., 2., 3.: the register's pages of the whole sitting, which authorities
    title « extrait » as they certify them); unknown when it records the previous record's
    approval with no roll call, an extract otherwise."""
    if (head.find("verbal", title_end) >= 0 and _OBJECT_MINUTES.search(head, title_end) is not None) \
            or _summary_of_sitting(text):
        return DocumentKind.MINUTES
    if sitting is not None and deliberations >= 2:
        return DocumentKind.MINUTES
    later = _record_title(head, title_end, max(sitting, 300) if sitting is not None else len(head))
    if later is not None:
        return later
    if sitting is not None and _agenda_of_items(text):
        # A sitting recorded with its agenda of several items (« ORDRE DU JOUR - Rapport annuel
        # … - Avenant n°1 … - Tarifs … »): the whole sitting's record, as the labels call an
        # « extrait » that records several items, even when the text is cut before them (an
        # extract of one deliberation prints its roll call, never the agenda).
        return DocumentKind.MINUTES
    approved = _APPROVED_RECORD.search(head, title_end) if _approved_record_possible(head, title_end) \
        else None
    if approved is not None and "objet" not in approved.group(0):
        # The sitting's opening acts recorded (its roll call, then the approval of the previous
        # record): the register's pages of the whole sitting, as the labels of every set call an
        # « extrait » that records several items; without the roll call, not known.
        return DocumentKind.MINUTES if sitting is not None else DocumentKind.UNKNOWN
    return DocumentKind.EXTRACT


def _record_title(head: str, start: int, end: int) -> DocumentKind | None:
    """The kind a title after an « extrait du registre » (between ``start`` and ``end`` of the
    folded ``head``) gives the record: minutes when it names a procès-verbal, a compte rendu
    when a line opens on it (« extrait du registre - Communauté de communes X ⏎ COMPTE RENDU
    DU CONSEIL COMMUNAUTAIRE DU 6 MARS 2015 »: a site's page title, then the document's own);
    the page title repeated (« extrait du registre » again) is passed over."""
    if _RECORD_WORD.search(head, start, end) is None:
        return None  # (no word a minutes or compte rendu title needs: the long search is spared)
    for later in _TITLE.finditer(head, start, end):
        if later.lastgroup == "minutes":
            return DocumentKind.MINUTES
        if later.lastgroup == "cr" and _OPENS_LINE.match(head, head.rfind("\n", 0, later.start()) + 1,
                                                           later.start()) is not None:
            return DocumentKind.COMPTE_RENDU
        if later.lastgroup != "extract":
            return None
    return None


# A word every title of the « minutes » and « cr » groups of _TITLE holds (a necessary
# condition, cheap to look for).
_RECORD_WORD = re.compile(r"proces|compte|\bp\.?\s?v\.?\s|\bc\.?\s?-?r\.?\s")
# Nothing but marks before a title on its line.
_OPENS_LINE = re.compile(r"\W{0,3}$")
# An agenda's heading (« ORDRE DU JOUR : », not « ajouter un point à l'ordre du jour ») and its
# items announced one after another, each led by a dash, a bullet or a number (« - Vote des
# subventions », « 2) Tarifs »), on their lines or run together on one.
_AGENDA = re.compile(r"(?i)(?<![’'])\bordre\s+du\s+jour\b\s*:?")
_AGENDA_ITEM = re.compile(r"(?:^|\s)(?:[-–•*]|\d{1,2}\s?[.)°-])\s+[A-ZÀ-Üa-zà-ü]", re.MULTILINE)


def _agenda_of_items(text: str) -> bool:
    """Whether the opening of ``text`` prints an agenda of three items or more."""
    opening = text[:_OPENING]
    if "jour" not in opening and "JOUR" not in opening:
        return False
    for m in _AGENDA.finditer(opening):
        if len(_AGENDA_ITEM.findall(opening, m.end(), m.end() + 600)) >= 3:
            return True
    return False


# The title of the record of a dated sitting, and a sentence of a sitting held (its secretary
# designated, its roll called, its quorum reached), in folded lower case.
_TITLED_SITTING = re.compile(r"^\W{0,3}(?:compte[- ]?rendu|proces[- ]?verbal)\s+de\s+la\s+(?:seance|reunion)"
                             r"\s+du\s+\d", re.MULTILINE)
_HELD = re.compile(r"\best\s+designee?\s+(?:en\s+qualite\s+de|comme)\s+secretaire|\bprocede\s+a\s+l'appel"
                   r"|\ble\s+quorum\s+etant\s+atteint")


def _held_titled(head: str, after: int) -> bool:
    """Whether ``head`` titles, after ``after`` (an « Ordre du jour : » that opens the page), the
    record of a dated sitting and records that sitting held: the agenda is the record's first
    part, not a convocation (whose agenda may name the secretary's designation, never as done)."""
    return _TITLED_SITTING.search(head, after) is not None and _HELD.search(head, after) is not None


# A numbered deliberation heading its line (« DÉLIBÉRATION N° 22/111 »), in folded lower case:
# before the sitting's formula, with one deliberation read, the act of that one deliberation
# (the procès-verbal its object approves is an earlier sitting's, not this document).
_DELIBERATION_HEADING = re.compile(r"^\W{0,3}deliberation\s+n\s*[°o]?\s*\d", re.MULTILINE)


# A deliberation's heading naming its sitting's date (« Délibération n°2 du 18 DECEMBRE 2008 »,
# « DELIBERATION N° 2019-04 DU 12/03/2019 »): the date is the group.
_DATED_HEADING = re.compile(r"(?im)^\W{0,3}d[ée]lib[ée]ration\s+n\s*[°o]?\s*\S{1,12}\s+du\s+"
                            r"(\d{1,2}(?:er)?\s+[a-zéû]+\s+\d{4}|\d\d?/\d\d?/\d{2,4})")


def _dated_headings(text: str) -> bool:
    """Whether the opening of ``text`` holds two deliberation headings or more, all naming the
    same sitting."""
    opening = text[:_OPENING]
    if opening.lower().count("lib") < 2:
        return False
    dates = [m.group(1).lower() for m in _DATED_HEADING.finditer(opening)]
    return len(dates) >= 2 and len(set(dates)) == 1


# An item's number alone at the head of its line (« 1-01 », « 12 », « N° 2010-14 »), in folded
# lower case.
_ROW_NUMBER = re.compile(r"^[ \t]*(?:n\s*[°o]?\s*)?\d{1,4}(?:[-./_]\d{1,4})?[ \t]*(?:[-:.)][ \t]|$)",
                         re.MULTILINE)


def _summary_of_numbers(head: str) -> bool:
    """Whether ``head`` holds a « sommaire » followed by three numbered rows or more, one naming
    deliberations above them."""
    at = head.find("sommaire")
    if at < 0 or "deliberations" not in head[at:at + 300]:
        return False
    return len(_ROW_NUMBER.findall(head, at)) >= 3


# A sitting to come (in folded lower case).
# (« le conseil doit se dérouler à huis clos », « se déroulera »: the future said otherwise.)
_ANNOUNCED = re.compile(r"\bprochaine?s?\s+(?:conseils?|seances?|reunions?|bureaux?|assemblees?)\b"
                        r"|\b(?:se\s+tiendra|aura\s+lieu|se\s+reunira|se\s+deroulera|doit\s+se\s+(?:derouler|tenir)"
                        r"|devra\s+se\s+(?:derouler|tenir))\b")
# A decision taken (a deliberation's vote or outcome), in folded lower case.
_DECIDED = re.compile(r"\badopte|\bunanimite|\bpour\s*:\s*\d|\bvoix\b")
# A line naming a sitting by its date (« Délibération du 6 mai 2010 », « Séance du 4 mars
# 2021 »), in folded lower case.
_SITTING_LINE = re.compile(
    r"^\W{0,3}(?:deliberations?|seances?|conseils?\s+municipa\w*|reunions?|comptes?[- ]rendus?"
    # (« Procès-verbal du conseil municipal ordinaire du … »: words of the sitting between.)
    # (« Liste des délibérations du CM du 09 06 2023 », « Tableau des délibérations du … »: a list's
    # line names its sitting the same way; the date may be printed with spaces.)
    r"|proces[- ]verbal|(?:liste|tableau)\s+des\s+deliberations)\b[^\n]{0,60}?\sdu\s+"
    r"(\d{1,2}(?:er)?\s+[a-z]+\s+\d{4}|\d\d?/\d\d?/\d{2,4}|\d\d?\s\d\d\s\d{4})",
    re.MULTILINE)


def _index_of_sittings(head: str) -> bool:
    """Whether ``head`` (recording no sitting) lists several sittings line after line: an index
    of a council's pages, not the record of one sitting (its words of a column head, « Synthèse
    Délibérations Procès-verbal », are no title)."""
    if head.count(" du ") < 3:
        return False
    return len({m.group(1) for m in _SITTING_LINE.finditer(head)}) >= 3


# The « recueil des actes administratifs » where the deliberations' dispositif is published
# (art. L. 2121-24 du CGCT), and a « sommaire » of a sitting's deliberations in it, in folded
# lower case.
_RECUEIL = re.compile(r"\brecueil\s+des\s+actes\s+administratifs\b")
# (Its heading may run over lines: « SOMMAIRE ⏎ N° OBJET PAGE ⏎ SEANCE DU 07 JUILLET ».)
_SUMMARY_OF_SITTING = re.compile(r"\bsommaire\b(?=[\s\S]{0,200}?(?:\bdeliberations?\b|\bseance\b"
                                 r"|\breunion\b))|(?:\bdeliberations?\b|\bseance\b|\breunion\b)[^\n]{0,120}?\bsommaire\b")


def _summary_of_recueil(head: str) -> int | None:
    """Where ``head`` (recording no sitting) names itself a « recueil des actes administratifs »
    and, after it, opens the « sommaire » of a sitting's deliberations (« RECUEIL DES ACTES
    ADMINISTRATIFS … Réunion du Conseil Départemental du 24 avril 2015 SOMMAIRE », « SOMMAIRE ⏎
    DELIBERATIONS DU CONSEIL MUNICIPAL DU 2 MARS 2010 »): the list of the acts it publishes; None
    otherwise."""
    recueil = _RECUEIL.search(head)
    if recueil is None:
        return None
    summary = _SUMMARY_OF_SITTING.search(head, recueil.start())
    return summary.start() if summary is not None else None


def _sitting_at(head: str) -> int | None:
    """Where ``_SITTING.search(head)`` starts (None when it finds nothing)."""
    found = [m.start() for rx in _SITTING_PARTS if (m := rx.search(head)) is not None]
    return min(found) if found else None


def _recorded(text: str, deliberations: int) -> tuple[DocumentKind, int | None]:
    """The kind of the record of a sitting whose title does not say it (and None, or
    :data:`BY_FORMULA` when the register's formula told it)."""
    if deliberations == 1 and _EXTRACT_WORDS.search(text):
        return DocumentKind.EXTRACT, None
    # The record of a whole sitting, untitled: minutes and comptes rendus are printed alike
    # (authorities call the same record either name), so only a record that names the
    # authority's records « procès-verbal » (« approbation du procès-verbal de la séance du … »)
    # is minutes; any other is « unknown » rather than a guess.
    # (In the opening, where the previous record is approved; its words looked for first.)
    opening = text[:_OPENING].lower()
    named = ("verbal" in opening or "pv" in opening) and _NAMES_MINUTES.search(opening) is not None
    if named:
        return DocumentKind.MINUTES, None
    # An untitled record that opens on the register's formula (« L'an deux mille dix-neuf, le
    # quatre avril, le Conseil Municipal … s'est réuni ») is the sitting's procès-verbal as kept
    # in the register, unless the page names its own file a compte rendu (« …/COMPTE-RENDU-CM-… »,
    # a stored PDF's address): then the authority called it so.
    if any(w in opening for w in _FORMULA_WORDS) and _REGISTER_FORMULA.search(opening) \
            and _FILE_NAMED_CR.search(opening) is None:
        return DocumentKind.MINUTES, BY_FORMULA
    if _register_folio(opening):
        return DocumentKind.MINUTES, BY_FORMULA
    return DocumentKind.UNKNOWN, None


# The council deciding (« le conseil municipal approuve », « le Conseil, après en avoir délibéré,
# décide »), a sitting named (« séance », « réunion », « l'an … »), a date, in folded lower case.
_COUNCIL_DECIDES = re.compile(r"\ble\s+conseil\b(?:\s+(?:municipal|communautaire|syndical))?[\s,]+"
                              r"(?:apres\s+en\s+avoir\s+delibere[\s,]+)?(?:approuve|decide|adopte|autorise|accepte)\b")
_SITTING_NAMED = re.compile(r"\b(?:seances?|reunions?|sessions?|ordre\s+du\s+jour)\b|\bl'an\s")
_A_DATE = re.compile(r"\b\d{1,2}(?:er)?\s+(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre"
                     r"|octobre|novembre|decembre)\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b")


def _one_decision_undated(head: str) -> bool:
    """Whether the folded ``head`` prints the council's decision and names no sitting, no date."""
    return _COUNCIL_DECIDES.search(head) is not None and _SITTING_NAMED.search(head) is None \
        and _A_DATE.search(head) is None


# A row of a page listing acts (folded lower case): the deliberation's number in the year's series
# opening it, the link to download its text ending it.
_DOWNLOAD_ROW = re.compile(r"^\W{0,3}(?:n\s*o?\s*)?(?:19|20)\d\d[-_/.]\d{1,4}\s[^\n]{5,200}?"
                           r"\btelecharger\b\W*$", re.MULTILINE)


# The folio of the register the page is (« N° de Feuillet …../2015 », « Feuillet 2017/001 »): the
# register of deliberations is numbered page by page (art. R. 2121-9 du CGCT), in lower case.
_FOLIO = re.compile(r"\bn\s*[°o]?\s*de\s+feuillets?\b|\bfeuillet\s+(?:n\s*[°o]\s*)?\d")


def _register_folio(opening: str) -> bool:
    """Whether the (lower case) ``opening`` of an untitled record prints the register's folio
    number and names no file of its « compte rendu »: the sitting's procès-verbal as kept in the
    register."""
    return "feuillet" in opening and _FOLIO.search(opening) is not None \
        and _FILE_NAMED_CR.search(opening) is None


_FORMULA_WORDS = ("réuni", "reuni", "assembl", "rassembl", "l'an ", "l’an ", "l an ")
# The formula that opens a sitting's record in the register, in lower case (accents kept or
# lost, the apostrophe lost by some extractions: « s est réuni », « L an deux mil treize »).
# (« … légalement convoqué s'est rassemblé au lieu ordinaire de ses séances »: the same formula.)
_REGISTER_FORMULA = re.compile(r"\bs['’ ]?\s?est\s+r[ée]uni|\bs['’ ]?\s?est\s+rassembl[ée]"
                               r"|\bse\s+sont\s+r[ée]unis"
                               r"|\bs['’ ]?\s?[ée]tant\s+assembl[ée]"
                               r"|\bse\s+r[ée]unit\s+(?:sous|en|au|à|a|dans|salle|le)\b"
                               r"|\bl['’ ]\s?an\s+(?:deux|mil)\b")
# A file or address naming the document « compte rendu » (« /compte-rendu-conseil », « CR_… »
# aside): the words joined to others by « - », « _ » or « / », in lower case.
_FILE_NAMED_CR = re.compile(r"(?:/|_)compte[-_]rendu|compte[-_]rendu[-_][a-z0-9]|compte[-_]rendu\.pdf")
