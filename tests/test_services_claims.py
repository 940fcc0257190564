import pytest

from claims import services
from claims.errors import InvalidInput, ReportLocked, StaleVersion
from claims.models import Claim, ClaimEvent

pytestmark = pytest.mark.django_db


def _first(article):
    return article.claims.order_by("position").first()


def test_it_records_a_status_change_with_before_and_after(article, reviewer):
    claim = _first(article)
    services.claim_set_status(
        claim=claim, status="confirmed", rationale="Two officials.", by=reviewer
    )
    event = ClaimEvent.objects.get(claim=claim, action="status")
    assert event.actor == reviewer
    assert event.before["status"] == "unreviewed"
    assert event.after["status"] == "confirmed"
    assert event.after["rationale"] == "Two officials."


def test_it_requires_a_rationale_to_confirm(article, reviewer):
    claim = _first(article)
    with pytest.raises(InvalidInput, match="rationale"):
        services.claim_set_status(claim=claim, status="confirmed", rationale="  ", by=reviewer)
    claim.refresh_from_db()
    assert claim.status == "unreviewed"
    assert not ClaimEvent.objects.filter(claim=claim).exists()


def test_it_refuses_a_stale_edit_and_keeps_the_first(article, reviewer, other_reviewer):
    claim = _first(article)
    version = claim.version
    services.claim_update(claim=claim, by=reviewer, expected_version=version, text="First edit.")
    with pytest.raises(StaleVersion):
        services.claim_update(
            claim=claim, by=other_reviewer, expected_version=version, text="Second edit."
        )
    claim.refresh_from_db()
    assert claim.text == "First edit."
    assert claim.version == version + 1


def test_it_marks_edited_claims_as_touched(article, reviewer):
    claim = _first(article)
    services.claim_update(claim=claim, by=reviewer, expected_version=None, kind="confirmation")
    claim.refresh_from_db()
    assert claim.touched and claim.kind == "confirmation"


def test_it_resolves_a_speaker_and_its_alias(article, reviewer):
    claim = _first(article)
    services.claim_update(
        claim=claim,
        by=reviewer,
        expected_version=None,
        speaker_name="The Islamic Resistance in Iraq",
    )
    other = article.claims.order_by("position")[1]
    services.claim_update(
        claim=other, by=reviewer, expected_version=None, speaker_name="the Islamic Resistance"
    )
    claim.refresh_from_db(), other.refresh_from_db()
    assert claim.speaker_id == other.speaker_id


def test_it_creates_a_manual_claim_over_a_span(article, reviewer):
    start = article.body.index("About 40 soldiers")
    claim = services.claim_create(article=article, start=start, end=start + 17, by=reviewer)
    assert claim.text == "About 40 soldiers"
    assert claim.origin == "manual"
    assert ClaimEvent.objects.filter(claim=claim, action="created").exists()


def test_it_refuses_a_manual_claim_outside_the_article(article, reviewer):
    before = Claim.all_objects.count()
    with pytest.raises(InvalidInput, match="not inside the article"):
        services.claim_create(article=article, start=10, end=len(article.body) + 1, by=reviewer)
    assert Claim.all_objects.count() == before


def test_it_deletes_softly_and_restores(article, reviewer):
    claim = _first(article)
    services.claim_delete(claim=claim, by=reviewer)
    assert not Claim.objects.filter(pk=claim.pk).exists()
    services.claim_restore(claim=claim, by=reviewer)
    assert Claim.objects.filter(pk=claim.pk).exists()
    actions = list(ClaimEvent.objects.filter(claim=claim).values_list("action", flat=True))
    assert set(actions) == {"deleted", "restored"}


def test_it_splits_a_claim_at_an_offset(article, reviewer):
    claim = _first(article)
    at = article.body.index(" on Tuesday", claim.start)
    first, second = services.claim_split(claim=claim, at=at, by=reviewer)
    assert first.end == at and second.start == at
    assert second.text == "on Tuesday."
    assert first.pk == claim.pk


def test_it_merges_claims_and_moves_evidence(article, reviewer):
    a, b = list(article.claims.order_by("position"))[:2]
    services.evidence_add(claim=b, by=reviewer, url="https://example.org/x", stance="supports")
    kept = services.claim_merge(claims=[b, a], by=reviewer)
    assert kept.pk == a.pk
    assert kept.start == a.start and kept.end == b.end
    assert kept.evidence.count() == 1
    assert not Claim.objects.filter(pk=b.pk).exists()


def test_it_locks_claims_of_a_published_report(article, reviewer, editor):
    services.report_publish(article=article, by=editor)
    claim = _first(article)
    with pytest.raises(ReportLocked, match="unpublish"):
        services.claim_set_status(claim=claim, status="in_review", by=reviewer)
    with pytest.raises(ReportLocked):
        services.evidence_add(
            claim=claim, by=reviewer, url="https://example.org/a", stance="supports"
        )
    services.report_unpublish(article=article, by=editor)
    services.claim_set_status(claim=claim, status="in_review", by=reviewer)
