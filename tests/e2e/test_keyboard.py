"""Keyboard triage in Chromium (static/js/keys.js): shortcuts that never fire
while typing, a saved verdict in two keystrokes from opening the article,
1-7 moving to the rationale when the status needs one, e / l / ? / Esc,
focus moving into the panel and back to the claim, keys typed ahead of a
panel still loading applied to it once it has settled, strictly in order,
requests that replace the panel (keys or clicks) going one at a time, and the
panel's own fact-check lookup holding no key and moving no focus."""

import re

import pytest
from django.db.models import F
from playwright.sync_api import expect

from claims.models import Claim
from tests.e2e.conftest import PANEL, shot

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def focused(page) -> str:
    return page.evaluate("() => document.activeElement.id || document.activeElement.className")


def hold(page, url) -> list:
    """Holds back the requests to ``url`` (a regex): each one waits in the list that
    is returned until the test continues it. Call it BEFORE ``page.goto``. A route
    added to a page already loaded is not in force at once in Chromium: the
    DevTools interception reaches the page's loaders a moment after ``page.route``
    has returned, and under load the page's next request may go out unrouted
    (with the CPU slowed 4x, 8 runs in 88: Fetch.enable answered, the key pressed
    14 ms later, its POST sent straight to the server, never paused; a fresh-clone
    CI run hung on that in test_keys_typed_after_a_refused_save_do_not_move_on).
    A route set up before the page loads is in its loaders from the start: 0 in 60."""
    routes = []
    page.route(url, lambda route: routes.append(route))
    return routes


def held(page, routes, what, seconds=10, url=""):
    """The first request ``hold`` has held back (whose URL contains ``url``; the
    route handler only runs while Playwright waits, hence the short waits). Fails,
    instead of waiting for ever, when the request never comes."""
    for _ in range(seconds * 50):
        for route in routes:
            if url in route.request.url:
                return route
        page.wait_for_timeout(20)
    raise AssertionError(f"the {what} never reached the route holding it back")


def test_it_saves_a_verdict_in_two_keystrokes(
    live_server, open_as, reviewer, article, artifacts_dir
):
    first, second, third = Claim.objects.filter(article=article).order_by("position")
    page = open_as(reviewer)
    page.goto(f"{live_server.url}{article.get_absolute_url()}")
    page.wait_for_selector("#article-text .hl")
    keystrokes = 0

    page.keyboard.press("j")
    keystrokes += 1
    page.wait_for_selector(f'#panel[data-claim="{first.pk}"]')
    assert re.search(rf"/claims/{first.pk}/$", page.url)
    # focus and title follow once the swap settles (htmx:afterSettle), a moment after
    # the panel is in: wait for them rather than race them
    expect(page.locator("#id_status-status")).to_be_focused()  # the panel's first control
    expect(page).to_have_title(re.compile("shot down an army helicopter"))

    page.keyboard.press("2")  # In review: no rationale needed, saved at once
    keystrokes += 1
    page.wait_for_selector("#panel .notice:has-text('Status saved')")
    first.refresh_from_db()
    assert first.status == "in_review" and keystrokes <= 6
    expect(page.locator("#id_status-status")).to_be_focused()  # focus stays in the panel
    shot(page, artifacts_dir / "keyboard-saved.png")

    # 3 (Confirmed) needs a rationale: focus moves there and nothing is saved yet.
    # (j pressed as soon as the notice shows: keys.js holds it until the answer settles)
    page.keyboard.press("j")
    page.wait_for_selector(f'#panel[data-claim="{second.pk}"]')
    expect(page.locator("#id_status-status")).to_be_focused()
    page.keyboard.press("3")
    assert focused(page) == "id_status-rationale"
    assert page.locator("#panel .key-hint").inner_text().startswith("Confirmed needs a rationale")
    # Typing j, k, digits, e, l, ? in the field types them; no shortcut fires.
    page.keyboard.type("Checked j/k 1-7 e l ? with the ministry.")
    assert page.locator(f'#panel[data-claim="{second.pk}"]').count() == 1
    second.refresh_from_db()
    assert second.status == "unreviewed"
    page.keyboard.press("Control+Enter")
    page.wait_for_selector("#panel .notice:has-text('Status saved')")
    second.refresh_from_db()
    assert (second.status, second.rationale) == (
        "confirmed",
        "Checked j/k 1-7 e l ? with the ministry.",
    )

    # k goes back (pressed as soon as the notice shows: it is held until the saved panel
    # has settled and focus has left the rationale, not typed into it); e opens
    # "Add a source" with focus in its first field
    page.keyboard.press("k")
    page.wait_for_selector(f'#panel[data-claim="{first.pk}"]')
    expect(page.locator("#id_status-status")).to_be_focused()
    page.keyboard.press("e")
    assert focused(page) == "id_ev-url"
    assert page.locator("#panel details.add").evaluate("d => d.open")
    page.locator("#panel").focus()
    page.keyboard.press("l")
    assert focused(page) == f"link-q-{first.pk}"

    # ? lists the shortcuts in a dialog; Esc closes it
    page.locator("#panel").focus()
    page.keyboard.press("?")
    dialog = page.locator("dialog#shortcuts")
    assert dialog.is_visible() and "next claim" in dialog.inner_text()
    shot(page, artifacts_dir / "keyboard-shortcuts.png")
    page.keyboard.press("Escape")
    assert not dialog.is_visible()
    assert page.locator(f'#panel[data-claim="{first.pk}"]').count() == 1  # still open

    # Esc closes the claim; focus goes back to it in the list, the URL to the article
    page.keyboard.press("Escape")
    page.wait_for_selector("#panel:not([data-claim])")
    page.wait_for_function(
        f"() => document.activeElement.closest('.claim-row[data-claim=\"{first.pk}\"]')"
    )
    assert page.url.endswith(article.get_absolute_url())
    expect(page).to_have_title(re.compile("^" + re.escape(article.title[:20])))
    # Visible focus: the focused claim link has an outline
    outline = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"
    shot(page, artifacts_dir / "keyboard-closed.png")
    third.refresh_from_db()
    assert third.status == "unreviewed"
    assert page.problems == []


def test_keys_typed_ahead_wait_for_the_panel_they_act_on(live_server, open_as, reviewer, article):
    """j 2 j pressed back to back, without waiting for anything: the 2 is for the
    claim the first j opens (held until its panel has settled, then saved through
    htmx, not as a whole-page form), and the second j moves on only once that save
    has settled (the list's current row is the one the save answered)."""
    first, second, _ = Claim.objects.filter(article=article).order_by("position")
    page = open_as(reviewer)
    page.goto(f"{live_server.url}{article.get_absolute_url()}")
    page.wait_for_selector("#article-text .hl")
    page.evaluate("() => { window.sameDocument = true; }")  # gone if the page reloads

    for key in "j2j":
        page.keyboard.press(key)

    page.wait_for_selector(f'{PANEL}[data-claim="{second.pk}"]')
    expect(page.locator(f'#claim-row-{first.pk}[data-status="in_review"]')).to_have_count(1)
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.status, second.status) == ("in_review", "unreviewed")
    assert page.evaluate("() => window.sameDocument === true")
    assert re.search(rf"/claims/{second.pk}/$", page.url)
    expect(page.locator("#id_status-status")).to_be_focused()
    assert page.problems == []


# A slow machine's settle: the first claim panel that settles takes 1.5 s of the
# page's time (layout, focus, the listeners), and says so on the console when it
# starts, so that the test can press a key while it runs.
SLOW_FIRST_SETTLE = """() => {
  window.sameDocument = true;
  document.addEventListener("htmx:afterSettle", (ev) => {
    const d = ev.detail;
    if (window.slowed || !d.target || d.target.id !== "panel") return;
    if (!d.requestConfig || d.requestConfig.verb !== "get") return;
    window.slowed = true;
    console.log("settling");
    const end = performance.now() + 1500;
    while (performance.now() < end) { /* busy, as a loaded machine is */ }
  });
}"""


def test_a_key_pressed_while_the_panel_settles_waits_behind_the_held_ones(
    live_server, open_as, reviewer, article
):
    """j 2 j where the last j comes while the first panel is settling (found on a
    loaded CI machine, 1 run in 5): the panel's request is over but the held 2 has
    not run yet (its replay is a task of its own). The j must wait behind the 2,
    not open the second claim first and have the 2 set the second claim's status.
    Deterministic: the settle is made long, and the j is pressed once it has begun
    (a real key press, dispatched by Chromium when the settle task ends)."""
    first, second, _ = Claim.objects.filter(article=article).order_by("position")
    page = open_as(reviewer)
    page.goto(f"{live_server.url}{article.get_absolute_url()}")
    page.wait_for_selector("#article-text .hl")
    page.evaluate(SLOW_FIRST_SETTLE)

    with page.expect_console_message(predicate=lambda m: m.text == "settling"):
        page.keyboard.press("j")
        page.keyboard.press("2")
    page.keyboard.press("j")

    page.wait_for_selector(f'{PANEL}[data-claim="{second.pk}"]')
    expect(page.locator(f'#claim-row-{first.pk}[data-status="in_review"]')).to_have_count(1)
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.status, second.status) == ("in_review", "unreviewed")
    assert page.evaluate("() => window.sameDocument === true")
    assert re.search(rf"/claims/{second.pk}/$", page.url)
    assert page.problems == []


def test_keys_typed_after_a_refused_save_do_not_move_on(live_server, open_as, reviewer, article):
    """2 j where the save is refused (409: someone else changed the claim since the
    panel was loaded): the j, held while the save was under way, is dropped, so the
    panel stays on the claim with the refusal and what was chosen, instead of
    moving on and hiding that nothing was saved. The POST is held back by a route
    until the j has been pressed."""
    first, second, _ = Claim.objects.filter(article=article).order_by("position")
    page = open_as(reviewer)
    posts = hold(page, re.compile(r"/claims/\d+/status/$"))
    page.goto(f"{live_server.url}{article.get_absolute_url()}")
    page.wait_for_selector("#article-text .hl")
    page.evaluate("() => { window.sameDocument = true; }")
    page.keyboard.press("j")
    page.wait_for_selector(f'{PANEL}[data-claim="{first.pk}"]')
    expect(page.locator("#id_status-status")).to_be_focused()
    Claim.objects.filter(pk=first.pk).update(version=F("version") + 1)  # changed meanwhile

    page.keyboard.press("2")
    save = held(page, posts, "save")  # the save itself is under way, held back
    expect(page.locator("#panel")).to_have_attribute("aria-busy", "true")
    page.keyboard.press("j")  # held by keys.js: the save is under way
    save.continue_()

    page.wait_for_selector(f'{PANEL}[data-claim="{first.pk}"] [role=alert]')
    page.wait_for_timeout(300)  # a j replayed now would have started opening the next claim
    assert page.locator(f'{PANEL}[data-claim="{first.pk}"]').count() == 1
    assert re.search(rf"/claims/{first.pk}/$", page.url)
    assert page.input_value("#id_status-status") == "in_review"  # what was chosen is kept
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.status, second.status) == ("unreviewed", "unreviewed")
    assert page.evaluate("() => window.sameDocument === true")
    assert [p for p in page.problems if "409" not in p] == []


def test_keys_do_not_wait_for_the_fact_check_lookup(live_server, open_as, reviewer, article):
    """The panel looks up earlier fact-checks of its claim by itself once it has
    settled (its own section, hx-trigger="load"): keys pressed while that lookup is
    under way act at once on the claim shown, and its answer moves no focus. With
    every lookup held back: "j 2" saves the first claim's status, j opens the next
    claim, e goes to the source field, and the next claim's lookup answering
    while the reviewer types there leaves the typing where it was."""
    first, second, _ = Claim.objects.filter(article=article).order_by("position")
    page = open_as(reviewer)
    lookups = hold(page, re.compile(r"/claims/\d+/factchecks/$"))
    page.goto(f"{live_server.url}{article.get_absolute_url()}")
    page.wait_for_selector("#article-text .hl")
    page.evaluate("() => { window.sameDocument = true; }")

    page.keyboard.press("j")
    page.keyboard.press("2")
    page.wait_for_selector(f"{PANEL}[data-claim=\"{first.pk}\"] .notice:has-text('Status saved')")
    held(page, lookups, "first claim's lookup", url=f"/claims/{first.pk}/factchecks/")
    expect(page.locator(f"#factchecks-{first.pk} .factcheck-matches")).to_have_count(0)
    first.refresh_from_db()
    assert first.status == "in_review"
    expect(page.locator("#id_status-status")).to_be_focused()

    page.keyboard.press("j")
    page.wait_for_selector(f'{PANEL}[data-claim="{second.pk}"]')
    expect(page.locator("#id_status-status")).to_be_focused()
    lookup = held(page, lookups, "second claim's lookup", url=f"/claims/{second.pk}/factchecks/")
    page.keyboard.press("e")
    assert focused(page) == "id_ev-url"
    page.keyboard.type("https://exa")
    lookup.continue_()
    page.wait_for_selector(f"#factchecks-{second.pk} .factcheck-matches")
    page.keyboard.type("mple.org/report")
    assert focused(page) == "id_ev-url"
    assert page.input_value("#id_ev-url") == "https://example.org/report"
    for route in lookups:  # the first claim's, answered for a panel no longer shown
        if route is not lookup:
            route.continue_()
    page.wait_for_timeout(300)
    assert page.locator(f'{PANEL}[data-claim="{second.pk}"]').count() == 1
    assert focused(page) == "id_ev-url"
    second.refresh_from_db()
    assert second.status == "unreviewed"
    assert page.evaluate("() => window.sameDocument === true")
    assert page.problems == []


def test_a_click_on_a_panel_not_yet_settled_is_sent_through_htmx(
    live_server, open_as, reviewer, article
):
    """A button clicked the moment a new panel shows, before htmx has taken its
    forms over (it does when the swap settles), is held and then sent through
    htmx: not as a whole-page POST that reloads the workspace. The settle delay
    is widened so the click lands in that window every time."""
    first = Claim.objects.filter(article=article).order_by("position").first()
    page = open_as(reviewer)
    page.goto(f"{live_server.url}{article.get_absolute_url()}")
    page.wait_for_selector("#article-text .hl")
    page.evaluate("() => { window.sameDocument = true; htmx.config.defaultSettleDelay = 1500; }")

    page.keyboard.press("j")
    page.wait_for_selector(f'#panel[aria-busy="true"][data-claim="{first.pk}"]')
    page.select_option("#id_status-status", "in_review")
    page.click("#panel button:has-text('Save status')")

    page.wait_for_selector(f"{PANEL} .notice:has-text('Status saved')")
    first.refresh_from_db()
    assert first.status == "in_review"
    assert page.evaluate("() => window.sameDocument === true")
    assert page.problems == []


def test_a_claim_clicked_while_a_save_is_under_way_opens_after_it(
    live_server, open_as, reviewer, article
):
    """Save status, then at once a click on the next claim in the list: the claim's
    GET waits for the save's answer (htmx would send both side by side, and the
    answer that came second went into the panel the first had replaced: the save's
    answer and its row were lost, the panel stayed busy). The save is held back by
    a route until the click has been made."""
    first, second, _ = Claim.objects.filter(article=article).order_by("position")
    page = open_as(reviewer)
    posts = hold(page, re.compile(r"/claims/\d+/status/$"))
    page.goto(f"{live_server.url}{first.get_absolute_url()}")
    page.wait_for_selector(f'{PANEL}[data-claim="{first.pk}"]')
    page.evaluate("() => { window.sameDocument = true; }")
    page.select_option("#id_status-status", "in_review")
    page.click("#panel button:has-text('Save status')")
    held(page, posts, "save")
    page.click(f"#claim-row-{second.pk} .row-link")
    page.wait_for_timeout(300)  # a GET sent now would be answered before the save
    posts[0].continue_()

    page.wait_for_selector(f'{PANEL}[data-claim="{second.pk}"]')
    expect(page.locator(f'#claim-row-{first.pk}[data-status="in_review"]')).to_have_count(1)
    assert re.search(rf"/claims/{second.pk}/$", page.url)
    first.refresh_from_db()
    assert first.status == "in_review"
    assert page.evaluate("() => window.sameDocument === true")
    assert page.problems == []


def test_a_save_made_while_another_claim_loads_is_sent_and_shown(
    live_server, open_as, reviewer, article
):
    """A click on the next claim, then, before it has come, Save status on the
    panel still on screen: the save is sent and its answer shown, and the claim
    still loading is given up (before, both answers raced: the URL named the
    second claim while the panel showed the first). The GET is held back by a
    route until the save has been made."""
    first, second, _ = Claim.objects.filter(article=article).order_by("position")
    page = open_as(reviewer)
    gets = hold(page, re.compile(rf"/claims/{second.pk}/$"))
    page.goto(f"{live_server.url}{first.get_absolute_url()}")
    page.wait_for_selector(f'{PANEL}[data-claim="{first.pk}"]')
    page.evaluate("() => { window.sameDocument = true; }")
    page.click(f"#claim-row-{second.pk} .row-link")
    held(page, gets, "claim's GET")
    page.select_option("#id_status-status", "in_review")
    page.click("#panel button:has-text('Save status')")
    page.wait_for_timeout(300)  # the save is answered
    gets[0].continue_()

    page.wait_for_selector(f"{PANEL}[data-claim=\"{first.pk}\"] .notice:has-text('Status saved')")
    page.wait_for_timeout(300)  # an answer to the GET would have come by now
    assert page.locator(f'{PANEL}[data-claim="{first.pk}"]').count() == 1
    expect(page.locator(f'#claim-row-{first.pk}[data-status="in_review"]')).to_have_count(1)
    assert re.search(rf"/claims/{first.pk}/$", page.url)
    first.refresh_from_db()
    assert first.status == "in_review"
    assert page.evaluate("() => window.sameDocument === true")
    # htmx logs the request it gave up (htmx:sendAbort) as an error
    assert [p for p in page.problems if "sendAbort" not in p and "afterRequest" not in p] == []


def test_it_focuses_the_search_with_slash(live_server, open_as, reviewer, article):
    page = open_as(reviewer)
    page.goto(f"{live_server.url}/")
    page.wait_for_selector("#id_q")
    page.keyboard.press("/")
    assert focused(page) == "id_q"
    page.keyboard.type("helicopter")  # "/" itself was not typed
    assert page.input_value("#id_q") == "helicopter"
    assert page.problems == []
