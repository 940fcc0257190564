"""The audit contract (claims.services.audit): every write leaves one event
naming its subject, the events outlive what they describe, and no writer can
rewrite or delete them."""

import pytest
from django.db import DatabaseError, connection, transaction

from claims import services
from claims.errors import InvalidInput
from claims.models import Article, ClaimEvent, Source
from tests.conftest import make_article

pytestmark = pytest.mark.django_db


def _events(subject_type, subject_id):
    return list(
        ClaimEvent.objects.filter(subject_type=subject_type, subject_id=subject_id)
        .order_by("id")
        .values_list("action", flat=True)
    )


def test_it_audits_an_articles_whole_life(reviewer, editor, django_capture_on_commit_callbacks):
    article, created = services.article_create(
        title="Floods", body="Rivers rose on Monday.", by=reviewer, extract=False
    )
    assert created
    services.article_update(article=article, by=reviewer, title="Floods in the north")
    services.article_update(article=article, by=reviewer, title="Floods in the north")  # no-op
    with django_capture_on_commit_callbacks():  # the re-extraction is queued, not run
        services.article_reextract(article=article, by=reviewer)
    services.report_publish(article=article, by=editor)
    services.report_unpublish(article=article, by=editor)
    services.article_delete(article=article, by=editor)

    assert _events("article", article.pk) == [
        "created",
        "edited",
        "extraction_requested",
        "report_published",
        "report_unpublished",
        "deleted",
    ]
    edited = ClaimEvent.objects.get(subject_type="article", action="edited")
    assert edited.before["title"] == "Floods" and edited.after["title"] == "Floods in the north"
    assert edited.actor == reviewer
    deleted = ClaimEvent.objects.get(subject_type="article", action="deleted")
    # The article is gone: its events keep their subject, and lose only the foreign key.
    assert deleted.article_id is None and deleted.subject_label == "Floods in the north"


def test_it_audits_speakers_and_sources(reviewer, editor):
    # invented names: the shipped gazetteer already has CENTCOM
    centcom = services.speaker_create(name="NORTHCOMX", kind="military", by=editor)
    services.speaker_add_alias(speaker=centcom, name="Northern Test Command", by=editor)
    services.speaker_update(speaker=centcom, by=editor, name="Northern Test Command")
    other = services.speaker_resolve(name="Northern Test HQ")
    services.speaker_merge(target=centcom, others=[other], by=editor)
    assert _events("speaker", centcom.pk) == ["created", "alias_added", "edited", "speaker_merged"]
    lone = services.speaker_create(name="Nobody In Particular", kind="person", by=editor)
    services.speaker_delete(speaker=lone, by=editor)
    assert _events("speaker", lone.pk) == ["created", "deleted"]

    source, _ = services.source_get_or_create(url="https://example.org/report", by=reviewer)
    services.source_update(source=source, by=editor, title="The report")
    services.source_delete(source=source, by=editor)
    assert _events("source", source.pk) == ["created", "edited", "deleted"]
    assert not Source.objects.filter(pk=source.pk).exists()


def test_a_refused_write_records_nothing(editor):
    speaker = services.speaker_create(name="The ministry", kind="government", by=editor)
    before = ClaimEvent.objects.count()
    with pytest.raises(InvalidInput):
        services.speaker_create(name="the Ministry", kind="government", by=editor)
    with pytest.raises(InvalidInput):
        services.speaker_update(speaker=speaker, by=editor, kind="planet")
    assert ClaimEvent.objects.count() == before


def test_it_names_the_claim_as_subject_of_extracted_and_reviewed_events(article, reviewer):
    claim = article.claims.first()
    services.claim_set_status(claim=claim, status="in_review", by=reviewer)
    event = ClaimEvent.objects.get(action="status")
    assert (event.subject_type, event.subject_id, event.article_id) == (
        "claim",
        claim.pk,
        article.pk,
    )
    assert event.subject_label == claim.text


def test_the_database_refuses_to_rewrite_or_delete_events(article, reviewer):
    claim = article.claims.first()
    services.claim_set_status(claim=claim, status="in_review", by=reviewer)
    event = ClaimEvent.objects.get(action="status")
    for sql in (
        "UPDATE claims_claimevent SET note = 'rewritten' WHERE id = %s",
        "UPDATE claims_claimevent SET claim_id = NULL, note = 'x' WHERE id = %s",
        "DELETE FROM claims_claimevent WHERE id = %s",
    ):
        with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute(sql, [event.pk])
    # Deleting what an event describes still works: only the foreign key goes.
    Article.objects.filter(pk=article.pk).delete()
    event = ClaimEvent.objects.get(pk=event.pk)
    assert event.claim_id is None and event.article_id is None
    assert event.subject_id == claim.pk


def test_bulk_changes_report_each_refusal_and_keep_the_rest(reviewer, editor):
    open_article, locked = make_article(" open"), make_article(" locked")
    services.report_publish(article=locked, by=editor)
    claims = [*open_article.claims.all(), *locked.claims.all()]
    result = services.claims_bulk_set_status(claims=claims, status="in_review", by=reviewer)
    assert result.done == 3 and len(result.refused) == 3
    assert all("report is published" in r for r in result.refused)
    assert set(open_article.claims.values_list("status", flat=True)) == {"in_review"}
    assert set(locked.claims.values_list("status", flat=True)) == {"unreviewed"}
