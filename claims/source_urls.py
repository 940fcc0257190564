"""Source URLs: only http(s), normalised so the same page is one Source."""

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator

_TRACKING = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid")
_validate = URLValidator(schemes=["http", "https"])


def normalise_url(url: str) -> str:
    """Lower-case scheme and host, drop default ports, fragments and tracking
    parameters. Raises ValidationError for anything but an http(s) URL."""
    url = (url or "").strip()
    try:
        parts = urlsplit(url)
        port = parts.port  # "host:abc" and "host:99999" raise here
    except ValueError:
        raise ValidationError(
            "That link is not a valid URL (check the host name and the port number).",
            code="invalid",
        ) from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise ValidationError(
            "Only http:// and https:// links can be used as sources.", code="scheme"
        )
    _validate(url)
    host = (parts.hostname or "").lower()
    netloc = (
        host
        if port is None or (scheme, port) in (("http", 80), ("https", 443))
        else f"{host}:{port}"
    )
    query = urlencode(
        [
            (k, v)
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if not k.lower().startswith(_TRACKING)
        ]
    )
    return urlunsplit((scheme, netloc, parts.path or "/", query, ""))
