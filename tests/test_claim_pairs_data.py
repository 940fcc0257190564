"""tests/data/claim_pairs.jsonl, the labelled pairs the suggestion bars are
chosen on (benchmarks/suggestion_quality.py): well-formed, and a split by
event that gives both halves every label and shares no sentence."""

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from suggestion_quality import PAIRS, load, split_of  # noqa: E402

LABELS = {"confirms", "contradicts", "repeats", "none"}


def test_every_pair_is_labelled_with_a_relation_and_its_direction():
    rows = [json.loads(line) for line in PAIRS.read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 150
    assert len({r["id"] for r in rows}) == len(rows)
    for r in rows:
        assert r["label"] in LABELS, r["id"]
        assert (r["direction"] == "") == (r["label"] == "none"), r["id"]
        assert r["direction"] in ("", "a>b", "b>a"), r["id"]
        assert r["a"]["text"].strip() and r["b"]["text"].strip(), r["id"]
    assert len({r["domain"] for r in rows}) >= 6


def test_the_split_is_by_event_and_each_half_has_every_label():
    rows = load()
    assert all(r["split"] == split_of(r["event"]) for r in rows)
    halves = {s: [r for r in rows if r["split"] == s] for s in ("tune", "test")}
    for part in halves.values():
        assert set(Counter(r["label"] for r in part)) == LABELS
    sentences = {s: {r[k]["text"] for r in part for k in ("a", "b")} for s, part in halves.items()}
    assert not sentences["tune"] & sentences["test"]
    # a digest, not Python's hash() (salted per process): the same halves in every run
    assert (split_of("tanf"), split_of("kabul")) == ("test", "tune")
