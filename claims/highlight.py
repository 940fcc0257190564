"""Split an article's text into segments for highlighting claims at their
exact offsets. Claims may overlap (a sentence and a clause of it); each
segment knows every claim covering it and which one to colour it by (the
shortest, i.e. most specific). `segments` is pure (no ORM, no HTML);
`highlighted_html` turns them into the workspace's markup in one pass, since
a template loop over hundreds of segments was most of the page's time."""

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from html import escape
from itertools import pairwise
from typing import Protocol

from django.utils.safestring import SafeString, mark_safe


class Spanned(Protocol):
    pk: int
    start: int
    end: int


@dataclass(frozen=True)
class Mention:
    """Where a speaker is named in the text, and the palette slot of its colour."""

    start: int
    end: int
    speaker_id: int
    slot: int
    name: str


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
    return [Segment(text, a, b, covering) for text, a, b, covering in _cut(body, claims)]


def _cut(body: str, claims: Sequence[Spanned], extra_cuts: Sequence[int] = ()):
    """(text, start, end, covering claims shortest first) for each segment, lazily;
    `extra_cuts` are offsets where a segment must end too (speaker mentions)."""
    n = len(body)
    spans = [c for c in claims if 0 <= c.start < c.end <= n]
    cuts = sorted(
        {0, n, *(c.start for c in spans), *(c.end for c in spans)}
        | {x for x in extra_cuts if 0 < x < n}
    )
    by_length = sorted(spans, key=lambda c: (c.end - c.start, c.start))
    # Sweep: claims sorted by start enter, leave when their end passes.
    starts = sorted(spans, key=lambda c: c.start)
    active: list = []
    i = 0
    rank = {id(c): r for r, c in enumerate(by_length)}
    for a, b in pairwise(cuts):
        while i < len(starts) and starts[i].start <= a:
            active.append(starts[i])
            i += 1
        active = [c for c in active if c.end > a]
        yield body[a:b], a, b, sorted(active, key=lambda c: rank[id(c)])


def _mentions_within(body: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions inside the text, in order, none overlapping (of two that
    overlap the earlier, then longer, one is kept)."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if 0 <= m.start < m.end <= len(body) and (not out or m.start >= out[-1].end):
            out.append(m)
    return out


def highlighted_html(
    body: str,
    claims: Sequence[Spanned],
    *,
    url: Callable[[Spanned], str],
    current=None,
    mentions: Sequence[Mention] = (),
) -> SafeString:
    """The article text as the workspace shows it inside #article-text: every
    segment a `<span data-start>` (plain text) or an `<a class="hl ...">`
    opening its claim's panel, coloured by its most specific claim; `overlap`
    when more than one claim covers it, `current` for the claim whose pk is
    `current`. data-start is the segment's offset in `body` (static/js/
    workspace.js maps selections back to offsets with it), so the segments'
    texts concatenate to exactly `body`. The text of a speaker mention is
    wrapped (inside its segment) in `<span class="spk spk-N" data-speaker>`,
    N its palette slot, so the speaker's colour marks it.

    Every piece of text, URL and status is escaped here (stdlib html.escape,
    which is what django.utils.html.escape does); the result is marked safe
    only because it is built from escaped parts and our own literal markup."""
    heads: dict[
        int, tuple[str, str]
    ] = {}  # id(claim) -> (class suffix, attributes up to data-start)
    out = []
    # Segments one at a time (_cut, not segments()): hundreds of Segment objects
    # alive at once only fed the garbage collector's oldest generation.
    marks = _mentions_within(body, mentions)
    cuts = [x for m in marks for x in (m.start, m.end)]
    k = 0  # the first mention that does not end before the segment
    for text, start, _, covering in _cut(body, claims, cuts):
        text = escape(text)
        while k < len(marks) and marks[k].end <= start:
            k += 1
        if k < len(marks) and marks[k].start <= start:
            m = marks[k]
            text = (
                f'<span class="spk spk-{int(m.slot)}" data-speaker="{int(m.speaker_id)}" '
                f'title="Speaker: {escape(m.name)}">{text}</span>'
            )
        if not covering:
            out.append(f'<span data-start="{start}">{text}</span>')
            continue
        c = covering[0]
        head = heads.get(id(c))
        if head is None:
            status = escape(str(c.status))
            href = escape(url(c))
            head = heads[id(c)] = (
                f'<a class="hl status-{status}',
                f'" href="{href}" hx-get="{href}" hx-target="#panel" hx-swap="outerHTML" '
                f'hx-push-url="true" draggable="false" data-claim="{int(c.pk)}" '
                f'data-status="{status}" data-start="',
            )
        out.append(head[0])
        if len(covering) > 1:
            out.append(" overlap")
        if current is not None and c.pk == current:
            out.append(" current")
        out.append(f'{head[1]}{start}">{text}</a>')
    return mark_safe("".join(out))  # noqa: S308 - every interpolated value is escaped above


def mark_words(text: str, words: Iterable[str]) -> SafeString:
    """`text` escaped, with every whole-word occurrence of `words` wrapped in
    <mark>; marks separated only by white space are joined into one, so a
    shared phrase is one mark. Pure: the words are matched as written."""
    words = sorted({w for w in words if w}, key=len, reverse=True)
    if not words:
        return SafeString(escape(text))
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")
    spans: list[list[int]] = []
    for m in pattern.finditer(text):
        if spans and not text[spans[-1][1] : m.start()].strip():
            spans[-1][1] = m.end()
        else:
            spans.append([m.start(), m.end()])
    out, pos = [], 0
    for a, b in spans:
        out += [escape(text[pos:a]), "<mark>", escape(text[a:b]), "</mark>"]
        pos = b
    out.append(escape(text[pos:]))
    return mark_safe("".join(out))  # noqa: S308 - built from escaped parts and literal tags
