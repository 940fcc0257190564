"""The claim data model: articles, the claims in them, who asserts them, and
the evidence and claim-to-claim links reviewers attach.

Writes go through `claims.services`, which validate, lock and audit; the
models hold the shape, the constraints and small behaviour.
"""

import hashlib
import re
import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.urls import reverse

from claims.extraction.speakers import alias_key
from claims.source_urls import normalise_url
from claims.status import ClaimStatus
from claims.status import get as get_status

_WS = re.compile(r"\s+")


def content_hash(body: str) -> str:
    """Hash of the article text with white space folded: the same text pasted
    twice (or with different line wrapping) is the same article."""
    folded = _WS.sub(" ", body).strip().casefold()
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


def place_setting(title: str, body: str, text_hash: str) -> dict:
    """Article.place_setting for this title and text (whose content_hash is
    text_hash): the countries claims.matching.relations.article_setting finds
    in them, with what they were computed from (and by which version of its
    rules). A few ms of text scanning."""
    from claims.matching.relations import SETTING_RULES, article_setting

    countries = sorted(article_setting(f"{title}\n{body}"))
    return {"of": text_hash, "title": title, "rules": SETTING_RULES, "countries": countries}


def current_setting(stored, text_hash: str, title: str) -> frozenset | None:
    """The countries of a stored place_setting if it was computed from this
    text and title by the current rules, else None (stale, computed by other
    rules, or never computed)."""
    from claims.matching.relations import SETTING_RULES

    if (
        stored
        and stored.get("of") == text_hash
        and stored.get("title") == title
        and stored.get("rules") == SETTING_RULES
    ):
        return frozenset(stored.get("countries") or ())
    return None


def new_report_token() -> str:
    return secrets.token_urlsafe(32)


class ExtractionState(models.TextChoices):
    PENDING = "pending", "Pending"
    RUNNING = "running", "Running"
    DONE = "done", "Done"
    FAILED = "failed", "Failed"


class Article(models.Model):
    title = models.CharField(max_length=500)
    body = models.TextField(
        help_text="Plain text exactly as ingested; claim offsets index into it."
    )
    url = models.URLField(max_length=2000, blank=True, null=True)
    publisher = models.CharField(max_length=200, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    byline = models.CharField(max_length=300, blank=True)
    content_hash = models.CharField(max_length=64, editable=False)

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    extraction_state = models.CharField(
        max_length=10, choices=ExtractionState, default=ExtractionState.PENDING
    )
    extraction_error = models.TextField(blank=True)
    extractor_version = models.CharField(max_length=100, blank=True)
    extracted_at = models.DateTimeField(null=True, blank=True)
    # Progress of a running extraction: paragraphs parsed of those in the text
    # (written by the task as it parses; 0 of 0 until it starts).
    extraction_done = models.PositiveIntegerField(default=0, editable=False)
    extraction_total = models.PositiveIntegerField(default=0, editable=False)
    # The countries the title and text place things in, the implicit place of its
    # claims that name none (claims.matching.relations.article_setting), with the
    # text it was computed from: {"of": content_hash, "title": title, "countries": [...]}.
    # Computed when the article is saved with a new text or title (save(); migration
    # 0021 filled the older ones), so a panel only reads it; an article written
    # around save() (a bulk load, a queryset update) gets it on its first panel
    # (claims.suggestions.article_settings).
    place_setting = models.JSONField(null=True, blank=True, editable=False)

    report_published_at = models.DateTimeField(null=True, blank=True)
    report_published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    report_token = models.CharField(
        max_length=64, null=True, blank=True, unique=True, editable=False
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["url"], condition=Q(url__isnull=False), name="article_url_unique"
            ),
            models.UniqueConstraint(fields=["content_hash"], name="article_content_unique"),
            models.CheckConstraint(
                condition=Q(extraction_state__in=ExtractionState.values),
                name="article_extraction_state_valid",
            ),
        ]
        indexes = [
            models.Index(fields=["extraction_state"]),
            models.Index(fields=["publisher"]),
            models.Index(fields=["published_at"]),
        ]
        permissions = [
            ("publish_report", "Can publish and unpublish verification reports"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("article_detail", args=[self.pk])

    def save(self, *args, **kwargs):
        self.content_hash = content_hash(self.body)
        if self.url == "":
            self.url = None
        fields = kwargs.get("update_fields")
        if fields is None or {"body", "title"} & set(fields):
            if current_setting(self.place_setting, self.content_hash, self.title) is None:
                self.place_setting = place_setting(self.title, self.body, self.content_hash)
            if fields is not None:
                kwargs["update_fields"] = {*fields, "place_setting"}
        super().save(*args, **kwargs)

    @property
    def is_published(self) -> bool:
        return self.report_published_at is not None

    @property
    def is_extracting(self) -> bool:
        return self.extraction_state in (ExtractionState.PENDING, ExtractionState.RUNNING)


class SpeakerKind(models.TextChoices):
    PERSON = "person", "Person"
    GOVERNMENT = "government", "Government"
    MILITARY = "military", "Military"
    ARMED_GROUP = "armed_group", "Armed group"
    MEDIA = "media", "Media outlet"
    ORGANISATION = "organisation", "Organisation"


def speaker_key(name: str) -> str:
    """Normalised name used to match aliases (claims.extraction.speakers.alias_key:
    one rule for what SpeakerAlias.key holds)."""
    from claims.extraction.speakers import alias_key

    return alias_key(name)


class ActiveSpeakerManager(models.Manager):
    """Speakers that have not been merged into another (merges keep the row so they can be undone)."""

    def get_queryset(self):
        return super().get_queryset().filter(merged_into__isnull=True)


class Speaker(models.Model):
    """One party: a person, a government body, a military command, an armed
    group, an outlet. `parent` is the organisation it speaks for or belongs to
    (CENTCOM -> U.S. Department of Defense -> U.S. government; Patrick Ryder ->
    U.S. Department of Defense), which is what independence checks follow."""

    name = models.CharField(max_length=200, help_text="Canonical name.")
    kind = models.CharField(max_length=20, choices=SpeakerKind, default=SpeakerKind.ORGANISATION)
    description = models.TextField(blank=True)
    role = models.CharField(
        max_length=200, blank=True, help_text="What a person speaks as: 'Pentagon spokesman'."
    )
    title = models.CharField(
        max_length=100, blank=True, help_text="'Brigadier General', 'Minister'."
    )
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="children",
        help_text="The organisation it speaks for or belongs to.",
    )
    adversaries = models.ManyToManyField(
        "self",
        symmetrical=True,
        blank=True,
        help_text="Parties in open conflict with this one: a confirmation from one of them "
        "is the strongest kind.",
    )
    curated = models.BooleanField(
        default=False, help_text="Part of the gazetteer: checked by an editor, not only extracted."
    )
    merged_into = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="merged_from",
        editable=False,
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ActiveSpeakerManager()
    all_objects = models.Manager()

    class Meta:
        ordering = ["name"]
        base_manager_name = "all_objects"
        permissions = [("merge_speakers", "Can merge speakers")]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=SpeakerKind.values), name="speaker_kind_valid"
            ),
            models.CheckConstraint(condition=~Q(parent=F("id")), name="speaker_not_own_parent"),
        ]
        indexes = [models.Index(fields=["parent"], name="speaker_parent_idx")]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("speaker_detail", args=[self.pk])

    def affiliation_chain(self) -> list["Speaker"]:
        """The speaker, then its parent, its parent's parent, ... (a cycle stops the walk)."""
        from claims.independence import chain

        return chain(self)

    def parent_refusal(self, parent) -> str:
        """Why `parent` cannot be where this speaker belongs ("" if it can): a
        party is never its own ancestor (the loop is named for the editor)."""
        if parent is None or self.pk is None:
            return ""
        if parent.pk == self.pk:
            return f"{self.name} cannot belong to itself."
        from claims.independence import chain

        up = chain(parent)
        ids = [s.pk for s in up]
        if self.pk in ids:
            path = " → ".join(s.name for s in up[: ids.index(self.pk) + 1])
            return (
                f"{self.name} cannot belong to {parent.name}: {parent.name} already belongs "
                f"to {self.name} ({path})."
            )
        return ""

    def clean(self):
        refusal = self.parent_refusal(self.parent)
        if refusal:
            raise ValidationError({"parent": refusal})


class SpeakerAlias(models.Model):
    speaker = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=200)
    key = models.CharField(max_length=200, unique=True, editable=False)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "speaker aliases"

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.key = alias_key(self.name)
        super().save(*args, **kwargs)


class MergeDecision(models.TextChoices):
    PENDING = "pending", "Pending"
    MERGED = "merged", "Merged"
    DISTINCT = "distinct", "Not the same"


class SpeakerMatch(models.Model):
    """An uncertain match between two speakers, shown to editors as a merge
    suggestion and decided once: the pair is stored lowest id first, so "not
    the same" is remembered whichever way round the names come up again."""

    speaker = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="+")
    other = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="+")
    score = models.FloatField(help_text="How alike the names are, 0-100.")
    reason = models.CharField(max_length=200, blank=True)
    decision = models.CharField(max_length=10, choices=MergeDecision, default=MergeDecision.PENDING)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-score", "id"]
        constraints = [
            models.UniqueConstraint(fields=["speaker", "other"], name="speakermatch_pair_unique"),
            models.CheckConstraint(
                condition=Q(speaker__lt=F("other")), name="speakermatch_ordered"
            ),
            models.CheckConstraint(
                condition=Q(decision__in=MergeDecision.values), name="speakermatch_decision_valid"
            ),
        ]
        indexes = [models.Index(fields=["decision", "-score"], name="speakermatch_queue_idx")]

    def __str__(self):
        return f"{self.speaker} ~ {self.other} ({self.score:.0f})"


class SpeakerMerge(models.Model):
    """One merge of `merged` into `target`, with what moved, so it can be undone."""

    target = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="+")
    merged = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="+")
    moved = models.JSONField(
        default=dict,
        help_text="ids of the aliases, claims, sources and member speakers that moved.",
    )
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    at = models.DateTimeField(auto_now_add=True)
    undone_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    undone_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-at", "-id"]

    def __str__(self):
        return f"{self.merged} -> {self.target}"


class ClaimKind(models.TextChoices):
    CLAIM = "claim", "Claim"
    CONFIRMATION = "confirmation", "Confirmation"
    DENIAL = "denial", "Denial"
    STATISTIC = "statistic", "Statistic"
    FACT = "fact", "Fact"
    OPINION = "opinion", "Opinion"
    COMMITMENT = "commitment", "Commitment"


class ClaimOrigin(models.TextChoices):
    EXTRACTED = "extracted", "Extracted"
    MANUAL = "manual", "Manual"


class LiveClaimManager(models.Manager):
    """Claims that have not been deleted (deletion is soft so it can be undone)."""

    def get_queryset(self):
        return super().get_queryset().filter(deleted_at__isnull=True)


class Claim(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="claims")
    text = models.TextField()
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    position = models.PositiveIntegerField(default=0, help_text="Order in the article.")
    kind = models.CharField(max_length=20, choices=ClaimKind, default=ClaimKind.CLAIM)
    is_headline = models.BooleanField(default=False)

    speaker = models.ForeignKey(
        Speaker,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="claims",
        help_text="Empty means the article's own voice.",
    )
    speaker_mention = models.CharField(max_length=300, blank=True)
    speaker_start = models.PositiveIntegerField(null=True, blank=True)
    speaker_end = models.PositiveIntegerField(null=True, blank=True)
    via = models.CharField(max_length=200, blank=True, help_text="Outlet it was reported through.")
    cue = models.CharField(max_length=100, blank=True)
    hedged = models.BooleanField(default=False)
    hedge = models.CharField(max_length=100, blank=True)
    quantities = models.JSONField(default=list, blank=True)
    entities = models.JSONField(default=list, blank=True)
    checkworthiness = models.FloatField(default=0.5)

    status = models.CharField(max_length=20, choices=ClaimStatus, default="unreviewed")
    rationale = models.TextField(blank=True)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_claims",
    )
    origin = models.CharField(max_length=10, choices=ClaimOrigin, default=ClaimOrigin.EXTRACTED)
    extractor_version = models.CharField(max_length=100, blank=True)
    touched = models.BooleanField(
        default=False, help_text="A reviewer changed it; re-extraction never overwrites it."
    )
    vanished = models.BooleanField(
        default=False, help_text="The latest extraction no longer finds this claim."
    )
    search_text = models.TextField(
        blank=True,
        editable=False,
        help_text="Claim text, speaker, via and article title, for full-text search.",
    )
    version = models.PositiveIntegerField(default=1)
    deleted_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = LiveClaimManager()
    all_objects = models.Manager()

    class Meta:
        ordering = ["article_id", "position", "start", "id"]
        base_manager_name = "all_objects"
        constraints = [
            models.CheckConstraint(condition=Q(end__gt=F("start")), name="claim_span_not_empty"),
            models.CheckConstraint(
                condition=Q(checkworthiness__gte=0) & Q(checkworthiness__lte=1),
                name="claim_checkworthiness_0_1",
            ),
            models.CheckConstraint(
                condition=Q(status__in=ClaimStatus.values), name="claim_status_valid"
            ),
            models.CheckConstraint(condition=Q(kind__in=ClaimKind.values), name="claim_kind_valid"),
        ]
        indexes = [
            models.Index(fields=["article", "position"]),
            models.Index(fields=["status", "-checkworthiness"]),
            models.Index(fields=["status", "-created_at"]),
            models.Index(fields=["speaker", "status"]),
            models.Index(fields=["assignee", "status"]),
            # The review queue's own orders, so a page is the first rows of an
            # index scan instead of a sort of every matching claim (the
            # (status, ...) indexes cannot return one order for status IN (...)).
            models.Index(
                fields=["-checkworthiness", "-id"],
                name="claim_open_queue_idx",
                condition=Q(status__in=["unreviewed", "in_review"], deleted_at__isnull=True),
            ),
            models.Index(
                fields=["-checkworthiness", "-id"],
                name="claim_live_worth_idx",
                condition=Q(deleted_at__isnull=True),
            ),
            models.Index(
                fields=["-created_at", "-id"],
                name="claim_live_newest_idx",
                condition=Q(deleted_at__isnull=True),
            ),
        ]

    def __str__(self):
        return self.text[:80]

    def get_absolute_url(self):
        return reverse("claim_detail", args=[self.article_id, self.pk])

    @property
    def status_info(self):
        return get_status(self.status)

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None

    @property
    def speaker_label(self) -> str:
        if self.speaker_id:
            return self.speaker.name
        return self.speaker_mention or "Article"

    def build_search_text(self) -> str:
        parts = [self.text, self.speaker_mention, self.via, self.article.title]
        if self.speaker_id:
            parts.append(self.speaker.name)
        return " ".join(p for p in parts if p)

    def clean(self):
        body_len = len(self.article.body) if self.article_id else None
        if self.start is None or self.end is None or self.end <= self.start:
            raise ValidationError("A claim's span must start before it ends.")
        if body_len is not None and self.end > body_len:
            raise ValidationError(
                f"The claim's span ({self.start}–{self.end}) lies outside the article "
                f"({body_len} characters)."
            )


class SourceKind(models.TextChoices):
    OFFICIAL = "official", "Official statement"
    NEWS = "news", "News / wire report"
    PRIMARY = "primary", "Primary document"
    SOCIAL = "social", "Social media post"
    FOOTAGE = "footage", "Footage / eyewitness"
    DATASET = "dataset", "Dataset"
    FACTCHECK = "factcheck", "Published fact-check"
    OTHER = "other", "Other"


class Source(models.Model):
    url = models.URLField(max_length=2000, unique=True)
    title = models.CharField(max_length=500, blank=True)
    publisher = models.CharField(max_length=200, blank=True)
    published_at = models.DateField(null=True, blank=True)
    kind = models.CharField(max_length=20, choices=SourceKind, default=SourceKind.OTHER)
    speaker = models.ForeignKey(
        Speaker,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="sources",
        help_text="Who is behind the source (for independence checks).",
    )
    notes = models.TextField(blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        permissions = [("manage_sources", "Can edit and delete sources")]
        constraints = [
            models.CheckConstraint(
                condition=Q(url__startswith="http://") | Q(url__startswith="https://"),
                name="source_url_http",
            ),
            models.CheckConstraint(
                condition=Q(kind__in=SourceKind.values), name="source_kind_valid"
            ),
        ]

    def __str__(self):
        return self.title or self.url

    def save(self, *args, **kwargs):
        self.url = normalise_url(self.url)
        super().save(*args, **kwargs)


class Stance(models.TextChoices):
    SUPPORTS = "supports", "Supports"
    CONTRADICTS = "contradicts", "Contradicts"
    CONTEXT = "context", "Context"


class Evidence(models.Model):
    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="evidence")
    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="evidence")
    stance = models.CharField(max_length=12, choices=Stance)
    excerpt = models.TextField(blank=True)
    note = models.TextField(blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name_plural = "evidence"
        constraints = [
            models.UniqueConstraint(
                fields=["claim", "source"], name="evidence_claim_source_unique"
            ),
            models.CheckConstraint(
                condition=Q(stance__in=Stance.values), name="evidence_stance_valid"
            ),
        ]

    def __str__(self):
        return f"{self.get_stance_display()}: {self.source}"


class Relation(models.TextChoices):
    CONFIRMS = "confirms", "confirms"
    CONTRADICTS = "contradicts", "contradicts"
    REPEATS = "repeats", "repeats"


class LinkOrigin(models.TextChoices):
    SUGGESTED = "suggested", "Suggested"
    REVIEWER = "reviewer", "Reviewer"


class ClaimLink(models.Model):
    """`from_claim` <relation> `to_claim`: CENTCOM's statement confirms the militia's claim."""

    from_claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="links_out")
    to_claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="links_in")
    relation = models.CharField(max_length=12, choices=Relation)
    origin = models.CharField(max_length=10, choices=LinkOrigin, default=LinkOrigin.REVIEWER)
    score = models.FloatField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    confirmed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["from_claim", "to_claim"], name="claimlink_pair_unique"
            ),
            models.CheckConstraint(
                condition=~Q(from_claim=F("to_claim")), name="claimlink_not_self"
            ),
            models.CheckConstraint(
                condition=Q(relation__in=Relation.values), name="claimlink_relation_valid"
            ),
        ]

    def __str__(self):
        return f"#{self.from_claim_id} {self.relation} #{self.to_claim_id}"

    @property
    def independence(self):
        """claims.independence.Independence of the two claims' speakers (with the reason)."""
        from claims.independence import independence

        return independence(self.from_claim.speaker, self.to_claim.speaker)

    @property
    def is_independent(self) -> bool:
        """A confirmation from the same party as the claim, or from one with the
        same affiliation root, proves nothing new."""
        return self.independence.independent


class SuggestionDismissal(models.Model):
    """A reviewer said `other` is not related to `claim`: never suggest it again."""

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="+")
    other = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="+")
    dismissed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    dismissed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["claim", "other"], name="dismissal_pair_unique"),
        ]


class AppendOnlyQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise PermissionError("The audit trail is append-only.")

    def delete(self):
        raise PermissionError("The audit trail is append-only.")


class ClaimEvent(models.Model):
    """Append-only audit record of one write: to a claim, its evidence or links,
    an article, a report, a speaker or a source (written through
    claims.services.audit.record; see there). `subject_*` name what was changed
    and outlive it; `claim` and `article` give its histories and become NULL when
    those rows are deleted."""

    class Action(models.TextChoices):
        CREATED = "created", "Created"
        EXTRACTED = "extracted", "Extracted"
        EDITED = "edited", "Edited"
        STATUS = "status", "Status changed"
        ASSIGNED = "assigned", "Assigned"
        EVIDENCE_ADDED = "evidence_added", "Evidence added"
        EVIDENCE_REMOVED = "evidence_removed", "Evidence removed"
        LINK_ADDED = "link_added", "Link added"
        LINK_REMOVED = "link_removed", "Link removed"
        SUGGESTION_DISMISSED = "suggestion_dismissed", "Suggestion dismissed"
        SPLIT = "split", "Split"
        MERGED = "merged", "Merged"
        DELETED = "deleted", "Deleted"
        RESTORED = "restored", "Restored"
        VANISHED = "vanished", "No longer extracted"
        REAPPEARED = "reappeared", "Extracted again"
        SPEAKER_MERGED = "speaker_merged", "Speaker merged"
        SPEAKER_UNMERGED = "speaker_unmerged", "Speaker merge undone"
        SPEAKER_EDITED = "speaker_edited", "Speaker edited"
        REPORT_PUBLISHED = "report_published", "Report published"
        REPORT_UNPUBLISHED = "report_unpublished", "Report unpublished"
        EXTRACTION_REQUESTED = "extraction_requested", "Extraction re-run"
        ALIAS_ADDED = "alias_added", "Alias added"
        FACTCHECK_IMPORTED = "factcheck_imported", "Fact-check added to the library"
        FACTCHECK_UPDATED = "factcheck_updated", "Fact-check updated in the library"
        FACTCHECK_WITHDRAWN = "factcheck_withdrawn", "Fact-check withdrawn from the library"

    claim = models.ForeignKey(
        Claim, null=True, blank=True, on_delete=models.SET_NULL, related_name="events"
    )
    article = models.ForeignKey(
        Article, null=True, blank=True, on_delete=models.SET_NULL, related_name="events"
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    at = models.DateTimeField(auto_now_add=True, db_index=True)
    action = models.CharField(max_length=30, choices=Action)
    before = models.JSONField(default=dict, blank=True)
    after = models.JSONField(default=dict, blank=True)
    note = models.TextField(blank=True)
    subject_type = models.CharField(max_length=40, blank=True)  # the model's name, e.g. "source"
    subject_id = models.BigIntegerField(null=True, blank=True)
    subject_label = models.CharField(max_length=200, blank=True)  # as it read at the time

    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        ordering = ["-at", "-id"]
        indexes = [
            models.Index(fields=["claim", "-at"]),
            models.Index(fields=["subject_type", "subject_id"], name="event_subject"),
        ]

    def __str__(self):
        return (
            f"{self.get_action_display()} by {self.actor or 'system'} at {self.at:%Y-%m-%d %H:%M}"
        )

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise PermissionError("The audit trail is append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PermissionError("The audit trail is append-only.")


def token_digest(token: str) -> str:
    """SHA-256 of an API token: tokens are 256 random bits, so a fast hash is
    enough to make a leaked table useless without slowing every request."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class ApiToken(models.Model):
    """A personal API token: it acts as its user, with the user's role. Only
    the digest is stored; the token itself is shown once, when created."""

    PREFIX = "fct_"

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens"
    )
    name = models.CharField(max_length=100, help_text="What the token is for.")
    prefix = models.CharField(
        max_length=16, editable=False, help_text="The token's first characters, to recognise it."
    )
    digest = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True, editable=False)
    revoked_at = models.DateTimeField(null=True, blank=True)
    # Rate limit: requests counted in the current one-minute window.
    window_start = models.DateTimeField(null=True, blank=True, editable=False)
    window_count = models.PositiveIntegerField(default=0, editable=False)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = "API token"

    def __str__(self):
        return f"{self.name} ({self.prefix}…)"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None


class ClaimVector(models.Model):
    """A claim's sentence embedding (claims.matching), float16 bytes.

    A row with no vector is a claim waiting to be embedded: extraction and
    text edits queue rows, a background task or `manage.py embed_claims`
    fills them (workers take rows with SKIP LOCKED, so none is embedded
    twice). `text_hash` is the hash of the text embedded: a claim edited
    since is re-embedded rather than matched on its old words."""

    claim = models.OneToOneField(
        Claim, primary_key=True, on_delete=models.CASCADE, related_name="vector_row"
    )
    vector = models.BinaryField(null=True)
    model = models.CharField(max_length=50, blank=True)
    text_hash = models.CharField(max_length=32, blank=True)
    embedded_at = models.DateTimeField(null=True)

    class Meta:
        indexes = [
            models.Index(
                fields=["claim"], name="claimvector_pending_idx", condition=Q(vector__isnull=True)
            ),
        ]

    def __str__(self):
        return f"vector of #{self.claim_id}"


class ReportVersion(models.Model):
    """One publication of an article's verification report: everything the
    public pages show, rendered when it was published and served byte for byte
    from here, whatever later happens to shared sources, speakers or other
    articles. Version 1 is the first publication; each later one is a
    correction and says why (correction_note)."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="report_versions")
    number = models.PositiveIntegerField()
    published_at = models.DateTimeField()
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    correction_note = models.TextField(blank=True)
    title = models.CharField(max_length=500)
    html = models.TextField(help_text="The report's <main> element.")
    jsonld_script = models.TextField(blank=True, help_text="ClaimReview for the HTML <head>.")
    json = models.TextField()
    csv = models.TextField()
    claimreview = models.TextField()
    filename_stem = models.CharField(max_length=100)

    class Meta:
        ordering = ["article", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["article", "number"], name="report_version_unique"),
            models.CheckConstraint(condition=Q(number__gte=1), name="report_version_positive"),
        ]

    def __str__(self):
        return f"{self.article} · report version {self.number}"

    @property
    def is_correction(self) -> bool:
        return self.number > 1


class WebhookEvent(models.TextChoices):
    ARTICLE_EXTRACTED = "article.extracted", "Article extracted"
    CLAIM_STATUS_CHANGED = "claim.status_changed", "Claim status changed"
    REPORT_PUBLISHED = "report.published", "Report published"
    REPORT_CORRECTED = "report.corrected", "Report corrected"
    REPORT_UNPUBLISHED = "report.unpublished", "Report unpublished"


class WebhookEndpoint(models.Model):
    """An HTTPS address that is sent the chosen events, signed with `secret`."""

    url = models.URLField(max_length=2000)
    events = models.JSONField(default=list, help_text="WebhookEvent values it is sent.")
    description = models.CharField(max_length=200, blank=True)
    secret = models.CharField(
        max_length=100, editable=False, help_text="Signs every delivery (HMAC-SHA256); shown once."
    )
    active = models.BooleanField(default=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        permissions = [("manage_webhooks", "Can register and remove webhook endpoints")]

    def __str__(self):
        return self.description or self.url


class DeliveryState(models.TextChoices):
    PENDING = "pending", "Pending"
    DELIVERED = "delivered", "Delivered"
    FAILED = "failed", "Failed"


class WebhookDelivery(models.Model):
    """One event sent (or being sent) to one endpoint, with what it answered."""

    endpoint = models.ForeignKey(
        WebhookEndpoint, on_delete=models.CASCADE, related_name="deliveries"
    )
    event = models.CharField(max_length=40, choices=WebhookEvent)
    payload = models.JSONField()
    state = models.CharField(max_length=10, choices=DeliveryState, default=DeliveryState.PENDING)
    attempts = models.PositiveIntegerField(default=0)
    status_code = models.PositiveIntegerField(
        null=True, blank=True, help_text="The last attempt's HTTP status."
    )
    error = models.TextField(blank=True, help_text="Why the last attempt failed.")
    created_at = models.DateTimeField(auto_now_add=True)
    last_attempt_at = models.DateTimeField(null=True, blank=True)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    delivered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name_plural = "webhook deliveries"
        indexes = [models.Index(fields=["endpoint", "-created_at"])]

    def __str__(self):
        return f"{self.event} → {self.endpoint} ({self.state})"


from claims.models_factchecks import FactCheck, FactCheckDismissal, Verdict  # noqa: E402, F401
