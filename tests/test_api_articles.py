"""The article operations of the API: create from text (extraction runs) or a
URL (the same fetch rules as the web form), get, list with filters."""

import pytest

from claims import services
from claims.extraction.pipeline import paragraph_ends
from claims.models import Article
from tests.api_helpers import call
from tests.conftest import make_article

pytestmark = pytest.mark.django_db


def test_it_creates_an_article_and_reports_extraction(
    client, secret, seed_text, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = call(client, "post", "/articles", secret, {"body": seed_text})
    assert response.status_code == 201, response.content
    article = response.json()
    got = call(client, "get", f"/articles/{article['id']}", secret).json()
    assert got["extraction"]["state"] == "done"
    paragraphs = len(paragraph_ends(seed_text))
    assert paragraphs > 5
    assert got["extraction"]["paragraphs_done"] == paragraphs
    assert got["extraction"]["paragraphs_total"] == paragraphs
    claims = call(client, "get", f"/articles/{article['id']}/claims", secret).json()
    assert len(claims) > 5
    again = call(client, "post", "/articles", secret, {"body": seed_text})
    assert again.status_code == 200 and again.json()["id"] == article["id"]


def test_it_reports_the_progress_of_a_running_extraction(client, secret):
    article = Article.objects.create(title="Long piece", body="Some text.")
    fresh = call(client, "get", f"/articles/{article.pk}", secret).json()["extraction"]
    assert (fresh["state"], fresh["paragraphs_done"], fresh["paragraphs_total"]) == (
        "pending",
        0,
        0,
    )
    Article.objects.filter(pk=article.pk).update(
        extraction_state="running", extraction_done=37, extraction_total=120
    )
    got = call(client, "get", f"/articles/{article.pk}", secret).json()["extraction"]
    assert (got["state"], got["paragraphs_done"], got["paragraphs_total"]) == ("running", 37, 120)
    listed = call(client, "get", "/articles", secret, state="running").json()["items"]
    assert [a["extraction"]["paragraphs_done"] for a in listed] == [37]
    assert [a["extraction"]["paragraphs_total"] for a in listed] == [120]


def test_it_refuses_to_fetch_from_a_private_address(client, secret):
    response = call(
        client, "post", "/articles", secret, {"url": "http://127.0.0.1:9/article", "fetch": True}
    )
    assert response.status_code == 400
    assert not Article.objects.exists()


def test_it_lists_articles_with_filters(client, secret):
    make_article(" one")
    Article.objects.create(title="Pending piece", body="Some text.", extraction_state="pending")
    data = call(client, "get", "/articles", secret, state="pending").json()
    assert [a["title"] for a in data["items"]] == ["Pending piece"]
    assert data["next_cursor"] is None
    assert call(client, "get", "/articles", secret, state="bogus").status_code == 422
