"""The one definition of a claim's review status.

Everything that shows or exports a status (badges, highlight colours, the
report footnote, AVeriTeC labels, ClaimReview ratings) reads it from here.
"""

from dataclasses import dataclass

from django.db import models


@dataclass(frozen=True, kw_only=True)
class Status:
    value: str
    label: str
    description: str
    colour: str  # background of badges and highlights
    text_colour: str  # readable on `colour` (WCAG AA)
    averitec: str | None = None  # AVeriTeC verdict label, None when not a verdict
    rating: int | None = None  # ClaimReview ratingValue 1..5, None when not published as a review
    rating_name: str | None = None  # ClaimReview rating name (alternateName uses `label`)
    final: bool = False  # a verdict the desk stands behind
    needs_rationale: bool = False  # setting it requires a written rationale


STATUSES: tuple[Status, ...] = (
    Status(
        value="unreviewed",
        label="Unreviewed",
        description="Nobody has looked at this claim yet.",
        colour="#e5e7eb",
        text_colour="#111827",
    ),
    Status(
        value="in_review",
        label="In review",
        description="A reviewer is gathering sources for this claim.",
        colour="#bfdbfe",
        text_colour="#1e3a8a",
    ),
    Status(
        value="confirmed",
        label="Confirmed",
        description="Independent, reliable sources support the claim.",
        colour="#bbf7d0",
        text_colour="#14532d",
        averitec="Supported",
        rating=5,
        rating_name="True",
        final=True,
        needs_rationale=True,
    ),
    Status(
        value="contradicted",
        label="Contradicted",
        description="Reliable evidence shows the claim is false.",
        colour="#fecaca",
        text_colour="#7f1d1d",
        averitec="Refuted",
        rating=1,
        rating_name="False",
        final=True,
        needs_rationale=True,
    ),
    Status(
        value="disputed",
        label="Disputed",
        description="Reliable sources conflict, or the claim is true only in part.",
        colour="#fde68a",
        text_colour="#78350f",
        averitec="Conflicting Evidence/Cherrypicking",
        rating=3,
        rating_name="Mixture",
        final=True,
        needs_rationale=True,
    ),
    Status(
        value="unverified",
        label="Unverified",
        description="There is not enough evidence to confirm or contradict the claim.",
        colour="#e9d5ff",
        text_colour="#4c1d95",
        averitec="Not Enough Evidence",
        rating=2,
        rating_name="Unproven",
        final=True,
        needs_rationale=False,
    ),
    Status(
        value="not_checkable",
        label="Not checkable",
        description="An opinion, prediction or threat: nothing a source could confirm.",
        colour="#f3f4f6",
        text_colour="#374151",
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
