"""PostgreSQL only: a stored tsvector of Claim.search_text, with its own GIN
index, for the review queue's full-text search (claims.selectors.claim_search).

Matching on an expression index over to_tsvector(search_text) worked, but
ranking (ts_rank) and every lossy-bitmap recheck re-ran to_tsvector for each
candidate row: 9-16 s for a common word over 1M claims. The stored
column is parsed once, on write. It is a generated column, so every INSERT
and UPDATE of search_text keeps it right with no code; it is not a model
field, because SQLite (the embedded default) has no tsvector: on SQLite this
migration does nothing and search uses LIKE.

Queue search (claims.selectors) and suggested links (claims.suggestions) both
read the column through selectors.StoredSearchVector.

Note for large tables: ADD COLUMN ... STORED rewrites claims_claim under an
ACCESS EXCLUSIVE lock (about a minute per million claims), and CREATE INDEX
blocks writes while it builds.
"""

from django.db import migrations

COLUMN = "search_vector"  # claims.selectors.SEARCH_VECTOR_COLUMN
INDEX = "claim_search_vector_gin"

FORWARDS = [
    (f"ALTER TABLE claims_claim ADD COLUMN {COLUMN} tsvector GENERATED ALWAYS AS "
     "(to_tsvector('english'::regconfig, COALESCE(search_text, ''))) STORED"),
    f"CREATE INDEX {INDEX} ON claims_claim USING gin ({COLUMN})",
]
BACKWARDS = [
    f"DROP INDEX IF EXISTS {INDEX}",
    f"ALTER TABLE claims_claim DROP COLUMN IF EXISTS {COLUMN}",
]


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for sql in FORWARDS:
        schema_editor.execute(sql)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for sql in BACKWARDS:
        schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("claims", "0004_queue_indexes")]
    operations = [migrations.RunPython(forwards, backwards, elidable=False)]
