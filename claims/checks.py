"""System check: warn when no spaCy pipeline is installed for claim extraction.

Only looks the package up (spacy.util.is_package); never loads the model, so
``manage.py check`` stays fast.
"""

from django.core import checks

from claims.extraction.loader import install_command, is_available, pipeline_name


@checks.register()
def spacy_pipeline_installed(app_configs=None, **kwargs):
    try:
        ok = is_available()
    except Exception:  # a broken spaCy install must not break manage.py
        ok = False
    if ok:
        return []
    name = pipeline_name()
    return [
        checks.Warning(
            f"No spaCy pipeline for claim extraction is installed (looked for {name!r}).",
            hint=f"Install it with: {install_command()}",
            id="claims.W001",
        )
    ]
