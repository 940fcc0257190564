"""Articles: create (with duplicate detection), edit, delete, publish."""

import os
from dataclasses import dataclass
from functools import partial

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from claims.errors import InvalidInput, ServiceError, TooLarge
from claims.models import (
    Article,
    Claim,
    ClaimEvent,
    ExtractionState,
    ReportVersion,
    content_hash,
    new_report_token,
)
from claims.reports.snapshot import render_snapshot
from claims.services.audit import record
from claims.services.locks import article_lock_unpublished
from claims.source_urls import normalise_url

FIELD_LIMITS = {"title": 500, "publisher": 200, "byline": 300, "url": 2000}


def title_from_body(body: str) -> str:
    """The first non-empty line, as the headline of a plain-text article."""
    for line in body.splitlines():
        if line.strip():
            return line.strip()[: FIELD_LIMITS["title"]]
    return ""


def validate_article_fields(
    *, title: str, body: str, url: str | None, publisher: str, byline: str
) -> None:
    if not body or not body.strip():
        raise InvalidInput("The article text is empty: paste or upload the article's text.")
    if "\x00" in body:
        raise InvalidInput("The article text contains binary data; upload a text or HTML file.")
    if len(body.encode("utf-8")) > settings.FACTCHECK_MAX_ARTICLE_BYTES:
        raise TooLarge()
    if not title.strip():
        raise InvalidInput("The article needs a title.")
    for name, value in (
        ("title", title),
        ("publisher", publisher),
        ("byline", byline),
        ("url", url or ""),
    ):
        if len(value) > FIELD_LIMITS[name]:
            raise InvalidInput(f"The {name} can be at most {FIELD_LIMITS[name]:,} characters.")
    if url:
        try:
            normalise_url(url)  # the same rules as a source URL
        except ValidationError as exc:
            raise InvalidInput(f"The article URL is not valid: {exc.messages[0]}") from None


def article_snapshot(article: Article) -> dict:
    """What the audit keeps of an article: its metadata and a fingerprint of
    its text (the text itself stays in the article)."""
    return {
        "title": article.title,
        "url": article.url,
        "publisher": article.publisher,
        "byline": article.byline,
        "published_at": article.published_at.isoformat() if article.published_at else None,
        "content_hash": article.content_hash,
        "length": len(article.body),
    }


def find_duplicate(*, body: str, url: str | None) -> Article | None:
    """An existing article with the same URL or the same text."""
    if url:
        found = Article.objects.filter(url=url).first()
        if found:
            return found
    return Article.objects.filter(content_hash=content_hash(body)).first()


def enqueue_extraction(article: Article) -> None:
    """Extract after the surrounding transaction commits (the task reads the row)."""
    from claims.tasks import extract_article

    transaction.on_commit(partial(extract_article.enqueue, article.pk))


def article_create(
    *,
    title: str,
    body: str,
    by,
    url: str | None = None,
    publisher: str = "",
    published_at=None,
    byline: str = "",
    extract: bool = True,
) -> tuple[Article, bool]:
    """Create an article and queue its extraction. Returns (article, created);
    a duplicate (same URL or same text) returns the existing article."""
    url = (url or "").strip() or None
    title = (title or "").strip() or title_from_body(body or "")
    publisher, byline = (publisher or "").strip(), (byline or "").strip()
    validate_article_fields(title=title, body=body, url=url, publisher=publisher, byline=byline)
    existing = find_duplicate(body=body, url=url)
    if existing:
        return existing, False
    try:
        with transaction.atomic():
            article = Article.objects.create(
                title=title,
                body=body,
                url=url,
                publisher=publisher,
                published_at=published_at,
                byline=byline,
                created_by=by if by is not None and by.is_authenticated else None,
            )
            record(
                action=ClaimEvent.Action.CREATED,
                actor=by,
                article=article,
                after=article_snapshot(article),
            )
            if extract:
                enqueue_extraction(article)
    except IntegrityError:
        # The same article was imported concurrently: the unique constraints decided.
        existing = find_duplicate(body=body, url=url)
        if existing is None:
            raise
        return existing, False
    return article, True


def article_import(
    *,
    by,
    title: str = "",
    body: str = "",
    url: str = "",
    fetch: bool = False,
    upload=None,
    publisher: str = "",
    published_at=None,
    byline: str = "",
) -> tuple[Article, bool]:
    """article_create from what a person gives: pasted text, an uploaded file,
    or a URL to fetch (claims.ingest: public addresses only, size and time
    limits). Values given win over what the page says (title, publisher, date).
    Used by the web form and the API alike."""
    from claims import ingest

    url = (url or "").strip()
    if upload:
        got = ingest.from_upload(upload)
    elif fetch:
        if not url:
            raise InvalidInput("Give the URL to fetch the article from.")
        got = ingest.fetch(url)
    else:
        got = ingest.Ingested(body=ingest.normalise_newlines(body or ""))
    return article_create(
        title=(title or "").strip() or got.title,
        body=got.body,
        by=by,
        url=url or None,
        publisher=(publisher or "").strip() or got.publisher,
        published_at=published_at or got.published,
        byline=byline or "",
    )


MAX_FILES_AT_ONCE = 20


@dataclass
class FileImport:
    """What became of one file of a multi-file upload."""

    name: str
    article: Article | None = None  # the new article, or the one it duplicates
    created: bool = False
    error: str = ""


def articles_import_files(*, by, uploads) -> list[FileImport]:
    """One article per uploaded file, each through article_import (the single
    upload's path: claims.ingest, duplicates found, extraction queued), each
    in its own transaction: a refused file is reported by name with the
    reason and nothing of it is written, and the other files still go in."""
    uploads = list(uploads)
    if not uploads:
        raise InvalidInput("Choose one or more files (.txt, .md or .html).", field="files")
    if len(uploads) > MAX_FILES_AT_ONCE:
        raise InvalidInput(
            f"That is {len(uploads)} files: upload at most {MAX_FILES_AT_ONCE} at once. "
            "Nothing was saved.",
            field="files",
        )
    out = []
    for upload in uploads:
        name = os.path.basename((upload.name or "").replace("\\", "/")) or "a file without a name"
        try:
            with transaction.atomic():
                article, created = article_import(by=by, upload=upload)
        except ServiceError as exc:
            out.append(FileImport(name, error=exc.message))
        else:
            out.append(FileImport(name, article, created))
    return out


@transaction.atomic
def article_update(
    *,
    article: Article,
    by,
    title: str | None = None,
    body: str | None = None,
    url: str | None = None,
    publisher: str | None = None,
    byline: str | None = None,
    published_at=None,
) -> Article:
    """Edit an article's metadata or text. New text re-runs extraction; claims
    keep their place when their words are still there (see claims.extraction_apply)."""
    article = article_lock_unpublished(article.pk, to="editing the article")
    before = article_snapshot(article)
    new = {
        "title": article.title if title is None else title.strip(),
        "body": article.body if body is None else body,
        "url": article.url if url is None else (url.strip() or None),
        "publisher": article.publisher if publisher is None else publisher.strip(),
        "byline": article.byline if byline is None else byline.strip(),
    }
    validate_article_fields(**new)
    dup = find_duplicate(body=new["body"], url=new["url"])
    if dup and dup.pk != article.pk:
        raise InvalidInput(f"Another article already has this URL or text: “{dup.title}”.")
    body_changed = new["body"] != article.body
    if body_changed:
        from claims.services.extraction import relocate_claims

        relocate_claims(article=article, new_body=new["body"])
    for field, value in new.items():
        setattr(article, field, value)
    if published_at is not None:
        article.published_at = published_at
    if body_changed:
        article.extraction_state = ExtractionState.PENDING
        article.extraction_error = ""
    article.save()
    after = article_snapshot(article)
    if after != before:
        record(
            action=ClaimEvent.Action.EDITED,
            actor=by,
            article=article,
            before=before,
            after=after,
            note="Text changed" if body_changed else "",
        )
    if body_changed:
        enqueue_extraction(article)
    return article


@transaction.atomic
def article_delete(*, article: Article, by) -> None:
    article = article_lock_unpublished(article.pk, to="deleting the article", for_delete=True)
    record(
        action=ClaimEvent.Action.DELETED,
        actor=by,
        article=article,
        before={
            **article_snapshot(article),
            "article_id": article.pk,
            "claims": Claim.all_objects.filter(article=article).count(),
        },
        note=f"Article “{article.title}” deleted",
    )
    article.delete()


@transaction.atomic
def article_reextract(*, article: Article, by) -> Article:
    article = article_lock_unpublished(article.pk, to="re-running extraction")
    before = {
        "extraction_state": article.extraction_state,
        "extractor_version": article.extractor_version,
    }
    article.extraction_state = ExtractionState.PENDING
    article.extraction_error = ""
    article.save(update_fields=["extraction_state", "extraction_error", "updated_at"])
    record(
        action=ClaimEvent.Action.EXTRACTION_REQUESTED,
        actor=by,
        article=article,
        before=before,
        after={"extraction_state": article.extraction_state},
    )
    enqueue_extraction(article)
    return article


CORRECTION_NOTE_LIMIT = 2000


@transaction.atomic
def report_publish(*, article: Article, by, correction_note: str = "") -> Article:
    """Publish the report: a new ReportVersion holding everything the public
    pages show (claims.reports.snapshot). The first publication is version 1;
    every later one (republishing a published report after shared sources,
    speakers or linked claims changed, or publishing again after an unpublish)
    is a correction with a required note, under the same public link."""
    article = Article.objects.select_for_update().get(pk=article.pk)
    note = (correction_note or "").strip()
    latest = article.report_versions.order_by("-number").first()
    if latest is not None and not note:
        raise InvalidInput(
            "Say what changed: a correction note is required to publish "
            f"version {latest.number + 1} of this report."
        )
    if latest is None and note:
        raise InvalidInput("A correction note is only for a report published before.")
    if len(note) > CORRECTION_NOTE_LIMIT:
        raise InvalidInput(
            f"A correction note can be at most {CORRECTION_NOTE_LIMIT:,} characters."
        )
    if "\x00" in note:
        raise InvalidInput("The correction note contains a null character.")
    article.report_published_at = timezone.now()
    article.report_published_by = by if by is not None and by.is_authenticated else None
    if not article.report_token:
        article.report_token = new_report_token()
    article.save(
        update_fields=["report_published_at", "report_published_by", "report_token", "updated_at"]
    )
    number = latest.number + 1 if latest else 1
    ReportVersion.objects.create(
        article=article,
        number=number,
        published_at=article.report_published_at,
        published_by=article.report_published_by,
        correction_note=note,
        **render_snapshot(article, number=number),
    )
    record(
        action=ClaimEvent.Action.REPORT_PUBLISHED,
        actor=by,
        article=article,
        after={
            "published_at": article.report_published_at.isoformat(),
            "version": number,
            "correction_note": note,
        },
    )
    _sync_factcheck_library(article, by)
    return article


def report_snapshot_first(*, article: Article) -> None:
    """Version 1 for a report published before versions were stored (the
    public link keeps working after the upgrade): the report as it is now."""
    try:
        with transaction.atomic():
            article = Article.objects.select_for_update().get(pk=article.pk)
            if article.is_published and not article.report_versions.exists():
                ReportVersion.objects.create(
                    article=article,
                    number=1,
                    published_at=article.report_published_at,
                    published_by=article.report_published_by,
                    **render_snapshot(article, number=1),
                )
    except IntegrityError:
        pass  # another request stored it first


@transaction.atomic
def report_unpublish(*, article: Article, by) -> Article:
    article = Article.objects.select_for_update().get(pk=article.pk)
    if not article.is_published:
        return article
    before = {
        "published_at": article.report_published_at.isoformat(),
        "published_by": article.report_published_by.get_username()
        if article.report_published_by
        else None,
    }
    article.report_published_at = None
    article.report_published_by = None
    # The link answers 404 until the report is published again (as a
    # correction, under the same link: the versions keep their addresses).
    article.save(
        update_fields=["report_published_at", "report_published_by", "report_token", "updated_at"]
    )
    record(action=ClaimEvent.Action.REPORT_UNPUBLISHED, actor=by, article=article, before=before)
    _sync_factcheck_library(article, by)
    return article


def _sync_factcheck_library(article: Article, by) -> None:
    """The desk's own published reviews join the fact-check library (and
    leave it when the report is unpublished), in the publishing transaction."""
    from claims.services.factchecks import factchecks_from_report

    factchecks_from_report(article=article, by=by)
