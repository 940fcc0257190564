"""Compute Article.place_setting again for the articles whose stored setting
came from rules 2 of claims.matching.relations.article_setting, whose fallback
(datelines, countries and nationalities named anywhere) set articles about an
attack in one country in the country of the party that denied it, so the
denial was never suggested against it (SETTING_RULES 3). The same batched,
resumable fill as 0021."""

import importlib

from django.db import migrations


def fill(apps, schema_editor):
    importlib.import_module("claims.migrations.0021_article_place_setting_backfill").fill(
        apps, schema_editor
    )


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("claims", "0022_article_place_setting_rules"),
    ]

    operations = [
        migrations.RunPython(fill, migrations.RunPython.noop, elidable=True),
    ]
