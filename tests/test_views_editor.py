import pytest
from django.urls import reverse

from claims import services
from claims.models import Article, ClaimEvent, Source, Speaker

pytestmark = pytest.mark.django_db


def test_it_lets_an_editor_delete_an_article(editor_client, article):
    response = editor_client.post(reverse("article_delete", args=[article.pk]))
    assert response.status_code == 302 and response.url == reverse("article_list")
    assert not Article.objects.filter(pk=article.pk).exists()
    assert ClaimEvent.objects.filter(action="deleted", note__contains=article.title).exists()


def test_it_forbids_a_reviewer_to_delete_an_article(reviewer_client, article):
    assert reviewer_client.post(reverse("article_delete", args=[article.pk])).status_code == 403
    assert Article.objects.filter(pk=article.pk).exists()


def test_it_refuses_to_delete_an_article_with_a_published_report(editor_client, editor, article):
    services.report_publish(article=article, by=editor)
    response = editor_client.post(reverse("article_delete", args=[article.pk]))
    assert response.status_code == 423
    assert "unpublish" in response.content.decode()
    assert Article.objects.filter(pk=article.pk).exists()


def test_it_merges_speakers_for_an_editor(editor_client, article, reviewer):
    a, b = list(article.claims.order_by("position"))[:2]
    # invented names: the shipped gazetteer already knows CENTCOM is U.S. Central Command
    services.claim_update(claim=a, by=reviewer, expected_version=None, speaker_name="NORTHCOMX")
    services.claim_update(
        claim=b, by=reviewer, expected_version=None, speaker_name="Northern Test Command"
    )
    centcom, other = (
        Speaker.objects.get(name="NORTHCOMX"),
        Speaker.objects.get(name="Northern Test Command"),
    )
    response = editor_client.post(
        reverse("speaker_merge", args=[centcom.pk]), {"others": [other.pk]}
    )
    assert response.status_code == 302
    assert not Speaker.objects.filter(pk=other.pk).exists()
    assert set(article.claims.exclude(speaker=None).values_list("speaker", flat=True)) == {
        centcom.pk
    }
    assert centcom.aliases.filter(name="Northern Test Command").exists()


def test_it_refuses_a_merge_with_no_valid_speaker(editor_client, article, reviewer):
    services.claim_update(
        claim=article.claims.first(), by=reviewer, expected_version=None, speaker_name="CENTCOM"
    )
    target = Speaker.objects.get(aliases__key="centcom")
    before = Speaker.objects.count()
    response = editor_client.post(
        reverse("speaker_merge", args=[target.pk]), {"others": ["999999"]}
    )
    assert response.status_code == 400
    assert Speaker.objects.count() == before


def test_it_lists_and_edits_sources_for_an_editor(editor_client, article, reviewer):
    services.evidence_add(
        claim=article.claims.first(), by=reviewer, url="https://example.org/s", stance="supports"
    )
    source = Source.objects.get()
    assert editor_client.get(reverse("source_list"), {"q": "example"}).status_code == 200
    response = editor_client.post(
        reverse("source_edit", args=[source.pk]),
        {
            "url": "https://example.org/s",
            "title": "Ministry statement",
            "publisher": "Ministry",
            "published_at": "",
            "kind": "official",
            "notes": "",
        },
    )
    assert response.status_code == 302
    source.refresh_from_db()
    assert source.title == "Ministry statement" and source.kind == "official"
    assert ClaimEvent.objects.filter(note=f"Source #{source.pk} edited").exists()


def test_it_refuses_a_javascript_url_when_editing_a_source(editor_client, article, reviewer):
    services.evidence_add(
        claim=article.claims.first(), by=reviewer, url="https://example.org/s", stance="supports"
    )
    source = Source.objects.get()
    response = editor_client.post(
        reverse("source_edit", args=[source.pk]),
        {
            "url": "javascript:alert(1)",
            "title": "x",
            "publisher": "",
            "published_at": "",
            "kind": "other",
            "notes": "",
        },
    )
    assert response.status_code == 400
    source.refresh_from_db()
    assert source.url == "https://example.org/s"


def test_it_refuses_to_delete_a_source_still_used_as_evidence(editor_client, article, reviewer):
    services.evidence_add(
        claim=article.claims.first(), by=reviewer, url="https://example.org/s", stance="supports"
    )
    source = Source.objects.get()
    response = editor_client.post(reverse("source_edit", args=[source.pk]), {"delete": "1"})
    assert response.status_code == 400
    assert Source.objects.filter(pk=source.pk).exists()


def test_it_forbids_a_reviewer_to_edit_sources(reviewer_client, article, reviewer):
    services.evidence_add(
        claim=article.claims.first(), by=reviewer, url="https://example.org/s", stance="supports"
    )
    source = Source.objects.get()
    assert reviewer_client.get(reverse("source_edit", args=[source.pk])).status_code == 403
    assert (
        reviewer_client.post(reverse("source_edit", args=[source.pk]), {"delete": "1"}).status_code
        == 403
    )
