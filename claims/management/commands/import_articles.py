"""Bulk import: a folder of .txt/.md/.html files, or JSONL files with one
article per line ({"title", "text", "url", "publisher", "published_at"}).

Articles are created first (duplicates skipped), then extracted in batches
through nlp.pipe, so a large import runs at close to the pipeline's speed.
"""

import datetime as dt
import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from claims import ingest, services
from claims.errors import InvalidInput, ServiceError
from claims.management.progress import Progress
from claims.models import ExtractionState

SUFFIXES = {*ingest.TEXT_SUFFIXES, *ingest.HTML_SUFFIXES, ".jsonl"}


@dataclass
class Item:
    origin: str  # "file.txt" or "file.jsonl:12", for messages
    title: str
    text: str
    url: str | None = None
    publisher: str = ""
    published_at: dt.datetime | None = None


@dataclass
class Summary:
    imported: int = 0
    duplicates: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    claims: int = 0


def read_items(paths: list[Path], summary: Summary):
    """Yield Items from files, folders and JSONL; unreadable input goes to summary.failed."""
    for path in paths:
        if path.is_dir():
            yield from read_items(
                sorted(p for p in path.iterdir() if p.suffix.lower() in SUFFIXES), summary
            )
            continue
        try:
            data = path.read_bytes()
            if path.suffix.lower() == ".jsonl":
                yield from _jsonl(path, ingest.decode_text(data, path.name), summary)
                continue
            # The web upload's reading: the same file gives the same text and hash.
            got = ingest.from_file(path.name, data)
        except OSError as exc:
            summary.failed.append((str(path), exc.strerror))
            continue
        except InvalidInput as exc:
            summary.failed.append((str(path), exc.message))
            continue
        yield Item(
            origin=path.name,
            title=got.title,
            text=got.body,
            publisher=got.publisher,
            published_at=got.published,
        )


def _jsonl(path: Path, raw: str, summary: Summary):
    for number, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        origin = f"{path.name}:{number}"
        try:
            row = json.loads(line)
            if not isinstance(row, dict):
                raise ValueError("the line is not a JSON object")
            text = row.get("text")
            if not isinstance(text, str):
                raise ValueError('"text" is missing or not a string')
            published_at = ingest.parse_published(row.get("published_at"))
            yield Item(
                origin=origin,
                title=str(row.get("title") or ""),
                text=ingest.normalise_newlines(text),
                url=row.get("url") or None,
                publisher=str(row.get("publisher") or ""),
                published_at=published_at,
            )
        except ValueError as exc:  # json.JSONDecodeError is a ValueError
            summary.failed.append((origin, f"line {number}: {exc}"))
        except InvalidInput as exc:
            summary.failed.append((origin, f"line {number}: published_at {exc.message}"))


class Command(BaseCommand):
    help = "Import articles from .txt/.md/.html files, folders or JSONL, with claim extraction."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", type=Path)
        parser.add_argument(
            "--batch-size",
            type=int,
            default=32,
            help="Articles extracted per nlp.pipe batch (default 32).",
        )
        parser.add_argument(
            "--processes",
            type=int,
            default=1,
            help="spaCy worker processes for extraction (default 1).",
        )
        parser.add_argument(
            "--no-extract", action="store_true", help="Import only; extraction stays pending."
        )
        parser.add_argument(
            "--queue",
            action="store_true",
            help="Queue extraction as background tasks instead of running it here.",
        )

    def handle(self, *args, paths, batch_size, processes, no_extract, queue, **options):
        missing = [str(p) for p in paths if not p.exists()]
        if missing:
            raise CommandError(f"No such file or folder: {', '.join(missing)}")
        started = time.perf_counter()
        summary = Summary()
        pending = []
        items = list(read_items(paths, summary))
        progress = Progress(len(items), self.stderr, enabled=len(items) > 1, label="importing")
        for item in items:
            try:
                article, created = services.article_create(
                    title=item.title,
                    body=item.text,
                    url=item.url,
                    publisher=item.publisher,
                    published_at=item.published_at,
                    by=None,
                    extract=queue,
                )
            except ServiceError as exc:
                summary.failed.append((item.origin, exc.message))
            else:
                if created:
                    summary.imported += 1
                    pending.append(article)
                else:
                    summary.duplicates += 1
            progress.step()
        if pending and not (no_extract or queue):
            self._extract(pending, batch_size, processes, summary)
        self._report(summary, time.perf_counter() - started)
        if summary.failed and not summary.imported and not summary.duplicates:
            sys.exit(1)

    def _extract(self, articles, batch_size, processes, summary):
        from claims import extraction

        progress = Progress(
            len(articles), self.stderr, label="extracting", enabled=len(articles) > 1
        )
        try:
            results = extraction.extract_many(
                (a.body for a in articles), batch_size=batch_size, n_process=processes
            )
            for article, records in zip(articles, results, strict=True):
                applied = services.extraction_apply(
                    article_id=article.pk,
                    records=[r.as_dict() for r in records],
                    version=extraction.EXTRACTOR_VERSION,
                    body_hash=article.content_hash,
                    parties=[p.as_dict() for p in getattr(records, "speakers", [])],
                )
                summary.claims += applied.applied.found if applied else 0
                progress.step()
        except extraction.PipelineUnavailable as exc:
            for article in articles:
                article.extraction_state = ExtractionState.FAILED
                article.extraction_error = str(exc)
                article.save(update_fields=["extraction_state", "extraction_error"])
            summary.failed.append(("extraction", str(exc)))

    def _report(self, summary, seconds):
        self.stdout.write(
            self.style.SUCCESS(
                f"Imported {summary.imported} article(s) with {summary.claims} claim(s); "
                f"{summary.duplicates} duplicate(s) skipped; {len(summary.failed)} failed "
                f"({seconds:.1f} s)."
            )
        )
        for origin, reason in summary.failed:
            self.stdout.write(self.style.ERROR(f"  failed {origin}: {reason}"))
