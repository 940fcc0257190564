"""Publishing: editors only, POST with CSRF; a published report locks its
claims; the public link works without login until the report is unpublished."""

import pytest
from django.test import Client
from django.urls import reverse
from test_reports_support import published, reviewed  # noqa: F401

from claims import services
from claims.errors import ReportLocked
from claims.models import Article, Claim, ClaimEvent

pytestmark = pytest.mark.django_db


def test_an_editor_publishes_and_unpublishes_with_the_buttons(editor_client, reviewed):
    article = reviewed.article
    response = editor_client.post(reverse("report_publish", args=[article.pk]))
    assert response.status_code == 302 and response["Location"] == reverse(
        "report", args=[article.pk]
    )
    article.refresh_from_db()
    assert article.is_published and article.report_published_by.username == "eddie"
    assert len(article.report_token) >= 40
    assert ClaimEvent.objects.filter(article=article, action="report_published").count() == 1
    page = editor_client.get(response["Location"]).content.decode()
    assert "The report is published" in page  # the flash message

    response = editor_client.post(reverse("report_unpublish", args=[article.pk]))
    assert response.status_code == 302
    article.refresh_from_db()
    assert not article.is_published
    assert client_get_status(editor_client, article.report_token) == 404
    assert ClaimEvent.objects.filter(article=article, action="report_unpublished").count() == 1


def test_a_reviewer_cannot_publish_or_unpublish(reviewer_client, reviewed, editor):
    article = reviewed.article
    assert reviewer_client.post(reverse("report_publish", args=[article.pk])).status_code == 403
    article.refresh_from_db()
    assert not article.is_published
    services.report_publish(article=article, by=editor)
    assert reviewer_client.post(reverse("report_unpublish", args=[article.pk])).status_code == 403
    article.refresh_from_db()
    assert article.is_published


def test_publishing_needs_post(editor_client, reviewed):
    for name in ("report_publish", "report_unpublish"):
        assert editor_client.get(reverse(name, args=[reviewed.article.pk])).status_code == 405


def test_publishing_needs_the_csrf_token(editor, reviewed):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    response = client.post(reverse("report_publish", args=[reviewed.article.pk]))
    assert response.status_code == 403
    reviewed.article.refresh_from_db()
    assert not reviewed.article.is_published


def test_a_published_report_locks_its_claims(published, reviewer):
    claim = published.rebel
    attempts = [
        lambda: services.claim_set_status(
            claim=claim, status="confirmed", by=reviewer, rationale="Changed my mind."
        ),
        lambda: services.claim_update(
            claim=claim, by=reviewer, expected_version=None, text="Something else."
        ),
        lambda: services.evidence_add(
            claim=claim, by=reviewer, url="https://x.example/a", stance="supports"
        ),
        lambda: services.link_create(
            from_claim=published.soldiers, to_claim=claim, relation="confirms", by=reviewer
        ),
        lambda: services.claim_delete(claim=claim, by=reviewer),
    ]
    for attempt in attempts:
        with pytest.raises(ReportLocked, match="report is published"):
            attempt()
    claim.refresh_from_db()
    assert claim.status == "contradicted" and claim.deleted_at is None


def test_a_locked_claim_answers_423_through_the_workspace_view(published, reviewer_client):
    claim = Claim.objects.get(pk=published.rebel.pk)
    response = reviewer_client.post(
        reverse("claim_status", args=[claim.pk]),
        {
            "status-version": claim.version,
            "status-status": "confirmed",
            "status-rationale": "Trying to change a published verdict.",
        },
    )
    assert response.status_code == 423
    assert "report is published" in response.content.decode()
    assert Claim.objects.get(pk=claim.pk).status == "contradicted"


def test_unpublishing_unlocks_the_claims(published, editor, reviewer):
    services.report_unpublish(article=published.article, by=editor)
    claim = services.claim_set_status(
        claim=published.rebel, status="disputed", by=reviewer, rationale="New footage."
    )
    assert claim.status == "disputed"


# --- the public link -------------------------------------------------------------------


def test_the_public_link_works_without_login(client, published):
    token = published.article.report_token
    response = client.get(reverse("public_report", args=[token]))
    assert response.status_code == 200
    html = response.content.decode()
    assert published.article.title in html and "Contradicted" in html
    assert (
        response["Cache-Control"].startswith("max-age=0") or "no-cache" in response["Cache-Control"]
    )
    # No reviewer-only controls or private links on the public page.
    for private in (
        "Publish report",
        "Unpublish report",
        "csrfmiddlewaretoken",
        reverse("report", args=[published.article.pk]),
        reverse("report_json", args=[published.article.pk]),
        "Back to the article",
        'class="controls',
    ):
        assert private not in html, private
    # Its downloads are public too.
    for name in ("public_report_json", "public_report_csv", "public_claimreview"):
        assert client.get(reverse(name, args=[token])).status_code == 200
    data = client.get(reverse("public_report_json", args=[token])).json()
    assert data["report"]["state"] == "published"


@pytest.mark.parametrize("token", ["x" * 43, "not-a-real-token-but-long-enough", "short"])
def test_an_invalid_token_is_a_404(client, published, token):
    assert client.get(f"/r/{token}/").status_code == 404
    assert client.get(f"/r/{token}/report.json").status_code == 404


def test_unpublishing_revokes_the_public_link(client, published, editor):
    token = published.article.report_token
    assert client.get(reverse("public_report", args=[token])).status_code == 200
    services.report_unpublish(article=published.article, by=editor)
    for name in ("public_report", "public_report_json", "public_report_csv", "public_claimreview"):
        assert client.get(reverse(name, args=[token])).status_code == 404
    # Publishing again is a correction (with a note) under the same link.
    article = services.report_publish(
        article=Article.objects.get(pk=published.article.pk),
        by=editor,
        correction_note="Re-checked.",
    )
    assert article.report_token == token
    assert client.get(reverse("public_report", args=[token])).status_code == 200


def test_a_draft_has_no_public_page_even_with_a_stale_token_in_the_row(client, reviewed):
    # Defence in depth: a token without a publication date is not a published report.
    Article.objects.filter(pk=reviewed.article.pk).update(report_token="t" * 43)
    assert client.get("/r/" + "t" * 43 + "/").status_code == 404


def test_the_public_page_escapes_user_text(client, published):
    html = client.get(
        reverse("public_report", args=[published.article.report_token])
    ).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in html


def client_get_status(client, token) -> int:
    return client.get(reverse("public_report", args=[token])).status_code
