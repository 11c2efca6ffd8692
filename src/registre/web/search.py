"""One search function over both engines (SQLite FTS5, PostgreSQL tsvector).

Results are deliberations (items with a text) matching every word of the query, most
recent first (the same order on both engines, and what a register's reader expects),
filtered by assembly, date range, ACTES matière, amount and beneficiary, paged.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from django.db import connection
from django.db.models import Q, QuerySet

from registre.web import models as m
from registre.web.services.search_index import FTS_TABLE, query_terms


@dataclass(frozen=True)
class Filters:
    """What a visitor asks for; empty values do not filter."""

    query: str = ""
    assembly: int | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    matiere: str = ""
    amount_min: Decimal | None = None
    amount_max: Decimal | None = None
    beneficiary: str = ""
    page: int = 1


@dataclass
class Page:
    """One page of results: ``items`` (``Item`` with session, assembly, authority, text)."""

    items: list[m.Item] = field(default_factory=list)
    total: int = 0
    page: int = 1
    pages: int = 0


def matching(f: Filters) -> QuerySet[m.SearchEntry]:
    """The search entries matching ``f``, most recent first."""
    qs = m.SearchEntry.objects.all()
    if f.query.strip():
        if connection.vendor == "sqlite":
            terms = query_terms(f.query)
            if not terms:
                return qs.none()
            expr = " ".join(f'"{t}"' for t in terms)  # implicit AND of stemmed words
            qs = qs.extra(where=[f"registre_web_searchentry.id IN (SELECT rowid FROM {FTS_TABLE} "
                                 f"WHERE {FTS_TABLE} MATCH %s)"], params=[expr])
        else:
            qs = qs.extra(where=["search_vector @@ plainto_tsquery('registre_fr', %s)"], params=[f.query])
    if f.assembly:
        qs = qs.filter(assembly_id_copy=f.assembly)
    if f.date_from:
        qs = qs.filter(date__gte=f.date_from)
    if f.date_to:
        qs = qs.filter(date__lte=f.date_to)
    if f.matiere:
        # « 7 » finds 7.5 and 7.1; « 7.5 » finds 7.5 only.
        qs = qs.filter(Q(matiere=f.matiere) | Q(matiere__startswith=f"{f.matiere}."))
    if f.amount_min is not None:
        qs = qs.filter(amount__gte=f.amount_min)
    if f.amount_max is not None:
        qs = qs.filter(amount__lte=f.amount_max)
    if f.beneficiary.strip():
        b = f.beneficiary.strip()
        qs = qs.filter(Q(beneficiary__icontains=b) | Q(document__icontains=b))
    return qs.order_by("-date", "-id")


def search(f: Filters, page_size: int = 20) -> Page:
    """The page ``f.page`` of the results of ``f`` (pages start at 1; out of range → last)."""
    qs = matching(f)
    total = qs.count()
    pages = max(1, -(-total // page_size))
    page = min(max(1, f.page), pages)
    ids = list(qs.values_list("item_id", flat=True)[(page - 1) * page_size: page * page_size])
    items = m.Item.objects.filter(pk__in=ids).select_related(
        "session__assembly__authority", "text")
    by_id = {it.pk: it for it in items}
    return Page([by_id[i] for i in ids if i in by_id], total, page, pages if total else 0)
