"""What each request of the soak costs the server, one at a time: CPU, queries
and database time per request type, figures that do not depend on what else
the machine is doing (the soak's requests/s and latencies do).

    scripts/with-postgres .venv/bin/python benchmarks/request_cost.py [--cycles 100]
    DATABASE_URL=postgres://...1M... .venv/bin/python benchmarks/request_cost.py

Makes (or reuses) --articles articles as soak.py makes them (30 claims, one
piece of evidence and one link each, claims embedded), settles the process
as factcheck/wsgi.py does, logs a Reviewer in with Django's test Client (CSRF
checks enforced, as in the browser) and runs --cycles of the soak's reviewer
loop in-process: the workspace page, a claim's panel (htmx), and a status
POST (htmx) with the version the panel showed. Per request type: CPU ms of
the Django process (thread time: URL routing, middleware, view, template,
psycopg; not PostgreSQL's own), wall ms, queries and their wall ms (an
execute wrapper), answer size.

    --profile N   cProfile N cycles and print, per request type, the top
                  functions by cumulative and by own time
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import make_article, print_table, reviewer_user, setup_django, summary_ms  # noqa: E402

PASSWORD = "cost-password-not-secret"
STATUSES = ["unreviewed", "in_review", "unverified", "disputed"]
_VERSION = re.compile(rb'name="status-version" value="(\d+)"')
_CSRF_INPUT = re.compile(rb'name="csrfmiddlewaretoken" value="([^"]+)"')


def soak_articles(n: int) -> list[tuple[int, list[int]]]:
    """n articles as soak.py makes them, made once and reused by title."""
    from claims.models import Article, Claim
    from claims.services.vectors import claim_vectors_drain, claim_vectors_queue

    out = []
    for i in range(n):
        tag = f"request-cost-{i}"
        a = Article.objects.filter(title__startswith=f"Benchmark article {tag} ").first()
        if a is None:
            a = make_article(30, evidence_per_claim=1, tag=tag)
            claim_vectors_queue(article_id=a.pk)
            claim_vectors_drain(article_id=a.pk)
        out.append((a.pk, list(Claim.objects.filter(article=a).values_list("pk", flat=True))))
    return out


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cycles", type=int, default=100)
    ap.add_argument("--articles", type=int, default=4)
    ap.add_argument("--profile", type=int, default=0, metavar="N")
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument(
        "--queries", action="store_true", help="list one request's queries per type, with ms"
    )
    args = ap.parse_args(argv)

    # One pooled connection, so that PostgreSQL's CPU per request is its one backend's.
    os.environ["FACTCHECK_DB_POOL_MIN"] = os.environ["FACTCHECK_DB_POOL_MAX"] = "1"
    setup_django()
    from django.db import connection
    from django.test import Client

    from factcheck.warmup import settle

    articles = soak_articles(args.articles)
    user = reviewer_user("request_cost_reviewer", PASSWORD)
    settle()

    client = Client(HTTP_HOST="127.0.0.1", enforce_csrf_checks=True)
    stats = defaultdict(lambda: defaultdict(list))
    db = {"n": 0, "s": 0.0, "log": []}
    logs = {}

    def wrapper(execute, sql, params, many, context):
        t0 = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            dt = time.perf_counter() - t0
            db["n"] += 1
            db["s"] += dt
            db["log"].append((dt, sql))

    with connection.cursor() as cur:
        cur.execute("SELECT pg_backend_pid()")
        backend = cur.fetchone()[0]
    connection.close()  # back to the pool of one

    def pg_cpu() -> float:
        """CPU seconds of the pool's one PostgreSQL backend (clock ticks: averages only)."""
        try:
            fields = Path(f"/proc/{backend}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return float("nan")
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def call(kind, method, path, **kw):
        db["n"], db["s"], db["log"] = 0, 0.0, []
        p0, c0, w0 = pg_cpu(), time.thread_time(), time.perf_counter()
        r = getattr(client, method)(path, **kw)
        cpu, wall = time.thread_time() - c0, time.perf_counter() - w0
        stats[kind]["pg"].append(pg_cpu() - p0)
        s = stats[kind]
        s["cpu"].append(cpu)
        s["wall"].append(wall)
        s["queries"].append(db["n"])
        s["db"].append(db["s"])
        s["bytes"].append(len(r.content))
        s["code"].append(r.status_code)
        logs[kind] = db["log"]
        return r

    htmx = {"HTTP_HX_REQUEST": "true", "HTTP_HX_TARGET": "panel"}
    stamp = time.time_ns()

    def cycle(i, rng):
        article_id, claim_ids = articles[i % len(articles)]
        call("workspace", "get", f"/articles/{article_id}/")
        claim_id = rng.choice(claim_ids)
        r = call("claim panel", "get", f"/articles/{article_id}/claims/{claim_id}/", **htmx)
        version = int(_VERSION.search(r.content).group(1))
        call(
            "status POST",
            "post",
            f"/claims/{claim_id}/status/",
            data={
                "status-version": version,
                "status-status": STATUSES[i % len(STATUSES)],
                "status-rationale": f"request cost {stamp} #{i}",
                "csrfmiddlewaretoken": client.cookies["csrftoken"].value,
            },
            HTTP_REFERER=f"http://127.0.0.1/articles/{article_id}/claims/{claim_id}/",
            **htmx,
        )

    import random

    with connection.execute_wrapper(wrapper):
        for _ in range(3):
            r = call("login page", "get", "/accounts/login/")
            token = _CSRF_INPUT.search(r.content).group(1).decode()
            r = call(
                "login",
                "post",
                "/accounts/login/",
                data={
                    "username": user.username,
                    "password": PASSWORD,
                    "csrfmiddlewaretoken": token,
                },
            )
            if r.status_code != 302:
                sys.exit(f"login answered {r.status_code}")
        rng = random.Random(1)
        for i in range(5):  # warm-up
            cycle(i, rng)
        if args.profile:
            profile(cycle, rng, args.profile, args.top, call, stats)
            return
        stats.pop("workspace"), stats.pop("claim panel"), stats.pop("status POST")
        for i in range(args.cycles):
            cycle(i, rng)
    if args.queries:
        for kind, log in logs.items():
            print(
                f"\n## queries of one {kind} ({len(log)}, {sum(t for t, _ in log) * 1000:.1f} ms)"
            )
            for t, sql in log:
                print(f"  {t * 1000:6.2f} ms  {' '.join(sql.split())[:300]}")

    rows = []
    for kind in ("login page", "login", "workspace", "claim panel", "status POST"):
        s = stats[kind]
        cpu, wall = summary_ms(s["cpu"]), summary_ms(s["wall"])
        rows.append(
            [
                kind,
                len(s["cpu"]),
                cpu["mean"],
                cpu["p50"],
                cpu["p95"],
                wall["p50"],
                wall["p95"],
                sum(s["queries"]) / len(s["queries"]),
                max(s["queries"]),
                sum(s["db"]) / len(s["db"]) * 1000,
                sum(s["pg"]) / len(s["pg"]) * 1000,
                f"{sum(s['bytes']) / len(s['bytes']) / 1024:.1f}",
                ",".join(sorted({str(c) for c in s["code"]})),
            ]
        )
    print_table(
        [
            "request",
            "n",
            "CPU mean ms",
            "CPU p50",
            "CPU p95",
            "wall p50",
            "wall p95",
            "queries",
            "max q",
            "DB ms",
            "PG CPU ms",
            "KiB",
            "codes",
        ],
        rows,
        title=f"cost per request (in-process, one at a time; {len(articles)} soak articles)",
    )
    loop = ("workspace", "claim panel", "status POST")
    cpu = sum(summary_ms(stats[k]["cpu"])["mean"] for k in loop)
    dbt = sum(sum(stats[k]["db"]) / len(stats[k]["db"]) * 1000 for k in loop)
    pg = sum(sum(stats[k]["pg"]) / len(stats[k]["pg"]) * 1000 for k in loop)
    print(
        f"\none reviewer cycle (workspace + panel + status POST): {cpu:.1f} ms CPU in Django, "
        f"{pg:.1f} ms CPU in PostgreSQL ({dbt:.1f} ms waiting on it); 2 cores / 3 requests -> "
        f"at most {2000 / (cpu + pg) * 3:.0f} requests/s on the server's CPU alone"
    )


def profile(cycle, rng, n, top, call, stats) -> None:
    """cProfile n cycles, one profile per request type (a profiler per call)."""
    import cProfile
    import io
    import pstats

    # CPU time (thread time), not wall: waiting on PostgreSQL is not what this profiles.
    profs = defaultdict(lambda: cProfile.Profile(time.thread_time))
    from django.test import Client

    orig = {m: getattr(Client, m) for m in ("get", "post")}

    def wrap(method):
        def run(self, path, *a, **kw):
            kind = (
                "status POST"
                if method == "post"
                else ("claim panel" if "/claims/" in path else "workspace")
            )
            p = profs[kind]
            p.enable()
            try:
                return orig[method](self, path, *a, **kw)
            finally:
                p.disable()

        return run

    for m in orig:
        setattr(Client, m, wrap(m))
    try:
        for i in range(n):
            cycle(i, rng)
    finally:
        for m, f in orig.items():
            setattr(Client, m, f)
    for kind, p in profs.items():
        for key in ("cumulative", "tottime"):
            out = io.StringIO()
            st = pstats.Stats(p, stream=out)
            print(f"\n## {kind}: {n} requests, by {key}, {st.total_tt / n * 1000:.1f} ms each")
            st.sort_stats(key).print_stats(top)
            print(out.getvalue())


if __name__ == "__main__":
    main()
