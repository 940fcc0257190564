"""The publish step: before an editor publishes a report, what is still open
(claims/reports/readiness.py) and a confirmation. Publishing itself is the
POST to report_publish (claims/views/reports.py); this page leads to it."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from claims.models import Article
from claims.reports.builder import build_report
from claims.reports.readiness import readiness
from claims.services.articles import CORRECTION_NOTE_LIMIT
from claims.views.permissions import require_perm


@login_required
@require_safe
def report_publish_check(request, pk):
    require_perm(request, "claims.publish_report")
    article = get_object_or_404(Article.objects.select_related("report_published_by"), pk=pk)
    report = build_report(article)
    return render(
        request,
        "reports/publish_check.html",
        {
            "nav": "articles",
            "article": article,
            "report": report,
            "readiness": readiness(report),
            "latest_version": article.report_versions.order_by("-number").first(),
            "correction_note_limit": CORRECTION_NOTE_LIMIT,
        },
    )
