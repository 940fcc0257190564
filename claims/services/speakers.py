"""Speakers: one party however it is named ("CENTCOM" / "U.S. Central Command",
"The Islamic Resistance in Iraq" / "The Islamic Resistance")."""

from collections.abc import Iterable

from django.db import IntegrityError, transaction
from django.utils import timezone

from claims.errors import InvalidInput
from claims.extraction.speakers import alias_key
from claims.models import (
    Claim,
    ClaimEvent,
    MergeDecision,
    Source,
    Speaker,
    SpeakerAlias,
    SpeakerKind,
    SpeakerMatch,
    SpeakerMerge,
)
from claims.names import MERGE_AT, SUGGEST_AT, name_score
from claims.services.audit import record

# Generic heads that must never be merged by prefix ("officials" is not one party).
_GENERIC = {
    "he",
    "she",
    "they",
    "it",
    "we",
    "officials",
    "official",
    "the group",
    "group",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "sources",
    "source",
    "reports",
    "report",
    "government",
    "police",
    "militants",
    "the militants",
    "residents",
    "witnesses",
}


def _by_prefix(key: str) -> Speaker | None:
    """An existing speaker whose name extends this one word-for-word, or that
    this one extends ("islamic resistance" ~ "islamic resistance in iraq")."""
    if key in _GENERIC or len(key.split()) < 2:
        return None
    longer = {
        a.speaker_id: a.speaker
        for a in SpeakerAlias.objects.filter(key__startswith=key + " ").select_related("speaker")[
            :5
        ]
    }
    if len(longer) == 1:
        return next(iter(longer.values()))
    if longer:  # the start of several parties' names: not for a silent merge
        return None
    words = key.split()
    prefixes = [
        p for p in (" ".join(words[:n]) for n in range(len(words) - 1, 1, -1)) if p not in _GENERIC
    ]
    if not prefixes:
        return None
    # One query for every shorter prefix; the longest one found wins.
    found = {
        a.key: a.speaker
        for a in SpeakerAlias.objects.filter(key__in=prefixes).select_related("speaker")
    }
    return next((found[p] for p in prefixes if p in found), None)


def _clean(name: str) -> tuple[str, str] | None:
    """(name with white space folded, alias key), None for an empty name;
    InvalidInput for a name that is too long or has no usable words."""
    name = " ".join((name or "").split())
    if not name:
        return None
    if len(name) > 200:
        raise InvalidInput("A speaker's name can be at most 200 characters.")
    key = alias_key(name)
    if not key:
        raise InvalidInput(f"{name!r} is not a usable speaker name.")
    return name, key


class _Spellings:
    """The last resolution step: a name written like exactly one known speaker's
    (claims.names.name_score >= MERGE_AT: "Islamic Revolutionary Guards Corps"
    for the Guard Corps) is that speaker. Below MERGE_AT, speaker_matches_suggest makes it
    a suggestion for an editor instead. The alias keys are read once, on first use."""

    def __init__(self):
        self.rows: list[tuple[str, int]] | None = None
        self.keys: list[str] = []

    def speaker_for(self, key: str) -> tuple[Speaker, str, float] | None:
        if len(key) < 4 or key in _GENERIC:
            return None
        if self.rows is None:
            self.rows = list(
                SpeakerAlias.objects.filter(speaker__merged_into__isnull=True).values_list(
                    "key", "speaker_id"
                )
            )
            self.keys = [k for k, _ in self.rows]
        found = _close_names(key, self.keys, MERGE_AT)
        if len({self.rows[i][1] for _, _, i in found}) != 1:
            return None  # none, or several parties: not for a silent merge
        match, score, i = found[0]
        speaker = Speaker.objects.filter(pk=self.rows[i][1]).first()
        return (speaker, match, score) if speaker else None

    def added(self, key: str, speaker: Speaker) -> None:
        if self.rows is not None:
            self.rows.append((key, speaker.pk))
            self.keys.append(key)


def _new_or_spelled(*, name: str, key: str, kind: str | None, spellings: _Spellings) -> Speaker:
    """A speaker for a name no alias and no prefix found: the speaker it is a
    spelling of (its alias from now on, audited), else a new one."""
    hit = spellings.speaker_for(key)
    if hit is None:
        speaker = _create(name=name, key=key, kind=kind, speaker=None)
    else:
        target, match, score = hit
        speaker = _create(name=name, key=key, kind=None, speaker=target)
        if speaker.pk == target.pk:
            record(
                action=ClaimEvent.Action.ALIAS_ADDED,
                subject=speaker,
                after={"alias": name, "written_like": match, "score": score},
                note=f"“{name}” resolved to {speaker.name} as a spelling of “{match}” "
                f"({score:.0f}/100)",
            )
    spellings.added(key, speaker)
    return speaker


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
    word-prefix match) or created with the name as its first alias. A name a
    person typed is taken as written: no fuzzy step (extraction's
    speakers_resolve and parties_resolve have one), only merge suggestions."""
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


def speakers_resolve(
    *, names: Iterable[tuple[str, str | None]], strict: bool = True
) -> dict[str, Speaker | None]:
    """speaker_resolve for many (name, kind) pairs at once, as if resolved one
    after another in the given order: {name as given: Speaker or None}.

    Every name is looked up by its alias key in one query; only names with no
    alias yet fall back to the word-prefix match, then to a near-certain
    spelling of a known name (_Spellings), and are created, in order (so
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
        by_key = {
            a.key: a.speaker
            for a in SpeakerAlias.objects.filter(key__in=list(first)).select_related("speaker")
        }
    spellings = _Spellings()
    for key, (name, kind) in first.items():
        if key not in by_key:
            speaker = _by_prefix(key)
            by_key[key] = (
                _create(name=name, key=key, kind=kind, speaker=speaker)
                if speaker is not None
                else _new_or_spelled(name=name, key=key, kind=kind, spellings=spellings)
            )
    return {raw: by_key[key] if key else None for raw, key in key_of.items()}


def parties_resolve(*, parties: list[dict]) -> dict[str, Speaker]:
    """Speakers for the parties one extraction found in an article
    ({"id", "name", "kind", "aliases", "role", "title", "parent"}): {party id: Speaker}.

    A party is the speaker that already owns any of its names (the gazetteer's
    "U.S. Central Command" for a party written "CENTCOM"), else the one whose
    name its name starts or extends when that is one speaker only, else a new
    speaker with its names as aliases. Every speaker an editor has not curated
    takes the party's role, title, kind and parent (the speaker of its parent
    party: "Pentagon" -> U.S. Department of Defense) where it has none yet,
    so a speaker first met as a bare name learns them later (_learn).
    Names another speaker already owns stay with that speaker."""
    started = timezone.now()
    forms: dict[str, list[tuple[str, str]]] = {}
    for party in parties:
        pairs = []
        for raw in [party.get("name"), *(party.get("aliases") or [])]:
            try:
                cleaned = _clean(raw)
            except InvalidInput:
                cleaned = None
            if cleaned and cleaned[1] not in {k for _, k in pairs}:
                pairs.append(cleaned)
        if pairs:
            forms[party["id"]] = pairs
    keys = {k for pairs in forms.values() for _, k in pairs}
    owner = {
        a.key: a.speaker
        for a in SpeakerAlias.objects.filter(key__in=keys).select_related("speaker")
    }
    out: dict[str, Speaker] = {}
    fresh: set[int] = set()
    spellings = _Spellings()
    for party in parties:
        pairs = forms.get(party["id"])
        if not pairs:
            continue
        speaker = next((owner[k] for _, k in pairs if k in owner), None)
        if speaker is None:
            speaker = _by_prefix(pairs[0][1])
        if speaker is None:
            name, key = pairs[0]
            speaker = _new_or_spelled(
                name=name, key=key, kind=party.get("kind"), spellings=spellings
            )
            if speaker.name == name and speaker.created_at >= started:
                fresh.add(speaker.pk)
        for name, key in pairs:
            if key not in owner:
                owner[key] = _create(name=name, key=key, kind=None, speaker=speaker)
        out[party["id"]] = speaker
    for party in parties:  # what the extraction knows, once every party has its speaker
        speaker = out.get(party["id"])
        if speaker is not None:
            _learn(speaker, party, out.get(party.get("parent")), audit=speaker.pk not in fresh)
    return out


def _learn(speaker: Speaker, party: dict, parent: Speaker | None, *, audit: bool) -> None:
    """Give a speaker the role, title, kind and parent an extraction found
    when it has none yet (a speaker first met as a bare name learns "Pentagon
    spokesman" and its parent later). An editor's curated speaker is never
    changed, nor a value it already has; a parent that would make it its own
    ancestor is left out. Audited as the system's edit (`audit`), unless the
    speaker was created by this extraction, with these values."""
    if speaker.curated:
        return
    role, title = (party.get("role") or "")[:200], (party.get("title") or "")[:100]
    kind = party.get("kind")
    learnt = {}
    if role and not speaker.role:
        learnt["role"] = role
    if title and not speaker.title:
        learnt["title"] = title
    if kind in SpeakerKind.values and kind != speaker.kind == SpeakerKind.ORGANISATION:
        learnt["kind"] = kind  # organisation is what a speaker gets when nothing said otherwise
    if (
        parent is not None
        and speaker.parent_id is None
        and speaker.pk not in {s.pk for s in parent.affiliation_chain()}
    ):
        learnt["parent"] = parent
    if not learnt:
        return
    before = _speaker_snapshot(speaker) if audit else None
    fields = list(learnt)
    for field, value in learnt.items():
        setattr(speaker, field, value)
    speaker.save(update_fields=fields)
    if not audit:
        return
    record(
        action=ClaimEvent.Action.SPEAKER_EDITED,
        subject=speaker,
        before=before,
        after=_speaker_snapshot(speaker),
        note=f"{speaker.name}: {', '.join(fields)} from an extraction",
    )


@transaction.atomic
def speaker_add_alias(*, speaker: Speaker, name: str, by=None) -> SpeakerAlias:
    cleaned = _clean(name)
    if cleaned is None:
        raise InvalidInput("An alias needs a name.")
    name, key = cleaned
    existing = SpeakerAlias.objects.filter(key=key).select_related("speaker").first()
    if existing:
        if existing.speaker_id != speaker.pk:
            raise InvalidInput(f"{name!r} is already an alias of {existing.speaker}.")
        return existing
    alias = SpeakerAlias.objects.create(speaker=speaker, name=name.strip())
    record(
        action=ClaimEvent.Action.ALIAS_ADDED,
        actor=by,
        subject=speaker,
        after={"alias": alias.name},
        note=f"“{alias.name}” added as an alias of {speaker.name}",
    )
    return alias


@transaction.atomic
def speaker_merge(*, target: Speaker, others: list[Speaker], by) -> Speaker:
    """Fold `others` into `target`: their aliases, claims, sources and member
    speakers move over. Each merged speaker is kept (merged_into = target) with
    a SpeakerMerge listing what moved, so `speaker_unmerge` can undo it."""
    others = [o for o in others if o.pk != target.pk]
    if not others:
        raise InvalidInput("Choose at least one other speaker to merge into this one.")
    if target.merged_into_id is not None:
        raise InvalidInput(f"{target} was merged into another speaker; merge into that one.")
    for other in others:
        moved = {
            "aliases": list(
                SpeakerAlias.objects.filter(speaker=other).values_list("pk", flat=True)
            ),
            "claims": list(Claim.all_objects.filter(speaker=other).values_list("pk", flat=True)),
            "sources": list(Source.objects.filter(speaker=other).values_list("pk", flat=True)),
            "members": list(
                Speaker.all_objects.filter(parent=other)
                .exclude(pk=target.pk)
                .values_list("pk", flat=True)
            ),
            "target_parent": target.parent_id,
        }
        claims = list(Claim.all_objects.filter(pk__in=moved["claims"]).select_related("article"))
        for claim in claims:
            record(
                action=ClaimEvent.Action.SPEAKER_MERGED,
                actor=by,
                claim=claim,
                before={"speaker": other.name, "speaker_id": other.pk},
                after={"speaker": target.name, "speaker_id": target.pk},
            )
        SpeakerAlias.objects.filter(pk__in=moved["aliases"]).update(speaker=target)
        Claim.all_objects.filter(pk__in=moved["claims"]).update(speaker=target)
        Source.objects.filter(pk__in=moved["sources"]).update(speaker=target)
        Speaker.all_objects.filter(pk__in=moved["members"]).update(parent=target)
        if target.parent_id is None and other.parent_id not in (None, target.pk):
            target.parent_id = other.parent_id
            target.save(update_fields=["parent"])
        target.adversaries.add(*other.adversaries.all())
        Speaker.all_objects.filter(pk=other.pk).update(merged_into=target)
        merge = SpeakerMerge.objects.create(
            target=target,
            merged=other,
            moved=moved,
            by=by if getattr(by, "is_authenticated", False) else None,
        )
        record(
            action=ClaimEvent.Action.SPEAKER_MERGED,
            actor=by,
            subject=target,
            before={"speaker": other.name, "speaker_id": other.pk},
            after={"speaker": target.name, "speaker_id": target.pk, "merge": merge.pk},
            note=f"{other.name} merged into {target.name}",
        )
        _decide_pair(target, other, MergeDecision.MERGED, by)
    return target


@transaction.atomic
def speaker_unmerge(*, merge: SpeakerMerge, by) -> Speaker:
    """Undo a merge: what moved goes back to the merged speaker (claims a
    reviewer has since given another speaker stay where they are)."""
    merge = SpeakerMerge.objects.select_for_update().get(pk=merge.pk)
    if merge.undone_at is not None:
        raise InvalidInput("This merge was already undone.")
    target, other = merge.target, Speaker.all_objects.get(pk=merge.merged_id)
    moved = merge.moved
    Speaker.all_objects.filter(pk=other.pk).update(merged_into=None)
    SpeakerAlias.objects.filter(pk__in=moved.get("aliases", []), speaker=target).update(
        speaker=other
    )
    back = list(
        Claim.all_objects.filter(pk__in=moved.get("claims", []), speaker=target).select_related(
            "article"
        )
    )
    for claim in back:
        record(
            action=ClaimEvent.Action.SPEAKER_UNMERGED,
            actor=by,
            claim=claim,
            before={"speaker": target.name, "speaker_id": target.pk},
            after={"speaker": other.name, "speaker_id": other.pk},
        )
    Claim.all_objects.filter(pk__in=[c.pk for c in back]).update(speaker=other)
    Source.objects.filter(pk__in=moved.get("sources", []), speaker=target).update(speaker=other)
    Speaker.all_objects.filter(pk__in=moved.get("members", []), parent=target).update(parent=other)
    if target.parent_id != moved.get("target_parent"):
        target.parent_id = moved.get("target_parent")
        target.save(update_fields=["parent"])
    merge.undone_at, merge.undone_by = timezone.now(), by if by.is_authenticated else None
    merge.save(update_fields=["undone_at", "undone_by"])
    record(
        action=ClaimEvent.Action.SPEAKER_UNMERGED,
        actor=by,
        subject=other,
        before={"speaker": target.name, "speaker_id": target.pk},
        after={"speaker": other.name, "speaker_id": other.pk, "merge": merge.pk},
        note=f"{other.name} split from {target.name} again",
    )
    _decide_pair(target, other, MergeDecision.DISTINCT, by)
    return other


# --- uncertain matches become suggestions for an editor ---------------------------

PREFILTER_AT = 60  # token_set_ratio: the few names worth a name_score (subsets score 100)
PREFILTER_LIMIT = 50
_ACRONYM_STOP = frozenset({"of", "the", "for", "and", "in", "on", "to", "de", "du", "la", "al"})


def _acronym(key: str) -> str:
    return "".join(w[0] for w in key.split() if w not in _ACRONYM_STOP)


def _close_names(key: str, keys: list[str], at: float) -> list[tuple[str, float, int]]:
    """(name, name_score, index) of the keys scoring at least `at` against
    `key`, best first: rapidfuzz picks the few plausible ones (shared words,
    in C), name_score judges those."""
    from rapidfuzz import fuzz, process

    out = []
    for match, _, i in process.extract(
        key, keys, scorer=fuzz.token_set_ratio, score_cutoff=PREFILTER_AT, limit=PREFILTER_LIMIT
    ):
        score = name_score(key, match)
        if score >= at:
            out.append((match, round(score, 1), i))
    out.sort(key=lambda m: -m[1])
    return out


def _pair(a: Speaker, b: Speaker) -> tuple[Speaker, Speaker]:
    return (a, b) if a.pk < b.pk else (b, a)


def _decide_pair(a: Speaker, b: Speaker, decision: str, by) -> None:
    lo, hi = _pair(a, b)
    SpeakerMatch.objects.update_or_create(
        speaker=lo,
        other=hi,
        defaults={
            "decision": decision,
            "decided_at": timezone.now(),
            "decided_by": by if getattr(by, "is_authenticated", False) else None,
        },
        create_defaults={
            "score": 100.0,
            "reason": "decided by an editor",
            "decision": decision,
            "decided_at": timezone.now(),
            "decided_by": by if getattr(by, "is_authenticated", False) else None,
        },
    )


def speaker_matches_suggest(*, speakers: Iterable[Speaker]) -> list[SpeakerMatch]:
    """Merge suggestions for new speakers: names that are the acronym of
    another's ("CHRN" / "Crimson Hand Resistance in Northland") or close to it
    (claims.names.name_score from SUGGEST_AT). A pair already suggested or
    decided is left as it is: a decision is taken once."""
    new = {s.pk: s for s in speakers if s is not None}
    if not new:
        return []
    rows = list(
        SpeakerAlias.objects.filter(speaker__merged_into__isnull=True).values_list(
            "key", "speaker_id", "name"
        )
    )
    keys = [k for k, _, _ in rows]
    acronyms: dict[str, set[tuple[int, str]]] = {}
    for key, sid, name in rows:
        if len(key.split()) >= 2:
            acronyms.setdefault(_acronym(key), set()).add((sid, name))
    found: dict[tuple[int, int], tuple[float, str]] = {}
    for key, sid, name in rows:
        if sid not in new:
            continue
        for other, expansion in sorted(acronyms.get(key, set())) if " " not in key else ():
            if other != sid:
                found.setdefault(
                    tuple(sorted((sid, other))), (95.0, f"“{name}” is the acronym of “{expansion}”")
                )
        if len(key) < 4:
            continue
        for match, score, i in _close_names(key, keys, SUGGEST_AT):
            other = rows[i][1]
            if other != sid and match != key:
                pair = tuple(sorted((sid, other)))
                if score > found.get(pair, (0, ""))[0]:
                    found[pair] = (score, f"“{name}” is written like “{rows[i][2]}”")
    made = []
    for (lo, hi), (score, reason) in found.items():
        match, created = SpeakerMatch.objects.get_or_create(
            speaker_id=lo, other_id=hi, defaults={"score": score, "reason": reason[:200]}
        )
        if created:
            made.append(match)
    return made


@transaction.atomic
def speaker_match_decide(*, match: SpeakerMatch, decision: str, by) -> SpeakerMatch:
    """An editor's answer to a merge suggestion: merge (into the speaker with
    more claims, the gazetteer's one first) or "not the same" (never asked again)."""
    match = SpeakerMatch.objects.select_for_update().get(pk=match.pk)
    if match.decision != MergeDecision.PENDING:
        raise InvalidInput("This suggestion was already decided.")
    if decision not in (MergeDecision.MERGED, MergeDecision.DISTINCT):
        raise InvalidInput("Choose merge or not the same.")
    a = Speaker.all_objects.get(pk=match.speaker_id)
    b = Speaker.all_objects.get(pk=match.other_id)
    if decision == MergeDecision.MERGED:
        if a.merged_into_id or b.merged_into_id:
            raise InvalidInput("One of these speakers was merged meanwhile.")
        counts = {s.pk: (s.curated, s.claims.count()) for s in (a, b)}
        target, other = (a, b) if counts[a.pk] >= counts[b.pk] else (b, a)
        speaker_merge(target=target, others=[other], by=by)
    else:
        _decide_pair(a, b, MergeDecision.DISTINCT, by)
        record(
            action=ClaimEvent.Action.SPEAKER_EDITED,
            actor=by,
            subject=a,
            before={"speakers": [a.pk, b.pk]},
            after={"decision": "distinct"},
            note=f"{a.name} and {b.name} are not the same",
        )
    match.refresh_from_db()
    return match


def _speaker_snapshot(speaker: Speaker) -> dict:
    return {
        "name": speaker.name,
        "kind": speaker.kind,
        "description": speaker.description,
        "role": speaker.role,
        "title": speaker.title,
        "parent": speaker.parent.name if speaker.parent_id else None,
        "curated": speaker.curated,
    }


_UNSET = object()


@transaction.atomic
def speaker_update(
    *,
    speaker: Speaker,
    by,
    name: str | None = None,
    kind: str | None = None,
    description: str | None = None,
    role: str | None = None,
    title: str | None = None,
    parent_name: str | None = None,
    parent=_UNSET,
    curated: bool | None = None,
) -> Speaker:
    """Correct a speaker's canonical name, kind, description, role or title,
    where it belongs (`parent_name`: an existing speaker's name, "" for none;
    or `parent`: a Speaker or None), or whether it is in the curated gazetteer.
    An editor's change puts the party in the gazetteer unless `curated` says
    otherwise. A parent that would make the party its own ancestor is refused."""
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
    if role is not None:
        speaker.role = " ".join(role.split())[:200]
    if title is not None:
        speaker.title = " ".join(title.split())[:100]
    if parent_name is not None:
        parent_name = " ".join(parent_name.split())
        parent = speaker_resolve(name=parent_name, create=False) if parent_name else None
        if parent_name and parent is None:
            raise InvalidInput(f"No speaker is called {parent_name!r}: add it first.")
    if parent is not _UNSET:
        if parent is not None and parent.merged_into_id is not None:
            raise InvalidInput(f"{parent.name} was merged into another speaker; choose that one.")
        refusal = speaker.parent_refusal(parent)
        if refusal:
            raise InvalidInput(refusal)
        speaker.parent = parent
    after = _speaker_snapshot(speaker)
    changed = after != before
    if changed or (curated is not None and curated != speaker.curated):
        speaker.curated = True if curated is None else curated
        after["curated"] = speaker.curated
        speaker.save(
            update_fields=["name", "kind", "description", "role", "title", "parent", "curated"]
        )
        record(
            action=ClaimEvent.Action.EDITED,
            actor=by,
            subject=speaker,
            before=before,
            after=after,
            note=f"Speaker #{speaker.pk} edited",
        )
    return speaker


@transaction.atomic
def speaker_alias_rename(*, alias: SpeakerAlias, name: str, by) -> SpeakerAlias:
    """Correct how an alias is written ("Hizbolah" -> "Hizbollah"); refused if
    another speaker already has the new name."""
    alias = SpeakerAlias.objects.select_for_update().select_related("speaker").get(pk=alias.pk)
    cleaned = _clean(name)
    if cleaned is None:
        raise InvalidInput("An alias needs a name.")
    name, key = cleaned
    if name == alias.name:
        return alias
    clash = SpeakerAlias.objects.filter(key=key).exclude(pk=alias.pk).select_related("speaker")
    clash = clash.first()
    if clash is not None:
        raise InvalidInput(f"{name!r} is already a name of {clash.speaker}.")
    before = alias.name
    alias.name = name
    alias.save()
    record(
        action=ClaimEvent.Action.SPEAKER_EDITED,
        actor=by,
        subject=alias.speaker,
        before={"alias": before},
        after={"alias": name},
        note=f"Alias “{before}” of {alias.speaker.name} now written “{name}”",
    )
    return alias


@transaction.atomic
def speaker_alias_remove(*, alias: SpeakerAlias, by) -> None:
    """Take a name away from a speaker (it no longer resolves to it). The name
    the speaker is shown under stays: rename the speaker first."""
    alias = SpeakerAlias.objects.select_for_update().select_related("speaker").get(pk=alias.pk)
    speaker = alias.speaker
    if alias.key == alias_key(speaker.name):
        raise InvalidInput(
            f"“{alias.name}” is the name {speaker.name} is shown under: give the speaker "
            "another name before removing it."
        )
    record(
        action=ClaimEvent.Action.SPEAKER_EDITED,
        actor=by,
        subject=speaker,
        before={"alias": alias.name},
        after={"alias": None},
        note=f"“{alias.name}” is no longer a name of {speaker.name}",
    )
    alias.delete()


def _adversary_pair(speaker: Speaker, other: Speaker) -> tuple[Speaker, Speaker]:
    speaker = Speaker.objects.select_for_update().get(pk=speaker.pk)
    other = Speaker.objects.filter(pk=other.pk).first()
    if other is None:
        raise InvalidInput("That speaker was merged into another; choose that one.")
    return speaker, other


@transaction.atomic
def speaker_adversary_add(*, speaker: Speaker, other: Speaker, by) -> None:
    """Record two parties as in open conflict (both ways): a confirmation from
    one of the other's claims is then the strongest kind. Refused for a party
    and itself, or two parties of one affiliation chain."""
    speaker, other = _adversary_pair(speaker, other)
    if other.pk == speaker.pk:
        raise InvalidInput(f"{speaker.name} cannot be its own adversary.")
    from claims.independence import independence

    verdict = independence(speaker, other, rivals=set())
    if not verdict.independent:
        raise InvalidInput(
            f"{speaker.name} and {other.name} cannot be adversaries: {verdict.reason}."
        )
    if speaker.adversaries.filter(pk=other.pk).exists():
        return
    speaker.adversaries.add(other)
    record(
        action=ClaimEvent.Action.SPEAKER_EDITED,
        actor=by,
        subject=speaker,
        before={"adversary": None},
        after={"adversary": other.name, "adversary_id": other.pk},
        note=f"{speaker.name} and {other.name} are adversaries",
    )


@transaction.atomic
def speaker_adversary_remove(*, speaker: Speaker, other: Speaker, by) -> None:
    speaker, other = _adversary_pair(speaker, other)
    if not speaker.adversaries.filter(pk=other.pk).exists():
        raise InvalidInput(f"{other.name} is not an adversary of {speaker.name}.")
    speaker.adversaries.remove(other)
    record(
        action=ClaimEvent.Action.SPEAKER_EDITED,
        actor=by,
        subject=speaker,
        before={"adversary": other.name, "adversary_id": other.pk},
        after={"adversary": None},
        note=f"{speaker.name} and {other.name} are no longer adversaries",
    )


@transaction.atomic
def speaker_create(
    *, name: str, by, kind: str = SpeakerKind.ORGANISATION, description: str = ""
) -> Speaker:
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
    record(
        action=ClaimEvent.Action.CREATED,
        actor=by,
        subject=speaker,
        after=_speaker_snapshot(speaker),
        note=f"Speaker #{speaker.pk} added",
    )
    return speaker


@transaction.atomic
def speaker_delete(*, speaker: Speaker, by) -> None:
    """Delete a speaker no claim or source names (merge it into another otherwise)."""
    speaker = Speaker.objects.select_for_update().get(pk=speaker.pk)
    if Claim.all_objects.filter(speaker=speaker).exists() or speaker.sources.exists():
        raise InvalidInput(
            f"{speaker.name} is the speaker of claims or sources: merge it into "
            f"another speaker instead of deleting it."
        )
    record(
        action=ClaimEvent.Action.DELETED,
        actor=by,
        subject=speaker,
        before={
            **_speaker_snapshot(speaker),
            "aliases": sorted(speaker.aliases.values_list("name", flat=True)),
        },
        note=f"Speaker #{speaker.pk} deleted",
    )
    speaker.delete()
