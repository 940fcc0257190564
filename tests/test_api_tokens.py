"""Personal API tokens: shown once, stored hashed, revocable, last-used time,
the user's role, a rate limit per token."""

import pytest
from django.urls import reverse

from claims import services
from claims.models import ApiToken, Article, token_digest
from tests.api_helpers import call

pytestmark = pytest.mark.django_db


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
