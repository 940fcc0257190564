""" "Previously fact-checked": the library's fact-checks about the same claim.

Candidates (PostgreSQL): the claim's English lexemes are counted in the
library's GIN-indexed search vector (capped counts, claims.factchecks.scoring),
the fact-checks holding its rarest ones are the candidates — a bounded pool
whatever the library's size — and the POOL best by the rarity-weighted share of
the claim's words they hold (`lexical`, 0..1) are kept. SQLite: a LIKE on a few
of the claim's longest words, scored by plain word overlap.

Re-ranking: the claim's stored vector (its ClaimVector; embedded here only
when missing or stale) is compared with each candidate's stored vector; a candidate is shown when its cosine reaches
MIN_COSINE, ranked by SEMANTIC_WEIGHT x cosine + the rest x lexical. A
candidate without a vector yet (or no model installed) is shown only on a
strong word match (MIN_SCORE). So a claim about something the library never
checked shows nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
from django.db import connection

from claims.factchecks import scoring
from claims.models import Claim, ClaimVector, FactCheck, FactCheckDismissal
from claims.services.vectors import from_bytes, text_hash
from claims.source_urls import normalise_url

LIMIT = 5
POOL = 100  # candidates re-ranked, at most
# Tuned on the CLEF 2020 train split only (benchmarks/factcheck_threshold.py: best F0.5
# of "at most LIMIT shown": precision 0.76, recall 0.50, F0.5 0.688 vs 0.674 at 0.65 before);
# dev: precision 0.73, recall 0.48 (0.78 / 0.44 at 0.65). Flat from 0.60 to 0.65 on train.
MIN_COSINE = 0.62
SEMANTIC_WEIGHT = 0.8
MIN_SCORE = 0.7  # without a vector: the share of the claim's (rarity-weighted) words it must hold
MIN_SHARED = 2  # distinct words, at least


@dataclass
class FactCheckMatch:
    factcheck: FactCheck
    score: float  # 0..1, the order
    lexical: float  # rarity-weighted share of the claim's words the fact-check holds
    cosine: float | None  # of the claim's and the fact-check's vectors, when it has one

    @property
    def stance(self) -> str:
        return self.factcheck.stance


def _tsquery_literal(lexeme: str) -> str:
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"


def _lexemes(text: str) -> list[str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT tsvector_to_array(to_tsvector('english', %s))", [text])
        return list(cursor.fetchone()[0] or [])


def _counts(terms: list[str]) -> tuple[dict[str, int], int]:
    """({word: documents holding it, capped at scoring.CAP}, library size)."""
    capped = (
        "(SELECT count(*) FROM (SELECT 1 FROM claims_factcheck "
        "WHERE search_vector @@ %s::tsquery LIMIT %s) s)"
    )
    sql = "SELECT " + ", ".join(
        [capped] * len(terms)
        + ["(SELECT reltuples::bigint FROM pg_class WHERE oid = 'claims_factcheck'::regclass)"]
    )
    params = []
    for term in terms:
        params += [_tsquery_literal(term), scoring.CAP]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        row = cursor.fetchone()
    df = dict(zip(terms, row[:-1]))
    n_docs = row[-1]
    if n_docs is None or n_docs < 1:  # never analysed: count (a small, new library)
        n_docs = FactCheck.objects.count()
    return df, max(n_docs, max(df.values(), default=0))


def _postgres_candidates(claim: Claim) -> list[tuple[FactCheck, float, int]]:
    terms = scoring.lookup_terms(_lexemes(claim.text))
    if len(terms) < MIN_SHARED:
        return []
    df, n_docs = _counts(terms)
    chosen = scoring.choose_terms(df)
    if not chosen:
        return []
    weight = scoring.weights(df, n_docs)
    present = [t for t in terms if df[t] > 0]
    held = " + ".join(["(f.search_vector @@ %s::tsquery)::int * %s"] * len(present))
    count = " + ".join(["(f.search_vector @@ %s::tsquery)::int"] * len(present))
    params = []
    for t in present:
        params += [_tsquery_literal(t), weight[t]]
    params += [_tsquery_literal(t) for t in present]
    params += [" | ".join(_tsquery_literal(t) for t in chosen), claim.pk, claim.pk, POOL]
    rows = FactCheck.objects.raw(
        f"SELECT f.*, ({held}) AS lexical, ({count}) AS shared FROM claims_factcheck f "
        "WHERE f.search_vector @@ %s::tsquery "
        "AND f.claim_id IS DISTINCT FROM %s "
        "AND NOT EXISTS (SELECT 1 FROM claims_factcheckdismissal d "
        "                WHERE d.factcheck_id = f.id AND d.claim_id = %s) "
        "ORDER BY lexical DESC, f.id LIMIT %s",
        params,
    )
    return [(fc, float(fc.lexical), int(fc.shared)) for fc in rows]


_WORD = re.compile(r"\w[\w'-]*\w|\w")


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.casefold()) if len(w) > 3}


def _like_candidates(claim: Claim) -> list[tuple[FactCheck, float, int]]:
    """SQLite (no full text): a few long words with LIKE, word overlap in Python."""
    from django.db.models import Q

    words = _words(claim.text)
    if len(words) < MIN_SHARED:
        return []
    cond = Q()
    for word in sorted(words, key=len, reverse=True)[:4]:
        cond |= Q(search_text__icontains=word)
    dismissed = FactCheckDismissal.objects.filter(claim=claim).values("factcheck_id")
    found = (
        FactCheck.objects.filter(cond)
        .exclude(pk__in=dismissed)
        .exclude(claim_id=claim.pk)[: POOL * 4]
    )
    out = []
    for fc in found:
        shared = words & _words(fc.search_text)
        out.append((fc, len(shared) / len(words), len(shared)))
    return out


def _evidence_urls(claim: Claim) -> set[str]:
    return set(claim.evidence.values_list("source__url", flat=True))


def _claim_vector(claim: Claim, model_id: str):
    """The claim's vector: its stored ClaimVector when that is current (same
    model, same text), else embedded here; None without the model (matching
    falls back to words)."""
    from claims.matching import embed
    from claims.matching.embedder import EmbedderUnavailable

    row = (
        ClaimVector.objects.filter(claim_id=claim.pk, vector__isnull=False, model=model_id)
        .values_list("vector", "text_hash")
        .first()
    )
    if row is not None and row[1] == text_hash(claim.text):
        return from_bytes(row[0])
    try:
        return embed([claim.text])[0]
    except EmbedderUnavailable:
        return None


def rescore(candidates, claim_vector, model_id: str) -> list[FactCheckMatch]:
    """The candidates that pass, scored: by cosine (and words) when the
    fact-check has a vector of the model, else by words alone."""
    out = []
    for fc, lexical, shared in candidates:
        if shared < MIN_SHARED:
            continue
        if claim_vector is not None and fc.embedding and fc.embedding_model == model_id:
            cosine = float(np.frombuffer(bytes(fc.embedding), dtype=np.float32) @ claim_vector)
            if cosine < MIN_COSINE:
                continue
            score = SEMANTIC_WEIGHT * cosine + (1 - SEMANTIC_WEIGHT) * lexical
            out.append(FactCheckMatch(fc, round(score, 3), round(lexical, 3), round(cosine, 3)))
        elif lexical >= MIN_SCORE:
            out.append(FactCheckMatch(fc, round(lexical, 3), round(lexical, 3), None))
    out.sort(key=lambda m: (-m.score, m.factcheck.pk))
    return out


def factcheck_matches(claim: Claim, *, limit: int = LIMIT) -> list[FactCheckMatch]:
    """The library's fact-checks of this claim, best first; none below the
    thresholds, none dismissed for it, none already added as its evidence."""
    from claims.matching import MODEL_ID

    if claim.is_deleted or not claim.text.strip():
        return []
    found = (
        _postgres_candidates(claim)
        if connection.vendor == "postgresql"
        else _like_candidates(claim)
    )
    added = _evidence_urls(claim)
    found = [c for c in found if not (c[0].url and normalise_url(c[0].url) in added)]
    if not found:
        return []
    return rescore(found, _claim_vector(claim, MODEL_ID), MODEL_ID)[:limit]
