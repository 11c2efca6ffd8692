"""Synthetic sessions, reproducible from a seed: for benchmarks, round-trip tests and demos.

:func:`generate_session` builds a plausible session of an intercommunal council: members
grouped by commune (or not), arrivals and departures by question number, proxies over
spans, interested members, recorded votes. Names are unique so that a reader can find
every person again from the printed text.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from registre.core.model import (
    AgendaItem,
    Assembly,
    Attendance,
    Authority,
    BudgetInscription,
    DeliberationText,
    Interest,
    Mandate,
    Opinion,
    Person,
    Proxy,
    Session,
    Vote,
)
from registre.core.names import slug
from registre.core.spans import Ref, Span
from registre.core.vocabulary import AssemblyKind, AuthorityKind, Civility, SeatRole

_WOMEN = ["Anne", "Marie-Jeanne", "Claudine", "Élise", "Françoise", "Karine", "Nadine", "Lucie",
          "Agnès", "Valérie", "Sylvie", "Hélène", "Juliette", "Maryse", "Annaïck", "Noémie"]
_MEN = ["Nicolas", "Sébastien", "Benoît", "Pierre-Charles", "Yves", "Gérard", "Daniel", "René",
        "Olivier", "Jean-Marc", "Gabriel", "Franck", "Hugues", "Émile", "Loïc", "Thierry"]
_SURNAMES = ["BERNARD", "DUBOIS", "THOMAS", "ROBERT", "RICHARD", "PETIT", "DURAND", "LEROY",
             "MOREAU", "SIMON", "LAURENT", "LEFEBVRE", "MICHEL", "GARCIA", "DAVID", "BERTRAND",
             "ROUX", "VINCENT", "FOURNIER", "MOREL", "GIRARD", "ANDRÉ", "MERCIER", "DUPONT",
             "LAMBERT", "BONNET", "FRANÇOIS", "MARTINEZ", "DENIS-LAMIT", "MAGNIN-FEYSOT", "CHÂTEL"]
_COMMUNES = ["Besançon", "Avanne-Aveney", "Bonnay", "Boussières", "Chalezeule", "Châtillon-Le-Duc",
             "Devecey", "École-Valentin", "La Vèze", "Les Auxons", "Saint-Vit", "Saône", "Thise"]
_TOPICS = ["Soutien au programme d'actions de l'association", "Convention de partenariat avec",
           "Attribution d'une subvention à", "Avenant n°2 à la convention avec",
           "Rapport annuel du délégataire", "Tarifs 2025 du service"]
_BODIES = ["le pôle des microtechniques", "l'office de tourisme", "la mission locale",
           "le conservatoire", "le centre social", "le syndicat mixte"]


def _people(rng: random.Random, n: int) -> list[Person]:
    seen: set[tuple[str, str]] = set()
    out: list[Person] = []
    while len(out) < n:
        woman = rng.random() < 0.45
        first = rng.choice(_WOMEN if woman else _MEN)
        last = rng.choice(_SURNAMES)
        if (first, last) in seen:
            last = f"{last}-{rng.choice(_SURNAMES)}"
            if (first, last) in seen:
                continue
        seen.add((first, last))
        out.append(Person(slug(last, first), first, last, Civility.MRS if woman else Civility.MR))
    return out


def generate_session(seed: int = 0, items: int = 60, members: int = 60,
                     communes: bool = True) -> Session:
    """A session of ``items`` items and ``members`` members, the same for the same ``seed``."""
    rng = random.Random(seed)
    persons = _people(rng, members)
    mandates = []
    for i, p in enumerate(persons):
        commune = (_COMMUNES[0] if i < members // 3 else rng.choice(_COMMUNES[1:])) if communes else None
        role = SeatRole.SUBSTITUTE if communes and i == members // 2 else SeatRole.TITULAR
        functions: tuple[str, ...] = ()
        if i == 0:
            functions = ("Président", "Maire de Besançon")
        elif i == 1:
            functions = ("2e Vice-Président",)
        elif i == 2:
            functions = ("Conseiller communautaire délégué",)
        mandates.append(Mandate(p, commune, role, None, functions))
    order = [str(n) for n in range(1, items + 1)]
    if items > 5:  # a report examined out of numeric order, as in the Bureau seed
        order.insert(4, order.pop())
    ids = [p.id for p in persons]
    present = ids[: int(members * 0.75)]
    absent = ids[len(present):]
    attendance = []
    for pid in present:
        span = Span()
        r = rng.random()
        if r < 0.08:
            span = Span(start=Ref.item(rng.choice(order[1:])))
        elif r < 0.14:
            span = Span(end=Ref.item(rng.choice(order[:-1])))
        attendance.append(Attendance(pid, span))
    holders = [a.person for a in attendance if a.span.whole_session]
    rng.shuffle(holders)
    proxies = []
    for giver in absent[: len(holders)]:
        span = Span(end=Ref.item(rng.choice(order[:-1]))) if rng.random() < 0.15 else Span()
        proxies.append(Proxy(giver, holders.pop(), span))
    agenda = tuple(_item(rng, number, ids, present, absent) for number in
                   sorted(order, key=int))
    authority = Authority("Grand Besançon Métropole", AuthorityKind.COMMUNAUTE_URBAINE, seat="Besançon")
    day = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(0, 700))
    return Session(
        assembly=Assembly(authority, "Conseil de Communauté", AssemblyKind.COUNCIL, members),
        date=day,
        members=tuple(mandates),
        items=agenda,
        order_of_passage=tuple(order),
        attendance=tuple(attendance),
        proxies=tuple(proxies),
        president=ids[0],
        secretary=ids[2],
        convocation_date=day - dt.timedelta(days=7),
        publication_date=day + dt.timedelta(days=13),
        place="Salle des conférences, 46 avenue Villarceau à Besançon",
        opened_at="18:00",
        closed_at="20:58",
    )


def _item(rng: random.Random, number: str, ids: list[str], present: list[str],
          absent: list[str]) -> AgendaItem:
    interests = tuple(Interest(pid) for pid in rng.sample(present[3:], rng.choice((0, 0, 1, 2))))
    if rng.random() < 0.3:
        interests += (Interest(rng.choice(absent)),)
    title = f"{rng.choice(_TOPICS)} {rng.choice(_BODIES)} pour l'année 2024"
    amount = Decimal(rng.randrange(5, 500) * 100)
    text = DeliberationText(
        report_number=number,
        rapporteur_function="Vice-Président",
        opinions=(Opinion("Commission n°2", dt.date(2024, 3, 13), "Favorable"),),
        budget=BudgetInscription("BP 2024 et PPIF 2024-2028", "Actions recherche et innovation",
                                 amount * 4, amount),
        summary=f"Le rapport propose {title.lower()}.",
        body="I. Contexte\n\nLe programme se poursuit.\n\nII. Financement\n\nLe plan de financement "
             "est détaillé dans la convention.",
        decision_intro="A l'unanimité, le Conseil de Communauté :",
        decisions=(f"se prononce favorablement sur le soutien à hauteur de {amount} €,",
                   "autorise Madame la Présidente, ou son représentant, à signer la convention."),
    )
    return AgendaItem(number=number, title=title, rapporteur=ids[1],
                      deliberation=f"2024/2024.{int(number) + 90:05d}", interests=interests,
                      vote=Vote(unanimous=True), text=text)
