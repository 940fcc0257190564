"""Read published fact-checks into plain records, reporting bad items by place.

Formats (chosen by the file's suffix):

* `.json` / `.jsonld`: schema.org ClaimReview JSON-LD as fact-checkers publish
  it and aggregators export it — one ClaimReview, a list of them, a `@graph`,
  or a `DataFeed` whose `dataFeedElement` items hold them (directly or under
  `item`); every node typed ClaimReview is read, however deep.
* `.html` / `.htm`: a fact-check page; the ClaimReviews in its
  `<script type="application/ld+json">` blocks.
* `.jsonl`: one object a line, either the flat form
  `{"id", "text", "title", "rating", "url", "publisher", "date", "language"}`
  (only `text` and one of `url`/`id` are required) or a JSON-LD document as above.

Rule for bad input: a record is bad when a required value is missing, or a
value that is present is unusable (not text, a URL that is not http(s), a date
that is not a date, longer than the library keeps). A bad record is reported
with its place (`file.jsonl:12`, `feed.json: dataFeedElement[3].item`) and
skipped; the rest of the file is read.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.utils.dateparse import parse_date, parse_datetime

from claims.factchecks.ratings import verdict_for
from claims.source_urls import normalise_url

JSON_SUFFIXES = {".json", ".jsonld"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUFFIXES = JSON_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES

# What the library keeps of each field (claims.models_factchecks.FactCheck).
LIMITS = {
    "claim_reviewed": 10_000,
    "title": 500,
    "rating": 200,
    "publisher": 200,
    "claimant": 300,
    "language": 35,
    "external_id": 200,
    "url": 2000,
}


class BadRecord(ValueError):
    """One record cannot be imported; the message says why."""


@dataclass(frozen=True)
class FactCheckRecord:
    claim_reviewed: str
    url: str | None = None
    external_id: str = ""
    title: str = ""
    rating: str = ""
    verdict: str = "other"
    publisher: str = ""
    claimant: str = ""
    published_at: dt.date | None = None
    language: str = ""


@dataclass(frozen=True)
class Problem:
    where: str
    message: str

    def __str__(self):
        return f"{self.where}: {self.message}"


# --- values ---------------------------------------------------------------------


def text_of(value) -> str:
    """A JSON-LD value as plain text: a string, a {"@value": ...} object, a
    number, or the first of a list; "" for anything else."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, dict) and "@value" in value:
        return text_of(value["@value"])
    if isinstance(value, list):
        for item in value:
            text = text_of(item)
            if text:
                return text
    return ""


def name_of(value) -> str:
    """The name of a Person / Organization (or of the first of a list), or a bare string."""
    if isinstance(value, list):
        for item in value:
            name = name_of(item)
            if name:
                return name
        return ""
    if isinstance(value, dict):
        return text_of(value.get("name")) or text_of(value.get("alternateName"))
    return text_of(value)


def library_url(value: str) -> str:
    """A fact-check's URL as the library keys it: http(s) only, scheme and host
    lower-cased, tracking parameters dropped (claims.source_urls), and the
    #fragment kept — one page may review several claims under anchors."""
    try:
        base = normalise_url(value)
    except ValidationError as exc:
        raise BadRecord(f"url {value[:80]!r}: {exc.messages[0]}") from None
    fragment = urlsplit(value.strip()).fragment
    url = f"{base}#{fragment}" if fragment else base
    if len(url) > LIMITS["url"]:
        raise BadRecord(f"the url is longer than {LIMITS['url']:,} characters")
    return url


def date_of(value) -> dt.date | None:
    """An ISO date or date-time (or an RFC 2822 date) as a date; None when absent."""
    text = text_of(value)
    if not text:
        return None
    try:
        when = parse_datetime(text) or parse_date(text)
    except ValueError:  # well-formed but impossible, e.g. 2020-02-30
        when = None
    if when is None:
        try:
            when = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            raise BadRecord(f"date {text[:40]!r} is not a date") from None
    return when.date() if isinstance(when, dt.datetime) else when


def _checked(**fields) -> dict:
    for name, value in fields.items():
        if isinstance(value, str) and len(value) > LIMITS.get(name, 10**9):
            raise BadRecord(f"the {name} is longer than {LIMITS[name]:,} characters")
    return fields


def record(
    *,
    claim_reviewed,
    url=None,
    external_id="",
    title="",
    rating="",
    verdict=None,
    publisher="",
    claimant="",
    published_at=None,
    language="",
) -> FactCheckRecord:
    """A checked record; BadRecord when it cannot be kept."""
    claim_reviewed = " ".join(claim_reviewed.split())
    if not claim_reviewed:
        raise BadRecord("the claim text is missing")
    url = library_url(url) if url else None
    if url is None and not external_id:
        raise BadRecord("neither a url nor an id: nothing to recognise it by on re-import")
    return FactCheckRecord(
        **_checked(
            claim_reviewed=claim_reviewed,
            url=url,
            external_id=external_id,
            title=title,
            rating=rating,
            verdict=verdict or verdict_for(rating),
            publisher=publisher,
            claimant=claimant,
            published_at=published_at,
            language=language,
        )
    )


# --- ClaimReview JSON-LD ----------------------------------------------------------


def _types(node: dict) -> set[str]:
    """@type values without their vocabulary prefix ("schema:ClaimReview",
    "http://schema.org/ClaimReview" and "ClaimReview" are the same)."""
    raw = node.get("@type", node.get("type"))
    values = raw if isinstance(raw, list) else [raw]
    return {v.rsplit("/", 1)[-1].rsplit(":", 1)[-1] for v in values if isinstance(v, str)}


def _first_dict(value) -> dict:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, dict)), None)
    return value if isinstance(value, dict) else {}


def _rating(review: dict) -> tuple[str, str]:
    """(rating text as published, normalised verdict)."""
    rating = _first_dict(review.get("reviewRating"))
    words = text_of(rating.get("alternateName")) or text_of(rating.get("name"))
    value = rating.get("ratingValue")
    best, worst = rating.get("bestRating"), rating.get("worstRating")
    verdict = verdict_for(
        words, text_of(value) or None, text_of(best) or None, text_of(worst) or None
    )
    if not words and text_of(value):
        words = f"{text_of(value)} on a scale of {text_of(worst) or 1} to {text_of(best) or 5}"
    return words, verdict


def _language(*nodes: dict) -> str:
    for node in nodes:
        value = node.get("inLanguage")
        if isinstance(value, list):
            value = value[0] if value else None
        if isinstance(value, dict):
            value = value.get("alternateName") or value.get("name")
        text = text_of(value)
        if text:
            return text
    return ""


def claim_review_record(review: dict) -> FactCheckRecord:
    """One ClaimReview node as a record."""
    item = _first_dict(review.get("itemReviewed"))
    rating, verdict = _rating(review)
    claim = text_of(review.get("claimReviewed")) or text_of(item.get("name"))
    url = text_of(review.get("url"))
    if not url:
        raise BadRecord("the ClaimReview has no url")
    return record(
        claim_reviewed=claim,
        url=url,
        external_id=text_of(review.get("@id")),
        title=text_of(review.get("headline")) or text_of(review.get("name")),
        rating=rating,
        verdict=verdict,
        publisher=name_of(review.get("author")) or name_of(review.get("publisher")),
        claimant=name_of(item.get("author")),
        published_at=date_of(review.get("datePublished") or review.get("dateCreated")),
        language=_language(review, item),
    )


def _placed(where: str, item):
    """The item, a Problem re-labelled with its full place."""
    return Problem(where, item.message) if isinstance(item, Problem) else item


def claim_reviews(node, where: str = ""):
    """Every ClaimReview in a JSON-LD value, as (place, record or Problem):
    single nodes, lists, @graph, DataFeed / dataFeedElement / item, and any
    other nesting."""
    if isinstance(node, list):
        for i, item in enumerate(node):
            yield from claim_reviews(item, f"{where}[{i}]")
        return
    if not isinstance(node, dict):
        return
    if "ClaimReview" in _types(node):
        try:
            yield where or "item", claim_review_record(node)
        except BadRecord as exc:
            yield where or "item", Problem(where or "item", str(exc))
        return
    for key, value in node.items():
        if isinstance(value, (dict, list)) and key not in ("@context",):
            yield from claim_reviews(value, f"{where}.{key}" if where else key)


# --- the flat JSONL form --------------------------------------------------------


def flat_record(row: dict) -> FactCheckRecord:
    text = row.get("text")
    if not isinstance(text, str):
        raise BadRecord('"text" is missing or not a string')
    rating = text_of(row.get("rating"))
    return record(
        claim_reviewed=text,
        url=text_of(row.get("url")) or None,
        external_id=text_of(row.get("id")),
        title=text_of(row.get("title")),
        rating=rating,
        publisher=name_of(row.get("publisher")),
        claimant=name_of(row.get("claimant")),
        published_at=date_of(row.get("date")),
        language=text_of(row.get("language") or row.get("lang")),
    )


def _is_json_ld(row: dict) -> bool:
    return any(k in row for k in ("@type", "@graph", "dataFeedElement", "@context"))


def read_jsonl(text: str, name: str):
    """(place, record or Problem) for each non-empty line."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            row = json.loads(line)
        except ValueError as exc:
            yield where, Problem(where, f"not JSON ({exc.msg})")
            continue
        if not isinstance(row, dict):
            yield where, Problem(where, "the line is not a JSON object")
            continue
        if _is_json_ld(row):
            found = False
            for place, item in claim_reviews(row, ""):
                found = True
                yield f"{where} {place}", _placed(f"{where} {place}", item)
            if not found:
                yield where, Problem(where, "no ClaimReview in this JSON-LD")
            continue
        try:
            yield where, flat_record(row)
        except BadRecord as exc:
            yield where, Problem(where, str(exc))


def read_json(text: str, name: str):
    try:
        data = json.loads(text)
    except ValueError as exc:
        yield name, Problem(name, f"not JSON (line {exc.lineno}: {exc.msg})")
        return
    found = False
    for place, item in claim_reviews(data, ""):
        found = True
        yield f"{name}: {place}", _placed(f"{name}: {place}", item)
    if not found:
        yield name, Problem(name, "no ClaimReview found")


class _JsonLdScripts(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self._inside = False

    def handle_starttag(self, tag, attrs):
        if (
            tag == "script"
            and (dict(attrs).get("type") or "").lower().strip() == "application/ld+json"
        ):
            self._inside = True
            self.blocks.append("")

    def handle_endtag(self, tag):
        if tag == "script":
            self._inside = False

    def handle_data(self, data):
        if self._inside:
            self.blocks[-1] += data


def read_html(text: str, name: str):
    parser = _JsonLdScripts()
    parser.feed(text)
    found = False
    for n, block in enumerate(parser.blocks, start=1):
        for where, item in read_json(block, f"{name}: script {n}"):
            if isinstance(item, Problem) and item.message == "no ClaimReview found":
                continue  # other JSON-LD on the page (breadcrumbs, the organisation)
            found = True
            yield where, item
    if not found:
        yield name, Problem(name, "no ClaimReview in the page's JSON-LD")


def read_text(text: str, name: str, suffix: str):
    if suffix in JSONL_SUFFIXES:
        return read_jsonl(text, name)
    if suffix in HTML_SUFFIXES:
        return read_html(text, name)
    return read_json(text, name)


def read_file(path: Path):
    """(place, record or Problem) for everything in one file."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        yield (
            path.name,
            Problem(
                path.name,
                f"unknown format {suffix or '(no suffix)'}: use {', '.join(sorted(SUFFIXES))}",
            ),
        )
        return
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        yield path.name, Problem(path.name, "not UTF-8 text")
        return
    except OSError as exc:
        yield path.name, Problem(path.name, exc.strerror or str(exc))
        return
    yield from read_text(text, path.name, suffix)
