"""schema.org ClaimReview JSON-LD: one review per claim with a final status.

https://schema.org/ClaimReview and Google's ClaimReview guidelines: the rating
(1–5, alternateName) comes from claims.status; the reviewer is the newsroom
(FACTCHECK_ORG_NAME / FACTCHECK_ORG_URL).
"""

from __future__ import annotations

import json

from django.conf import settings
from django.utils import timezone
from django.utils.safestring import SafeString

from claims.models import SpeakerKind
from claims.reports.builder import Report, ReportClaim

SCHEMA_CONTEXT = "https://schema.org"

# json.dumps output made safe to place inside <script>…</script>: no "<" can
# start "</script>" or "<!--", and no "&" or ">" can be misread.
_SCRIPT_ESCAPES = {
    ord("<"): "\\u003c",
    ord(">"): "\\u003e",
    ord("&"): "\\u0026",
    0x2028: "\\u2028",
    0x2029: "\\u2029",
}


def script_json(data) -> SafeString:
    """JSON for the body of a <script> element (like Django's json_script)."""
    return SafeString(json.dumps(data, ensure_ascii=False).translate(_SCRIPT_ESCAPES))


def _claim_author(item: ReportClaim, report: Report) -> dict | None:
    claim = item.claim
    if claim.speaker_id:
        kind = "Person" if claim.speaker.kind == SpeakerKind.PERSON else "Organization"
        return {"@type": kind, "name": claim.speaker.name}
    if claim.speaker_mention:
        # A speaker named in the text but not (yet) resolved to a Speaker: its
        # kind is unknown; groups and institutions are the common case.
        return {"@type": "Organization", "name": claim.speaker_mention}
    if report.article.publisher:
        return {"@type": "Organization", "name": report.article.publisher}
    return None


def review_date(report: Report):
    when = report.published_at or timezone.now()
    return timezone.localdate(when)


def claim_review(item: ReportClaim, report: Report, *, report_url: str) -> dict:
    article, status = report.article, item.status
    item_reviewed: dict = {"@type": "Claim"}
    author = _claim_author(item, report)
    if author:
        item_reviewed["author"] = author
    if article.published_at:
        item_reviewed["datePublished"] = timezone.localdate(article.published_at).isoformat()
    if article.url:
        appearance = {"@type": "CreativeWork", "url": article.url, "headline": article.title}
        if article.publisher:
            appearance["publisher"] = {"@type": "Organization", "name": article.publisher}
        item_reviewed["appearance"] = appearance
    review = {
        "@context": SCHEMA_CONTEXT,
        "@type": "ClaimReview",
        "url": f"{report_url}#{item.anchor}",
        "claimReviewed": item.claim.text,
        "datePublished": review_date(report).isoformat(),
        "author": {
            "@type": "Organization",
            "name": settings.FACTCHECK_ORG_NAME,
            "url": settings.FACTCHECK_ORG_URL,
        },
        "itemReviewed": item_reviewed,
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": status.rating,
            "bestRating": 5,
            "worstRating": 1,
            "alternateName": status.label,
        },
    }
    if item.claim.rationale:
        review["reviewBody"] = item.claim.rationale
    return review


def claim_reviews(report: Report, *, report_url: str) -> list[dict]:
    """One ClaimReview per claim whose status is final (it has a rating)."""
    return [
        claim_review(item, report, report_url=report_url)
        for item in report.claims
        if item.status.final and item.status.rating is not None
    ]
