"""PostgreSQL: the GIN index of the lexemes and meta tokens beside RUM (see
`_postgres.LEX_INDEX`), built where the RUM index is, so that an installation gets it
without a re-index. SQLite: nothing."""

from django.db import migrations

LEX = (
    "CREATE INDEX IF NOT EXISTS search_pgdoc_lex ON search_pgdoc "
    "USING gin ((strip(tsv) || array_to_tsvector(meta)))"
)


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_class WHERE relname = 'search_pgdoc_rum'")
        if cursor.fetchone():
            cursor.execute(LEX)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        with schema_editor.connection.cursor() as cursor:
            cursor.execute("DROP INDEX IF EXISTS search_pgdoc_lex")


class Migration(migrations.Migration):
    dependencies = [("search", "0004_meaning")]

    operations = [migrations.RunPython(forwards, backwards)]
