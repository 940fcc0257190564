"""The audit trail names what each event changed (subject_type, subject_id,
subject_label), so events about articles, sources and speakers read on their
own and survive the deletion of their subject; existing events get their
subject from their claim, article or (source events) before["source_id"].

On PostgreSQL a trigger makes the table append-only for every writer, not
only the ORM: DELETE is refused, and UPDATE too unless it only sets claim_id,
article_id or actor_id to NULL (what deleting a claim, article or user does
through on_delete=SET_NULL). Transactional tests empty tables with TRUNCATE,
which row triggers do not see.
"""

from django.conf import settings
from django.db import migrations, models
from django.db.models import F, OuterRef, Subquery
from django.db.models.functions import Substr

APPEND_ONLY = """
CREATE FUNCTION claims_event_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE'
       AND (NEW.claim_id IS NOT DISTINCT FROM OLD.claim_id OR NEW.claim_id IS NULL)
       AND (NEW.article_id IS NOT DISTINCT FROM OLD.article_id OR NEW.article_id IS NULL)
       AND (NEW.actor_id IS NOT DISTINCT FROM OLD.actor_id OR NEW.actor_id IS NULL)
       AND (to_jsonb(NEW) - 'claim_id' - 'article_id' - 'actor_id')
           = (to_jsonb(OLD) - 'claim_id' - 'article_id' - 'actor_id') THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'The audit trail is append-only (% refused).', TG_OP;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER claims_event_append_only BEFORE UPDATE OR DELETE ON claims_claimevent
    FOR EACH ROW EXECUTE FUNCTION claims_event_append_only();
"""
DROP_APPEND_ONLY = """
DROP TRIGGER IF EXISTS claims_event_append_only ON claims_claimevent;
DROP FUNCTION IF EXISTS claims_event_append_only();
"""


def _label(model, fk: str, field: str):
    return Substr(Subquery(model.objects.filter(pk=OuterRef(fk)).values(field)[:1]), 1, 200)


def backfill_subjects(apps, schema_editor):
    Event = apps.get_model("claims", "ClaimEvent")
    Claim = apps.get_model("claims", "Claim")
    Article = apps.get_model("claims", "Article")
    events = Event.objects.filter(subject_type="")
    events.filter(claim_id__isnull=False).update(
        subject_type="claim", subject_id=F("claim_id"),
        subject_label=_label(Claim, "claim_id", "text"))
    for event in events.filter(claim_id__isnull=True, before__has_key="source_id"):
        event.subject_type, event.subject_id = "source", event.before["source_id"]
        event.subject_label = (event.before.get("title") or event.before.get("url") or "")[:200]
        event.save(update_fields=["subject_type", "subject_id", "subject_label"])
    events.filter(claim_id__isnull=True, article_id__isnull=False).update(
        subject_type="article", subject_id=F("article_id"),
        subject_label=_label(Article, "article_id", "title"))


def add_trigger(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(APPEND_ONLY, params=None)


def drop_trigger(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP_APPEND_ONLY, params=None)



class Migration(migrations.Migration):

    dependencies = [
        ('claims', '0005_postgres_search_vector'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name='claimevent',
            name='subject_id',
            field=models.BigIntegerField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name='claimevent',
            name='subject_label',
            field=models.CharField(blank=True, max_length=200),
        ),
        migrations.AddField(
            model_name='claimevent',
            name='subject_type',
            field=models.CharField(blank=True, max_length=40),
        ),
        migrations.AlterField(
            model_name='claimevent',
            name='action',
            field=models.CharField(choices=[('created', 'Created'), ('extracted', 'Extracted'), ('edited', 'Edited'), ('status', 'Status changed'), ('assigned', 'Assigned'), ('evidence_added', 'Evidence added'), ('evidence_removed', 'Evidence removed'), ('link_added', 'Link added'), ('link_removed', 'Link removed'), ('suggestion_dismissed', 'Suggestion dismissed'), ('split', 'Split'), ('merged', 'Merged'), ('deleted', 'Deleted'), ('restored', 'Restored'), ('vanished', 'No longer extracted'), ('reappeared', 'Extracted again'), ('speaker_merged', 'Speaker merged'), ('report_published', 'Report published'), ('report_unpublished', 'Report unpublished'), ('extraction_requested', 'Extraction re-run'), ('alias_added', 'Alias added')], max_length=30),
        ),
        migrations.AddIndex(
            model_name='claimevent',
            index=models.Index(fields=['subject_type', 'subject_id'], name='event_subject'),
        ),
        migrations.RunPython(backfill_subjects, migrations.RunPython.noop),
        migrations.RunPython(add_trigger, drop_trigger),
    ]
