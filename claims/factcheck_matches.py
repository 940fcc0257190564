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

Searching the library (library_search, the API's GET /factchecks?q=) ranks
the full-text matches of a search the same way, the search's words and vector
in place of the claim's, and keeps every match (the thresholds are for
matches nobody asked for).
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
SEARCH_POOL = 200  # a library search's full-text matches ranked (the best by words), at most


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
    df = dict(zip(terms, row[:-1], strict=True))
    n_docs = row[-1]
    if n_docs is None or n_docs < 1:  # never analysed: count (a small, new library)
        n_docs = FactCheck.objects.count()
    return df, max(n_docs, max(df.values(), default=0))


def _lexical_sql(terms: list[str], df: dict[str, int], n_docs: int) -> tuple[str, list]:
    """`lexical` (the rarity-weighted share of `terms` a fact-check holds) and
    `shared` (how many of them), as SQL over claims_factcheck `f`, with params."""
    weight = scoring.weights(df, n_docs)
    present = [t for t in terms if df[t] > 0]
    if not present:
        return "0.0 AS lexical, 0 AS shared", []
    held = " + ".join(["(f.search_vector @@ %s::tsquery)::int * %s"] * len(present))
    count = " + ".join(["(f.search_vector @@ %s::tsquery)::int"] * len(present))
    params = []
    for t in present:
        params += [_tsquery_literal(t), weight[t]]
    params += [_tsquery_literal(t) for t in present]
    return f"({held}) AS lexical, ({count}) AS shared", params


def _postgres_candidates(claim: Claim) -> list[tuple[FactCheck, float, int]]:
    terms = scoring.lookup_terms(_lexemes(claim.text))
    if len(terms) < MIN_SHARED:
        return []
    df, n_docs = _counts(terms)
    chosen = scoring.choose_terms(df)
    if not chosen:
        return []
    select, params = _lexical_sql(terms, df, n_docs)
    params += [" | ".join(_tsquery_literal(t) for t in chosen), claim.pk, claim.pk, POOL]
    rows = FactCheck.objects.raw(
        f"SELECT f.*, {select} FROM claims_factcheck f "
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


def _vector(text: str):
    """The text's vector, or None without the model (matching falls back to words)."""
    from claims.matching import embed
    from claims.matching.embedder import EmbedderUnavailable

    try:
        return embed([text])[0]
    except EmbedderUnavailable:
        return None


def _claim_vector(claim: Claim, model_id: str):
    """The claim's vector: its stored ClaimVector when that is current (same
    model, same text), else embedded here; None without the model (matching
    falls back to words)."""
    row = (
        ClaimVector.objects.filter(claim_id=claim.pk, vector__isnull=False, model=model_id)
        .values_list("vector", "text_hash")
        .first()
    )
    if row is not None and row[1] == text_hash(claim.text):
        return from_bytes(row[0])
    return _vector(claim.text)


def rescore(candidates, vector, model_id: str, *, strict: bool = True) -> list[FactCheckMatch]:
    """The candidates scored, best first: by cosine (and words) when the
    fact-check has a vector of the model, else by words alone. `strict` (a
    claim's matches) keeps only those that pass the thresholds; a search
    keeps every full-text match and only ranks them."""
    out = []
    for fc, lexical, shared in candidates:
        if strict and shared < MIN_SHARED:
            continue
        if vector is not None and fc.embedding and fc.embedding_model == model_id:
            cosine = float(np.frombuffer(bytes(fc.embedding), dtype=np.float32) @ vector)
            if strict and cosine < MIN_COSINE:
                continue
            score = SEMANTIC_WEIGHT * cosine + (1 - SEMANTIC_WEIGHT) * lexical
            out.append(FactCheckMatch(fc, round(score, 3), round(lexical, 3), round(cosine, 3)))
        elif lexical >= MIN_SCORE or not strict:
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


def _postgres_search(q: str, where: str, params: list) -> list[tuple[FactCheck, float, int]]:
    terms = scoring.lookup_terms(_lexemes(q))
    df, n_docs = _counts(terms) if terms else ({}, 0)
    select, select_params = _lexical_sql(terms, df, n_docs)
    rows = FactCheck.objects.raw(
        f"SELECT f.*, {select} FROM claims_factcheck f "
        f"WHERE f.search_vector @@ websearch_to_tsquery('english', %s) {where} "
        "ORDER BY lexical DESC, f.id LIMIT %s",
        [*select_params, q, *params, SEARCH_POOL],
    )
    return [(fc, float(fc.lexical), int(fc.shared)) for fc in rows]


def _like_search(q: str, qs) -> list[tuple[FactCheck, float, int]]:
    """SQLite (no full text): every word of the search in the claim or headline."""
    words = [w.strip('"') for w in q.split()[:10] if w.strip('"')]
    for word in words:
        qs = qs.filter(search_text__icontains=word)
    return [(fc, 1.0, len(words)) for fc in qs.order_by("id")[:SEARCH_POOL]]


def library_search(q: str, *, verdict: str = "", publisher: str = "") -> list[FactCheckMatch]:
    """The library's fact-checks matching a search (PostgreSQL websearch
    syntax: "phrase", -word, or), ranked as a claim's matches are ranked in
    the panel: the rarity-weighted share of the search's words each holds,
    re-ranked by the cosine of its vector with the search's. Every full-text
    match is kept (no thresholds: the words asked for are there); the best
    SEARCH_POOL by words are ranked and returned."""
    from claims.matching import MODEL_ID

    q = (q or "").strip()
    if not q:
        return []
    if connection.vendor == "postgresql":
        where, params = "", []
        if verdict:
            where += " AND f.verdict = %s"
            params.append(verdict)
        if publisher:
            where += " AND strpos(lower(f.publisher), lower(%s)) > 0"
            params.append(publisher)
        found = _postgres_search(q, where, params)
    else:
        found = _like_search(q, library_filter(FactCheck.objects.all(), verdict, publisher))
    if not found:
        return []
    return rescore(found, _vector(q), MODEL_ID, strict=False)


def library_filter(qs, verdict: str = "", publisher: str = ""):
    if verdict:
        qs = qs.filter(verdict=verdict)
    if publisher:
        qs = qs.filter(publisher__icontains=publisher)
    return qs
