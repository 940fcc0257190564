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

--repeat rounds (default 3) run the three measurements interleaved (bare,
extract, import, bare, ...) so a busy neighbour slows all of them alike; the
table gives the best words/s of each and the best ratio, with the spread of
the per-round import/bare ratios beside it.

Worker start-up: with n_process > 1 all three sides start their spaCy worker
processes inside the timed region (import_articles starts them in
extract_many), so each pays the same start-up once per run; it is measured
on its own (nlp.pipe over one short text) and shown in its own column.
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


def startup_s(nlp, procs: int) -> float:
    """Time to start and stop `procs` spaCy workers (nlp.pipe over one short text)."""
    t0 = time.perf_counter()
    list(nlp.pipe(["A short text."], n_process=procs))
    return time.perf_counter() - t0


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--words", type=int, default=40_000)
    ap.add_argument("--batch-size", type=int, default=32, help="as import_articles' default")
    ap.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    ap.add_argument(
        "--repeat",
        type=int,
        default=3,
        help="interleaved rounds; best of each is shown (default 3)",
    )
    args = ap.parse_args(argv)

    os.environ.setdefault("LOG_LEVEL", "WARNING")  # no per-article INFO line in the table output
    setup_django()
    from django.core.management import call_command

    from claims import extraction
    from claims.models import Article, Claim

    nlp = extraction.load_pipeline()
    list(nlp.pipe([t for _, t in corpus_texts()[:3]]))  # warm up
    list(extraction.extract_many([corpus_texts()[0][1]]))
    print(
        f"# import_throughput: pipeline {extraction.EXTRACTOR_VERSION}, "
        f"batch_size {args.batch_size}, target {args.words:,} words, {args.repeat} round(s)"
    )

    def bare(texts, procs):
        t0 = time.perf_counter()
        for _ in nlp.pipe((t for _, t in texts), batch_size=args.batch_size, n_process=procs):
            pass
        return time.perf_counter() - t0, None

    def extract(texts, procs):
        t0 = time.perf_counter()
        n = sum(
            len(r)
            for r in extraction.extract_many(
                (t for _, t in texts), batch_size=args.batch_size, n_process=procs
            )
        )
        return time.perf_counter() - t0, n

    def import_(texts, procs):
        with tempfile.TemporaryDirectory(prefix="fc-import-") as tmp:
            for name, text in texts:
                (Path(tmp) / f"{name}.txt").write_text(text, encoding="utf-8")
            before_a, before_c = Article.objects.count(), Claim.objects.count()
            out = io.StringIO()
            t0 = time.perf_counter()
            call_command(
                "import_articles",
                tmp,
                "--batch-size",
                str(args.batch_size),
                "--processes",
                str(procs),
                stdout=out,
                stderr=io.StringIO(),
            )
            seconds = time.perf_counter() - t0
            made_a = Article.objects.count() - before_a
        if made_a != len(texts):
            print(
                f"WARNING: import created {made_a} of {len(texts)} articles: "
                f"{out.getvalue().strip()}"
            )
        return seconds, Claim.objects.count() - before_c

    rows = []
    for procs in args.processes:
        wps = {"bare": [], "ext": [], "imp": []}
        counts = {}
        starts = [startup_s(nlp, procs) for _ in range(3)] if procs > 1 else [0.0]
        for round_ in range(args.repeat):
            for side, fn in (("bare", bare), ("ext", extract), ("imp", import_)):
                # Each measurement gets its own copies (same sizes), so no article is a duplicate.
                texts = make_texts(args.words, f"{side}-{procs}p-{round_}-{time.time_ns()}")
                seconds, count = fn(texts, procs)
                wps[side].append(n_words(texts) / seconds)
                counts[side], counts["articles"], counts["words"] = (
                    count,
                    len(texts),
                    n_words(texts),
                )
        ratios = [i / b for i, b in zip(wps["imp"], wps["bare"], strict=True)]
        best = {side: max(v) for side, v in wps.items()}
        rows.append(
            [
                procs,
                counts["articles"],
                counts["words"],
                min(starts),
                best["bare"],
                best["ext"],
                best["imp"],
                counts["ext"],
                counts["imp"],
                best["ext"] / best["bare"],
                best["imp"] / best["bare"],
                f"{min(ratios):.2f}-{max(ratios):.2f}",
                goal(best["imp"] / best["bare"] >= GOAL_RATIO),
            ]
        )
    print_table(
        [
            "n_process",
            "articles",
            "words",
            "worker start s",
            "bare pipe w/s",
            "extract_many w/s",
            "import w/s",
            "records",
            "claims saved",
            "extract/bare",
            "import/bare",
            "per round",
            f"import/bare>={GOAL_RATIO}",
        ],
        rows,
        title="import throughput (best words per second of the rounds; ratios against "
        "the bare pipe measured in this run)",
    )


if __name__ == "__main__":
    main()
