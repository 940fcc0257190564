"""Verification report URLs (HTML, JSON, CSV, ClaimReview JSON-LD, publishing)."""

from django.urls import path, re_path

from claims.views import publishing
from claims.views import reports as views

# report_token is secrets.token_urlsafe(32): 43 characters of [A-Za-z0-9_-].
TOKEN = r"(?P<token>[A-Za-z0-9_-]{20,64})"
VERSION = r"(?P<number>[1-9][0-9]{0,8})"

urlpatterns = [
    path("articles/<int:pk>/report/", views.report, name="report"),
    path("articles/<int:pk>/report.json", views.report_json, name="report_json"),
    path("articles/<int:pk>/report.csv", views.report_csv, name="report_csv"),
    path(
        "articles/<int:pk>/claimreview.jsonld", views.report_claimreview, name="report_claimreview"
    ),
    path(
        "articles/<int:pk>/report/publish/check/",
        publishing.report_publish_check,
        name="report_publish_check",
    ),
    path("articles/<int:pk>/report/publish/", views.report_publish, name="report_publish"),
    path("articles/<int:pk>/report/unpublish/", views.report_unpublish, name="report_unpublish"),
    re_path(rf"^r/{TOKEN}/$", views.public_report, name="public_report"),
    re_path(rf"^r/{TOKEN}/report\.json$", views.public_report_json, name="public_report_json"),
    re_path(rf"^r/{TOKEN}/report\.csv$", views.public_report_csv, name="public_report_csv"),
    re_path(
        rf"^r/{TOKEN}/claimreview\.jsonld$", views.public_claimreview, name="public_claimreview"
    ),
    # Each published version at its own address (kept after corrections).
    re_path(rf"^r/{TOKEN}/v{VERSION}/$", views.public_report, name="public_report_version"),
    re_path(
        rf"^r/{TOKEN}/v{VERSION}/report\.json$",
        views.public_report_json,
        name="public_report_version_json",
    ),
    re_path(
        rf"^r/{TOKEN}/v{VERSION}/report\.csv$",
        views.public_report_csv,
        name="public_report_version_csv",
    ),
    re_path(
        rf"^r/{TOKEN}/v{VERSION}/claimreview\.jsonld$",
        views.public_claimreview,
        name="public_claimreview_version",
    ),
]
