"""Webhooks: events sent to the HTTPS endpoints editors register.

- `emit(event, data)` stores one WebhookDelivery per active endpoint that
  subscribed to the event, in the caller's transaction, and queues
  `claims.tasks.deliver_webhook` for each once it commits.
- Events come from the audit trail (a ClaimEvent of a status change or a
  report publication; see `on_audit_event`) and from extraction finishing
  (claims.tasks.extract_article), so every path that writes (web app, API,
  admin, bulk) sends them.
- A delivery is a POST of JSON {"id", "event", "created_at", "data"} with
      Webhook-Id: <delivery id>
      Webhook-Timestamp: <unix seconds>
      Webhook-Signature: v1=<hex HMAC-SHA256(secret, "<timestamp>.<body>")>
  Receivers recompute the signature and refuse timestamps older than a few
  minutes (replay). The connection follows the article fetcher's address
  rules (claims.fetching: public addresses only unless
  FACTCHECK_FETCH_ALLOW_PRIVATE; every resolved address checked).
- A failed attempt (network error or a non-2xx answer) is retried with
  exponential backoff (RETRY_DELAYS) when the task backend can defer
  (FACTCHECK_TASK_BACKEND=database); every attempt's status code is kept.
"""

import hashlib
import hmac
import json
import time
from datetime import timedelta
from functools import partial

from django.db import transaction
from django.utils import timezone

from claims.models import (
    ClaimEvent,
    DeliveryState,
    WebhookDelivery,
    WebhookEndpoint,
    WebhookEvent,
)

SIGNATURE_VERSION = "v1"
RETRY_DELAYS = (
    timedelta(seconds=30),
    timedelta(minutes=2),
    timedelta(minutes=10),
    timedelta(minutes=30),
    timedelta(hours=2),
)
MAX_ATTEMPTS = len(RETRY_DELAYS) + 1
TIMEOUT_SECONDS = 10
USER_AGENT = "factcheck-webhooks/1"

AUDIT_EVENTS = {
    ClaimEvent.Action.STATUS: WebhookEvent.CLAIM_STATUS_CHANGED,
    ClaimEvent.Action.REPORT_PUBLISHED: WebhookEvent.REPORT_PUBLISHED,
    ClaimEvent.Action.REPORT_UNPUBLISHED: WebhookEvent.REPORT_UNPUBLISHED,
}


def signature(secret: str, timestamp: int, body: bytes) -> str:
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return f"{SIGNATURE_VERSION}={mac.hexdigest()}"


def verify(
    secret: str,
    timestamp: int,
    body: bytes,
    header: str,
    *,
    now: float | None = None,
    tolerance: int = 300,
) -> bool:
    """What a receiver does: the signature matches and the timestamp is recent."""
    now = time.time() if now is None else now
    if abs(now - timestamp) > tolerance:
        return False
    return hmac.compare_digest(signature(secret, timestamp, body), header)


def emit(event: str, data: dict) -> list[WebhookDelivery]:
    """Queue `event` for every active endpoint subscribed to it."""
    endpoints = [e for e in WebhookEndpoint.objects.filter(active=True) if event in e.events]
    if not endpoints:
        return []
    now = timezone.now()
    deliveries = []
    for endpoint in endpoints:
        delivery = WebhookDelivery.objects.create(endpoint=endpoint, event=event, payload={})
        delivery.payload = {
            "id": delivery.pk,
            "event": event,
            "created_at": now.isoformat(),
            "data": data,
        }
        delivery.save(update_fields=["payload"])
        deliveries.append(delivery)
        transaction.on_commit(partial(_enqueue, delivery.pk))
    return deliveries


def _enqueue(delivery_id: int, run_after=None) -> None:
    from claims.tasks import deliver_webhook

    task = deliver_webhook.using(run_after=run_after) if run_after else deliver_webhook
    task.enqueue(delivery_id)


def _audit_data(event: ClaimEvent) -> dict:
    data = {
        "article_id": event.article_id,
        "actor": event.actor.get_username() if event.actor_id else None,
        "at": event.at.isoformat(),
    }
    if event.action == ClaimEvent.Action.STATUS:
        data.update(
            claim_id=event.claim_id,
            status=event.after.get("status"),
            previous_status=event.before.get("status"),
            rationale=event.after.get("rationale", ""),
            version=event.after.get("version"),
        )
    else:
        data.update(
            title=event.article.title if event.article_id else None,
            published_at=event.after.get("published_at"),
            version=event.after.get("version"),
            correction_note=event.after.get("correction_note", ""),
        )
    return data


def on_audit_event(sender, instance: ClaimEvent, created: bool, **kwargs) -> None:
    """post_save of ClaimEvent: the audited writes that are webhook events."""
    if not created:
        return
    event = AUDIT_EVENTS.get(instance.action)
    if event == WebhookEvent.REPORT_PUBLISHED and (
        instance.after.get("correction_note") or (instance.after.get("version") or 1) > 1
    ):
        event = WebhookEvent.REPORT_CORRECTED  # a later version of a published report
    if event is not None:
        emit(event, _audit_data(instance))


def article_extracted(article) -> None:
    emit(
        WebhookEvent.ARTICLE_EXTRACTED,
        {
            "article_id": article.pk,
            "title": article.title,
            "extraction_state": article.extraction_state,
            "extractor_version": article.extractor_version,
            "n_claims": article.claims.count(),
        },
    )


def post(url: str, body: bytes, headers: dict) -> int:
    """POST `body` to `url` under the fetcher's address rules; the status code.
    Raises claims.errors.InvalidInput for a refused address or a network failure."""
    from claims import fetching

    return fetching.post(url, body, headers=headers, timeout=TIMEOUT_SECONDS)


def deliver(delivery_id: int) -> str:
    """One attempt at a delivery; schedules the next one after a failure."""
    from claims.errors import InvalidInput

    delivery = WebhookDelivery.objects.select_related("endpoint").filter(pk=delivery_id).first()
    if delivery is None or delivery.state != DeliveryState.PENDING:
        return "gone" if delivery is None else delivery.state
    endpoint = delivery.endpoint
    body = json.dumps(delivery.payload, separators=(",", ":"), ensure_ascii=False).encode()
    timestamp = int(time.time())
    headers = {
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        "Webhook-Id": str(delivery.pk),
        "Webhook-Timestamp": str(timestamp),
        "Webhook-Signature": signature(endpoint.secret, timestamp, body),
    }
    status_code, error = None, ""
    if not endpoint.active:
        error = "The endpoint was deactivated."
    else:
        try:
            status_code = post(endpoint.url, body, headers)
        except InvalidInput as exc:
            error = exc.message
    return _record_attempt(delivery, status_code, error)


def _record_attempt(delivery: WebhookDelivery, status_code: int | None, error: str) -> str:
    from django.tasks import default_task_backend

    now = timezone.now()
    delivery.attempts += 1
    delivery.last_attempt_at = now
    delivery.status_code = status_code
    delivery.next_attempt_at = None
    ok = status_code is not None and 200 <= status_code < 300
    if ok:
        delivery.state, delivery.delivered_at, delivery.error = DeliveryState.DELIVERED, now, ""
    else:
        delivery.error = error or f"The endpoint answered {status_code}."
        retry = delivery.attempts < MAX_ATTEMPTS and delivery.endpoint.active
        if retry and default_task_backend.supports_defer:
            delivery.next_attempt_at = now + RETRY_DELAYS[delivery.attempts - 1]
            transaction.on_commit(partial(_enqueue, delivery.pk, delivery.next_attempt_at))
        else:
            delivery.state = DeliveryState.FAILED
    delivery.save(
        update_fields=[
            "attempts",
            "last_attempt_at",
            "status_code",
            "next_attempt_at",
            "state",
            "delivered_at",
            "error",
        ]
    )
    return delivery.state
