"""Suggested links, claim versus confirmation: for one claim, the claims in
this and other articles that confirm, contradict or repeat it.

Candidates come from the database, index-backed and capped (PostgreSQL:
claims sharing two of the claim's rarest lexemes — rarity from PostgreSQL's
own statistics of the search vector — on the full-text GIN index, at most
RANK_POOL of them, the CANDIDATES best by ts_rank read in the same pass with
their stored sentence vectors; SQLite: LIKE on a few keywords). Those are
re-ranked on their vectors (claims.matching; a claim not yet embedded is
embedded here, a few at most), and typed best first until LIMIT are kept:
the relation and its direction come from claims.matching.relations; pairs
below its similarity threshold, or about another place or day, are not
suggested at all, and are never loaded whole. A panel opening costs the
same few queries at a hundred claims or a million, none per candidate: on
PostgreSQL two to find and re-rank the candidates (the claim's lexemes,
links, dismissals and vector; then the candidates with theirs), and, when
some are similar enough, one for those claims (speaker and article, with its
stored setting) and two for their speakers' affiliations and adversaries.
"""

import contextlib
import re
import time
from dataclasses import dataclass, field

import numpy as np
from django.db import DatabaseError, connection, transaction
from django.db.models import Q

from claims.highlight import mark_words
from claims.independence import Independence, load_chains_and_rivals
from claims.independence import independence as speakers_independence
from claims.matching.lexical import stem, words
from claims.matching.lexicon import STOPWORDS
from claims.matching.relations import (
    MIN_SIMILARITY,
    ClaimFacts,
    places,
    suggested,
)
from claims.models import (
    Article,
    Claim,
    ClaimKind,
    ClaimLink,
    ClaimVector,
    SuggestionDismissal,
    current_setting,
    place_setting,
)
from claims.selectors import SEARCH_CONFIG, uses_postgres
from claims.services.vectors import claim_vectors_keep, from_bytes, text_hash

CANDIDATES = 100  # re-ranked on their vectors
RANK_POOL = 200  # full-text matches ranked at most, whatever the table size
POSTGRES_KEYWORDS = 4  # the claim's rarest lexemes; candidates share two of them
# Claims without a current vector embedded on the spot (the open claim first, then the
# best-ranked candidates); the others wait for their article's task or `embed_claims`.
EMBED_AT_MOST = 4
LIMIT = 5
FIRST_LOAD = 3 * LIMIT  # candidates loaded whole at first (then twice as many, and so on)
NOT_CHECKABLE = {ClaimKind.OPINION, ClaimKind.COMMITMENT}
RELATION_ORDER = ("contradicts", "confirms", "repeats")
UNUSED_FIELDS = ("article__body", "search_text")

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
    independence: str = (
        ""  # claims.independence's note: why not independent, or "from an adversary"
    )
    adversarial: bool = False  # a confirmation by an adversary of the claimant: the strongest kind
    why: Independence | None = None  # the verdict itself (claims.independence)

    @property
    def percent(self) -> int:
        return round(max(self.score, 0.0) * 100)

    @property
    def other_marked(self):
        """The other claim's text (cut to SHOWN characters), escaped, with the
        words it shares with the claim in <mark>."""
        text = self.other.text
        if len(text) > SHOWN:
            text = text[: SHOWN - 1].rstrip() + "…"
        return mark_words(text, self.matched)


SHOWN = 180  # characters of the other claim's text a suggestion shows


def chains_and_rivals(claims: list[Claim]) -> set[frozenset]:
    """Load the affiliation chains of these claims' speakers and return the
    adversary pairs among them (one query), so that claims.independence
    reads nothing more for any pair of them."""
    return load_chains_and_rivals([c.speaker for c in claims if c.speaker_id])


def explain(suggestion: "Suggestion", rivals: set[frozenset] | None) -> None:
    """Give the suggestion claims.independence's verdict on its two speakers
    (`rivals` as chains_and_rivals returns it; None reads them)."""
    verdict = independence(suggestion.claim, suggestion.other, rivals=rivals)
    suggestion.why = verdict
    suggestion.independent = verdict.independent
    suggestion.adversarial = verdict.adversarial and suggestion.relation == "confirms"
    shown = not verdict.independent or suggestion.adversarial
    suggestion.independence = verdict.note if shown else ""


def explain_independence(suggestions: list["Suggestion"], links=()) -> None:
    """Give each suggestion without one its verdict (explain), and each of
    `links` (ClaimLinks with their claims' speakers) `why`, the verdict on its
    two speakers: the speakers' chains and adversaries read once for all (one
    query), not once for the suggestions and again for the links."""
    missing = [s for s in suggestions if s.why is None]
    links = list(links)
    rivals = chains_and_rivals(
        [c for s in missing for c in (s.claim, s.other)]
        + [c for link in links for c in (link.from_claim, link.to_claim)]
    )
    for s in missing:
        explain(s, rivals)
    for link in links:
        link.why = independence(link.from_claim, link.to_claim, rivals=rivals)


def independence(a: Claim, b: Claim, *, rivals: set[frozenset] | None = None) -> Independence:
    """Whether b's word adds to a's: claims.independence of their speakers, the
    one rule the links, the report and the speaker pages use (the same party,
    or parties with one affiliation root, are not independent; an adversary's
    confirmation is the strongest kind)."""
    return speakers_independence(a.speaker, b.speaker, rivals=rivals)


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


def facts(claim: Claim, settings: dict[int, frozenset] | None = None) -> ClaimFacts:
    article = claim.article
    when = article.published_at or article.created_at
    return ClaimFacts(
        text=claim.text,
        kind=claim.kind,
        cue=claim.cue or "",
        quantities=tuple(claim.quantities or ()),
        order=(when, claim.article_id, claim.position, claim.pk),
        entities=tuple(claim.entities or ()),
        setting=(settings or {}).get(claim.article_id, frozenset()),
    )


def stored_setting(article: Article) -> frozenset | None:
    """The article's stored setting (Article.place_setting) if it was
    computed from its current text and title, else None."""
    return current_setting(article.place_setting, article.content_hash, article.title)


def _loaded_article(claim: Claim) -> Article | None:
    """The claim's article if it was loaded with it, with its setting and the
    text hash and title that say whether the setting is current."""
    if not Claim.article.is_cached(claim):
        return None
    article = claim.article
    deferred = article.get_deferred_fields()
    if deferred & {"place_setting", "content_hash", "title"}:
        return None
    return article


def article_settings(claims: list[Claim]) -> dict[int, frozenset]:
    """{article id: the countries its title and text place things in} for
    the articles of those of these claims that name no place of their own
    (the others are compared by their own; claims.matching.relations). Read
    from Article.place_setting, as the claims' articles were loaded with them
    (no query), else in one query; an article without one for its current
    text (edited, or bulk-loaded) is computed once, a few ms of text scanning,
    and stored for every later panel (best effort)."""
    wanted = {c.article_id: c for c in claims if not places(c.text, tuple(c.entities or ()))}
    out, unread = {}, []
    for pk, c in wanted.items():
        article = _loaded_article(c)
        setting = stored_setting(article) if article is not None else None
        if setting is None:
            unread.append(pk)
        else:
            out[pk] = setting
    if not unread:
        return out
    rows = Article.objects.filter(pk__in=unread).only("content_hash", "title", "place_setting")
    stale = []
    for article in rows:
        setting = stored_setting(article)
        if setting is None:
            stale.append(article.pk)
        else:
            out[article.pk] = setting
    if stale:
        fresh = Article.objects.filter(pk__in=stale).values_list(
            "pk", "content_hash", "title", "body"
        )
        kept = []
        for pk, h, title, body in fresh:
            value = place_setting(title, body, h)
            out[pk] = frozenset(value["countries"])
            kept.append(Article(pk=pk, place_setting=value))
        with contextlib.suppress(DatabaseError):  # a cache: never fail the panel for it
            with transaction.atomic():
                Article.objects.bulk_update(kept, ["place_setting"])  # one UPDATE
    return out


EXCLUDED_SQL = (
    f"SELECT from_claim_id, to_claim_id FROM {ClaimLink._meta.db_table} "
    "WHERE from_claim_id = %s OR to_claim_id = %s "
    f"UNION ALL SELECT claim_id, other_id FROM {SuggestionDismissal._meta.db_table} "
    "WHERE claim_id = %s OR other_id = %s"
)


def _excluded(claim: Claim) -> set[int]:
    """The claim, the claims linked to it either way and those dismissed for
    it: one query."""
    with connection.cursor() as cursor:
        cursor.execute(EXCLUDED_SQL, [claim.pk] * 4)
        rows = cursor.fetchall()
    return {claim.pk} | {i for row in rows for i in row}


NOT_READ = object()  # a Candidate's vector was not read with it


@dataclass(frozen=True)
class Candidate:
    """A candidate as it is re-ranked: its id and text (the text says whether
    its stored vector is current), not yet the claim with speaker and article;
    on PostgreSQL with its stored vector, (text hash, bytes) or None, read in
    the same query."""

    pk: int
    text: str
    stored: object = NOT_READ


def candidates(claim: Claim) -> list[Candidate]:
    """A capped list of plausible partners, never the whole table: ids and
    texts only (most fall below the similarity any suggestion needs, and are
    never loaded whole)."""
    return claim_and_candidates(claim)[1]


def claim_and_candidates(claim: Claim) -> tuple[Candidate, list[Candidate]]:
    """The claim as a candidate (on PostgreSQL with its stored vector) and
    its candidates."""
    if uses_postgres():
        return _candidates_postgres(claim)
    qs = Claim.objects.exclude(pk__in=_excluded(claim)).exclude(kind__in=NOT_CHECKABLE)
    me = Candidate(claim.pk, claim.text)
    words_ = keywords(claim.text)
    if not words_:
        return me, []
    cond = Q()
    for w in words_[:8]:
        cond |= Q(search_text__icontains=w)
    rows = qs.filter(cond).order_by("-checkworthiness").values_list("pk", "text")[:CANDIDATES]
    return me, [Candidate(pk, text) for pk, text in rows]


def load_claims(ids: list[int]) -> list[Claim]:
    """These claims, in this order, with what a suggestion shows and types (one
    query; not the articles' bodies, kilobytes a claim)."""
    if not ids:
        return []
    found = Claim.objects.select_related("speaker", "article").defer(*UNUSED_FIELDS).in_bulk(ids)
    return [found[i] for i in ids if i in found]


def _tsquery_literal(lexeme: str) -> str:
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"


_frequencies: dict = {"at": -1e9, "df": {}}
STATS_SECONDS = 600  # how long a process trusts the table statistics it read


def lexeme_frequencies() -> dict[str, float]:
    """Share of claims holding each common lexeme, from PostgreSQL's own
    statistics of the search vector (ANALYZE keeps the ~1,000 most common
    elements of a tsvector column): read once per process every few minutes,
    no query per claim. A lexeme not listed is rarer than every listed one."""
    now = time.monotonic()
    if now - _frequencies["at"] > STATS_SECONDS:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT most_common_elems::text::text[], most_common_elem_freqs FROM pg_stats "
                "WHERE tablename = 'claims_claim' AND attname = 'search_vector' "
                "AND schemaname = current_schema()"
            )
            row = cursor.fetchone()
        df = {}
        if row and row[0]:
            # most_common_elem_freqs ends with three more numbers than there are elements
            # (the smallest and largest frequency, then the share of empty vectors).
            elems, freqs = row[0], row[1]
            df = dict(zip(elems, freqs[: len(elems)], strict=True))
        _frequencies.update(at=now, df=df)
    return _frequencies["df"]


def chosen_lexemes(lexemes: list[str]) -> list[str]:
    """The claim's most telling lexemes for finding candidates: the rarest
    POSTGRES_KEYWORDS (a name, a place, an unusual verb), common ones only
    if nothing rarer is there. Numbers and one- or two-letter lexemes are left out."""
    df = lexeme_frequencies()
    usable = [t for t in dict.fromkeys(lexemes) if len(t) > 2 and not t.isdigit()]
    usable.sort(key=lambda t: (df.get(t, 0.0), -len(t), t))  # no statistics: longer first
    return usable[:POSTGRES_KEYWORDS]


def _pairs_tsquery(lexemes: list[str]) -> str:
    """Claims sharing at least two of the lexemes: (a & b) | (a & c) | ...
    Far fewer matches than any-one-word, and still answered by the GIN index."""
    if len(lexemes) == 1:
        return _tsquery_literal(lexemes[0])
    return " | ".join(
        f"({_tsquery_literal(a)} & {_tsquery_literal(b)})"
        for i, a in enumerate(lexemes)
        for b in lexemes[i + 1 :]
    )


# The claim's lexemes (to choose the rarest), what it must not be paired with
# (itself, the claims linked to it either way, those dismissed for it) and its
# stored vector: one query.
CLAIM_SQL = f"""
SELECT tsvector_to_array(to_tsvector(%s::regconfig, %s)),
       ARRAY(SELECT unnest(ARRAY[from_claim_id, to_claim_id]) FROM {ClaimLink._meta.db_table}
             WHERE from_claim_id = %s OR to_claim_id = %s
             UNION ALL
             SELECT unnest(ARRAY[claim_id, other_id]) FROM {SuggestionDismissal._meta.db_table}
             WHERE claim_id = %s OR other_id = %s),
       v.text_hash, v.vector
FROM (SELECT 1) AS one
LEFT JOIN {ClaimVector._meta.db_table} v ON v.claim_id = %s AND v.vector IS NOT NULL
"""

# The pool: at most RANK_POOL live, checkable claims matching the tsquery, as the
# GIN index gives them (no ORDER BY: the bitmap scan stops at RANK_POOL rows);
# those ranked by ts_rank, and the CANDIDATES best read with their stored vectors.
# Ranked on the pool's own rows: no second look-up of each by its key.
CANDIDATES_SQL = f"""
SELECT best.id, best.text, v.text_hash, v.vector
FROM (
    SELECT pool.id, pool.text, ts_rank(pool.search_vector, to_tsquery(%s::regconfig, %s)) AS rank
    FROM (
        SELECT c.id, c.text, c.search_vector FROM {Claim._meta.db_table} c
        WHERE c.deleted_at IS NULL AND c.id <> ALL(%s::bigint[]) AND c.kind <> ALL(%s::text[])
          AND c.search_vector @@ to_tsquery(%s::regconfig, %s)
        LIMIT %s
    ) AS pool
    ORDER BY rank DESC, pool.id
    LIMIT %s
) AS best
LEFT JOIN {ClaimVector._meta.db_table} v ON v.claim_id = best.id AND v.vector IS NOT NULL
ORDER BY best.rank DESC, best.id
"""


def _candidates_postgres(claim: Claim) -> tuple[Candidate, list[Candidate]]:
    """Index-backed and bounded, in two queries: the claim's lexemes, exclusions
    and vector; then the GIN index answers "two of the claim's rarest lexemes"
    (no ORDER BY, so it stops at RANK_POOL matches), those are ranked by
    ts_rank and the CANDIDATES best read (id, text, stored vector)."""
    with connection.cursor() as cursor:
        cursor.execute(CLAIM_SQL, [SEARCH_CONFIG, claim.text, *[claim.pk] * 5])
        lexemes, linked, h, v = cursor.fetchone()
        me = Candidate(claim.pk, claim.text, (h, v) if h is not None else None)
        lexemes = chosen_lexemes(list(lexemes or []))
        if not lexemes:
            return me, []
        excluded = sorted({claim.pk, *(linked or ())})
        query = _pairs_tsquery(lexemes)
        cursor.execute(
            CANDIDATES_SQL,
            [
                SEARCH_CONFIG,
                query,
                excluded,
                sorted(str(k.value) for k in NOT_CHECKABLE),
                SEARCH_CONFIG,
                query,
                RANK_POOL,
                CANDIDATES,
            ],
        )
        rows = cursor.fetchall()
    return me, [Candidate(pk, text, (h, v) if h is not None else None) for pk, text, h, v in rows]


def vectors_for(
    claims: list[Claim | Candidate], *, embed_missing: int | None = None
) -> dict[int, np.ndarray]:
    """Current stored vectors of these claims: as the candidates were read
    with theirs, else in one query; those missing or stale (embedded from
    another text) are embedded here, the first `embed_missing` of them (all
    if None), and kept for the next time."""
    unread = [c.pk for c in claims if getattr(c, "stored", NOT_READ) is NOT_READ]
    stored = {c.pk: c.stored for c in claims if getattr(c, "stored", NOT_READ) is not NOT_READ}
    if unread:
        rows = ClaimVector.objects.filter(claim_id__in=unread, vector__isnull=False)
        stored |= {i: (h, v) for i, h, v in rows.values_list("claim_id", "text_hash", "vector")}
    out = {}
    for c in claims:
        row = stored.get(c.pk)
        if row is not None and row[0] == text_hash(c.text):
            out[c.pk] = from_bytes(row[1])
    missing = [c for c in claims if c.pk not in out]
    if embed_missing is not None:
        missing = missing[:embed_missing]
    if missing:
        from claims.matching import embed

        for c, v in zip(missing, embed([c.text for c in missing]), strict=True):
            out[c.pk] = v
        claim_vectors_keep(embedded=[(c.pk, c.text, out[c.pk]) for c in missing])
    return out


def _suggest(
    claim: Claim,
    other: Claim,
    similarity: float,
    settings: dict[int, frozenset] | None = None,
) -> Suggestion | None:
    """The pair typed (claims.matching.relations), or None; its speakers'
    independence is given after (explain), only to the suggestions kept."""
    typed = suggested(
        facts(claim, settings),
        facts(other, settings),
        similarity=similarity,
        same_party=claim.speaker_id is not None and claim.speaker_id == other.speaker_id,
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
    )


def suggest_links(claim: Claim, limit: int = LIMIT, *, explained: bool = True) -> list[Suggestion]:
    """The claim's suggested links, best first, at most `limit`. explained:
    with their speakers' independence (explain); False leaves it to the
    caller's explain_independence (the panel, with its links' at once)."""
    if claim.is_deleted:
        return []
    me, found = claim_and_candidates(claim)
    if not found:
        return []
    # read with the candidates; the claim itself first in line if it must be embedded
    vectors = vectors_for([me, *found], embed_missing=EMBED_AT_MOST)
    embedded = [other for other in found if other.pk in vectors]
    if not embedded:
        return []
    similarity = np.stack([vectors[o.pk] for o in embedded]) @ vectors[claim.pk]
    # Typed best first, until `limit` are kept: the same result as typing every
    # candidate and keeping the best `limit`, for a handful of relation checks.
    # Below MIN_SIMILARITY no pair is ever suggested: those are not even loaded.
    order = sorted(
        (i for i in range(len(embedded)) if float(similarity[i]) >= MIN_SIMILARITY),
        key=lambda i: (-round(float(similarity[i]), 3), embedded[i].pk),
    )
    score = {embedded[i].pk: float(similarity[i]) for i in order}
    ranked = [embedded[i].pk for i in order]
    out, start, size = [], 0, FIRST_LOAD
    while start < len(ranked) and len(out) < limit:
        # whole claims a batch at a time: most panels keep `limit` from the first
        others = load_claims(ranked[start : start + size])
        start, size = start + size, size * 2
        settings = article_settings([claim, *others])
        for other in others:
            suggestion = _suggest(claim, other, score[other.pk], settings)
            if suggestion is not None:
                out.append(suggestion)
                if len(out) == limit:
                    break
    if explained:
        explain_independence(out)
    return out


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
    similarity = float(vectors[claim.pk] @ vectors[other.pk])
    suggestion = _suggest(claim, other, similarity, settings=article_settings([claim, other]))
    if suggestion is not None:
        explain(suggestion, None)
    return suggestion
