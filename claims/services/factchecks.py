"""The fact-check library: import (idempotent), the desk's own published
reviews joining it, and a reviewer accepting or dismissing a match.

Import rule: records are checked before anything is written (claims.factchecks.readers
reports the bad ones by place and drops them); the good records of one file are
then written in ONE transaction — all of them or, on any database error, none.
A record is recognised by its URL, else by (imported_from, external_id): a
re-import updates what changed and adds nothing twice.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.conf import settings
from django.db import connection, transaction
from django.urls import reverse
from django.utils import timezone

from claims.errors import InvalidInput
from claims.factchecks.readers import FactCheckRecord, Problem, library_url
from claims.factchecks.readers import claim_reviews as read_claim_reviews
from claims.models import (
    Article,
    Claim,
    ClaimEvent,
    Evidence,
    FactCheck,
    FactCheckDismissal,
    SourceKind,
)
from claims.models_factchecks import WORKBENCH
from claims.services.audit import audit_bulk_create, audit_event
from claims.services.audit import record as audit
from claims.services.evidence import evidence_add
from claims.services.locks import article_lock_unpublished

FIELDS = (
    "claim_reviewed",
    "title",
    "rating",
    "verdict",
    "url",
    "publisher",
    "claimant",
    "published_at",
    "language",
    "external_id",
)
BATCH = 1000
EMBED_BATCH = 128
EMBEDDED_FIELDS = {"claim_reviewed", "title"}  # what claims.matching embeds of a fact-check
_LOCK_KEY = 0x46414354  # pg_advisory_xact_lock: one library import at a time


@dataclass
class ImportCounts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    repeated: int = 0  # a later record in the same batch had the same key; the later one won
    problems: list[Problem] = field(default_factory=list)

    def add(self, other: ImportCounts) -> None:
        self.created += other.created
        self.updated += other.updated
        self.unchanged += other.unchanged
        self.repeated += other.repeated
        self.problems += other.problems


def _values(rec: FactCheckRecord) -> dict:
    return {name: getattr(rec, name) for name in FIELDS}


def _dedupe(records: list[tuple[str, FactCheckRecord]], counts: ImportCounts):
    """The last record for each key (url, or external id), in first-seen order."""
    slot_of: dict[tuple, int] = {}
    kept: list[tuple[str, FactCheckRecord] | None] = []
    for where, rec in records:
        keys = [("url", rec.url)] if rec.url else []
        if rec.external_id:
            keys.append(("id", rec.external_id))
        slots = {slot_of[k] for k in keys if k in slot_of}
        for slot in slots:
            kept[slot] = None
            counts.repeated += 1
        kept.append((where, rec))
        for k in keys:
            slot_of[k] = len(kept) - 1
    return [item for item in kept if item is not None]


def _existing(imported_from: str, records: list[FactCheckRecord]):
    urls = [r.url for r in records if r.url]
    ids = [r.external_id for r in records if r.external_id]
    by_url, by_id = {}, {}
    for i in range(0, len(urls), BATCH):
        for fc in FactCheck.objects.filter(url__in=urls[i : i + BATCH]):
            by_url[fc.url] = fc
    for i in range(0, len(ids), BATCH):
        for fc in FactCheck.objects.filter(
            imported_from=imported_from, external_id__in=ids[i : i + BATCH]
        ):
            by_id[fc.external_id] = fc
    return by_url, by_id


def _lock_library() -> None:
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [_LOCK_KEY])


@transaction.atomic
def factchecks_import(
    *,
    records: list[tuple[str, FactCheckRecord]],
    imported_from: str,
    by=None,
    on_batch=None,
    claim_for=None,
) -> ImportCounts:
    """Write checked records (place, record) into the library, all or nothing;
    each fact-check added or changed is audited (actor `by`; None is the system).

    `on_batch(n)` is called after every n records written (a progress bar);
    `claim_for(record)` gives the desk's own claim behind a record, if any."""
    imported_from = (imported_from or "").strip()[:200]
    if not imported_from:
        raise InvalidInput("Say where the fact-checks come from (a collection name).")
    _lock_library()
    counts = ImportCounts()
    records = _dedupe(records, counts)
    by_url, by_id = _existing(imported_from, [r for _, r in records])
    new, changed = [], []
    for where, rec in records:
        found_url = by_url.get(rec.url) if rec.url else None
        found_id = by_id.get(rec.external_id) if rec.external_id else None
        if found_url and found_id and found_url.pk != found_id.pk:
            counts.problems.append(
                Problem(
                    where,
                    (
                        f"its url is fact-check #{found_url.pk} but its id is #{found_id.pk}; "
                        "fix one of them"
                    ),
                )
            )
            continue
        values = _values(rec)
        own = claim_for(rec) if claim_for else None
        existing = found_url or found_id
        if existing is None:
            fc = FactCheck(imported_from=imported_from, claim=own, **values)
            fc.search_text = fc.build_search_text()
            new.append(fc)
            continue
        diff = {k: v for k, v in values.items() if getattr(existing, k) != v}
        if own is not None and existing.claim_id != own.pk:
            diff["claim"] = own
        if not diff:
            counts.unchanged += 1
            continue
        existing._audit_before = {k: _jsonable(getattr(existing, k)) for k in diff}
        for k, v in diff.items():
            setattr(existing, k, v)
        if diff.keys() & EMBEDDED_FIELDS:
            existing.embedding, existing.embedding_model = None, ""
        existing.search_text = existing.build_search_text()
        existing.updated_at = timezone.now()
        changed.append(existing)
    update_fields = [*FIELDS, "claim", "search_text", "updated_at", "embedding", "embedding_model"]
    for i in range(0, len(changed), BATCH):
        batch = changed[i : i + BATCH]
        FactCheck.objects.bulk_update(batch, update_fields)
        audit_bulk_create(
            [
                audit_event(
                    action=ClaimEvent.Action.FACTCHECK_UPDATED,
                    actor=by,
                    subject=fc,
                    before=fc._audit_before,
                    after={k: _jsonable(getattr(fc, k)) for k in fc._audit_before},
                    note=f"from {imported_from}",
                )
                for fc in batch
            ]
        )
        counts.updated += len(batch)
        if on_batch:
            on_batch(len(batch))
    for i in range(0, len(new), BATCH):
        batch = FactCheck.objects.bulk_create(new[i : i + BATCH])
        audit_bulk_create(
            [
                audit_event(
                    action=ClaimEvent.Action.FACTCHECK_IMPORTED,
                    actor=by,
                    subject=fc,
                    after=_snapshot(fc),
                    note=f"from {imported_from}",
                )
                for fc in batch
            ]
        )
        counts.created += len(batch)
        if on_batch:
            on_batch(len(batch))
    return counts


def _jsonable(value):
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "_meta"):  # the desk's own claim
        return value.pk
    return value


def _snapshot(fc: FactCheck) -> dict:
    return {name: _jsonable(getattr(fc, name)) for name in FIELDS}


# --- vectors -------------------------------------------------------------------------


def embedding_text(fc: FactCheck) -> str:
    from claims.matching.documents import library_document

    return library_document(fc.claim_reviewed, fc.title)


def _store_vectors(rows: list[FactCheck]) -> None:
    from claims.matching import MODEL_ID, embed

    vectors = embed([embedding_text(fc) for fc in rows])
    for fc, vector in zip(rows, vectors, strict=True):
        fc.embedding, fc.embedding_model = vector.astype("float32").tobytes(), MODEL_ID
    FactCheck.objects.bulk_update(rows, ["embedding", "embedding_model"])


def factchecks_embed(*, limit: int | None = None, on_batch=None) -> int:
    """Give fact-checks without a vector of the current model one, EMBED_BATCH
    at a time, each batch in its own short transaction; rows another process
    is embedding are skipped (SKIP LOCKED), so several can drain the backlog
    together and none is embedded twice. Returns how many were embedded.

    A vector is derived data (the claim and headline, embedded), so it is not
    audited; the library entry itself does not change."""
    from claims.matching import MODEL_ID

    done = 0
    while limit is None or done < limit:
        size = EMBED_BATCH if limit is None else min(EMBED_BATCH, limit - done)
        with transaction.atomic():
            batch = list(
                FactCheck.objects.exclude(embedding_model=MODEL_ID)
                .select_for_update(skip_locked=True)
                .only("pk", "claim_reviewed", "title")
                .order_by("pk")[:size]
            )
            if not batch:
                break
            _store_vectors(batch)
        done += len(batch)
        if on_batch:
            on_batch(len(batch))
    return done


# --- the desk's own published reviews -------------------------------------------


def site_url(path: str) -> str:
    """An absolute URL of this workbench (FACTCHECK_SITE_URL) for `path`."""
    return settings.FACTCHECK_SITE_URL.rstrip("/") + path


@transaction.atomic
def factchecks_from_report(*, article: Article, by=None) -> ImportCounts:
    """Put the desk's own published ClaimReviews of `article` (those its public
    report carries, under FACTCHECK_SITE_URL) into the library, read back
    through the same reader as any imported ClaimReview; drop the ones of
    earlier publications that it no longer carries (all of them once unpublished)."""
    from claims.reports.builder import build_report
    from claims.reports.claimreview import claim_reviews

    records, claim_of = [], {}
    if article.is_published:
        report = build_report(article)
        report_url = site_url(reverse("public_report", args=[article.report_token]))
        claim_of = {
            library_url(f"{report_url}#{item.anchor}"): item.claim for item in report.claims
        }
        for review in claim_reviews(report, report_url=report_url):
            records.extend(read_claim_reviews(review, "own review"))
    problems = [item for _, item in records if isinstance(item, Problem)]
    records = [(where, item) for where, item in records if not isinstance(item, Problem)]
    counts = factchecks_import(
        records=records, imported_from=WORKBENCH, by=by, claim_for=lambda rec: claim_of.get(rec.url)
    )
    counts.problems += problems
    withdrawn = list(
        FactCheck.objects.filter(imported_from=WORKBENCH, claim__article=article).exclude(
            url__in=[rec.url for _, rec in records]
        )
    )
    audit_bulk_create(
        [
            audit_event(
                action=ClaimEvent.Action.FACTCHECK_WITHDRAWN,
                actor=by,
                subject=fc,
                claim=fc.claim,
                before=_snapshot(fc),
                note="its report was unpublished or no longer rates the claim",
            )
            for fc in withdrawn
        ]
    )
    FactCheck.objects.filter(pk__in=[fc.pk for fc in withdrawn]).delete()
    _embed_own(article)
    return counts


def _embed_own(article: Article) -> None:
    """Vectors for the report's few reviews now, so they match semantically at
    once; without the model they still match by their words."""
    from claims.matching import MODEL_ID
    from claims.matching.embedder import EmbedderUnavailable

    rows = list(
        FactCheck.objects.filter(imported_from=WORKBENCH, claim__article=article).exclude(
            embedding_model=MODEL_ID
        )
    )
    if rows:
        try:
            _store_vectors(rows)
        except EmbedderUnavailable:
            pass


# --- a reviewer and one match -----------------------------------------------------


def _evidence_note(fc: FactCheck) -> str:
    rated = f"rated “{fc.rating}”" if fc.rating else "not rated"
    by = f" by {fc.publisher}" if fc.publisher else ""
    return f"Previously fact-checked{by}: {rated} ({fc.get_verdict_display().lower()})."


def factcheck_accept(
    *, claim: Claim, factcheck: FactCheck, by, expected_version: int | None = None
) -> Evidence:
    """Add the fact-check as evidence on the claim, with the stance its
    rating implies (false-like contradicts, true-like supports, else context)."""
    if not factcheck.url:
        raise InvalidInput(
            "This fact-check has no link, so it cannot be added as a source; "
            "find its page and add it under Evidence."
        )
    if factcheck.claim_id == claim.pk:
        raise InvalidInput("This is the desk's own review of this very claim.")
    return evidence_add(
        claim=claim,
        by=by,
        url=factcheck.url,
        stance=factcheck.stance,
        title=factcheck.title or factcheck.claim_reviewed[:500],
        publisher=factcheck.publisher,
        published_at=factcheck.published_at,
        kind=SourceKind.FACTCHECK,
        excerpt=factcheck.claim_reviewed,
        note=_evidence_note(factcheck),
        expected_version=expected_version,
    )


@transaction.atomic
def factcheck_dismiss(*, claim: Claim, factcheck: FactCheck, by) -> FactCheckDismissal:
    """Never show this fact-check on this claim again (audited on the claim)."""
    article_lock_unpublished(claim.article_id)
    dismissal, created = FactCheckDismissal.objects.get_or_create(
        claim=claim, factcheck=factcheck, defaults={"dismissed_by": by}
    )
    if created:
        audit(
            action=ClaimEvent.Action.SUGGESTION_DISMISSED,
            actor=by,
            subject=factcheck,
            claim=claim,
            after={
                "factcheck_id": factcheck.pk,
                "factcheck_url": factcheck.url,
                "factcheck_claim": factcheck.claim_reviewed[:200],
            },
            note="Previously fact-checked: not about this claim",
        )
    return dismissal
