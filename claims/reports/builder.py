"""Build everything a verification report shows for one article, in a
constant number of queries (article, claims + speakers, evidence + sources,
outgoing links, incoming links, reviewers), whatever the number of claims.

The result is plain data (dataclasses holding model instances); the HTML
template, `exports` and `claimreview` only read it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from django.contrib.auth import get_user_model
from django.db.models import Prefetch
from django.utils import timezone

from claims import status as statuses
from claims.highlight import segments
from claims.independence import attach_chains, independence, rival_pairs
from claims.models import Article, Claim, ClaimEvent, ClaimKind, ClaimLink, Evidence

CHECKWORTHY_THRESHOLD = 0.5

# How a link reads from each end: from_claim <relation> to_claim.
#   on from_claim: "confirms <to>"       on to_claim: "confirmed by <from>"
LINK_PHRASES = {
    "confirms": ("confirms", "confirmed by"),
    "contradicts": ("contradicts", "contradicted by"),
    "repeats": ("repeats", "repeated by"),
}


def speaker_name(claim: Claim, article: Article | None = None) -> str:
    """Who asserts the claim, in words: the resolved speaker, else the mention
    in the text, else the article's own voice (its publisher)."""
    if claim.speaker_id:
        return claim.speaker.name
    if claim.speaker_mention:
        return claim.speaker_mention
    article = article or claim.article
    return article.publisher or "the article"


def user_name(user, *, public: bool = False) -> str:
    """A colleague's name: the display name they chose (first and last name),
    else, for colleagues only, the login. Public reports name the newsroom and
    people only where they chose a display name."""
    if user is None:
        return ""
    chosen = user.get_full_name().strip()
    return chosen if chosen or public else user.get_username()


UNPUBLISHED_TEXT = "A claim in another article whose report is not published."


def _masked(other: Claim, other_article: Article) -> tuple[Claim, Article]:
    """Stand-ins for a claim (and its article) a public report may not show."""
    article = Article(pk=other_article.pk, title="another article (report not published)")
    return Claim(pk=other.pk, article=article, text=UNPUBLISHED_TEXT), article


@dataclass
class LinkLine:
    """One claim link seen from one of its two claims."""

    link: ClaimLink
    direction: str  # "out": this claim <relation> other; "in": other <relation> this claim
    other: Claim
    other_speaker: str
    other_article: Article | None  # set only when the other claim is in another article
    independent: bool
    independence_note: str

    @property
    def relation(self) -> str:
        return self.link.relation

    @property
    def phrase(self) -> str:
        """ "confirmed by", "contradicts", "repeated by", …"""
        out, in_ = LINK_PHRASES[self.link.relation]
        return out if self.direction == "out" else in_

    @property
    def sentence(self) -> str:
        """The link in plain words: confirmed by CENTCOM: “…” (in “Other article”)."""
        text = f"{self.phrase} {self.other_speaker}: “{self.other.text}”"
        if self.other_article is not None:
            text += f" (in “{self.other_article.title}”)"
        return text


@dataclass
class EvidenceLine:
    evidence: Evidence
    independent: bool
    independence_note: str

    @property
    def source(self):
        return self.evidence.source


@dataclass(eq=False)  # identity: a claim appears once per report
class ReportClaim:
    claim: Claim
    number: int  # 1-based order in the article, for people
    speaker: str
    status: statuses.Status
    evidence: list[EvidenceLine] = field(default_factory=list)
    links: list[LinkLine] = field(default_factory=list)

    @property
    def pk(self) -> int:
        return self.claim.pk

    @property
    def anchor(self) -> str:
        """The element id in the HTML report; ClaimReview urls end with #anchor."""
        return anchor_for(self.claim)

    @property
    def is_checkworthy(self) -> bool:
        return self.claim.checkworthiness >= CHECKWORTHY_THRESHOLD


def anchor_for(claim: Claim) -> str:
    # The primary key, not the position: positions shift when claims are
    # split, merged or re-extracted; a published ClaimReview url must not.
    return f"claim-{claim.pk}"


@dataclass
class Count:
    value: str
    label: str
    count: int
    status: statuses.Status | None = None


@dataclass
class Summary:
    total: int
    by_status: list[Count]
    by_kind: list[Count]
    checkworthy: int
    checkworthy_verified: int

    @property
    def verified_share(self) -> float | None:
        """Share of check-worthy claims with a final status (None when there are none)."""
        if not self.checkworthy:
            return None
        return self.checkworthy_verified / self.checkworthy

    @property
    def verified_percent(self) -> int | None:
        share = self.verified_share
        return None if share is None else round(share * 100)


@dataclass
class Report:
    article: Article
    claims: list[ReportClaim]
    summary: Summary
    reviewers: list[str]
    generated_at: datetime
    public: bool = False

    @property
    def is_published(self) -> bool:
        return self.article.is_published

    @property
    def published_at(self):
        return self.article.report_published_at

    @property
    def published_by(self) -> str:
        return user_name(self.article.report_published_by, public=self.public)

    @property
    def state(self) -> str:
        return "published" if self.is_published else "draft"

    @property
    def final_claims(self) -> list[ReportClaim]:
        return [c for c in self.claims if c.status.final]

    @property
    def final_labels(self) -> list[str]:
        return [s.label for s in statuses.STATUSES if s.final]

    @property
    def statuses(self) -> tuple[statuses.Status, ...]:
        return statuses.STATUSES

    def text_segments(self) -> list[TextSegment]:
        """The article text cut at claim boundaries, for highlighting: each
        piece knows the claim it is coloured by (the most specific covering
        one) and the numbers of the claims that end with it (for markers)."""
        spans = [_Spanned(c) for c in self.claims]
        ends: dict[int, list[ReportClaim]] = {}
        for c in self.claims:
            ends.setdefault(c.claim.end, []).append(c)
        out = []
        for seg in segments(self.article.body, spans):
            covering = [s.report_claim for s in seg.claims]
            ending = [c for c in ends.get(seg.end, []) if c in covering]
            out.append(
                TextSegment(
                    seg.text,
                    covering[0] if covering else None,
                    sorted(ending, key=lambda c: c.number),
                )
            )
        return out


@dataclass
class TextSegment:
    text: str
    claim: ReportClaim | None  # coloured by this claim's status; None = plain text
    ending: list[ReportClaim]  # claims whose span ends here (a marker follows)


class _Spanned:
    """Adapter giving highlight.segments the pk/start/end it wants, keeping the ReportClaim."""

    __slots__ = ("report_claim", "pk", "start", "end")

    def __init__(self, report_claim: ReportClaim):
        self.report_claim = report_claim
        self.pk = report_claim.claim.pk
        self.start = report_claim.claim.start
        self.end = report_claim.claim.end


def _independence(a_speaker, b_speaker, rivals=None) -> tuple[bool, str]:
    """claims.independence with the reason in words for the report."""
    verdict = independence(a_speaker, b_speaker, rivals=rivals)
    return verdict.independent, verdict.note


def _evidence_independence(claim: Claim, evidence: Evidence, rivals=None) -> tuple[bool, str]:
    verdict = independence(claim.speaker, evidence.source.speaker, rivals=rivals)
    if verdict.reason == "same speaker":
        return False, "not independent: the source is the speaker"
    return verdict.independent, verdict.note


def load_article(pk: int) -> Article:
    """The article with who published its report (one query)."""
    return Article.objects.select_related("report_published_by").get(pk=pk)


def build_report(article: Article, *, public: bool = False) -> Report:
    """All the report's data for `article` (load it with `load_article` so the
    publisher's user comes in the same query). Six more queries, plus one per
    level of the speakers' affiliation hierarchy.
    `public`: claims of other articles whose report is not published are masked."""
    claims = list(
        Claim.objects.filter(article=article)
        .select_related("speaker")
        .prefetch_related(
            Prefetch("evidence", queryset=Evidence.objects.select_related("source__speaker")),
            Prefetch(
                "links_out",
                queryset=ClaimLink.objects.filter(to_claim__deleted_at__isnull=True).select_related(
                    "to_claim__speaker", "to_claim__article"
                ),
            ),
            Prefetch(
                "links_in",
                queryset=ClaimLink.objects.filter(
                    from_claim__deleted_at__isnull=True
                ).select_related("from_claim__speaker", "from_claim__article"),
            ),
        )
        .order_by("position", "start", "id")
    )
    rivals = _load_affiliations(claims)

    items: list[ReportClaim] = []
    for number, claim in enumerate(claims, start=1):
        claim.article = article  # no query per claim for claim.article
        item = ReportClaim(
            claim=claim,
            number=number,
            speaker=speaker_name(claim, article),
            status=statuses.get(claim.status),
        )
        for ev in claim.evidence.all():
            ok, note = _evidence_independence(claim, ev, rivals)
            item.evidence.append(EvidenceLine(ev, ok, note))
        lines = []
        for link in claim.links_out.all():
            lines.append(_link_line(link, "out", claim, link.to_claim, article, public, rivals))
        for link in claim.links_in.all():
            lines.append(_link_line(link, "in", claim, link.from_claim, article, public, rivals))
        lines.sort(key=lambda line: (line.link.created_at, line.link.pk))
        item.links = lines
        items.append(item)

    return Report(
        article=article,
        claims=items,
        summary=_summary(items),
        reviewers=_reviewers(article, public),
        generated_at=timezone.now(),
        public=public,
    )


def _load_affiliations(claims: list[Claim]) -> set[frozenset]:
    """Every speaker the report compares gets its affiliation chain loaded
    (one query per level of the hierarchy); returns the adversary pairs."""
    speakers = []
    for claim in claims:
        speakers.append(claim.speaker)
        speakers.extend(ev.source.speaker for ev in claim.evidence.all())
        speakers.extend(link.to_claim.speaker for link in claim.links_out.all())
        speakers.extend(link.from_claim.speaker for link in claim.links_in.all())
    attach_chains(speakers)
    return rival_pairs()


def _link_line(
    link: ClaimLink,
    direction: str,
    this: Claim,
    other: Claim,
    article: Article,
    public: bool = False,
    rivals=None,
) -> LinkLine:
    other_article = other.article if other.article_id != article.pk else None
    ok, note = _independence(this.speaker, other.speaker, rivals)
    if public and other_article is not None and not other_article.is_published:
        masked, masked_article = _masked(other, other_article)
        return LinkLine(
            link=link,
            direction=direction,
            other=masked,
            other_speaker="someone",
            other_article=masked_article,
            independent=ok,
            independence_note=note,
        )
    return LinkLine(
        link=link,
        direction=direction,
        other=other,
        other_speaker=speaker_name(other, other.article if other_article else article),
        other_article=other_article,
        independent=ok,
        independence_note=note,
    )


def _summary(items: list[ReportClaim]) -> Summary:
    by_status = Counter(i.claim.status for i in items)
    by_kind = Counter(i.claim.kind for i in items)
    checkworthy = [i for i in items if i.is_checkworthy]
    return Summary(
        total=len(items),
        by_status=[
            Count(s.value, s.label, by_status.get(s.value, 0), s) for s in statuses.STATUSES
        ],
        by_kind=[Count(k.value, k.label, by_kind.get(k.value, 0)) for k in ClaimKind],
        checkworthy=len(checkworthy),
        checkworthy_verified=sum(1 for i in checkworthy if i.status.final),
    )


def _reviewers(article: Article, public: bool = False) -> list[str]:
    """Users who acted on the article's claims (status, evidence, links, edits), by name."""
    User = get_user_model()
    actor_ids = ClaimEvent.objects.filter(
        article=article, claim__isnull=False, actor__isnull=False
    ).values("actor_id")
    users = User.objects.filter(pk__in=actor_ids)
    return sorted({user_name(u, public=public) for u in users} - {""}, key=str.casefold)
