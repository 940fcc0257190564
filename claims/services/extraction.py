"""From extractor records to Claims and Speakers.

The NLP runs outside any transaction (it is slow); the results are applied in
one transaction that locks the article and its claims, so a reviewer's edit
made meanwhile is seen and kept. Re-extraction never deletes or overwrites a
claim a reviewer has touched: it adds new claims, refreshes untouched ones,
and marks untouched claims it no longer finds as vanished.
"""

import logging
import re

from django.db import transaction
from django.utils import timezone

from claims.models import Article, Claim, ClaimEvent, ClaimOrigin, ExtractionState
from claims.services.audit import claim_snapshot, record
from claims.services.speakers import speaker_resolve

log = logging.getLogger(__name__)
Action = ClaimEvent.Action
_WS = re.compile(r"\s+")

# Fields an extraction may (re)write on a claim nobody has touched.
_EXTRACTED_FIELDS = (
    "text", "start", "end", "kind", "is_headline", "speaker", "speaker_mention", "speaker_start",
    "speaker_end", "via", "cue", "hedged", "hedge", "quantities", "entities", "checkworthiness",
    "extractor_version",
)


def _norm(text: str) -> str:
    return _WS.sub(" ", text).strip().casefold()


def _claim_values(record_: dict, version: str) -> dict:
    span = record_["span"]
    speaker_span = record_.get("speaker_span") or [None, None]
    speaker = None
    if record_.get("speaker"):
        speaker = speaker_resolve(name=record_["speaker"], kind=record_.get("speaker_kind"))
    return {
        "text": record_["text"][:5000],
        "start": span[0],
        "end": span[1],
        "kind": record_["kind"],
        "is_headline": bool(record_.get("headline")),
        "speaker": speaker,
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
        article.save(update_fields=["extraction_state", "extraction_error", "updated_at"])
        body, body_hash = article.body, article.content_hash
    from claims import extraction  # spaCy is imported only where it is used

    try:
        records = [r.as_dict() for r in extraction.extract(body)]
        version = extraction.EXTRACTOR_VERSION
    except extraction.PipelineUnavailable as exc:
        return _fail(article_id, str(exc))
    except Exception as exc:  # an extractor bug must not leave the article "running"
        log.exception("Extraction failed for article %s", article_id)
        return _fail(article_id, f"The extractor failed: {exc.__class__.__name__}: {exc}")
    return extraction_apply(article_id=article_id, records=records, version=version,
                            body_hash=body_hash)


def _fail(article_id: int, message: str) -> Article | None:
    with transaction.atomic():
        article = Article.objects.select_for_update().filter(pk=article_id).first()
        if article is None:
            return None
        article.extraction_state = ExtractionState.FAILED
        article.extraction_error = message
        article.save(update_fields=["extraction_state", "extraction_error", "updated_at"])
    return article


@transaction.atomic
def extraction_apply(*, article_id: int, records: list[dict], version: str,
                     body_hash: str | None = None) -> Article | None:
    article = Article.objects.select_for_update().filter(pk=article_id).first()
    if article is None:
        return None
    if body_hash is not None and article.content_hash != body_hash:
        # The text was edited while we extracted; that edit queued a fresh run.
        return article
    body_len = len(article.body)
    existing = list(
        Claim.all_objects.select_for_update(of=("self",))
        .filter(article=article, origin=ClaimOrigin.EXTRACTED)
        .select_related("speaker")
    )
    by_text: dict[str, list[Claim]] = {}
    for claim in existing:
        by_text.setdefault(_norm(claim.text), []).append(claim)
    by_span = {(c.start, c.end): c for c in existing}
    matched: set[int] = set()
    created = 0

    for rec in records:
        start, end = rec["span"]
        if not (0 <= start < end <= body_len):
            log.warning("Dropping extracted claim outside article %s: %s", article_id, rec["span"])
            continue
        candidates = [c for c in by_text.get(_norm(rec["text"]), []) if c.pk not in matched]
        claim = min(candidates, key=lambda c: abs(c.start - start)) if candidates else None
        if claim is None:
            same_span = by_span.get((start, end))
            if same_span is not None and same_span.pk not in matched:
                claim = same_span
        values = _claim_values(rec, version)
        if claim is None:
            claim = Claim(article=article, origin=ClaimOrigin.EXTRACTED, **values)
            claim.search_text = claim.build_search_text()
            claim.save()
            record(action=Action.EXTRACTED, claim=claim, after=claim_snapshot(claim))
            created += 1
        elif claim.touched:
            # A reviewer's claim: keep everything they may have set; only note it is still there.
            if claim.vanished:
                claim.vanished = False
                claim.save(update_fields=["vanished", "updated_at"])
                record(action=Action.REAPPEARED, claim=claim)
        else:
            was_vanished = claim.vanished
            for field, value in values.items():
                setattr(claim, field, value)
            claim.vanished = False
            claim.search_text = claim.build_search_text()
            claim.save()
            if was_vanished:
                record(action=Action.REAPPEARED, claim=claim)
        matched.add(claim.pk)

    for claim in existing:
        if claim.pk in matched or claim.touched or claim.vanished or claim.deleted_at:
            continue
        claim.vanished = True
        claim.save(update_fields=["vanished", "updated_at"])
        record(action=Action.VANISHED, claim=claim, before=claim_snapshot(claim),
               note=f"Not found by extractor {version}")

    _renumber(article)
    article.extraction_state = ExtractionState.DONE
    article.extraction_error = ""
    article.extractor_version = version
    article.extracted_at = timezone.now()
    article.save(update_fields=["extraction_state", "extraction_error", "extractor_version",
                                "extracted_at", "updated_at"])
    log.info("Article %s: %d records, %d new claims", article_id, len(records), created)
    return article


def _renumber(article: Article) -> None:
    claims = list(Claim.all_objects.filter(article=article).order_by("start", "end", "id"))
    changed = []
    for position, claim in enumerate(claims):
        if claim.position != position:
            claim.position = position
            changed.append(claim)
    Claim.all_objects.bulk_update(changed, ["position"])


def relocate_claims(*, article: Article, new_body: str) -> None:
    """Before an article's text changes, move every claim's span to where its
    words are in the new text (nearest occurrence). Claims whose words are
    gone keep a clamped span and are marked vanished."""
    old_body = article.body
    claims = list(Claim.all_objects.select_for_update(of=("self",)).filter(article=article))
    new_len = len(new_body)
    for claim in claims:
        words = old_body[claim.start:claim.end]
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
                record(action=Action.VANISHED, claim=claim, note="Its words are no longer in the article")
        claim.speaker_start = claim.speaker_end = None
        claim.save(update_fields=["start", "end", "vanished", "speaker_start", "speaker_end"])
