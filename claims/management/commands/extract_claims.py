"""manage.py extract_claims: claims from text files into scorer-schema JSON, without the database."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from claims.management.progress import Progress


class Command(BaseCommand):
    # Pure text in, JSON out: no database, URLs or models involved, so the
    # project-wide checks are not needed (and must not block a batch run).
    requires_system_checks = []
    help = "Extract claims from UTF-8 text files (or '-' for standard input) into JSON files."

    def add_arguments(self, parser):
        parser.add_argument(
            "files",
            nargs="+",
            help="text files; '-' reads standard input and writes JSON to standard output",
        )
        parser.add_argument(
            "--out", default=".", help="directory for <file stem>.json (default: current directory)"
        )
        parser.add_argument("--batch-size", type=int, default=16)
        parser.add_argument(
            "--model",
            default=None,
            help="spaCy pipeline name (default: FACTCHECK_SPACY_MODEL or en_core_web_sm)",
        )

    def handle(self, *args, files, out, batch_size, model, **options):
        from claims.extraction import (
            EXTRACTOR_VERSION,
            PipelineUnavailable,
            extract_many,
            load_pipeline,
        )

        try:
            load_pipeline(model)
        except PipelineUnavailable as exc:
            raise CommandError(str(exc)) from exc

        failures = 0
        inputs = []  # (name, text, destination or None for stdout)
        out_dir = Path(out)
        for f in files:
            if f == "-":
                data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read()
                try:
                    text = data.decode("utf-8") if isinstance(data, bytes) else data
                except UnicodeDecodeError as exc:
                    self.stderr.write(
                        f"error: <stdin> is not valid UTF-8 ({exc.reason} at byte {exc.start})"
                    )
                    failures += 1
                    continue
                inputs.append(("stdin", text, None))
                continue
            path = Path(f)
            try:
                text = path.read_bytes().decode("utf-8")
            except UnicodeDecodeError as exc:
                self.stderr.write(
                    f"error: {f}: not valid UTF-8 ({exc.reason} at byte {exc.start}); skipped"
                )
                failures += 1
                continue
            except OSError as exc:
                self.stderr.write(f"error: {f}: cannot read ({exc.strerror or exc}); skipped")
                failures += 1
                continue
            inputs.append((path.name, text, out_dir / f"{path.stem}.json"))

        if any(dest is not None for _, _, dest in inputs):
            try:
                out_dir.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise CommandError(f"cannot create output directory {out_dir}: {exc}") from exc

        progress = Progress(
            len(inputs), sys.stderr, enabled=len(inputs) >= 5 and sys.stderr.isatty()
        )
        results = extract_many((t for _, t, _ in inputs), batch_size=batch_size, model=model)
        for (name, _, dest), claims in zip(inputs, results, strict=True):
            payload = {
                "article": name,
                "extractor": EXTRACTOR_VERSION,
                "speakers": [p.as_dict() for p in getattr(claims, "speakers", [])],
                "claims": [c.as_dict() for c in claims],
            }
            body = json.dumps(payload, ensure_ascii=False, indent=1)
            if dest is None:
                self.stdout.write(body)
            else:
                try:
                    dest.write_text(body + "\n", encoding="utf-8")
                except OSError as exc:
                    self.stderr.write(f"error: cannot write {dest}: {exc}")
                    failures += 1
            progress.step(name)
        if failures:
            raise CommandError(f"{failures} input(s) failed", returncode=1)
