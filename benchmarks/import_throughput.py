"""Bulk import throughput against the bare spaCy pipeline, in one run.

    scripts/with-postgres .venv/bin/python benchmarks/import_throughput.py [--words 40000]

The public-domain corpus (plus the demo article) is repeated, each copy with
a different suffix so content hashes differ, to about --words words. For
n_process = 1 and 2 it measures, over texts of the same size:

  bare nlp.pipe      for doc in nlp.pipe(texts, batch_size, n_process): pass
  extract_many       the extractor (nlp.pipe + claim rules), no database
  import_articles    `manage.py import_articles DIR --processes N`, in-process
                     (read files, create articles, extract in nlp.pipe batches,
                     apply claims through services.extraction_apply)

words/s each and import / bare-pipe ratio (goal >= 0.8). The pipeline is
loaded and warmed before any timing.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import corpus_texts, goal, print_table, setup_django  # noqa: E402

GOAL_RATIO = 0.8


def make_texts(target_words: int, tag: str) -> list[tuple[str, str]]:
    base = corpus_texts()
    out, words, i = [], 0, 0
    while words < target_words:
        name, text = base[i % len(base)]
        text = f"{text.rstrip()}\n\n(Benchmark copy {tag}-{i}.)\n"
        out.append((f"{i:04d}_{name}", text))
        words += len(text.split())
        i += 1
    return out


def n_words(texts) -> int:
    return sum(len(t.split()) for _, t in texts)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--words", type=int, default=40_000)
    ap.add_argument("--batch-size", type=int, default=32, help="as import_articles' default")
    ap.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    args = ap.parse_args(argv)

    os.environ.setdefault("LOG_LEVEL", "WARNING")  # no per-article INFO line in the table output
    setup_django()
    from django.core.management import call_command

    from claims import extraction
    from claims.models import Article, Claim

    nlp = extraction.load_pipeline()
    list(nlp.pipe([t for _, t in corpus_texts()[:3]]))  # warm up
    list(extraction.extract_many([corpus_texts()[0][1]]))
    print(f"# import_throughput: pipeline {extraction.EXTRACTOR_VERSION}, "
          f"batch_size {args.batch_size}, target {args.words:,} words")

    rows = []
    for procs in args.processes:
        stamp = f"{procs}p-{time.time_ns()}"
        # Each measurement gets its own copies (same sizes), so no article is a duplicate.
        bare_texts = make_texts(args.words, f"bare-{stamp}")
        ext_texts = make_texts(args.words, f"ext-{stamp}")
        imp_texts = make_texts(args.words, f"imp-{stamp}")

        t0 = time.perf_counter()
        for _ in nlp.pipe((t for _, t in bare_texts), batch_size=args.batch_size,
                          n_process=procs):
            pass
        bare_s = time.perf_counter() - t0

        t0 = time.perf_counter()
        n_records = sum(len(r) for r in extraction.extract_many(
            (t for _, t in ext_texts), batch_size=args.batch_size, n_process=procs))
        ext_s = time.perf_counter() - t0

        with tempfile.TemporaryDirectory(prefix="fc-import-") as tmp:
            for name, text in imp_texts:
                (Path(tmp) / f"{name}.txt").write_text(text, encoding="utf-8")
            before_a, before_c = Article.objects.count(), Claim.objects.count()
            out = io.StringIO()
            t0 = time.perf_counter()
            call_command("import_articles", tmp, "--batch-size", str(args.batch_size),
                         "--processes", str(procs), stdout=out, stderr=io.StringIO())
            imp_s = time.perf_counter() - t0
            made_a = Article.objects.count() - before_a
            made_c = Claim.objects.count() - before_c
        if made_a != len(imp_texts):
            print(f"WARNING: import created {made_a} of {len(imp_texts)} articles: "
                  f"{out.getvalue().strip()}")

        bw, ew, iw = n_words(bare_texts), n_words(ext_texts), n_words(imp_texts)
        bare_wps, ext_wps, imp_wps = bw / bare_s, ew / ext_s, iw / imp_s
        rows.append([procs, len(imp_texts), iw, bare_wps, ext_wps, imp_wps, n_records, made_c,
                     ext_wps / bare_wps, imp_wps / bare_wps, goal(imp_wps / bare_wps >= GOAL_RATIO)])
    print_table(["n_process", "articles", "words", "bare pipe w/s", "extract_many w/s",
                 "import w/s", "records", "claims saved", "extract/bare", "import/bare",
                 f"import/bare>={GOAL_RATIO}"], rows,
                title="import throughput (words per second; ratios against the bare pipe "
                      "measured in this run)")


if __name__ == "__main__":
    main()
