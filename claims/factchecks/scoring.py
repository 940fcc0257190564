"""Scoring a claim against fact-checks by the words they share (pure; the
queries that feed it are in claims.factcheck_matches).

Words are PostgreSQL's English lexemes (stemmed, stop words dropped). A word's
weight is its rarity in the library (inverse document frequency), measured
with a capped count so that looking it up costs the same in a library of ten
thousand as of a million: every word found in CAP or more fact-checks is
"common" and weighs what a word in exactly CAP does. Candidates are the
fact-checks holding any of the claim's rarest words, picked rarest first
while their documents fit in BUDGET, so the candidate pool is bounded too.
"""

from __future__ import annotations

import math

CAP = 300  # documents counted per word, at most
BUDGET = 2000  # documents the chosen words may match, together, at most
MAX_TERMS = 12  # words of the claim looked up, at most (its rarest-looking: the longest)


def idf(df: int, n_docs: int) -> float:
    """Rarity of a word found in `df` of `n_docs` documents. A word no
    fact-check has is the rarest of all: a claim whose specifics the library
    lacks is not covered by fact-checks sharing only its common words."""
    df = max(df, 0)
    return math.log((max(n_docs, df) + 1) / (df + 0.5))


def lookup_terms(lexemes: list[str]) -> list[str]:
    """The claim's words worth counting: the longest first (short words are
    rarely rare), no bare numbers of one or two digits."""
    words = [w for w in dict.fromkeys(lexemes) if not (w.isdigit() and len(w) < 3) and len(w) > 1]
    return sorted(words, key=lambda w: (-len(w), w))[:MAX_TERMS]


def choose_terms(df: dict[str, int], *, cap: int = CAP, budget: int = BUDGET) -> list[str]:
    """Rarest first, the words whose documents together stay within `budget`;
    never a common word (df ≥ cap), always at least the rarest present one."""
    chosen, spent = [], 0
    for word in sorted((w for w in df if 0 < df[w] < cap), key=lambda w: (df[w], w)):
        if chosen and spent + df[word] > budget:
            break
        chosen.append(word)
        spent += df[word]
    return chosen


def weights(df: dict[str, int], n_docs: int) -> dict[str, float]:
    """Each word's share of the claim's total rarity (they sum to 1)."""
    raw = {w: idf(d, n_docs) for w, d in df.items()}
    total = sum(raw.values())
    return {w: v / total for w, v in raw.items()} if total else {}
