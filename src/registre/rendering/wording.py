"""The wording of a register: the sentences every document of a session shares.

Registers differ in a few habits (the two seeds show two): whether the session date
carries its weekday, « à compter de » or « à partir de » for an arrival, « Mme » or
« Madame » for the presiding member, a civility in signatures. :class:`Wording` holds
those habits; ``STYLES`` names the two seen in the seeds. Everything else comes from the
session: a member with a commune is listed under it, a session without a convocation
date was « régulièrement convoqué(e) ».
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from registre.core.model import Mandate, Person, Session
from registre.core.names import fold
from registre.core.spans import Span
from registre.core.vocabulary import AssemblyKind
from registre.rendering.blocks import Run, bold
from registre.rendering.typography import agree, civility_long, join_fr


@dataclass(frozen=True, slots=True)
class Wording:
    """A register's house style. The defaults are the Conseil seed's."""

    weekday: bool = True
    span_from: str = "à compter de"
    president_long_civility: bool = False
    signature_civility: bool = True
    tribunal: str | None = None  # seat of the administrative court; default the authority's seat


STYLES: dict[str, Wording] = {
    "standard": Wording(),
    # The Bureau seed: no weekday, « à partir de », « Monsieur », no civility in signatures.
    "bureau": Wording(weekday=False, span_from="à partir de", president_long_civility=True,
                      signature_civility=False),
}


def assembly_feminine(session: Session) -> bool:
    """Grammatical gender of the assembly's name (« la Commission », « le Conseil »)."""
    return session.assembly.kind is AssemblyKind.COMMISSION


def of_assembly(session: Session) -> str:
    """``du Conseil de Communauté`` / ``de la Commission …``."""
    name = session.assembly.name
    return f"de la {name}" if assembly_feminine(session) else f"du {name}"


def the_assembly(session: Session) -> str:
    """``Le Conseil de Communauté`` / ``La Commission …``."""
    name = session.assembly.name
    return f"La {name}" if assembly_feminine(session) else f"Le {name}"


def span_label(span: Span, wording: Wording) -> str:
    """``à compter de la question n°6`` (core wording, with the register's « à partir de »)."""
    label = span.label()
    if wording.span_from != "à compter de":
        label = label.replace("à compter de", wording.span_from)
    return label


def member_sort_key(m: Mandate) -> tuple[str, str]:
    return fold(m.person.last_name), fold(m.person.first_name)


def commune_key(commune: str | None) -> str:
    return fold(commune or "")


def grouped_runs(entries: Iterable[tuple[Mandate, str]]) -> tuple[Run, ...]:
    """``**Besançon :** Mme A, M. B, **Bonnay :** M. C`` — grouped by commune when members
    have one, alphabetical; ``entries`` are (mandate, text for that member)."""
    items = sorted(entries, key=lambda e: (commune_key(e[0].commune), *member_sort_key(e[0])))
    runs: list[Run] = []
    current: str | None = None
    for i, (m, text) in enumerate(items):
        sep = ", " if i else ""
        if m.commune and m.commune != current:
            current = m.commune
            runs.append(Run(sep))
            runs.append(bold(f"{m.commune} :"))
            runs.append(Run(f" {text}"))
        else:
            runs.append(Run(f"{sep}{text}"))
    return tuple(r for r in runs if r.text)


def substitute_mention(m: Mandate) -> str:
    """``, suppléante`` for a substitute sitting (P-08), agreed with the person."""
    if not m.is_substitute:
        return ""
    return ", " + agree("suppléant", m.person.feminine)


def interested_sentence(persons: list[tuple[Person, int]]) -> str:
    """« Mme A (1) et MM. B (2) et C (1), conseillers intéressés, ne prennent part ni au
    débat, ni au vote. » — grouped by civility (Mme/Mmes, M./MM.) in order of first
    appearance; the figure is the votes each one removes, from the core's check (C-03)."""
    groups: dict[str, list[tuple[Person, int]]] = {}
    for p, n in persons:
        key = p.civility.value if p.civility else ""
        groups.setdefault(key, []).append((p, n))
    parts = []
    for civ, members in groups.items():
        names = [f"{p.full_name} ({n})" for p, n in members]
        if civ:
            prefix = civ if len(members) == 1 else {"M.": "MM.", "Mme": "Mmes"}[civ]
            parts.append(f"{prefix} {join_fr(names)}")
        else:
            parts.append(join_fr(names))
    everyone = [p for p, _ in persons]
    feminine = bool(everyone) and all(p.feminine for p in everyone)
    if len(everyone) == 1:
        who = "conseillère intéressée" if feminine else "conseiller intéressé"
        verb = "ne prend"
    else:
        who = "conseillères intéressées" if feminine else "conseillers intéressés"
        verb = "ne prennent"
    return f"{' et '.join(parts)}, {who}, {verb} part ni au débat, ni au vote."


def president_of_authority(session: Session) -> Mandate | None:
    """The authority's president (function « Président(e) »), who certifies extracts;
    falls back to the member presiding the session."""
    for m in session.members:
        if any(fold(f) in ("president", "presidente") for f in m.functions):
            return m
    return session.member(session.president) if session.president else None


def first_function(m: Mandate) -> str:
    """The member's first function, agreed with their gender (``2e Vice-Président``)."""
    return agree(m.functions[0], m.person.feminine) if m.functions else ""


def signature_title(person: Person, masculine: str) -> str:
    """``La Présidente`` / ``Le Président`` from the masculine title."""
    fem = person.feminine
    return ("La " if fem else "Le ") + agree(masculine, fem)


def assembly_long_civility(person: Person) -> str:
    return civility_long(person)
