"""What a server process does once, before its first request: load what
requests would otherwise load lazily (the URLconf with the API's schemas, the
compiled templates), then freeze everything alive for the garbage collector.

A full collection walks every object the collector tracks. After start-up
that is ~130,000 objects (Django, the API's pydantic schemas, numpy, the
compiled templates), none of which will ever be garbage; each full collection
then cost 50-150 ms in the middle of some request, and a 300-claim workspace
page leaves enough long-lived objects to trigger one every ~16 requests: the
page's p95 was a collection. Frozen, a full collection walks only what the
requests made since (milliseconds)."""

import gc
from pathlib import Path

from django.conf import settings


def template_names() -> list[str]:
    """Every template under the project's template directories."""
    names = []
    for base in settings.TEMPLATES[0]["DIRS"]:
        base = Path(base)
        names += sorted(str(p.relative_to(base)) for p in base.rglob("*.html"))
    return names


def settle() -> None:
    from django.template.loader import get_template
    from django.urls import get_resolver

    resolver = get_resolver()
    resolver.url_patterns  # noqa: B018 - imports every view module and the API
    resolver.reverse_dict  # noqa: B018 - what reverse() builds on its first call
    for name in template_names():
        get_template(name)  # the cached loader keeps it compiled
    gc.collect()
    gc.freeze()
