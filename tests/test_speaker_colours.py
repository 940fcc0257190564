"""Speaker colours: a palette slot per speaker (claims.speaker_colours), the
mentions marked in the article text (claims.highlight), the chip in the claim
list and the panel, and the legend."""

import html
import re
from types import SimpleNamespace

import pytest
from django.urls import reverse

from claims.highlight import Mention, highlighted_html
from claims.models import Claim, Speaker
from claims.speaker_colours import PALETTE_SIZE, speaker_slots


def test_a_speaker_keeps_its_slot_and_speakers_shown_together_differ():
    other = 3 + PALETTE_SIZE  # the same slot as speaker 3 by its id
    slots = speaker_slots([3, other, 5, 3])
    assert slots[3] == 3 and slots[5] == 5
    assert slots[other] == 4  # 3 is taken by speaker 3: the next free slot
    assert speaker_slots([other, 5, 3]) == slots  # not the order they come in
    many = speaker_slots(range(100, 100 + PALETTE_SIZE))
    assert sorted(many.values()) == list(range(PALETTE_SIZE))
    assert set(speaker_slots(range(PALETTE_SIZE + 3)).values()) <= set(range(PALETTE_SIZE))


def test_mentions_are_marked_inside_their_segments_and_every_offset_is_kept():
    body = 'The <Ministry> said "no". CENTCOM confirmed the strike.'
    claim = SimpleNamespace(pk=1, start=0, end=25, status="unreviewed")
    mentions = [
        Mention(0, 14, 7, 2, "The <Ministry>"),
        Mention(26, 33, 9, 5, 'CENTCOM "HQ"'),
        Mention(4, 8, 7, 2, "overlapping: dropped"),
        Mention(50, 99, 7, 2, "outside the text: dropped"),
    ]
    markup = highlighted_html(body, [claim], url=lambda c: "/c/1/", mentions=mentions)
    assert markup.count('class="spk ') == 2
    assert (
        '<span class="spk spk-2" data-speaker="7" title="Speaker: The &lt;Ministry&gt;">'
        "The &lt;Ministry&gt;</span>" in markup
    )
    assert '<span data-start="26"><span class="spk spk-5" data-speaker="9"' in markup
    assert 'title="Speaker: CENTCOM &quot;HQ&quot;">CENTCOM</span></span>' in markup
    # the text is still every character once, in order, at its data-start
    text = html.unescape(re.sub(r"<[^>]+>", "", markup))
    assert text == body
    starts = [int(s) for s in re.findall(r'data-start="(\d+)"', markup)]
    assert starts == sorted(starts) and 26 in starts and 33 in starts


def test_no_mentions_no_marks():
    claim = SimpleNamespace(pk=1, start=0, end=5, status="unreviewed")
    assert "spk" not in highlighted_html("Hello world", [claim], url=lambda c: "/")


@pytest.mark.django_db
def test_the_workspace_colours_mentions_chips_and_legend_alike(reviewer_client, article):
    rebels = Speaker.objects.create(name="The rebel group", kind="armed_group")
    ministry = Speaker.objects.create(name="The defence ministry", kind="government")
    body = article.body
    for claim in Claim.objects.filter(article=article, speaker_mention__gt=""):
        speaker = rebels if claim.speaker_mention == "The rebel group" else ministry
        start = body.index(claim.speaker_mention)
        claim.speaker = speaker
        claim.speaker_start, claim.speaker_end = start, start + len(claim.speaker_mention)
        claim.save()
    slots = speaker_slots([rebels.pk, ministry.pk])
    first = Claim.objects.get(article=article, speaker=rebels)
    html_ = reviewer_client.get(
        reverse("claim_detail", args=[article.pk, first.pk])
    ).content.decode()
    for speaker in (rebels, ministry):
        slot = slots[speaker.pk]
        assert (
            f'<span class="spk spk-{slot}" data-speaker="{speaker.pk}" '
            f'title="Speaker: {speaker.name}">{speaker.name}</span>' in html_
        )
        # the legend: chip and name, linking to the speaker
        assert (
            f'<span class="chip spk-{slot}" aria-hidden="true"></span>'
            f'<a href="{speaker.get_absolute_url()}" data-speaker="{speaker.pk}">{speaker.name}</a>'
            in html_
        )
        # the claim list: the chip beside the speaker's name
        assert f'<span class="chip spk-{slot}" aria-hidden="true"></span>{speaker.name} ·' in html_
    assert slots[rebels.pk] != slots[ministry.pk]
    # the open claim's panel shows its speaker's chip too
    panel = html_[html_.index('id="panel"') :]
    assert f'<span class="chip spk-{slots[rebels.pk]}" aria-hidden="true"></span><a href' in panel
    assert ' style="' not in html_  # the CSP: classes, never inline styles
