"""Claim versus confirmation, end to end in a real browser: paste the seed
article, open CENTCOM's confirmation, add a supporting source, accept the
suggested link to the militia's claim, confirm that claim and see its
highlight turn the confirmed colour (from claims/status.py)."""

import re
import time

import pytest

from claims.status import get as status
from tests.conftest import PASSWORD
from tests.e2e.conftest import PANEL

# serialized_rollback: the roles (Groups) from the data migration survive the flush,
# and it matches the other browser tests (mixing the two modes breaks setup).
pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def rgb(hex_colour: str) -> str:
    h = hex_colour.lstrip("#")
    return "rgb({}, {}, {})".format(*(int(h[i : i + 2], 16) for i in (0, 2, 4)))


def test_it_confirms_the_militia_claim_through_centcom(
    live_server, page, reviewer, seed_text, artifacts_dir
):
    started = time.monotonic()
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)

    # Log in through the form
    page.goto(live_server.url + "/")
    page.fill("#id_username", reviewer.username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_selector("h1:has-text('Review queue')")

    # Paste the seed article
    page.click("nav >> text=New article")
    page.fill("#id_body", seed_text)
    page.click("button:has-text('Add article')")
    page.wait_for_url(re.compile(r"/articles/\d+/$"))
    page.wait_for_selector("#article-text .hl")

    # Open CENTCOM's confirmation (the US military confirming the drone attack)
    rows = page.locator(".claim-row", has=page.locator(".kind-confirmation"))
    confirmation = rows.filter(has_text=re.compile(r"CENTCOM|US military|U\.S\. military")).first
    confirmation.locator(".row-link").click()
    claim_id = confirmation.get_attribute("data-claim")
    page.wait_for_selector(f'{PANEL}[data-claim="{claim_id}"]')
    assert re.search(rf"/claims/{claim_id}/$", page.url)  # the URL was pushed

    # Add a supporting source
    page.click("#panel summary:has-text('Add a source')")
    page.fill("#id_ev-url", "https://www.centcom.mil/MEDIA/STATEMENTS/drone-attacks-iraq/")
    page.fill("#id_ev-title", "CENTCOM statement on drone attacks")
    page.select_option("#id_ev-stance", "supports")
    page.click("#panel button:has-text('Add evidence')")
    page.wait_for_selector(f"{PANEL} .notice:has-text('Evidence added')")
    assert page.locator("#panel .evidence").inner_text().count("CENTCOM statement") == 1

    # Accept the suggested link to the militia's claim
    suggestion = (
        page.locator("#panel .suggestion")
        .filter(
            has_text=re.compile(
                r"drones to attack the al-Tanf|militia claim responsibility|claimed responsibility"
            )
        )
        .first
    )
    other_id = suggestion.get_attribute("data-other")
    suggestion.locator("button:has-text('Accept')").click()
    page.wait_for_selector(f"{PANEL} .notice:has-text('Linked')")
    assert page.locator(f'#panel .links a[href$="/claims/{other_id}/"]').count() == 1

    # Confirm the militia's claim and watch its highlight change colour
    highlight = page.locator(f'#article-text .hl[data-claim="{other_id}"]').first
    before = highlight.evaluate("el => getComputedStyle(el).backgroundColor")
    highlight.click()
    page.wait_for_selector(f'{PANEL}[data-claim="{other_id}"]')
    page.select_option("#id_status-status", "confirmed")
    page.fill(
        "#id_status-rationale", "CENTCOM confirmed drone attacks; two U.S. officials told the AP."
    )
    page.click("#panel button:has-text('Save status')")
    page.wait_for_selector(f"{PANEL} .notice:has-text('Status saved')")
    after = page.locator(f'#article-text .hl[data-claim="{other_id}"]').first.evaluate(
        "el => getComputedStyle(el).backgroundColor"
    )
    assert before != after
    assert after == rgb(status("confirmed").colour)

    page.screenshot(path=str(artifacts_dir / "workspace.png"), full_page=False)
    assert not [e for e in errors if "Content Security Policy" in e], errors
    print(f"\ne2e workspace flow took {time.monotonic() - started:.1f}s")
