"""Cursor pagination of every API list (claims/api/cursor.py): pages in a
stable order without repeats or gaps, rows added between pages do not shift
them, and a cursor that is forged, damaged or from another list is a 400."""

import base64
import json

import pytest

from claims import services
from claims.models import Article, Source, WebhookDelivery, WebhookEndpoint
from tests.api_helpers import call
from tests.conftest import make_article

pytestmark = pytest.mark.django_db


def walk(client, secret, path, limit=2, **params):
    """Every page of a list, following next_cursor; returns (ids, pages)."""
    ids, cursor, pages = [], None, 0
    while True:
        query = {**params, "limit": limit, **({"cursor": cursor} if cursor else {})}
        response = call(client, "get", path, secret, **query)
        assert response.status_code == 200, response.content
        data = response.json()
        ids += [item["id"] for item in data["items"]]
        pages += 1
        cursor = data["next_cursor"]
        if not cursor:
            return ids, pages


def forge(payload) -> str:
    return base64.urlsafe_b64encode(json.dumps(payload).encode()).decode().rstrip("=")


@pytest.fixture
def lists(reviewer):
    """Five articles (15 claims, 3 speakers each), five sources, one webhook
    endpoint with five deliveries; the paths of the lists to walk."""
    for n in range(5):
        article = make_article(f" list {n}")
        claim = article.claims.order_by("position").first()
        services.claim_update(
            claim=claim, by=reviewer, expected_version=None, speaker_name=f"Speaker {n}"
        )
        services.evidence_add(
            claim=claim, by=reviewer, stance="supports", url=f"https://example.org/list/{n}"
        )
    endpoint = WebhookEndpoint.objects.create(
        url="https://93.184.215.14/hook", events=["report.published"], secret="whsec_x"
    )
    for _ in range(5):
        WebhookDelivery.objects.create(endpoint=endpoint, event="report.published", payload={})
    return {
        "/articles": Article.objects.count(),
        "/speakers": None,
        "/sources": Source.objects.count(),
        f"/webhooks/{endpoint.pk}/deliveries": 5,
    }


@pytest.mark.parametrize("index", range(4))
def test_it_pages_each_list_in_a_stable_order_without_repeats(client, editor_secret, lists, index):
    path, expected = list(lists.items())[index]
    ids, pages = walk(client, editor_secret, path)
    whole = call(client, "get", path, editor_secret, limit=200).json()
    assert whole["next_cursor"] is None
    assert ids == [item["id"] for item in whole["items"]]
    assert len(ids) == len(set(ids)) and pages == -(-len(ids) // 2)
    if expected is not None:
        assert len(ids) == expected


def test_it_orders_speakers_by_claims_then_name_across_pages(client, secret, lists):
    names, cursor = [], None
    while True:
        data = call(
            client, "get", "/speakers", secret, limit=3, **({"cursor": cursor} if cursor else {})
        ).json()
        names += [(-s["n_claims"], s["name"]) for s in data["items"]]
        cursor = data["next_cursor"]
        if not cursor:
            break
    assert len(names) > 6 and names == sorted(names, key=lambda x: (x[0], x[1]))


def test_it_keeps_pages_steady_when_rows_are_added_between_them(client, secret, lists):
    first = call(client, "get", "/articles", secret, limit=2).json()
    make_article(" arrived meanwhile")
    rest, _ = walk(client, secret, "/articles", limit=2)
    second = call(client, "get", "/articles", secret, limit=50, cursor=first["next_cursor"]).json()
    seen = [a["id"] for a in first["items"]] + [a["id"] for a in second["items"]]
    assert len(seen) == len(set(seen)) == lists["/articles"]
    assert len(rest) == lists["/articles"] + 1


@pytest.mark.parametrize(
    "path,cursor",
    [
        ("/articles", "bm90LWEtY3Vyc29y"),  # "not-a-cursor"
        ("/articles", forge(["sources", ["2026-01-01T00:00:00+00:00", 1]])),  # another list's
        ("/articles", forge(["articles", ["yesterday", 1]])),  # not a time
        ("/articles", forge(["articles", ["2026-01-01T00:00:00+00:00"]])),  # a key short
        ("/speakers", forge(["speakers", ["3", "A", 1]])),  # a count as text
        ("/speakers", forge(["speakers", [3, 7, 1]])),  # a name as a number
        ("/sources", forge(["sources", ["2026-01-01T00:00:00+00:00", True]])),
        ("/claims", forge(["claims:newest", ["2026-01-01T00:00:00+00:00", 1e400]])),
        ("/claims", forge(["claims:checkworthiness:offset", 5])),
        ("/claims", forge({"kind": "articles"})),
    ],
)
def test_it_refuses_a_cursor_it_did_not_give_out(client, secret, lists, path, cursor):
    response = call(client, "get", path, secret, cursor=cursor)
    assert response.status_code == 400, response.content
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["type"].endswith(":invalid-input")
