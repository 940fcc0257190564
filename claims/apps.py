from django.apps import AppConfig


class ClaimsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "claims"
    verbose_name = "Claims and verification"

    def ready(self):
        from claims import checks  # noqa: F401  (registers the spaCy pipeline check)
