import pytest
from django.test import override_settings

from claims import services
from claims.errors import InvalidInput
from claims.models import Article

pytestmark = pytest.mark.django_db

BODY = "Officials said the bridge reopened on Monday.\n\nTraffic resumed at noon."


def test_it_detects_the_same_text_as_a_duplicate(reviewer):
    first, created = services.article_create(title="Bridge", body=BODY, by=reviewer, extract=False)
    again, created_again = services.article_create(
        title="Bridge again", body=BODY.replace("\n\n", "\n \n"), by=reviewer, extract=False
    )
    assert created and not created_again
    assert again.pk == first.pk
    assert Article.objects.count() == 1


def test_it_detects_the_same_url_as_a_duplicate(reviewer):
    first, _ = services.article_create(
        title="A", body=BODY, url="https://news.test/a", by=reviewer, extract=False
    )
    again, created = services.article_create(
        title="B",
        body="Different text entirely.",
        url="https://news.test/a",
        by=reviewer,
        extract=False,
    )
    assert not created and again.pk == first.pk


@pytest.mark.parametrize("body", ["", "   \n\t  "])
def test_it_refuses_an_empty_article(reviewer, body):
    with pytest.raises(InvalidInput, match="empty"):
        services.article_create(title="T", body=body, by=reviewer)
    assert not Article.objects.exists()


@override_settings(FACTCHECK_MAX_ARTICLE_BYTES=1000)
def test_it_refuses_an_article_over_the_size_limit(reviewer):
    with pytest.raises(InvalidInput, match="limit"):
        services.article_create(title="T", body="word " * 300, by=reviewer)
    assert not Article.objects.exists()


def test_it_takes_the_title_from_the_first_line(reviewer):
    article, _ = services.article_create(title="", body=BODY, by=reviewer, extract=False)
    assert article.title == "Officials said the bridge reopened on Monday."


def test_it_moves_claim_spans_when_the_text_is_edited(article, reviewer):
    claim = article.claims.get(kind="denial")
    words = article.body[claim.start : claim.end]
    services.article_update(article=article, by=reviewer, body="UPDATE: " + article.body)
    claim.refresh_from_db()
    article.refresh_from_db()
    assert article.body[claim.start : claim.end] == words
