"""Bad input, end to end through the views: each answer is a 4xx with a clear
message, and the database is left exactly as it was.

(Empty, oversized, binary and non-UTF-8 articles are in test_views_articles;
malformed JSONL lines in test_import_articles; GET on POST-only URLs in
test_permissions.)"""

import csv
import io
import json
import threading

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

from claims import services
from claims.models import Article, Claim, ClaimEvent, ClaimLink, Evidence, Source

pytestmark = pytest.mark.django_db

XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def snapshot():
    """Everything a bad request must not change."""
    return (
        list(Article.objects.values_list("id", "title", "body")),
        list(Claim.all_objects.values_list("id", "text", "status", "version", "deleted_at")),
        list(Evidence.objects.values_list("id", "claim_id", "source_id")),
        list(Source.objects.values_list("id", "url", "title")),
        list(ClaimLink.objects.values_list("id", "from_claim_id", "to_claim_id")),
        ClaimEvent.objects.count(),
    )


def prefixed(prefix, data):
    return {f"{prefix}-{k}": v for k, v in data.items()}


def _evidence_form(claim, **overrides):
    return prefixed(
        "ev",
        {
            "version": claim.version,
            "url": "https://example.org/ok",
            "title": "",
            "publisher": "",
            "published_at": "",
            "kind": "official",
            "stance": "supports",
            "excerpt": "",
            "note": "",
            **overrides,
        },
    )


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "data:text/html;base64,PHNjcmlwdD4=",
        "file:///etc/passwd",
    ],
)
def test_it_refuses_dangerous_source_urls(reviewer_client, article, url):
    claim = article.claims.first()
    before = snapshot()
    response = reviewer_client.post(
        reverse("evidence_add", args=[claim.pk]),
        _evidence_form(claim, url=url),
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 400
    assert "http" in response.content.decode()
    assert snapshot() == before


@pytest.mark.parametrize("field,size", [("title", 501), ("excerpt", 10_001), ("note", 5_001)])
def test_it_refuses_over_long_evidence_fields(reviewer_client, article, field, size):
    claim = article.claims.first()
    before = snapshot()
    response = reviewer_client.post(
        reverse("evidence_add", args=[claim.pk]),
        _evidence_form(claim, **{field: "x" * size}),
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 400
    assert "at most" in response.content.decode()
    assert snapshot() == before


def test_it_refuses_an_over_long_claim_text(reviewer_client, article):
    claim = article.claims.first()
    before = snapshot()
    response = reviewer_client.post(
        reverse("claim_edit", args=[claim.pk]),
        prefixed(
            "edit",
            {
                "version": claim.version,
                "text": "x" * 5001,
                "kind": "claim",
                "speaker_name": "",
            },
        ),
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 400
    assert snapshot() == before


def test_it_refuses_an_over_long_article_title(reviewer_client):
    response = reviewer_client.post(
        reverse("article_new"), {"title": "t" * 501, "body": "Some article text."}
    )
    assert response.status_code == 400
    assert not Article.objects.exists()


def test_it_refuses_a_claim_span_outside_the_article(reviewer_client, article):
    before = snapshot()
    response = reviewer_client.post(
        reverse("claim_create", args=[article.pk]),
        {
            "new-start": 5,
            "new-end": len(article.body) + 50,
            "new-kind": "claim",
        },
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 400
    assert snapshot() == before


@pytest.mark.parametrize(
    "name",
    [
        "claim_status",
        "claim_edit",
        "claim_delete",
        "evidence_add",
        "link_create",
        "suggestion_accept",
    ],
)
def test_it_answers_404_for_a_claim_that_does_not_exist(reviewer_client, article, name):
    before = snapshot()
    response = reviewer_client.post(reverse(name, args=[999_999]), {"version": 1})
    assert response.status_code == 404
    assert snapshot() == before


@pytest.mark.parametrize("name", ["article_detail", "report", "report_json"])
def test_it_answers_404_for_an_article_that_does_not_exist(reviewer_client, name):
    assert reviewer_client.get(reverse(name, args=[999_999])).status_code == 404


def test_it_answers_404_for_a_claim_under_the_wrong_article(reviewer_client, article):
    from tests.conftest import make_article

    other = make_article(" (other)")
    url = reverse("claim_detail", args=[other.pk, article.claims.first().pk])
    assert reviewer_client.get(url).status_code == 404


def test_it_refuses_writes_to_claims_of_a_published_report(reviewer_client, editor, article):
    claim, other, _ = list(article.claims.order_by("position"))
    services.report_publish(article=article, by=editor)
    before = snapshot()
    posts = [
        (
            "claim_status",
            claim.pk,
            prefixed("status", {"version": claim.version, "status": "in_review"}),
        ),
        (
            "claim_edit",
            claim.pk,
            prefixed("edit", {"version": claim.version, "text": "x", "kind": "claim"}),
        ),
        ("claim_delete", claim.pk, {"version": claim.version}),
        ("evidence_add", claim.pk, _evidence_form(claim)),
        (
            "link_create",
            claim.pk,
            prefixed("link", {"relation": "confirms", "direction": "out", "other": other.pk}),
        ),
    ]
    for name, pk, data in posts:
        response = reviewer_client.post(reverse(name, args=[pk]), data, HTTP_HX_REQUEST="true")
        assert response.status_code == 423, name
        assert "unpublish" in response.content.decode(), name
    assert snapshot() == before


def test_it_refuses_a_write_without_a_csrf_token(reviewer, article):
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(reviewer)
    claim = article.claims.first()
    before = snapshot()
    response = strict.post(
        reverse("claim_status", args=[claim.pk]),
        prefixed("status", {"version": claim.version, "status": "in_review"}),
    )
    assert response.status_code == 403
    assert snapshot() == before


@pytest.fixture
def hostile(article, reviewer, editor):
    """Markup and formula-like text everywhere a user can type."""
    claim = article.claims.order_by("position").first()
    services.claim_update(
        claim=claim,
        by=reviewer,
        expected_version=None,
        text=f'=HYPERLINK("http://evil") {XSS}',
        speaker_name=f"Gen. {XSS}",
    )
    services.claim_set_status(claim=claim, status="confirmed", by=reviewer, rationale=f"+cmd {XSS}")
    services.evidence_add(
        claim=claim,
        by=reviewer,
        url="https://example.org/e",
        stance="supports",
        title=f"@SUM(A1) {XSS}",
        excerpt=f"-2+3 {XSS}",
    )
    Article.objects.filter(pk=article.pk).update(title=f"Title {XSS}")
    article.refresh_from_db()
    services.report_publish(article=article, by=editor)
    article.refresh_from_db()
    return article


def test_it_escapes_markup_on_every_page(reviewer_client, hostile):
    claim = hostile.claims.order_by("position").first()
    pages = [
        reverse("home") + "?status=all",
        reverse("article_list"),
        reverse("article_detail", args=[hostile.pk]),
        claim.get_absolute_url(),
        reverse("speaker_detail", args=[claim.speaker_id]),
        reverse("speaker_list"),
        reverse("source_list"),
        reverse("report", args=[hostile.pk]),
        reverse("public_report", args=[hostile.report_token]),
    ]
    for url in pages:
        body = reviewer_client.get(url).content.decode()
        assert "<script>alert" not in body, url
        assert "<img src=x onerror" not in body, url
        assert "&lt;script&gt;" in body or "\\u003cscript" in body, url


def test_it_keeps_json_ld_inside_its_script_element(reviewer_client, hostile):
    body = reviewer_client.get(reverse("report", args=[hostile.pk])).content.decode()
    start = body.index('<script type="application/ld+json"')
    content = body[body.index(">", start) + 1 : body.index("</script>", start)]
    data = json.loads(content)
    assert "</script" not in content.lower()
    texts = json.dumps(data)
    assert "HYPERLINK" in texts


def test_it_neutralises_spreadsheet_formulas_in_the_csv(reviewer_client, hostile):
    response = reviewer_client.get(reverse("report_csv", args=[hostile.pk]))
    text = response.content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    cells = [cell for row in rows[1:] for cell in row]
    for cell in cells:
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    assert any(cell.startswith("'=HYPERLINK") for cell in cells)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_it_imports_the_same_article_once_when_two_imports_race(reviewer):
    body = "The port reopened on Monday, the harbour authority said.\n" * 3
    barrier = threading.Barrier(4)
    results = []

    def worker():
        try:
            barrier.wait()
            results.append(
                services.article_create(title="Port", body=body, by=reviewer, extract=False)
            )
        finally:
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert len(results) == 4
    assert Article.objects.count() == 1
    assert sum(1 for _, created in results if created) == 1
    assert {a.pk for a, _ in results} == {Article.objects.get().pk}
