"""Speakers: one party however it is named ("CENTCOM" / "U.S. Central Command",
"The Islamic Resistance in Iraq" / "The Islamic Resistance")."""

from collections.abc import Iterable

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
    longer = {a.speaker_id: a.speaker for a in
              SpeakerAlias.objects.filter(key__startswith=key + " ").select_related("speaker")[:5]}
    if len(longer) == 1:
        return next(iter(longer.values()))
    if longer:  # the start of several parties' names: not for a silent merge
        return None
    words = key.split()
    prefixes = [p for p in (" ".join(words[:n]) for n in range(len(words) - 1, 1, -1))
                if p not in _GENERIC]
    if not prefixes:
        return None
    # One query for every shorter prefix; the longest one found wins.
    found = {a.key: a.speaker
             for a in SpeakerAlias.objects.filter(key__in=prefixes).select_related("speaker")}
    return next((found[p] for p in prefixes if p in found), None)


def _clean(name: str) -> tuple[str, str] | None:
    """(name with white space folded, alias key), None for an empty name;
    InvalidInput for a name that is too long or has no usable words."""
    name = " ".join((name or "").split())
    if not name:
        return None
    if len(name) > 200:
        raise InvalidInput("A speaker's name can be at most 200 characters.")
    key = speaker_key(name)
    if not key:
        raise InvalidInput(f"{name!r} is not a usable speaker name.")
    return name, key


def _create(*, name: str, key: str, kind: str | None, speaker: Speaker | None) -> Speaker:
    """Add `name` as an alias of `speaker` (a new Speaker when None). Safe
    against a concurrent writer adding the same alias: the unique key decides,
    and the loser uses the winner's speaker (its own new Speaker is rolled back)."""
    try:
        with transaction.atomic():
            if speaker is None:
                speaker = Speaker.objects.create(
                    name=name, kind=kind if kind in SpeakerKind.values else SpeakerKind.ORGANISATION
                )
            SpeakerAlias.objects.create(speaker=speaker, name=name)
    except IntegrityError:  # a concurrent writer added the same alias
        return SpeakerAlias.objects.select_related("speaker").get(key=key).speaker
    return speaker


def speaker_resolve(*, name: str, kind: str | None = None, create: bool = True) -> Speaker | None:
    """The Speaker for a name as written, found by alias (exact, then a
    word-prefix match) or created with the name as its first alias."""
    cleaned = _clean(name)
    if cleaned is None:
        return None
    name, key = cleaned
    alias = SpeakerAlias.objects.filter(key=key).select_related("speaker").first()
    if alias:
        return alias.speaker
    speaker = _by_prefix(key)
    if speaker is None and not create:
        return None
    return _create(name=name, key=key, kind=kind, speaker=speaker)


def speakers_resolve(*, names: Iterable[tuple[str, str | None]],
                     strict: bool = True) -> dict[str, Speaker | None]:
    """speaker_resolve for many (name, kind) pairs at once, as if resolved one
    after another in the given order: {name as given: Speaker or None}.

    Every name is looked up by its alias key in one query; only names with no
    alias yet fall back to the word-prefix match and are created, in order (so
    "The Islamic Resistance" finds the "Islamic Resistance in Iraq" created
    just before it). Each distinct key is resolved once. With strict=False
    (names from the extractor, not a person's input) an unusable name maps to
    None instead of refusing the whole batch."""
    key_of: dict[str, str | None] = {}
    first: dict[str, tuple[str, str | None]] = {}  # key -> (clean name, kind) of its first use
    for raw, kind in names:
        if raw in key_of:
            continue
        try:
            cleaned = _clean(raw)
        except InvalidInput:
            if strict:
                raise
            cleaned = None
        key_of[raw] = cleaned[1] if cleaned else None
        if cleaned:
            first.setdefault(cleaned[1], (cleaned[0], kind))
    by_key: dict[str, Speaker] = {}
    if first:
        by_key = {a.key: a.speaker for a in
                  SpeakerAlias.objects.filter(key__in=list(first)).select_related("speaker")}
    for key, (name, kind) in first.items():
        if key not in by_key:
            by_key[key] = _create(name=name, key=key, kind=kind, speaker=_by_prefix(key))
    return {raw: by_key[key] if key else None for raw, key in key_of.items()}


@transaction.atomic
def speaker_add_alias(*, speaker: Speaker, name: str, by=None) -> SpeakerAlias:
    key = speaker_key(name)
    if not key:
        raise InvalidInput("An alias needs a name.")
    existing = SpeakerAlias.objects.filter(key=key).first()
    if existing:
        if existing.speaker_id != speaker.pk:
            raise InvalidInput(f"{name!r} is already an alias of {existing.speaker}.")
        return existing
    alias = SpeakerAlias.objects.create(speaker=speaker, name=name.strip())
    record(action=ClaimEvent.Action.ALIAS_ADDED, actor=by, subject=speaker,
           after={"alias": alias.name}, note=f"“{alias.name}” added as an alias of {speaker.name}")
    return alias


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
    record(action=ClaimEvent.Action.SPEAKER_MERGED, actor=by, subject=target,
           before={"speakers": [{"id": o.pk, "name": o.name} for o in others]},
           after={"speaker": target.name, "claims": len(claims)},
           note=f"Merged {', '.join(o.name for o in others)} into {target.name}")
    Claim.all_objects.filter(speaker_id__in=ids).update(speaker=target)
    Source.objects.filter(speaker_id__in=ids).update(speaker=target)
    Speaker.objects.filter(pk__in=ids).delete()
    return target


def _speaker_snapshot(speaker: Speaker) -> dict:
    return {"name": speaker.name, "kind": speaker.kind, "description": speaker.description}


@transaction.atomic
def speaker_update(*, speaker: Speaker, by, name: str | None = None, kind: str | None = None,
                   description: str | None = None) -> Speaker:
    """Correct a speaker's canonical name, kind or description."""
    speaker = Speaker.objects.select_for_update().get(pk=speaker.pk)
    before = _speaker_snapshot(speaker)
    if name is not None:
        cleaned = _clean(name)
        if cleaned is None:
            raise InvalidInput("A speaker needs a name.")
        speaker.name = cleaned[0]
    if kind is not None:
        if kind not in SpeakerKind.values:
            raise InvalidInput(f"Unknown speaker kind {kind!r}.")
        speaker.kind = kind
    if description is not None:
        speaker.description = description.strip()
    after = _speaker_snapshot(speaker)
    if after != before:
        speaker.save(update_fields=["name", "kind", "description"])
        record(action=ClaimEvent.Action.EDITED, actor=by, subject=speaker, before=before,
               after=after, note=f"Speaker #{speaker.pk} edited")
    return speaker


@transaction.atomic
def speaker_create(*, name: str, by, kind: str = SpeakerKind.ORGANISATION,
                   description: str = "") -> Speaker:
    """A new speaker with its name as first alias (refused if the name is taken)."""
    cleaned = _clean(name)
    if cleaned is None:
        raise InvalidInput("A speaker needs a name.")
    name, key = cleaned
    existing = SpeakerAlias.objects.filter(key=key).select_related("speaker").first()
    if existing:
        raise InvalidInput(f"{name!r} is already a name of {existing.speaker}.")
    if kind not in SpeakerKind.values:
        raise InvalidInput(f"Unknown speaker kind {kind!r}.")
    speaker = Speaker.objects.create(name=name, kind=kind, description=description.strip())
    SpeakerAlias.objects.create(speaker=speaker, name=name)
    record(action=ClaimEvent.Action.CREATED, actor=by, subject=speaker,
           after=_speaker_snapshot(speaker), note=f"Speaker #{speaker.pk} added")
    return speaker


@transaction.atomic
def speaker_delete(*, speaker: Speaker, by) -> None:
    """Delete a speaker no claim or source names (merge it into another otherwise)."""
    speaker = Speaker.objects.select_for_update().get(pk=speaker.pk)
    if Claim.all_objects.filter(speaker=speaker).exists() or speaker.sources.exists():
        raise InvalidInput(f"{speaker.name} is the speaker of claims or sources: merge it into "
                           f"another speaker instead of deleting it.")
    record(action=ClaimEvent.Action.DELETED, actor=by, subject=speaker,
           before={**_speaker_snapshot(speaker),
                   "aliases": sorted(speaker.aliases.values_list("name", flat=True))},
           note=f"Speaker #{speaker.pk} deleted")
    speaker.delete()
