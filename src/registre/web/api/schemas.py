"""What the API answers and accepts (OpenAPI 3 through django-ninja's pydantic schemas)."""


import datetime as dt
from decimal import Decimal

from ninja import Field, Schema


class Problem(Schema):
    """An error, as RFC 9457 problem details (``application/problem+json``)."""

    type: str = "about:blank"
    title: str
    status: int
    detail: str
    rule: str | None = Field(None, description="identifiant de la règle de droit refusée (P-02…)")
    field: str | None = Field(None, description="le champ en cause")


class AuthorityOut(Schema):
    slug: str
    name: str
    kind: str
    siren: str
    siret: str
    department: str
    population: int | None


class AssemblyOut(Schema):
    id: int
    authority: str = Field(description="identifiant (slug) de la collectivité")
    slug: str
    name: str
    kind: str
    members_in_office: int


class MemberOut(Schema):
    key: str = Field(description="identifiant stable de la personne (vignot-anne)")
    name: str
    civility: str
    commune: str
    role: str
    functions: list[str]


class SessionOut(Schema):
    id: int
    authority: str
    assembly: str
    assembly_id: int
    date: dt.date
    convocation_date: dt.date | None
    place: str
    opened_at: str
    closed_at: str
    items: int
    url: str


class QuorumOut(Schema):
    required: int
    counted: int
    reached: bool
    waived: bool


class CountsOut(Schema):
    for_: int = Field(alias="for")
    against: int
    abstention: int
    not_voting: int | None = None


class TallyOut(Schema):
    available: int = Field(description="voix disponibles : présents et représentés, moins les intéressés")
    removed_by_interest: int
    computed: CountsOut
    outcome: str
    basis: str
    recorded: CountsOut | None
    agrees: bool | None = Field(description="le résultat enregistré est-il celui que le calcul donne ?")


class InterestOut(Schema):
    person: str
    present: bool
    votes: int


class ProxyOut(Schema):
    id: int
    giver: str
    holder: str
    span: dict[str, object]


class RollCallOut(Schema):
    voter: str
    choice: str
    on_behalf_of: str | None


class FindingOut(Schema):
    severity: str
    rule: str
    message: str
    item: str | None
    person: str | None


class ItemOut(Schema):
    number: str
    position: int
    title: str
    deliberation: str
    present: list[str]
    represented: dict[str, str] = Field(description="mandant → mandataire, en vigueur à cette question")
    absent: list[str]
    interested: list[InterestOut]
    quorum: QuorumOut
    tally: TallyOut | None
    roll_call: list[RollCallOut]
    findings: list[FindingOut]
    url: str


class SessionDetailOut(SessionOut):
    members: list[MemberOut]
    proxies: list[ProxyOut]
    findings: list[FindingOut]


class DeliberationOut(Schema):
    session_id: int
    authority: str
    assembly: str
    date: dt.date
    number: str
    item: str
    title: str
    outcome: str | None
    url: str


class PaymentOut(Schema):
    kind: str
    on: dt.date
    amount: Decimal | None


class ConventionOut(Schema):
    id: int
    authority: str
    key: str
    title: str
    beneficiary: str
    amount: Decimal
    deliberation_number: str
    deliberation_date: dt.date | None
    end_date: dt.date | None
    events: list[PaymentOut]
    url: str


class ProxyIn(Schema):
    giver: str = Field(max_length=120, description="identifiant du mandant")
    holder: str = Field(max_length=120, description="identifiant du mandataire")
    from_item: str = Field("", max_length=20, description="à partir de la question (vide : dès l'ouverture)")
    until_item: str = Field("", max_length=20,
                            description="jusqu'à la question incluse (vide : jusqu'à la fin)")


class VoteIn(Schema):
    unanimous: bool = False
    for_: int | None = Field(None, alias="for", ge=0, le=100_000)
    against: int | None = Field(None, ge=0, le=100_000)
    abstention: int | None = Field(None, ge=0, le=100_000)
