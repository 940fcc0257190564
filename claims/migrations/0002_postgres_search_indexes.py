"""PostgreSQL-only search indexes: full-text (GIN over the same SearchVector
expression the queries use, so the planner can match it) and trigram (for
similar-claim suggestions). SQLite gets plain LIKE search and no index."""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import migrations

FTS = dict(name="claim_search_fts", config="english")
TRGM = "claim_text_trgm"


def _indexes():
    return [
        GinIndex(SearchVector("search_text", config=FTS["config"]), name=FTS["name"]),
        GinIndex(fields=["text"], opclasses=["gin_trgm_ops"], name=TRGM),
    ]


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    Claim = apps.get_model("claims", "Claim")
    for index in _indexes():
        schema_editor.add_index(Claim, index)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    Claim = apps.get_model("claims", "Claim")
    for index in _indexes():
        schema_editor.remove_index(Claim, index)


class Migration(migrations.Migration):
    dependencies = [("claims", "0001_initial")]
    operations = [migrations.RunPython(forwards, backwards)]
