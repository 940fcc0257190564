"""Claim vectors: queue claims for embedding and fill the queue in batches.

The queue is the ClaimVector table itself: a row without a vector (or whose
text hash no longer matches its claim) waits for a worker. A worker takes a
batch with ``FOR UPDATE SKIP LOCKED``, so any number of processes drain it
together and no claim is embedded twice; reviewers are never blocked, since
only vector rows are locked.
"""

from __future__ import annotations

import hashlib

import numpy as np
from django.db import connection, transaction
from django.utils import timezone

from claims.models import Claim, ClaimVector

# Claims a worker takes per SKIP LOCKED batch: embed() sorts them by length, so a batch of
# 256 pads far less than one of 64 (about 1.5x the claims/s on one core).
BATCH = 256
DTYPE = np.float16


def text_hash(text: str) -> str:
    return hashlib.md5(text.encode("utf-8"), usedforsecurity=False).hexdigest()


def to_bytes(vector: np.ndarray) -> bytes:
    return np.asarray(vector, dtype=DTYPE).tobytes()


def from_bytes(raw) -> np.ndarray:
    return np.frombuffer(bytes(raw), dtype=DTYPE).astype(np.float32)


@transaction.atomic
def claim_vectors_queue(*, claim_ids=None, article_id: int | None = None) -> int:
    """Queue claims for embedding: the given ones (re-embedded even if they
    have a vector) or, with None, every live claim (of one article, if given)
    that has no vector row or one embedded from another text. The number of
    rows queued."""
    if claim_ids is not None:
        rows = [ClaimVector(claim_id=i) for i in sorted({int(i) for i in claim_ids})]
        ClaimVector.objects.bulk_create(
            rows,
            update_conflicts=True,
            unique_fields=["claim"],
            update_fields=["vector", "text_hash"],
            batch_size=1000,
        )
        return len(rows)
    one = "" if article_id is None else " AND c.article_id = %s"
    params = [] if article_id is None else [int(article_id)]
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO claims_claimvector (claim_id, vector, model, text_hash) "
            "SELECT c.id, NULL, '', '' FROM claims_claim c "
            "WHERE c.deleted_at IS NULL AND NOT EXISTS "
            "(SELECT 1 FROM claims_claimvector v WHERE v.claim_id = c.id)"
            + one
            + " ON CONFLICT (claim_id) DO NOTHING",
            params,
        )
        added = max(cursor.rowcount, 0)
        if connection.vendor == "postgresql":
            cursor.execute(
                "UPDATE claims_claimvector v SET vector = NULL FROM claims_claim c "
                "WHERE c.id = v.claim_id AND v.vector IS NOT NULL "
                "AND v.text_hash <> md5(c.text)" + one,
                params,
            )
            return added + cursor.rowcount
    rows = ClaimVector.objects.filter(vector__isnull=False)
    if article_id is not None:
        rows = rows.filter(claim__article_id=article_id)
    stale = [
        i
        for i, text, known in rows.values_list("claim_id", "claim__text", "text_hash")
        if text_hash(text) != known
    ]
    ClaimVector.objects.filter(claim_id__in=stale).update(vector=None)
    return added + len(stale)


def claim_vectors_compute(*, limit: int = BATCH, article_id: int | None = None) -> int:
    """Embed one batch of queued claims (of one article, if given) and store
    the vectors; the number embedded (0 when the queue is empty)."""
    from claims.matching import MODEL_ID, embed  # the model loads on first use only

    with transaction.atomic():
        rows = ClaimVector.objects.select_for_update(skip_locked=True).filter(vector__isnull=True)
        if article_id is not None:
            rows = rows.filter(claim__article_id=article_id)
        ids = list(rows.order_by("claim_id").values_list("claim_id", flat=True)[:limit])
        if not ids:
            return 0
        texts = dict(Claim.all_objects.filter(pk__in=ids).values_list("pk", "text"))
        ids = [i for i in ids if i in texts]
        vectors = embed([texts[i] for i in ids])
        now = timezone.now()
        ClaimVector.objects.bulk_update(
            [
                ClaimVector(
                    claim_id=i,
                    vector=to_bytes(v),
                    model=MODEL_ID,
                    text_hash=text_hash(texts[i]),
                    embedded_at=now,
                )
                for i, v in zip(ids, vectors, strict=True)
            ],
            ["vector", "model", "text_hash", "embedded_at"],
            batch_size=500,
        )
        return len(ids)


def claim_vectors_drain(*, article_id: int | None = None, batch: int = BATCH) -> int:
    """Embed queued claims until none is left; the number embedded."""
    total = 0
    while done := claim_vectors_compute(limit=batch, article_id=article_id):
        total += done
    return total


def claim_vectors_keep(*, embedded: list[tuple[int, str, np.ndarray]]) -> int:
    """Keep vectors computed on the spot ((claim id, text, vector): a panel
    opened before the backfill reached these claims), so the next opening
    reads them instead of embedding again. Best effort, PostgreSQL only: a
    row a worker holds (SKIP LOCKED batch) is not waited for, a claim deleted
    meanwhile is skipped; the worker's own write of the same text wins either
    way. The number of rows written (0 when it gave up)."""
    from django.db import DatabaseError

    from claims.matching import MODEL_ID

    if connection.vendor != "postgresql" or not embedded:
        return 0
    now = timezone.now()
    values, params = [], []
    for claim_id, text, vector in embedded:
        values.append("(%s, %s, %s, %s, %s)")
        params += [int(claim_id), to_bytes(vector), MODEL_ID, text_hash(text), now]
    try:
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL lock_timeout = '100ms'")
                cursor.execute(
                    "INSERT INTO claims_claimvector (claim_id, vector, model, text_hash, "
                    "embedded_at) SELECT v.* FROM (VALUES " + ", ".join(values) + ") "
                    "AS v(claim_id, vector, model, text_hash, embedded_at) "
                    "WHERE EXISTS (SELECT 1 FROM claims_claim c WHERE c.id = v.claim_id) "
                    "ON CONFLICT (claim_id) DO UPDATE SET vector = EXCLUDED.vector, "
                    "model = EXCLUDED.model, text_hash = EXCLUDED.text_hash, "
                    "embedded_at = EXCLUDED.embedded_at "
                    "WHERE claims_claimvector.vector IS NULL "
                    "OR claims_claimvector.text_hash <> EXCLUDED.text_hash",
                    params,
                )
                return max(cursor.rowcount, 0)
    except DatabaseError:  # a lock not granted in time, a claim deleted meanwhile
        return 0
