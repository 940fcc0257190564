"""Hybrid ranking: BM25 and embedding cosine, each z-scored, mixed.

Z-scoring each signal over the documents being ranked puts a BM25 score
(unbounded, query-dependent) and a cosine (-1..1) on one scale before they
are mixed; ``SEMANTIC_WEIGHT`` was chosen on the CLEF 2020 train split.

Stable interface (other layers call these):

* ``rank(queries, documents, *, top=20) -> list[list[Match]]``
* ``HybridIndex(documents, vectors=None).search(queries, *, top=20)``
* ``fuse(lexical, cosine, weight=SEMANTIC_WEIGHT) -> array``
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from claims.matching.embedder import embed
from claims.matching.lexical import BM25
from claims.matching.lexicon import TWEET_NOISE

SEMANTIC_WEIGHT = 0.8
TOP = 20

_TWEET_TAIL = re.compile(r"\s[—–-]\s[^—–]*\(@\w+\)[^()]*$")
_LINK = re.compile(r"(?:" + "|".join(re.escape(n) for n in TWEET_NOISE) + r")\S+")


@dataclass(frozen=True)
class Match:
    index: int  # position in the documents given
    score: float  # the fused score ranked by (higher is better)
    cosine: float
    lexical: float  # raw BM25


def zscore(values: np.ndarray) -> np.ndarray:
    values = np.asarray(values, dtype=np.float32)
    spread = float(values.std())
    if spread < 1e-9:
        return np.zeros_like(values)
    return (values - float(values.mean())) / spread


def fuse(lexical: np.ndarray, cosine: np.ndarray, weight: float = SEMANTIC_WEIGHT) -> np.ndarray:
    """The mixed score of each document: weight x z(cosine) + (1 - weight) x z(BM25)."""
    return weight * zscore(cosine) + (1 - weight) * zscore(lexical)


def clean_query(text: str) -> str:
    """A pasted post without its links and its "— Name (@handle) date" signature."""
    text = _TWEET_TAIL.sub("", text)
    return " ".join(_LINK.sub(" ", text).split())


class HybridIndex:
    """Documents ready to be searched: their BM25 postings and their vectors.

    ``vectors`` (unit rows, as ``embed`` returns) may be given when they are
    stored; otherwise the documents are embedded here.
    """

    def __init__(
        self, documents, vectors: np.ndarray | None = None, *, weight: float = SEMANTIC_WEIGHT
    ):
        self.documents = list(documents)
        self.weight = weight
        self.bm25 = BM25(self.documents)
        self.vectors = embed(self.documents) if vectors is None else np.asarray(vectors)
        if len(self.vectors) != len(self.documents):
            raise ValueError("one vector per document is needed")

    def search(
        self, queries, *, top: int = TOP, query_vectors: np.ndarray | None = None
    ) -> list[list[Match]]:
        queries = [clean_query(q) for q in queries]
        if query_vectors is None:
            query_vectors = embed(queries)
        cosines = query_vectors @ self.vectors.T
        return [
            self._top(self.bm25.scores(q), cos, top)
            for q, cos in zip(queries, cosines, strict=True)
        ]

    def _top(self, lexical: np.ndarray, cosine: np.ndarray, top: int) -> list[Match]:
        scores = fuse(lexical, cosine, self.weight)
        return top_matches(scores, top, cosine=cosine, lexical=lexical)


def top_matches(scores: np.ndarray, top: int, *, cosine, lexical) -> list[Match]:
    top = min(top, len(scores))
    if top <= 0:
        return []
    best = np.argpartition(-scores, top - 1)[:top]
    best = best[np.lexsort((best, -scores[best]))]
    return [Match(int(i), float(scores[i]), float(cosine[i]), float(lexical[i])) for i in best]


def rank(
    queries,
    documents,
    *,
    top: int = TOP,
    weight: float = SEMANTIC_WEIGHT,
    document_vectors: np.ndarray | None = None,
) -> list[list[Match]]:
    """The ``top`` documents for each query, best first (ties by position)."""
    index = HybridIndex(documents, document_vectors, weight=weight)
    return index.search(queries, top=top)
