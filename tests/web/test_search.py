"""French full-text search on the database's own engine, with filters and paging."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from registre.core import model as core
from registre.web import models as m
from registre.web.search import Filters, search
from registre.web.services.importer import write_text
from registre.web.services.search_index import index_items

pytestmark = pytest.mark.django_db


def _titles(**kw) -> list[str]:  # type: ignore[no-untyped-def]
    return [it.title for it in search(Filters(**kw)).items]


def _add(session: m.Session, number: str, title: str, amount: str | None = None, matiere: str = "") -> m.Item:
    item = m.Item.objects.create(session=session, number=number, passage=100 + int(number), title=title)
    write_text(item, core.DeliberationText(
        matiere=matiere, budget=core.BudgetInscription(operation_amount=Decimal(amount)) if amount else None))
    index_items(m.Item.objects.filter(pk=item.pk).select_related("session__assembly__authority", "text"))
    return item


def test_pmt_health_finds_the_conseil_deliberation(seeded):
    page = search(Filters(query="PMT Health"))
    assert page.total == 1
    assert page.items[0].session.assembly.name == "Conseil de Communauté"
    assert page.items[0].deliberation == "2024/2024.00097"


def test_stemming_subvention_finds_subventions(conseil):
    _add(conseil, "90", "Attribution de subventions aux associations sportives")
    assert "Attribution de subventions aux associations sportives" in _titles(query="subvention")
    assert "Attribution de subventions aux associations sportives" in _titles(query="SUBVENTIONS")


def test_case_and_accents(conseil):
    assert len(_titles(query="microtechniques")) == 2  # « Microtechniques » in both seeds
    _add(conseil, "91", "Réhabilitation de l'école élémentaire")
    assert _titles(query="ecole elementaire") == ["Réhabilitation de l'école élémentaire"]
    assert _titles(query="rehabilitation") == ["Réhabilitation de l'école élémentaire"]


def test_every_word_must_match(seeded):
    assert search(Filters(query="microtechniques zzzinconnu")).total == 0


def test_filters_assembly_dates_matiere_amount(seeded, conseil):
    bureau = m.Session.objects.get(assembly__slug="bureau")
    assert search(Filters(query="microtechniques", assembly=bureau.assembly_id)).total == 1
    assert search(Filters(query="microtechniques", date_from=dt.date(2024, 1, 1))).total == 1
    assert search(Filters(query="microtechniques", date_to=dt.date(2023, 12, 31))).total == 1
    assert search(Filters(matiere="7")).total == 2
    assert search(Filters(matiere="7.5")).total == 2
    assert search(Filters(matiere="7.1")).total == 0
    assert [it.session.date for it in search(Filters(amount_min=Decimal(20000))).items] == [conseil.date]
    assert search(Filters(amount_max=Decimal(20000))).total == 1


def test_beneficiary_filter(seeded):
    assert search(Filters(beneficiary="Campus des Métiers")).total == 1


def test_paging(conseil):
    base = search(Filters(query="subvention")).total  # the seeds' own
    for i in range(25):
        _add(conseil, str(200 + i), f"Subvention numéro {i}")
    first = search(Filters(query="subvention"), page_size=10)
    assert (first.total, first.pages, len(first.items)) == (25 + base, 3, 10)
    last = search(Filters(query="subvention", page=99), page_size=10)
    assert last.page == 3 and len(last.items) == 5 + base
    pages = [search(Filters(query="subvention", page=p), page_size=10) for p in (1, 2, 3)]
    seen = {it.pk for page in pages for it in page.items}
    assert len(seen) == 25 + base


def test_questions_known_only_by_number_are_not_results(seeded):
    page = search(Filters(query="Besançon"))  # the authority's name is in every document
    assert page.total == 2 and all(it.title for it in page.items)
