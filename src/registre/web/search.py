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
from registre.web.services.search_index import ENTRY_ID_MASK, FTS_TABLE, query_terms


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
    capped: bool = False


COUNT_CAP = 1000  # counted exactly up to here; beyond, « plus de 1 000 » (and 50 pages of 20)


def _filtered(f: Filters) -> QuerySet[m.SearchEntry]:
    """The entries matching every filter but the words."""
    qs = m.SearchEntry.objects.all()
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
    return qs


def _sqlite_words(f: Filters, offset: int, limit: int) -> tuple[list[int], int]:
    """SQLite: FTS5 walked most recent first (rowid = date, id), joined to the filters; capped count."""
    terms = query_terms(f.query)
    if not terms:
        return [], 0
    expr = " ".join(f'"{t}"' for t in terms)  # implicit AND of stemmed words
    filtered = _filtered(f)
    where, params = "", []
    if filtered.query.where:
        sql, params = filtered.values("id").query.sql_with_params()
        where = sql[sql.index(" WHERE ") + 7:]
        where = f" AND {where}"
    base = (f"FROM {FTS_TABLE} JOIN registre_web_searchentry ON registre_web_searchentry.id = "
            f"({FTS_TABLE}.rowid & {ENTRY_ID_MASK}) WHERE {FTS_TABLE} MATCH %s{where}")
    with connection.cursor() as cur:
        cur.execute(f"SELECT registre_web_searchentry.item_id {base} ORDER BY {FTS_TABLE}.rowid DESC "
                    f"LIMIT %s OFFSET %s", [expr, *params, limit, offset])
        ids = [row[0] for row in cur.fetchall()]
        cur.execute(f"SELECT count(*) FROM (SELECT 1 {base} LIMIT %s)", [expr, *params, COUNT_CAP + 1])
        total = cur.fetchone()[0]
    return ids, total


def matching(f: Filters) -> QuerySet[m.SearchEntry]:
    """The entries matching ``f`` through the ORM, most recent first (PostgreSQL, or no words)."""
    qs = _filtered(f)
    if f.query.strip():
        if connection.vendor == "sqlite":
            terms = query_terms(f.query)
            expr = " ".join(f'"{t}"' for t in terms)
            if not terms:
                return qs.none()
            qs = qs.extra(where=[f"(registre_web_searchentry.id IN (SELECT rowid & {ENTRY_ID_MASK} "
                                 f"FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s))"], params=[expr])
        else:
            qs = qs.extra(where=["search_vector @@ plainto_tsquery('registre_fr', %s)"], params=[f.query])
    return qs.order_by("-date", "-id")


def search(f: Filters, page_size: int = 20) -> Page:
    """The page ``f.page`` of the results of ``f`` (pages start at 1; out of range → last).

    ``total`` is exact up to :data:`COUNT_CAP` and ``COUNT_CAP + 1`` beyond (``capped``).
    """
    page = min(max(1, f.page), COUNT_CAP // page_size + 1)  # never an offset past the capped count
    for _ in range(2):  # a page past the end: once more on the last page
        offset = (page - 1) * page_size
        if f.query.strip() and connection.vendor == "sqlite":
            ids, total = _sqlite_words(f, offset, page_size)
        else:
            qs = matching(f)
            ids = list(qs.values_list("item_id", flat=True)[offset: offset + page_size])
            total = qs.order_by()[: COUNT_CAP + 1].count()  # unordered: the planner may use the index
        pages = max(1, -(-min(total, COUNT_CAP) // page_size))
        if page <= pages:
            break
        page = pages
    items = m.Item.objects.filter(pk__in=ids).select_related("session__assembly__authority", "text")
    by_id = {it.pk: it for it in items}
    result = Page([by_id[i] for i in ids if i in by_id], min(total, COUNT_CAP), page, pages if total else 0)
    result.capped = total > COUNT_CAP
    return result
