"""Article text from an upload or a URL. Plain text (.txt, .md) must be
UTF-8; HTML is reduced to the article's text with trafilatura. Every
refusal is an InvalidInput (400) with a message a reporter can act on."""

import datetime as dt
from dataclasses import dataclass

from django.conf import settings
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

from claims import fetching
from claims.errors import InvalidInput, TooLarge

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")


@dataclass
class Ingested:
    body: str
    title: str = ""
    publisher: str = ""
    published: dt.datetime | None = None  # when the page says (parse_published)


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
    if size > settings.FACTCHECK_MAX_ARTICLE_BYTES:
        raise TooLarge()


def from_html(html: str, url: str | None = None) -> Ingested:
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False
    )
    if doc is None:
        raise InvalidInput("No article text could be found in that HTML page.")
    get = (lambda k: getattr(doc, k, None)) if not isinstance(doc, dict) else doc.get
    body = (get("text") or "").strip()
    if not body:
        raise InvalidInput("No article text could be found in that HTML page.")
    try:
        published = parse_published(get("date"))
    except InvalidInput:  # a page's date metadata is a hint, never a reason to refuse it
        published = None
    return Ingested(
        body=normalise_newlines(body),
        title=(get("title") or "").strip(),
        publisher=(get("sitename") or "").strip(),
        published=published,
    )


def from_file(name: str, data: bytes) -> Ingested:
    """An article file's text by its suffix: HTML through from_html, text as
    it is. The web upload and `import_articles` both read files here, so the
    same file gives the same text (and content hash) either way."""
    _check_size(len(data))
    lower = name.lower()
    if lower.endswith(HTML_SUFFIXES):
        return from_html(decode_text(data, name))
    if lower.endswith(TEXT_SUFFIXES):
        return Ingested(body=decode_text(data, name))
    raise InvalidInput(f"{name}: only .txt, .md and .html files can be uploaded.")


def from_upload(upload) -> Ingested:
    _check_size(upload.size or 0)
    return from_file(
        upload.name or "the file", upload.read(settings.FACTCHECK_MAX_ARTICLE_BYTES + 1)
    )


def parse_published(value) -> dt.datetime | None:
    """A publication date as given (ISO date or date-time) as an aware
    datetime. A value without a zone is read in the project's time zone
    (settings.TIME_ZONE), a date alone as midnight there: the one rule for the
    web form, uploaded pages and imports. InvalidInput for anything else."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        when = value
    elif isinstance(value, dt.date):
        when = dt.datetime.combine(value, dt.time())
    else:
        text = str(value).strip()
        try:
            when = parse_datetime(text)
            day = parse_date(text) if when is None else None
        except ValueError:  # well-formed but impossible, e.g. 2024-02-30
            when = day = None
        if when is None and day is None:
            raise InvalidInput(f"{text[:40]!r} is not a date: write it as YYYY-MM-DD.")
        when = when or dt.datetime.combine(day, dt.time())
    return timezone.make_aware(when) if timezone.is_naive(when) else when


def fetch(url: str) -> Ingested:
    """Download a page (claims.fetching: public addresses only, one deadline, a
    size limit) and extract its article."""
    got = fetching.fetch_url(url)
    try:
        text = got.data.decode(got.charset, errors="replace")
    except LookupError:
        text = got.data.decode("utf-8", errors="replace")
    if got.content_type == "text/plain":
        return Ingested(body=normalise_newlines(text))
    return from_html(text, url=got.url)
