import pytest

from claims.models import ClaimLink, SuggestionDismissal
from claims.suggestions import propose, suggest_links, trigram_similarity

pytestmark = pytest.mark.django_db


def test_it_measures_trigram_similarity_like_pg_trgm():
    assert trigram_similarity("drone attack", "drone attack") == 1.0
    assert trigram_similarity("drone attack", "budget vote") < 0.1


def test_it_pairs_a_claim_with_its_denial(article):
    claim, denial, _ = article.claims.order_by("position")
    relation, a, b, _ = propose(claim, denial)
    assert (relation, a, b) == ("contradicts", denial, claim)
    type(denial).objects.filter(pk=denial.pk).update(
        text="The defence ministry denied that an army helicopter was shot down.")
    assert denial.pk in [s.other.pk for s in suggest_links(claim)]


def test_it_excludes_linked_dismissed_and_deleted_claims(article, reviewer):
    claim, denial, stat = article.claims.order_by("position")
    SuggestionDismissal.objects.create(claim=denial, other=claim)
    ClaimLink.objects.create(from_claim=stat, to_claim=claim, relation="repeats")
    assert suggest_links(claim) == []


def _claims(texts, **kw):
    from claims.models import Article, Claim

    body = " ".join(texts)
    article = Article.objects.create(title="Attacks on bases", body=body)
    out, start = [], 0
    for i, text in enumerate(texts):
        c = Claim(article=article, text=text, start=start, end=start + len(text), position=i,
                  kind=kw.get("kinds", {}).get(i, "claim"),
                  speaker_mention=kw.get("speakers", {}).get(i, ""))
        c.search_text = c.build_search_text()
        c.save()
        out.append(c)
        start += len(text) + 1
    return out


def test_it_ranks_a_shared_rare_detail_above_shared_common_words():
    claim, *others = _claims([
        "US forces in Iraq said drones attacked the al-Tanf garrison.",
        "US forces in Iraq were at the invitation of the government.",
        "US forces in Iraq train Iraqi soldiers.",
        "US forces in Iraq number 2,500.",
        "Two officials said the al-Tanf garrison was hit by drones.",
    ])
    ranked = [s.other.pk for s in suggest_links(claim)]
    assert ranked[0] == others[3].pk


def test_it_does_not_offer_a_speakers_neighbouring_statement_as_a_repeat():
    a, b = _claims(["The ministry said the dam held after the storm.",
                    "The ministry said the dam will be inspected in spring."],
                   speakers={0: "The ministry", 1: "The ministry"})
    from claims.models import Speaker

    ministry = Speaker.objects.create(name="The ministry")
    type(a).objects.filter(pk__in=[a.pk, b.pk]).update(speaker=ministry)
    a.refresh_from_db()
    assert [s for s in suggest_links(a) if s.relation == "repeats"] == []
