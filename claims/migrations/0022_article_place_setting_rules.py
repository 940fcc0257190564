"""Compute Article.place_setting again for the articles whose stored setting
was computed by older rules of claims.matching.relations.article_setting
(SETTING_RULES 2: datelines, capitals and cities, countries named on their
own and nationalities give a setting to an article that says nowhere where
things happened). Otherwise each would be computed on its first panel. The
same batched, resumable fill as 0021."""

import importlib

from django.db import migrations


def fill(apps, schema_editor):
    importlib.import_module("claims.migrations.0021_article_place_setting_backfill").fill(
        apps, schema_editor
    )


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("claims", "0021_article_place_setting_backfill"),
    ]

    operations = [
        migrations.RunPython(fill, migrations.RunPython.noop, elidable=True),
    ]
