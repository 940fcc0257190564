"""Speaker colours in the workspace, as Chromium computes them: the seed
article extracted for real, each speaker's mentions in the text underlined in
one colour, different speakers in different colours, the same colour on the
speaker's chip in the legend and in the claim list."""

import pytest

from claims import services
from claims.speaker_colours import PALETTE_SIZE
from tests.colour_maths import contrast
from tests.e2e.conftest import shot

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

# each mention: its speaker, underline colour and width, text colour, and the
# background it is drawn on (the nearest one that is not transparent)
COLOURS = """els => els.map(e => {
  let bg = e;
  while (bg && ['rgba(0, 0, 0, 0)', 'transparent'].includes(getComputedStyle(bg).backgroundColor))
    bg = bg.parentElement;
  const s = getComputedStyle(e);
  return [e.dataset.speaker, s.borderBottomColor, s.borderBottomWidth, s.color,
          bg ? getComputedStyle(bg).backgroundColor : 'rgb(255, 255, 255)'];
})"""


def test_each_speaker_has_one_colour_and_speakers_differ(
    live_server, open_as, reviewer, seed_text, artifacts_dir
):
    article, _ = services.article_create(title="", body=seed_text, by=reviewer)
    page = open_as(reviewer)
    page.goto(f"{live_server.url}{article.get_absolute_url()}")
    page.wait_for_selector("#article-text .spk")

    marks = page.eval_on_selector_all("#article-text .spk", COLOURS)
    by_speaker: dict[str, set[str]] = {}
    backgrounds = set()
    for speaker, colour, width, text, background in marks:
        assert width == "3px"
        by_speaker.setdefault(speaker, set()).add(colour)
        # WCAG AA as drawn: the underline 3:1 on its background, the words 4.5:1
        assert contrast(colour, background) >= 3, (speaker, colour, background)
        assert contrast(text, background) >= 4.5, (speaker, text, background)
        backgrounds.add(background)
    assert len(backgrounds) >= 2  # on the page and on claims' status tints
    assert len(by_speaker) > 10  # the militia, CENTCOM, the Pentagon, Iran, ...
    assert all(len(colours) == 1 for colours in by_speaker.values())  # same speaker, same colour
    assert any(len([m for m in marks if m[0] == s]) > 1 for s in by_speaker)  # named twice or more
    colour = {s: next(iter(c)) for s, c in by_speaker.items()}
    # speakers of one article share a colour only when there are more than the palette's:
    # the seed article's all differ
    assert len(colour) <= PALETTE_SIZE
    assert len(set(colour.values())) == len(colour)

    # the legend's chip has the colour of the speaker's mentions, and its name
    legend = page.eval_on_selector_all(
        "#speaker-legend li",
        """lis => lis.map(li => [li.querySelector('a').dataset.speaker,
                               li.querySelector('a').textContent,
                               getComputedStyle(li.querySelector('.chip')).backgroundColor])""",
    )
    names = {}
    for speaker, name, chip in legend:
        names[speaker] = name
        if speaker in colour:
            assert chip == colour[speaker], name
    assert set(colour) <= set(names)

    # the claim list: each row's chip is its speaker's colour, written beside the name
    rows = page.eval_on_selector_all(
        ".claim-row .meta .chip",
        """cs => cs.map(c => [c.closest('.claim-row').dataset.speaker,
                              getComputedStyle(c).backgroundColor,
                              c.nextSibling && c.nextSibling.textContent])""",
    )
    assert rows
    chip_of_name = {names[s]: colour[s] for s in colour}
    for name, chip, text_after in rows:
        assert text_after.startswith(name)  # not colour alone: the name follows the chip
        if name in chip_of_name:
            assert chip == chip_of_name[name]
    assert page.problems == []
    page.locator("#article-text-wrap").scroll_into_view_if_needed()
    shot(page, artifacts_dir / "speakers-colour.png")
