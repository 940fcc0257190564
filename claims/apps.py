from django.apps import AppConfig
from django.core.signals import setting_changed


def _configure_layers(*, setting=None, **kwargs):
    """Hand the pure layers (extraction, matching) what settings say: they read
    no environment themselves. Again when a test changes one of these settings."""
    from django.conf import settings

    from claims.extraction import loader
    from claims.matching import embedder

    if setting in (None, "FACTCHECK_SPACY_MODEL"):
        loader.configure(settings.FACTCHECK_SPACY_MODEL)
    if setting in (None, "FACTCHECK_EMBED_THREADS"):
        embedder.configure(threads=settings.FACTCHECK_EMBED_THREADS)


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

        _configure_layers()
        setting_changed.connect(_configure_layers, dispatch_uid="claims.configure_layers")
