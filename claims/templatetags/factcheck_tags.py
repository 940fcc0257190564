"""Badges and small formatting for the newsroom templates. Colours come from
the generated status.css (claims.status); here only class names and labels."""

from django import template
from django.utils.html import format_html

from claims.models import ClaimKind
from claims.status import BY_VALUE

register = template.Library()


@register.simple_tag
def status_badge(value: str):
    s = BY_VALUE.get(value)
    if s is None:
        return ""
    return format_html('<span class="badge status-{}" title="{}">{}</span>', s.value, s.description,
                       s.label)


@register.simple_tag
def kind_badge(value: str):
    try:
        label = ClaimKind(value).label
    except ValueError:
        label = value
    return format_html('<span class="kind kind-{}">{}</span>', value, label)


@register.filter
def percent(value) -> str:
    try:
        return f"{round(float(value) * 100)}%"
    except (TypeError, ValueError):
        return ""


@register.filter
def status_label(value: str) -> str:
    s = BY_VALUE.get(value)
    return s.label if s else value
