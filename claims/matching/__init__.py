"""Claim matching: dense embeddings, hybrid ranking, typed relations.

Pure functions on plain data, no ORM (like claims.extraction); the model is
loaded once per process on first use. The stable interface:

* ``embed(texts) -> np.ndarray``: unit float32 rows of 384 dimensions.
* ``rank(queries, documents, *, top=20) -> list[list[Match]]`` and
  ``HybridIndex(documents, vectors).search(queries, top=...)``: BM25 and
  cosine, z-scored and mixed; ``Match(index, score, cosine, lexical)``.
* ``relate(a, b, *, similarity, same_party) -> Typing | None``: confirms /
  contradicts / repeats and the direction, or None for different events.
"""

from claims.matching.embedder import DIMENSIONS, MODEL_ID, embed
from claims.matching.ranking import HybridIndex, Match, fuse, rank
from claims.matching.relations import ClaimFacts, Typing, relate

__all__ = [
    "DIMENSIONS",
    "MODEL_ID",
    "ClaimFacts",
    "HybridIndex",
    "Match",
    "Typing",
    "embed",
    "fuse",
    "rank",
    "relate",
]
