"""Resolving speaker names to Speakers: one at a time (speaker_resolve) and
many at once (speakers_resolve, what extraction uses): aliases of one party
merged, each distinct name looked up once, safe when two writers create the
same new speaker at the same moment."""

import threading

import pytest
from django.db import connection, transaction

from claims import services
from claims.errors import InvalidInput
from claims.models import Speaker, SpeakerAlias
from claims.services.speakers import speakers_resolve

# Invented names: the shipped gazetteer already knows the real ones.
IRAQ = "The Crimson Hand Resistance in Northland"
SHORT = "The Crimson Hand Resistance"


@pytest.mark.django_db
@pytest.mark.parametrize("order", [[IRAQ, SHORT], [SHORT, IRAQ]])
def test_many_merges_word_prefix_aliases_created_in_the_same_call(order):
    before = Speaker.objects.count()
    got = speakers_resolve(names=[(name, "armed_group") for name in order])
    assert got[IRAQ] == got[SHORT]
    assert Speaker.objects.count() == before + 1
    speaker = got[IRAQ]
    assert speaker.name == order[0] and speaker.kind == "armed_group"
    assert set(speaker.aliases.values_list("key", flat=True)) == {
        "crimson hand resistance in northland",
        "crimson hand resistance",
    }


@pytest.mark.django_db
def test_many_finds_existing_aliases_in_one_query(django_assert_num_queries):
    centcom = services.speaker_resolve(name="CENTCOM", kind="military")
    services.speaker_add_alias(speaker=centcom, name="U.S. Central Command")
    militia = services.speaker_resolve(name=IRAQ, kind="armed_group")
    with django_assert_num_queries(1):
        got = speakers_resolve(
            names=[
                ("CENTCOM", None),
                ("The U.S. Central Command", None),
                (IRAQ.lower(), None),
                ("CENTCOM", None),
            ]
        )
    assert got == {"CENTCOM": centcom, "The U.S. Central Command": centcom, IRAQ.lower(): militia}


@pytest.mark.django_db
def test_many_gives_what_one_at_a_time_gives():
    names = [
        ("CENTCOM", "military"),
        (SHORT, "armed_group"),
        ("the Pentagon", "government"),
        ("officials", None),
        (IRAQ, "armed_group"),
        ("Pentagon", None),
        ("Islamic Resistance in Iraq spokesman", "person"),
    ]
    shipped = set(Speaker.objects.values_list("pk", flat=True))
    many = speakers_resolve(names=names)
    made = {(s.name, s.kind) for s in Speaker.objects.exclude(pk__in=shipped)}
    Speaker.objects.exclude(pk__in=shipped).delete()
    one = {name: services.speaker_resolve(name=name, kind=kind) for name, kind in names}
    assert {(s.name, s.kind) for s in Speaker.objects.exclude(pk__in=shipped)} == made
    # Same grouping of names into speakers.
    assert {frozenset(n for n in many if many[n] == s) for s in many.values()} == {
        frozenset(n for n in one if one[n] == s) for s in one.values()
    }


@pytest.mark.django_db
def test_many_keeps_generic_heads_apart():
    got = speakers_resolve(names=[("officials", None), ("officials in Baghdad", None)])
    assert got["officials"] != got["officials in Baghdad"]


@pytest.mark.django_db
def test_many_checks_names_like_one_at_a_time():
    before = Speaker.objects.count()
    assert speakers_resolve(names=[("  ", None)]) == {"  ": None}
    assert speakers_resolve(names=[]) == {}
    with pytest.raises(InvalidInput):
        speakers_resolve(names=[("x" * 201, None)])
    with pytest.raises(InvalidInput):
        speakers_resolve(names=[("...", None)])
    assert Speaker.objects.count() == before


def _in_thread(fn):
    """Run fn on its own connection (autocommit outside its atomic blocks)."""
    result = {}

    def run():
        try:
            result["value"] = fn()
        except Exception as exc:  # noqa: BLE001 - the test inspects it
            result["value"] = exc
        finally:
            connection.close()

    thread = threading.Thread(target=run)
    thread.start()
    return thread, result


RACE = ("Race Test Brigade of the North", "Race Test Brigade", "Race Test Command")


def _forget_race_rows():
    Speaker.objects.filter(aliases__key__startswith="race test").delete()
    Speaker.objects.filter(name__startswith="Race Test").delete()


# Not a transaction=True test: its flush would re-create content types that the
# serialized_rollback tests (test_concurrency.py) restore. The two writers are
# threads with their own connections, so they commit for real; the rows they
# make are deleted afterwards, on a connection of its own too.
@pytest.mark.django_db
def test_two_writers_creating_the_same_speaker_end_with_one():
    """`first` creates the speakers and holds its transaction open while
    `second` resolves them: second misses them, waits on the unique alias key,
    and once first commits must end with first's speakers, leaving no orphan."""
    long_, short, other = RACE
    created = threading.Event()

    def first():
        with transaction.atomic():
            got = speakers_resolve(names=[(long_, "armed_group"), (other, "military")])
            created.set()
            threading.Event().wait(0.5)  # `second` is now blocked on our alias rows
        return {name: s.pk for name, s in got.items()}

    def second():
        created.wait(10)
        with transaction.atomic():
            got = speakers_resolve(names=[(other, None), (long_, None), (short, None)])
        return {name: s.pk for name, s in got.items()}

    def count():
        return (
            Speaker.objects.filter(name__startswith="Race Test").count(),
            SpeakerAlias.objects.filter(key__startswith="race test").count(),
        )

    try:
        (t1, r1), (t2, r2) = _in_thread(first), _in_thread(second)
        t1.join(30)
        created.set()
        t2.join(30)
        a, b = r1["value"], r2["value"]
        assert not isinstance(a, Exception), a
        assert not isinstance(b, Exception), b
        assert b[long_] == a[long_] and b[short] == a[long_] and b[other] == a[other]
        # The loser's own new Speakers were rolled back with its aliases: no orphans.
        t3, r3 = _in_thread(count)
        t3.join(30)
        assert r3["value"] == (2, 3)
    finally:
        t4, _ = _in_thread(_forget_race_rows)
        t4.join(30)


@pytest.mark.django_db
def test_parties_resolve_through_the_gazetteer_and_keep_one_party_one_speaker():
    from claims.services.speakers import parties_resolve

    parties = [
        {"id": "s1", "name": "CENTCOM", "kind": "military", "aliases": [], "parent": None},
        {
            "id": "s2",
            "name": "Dana Whitfield",
            "kind": "person",
            "aliases": [],
            "role": "Pentagon spokeswoman",
            "title": "Colonel",
            "parent": "s3",
        },
        {"id": "s3", "name": "Pentagon", "kind": "military", "aliases": [], "parent": None},
        {
            "id": "s4",
            "name": "Crimson Hand Resistance in Northland",
            "kind": "armed_group",
            "aliases": ["Crimson Hand Resistance", "CHRN"],
            "parent": None,
        },
    ]
    got = parties_resolve(parties=parties)
    assert got["s1"].name == "U.S. Central Command"
    assert got["s3"].name == "U.S. Department of Defense"
    person = got["s2"]
    assert (person.kind, person.role, person.title) == ("person", "Pentagon spokeswoman", "Colonel")
    assert [s.name for s in person.affiliation_chain()] == [
        "Dana Whitfield",
        "U.S. Department of Defense",
        "U.S. government",
    ]
    assert set(got["s4"].aliases.values_list("name", flat=True)) == {
        "Crimson Hand Resistance in Northland",
        "Crimson Hand Resistance",
        "CHRN",
    }
    again = parties_resolve(parties=[{"id": "x", "name": "CHRN", "kind": None, "aliases": []}])
    assert again["x"] == got["s4"]


@pytest.mark.django_db
def test_parties_resolve_leaves_a_curated_partys_parent_alone():
    from claims.services.speakers import parties_resolve

    got = parties_resolve(
        parties=[
            {"id": "a", "name": "CENTCOM", "kind": "military", "aliases": [], "parent": "b"},
            {"id": "b", "name": "Fox News", "kind": "media", "aliases": [], "parent": None},
        ]
    )
    assert got["a"].parent.name == "U.S. Department of Defense"


def _olsen(parent="navy", **extra):
    return [
        {
            "id": "p",
            "name": "Mara Olsen",
            "kind": "person",
            "aliases": [],
            "role": "Lakeland Navy spokeswoman",
            "title": "Captain",
            "parent": parent,
            **extra,
        },
        {"id": "navy", "name": "Lakeland Navy", "kind": "military", "aliases": [], "parent": None},
    ]


@pytest.mark.django_db
def test_a_speaker_met_as_a_bare_name_learns_role_kind_and_parent_from_a_later_extraction():
    from claims.models import ClaimEvent
    from claims.services.speakers import parties_resolve

    bare = speakers_resolve(names=[("Mara Olsen", None)])["Mara Olsen"]
    assert (bare.kind, bare.role, bare.parent_id) == ("organisation", "", None)
    got = parties_resolve(parties=_olsen())
    olsen = Speaker.objects.get(pk=bare.pk)
    assert got["p"] == olsen
    assert (olsen.kind, olsen.role, olsen.title) == (
        "person",
        "Lakeland Navy spokeswoman",
        "Captain",
    )
    assert olsen.parent == got["navy"]
    event = ClaimEvent.objects.get(subject_id=olsen.pk, action=ClaimEvent.Action.SPEAKER_EDITED)
    assert event.actor is None and event.before["parent"] is None
    assert event.after["parent"] == "Lakeland Navy"
    # what it has is kept: a later extraction with another role and parent changes nothing
    other = _olsen(parent="x", role="Lakeland Navy press officer", kind="organisation")
    other.append({"id": "x", "name": "Harbour Times", "kind": "media", "aliases": []})
    parties_resolve(parties=other)
    olsen.refresh_from_db()
    assert (olsen.role, olsen.parent.name, olsen.kind) == (
        "Lakeland Navy spokeswoman",
        "Lakeland Navy",
        "person",
    )


@pytest.mark.django_db
def test_a_curated_speaker_keeps_what_the_editor_left_empty(editor):
    from claims.services.speakers import parties_resolve

    bare = speakers_resolve(names=[("Mara Olsen", None)])["Mara Olsen"]
    services.speaker_update(speaker=bare, by=editor, description="Checked by the desk.")
    parties_resolve(parties=_olsen())
    bare.refresh_from_db()
    assert bare.curated and (bare.kind, bare.role, bare.title, bare.parent) == (
        "organisation",
        "",
        "",
        None,
    )


@pytest.mark.django_db
def test_an_extraction_never_makes_a_speaker_its_own_ancestor():
    from claims.services.speakers import parties_resolve

    got = parties_resolve(parties=_olsen())  # Olsen -> Lakeland Navy
    navy = got["navy"]
    parties_resolve(
        parties=[
            {"id": "n", "name": "Lakeland Navy", "kind": "military", "aliases": [], "parent": "o"},
            {"id": "o", "name": "Mara Olsen", "kind": "person", "aliases": [], "parent": None},
        ]
    )
    navy.refresh_from_db()
    assert navy.parent is None


def _speaker_with_claims(article, reviewer, name, n):
    claims = list(article.claims.order_by("position"))
    for claim in claims[:n]:
        services.claim_update(claim=claim, by=reviewer, expected_version=None, speaker_name=name)
    return Speaker.objects.get(aliases__name=name)


@pytest.mark.django_db
def test_a_merge_is_audited_and_can_be_undone(article, reviewer, editor):
    from claims.models import ClaimEvent, SpeakerMerge

    keep = _speaker_with_claims(article, reviewer, "Harbour Watch Council", 1)
    claim = article.claims.order_by("position")[1]
    services.claim_update(
        claim=claim, by=reviewer, expected_version=None, speaker_name="Harbor Watch Council"
    )
    fold = Speaker.objects.get(aliases__name="Harbor Watch Council")
    services.speaker_merge(target=keep, others=[fold], by=editor)
    claim.refresh_from_db()
    assert claim.speaker_id == keep.pk
    assert not Speaker.objects.filter(pk=fold.pk).exists()  # merged away from lists
    merge = SpeakerMerge.objects.get(target=keep, merged=fold)
    assert ClaimEvent.objects.filter(action="speaker_merged", claim=claim, actor=editor).exists()

    services.speaker_unmerge(merge=merge, by=editor)
    claim.refresh_from_db()
    assert claim.speaker_id == fold.pk
    assert Speaker.objects.filter(pk=fold.pk).exists()
    assert fold.aliases.filter(name="Harbor Watch Council").exists()
    assert ClaimEvent.objects.filter(action="speaker_unmerged", claim=claim).exists()
    with pytest.raises(InvalidInput):
        services.speaker_unmerge(merge=merge, by=editor)


@pytest.mark.django_db
def test_close_names_become_a_suggestion_decided_once(article, reviewer, editor):
    from claims.models import SpeakerMatch

    a = services.speaker_resolve(name="Ministry of Water and Irrigation of Freedonia")
    b = services.speaker_resolve(name="Freedonia Ministry of Water and Irrigation")
    c = services.speaker_resolve(name="MWIF")
    services.speaker_matches_suggest(speakers=[b, c])
    pair = SpeakerMatch.objects.get(
        speaker=min(a, b, key=lambda s: s.pk), other=max(a, b, key=lambda s: s.pk)
    )
    assert pair.decision == "pending" and pair.score >= 88
    assert SpeakerMatch.objects.filter(reason__contains="acronym").exists()
    assert a.pk != b.pk  # never merged silently

    services.speaker_match_decide(match=pair, decision="distinct", by=editor)
    assert services.speaker_matches_suggest(speakers=[b]) == []  # remembered
    pair.refresh_from_db()
    assert pair.decision == "distinct" and pair.decided_by == editor
    with pytest.raises(InvalidInput):
        services.speaker_match_decide(match=pair, decision="merged", by=editor)


@pytest.mark.django_db
def test_deciding_merge_folds_into_the_curated_party(editor):
    from claims.models import SpeakerMatch

    curated = Speaker.objects.get(aliases__key="centcom")
    typo = services.speaker_resolve(name="U.S. Central Comand", kind="military")
    services.speaker_matches_suggest(speakers=[typo])
    match = (
        SpeakerMatch.objects.get(other=typo)
        if typo.pk > curated.pk
        else SpeakerMatch.objects.get(speaker=typo)
    )
    services.speaker_match_decide(match=match, decision="merged", by=editor)
    assert services.speaker_resolve(name="U.S. Central Comand") == curated


@pytest.mark.django_db
def test_an_editor_sets_a_partys_parent_by_name_and_no_cycle(editor):
    from claims.independence import independence

    unit = services.speaker_resolve(name="Freedonian Coast Guard", kind="military")
    gov = services.speaker_resolve(name="Freedonian government", kind="government")
    services.speaker_update(speaker=unit, by=editor, parent_name="Freedonian government")
    unit.refresh_from_db()
    assert unit.parent == gov and unit.curated
    assert independence(unit, gov).reason == "both Freedonian government"
    with pytest.raises(InvalidInput):
        services.speaker_update(speaker=gov, by=editor, parent_name="Freedonian Coast Guard")
    with pytest.raises(InvalidInput):
        services.speaker_update(speaker=gov, by=editor, parent_name="Nobody Known Here")
