"""Speaker colours in the workspace: each speaker of an article gets one slot
of a fixed palette (the classes `spk-0` … `spk-<PALETTE_SIZE - 1>` in
static/css/factcheck.css define the colours, once), chosen by the speaker's
id so it stays the same from visit to visit. Pure: ids in, slots out."""

from collections.abc import Iterable

PALETTE_SIZE = 10  # keep in step with the .spk-N rules in factcheck.css


def speaker_slots(speaker_ids: Iterable[int]) -> dict[int, int]:
    """{speaker id: palette slot} for the speakers shown together.

    A speaker's slot is its id modulo the palette; when a speaker with a
    lower id already has that slot, the next free one (so two speakers of
    one article share a colour only when there are more speakers than
    colours). Speakers are placed in id order, so the answer depends only on
    which speakers are shown, not on the order they come in."""
    slots: dict[int, int] = {}
    taken: set[int] = set()
    for sid in sorted(set(speaker_ids)):
        slot = sid % PALETTE_SIZE
        if len(taken) < PALETTE_SIZE:
            while slot in taken:
                slot = (slot + 1) % PALETTE_SIZE
        slots[sid] = slot
        taken.add(slot)
    return slots
