"""Lexical relevance: Okapi BM25 over a small in-memory collection.

Used where the collection is a file (``match_claims`` over a fact-check
library) or a candidate pool; in the database the same role is played by
PostgreSQL full text on its GIN index.
"""

from __future__ import annotations

import math
import re
from collections import Counter

import numpy as np

from claims.matching.lexicon import STOPWORDS

K1 = 1.2
B = 0.75

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
_SUFFIXES = ("ing", "ed", "es", "s")


def stem(word: str) -> str:
    """A light English stem ("attacks", "attacked" -> "attack"); never cuts
    a word below four letters, so short words keep their identity."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def words(text: str) -> list[str]:
    """Lower-cased words of a text, possessive ’s dropped, in order."""
    out = []
    for word in _WORD.findall(text.casefold()):
        word = word.replace("’", "'")
        if word.endswith("'s"):
            word = word[:-2]
        out.append(word)
    return out


def terms(text: str) -> list[str]:
    """The index terms of a text: stemmed words, stopwords left out."""
    return [stem(w) for w in words(text) if w not in STOPWORDS]


class BM25:
    """BM25 scores of every document for a query, as a numpy vector."""

    def __init__(self, documents, *, k1: float = K1, b: float = B):
        self.k1, self.b = k1, b
        postings: dict[str, list[tuple[int, int]]] = {}
        lengths = []
        for index, text in enumerate(documents):
            counts = Counter(terms(text))
            lengths.append(sum(counts.values()))
            for term, tf in counts.items():
                postings.setdefault(term, []).append((index, tf))
        self.size = len(lengths)
        self.lengths = np.asarray(lengths, dtype=np.float32)
        average = float(self.lengths.mean()) if self.size else 0.0
        self.norm = k1 * (1 - b + b * self.lengths / max(average, 1e-9))
        self.postings = {
            term: (
                np.fromiter((d for d, _ in pairs), np.int64, len(pairs)),
                np.fromiter((tf for _, tf in pairs), np.float32, len(pairs)),
            )
            for term, pairs in postings.items()
        }

    def idf(self, term: str) -> float:
        docs = self.postings.get(term)
        n = 0 if docs is None else len(docs[0])
        return math.log(1 + (self.size - n + 0.5) / (n + 0.5))

    def scores(self, query: str) -> np.ndarray:
        out = np.zeros(self.size, dtype=np.float32)
        for term in set(terms(query)):
            hit = self.postings.get(term)
            if hit is None:
                continue
            docs, tf = hit
            out[docs] += self.idf(term) * tf * (self.k1 + 1) / (tf + self.norm[docs])
        return out
