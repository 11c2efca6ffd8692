"""The full-text index of deliberations, on the database's own engine.

SQLite: an FTS5 table (``unicode61 remove_diacritics 2``) over text *stemmed in Python*
with the Snowball French stemmer (PyPI ``snowballstemmer``): FTS5 ships only an English
(porter) stemmer and a custom tokenizer would need a C extension; Snowball is also the
algorithm behind PostgreSQL's ``french_stem``, so both engines find the same words.
PostgreSQL: a generated ``tsvector`` column over ``document`` with the ``registre_fr``
configuration (``french`` + ``unaccent`` when the extension exists), GIN-indexed.
Both are created by migration ``0002_fulltext_search_index``.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

import snowballstemmer  # type: ignore[import-untyped]
from django.db import connection

from registre.web import models as m

FTS_TABLE = "registre_web_searchfts"
_WORD = re.compile(r"\w+", re.UNICODE)
_stemmer = snowballstemmer.stemmer("french")


def is_sqlite() -> bool:
    return connection.vendor == "sqlite"


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """French Snowball stem of one word, lower case, accents removed: ``Subventions`` → ``subvent``."""
    return _fold(_stemmer.stemWord(word.lower()))


def stem_text(text: str) -> str:
    """The words of ``text`` stemmed, space-separated: what the SQLite index holds."""
    return " ".join(stem(w) for w in _WORD.findall(text))


def query_terms(query: str) -> list[str]:
    """The stemmed words of a search query (punctuation and FTS syntax dropped)."""
    return [stem(w) for w in _WORD.findall(query)]


def document_of(item: m.Item) -> str:
    """The text searched for an item: title, number, summary, body, decisions, annexes."""
    s = item.session
    parts: list[str] = [item.title, item.deliberation, s.assembly.name, s.assembly.authority.name]
    text = getattr(item, "text", None)
    if text is not None:
        parts += [text.summary, text.body, text.decision_intro, *text.decisions, text.programme,
                  text.beneficiary]
        parts += [f"{a.title} {a.body}" for a in text.annexes.all()]
    return "\n".join(p for p in parts if p)


def fts_rowid(entry_id: int, date: dt.date) -> int:
    """The FTS5 rowid of an entry: date first, so that ``ORDER BY rowid DESC`` is most recent first.

    FTS5 walks its posting lists in rowid order and stops at the LIMIT: a common word is
    then as quick to page through as a rare one.
    """
    return (date.toordinal() << 32) | entry_id


ENTRY_ID_MASK = (1 << 32) - 1


def index_items(items: Iterable[m.Item]) -> int:
    """(Re)index ``items`` (those with an object or a text); returns how many were indexed.

    Call inside the write's transaction.
    """
    n = 0
    for item in items:
        text = getattr(item, "text", None)
        s = item.session
        old = m.SearchEntry.objects.filter(item=item).values_list("pk", "date").first()
        if is_sqlite() and old is not None:
            with connection.cursor() as cur:
                cur.execute(f"DELETE FROM {FTS_TABLE} WHERE rowid = %s", [fts_rowid(*old)])
        if not item.title and text is None:
            # A question known only by its number (the rest of an order of passage) is no
            # deliberation to find.
            m.SearchEntry.objects.filter(item=item).delete()
            continue
        entry, _ = m.SearchEntry.objects.update_or_create(
            item=item,
            defaults={
                "authority_id_copy": s.assembly.authority_id,
                "assembly_id_copy": s.assembly_id,
                "date": s.date,
                "matiere": text.matiere if text else "",
                "amount": text.operation_amount if text else None,
                "beneficiary": text.beneficiary if text else "",
                "document": document_of(item),
            },
        )
        if is_sqlite():
            with connection.cursor() as cur:
                cur.execute(f"DELETE FROM {FTS_TABLE} WHERE rowid = %s", [fts_rowid(entry.pk, entry.date)])
                cur.execute(f"INSERT INTO {FTS_TABLE}(rowid, document) VALUES (%s, %s)",
                            [fts_rowid(entry.pk, entry.date), stem_text(entry.document)])
        n += 1
    return n
