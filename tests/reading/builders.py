"""Short extracts written for the tests: a header, lists and one or more deliberations."""

from __future__ import annotations

from registre.reading import ParsedExtract, read_text

HEADER = (
    "Extrait du registre des délibérations du conseil municipal\n"
    "COMMUNE DE TESTVILLE\n"
    "Séance du 12 mars 2024\n"
    "Nombre de conseillers en exercice : {in_office}\n\n"
)
VOTE = "Après en avoir délibéré, le Conseil municipal décide :\n- d'approuver.\n\n{vote}\n"


def extract(lists: str, vote: str = "Adopté à l'unanimité.", in_office: int = 7,
            deliberation: str = "Délibération n°2024-01\nObjet : Approbation du compte rendu\n\n",
            header: str | None = None) -> str:
    """The text of a short extract."""
    head = header if header is not None else HEADER.format(in_office=in_office)
    return head + lists.strip() + "\n\n" + deliberation + VOTE.format(vote=vote)


def read(text: str) -> ParsedExtract:
    """Read ``text``; fails the test if nothing could be read."""
    result = read_text(text, "<test>")
    assert result.document is not None, result.error
    return result.document


def names(doc: ParsedExtract, which: str = "present") -> list[str]:
    """Display names of the present (or absent) members, in order."""
    if which == "present":
        return [doc.name(p) or p for p, _ in doc.present]
    return [doc.name(p) or p for p in doc.absent]


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
