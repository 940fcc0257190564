"""A speaker's page (affiliation chain, members, adversaries, the record and
who confirmed or contradicted it, with independence) and the merge-suggestion
screen (merge / not the same), as an editor sees them in Chromium. Parties and
sentences written for this test."""

import pytest

from claims import services
from claims.models import Claim, SpeakerMatch
from tests.e2e.conftest import shot

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def parties(article, editor):
    gov = services.speaker_create(name="Lakeland government", kind="government", by=editor)
    navy = services.speaker_create(name="Lakeland Navy", kind="military", by=editor)
    services.speaker_update(speaker=navy, by=editor, parent=gov)
    services.speaker_add_alias(speaker=navy, name="LKN", by=editor)
    olsen = services.speaker_create(name="Mara Olsen", kind="person", by=editor)
    services.speaker_update(
        speaker=olsen, by=editor, parent=navy, role="Lakeland Navy spokeswoman", title="Captain"
    )
    rebels = services.speaker_create(name="Reef Coast Rebels", kind="armed_group", by=editor)
    services.speaker_adversary_add(speaker=gov, other=rebels, by=editor)
    rebel_claim, navy_claim, olsen_claim = Claim.objects.filter(article=article).order_by(
        "position"
    )
    for claim, who in ((rebel_claim, rebels), (navy_claim, navy), (olsen_claim, olsen)):
        services.claim_update(claim=claim, by=editor, expected_version=None, speaker_name=who.name)
    services.claim_set_status(
        claim=navy_claim,
        by=editor,
        status="confirmed",
        rationale="Two sources.",
        expected_version=None,
    )
    services.link_create(
        from_claim=olsen_claim, to_claim=navy_claim, relation="confirms", by=editor
    )
    services.link_create(
        from_claim=rebel_claim, to_claim=navy_claim, relation="contradicts", by=editor
    )
    # two pairs of names that look like one party
    harbour = services.speaker_resolve(name="Harbour Watch Council")
    harbor = services.speaker_resolve(name="Harbor Watch Council")
    north = services.speaker_resolve(name="Northland Coast Guard")
    south = services.speaker_resolve(name="Northland Coast Guards")
    services.speaker_matches_suggest(speakers=[harbor, south])
    return {
        "gov": gov,
        "navy": navy,
        "olsen": olsen,
        "rebels": rebels,
        "harbour": harbour,
        "harbor": harbor,
        "north": north,
        "south": south,
    }


def test_a_speaker_page_and_the_merge_suggestions(
    live_server, open_as, editor, parties, artifacts_dir
):
    page = open_as(editor)
    navy = parties["navy"]
    page.goto(f"{live_server.url}{navy.get_absolute_url()}")
    page.wait_for_selector("h1:has-text('Lakeland Navy')")
    crumbs = page.inner_text(".crumbs")
    assert "Speakers" in crumbs and "Lakeland government" in crumbs
    affiliation = page.inner_text("section.affiliation")
    assert "Speaks for or belongs to: Lakeland government" in affiliation
    assert "Members: Mara Olsen" in affiliation and "Also written as: LKN" in affiliation
    record = page.inner_text("section.record")
    assert "The record: 1 claim" in record
    confirmations = page.inner_text("section.confirmations")
    assert "confirmed by Mara Olsen (1 claim)" in confirmations
    assert "not independent: both Lakeland government" in confirmations
    assert "contradicted by Reef Coast Rebels (1 claim)" in confirmations
    assert (
        "independent, from an adversary: Lakeland government and Reef Coast Rebels are adversaries"
    ) in confirmations
    shot(page, artifacts_dir / "speaker-page.png", full_page=True)

    # an editor records an adversary on the page
    page.fill("#sp-adversary", "Harbour Watch Council")
    page.click("form:has(#sp-adversary) button")
    page.wait_for_selector("ul.adversaries a:has-text('Harbour Watch Council')")
    shot(page, artifacts_dir / "speaker-adversary-added.png", full_page=True)

    # the person: title, role, the chain up to the government
    page.click("section.affiliation a:has-text('Mara Olsen')")
    page.wait_for_selector("h1:has-text('Mara Olsen')")
    assert "Captain · Lakeland Navy spokeswoman" in page.inner_text(".lede")
    assert "Lakeland Navy → Lakeland government" in page.inner_text("section.affiliation")

    # merge suggestions: one merged, one kept apart, each asked once
    page.goto(f"{live_server.url}/speakers/matches/")
    page.wait_for_selector("li.match")
    assert page.locator("li.match").count() == 2
    shot(page, artifacts_dir / "speaker-matches.png", full_page=True)
    harbour = page.locator("li.match", has_text="Harbor Watch Council")
    harbour.get_by_role("button", name="Merge").click()
    page.wait_for_selector("text=Decided: it will not be asked again.")
    assert page.locator("li.match").count() == 1
    page.locator("li.match").get_by_role("button", name="Not the same").click()
    page.wait_for_selector("li.empty:has-text('No merge suggestions waiting.')")
    shot(page, artifacts_dir / "speaker-matches-decided.png", full_page=True)
    decided = dict(SpeakerMatch.objects.values_list("other__name", "decision"))
    assert decided == {"Harbor Watch Council": "merged", "Northland Coast Guards": "distinct"}

    # the merge is on the surviving speaker's page, with its undo
    page.goto(f"{live_server.url}{parties['harbour'].get_absolute_url()}")
    page.wait_for_selector("h3:has-text('Merged into this speaker')")
    assert "Harbor Watch Council" in page.inner_text("section.speaker-edit")
    assert page.problems == []
