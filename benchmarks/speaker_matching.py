"""Precision and recall of the speaker-name fuzzy match at each threshold
(no database): which pairs of names a threshold calls one party.

    .venv/bin/python benchmarks/speaker_matching.py [--from 70] [--step 1]

The labelled set is tests/data/speaker_name_pairs.tsv ("same" / "different"
pairs written for it), plus every pair of names of two different parties of
the frozen gazetteer (claims/gazetteer/parties_v1.py) as "different": the
names a new speaker is really compared with. Printed for claims.names.name_score
(what resolution uses) and, as the baseline, plain token_sort_ratio; the
chosen thresholds (claims.names.SUGGEST_AT, MERGE_AT) are marked.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rapidfuzz import fuzz  # noqa: E402

from claims.extraction.speakers import alias_key  # noqa: E402
from claims.gazetteer.parties_v1 import PARTIES  # noqa: E402
from claims.names import MERGE_AT, SUGGEST_AT, name_score  # noqa: E402

PAIRS = ROOT / "tests" / "data" / "speaker_name_pairs.tsv"


def labelled_pairs(path: Path = PAIRS) -> list[tuple[bool, str, str]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        label, a, b, *_ = line.split("\t")
        if label not in ("same", "different"):
            raise ValueError(f"{path}: unknown label {label!r}")
        out.append((label == "same", a, b))
    return out


def gazetteer_pairs() -> list[tuple[bool, str, str]]:
    """Every name of one gazetteer party against every name of another."""
    names = [[name, *aliases] for name, _, _, aliases in PARTIES]
    out = []
    for one, other in itertools.combinations(names, 2):
        for a in one:
            for b in other:
                if alias_key(a) != alias_key(b):
                    out.append((False, a, b))
    return out


def scored(pairs, scorer) -> list[tuple[bool, float]]:
    return [(same, scorer(alias_key(a), alias_key(b))) for same, a, b in pairs]


def at(scores, threshold: float) -> tuple[float, float, int, int]:
    """(precision, recall, true positives, false positives) at a threshold."""
    positives = sum(1 for same, _ in scores if same)
    tp = sum(1 for same, s in scores if same and s >= threshold)
    fp = sum(1 for same, s in scores if not same and s >= threshold)
    precision = tp / (tp + fp) if tp + fp else 1.0
    return precision, tp / positives if positives else 0.0, tp, fp


def table(title: str, scores, thresholds) -> None:
    n_same = sum(1 for same, _ in scores if same)
    print(f"\n{title}: {n_same} same, {len(scores) - n_same} different")
    print(f"{'threshold':>9} {'precision':>9} {'recall':>6} {'F1':>5} {'tp':>4} {'fp':>5}")
    for t in thresholds:
        p, r, tp, fp = at(scores, t)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        mark = "  <- SUGGEST_AT" if t == SUGGEST_AT else "  <- MERGE_AT" if t == MERGE_AT else ""
        print(f"{t:>9} {p:>9.3f} {r:>6.3f} {f1:>5.3f} {tp:>4} {fp:>5}{mark}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--from", dest="start", type=int, default=70)
    parser.add_argument("--step", type=int, default=2)
    parser.add_argument("--show", action="store_true", help="list the errors at SUGGEST_AT")
    args = parser.parse_args()
    thresholds = sorted({*range(args.start, 101, args.step), SUGGEST_AT, MERGE_AT})
    hand, mined = labelled_pairs(), gazetteer_pairs()
    for label, pairs in (("hand-written pairs", hand), ("hand-written + gazetteer", hand + mined)):
        table(f"name_score, {label}", scored(pairs, name_score), thresholds)
    table(
        "baseline token_sort_ratio, hand-written + gazetteer",
        scored(hand + mined, fuzz.token_sort_ratio),
        thresholds,
    )
    if args.show:
        print("\nerrors at SUGGEST_AT:")
        for same, a, b in hand + mined:
            s = name_score(alias_key(a), alias_key(b))
            if same != (s >= SUGGEST_AT):
                print(f"  {'missed' if same else 'wrong '} {s:5.1f}  {a!r} / {b!r}")


if __name__ == "__main__":
    main()
