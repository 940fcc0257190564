"""Server time and query count of the article workspace page.

    scripts/with-postgres .venv/bin/python benchmarks/workspace.py [--requests 200]

Creates an article with 300 claims and 900 evidence rows (3 per claim, plus
one link per claim) and one with 30 claims, logs a Reviewer in with Django's
test Client, and times GET reverse("article_detail", args=[id]) in-process
(URL routing, middleware, view, template; no network), in a process settled
as the WSGI server's are (factcheck.warmup.settle): p50/p95/p99, goal
p95 <= 60 ms for 300 claims. Also the query count for 30 vs 300 claims
(CaptureQueriesContext) and, for information, the workspace with a claim's
panel open (claim_detail).

The panel case (goal p95 <= 60 ms at 1M claims, on generate_claims.py's
database): --panel-claims random live claims of the database, each opened once
as the browser does it — the panel fragment (htmx, with its link
suggestions) and then its "Previously fact-checked" fragment — timed
together; the query count of one opening.

    --profile 20   instead of timing, run 20 requests of each page under
                   cProfile and print the top functions (own time, cumulative),
                   and 20 panel openings under pyinstrument (cProfile without it)
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
    ap.add_argument(
        "--panel-claims",
        type=int,
        default=200,
        help="claims of the database (generate_claims.py's) opened in the panel case",
    )
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
    panel_ids = panel_sample(args.panel_claims)
    # What factcheck/wsgi.py does in every server process before its first
    # request: URLconf and templates loaded, the start-up heap frozen for the GC.
    from factcheck.warmup import settle

    settle()
    if args.profile:
        profile(pages, get, args.profile, args.top)
        profile_panel(client, panel_ids[: args.profile])
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
    if panel_ids:
        s, n_queries, panel, factchecks = time_panel(client, panel_ids)
        # The panel shows as soon as its own fragment arrives; the fact-checks section
        # loads after it (hx-trigger=load): each on its own, then both together.
        for label, part in (
            ("claim panel fragment", panel),
            ("its fact-checks section", factchecks),
        ):
            rows.append(
                [
                    f"{label} (htmx), {len(panel_ids)} claims of the DB",
                    part["n"],
                    part["p50"],
                    part["p95"],
                    part["p99"],
                    "-",
                    "-",
                    goal(part["p95"] <= GOAL_MS),
                ]
            )
        rows.append(
            [
                f"claim panel + fact-checks (htmx), {len(panel_ids)} claims of the DB",
                s["n"],
                s["p50"],
                s["p95"],
                s["p99"],
                n_queries,
                "-",
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


def panel_sample(n: int) -> list[tuple[int, int]]:
    """(article id, claim id) of n random live claims of the database, the
    large generated one included: what a reviewer opens in the panel."""
    from django.db import connection

    if n <= 0:
        return []
    with connection.cursor() as cur:
        cur.execute("SELECT max(id) FROM claims_claim")
        top = cur.fetchone()[0] or 0
        cur.execute(
            "SELECT article_id, id FROM claims_claim WHERE deleted_at IS NULL AND id IN "
            "(SELECT (random() * %s)::int + 1 FROM generate_series(1, %s)) "
            "AND kind NOT IN ('opinion', 'commitment')",
            [top, n * 2],
        )
        return cur.fetchall()[:n]


def panel_requests(client, article_id: int, claim_id: int) -> None:
    """What opening a claim does in the browser: the panel fragment, then its
    "Previously fact-checked" section (hx-trigger=load)."""
    from django.urls import reverse

    t0 = time.perf_counter()
    r = client.get(
        reverse("claim_detail", args=[article_id, claim_id]),
        HTTP_HX_REQUEST="true",
        HTTP_HX_TARGET="panel",
    )
    if r.status_code != 200:
        sys.exit(f"panel of claim {claim_id} answered {r.status_code}")
    t1 = time.perf_counter()
    r = client.get(reverse("claim_factchecks", args=[claim_id]), HTTP_HX_REQUEST="true")
    if r.status_code != 200:
        sys.exit(f"fact-checks of claim {claim_id} answered {r.status_code}")
    return t1 - t0, time.perf_counter() - t1


def time_panel(client, ids) -> tuple[dict, int, dict, dict]:
    """p50/p95/p99 of opening each claim once (panel + fact-checks), the query
    count of the first (counted by an execute wrapper: Django clears its
    query log at every request start)."""
    from django.db import connection

    for a, c in ids[:3]:
        panel_requests(client, a, c)
    executed = []
    with connection.execute_wrapper(
        lambda run, sql, *rest: executed.append(sql) or run(sql, *rest)
    ):
        panel_requests(client, *ids[0])
    panel, factchecks = [], []
    for a, c in ids:
        p, f = panel_requests(client, a, c)
        panel.append(p)
        factchecks.append(f)
    both = [p + f for p, f in zip(panel, factchecks, strict=True)]
    return summary_ms(both), len(executed), summary_ms(panel), summary_ms(factchecks)


def profile_panel(client, ids) -> None:
    """pyinstrument (if installed) or cProfile over opening these claims' panels."""
    if not ids:
        return
    for a, c in ids[:3]:
        panel_requests(client, a, c)
    try:
        from pyinstrument import Profiler
    except ImportError:
        Profiler = None
    if Profiler is not None:
        prof = Profiler(interval=0.0005)
        prof.start()
        for a, c in ids:
            panel_requests(client, a, c)
        prof.stop()
        print(f"\n## claim panel + fact-checks, {len(ids)} claims (pyinstrument)")
        print(prof.output_text(unicode=False, color=False, show_all=False))
        return
    import cProfile
    import pstats

    prof = cProfile.Profile()
    prof.enable()
    for a, c in ids:
        panel_requests(client, a, c)
    prof.disable()
    print(f"\n## claim panel + fact-checks, {len(ids)} claims (cProfile)")
    pstats.Stats(prof).sort_stats("cumulative").print_stats(30)


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
