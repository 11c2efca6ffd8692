"""The vocabulary of the domain, defined once.

These enumerations feed the domain, the session file schema and Django's ``choices=``.
Values are stable identifiers (stored in files and databases); ``label`` is the French
text shown to people.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum


class LabelledEnum(StrEnum):
    """A string enumeration whose members carry a French label."""

    @property
    def label(self) -> str:
        # Keyed by (class, value): StrEnum members of two enums with one value hash alike.
        return _LABELS.get((type(self), self.value), self.value)

    @classmethod
    def choices(cls) -> list[tuple[str, str]]:
        """(value, label) pairs, as Django's ``choices=`` wants them."""
        return [(m.value, m.label) for m in cls]


class AuthorityKind(LabelledEnum):
    COMMUNE = "commune"
    COMMUNAUTE_COMMUNES = "communaute_communes"
    COMMUNAUTE_AGGLOMERATION = "communaute_agglomeration"
    COMMUNAUTE_URBAINE = "communaute_urbaine"
    METROPOLE = "metropole"
    DEPARTEMENT = "departement"
    REGION = "region"
    SYNDICAT = "syndicat"


class AssemblyKind(LabelledEnum):
    COUNCIL = "conseil"
    BUREAU = "bureau"
    COMMISSION = "commission"


class Civility(LabelledEnum):
    MR = "M."
    MRS = "Mme"


class SeatRole(LabelledEnum):
    TITULAR = "titulaire"
    SUBSTITUTE = "suppleant"


class Ballot(LabelledEnum):
    PUBLIC = "public"
    SECRET = "secret"


class Choice(LabelledEnum):
    FOR = "pour"
    AGAINST = "contre"
    ABSTENTION = "abstention"
    NOT_VOTING = "non_votant"


class Outcome(LabelledEnum):
    ADOPTED = "adopte"
    REJECTED = "rejete"
    UNDETERMINED = "indetermine"


class ItemKind(LabelledEnum):
    """What an item decides, where the law treats it apart (V-05, V-08)."""

    ORDINARY = "ordinaire"
    BUDGET_ACCOUNT = "compte_administratif"
    ELECTION = "election"
    DESIGNATION = "designation"


class RefKind(LabelledEnum):
    ITEM = "item"
    DELIBERATION = "deliberation"
    TIME = "time"


class Severity(LabelledEnum):
    ERROR = "erreur"
    WARNING = "avertissement"
    INFO = "information"


_LABEL_PAIRS: list[tuple[StrEnum, str]] = [
    (AuthorityKind.COMMUNE, "Commune"),
    (AuthorityKind.COMMUNAUTE_COMMUNES, "Communauté de communes"),
    (AuthorityKind.COMMUNAUTE_AGGLOMERATION, "Communauté d'agglomération"),
    (AuthorityKind.COMMUNAUTE_URBAINE, "Communauté urbaine"),
    (AuthorityKind.METROPOLE, "Métropole"),
    (AuthorityKind.DEPARTEMENT, "Département"),
    (AuthorityKind.REGION, "Région"),
    (AuthorityKind.SYNDICAT, "Syndicat"),
    (AssemblyKind.COUNCIL, "Conseil"),
    (AssemblyKind.BUREAU, "Bureau"),
    (AssemblyKind.COMMISSION, "Commission"),
    (SeatRole.TITULAR, "titulaire"),
    (SeatRole.SUBSTITUTE, "suppléant"),
    (Ballot.PUBLIC, "scrutin public"),
    (Ballot.SECRET, "scrutin secret"),
    (Choice.FOR, "Pour"),
    (Choice.AGAINST, "Contre"),
    (Choice.ABSTENTION, "Abstention"),
    (Choice.NOT_VOTING, "Ne prend pas part au vote"),
    (Outcome.ADOPTED, "adopté"),
    (Outcome.REJECTED, "rejeté"),
    (Outcome.UNDETERMINED, "indéterminé"),
    (ItemKind.ORDINARY, "délibération"),
    (ItemKind.BUDGET_ACCOUNT, "compte administratif"),
    (ItemKind.ELECTION, "élection"),
    (ItemKind.DESIGNATION, "désignation"),
    (RefKind.ITEM, "question"),
    (RefKind.DELIBERATION, "délibération"),
    (RefKind.TIME, "heure"),
    (Severity.ERROR, "erreur"),
    (Severity.WARNING, "avertissement"),
    (Severity.INFO, "information"),
]

_LABELS: dict[tuple[type, str], str] = {}


def register_labels(pairs: Iterable[tuple[StrEnum, str]]) -> None:
    """Give French labels to members of enumerations defined elsewhere (subsidies…)."""
    _LABELS.update(((type(m), m.value), label) for m, label in pairs)


register_labels(_LABEL_PAIRS)
