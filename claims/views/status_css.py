"""The status colours as a stylesheet, generated from claims.status (the one
definition), so templates only ever use the class names."""

from django.http import HttpResponse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from claims.status import STATUSES


def status_rules() -> str:
    rules = []
    for s in STATUSES:
        rules.append(
            f".status-{s.value}{{background-color:{s.colour};color:{s.text_colour};"
            f"border-color:{s.text_colour};}}\n"
            f".hl.status-{s.value}{{background-color:{s.colour};color:{s.text_colour};"
            f"box-shadow:0 1px 0 {s.text_colour};}}\n"
            f".dot-{s.value}{{background-color:{s.colour};border-color:{s.text_colour};}}\n"
        )
    return "/* Generated from claims/status.py */\n" + "".join(rules)


@require_GET
@cache_control(public=True, max_age=3600)
def status_css(request):
    return HttpResponse(status_rules(), content_type="text/css; charset=utf-8")
