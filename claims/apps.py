from django.apps import AppConfig
from django.core.signals import setting_changed


def _configure_pipeline(*, setting, value, **kwargs):
    if setting == "FACTCHECK_SPACY_MODEL":
        from claims.extraction import loader

        loader.configure(value)


class ClaimsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "claims"
    verbose_name = "Claims and verification"

    def ready(self):
        from django.conf import settings

        from claims import checks  # noqa: F401  (registers the spaCy pipeline check)
        from claims.extraction import loader

        # The extraction layer reads no environment: the pipeline comes from settings.
        loader.configure(settings.FACTCHECK_SPACY_MODEL)
        setting_changed.connect(_configure_pipeline, dispatch_uid="claims.spacy_model")
