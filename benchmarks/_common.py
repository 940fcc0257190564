"""Shared helpers for the benchmark scripts: Django setup against the
PostgreSQL in DATABASE_URL, timing, percentiles and plain-text tables.

Benchmarks are scripts that print tables; every figure is measured in the
run that prints it (nothing is hard-coded), and ratios are against a baseline
measured in the same run.
"""

from __future__ import annotations

import os
import re
import statistics
import sys
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS_DIR = Path(os.environ.get("FACTCHECK_CORPUS", "/work/shared/corpus/public-domain"))
DEMO_ARTICLE = ROOT / "claims" / "demo" / "iran-militia-drones.txt"


def setup_django(*, migrate: bool = True, require_postgres: bool = True) -> None:
    """Configure Django from factcheck.settings; migrate the database if asked."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
    url = os.environ.get("DATABASE_URL", "")
    if require_postgres and not url.startswith(("postgres://", "postgresql://")):
        sys.exit(
            "DATABASE_URL must point at PostgreSQL: run me as "
            "`scripts/with-postgres .venv/bin/python benchmarks/<script>.py`"
        )
    import django

    django.setup()
    if migrate:
        from django.core.management import call_command

        call_command("migrate", verbosity=0, interactive=False)


# --- corpus -----------------------------------------------------------------


def corpus_texts() -> list[tuple[str, str]]:
    """(name, text) for every public-domain corpus article plus the demo article."""
    paths = sorted(CORPUS_DIR.glob("*.txt"))
    if DEMO_ARTICLE.exists():
        paths.append(DEMO_ARTICLE)
    if not paths:
        sys.exit(f"No corpus found in {CORPUS_DIR}")
    return [(p.stem, p.read_text(encoding="utf-8")) for p in paths]


_SENTENCE = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’']))\s+(?=[\"“‘A-Z0-9])")


def corpus_sentences(min_words: int = 6, max_words: int = 60) -> list[str]:
    """Sentences of the corpus (rough split; good enough for synthetic claims)."""
    out = []
    for _, text in corpus_texts():
        for para in text.split("\n"):
            for s in _SENTENCE.split(para.strip()):
                s = " ".join(s.split())
                if min_words <= len(s.split()) <= max_words:
                    out.append(s)
    return out


def corpus_titles() -> list[str]:
    """First line of each corpus article (its headline)."""
    return [text.strip().split("\n", 1)[0].strip()[:300] for _, text in corpus_texts()]


# --- timing -----------------------------------------------------------------


def percentile(values, p: float) -> float:
    """Linear-interpolated percentile (p in 0..100) of a non-empty sequence."""
    xs = sorted(values)
    if not xs:
        return float("nan")
    if len(xs) == 1:
        return xs[0]
    k = (len(xs) - 1) * p / 100.0
    lo = int(k)
    hi = min(lo + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (k - lo)


def summary_ms(samples_s) -> dict:
    """p50/p95/p99/mean/max in milliseconds of samples given in seconds."""
    ms = [s * 1000 for s in samples_s]
    return {
        "n": len(ms),
        "p50": percentile(ms, 50),
        "p95": percentile(ms, 95),
        "p99": percentile(ms, 99),
        "mean": statistics.fmean(ms) if ms else float("nan"),
        "max": max(ms) if ms else float("nan"),
    }


def time_calls(
    fn, *, repeat: int, warmup: int = 2, budget_s: float | None = 20.0, min_repeat: int = 5
) -> list[float]:
    """Call fn() warmup + repeat times; return the repeat durations in seconds.
    A slow case stops early once budget_s is spent and min_repeat samples are in
    (its percentiles then rest on fewer samples; the sample count is reported)."""
    t_start = time.perf_counter()
    for _ in range(warmup):
        fn()
        if budget_s is not None and time.perf_counter() - t_start > budget_s / 2:
            break
    out = []
    t_start = time.perf_counter()
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
        if (
            budget_s is not None
            and len(out) >= min_repeat
            and time.perf_counter() - t_start > budget_s
        ):
            break
    return out


@contextmanager
def stopwatch():
    """with stopwatch() as t: ...; t() -> seconds elapsed (frozen at exit)."""
    start = time.perf_counter()
    end = [None]

    def elapsed():
        return (end[0] if end[0] is not None else time.perf_counter()) - start

    try:
        yield elapsed
    finally:
        end[0] = time.perf_counter()


# --- output -----------------------------------------------------------------


def fmt(value) -> str:
    if isinstance(value, bool):
        return "yes" if value else "NO"
    if isinstance(value, float):
        if value != value:  # nan
            return "-"
        if abs(value) >= 1000:
            return f"{value:,.0f}"
        if abs(value) >= 100:
            return f"{value:.0f}"
        if abs(value) >= 10:
            return f"{value:.1f}"
        return f"{value:.2f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def print_table(headers: list[str], rows: list[list], *, title: str | None = None) -> None:
    cells = [[fmt(c) for c in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in cells:
        for i, c in enumerate(row):
            widths[i] = max(widths[i], len(c))
    if title:
        print(f"\n## {title}")
    line = "  ".join(h.ljust(widths[i]) for i, h in enumerate(headers))
    print(line)
    print("  ".join("-" * w for w in widths))
    for row in cells:
        print(
            "  ".join(
                c.rjust(widths[i]) if _numeric(c) else c.ljust(widths[i]) for i, c in enumerate(row)
            )
        )
    sys.stdout.flush()


def _numeric(text: str) -> bool:
    return bool(re.fullmatch(r"[-+]?[\d,]*\.?\d+%?|-", text))


def goal(ok: bool) -> str:
    return "met" if ok else "NOT met"


# --- fixtures for the workspace and soak benchmarks ----------------------------


def reviewer_user(username: str, password: str = "bench-password-not-secret"):
    """A user in the Reviewer group (created once)."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from claims import roles

    User = get_user_model()
    user, created = User.objects.get_or_create(username=username)
    if created:
        user.set_password(password)
        user.save()
        user.groups.add(Group.objects.get(name=roles.REVIEWER))
    return user


def make_article(n_claims: int, *, evidence_per_claim: int = 3, tag: str, by=None):
    """An article of n_claims corpus sentences, each a claim with a speaker,
    evidence_per_claim pieces of evidence and one link to the next claim.
    Bulk inserts; search_text as Claim.build_search_text() makes it."""
    import random

    from claims.models import Article, Claim, ClaimLink, Evidence, Source, Speaker

    rng = random.Random(tag)
    pool = corpus_sentences()
    sentences = [rng.choice(pool) for _ in range(n_claims)]
    title = f"Benchmark article {tag} ({n_claims} claims)"
    parts, spans, pos = [title, "\n\n"], [], len(title) + 2
    for s in sentences:
        spans.append((pos, pos + len(s)))
        parts += [s, " "]
        pos += len(s) + 1
    article = Article.objects.create(
        title=title,
        body="".join(parts),
        created_by=by,
        publisher="Bench wire",
        extraction_state="done",
    )
    speakers = [Speaker.objects.get_or_create(name=f"Bench speaker {i}")[0] for i in range(8)]
    claims = []
    for i, (s, (start, end)) in enumerate(zip(sentences, spans, strict=True)):
        sp = speakers[i % len(speakers)]
        c = Claim(
            article=article,
            text=s,
            start=start,
            end=end,
            position=i,
            speaker=sp,
            speaker_mention=sp.name,
            checkworthiness=round(rng.random(), 3),
            status=rng.choice(["unreviewed", "unreviewed", "in_review", "unverified"]),
        )
        c.search_text = " ".join(p for p in [s, c.speaker_mention, c.via, title, sp.name] if p)
        claims.append(c)
    claims = Claim.objects.bulk_create(claims)
    n_sources = max(1, n_claims * evidence_per_claim)
    sources = Source.objects.bulk_create(
        [
            Source(
                url=f"https://sources.example.org/{tag}/{i}",
                title=f"Source {i}",
                publisher="Example",
            )
            for i in range(n_sources)
        ]
    )
    Evidence.objects.bulk_create(
        [
            Evidence(
                claim=c,
                source=sources[i * evidence_per_claim + j],
                stance=("supports", "contradicts", "context")[j % 3],
                excerpt="As reported.",
            )
            for i, c in enumerate(claims)
            for j in range(evidence_per_claim)
        ]
    )
    if n_claims > 1:
        ClaimLink.objects.bulk_create(
            [
                ClaimLink(from_claim=a, to_claim=b, relation="confirms")
                for a, b in zip(claims, claims[1:] + claims[:1], strict=True)
            ]
        )
    return article
