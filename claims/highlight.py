"""Split an article's text into segments for highlighting claims at their
exact offsets. Claims may overlap (a sentence and a clause of it); each
segment knows every claim covering it and which one to colour it by (the
shortest, i.e. most specific). Pure: no ORM, no HTML."""

from dataclasses import dataclass, field
from typing import Protocol, Sequence


class Spanned(Protocol):
    pk: int
    start: int
    end: int


@dataclass
class Segment:
    text: str
    start: int
    end: int
    claims: list = field(default_factory=list)  # covering claims, shortest first

    @property
    def claim(self):
        """The claim this segment is coloured by, or None for plain text."""
        return self.claims[0] if self.claims else None


def segments(body: str, claims: Sequence[Spanned]) -> list[Segment]:
    n = len(body)
    spans = [c for c in claims if 0 <= c.start < c.end <= n]
    cuts = sorted({0, n, *(c.start for c in spans), *(c.end for c in spans)})
    by_length = sorted(spans, key=lambda c: (c.end - c.start, c.start))
    out: list[Segment] = []
    # Sweep: claims sorted by start enter, leave when their end passes.
    starts = sorted(spans, key=lambda c: c.start)
    active: list = []
    i = 0
    rank = {id(c): r for r, c in enumerate(by_length)}
    for a, b in zip(cuts, cuts[1:]):
        while i < len(starts) and starts[i].start <= a:
            active.append(starts[i])
            i += 1
        active = [c for c in active if c.end > a]
        covering = sorted(active, key=lambda c: rank[id(c)])
        out.append(Segment(body[a:b], a, b, covering))
    return out
