"""Evidence (claim + source + stance) and claim-to-claim links."""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from claims.errors import InvalidInput
from claims.models import (
    Claim,
    ClaimEvent,
    ClaimLink,
    Evidence,
    LinkOrigin,
    Relation,
    Source,
    SourceKind,
    Stance,
    SuggestionDismissal,
)
from claims.services.audit import record
from claims.services.claims import _locked_claim, _save
from claims.services.locks import article_lock_unpublished
from claims.source_urls import normalise_url

Action = ClaimEvent.Action
LIMITS = {"title": 500, "publisher": 200, "excerpt": 10_000, "note": 5_000, "notes": 5_000}


def _check_lengths(**fields):
    for name, value in fields.items():
        if value and len(value) > LIMITS[name]:
            raise InvalidInput(f"The {name} can be at most {LIMITS[name]:,} characters.")


@transaction.atomic
def source_snapshot(source: Source) -> dict:
    """A source as the audit keeps it."""
    return {
        "source_id": source.pk,
        "url": source.url,
        "title": source.title,
        "publisher": source.publisher,
        "kind": source.kind,
        "published_at": source.published_at.isoformat() if source.published_at else None,
        "speaker": source.speaker.name if source.speaker_id else None,
        "notes": source.notes,
    }


def source_get_or_create(
    *,
    url: str,
    by=None,
    title="",
    publisher="",
    published_at=None,
    kind=SourceKind.OTHER,
    speaker=None,
) -> tuple[Source, bool]:
    """The Source for a URL (normalised), reusing an existing one; blank
    details of an existing source are filled in, never overwritten."""
    try:
        url = normalise_url(url)
    except ValidationError as exc:
        raise InvalidInput(f"{exc.messages[0]} ({url[:100]!r} is not usable.)") from None
    if len(url) > 2000:
        raise InvalidInput("A source URL can be at most 2,000 characters.")
    if kind not in SourceKind.values:
        raise InvalidInput(f"Unknown source kind {kind!r}.")
    _check_lengths(title=title, publisher=publisher)
    source = Source.objects.select_for_update().filter(url=url).first()
    if source:
        changed = []
        for field, value in (
            ("title", title),
            ("publisher", publisher),
            ("published_at", published_at),
            ("speaker", speaker),
        ):
            if value and not getattr(source, field):
                setattr(source, field, value)
                changed.append(field)
        if changed:
            source.save(update_fields=changed)
        return source, False
    try:
        with transaction.atomic():
            source = Source.objects.create(
                url=url,
                title=title.strip(),
                publisher=publisher.strip(),
                published_at=published_at,
                kind=kind,
                speaker=speaker,
                created_by=by if by is not None and by.is_authenticated else None,
            )
            record(
                action=Action.CREATED,
                actor=by,
                subject=source,
                after=source_snapshot(source),
                note=f"Source #{source.pk} added",
            )
    except IntegrityError:  # created concurrently
        return Source.objects.get(url=url), False
    return source, True


def _evidence_snapshot(ev: Evidence) -> dict:
    return {
        "evidence_id": ev.pk,
        "source_id": ev.source_id,
        "url": ev.source.url,
        "title": ev.source.title,
        "stance": ev.stance,
        "excerpt": ev.excerpt,
        "note": ev.note,
    }


@transaction.atomic
def evidence_add(
    *,
    claim: Claim,
    by,
    url: str,
    stance: str,
    title="",
    publisher="",
    published_at=None,
    kind=SourceKind.OTHER,
    excerpt="",
    note="",
    expected_version: int | None = None,
) -> Evidence:
    if stance not in Stance.values:
        raise InvalidInput(f"Choose a stance: {', '.join(Stance.values)}.")
    _check_lengths(excerpt=excerpt, note=note)
    article_lock_unpublished(claim.article_id)
    claim = _locked_claim(claim.pk, expected_version)
    source, _ = source_get_or_create(
        url=url, by=by, title=title, publisher=publisher, published_at=published_at, kind=kind
    )
    if Evidence.objects.filter(claim=claim, source=source).exists():
        raise InvalidInput(
            "This source is already evidence for the claim; remove it first to change its stance."
        )
    ev = Evidence.objects.create(
        claim=claim,
        source=source,
        stance=stance,
        excerpt=excerpt.strip(),
        note=note.strip(),
        created_by=by,
    )
    _save(claim, [])
    record(action=Action.EVIDENCE_ADDED, actor=by, claim=claim, after=_evidence_snapshot(ev))
    return ev


@transaction.atomic
def evidence_remove(*, evidence: Evidence, by) -> None:
    article_lock_unpublished(evidence.claim.article_id)
    claim = _locked_claim(evidence.claim_id, None)
    evidence = Evidence.objects.select_related("source").get(pk=evidence.pk)
    snapshot = _evidence_snapshot(evidence)
    evidence.delete()
    _save(claim, [])
    record(action=Action.EVIDENCE_REMOVED, actor=by, claim=claim, before=snapshot)


def _link_snapshot(link: ClaimLink) -> dict:
    return {
        "link_id": link.pk,
        "from_claim": link.from_claim_id,
        "to_claim": link.to_claim_id,
        "relation": link.relation,
        "origin": link.origin,
        "score": link.score,
    }


@transaction.atomic
def link_create(
    *,
    from_claim: Claim,
    to_claim: Claim,
    relation: str,
    by,
    origin: str = LinkOrigin.REVIEWER,
    score: float | None = None,
) -> ClaimLink:
    """`from_claim` confirms / contradicts / repeats `to_claim`. Both claims'
    articles must be unlocked; the link is audited on both claims."""
    if relation not in Relation.values:
        raise InvalidInput(f"Choose a relation: {', '.join(Relation.values)}.")
    if origin not in LinkOrigin.values:
        raise InvalidInput(f"Unknown link origin {origin!r}.")
    if from_claim.pk == to_claim.pk:
        raise InvalidInput("A claim cannot be linked to itself.")
    for article_id in sorted({from_claim.article_id, to_claim.article_id}):
        article_lock_unpublished(article_id)
    a = _locked_claim(from_claim.pk, None)
    b = _locked_claim(to_claim.pk, None)
    if ClaimLink.objects.filter(from_claim__in=[a, b], to_claim__in=[a, b]).exists():
        raise InvalidInput("These two claims are already linked.")
    now = timezone.now()
    link = ClaimLink.objects.create(
        from_claim=a,
        to_claim=b,
        relation=relation,
        origin=origin,
        score=score,
        created_by=by,
        confirmed_by=by,
        confirmed_at=now,
    )
    for claim in (a, b):
        _save(claim, [])
        record(action=Action.LINK_ADDED, actor=by, claim=claim, after=_link_snapshot(link))
    return link


@transaction.atomic
def link_remove(*, link: ClaimLink, by) -> None:
    link = ClaimLink.objects.select_related("from_claim", "to_claim").get(pk=link.pk)
    for article_id in sorted({link.from_claim.article_id, link.to_claim.article_id}):
        article_lock_unpublished(article_id)
    snapshot = _link_snapshot(link)
    claims = [_locked_claim(link.from_claim_id, None), _locked_claim(link.to_claim_id, None)]
    link.delete()
    for claim in claims:
        _save(claim, [])
        record(action=Action.LINK_REMOVED, actor=by, claim=claim, before=snapshot)


@transaction.atomic
def suggestion_dismiss(*, claim: Claim, other: Claim, by) -> SuggestionDismissal:
    """Never suggest `other` for `claim` (nor the reverse) again."""
    if claim.pk == other.pk:
        raise InvalidInput("A claim cannot be suggested for itself.")
    article_lock_unpublished(claim.article_id)
    dismissal, created = SuggestionDismissal.objects.get_or_create(
        claim=claim, other=other, defaults={"dismissed_by": by}
    )
    if created:
        record(
            action=Action.SUGGESTION_DISMISSED,
            actor=by,
            claim=claim,
            after={"other_claim": other.pk, "other_text": other.text[:200]},
        )
    return dismissal
