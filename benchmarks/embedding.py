"""Embedding throughput against the bare spaCy pipeline, and the vector
backfill (`manage.py embed_claims`) drained by 2 worker processes against 1.

    PYTHON=.venv/bin/python scripts/with-postgres .venv/bin/python benchmarks/embedding.py \
        [--claims 2000] [--repeat 2]

1. Extraction (extract_many over the public-domain corpus) vs embedding the
   claims it found, each on one thread: claims/s and the cost of embeddings
   on an import (extract + embed vs extract alone).
2. N synthetic claims (texts of the corpus's own claims, varied), vectors
   queued; `embed_claims` in 1 process, then the queue reset and 2 processes
   at once: wall time each, speed-up, and that every claim was embedded
   exactly once (the processes' counts add up to N, no row left).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time

from _common import CORPUS_DIR, ROOT, goal, print_table, setup_django


def extraction_vs_embedding(repeat: int) -> None:
    from claims.extraction import extract_many, load_pipeline
    from claims.matching import embed

    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS_DIR.glob("*.txt"))]
    load_pipeline()
    embed(["warm up"])
    best_x = best_e = float("inf")
    claims: list[str] = []
    for _ in range(repeat):
        t = time.perf_counter()
        claims = [r.text for records in extract_many(texts) for r in records]
        best_x = min(best_x, time.perf_counter() - t)
        t = time.perf_counter()
        embed(claims)
        best_e = min(best_e, time.perf_counter() - t)
    n = len(claims)
    rows = [
        ["extract_many (bare pipeline + rules)", f"{n / best_x:.1f}", f"{best_x:.2f}"],
        ["embed (int8 MiniLM, 1 thread)", f"{n / best_e:.1f}", f"{best_e:.2f}"],
        ["extract + embed", f"{n / (best_x + best_e):.1f}", f"{best_x + best_e:.2f}"],
    ]
    print_table(
        ["step", "claims/s", "seconds"],
        rows,
        title=f"{len(texts)} articles, {n} claims, best of {repeat}",
    )
    print(f"import with embeddings / without: {best_x / (best_x + best_e):.2f} of the speed")


def make_claims(n: int) -> None:
    from claims.extraction import extract_many
    from claims.models import Article, Claim, ClaimVector

    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS_DIR.glob("*.txt"))]
    sentences = [r.text for records in extract_many(texts) for r in records]
    ClaimVector.objects.all().delete()
    Claim.all_objects.all().delete()
    Article.objects.filter(title__startswith="bench-embedding").delete()
    article = Article.objects.create(title="bench-embedding", body="x" * 10)
    Claim.objects.bulk_create(
        [
            Claim(
                article=article,
                text=f"{sentences[i % len(sentences)]} ({i // len(sentences)})",
                start=0,
                end=1,
                position=i,
            )
            for i in range(n)
        ],
        batch_size=2000,
    )


def drain(workers: int) -> tuple[float, int, float]:
    """Queue every claim, then run `workers` embed_claims processes at once:
    wall seconds, claims embedded, CPU seconds the processes used."""
    import resource

    from claims.models import ClaimVector
    from claims.services.vectors import claim_vectors_queue

    ClaimVector.objects.all().delete()
    claim_vectors_queue()
    env = {**os.environ, "FACTCHECK_EMBED_THREADS": "1"}
    cmd = [sys.executable, str(ROOT / "manage.py"), "embed_claims", "--no-queue"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    procs = [
        subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, text=True) for _ in range(workers)
    ]
    outputs = [p.communicate()[0] for p in procs]
    seconds = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    embedded = sum(int(o.split("embedded ")[1].split()[0]) for o in outputs)
    return seconds, embedded, cpu


def backfill(n: int) -> None:
    from claims.models import ClaimVector

    make_claims(n)
    one, done_one, cpu_one = drain(1)
    two, done_two, cpu_two = drain(2)
    left = ClaimVector.objects.filter(vector__isnull=True).count()
    rows = [
        ["1 process", f"{one:.1f}", f"{n / one:.1f}", f"{n / cpu_one:.1f}", done_one],
        ["2 processes", f"{two:.1f}", f"{n / two:.1f}", f"{n / cpu_two:.1f}", done_two],
    ]
    print_table(
        ["workers", "seconds", "claims/s", "claims/CPU-s", "embedded (sum)"],
        rows,
        title=f"backfill of {n} claims (each process: model load included)",
    )
    print(
        f"speed-up 2 vs 1: {one / two:.2f}x {goal(one / two >= 1.7)} (goal >= 1.7); "
        f"embedded exactly once: {done_one == n and done_two == n and left == 0}"
    )
    print(
        f"CPU the processes got: {cpu_one / one:.2f} cores (1 process), {cpu_two / two:.2f} "
        "cores (2): on a shared machine the speed-up is bounded by the cores other work leaves"
    )


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--claims", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args(argv)
    os.environ.setdefault("FACTCHECK_EMBED_THREADS", "1")
    setup_django()
    extraction_vs_embedding(args.repeat)
    backfill(args.claims)


if __name__ == "__main__":
    main()
