"""Browser tests: Playwright (sync API) driving Debian's Chromium against
pytest-django's live_server (the `browser` fixture is in tests/conftest.py)."""

import os
from pathlib import Path

import pytest

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "e2e"

# The claim panel once its last answer has settled. An answer is on the page (its
# notice, its data-claim) a moment before htmx settles it: only then are its forms
# htmx's (one submitted before is sent as a whole page, and its answer is no panel)
# and focus and scroll where static/js/keys.js and errors.js put them. keys.js marks
# the panel aria-busy from the request until then: wait for this before clicking,
# typing or asserting focus in a panel just swapped in, e.g.
# page.wait_for_selector(f"{PANEL} .notice:has-text('Status saved')").
PANEL = "#panel:not([aria-busy])"

# FACTCHECK_E2E_CPU_THROTTLE=4 runs every page's scripts 4 times slower (Chromium's
# CPU throttling), as on a loaded CI machine: the way to bring out a timing flake
# here rather than in CI (it brought out both flakes of test_keyboard.py so far).
CPU_THROTTLE = float(os.environ.get("FACTCHECK_E2E_CPU_THROTTLE") or 1)


def _throttled(pg):
    if CPU_THROTTLE > 1:
        cdp = pg.context.new_cdp_session(pg)
        cdp.send("Emulation.setCPUThrottlingRate", {"rate": CPU_THROTTLE})
    return pg


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    pg = _throttled(context.new_page())
    pg.set_default_timeout(20_000)
    yield pg
    context.close()


@pytest.fixture
def artifacts_dir():
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.fixture
def open_as(browser, live_server):
    """open_as(user, viewport=(w, h), **context_options) -> a page logged in as
    `user` (through a session cookie: faster than the login form, which
    test_workspace_flow covers). Console errors and page errors are collected
    in page.problems (a CSP violation is a console error)."""
    from django.test import Client

    contexts = []

    def open_page(user, viewport=(1400, 1000), **options):
        client = Client()
        client.force_login(user)
        context = browser.new_context(
            viewport={"width": viewport[0], "height": viewport[1]}, **options
        )
        context.add_cookies(
            [
                {
                    "name": "sessionid",
                    "value": client.cookies["sessionid"].value,
                    "url": live_server.url,
                }
            ]
        )
        contexts.append(context)
        pg = _throttled(context.new_page())
        pg.set_default_timeout(20_000)
        pg.problems = []
        pg.on(
            "console",
            lambda m: (
                pg.problems.append(f"{m.text} at {m.location}") if m.type == "error" else None
            ),
        )
        pg.on("pageerror", lambda e: pg.problems.append(str(e)))
        return pg

    yield open_page
    for context in contexts:
        context.close()


def shot(page, path, **options):
    """A screenshot that injects no stylesheet into the page (Playwright's
    default caret hiding does, and the CSP then reports a violation)."""
    page.screenshot(path=str(path), caret="initial", **options)
