"""Speakers: one party however it is named ("CENTCOM" / "U.S. Central Command",
"The Islamic Resistance in Iraq" / "The Islamic Resistance")."""

from django.db import IntegrityError, transaction

from claims.errors import InvalidInput
from claims.models import Claim, ClaimEvent, Source, Speaker, SpeakerAlias, SpeakerKind, speaker_key
from claims.services.audit import record

# Generic heads that must never be merged by prefix ("officials" is not one party).
_GENERIC = {
    "he", "she", "they", "it", "we", "officials", "official", "the group", "group", "spokesman",
    "spokeswoman", "spokesperson", "sources", "source", "reports", "report", "government",
    "police", "militants", "the militants", "residents", "witnesses",
}


def _by_prefix(key: str) -> Speaker | None:
    """An existing speaker whose name extends this one word-for-word, or that
    this one extends ("islamic resistance" ~ "islamic resistance in iraq")."""
    if key in _GENERIC or len(key.split()) < 2:
        return None
    for alias in SpeakerAlias.objects.filter(key__startswith=key + " ").select_related("speaker")[:5]:
        return alias.speaker
    words = key.split()
    for n in range(len(words) - 1, 1, -1):
        prefix = " ".join(words[:n])
        if prefix in _GENERIC:
            continue
        alias = SpeakerAlias.objects.filter(key=prefix).select_related("speaker").first()
        if alias:
            return alias.speaker
    return None


def speaker_resolve(*, name: str, kind: str | None = None, create: bool = True) -> Speaker | None:
    """The Speaker for a name as written, found by alias (exact, then a
    word-prefix match) or created with the name as its first alias."""
    name = " ".join((name or "").split())
    if not name:
        return None
    if len(name) > 200:
        raise InvalidInput("A speaker's name can be at most 200 characters.")
    key = speaker_key(name)
    if not key:
        raise InvalidInput(f"{name!r} is not a usable speaker name.")
    alias = SpeakerAlias.objects.filter(key=key).select_related("speaker").first()
    if alias:
        return alias.speaker
    speaker = _by_prefix(key)
    if speaker is None and not create:
        return None
    with transaction.atomic():
        if speaker is None:
            speaker = Speaker.objects.create(
                name=name, kind=kind if kind in SpeakerKind.values else SpeakerKind.ORGANISATION
            )
        try:
            with transaction.atomic():
                SpeakerAlias.objects.create(speaker=speaker, name=name)
        except IntegrityError:  # a concurrent writer added the same alias
            return SpeakerAlias.objects.get(key=key).speaker
    return speaker


@transaction.atomic
def speaker_add_alias(*, speaker: Speaker, name: str) -> SpeakerAlias:
    key = speaker_key(name)
    if not key:
        raise InvalidInput("An alias needs a name.")
    existing = SpeakerAlias.objects.filter(key=key).first()
    if existing:
        if existing.speaker_id != speaker.pk:
            raise InvalidInput(f"{name!r} is already an alias of {existing.speaker}.")
        return existing
    return SpeakerAlias.objects.create(speaker=speaker, name=name.strip())


@transaction.atomic
def speaker_merge(*, target: Speaker, others: list[Speaker], by) -> Speaker:
    """Fold `others` into `target`: their aliases, claims and sources move over."""
    others = [o for o in others if o.pk != target.pk]
    if not others:
        raise InvalidInput("Choose at least one other speaker to merge into this one.")
    ids = [o.pk for o in others]
    SpeakerAlias.objects.filter(speaker_id__in=ids).update(speaker=target)
    claims = list(Claim.all_objects.filter(speaker_id__in=ids).select_related("article"))
    for claim in claims:
        record(
            action=ClaimEvent.Action.SPEAKER_MERGED, actor=by, claim=claim,
            before={"speaker": claim.speaker.name if claim.speaker else None},
            after={"speaker": target.name},
        )
    Claim.all_objects.filter(speaker_id__in=ids).update(speaker=target)
    Source.objects.filter(speaker_id__in=ids).update(speaker=target)
    Speaker.objects.filter(pk__in=ids).delete()
    return target
