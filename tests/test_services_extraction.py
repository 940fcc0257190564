"""Applying extractor output: claims and speakers created, reviewers' work
never overwritten by a re-extraction. Records are written by hand here so the
rules of re-extraction are tested apart from the NLP."""

import pytest

from claims import services
from claims.models import Article, Claim, ClaimEvent

pytestmark = pytest.mark.django_db

BODY = (
    "Militia claims drone strike\n\n"
    "The Islamic Resistance in Iraq said it attacked the base with two drones. "
    "The Islamic Resistance also claimed a second attack. "
    "CENTCOM confirmed that the base was attacked."
)


def rec(text, sentence, **kw):
    start = BODY.index(sentence)
    return {
        "text": text,
        "span": [start, start + len(sentence)],
        "kind": kw.pop("kind", "claim"),
        "speaker": kw.pop("speaker", None),
        "checkworthiness": 0.8,
        **kw,
    }


S1 = "The Islamic Resistance in Iraq said it attacked the base with two drones."
S2 = "The Islamic Resistance also claimed a second attack."
S3 = "CENTCOM confirmed that the base was attacked."


@pytest.fixture
def fresh(reviewer):
    return Article.objects.create(title="Militia claims drone strike", body=BODY)


def apply(article, records, version="v1"):
    return services.extraction_apply(article_id=article.pk, records=records, version=version)


def test_it_creates_claims_and_merges_speaker_aliases(fresh):
    apply(
        fresh,
        [
            rec(
                "The Islamic Resistance in Iraq attacked the base with two drones.",
                S1,
                speaker="The Islamic Resistance in Iraq",
                speaker_kind="armed_group",
            ),
            rec(
                "The Islamic Resistance claimed a second attack.",
                S2,
                speaker="The Islamic Resistance",
                speaker_kind="armed_group",
            ),
            rec(
                "The base was attacked.",
                S3,
                kind="confirmation",
                speaker="CENTCOM",
                speaker_kind="military",
            ),
        ],
    )
    fresh.refresh_from_db()
    assert fresh.extraction_state == "done" and fresh.extractor_version == "v1"
    claims = list(fresh.claims.order_by("position"))
    assert [c.position for c in claims] == [0, 1, 2]
    assert claims[0].speaker_id == claims[1].speaker_id
    assert claims[0].speaker.kind == "armed_group"
    assert claims[2].speaker.name == "U.S. Central Command"  # the gazetteer's name for it
    assert ClaimEvent.objects.filter(action="extracted").count() == 3


def test_it_never_overwrites_a_claim_a_reviewer_touched(fresh, reviewer):
    apply(fresh, [rec("Militia attacked the base.", S1), rec("A second attack.", S2)])
    touched = fresh.claims.get(text="Militia attacked the base.")
    services.claim_set_status(claim=touched, status="in_review", by=reviewer)
    services.claim_update(
        claim=touched,
        by=reviewer,
        expected_version=None,
        text="The militia attacked the base with two drones.",
    )
    # The new extractor version words both claims differently and drops the second.
    apply(fresh, [rec("The militia said it attacked the base.", S1, kind="opinion")], "v2")
    touched.refresh_from_db()
    assert touched.text == "The militia attacked the base with two drones."
    assert touched.status == "in_review" and touched.kind == "claim"
    assert not touched.vanished


def test_it_marks_untouched_claims_it_no_longer_finds(fresh):
    apply(fresh, [rec("Militia attacked the base.", S1), rec("A second attack.", S2)])
    apply(fresh, [rec("Militia attacked the base.", S1)], "v2")
    gone = Claim.objects.get(text="A second attack.")
    assert gone.vanished
    assert ClaimEvent.objects.filter(claim=gone, action="vanished").exists()


def test_it_refreshes_untouched_claims_in_place(fresh):
    apply(fresh, [rec("Militia attacked the base.", S1, kind="claim")])
    first = fresh.claims.get()
    apply(fresh, [rec("Militia attacked the base.", S1, kind="confirmation")], "v2")
    first.refresh_from_db()
    assert first.kind == "confirmation" and first.extractor_version == "v2"
    assert fresh.claims.count() == 1


def test_it_adds_new_claims_beside_kept_ones(fresh, reviewer):
    apply(fresh, [rec("Militia attacked the base.", S1)])
    services.claim_set_status(claim=fresh.claims.get(), status="in_review", by=reviewer)
    apply(fresh, [rec("Militia attacked the base.", S1), rec("The base was attacked.", S3)], "v2")
    assert fresh.claims.count() == 2


def test_it_drops_records_whose_span_lies_outside_the_text(fresh):
    apply(fresh, [{"text": "Nowhere.", "span": [5, len(BODY) + 10], "kind": "fact"}])
    assert fresh.claims.count() == 0


def test_it_skips_a_result_for_text_that_changed_meanwhile(fresh):
    stale_hash = fresh.content_hash
    Article.objects.filter(pk=fresh.pk).update(body=BODY + " More.", content_hash="changed")
    services.extraction_apply(
        article_id=fresh.pk, records=[rec("x y z.", S1)], version="v1", body_hash=stale_hash
    )
    assert fresh.claims.count() == 0


def test_it_writes_one_audit_event_per_created_vanished_and_reappeared_claim(fresh, reviewer):
    apply(
        fresh,
        [
            rec("Militia attacked the base.", S1),
            rec("A second attack.", S2),
            rec("The base was attacked.", S3),
        ],
    )
    assert ClaimEvent.objects.filter(action="extracted").count() == 3
    kept = fresh.claims.get(text="A second attack.")
    services.claim_set_status(claim=kept, status="in_review", by=reviewer)
    applied = apply(fresh, [rec("Militia attacked the base.", S1)], "v2").applied
    assert (applied.refreshed, applied.kept, applied.vanished, applied.created) == (1, 0, 1, 0)
    gone = fresh.claims.get(text="The base was attacked.")
    assert gone.vanished and not Claim.objects.get(pk=kept.pk).vanished  # touched: not marked
    [event] = ClaimEvent.objects.filter(action="vanished")
    assert event.claim == gone and event.article_id == fresh.pk and event.actor is None
    assert event.before["text"] == "The base was attacked." and "v2" in event.note
    applied = apply(
        fresh, [rec("Militia attacked the base.", S1), rec("The base was attacked.", S3)], "v3"
    ).applied
    assert (applied.refreshed, applied.reappeared, applied.vanished) == (2, 1, 0)
    gone.refresh_from_db()
    assert not gone.vanished and gone.extractor_version == "v3"
    assert ClaimEvent.objects.filter(action="reappeared", claim=gone).count() == 1
    assert ClaimEvent.objects.filter(action="extracted").count() == 3  # refreshes add none
    assert ClaimEvent.objects.filter(action="vanished").count() == 1


def test_a_touched_claim_that_comes_back_reappears_untouched_by_the_extractor(fresh, reviewer):
    apply(fresh, [rec("Militia attacked the base.", S1)])
    claim = fresh.claims.get()
    services.claim_set_status(claim=claim, status="in_review", by=reviewer)
    Claim.all_objects.filter(pk=claim.pk).update(vanished=True)
    applied = apply(fresh, [rec("Militia attacked the base.", S1, kind="opinion")], "v2").applied
    assert (applied.kept, applied.reappeared, applied.refreshed) == (1, 1, 0)
    claim.refresh_from_db()
    assert not claim.vanished and claim.kind == "claim" and claim.extractor_version == "v1"
    assert ClaimEvent.objects.filter(action="reappeared", claim=claim).count() == 1


def test_positions_follow_the_text_with_reviewers_own_claims_in_between(fresh, reviewer):
    apply(fresh, [rec("The base was attacked.", S3), rec("Militia attacked the base.", S1)])
    start = BODY.index(S2)
    services.claim_create(article=fresh, start=start, end=start + len(S2), by=reviewer)
    # Re-extraction: S1 again, S3 gone (vanished, keeps its place), a headline claim before all.
    headline = "Militia claims drone strike"
    apply(
        fresh,
        [
            rec("Militia attacked the base.", S1),
            rec("A militia claims a drone strike.", headline, headline=True),
        ],
        "v2",
    )
    claims = list(Claim.all_objects.filter(article=fresh).order_by("position"))
    assert [c.position for c in claims] == [0, 1, 2, 3]
    assert [c.start for c in claims] == sorted(c.start for c in claims)
    assert [c.origin for c in claims] == ["extracted", "extracted", "manual", "extracted"]
    assert claims[-1].vanished


def test_two_records_on_one_span_are_numbered_in_record_order(fresh):
    apply(fresh, [rec("First reading.", S1), rec("Second reading.", S1)])
    assert list(fresh.claims.order_by("position").values_list("text", flat=True)) == [
        "First reading.",
        "Second reading.",
    ]


def test_it_resolves_each_speaker_once_and_writes_in_bulk(fresh):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries(article, records):
        with CaptureQueriesContext(connection) as ctx:
            apply(article, records)
        return len(ctx.captured_queries)

    few = [rec("Militia attacked the base.", S1, speaker="CENTCOM")]
    many = [
        rec(f"Claim {i}.", s, speaker=name)
        for i, (s, name) in enumerate(
            [
                (S1, "CENTCOM"),
                (S2, "CENTCOM"),
                (S3, "CENTCOM"),
                (S1, "the CENTCOM"),
                (S2, "Centcom"),
            ]
            * 6
        )
    ]
    other = Article.objects.create(title="Copy", body=BODY + " (Copy.)")
    services.speaker_resolve(name="CENTCOM")  # known: no creation queries in either run
    assert queries(fresh, few) == queries(other, many)
    assert other.claims.count() == 30
    assert ClaimEvent.objects.filter(article=other, action="extracted").count() == 30
    assert set(other.claims.values_list("speaker__name", flat=True)) == {"U.S. Central Command"}


def test_it_keeps_a_claim_whose_extracted_speaker_name_is_unusable(fresh):
    long_name = "The " + "very " * 60 + "long committee"
    apply(
        fresh,
        [
            rec("Militia attacked the base.", S1, speaker=long_name),
            rec("A second attack.", S2, speaker="The Islamic Resistance"),
        ],
    )
    fresh.refresh_from_db()
    assert fresh.extraction_state == "done"
    kept = fresh.claims.get(text="Militia attacked the base.")
    assert kept.speaker is None and kept.speaker_mention == long_name[:300]
    # the gazetteer's party that the name starts
    assert fresh.claims.get(text="A second attack.").speaker.name == "Islamic Resistance in Iraq"


def test_a_first_extraction_writes_the_same_rows_with_copy_as_through_the_orm(fresh, monkeypatch):
    """On PostgreSQL a first extraction is written with COPY: the same claims
    and audit events, column for column, as the ORM path writes."""
    from django.db import connection

    from claims.services import extraction

    if connection.vendor != "postgresql":
        pytest.skip("COPY is PostgreSQL only")
    records = [
        rec(
            "The base was attacked.",
            S3,
            kind="confirmation",
            speaker="CENTCOM",
            speaker_kind="military",
            speaker_span=[BODY.index("CENTCOM"), BODY.index("CENTCOM") + 7],
            cue="confirmed",
            quantities=[{"text": "two", "value": 2}],
            entities=[{"text": "CENTCOM", "label": "ORG"}],
        ),
        rec("A militia claims a drone strike.", "Militia claims drone strike", headline=True),
        rec(
            "First reading.",
            S1,
            speaker="The Islamic Resistance in Iraq",
            hedged=True,
            hedge="said",
            via="Reuters",
        ),
        rec("Second reading.", S1, checkworthiness=3.0),
        {"text": "Nowhere.", "span": [5, len(BODY) + 10], "kind": "fact"},
    ]
    other = Article.objects.create(title=fresh.title, body=BODY + " (Copy.)")
    copied = apply(fresh, records).applied
    monkeypatch.setattr(extraction, "COPY_FIRST_EXTRACTION", False)
    orm = apply(other, records).applied
    assert copied == orm and copied.created == 4 and copied.dropped == 1

    skip = {"id", "article", "created_at", "updated_at"}
    fields = [f.name for f in Claim._meta.concrete_fields if f.name not in skip]

    def rows(article):
        claims = Claim.all_objects.filter(article=article).order_by("position")
        events = ClaimEvent.objects.filter(article=article).order_by("claim__position")
        return (
            list(claims.values_list(*fields)),
            list(
                events.values_list("action", "actor", "before", "after", "note", "claim__position")
            ),
        )

    assert rows(fresh) == rows(other)
    assert [c.text for c in Claim.all_objects.filter(article=fresh).order_by("position")] == [
        "A militia claims a drone strike.",
        "First reading.",
        "Second reading.",
        "The base was attacked.",
    ]
    fresh.refresh_from_db()
    other.refresh_from_db()
    assert (fresh.extraction_state, fresh.extractor_version) == ("done", "v1")
    assert (other.extraction_state, other.extractor_version) == ("done", "v1")
    for claim in Claim.all_objects.filter(article=fresh):
        assert claim.created_at == claim.updated_at
        assert ClaimEvent.objects.get(claim=claim).at >= claim.created_at
    # The claims are found by the full-text search column, kept by the database.
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM claims_claim WHERE article_id = %s AND "
            "search_vector @@ to_tsquery('english', 'CENTCOM')",
            [fresh.pk],
        )
        assert cursor.fetchone()[0] == 1
