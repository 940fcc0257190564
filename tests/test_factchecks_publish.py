"""The desk's own published ClaimReviews join the fact-check library when a
report is published, and leave it when the report is unpublished."""

import pytest
from django.conf import settings
from test_reports_support import XSS, published, reviewed  # noqa: F401

from claims import services
from claims.factcheck_matches import factcheck_matches
from claims.models import Article, Claim, ClaimEvent, FactCheck
from claims.models_factchecks import WORKBENCH

pytestmark = pytest.mark.django_db


def own():
    return {fc.claim_id: fc for fc in FactCheck.objects.filter(imported_from=WORKBENCH)}


def test_publishing_puts_every_final_review_in_the_library(published):
    article = published.article
    entries = own()
    # final statuses only: the claim still in review is not a published review
    assert set(entries) == {
        published.rebel.pk,
        published.ministry.pk,
        published.soldiers.pk,
        published.xss.pk,
    }
    rebel = entries[published.rebel.pk]
    site = settings.FACTCHECK_SITE_URL.rstrip("/")
    assert rebel.url == f"{site}/r/{article.report_token}/#claim-{published.rebel.pk}"
    assert rebel.claim_reviewed == published.rebel.text
    assert (rebel.rating, rebel.verdict, rebel.stance) == ("Contradicted", "false", "contradicts")
    assert rebel.publisher == settings.FACTCHECK_ORG_NAME
    assert rebel.published_at is not None and rebel.title == ""  # our reviews carry no headline
    assert entries[published.ministry.pk].stance == "supports"
    assert entries[published.soldiers.pk].verdict == "unproven"
    assert entries[published.xss.pk].verdict == "mixed"
    assert entries[published.xss.pk].claim_reviewed == " ".join(XSS.split())


def test_a_claim_elsewhere_finds_the_desks_own_review_but_the_claim_itself_does_not(published):
    later = Article.objects.create(
        title="Rebels repeat their claim",
        publisher="Third Wire",
        body=published.rebel.text,
        extraction_state="done",
    )
    repeat = Claim.objects.create(
        article=later, text=published.rebel.text, start=0, end=len(published.rebel.text), position=0
    )
    found = [m.factcheck for m in factcheck_matches(repeat)]
    assert own()[published.rebel.pk] in found
    assert own()[published.rebel.pk] not in [
        m.factcheck for m in factcheck_matches(published.rebel)
    ]


def test_unpublishing_withdraws_and_republishing_replaces_them(published, editor):
    article = published.article
    first = {fc.url for fc in own().values()}
    services.report_unpublish(article=article, by=editor)
    assert own() == {}
    withdrawn = ClaimEvent.objects.filter(action="factcheck_withdrawn")
    assert withdrawn.count() == 4 and {e.actor for e in withdrawn} == {editor}
    assert published.rebel.pk in {e.claim_id for e in withdrawn}
    article = services.report_publish(
        article=article, by=editor, correction_note="Published again after a review."
    )
    second = {fc.url for fc in own().values()}
    assert len(second) == 4 and second == first  # the public link survives an unpublish
    assert all(article.report_token in url for url in second)


def test_publishing_twice_changes_nothing(published, editor):
    before = {(fc.pk, fc.url, fc.verdict) for fc in own().values()}
    services.report_publish(
        article=published.article,
        by=editor,  # a correction, same entries
        correction_note="A typo in a rationale.",
    )
    services.factchecks_from_report(article=published.article)  # a re-sync is idempotent too
    assert {(fc.pk, fc.url, fc.verdict) for fc in own().values()} == before


def test_publishing_from_the_view_fills_the_library(editor_client, reviewed):
    from django.urls import reverse

    editor_client.post(reverse("report_publish", args=[reviewed.article.pk]))
    assert len(own()) == 4
