"""Speaker colours: a palette slot per speaker (claims.speaker_colours), the
mentions marked in the article text (claims.highlight), the chip in the claim
list and the panel, and the legend."""

import html
import random
import re
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.urls import reverse

from claims.highlight import Mention, highlighted_html
from claims.models import Claim, Speaker
from claims.speaker_colours import PALETTE_SIZE, speaker_slots
from claims.status import STATUSES
from tests.colour_maths import contrast, delta_e


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


# The palette as the stylesheet defines it, and the backgrounds it is drawn on:
# the page and the cards (legend, claim list), the current claim's row, and
# every status's tint (a mention inside a claim's highlight).
CSS = (Path(__file__).resolve().parents[1] / "static" / "css" / "factcheck.css").read_text()


def _css(pattern: str) -> str:
    found = re.search(pattern, CSS)
    assert found, pattern
    return found[1]


PALETTE_RULES = re.findall(r"\.spk-(\d+) \{ --spk: (#[0-9a-f]{6}); \}", CSS)
PALETTE = [colour for _, colour in PALETTE_RULES]
PAPER = _css(r"--paper: (#[0-9a-f]{6})")
PAGE = _css(r"--bg: (#[0-9a-f]{6})")
INK = _css(r"--ink: (#[0-9a-f]{6})")
CURRENT_ROW = _css(r"\.claim-row\.current \{ background: (#[0-9a-f]{6}); \}")
BACKGROUNDS = [PAPER, PAGE, CURRENT_ROW] + [s.colour for s in STATUSES]


def test_the_stylesheet_has_one_colour_per_slot():
    assert [int(n) for n, _ in PALETTE_RULES] == list(range(PALETTE_SIZE))
    assert 16 <= PALETTE_SIZE <= 20  # the speakers of a long article (the seed has 13)
    assert len(set(PALETTE)) == PALETTE_SIZE


@pytest.mark.parametrize("colour", PALETTE)
def test_each_colour_stands_out_from_every_background_it_is_drawn_on(colour):
    # the underline and the chip are graphical marks: WCAG 2 AA (1.4.11)
    # asks 3:1 against what is next to them
    ratios = {bg: round(contrast(colour, bg), 2) for bg in BACKGROUNDS}
    assert min(ratios.values()) >= 3, ratios


def test_a_mentions_text_is_readable_on_every_background_it_is_drawn_on():
    # the mention's words keep the text colour of where they stand: the ink
    # on the page, a status's text colour on its tint (WCAG 2 AA: 4.5:1)
    pairs = [(INK, PAPER), (INK, PAGE), (INK, CURRENT_ROW)]
    pairs += [(s.text_colour, s.colour) for s in STATUSES]
    assert min(contrast(text, bg) for text, bg in pairs) >= 4.5
    assert "color:" not in CSS[CSS.index(".spk {") :].split("}")[0]  # .spk keeps it


def test_no_two_colours_look_alike():
    closest = min((delta_e(a, b), a, b) for i, a in enumerate(PALETTE) for b in PALETTE[i + 1 :])
    assert closest[0] >= 20, closest


def test_colours_are_not_shared_below_the_palette_and_evenly_shared_above_it():
    rng = random.Random(7)
    for n in (2, 13, PALETTE_SIZE):
        for _ in range(50):
            ids = rng.sample(range(1, 100_000), n)
            assert len(set(speaker_slots(ids).values())) == n
    for n in (PALETTE_SIZE + 1, 25, 3 * PALETTE_SIZE + 5):
        ids = rng.sample(range(1, 100_000), n)
        slots = speaker_slots(ids)
        uses = Counter(slots.values())
        assert set(uses) == set(range(PALETTE_SIZE))
        assert max(uses.values()) == -(-n // PALETTE_SIZE)  # ⌈n / size⌉
        shuffled = ids[:]
        rng.shuffle(shuffled)
        assert speaker_slots(shuffled) == slots  # deterministic
    # speakers with the same home slot: every colour once before any twice
    same_home = [3 + k * PALETTE_SIZE for k in range(PALETTE_SIZE + 2)]
    slots = speaker_slots(same_home)
    assert [slots[s] for s in same_home[:PALETTE_SIZE]] == [
        (3 + k) % PALETTE_SIZE for k in range(PALETTE_SIZE)
    ]
    assert [slots[s] for s in same_home[PALETTE_SIZE:]] == [3, 4]
