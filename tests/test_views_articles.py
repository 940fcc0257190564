import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from claims.models import Article

pytestmark = pytest.mark.django_db
BODY = "Army says it repelled an attack\n\nThe army said it repelled an attack on Monday."


def test_it_lists_and_filters_articles(reviewer_client, article):
    html = reviewer_client.get(reverse("article_list"), {"q": "helicopter"}).content.decode()
    assert article.title in html
    frag = reviewer_client.get(
        reverse("article_list"), {"state": "failed"}, HTTP_HX_REQUEST="true"
    ).content.decode()
    assert "<html" not in frag and article.title not in frag


def test_it_creates_a_pasted_article_and_extracts(
    reviewer_client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        r = reviewer_client.post(reverse("article_new"), {"body": BODY.replace("\n", "\r\n")})
    a = Article.objects.get()
    assert r.status_code == 302 and r["Location"] == a.get_absolute_url()
    assert "\r" not in a.body and a.title == "Army says it repelled an attack"


def test_it_links_a_duplicate_instead_of_creating_it(reviewer_client, article):
    r = reviewer_client.post(reverse("article_new"), {"body": article.body}, follow=True)
    assert Article.objects.count() == 1
    assert "already here" in r.content.decode()


@pytest.mark.parametrize(
    "data, message",
    [
        ({"body": "   "}, "empty"),
        ({"body": BODY, "title": "x" * 501}, "at most"),
        ({"body": BODY, "url": "ftp://example.org/a"}, "http"),
    ],
)
def test_it_rejects_bad_input_with_400(reviewer_client, data, message):
    r = reviewer_client.post(reverse("article_new"), data)
    assert r.status_code == 400 and message in r.content.decode()
    assert not Article.objects.exists()


def test_it_rejects_a_too_large_article(reviewer_client, settings):
    settings.FACTCHECK_MAX_ARTICLE_BYTES = 100
    r = reviewer_client.post(
        reverse("article_new"), {"body": "word " * 100}, HTTP_HX_REQUEST="true"
    )
    assert (
        r.status_code == 413 and "limit" in r.content.decode() and "<html" not in r.content.decode()
    )
    assert not Article.objects.exists()


def test_it_rejects_binary_and_non_utf8_uploads(reviewer_client):
    for name, data in (("a.txt", b"\x00\x01binary"), ("b.txt", "café".encode("latin-1"))):
        r = reviewer_client.post(reverse("article_new"), {"upload": SimpleUploadedFile(name, data)})
        assert r.status_code == 400
    assert not Article.objects.exists()


def test_it_imports_a_text_upload(reviewer_client):
    r = reviewer_client.post(
        reverse("article_new"), {"upload": SimpleUploadedFile("a.md", BODY.encode())}
    )
    assert r.status_code == 302 and Article.objects.get().body == BODY


def test_it_says_so_when_the_url_cannot_be_fetched(reviewer_client, settings):
    settings.FACTCHECK_FETCH_TIMEOUT = 2
    r = reviewer_client.post(reverse("article_new"), {"url": "http://127.0.0.1:9/x", "fetch": "on"})
    assert r.status_code == 400 and "Nothing was saved" in r.content.decode()
    assert not Article.objects.exists()


def test_it_refuses_reextract_without_permission(client, django_user_model, article):
    client.force_login(django_user_model.objects.create_user("visitor", password="x"))
    assert client.post(reverse("article_reextract", args=[article.pk])).status_code == 403


def test_it_requeues_extraction(reviewer_client, article):
    r = reviewer_client.post(reverse("article_reextract", args=[article.pk]))
    assert r.status_code == 302
    article.refresh_from_db()
    assert article.extraction_state in ("pending", "running", "done", "failed")
