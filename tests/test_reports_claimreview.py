"""schema.org ClaimReview JSON-LD: downloadable, embedded when published, and
unable to break out of its <script> element."""

import json
import re

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from test_reports_support import XSS, published, reviewed  # noqa: F401

from claims import status as statuses
from claims.reports.claimreview import script_json

pytestmark = pytest.mark.django_db

REQUIRED = {
    "@context",
    "@type",
    "url",
    "claimReviewed",
    "datePublished",
    "author",
    "itemReviewed",
    "reviewRating",
}


def _check_review(review, *, article, base_url, date):
    assert REQUIRED <= set(review)
    assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
    assert review["url"].startswith(base_url + "#claim-")
    assert review["datePublished"] == date
    assert review["author"] == {
        "@type": "Organization",
        "name": settings.FACTCHECK_ORG_NAME,
        "url": settings.FACTCHECK_ORG_URL,
    }
    item = review["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"]["@type"] in ("Person", "Organization") and item["author"]["name"]
    assert item["appearance"] == {
        "@type": "CreativeWork",
        "url": article.url,
        "headline": article.title,
        "publisher": {"@type": "Organization", "name": article.publisher},
    }
    assert item["datePublished"] == "2024-02-06"
    rating = review["reviewRating"]
    assert rating["@type"] == "Rating"
    assert rating["bestRating"] == 5 and rating["worstRating"] == 1
    assert 1 <= rating["ratingValue"] <= 5
    status = next(s for s in statuses.STATUSES if s.label == rating["alternateName"])
    assert status.final and status.rating == rating["ratingValue"]
    return status


def test_the_download_has_one_review_per_final_claim(reviewer_client, reviewed):
    response = reviewer_client.get(reverse("report_claimreview", args=[reviewed.article.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/ld+json"
    assert response["Content-Disposition"].startswith("attachment;")
    reviews = json.loads(response.content)
    base = f"http://testserver/articles/{reviewed.article.pk}/report/"
    today = timezone.localdate().isoformat()
    seen = {}
    for review in reviews:
        status = _check_review(review, article=reviewed.article, base_url=base, date=today)
        seen[int(review["url"].rsplit("-", 1)[1])] = (status.value, review)
    # Only final statuses: the in-review claim is not there.
    assert set(seen) == {
        reviewed.rebel.pk,
        reviewed.ministry.pk,
        reviewed.soldiers.pk,
        reviewed.xss.pk,
    }
    rebel = seen[reviewed.rebel.pk][1]
    assert rebel["reviewRating"] == {
        "@type": "Rating",
        "ratingValue": 1,
        "bestRating": 5,
        "worstRating": 1,
        "alternateName": "Contradicted",
    }
    assert rebel["claimReviewed"] == reviewed.rebel.text
    assert rebel["reviewBody"].startswith("Satellite imagery")
    # Speaker kinds: government -> Organization, person -> Person, own voice -> publisher.
    assert seen[reviewed.ministry.pk][1]["itemReviewed"]["author"] == {
        "@type": "Organization",
        "name": "Ministry of Defence",
    }
    assert seen[reviewed.xss.pk][1]["itemReviewed"]["author"] == {
        "@type": "Person",
        "name": "Jane Spokes",
    }
    assert seen[reviewed.soldiers.pk][1]["itemReviewed"]["author"] == {
        "@type": "Organization",
        "name": "Wire",
    }
    assert seen[reviewed.xss.pk][1]["claimReviewed"] == XSS


def test_it_omits_appearance_when_the_article_has_no_url(reviewer_client, reviewed):
    reviewed.article.url = None
    reviewed.article.save()
    reviews = reviewer_client.get(reverse("report_claimreview", args=[reviewed.article.pk])).json()
    assert reviews and all("appearance" not in r["itemReviewed"] for r in reviews)


def _embedded(html):
    blocks = re.findall(
        r'<script type="application/ld\+json" nonce="([^"]*)">(.*?)</script>', html, re.S
    )
    return blocks


def test_a_draft_report_embeds_no_claimreview(reviewer_client, reviewed):
    html = reviewer_client.get(reverse("report", args=[reviewed.article.pk])).content.decode()
    assert _embedded(html) == []


def test_the_published_report_embeds_claimreview_on_both_pages(editor_client, client, published):
    token = published.article.report_token
    public_base = f"http://testserver/r/{token}/"
    date = timezone.localdate(published.article.report_published_at).isoformat()
    for page, c in (
        (reverse("report", args=[published.article.pk]), editor_client),
        (reverse("public_report", args=[token]), client),
    ):
        response = c.get(page)
        html = response.content.decode()
        blocks = _embedded(html)
        assert len(blocks) == 1
        nonce, body = blocks[0]
        assert nonce and nonce in response["Content-Security-Policy"]
        reviews = json.loads(body)
        assert len(reviews) == 4
        for review in reviews:
            _check_review(review, article=published.article, base_url=public_base, date=date)
        # The hostile claim text cannot close the element: no "<" in the block at all.
        assert "<" not in body and ">" not in body and "&" not in body
        assert "\\u003c/script\\u003e\\u003cscript\\u003ealert(1)" in body
        assert "<script>alert(1)</script>" not in html
        assert XSS in [r["claimReviewed"] for r in reviews]


def test_script_json_escapes_everything_that_could_end_the_script():
    out = script_json({"t": "</script><!-- & \u2028"})
    assert out == '{"t": "\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028"}'
    assert json.loads(out) == {"t": "</script><!-- & \u2028"}
