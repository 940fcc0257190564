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


def reextract_from(client, article, current_url):
    return client.post(
        reverse("article_reextract", args=[article.pk]),
        HTTP_HX_REQUEST="true",
        HTTP_HX_TARGET="workspace",
        HTTP_HX_CURRENT_URL="http://testserver" + current_url,
    )


def test_it_requeues_extraction_from_the_workspace_with_no_claim_open(reviewer_client, article):
    r = reextract_from(reviewer_client, article, article.get_absolute_url())
    frag = r.content.decode()
    assert r.status_code == 200 and "HX-Retarget" not in r.headers
    assert frag.lstrip().startswith('<div id="workspace"') and "Extraction queued." in frag


def test_it_requeues_extraction_with_a_claim_open_and_leaves_its_panel(reviewer_client, article):
    """Only the button is swapped, for the header's progress: the panel and what is
    typed in it stay; when the run ends, the header says so with a link to reload."""
    claim = article.claims.first()
    url = reverse("claim_detail", args=[article.pk, claim.pk])
    r = reextract_from(reviewer_client, article, url)
    frag = r.content.decode()
    assert r.status_code == 200
    assert r.headers["HX-Retarget"] == "#reextract" and r.headers["HX-Reswap"] == "outerHTML"
    assert frag.lstrip().startswith('<div id="extraction-status"') and "every 2s" in frag
    assert 'id="panel"' not in frag and 'id="workspace"' not in frag
    assert Article.objects.get(pk=article.pk).is_extracting
    Article.objects.filter(pk=article.pk).update(extraction_state="done")
    r = reviewer_client.get(
        reverse("article_progress", args=[article.pk]),
        HTTP_HX_REQUEST="true",
        HTTP_HX_TARGET="extraction-status",
        HTTP_HX_CURRENT_URL="http://testserver" + url,
    )
    done = r.content.decode()
    assert (
        "Extraction finished" in done
        and f'<a href="{url}">' in done
        and "HX-Retarget" not in r.headers
    )


def test_it_refuses_reextract_of_a_published_article_and_keeps_the_panel(reviewer_client, article):
    article.report_published_at = article.created_at
    article.save(update_fields=["report_published_at"])
    claim = article.claims.first()
    r = reextract_from(
        reviewer_client, article, reverse("claim_detail", args=[article.pk, claim.pk])
    )
    frag = r.content.decode()
    assert 400 <= r.status_code < 500 and r.headers["HX-Retarget"] == "#reextract"
    assert frag.lstrip().startswith('<form id="reextract"') and 'role="alert"' in frag
    assert 'id="panel"' not in frag
    assert Article.objects.get(pk=article.pk).extraction_state == article.extraction_state
