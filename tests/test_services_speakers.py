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
        "crimson hand resistance in northland", "crimson hand resistance"}


@pytest.mark.django_db
def test_many_finds_existing_aliases_in_one_query(django_assert_num_queries):
    centcom = services.speaker_resolve(name="CENTCOM", kind="military")
    services.speaker_add_alias(speaker=centcom, name="U.S. Central Command")
    militia = services.speaker_resolve(name=IRAQ, kind="armed_group")
    with django_assert_num_queries(1):
        got = speakers_resolve(names=[("CENTCOM", None), ("The U.S. Central Command", None),
                                      (IRAQ.lower(), None), ("CENTCOM", None)])
    assert got == {"CENTCOM": centcom, "The U.S. Central Command": centcom,
                   IRAQ.lower(): militia}


@pytest.mark.django_db
def test_many_gives_what_one_at_a_time_gives():
    names = [("CENTCOM", "military"), (SHORT, "armed_group"), ("the Pentagon", "government"),
             ("officials", None), (IRAQ, "armed_group"), ("Pentagon", None),
             ("Islamic Resistance in Iraq spokesman", "person")]
    shipped = set(Speaker.objects.values_list("pk", flat=True))
    many = speakers_resolve(names=names)
    made = {(s.name, s.kind) for s in Speaker.objects.exclude(pk__in=shipped)}
    Speaker.objects.exclude(pk__in=shipped).delete()
    one = {name: services.speaker_resolve(name=name, kind=kind) for name, kind in names}
    assert {(s.name, s.kind) for s in Speaker.objects.exclude(pk__in=shipped)} == made
    # Same grouping of names into speakers.
    assert ({frozenset(n for n in many if many[n] == s) for s in many.values()}
            == {frozenset(n for n in one if one[n] == s) for s in one.values()})


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
        return (Speaker.objects.filter(name__startswith="Race Test").count(),
                SpeakerAlias.objects.filter(key__startswith="race test").count())

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
