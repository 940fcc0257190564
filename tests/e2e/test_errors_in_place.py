"""Refusals stay in place under scripts/serve's DEBUG=1 (static/js/errors.js):
django-htmx's debug script is loaded and would replace the whole document
with a 400; instead the message shows inside the panel, what was typed stays,
the message is scrolled into view and is the page's one alert, and a 409 keeps
the typed text next to the current values."""

import pytest

from claims import services
from claims.models import Claim
from tests.e2e.conftest import PANEL, shot

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def in_viewport(page, selector) -> bool:
    return page.locator(selector).evaluate(
        "e => { const r = e.getBoundingClientRect();"
        " return r.top > -1 && r.bottom < window.innerHeight + 1 && r.height > 0; }"
    )


def test_it_shows_refusals_in_the_panel_under_debug(
    live_server, open_as, settings, reviewer, other_reviewer, article, artifacts_dir
):
    settings.DEBUG = True  # what scripts/serve runs with: django-htmx's debug script loads
    claim = Claim.objects.get(article=article, position=1)
    page = open_as(reviewer, viewport=(1280, 720))
    page.goto(f"{live_server.url}{claim.get_absolute_url()}")
    page.wait_for_selector(f'#panel[data-claim="{claim.pk}"]')
    assert page.locator('script[src$="django_htmx/django-htmx.js"]').count() == 1

    # 400: "Confirmed" without a rationale, with a half-typed source below
    page.click("#panel summary:has-text('Add a source')")
    page.fill("#id_ev-title", "Ministry statement, typed before the error")
    page.select_option("#id_status-status", "confirmed")
    page.click("#panel button:has-text('Save status')")
    page.locator(f"{PANEL} [role=alert]").wait_for()  # settled: focus and scroll are done
    alert = page.locator("#panel [role=alert]")
    assert "rationale is required" in alert.inner_text()
    # The page is still the workspace: navigation, text and list are there
    assert page.locator("header.site nav").is_visible()
    assert page.locator("#article-text .hl").count() == 3
    assert page.locator(".claim-row").count() == 3
    # What was typed and chosen stays; focus is on the field the message is about
    assert page.input_value("#id_status-status") == "confirmed"
    assert page.evaluate("() => document.activeElement.id") == "id_status-rationale"
    # The message is in view, and is the one alert on the page (announced once)
    assert in_viewport(page, "#panel [role=alert]")
    assert page.locator("[role=alert], [aria-live=assertive]").count() == 1
    tree = page.locator("#panel").aria_snapshot()
    assert tree.count("rationale is required") == 1
    shot(page, artifacts_dir / "errors-400.png")

    # 400 from the evidence form: its fields keep what was typed
    # (typed before the status was refused, kept across that answer)
    assert page.input_value("#id_ev-title") == "Ministry statement, typed before the error"
    page.fill("#id_ev-url", "ftp://files.example/statement.txt")  # the browser lets it through
    page.click("#panel button:has-text('Add evidence')")
    page.wait_for_selector(f"{PANEL} [role=alert]:has-text('http')")
    assert page.input_value("#id_ev-title") == "Ministry statement, typed before the error"
    assert page.input_value("#id_ev-url") == "ftp://files.example/statement.txt"
    assert page.locator("#panel details.add").evaluate("d => d.open")
    assert page.locator("header.site nav").is_visible()

    # 409: someone else set a verdict meanwhile; the typed rationale stays beside it
    services.claim_set_status(
        claim=claim,
        status="disputed",
        by=other_reviewer,
        rationale="Omar: the ministry later admitted a crash.",
    )
    page.select_option("#id_status-status", "contradicted")
    page.fill("#id_status-rationale", "Rita: satellite images show the wreck.")
    page.click("#panel button:has-text('Save status')")
    page.wait_for_selector(f"{PANEL} .stale")
    diff = page.locator("#panel .stale-diff").inner_text()
    assert "Omar: the ministry later admitted a crash." in diff
    assert "Rita: satellite images show the wreck." in diff
    assert page.input_value("#id_status-rationale") == "Rita: satellite images show the wreck."
    assert page.input_value("#id_status-status") == "contradicted"
    assert in_viewport(page, "#panel .stale")
    assert page.locator("[role=alert]").count() == 1
    assert page.locator("#article-text .hl").count() == 3
    shot(page, artifacts_dir / "errors-409.png")
    # Saving again applies what was typed, knowingly
    page.click("#panel button:has-text('Save status')")
    page.wait_for_selector(f"{PANEL} .notice:has-text('Status saved')")
    claim.refresh_from_db()
    assert (claim.status, claim.rationale) == (
        "contradicted",
        "Rita: satellite images show the wreck.",
    )
    assert page.problems == [] or all("400" in p or "409" in p for p in page.problems)
