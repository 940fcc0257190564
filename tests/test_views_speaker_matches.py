"""Speaker pages and the merge-suggestion screen."""

import pytest
from django.urls import reverse

from claims import services
from claims.models import SpeakerMatch, SpeakerMerge

pytestmark = pytest.mark.django_db


def test_it_shows_the_affiliation_chain_and_who_confirmed(reviewer_client, article, reviewer):
    a, b = list(article.claims.order_by("position"))[:2]
    services.claim_update(claim=a, by=reviewer, expected_version=None, speaker_name="CENTCOM")
    services.claim_update(claim=b, by=reviewer, expected_version=None, speaker_name="Pentagon")
    services.link_create(from_claim=b, to_claim=a, relation="confirms", by=reviewer)
    a.refresh_from_db()
    html = reviewer_client.get(reverse("speaker_detail", args=[a.speaker_id])).content.decode()
    assert "U.S. Department of Defense" in html and "U.S. government" in html
    assert "confirmed by" in html and "not independent: both U.S. government" in html
    assert "CENTCOM" in html  # an alias


def test_an_editor_decides_a_suggestion_once(editor_client, reviewer):
    from django.test import Client

    reviewer_client = Client()
    reviewer_client.force_login(reviewer)
    one = services.speaker_resolve(name="Freedonia Port Authority Board")
    two = services.speaker_resolve(name="Freedonia Port Authority Boards")
    [match] = services.speaker_matches_suggest(speakers=[two])
    html = editor_client.get(reverse("speaker_matches")).content.decode()
    assert "looks like" in html and "Not the same" in html
    url = reverse("speaker_match_decide", args=[match.pk])
    assert reviewer_client.post(url, {"decision": "merged"}).status_code == 403
    assert editor_client.post(url, {"decision": "merged"}).status_code == 302
    merge = SpeakerMerge.objects.get()
    assert {merge.target_id, merge.merged_id} == {one.pk, two.pk}
    assert editor_client.post(url, {"decision": "distinct"}).status_code == 400
    undo = reverse("speaker_merge_undo", args=[merge.pk])
    assert editor_client.post(undo).status_code == 302
    merge.refresh_from_db()
    assert merge.undone_at is not None
    assert SpeakerMatch.objects.get(pk=match.pk).decision == "distinct"


def test_an_editor_extends_the_gazetteer_and_bad_input_is_a_400(editor_client):
    unit = services.speaker_resolve(name="Freedonian Coast Guard", kind="organisation")
    url = reverse("speaker_edit", args=[unit.pk])
    r = editor_client.post(
        url, {"kind": "military", "role": "", "parent": "Freedonia", "alias": "FCG"}
    )
    assert r.status_code == 400 and "Freedonia" in r.content.decode()
    services.speaker_resolve(name="Freedonia", kind="government")
    assert (
        editor_client.post(
            url, {"kind": "military", "role": "", "parent": "Freedonia", "alias": "FCG"}
        ).status_code
        == 302
    )
    unit.refresh_from_db()
    assert unit.parent.name == "Freedonia" and unit.kind == "military"
    assert unit.aliases.filter(name="FCG").exists()
    assert editor_client.post(url, {"kind": "wizard"}).status_code == 400


def test_an_editor_corrects_names_and_adversaries_on_the_speaker_page(editor_client, editor):
    from claims.models import ClaimEvent, SpeakerAlias

    guard = services.speaker_resolve(name="Freedonian Coast Guard", kind="military")
    typo = services.speaker_add_alias(speaker=guard, name="Freedonian Coast Gaurd", by=editor)
    extra = services.speaker_add_alias(speaker=guard, name="FCG Fleet", by=editor)
    smugglers = services.speaker_resolve(name="Sylvanian Smuggling Ring", kind="armed_group")
    page = reverse("speaker_detail", args=[guard.pk])
    html = editor_client.get(page).content.decode()
    assert f'action="{reverse("speaker_alias", args=[typo.pk])}"' in html
    assert "Add an adversary" in html

    r = editor_client.post(
        reverse("speaker_alias", args=[typo.pk]), {"name": "Coast Guard of Freedonia"}
    )
    assert r.status_code == 302
    assert SpeakerAlias.objects.get(pk=typo.pk).name == "Coast Guard of Freedonia"
    assert (
        editor_client.post(reverse("speaker_alias", args=[extra.pk]), {"remove": "1"}).status_code
        == 302
    )
    assert not SpeakerAlias.objects.filter(pk=extra.pk).exists()
    canonical = guard.aliases.get(name=guard.name)
    r = editor_client.post(reverse("speaker_alias", args=[canonical.pk]), {"remove": "1"})
    assert r.status_code == 400 and "give the speaker another name" in r.content.decode()

    rivals = reverse("speaker_adversaries", args=[guard.pk])
    assert editor_client.post(rivals, {"add": "Sylvanian Smuggling Ring"}).status_code == 302
    assert list(smugglers.adversaries.all()) == [guard]
    html = editor_client.get(page).content.decode()
    assert "Sylvanian Smuggling Ring" in html
    assert editor_client.post(rivals, {"remove": smugglers.pk}).status_code == 302
    assert not guard.adversaries.exists()
    assert ClaimEvent.objects.filter(subject_id=guard.pk, actor__isnull=False).count() >= 5
