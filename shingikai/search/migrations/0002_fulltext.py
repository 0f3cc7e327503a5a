"""The full-text table of the database in use: SQLite FTS5 or PostgreSQL tsvector + GIN.

Frozen: the statements are written out as they were when this migration was made, so that it
does the same thing whatever the search package becomes; a later change of the table is a new
migration.
"""

from django.db import migrations

SQLITE = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5("
    "title, decision, opinion, followup, question, answer, body, meta, pad, content='', "
    'columnsize=0, tokenize="ascii")',
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts_vocab USING fts5vocab(search_fts, 'row')",
]
POSTGRESQL = [
    "CREATE TABLE IF NOT EXISTS search_pgdoc (document_id bigint PRIMARY KEY, "
    "tsv tsvector NOT NULL, head tsvector NOT NULL, meta text[] NOT NULL, date date)",
    "ALTER TABLE search_pgdoc ALTER COLUMN tsv SET STATISTICS 1000",
    "CREATE INDEX IF NOT EXISTS search_pgdoc_tsv ON search_pgdoc USING gin (tsv)",
    "CREATE INDEX IF NOT EXISTS search_pgdoc_head ON search_pgdoc USING gin (head)",
    "CREATE INDEX IF NOT EXISTS search_pgdoc_meta ON search_pgdoc USING gin (meta)",
]


def create(apps, schema_editor):
    statements = {"sqlite": SQLITE, "postgresql": POSTGRESQL}.get(
        schema_editor.connection.vendor, []
    )
    with schema_editor.connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


def drop(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    tables = {
        "sqlite": ["search_fts_vocab", "search_fts"],
        "postgresql": ["search_pgdoc"],
    }.get(vendor, [])
    with schema_editor.connection.cursor() as cursor:
        for table in tables:
            cursor.execute(f"DROP TABLE IF EXISTS {table}")


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(create, drop)]
