"""Verification report views: the HTML report, its JSON / CSV / ClaimReview
exports, publishing, and the public read-only link (/r/<token>/).

Private views need a login; publishing needs `claims.publish_report`; the
public views need only a valid token of a currently published report.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import content_disposition_header
from django.utils.safestring import mark_safe
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST, require_safe

from claims import services
from claims.errors import ServiceError
from claims.models import Article, ReportVersion
from claims.reports import chart, claimreview, exports, snapshot
from claims.reports.builder import build_report
from claims.reports.readiness import readiness
from claims.services.articles import CORRECTION_NOTE_LIMIT
from claims.views.permissions import error_status

JSONLD_TYPE = "application/ld+json"


# --- helpers ------------------------------------------------------------------


def _private_article(pk: int) -> Article:
    return get_object_or_404(Article.objects.select_related("report_published_by"), pk=pk)


def _public_article(token: str) -> Article:
    """The article whose report is published under `token`; 404 otherwise
    (unknown, malformed, or revoked by unpublishing)."""
    article = (
        Article.objects.select_related("report_published_by")
        .filter(report_token=token, report_published_at__isnull=False)
        .first()
    )
    if article is None:
        raise Http404("No published report at this address.")
    return article


def _urls(request, article: Article, *, public: bool) -> dict:
    """Absolute and relative URLs the report shows or embeds.

    `canonical` is the report's address for the world: the public link once
    published (ClaimReview urls and JSON claim urls use it), else the private page."""
    private = reverse("report", args=[article.pk])
    public_path = (
        reverse("public_report", args=[article.report_token]) if article.is_published else None
    )
    canonical = public_path or private
    if public:
        downloads = {
            "json": reverse("public_report_json", args=[article.report_token]),
            "csv": reverse("public_report_csv", args=[article.report_token]),
            "jsonld": reverse("public_claimreview", args=[article.report_token]),
        }
    else:
        downloads = {
            "json": reverse("report_json", args=[article.pk]),
            "csv": reverse("report_csv", args=[article.pk]),
            "jsonld": reverse("report_claimreview", args=[article.pk]),
        }
    return {
        "private": private,
        "public": public_path,
        "public_absolute": request.build_absolute_uri(public_path) if public_path else None,
        "canonical_absolute": request.build_absolute_uri(canonical),
        "downloads": downloads,
    }


def _attachment(content, *, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response


def _render_report(request, article: Article, *, public: bool, status: int = 200):
    report = build_report(article)
    urls = _urls(request, article, public=public)
    jsonld = None
    if article.is_published:
        reviews = claimreview.claim_reviews(report, report_url=urls["canonical_absolute"])
        if reviews:
            jsonld = claimreview.script_json(reviews)
    context = {
        "report": report,
        "article": article,
        "public": public,
        "urls": urls,
        "status_chart": chart.status_chart(report.summary),
        "kind_chart": chart.kind_chart(report.summary),
        "text_segments": report.text_segments(),
        "jsonld": jsonld,
        "can_publish": (not public) and request.user.has_perm("claims.publish_report"),
        "readiness": readiness(report),
        "latest_version": article.report_versions.order_by("-number").first(),
        "correction_note_limit": CORRECTION_NOTE_LIMIT,
    }
    return render(request, "reports/report.html", context, status=status)


def _json(request, article, *, public: bool):
    report = build_report(article)
    urls = _urls(request, article, public=public)
    data = exports.report_dict(
        report, report_url=urls["canonical_absolute"], public_url=urls["public_absolute"]
    )
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False, "indent": 2})
    response["Content-Disposition"] = content_disposition_header(
        request.GET.get("download") == "1", exports.filename(report, "json")
    )
    return response


def _csv(request, article, *, public: bool):
    report = build_report(article)
    urls = _urls(request, article, public=public)
    return _attachment(
        exports.report_csv(report, report_url=urls["canonical_absolute"]),
        content_type="text/csv; charset=utf-8",
        filename=exports.filename(report, "csv"),
    )


def _jsonld(request, article, *, public: bool):
    report = build_report(article)
    urls = _urls(request, article, public=public)
    reviews = claimreview.claim_reviews(report, report_url=urls["canonical_absolute"])
    return _attachment(
        claimreview.script_json(reviews),
        content_type=JSONLD_TYPE,
        filename=exports.filename(report, "jsonld"),
    )


# The API answers with the same exports (claims/api/reports.py).
report_json_response = _json
claimreview_response = _jsonld


# --- private (login) ----------------------------------------------------------


@login_required
@require_safe
def report(request, pk):
    return _render_report(request, _private_article(pk), public=False)


@login_required
@require_safe
def report_json(request, pk):
    return _json(request, _private_article(pk), public=False)


@login_required
@require_safe
def report_csv(request, pk):
    return _csv(request, _private_article(pk), public=False)


@login_required
@require_safe
def report_claimreview(request, pk):
    return _jsonld(request, _private_article(pk), public=False)


def _require_publisher(request):
    if not request.user.has_perm("claims.publish_report"):
        raise PermissionDenied("Only editors can publish or unpublish a report.")


@login_required
@require_POST
def report_publish(request, pk):
    _require_publisher(request)
    try:
        article = services.report_publish(
            article=_private_article(pk),
            by=request.user,
            correction_note=request.POST.get("correction_note", ""),
        )
    except ServiceError as exc:
        messages.error(request, exc.message)
        return _render_report(request, _private_article(pk), public=False, status=error_status(exc))
    version = article.report_versions.order_by("-number").first()
    if version.number > 1:
        messages.success(
            request,
            f"Version {version.number} is published as a correction: the "
            "public link shows it, with the correction note.",
        )
    else:
        messages.success(
            request,
            "The report is published: claims, evidence and links are "
            "locked, and the public link below works without logging in.",
        )
    return redirect("report", pk=article.pk)


@login_required
@require_POST
def report_unpublish(request, pk):
    _require_publisher(request)
    article = services.report_unpublish(article=_private_article(pk), by=request.user)
    messages.success(
        request,
        "The report is unpublished: the public link no longer works and "
        "claims can be edited again.",
    )
    return redirect("report", pk=article.pk)


# --- public (token): served from the published snapshot ------------------------


def _public_version(token: str, number: str | None) -> tuple[Article, ReportVersion, list]:
    """The published article, the version asked for (default: the latest) and
    all its versions, newest first; 404 when unknown or unpublished."""
    article = _public_article(token)
    versions = list(
        article.report_versions.only("number", "published_at", "correction_note").order_by(
            "-number"
        )
    )
    if not versions:  # published before versions were stored
        services.report_snapshot_first(article=article)
        return _public_version(token, number)
    if number is None:
        return article, ReportVersion.objects.get(pk=versions[0].pk), versions
    version = ReportVersion.objects.filter(article=article, number=int(number)).first()
    if version is None:
        raise Http404("This report has no such version.")
    return article, version, versions


def _origin(request) -> str:
    return request.build_absolute_uri("/")[:-1]


def _stored(request, text: str) -> str:
    return snapshot.with_origin(text, _origin(request))


@never_cache
@require_safe
def public_report(request, token, number=None):
    article, version, versions = _public_version(token, number)
    for v in versions:
        v.url = snapshot.version_urls(token, v.number)["page"]
    context = {
        "article": article,
        "public": True,
        "snapshot": version,
        "snapshot_html": mark_safe(_stored(request, version.html)),  # rendered, escaped, stored
        "snapshot_jsonld": mark_safe(_stored(request, version.jsonld_script)),
        "versions": versions,
        "is_latest": version.number == versions[0].number,
        "latest_url": reverse("public_report", args=[token]),
        "report": None,
    }
    return render(request, "reports/report.html", context)


@never_cache
@require_safe
def public_report_json(request, token, number=None):
    _, version, _ = _public_version(token, number)
    response = HttpResponse(
        _stored(request, version.json).encode(), content_type="application/json"
    )
    response["Content-Disposition"] = content_disposition_header(
        request.GET.get("download") == "1", version.filename_stem + ".json"
    )
    return response


@never_cache
@require_safe
def public_report_csv(request, token, number=None):
    _, version, _ = _public_version(token, number)
    return _attachment(
        _stored(request, version.csv).encode(),
        content_type="text/csv; charset=utf-8",
        filename=version.filename_stem + ".csv",
    )


@never_cache
@require_safe
def public_claimreview(request, token, number=None):
    _, version, _ = _public_version(token, number)
    return _attachment(
        _stored(request, version.claimreview).encode(),
        content_type=JSONLD_TYPE,
        filename=version.filename_stem + ".jsonld",
    )
