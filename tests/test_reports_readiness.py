"""What is still open before publishing (claims/reports/readiness.py), the
publish step that shows it (claims/views/publishing.py), and the report
saying how many items remain."""

import pytest
from django.urls import reverse

from claims import services
from claims.models import ClaimLink
from claims.reports.builder import build_report
from claims.reports.readiness import readiness

pytestmark = pytest.mark.django_db


def counts(article) -> dict:
    return {k.key: k.count for k in readiness(build_report(article)).kinds}


def claims_of(article):
    return list(article.claims.order_by("position"))


def test_it_counts_what_is_open_on_a_fresh_article(article):
    # three check-worthy claims (0.9, 0.8, 0.6), none reviewed, no evidence
    assert counts(article) == {
        "unfinished": 3,
        "no_evidence": 3,
        "unconfirmed_links": 0,
        "not_independent": 0,
    }


def test_it_counts_decisions_evidence_and_links(article, reviewer):
    rebel, ministry, soldiers = claims_of(article)
    services.claim_set_status(
        claim=ministry, status="contradicted", by=reviewer, rationale="Wreckage photographed."
    )
    services.evidence_add(
        claim=ministry, by=reviewer, url="https://a.example/wreck", stance="contradicts"
    )
    services.claim_set_status(claim=soldiers, status="not_checkable", by=reviewer)
    assert counts(article) == {
        "unfinished": 1,
        "no_evidence": 1,
        "unconfirmed_links": 0,
        "not_independent": 0,
    }

    # The rebels confirm their own claim: a confirmation, but not an independent one
    rebel = services.claim_update(
        claim=rebel, by=reviewer, expected_version=None, speaker_name="Rebel Front"
    )
    echo = services.claim_create(
        article=article,
        start=0,
        end=10,
        by=reviewer,
        text="The Rebel Front repeated that it downed the helicopter.",
        speaker_name="Rebel Front",
    )
    services.link_create(from_claim=echo, to_claim=rebel, relation="confirms", by=reviewer)
    result = readiness(build_report(article))
    dependent = next(k for k in result.kinds if k.key == "not_independent")
    assert dependent.count == 1 and "not independent" in dependent.items[0].detail
    assert dependent.items[0].claim.pk == rebel.pk

    # A link nobody confirmed (as the matcher writes them) counts once, not once per end
    ClaimLink.objects.update(confirmed_at=None, confirmed_by=None)
    result = readiness(build_report(article))
    assert next(k for k in result.kinds if k.key == "unconfirmed_links").count == 1
    assert result.remaining == sum(k.count for k in result.kinds) and not result.ready
    assert (
        next(k for k in result.kinds if k.key == "unconfirmed_links").phrase
        == "1 link not yet confirmed"
    )


def test_it_is_ready_when_every_check_worthy_claim_is_decided_with_evidence(article, reviewer):
    for claim in claims_of(article):
        services.claim_set_status(claim=claim, status="unverified", by=reviewer)
        services.evidence_add(
            claim=claim, by=reviewer, url=f"https://a.example/{claim.pk}", stance="context"
        )
    result = readiness(build_report(article))
    assert result.ready and result.remaining == 0 and result.open_kinds == []


def test_the_publish_step_shows_what_is_open_and_asks_to_confirm(client, editor, article):
    client.force_login(editor)
    report = client.get(reverse("report", args=[article.pk])).content.decode()
    check_url = reverse("report_publish_check", args=[article.pk])
    assert f'href="{check_url}">Publish report…</a>' in report  # the report leads to the step
    page = client.get(check_url).content.decode()
    assert "6 open items" in page
    assert '<strong class="count">3</strong> check-worthy claims without a final status' in page
    assert '<strong class="count">3</strong> claims with no evidence' in page
    assert '<span class="count">0</span> links not yet confirmed' in page
    # Each open claim links to the workspace
    for claim in claims_of(article):
        assert f'href="{claim.get_absolute_url()}"' in page
    # Confirming publishes with open items; the report then says how many remain
    assert 'name="confirm_open" value="6" required' in page
    assert f'action="{reverse("report_publish", args=[article.pk])}"' in page
    response = client.post(reverse("report_publish", args=[article.pk]), {"confirm_open": "6"})
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.is_published
    public = client.get(reverse("public_report", args=[article.report_token])).content.decode()
    assert "open items remain:" in public
    assert "3 check-worthy claims without a final status; 3 claims with no evidence" in public


def test_only_editors_reach_the_publish_step(reviewer_client, article):
    response = reviewer_client.get(reverse("report_publish_check", args=[article.pk]))
    assert response.status_code == 403
