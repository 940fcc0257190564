"""/api/v1/articles/{id}/report: the verification report as JSON (the same
export as the web app's report.json, see docs/report-json-schema.md) and as
ClaimReview JSON-LD; editors publish and unpublish it."""

from typing import Any

from django.shortcuts import get_object_or_404
from ninja import Query, Router

from claims import services
from claims.api.auth import require
from claims.api.common import ERRORS, READ_ERRORS
from claims.api.schemas import NO_NUL, ArticleOut, Id
from claims.models import Article
from claims.views import reports as report_views

router = Router(tags=["reports"])
JSONLD = {
    "content": {"application/ld+json": {"schema": {"type": "array", "items": {"type": "object"}}}},
    "description": "schema.org ClaimReview, one per claim with a final status",
}


def _article(pk: int) -> Article:
    return get_object_or_404(Article.objects.select_related("report_published_by"), pk=pk)


@router.get(
    "/articles/{article_id}/report",
    response={200: dict[str, Any], **READ_ERRORS},
    summary="The verification report (JSON export, draft or published)",
)
def get_report(request, article_id: Id):
    require(request, "claims.view_article")
    return report_views.report_json_response(request, _article(article_id), public=False)


@router.get(
    "/articles/{article_id}/claimreview",
    response={200: list[dict[str, Any]], **READ_ERRORS},
    summary="The report as ClaimReview JSON-LD",
    openapi_extra={"responses": {200: JSONLD}},
)
def get_claimreview(request, article_id: Id):
    require(request, "claims.view_article")
    return report_views.claimreview_response(request, _article(article_id), public=False)


@router.post(
    "/articles/{article_id}/report/publish",
    response={200: ArticleOut, **ERRORS},
    summary="Publish the report (editors): claims lock, the public link works",
)
def publish_report(
    request,
    article_id: Id,
    correction_note: str = Query(
        "",
        max_length=5000,
        pattern=NO_NUL,
        description="Required when the report was published before: what changed.",
    ),
):
    """Publishing again (after changes, or after unpublishing) is a correction
    and needs a `correction_note` saying what changed."""
    require(request, "claims.publish_report")
    return services.report_publish(
        article=_article(article_id), by=request.user, correction_note=correction_note
    )


@router.post(
    "/articles/{article_id}/report/unpublish",
    response={200: ArticleOut, **ERRORS},
    summary="Unpublish the report (editors)",
)
def unpublish_report(request, article_id: Id):
    require(request, "claims.publish_report")
    return services.report_unpublish(article=_article(article_id), by=request.user)
