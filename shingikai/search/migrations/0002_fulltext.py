"""The full-text table of the database in use: SQLite FTS5 or PostgreSQL tsvector + GIN."""

from django.db import migrations


def create(apps, schema_editor):
    from shingikai.search._backend import backend_for

    vendor = schema_editor.connection.vendor
    if vendor not in {"sqlite", "postgresql"}:
        return
    with schema_editor.connection.cursor() as cursor:
        backend_for(vendor).create_schema(cursor)


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
