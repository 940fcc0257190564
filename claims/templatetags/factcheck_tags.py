"""Badges and small formatting for the newsroom templates. Colours come from
the generated status.css (claims.status); here only class names and labels.

A badge depends only on its value, so each is built once and kept; the
workspace's claim list asks for two per claim (see claim_meta)."""

import unicodedata

from django import template
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString
from django.utils.text import Truncator

from claims.models import ClaimKind
from claims.status import BY_VALUE

register = template.Library()

_status_badges: dict[str, SafeString] = {}
_kind_badges: dict[str, SafeString] = {}


@register.simple_tag
def status_badge(value: str):
    html = _status_badges.get(value)
    if html is None:
        s = BY_VALUE.get(value)
        if s is None:
            return ""
        html = _status_badges[value] = format_html(
            '<span class="badge status-{}" title="{}">{}</span>', s.value, s.description, s.label
        )
    return html


@register.simple_tag
def kind_badge(value: str):
    html = _kind_badges.get(value)
    if html is None:
        try:
            label = ClaimKind(value).label
        except ValueError:
            label = value
        html = format_html('<span class="kind kind-{}">{}</span>', value, label)
        if value in ClaimKind.values:  # unknown values are not kept: the cache stays small
            _kind_badges[value] = html
    return html


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


def truncate_chars(text: str, length: int) -> str:
    """What `{{ text|truncatechars:length }}` gives, without walking the text
    when it is short enough (Truncator counts every character)."""
    text = unicodedata.normalize("NFC", str(text))
    if len(text) <= length:
        return text
    return Truncator(text).chars(length)


@register.simple_tag
def speaker_chip(slot) -> SafeString:
    """The colour chip of a speaker's palette slot (claims.speaker_colours);
    nothing for a claim without a known speaker. Decoration only: the name is
    always written beside it."""
    if slot is None or slot == "":
        return SafeString("")
    return SafeString(f'<span class="chip spk-{int(slot)}" aria-hidden="true"></span>')


def claim_meta(c) -> SafeString:
    """The meta line of a claim in the workspace's claim list: kind, speaker,
    outlet, check-worthiness, status, evidence and link counts, whether the
    extractor still finds it. `c` comes from selectors.workspace_claims
    (n_evidence, n_links annotated; speaker selected)."""
    parts = [kind_badge(c.kind), " ", speaker_chip(getattr(c, "speaker_slot", None))]
    parts.append(escape(c.speaker_label))
    if c.via:
        parts += [" · via ", escape(c.via)]
    parts += [" · ", escape(percent(c.checkworthiness)), " · ", status_badge(c.status)]
    if c.n_evidence:
        parts.append(f" · {int(c.n_evidence)} source{'' if c.n_evidence == 1 else 's'}")
    if c.n_links:
        parts.append(f" · {int(c.n_links)} link{'' if c.n_links == 1 else 's'}")
    if c.vanished:
        parts.append(' · <span class="flag">no longer extracted</span>')
    return SafeString("".join(parts))
