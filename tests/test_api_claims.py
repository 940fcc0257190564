"""The claim operations of the API: writes through the services (same audit,
409 with the current claim, 423, problem+json), the queue's cursor pages."""

import pytest

from claims import services
from claims.models import ClaimEvent
from tests.api_helpers import API, call
from tests.conftest import make_article

pytestmark = pytest.mark.django_db


def test_it_sets_a_status_through_the_service_with_the_same_audit(
    client, article, reviewer, secret
):
    claim = article.claims.order_by("position").first()
    response = call(
        client,
        "post",
        f"/claims/{claim.pk}/status",
        secret,
        {
            "version": claim.version,
            "status": "confirmed",
            "rationale": "The ministry's own statement.",
        },
    )
    assert response.status_code == 200, response.content
    data = response.json()
    assert data["status"] == "confirmed" and data["version"] == claim.version + 1
    event = ClaimEvent.objects.get(claim=claim, action="status")
    assert event.actor == reviewer and event.after["status"] == "confirmed"


def test_it_answers_a_stale_version_with_409_and_the_current_claim(
    client, article, reviewer, secret
):
    claim = article.claims.order_by("position").first()
    services.claim_set_status(claim=claim, status="in_review", by=reviewer)
    response = call(
        client,
        "patch",
        f"/claims/{claim.pk}",
        secret,
        {"version": 1, "text": "Rebels downed a helicopter."},
    )
    assert response.status_code == 409
    problem = response.json()
    assert response["Content-Type"] == "application/problem+json"
    assert problem["type"] == "tag:factcheck,2026:problem:stale-version"
    assert problem["status"] == 409 and problem["instance"] == f"{API}/claims/{claim.pk}"
    assert problem["current"]["version"] == 2 and problem["current"]["status"] == "in_review"
    claim.refresh_from_db()
    assert claim.text != "Rebels downed a helicopter."


def test_it_answers_423_while_the_report_is_published(client, article, editor, secret):
    claim = article.claims.order_by("position").first()
    services.report_publish(article=article, by=editor)
    response = call(
        client,
        "post",
        f"/claims/{claim.pk}/status",
        secret,
        {"version": claim.version, "status": "in_review"},
    )
    assert response.status_code == 423
    assert response.json()["type"].endswith(":report-locked")


def test_it_refuses_a_verdict_without_a_rationale_as_a_problem(client, article, secret):
    claim = article.claims.order_by("position").first()
    response = call(
        client,
        "post",
        f"/claims/{claim.pk}/status",
        secret,
        {"version": claim.version, "status": "contradicted"},
    )
    assert response.status_code == 400
    assert response.json()["type"].endswith(":invalid-input")
    assert "rationale" in response.json()["detail"]


def test_it_answers_schema_mismatches_with_422_problems(client, article, secret):
    claim = article.claims.order_by("position").first()
    response = call(
        client,
        "post",
        f"/claims/{claim.pk}/status",
        secret,
        {"version": claim.version, "status": "maybe"},
    )
    assert response.status_code == 422
    problem = response.json()
    assert problem["type"].endswith(":validation") and problem["errors"]


def test_it_assigns_by_username_and_refuses_unknown_users(client, article, reviewer, secret):
    claim = article.claims.order_by("position").first()
    path = f"/claims/{claim.pk}/assign"
    ok = call(client, "post", path, secret, {"version": claim.version, "assignee": "rita"})
    assert ok.status_code == 200 and ok.json()["assignee"] == "rita"
    bad = call(client, "post", path, secret, {"version": 2, "assignee": "nobody"})
    assert bad.status_code == 400


def test_it_pages_the_queue_with_a_cursor_without_repeats(client, reviewer, secret):
    for n in range(4):
        make_article(f" page {n}")
    seen, cursor, pages = [], None, 0
    while True:
        params = {"limit": 5, "any_status": "true", "sort": "checkworthiness"}
        if cursor:
            params["cursor"] = cursor
        data = call(client, "get", "/claims", secret, **params).json()
        seen += [c["id"] for c in data["items"]]
        pages += 1
        cursor = data["next_cursor"]
        if not cursor:
            break
    assert pages == 3 and len(seen) == 12 == len(set(seen))
    whole = call(client, "get", "/claims", secret, limit=50, any_status="true").json()
    assert seen == [c["id"] for c in whole["items"]] and whole["next_cursor"] is None


def test_it_searches_the_queue_and_refuses_a_forged_cursor(client, article, secret):
    data = call(client, "get", "/claims", secret, q="ministry").json()
    assert [c["text"] for c in data["items"]] == [
        "The defence ministry denied that any aircraft was lost."
    ]
    bad = call(client, "get", "/claims", secret, cursor="bm90LWEtY3Vyc29y")
    assert bad.status_code == 400 and bad.json()["type"].endswith(":invalid-input")
