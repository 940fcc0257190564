"""While an article is (re-)extracted its claims can be reviewed: only the
workspace header's progress polls, so a claim panel open meanwhile, and what
is typed in it, stay when the extraction ends (the header says so, with a link
to reload); with no claim open the workspace comes back with the new claims."""

import re

import pytest
from playwright.sync_api import expect

from claims.models import Article, Claim, ClaimKind
from tests.e2e.conftest import PANEL
from tests.e2e.test_keyboard import hold

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def polled(page, times=2):
    """Waits until the header's progress has been asked for ``times`` more times."""
    for _ in range(times):
        with page.expect_response(re.compile(r"/progress/$"), timeout=20_000):
            pass


def test_a_claim_open_while_extracting_keeps_its_panel_and_what_was_typed(
    live_server, open_as, reviewer, article
):
    Article.objects.filter(pk=article.pk).update(
        extraction_state="running", extraction_done=1, extraction_total=3
    )
    claim = article.claims.order_by("position").first()
    page = open_as(reviewer)
    page.goto(f"{live_server.url}{article.get_absolute_url()}")
    page.wait_for_selector("#extraction-status:has-text('1 of 3 paragraphs')")
    page.click(f'.claim-row[data-claim="{claim.pk}"] .row-link')
    page.wait_for_selector(f'{PANEL}[data-claim="{claim.pk}"]')
    page.fill("#id_status-rationale", "Checking with the ministry")
    polled(page)  # polls with the panel open change nothing in it
    expect(page.locator("#id_status-rationale")).to_have_value("Checking with the ministry")

    Article.objects.filter(pk=article.pk).update(extraction_state="done", extraction_done=3)
    notice = page.locator("#extraction-status.notice")
    expect(notice).to_contain_text("Extraction finished: 3 claims.")
    link = notice.get_by_role("link", name="Reload to see them")
    expect(link).to_have_attribute("href", f"/articles/{article.pk}/claims/{claim.pk}/")
    page.wait_for_timeout(2500)  # a poll's worth: nothing more comes
    expect(page.locator(f'#panel[data-claim="{claim.pk}"]')).to_have_count(1)
    expect(page.locator("#id_status-rationale")).to_have_value("Checking with the ministry")
    expect(page.locator("#id_status-rationale")).to_be_focused()  # focus not taken either
    assert re.search(rf"/claims/{claim.pk}/$", page.url)
    assert page.problems == []


def test_with_no_claim_open_the_workspace_refreshes_with_the_new_claims(
    live_server, open_as, reviewer, article
):
    Article.objects.filter(pk=article.pk).update(extraction_state="pending")
    page = open_as(reviewer)
    page.goto(f"{live_server.url}{article.get_absolute_url()}")
    page.wait_for_selector("#extraction-status:has-text('Extracting claims (pending)')")
    expect(page.locator(".claim-row")).to_have_count(3)

    # what the new run found: the statistic again and the ministry's denial, a new claim
    article.claims.exclude(kind=ClaimKind.STATISTIC).delete()
    text = "The defence ministry denied that any aircraft was lost."
    start = article.body.index(text)
    new = Claim(article=article, text=text, start=start, end=start + len(text), position=9)
    new.kind, new.search_text = ClaimKind.DENIAL, text
    new.save()
    Article.objects.filter(pk=article.pk).update(extraction_state="done")
    expect(page.locator(".claim-row")).to_have_count(2)
    expect(page.locator("#extraction-status")).to_have_count(0)
    expect(page.locator("button:has-text('Re-run extraction')")).to_be_visible()
    expect(page.locator("#article-text .hl")).to_have_count(2)
    expect(page.locator(f'.claim-row[data-claim="{new.pk}"]')).to_contain_text("denied")
    page.wait_for_timeout(2500)  # no poll left
    expect(page.locator(".claim-row")).to_have_count(2)
    assert page.url.endswith(article.get_absolute_url())
    assert page.problems == []


def test_a_claim_opened_while_the_last_poll_is_answered_is_not_swept_away(
    live_server, open_as, reviewer, article
):
    """The poll that finds the extraction done was sent before the claim was
    opened (its page had none open), its answer comes after: the workspace
    it brings is dropped, and the next poll brings the notice."""
    Article.objects.filter(pk=article.pk).update(extraction_state="pending")
    claim = article.claims.order_by("position").first()
    page = open_as(reviewer)
    polls = hold(page, re.compile(r"/progress/$"))
    page.goto(f"{live_server.url}{article.get_absolute_url()}")
    nth(page, polls, 0).continue_()  # still extracting
    sent_before = nth(page, polls, 1)
    page.click(f'.claim-row[data-claim="{claim.pk}"] .row-link')
    page.wait_for_selector(f'{PANEL}[data-claim="{claim.pk}"]')
    page.fill("#id_status-rationale", "Checking with the ministry")
    Article.objects.filter(pk=article.pk).update(extraction_state="done")
    with page.expect_response(re.compile(r"/progress/$")):
        sent_before.continue_()  # answered with the whole workspace
    nth(page, polls, 2).continue_()  # asked from the claim's page
    expect(page.locator("#extraction-status.notice")).to_contain_text("Extraction finished")
    expect(page.locator(f'#panel[data-claim="{claim.pk}"]')).to_have_count(1)
    expect(page.locator("#id_status-rationale")).to_have_value("Checking with the ministry")
    assert page.problems == []


def test_re_running_the_extraction_with_a_claim_open_keeps_its_panel(
    live_server, open_as, reviewer, article
):
    """ "Re-run extraction" once swapped the whole workspace in, panel and all:
    now only its button gives way to the header's progress (tasks run inline
    here, so at once to the notice that the run has ended)."""
    claim = article.claims.order_by("position").first()
    page = open_as(reviewer)
    posts = hold(page, re.compile(r"/reextract/$"))
    page.goto(f"{live_server.url}{claim.get_absolute_url()}")
    page.wait_for_selector(f'{PANEL}[data-claim="{claim.pk}"]')
    page.fill("#id_status-rationale", "Checking with the ministry")
    page.click("button:has-text('Re-run extraction')")
    with page.expect_response(re.compile(r"/reextract/$")):
        nth(page, posts, 0).continue_()
    expect(page.locator("#extraction-status.notice")).to_contain_text("Extraction finished")
    expect(page.locator("#reextract")).to_have_count(0)
    expect(page.locator(f'#panel[data-claim="{claim.pk}"]')).to_have_count(1)
    expect(page.locator("#id_status-rationale")).to_have_value("Checking with the ministry")
    assert re.search(rf"/claims/{claim.pk}/$", page.url)
    assert page.problems == []


def nth(page, routes, n, seconds=20):
    """The ``n``th request (from 0) ``hold`` has held back."""
    for _ in range(seconds * 50):
        if len(routes) > n:
            return routes[n]
        page.wait_for_timeout(20)
    raise AssertionError(f"poll {n} never came")
