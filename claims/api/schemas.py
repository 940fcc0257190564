"""Request and response bodies. Responses are read from model instances
(resolvers name the nested objects); requests carry what a service takes,
and for every claim write the `version` the client started from."""

from datetime import date, datetime
from typing import Annotated, Any, Literal

from ninja import Field, Path, Schema
from pydantic import StringConstraints

from claims.models import (
    ClaimKind,
    ExtractionState,
    Relation,
    SourceKind,
    SpeakerKind,
    Stance,
    Verdict,
    WebhookEvent,
)
from claims.status import STATUSES

# PostgreSQL text cannot hold NUL: refuse it at the schema (422), not in SQL (500).
NO_NUL = r"^[^\x00]*$"
MAX_ID = 2**63 - 1
Id = Annotated[int, Path(ge=1, le=MAX_ID)]


def Text(max_length: int):  # noqa: N802 - a type
    return Annotated[str, StringConstraints(max_length=max_length, pattern=NO_NUL)]


StatusValue = Literal[tuple(s.value for s in STATUSES)]  # type: ignore[valid-type]
KindValue = Literal[tuple(ClaimKind.values)]  # type: ignore[valid-type]
StateValue = Literal[tuple(ExtractionState.values)]  # type: ignore[valid-type]
StanceValue = Literal[tuple(Stance.values)]  # type: ignore[valid-type]
RelationValue = Literal[tuple(Relation.values)]  # type: ignore[valid-type]
SourceKindValue = Literal[tuple(SourceKind.values)]  # type: ignore[valid-type]
SpeakerKindValue = Literal[tuple(SpeakerKind.values)]  # type: ignore[valid-type]
VerdictValue = Literal[tuple(Verdict.values)]  # type: ignore[valid-type]


class Problem(Schema):
    """RFC 9457 problem details (application/problem+json)."""

    type: str
    title: str
    status: int
    detail: str
    instance: str | None = None
    current: dict[str, Any] | None = Field(
        None, description="On a 409 stale-version: the object as it is now."
    )
    errors: list[dict[str, Any]] | None = Field(
        None, description="On a 422: what did not match the schema."
    )


class SpeakerRef(Schema):
    id: int
    name: str


class Extraction(Schema):
    state: StateValue
    error: str
    extractor_version: str
    extracted_at: datetime | None
    paragraphs_done: int = Field(
        ...,
        ge=0,
        description="Paragraphs parsed so far by the running (or last) extraction.",
    )
    paragraphs_total: int = Field(
        ...,
        ge=0,
        description="Paragraphs in the text; 0 until an extraction has started.",
    )


class ReportState(Schema):
    published: bool
    published_at: datetime | None


class ArticleOut(Schema):
    id: int
    title: str
    url: str | None
    publisher: str
    published_at: datetime | None
    byline: str
    created_at: datetime
    updated_at: datetime
    extraction: Extraction
    report: ReportState
    n_claims: int | None = Field(None, description="Live claims (in lists only).")

    @staticmethod
    def resolve_extraction(obj):
        return {
            "state": obj.extraction_state,
            "error": obj.extraction_error,
            "extractor_version": obj.extractor_version,
            "extracted_at": obj.extracted_at,
            "paragraphs_done": obj.extraction_done,
            "paragraphs_total": obj.extraction_total,
        }

    @staticmethod
    def resolve_report(obj):
        return {"published": obj.is_published, "published_at": obj.report_published_at}

    @staticmethod
    def resolve_n_claims(obj):
        return getattr(obj, "n_claims", None)


class ArticleDetailOut(ArticleOut):
    body: str


class ArticleIn(Schema):
    """Either `body` (the text) or `url` with `fetch: true` (downloaded with the
    same rules as the web form: public addresses only, size and time limits)."""

    title: Text(500) = Field("", description="Empty: the first line of the text.")
    body: Text(8_000_000) = Field("", description="The article's plain text.")
    url: Text(2000) = ""
    fetch: bool = Field(False, description="Download the text from `url`.")
    publisher: Text(200) = ""
    published_at: datetime | None = None
    byline: Text(300) = ""


class ClaimOut(Schema):
    id: int
    article_id: int
    text: str
    start: int
    end: int
    position: int
    kind: KindValue
    is_headline: bool
    speaker: SpeakerRef | None
    speaker_mention: str
    via: str
    cue: str
    hedged: bool
    hedge: str
    quantities: list[dict[str, Any]]
    entities: list[Any]
    checkworthiness: float
    status: StatusValue
    rationale: str
    assignee: str | None
    origin: str
    vanished: bool
    version: int
    created_at: datetime
    updated_at: datetime

    @staticmethod
    def resolve_speaker(obj):
        return {"id": obj.speaker_id, "name": obj.speaker.name} if obj.speaker_id else None

    @staticmethod
    def resolve_assignee(obj):
        return obj.assignee.get_username() if obj.assignee_id else None


class CursorPage(Schema):
    next_cursor: str | None = Field(
        None, description="Pass as `cursor` for the next page; null on the last page."
    )


class ClaimPage(CursorPage):
    items: list[ClaimOut]


class ArticlePage(CursorPage):
    items: list[ArticleOut]


class ClaimUpdateIn(Schema):
    version: int = Field(..., ge=1, description="The claim's version the edit started from.")
    text: Text(5000) | None = None
    kind: KindValue | None = None
    speaker_name: Text(200) | None = Field(
        None, description="Empty string: the article's own voice."
    )


class ClaimCreateIn(Schema):
    """A claim over the words of the article from `start` to `end` (character
    offsets in the article's body, as in a claim's `start`/`end`)."""

    start: int = Field(..., ge=0, le=MAX_ID)
    end: int = Field(..., ge=1, le=MAX_ID)
    text: Text(5000) = Field("", description="Empty: the words of the span.")
    kind: KindValue = "claim"
    speaker_name: Text(200) = Field("", description="Empty: the article's own voice.")


class SplitIn(Schema):
    version: int = Field(..., ge=1, description="The claim's version the edit started from.")
    at: int = Field(
        ..., ge=0, le=MAX_ID, description="The article offset to split at, inside the claim."
    )


class SplitOut(Schema):
    first: ClaimOut = Field(..., description="The claim itself, up to `at` (keeps its id).")
    second: ClaimOut = Field(..., description="The new claim, from `at`.")


class VersionedClaim(Schema):
    id: int = Field(..., ge=1, le=MAX_ID)
    version: int = Field(..., ge=1, description="Its version the merge started from.")


class MergeClaimsIn(Schema):
    claims: list[VersionedClaim] = Field(
        ...,
        min_length=2,
        max_length=50,
        description="Claims of one article; merged into the first in article order.",
    )


class StatusIn(Schema):
    version: int = Field(..., ge=1)
    status: StatusValue
    rationale: Text(10000) = ""


class AssignIn(Schema):
    version: int = Field(..., ge=1)
    assignee: Text(150) | None = Field(None, description="A username; null to unassign.")


class SourceOut(Schema):
    id: int
    url: str
    title: str
    publisher: str
    published_at: date | None
    kind: SourceKindValue
    speaker: SpeakerRef | None
    notes: str

    @staticmethod
    def resolve_speaker(obj):
        return {"id": obj.speaker_id, "name": obj.speaker.name} if obj.speaker_id else None


class SourcePage(CursorPage):
    items: list[SourceOut]


class EvidenceOut(Schema):
    id: int
    claim_id: int
    source: SourceOut
    stance: StanceValue
    excerpt: str
    note: str
    created_at: datetime


class EvidenceIn(Schema):
    version: int = Field(..., ge=1, description="The claim's version the edit started from.")
    url: Text(2000)
    stance: StanceValue
    title: Text(500) = ""
    publisher: Text(200) = ""
    published_at: date | None = None
    kind: SourceKindValue = "other"
    excerpt: Text(10000) = ""
    note: Text(10000) = ""


class LinkOut(Schema):
    id: int
    from_claim_id: int
    to_claim_id: int
    relation: RelationValue
    origin: str
    score: float | None
    independent: bool
    created_at: datetime

    @staticmethod
    def resolve_independent(obj):
        return obj.is_independent


class LinkIn(Schema):
    to_claim: int = Field(..., ge=1, le=MAX_ID, description="The other claim's id.")
    relation: RelationValue
    direction: Literal["out", "in"] = Field(
        "out", description="out: this claim <relation> the other; in: the other <relation> this."
    )


class SuggestionOut(Schema):
    other: ClaimOut
    relation: RelationValue
    from_claim_id: int
    to_claim_id: int
    score: float
    reasons: list[str]
    independent: bool
    independence_note: str = Field(
        "",
        description="Why the two speakers are not independent ('not independent: both U.S. "
        "government'), or that the confirmation comes from an adversary; empty otherwise.",
    )
    adversarial: bool = Field(
        False, description="A confirmation by an adversary of the claimant: the strongest kind."
    )


class OtherClaimIn(Schema):
    other: int = Field(..., ge=1, le=MAX_ID, description="The suggested claim's id.")


class SpeakerOut(Schema):
    id: int
    name: str
    kind: SpeakerKindValue
    description: str
    aliases: list[str]
    n_claims: int | None = None

    @staticmethod
    def resolve_aliases(obj):
        return [a.name for a in obj.aliases.all()]

    @staticmethod
    def resolve_n_claims(obj):
        return getattr(obj, "n_claims", None)


class SpeakerPage(CursorPage):
    items: list[SpeakerOut]


class SpeakerIn(Schema):
    name: Text(200)
    kind: SpeakerKindValue | None = None


class MergeIn(Schema):
    others: list[Annotated[int, Field(ge=1, le=MAX_ID)]] = Field(
        ..., min_length=1, max_length=50, description="Speakers folded into this one."
    )


class SourceUpdateIn(Schema):
    title: Text(500) | None = None
    publisher: Text(200) | None = None
    published_at: date | None = None
    kind: SourceKindValue | None = None
    notes: Text(10000) | None = None


WebhookEventValue = Literal[tuple(WebhookEvent.values)]  # type: ignore[valid-type]


class WebhookIn(Schema):
    url: Text(2000) = Field(..., description="An https:// URL on a public address.")
    events: list[WebhookEventValue] = Field(..., min_length=1, max_length=10)
    description: Text(200) = ""


class WebhookOut(Schema):
    id: int
    url: str
    events: list[str]
    description: str
    active: bool
    created_at: datetime


class WebhookCreatedOut(WebhookOut):
    secret: str = Field(..., description="Signs every delivery; shown only in this answer.")


class DeliveryOut(Schema):
    id: int
    event: str
    state: Literal["pending", "delivered", "failed"]
    attempts: int
    status_code: int | None
    error: str
    created_at: datetime
    last_attempt_at: datetime | None
    next_attempt_at: datetime | None
    delivered_at: datetime | None


class DeliveryPage(CursorPage):
    items: list[DeliveryOut]


class FactCheckOut(Schema):
    """A fact-check of the library; in a search or a claim's matches, with
    how well it matches (else the scores are null)."""

    id: int
    claim_reviewed: str
    title: str
    rating: str = Field(..., description="The rating as the fact-checker published it.")
    verdict: VerdictValue = Field(..., description="The rating normalised.")
    verdict_label: str
    stance: StanceValue = Field(..., description="What it is as evidence on the same claim.")
    publisher: str
    claimant: str
    published_at: date | None
    url: str | None
    language: str
    own: bool = Field(..., description="One of this desk's own published reviews.")
    score: float | None = Field(None, description="0..1, the order of a search or matches.")
    lexical: float | None = Field(
        None, description="The rarity-weighted share of the searched words it holds."
    )
    cosine: float | None = Field(
        None, description="Meaning: cosine of its vector with the search's (when it has one)."
    )


class FactCheckPage(CursorPage):
    items: list[FactCheckOut]
