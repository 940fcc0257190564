"""PostgreSQL only: the pg_trgm extension and a trigram index on claim text,
for similar-claim suggestions. (Full-text search has its own stored, indexed
tsvector column: migration 0005.) SQLite gets neither; there, suggestions
compute trigram similarity in Python."""

from django.contrib.postgres.indexes import GinIndex
from django.db import migrations

TRGM = "claim_text_trgm"


def _index():
    return GinIndex(fields=["text"], opclasses=["gin_trgm_ops"], name=TRGM)


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    schema_editor.add_index(apps.get_model("claims", "Claim"), _index())


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.remove_index(apps.get_model("claims", "Claim"), _index())


class Migration(migrations.Migration):
    dependencies = [("claims", "0001_initial")]
    operations = [migrations.RunPython(forwards, backwards)]
