"""Speaker colours in the workspace: each speaker of an article gets one slot
of a fixed palette (the classes `spk-0` … `spk-<PALETTE_SIZE - 1>` in
static/css/factcheck.css define the colours, once), chosen by the speaker's
id so it stays the same from visit to visit. Pure: ids in, slots out.

The palette has enough colours for the speakers of a long news article (the
seed article has 13), each one clearly different from the others and with
3:1 contrast against every background it is drawn on (WCAG AA for
non-text: tests/test_speaker_colours.py computes both). With more speakers
than colours, colours are reused as evenly as possible; the speaker's name
is always written beside its colour, so a colour is never all there is."""

from collections.abc import Iterable

PALETTE_SIZE = 18  # keep in step with the .spk-N rules in factcheck.css


def speaker_slots(speaker_ids: Iterable[int]) -> dict[int, int]:
    """{speaker id: palette slot} for the speakers shown together.

    A speaker's slot is its id modulo the palette; when a speaker with a
    lower id already has that slot, the next free one, so speakers shown
    together differ up to PALETTE_SIZE of them. Beyond that, the least used
    slot, looking from its own onwards: a colour is shared by at most
    ⌈speakers / PALETTE_SIZE⌉ speakers. Speakers are placed in id order, so
    the answer depends only on which speakers are shown, not on the order
    they come in."""
    slots: dict[int, int] = {}
    uses = [0] * PALETTE_SIZE
    for sid in sorted(set(speaker_ids)):
        home = sid % PALETTE_SIZE
        slot = min(
            ((home + step) % PALETTE_SIZE for step in range(PALETTE_SIZE)),
            key=uses.__getitem__,
        )  # the first of the least used, from `home` on
        slots[sid] = slot
        uses[slot] += 1
    return slots
