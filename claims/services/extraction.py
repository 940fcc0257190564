"""From extractor records to Claims and Speakers.

The NLP runs outside any transaction (it is slow); the results are applied in
one transaction that locks the article and its claims, so a reviewer's edit
made meanwhile is seen and kept. Re-extraction never deletes or overwrites a
claim a reviewer has touched: it adds new claims, refreshes untouched ones,
and marks untouched claims it no longer finds as vanished.
"""

import json
import logging
import re
from dataclasses import dataclass
from types import SimpleNamespace

from django.db import connection, transaction
from django.utils import timezone

from claims.models import Article, Claim, ClaimEvent, ClaimOrigin, ExtractionState
from claims.services.audit import (
    audit_bulk_create,
    audit_event,
    claim_snapshot,
    event_values,
    record,
)
from claims.services.speakers import (
    parties_resolve,
    speaker_matches_suggest,
    speakers_resolve,
)

log = logging.getLogger(__name__)
Action = ClaimEvent.Action
_WS = re.compile(r"\s+")

# Fields an extraction may (re)write on a claim nobody has touched.
_EXTRACTED_FIELDS = (
    "text",
    "start",
    "end",
    "kind",
    "is_headline",
    "speaker",
    "speaker_mention",
    "speaker_start",
    "speaker_end",
    "via",
    "cue",
    "hedged",
    "hedge",
    "quantities",
    "entities",
    "checkworthiness",
    "extractor_version",
)


# First extractions on PostgreSQL are written with COPY (tests switch it off
# to compare with the ORM path).
COPY_FIRST_EXTRACTION = True


def _norm(text: str) -> str:
    return _WS.sub(" ", text).strip().casefold()


def _claim_values(record_: dict, version: str, speakers: dict) -> dict:
    span = record_["span"]
    speaker_span = record_.get("speaker_span") or [None, None]
    return {
        "text": record_["text"][:5000],
        "start": span[0],
        "end": span[1],
        "kind": record_["kind"],
        "is_headline": bool(record_.get("headline")),
        "speaker": speakers.get(_speaker_ref(record_)) if record_.get("speaker") else None,
        "speaker_mention": (record_.get("speaker") or "")[:300],
        "speaker_start": speaker_span[0],
        "speaker_end": speaker_span[1],
        "via": (record_.get("via") or "")[:200],
        "cue": (record_.get("cue") or "")[:100],
        "hedged": bool(record_.get("hedged")),
        "hedge": (record_.get("hedge") or "")[:100],
        "quantities": record_.get("quantities") or [],
        "entities": record_.get("entities") or [],
        "checkworthiness": min(1.0, max(0.0, float(record_.get("checkworthiness") or 0.0))),
        "extractor_version": version,
    }


def article_run_extraction(*, article_id: int) -> Article | None:
    """Run the extractor on an article and apply the result (the task's body)."""
    with transaction.atomic():
        article = Article.objects.select_for_update().filter(pk=article_id).first()
        if article is None:
            return None  # deleted before the worker got to it
        article.extraction_state = ExtractionState.RUNNING
        article.extraction_error = ""
        article.extraction_done = article.extraction_total = 0
        article.save(
            update_fields=[
                "extraction_state",
                "extraction_error",
                "extraction_done",
                "extraction_total",
                "updated_at",
            ]
        )
        body, body_hash = article.body, article.content_hash
    from claims import extraction  # spaCy is imported only where it is used

    try:
        result = extraction.extract(body, progress=_progress_writer(article_id))
        records = [r.as_dict() for r in result]
        parties = [p.as_dict() for p in getattr(result, "speakers", [])]
        version = extraction.EXTRACTOR_VERSION
    except extraction.PipelineUnavailable as exc:
        return _fail(article_id, str(exc))
    except Exception as exc:  # an extractor bug must not leave the article "running"
        log.exception("Extraction failed for article %s", article_id)
        return _fail(article_id, f"The extractor failed: {exc.__class__.__name__}: {exc}")
    return extraction_apply(
        article_id=article_id,
        records=records,
        version=version,
        body_hash=body_hash,
        parties=parties,
    )


def _progress_writer(article_id: int):
    """The extractor's progress callback: paragraphs parsed so far, written
    on the article at once (outside any transaction, so the workspace's
    polling sees it while the parse goes on)."""

    def write(done: int, total: int) -> None:
        Article.objects.filter(pk=article_id, extraction_state=ExtractionState.RUNNING).update(
            extraction_done=done, extraction_total=total
        )

    return write


def _fail(article_id: int, message: str) -> Article | None:
    with transaction.atomic():
        article = Article.objects.select_for_update().filter(pk=article_id).first()
        if article is None:
            return None
        article.extraction_state = ExtractionState.FAILED
        article.extraction_error = message
        article.save(update_fields=["extraction_state", "extraction_error", "updated_at"])
    return article


@dataclass
class Applied:
    """What one extraction_apply wrote (counts of claims)."""

    created: int = 0
    refreshed: int = 0
    kept: int = 0  # touched by a reviewer: left as they are
    vanished: int = 0
    reappeared: int = 0
    dropped: int = 0  # records whose span lies outside the text

    @property
    def found(self) -> int:
        """Claims of the article that this extraction found (new or kept in place)."""
        return self.created + self.refreshed + self.kept


@transaction.atomic
def extraction_apply(
    *,
    article_id: int,
    records: list[dict],
    version: str,
    body_hash: str | None = None,
    parties: list[dict] | None = None,
) -> Article | None:
    """Apply extractor records to an article's claims (see the module docstring).

    Writes in bulk: one INSERT for the new claims and one for their audit
    events, one UPDATE per kind of change, and positions computed here (claims
    ordered by start, end, id) and written in those same statements. The
    returned article carries `applied`, an Applied with the counts. `parties`
    are the extractor's speakers (records name theirs by `speaker_id`): each
    party is one Speaker, found in the gazetteer or created."""
    article = Article.objects.select_for_update().filter(pk=article_id).first()
    if article is None:
        return None
    if body_hash is not None and article.content_hash != body_hash:
        # The text was edited while we extracted; that edit queued a fresh run.
        article.applied = Applied()
        return article
    applied = Applied()
    body_len = len(article.body)
    now = timezone.now()
    if (
        COPY_FIRST_EXTRACTION
        and connection.vendor == "postgresql"
        and not Claim.all_objects.filter(article=article).exists()
    ):
        # A first extraction (the bulk import's case): nothing to match, keep
        # or renumber, so the rows are written straight with COPY. The article
        # is locked, and claim_create locks it first: no claim can appear.
        kept_records = _within(records, body_len, article_id, applied)
        speakers = _speakers(kept_records, parties)
        applied.created = _copy_first_extraction(article, kept_records, version, speakers, now)
        return _done(article, version, now, applied, len(records))
    existing = list(
        Claim.all_objects.select_for_update(of=("self",))
        .filter(article=article, origin=ClaimOrigin.EXTRACTED)
        .select_related("speaker")
    )
    # The other claims (a reviewer's own) only take part in the numbering.
    # claim_create locks the article first, so none can appear meanwhile.
    others = list(
        Claim.all_objects.filter(article=article)
        .exclude(origin=ClaimOrigin.EXTRACTED)
        .only("id", "start", "end", "position")
    )
    by_text: dict[str, list[Claim]] = {}
    for claim in existing:
        claim.article = article  # for search_text and the audit, without a query each
        by_text.setdefault(_norm(claim.text), []).append(claim)
    by_span = {(c.start, c.end): c for c in existing}

    kept_records = _within(records, body_len, article_id, applied)
    speakers = _speakers(kept_records, parties)

    matched: set[int] = set()
    new: list[Claim] = []
    refreshed: list[Claim] = []
    flagged: list[Claim] = []  # only `vanished` changed
    events: list[ClaimEvent] = []
    for rec in kept_records:
        start, end = rec["span"]
        candidates = [c for c in by_text.get(_norm(rec["text"]), []) if c.pk not in matched]
        claim = min(candidates, key=lambda c: abs(c.start - start)) if candidates else None
        if claim is None:
            same_span = by_span.get((start, end))
            if same_span is not None and same_span.pk not in matched:
                claim = same_span
        values = _claim_values(rec, version, speakers)
        if claim is None:
            claim = Claim(article=article, origin=ClaimOrigin.EXTRACTED, **values)
            claim.search_text = claim.build_search_text()
            new.append(claim)
            events.append(
                audit_event(
                    action=Action.EXTRACTED,
                    claim=claim,
                    article=article,
                    after=claim_snapshot(claim),
                )
            )
            continue
        matched.add(claim.pk)
        if claim.touched:
            # A reviewer's claim: keep everything they may have set; only note it is still there.
            applied.kept += 1
            if claim.vanished:
                claim.vanished = False
                claim.updated_at = now
                flagged.append(claim)
                events.append(audit_event(action=Action.REAPPEARED, claim=claim, article=article))
                applied.reappeared += 1
        else:
            was_vanished = claim.vanished
            for field, value in values.items():
                setattr(claim, field, value)
            claim.vanished = False
            claim.search_text = claim.build_search_text()
            claim.updated_at = now
            refreshed.append(claim)
            applied.refreshed += 1
            if was_vanished:
                events.append(audit_event(action=Action.REAPPEARED, claim=claim, article=article))
                applied.reappeared += 1

    for claim in existing:
        if claim.pk in matched or claim.touched or claim.vanished or claim.deleted_at:
            continue
        claim.vanished = True
        claim.updated_at = now
        flagged.append(claim)
        events.append(
            audit_event(
                action=Action.VANISHED,
                claim=claim,
                article=article,
                before=claim_snapshot(claim),
                note=f"Not found by extractor {version}",
            )
        )
        applied.vanished += 1

    # Positions: every claim of the article by (start, end, id); new claims get
    # their ids from the sequence in list order, after every existing one.
    everyone = existing + others
    everyone.sort(key=lambda c: (c.start, c.end, c.pk))
    ranked = sorted(everyone + new, key=lambda c: (c.start, c.end, c.pk is None, c.pk or 0))
    moved = _set_positions(ranked) - {id(c) for c in new}  # new ones are inserted with theirs
    if new:
        Claim.all_objects.bulk_create(new)  # PostgreSQL returns the ids
        applied.created = len(new)
        # Had a concurrent insert taken ids out of order, a tie on (start, end)
        # would rank differently: check with the real ids and correct.
        moved |= _set_positions(sorted(everyone + new, key=lambda c: (c.start, c.end, c.pk)))
    if refreshed:
        _bulk_update(
            refreshed, [*_EXTRACTED_FIELDS, "vanished", "search_text", "position", "updated_at"]
        )
    if flagged:
        _bulk_update(flagged, ["vanished", "position", "updated_at"])
    done = {id(c) for c in refreshed} | {id(c) for c in flagged}
    rest = [c for c in everyone + new if id(c) in moved and id(c) not in done]
    if rest:
        _bulk_update(rest, ["position"])
    if events:
        audit_bulk_create(events)
    return _done(article, version, now, applied, len(records))


def _within(records: list[dict], body_len: int, article_id: int, applied: Applied) -> list[dict]:
    """The records whose span lies inside the text; the others are counted as dropped."""
    kept = []
    for rec in records:
        start, end = rec["span"]
        if 0 <= start < end <= body_len:
            kept.append(rec)
        else:
            log.warning("Dropping extracted claim outside article %s: %s", article_id, rec["span"])
            applied.dropped += 1
    return kept


def _speaker_ref(record_: dict) -> str:
    """What a record's speaker is looked up by: its party, else its name."""
    return record_.get("speaker_id") or record_["speaker"]


def _speakers(records: list[dict], parties: list[dict] | None) -> dict:
    """{party id or speaker name: Speaker} for the records' speakers."""
    started = timezone.now()
    out = parties_resolve(parties=parties) if parties else {}
    rest = [
        (r["speaker"], r.get("speaker_kind"))
        for r in records
        if r.get("speaker") and _speaker_ref(r) not in out
    ]
    out.update(speakers_resolve(names=rest, strict=False))
    # a new speaker whose name is close to a known one: a merge suggestion, never a silent merge
    speaker_matches_suggest(speakers=[s for s in out.values() if s and s.created_at >= started])
    return out


def _done(article: Article, version: str, now, applied: Applied, n_records: int) -> Article:
    article.extraction_state = ExtractionState.DONE
    article.extraction_error = ""
    article.extractor_version = version
    article.extracted_at = now
    article.save(
        update_fields=[
            "extraction_state",
            "extraction_error",
            "extractor_version",
            "extracted_at",
            "updated_at",
        ]
    )
    article.applied = applied
    log.info("Article %s: %d records, %d new claims", article.pk, n_records, applied.created)
    return article


def _copy_first_extraction(
    article: Article, records: list[dict], version: str, speakers: dict, now
) -> int:
    """Insert the claims of an article that has none, and their EXTRACTED
    events, with COPY (PostgreSQL only); the number of claims written.

    The same rows the ORM path writes (every column from the model's fields
    and defaults, search_text and the audit snapshot from the same code), but
    without building model instances: that, and Django compiling two bulk
    INSERTs, took about half of an import's database time. Ids are taken
    from the sequence in one statement, in ascending order, so they follow
    the records' order as bulk_create's would; positions are by (start, end,
    id) as on the ORM path."""
    if not records:
        return 0
    meta = Claim._meta
    fields = list(meta.concrete_fields)
    q = connection.ops.quote_name
    rows = []
    for rec in records:
        values = _claim_values(rec, version, speakers)
        speaker = values.pop("speaker")
        row = {f.attname: f.get_default() for f in fields if not f.primary_key}
        row.update(values)
        row.update(
            article_id=article.pk,
            origin=ClaimOrigin.EXTRACTED,
            speaker_id=speaker.pk if speaker else None,
            created_at=now,
            updated_at=now,
        )
        # build_search_text, claim_snapshot and event_values read these attributes only.
        view = SimpleNamespace(**row, article=article, speaker=speaker, assignee=None, _meta=meta)
        row["search_text"] = Claim.build_search_text(view)
        rows.append((row, view))
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
            [meta.db_table, meta.pk.column, len(rows)],
        )
        ids = sorted(r[0] for r in cursor.fetchall())
        for (row, _view), pk in zip(rows, ids, strict=True):
            row[meta.pk.attname] = pk
        ranked = sorted(rows, key=lambda r: (r[0]["start"], r[0]["end"], r[0][meta.pk.attname]))
        for position, (row, _) in enumerate(ranked):
            row["position"] = position
        json_fields = {f.attname for f in fields if f.get_internal_type() == "JSONField"}
        cols = [f.attname for f in fields]
        with cursor.copy(
            f"COPY {q(meta.db_table)} ({', '.join(q(f.column) for f in fields)}) FROM STDIN"
        ) as copy:
            for row, _ in rows:
                copy.write_row([json.dumps(row[c]) if c in json_fields else row[c] for c in cols])
        ev_fields = [f for f in ClaimEvent._meta.concrete_fields if not f.primary_key]
        with cursor.copy(
            f"COPY {q(ClaimEvent._meta.db_table)} "
            f"({', '.join(q(f.column) for f in ev_fields)}) FROM STDIN"
        ) as copy:
            for row, view in rows:
                view.pk = view.id = row[meta.pk.attname]
                event = {f.attname: f.get_default() for f in ev_fields}
                event.update(
                    event_values(
                        action=Action.EXTRACTED,
                        claim=view,
                        article=article,
                        after=claim_snapshot(view),
                    ),
                    at=now,
                )
                copy.write_row(
                    [
                        json.dumps(event[f.attname])
                        if f.get_internal_type() == "JSONField"
                        else event[f.attname]
                        for f in ev_fields
                    ]
                )
    return len(rows)


def _set_positions(ranked: list[Claim]) -> set[int]:
    """Number the claims in this order; the id()s of those whose position changed."""
    moved = set()
    for position, claim in enumerate(ranked):
        if claim.position != position:
            claim.position = position
            moved.add(id(claim))
    return moved


def _bulk_update(claims: list[Claim], fields: list[str], batch: int = 500) -> None:
    """Write these fields of these claims, one statement per `batch` rows.

    Django's bulk_update builds a CASE WHEN id = ... per field and claim, and
    resolving those expressions costs about 5 ms per claim for the 21 fields of
    a refresh, more than the save() per claim it replaces. On PostgreSQL this
    is one UPDATE ... FROM (VALUES ...) instead; elsewhere bulk_update."""
    if connection.vendor != "postgresql":
        Claim.all_objects.bulk_update(claims, fields, batch_size=batch)
        return
    meta, q = Claim._meta, connection.ops.quote_name
    cols = [meta.pk, *(meta.get_field(name) for name in fields)]
    row = "(" + ", ".join(f"%s::{f.cast_db_type(connection)}" for f in cols) + ")"
    sets = ", ".join(f"{q(f.column)} = v.{q(f.column)}" for f in cols[1:])
    names = ", ".join(q(f.column) for f in cols)
    table, pk = q(meta.db_table), q(meta.pk.column)
    with connection.cursor() as cursor:
        for i in range(0, len(claims), batch):
            chunk = claims[i : i + batch]
            params = [
                f.get_db_prep_save(getattr(c, f.attname), connection) for c in chunk for f in cols
            ]
            cursor.execute(
                f"UPDATE {table} SET {sets} FROM (VALUES {', '.join([row] * len(chunk))}) "
                f"AS v({names}) WHERE {table}.{pk} = v.{pk}",
                params,
            )


def relocate_claims(*, article: Article, new_body: str) -> None:
    """Before an article's text changes, move every claim's span to where its
    words are in the new text (nearest occurrence). Claims whose words are
    gone keep a clamped span and are marked vanished."""
    old_body = article.body
    claims = list(Claim.all_objects.select_for_update(of=("self",)).filter(article=article))
    new_len = len(new_body)
    for claim in claims:
        words = old_body[claim.start : claim.end]
        found = -1
        if words:
            positions = [m.start() for m in re.finditer(re.escape(words), new_body)]
            if positions:
                found = min(positions, key=lambda p: abs(p - claim.start))
        if found >= 0:
            claim.start, claim.end = found, found + len(words)
        else:
            start = min(claim.start, max(new_len - 1, 0))
            claim.start, claim.end = start, max(start + 1, min(claim.end, new_len))
            if not claim.vanished:
                claim.vanished = True
                record(
                    action=Action.VANISHED,
                    claim=claim,
                    note="Its words are no longer in the article",
                )
        claim.speaker_start = claim.speaker_end = None
        claim.save(update_fields=["start", "end", "vanished", "speaker_start", "speaker_end"])
