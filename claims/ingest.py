"""Article text from an upload or a URL. Plain text (.txt, .md) must be
UTF-8; HTML is reduced to the article's text with trafilatura. Every
refusal is an InvalidInput (400) with a message a reporter can act on."""

import socket
import urllib.error
import urllib.request
from dataclasses import dataclass

from django.conf import settings

from claims.errors import InvalidInput

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
USER_AGENT = "factcheck/0.1 (newsroom claim review)"


@dataclass
class Ingested:
    body: str
    title: str = ""
    publisher: str = ""
    published: str = ""  # ISO date when the page says


def normalise_newlines(text: str) -> str:
    """Browsers send CR LF from text areas; offsets index the text with LF only."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_text(data: bytes, name: str = "the file") -> str:
    if b"\x00" in data:
        raise InvalidInput(f"{name} looks binary, not text: upload a .txt, .md or .html file.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidInput(
            f"{name} is not UTF-8 text. Save it as UTF-8 (or paste the text) and try again."
        ) from None
    return normalise_newlines(text)


def _check_size(size: int) -> None:
    limit = settings.FACTCHECK_MAX_ARTICLE_BYTES
    if size > limit:
        raise InvalidInput(
            f"The file is {size / 1_048_576:.1f} MB; the limit is {limit / 1_048_576:.1f} MB."
        )


def from_html(html: str, url: str | None = None) -> Ingested:
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      include_tables=False)
    if doc is None:
        raise InvalidInput("No article text could be found in that HTML page.")
    get = (lambda k: getattr(doc, k, None)) if not isinstance(doc, dict) else doc.get
    body = (get("text") or "").strip()
    if not body:
        raise InvalidInput("No article text could be found in that HTML page.")
    return Ingested(body=normalise_newlines(body), title=(get("title") or "").strip(),
                    publisher=(get("sitename") or "").strip(), published=get("date") or "")


def from_upload(upload) -> Ingested:
    name = upload.name or "the file"
    _check_size(upload.size or 0)
    data = upload.read(settings.FACTCHECK_MAX_ARTICLE_BYTES + 1)
    _check_size(len(data))
    lower = name.lower()
    if lower.endswith(HTML_SUFFIXES):
        return from_html(decode_text(data, name))
    if lower.endswith(TEXT_SUFFIXES):
        return Ingested(body=decode_text(data, name))
    raise InvalidInput(f"{name}: only .txt, .md and .html files can be uploaded.")


def fetch(url: str) -> Ingested:
    """Download a page (timeout: settings.FACTCHECK_FETCH_TIMEOUT) and extract its article."""
    if not url.lower().startswith(("http://", "https://")):
        raise InvalidInput("The URL must start with http:// or https://.")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    limit = settings.FACTCHECK_MAX_ARTICLE_BYTES * 4
    try:
        with urllib.request.urlopen(request, timeout=settings.FACTCHECK_FETCH_TIMEOUT) as resp:
            data = resp.read(limit + 1)
            charset = resp.headers.get_content_charset() or "utf-8"
            ctype = resp.headers.get_content_type()
    except urllib.error.HTTPError as exc:
        raise InvalidInput(f"The site answered {exc.code} for that URL; nothing was saved.") from None
    except (urllib.error.URLError, socket.timeout, TimeoutError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        raise InvalidInput(
            f"Could not fetch the URL (the network or the site is unreachable: {reason}). "
            "Nothing was saved — paste the article's text instead."
        ) from None
    if len(data) > limit:
        raise InvalidInput("That page is too large to import.")
    try:
        text = data.decode(charset, errors="replace")
    except LookupError:
        text = data.decode("utf-8", errors="replace")
    if ctype == "text/plain":
        return Ingested(body=normalise_newlines(text))
    return from_html(text, url=url)
