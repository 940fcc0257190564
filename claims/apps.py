from django.apps import AppConfig


class ClaimsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "claims"
    verbose_name = "Claims and verification"

    def ready(self):
        from django.db.models.signals import post_save

        from claims import checks  # noqa: F401  (registers the spaCy pipeline check)
        from claims.models import ClaimEvent
        from claims.webhooks import on_audit_event

        post_save.connect(on_audit_event, sender=ClaimEvent, dispatch_uid="claims.webhooks")
