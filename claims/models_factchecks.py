"""The fact-check library: fact-checks published before (imported from
ClaimReview / JSONL, and the desk's own published reviews), matched against
every claim in the panel's "Previously fact-checked" section.

Imported by claims.models, so Django sees these models as the app's own.
Writes go through claims.services.factchecks.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q

from claims.factchecks import ratings


class Verdict(models.TextChoices):
    FALSE = ratings.FALSE, ratings.VERDICT_LABELS[ratings.FALSE]
    MOSTLY_FALSE = ratings.MOSTLY_FALSE, ratings.VERDICT_LABELS[ratings.MOSTLY_FALSE]
    MIXED = ratings.MIXED, ratings.VERDICT_LABELS[ratings.MIXED]
    MOSTLY_TRUE = ratings.MOSTLY_TRUE, ratings.VERDICT_LABELS[ratings.MOSTLY_TRUE]
    TRUE = ratings.TRUE, ratings.VERDICT_LABELS[ratings.TRUE]
    UNPROVEN = ratings.UNPROVEN, ratings.VERDICT_LABELS[ratings.UNPROVEN]
    OTHER = ratings.OTHER, ratings.VERDICT_LABELS[ratings.OTHER]


WORKBENCH = "workbench"  # FactCheck.imported_from of the desk's own published reviews


class FactCheck(models.Model):
    """One published fact-check of one claim. Recognised on re-import by its
    URL, or, for a collection without URLs, by (imported_from, external_id)."""

    claim_reviewed = models.TextField(help_text="The claim as the fact-checker worded it.")
    title = models.CharField(max_length=500, blank=True, help_text="The fact-check's headline.")
    rating = models.CharField(max_length=200, blank=True, help_text="The rating as published.")
    verdict = models.CharField(
        max_length=20,
        choices=Verdict,
        default=Verdict.OTHER,
        help_text="The rating normalised (claims.factchecks.ratings).",
    )
    url = models.URLField(max_length=2000, null=True, blank=True)
    publisher = models.CharField(max_length=200, blank=True)
    claimant = models.CharField(max_length=300, blank=True, help_text="Who made the claim.")
    published_at = models.DateField(null=True, blank=True)
    language = models.CharField(max_length=35, blank=True, help_text="BCP 47, where known.")
    imported_from = models.CharField(
        max_length=200,
        help_text="The collection or file it came from; "
        f"“{WORKBENCH}” for the desk's own published reviews.",
    )
    external_id = models.CharField(
        max_length=200, blank=True, help_text="Its id in that collection, where it has one."
    )
    claim = models.ForeignKey(
        "claims.Claim",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The desk's own reviewed claim, for the workbench's published reviews.",
    )
    search_text = models.TextField(
        blank=True, editable=False, help_text="Claim and headline, for full-text search."
    )
    embedding = models.BinaryField(
        null=True,
        blank=True,
        editable=False,
        help_text="Unit float32 vector of the claim and headline (claims.matching.embed).",
    )
    embedding_model = models.CharField(
        max_length=100,
        blank=True,
        editable=False,
        help_text="The model that made `embedding`; empty until embedded.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-published_at", "-id"]
        verbose_name = "fact-check"
        constraints = [
            models.UniqueConstraint(
                fields=["url"], condition=Q(url__isnull=False), name="factcheck_url_unique"
            ),
            models.UniqueConstraint(
                fields=["imported_from", "external_id"],
                condition=~Q(external_id=""),
                name="factcheck_collection_id_unique",
            ),
            models.CheckConstraint(
                condition=Q(verdict__in=Verdict.values), name="factcheck_verdict_valid"
            ),
            models.CheckConstraint(
                condition=Q(url__isnull=False) | ~Q(external_id=""), name="factcheck_has_key"
            ),
        ]
        indexes = [
            models.Index(fields=["imported_from"]),
            models.Index(
                fields=["claim"], condition=Q(claim__isnull=False), name="factcheck_own_claim_idx"
            ),
        ]

    def __str__(self):
        return self.claim_reviewed[:80]

    @property
    def stance(self) -> str:
        """The stance this fact-check takes as evidence on a claim saying the same."""
        return ratings.stance_for(self.verdict)

    @property
    def is_own(self) -> bool:
        return self.imported_from == WORKBENCH

    def build_search_text(self) -> str:
        """The claim and its headline: what is searched, and what is embedded."""
        return " ".join(p for p in (self.claim_reviewed, self.title) if p)


class FactCheckDismissal(models.Model):
    """A reviewer said this fact-check is not about `claim`: never show it there again."""

    claim = models.ForeignKey("claims.Claim", on_delete=models.CASCADE, related_name="+")
    factcheck = models.ForeignKey(FactCheck, on_delete=models.CASCADE, related_name="+")
    dismissed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    dismissed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["claim", "factcheck"], name="factcheck_dismissal_unique"
            ),
        ]
