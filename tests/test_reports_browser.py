"""The report in a real Chromium: no CSP violations, the print stylesheet
hides the controls, and screenshots + an A4 PDF for a human to look at
(artifacts/reports/)."""

from pathlib import Path

import pytest
from django.test import Client
from test_reports_support import scripted_review

from claims import services
from claims.models import Article

# serialized_rollback like every transactional test here: mixing the two modes
# makes a later restore collide with content types a plain flush re-created.
pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts" / "reports"


def _logged_in_context(browser, live_server, user):
    client = Client()
    client.force_login(user)
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    return context


def test_the_report_renders_cleanly_on_screen_and_in_print(
    live_server, browser, article, reviewer, editor
):
    reviewed = scripted_review(article, reviewer, editor)
    services.report_publish(article=reviewed.article, by=editor)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)

    context = _logged_in_context(browser, live_server, editor)
    page = context.new_page()
    problems = []
    page.on(
        "console", lambda m: problems.append(m.text) if m.type in ("error", "warning") else None
    )
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.goto(f"{live_server.url}/articles/{reviewed.article.pk}/report/")
    page.wait_for_selector("#summary-title")
    assert page.locator(".controls").is_visible()
    # Status colours arrived through the generated stylesheet.
    badge = page.locator(f"#claim-{reviewed.rebel.pk} .badge")
    assert badge.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(254, 202, 202)"
    page.screenshot(path=str(ARTIFACTS / "report-screen.png"), full_page=True)

    page.emulate_media(media="print")
    assert not page.locator(".controls").is_visible()
    page.screenshot(path=str(ARTIFACTS / "report-print.png"), full_page=True)
    page.pdf(path=str(ARTIFACTS / "report.pdf"), format="A4", print_background=True)
    pdf = (ARTIFACTS / "report.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and b"/MediaBox [0 0 595.9" in pdf  # A4: 595.9 x 842.9 pt
    # The printed page is about 680 CSS px wide (A4 less the @page margins).
    page.set_viewport_size({"width": 680, "height": 960})
    page.screenshot(path=str(ARTIFACTS / "report-print-a4-width.png"), full_page=True)
    context.close()

    # The public page, without login.
    anonymous = browser.new_context(viewport={"width": 1200, "height": 900})
    public = anonymous.new_page()
    public.on(
        "console", lambda m: problems.append(m.text) if m.type in ("error", "warning") else None
    )
    token = Article.objects.get(pk=reviewed.article.pk).report_token
    public.goto(f"{live_server.url}/r/{token}/")
    public.wait_for_selector("#summary-title")
    assert public.locator(".controls").count() == 0
    assert public.locator('script[type="application/ld+json"]').count() == 1
    public.screenshot(path=str(ARTIFACTS / "report-public.png"), full_page=True)
    anonymous.close()

    # A CSP violation (inline style, inline script) shows up as a console error.
    assert problems == []
