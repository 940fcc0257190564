"""The claim panel's suggestions (grouped by relation, shared words marked,
relation and direction changed before accepting) and the story page, in
Chromium."""

import pytest

from claims.models import ClaimLink
from tests.e2e.conftest import PANEL, shot
from tests.test_views_story import build_story
from tests.test_views_suggestions import build_suggestions

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_suggestions_are_grouped_marked_and_can_be_flipped_before_accepting(
    live_server, open_as, reviewer, artifacts_dir
):
    claim, confirm, deny = build_suggestions()
    page = open_as(reviewer)
    page.goto(f"{live_server.url}{claim.get_absolute_url()}")
    page.wait_for_selector("#panel .sug-group")
    headings = page.locator("#panel .sug-group").all_inner_texts()
    assert headings == ["Contradicts (1)", "Confirms (1)"]
    item = page.locator(f'#panel .suggestion[data-other="{confirm.pk}"]')
    assert item.locator("mark").all_inner_texts() == [
        "Militia drones attacked",
        "Harbor Point base",
        "Somalia",
        "Tuesday",
    ]
    assert "independent: different parties" in item.inner_text()
    item.locator("summary").click()
    item.locator("select[name=relation]").select_option("repeats")
    item.locator("input[name=swap]").check()
    item.scroll_into_view_if_needed()
    shot(page, artifacts_dir / "suggestions.png")
    item.get_by_role("button", name="Link as chosen").click()
    page.wait_for_selector(f"{PANEL} .notice:has-text('Linked: this claim repeats the other.')")
    link = ClaimLink.objects.get()
    assert (link.from_claim_id, link.to_claim_id, link.relation) == (
        claim.pk,
        confirm.pk,
        "repeats",
    )
    # the accepted suggestion is gone from the list, the denial still offered
    assert page.locator(f'#panel .suggestion[data-other="{confirm.pk}"]').count() == 0
    assert page.locator(f'#panel .suggestion[data-other="{deny.pk}"]').count() == 1
    page.locator("#panel a.story-link").click()
    page.wait_for_selector("h1:has-text('The story')")
    assert page.locator(f"#story-claim-{confirm.pk}").count() == 1
    assert page.problems == []


def test_the_story_page_shows_who_confirms_whom_across_articles(
    live_server, open_as, reviewer, artifacts_dir
):
    story = build_story()
    page = open_as(reviewer)
    page.goto(f"{live_server.url}/claims/{story['claim'].pk}/story/")
    page.wait_for_selector(".story-table")
    rows = page.locator(".story-table tbody tr").all_inner_texts()
    assert len(rows) == 3
    assert any(
        "Two U.S. officials" in r and "not independent: both U.S. government" in r for r in rows
    )
    assert any("Iranian government" in r and "contradicts" in r for r in rows)
    titles = page.locator(".story-article h2").all_inner_texts()
    assert titles == ["Militia claims attack", "CENTCOM statement", "Officials and Iran respond"]
    # a link inside the page goes to the other claim's entry
    page.locator(f"#story-claim-{story['claim'].pk} .story-links a").first.click()
    assert page.url.endswith(f"#story-claim-{story['confirm'].pk}") or page.url.endswith(
        f"#story-claim-{story['denial'].pk}"
    )
    page.evaluate("window.scrollTo(0, 0)")
    shot(page, artifacts_dir / "story.png", full_page=True)
    assert page.problems == []


def test_the_story_and_the_file_upload_fit_a_phone(live_server, open_as, reviewer, artifacts_dir):
    story = build_story()
    page = open_as(reviewer, viewport=(390, 844), is_mobile=True, has_touch=True)
    page.goto(f"{live_server.url}/claims/{story['claim'].pk}/story/")
    page.wait_for_selector(".story-table")
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 390
    shot(page, artifacts_dir / "story-phone.png", full_page=True)
    page.goto(f"{live_server.url}/articles/new/files/")
    page.wait_for_selector("#bulk-files")
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 390
    assert page.problems == []
