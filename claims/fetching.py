"""Download a page from a URL a user typed, without letting that user reach
the server's own network (server-side request forgery).

    fetch_url(url) -> Fetched(url, content_type, charset, data)

- The host is resolved here, every address it resolves to is checked, and the
  connection goes to a checked address (no second DNS lookup that could answer
  differently). TLS still verifies the certificate for the host name (SNI).
- Refused unless public: loopback, private, shared (100.64/10), link-local
  (cloud metadata), multicast, reserved and unspecified addresses, IPv4 and
  IPv6, IPv4-mapped and NAT64-embedded IPv4 unwrapped first.
  settings.FACTCHECK_FETCH_ALLOW_PRIVATE lets an intranet deployment fetch
  from loopback, private and shared addresses; link-local, multicast, reserved
  and unspecified stay refused.
- Every redirect hop is checked the same way (at most MAX_REDIRECTS, http and
  https only).
- One deadline for the whole download (settings.FACTCHECK_FETCH_TIMEOUT
  seconds, connecting, headers and body included), on top of a size limit.
- Every network failure ends in the same message (NETWORK_FAILURE), so the
  answer does not tell open, closed and filtered ports apart.

Every refusal is an InvalidInput (400) with a message a reporter can act on.
"""

import http.client
import ipaddress
import socket
import ssl
import threading
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from django.conf import settings

from claims.errors import InvalidInput

USER_AGENT = "factcheck/0.1 (newsroom claim review)"
MAX_REDIRECTS = 5
REDIRECT_CODES = {301, 302, 303, 307, 308}
CHUNK = 64 * 1024

NETWORK_FAILURE = (
    "Could not fetch that URL (the site did not answer in time or could not be reached). "
    "Nothing was saved — paste the article's text instead."
)
NOT_PUBLIC = (
    "That URL points to a private or local network address; only public web sites "
    "can be fetched. Nothing was saved."
)
TOO_LARGE = "That page is too large to import. Nothing was saved."

# Never fetched, even on an intranet deployment.
_ALWAYS_REFUSED = ("is_link_local", "is_multicast", "is_reserved", "is_unspecified")
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    content_type: str
    charset: str
    data: bytes


@dataclass(frozen=True)
class Target:
    scheme: str
    host: str  # as typed (IDNA-encoded), for the Host header, SNI and the certificate
    port: int
    path: str  # path and query


def parse_target(url: str) -> Target:
    """The scheme, host, port and path of an http(s) URL; InvalidInput otherwise."""
    url = (url or "").strip()
    try:
        parts = urlsplit(url)
        port = parts.port
        host = parts.hostname
    except ValueError:
        # "http://[::1", "http://host:abc/", "http://host:99999/"
        raise InvalidInput(
            "That URL is not valid (check the host name and the port number)."
        ) from None
    if parts.scheme.lower() not in ("http", "https"):
        raise InvalidInput("The URL must start with http:// or https://.")
    if not host:
        raise InvalidInput("That URL has no host name.")
    if any(ch.isspace() or ord(ch) < 32 for ch in url):
        raise InvalidInput("That URL contains spaces or control characters.")
    try:
        host = host.encode("idna").decode("ascii") if not _is_ip_literal(host) else host
    except UnicodeError:
        raise InvalidInput("That URL's host name is not valid.") from None
    scheme = parts.scheme.lower()
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    return Target(
        scheme=scheme, host=host, port=port or (443 if scheme == "https" else 80), path=path
    )


def _is_ip_literal(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def _unwrap(ip):
    """The IPv4 address hidden in an IPv6 one (IPv4-mapped, NAT64), else ip."""
    if ip.version == 6:
        if ip.ipv4_mapped is not None:
            return ip.ipv4_mapped
        if ip in _NAT64:
            return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if ip.sixtofour is not None:
            return ip.sixtofour
    return ip


def address_allowed(address: str, *, allow_private: bool) -> bool:
    """Whether a resolved address may be connected to."""
    ip = _unwrap(ipaddress.ip_address(address.split("%", 1)[0]))
    if any(getattr(ip, flag) for flag in _ALWAYS_REFUSED):
        return False
    if ip.is_global:
        return True
    return allow_private and (ip.is_private or ip.is_loopback or ip in _SHARED)


_SHARED = ipaddress.ip_network("100.64.0.0/10")


def resolve(target: Target, *, allow_private: bool) -> list[str]:
    """Every address the host resolves to, all of them allowed; else InvalidInput."""
    try:
        infos = socket.getaddrinfo(target.host, target.port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        raise InvalidInput(NETWORK_FAILURE) from None
    addresses = list(dict.fromkeys(info[4][0] for info in infos))
    if not addresses:
        raise InvalidInput(NETWORK_FAILURE)
    if not all(address_allowed(a, allow_private=allow_private) for a in addresses):
        raise InvalidInput(NOT_PUBLIC)
    return addresses


class _Deadline:
    """Shuts the connection's socket when the time is up, whatever it is doing
    (resolving is done before; connecting, TLS, headers and body after)."""

    def __init__(self, seconds: float):
        self.end = time.monotonic() + seconds
        self._conn = None
        self._lock = threading.Lock()
        self._timer = None
        self.expired = False

    def remaining(self) -> float:
        left = self.end - time.monotonic()
        if left <= 0:
            self.expired = True
            raise InvalidInput(NETWORK_FAILURE)
        return left

    def watch(self, conn) -> None:
        self.stop()
        self._conn = conn
        self._timer = threading.Timer(self.remaining(), self._expire)
        self._timer.daemon = True
        self._timer.start()

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            sock = getattr(self._conn, "sock", None)
            if sock is not None:
                try:
                    socket.socket.shutdown(sock, socket.SHUT_RDWR)
                except OSError:
                    pass

    def stop(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None


def _connection(target: Target, addresses: list[str], timeout: float):
    """An http.client connection to `target` that connects to one of the checked
    addresses instead of resolving the host name again."""
    if target.scheme == "https":
        conn = http.client.HTTPSConnection(
            target.host, target.port, timeout=timeout, context=ssl.create_default_context()
        )
    else:
        conn = http.client.HTTPConnection(target.host, target.port, timeout=timeout)

    def connect_checked(_address, timeout=None, source_address=None, **_kw):
        last = None
        for address in addresses:
            try:
                return socket.create_connection((address, target.port), timeout, source_address)
            except OSError as exc:
                last = exc
        raise last or OSError("no address")

    conn._create_connection = connect_checked
    return conn


def _read_body(resp, limit: int, deadline: _Deadline) -> bytes:
    length = resp.getheader("Content-Length")
    if length and length.strip().isascii() and length.strip().isdigit() and int(length) > limit:
        raise InvalidInput(TOO_LARGE)
    chunks, size = [], 0
    while True:
        deadline.remaining()
        chunk = resp.read1(CHUNK)
        if not chunk:
            break
        size += len(chunk)
        if size > limit:
            raise InvalidInput(TOO_LARGE)
        chunks.append(chunk)
    if deadline.expired:
        raise InvalidInput(NETWORK_FAILURE)
    return b"".join(chunks)


def fetch_url(
    url: str,
    *,
    max_bytes: int | None = None,
    timeout: float | None = None,
    allow_private: bool | None = None,
) -> Fetched:
    """GET `url` following at most MAX_REDIRECTS checked redirects.

    Defaults: max_bytes 4 × FACTCHECK_MAX_ARTICLE_BYTES, timeout
    FACTCHECK_FETCH_TIMEOUT (whole download), allow_private
    FACTCHECK_FETCH_ALLOW_PRIVATE. A 4xx/5xx answer is an InvalidInput naming
    the status; any other failure is NETWORK_FAILURE, NOT_PUBLIC or TOO_LARGE."""
    if max_bytes is None:
        max_bytes = settings.FACTCHECK_MAX_ARTICLE_BYTES * 4
    if timeout is None:
        timeout = settings.FACTCHECK_FETCH_TIMEOUT
    if allow_private is None:
        allow_private = settings.FACTCHECK_FETCH_ALLOW_PRIVATE
    deadline = _Deadline(timeout)
    try:
        for _hop in range(MAX_REDIRECTS + 1):
            target = parse_target(url)
            addresses = resolve(target, allow_private=allow_private)
            conn = _connection(target, addresses, timeout=deadline.remaining())
            deadline.watch(conn)
            try:
                conn.request(
                    "GET",
                    target.path,
                    headers={
                        "User-Agent": USER_AGENT,
                        "Accept-Encoding": "identity",
                        "Accept": "text/html, text/plain;q=0.9, */*;q=0.1",
                    },
                )
                resp = conn.getresponse()
                if resp.status in REDIRECT_CODES:
                    location = resp.getheader("Location")
                    if not location:
                        raise InvalidInput(NETWORK_FAILURE)
                    url = urljoin(url, location.strip())
                    continue
                if resp.status >= 400:
                    raise InvalidInput(
                        f"The site answered {resp.status} for that URL; nothing was saved."
                    )
                data = _read_body(resp, max_bytes, deadline)
                return Fetched(
                    url=url,
                    content_type=resp.headers.get_content_type(),
                    charset=resp.headers.get_content_charset() or "utf-8",
                    data=data,
                )
            finally:
                deadline.stop()
                conn.close()
        raise InvalidInput(
            f"That URL redirects more than {MAX_REDIRECTS} times; nothing was saved."
        )
    except (OSError, http.client.HTTPException, ValueError):
        # Refused, reset, timed out, TLS failure, malformed answer: one message.
        raise InvalidInput(NETWORK_FAILURE) from None


def post(
    url: str,
    body: bytes,
    *,
    headers: dict,
    timeout: float | None = None,
    allow_private: bool | None = None,
) -> int:
    """POST `body` to `url` under the same address rules as fetch_url (every
    resolved address checked, the connection made to a checked one, one
    deadline); redirects are not followed. Returns the answer's status code;
    a refused address or a network failure is an InvalidInput. Used by
    webhook deliveries (claims.webhooks)."""
    if timeout is None:
        timeout = settings.FACTCHECK_FETCH_TIMEOUT
    if allow_private is None:
        allow_private = settings.FACTCHECK_FETCH_ALLOW_PRIVATE
    deadline = _Deadline(timeout)
    target = parse_target(url)
    addresses = resolve(target, allow_private=allow_private)
    try:
        conn = _connection(target, addresses, timeout=deadline.remaining())
        deadline.watch(conn)
        try:
            conn.request(
                "POST", target.path, body=body, headers={"User-Agent": USER_AGENT, **headers}
            )
            resp = conn.getresponse()
            resp.read(CHUNK)
            return resp.status
        finally:
            deadline.stop()
            conn.close()
    except (OSError, http.client.HTTPException, ValueError):
        raise InvalidInput(NETWORK_FAILURE) from None
