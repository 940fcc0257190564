"""Server time and query count of the article workspace page.

    scripts/with-postgres .venv/bin/python benchmarks/workspace.py [--requests 200]

Creates an article with 300 claims and 900 evidence rows (3 per claim, plus
one link per claim) and one with 30 claims, logs a Reviewer in with Django's
test Client, and times GET reverse("article_detail", args=[id]) in-process
(URL routing, middleware, view, template; no network): p50/p95/p99, goal
p95 <= 60 ms for 300 claims. Also the query count for 30 vs 300 claims
(CaptureQueriesContext) and, for information, the workspace with a claim's
panel open (claim_detail).

    --profile 20   instead of timing, run 20 requests of each page under
                   cProfile and print the top functions (own time, cumulative)
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import (  # noqa: E402
    goal,
    make_article,
    print_table,
    reviewer_user,
    setup_django,
    summary_ms,
)

GOAL_MS = 60.0


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--requests", type=int, default=200)
    ap.add_argument("--claims", type=int, default=300)
    ap.add_argument(
        "--profile",
        type=int,
        default=0,
        metavar="N",
        help="profile N requests of each page with cProfile instead of timing",
    )
    ap.add_argument("--top", type=int, default=25, help="rows of each --profile listing")
    args = ap.parse_args(argv)

    setup_django()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.urls import NoReverseMatch, reverse

    try:
        reverse("article_detail", args=[1])
    except NoReverseMatch:
        sys.exit("The article_detail URL does not exist yet (the workspace view has not landed).")

    user = reviewer_user("bench_workspace")
    stamp = str(int(time.time() * 1000))
    large = make_article(args.claims, evidence_per_claim=3, tag=f"ws-large-{stamp}", by=user)
    small = make_article(30, evidence_per_claim=3, tag=f"ws-small-{stamp}", by=user)
    from claims.models import Claim, Evidence

    n_ev = Evidence.objects.filter(claim__article=large).count()
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(user)

    def get(url):
        r = client.get(url)
        if r.status_code != 200:
            sys.exit(f"GET {url} answered {r.status_code}")
        return r

    def timed(url, n):
        for _ in range(3):
            get(url)
        samples = []
        for _ in range(n):
            t0 = time.perf_counter()
            get(url)
            samples.append(time.perf_counter() - t0)
        return summary_ms(samples)

    def queries(url):
        with CaptureQueriesContext(connection) as ctx:
            r = get(url)
        return [q["sql"] for q in ctx.captured_queries], len(r.content)

    mid = Claim.objects.filter(article=large).order_by("position")[args.claims // 2]
    pages = [
        (
            f"workspace, {args.claims} claims / {n_ev} evidence",
            reverse("article_detail", args=[large.pk]),
        ),
        ("workspace, 30 claims / 90 evidence", reverse("article_detail", args=[small.pk])),
        (
            f"workspace + claim panel open, {args.claims} claims",
            reverse("claim_detail", args=[large.pk, mid.pk]),
        ),
    ]
    if args.profile:
        profile(pages, get, args.profile, args.top)
        return
    rows, query_lists = [], {}
    for label, url in pages:
        qs, size = queries(url)
        query_lists[label] = qs
        s = timed(url, args.requests)
        rows.append(
            [
                label,
                s["n"],
                s["p50"],
                s["p95"],
                s["p99"],
                len(qs),
                f"{size / 1024:.0f} KiB",
                goal(s["p95"] <= GOAL_MS),
            ]
        )
    print_table(
        [
            "page",
            "requests",
            "p50 ms",
            "p95 ms",
            "p99 ms",
            "queries",
            "HTML",
            f"p95<={GOAL_MS:.0f}",
        ],
        rows,
        title="workspace (Django test Client, in-process, logged-in Reviewer)",
    )
    n_large, n_small = len(query_lists[pages[0][0]]), len(query_lists[pages[1][0]])
    print(
        f"\nquery count: 30 claims -> {n_small}, {args.claims} claims -> {n_large}: "
        f"{'constant' if n_small == n_large else 'GROWS with the claims'}"
    )
    for label, qs in query_lists.items():
        rep = [(n, sql) for sql, n in Counter(qs).most_common() if n > 1]
        if rep:
            print(f"repeated queries in '{label}':")
            for n, sql in rep:
                print(f"  {n}x {sql[:200]}")
    print(f"\nqueries of '{pages[0][0]}':")
    for sql in query_lists[pages[0][0]]:
        print(f"  - {sql[:160]}")


def profile(pages, get, n: int, top: int) -> None:
    """cProfile n requests of each page (after a warm-up); print where the time goes."""
    import cProfile
    import pstats

    for label, url in pages:
        for _ in range(3):
            get(url)
        prof = cProfile.Profile()
        prof.enable()
        for _ in range(n):
            get(url)
        prof.disable()
        stats = pstats.Stats(prof)
        print(
            f"\n## {label}: {n} requests, {stats.total_tt / n * 1000:.1f} ms each under the profiler"
        )
        for key in ("tottime", "cumulative"):
            print(f"\n-- by {key}")
            stats.sort_stats(key).print_stats(top)


if __name__ == "__main__":
    main()
