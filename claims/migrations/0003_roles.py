"""Create the Reviewer and Editor groups with their permissions."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from claims.roles import ROLE_PERMS, sync_groups


def forwards(apps, schema_editor):
    config = apps.get_app_config("claims")
    config.models_module = True  # migration app configs lack it; create_permissions needs it
    create_permissions(config, apps=apps, verbosity=0)
    sync_groups(apps.get_model("auth", "Group"), apps.get_model("auth", "Permission"))


def backwards(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=list(ROLE_PERMS)).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0002_postgres_search_indexes"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]
    operations = [migrations.RunPython(forwards, backwards)]
