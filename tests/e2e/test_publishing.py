"""Publishing editors can trust, in Chromium: the report leads to a publish
step listing what is still open, which asks for confirmation; the published
report says how many items remain; reviewers then see a read-only workspace
with a banner; the admin shows a refusal without "changed successfully"."""

import pytest

from claims.models import Article, Claim
from tests.e2e.conftest import shot

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_an_editor_publishes_through_the_readiness_step(
    live_server, open_as, editor, reviewer, admin_user, article, artifacts_dir
):
    page = open_as(editor)
    page.goto(f"{live_server.url}/articles/{article.pk}/report/")
    page.click("a:has-text('Publish report…')")
    page.wait_for_selector("h1:has-text('Publish the report')")
    heading = page.locator("#readiness-h").inner_text()
    assert heading == "6 open items"
    page.click(".readiness-unfinished summary")
    assert page.locator(".readiness-unfinished li a").count() == 3
    shot(page, artifacts_dir / "publish-check.png", full_page=True)

    # The confirmation is required while items are open
    page.click("button:has-text('Publish report')")
    assert page.evaluate("() => document.querySelector('#confirm-open').validity.valueMissing")
    assert not Article.objects.get(pk=article.pk).is_published
    page.check("#confirm-open")
    page.click("button:has-text('Publish report')")
    page.wait_for_selector(".state-published")
    assert " ".join(page.locator(".open-items").inner_text().split()).startswith(
        "6 open items remain: 3 check-worthy claims without a final status"
    )
    shot(page, artifacts_dir / "publish-report.png")
    assert page.problems == []

    # A reviewer sees the workspace read-only, with the banner
    page = open_as(reviewer)
    claim = Claim.objects.filter(article=article).order_by("position").first()
    page.goto(f"{live_server.url}{claim.get_absolute_url()}")
    banner = page.locator(".locked-banner")
    assert banner.is_visible() and "Ask an editor to open a correction" in banner.inner_text()
    assert page.locator("#panel form").count() == 0
    assert page.locator("button:has-text('Re-run extraction'), #manual-claim").count() == 0
    page.keyboard.press("2")  # no control: nothing is sent
    shot(page, artifacts_dir / "publish-readonly-workspace.png")
    assert page.problems == []

    # The admin refuses the change, and says only that
    page = open_as(admin_user)
    page.goto(f"{live_server.url}/admin/claims/claim/{claim.pk}/change/")
    page.fill("#id_text", "Changed through the admin after publishing")
    page.click("input[name=_save]")
    page.wait_for_selector(".messagelist")
    messages = page.locator(".messagelist").inner_text()
    assert "published" in messages and "changed successfully" not in messages
    shot(page, artifacts_dir / "publish-admin-refusal.png")
    claim.refresh_from_db()
    assert claim.text != "Changed through the admin after publishing"
