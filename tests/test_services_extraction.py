"""Applying extractor output: claims and speakers created, reviewers' work
never overwritten by a re-extraction. Records are written by hand here so the
rules of re-extraction are tested apart from the NLP."""

import pytest

from claims import services
from claims.models import Article, Claim, ClaimEvent

pytestmark = pytest.mark.django_db

BODY = ("Militia claims drone strike\n\n"
        "The Islamic Resistance in Iraq said it attacked the base with two drones. "
        "The Islamic Resistance also claimed a second attack. "
        "CENTCOM confirmed that the base was attacked.")


def rec(text, sentence, **kw):
    start = BODY.index(sentence)
    return {"text": text, "span": [start, start + len(sentence)], "kind": kw.pop("kind", "claim"),
            "speaker": kw.pop("speaker", None), "checkworthiness": 0.8, **kw}


S1 = "The Islamic Resistance in Iraq said it attacked the base with two drones."
S2 = "The Islamic Resistance also claimed a second attack."
S3 = "CENTCOM confirmed that the base was attacked."


@pytest.fixture
def fresh(reviewer):
    return Article.objects.create(title="Militia claims drone strike", body=BODY)


def apply(article, records, version="v1"):
    return services.extraction_apply(article_id=article.pk, records=records, version=version)


def test_it_creates_claims_and_merges_speaker_aliases(fresh):
    apply(fresh, [
        rec("The Islamic Resistance in Iraq attacked the base with two drones.", S1,
            speaker="The Islamic Resistance in Iraq", speaker_kind="armed_group"),
        rec("The Islamic Resistance claimed a second attack.", S2,
            speaker="The Islamic Resistance", speaker_kind="armed_group"),
        rec("The base was attacked.", S3, kind="confirmation", speaker="CENTCOM",
            speaker_kind="military"),
    ])
    fresh.refresh_from_db()
    assert fresh.extraction_state == "done" and fresh.extractor_version == "v1"
    claims = list(fresh.claims.order_by("position"))
    assert [c.position for c in claims] == [0, 1, 2]
    assert claims[0].speaker_id == claims[1].speaker_id
    assert claims[0].speaker.kind == "armed_group"
    assert claims[2].speaker.name == "CENTCOM"
    assert ClaimEvent.objects.filter(action="extracted").count() == 3


def test_it_never_overwrites_a_claim_a_reviewer_touched(fresh, reviewer):
    apply(fresh, [rec("Militia attacked the base.", S1), rec("A second attack.", S2)])
    touched = fresh.claims.get(text="Militia attacked the base.")
    services.claim_set_status(claim=touched, status="in_review", by=reviewer)
    services.claim_update(claim=touched, by=reviewer, expected_version=None,
                          text="The militia attacked the base with two drones.")
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
    apply(fresh, [rec("Militia attacked the base.", S1), rec("The base was attacked.", S3)],
          "v2")
    assert fresh.claims.count() == 2


def test_it_drops_records_whose_span_lies_outside_the_text(fresh):
    apply(fresh, [{"text": "Nowhere.", "span": [5, len(BODY) + 10], "kind": "fact"}])
    assert fresh.claims.count() == 0


def test_it_skips_a_result_for_text_that_changed_meanwhile(fresh):
    stale_hash = fresh.content_hash
    Article.objects.filter(pk=fresh.pk).update(body=BODY + " More.", content_hash="changed")
    services.extraction_apply(article_id=fresh.pk, records=[rec("x y z.", S1)], version="v1",
                              body_hash=stale_hash)
    assert fresh.claims.count() == 0
