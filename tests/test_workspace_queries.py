"""The article workspace runs a constant, small number of queries however
many claims the article has (each claim with evidence and a link)."""

from collections import Counter

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from claims.models import Article, Claim, ClaimLink, Evidence, Source, Speaker

BUDGET = 12


def make_article(n_claims: int, *, tag: str, by=None) -> Article:
    """An article of n_claims sentences, each a claim with a speaker, one
    piece of evidence and a link to the next claim (bulk, no NLP)."""
    sentences = [
        f"The ministry said {i + 3} drones were shot down near the {tag} border on day {i}."
        for i in range(n_claims)
    ]
    title = f"Drone attacks ({tag}, {n_claims} claims)"
    body = title + "\n\n" + " ".join(sentences)
    article = Article.objects.create(title=title, body=body, created_by=by, extraction_state="done")
    speakers = Speaker.objects.bulk_create([Speaker(name=f"{tag} speaker {i}") for i in range(5)])
    claims, pos = [], len(title) + 2
    for i, s in enumerate(sentences):
        c = Claim(
            article=article,
            text=s,
            start=pos,
            end=pos + len(s),
            position=i,
            speaker=speakers[i % 5],
            speaker_mention=speakers[i % 5].name,
            checkworthiness=0.5,
            status=("unreviewed", "in_review", "unverified")[i % 3],
        )
        c.search_text = " ".join([s, c.speaker_mention, title, speakers[i % 5].name])
        claims.append(c)
        pos += len(s) + 1
    claims = Claim.objects.bulk_create(claims)
    sources = Source.objects.bulk_create(
        [Source(url=f"https://example.org/{tag}/{i}", title=f"Source {i}") for i in range(n_claims)]
    )
    Evidence.objects.bulk_create(
        [
            Evidence(claim=c, source=s, stance="supports", excerpt="As reported.")
            for c, s in zip(claims, sources, strict=True)
        ]
    )
    ClaimLink.objects.bulk_create(
        [
            ClaimLink(from_claim=a, to_claim=b, relation="confirms")
            for a, b in zip(claims, claims[1:] + claims[:1], strict=True)
        ]
    )
    return article


def workspace_queries(client, article) -> list[str]:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(reverse("article_detail", args=[article.pk]))
    assert response.status_code == 200
    return [q["sql"] for q in ctx.captured_queries]


def repeated(queries: list[str]) -> str:
    counts = Counter(queries)
    lines = [f"{n}x {sql[:300]}" for sql, n in counts.most_common() if n > 1]
    return "\n".join(lines) or "(no query repeats verbatim)"


@pytest.mark.django_db
def test_workspace_query_count_is_constant_and_small(
    reviewer_client, reviewer, django_assert_max_num_queries
):
    small = make_article(30, tag="small", by=reviewer)
    large = make_article(300, tag="large", by=reviewer)
    workspace_queries(reviewer_client, small)  # warm caches (content types, permissions)

    q30 = workspace_queries(reviewer_client, small)
    q300 = workspace_queries(reviewer_client, large)

    detail = (
        f"30 claims: {len(q30)} queries, 300 claims: {len(q300)} queries.\n"
        f"Repeated with 300 claims:\n{repeated(q300)}\n\nAll with 300 claims:\n"
        + "\n".join(f"- {sql[:300]}" for sql in q300)
    )
    assert len(q30) == len(q300), detail
    assert len(q300) <= BUDGET, detail
    listed = [q for q in q300 if q.startswith('SELECT "claims_claim"."id"')]
    assert len(listed) == 1 and '"auth_user"' not in listed[0], detail  # no assignee per row
    with django_assert_max_num_queries(BUDGET):
        reviewer_client.get(reverse("article_detail", args=[large.pk]))


@pytest.mark.django_db
def test_a_status_change_answers_in_few_queries_without_the_suggestion_lookup(
    reviewer_client, reviewer
):
    """The htmx answer to a status change: the panel (its suggestions kept by the
    browser) and the claim's row; the same queries for 30 claims or 300."""
    counts = []
    for n, tag in ((30, "small"), (300, "large")):
        article = make_article(n, tag=tag, by=reviewer)
        claim = Claim.objects.filter(article=article).order_by("position")[n // 2]
        with CaptureQueriesContext(connection) as ctx:
            r = reviewer_client.post(
                reverse("claim_status", args=[claim.pk]),
                {"status-version": claim.version, "status-status": "unverified"},
                HTTP_HX_REQUEST="true",
                HTTP_HX_TARGET="panel",
            )
        assert r.status_code == 200 and "Status saved" in r.content.decode()
        sqls = [q["sql"] for q in ctx.captured_queries if "SAVEPOINT" not in q["sql"]]
        assert not [q for q in sqls if "to_tsvector" in q or "claims_claimvector" in q]
        counts.append(len(sqls))
    assert counts[0] == counts[1] <= STATUS_BUDGET, (counts, "\n".join(s[:120] for s in sqls))


# The status POST's queries (the transaction's savepoints aside): session,
# user, permissions (one query); the claim; the write (article lock, claim
# lock, UPDATE ... RETURNING version, audit event, webhook endpoints); the
# answer (colour slots, assignee menu, links and the claims at their other
# ends, speakers' adversaries, evidence, history). It was 19: a second
# permission query, the version read back after the UPDATE, the claim read
# again after the write, its row of the list read on its own, links out and
# in apiece.
STATUS_BUDGET = 16


@pytest.mark.django_db
def test_a_status_change_reads_nothing_twice(reviewer_client, reviewer):
    article = make_article(30, tag="twice", by=reviewer)
    claim = Claim.objects.filter(article=article).order_by("position")[4]
    with CaptureQueriesContext(connection) as ctx:
        r = reviewer_client.post(
            reverse("claim_status", args=[claim.pk]),
            {"status-version": claim.version, "status-status": "unverified"},
            HTTP_HX_REQUEST="true",
            HTTP_HX_TARGET="panel",
        )
    assert r.status_code == 200 and f"v{claim.version + 1}" in r.content.decode()
    sqls = [q["sql"] for q in ctx.captured_queries]
    listing = "\n".join(s[:200] for s in sqls)
    perms = [s for s in sqls if 'FROM "auth_permission"' in s]
    assert len(perms) == 1, listing  # the user's and their groups' permissions together
    # the version comes back with the UPDATE; the claim is not read after its write
    update = next(i for i, s in enumerate(sqls) if s.startswith('UPDATE "claims_claim"'))
    assert "RETURNING" in sqls[update], listing
    claim_reads = [s for s in sqls[update:] if 'FROM "claims_claim"' in s and "DISTINCT" not in s]
    assert len(claim_reads) == 1, listing  # the claims at the other ends of its links only
    links = [s for s in sqls if 'FROM "claims_claimlink"' in s and "COUNT" not in s]
    assert len(links) == 1, listing  # links out and in together


@pytest.mark.django_db
def test_the_panel_reads_its_links_independence_in_queries_not_growing_with_the_links(
    reviewer_client, reviewer, monkeypatch
):
    """Each link says whether its two speakers are independent (affiliation
    chains and adversaries): read once for all the panel's links. (Suggestions
    left out: they have their own query test.)"""
    from claims.views import panel

    monkeypatch.setattr(panel, "suggest_links", lambda claim, **kw: [])
    article = make_article(12, tag="links", by=reviewer)
    claims = list(Claim.objects.filter(article=article).order_by("position"))
    parent = Speaker.objects.create(name="links parent")
    Speaker.objects.filter(claims__article=article).update(parent=parent)
    rival = Speaker.objects.create(name="links rival")
    rival.adversaries.add(parent)
    open_claim = claims[0]
    url = reverse("claim_detail", args=[article.pk, open_claim.pk])

    def panel_queries():
        with CaptureQueriesContext(connection) as ctx:
            r = reviewer_client.get(url, HTTP_HX_REQUEST="true", HTTP_HX_TARGET="panel")
        assert r.status_code == 200
        return len(ctx.captured_queries), r.content.decode()

    few, _ = panel_queries()
    for c in claims[2:10]:
        ClaimLink.objects.create(from_claim=c, to_claim=open_claim, relation="confirms")
    Claim.objects.filter(pk=claims[5].pk).update(speaker=rival)
    many, html = panel_queries()
    assert many == few
    assert html.count("both links parent") >= 8  # same affiliation root: not independent
    assert "are adversaries" in html
