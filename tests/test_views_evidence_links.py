import pytest
from django.urls import reverse

from claims.models import ClaimLink, Evidence, Source, SuggestionDismissal

pytestmark = pytest.mark.django_db
H = {"HTTP_HX_REQUEST": "true", "HTTP_HX_TARGET": "panel"}


def claims_of(article):
    return list(article.claims.order_by("position"))


def test_it_adds_and_removes_evidence_reusing_a_source(reviewer_client, article):
    a, b, _ = claims_of(article)
    for c in (a, b):
        r = reviewer_client.post(
            reverse("evidence_add", args=[c.pk]),
            {
                "ev-version": c.version,
                "ev-url": "https://example.org/report",
                "ev-kind": "news",
                "ev-stance": "supports",
                "ev-title": "Report",
            },
            **H,
        )
        assert r.status_code == 200 and "Evidence added" in r.content.decode()
    assert Source.objects.count() == 1 and Evidence.objects.count() == 2
    ev = Evidence.objects.first()
    r = reviewer_client.post(reverse("evidence_remove", args=[ev.pk]), **H)
    assert r.status_code == 200 and Evidence.objects.count() == 1


def test_it_rejects_a_bad_source_url_with_400(reviewer_client, article):
    a = claims_of(article)[0]
    r = reviewer_client.post(
        reverse("evidence_add", args=[a.pk]),
        {
            "ev-version": 1,
            "ev-url": "javascript:alert(1)",
            "ev-kind": "news",
            "ev-stance": "supports",
        },
        **H,
    )
    assert r.status_code == 400 and not Evidence.objects.exists()


def test_it_accepts_a_suggestion_with_the_denial_contradicting(reviewer_client, article):
    claim, denial, _ = claims_of(article)
    type(denial).objects.filter(pk=denial.pk).update(
        text="The defence ministry denied that an army helicopter was shot down."
    )
    r = reviewer_client.post(
        reverse("suggestion_accept", args=[claim.pk]), {"other": denial.pk}, **H
    )
    assert r.status_code == 200
    link = ClaimLink.objects.get()
    assert (link.from_claim, link.to_claim, link.relation, link.origin) == (
        denial,
        claim,
        "contradicts",
        "suggested",
    )
    assert link.score is not None


def test_it_dismisses_a_suggestion(reviewer_client, article):
    claim, denial, _ = claims_of(article)
    r = reviewer_client.post(
        reverse("suggestion_dismiss", args=[claim.pk]), {"other": denial.pk}, **H
    )
    assert r.status_code == 200 and SuggestionDismissal.objects.count() == 1


def test_it_links_from_search_and_unlinks(reviewer_client, article):
    claim, denial, stat = claims_of(article)
    frag = reviewer_client.get(
        reverse("link_search", args=[claim.pk]), {"q": "soldiers"}, **H
    ).content.decode()
    assert "About 40 soldiers" in frag and 'id="link-results"' in frag
    r = reviewer_client.post(
        reverse("link_create", args=[claim.pk]),
        {"link-other": stat.pk, "link-relation": "repeats", "link-direction": "out"},
        **H,
    )
    assert (
        r.status_code == 200 and ClaimLink.objects.filter(from_claim=claim, to_claim=stat).exists()
    )
    r = reviewer_client.post(
        reverse("link_create", args=[claim.pk]),
        {"link-other": stat.pk, "link-relation": "repeats", "link-direction": "out"},
        **H,
    )
    assert r.status_code == 400 and "already linked" in r.content.decode()
    link = ClaimLink.objects.get()
    assert (
        reviewer_client.post(
            reverse("link_remove", args=[link.pk]), {"claim": claim.pk}, **H
        ).status_code
        == 200
    )
    assert not ClaimLink.objects.exists()
