"""A published report, rendered once: the HTML report's <main>, its JSON, CSV
and ClaimReview, as stored in a ReportVersion and served byte for byte.

Absolute URLs inside a snapshot are written with ORIGIN in place of the
scheme and host (publishing may happen without a request, e.g. from the
admin); `with_origin` puts the reader's origin back when serving.
"""

import json

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.template.loader import render_to_string
from django.urls import reverse

from claims.reports import chart, claimreview, exports
from claims.reports.builder import build_report
from claims.reports.readiness import readiness

ORIGIN = "\ue000origin\ue000"  # a private-use character pair no user text needs


def with_origin(text: str, origin: str) -> str:
    """The stored text with the reader's origin ("https://host") in its URLs."""
    return text.replace(ORIGIN, origin)


def version_urls(token: str, number: int) -> dict:
    """Where a version's files are served (its own URLs, kept after corrections)."""
    args = [token, number]
    return {
        "page": reverse("public_report_version", args=args),
        "json": reverse("public_report_version_json", args=args),
        "csv": reverse("public_report_version_csv", args=args),
        "jsonld": reverse("public_claimreview_version", args=args),
    }


def render_snapshot(article, *, number: int) -> dict:
    """Everything the public pages of version `number` show, for `article`
    whose report is being published (report_token and report_published_at set).
    Claims of other articles whose report is not published are masked."""
    report = build_report(article, public=True)
    public_path = reverse("public_report", args=[article.report_token])
    canonical = ORIGIN + public_path
    files = version_urls(article.report_token, number)
    urls = {
        "private": None,
        "public": public_path,
        "public_absolute": canonical,
        "canonical_absolute": canonical,
        "downloads": files,
    }
    reviews = claimreview.claim_reviews(report, report_url=canonical)
    data = exports.report_dict(report, report_url=canonical, public_url=canonical)
    data["report"]["version"] = number
    html = render_to_string(
        "reports/report.html#report_main",
        {
            "report": report,
            "article": article,
            "public": True,
            "urls": urls,
            "status_chart": chart.status_chart(report.summary),
            "kind_chart": chart.kind_chart(report.summary),
            "text_segments": report.text_segments(),
            "ORG_NAME": settings.FACTCHECK_ORG_NAME,
            "ORG_URL": settings.FACTCHECK_ORG_URL,
            "version_number": number,
            "readiness": readiness(report),
        },
    )
    csv_bytes = exports.report_csv(report, report_url=canonical)
    return {
        "title": article.title,
        "html": html,
        "jsonld_script": claimreview.script_json(reviews) if reviews else "",
        "json": json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2),
        "csv": csv_bytes.decode("utf-8"),
        "claimreview": str(claimreview.script_json(reviews)),
        "filename_stem": exports.filename(report, "x")[:-2],
    }
