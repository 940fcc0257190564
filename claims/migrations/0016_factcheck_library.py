"""The fact-check library (FactCheck, FactCheckDismissal), the "Published
fact-check" source kind, the roles' new permissions, and on PostgreSQL a
stored, GIN-indexed tsvector of FactCheck.search_text (like claims_claim's in
0005: parsed once on write, not a model field because SQLite has none;
claims.factcheck_matches reads it)."""

import django.db.models.deletion
from django.conf import settings
from django.contrib.auth.management import create_permissions
from django.db import migrations, models

from claims.roles import sync_groups

COLUMN = "search_vector"  # claims.factcheck_matches.SEARCH_VECTOR_COLUMN
INDEX = "factcheck_search_vector_gin"
FORWARDS = [
    (f"ALTER TABLE claims_factcheck ADD COLUMN {COLUMN} tsvector GENERATED ALWAYS AS "
     "(to_tsvector('english'::regconfig, COALESCE(search_text, ''))) STORED"),
    f"CREATE INDEX {INDEX} ON claims_factcheck USING gin ({COLUMN})",
]
BACKWARDS = [
    f"DROP INDEX IF EXISTS {INDEX}",
    f"ALTER TABLE claims_factcheck DROP COLUMN IF EXISTS {COLUMN}",
]


def search_vector_forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for sql in FORWARDS:
            schema_editor.execute(sql)


def search_vector_backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for sql in BACKWARDS:
            schema_editor.execute(sql)


def roles_forwards(apps, schema_editor):
    config = apps.get_app_config("claims")
    config.models_module = True  # migration app configs lack it; create_permissions needs it
    create_permissions(config, apps=apps, verbosity=0)
    sync_groups(apps.get_model("auth", "Group"), apps.get_model("auth", "Permission"))


class Migration(migrations.Migration):

    dependencies = [
        ('claims', '0015_speaker_merges'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='FactCheck',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('claim_reviewed', models.TextField(help_text='The claim as the fact-checker worded it.')),
                ('title', models.CharField(blank=True, help_text="The fact-check's headline.", max_length=500)),
                ('rating', models.CharField(blank=True, help_text='The rating as published.', max_length=200)),
                ('verdict', models.CharField(choices=[('false', 'False'), ('mostly_false', 'Mostly false'), ('mixed', 'Mixed'), ('mostly_true', 'Mostly true'), ('true', 'True'), ('unproven', 'Unproven'), ('other', 'Other / not rated')], default='other', help_text='The rating normalised (claims.factchecks.ratings).', max_length=20)),
                ('url', models.URLField(blank=True, max_length=2000, null=True)),
                ('publisher', models.CharField(blank=True, max_length=200)),
                ('claimant', models.CharField(blank=True, help_text='Who made the claim.', max_length=300)),
                ('published_at', models.DateField(blank=True, null=True)),
                ('language', models.CharField(blank=True, help_text='BCP 47, where known.', max_length=35)),
                ('imported_from', models.CharField(help_text="The collection or file it came from; “workbench” for the desk's own published reviews.", max_length=200)),
                ('external_id', models.CharField(blank=True, help_text='Its id in that collection, where it has one.', max_length=200)),
                ('search_text', models.TextField(blank=True, editable=False, help_text='Claim and headline, for full-text search.')),
                ('created_at', models.DateTimeField(auto_now_add=True)),
                ('updated_at', models.DateTimeField(auto_now=True)),
            ],
            options={
                'verbose_name': 'fact-check',
                'ordering': ['-published_at', '-id'],
            },
        ),
        migrations.CreateModel(
            name='FactCheckDismissal',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('dismissed_at', models.DateTimeField(auto_now_add=True)),
            ],
        ),
        migrations.RemoveConstraint(
            model_name='source',
            name='source_kind_valid',
        ),
        migrations.AlterField(
            model_name='source',
            name='kind',
            field=models.CharField(choices=[('official', 'Official statement'), ('news', 'News / wire report'), ('primary', 'Primary document'), ('social', 'Social media post'), ('footage', 'Footage / eyewitness'), ('dataset', 'Dataset'), ('factcheck', 'Published fact-check'), ('other', 'Other')], default='other', max_length=20),
        ),
        migrations.AddConstraint(
            model_name='source',
            constraint=models.CheckConstraint(condition=models.Q(('kind__in', ['official', 'news', 'primary', 'social', 'footage', 'dataset', 'factcheck', 'other'])), name='source_kind_valid'),
        ),
        migrations.AddField(
            model_name='factcheck',
            name='claim',
            field=models.ForeignKey(blank=True, help_text="The desk's own reviewed claim, for the workbench's published reviews.", null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='claims.claim'),
        ),
        migrations.AddField(
            model_name='factcheckdismissal',
            name='claim',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='claims.claim'),
        ),
        migrations.AddField(
            model_name='factcheckdismissal',
            name='dismissed_by',
            field=models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL),
        ),
        migrations.AddField(
            model_name='factcheckdismissal',
            name='factcheck',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='claims.factcheck'),
        ),
        migrations.AddIndex(
            model_name='factcheck',
            index=models.Index(fields=['imported_from'], name='claims_fact_importe_f557b6_idx'),
        ),
        migrations.AddIndex(
            model_name='factcheck',
            index=models.Index(condition=models.Q(('claim__isnull', False)), fields=['claim'], name='factcheck_own_claim_idx'),
        ),
        migrations.AddConstraint(
            model_name='factcheck',
            constraint=models.UniqueConstraint(condition=models.Q(('url__isnull', False)), fields=('url',), name='factcheck_url_unique'),
        ),
        migrations.AddConstraint(
            model_name='factcheck',
            constraint=models.UniqueConstraint(condition=models.Q(('external_id', ''), _negated=True), fields=('imported_from', 'external_id'), name='factcheck_collection_id_unique'),
        ),
        migrations.AddConstraint(
            model_name='factcheck',
            constraint=models.CheckConstraint(condition=models.Q(('verdict__in', ['false', 'mostly_false', 'mixed', 'mostly_true', 'true', 'unproven', 'other'])), name='factcheck_verdict_valid'),
        ),
        migrations.AddConstraint(
            model_name='factcheck',
            constraint=models.CheckConstraint(condition=models.Q(('url__isnull', False), models.Q(('external_id', ''), _negated=True), _connector='OR'), name='factcheck_has_key'),
        ),
        migrations.AddConstraint(
            model_name='factcheckdismissal',
            constraint=models.UniqueConstraint(fields=('claim', 'factcheck'), name='factcheck_dismissal_unique'),
        ),
        migrations.AlterField(
            model_name='claimevent',
            name='action',
            field=models.CharField(choices=[('created', 'Created'), ('extracted', 'Extracted'), ('edited', 'Edited'), ('status', 'Status changed'), ('assigned', 'Assigned'), ('evidence_added', 'Evidence added'), ('evidence_removed', 'Evidence removed'), ('link_added', 'Link added'), ('link_removed', 'Link removed'), ('suggestion_dismissed', 'Suggestion dismissed'), ('split', 'Split'), ('merged', 'Merged'), ('deleted', 'Deleted'), ('restored', 'Restored'), ('vanished', 'No longer extracted'), ('reappeared', 'Extracted again'), ('speaker_merged', 'Speaker merged'), ('report_published', 'Report published'), ('report_unpublished', 'Report unpublished'), ('extraction_requested', 'Extraction re-run'), ('alias_added', 'Alias added'), ('factcheck_imported', 'Fact-check added to the library'), ('factcheck_updated', 'Fact-check updated in the library'), ('factcheck_withdrawn', 'Fact-check withdrawn from the library')], max_length=30),
        ),
        migrations.RunPython(search_vector_forwards, search_vector_backwards, elidable=False),
        migrations.RunPython(roles_forwards, migrations.RunPython.noop),
    ]
