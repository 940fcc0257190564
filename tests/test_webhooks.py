"""Webhooks: events from every writing path become signed deliveries, sent
under the fetcher's address rules, logged with their status codes, retried
with backoff when the task backend can defer."""

import http.server
import json
import threading

import pytest

from claims import services, webhooks
from claims.models import DeliveryState, WebhookDelivery, WebhookEndpoint
from tests.api_helpers import call

pytestmark = pytest.mark.django_db
PUBLIC_IP_URL = "https://93.184.215.14/hooks/factcheck"  # a global address: no DNS needed
ALL_EVENTS = [
    "article.extracted",
    "claim.status_changed",
    "report.published",
    "report.corrected",
    "report.unpublished",
]


class Receiver:
    """A local HTTP server that answers `status` and keeps what it was sent."""

    def __init__(self, status=204):
        received = self.received = []

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802
                body = self.rfile.read(int(self.headers["Content-Length"]))
                received.append((dict(self.headers), body))
                self.send_response(status)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/hook"
        threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        ).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver():
    r = Receiver()
    yield r
    r.close()


def _endpoint(url, events=ALL_EVENTS):
    """An endpoint saved directly: registration only takes https:// on public
    addresses, which a test cannot serve."""
    return WebhookEndpoint.objects.create(url=url, events=events, secret="whsec_test")


def test_it_signs_deliveries_so_a_receiver_can_verify_them(
    settings, receiver, article, reviewer, django_capture_on_commit_callbacks
):
    settings.FACTCHECK_FETCH_ALLOW_PRIVATE = True
    _endpoint(receiver.url)
    claim = article.claims.order_by("position").first()
    with django_capture_on_commit_callbacks(execute=True):
        services.claim_set_status(claim=claim, status="in_review", by=reviewer)
    headers, body = receiver.received[0]
    timestamp = int(headers["Webhook-Timestamp"])
    assert webhooks.verify("whsec_test", timestamp, body, headers["Webhook-Signature"])
    assert not webhooks.verify("whsec_other", timestamp, body, headers["Webhook-Signature"])
    assert not webhooks.verify("whsec_test", timestamp, body + b" ", headers["Webhook-Signature"])
    assert not webhooks.verify(
        "whsec_test", timestamp, body, headers["Webhook-Signature"], now=timestamp + 3600
    )  # a replay an hour later
    payload = json.loads(body)
    assert payload["event"] == "claim.status_changed"
    assert payload["data"]["claim_id"] == claim.pk and payload["data"]["status"] == "in_review"
    assert payload["data"]["previous_status"] == "unreviewed" and payload["data"]["actor"] == "rita"
    delivery = WebhookDelivery.objects.get()
    assert delivery.state == DeliveryState.DELIVERED and delivery.status_code == 204
    assert headers["Webhook-Id"] == str(delivery.pk)


def test_it_sends_only_the_events_an_endpoint_chose(
    settings, receiver, article, editor, django_capture_on_commit_callbacks
):
    settings.FACTCHECK_FETCH_ALLOW_PRIVATE = True
    _endpoint(receiver.url, events=["report.published", "report.unpublished"])
    with django_capture_on_commit_callbacks(execute=True):
        services.claim_set_status(claim=article.claims.first(), status="in_review", by=editor)
        services.report_publish(article=article, by=editor)
        services.report_unpublish(article=article, by=editor)
    events = [json.loads(body)["event"] for _, body in receiver.received]
    assert events == ["report.published", "report.unpublished"]


def test_it_announces_a_finished_extraction(
    settings, receiver, secret, seed_text, django_capture_on_commit_callbacks
):
    settings.FACTCHECK_FETCH_ALLOW_PRIVATE = True
    _endpoint(receiver.url, events=["article.extracted"])
    from django.test import Client

    with django_capture_on_commit_callbacks(execute=True):
        created = call(Client(), "post", "/articles", secret, {"body": seed_text}).json()
    data = json.loads(receiver.received[0][1])["data"]
    assert data["article_id"] == created["id"] and data["n_claims"] > 5


def test_it_refuses_to_deliver_to_a_private_address(
    receiver, article, reviewer, django_capture_on_commit_callbacks
):
    _endpoint(receiver.url)
    with django_capture_on_commit_callbacks(execute=True):
        services.claim_set_status(claim=article.claims.first(), status="in_review", by=reviewer)
    assert receiver.received == []
    delivery = WebhookDelivery.objects.get()
    assert delivery.state == DeliveryState.FAILED and delivery.status_code is None
    assert "private" in delivery.error


def test_it_logs_a_refusal_and_retries_with_backoff(
    settings, article, reviewer, django_capture_on_commit_callbacks
):
    settings.FACTCHECK_FETCH_ALLOW_PRIVATE = True
    failing = Receiver(status=500)
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}
    try:
        _endpoint(failing.url)
        with django_capture_on_commit_callbacks(execute=True):
            services.claim_set_status(claim=article.claims.first(), status="in_review", by=reviewer)
        delivery = WebhookDelivery.objects.get()
        delays = []
        for attempt in range(webhooks.MAX_ATTEMPTS):
            with django_capture_on_commit_callbacks(execute=True):
                webhooks.deliver(delivery.pk)
            delivery.refresh_from_db()
            assert delivery.status_code == 500 and delivery.attempts == attempt + 1
            if delivery.next_attempt_at:
                delays.append(delivery.next_attempt_at - delivery.last_attempt_at)
    finally:
        failing.close()
    assert delays == list(webhooks.RETRY_DELAYS)  # growing waits, then it gives up
    assert delivery.state == DeliveryState.FAILED and len(failing.received) == 6
    from django.tasks import default_task_backend

    deferred = [r for r in default_task_backend.results if r.task.run_after is not None]
    assert len(deferred) == len(webhooks.RETRY_DELAYS)


# --- registration through the API ---------------------------------------------


def test_it_lets_editors_register_https_endpoints_and_shows_the_secret_once(
    client, secret, editor_secret
):
    body = {"url": PUBLIC_IP_URL, "events": ["report.published"], "description": "CMS"}
    assert call(client, "post", "/webhooks", secret, body).status_code == 403
    created = call(client, "post", "/webhooks", editor_secret, body)
    assert created.status_code == 201, created.content
    hook = created.json()
    assert hook["secret"].startswith("whsec_")
    assert WebhookEndpoint.objects.get().secret == hook["secret"]
    listed = call(client, "get", "/webhooks", editor_secret).json()
    assert [h["id"] for h in listed] == [hook["id"]] and "secret" not in listed[0]
    deliveries = call(client, "get", f"/webhooks/{hook['id']}/deliveries", editor_secret).json()
    assert deliveries == {"items": [], "next_cursor": None}
    assert call(client, "delete", f"/webhooks/{hook['id']}", editor_secret).status_code == 204


@pytest.mark.parametrize(
    "url",
    [
        "http://93.184.215.14/hook",
        "https://127.0.0.1/hook",
        "https://10.0.0.8/hook",
        "https://169.254.169.254/latest",
    ],
)
def test_it_refuses_plain_http_and_private_addresses(client, editor_secret, url):
    response = call(
        client, "post", "/webhooks", editor_secret, {"url": url, "events": ["report.published"]}
    )
    assert response.status_code == 400, response.content
    assert not WebhookEndpoint.objects.exists()


def test_it_announces_a_republished_report_as_a_correction(
    settings, receiver, article, editor, editor_secret, client, django_capture_on_commit_callbacks
):
    settings.FACTCHECK_FETCH_ALLOW_PRIVATE = True
    _endpoint(receiver.url, events=["report.published", "report.corrected"])
    path = f"/articles/{article.pk}/report/publish"
    with django_capture_on_commit_callbacks(execute=True):
        first = call(client, "post", path, editor_secret)
        assert first.status_code == 200, first.content
        call(client, "post", f"/articles/{article.pk}/report/unpublish", editor_secret)
        assert call(client, "post", path, editor_secret).status_code == 400  # note required
        again = call(client, "post", path + "?correction_note=Fixed%20a%20date.", editor_secret)
        assert again.status_code == 200, again.content
    sent = [json.loads(body) for _, body in receiver.received]
    assert [p["event"] for p in sent] == ["report.published", "report.corrected"]
    assert sent[1]["data"]["correction_note"] == "Fixed a date." and sent[1]["data"]["version"] == 2
