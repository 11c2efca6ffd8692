"""Full-text index on the database's own engine (see registre.web.services.search_index).

SQLite: FTS5 table with unicode61 remove_diacritics (the build must have FTS5).
PostgreSQL: a ``registre_fr`` text search configuration (french + unaccent when the
extension can be created) and a generated, GIN-indexed ``tsvector`` column.
"""

from django.db import migrations

SQLITE_UP = ("CREATE VIRTUAL TABLE IF NOT EXISTS registre_web_searchfts "
             "USING fts5(document, tokenize = 'unicode61 remove_diacritics 2')")


def forwards(apps, schema_editor):
    conn = schema_editor.connection
    with conn.cursor() as cur:
        if conn.vendor == "sqlite":
            cur.execute(SQLITE_UP)
        elif conn.vendor == "postgresql":
            _postgres(cur)


def _postgres(cur):
    cur.execute("SELECT 1 FROM pg_ts_config WHERE cfgname = 'registre_fr'")
    if cur.fetchone() is None:
        cur.execute("CREATE TEXT SEARCH CONFIGURATION registre_fr (COPY = pg_catalog.french)")
        cur.execute("SELECT 1 FROM pg_available_extensions WHERE name = 'unaccent'")
        if cur.fetchone() is not None:
            cur.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
            cur.execute("ALTER TEXT SEARCH CONFIGURATION registre_fr ALTER MAPPING FOR "
                        "hword, hword_part, word WITH unaccent, french_stem")
    cur.execute("ALTER TABLE registre_web_searchentry ADD COLUMN search_vector tsvector "
                "GENERATED ALWAYS AS (to_tsvector('registre_fr'::regconfig, document)) STORED")
    cur.execute("CREATE INDEX registre_search_vector_gin ON registre_web_searchentry "
                "USING gin (search_vector)")


def backwards(apps, schema_editor):
    conn = schema_editor.connection
    with conn.cursor() as cur:
        if conn.vendor == "sqlite":
            cur.execute("DROP TABLE IF EXISTS registre_web_searchfts")
        elif conn.vendor == "postgresql":
            cur.execute("ALTER TABLE registre_web_searchentry DROP COLUMN IF EXISTS search_vector")


class Migration(migrations.Migration):
    dependencies = [("registre_web", "0001_mirror_core_register")]
    operations = [migrations.RunPython(forwards, backwards)]
