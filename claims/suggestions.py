"""Suggested links, claim versus confirmation: for one claim, the claims in
this and other articles that confirm, contradict or repeat it.

Candidates come from the database, index-backed and capped (PostgreSQL:
claims sharing two of the claim's significant words on the full-text GIN
index, at most RANK_POOL of them ranked by ts_rank; SQLite: LIKE on a few
keywords). Only those few hundred are re-ranked in Python, on their stored
sentence vectors (claims.matching; a claim not yet embedded is embedded here,
a few at most). The relation and its direction come from
claims.matching.relations; pairs below its similarity threshold, or about
another place or day, are not suggested at all.
"""

import re
from dataclasses import dataclass, field

import numpy as np
from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db.models import Q

from claims.matching.lexical import stem, words
from claims.matching.lexicon import STOPWORDS
from claims.matching.relations import ClaimFacts, suggested
from claims.models import Claim, ClaimKind, ClaimLink, ClaimVector, SuggestionDismissal
from claims.selectors import SEARCH_CONFIG, StoredSearchVector, uses_postgres
from claims.services.vectors import from_bytes, text_hash

CANDIDATES = 150  # re-ranked on their vectors
RANK_POOL = 1000  # full-text matches ranked at most, whatever the table size
POSTGRES_KEYWORDS = 8
EMBED_AT_MOST = 16  # candidates without a current vector embedded on the spot
LIMIT = 5
NOT_CHECKABLE = {ClaimKind.OPINION, ClaimKind.COMMITMENT}
RELATION_ORDER = ("contradicts", "confirms", "repeats")

_WORD = re.compile(r"[\w'-]+", re.UNICODE)


@dataclass
class Suggestion:
    claim: Claim  # the open claim
    other: Claim
    relation: str
    from_claim: Claim  # the link's direction: from_claim <relation> to_claim
    to_claim: Claim
    score: float  # cosine similarity of the two claims
    reasons: list[str]
    matched: list[str] = field(default_factory=list)  # the other's words the claim shares
    independent: bool = True
    independence: str = ""  # why (not) independent, for the reviewer

    @property
    def percent(self) -> int:
        return round(max(self.score, 0.0) * 100)


def independence(a: Claim, b: Claim) -> tuple[bool, str]:
    """Whether b's word adds to a's: not when the same party says both
    (ClaimLink.is_independent's rule, by speaker)."""
    if a.speaker_id is None or b.speaker_id is None:
        return True, "speaker unknown on one side"
    if a.speaker_id == b.speaker_id:
        return False, f"same speaker: {a.speaker.name}"
    return True, f"different speakers: {b.speaker.name} / {a.speaker.name}"


def keywords(text: str, limit: int = 12) -> list[str]:
    seen, out = set(), []
    for w in _WORD.findall(text.casefold()):
        w = w.strip("'-")
        if len(w) < 3 or w in STOPWORDS or w.isdigit() or w in seen:
            continue
        seen.add(w)
        out.append(w)
    return out[:limit]


def matched_words(claim_text: str, other_text: str) -> list[str]:
    """The other claim's significant words that the claim also has (by stem),
    as they are written in the other claim, for highlighting."""
    mine = {stem(w) for w in words(claim_text) if w not in STOPWORDS and len(w) > 2}
    out = []
    for w in _WORD.findall(other_text):
        low = w.casefold().strip("'-")
        if low not in STOPWORDS and len(low) > 2 and stem(low) in mine and w not in out:
            out.append(w)
    return out


def facts(claim: Claim) -> ClaimFacts:
    article = claim.article
    when = article.published_at or article.created_at
    return ClaimFacts(
        text=claim.text,
        kind=claim.kind,
        cue=claim.cue or "",
        quantities=tuple(claim.quantities or ()),
        order=(when, claim.article_id, claim.position, claim.pk),
        entities=tuple(claim.entities or ()),
    )


def _excluded(claim: Claim) -> set[int]:
    exclude = {claim.pk}
    for a, b in ClaimLink.objects.filter(Q(from_claim=claim) | Q(to_claim=claim)).values_list(
        "from_claim_id", "to_claim_id"
    ):
        exclude.update((a, b))
    for a, b in SuggestionDismissal.objects.filter(Q(claim=claim) | Q(other=claim)).values_list(
        "claim_id", "other_id"
    ):
        exclude.update((a, b))
    return exclude


def candidates(claim: Claim) -> list[Claim]:
    """A capped list of plausible partners, never the whole table."""
    words_ = keywords(claim.text)
    if not words_:
        return []
    qs = (
        Claim.objects.exclude(pk__in=_excluded(claim))
        .exclude(kind__in=NOT_CHECKABLE)
        .select_related("speaker", "article")
    )
    if uses_postgres():
        return _candidates_postgres(qs, words_)
    cond = Q()
    for w in words_[:8]:
        cond |= Q(search_text__icontains=w)
    return list(qs.filter(cond).order_by("-checkworthiness")[:CANDIDATES])


def _pairs_query(words_: list[str]) -> SearchQuery:
    """Claims sharing at least two of the keywords: (a & b) | (a & c) | ...
    Far fewer matches than any-one-word, and still answered by the GIN index."""
    terms = [SearchQuery(w, config=SEARCH_CONFIG) for w in words_[:POSTGRES_KEYWORDS]]
    if len(terms) == 1:
        return terms[0]
    query = None
    for i, a in enumerate(terms):
        for b in terms[i + 1 :]:
            query = (a & b) if query is None else query | (a & b)
    return query


def _candidates_postgres(qs, words_: list[str]) -> list[Claim]:
    """Index-backed and bounded: at most RANK_POOL matches are ranked, so a
    claim full of common words costs the same on a million claims as on a
    hundred."""
    query = _pairs_query(words_)
    pool = qs.alias(search=StoredSearchVector()).filter(search=query).values("pk")[:RANK_POOL]
    return list(
        qs.filter(pk__in=pool)
        .annotate(rank=SearchRank(StoredSearchVector(), query))
        .order_by("-rank", "pk")[:CANDIDATES]
    )


def vectors_for(claims: list[Claim], *, embed_missing: int | None = None) -> dict[int, np.ndarray]:
    """Stored, current vectors of these claims; those missing or stale are
    embedded here, the first `embed_missing` of them (all if None)."""
    stored = dict(
        ClaimVector.objects.filter(
            claim_id__in=[c.pk for c in claims], vector__isnull=False
        ).values_list("claim_id", "text_hash")
    )
    fresh = {c.pk for c in claims if stored.get(c.pk) == text_hash(c.text)}
    out = {
        i: from_bytes(v)
        for i, v in ClaimVector.objects.filter(claim_id__in=fresh).values_list("claim_id", "vector")
    }
    missing = [c for c in claims if c.pk not in out]
    if embed_missing is not None:
        missing = missing[:embed_missing]
    if missing:
        from claims.matching import embed

        for c, v in zip(missing, embed([c.text for c in missing])):
            out[c.pk] = v
    return out


def _suggest(claim: Claim, other: Claim, similarity: float) -> Suggestion | None:
    independent, why = independence(claim, other)
    typed = suggested(
        facts(claim),
        facts(other),
        similarity=similarity,
        same_party=not independent,
        same_article=other.article_id == claim.article_id,
    )
    if typed is None:
        return None
    a, b = (claim, other) if typed.forward else (other, claim)
    return Suggestion(
        claim,
        other,
        typed.relation,
        a,
        b,
        round(similarity, 3),
        typed.reasons,
        matched_words(claim.text, other.text),
        independent,
        why,
    )


def suggest_links(claim: Claim, limit: int = LIMIT) -> list[Suggestion]:
    if claim.is_deleted:
        return []
    found = candidates(claim)
    if not found:
        return []
    vectors = vectors_for([claim], embed_missing=1)
    vectors.update(vectors_for(found, embed_missing=EMBED_AT_MOST))
    mine = vectors[claim.pk]
    out = []
    for other in found:
        if other.pk not in vectors:
            continue
        suggestion = _suggest(claim, other, float(mine @ vectors[other.pk]))
        if suggestion is not None:
            out.append(suggestion)
    out.sort(key=lambda s: (-s.score, s.other.pk))
    return out[:limit]


def grouped(suggestions: list[Suggestion]) -> list[tuple[str, list[Suggestion]]]:
    """Suggestions by relation (contradictions first), each group best first."""
    groups = {r: [s for s in suggestions if s.relation == r] for r in RELATION_ORDER}
    return [(r, items) for r, items in groups.items() if items]


def suggestion_for(claim: Claim, other: Claim) -> Suggestion | None:
    """The suggestion for one pair, recomputed server-side when it is accepted
    (the browser only says which claim; relation and score are ours)."""
    if other.pk == claim.pk or other.is_deleted or claim.is_deleted:
        return None
    vectors = vectors_for([claim, other])
    return _suggest(claim, other, float(vectors[claim.pk] @ vectors[other.pk]))
