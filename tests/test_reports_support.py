"""Shared fixtures and helpers for the report tests (imported by the other
tests/test_reports_*.py modules; holds no tests itself).

`reviewed` is the `article` fixture after a scripted review done entirely
through the services, as a reviewer would: statuses with rationales,
evidence, links (one of them not independent), and a manual claim whose text
is hostile to CSV, HTML and <script> alike.
"""

import datetime as dt
from dataclasses import dataclass

import pytest

from claims import services
from claims.models import Article, Claim

TRICKY = '=HYPERLINK("http://evil.test"), said "they"\nthen: a second line'
XSS = "</script><script>alert(1)</script><b>bold</b> & more"


@dataclass
class Reviewed:
    article: Article
    rebel: Claim  # contradicted
    ministry: Claim  # confirmed
    soldiers: Claim  # unverified
    tricky: Claim  # in review (manual, hostile text)
    xss: Claim  # disputed (manual, hostile text)
    other_article: Article
    other_claim: Claim  # in another article, confirms `ministry`


def _claims(article):
    return list(Claim.objects.filter(article=article).order_by("position", "start", "id"))


def scripted_review(article, reviewer, editor) -> Reviewed:
    article.url = "https://wire.example/helicopter"
    article.published_at = dt.datetime(2024, 2, 6, 9, 30, tzinfo=dt.UTC)
    article.byline = "A. Reporter"
    article.save()
    rebel, ministry, soldiers = _claims(article)

    # Give the ministry a resolved speaker; a person speaks the other article's claim.
    services.speaker_resolve(name="Ministry of Defence", kind="government")
    ministry = services.claim_update(
        claim=ministry, by=reviewer, expected_version=None, speaker_name="Ministry of Defence"
    )
    services.speaker_resolve(name="Jane Spokes", kind="person")

    body = article.body
    tricky = services.claim_create(
        article=article,
        start=body.index("About 40"),
        end=body.index("About 40") + len("About 40 soldiers"),
        by=reviewer,
        text=TRICKY,
        kind="statistic",
    )
    xss = services.claim_create(
        article=article,
        start=0,
        end=len("Rebels say they shot down"),
        by=reviewer,
        text=XSS,
        speaker_name="Jane Spokes",
    )

    rebel = services.claim_set_status(
        claim=rebel,
        status="contradicted",
        by=reviewer,
        rationale="Satellite imagery shows the helicopter at its base the next day.\nSee sources.",
    )
    services.evidence_add(
        claim=rebel,
        by=reviewer,
        url="https://imagery.example/base-2024-02-07",
        stance="contradicts",
        title="Imagery of the base, 7 February",
        publisher="Imagery Co",
        published_at=dt.date(2024, 2, 7),
        kind="primary",
        excerpt="All four helicopters are visible on the apron.",
        note="Checked by two reviewers.",
    )
    ministry = services.claim_set_status(
        claim=ministry, status="confirmed", by=editor, rationale="Matches the imagery."
    )
    services.evidence_add(
        claim=ministry,
        by=editor,
        url="https://mod.example/statement",
        stance="supports",
        title="Statement on Tuesday's incident",
        publisher="Ministry of Defence",
        published_at=dt.date(2024, 2, 6),
        kind="official",
    )
    # The ministry's own statement as a source for its own claim: not independent.
    from claims.models import Source, Speaker

    Source.objects.filter(url__contains="mod.example").update(
        speaker=Speaker.objects.get(name="Ministry of Defence")
    )
    soldiers = services.claim_set_status(
        claim=soldiers, status="unverified", by=reviewer, rationale="No source gives troop numbers."
    )
    tricky = services.claim_set_status(claim=tricky, status="in_review", by=reviewer)
    xss = services.claim_set_status(
        claim=xss,
        status="disputed",
        by=reviewer,
        rationale="<img src=x onerror=alert(2)> partly true",
    )

    services.link_create(from_claim=ministry, to_claim=rebel, relation="contradicts", by=reviewer)

    other_article = Article.objects.create(
        title="Ministry repeats denial",
        body="The ministry again said no aircraft was lost.",
        publisher="Other Wire",
        extraction_state="done",
    )
    other_claim = Claim.objects.create(
        article=other_article,
        text="The ministry again said no aircraft was lost.",
        start=0,
        end=len(other_article.body),
        position=0,
        kind="denial",
        speaker=Speaker.objects.get(name="Ministry of Defence"),
    )
    services.link_create(from_claim=other_claim, to_claim=ministry, relation="repeats", by=reviewer)
    return Reviewed(article, rebel, ministry, soldiers, tricky, xss, other_article, other_claim)


@pytest.fixture
def reviewed(article, reviewer, editor) -> Reviewed:
    return scripted_review(article, reviewer, editor)


@pytest.fixture
def published(reviewed, editor) -> Reviewed:
    reviewed.article = services.report_publish(article=reviewed.article, by=editor)
    return reviewed
