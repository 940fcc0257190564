"""Soak test: concurrent simulated reviewers against gunicorn, then a check
that no status change was lost.

    scripts/with-postgres .venv/bin/python benchmarks/soak.py [--users 50 --seconds 60]

The script makes its own data (articles of 30 claims, one piece of evidence
and one link each, their claims embedded as the after-extraction task would;
reviewers in the Reviewer group), starts
`gunicorn factcheck.wsgi -w 2 --threads 4 --reuse-port --preload` (README's
line: a worker per core of a 2-core machine, threads for the database waits,
a listening socket per worker; --workers/--threads/--no-preload) on a free loopback port
(DATABASE_URL from with-postgres, FACTCHECK_LOGIN_THROTTLE=0, DEBUG off,
ALLOWED_HOSTS=127.0.0.1) and runs --users threads, each a reviewer with its
own session (a lean client on http.client: one kept-alive connection and its
cookies, so that the load generator takes little of the cores the server
needs): log in (CSRF token from the login page), then repeatedly open
a workspace, open a claim's panel, read the claim's version and status from
the status form, and POST a different status (with a unique rationale) to
the UI's status endpoint with that version, the way the htmx form does.
A 409 is the expected answer to a lost race, not an error.

Bounded: --seconds of load (wall clock), --max-requests in total, a timeout
on every request; gunicorn is stopped by its process id at the end.

Prints requests/s, p50/p95/p99 per request type, answers by status code
(goal: zero 5xx), and the lost-update check: the number of ClaimEvents of
action "status" equals the number of 2xx status POSTs, and each claim's final
status, rationale and version equal its last successful write.
"""

from __future__ import annotations

import argparse
import http.client
import math
import os
import random
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import urlencode, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import (  # noqa: E402
    ROOT,
    make_article,
    print_table,
    reviewer_user,
    setup_django,
    summary_ms,
)

PASSWORD = "soak-password-not-secret"
STATUSES = [
    "unreviewed",
    "in_review",
    "confirmed",
    "contradicted",
    "disputed",
    "unverified",
    "not_checkable",
]
_CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
_VERSION = re.compile(r'name="status-version" value="(\d+)"')
_STATUS_SELECT = re.compile(r'<select name="status-status".*?</select>', re.S)
_SELECTED = re.compile(r'<option value="([a-z_]+)"[^>]*\bselected\b')


def _proc_cpu(pid: int) -> float:
    """utime + stime of a process, seconds (0 once it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _children(pid: int) -> list[int]:
    out = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            out += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            pass
    return out


class CpuSampler:
    """CPU seconds spent by the three parties on the 2 cores, sampled every
    `interval`: this process (the simulated reviewers), gunicorn (master and
    workers) and PostgreSQL (the backends whose application_name is `app`,
    i.e. gunicorn's connections; not the server's background processes)."""

    def __init__(self, gunicorn_pid: int, app: str, interval: float = 1.0):
        self.gunicorn_pid, self.app, self.interval = gunicorn_pid, app, interval
        self.samples = []  # (monotonic, client, gunicorn, postgres)
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)

    def backends(self) -> list[int]:
        from django.db import connection

        with connection.cursor() as cur:
            cur.execute("SELECT pid FROM pg_stat_activity WHERE application_name = %s", [self.app])
            return [r[0] for r in cur.fetchall()]

    def sample(self):
        pids = [self.gunicorn_pid, *_children(self.gunicorn_pid)]
        pg = self.backends()
        self.samples.append(
            (
                time.monotonic(),
                time.process_time(),
                {p: _proc_cpu(p) for p in pids},
                {p: _proc_cpu(p) for p in pg},
            )
        )

    def run(self):
        from django.db import connection

        try:
            while not self.stop.is_set():
                self.sample()
                self.stop.wait(self.interval)
            self.sample()
        finally:
            connection.close()

    def between(self, t0: float, t1: float):
        """(start, end, client, {gunicorn pid: CPU}, postgres CPU seconds) from
        the first sample at or after t0 to the last at or before t1; None
        without two."""
        inside = [s for s in self.samples if t0 <= s[0] <= t1]
        if len(inside) < 2:
            return None
        a, b = inside[0], inside[-1]
        server = {pid: cpu - a[2].get(pid, 0.0) for pid, cpu in b[2].items()}
        pg = sum(cpu - a[3].get(pid, 0.0) for pid, cpu in b[3].items())
        return a[0], b[0], b[1] - a[1], server, pg


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.latency = defaultdict(list)
        self.codes = Counter()  # (type, code)
        self.writes = []  # (claim_id, expected_version, status, rationale, code)
        self.requests = 0
        self.done = []  # (monotonic time finished, type, seconds)

    def add(self, kind, seconds, code):
        with self.lock:
            self.latency[kind].append(seconds)
            self.codes[(kind, code)] += 1
            self.requests += 1
            self.done.append((time.monotonic(), kind, seconds))


class Budget:
    def __init__(self, deadline: float, max_requests: int):
        self.deadline, self.left, self.lock = deadline, max_requests, threading.Lock()

    def take(self) -> bool:
        with self.lock:
            if self.left <= 0 or time.monotonic() >= self.deadline:
                return False
            self.left -= 1
            return True


class Answer:
    def __init__(self, status: int, content: bytes):
        self.status_code, self.content = status, content

    @property
    def text(self) -> str:
        return self.content.decode("utf-8", "replace")


class Browser:
    """What a reviewer's browser does, and no more: one HTTP/1.1 connection
    kept alive, the cookies the server sets (by name; one set with Max-Age=0
    is dropped), form bodies urlencoded, no redirects followed. The simulated
    reviewers share the 2 cores with the server they measure: requests (a
    cookie jar with its policy checks, adapters and hooks on every request)
    cost several times the CPU of http.client for the same exchange."""

    def __init__(self, base: str, timeout: float):
        url = urlsplit(base)
        self.conn = http.client.HTTPConnection(url.hostname, url.port, timeout=timeout)
        self.cookies: dict[str, str] = {}

    def request(self, method, path, data=None, headers=None) -> Answer:
        head = {}
        if self.cookies:
            head["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if data is not None:
            body = urlencode(data).encode()
            head["Content-Type"] = "application/x-www-form-urlencoded"
        head.update(headers or {})
        try:
            self.conn.request(method, path, body=body, headers=head)
            r = self.conn.getresponse()
            content = r.read()
        except Exception:
            self.conn.close()  # the next request opens a new connection
            raise
        for cookie in r.headers.get_all("Set-Cookie") or ():
            name, _, rest = cookie.partition("=")
            value, *attributes = rest.split(";")
            if any(a.strip().lower() == "max-age=0" for a in attributes):
                self.cookies.pop(name.strip(), None)
            else:
                self.cookies[name.strip()] = value
        if r.will_close:
            self.conn.close()
        return Answer(r.status, content)


def reviewer_loop(n, base, username, articles, stats, budget, think_s, timeout, errors):
    rng = random.Random(n)
    s = Browser(base, timeout)

    def call(kind, method, path, **kw):
        if not budget.take():
            raise StopIteration
        t0 = time.perf_counter()
        try:
            r = s.request(method, path, **kw)
        except (OSError, http.client.HTTPException) as exc:
            stats.add(kind, time.perf_counter() - t0, f"exception {exc.__class__.__name__}")
            raise
        stats.add(kind, time.perf_counter() - t0, r.status_code)
        if think_s and not kind.startswith("login"):
            time.sleep(rng.uniform(0, think_s))  # reading what came back before the next action
        return r

    try:
        r = call("login page", "GET", "/accounts/login/")
        token = _CSRF_INPUT.search(r.text).group(1)
        r = call(
            "login",
            "POST",
            "/accounts/login/",
            data={"username": username, "password": PASSWORD, "csrfmiddlewaretoken": token},
        )
        if r.status_code != 302:
            errors.append(f"{username}: login answered {r.status_code}")
            return
        i = 0
        while True:
            article_id, claim_ids = rng.choice(articles)
            call("workspace", "GET", f"/articles/{article_id}/")
            claim_id = rng.choice(claim_ids)
            r = call(
                "claim panel",
                "GET",
                f"/articles/{article_id}/claims/{claim_id}/",
                headers={"HX-Request": "true", "HX-Target": "panel"},
            )
            if r.status_code != 200:
                continue
            m = _VERSION.search(r.text)
            sel = _STATUS_SELECT.search(r.text)
            cur = _SELECTED.search(sel.group()) if sel else None
            if not m or not cur:
                errors.append(f"{username}: no status form in the panel of claim {claim_id}")
                return
            version, current = int(m.group(1)), cur.group(1)
            new = rng.choice([x for x in STATUSES if x != current])
            rationale = f"soak {username} #{i}"
            i += 1
            r = call(
                "status POST",
                "POST",
                f"/claims/{claim_id}/status/",
                data={
                    "status-version": version,
                    "status-status": new,
                    "status-rationale": rationale,
                    "csrfmiddlewaretoken": s.cookies.get("csrftoken", ""),
                },
                headers={
                    "HX-Request": "true",
                    "HX-Target": "panel",
                    "Referer": f"{base}/articles/{article_id}/claims/{claim_id}/",
                },
            )
            with stats.lock:
                stats.writes.append((claim_id, version, new, rationale, r.status_code))
    except StopIteration:
        return
    except Exception as exc:  # noqa: BLE001 - a reviewer thread must not die silently
        errors.append(f"{username}: {exc.__class__.__name__}: {exc}")


def server_args(args) -> list[str]:
    """gunicorn's app and settings as README's deployment line gives them
    (tests/test_deploy_settings.py holds the two together)."""
    return [
        "factcheck.wsgi",
        "-w",
        str(args.workers),
        "--threads",
        str(args.threads),
        # A listening socket per worker, the kernel sharing new connections among
        # them: on one shared socket the first worker up (or the least busy at the
        # moment) accepts them, and kept alive they stay with it.
        "--reuse-port",
        *(["--preload"] if args.preload else []),
    ]


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--users", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=60.0)
    ap.add_argument("--max-requests", type=int, default=50_000)
    ap.add_argument("--articles", type=int, default=20)
    ap.add_argument("--claims-per-article", type=int, default=30)
    ap.add_argument(
        "--think-ms",
        type=float,
        default=0.0,
        help="a reviewer's pause after each answer (workspace, panel, status) before the next "
        "action: uniform 0..think-ms, so 3000 is 1.5 s on average (0: back to back, the "
        "server's saturation)",
    )
    ap.add_argument("--timeout", type=float, default=30.0, help="per request, seconds")
    # On 2 cores shared with the clients and PostgreSQL, 4 workers x 4 threads gave the
    # same requests/s as 2 x 4 with a status POST p95 of 2.8 s instead of 1.5 s (the
    # processes only contend for the cores): a worker per core.
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--threads", type=int, default=4)
    ap.add_argument(
        "--preload",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="load the app in gunicorn's master before forking the workers (--no-preload: "
        "each worker loads it, and the first one up takes every connection)",
    )
    ap.add_argument(
        "--no-vectors",
        action="store_true",
        help="leave the articles' claims unembedded (the panel embeds a few per opening)",
    )
    return ap


def main(argv=None) -> None:
    args = parser().parse_args(argv)

    setup_django()

    from claims.models import Claim, ClaimEvent

    stamp = str(time.time_ns())
    # The same reviewers every run: a new 50 each time would grow every panel's
    # assignee menu (it lists all active users) from run to run.
    users = [reviewer_user(f"soak_reviewer_{i:02d}", PASSWORD).username for i in range(args.users)]
    articles = []
    for i in range(args.articles):
        a = make_article(args.claims_per_article, evidence_per_claim=1, tag=f"soak-{stamp}-{i}")
        articles.append((a.pk, list(Claim.objects.filter(article=a).values_list("pk", flat=True))))
    if not args.no_vectors:
        # What the after-extraction task does for a real article: its claims' vectors.
        from claims.services.vectors import claim_vectors_drain, claim_vectors_queue

        for article_id, _ in articles:
            claim_vectors_queue(article_id=article_id)
            claim_vectors_drain(article_id=article_id)
    claim_ids = [c for _, cs in articles for c in cs]
    initial = dict(Claim.objects.filter(pk__in=claim_ids).values_list("pk", "version"))
    events_before = ClaimEvent.objects.filter(action="status", claim_id__in=claim_ids).count()

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = dict(
        os.environ,
        FACTCHECK_LOGIN_THROTTLE="0",
        DEBUG="0",
        ALLOWED_HOSTS="127.0.0.1",
        LOG_LEVEL="WARNING",
        FACTCHECK_TASK_BACKEND="immediate",
        # names gunicorn's PostgreSQL connections, so that their CPU can be told apart
        PGAPPNAME=f"factcheck-soak-{port}",
    )
    gunicorn = Path(sys.executable).with_name("gunicorn")
    log_path = Path(os.environ.get("TMPDIR", "/tmp")) / f"factcheck-soak-gunicorn-{port}.log"
    log = open(log_path, "w")
    proc = subprocess.Popen(
        [
            str(gunicorn),
            *server_args(args),
            "-b",
            f"127.0.0.1:{port}",
            "--timeout",
            "60",
            "--graceful-timeout",
            "10",
            # Idle connections kept longer than a reviewer's pause, as a server facing
            # browsers keeps them: closed under a client reusing it (2 s, gunicorn's
            # default), a connection fails a POST that was never received.
            "--keep-alive",
            str(2 + math.ceil(args.think_ms / 1000)),
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        import requests

        t_wait = time.monotonic() + 60
        while True:
            try:
                if requests.get(base + "/accounts/login/", timeout=2).status_code == 200:
                    break
            except requests.RequestException:
                pass
            if proc.poll() is not None or time.monotonic() > t_wait:
                sys.exit(f"gunicorn did not come up; see {log_path}")
            time.sleep(0.3)

        sampler = CpuSampler(proc.pid, env["PGAPPNAME"])
        sampler.thread.start()
        stats, errors = Stats(), []
        budget = Budget(time.monotonic() + args.seconds, args.max_requests)
        threads = [
            threading.Thread(
                target=reviewer_loop,
                daemon=True,
                args=(
                    i,
                    base,
                    users[i],
                    articles,
                    stats,
                    budget,
                    args.think_ms / 1000,
                    args.timeout,
                    errors,
                ),
            )
            for i in range(args.users)
        ]
        t0 = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=args.seconds + args.timeout + 30)
        elapsed = time.perf_counter() - t0
        stuck = sum(t.is_alive() for t in threads)
        sampler.stop.set()
        sampler.thread.join(timeout=10)
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()

    # --- report ---------------------------------------------------------------
    print(
        f"# soak: {args.users} reviewers, {args.seconds:.0f} s cap, gunicorn -w {args.workers} "
        f"--threads {args.threads} --reuse-port{' --preload' if args.preload else ''}, "
        f"{len(articles)} articles x {args.claims_per_article} claims, "
        f"think {args.think_ms:.0f} ms"
    )
    print(
        f"{stats.requests:,} requests in {elapsed:.1f} s = {stats.requests / elapsed:,.0f} "
        f"requests/s{f'; {stuck} thread(s) still running' if stuck else ''}"
    )
    # After the last login: the reviewers' work alone (50 password hashes at the start
    # take seconds of CPU that no reviewer pays again).
    logins = [t for t, kind, _ in stats.done if kind.startswith("login")]
    if logins and len(logins) == 2 * args.users:
        start = max(logins)
        steady = [(t, kind, sec) for t, kind, sec in stats.done if t > start]
        span = max((t for t, _, _ in steady), default=start) - start
        if steady and span > 0:
            posts = [sec for _, kind, sec in steady if kind == "status POST"]
            p95 = summary_ms(posts)["p95"] if posts else float("nan")
            print(
                f"after the last login ({span:.1f} s): {len(steady) / span:,.0f} requests/s, "
                f"status POST p95 {p95:,.0f} ms"
            )
            cpu = sampler.between(start, start + span)
            if cpu:
                ta, tb, client, per_process, pg = cpu
                server = sum(per_process.values())
                secs, n = tb - ta, sum(1 for t, _, _ in steady if ta < t <= tb)
                if n:
                    print(
                        f"CPU per request after the last login ({n:,} requests in {secs:.1f} s): "
                        f"gunicorn {server / n * 1000:.1f} ms, PostgreSQL {pg / n * 1000:.1f} ms, "
                        f"reviewers (this process) {client / n * 1000:.1f} ms; "
                        f"cores busy {(server + pg + client) / secs:.2f} of {os.cpu_count()}, "
                        f"load average {os.getloadavg()[0]:.2f}"
                    )
                    # Each worker serves the connections it accepted, for as long as
                    # they are kept alive: an uneven split leaves one core short.
                    workers = sorted(
                        (cpu for pid, cpu in per_process.items() if pid != proc.pid), reverse=True
                    )
                    print(
                        "gunicorn workers' share of its CPU: "
                        + ", ".join(f"{cpu / server:.0%}" for cpu in workers if server)
                    )
    rows = []
    for kind, samples in stats.latency.items():
        s = summary_ms(samples)
        rows.append([kind, s["n"], s["n"] / elapsed, s["p50"], s["p95"], s["p99"], s["max"]])
    print_table(
        ["request", "count", "per s", "p50 ms", "p95 ms", "p99 ms", "max ms"],
        rows,
        title="latency by request type",
    )
    print_table(
        ["request", "answer", "count"],
        [[k, str(c), n] for (k, c), n in sorted(stats.codes.items(), key=str)],
        title="answers by status code",
    )
    n5xx = sum(n for (_, c), n in stats.codes.items() if not isinstance(c, int) or c >= 500)
    unexpected = sum(
        n
        for (k, c), n in stats.codes.items()
        if isinstance(c, int) and 400 <= c < 500 and not (k == "status POST" and c == 409)
    )
    for e in errors[:10]:
        print(f"thread error: {e}")

    ok = [w for w in stats.writes if 200 <= w[4] < 300]
    events = (
        ClaimEvent.objects.filter(action="status", claim_id__in=claim_ids).count() - events_before
    )
    final = {c.pk: c for c in Claim.objects.filter(pk__in=claim_ids)}
    by_claim = defaultdict(list)
    for w in ok:
        by_claim[w[0]].append(w)
    mismatched, dup_versions = [], 0
    for cid, ws in by_claim.items():
        versions = [w[1] for w in ws]
        dup_versions += len(versions) - len(set(versions))
        last = max(ws, key=lambda w: w[1])
        c = final[cid]
        if (c.status, c.rationale, c.version) != (last[2], last[3], initial[cid] + len(ws)):
            mismatched.append(
                (
                    cid,
                    (c.status, c.rationale, c.version),
                    (last[2], last[3], initial[cid] + len(ws)),
                )
            )
    untouched_changed = [
        cid for cid in claim_ids if cid not in by_claim and final[cid].version != initial[cid]
    ]
    n409 = sum(1 for w in stats.writes if w[4] == 409)
    print_table(
        ["check", "value", "ok"],
        [
            ["status POSTs answered 2xx", len(ok), True],
            ["status POSTs answered 409 (lost race, expected)", n409, True],
            ['new ClaimEvents of action "status"', events, events == len(ok)],
            ["two 2xx writes from the same version (lost update)", dup_versions, dup_versions == 0],
            ["claims whose final state != last 2xx write", len(mismatched), not mismatched],
            ["claims changed without a 2xx write", len(untouched_changed), not untouched_changed],
            ["5xx answers / exceptions", n5xx, n5xx == 0],
            ["other 4xx answers", unexpected, unexpected == 0],
            ["thread errors", len(errors), not errors],
        ],
        title="lost-update check and errors",
    )
    for m in mismatched[:5]:
        print(f"  claim {m[0]}: final {m[1]} != expected {m[2]}")
    if n5xx:
        print(f"gunicorn log: {log_path}")
    else:
        log_path.unlink(missing_ok=True)


if __name__ == "__main__":
    main()
