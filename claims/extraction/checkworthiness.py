"""A cheap prior for "worth checking": concrete, attributable, countable."""

from __future__ import annotations

BASE = {
    "statistic": 0.85,
    "confirmation": 0.8,
    "denial": 0.75,
    "claim": 0.7,
    "fact": 0.65,
    "opinion": 0.35,
    "commitment": 0.3,
}


def score(
    kind: str, *, quantities, entities, hedge_type, headline, n_words, future=False, anaphoric=False
) -> float:
    s = BASE.get(kind, 0.5)
    if future and kind != "commitment":
        s -= 0.25  # a forecast ("exports will recover") cannot be checked yet
    if quantities:
        s += 0.08
    if entities:
        s += 0.05
    if hedge_type == "speculative":
        s -= 0.1
    if n_words < 5:
        s -= 0.15
    if headline:
        s -= 0.05
    if anaphoric:
        s -= 0.3  # "This led to ...": cannot be checked without the sentence before
    return round(min(1.0, max(0.0, s)), 2)
