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
