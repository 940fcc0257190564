"""claims.fetching against a real HTTP server on 127.0.0.1: private addresses
refused by default and fetched when allowed, every redirect hop checked, one
deadline for a slow-drip server, a size limit, bad URLs refused with a message."""

import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.urls import reverse

from claims import fetching
from claims.errors import InvalidInput
from claims.models import Article

PAGE = (
    b"<html><head><title>Drones hit the base</title></head><body><article>"
    b"<p>Officials said two drones struck the base on Tuesday night.</p>"
    b"<p>The ministry said nobody was hurt in the attack on the base.</p>"
    b"</article></body></html>"
)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def _send(self, status, body=b"", headers=()):
        self.send_response(status)
        for k, v in headers:
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        path = self.path
        if path == "/article":
            self._send(200, PAGE, [("Content-Type", "text/html; charset=utf-8")])
        elif path.startswith("/redirect?to="):
            self._send(302, headers=[("Location", path.split("=", 1)[1])])
        elif path.startswith("/loop"):
            n = int(path[5:] or 0)
            self._send(302, headers=[("Location", f"/loop{n + 1}")])
        elif path == "/drip":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", "1000")
            self.end_headers()
            for _ in range(1000):
                try:
                    self.wfile.write(b"x")
                    self.wfile.flush()
                except OSError:
                    return
                time.sleep(0.1)
        elif path == "/big":
            self._send(200, b"y" * 5000, [("Content-Type", "text/plain")])
        elif path == "/missing":
            self._send(404, b"no")
        else:
            self._send(200, b"plain text article", [("Content-Type", "text/plain")])


@pytest.fixture
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    # shutdown() waits for serve_forever to poll: every 20 ms, not the default 0.5 s
    thread = threading.Thread(
        target=httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
    )
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_it_refuses_a_local_server_by_default(server, settings):
    assert settings.FACTCHECK_FETCH_ALLOW_PRIVATE is False
    with pytest.raises(InvalidInput) as exc:
        fetching.fetch_url(server + "/article")
    assert exc.value.message == fetching.NOT_PUBLIC


def test_it_fetches_a_local_server_when_private_addresses_are_allowed(server, settings):
    settings.FACTCHECK_FETCH_ALLOW_PRIVATE = True
    got = fetching.fetch_url(server + "/article")
    assert got.data == PAGE and got.content_type == "text/html" and got.charset == "utf-8"


@pytest.mark.parametrize(
    "host",
    [
        "localhost",
        "2130706433",
        "0x7f000001",
        "127.1",
        "[::1]",
        "[::ffff:127.0.0.1]",
        "[::ffff:7f00:1]",
        "0.0.0.0",
        "[::]",
    ],
)
def test_it_refuses_every_spelling_of_a_local_address(server, host):
    port = server.rsplit(":", 1)[1]
    with pytest.raises(InvalidInput) as exc:
        fetching.fetch_url(f"http://{host}:{port}/article")
    assert exc.value.message in (fetching.NOT_PUBLIC, fetching.NETWORK_FAILURE)
    assert exc.value.message == fetching.NOT_PUBLIC or host in ("[::1]", "[::]")


@pytest.mark.parametrize(
    "address, private_ok, allowed",
    [
        ("93.184.215.14", False, True),
        ("2606:2800:21f:cb07:6820:80da:af6b:8b2c", False, True),
        ("127.0.0.1", False, False),
        ("10.1.2.3", False, False),
        ("172.16.0.1", False, False),
        ("192.168.1.1", False, False),
        ("100.64.0.1", False, False),
        ("169.254.169.254", False, False),
        ("224.0.0.1", False, False),
        ("240.0.0.1", False, False),
        ("0.0.0.0", False, False),
        ("::1", False, False),
        ("fe80::1", False, False),
        ("fd00::1", False, False),
        ("ff02::1", False, False),
        ("::", False, False),
        ("::ffff:10.0.0.1", False, False),
        ("::ffff:169.254.169.254", True, False),
        ("64:ff9b::7f00:1", False, False),
        ("2002:7f00:1::", False, False),
        ("127.0.0.1", True, True),
        ("10.1.2.3", True, True),
        ("fd00::1", True, True),
        ("169.254.169.254", True, False),
        ("fe80::1", True, False),
        ("224.0.0.1", True, False),
        ("0.0.0.0", True, False),
    ],
)
def test_it_classifies_addresses(address, private_ok, allowed):
    assert fetching.address_allowed(address, allow_private=private_ok) is allowed


def test_it_checks_every_redirect_hop(server, settings):
    settings.FACTCHECK_FETCH_ALLOW_PRIVATE = True
    # Allowed first hop (the intranet site), then a redirect to cloud metadata.
    with pytest.raises(InvalidInput) as exc:
        fetching.fetch_url(server + "/redirect?to=http://169.254.169.254/latest/meta-data/")
    assert exc.value.message == fetching.NOT_PUBLIC
    with pytest.raises(InvalidInput, match="http:// or https://"):
        fetching.fetch_url(server + "/redirect?to=file:///etc/passwd")
    with pytest.raises(InvalidInput, match="more than 5"):
        fetching.fetch_url(server + "/loop")
    got = fetching.fetch_url(server + "/redirect?to=/article")
    assert got.data == PAGE and got.url == server + "/article"


def test_it_refuses_a_public_name_redirecting_to_an_internal_name(server, monkeypatch):
    """news.example plays a public site (the local server, its address treated
    as public here); its redirect to internal.example (10.0.0.1) is refused."""
    port = int(server.rsplit(":", 1)[1])
    names = {"news.example": "127.0.0.1", "internal.example": "10.0.0.1"}
    real = socket.getaddrinfo

    def fake_getaddrinfo(host, *args, **kw):
        if host in names:
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (names[host], port))]
        return real(host, *args, **kw)

    monkeypatch.setattr(socket, "getaddrinfo", fake_getaddrinfo)
    monkeypatch.setattr(fetching, "address_allowed", lambda a, allow_private: a == "127.0.0.1")
    assert fetching.fetch_url(f"http://news.example:{port}/article").data == PAGE
    with pytest.raises(InvalidInput) as exc:
        fetching.fetch_url(f"http://news.example:{port}/redirect?to=http://internal.example/")
    assert exc.value.message == fetching.NOT_PUBLIC


def test_it_connects_to_the_checked_address_not_a_second_lookup(server, monkeypatch, settings):
    settings.FACTCHECK_FETCH_ALLOW_PRIVATE = True
    port = int(server.rsplit(":", 1)[1])
    lookups = []
    real = socket.getaddrinfo

    def rebinding(host, *args, **kw):
        lookups.append(host)
        # First answer is checked; a rebinding resolver would answer differently later.
        if host == "news.example" and len(lookups) == 1:
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port))]
        if host == "news.example":
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("169.254.169.254", port))]
        return real(host, *args, **kw)

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    assert fetching.fetch_url(f"http://news.example:{port}/article").data == PAGE
    assert lookups.count("news.example") == 1  # create_connection only parses the address


def test_it_gives_up_on_a_slow_drip_server_at_the_deadline(server, settings):
    settings.FACTCHECK_FETCH_ALLOW_PRIVATE = True
    started = time.monotonic()
    with pytest.raises(InvalidInput) as exc:
        fetching.fetch_url(server + "/drip", timeout=1)
    assert exc.value.message == fetching.NETWORK_FAILURE
    assert time.monotonic() - started < 5  # the server would drip for 100 s


def test_it_stops_at_the_size_limit(server, settings):
    settings.FACTCHECK_FETCH_ALLOW_PRIVATE = True
    with pytest.raises(InvalidInput) as exc:
        fetching.fetch_url(server + "/big", max_bytes=1000)
    assert exc.value.message == fetching.TOO_LARGE
    assert fetching.fetch_url(server + "/big", max_bytes=5000).data == b"y" * 5000


def test_it_says_the_same_for_closed_ports_and_unknown_hosts(settings):
    settings.FACTCHECK_FETCH_ALLOW_PRIVATE = True
    messages = set()
    for url in ("http://127.0.0.1:9/", "http://no-such-host.invalid/"):
        with pytest.raises(InvalidInput) as exc:
            fetching.fetch_url(url, timeout=3)
        messages.add(exc.value.message)
    assert messages == {fetching.NETWORK_FAILURE}


def test_it_names_the_status_of_an_error_page(server, settings):
    settings.FACTCHECK_FETCH_ALLOW_PRIVATE = True
    with pytest.raises(InvalidInput, match="answered 404"):
        fetching.fetch_url(server + "/missing")


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:abc/",
        "http://[::1",
        "http://example.org:99999/",
        "ftp://example.org/",
        "file:///etc/passwd",
        "http:///nohost",
        "http://exa mple.org/",
        "javascript:alert(1)",
    ],
)
def test_it_refuses_malformed_urls(url):
    with pytest.raises(InvalidInput):
        fetching.fetch_url(url)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:abc/",
        "http://[::1",
        "http://127.0.0.1:99999/",
    ],
)
def test_the_article_form_answers_400_for_malformed_urls(reviewer_client, url):
    r = reviewer_client.post(reverse("article_new"), {"url": url, "fetch": "on"})
    assert r.status_code == 400 and "not valid" in r.content.decode()
    assert not Article.objects.exists()


def test_the_article_form_refuses_a_local_server(reviewer_client, server):
    r = reviewer_client.post(reverse("article_new"), {"url": server + "/article", "fetch": "on"})
    assert r.status_code == 400 and "private or local" in r.content.decode()
    assert not Article.objects.exists()


def test_the_article_form_fetches_an_allowed_intranet_page(reviewer_client, server, settings):
    settings.FACTCHECK_FETCH_ALLOW_PRIVATE = True
    r = reviewer_client.post(reverse("article_new"), {"url": server + "/article", "fetch": "on"})
    assert r.status_code == 302
    assert "two drones struck the base" in Article.objects.get().body


@pytest.mark.parametrize(
    "url",
    [
        "http://[::1",
        "http://exa mple.org/a",
        "http://127.0.0.1:99999/",
        "https://",
        "http://a b/",
        "javascript:alert(1)",
    ],
)
def test_an_article_url_is_validated_like_a_source_url(reviewer_client, url):
    r = reviewer_client.post(reverse("article_new"), {"url": url, "body": "Some text here."})
    assert r.status_code == 400 and "URL" in r.content.decode()
    assert not Article.objects.exists()
