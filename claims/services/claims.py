"""Reviewer writes on claims: edit, status, assignment, manual claims, split,
merge, delete and undo. Each is atomic, checks the report lock and the
version the edit was made from, and records a ClaimEvent."""

from functools import partial

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from claims import status as statuses
from claims.errors import InvalidInput, StaleVersion
from claims.models import Article, Claim, ClaimEvent, ClaimKind, ClaimOrigin
from claims.services.audit import claim_snapshot, record
from claims.services.locks import article_lock_unpublished
from claims.services.speakers import speaker_resolve

Action = ClaimEvent.Action
MAX_CLAIM_TEXT = 5000
MAX_RATIONALE = 10_000


def _locked_claim(claim_id: int, expected_version: int | None, *, include_deleted=False) -> Claim:
    manager = Claim.all_objects if include_deleted else Claim.objects
    claim = (
        manager.select_for_update(of=("self",))
        .select_related("article", "speaker", "assignee")
        .get(pk=claim_id)
    )
    if expected_version is not None and claim.version != expected_version:
        raise StaleVersion(
            f"Someone else changed this claim while you were editing it (you started from "
            f"version {expected_version}; it is now version {claim.version}). Your change was "
            f"not saved: review the current values and try again.",
            current=claim,
        )
    return claim


def _save(claim: Claim, fields: list[str]) -> None:
    claim.version = F("version") + 1
    claim.touched = True
    claim.search_text = claim.build_search_text()
    claim.save(update_fields=[*fields, "version", "touched", "search_text", "updated_at"])
    if hasattr(claim.version, "resolve_expression"):
        # Django reads a field saved as an expression back with UPDATE ... RETURNING
        # where the database can (PostgreSQL, SQLite); elsewhere, ask again.
        claim.refresh_from_db(fields=["version"])
    if "text" in fields:
        queue_vectors(claim.article_id)


def queue_vectors(article_id: int) -> None:
    """After the commit, embed the article's claims whose text is new."""
    from django.conf import settings

    from claims.tasks import embed_claims

    if not settings.EMBED_AFTER_EXTRACTION:
        return

    transaction.on_commit(partial(embed_claims.enqueue, article_id))


def _validate_span(article: Article, start: int, end: int) -> None:
    if start is None or end is None or start < 0 or end <= start or end > len(article.body):
        raise InvalidInput(
            f"The span {start}–{end} is not inside the article text "
            f"(0–{len(article.body)}); select the words the claim comes from."
        )


def _validate_text(text: str) -> str:
    text = (text or "").strip()
    if not text:
        raise InvalidInput("A claim needs some text.")
    if len(text) > MAX_CLAIM_TEXT:
        raise InvalidInput(f"A claim's text can be at most {MAX_CLAIM_TEXT} characters.")
    return text


def _validate_kind(kind: str) -> str:
    if kind not in ClaimKind.values:
        raise InvalidInput(f"Unknown claim kind {kind!r}.")
    return kind


@transaction.atomic
def claim_update(
    *, claim: Claim, by, expected_version: int | None, text=None, kind=None, speaker_name=None
) -> Claim:
    """Edit a claim's text, kind or speaker (an empty speaker name = the article's voice)."""
    article_lock_unpublished(claim.article_id)
    claim = _locked_claim(claim.pk, expected_version)
    before = claim_snapshot(claim)
    fields = []
    if text is not None and text.strip() != claim.text:
        claim.text = _validate_text(text)
        fields.append("text")
    if kind is not None and kind != claim.kind:
        claim.kind = _validate_kind(kind)
        fields.append("kind")
    if speaker_name is not None:
        speaker = speaker_resolve(name=speaker_name) if speaker_name.strip() else None
        if (speaker.pk if speaker else None) != claim.speaker_id:
            claim.speaker = speaker
            claim.speaker_mention = speaker_name.strip()
            fields += ["speaker", "speaker_mention"]
    if not fields:
        return claim
    _save(claim, fields)
    record(action=Action.EDITED, actor=by, claim=claim, before=before, after=claim_snapshot(claim))
    return claim


@transaction.atomic
def claim_set_status(
    *, claim: Claim, status: str, by, rationale: str = "", expected_version: int | None = None
) -> Claim:
    if status not in statuses.BY_VALUE:
        raise InvalidInput(f"Unknown status {status!r}.")
    rationale = (rationale or "").strip()
    if len(rationale) > MAX_RATIONALE:
        raise InvalidInput(f"A rationale can be at most {MAX_RATIONALE:,} characters.")
    if status in statuses.RATIONALE_REQUIRED and not rationale:
        raise InvalidInput(
            f"Say why: a rationale is required to mark a claim "
            f"{statuses.get(status).label.lower()}.",
            field="rationale",
        )
    article_lock_unpublished(claim.article_id)
    claim = _locked_claim(claim.pk, expected_version)
    if claim.status == status and claim.rationale == rationale:
        return claim
    before = claim_snapshot(claim)
    claim.status = status
    claim.rationale = rationale
    _save(claim, ["status", "rationale"])
    record(action=Action.STATUS, actor=by, claim=claim, before=before, after=claim_snapshot(claim))
    return claim


@transaction.atomic
def claim_assign(*, claim: Claim, assignee, by, expected_version: int | None = None) -> Claim:
    article_lock_unpublished(claim.article_id)
    claim = _locked_claim(claim.pk, expected_version)
    if claim.assignee_id == (assignee.pk if assignee else None):
        return claim
    before = claim_snapshot(claim)
    claim.assignee = assignee
    _save(claim, ["assignee"])
    record(
        action=Action.ASSIGNED, actor=by, claim=claim, before=before, after=claim_snapshot(claim)
    )
    return claim


@transaction.atomic
def claim_create(
    *,
    article: Article,
    start: int,
    end: int,
    by,
    text: str = "",
    kind: str = ClaimKind.CLAIM,
    speaker_name: str = "",
) -> Claim:
    """A reviewer's own claim over a span of the article (text defaults to the span)."""
    article = article_lock_unpublished(article.pk)
    _validate_span(article, start, end)
    text = _validate_text(text or article.body[start:end])
    speaker = speaker_resolve(name=speaker_name) if speaker_name.strip() else None
    position = Claim.objects.filter(article=article, start__lte=start).count()
    Claim.all_objects.filter(article=article, position__gte=position).update(
        position=F("position") + 1
    )
    claim = Claim(
        article=article,
        text=text,
        start=start,
        end=end,
        position=position,
        kind=_validate_kind(kind),
        speaker=speaker,
        speaker_mention=speaker_name.strip(),
        origin=ClaimOrigin.MANUAL,
        touched=True,
        checkworthiness=0.5,
    )
    claim.search_text = claim.build_search_text()
    claim.save()
    record(action=Action.CREATED, actor=by, claim=claim, after=claim_snapshot(claim))
    queue_vectors(article.pk)
    return claim


@transaction.atomic
def claim_delete(*, claim: Claim, by, expected_version: int | None = None) -> Claim:
    """Soft delete, so `claim_restore` can undo it."""
    article_lock_unpublished(claim.article_id)
    claim = _locked_claim(claim.pk, expected_version)
    before = claim_snapshot(claim)
    claim.deleted_at = timezone.now()
    _save(claim, ["deleted_at"])
    record(action=Action.DELETED, actor=by, claim=claim, before=before)
    return claim


@transaction.atomic
def claim_restore(*, claim: Claim, by) -> Claim:
    article_lock_unpublished(claim.article_id)
    claim = _locked_claim(claim.pk, None, include_deleted=True)
    if claim.deleted_at is None:
        return claim
    claim.deleted_at = None
    _save(claim, ["deleted_at"])
    record(action=Action.RESTORED, actor=by, claim=claim, after=claim_snapshot(claim))
    return claim


@transaction.atomic
def claim_split(
    *, claim: Claim, at: int, by, expected_version: int | None = None
) -> tuple[Claim, Claim]:
    """Split a claim's span at article offset `at` into two claims; the first
    keeps the original's id, status and evidence, the second is new."""
    article = article_lock_unpublished(claim.article_id)
    claim = _locked_claim(claim.pk, expected_version)
    if not (claim.start < at < claim.end):
        raise InvalidInput("Split inside the claim's words, not at its edge.")
    left_text = article.body[claim.start : at].strip()
    right_text = article.body[at : claim.end].strip()
    if not left_text or not right_text:
        raise InvalidInput("Both parts of a split need some words.")
    before = claim_snapshot(claim)
    original_end = claim.end
    claim.end = at
    claim.text = left_text
    _save(claim, ["end", "text"])
    Claim.all_objects.filter(article=article, position__gt=claim.position).update(
        position=F("position") + 1
    )
    second = Claim(
        article=article,
        text=right_text,
        start=at,
        end=original_end,
        position=claim.position + 1,
        kind=claim.kind,
        speaker=claim.speaker,
        speaker_mention=claim.speaker_mention,
        via=claim.via,
        cue=claim.cue,
        hedged=claim.hedged,
        hedge=claim.hedge,
        checkworthiness=claim.checkworthiness,
        origin=ClaimOrigin.MANUAL,
        touched=True,
    )
    second.search_text = second.build_search_text()
    second.save()
    record(
        action=Action.SPLIT,
        actor=by,
        claim=claim,
        before=before,
        after={"first": claim_snapshot(claim), "second_id": second.pk},
    )
    record(
        action=Action.CREATED,
        actor=by,
        claim=second,
        after=claim_snapshot(second),
        note=f"Split from claim #{claim.pk}",
    )
    return claim, second


@transaction.atomic
def claim_merge(
    *, claims: list[Claim], by, expected_versions: dict[int, int] | None = None
) -> Claim:
    """Merge claims of one article into the first (in article order); the
    others' evidence and links move to it and they are soft-deleted.
    `expected_versions` ({claim id: version}) refuses the merge if any of
    them changed since (the web form merges what is ticked, as it is)."""
    from claims.models import ClaimLink, Evidence

    if len(claims) < 2:
        raise InvalidInput("Choose at least two claims to merge.")
    article_ids = {c.article_id for c in claims}
    if len(article_ids) != 1:
        raise InvalidInput("Only claims of the same article can be merged.")
    article_lock_unpublished(article_ids.pop())
    locked = sorted(
        # locked in id order, so two merges of the same claims cannot deadlock
        (
            _locked_claim(c.pk, (expected_versions or {}).get(c.pk))
            for c in sorted(claims, key=lambda c: c.pk)
        ),
        key=lambda c: (c.start, c.end, c.pk),
    )
    keep, others = locked[0], locked[1:]
    before = claim_snapshot(keep)
    keep.start = min(c.start for c in locked)
    keep.end = max(c.end for c in locked)
    keep.text = " ".join(c.text.strip() for c in locked)
    keep.text = _validate_text(keep.text)
    _save(keep, ["start", "end", "text"])
    now = timezone.now()
    for other in others:
        for ev in Evidence.objects.filter(claim=other):
            if not Evidence.objects.filter(claim=keep, source=ev.source_id).exists():
                ev.claim = keep
                ev.save(update_fields=["claim"])
        for link in ClaimLink.objects.filter(from_claim=other):
            if (
                link.to_claim_id != keep.pk
                and not ClaimLink.objects.filter(
                    from_claim=keep, to_claim=link.to_claim_id
                ).exists()
            ):
                link.from_claim = keep
                link.save(update_fields=["from_claim"])
        for link in ClaimLink.objects.filter(to_claim=other):
            if (
                link.from_claim_id != keep.pk
                and not ClaimLink.objects.filter(
                    from_claim=link.from_claim_id, to_claim=keep
                ).exists()
            ):
                link.to_claim = keep
                link.save(update_fields=["to_claim"])
        other_before = claim_snapshot(other)
        other.deleted_at = now
        _save(other, ["deleted_at"])
        record(
            action=Action.DELETED,
            actor=by,
            claim=other,
            before=other_before,
            note=f"Merged into claim #{keep.pk}",
        )
    record(
        action=Action.MERGED,
        actor=by,
        claim=keep,
        before=before,
        after={**claim_snapshot(keep), "merged_ids": [c.pk for c in others]},
    )
    return keep
