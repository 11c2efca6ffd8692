"""Short extracts written for the tests: a header, lists and one or more deliberations."""

from __future__ import annotations

import datetime as dt

from registre.reading import ParsedExtract, read_text
from registre.reading.dates import read_dates
from registre.reading.votes import PrintedVote

HEADER = (
    "Extrait du registre des délibérations du conseil municipal\n"
    "COMMUNE DE TESTVILLE\n"
    "Séance du 12 mars 2024\n"
    "Nombre de conseillers en exercice : {in_office}\n\n"
)
# An opening and an item around the lists of the texts of authorities outside the labelled sets.
OPENING = ("COMPTE RENDU DE LA RÉUNION DU CONSEIL MUNICIPAL\n"
           "L'an deux mille vingt-neuf, le jeudi 8 mars à vingt heures, le Conseil municipal s'est réuni "
           "sous la présidence de M. RIVIÈRE Paul, Maire.\n")
ITEM = "\n1) Budget primitif\nLe conseil adopte le budget à l'unanimité.\n"
VOTE = "Après en avoir délibéré, le Conseil municipal décide :\n- d'approuver.\n\n{vote}\n"


def extract(lists: str, vote: str = "Adopté à l'unanimité.", in_office: int = 7,
            deliberation: str = "Délibération n°2024-01\nObjet : Approbation du compte rendu\n\n",
            header: str | None = None) -> str:
    """The text of a short extract."""
    head = header if header is not None else HEADER.format(in_office=in_office)
    return head + lists.strip() + "\n\n" + deliberation + VOTE.format(vote=vote)


def read(text: str, source: str = "<test>") -> ParsedExtract:
    """Read ``text``; fails the test if nothing could be read."""
    result = read_text(text, source)
    assert result.document is not None, result.error
    return result.document


def sitting(lists: str, opening: str = OPENING, item: str = ITEM) -> ParsedExtract:
    """Read ``lists`` between an opening and an item."""
    return read(opening + lists + item)


def first_vote(text: str) -> PrintedVote | None:
    """The printed vote of the first deliberation of ``text``."""
    return read(text).deliberations[0].parsed.printed_vote


def dated(text: str, which: str = "session") -> dt.date | None:
    """The sitting's (or the convocation's, the publication's) date in ``text``; None if unsure."""
    found = getattr(read_dates(text), which)
    return found.date if found is not None else None


def names(doc: ParsedExtract, which: str = "present") -> list[str]:
    """Display names of the present (or absent) members, in order."""
    if which == "present":
        return [doc.name(p) or p for p, _ in doc.present]
    return [doc.name(p) or p for p in doc.absent]


def proxies(doc: ParsedExtract) -> list[tuple[str | None, str | None]]:
    """(giver, holder) display names of every proxy, in order (holder None when unknown)."""
    return [(doc.name(p.giver), doc.name(p.holder) if p.holder else None) for p in doc.proxies]


# A syndicate's sitting and one voted item, around the lists of the list checks' tests.
SYNDICATE_OPENING = ("COMPTE RENDU DU COMITÉ SYNDICAL\n"
                     "L'an deux mille vingt-huit, le jeudi 8 juin à dix-huit heures, le Comité syndical "
                     "s'est réuni sous la présidence de M. Paul GARNIER, Président.\n")
SYNDICATE_ITEM = "\n1) Budget primitif\nLe comité adopte le budget à l'unanimité.\n"


def withheld(doc: ParsedExtract, why: str) -> bool:
    """Whether no present list is given, with a warning saying ``why`` it is not."""
    return not doc.present and any(why in w and "pas donnée" in w for w in doc.warnings)


def proxy_surnames(doc: ParsedExtract) -> list[tuple[str, str]]:
    """(giver, holder) last words of every proxy, sorted."""
    return sorted(((doc.name(p.giver) or "").split()[-1], (doc.name(p.holder) or "").split()[-1])
                  for p in doc.proxies)


def spans(doc: ParsedExtract) -> dict[str, str]:
    """Surname → span label of every present member with a span."""
    out = {}
    for pid, span in doc.present:
        m = doc.member(pid)
        if span is not None and m is not None:
            out[m.last] = span.label()
    return out


def computed(doc: ParsedExtract, k: int = 0) -> dict[str, object]:
    return doc.as_json()["deliberations"][k]["computed"]


def computed_vote(doc: ParsedExtract, k: int = 0) -> dict[str, object]:
    return doc.as_json()["deliberations"][k]["computed_vote"]
