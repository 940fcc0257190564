import pytest

from claims import services
from claims.errors import InvalidInput
from claims.models import ClaimEvent, ClaimLink, Evidence, Source

pytestmark = pytest.mark.django_db


def test_it_reuses_a_source_by_normalised_url(article, reviewer):
    a, b = list(article.claims.order_by("position"))[:2]
    services.evidence_add(
        claim=a,
        by=reviewer,
        url="https://EXAMPLE.org/page?utm_medium=x",
        stance="supports",
        title="Statement",
    )
    services.evidence_add(
        claim=b, by=reviewer, url="https://example.org/page", stance="contradicts"
    )
    assert Source.objects.count() == 1
    assert Source.objects.get().title == "Statement"


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "data:text/html,hi",
        "file:///etc/passwd",
        "ftp://example.org/x",
        "not a url",
    ],
)
def test_it_refuses_non_http_source_urls(article, reviewer, url):
    claim = article.claims.first()
    with pytest.raises(InvalidInput):
        services.evidence_add(claim=claim, by=reviewer, url=url, stance="supports")
    assert not Evidence.objects.exists() and not Source.objects.exists()
    assert not ClaimEvent.objects.exists()


def test_it_audits_evidence_added_and_removed(article, reviewer):
    claim = article.claims.first()
    ev = services.evidence_add(
        claim=claim,
        by=reviewer,
        url="https://example.org/a",
        stance="supports",
        excerpt="We confirm the attack.",
    )
    services.evidence_remove(evidence=ev, by=reviewer)
    actions = list(
        ClaimEvent.objects.filter(claim=claim).order_by("id").values_list("action", flat=True)
    )
    assert actions == ["evidence_added", "evidence_removed"]
    assert (
        ClaimEvent.objects.get(action="evidence_removed").before["excerpt"]
        == "We confirm the attack."
    )


def test_it_links_claims_and_flags_same_speaker_as_not_independent(article, reviewer):
    a, b = list(article.claims.order_by("position"))[:2]
    services.claim_update(claim=a, by=reviewer, expected_version=None, speaker_name="Rebel group")
    services.claim_update(claim=b, by=reviewer, expected_version=None, speaker_name="Rebel group")
    link = services.link_create(from_claim=b, to_claim=a, relation="confirms", by=reviewer)
    assert not ClaimLink.objects.get(pk=link.pk).is_independent
    assert ClaimEvent.objects.filter(action="link_added").count() == 2


def test_it_refuses_a_duplicate_or_reverse_link(article, reviewer):
    a, b = list(article.claims.order_by("position"))[:2]
    services.link_create(from_claim=b, to_claim=a, relation="confirms", by=reviewer)
    with pytest.raises(InvalidInput, match="already linked"):
        services.link_create(from_claim=a, to_claim=b, relation="repeats", by=reviewer)
    assert ClaimLink.objects.count() == 1


def test_it_remembers_a_dismissed_suggestion(article, reviewer):
    a, b = list(article.claims.order_by("position"))[:2]
    services.suggestion_dismiss(claim=a, other=b, by=reviewer)
    services.suggestion_dismiss(claim=a, other=b, by=reviewer)
    assert ClaimEvent.objects.filter(action="suggestion_dismissed").count() == 1
