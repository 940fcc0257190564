"""The one definition of a claim's review status.

Everything that shows or exports a status (badges, highlight colours, the
report footnote, AVeriTeC labels, ClaimReview ratings) reads it from here.
"""

from dataclasses import dataclass

from django.db import models


@dataclass(frozen=True)
class Status:
    value: str
    label: str
    description: str
    colour: str  # background of badges and highlights
    text_colour: str  # readable on `colour` (WCAG AA)
    averitec: str | None  # AVeriTeC verdict label, None when not a verdict
    rating: int | None  # ClaimReview ratingValue 1..5, None when not published as a review
    rating_name: str | None  # ClaimReview rating name (alternateName uses `label`)
    final: bool  # a verdict the desk stands behind
    needs_rationale: bool  # setting it requires a written rationale


STATUSES: tuple[Status, ...] = (
    Status(
        "unreviewed", "Unreviewed",
        "Nobody has looked at this claim yet.",
        "#e5e7eb", "#111827", None, None, None, False, False,
    ),
    Status(
        "in_review", "In review",
        "A reviewer is gathering sources for this claim.",
        "#bfdbfe", "#1e3a8a", None, None, None, False, False,
    ),
    Status(
        "confirmed", "Confirmed",
        "Independent, reliable sources support the claim.",
        "#bbf7d0", "#14532d", "Supported", 5, "True", True, True,
    ),
    Status(
        "contradicted", "Contradicted",
        "Reliable evidence shows the claim is false.",
        "#fecaca", "#7f1d1d", "Refuted", 1, "False", True, True,
    ),
    Status(
        "disputed", "Disputed",
        "Reliable sources conflict, or the claim is true only in part.",
        "#fde68a", "#78350f", "Conflicting Evidence/Cherrypicking", 3, "Mixture", True, True,
    ),
    Status(
        "unverified", "Unverified",
        "There is not enough evidence to confirm or contradict the claim.",
        "#e9d5ff", "#4c1d95", "Not Enough Evidence", 2, "Unproven", True, False,
    ),
    Status(
        "not_checkable", "Not checkable",
        "An opinion, prediction or threat: nothing a source could confirm.",
        "#f3f4f6", "#374151", None, None, None, False, False,
    ),
)

BY_VALUE: dict[str, Status] = {s.value: s for s in STATUSES}

ClaimStatus = models.TextChoices(
    "ClaimStatus", [(s.value.upper(), (s.value, s.label)) for s in STATUSES]
)

OPEN_STATUSES = ("unreviewed", "in_review")
FINAL_STATUSES = tuple(s.value for s in STATUSES if s.final)
RATIONALE_REQUIRED = tuple(s.value for s in STATUSES if s.needs_rationale)


def get(value: str) -> Status:
    return BY_VALUE[value]
