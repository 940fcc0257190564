from django.apps import AppConfig


class ClaimsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "claims"
    verbose_name = "Claims and verification"

    def ready(self):
        import importlib.util

        if importlib.util.find_spec("claims.checks"):
            from claims import checks  # noqa: F401  (registers the spaCy pipeline check)
