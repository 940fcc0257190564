import pytest
from django.db import IntegrityError, transaction

from claims.extraction.speakers import alias_key
from claims.models import Article, Claim, ClaimEvent, Source, content_hash

pytestmark = pytest.mark.django_db


def test_it_rejects_two_sources_with_the_same_normalised_url():
    Source.objects.create(url="https://Example.org/report?utm_source=x#top", title="A")
    with pytest.raises(IntegrityError), transaction.atomic():
        Source.objects.create(url="https://example.org:443/report", title="B")


def test_it_refuses_a_non_http_source_url_at_the_database():
    with pytest.raises(IntegrityError), transaction.atomic():
        Source.objects.bulk_create([Source(url="javascript:alert(1)")])


def test_it_refuses_an_empty_claim_span(article):
    with pytest.raises(IntegrityError), transaction.atomic():
        Claim.objects.create(article=article, text="x", start=5, end=5)


def test_it_refuses_an_unknown_status(article):
    with pytest.raises(IntegrityError), transaction.atomic():
        Claim.objects.filter(pk=article.claims.first().pk).update(status="probably")


def test_it_refuses_checkworthiness_above_one(article):
    with pytest.raises(IntegrityError), transaction.atomic():
        Claim.objects.filter(pk=article.claims.first().pk).update(checkworthiness=1.5)


def test_it_flags_a_span_outside_the_article_in_validation(article):
    from django.core.exceptions import ValidationError

    claim = Claim(article=article, text="x", start=10, end=len(article.body) + 5)
    with pytest.raises(ValidationError, match="outside the article"):
        claim.clean()


def test_it_hashes_text_ignoring_line_wrapping_and_case():
    assert content_hash("Troops  were\nattacked.") == content_hash("troops were attacked. ")
    assert content_hash("Troops were attacked.") != content_hash("Troops were not attacked.")


def test_it_keeps_urls_unique_only_when_set(reviewer):
    Article.objects.create(title="a", body="first text", url=None)
    Article.objects.create(title="b", body="second text", url="")
    assert Article.objects.filter(url__isnull=True).count() == 2


def test_it_normalises_speaker_names_for_alias_matching():
    assert alias_key("The U.S. Central Command") == alias_key("US Central Command")
    assert alias_key("Iran’s Foreign Ministry") == alias_key("Iran foreign ministry")


def test_it_hides_soft_deleted_claims_from_the_default_manager(article):
    claim = article.claims.first()
    Claim.all_objects.filter(pk=claim.pk).update(deleted_at="2026-01-01T00:00:00Z")
    assert not Claim.objects.filter(pk=claim.pk).exists()
    assert Claim.all_objects.filter(pk=claim.pk).exists()


def test_it_keeps_the_audit_append_only(article):
    event = ClaimEvent.objects.create(action="edited", claim=article.claims.first())
    with pytest.raises(PermissionError):
        event.save()
    with pytest.raises(PermissionError):
        event.delete()
    with pytest.raises(PermissionError):
        ClaimEvent.objects.all().update(note="rewritten")
    with pytest.raises(PermissionError):
        ClaimEvent.objects.all().delete()
