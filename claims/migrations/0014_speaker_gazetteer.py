"""Speakers become parties: kind, role, title, parent (affiliation), adversaries,
curated flag, merged_into (merges keep the row so they can be undone); then
the first edition of the gazetteer is loaded (claims/gazetteer/parties_v1.py)."""

import django.db.models.deletion
import django.db.models.manager
from django.db import migrations, models


def load_gazetteer(apps, schema_editor):
    """Create the gazetteer's parties. An alias already in the database (an
    extracted speaker named "CENTCOM") makes that speaker the curated party
    instead of a duplicate; an alias owned by another party is left with it."""
    from claims.gazetteer.parties_v1 import ADVERSARIES, PARTIES
    from claims.models import speaker_key

    Speaker = apps.get_model("claims", "Speaker")
    SpeakerAlias = apps.get_model("claims", "SpeakerAlias")
    owner = {a.key: a.speaker_id for a in SpeakerAlias.objects.all()}
    by_name = {}
    for name, kind, parent, aliases in PARTIES:
        keys = [speaker_key(n) for n in (name, *aliases)]
        found = next((owner[k] for k in keys if k in owner), None)
        speaker = Speaker.objects.filter(pk=found).first() if found else None
        if speaker is None:
            speaker = Speaker(name=name)
        speaker.name, speaker.kind, speaker.curated = name, kind, True
        speaker.parent = by_name[parent] if parent else None
        speaker.save()
        by_name[name] = speaker
        for alias, key in zip((name, *aliases), keys):
            if key and key not in owner:
                SpeakerAlias.objects.create(speaker=speaker, name=alias, key=key)
                owner[key] = speaker.pk
    for a, b in ADVERSARIES:
        by_name[a].adversaries.add(by_name[b])


class Migration(migrations.Migration):

    dependencies = [
        ('claims', '0013_webhooks'),
    ]

    operations = [
        migrations.AlterModelOptions(
            name='speaker',
            options={'base_manager_name': 'all_objects', 'ordering': ['name'], 'permissions': [('merge_speakers', 'Can merge speakers')]},
        ),
        migrations.AlterModelManagers(
            name='speaker',
            managers=[
                ('objects', django.db.models.manager.Manager()),
                ('all_objects', django.db.models.manager.Manager()),
            ],
        ),
        migrations.AddField(
            model_name='speaker',
            name='adversaries',
            field=models.ManyToManyField(blank=True, help_text='Parties in open conflict with this one: a confirmation from one of them is the strongest kind.', to='claims.speaker'),
        ),
        migrations.AddField(
            model_name='speaker',
            name='curated',
            field=models.BooleanField(default=False, help_text='Part of the gazetteer: checked by an editor, not only extracted.'),
        ),
        migrations.AddField(
            model_name='speaker',
            name='merged_into',
            field=models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='merged_from', to='claims.speaker'),
        ),
        migrations.AddField(
            model_name='speaker',
            name='parent',
            field=models.ForeignKey(blank=True, help_text='The organisation it speaks for or belongs to.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='children', to='claims.speaker'),
        ),
        migrations.AddField(
            model_name='speaker',
            name='role',
            field=models.CharField(blank=True, help_text="What a person speaks as: 'Pentagon spokesman'.", max_length=200),
        ),
        migrations.AddField(
            model_name='speaker',
            name='title',
            field=models.CharField(blank=True, help_text="'Brigadier General', 'Minister'.", max_length=100),
        ),
        migrations.AlterField(
            model_name='claimevent',
            name='action',
            field=models.CharField(choices=[('created', 'Created'), ('extracted', 'Extracted'), ('edited', 'Edited'), ('status', 'Status changed'), ('assigned', 'Assigned'), ('evidence_added', 'Evidence added'), ('evidence_removed', 'Evidence removed'), ('link_added', 'Link added'), ('link_removed', 'Link removed'), ('suggestion_dismissed', 'Suggestion dismissed'), ('split', 'Split'), ('merged', 'Merged'), ('deleted', 'Deleted'), ('restored', 'Restored'), ('vanished', 'No longer extracted'), ('reappeared', 'Extracted again'), ('speaker_merged', 'Speaker merged'), ('speaker_unmerged', 'Speaker merge undone'), ('speaker_edited', 'Speaker edited'), ('report_published', 'Report published'), ('report_unpublished', 'Report unpublished'), ('extraction_requested', 'Extraction re-run'), ('alias_added', 'Alias added')], max_length=30),
        ),
        migrations.AddIndex(
            model_name='speaker',
            index=models.Index(fields=['parent'], name='speaker_parent_idx'),
        ),
        migrations.AddConstraint(
            model_name='speaker',
            constraint=models.CheckConstraint(condition=models.Q(('kind__in', ['person', 'government', 'military', 'armed_group', 'media', 'organisation'])), name='speaker_kind_valid'),
        ),
        migrations.AddConstraint(
            model_name='speaker',
            constraint=models.CheckConstraint(condition=models.Q(('parent', models.F('id')), _negated=True), name='speaker_not_own_parent'),
        ),
        migrations.RunPython(load_gazetteer, migrations.RunPython.noop),
]
