"""The JSON API's behaviour: tokens, problem+json errors, the claim writes
through the services (409 with the current claim, 423, the audit trail), the
queue's cursor pagination, article creation and rate limits."""

import json

import pytest
from django.urls import reverse

from claims import services
from claims.models import ApiToken, Article, ClaimEvent, token_digest
from tests.conftest import make_article

pytestmark = pytest.mark.django_db
API = "/api/v1"


@pytest.fixture
def secret(reviewer):
    return services.token_create(user=reviewer, name="tests")[1]


@pytest.fixture
def editor_secret(editor):
    return services.token_create(user=editor, name="tests")[1]


def call(client, method, path, secret, body=None, **params):
    headers = {"HTTP_AUTHORIZATION": f"Bearer {secret}"}
    if body is not None:
        return getattr(client, method)(API + path, data=json.dumps(body),
                                       content_type="application/json", **headers)
    return getattr(client, method)(API + path, params or None, **headers)


# --- tokens -------------------------------------------------------------------

def test_it_shows_a_new_token_once_and_stores_only_its_hash(reviewer_client, reviewer):
    response = reviewer_client.post(reverse("token_list"), {"name": "CMS import"})
    assert response.status_code == 201
    token = ApiToken.objects.get(user=reviewer)
    secret = response.context["secret"]
    assert secret.startswith("fct_") and secret.encode() in response.content
    assert token.digest == token_digest(secret) and secret not in token.digest
    assert token.name == "CMS import" and secret.startswith(token.prefix)
    listing = reviewer_client.get(reverse("token_list"))
    assert secret.encode() not in listing.content and b"CMS import" in listing.content
    assert "no-store" in listing["Cache-Control"]


def test_it_refuses_a_token_without_a_name(reviewer_client, reviewer):
    response = reviewer_client.post(reverse("token_list"), {"name": "   "})
    assert response.status_code == 400
    assert not ApiToken.objects.filter(user=reviewer).exists()


def test_it_revokes_only_the_users_own_token(client, reviewer, editor, secret):
    token = ApiToken.objects.get(user=reviewer)
    client.force_login(editor)
    assert client.post(reverse("token_revoke", args=[token.pk])).status_code == 404
    client.force_login(reviewer)
    assert client.post(reverse("token_revoke", args=[token.pk])).status_code == 302
    assert call(client, "get", "/articles", secret).status_code == 401


def test_it_records_when_a_token_was_last_used(client, secret):
    assert ApiToken.objects.get().last_used_at is None
    call(client, "get", "/articles", secret)
    assert ApiToken.objects.get().last_used_at is not None


def test_it_acts_with_the_tokens_user_role(client, article, secret, editor_secret):
    path = f"/articles/{article.pk}"
    response = call(client, "delete", path, secret)
    assert response.status_code == 403
    assert response.json()["type"] == "tag:factcheck,2026:problem:forbidden"
    assert call(client, "delete", path, editor_secret).status_code == 204
    assert not Article.objects.filter(pk=article.pk).exists()


def test_it_limits_the_requests_of_one_token_per_minute(client, settings, secret, editor_secret):
    settings.FACTCHECK_API_RATE_PER_MINUTE = 3
    codes = [call(client, "get", "/articles", secret).status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]
    limited = call(client, "get", "/articles", secret)
    assert limited["Content-Type"] == "application/problem+json"
    assert 1 <= int(limited["Retry-After"]) <= 61
    assert call(client, "get", "/articles", editor_secret).status_code == 200  # per token


# --- claims -------------------------------------------------------------------

def test_it_sets_a_status_through_the_service_with_the_same_audit(client, article, reviewer,
                                                                  secret):
    claim = article.claims.order_by("position").first()
    response = call(client, "post", f"/claims/{claim.pk}/status", secret,
                    {"version": claim.version, "status": "confirmed",
                     "rationale": "The ministry's own statement."})
    assert response.status_code == 200, response.content
    data = response.json()
    assert data["status"] == "confirmed" and data["version"] == claim.version + 1
    event = ClaimEvent.objects.get(claim=claim, action="status")
    assert event.actor == reviewer and event.after["status"] == "confirmed"


def test_it_answers_a_stale_version_with_409_and_the_current_claim(client, article, reviewer,
                                                                   secret):
    claim = article.claims.order_by("position").first()
    services.claim_set_status(claim=claim, status="in_review", by=reviewer)
    response = call(client, "patch", f"/claims/{claim.pk}", secret,
                    {"version": 1, "text": "Rebels downed a helicopter."})
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
    response = call(client, "post", f"/claims/{claim.pk}/status", secret,
                    {"version": claim.version, "status": "in_review"})
    assert response.status_code == 423
    assert response.json()["type"].endswith(":report-locked")


def test_it_refuses_a_verdict_without_a_rationale_as_a_problem(client, article, secret):
    claim = article.claims.order_by("position").first()
    response = call(client, "post", f"/claims/{claim.pk}/status", secret,
                    {"version": claim.version, "status": "contradicted"})
    assert response.status_code == 400
    assert response.json()["type"].endswith(":invalid-input")
    assert "rationale" in response.json()["detail"]


def test_it_answers_schema_mismatches_with_422_problems(client, article, secret):
    claim = article.claims.order_by("position").first()
    response = call(client, "post", f"/claims/{claim.pk}/status", secret,
                    {"version": claim.version, "status": "maybe"})
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
        "The defence ministry denied that any aircraft was lost."]
    bad = call(client, "get", "/claims", secret, cursor="bm90LWEtY3Vyc29y")
    assert bad.status_code == 400 and bad.json()["type"].endswith(":invalid-input")


# --- articles -----------------------------------------------------------------

def test_it_creates_an_article_and_reports_extraction(client, secret, seed_text,
                                                      django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = call(client, "post", "/articles", secret, {"body": seed_text})
    assert response.status_code == 201, response.content
    article = response.json()
    got = call(client, "get", f"/articles/{article['id']}", secret).json()
    assert got["extraction"]["state"] == "done"
    claims = call(client, "get", f"/articles/{article['id']}/claims", secret).json()
    assert len(claims) > 5
    again = call(client, "post", "/articles", secret, {"body": seed_text})
    assert again.status_code == 200 and again.json()["id"] == article["id"]


def test_it_refuses_to_fetch_from_a_private_address(client, secret):
    response = call(client, "post", "/articles", secret,
                    {"url": "http://127.0.0.1:9/article", "fetch": True})
    assert response.status_code == 400
    assert not Article.objects.exists()


def test_it_lists_articles_with_filters(client, secret):
    make_article(" one")
    Article.objects.create(title="Pending piece", body="Some text.", extraction_state="pending")
    data = call(client, "get", "/articles", secret, state="pending").json()
    assert [a["title"] for a in data["items"]] == ["Pending piece"] and data["count"] == 1
    assert call(client, "get", "/articles", secret, state="bogus").status_code == 422
