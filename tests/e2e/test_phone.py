"""A 390 x 844 phone in Chromium (static/css/phone.css): the navigation is a
menu, the queue a list of cards, and an open claim a full-screen sheet with a
close control, where a verdict, evidence and an accepted suggestion are given
with taps."""

import pytest

from claims.models import Claim, ClaimLink
from tests.conftest import make_article
from tests.e2e.conftest import PANEL, shot

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PHONE = {"viewport": (390, 844), "is_mobile": True, "has_touch": True, "device_scale_factor": 2}


def no_sideways_scroll(page):
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 390


def test_it_reviews_a_claim_on_a_phone(live_server, open_as, reviewer, article, artifacts_dir):
    make_article(suffix=" (follow-up)")  # the same claims elsewhere: suggestions to accept
    page = open_as(reviewer, **PHONE)

    # The queue: a menu instead of the navigation bar, cards instead of a table
    page.goto(f"{live_server.url}/")
    page.wait_for_selector("table.claims")
    assert not page.locator("#main-nav").is_visible()
    menu = page.locator(".menu-toggle")
    assert menu.is_visible() and menu.get_attribute("aria-expanded") == "false"
    no_sideways_scroll(page)
    card = page.locator("table.claims tbody tr").first.bounding_box()
    assert card["width"] <= 390 - 2 * 8 and card["height"] < 260
    shot(page, artifacts_dir / "phone-queue.png", full_page=True)
    menu.tap()
    assert menu.get_attribute("aria-expanded") == "true"
    assert page.locator("#main-nav a", has_text="Articles").is_visible()
    shot(page, artifacts_dir / "phone-menu.png")
    page.locator("#main-nav a", has_text="Articles").tap()
    page.wait_for_selector("h1:has-text('Articles')")

    # The article: text first, no sticky pane; a tapped claim opens a full-screen sheet
    page.goto(f"{live_server.url}{article.get_absolute_url()}")
    page.wait_for_selector("#article-text .hl")
    no_sideways_scroll(page)
    shot(page, artifacts_dir / "phone-article.png", full_page=True)
    rebel = Claim.objects.get(article=article, position=0)
    page.locator(f'#article-text .hl[data-claim="{rebel.pk}"]').first.tap()
    page.wait_for_selector(f'{PANEL}[data-claim="{rebel.pk}"]')
    sheet = page.locator("#panel").bounding_box()
    assert sheet == {"x": 0, "y": 0, "width": 390, "height": 844}
    close = page.locator("#panel .close")
    box = close.bounding_box()
    assert close.is_visible() and box["width"] >= 40 and box["height"] >= 40
    assert box["y"] < 60  # at the top of the sheet
    shot(page, artifacts_dir / "phone-sheet.png")

    # A verdict with a rationale, by thumb
    page.locator("#id_status-status").select_option("confirmed")
    page.locator("#id_status-rationale").tap()
    page.keyboard.type("The army confirmed the loss on Wednesday.")
    page.locator("#panel button:has-text('Save status')").tap()
    page.wait_for_selector(f"{PANEL} .notice:has-text('Status saved')")
    rebel.refresh_from_db()
    assert rebel.status == "confirmed"
    assert page.locator("#panel").bounding_box()["height"] == 844  # still the sheet

    # Evidence
    page.locator("#panel summary:has-text('Add a source')").tap()
    page.locator("#id_ev-url").fill("https://army.example/statement")
    page.locator("#id_ev-stance").select_option("supports")
    add = page.locator("#panel button:has-text('Add evidence')")
    add.scroll_into_view_if_needed()
    add.tap()
    page.wait_for_selector(f"{PANEL} .notice:has-text('Evidence added')")
    assert rebel.evidence.count() == 1

    # Accept a suggestion
    suggestion = page.locator("#panel .suggestion").first
    suggestion.scroll_into_view_if_needed()
    no_sideways_scroll(page)
    shot(page, artifacts_dir / "phone-suggestion.png")
    suggestion.locator("button:has-text('Accept')").tap()
    page.wait_for_selector(f"{PANEL} .notice:has-text('Linked')")
    assert (
        ClaimLink.objects.filter(from_claim=rebel).exists()
        or ClaimLink.objects.filter(to_claim=rebel).exists()
    )

    # Close: back to the text, the sheet gone
    page.locator("#panel .close").tap()
    page.wait_for_selector("#panel:not([data-claim])")
    assert page.locator("#panel").bounding_box()["height"] < 400
    assert page.url.endswith(article.get_absolute_url())
    shot(page, artifacts_dir / "phone-closed.png")
    assert page.problems == []
