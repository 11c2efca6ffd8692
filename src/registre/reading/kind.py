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
_TITLE = re.compile(
    r"(?P<list>(?:liste|repertoire(?:\s+chronologique)?|tableau|releve|recapitulatif)\s+des\s+deliberations"
    r"|\breleve\s+des?\s+decisions"
    r"(?!\s+a\s+ete\s+affich)|deliberations\s+(?:examinees|adoptees|prises))"
    r"|(?P<extract>extrait\s+(?:du\s+registre|du\s+proces|des?\s+(?:registres?\s+des?\s+)?deliberations?"
    r"|de\s+(?:la\s+)?deliberation)|registre\s+des\s+deliberations|\bdeliberation\s+du\s+conseil)"
    r"|(?P<minutes>" + _NO_ARTICLE + r"proces[- ]?verbal|\bp\.?\s?v\.?\s+(?:de\s+la\s+seance|du\s+conseil))"
    # « compte rendu de délégations », « des décisions du maire »: an item, not the title.
    r"|(?P<cr>" + _NO_ARTICLE + r"compte[- ]?rendu(?!\s+(?:de\s+|des\s+)(?:la\s+)?(?:delegation|decision))"
    # « CR Conseil municipal du … », « C.R. du 29/06 »
    r"|\bc\.?\s?-?r\.?\s+(?:(?:du|de\s+la)\s+)?(?:conseil|reunion|seance)|\bc\.r\.\s+du\s+\d)"
    r"|(?P<other>\barrete\s*(?:n\s*[°o]?\s*\d|municipal|du\s+maire|:)|\ble\s+maire\s+(?:de\s+[^,\n]{2,60},\s*)?arrete\b"
    r"|\bconvocation\s+(?:du|au|a\s+la)\s+(?:conseil|seance|reunion)|^\s*ordre\s+du\s+jour\b"
    # « Arrêté 2024-128 … » opening its line; « DÉCISION DU MAIRE N° 2021-05 » (not « décision
    # modificative n° 2 », a budget's deliberation)
    r"|^\s*arrete\s+\d|^\s*decision\s+(?:du\s+(?:maire|president)\b|n\s*[°o]?\s*\d))",
    re.MULTILINE,
)
_KIND_OF_GROUP = {"list": DocumentKind.LIST, "extract": DocumentKind.EXTRACT, "minutes": DocumentKind.MINUTES,
                  "cr": DocumentKind.COMPTE_RENDU, "other": DocumentKind.OTHER}
# A sitting recorded: its opening formula or its roll call.
_SITTING = re.compile(r"s'est\s+reuni|se\s+sont\s+reunis|s'etant\s+assemble|etaient\s+presents"
                      r"|\bpresents?\s*:|\bl'an\s+(?:deux|mil|19|20)")
# Its alternatives apart, each led by a literal that re skips to (the alternation is tried at
# every place): the earliest match of one of them is where the first match of _SITTING starts.
# (« \bp » written « p(?<=\bp) »: the literal first.)
_SITTING_PARTS = tuple(re.compile(p) for p in (
    r"s'est\s+reuni", r"se\s+sont\s+reunis", r"s'etant\s+assemble", r"etaient\s+presents",
    r"p(?<=\bp)resents?\s*:", r"l(?<=\bl)'an\s+(?:deux|mil|19|20)"))
HEAD = 1500
# What an extract says of itself somewhere (« Pour extrait conforme », « Certifié exécutoire »).
_EXTRACT_WORDS = re.compile(r"(?i)extrait|certifi[ée]e?\s+(?:conforme|ex[ée]cutoire)|copie\s+conforme")


def document_kind(text: str, deliberations: int) -> tuple[DocumentKind, int | None]:
    """The kind of a (normalised) text with ``deliberations`` read in it, and the 1-based line
    of the words that say so (None when inferred from the structure)."""
    # Accents dropped at C speed (NFKD, then ASCII): « ° » and the like go too.
    head = normalize("NFKD", text[:HEAD].replace("’", "'")).encode("ascii", "ignore").decode().lower()
    # The title is what comes before the sitting is recorded: « compte rendu de la séance du … »
    # after the roll call is the approval of earlier minutes, not this document's title.
    sitting = _sitting_at(head)
    m = _TITLE.search(head, 0, max(sitting, 300) if sitting is not None else len(head))
    if m is not None:
        kind = _KIND_OF_GROUP[m.lastgroup or ""]
        # « Convocation … ordre du jour » at the top of minutes (Lannion) is not the document:
        # a sitting recorded after it makes it minutes.
        recorded = sitting is not None and deliberations
        if kind is DocumentKind.OTHER and recorded and "arrete" not in m.group(0):
            # Its own title may follow (« Compte rendu de la séance : »); else it is the record
            # of a sitting, as when no title is printed.
            later = next((t for t in _TITLE.finditer(head, m.end()) if t.lastgroup in ("minutes", "cr")),
                         None)
            if later is not None:
                return _KIND_OF_GROUP[later.lastgroup or ""], head.count("\n", 0, later.start()) + 1
            return _recorded(text, deliberations), None
        return kind, head.count("\n", 0, m.start()) + 1
    if sitting is not None and deliberations:
        return _recorded(text, deliberations), None
    return DocumentKind.UNKNOWN, None


def _sitting_at(head: str) -> int | None:
    """Where ``_SITTING.search(head)`` starts (None when it finds nothing)."""
    found = [m.start() for rx in _SITTING_PARTS if (m := rx.search(head)) is not None]
    return min(found) if found else None


def _recorded(text: str, deliberations: int) -> DocumentKind:
    """The kind of the record of a sitting whose title does not say it."""
    if deliberations > 1 or not _EXTRACT_WORDS.search(text):
        # One deliberation read, and nothing says « extrait » nor certifies a copy: the
        # record of a sitting (its other items unread, or not voted), not an extract.
        return DocumentKind.MINUTES
    return DocumentKind.EXTRACT
