"""Who says it: the extractor's speakers against a hand-annotated corpus of
political and campaign coverage (tests/extraction/speakers/).

usage: python benchmarks/speakers.py [--split dev|heldout|all] [--show]

Each line of ``dev.jsonl`` / ``heldout.jsonl`` names an article, a snippet of
one statement in it (exact text) and the statement's speaker: a list of
acceptable names (the canonical name, resolved through pronouns), or null when
the article says it in its own voice.  The statement's claim is the extracted
claim whose span overlaps the snippet most
(of equals, the one with the shortest span).  A speaker is right when every word
of one of the names is in the claim's speaker mention or in the name of the
party (``speaker_id``) the mention was joined to.

Prints, per split: of the sourced statements, the share with no claim, with a
claim but no speaker, with the wrong speaker, and right; of the statements in
the article's own voice, the share wrongly given a speaker.  The dev half is
for developing rules; the held-out half is only for reporting.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CORPUS = ROOT / "tests" / "extraction" / "speakers"
SPLITS = ("dev", "heldout")


def _words(s: str | None) -> set[str]:
    out = set()
    for w in re.findall(r"[a-z0-9]+", (s or "").lower().replace("’", "'")):
        if w in ("the", "s", "a", "an"):
            continue
        out.add(w[:-1] if len(w) > 3 and w.endswith("s") else w)
    return out


def speaker_right(names: list[str], said_by: list[str]) -> bool:
    got = set().union(*(_words(n) for n in said_by)) if said_by else set()
    return any(_words(n) and _words(n) <= got for n in names)


def load(split: str) -> list[dict]:
    path = CORPUS / f"{split}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def judge(rows: list[dict], extracted: dict) -> list[dict]:
    """Each annotated statement with its outcome: no_claim, no_speaker, wrong,
    right (sourced) or own_ok, own_wrong (the article's voice)."""
    out = []
    for row in rows:
        text, records, parties = extracted[row["article"]]
        s = text.index(row["snippet"])
        e = s + len(row["snippet"])
        best, key = None, (0, 0)
        for rec in records:
            o = min(e, rec.span[1]) - max(s, rec.span[0])
            # the most overlap; of equals, the claim whose span hugs the statement
            k = (o, -(rec.span[1] - rec.span[0]))
            if o > 0 and k > key:
                best, key = rec, k
        said_by = []
        if best is not None and best.speaker:
            said_by.append(best.speaker)
            if best.speaker_id in parties:
                said_by.append(parties[best.speaker_id])
        if best is None:
            outcome = "no_claim"
        elif row["speaker"] is None:
            outcome = "own_wrong" if best.speaker else "own_ok"
        elif not best.speaker:
            outcome = "no_speaker"
        else:
            outcome = "right" if speaker_right(row["speaker"], said_by) else "wrong"
        out.append({**row, "outcome": outcome, "claim": best and best.text, "said_by": said_by})
    return out


def extract_articles(names) -> dict:
    from claims.extraction import extract

    out = {}
    for name in sorted(set(names)):
        text = (CORPUS / f"{name}.txt").read_text(encoding="utf-8")
        records = extract(text)
        parties = {p.id: p.name for p in getattr(records, "speakers", [])}
        out[name] = (text, records, parties)
    return out


def figures(judged: list[dict]) -> dict:
    sourced = [j for j in judged if j["speaker"] is not None]
    own = [j for j in judged if j["speaker"] is None]
    n = len(sourced) or 1

    def share(k):
        return sum(1 for j in sourced if j["outcome"] == k) / n

    return {
        "sourced": len(sourced),
        "no_claim": share("no_claim"),
        "no_speaker": share("no_speaker"),
        "wrong": share("wrong"),
        "right": share("right"),
        "own": len(own),
        "own_wrong": sum(1 for j in own if j["outcome"] == "own_wrong") / (len(own) or 1),
    }


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--split", choices=(*SPLITS, "all"), default="all")
    ap.add_argument("--show", action="store_true", help="list every statement not right")
    args = ap.parse_args(argv)
    splits = SPLITS if args.split == "all" else (args.split,)
    rows = {sp: load(sp) for sp in splits}
    extracted = extract_articles(r["article"] for rs in rows.values() for r in rs)
    head = f"{'split':<9}{'sourced':>8}{'no claim':>10}{'no speaker':>12}{'wrong':>8}{'right':>8}"
    print(head + f"{'own voice':>11}{'own given a speaker':>21}")
    for sp in splits:
        judged = judge(rows[sp], extracted)
        f = figures(judged)
        print(
            f"{sp:<9}{f['sourced']:>8}{f['no_claim']:>10.1%}{f['no_speaker']:>12.1%}"
            f"{f['wrong']:>8.1%}{f['right']:>8.1%}{f['own']:>11}{f['own_wrong']:>21.1%}"
        )
        if args.show:
            for j in judged:
                if j["outcome"] not in ("right", "own_ok"):
                    want = j["speaker"][0] if j["speaker"] else None
                    print(
                        f"  [{j['outcome']}] {j['article']}: {j['snippet']!r}\n"
                        f"      want {want!r}, got {j['said_by']!r}: {j['claim']!r}"
                    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
