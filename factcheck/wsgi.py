"""WSGI entry point (gunicorn factcheck.wsgi)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")

application = get_wsgi_application()

# Load the URLconf and templates now rather than on the first request, and move
# everything alive out of the garbage collector's view (factcheck/warmup.py).
from factcheck.warmup import settle  # noqa: E402 - needs the settings configured above

settle()
