"""WSGI entry point (gunicorn factcheck.wsgi)."""

import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")

application = get_wsgi_application()

# Everything imported so far (Django, spaCy, numpy) lives for the whole
# process: move it out of the collector's view, so a full collection takes
# microseconds instead of 50-130 ms on a request (measured on the workspace).
gc.freeze()
