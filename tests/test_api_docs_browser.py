"""The interactive API docs in a real Chromium: Swagger UI renders every
operation from the files this site serves, with no CSP violation and no
request to another host."""

import pytest
from django.test import Client

from claims.api.app import api

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_the_docs_render_under_the_content_security_policy(live_server, browser, reviewer):
    client = Client()
    client.force_login(reviewer)
    context = browser.new_context()
    context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    page = context.new_page()
    problems, hosts = [], set()
    page.on(
        "console", lambda m: problems.append(m.text) if m.type in ("error", "warning") else None
    )
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("request", lambda r: hosts.add(r.url.split("/")[2]))
    page.goto(f"{live_server.url}/api/v1/docs")
    page.wait_for_selector(".opblock-summary", timeout=30_000)
    operations = sum(len(m) for m in api.get_openapi_schema()["paths"].values())
    assert page.locator(".opblock-summary").count() == operations
    context.close()
    assert hosts == {live_server.url.split("/")[2]}
    assert not [p for p in problems if "Content Security Policy" in p or "Refused" in p], problems
