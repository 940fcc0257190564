"""The "previously fact-checked" panel's cosine threshold, tuned on the CLEF
2020 train split and reported on dev.

    PYTHON=.venv/bin/python scripts/with-postgres .venv/bin/python \
        benchmarks/factcheck_threshold.py [--shared ../shared] [--limit 5]

Imports the CLEF CheckThat! 2020 Task 2 library (10,375 fact-checked claims)
with `import_factchecks` (embedded), makes each query a claim, and runs the
panel's own lookup (claims.factcheck_matches: full-text candidates, then the
stored vectors) with no cosine floor, so every candidate's cosine is known.
For a threshold t the panel shows, per claim, at most --limit candidates with
cosine >= t in its own order. Per threshold:

* precision: shown matches that are a qrels match / all shown;
* recall: queries whose match is shown / all queries;
* clean: queries shown nothing wrong.

The threshold is the one with the best F0.5 (precision weighs twice as much
as recall: a reviewer should see few, good matches) on TRAIN only; dev is then
scored at that threshold and at the current one, nothing chosen on it.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import ROOT, print_table, setup_django  # noqa: E402

COLLECTION = "clef2020"


def load_queries(path: Path) -> list[tuple[str, str]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            out.append((str(row["id"]), row["text"]))
    return out


def load_qrels(path: Path) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 4 and int(parts[3]) > 0:
            out.setdefault(parts[0], set()).add(parts[2])
    return out


def candidates_with_cosines(queries, split: str) -> dict[str, list[tuple[str, float]]]:
    """{query id: [(library id, cosine)] in the panel's order}, no cosine floor."""
    from claims import factcheck_matches as fm
    from claims.matching import MODEL_ID, embed
    from claims.models import Article, Claim

    article = Article.objects.create(
        title=f"CLEF 2020 {split} queries",
        body=f"CLEF 2020 {split} queries, {time.time_ns()}",  # bodies are unique
        extraction_state="done",
    )
    claims = Claim.objects.bulk_create(
        [
            Claim(article=article, text=text, start=0, end=1, position=i, search_text=text)
            for i, (_, text) in enumerate(queries)
        ]
    )
    vectors = embed([text for _, text in queries])
    floor, fm.MIN_COSINE = fm.MIN_COSINE, -1.0
    out = {}
    try:
        for (qid, _), claim, vector in zip(queries, claims, vectors, strict=True):
            ranked = fm.rescore(fm._postgres_candidates(claim), vector, MODEL_ID)
            out[qid] = [(m.factcheck.external_id, m.cosine) for m in ranked if m.cosine is not None]
    finally:
        fm.MIN_COSINE = floor
    return out


def scores(ranked, qrels, threshold: float, limit: int) -> dict:
    shown = right = found = clean = 0
    for qid, items in ranked.items():
        picked = [doc for doc, cosine in items if cosine >= threshold][:limit]
        good = qrels.get(qid, set())
        hits = sum(doc in good for doc in picked)
        shown += len(picked)
        right += hits
        found += hits > 0
        clean += hits == len(picked)
    n = len(ranked)
    precision = right / shown if shown else 1.0
    recall = found / n if n else 0.0
    beta2 = 0.25
    f05 = (1 + beta2) * precision * recall / (beta2 * precision + recall) if recall else 0.0
    return {
        "t": threshold,
        "shown/query": shown / n,
        "precision": precision,
        "recall": recall,
        "clean": clean / n,
        "F0.5": f05,
    }


def row(s: dict) -> list:
    return [
        f"{s['t']:.2f}",
        f"{s['shown/query']:.2f}",
        f"{s['precision']:.3f}",
        f"{s['recall']:.3f}",
        f"{s['clean']:.3f}",
        f"{s['F0.5']:.3f}",
    ]


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent.parent / "shared")
    ap.add_argument("--limit", type=int, default=5, help="matches the panel shows at most")
    args = ap.parse_args(argv)
    clef = args.shared / "eval" / "clef2020"
    if not clef.is_dir():
        sys.exit(f"{clef} not found (--shared)")

    setup_django()
    from django.core.management import call_command

    from claims import factcheck_matches as fm
    from claims.models import FactCheck

    if FactCheck.objects.filter(imported_from=COLLECTION).count() < 10_000:
        call_command(
            "import_factchecks",
            str(clef / "verified_claims.jsonl"),
            "--collection",
            COLLECTION,
            "--no-progress",
        )
    columns = ["cosine >=", "shown/query", "precision", "recall", "clean", "F0.5"]
    thresholds = [round(0.40 + 0.01 * i, 2) for i in range(51)]
    train = candidates_with_cosines(load_queries(clef / "train.queries.jsonl"), "train")
    train_qrels = load_qrels(clef / "train.qrels")
    sweep = [scores(train, train_qrels, t, args.limit) for t in thresholds]
    print_table(
        columns,
        [row(s) for s in sweep if round(s["t"] * 100) % 5 == 0 or s["t"] == fm.MIN_COSINE],
        title=f"TRAIN ({len(train)} queries), at most {args.limit} shown (every 0.05)",
    )
    best = max(sweep, key=lambda s: (s["F0.5"], s["t"]))
    print(f"\nbest F0.5 on train: cosine >= {best['t']:.2f}")
    print_table(columns, [row(best)], title="TRAIN at the chosen threshold")

    dev = candidates_with_cosines(load_queries(clef / "dev.queries.jsonl"), "dev")
    dev_qrels = load_qrels(clef / "dev.qrels")
    print_table(
        columns,
        [
            row(scores(dev, dev_qrels, t, args.limit))
            for t in sorted({fm.MIN_COSINE, best["t"], 0.65})
        ],
        title=f"DEV ({len(dev)} queries): the thresholds in use, chosen on train, before (0.65)",
    )


if __name__ == "__main__":
    main()
