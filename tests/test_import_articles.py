"""import_articles and the extraction task, with the real spaCy pipeline."""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from claims import services
from claims.errors import InvalidInput
from claims.ingest import parse_published
from claims.models import Article, Speaker

pytestmark = pytest.mark.django_db


def test_it_extracts_a_saved_article_into_attributed_claims(
    reviewer, seed_text, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        article, created = services.article_create(title="", body=seed_text, by=reviewer)
    article.refresh_from_db()
    assert created and article.extraction_state == "done", article.extraction_error
    assert article.extractor_version.startswith("rules-")
    claims = list(article.claims.select_related("speaker"))
    assert len(claims) >= 15
    for claim in claims:
        assert 0 <= claim.start < claim.end <= len(article.body)
    centcom = [c for c in claims if c.speaker and c.speaker.aliases.filter(name="CENTCOM")]
    assert centcom, "CENTCOM's statement should be attributed to CENTCOM"
    militia = {c.speaker_id for c in claims if "Islamic Resistance" in c.speaker_mention}
    assert len(militia) == 1, "aliases of the militia should be one speaker"


def test_it_imports_a_folder_and_skips_duplicates(tmp_path, seed_text, capsys):
    (tmp_path / "a.txt").write_text(seed_text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(seed_text, encoding="utf-8")  # same text
    (tmp_path / "c.html").write_text(
        "<html><head><title>Bridge reopens</title></head><body><article><h1>Bridge reopens</h1>"
        "<p>The transport ministry said the bridge reopened on Monday after repairs costing "
        "4 million dollars.</p><p>Officials added that traffic would resume at noon.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00binary")
    call_command("import_articles", str(tmp_path))
    out = capsys.readouterr().out
    assert "Imported 2 article(s)" in out
    assert "1 duplicate(s) skipped" in out
    assert "bad.txt looks binary" in out  # the web upload's message
    assert Article.objects.count() == 2
    assert all(a.extraction_state == "done" for a in Article.objects.all())
    assert Article.objects.get(title__icontains="Bridge").claims.exists()


def test_it_reports_malformed_jsonl_lines_and_imports_the_good_ones(tmp_path, capsys):
    lines = [
        json.dumps(
            {
                "title": "Dam",
                "text": "Engineers said the dam held after 30 hours of rain.",
                "url": "https://news.test/dam",
                "publisher": "Wire",
                "published_at": "2024-03-01",
            }
        ),
        "{not json",
        json.dumps({"title": "No text"}),
        json.dumps({"title": "Port", "text": "The port reopened, the harbour authority said."}),
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    call_command("import_articles", str(path))
    out = capsys.readouterr().out
    assert "Imported 2 article(s)" in out
    assert "feed.jsonl:2" in out and "line 2" in out
    assert "feed.jsonl:3" in out and '"text" is missing' in out
    dam = Article.objects.get(url="https://news.test/dam")
    assert dam.publisher == "Wire" and dam.published_at.year == 2024


PAGE = (
    "<html><head><title>Bridge reopens</title>"
    '<meta property="article:published_time" content="2024-05-06"></head>'
    "<body><article><h1>Bridge reopens</h1>"
    "<p>The transport ministry said the bridge reopened on Monday after repairs costing "
    "4 million dollars.</p><p>Officials added that traffic would resume at noon.</p>"
    "</article></body></html>"
)


def test_the_same_html_file_imported_and_uploaded_is_one_article(tmp_path, reviewer_client):
    (tmp_path / "bridge.html").write_text(PAGE, encoding="utf-8")
    call_command("import_articles", str(tmp_path), "--no-extract")
    imported = Article.objects.get()
    response = reviewer_client.post(
        reverse("article_new"),
        {
            "upload": SimpleUploadedFile("bridge.html", PAGE.encode(), content_type="text/html"),
        },
    )
    assert response.status_code == 302 and response["Location"] == imported.get_absolute_url()
    assert Article.objects.count() == 1  # caught as a duplicate by its content hash
    assert imported.title == "Bridge reopens"
    assert imported.published_at == parse_published("2024-05-06")  # the page's date, one zone


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2024-03-01", "2024-03-01T00:00:00+01:00"),  # a date alone: midnight in TIME_ZONE
        ("2024-03-01T10:30", "2024-03-01T10:30:00+01:00"),  # naive: read in TIME_ZONE
        ("2024-03-01T10:30:00+00:00", "2024-03-01T10:30:00+00:00"),  # aware: kept
    ],
)
def test_it_reads_naive_dates_in_the_projects_time_zone(settings, value, expected):
    settings.TIME_ZONE = "Europe/Paris"
    assert parse_published(value).isoformat() == expected


@pytest.mark.parametrize("value", ["yesterday", "2024-02-30", "03/01/2024"])
def test_it_refuses_what_is_not_a_date(value):
    with pytest.raises(InvalidInput, match="YYYY-MM-DD"):
        parse_published(value)
