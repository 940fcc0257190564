"""A server process settles before its first request (factcheck/wsgi.py):
every template compiles, the URLconf loads, and the start-up heap is frozen
for the garbage collector."""

import gc

from django.template.loader import get_template

from factcheck.warmup import settle, template_names


def test_settle_compiles_every_template_and_freezes_the_heap():
    names = template_names()
    assert "claims/workspace.html" in names and "base.html" in names
    try:
        settle()
        assert gc.get_freeze_count() > 10_000
    finally:
        gc.unfreeze()
    for name in names:
        assert (
            get_template(name).template is get_template(name).template
        )  # kept compiled by the cached loader
