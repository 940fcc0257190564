"""Reports through the API: the same JSON export as the web app; editors
publish (claims then answer 423) and unpublish."""

import pytest
from django.urls import reverse

from tests.api_helpers import call

pytestmark = pytest.mark.django_db


def test_it_serves_the_same_report_json_as_the_web_app(client, reviewer_client, article, secret):
    web = reviewer_client.get(reverse("report_json", args=[article.pk])).json()
    client.logout()
    api = call(client, "get", f"/articles/{article.pk}/report", secret)
    assert api.status_code == 200
    assert {**api.json(), "generated_at": None} == {**web, "generated_at": None}


def test_it_publishes_locks_and_unpublishes(client, article, secret, editor_secret):
    path = f"/articles/{article.pk}/report/publish"
    assert call(client, "post", path, secret).status_code == 403
    published = call(client, "post", path, editor_secret)
    assert published.status_code == 200 and published.json()["report"]["published"]
    claim = article.claims.order_by("position").first()
    locked = call(
        client,
        "post",
        f"/claims/{claim.pk}/status",
        secret,
        {"version": claim.version, "status": "in_review"},
    )
    assert locked.status_code == 423
    reviews = call(client, "get", f"/articles/{article.pk}/claimreview", secret)
    assert reviews["Content-Type"].startswith("application/ld+json")
    unpublished = call(client, "post", f"/articles/{article.pk}/report/unpublish", editor_secret)
    assert unpublished.json()["report"]["published"] is False
