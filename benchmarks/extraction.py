"""Throughput of the claim extractor against the bare spaCy pipeline.

usage: python benchmarks/extraction.py [--words 50000] [--batch-size 16]

Both runs parse the same texts (the public-domain corpus repeated to at least
--words words) in one process after a warm-up; the ratio shows what the rule
layer costs on top of parsing: extract_many's words/s over the bare pipe's, i.e.
bare time / extractor time (1.0: the rules cost nothing; the goal is >= 0.85).
The extractor's own pipeline is timed too ("our nlp.pipe": the stock components
plus the newline sentence marks, with the attribute ruler and lemmatizer replaced
by cached ones that give the same annotations, see claims/extraction/fastpipes.py),
so that what the parse saves and what the rules cost are shown apart.

Times are the process's CPU time (time.process_time: user + system of all its
threads), not wall-clock time. Both sides run one after the other in one
process, so on a shared machine other processes' load stole wall-clock time
from whichever side happened to run while it peaked, and the ratio moved by
several per cent from run to run; the CPU time a process spends on its own work
hardly depends on what else runs (only on cache and frequency effects). The
words/s printed are words per CPU second; best of --rounds rounds each.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claims.extraction import EXTRACTOR_VERSION, extract_many, load_pipeline  # noqa: E402

CORPUS = Path("/work/shared/corpus/public-domain")


def corpus(min_words: int) -> list[str]:
    base = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    texts, words = [], 0
    while words < min_words:
        for t in base:
            texts.append(t)
            words += len(t.split())
    return texts


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--words", type=int, default=50_000)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--rounds", type=int, default=2, help="best of N timed rounds")
    args = ap.parse_args(argv)
    texts = corpus(args.words)
    n_words = sum(len(t.split()) for t in texts)
    import spacy

    from claims.extraction import pipeline_name

    nlp = spacy.load(pipeline_name())  # the stock pipeline, without our newline component
    # warm-up: load, allocate, JIT-free but cache-warm
    list(extract_many(texts[:20], batch_size=args.batch_size))
    for _ in nlp.pipe(texts[:20], batch_size=args.batch_size):
        pass

    ours = load_pipeline()
    bare_t, ours_t, ext_t = [], [], []
    n_claims = 0
    for _ in range(args.rounds):
        t0 = time.process_time()
        for _doc in nlp.pipe(texts, batch_size=args.batch_size):
            pass
        bare_t.append(time.process_time() - t0)
        t0 = time.process_time()
        for _doc in ours.pipe(texts, batch_size=args.batch_size):
            pass
        ours_t.append(time.process_time() - t0)
        t0 = time.process_time()
        n_claims = sum(len(c) for c in extract_many(texts, batch_size=args.batch_size))
        ext_t.append(time.process_time() - t0)
    bare, ext = n_words / min(bare_t), n_words / min(ext_t)
    rules_share = (min(ext_t) - min(ours_t)) / min(ours_t)
    print(
        f"extractor {EXTRACTOR_VERSION}; {len(texts)} texts, {n_words} words, {n_claims} claims, best of {args.rounds}"
    )
    print(f"{'run':<22}{'words/CPU s':>12}")
    print(f"{'bare nlp.pipe':<22}{bare:>12,.0f}")
    print(f"{'our nlp.pipe':<22}{n_words / min(ours_t):>12,.0f}")
    print(f"{'extract_many':<22}{ext:>12,.0f}")
    print(f"{'rules / our parse':<22}{rules_share:>12.1%}")
    print(f"{'ratio':<22}{ext / bare:>12.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
