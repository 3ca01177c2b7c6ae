"""A GIN index for the full-text match, on PostgreSQL only (SQLite has no tsvector)."""

from django.db import migrations

INDEX = "lab_search_indexeddocument_vector_gin"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON lab_search_indexeddocument "
            "USING gin (search_vector)"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("lab_search", "0001_initial")]

    operations = [migrations.RunPython(create, drop)]
