"""Import published fact-checks into the library: schema.org ClaimReview
JSON-LD (.json/.jsonld: single items, lists, @graph, DataFeeds; .html pages
with embedded JSON-LD) and JSONL (.jsonl: the flat form {id, text, title,
rating, url, publisher, date} or one JSON-LD document a line).

Each file is checked first: bad records are reported by line or item and
skipped (with --strict, any bad record skips the whole file). The file's good
records are then written in one transaction: all of them, or none. Re-importing
updates what changed and never duplicates (keyed by URL, else by collection + id).
"""

import sys
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from claims import services
from claims.errors import ServiceError
from claims.factchecks.readers import SUFFIXES, Problem, read_file
from claims.management.progress import Progress
from claims.services.factchecks import ImportCounts

SHOWN_PROBLEMS = 50


def refresh_search_index() -> None:
    """PostgreSQL: merge the GIN index's pending list and refresh the table's
    statistics now, not at the next autovacuum: after a bulk import, searches
    would otherwise scan the unmerged pending entries, and the matcher reads
    the library's size from the statistics."""
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT gin_clean_pending_list('factcheck_search_vector_gin'::regclass)")
        cursor.execute("ANALYZE claims_factcheck")


def expand(paths: list[Path]) -> list[Path]:
    """Files as given, folders as their fact-check files (sorted)."""
    out = []
    for path in paths:
        if path.is_dir():
            out.extend(sorted(p for p in path.iterdir() if p.suffix.lower() in SUFFIXES))
        else:
            out.append(path)
    return out


def embed_library(command, *, progress: bool) -> int:
    """Vectors for every fact-check that lacks one, with a progress bar."""
    from claims.matching import MODEL_ID
    from claims.matching.embedder import EmbedderUnavailable
    from claims.models import FactCheck

    started = time.perf_counter()
    todo = FactCheck.objects.exclude(embedding_model=MODEL_ID).count()
    bar = Progress(todo, command.stderr, enabled=progress and todo > 1, label="embedding")
    try:
        done = services.factchecks_embed(on_batch=lambda n: bar.step(n=n))
    except EmbedderUnavailable as exc:
        command.stdout.write(
            command.style.WARNING(
                f"Not embedded ({exc}); the fact-checks match by their words until "
                "`manage.py embed_factchecks` runs."
            )
        )
        return 0
    seconds = time.perf_counter() - started
    command.stdout.write(f"Embedded {done} fact-check(s) ({seconds:.1f} s).")
    return done


class Command(BaseCommand):
    help = "Import fact-checks (ClaimReview JSON-LD, JSONL) into the fact-check library."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", type=Path)
        parser.add_argument(
            "--collection",
            default="",
            help="Name of the collection the records come from (default: each file's name); "
            "records without a url are recognised on re-import by collection + id.",
        )
        parser.add_argument(
            "--strict",
            action="store_true",
            help="Import a file only if every record in it is good.",
        )
        parser.add_argument(
            "--no-embed",
            action="store_true",
            help="Leave the vectors for later (`manage.py embed_factchecks`); "
            "until then the new fact-checks match by their words only.",
        )
        parser.add_argument("--no-progress", action="store_true", help="No progress bar.")

    def handle(self, *args, paths, collection, strict, no_embed, no_progress, **options):
        missing = [str(p) for p in paths if not p.exists()]
        if missing:
            raise CommandError(f"No such file or folder: {', '.join(missing)}")
        total, written_any = ImportCounts(), False
        for path in expand(paths):
            counts = self._file(path, collection or path.name, strict, not no_progress)
            written_any |= bool(counts.created or counts.updated or counts.unchanged)
            total.add(counts)
        if len(paths) > 1 or paths[0].is_dir():
            self.stdout.write(self._line("Total", total))
        if total.created or total.updated:
            refresh_search_index()
            if not no_embed:
                embed_library(self, progress=not no_progress)
        if total.problems and not written_any:
            sys.exit(1)

    def _file(self, path: Path, collection: str, strict: bool, progress: bool) -> ImportCounts:
        started = time.perf_counter()
        items = list(read_file(path))
        records = [(w, r) for w, r in items if not isinstance(r, Problem)]
        problems = [r for _, r in items if isinstance(r, Problem)]
        if strict and problems:
            counts = ImportCounts(problems=problems)
            self.stdout.write(
                self.style.ERROR(
                    f"{path.name}: not imported (--strict): {len(problems)} bad record(s)."
                )
            )
            self._problems(counts)
            return counts
        bar = Progress(
            len(records), self.stderr, enabled=progress and len(records) > 1, label=path.name
        )

        try:
            counts = services.factchecks_import(
                records=records, imported_from=collection, by=None, on_batch=lambda n: bar.step(n=n)
            )
        except ServiceError as exc:
            raise CommandError(f"{path.name}: {exc.message}") from None
        bar.step(n=len(records) - bar.done)  # the unchanged and repeated ones
        counts.problems = problems + counts.problems
        seconds = time.perf_counter() - started
        self.stdout.write(self.style.SUCCESS(self._line(path.name, counts, seconds)))
        self._problems(counts)
        return counts

    def _line(self, name: str, c: ImportCounts, seconds: float | None = None) -> str:
        took = f" ({seconds:.1f} s)" if seconds is not None else ""
        repeated = f", {c.repeated} repeated in the file (the last one kept)" if c.repeated else ""
        return (
            f"{name}: {c.created} new, {c.updated} updated, {c.unchanged} unchanged"
            f"{repeated}, {len(c.problems)} bad{took}."
        )

    def _problems(self, counts: ImportCounts) -> None:
        for problem in counts.problems[:SHOWN_PROBLEMS]:
            self.stdout.write(self.style.ERROR(f"  bad {problem}"))
        if len(counts.problems) > SHOWN_PROBLEMS:
            self.stdout.write(
                self.style.ERROR(
                    f"  … and {len(counts.problems) - SHOWN_PROBLEMS} more bad record(s)."
                )
            )
