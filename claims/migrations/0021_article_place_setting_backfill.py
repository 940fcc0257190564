"""Fill Article.place_setting for the articles saved before Article.save()
computed it (0020 left it to each article's first panel: a body read, a few ms
of text scanning and a write inside a reviewer's request). Batches of 200,
each committed on its own, so a large table is not locked for the whole run;
resumable (done articles are skipped)."""

from django.db import migrations, transaction

BATCH = 200


def fill(apps, schema_editor):
    from claims.models import current_setting, place_setting

    Article = apps.get_model("claims", "Article")
    ids = list(Article.objects.order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(ids), BATCH):
        rows = Article.objects.filter(pk__in=ids[start : start + BATCH]).only(
            "title", "body", "content_hash", "place_setting"
        )
        stale = []
        for a in rows:
            if current_setting(a.place_setting, a.content_hash, a.title) is None:
                a.place_setting = place_setting(a.title, a.body, a.content_hash)
                stale.append(a)
        if stale:
            with transaction.atomic(using=schema_editor.connection.alias):
                Article.objects.bulk_update(stale, ["place_setting"])


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("claims", "0020_article_place_setting"),
    ]

    operations = [
        migrations.RunPython(fill, migrations.RunPython.noop, elidable=True),
    ]
