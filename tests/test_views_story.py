"""The story view: the claims linked to each other across articles (the
connected component of ClaimLinks around a claim, bounded), grouped by
article, with who confirms or contradicts whom and whether independently;
read in a number of queries that does not grow with the story."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from claims.models import Article, Claim, ClaimLink, Speaker
from claims.selectors import claim_story

pytestmark = pytest.mark.django_db
DAY = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)


def _claim(article, text, speaker, position=0):
    start = article.body.index(text)
    c = Claim(
        article=article,
        text=text,
        start=start,
        end=start + len(text),
        position=position,
        speaker=speaker,
        speaker_mention=speaker.name if speaker else "",
    )
    c.search_text = c.build_search_text()
    c.save()
    return c


def _article(title, texts, day):
    return Article.objects.create(
        title=title, body=" ".join(texts), published_at=DAY + dt.timedelta(days=day)
    )


def link(a, b, relation):
    return ClaimLink.objects.create(from_claim=a, to_claim=b, relation=relation)


@pytest.fixture
def story():
    return build_story()


def build_story() -> dict:
    """The militia's claim, CENTCOM's confirmation, the officials' (through
    CENTCOM's), Iran's denial, in three articles; and one unrelated claim."""
    us = Speaker.objects.create(name="U.S. government", kind="government")
    militia = Speaker.objects.create(name="Islamic Resistance in Iraq", kind="armed_group")
    centcom = Speaker.objects.create(name="CENTCOM", kind="military", parent=us)
    officials = Speaker.objects.create(name="Two U.S. officials", kind="person", parent=us)
    iran = Speaker.objects.create(name="Iranian government", kind="government")
    t1 = "The militia attacked the al-Tanf base with drones."
    t2 = "A drone attack on al-Tanf caused minor injuries."
    t3 = "Officials confirmed the drone attack on al-Tanf."
    t4 = "Iran denied any role in the attacks."
    t5 = "The budget for libraries grew."
    a1 = _article("Militia claims attack", [t1], 0)
    a2 = _article("CENTCOM statement", [t2, t5], 1)
    a3 = _article("Officials and Iran respond", [t3, t4], 2)
    claim = _claim(a1, t1, militia)
    confirm = _claim(a2, t2, centcom)
    unrelated = _claim(a2, t5, None, position=1)
    officials_say = _claim(a3, t3, officials)
    denial = _claim(a3, t4, iran, position=1)
    link(confirm, claim, "confirms")
    link(officials_say, confirm, "confirms")  # reached through CENTCOM's claim
    link(denial, claim, "contradicts")
    return {
        "claim": claim,
        "confirm": confirm,
        "officials": officials_say,
        "denial": denial,
        "unrelated": unrelated,
        "articles": (a1, a2, a3),
    }


def test_it_shows_the_linked_claims_by_article_with_who_confirms_whom(reviewer_client, story):
    html = reviewer_client.get(reverse("claim_story", args=[story["claim"].pk])).content.decode()
    a1, a2, a3 = story["articles"]
    # grouped by article, oldest first; the unrelated claim of the same article is not there
    positions = [html.index(f'id="story-a-{a.pk}"') for a in (a1, a2, a3)]
    assert positions == sorted(positions)
    for key in ("claim", "confirm", "officials", "denial"):
        assert f'id="story-claim-{story[key].pk}"' in html
    assert f'id="story-claim-{story["unrelated"].pk}"' not in html
    assert "3 links between 3 articles" in html
    table = html[html.index('<table class="story-table') : html.index("</table>")]
    rows = table.split("<tr")[2:]
    assert len(rows) == 3
    # who confirms whom, and whether independently
    assert "CENTCOM" in rows[0] and "confirms" in rows[0] and "Islamic Resistance" in rows[0]
    assert "yes: different parties" in rows[0]
    officials_row = next(r for r in rows if "Two U.S. officials" in r)
    assert "not independent: both U.S. government" in officials_row
    denial_row = next(r for r in rows if "Iranian government" in r)
    assert "contradicts" in denial_row


def test_it_is_the_same_story_from_any_of_its_claims(reviewer_client, story):
    html = reviewer_client.get(reverse("claim_story", args=[story["denial"].pk])).content.decode()
    assert f'id="story-claim-{story["officials"].pk}"' in html  # two links away
    assert f'class="story-claim current" data-claim="{story["denial"].pk}"' in html


def test_the_panel_offers_the_story_once_a_claim_is_linked(reviewer_client, story):
    url = reverse("claim_detail", args=[story["claim"].article_id, story["claim"].pk])
    assert (
        reverse("claim_story", args=[story["claim"].pk])
        in reviewer_client.get(url).content.decode()
    )
    lone = story["unrelated"]
    url = reverse("claim_detail", args=[lone.article_id, lone.pk])
    assert reverse("claim_story", args=[lone.pk]) not in reviewer_client.get(url).content.decode()


def test_a_claim_without_links_says_so(reviewer_client, story):
    r = reviewer_client.get(reverse("claim_story", args=[story["unrelated"].pk]))
    assert r.status_code == 200 and "not linked to any other claim" in r.content.decode()


def test_a_deleted_claim_is_left_out_and_a_missing_one_is_404(reviewer_client, story):
    Claim.all_objects.filter(pk=story["denial"].pk).update(deleted_at=DAY)
    html = reviewer_client.get(reverse("claim_story", args=[story["claim"].pk])).content.decode()
    assert f'id="story-claim-{story["denial"].pk}"' not in html
    assert reviewer_client.get(reverse("claim_story", args=[story["denial"].pk])).status_code == 404
    assert reviewer_client.get(reverse("claim_story", args=[10**9])).status_code == 404


def _queries(claim) -> int:
    with CaptureQueriesContext(connection) as ctx:
        claim_story(claim)
    return len(ctx.captured_queries)


def test_its_queries_do_not_grow_with_the_story(story, client, reviewer):
    client.force_login(reviewer)
    url = reverse("claim_story", args=[story["claim"].pk])
    client.get(url)  # the session and permissions, loaded once
    with CaptureQueriesContext(connection) as page_small:
        client.get(url)
    small = _queries(story["claim"])
    # twenty more confirmations of the same claim, from twenty more speakers and articles
    for i in range(20):
        text = f"Report number {i} confirms the attack."
        speaker = Speaker.objects.create(name=f"Outlet {i}", kind="organisation")
        other = _claim(_article(f"Report {i}", [text], 3 + i), text, speaker)
        link(other, story["claim"], "confirms")
    assert _queries(story["claim"]) == small
    assert small <= 8  # 3 link levels + claims + links + 2 affiliation levels + adversaries
    with CaptureQueriesContext(connection) as page_big:  # the page: nothing read per claim
        assert "23 links between 23 articles" in client.get(url).content.decode()
    assert len(page_big.captured_queries) == len(page_small.captured_queries)


def test_it_is_bounded_in_size_and_depth(story):
    prev = story["officials"]
    for i in range(5):  # a chain going on beyond the officials
        text = f"Chain claim {i} repeats it."
        nxt = _claim(_article(f"Chain {i}", [text], 10 + i), text, None)
        link(nxt, prev, "repeats")
        prev = nxt
    whole = claim_story(story["claim"], max_depth=10)
    assert not whole.truncated and sum(len(cs) for _, cs in whole.articles) == 9
    shallow = claim_story(story["claim"], max_depth=2)
    assert shallow.truncated
    assert sum(len(cs) for _, cs in shallow.articles) == 4  # the claim, 2 at one link, 1 at two
    small = claim_story(story["claim"], max_claims=3)
    assert small.truncated and sum(len(cs) for _, cs in small.articles) == 3
    assert all(
        r.from_claim.pk in {c.pk for _, cs in small.articles for c in cs} for r in small.links
    )


def test_a_speaker_page_leads_to_the_stories_of_its_linked_claims(reviewer_client, story):
    militia = story["claim"].speaker
    html = reviewer_client.get(militia.get_absolute_url()).content.decode()
    assert reverse("claim_story", args=[story["claim"].pk]) in html
    lone = Speaker.objects.create(name="Library board", kind="organisation")
    Claim.objects.filter(pk=story["unrelated"].pk).update(speaker=lone)
    html = reviewer_client.get(lone.get_absolute_url()).content.decode()
    assert reverse("claim_story", args=[story["unrelated"].pk]) not in html
