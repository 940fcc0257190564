"""Several article files at once: one article per file through the single
upload's path, a result per file (added, already here, refused with the
reason and the file's name, nothing of it written), and each article's
extraction progress, which polls itself while the extraction runs."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from claims.models import Article, ClaimEvent
from claims.services.articles import MAX_FILES_AT_ONCE

pytestmark = pytest.mark.django_db
URL = "article_bulk_new"


def f(name, text, content_type="text/plain"):
    data = text.encode("utf-8") if isinstance(text, str) else text
    return SimpleUploadedFile(name, data, content_type=content_type)


def rows(html):
    body = html[html.index("<tbody>") : html.index("</tbody>")]
    return body.split("<tr")[1:]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_each_file_becomes_an_article_and_each_is_reported(reviewer_client, article):
    # a real commit per file: the extraction (immediate backend) runs after each
    files = [
        f("drones.txt", "Drones hit the base\n\nThe militia said it attacked the base."),
        f(
            "report.html",
            "<html><head><title>Minister speaks</title></head><body><article><p>"
            "The minister said the talks would resume on Monday in Geneva.</p></article>"
            "</body></html>",
            "text/html",
        ),
        f("again.md", article.body),  # the text of an article already here
        f("scan.txt", b"\x00\x01binary"),
        f("notes.pdf", "not an article format"),
    ]
    before = Article.objects.count()
    r = reviewer_client.post(reverse(URL), {"files": files})
    html = r.content.decode()
    assert r.status_code == 200
    assert "5 files: 2 articles added" in html
    drones, page, again, scan, pdf = rows(html)
    assert "drones.txt" in drones and "Added" in drones and "Done: " in drones
    assert "report.html" in page and "Added" in page
    assert "again.md" in again and "Already here" in again
    assert article.get_absolute_url() in again
    assert "scan.txt" in scan and "Refused" in scan and "binary" in scan and "nothing saved" in scan
    assert "notes.pdf" in pdf and "only .txt, .md and .html" in pdf
    assert Article.objects.count() == before + 2
    new = Article.objects.get(title="Drones hit the base")
    assert new.extraction_state == "done" and new.claims.exists()
    assert f"Done: {new.claims.count()} claim" in drones
    assert ClaimEvent.objects.filter(article=new, action="created").count() == 1


def test_a_file_over_the_limit_is_refused_with_the_limit_and_the_others_go_in(
    reviewer_client, settings
):
    settings.FACTCHECK_MAX_ARTICLE_BYTES = 10_000
    r = reviewer_client.post(
        reverse(URL),
        {"files": [f("big.txt", "word " * 3_000), f("small.txt", "A short article about rain.")]},
    )
    html = r.content.decode()
    big, small = rows(html)
    assert "big.txt" in big and "9.8 KB limit" in big and "nothing saved" in big
    assert "small.txt" in small and "Added" in small
    assert list(Article.objects.values_list("title", flat=True)) == ["A short article about rain."]


def test_too_many_files_or_none_is_a_400_and_writes_nothing(reviewer_client):
    many = [f(f"a{i}.txt", f"Article number {i}.") for i in range(MAX_FILES_AT_ONCE + 1)]
    r = reviewer_client.post(reverse(URL), {"files": many})
    assert r.status_code == 400 and f"at most {MAX_FILES_AT_ONCE}" in r.content.decode()
    r = reviewer_client.post(reverse(URL), {})
    assert r.status_code == 400 and "Choose one or more files" in r.content.decode()
    assert not Article.objects.exists()


def test_the_form_takes_several_files_and_the_new_article_page_links_to_it(reviewer_client):
    html = reviewer_client.get(reverse(URL)).content.decode()
    assert '<input type="file" name="files" id="bulk-files" multiple required' in html
    assert reverse(URL) in reviewer_client.get(reverse("article_new")).content.decode()


def test_a_reader_without_the_add_permission_is_refused(client, django_user_model):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("viewer", password="x")
    user.user_permissions.add(*Permission.objects.filter(codename__startswith="view_"))
    client.force_login(user)
    r = client.post(reverse(URL), {"files": [f("a.txt", "Some text here.")]})
    assert r.status_code == 403 and not Article.objects.exists()


def test_the_progress_fragment_polls_while_running_and_stops_when_done(reviewer_client, article):
    url = reverse("article_progress", args=[article.pk])
    Article.objects.filter(pk=article.pk).update(
        extraction_state="running", extraction_done=3, extraction_total=9
    )
    html = reviewer_client.get(url).content.decode()
    assert 'hx-trigger="every 2s"' in html and f'hx-get="{url}"' in html
    assert '<progress max="9" value="3"' in html and "3 of 9 paragraphs" in html
    Article.objects.filter(pk=article.pk).update(extraction_state="done")
    html = reviewer_client.get(url).content.decode()
    assert "every 2s" not in html and "Done: 3 claims" in html
