"""The claim panel's suggestions: grouped by relation, the shared words
marked (escaped), the independence of the two speakers with its reason, and
accepting with the relation and direction the reviewer chose."""

import pytest
from django.urls import reverse

from claims.highlight import mark_words
from claims.models import ClaimLink, Speaker
from tests.test_suggestions import _article

pytestmark = pytest.mark.django_db
H = {"HTTP_HX_REQUEST": "true", "HTTP_HX_TARGET": "panel"}


def test_shared_words_are_marked_escaped_and_joined_into_phrases():
    text = "Militia <drones> attacked the Harbor Point base, not the baseline."
    marked = mark_words(text, ["Harbor", "Point", "base", "drones", "Militia"])
    assert marked == (
        "<mark>Militia</mark> &lt;<mark>drones</mark>&gt; attacked the "
        "<mark>Harbor Point base</mark>, not the baseline."
    )
    assert mark_words("a <b> c", []) == "a &lt;b&gt; c"
    assert mark_words("x", ['"><script>']) == "x"


@pytest.fixture
def story():
    return build_suggestions()


def build_suggestions():
    """A claim, and in another article a confirmation and a denial of it,
    embedded: (claim, confirmation, denial)."""
    from claims.services.vectors import claim_vectors_drain, claim_vectors_queue

    (claim,) = _article(
        "Militia claims drone strike",
        [
            (
                "The Harbor Point base in Somalia was attacked by militia drones on Tuesday.",
                "claim",
                "Coastal Brigade",
            )
        ],
    )
    confirm, deny = _article(
        "Ministry confirms strike",
        [
            (
                "Militia drones attacked the Harbor Point base in Somalia on Tuesday.",
                "confirmation",
                "Defence ministry",
            ),
            (
                "Kenya denied that its forces helped the militia attack the Harbor Point base.",
                "denial",
                "Kenyan government",
            ),
        ],
        day=1,
    )
    claim_vectors_queue()
    claim_vectors_drain()
    return claim, confirm, deny


def panel(client, claim):
    url = reverse("claim_detail", args=[claim.article_id, claim.pk])
    return client.get(url, **H).content.decode()


def test_the_panel_groups_suggestions_and_marks_the_shared_words(reviewer_client, story):
    claim, confirm, deny = story
    html = panel(reviewer_client, claim)
    contradicts = html.index('<h4 class="sug-group rel-contradicts"')
    confirms = html.index('<h4 class="sug-group rel-confirms"')
    assert contradicts < html.index(f'data-other="{deny.pk}"') < confirms
    assert confirms < html.index(f'data-other="{confirm.pk}"')
    assert "<mark>Militia drones attacked</mark> the <mark>Harbor Point base</mark>" in html
    # the two speakers are different parties
    assert "independent: different parties" in html
    # the relation can be changed and the direction swapped before accepting
    assert f'<select name="relation" id="sug-rel-{confirm.pk}">' in html
    assert f'id="sug-swap-{confirm.pk}"' in html


def test_the_independence_reason_names_a_shared_affiliation(reviewer_client, story):
    claim, confirm, _ = story
    state = Speaker.objects.create(name="Somali government")
    Speaker.objects.filter(pk__in=[claim.speaker_id, confirm.speaker_id]).update(parent=state)
    html = panel(reviewer_client, claim)
    item = html[html.index(f'data-other="{confirm.pk}"') :]
    assert "not independent: both Somali government" in item[: item.index("</li>")]


def test_accepting_as_suggested_keeps_the_relation_and_direction(reviewer_client, story):
    claim, confirm, _ = story
    r = reviewer_client.post(
        reverse("suggestion_accept", args=[claim.pk]), {"other": confirm.pk}, **H
    )
    assert r.status_code == 200
    link = ClaimLink.objects.get()
    assert (link.from_claim, link.to_claim, link.relation, link.origin) == (
        confirm,
        claim,
        "confirms",
        "suggested",
    )


def test_the_reviewer_can_flip_relation_and_direction_before_accepting(reviewer_client, story):
    claim, confirm, _ = story
    r = reviewer_client.post(
        reverse("suggestion_accept", args=[claim.pk]),
        {"other": confirm.pk, "relation": "repeats", "swap": "1"},
        **H,
    )
    assert r.status_code == 200 and "Linked: this claim repeats the other." in r.content.decode()
    link = ClaimLink.objects.get()
    assert (link.from_claim, link.to_claim, link.relation, link.origin) == (
        claim,
        confirm,
        "repeats",
        "suggested",
    )
    assert link.score is not None


@pytest.mark.parametrize("data", [{"relation": "denies"}, {"swap": "2"}])
def test_a_bad_choice_is_a_400_and_writes_nothing(reviewer_client, story, data):
    claim, confirm, _ = story
    r = reviewer_client.post(
        reverse("suggestion_accept", args=[claim.pk]), {"other": confirm.pk, **data}, **H
    )
    assert r.status_code == 400 and not ClaimLink.objects.exists()


def test_kept_suggestions_never_offer_a_claim_someone_else_linked_meanwhile(
    reviewer_client, other_reviewer, story
):
    """A status answer keeps the suggestions the browser shows (hx-preserve,
    computed when the claim was opened). That is only right because a link
    to or from the claim changes its version: a status saved after someone
    else linked it is refused (409) with the whole panel, its suggestions
    computed again without the linked claim; saved again, they are kept."""
    import re

    from claims import services

    claim, confirm, deny = story
    panel = reviewer_client.get(claim.get_absolute_url(), **H).content.decode()
    assert f'data-other="{confirm.pk}"' in panel
    opened = claim.version

    services.link_create(from_claim=confirm, to_claim=claim, relation="confirms", by=other_reviewer)

    def save_status(version):
        return reviewer_client.post(
            reverse("claim_status", args=[claim.pk]),
            {"status-version": version, "status-status": "in_review"},
            **H,
        )

    refused = save_status(opened)
    assert refused.status_code == 409
    html = refused.content.decode()
    block = re.search(rf'<section id="suggestions-{claim.pk}"[^>]*>.*?</section>', html, re.S)
    assert "hx-preserve" not in block.group()  # computed again, not kept
    assert f'data-other="{confirm.pk}"' not in block.group()
    assert f'data-other="{deny.pk}"' in block.group()
    assert f'href="{confirm.get_absolute_url()}"' in html  # shown as linked instead

    claim.refresh_from_db()
    saved = save_status(claim.version)
    assert saved.status_code == 200
    kept = re.search(rf'<section id="suggestions-{claim.pk}"[^>]*>', saved.content.decode())
    assert 'hx-preserve="true"' in kept.group()
