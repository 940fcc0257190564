"""Editors manage sources: correct their details, or delete unused ones."""

from django.core.exceptions import ValidationError
from django.db import transaction

from claims.errors import InvalidInput
from claims.models import ClaimEvent, Source, SourceKind
from claims.services.audit import record
from claims.services.evidence import LIMITS, source_snapshot
from claims.source_urls import normalise_url

EDITABLE_FIELDS = ("url", "title", "publisher", "published_at", "kind", "speaker", "notes")


@transaction.atomic
def source_update(*, source: Source, by, **changes) -> Source:
    source = Source.objects.select_for_update().get(pk=source.pk)
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise InvalidInput(f"Unknown source field(s): {', '.join(sorted(unknown))}.")
    if "url" in changes:
        try:
            changes["url"] = normalise_url(changes["url"])
        except ValidationError as exc:
            raise InvalidInput(exc.messages[0]) from None
        if Source.objects.filter(url=changes["url"]).exclude(pk=source.pk).exists():
            raise InvalidInput("Another source already has this URL.")
    if "kind" in changes and changes["kind"] not in SourceKind.values:
        raise InvalidInput(f"Unknown source kind {changes['kind']!r}.")
    for name in ("title", "publisher", "notes"):
        if len(changes.get(name) or "") > LIMITS[name]:
            raise InvalidInput(f"The {name} can be at most {LIMITS[name]:,} characters.")
    before = source_snapshot(source)
    for field, value in changes.items():
        setattr(source, field, value.strip() if isinstance(value, str) else value)
    source.save()
    after = source_snapshot(source)
    if after != before:
        record(
            action=ClaimEvent.Action.EDITED,
            actor=by,
            subject=source,
            before=before,
            after=after,
            note=f"Source #{source.pk} edited",
        )
    return source


@transaction.atomic
def source_delete(*, source: Source, by) -> None:
    source = Source.objects.select_for_update().get(pk=source.pk)
    if source.evidence.exists():
        raise InvalidInput(
            "This source is evidence for claims; remove it from those claims before deleting it."
        )
    record(
        action=ClaimEvent.Action.DELETED,
        actor=by,
        subject=source,
        before=source_snapshot(source),
        note=f"Source #{source.pk} deleted",
    )
    source.delete()
