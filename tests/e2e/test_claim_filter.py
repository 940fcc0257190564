"""The workspace's claim list filtered by words, speaker, kind and status
(static/js/filter.js), and what a screen reader is given for an open claim
(the browser's accessibility tree: claim, speaker and status)."""

import pytest
from playwright.sync_api import expect

from claims.models import Claim
from tests.e2e.conftest import shot

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def visible_rows(page) -> list[str]:
    return page.eval_on_selector_all(
        ".claim-row:not([hidden])", "rows => rows.map(r => r.dataset.claim)"
    )


def test_it_filters_the_claim_list_and_announces_the_open_claim(
    live_server, open_as, reviewer, article, artifacts_dir
):
    rebel, ministry, soldiers = Claim.objects.filter(article=article).order_by("position")
    page = open_as(reviewer)
    page.goto(f"{live_server.url}{article.get_absolute_url()}")
    page.wait_for_selector("#claim-filter")
    assert len(visible_rows(page)) == 3

    page.select_option("#cf-speaker", "The defence ministry")
    assert visible_rows(page) == [str(ministry.pk)]
    assert page.inner_text("#cf-count") == "1 of 3 claims shown"
    faded = page.locator(f'#article-text .hl[data-claim="{rebel.pk}"]').first
    assert "filtered-out" in faded.get_attribute("class")
    shot(page, artifacts_dir / "filter-speaker.png")

    page.select_option("#cf-speaker", "")
    page.select_option("#cf-kind", "statistic")
    assert visible_rows(page) == [str(soldiers.pk)]
    page.select_option("#cf-kind", "")

    # "/" goes to the filter's words; j skips the claims filtered out
    page.keyboard.press("/")
    page.keyboard.type("helicopter")
    assert visible_rows(page) == [str(rebel.pk)]
    page.locator("#panel").focus()
    page.keyboard.press("j")
    page.wait_for_selector(f'#panel[data-claim="{rebel.pk}"]')
    page.keyboard.press("2")  # the list is re-rendered after the save: the filter holds
    page.wait_for_selector("#panel .notice:has-text('Status saved')")
    # the filter is applied again when the swap settles (htmx:afterSettle), a moment
    # after the notice is in: wait for it rather than race it
    expect(page.locator(".claim-row:not([hidden])")).to_have_count(1)
    assert visible_rows(page) == [str(rebel.pk)]
    page.fill("#cf-q", "")
    page.select_option("#cf-status", "in_review")
    assert visible_rows(page) == [str(rebel.pk)]

    # The accessibility tree names the panel, the claim, its speaker and its status
    tree = page.locator("#panel").aria_snapshot()
    assert 'complementary "Claim panel"' in tree
    assert "Status: In review" in tree
    assert "Speaker: The rebel group" in tree
    assert 'blockquote "Claim"' in tree or "The rebel group said it shot down" in tree
    assert rebel.text in tree
    row = page.locator(f'.claim-row[data-claim="{rebel.pk}"]').aria_snapshot()
    assert "The rebel group" in row and "In review" in row
    shot(page, artifacts_dir / "filter-status.png")
    assert page.problems == []
