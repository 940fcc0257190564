"""Editors register webhook endpoints (HTTPS, a public address unless the
deployment allows private ones) and remove them. The signing secret is made
here and returned once."""

import secrets

from django.db import transaction

from claims.errors import InvalidInput
from claims.models import ClaimEvent, WebhookEndpoint, WebhookEvent
from claims.services.audit import record

MAX_ENDPOINTS = 50


def _check_url(url: str) -> str:
    from django.conf import settings

    from claims import fetching

    url = (url or "").strip()
    if not url.lower().startswith("https://"):
        raise InvalidInput("A webhook endpoint must be an https:// URL.")
    if len(url) > 2000:
        raise InvalidInput("A webhook URL can be at most 2,000 characters.")
    target = fetching.parse_target(url)
    fetching.resolve(target, allow_private=settings.FACTCHECK_FETCH_ALLOW_PRIVATE)
    return url


def _check_events(events) -> list[str]:
    events = list(dict.fromkeys(events or []))
    unknown = [e for e in events if e not in WebhookEvent.values]
    if unknown:
        raise InvalidInput(
            f"Unknown event(s): {', '.join(map(str, unknown))}; "
            f"choose from {', '.join(WebhookEvent.values)}."
        )
    if not events:
        raise InvalidInput("Choose at least one event to send.")
    return events


@transaction.atomic
def webhook_create(*, url: str, events, by, description: str = "") -> tuple[WebhookEndpoint, str]:
    """A new endpoint; returns (endpoint, its signing secret, shown only now)."""
    events = _check_events(events)
    description = (description or "").strip()
    if len(description) > 200:
        raise InvalidInput("A description can be at most 200 characters.")
    url = _check_url(url)
    if WebhookEndpoint.objects.filter(active=True).count() >= MAX_ENDPOINTS:
        raise InvalidInput(f"There are already {MAX_ENDPOINTS} webhook endpoints; remove one.")
    secret = "whsec_" + secrets.token_urlsafe(32)
    endpoint = WebhookEndpoint.objects.create(
        url=url, events=events, description=description, secret=secret, created_by=by
    )
    record(
        action=ClaimEvent.Action.CREATED,
        actor=by,
        subject=endpoint,
        after={"url": url, "events": events},
        note="Webhook endpoint registered",
    )
    return endpoint, secret


@transaction.atomic
def webhook_delete(*, endpoint: WebhookEndpoint, by) -> None:
    endpoint = WebhookEndpoint.objects.select_for_update().get(pk=endpoint.pk)
    record(
        action=ClaimEvent.Action.DELETED,
        actor=by,
        subject=endpoint,
        before={"url": endpoint.url, "events": endpoint.events},
        note="Webhook endpoint removed",
    )
    endpoint.delete()
