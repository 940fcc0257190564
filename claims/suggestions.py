"""Suggested links, claim versus confirmation: for one claim, the claims in
this and other articles that look like the same event.

Candidates come from the database, index-backed and capped (PostgreSQL:
full-text match of any of the claim's significant words on the GIN index,
plus pg_trgm similarity; SQLite: LIKE on a few keywords). Only those few
dozen are scored in Python, on:

* text similarity (pg_trgm `similarity`, or the same trigram measure in Python),
* shared named entities (claim.entities) and quantities (claim.quantities),
* kind pairing: a claim pairs with confirmations and denials.

The relation proposed: a denial "contradicts", a confirmation "confirms",
the same speaker saying the same kind of thing "repeats"; otherwise another
speaker reporting the same event "confirms" it.
"""

import math
import re
from dataclasses import dataclass

from django.contrib.postgres.search import SearchQuery, SearchRank, TrigramSimilarity
from django.db.models import Q

from claims.models import Claim, ClaimKind, ClaimLink, Relation, SuggestionDismissal
from claims.selectors import SEARCH_CONFIG, StoredSearchVector, uses_postgres

CANDIDATES = 40
RANK_POOL = 2000  # matches ranked at most, whatever the table size
POSTGRES_KEYWORDS = 8
MIN_SCORE = 0.15
WEIGHTS = {"text": 0.45, "entities": 0.25, "quantities": 0.1, "kind": 0.2}
NOT_CHECKABLE = {ClaimKind.OPINION, ClaimKind.COMMITMENT}

_WORD = re.compile(r"[\w'-]+", re.UNICODE)
STOPWORDS = frozenset("""
a an the and or but if of to in on at by for with from as is are was were be been being it its
this that these those he she they we you i his her their our your them us him me my said says
say told tell would could should will shall may might can has have had do does did not no yes
than then there here also after before over under about into out up down more most some any
all each other such only own same so very just last week year day days new one two three
according reports report reportedly statement while when where which who whom what why how
""".split())


@dataclass
class Suggestion:
    claim: Claim  # the open claim
    other: Claim
    relation: str
    from_claim: Claim  # the link's direction: from_claim <relation> to_claim
    to_claim: Claim
    score: float
    reasons: list[str]

    @property
    def independent(self) -> bool:
        a, b = self.from_claim.speaker_id, self.to_claim.speaker_id
        return a is None or b is None or a != b


def keywords(text: str, limit: int = 12) -> list[str]:
    seen, out = set(), []
    for w in _WORD.findall(text.casefold()):
        w = w.strip("'-")
        if len(w) < 3 or w in STOPWORDS or w.isdigit() or w in seen:
            continue
        seen.add(w)
        out.append(w)
    return out[:limit]


def trigrams(text: str) -> set[str]:
    """pg_trgm's trigrams: each alphanumeric word, lower-cased, padded with
    two spaces in front and one behind."""
    out = set()
    for word in re.findall(r"[^\W_]+", text.casefold()):
        padded = f"  {word} "
        out.update(padded[i:i + 3] for i in range(len(padded) - 2))
    return out


def trigram_similarity(a: str, b: str) -> float:
    ta, tb = trigrams(a), trigrams(b)
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / len(ta | tb)


def stem(word: str) -> str:
    """A crude English stem, enough to match "attacks" with "attack" and
    "attacked"; never a prefix cut (that would match "military" and "militia")."""
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def stems(text: str) -> set[str]:
    return {stem(w) for w in keywords(text, 40)}


def rarity(docs: list[set]) -> dict[str, float]:
    """Inverse document frequency over the claims being compared, so that what
    every candidate shares ("US", "forces", "Iraq") counts for little and
    what few share ("al-Tanf", "drones") counts for much."""
    n = len(docs)
    df: dict[str, int] = {}
    for doc in docs:
        for key in doc:
            df[key] = df.get(key, 0) + 1
    return {key: math.log((n + 1) / (count + 0.5)) for key, count in df.items()}


def coverage(a: set, b: set, idf: dict | None = None) -> float:
    """How much of `a` (the open claim) `b` echoes, each element weighted by its
    rarity. Asymmetric on purpose: a short candidate that shares two common
    words must not outscore a longer one that repeats the claim's specifics."""
    if not a or not b:
        return 0.0
    w = (lambda k: idf.get(k, 1.0)) if idf else (lambda k: 1.0)
    total = sum(w(k) for k in a)
    return sum(w(k) for k in a & b) / total if total else 0.0


def word_overlap(a: str, b: str, idf: dict | None = None) -> float:
    """The share of `a`'s significant word stems that `b` has, rarity-weighted."""
    return coverage(stems(a), stems(b), idf)


def _entity_keys(claim: Claim) -> set[str]:
    out = set()
    for e in claim.entities or []:
        text = (e.get("text") if isinstance(e, dict) else str(e)) or ""
        text = re.sub(r"^the\s+", "", text.strip().casefold())
        if text:
            out.add(text)
    return out


def _quantity_keys(claim: Claim) -> set[tuple]:
    out = set()
    for q in claim.quantities or []:
        if isinstance(q, dict) and q.get("value") is not None:
            out.add((str(q.get("value")), str(q.get("unit") or "").casefold().rstrip("s")))
    return out


def _overlap(a: set, b: set) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def propose(claim: Claim, other: Claim) -> tuple[str, Claim, Claim, float]:
    """(relation, from_claim, to_claim, kind score) for a pair."""
    same_speaker = claim.speaker_id is not None and claim.speaker_id == other.speaker_id
    for a, b in ((other, claim), (claim, other)):
        if a.kind == ClaimKind.DENIAL and b.kind != ClaimKind.DENIAL:
            return Relation.CONTRADICTS, a, b, 1.0
        if a.kind == ClaimKind.CONFIRMATION and b.kind != ClaimKind.CONFIRMATION:
            return Relation.CONFIRMS, a, b, 1.0
    if same_speaker and claim.kind == other.kind:
        return Relation.REPEATS, other, claim, 0.8
    return Relation.CONFIRMS, other, claim, 0.4


def candidates(claim: Claim):
    """A capped queryset of plausible partners, best first, never the whole table."""
    linked = ClaimLink.objects.filter(Q(from_claim=claim) | Q(to_claim=claim)).values_list(
        "from_claim_id", "to_claim_id"
    )
    exclude = {claim.pk}
    for a, b in linked:
        exclude.update((a, b))
    for a, b in SuggestionDismissal.objects.filter(Q(claim=claim) | Q(other=claim)).values_list(
        "claim_id", "other_id"
    ):
        exclude.update((a, b))
    words = keywords(claim.text)
    if not words:
        return []
    qs = (
        Claim.objects.exclude(pk__in=exclude).exclude(kind__in=NOT_CHECKABLE)
        .select_related("speaker", "article")
    )
    if uses_postgres():
        return _candidates_postgres(claim, qs, words)
    cond = Q()
    for w in words[:8]:
        cond |= Q(search_text__icontains=w)
    found = list(qs.filter(cond).order_by("-checkworthiness")[: CANDIDATES * 3])
    for c in found:
        c.trgm = trigram_similarity(claim.text, c.text)
    found.sort(key=lambda c: c.trgm, reverse=True)
    return found[:CANDIDATES]


def _pairs_query(words: list[str]) -> SearchQuery:
    """Claims sharing at least two of the keywords: (a & b) | (a & c) | ...
    Far fewer matches than any-one-word, and still answered by the GIN index."""
    terms = [SearchQuery(w, config=SEARCH_CONFIG) for w in words[:POSTGRES_KEYWORDS]]
    if len(terms) == 1:
        return terms[0]
    query = None
    for i, a in enumerate(terms):
        for b in terms[i + 1:]:
            query = (a & b) if query is None else query | (a & b)
    return query


def _candidates_postgres(claim: Claim, qs, words: list[str]) -> list[Claim]:
    """Index-backed and bounded: at most RANK_POOL matches are ranked, so a
    claim full of common words costs the same on a million claims as on a
    hundred."""
    query = _pairs_query(words)
    pool = qs.alias(search=StoredSearchVector()).filter(search=query).values("pk")[:RANK_POOL]
    return list(
        qs.filter(pk__in=pool)
        .annotate(rank=SearchRank(StoredSearchVector(), query),
                  trgm=TrigramSimilarity("text", claim.text))
        .order_by("-rank", "-trgm")[:CANDIDATES]
    )


def score_pair(claim: Claim, other: Claim, trgm: float | None = None,
               idf: dict | None = None) -> tuple[float, list[str], tuple]:
    trgm = trigram_similarity(claim.text, other.text) if trgm is None else trgm
    words = word_overlap(claim.text, other.text, idf)
    # Trigrams reward shared spelling, common words included; rarity-weighted
    # word overlap is the better judge when we have the candidates' statistics.
    text = max(0.5 * trgm, words) if idf else max(trgm, words)
    ents = coverage(_entity_keys(claim), _entity_keys(other), idf)
    qty = _overlap(_quantity_keys(claim), _quantity_keys(other))
    relation, a, b, kind = propose(claim, other)
    # Kind pairing counts only as far as the two are about the same thing.
    kind *= min(1.0, 2.0 * max(text, ents))
    score = (WEIGHTS["text"] * text + WEIGHTS["entities"] * ents + WEIGHTS["quantities"] * qty
             + WEIGHTS["kind"] * kind)
    reasons = [f"similar wording {round(text * 100)}%"]
    shared = sorted(_entity_keys(claim) & _entity_keys(other))
    if shared:
        reasons.append("shared: " + ", ".join(shared[:4]))
    if qty:
        reasons.append("same numbers")
    return round(min(score, 1.0), 3), reasons, (relation, a, b)


def _idf_for(claim: Claim, others: list[Claim]) -> dict:
    docs = [stems(c.text) | _entity_keys(c) for c in (claim, *others)]
    return rarity(docs)


def suggest_links(claim: Claim, limit: int = 8) -> list[Suggestion]:
    if claim.is_deleted:
        return []
    found = candidates(claim)
    idf = _idf_for(claim, found)
    out = []
    for other in found:
        score, reasons, (relation, a, b) = score_pair(claim, other, getattr(other, "trgm", None),
                                                      idf)
        if relation == Relation.REPEATS and other.article_id == claim.article_id and \
                word_overlap(claim.text, other.text) < 0.6:
            continue  # one speaker's neighbouring statements, not the same claim twice
        if score >= MIN_SCORE:
            out.append(Suggestion(claim, other, relation, a, b, score, reasons))
    out.sort(key=lambda s: s.score, reverse=True)
    return out[:limit]


def suggestion_for(claim: Claim, other: Claim) -> Suggestion | None:
    """The suggestion for one pair, recomputed server-side when it is accepted
    (the browser only says which claim; relation and score are ours)."""
    if other.pk == claim.pk or other.is_deleted:
        return None
    found = candidates(claim)
    score, reasons, (relation, a, b) = score_pair(claim, other, idf=_idf_for(claim, found))
    return Suggestion(claim, other, relation, a, b, score, reasons)
