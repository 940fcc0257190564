"""Quality of the claim-to-claim suggestions (confirms / contradicts /
repeats / none) on labelled pairs, at a sweep of similarity thresholds
(no database).

    .venv/bin/python benchmarks/suggestion_quality.py [--show] [--split tune|test|all]

The pairs are tests/data/claim_pairs.jsonl (written for it; see
tests/data/claim_pairs.README.md): two sentences of two articles, each with
an optional lead paragraph (the article's context). Each side goes through
the real extractor (its claim, kind, cue, speaker, quantities, entities; its
article's setting from the whole text) and the real embedder, and is typed
by claims.matching.relations.suggested as `suggest_links` does (its parties;
the second sentence said later). Pairs are split by event (sha1 of the event
name), so no sentence of the tune half is in the test half.

Per relation: precision (suggested with that relation and so labelled / all
suggested with it), recall (/ all so labelled), F1. "overall": a suggestion
is right when its relation is the label's (F0.5 beside it); "any link":
suggested or not, against labelled or not. "dir" is the share of right
suggestions that also point the labelled way; "wrong" counts the wrong ones.

First the bars of relations (SAME_EVENT, DENIAL_SAME_EVENT, SAME_ACCOUNT)
are chosen on the tune half alone over a grid (best_bars: best F0.5, ties
by F1, then the least move) and both halves are scored at the current bars
and at those; then, per half, each bar is swept with the others as they
are (current value marked *), and the article's setting is switched off.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

PAIRS = ROOT / "tests" / "data" / "claim_pairs.jsonl"
RELATIONS = ("confirms", "contradicts", "repeats")


def split_of(event: str) -> str:
    return "tune" if hashlib.sha1(event.encode()).digest()[0] % 2 == 0 else "test"


def load(path: Path = PAIRS) -> list[dict]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    for r in rows:
        r["split"] = split_of(r["event"])
    return rows


def extract_sides(rows: list[dict]) -> None:
    """Each side's ClaimFacts and party, through the extractor: the claim is
    the first the extractor finds in the sentence (after the context, if
    any); parties as `suggest_links` finds them across its files (one per
    normalised name or alias, the extractor's parents)."""
    from claims.extraction import extract_many
    from claims.management.commands.suggest_links import Parties
    from claims.matching.relations import ClaimFacts, article_setting

    texts = []
    for r in rows:
        for key in ("a", "b"):
            lead = r[key].get("context", "")
            texts.append((f"{lead}\n\n" if lead else "") + r[key]["text"])
    extracted = list(extract_many(texts))
    for i, r in enumerate(rows):
        parties = Parties()
        for j, key in enumerate(("a", "b")):
            text, records = texts[2 * i + j], extracted[2 * i + j]
            local = parties.of_file(getattr(records, "speakers", []))
            start = len(text) - len(r[key]["text"])
            rec = next((x for x in records if x.span[1] > start), None)
            order = (j,)
            setting = article_setting(text)
            if rec is None:
                r[key]["facts"] = ClaimFacts(r[key]["text"], order=order, setting=setting)
                r[key]["party"] = None
                continue
            r[key]["facts"] = ClaimFacts(
                rec.text,
                rec.kind,
                rec.cue or "",
                tuple(rec.quantities),
                order,
                tuple(rec.entities or ()),
                setting,
            )
            r[key]["party"] = local.get(rec.speaker_id) or (
                parties.get([rec.speaker]) if rec.speaker else None
            )


def embed_sides(rows: list[dict]) -> None:
    from claims.matching import embed

    vectors = embed([r[k]["facts"].text for r in rows for k in ("a", "b")])
    for i, r in enumerate(rows):
        r["similarity"] = float(vectors[2 * i] @ vectors[2 * i + 1])


def predict(r: dict, *, implicit: bool = True):
    from claims.matching.relations import suggested

    a, b = r["a"]["facts"], r["b"]["facts"]
    if not implicit:
        a, b = replace(a, setting=()), replace(b, setting=())
    party_a, party_b = r["a"]["party"], r["b"]["party"]
    return suggested(
        a,
        b,
        similarity=r["similarity"],
        same_party=party_a is not None and party_a is party_b,
        same_article=False,
    )


def score(rows: list[dict], **kw) -> dict:
    counts = {rel: [0, 0, 0] for rel in (*RELATIONS, "overall", "any link")}  # tp, pred, gold
    right_way = 0
    for r in rows:
        typed = predict(r, **kw)
        got = typed.relation if typed else "none"
        gold = r["label"]
        if got != "none":
            counts[got][1] += 1
            counts["overall"][1] += 1
            counts["any link"][1] += 1
        if gold != "none":
            counts[gold][2] += 1
            counts["overall"][2] += 1
            counts["any link"][2] += 1
            if got != "none":
                counts["any link"][0] += 1
        if got == gold != "none":
            counts[gold][0] += 1
            counts["overall"][0] += 1
            right_way += (typed.forward and r["direction"] == "a>b") or (
                not typed.forward and r["direction"] == "b>a"
            )
        r["got"] = got
    out = {}
    for name, (tp, pred, gold) in counts.items():
        p = tp / pred if pred else 0.0
        rec = tp / gold if gold else 0.0
        f1 = 2 * p * rec / (p + rec) if p + rec else 0.0
        out[name] = (p, rec, f1)
    p, rec, _ = out["overall"]
    out["f05"] = 1.25 * p * rec / (0.25 * p + rec) if p + rec else 0.0
    out["dir"] = right_way / counts["overall"][0] if counts["overall"][0] else 0.0
    out["wrong"] = counts["overall"][1] - counts["overall"][0]
    return out


def table(title: str, results: list[tuple[str, dict]]) -> None:
    print(f"\n{title}")
    head = f"{'':>9} " + " ".join(f"{n:>17}" for n in (*RELATIONS, "overall", "any link"))
    print(head + f" {'F0.5':>5} {'dir':>5} {'wrong':>5}")
    print(f"{'':>9} " + " ".join(f"{'P    R    F1':>17}" for _ in range(5)))
    for label, res in results:
        cells = " ".join(
            "{:>17}".format(" ".join(f"{v:.2f}" for v in res[n]))
            for n in (*RELATIONS, "overall", "any link")
        )
        print(f"{label:>9} {cells} {res['f05']:5.2f} {res['dir']:5.2f} {res['wrong']:5d}")


def sweep(rows: list[dict], name: str, values, current: float, **kw) -> list:
    from claims.matching import relations

    kept = getattr(relations, name)
    out = []
    try:
        for v in values:
            setattr(relations, name, v)
            mark = "*" if abs(v - current) < 1e-9 else " "
            out.append((f"{mark}{v:.2f}", score(rows, **kw)))
    finally:
        setattr(relations, name, kept)
    return out


BARS = {
    "SAME_EVENT": [round(0.45 + 0.05 * i, 2) for i in range(9)],
    "DENIAL_SAME_EVENT": [round(0.35 + 0.05 * i, 2) for i in range(8)],
    "SAME_ACCOUNT": [0.8, 0.85, 0.9, 0.95, 1.01],
}


TIE = 0.015  # F0.5 differences below this are a pair of the tune half or less: ties


def best_bars(rows: list[dict]) -> tuple[dict, dict]:
    """The bars chosen on these rows: the best overall F0.5 (precision weighs
    twice as much as recall: a reviewer should see few, good suggestions);
    bars within TIE of it are tied, and among those the best F1 wins, then
    the bars closest to the current ones (no move the pairs do not ask for)."""
    import itertools

    from claims.matching import relations

    kept = {name: getattr(relations, name) for name in BARS}
    now = tuple(kept.values())
    results = []
    try:
        for values in itertools.product(*BARS.values()):
            for name, v in zip(BARS, values, strict=True):
                setattr(relations, name, v)
            results.append((values, score(rows)))
    finally:
        for name, v in kept.items():
            setattr(relations, name, v)
    top = max(res["f05"] for _, res in results)
    values, res = max(
        ((v, r) for v, r in results if r["f05"] >= top - TIE),
        key=lambda t: (
            round(t[1]["overall"][2], 6),
            -round(sum(abs(x - y) for x, y in zip(t[0], now, strict=True)), 6),
        ),
    )
    return dict(zip(BARS, values, strict=True)), res


def at_bars(rows: list[dict], bars: dict) -> dict:
    from claims.matching import relations

    kept = {name: getattr(relations, name) for name in bars}
    try:
        for name, v in bars.items():
            setattr(relations, name, v)
        return score(rows)
    finally:
        for name, v in kept.items():
            setattr(relations, name, v)


def party(side: dict) -> str:
    return side["party"].name if side["party"] is not None else "-"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", action="store_true", help="list the wrong pairs")
    parser.add_argument("--split", choices=("tune", "test", "all"), default=None)
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
    import django

    django.setup()
    from claims.matching import relations

    rows = load()
    extract_sides(rows)
    embed_sides(rows)
    tune = [r for r in rows if r["split"] == "tune"]
    bars, _ = best_bars(tune)
    current = {name: getattr(relations, name) for name in BARS}
    print(f"bars now: {current}\nchosen on tune (F0.5, ties by F1): {bars}")
    for split in ("tune", "test"):
        part = [r for r in rows if r["split"] == split]
        table(
            f"{split}: now / best on tune",
            [("now", at_bars(part, current)), ("tune-best", at_bars(part, bars))],
        )
    splits = [args.split] if args.split else ["tune", "test"]
    for split in splits:
        part = rows if split == "all" else [r for r in rows if r["split"] == split]
        labels = {}
        for r in part:
            labels[r["label"]] = labels.get(r["label"], 0) + 1
        print(f"\n== {split}: {len(part)} pairs, {labels}")
        for name, steps in BARS.items():
            table(
                f"{name} (the other bars as they are)",
                sweep(part, name, steps, getattr(relations, name)),
            )
        table(
            "at the chosen bars: with / without the article's places for a claim without its own",
            [("implicit", score(part)), ("own only", score(part, implicit=False))],
        )
        if args.show:
            score(part)
            for r in part:
                if r["got"] != r["label"]:
                    a, b = r["a"]["facts"], r["b"]["facts"]
                    print(
                        f"\n{r['id']} [{r['category']}] label {r['label']}, got {r['got']}"
                        f" (similarity {r['similarity']:.2f})\n  a [{party(r['a'])}, {a.kind}]"
                        f" {a.text}\n  b [{party(r['b'])}, {b.kind}] {b.text}"
                    )


if __name__ == "__main__":
    main()
