"""Article layout: headline, paragraphs, quotations and non-claim furniture.

Everything here works on raw character offsets with precompiled regexes, so
it costs one scan of the text.  Furniture (copyright notes, photo credits,
bylines, datelines, list bullets) becomes *excluded ranges*: tokens inside
them never reach a claim's text or span.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from itertools import pairwise

# datelines: "WASHINGTON —", "KYIV, Ukraine (AP) --"
DATELINE_RE = re.compile(
    r"^[ \t]*[A-Z][A-Z.'’ -]{1,40}(?:,[ \t]+[A-Z][\w.]*(?: [A-Z][\w.]*)*)?[ \t]*(?:\([A-Za-z .]{1,30}\))?[ \t]*(?:—|–|--|-)[ \t]+",
    re.M,
)
# A transcript's speaker label opening a paragraph: capitals, up to five words, the
# colon ("CHEN:", "HOST ELAINE MARSH:", "SEN. DOE:", "MS. FULTON:", "Q:"); group 1 the label
TURN_LABEL_RE = re.compile(r"^([A-Z][A-Z'\-]*\.?(?: [A-Z][A-Z'\-]*\.?){0,4}):(?=[ \t])", re.M)
# a quoted sentence followed on its line by a dash and who said it, up to the line's end
# ('"Crime is up 30 percent." — Councilman Derek Yates', '... — Gov. Ann Lord, in an ad'):
# a fact check's claim, a pull quote; group 1 the name
QUOTE_BYLINE_RE = re.compile(
    r"[.!?][\"”][ \t]*(?:—|–|--)[ \t]*([A-Z][\w.'’-]*(?: [\w.'’-]+){0,7}?)[ \t]*(?:,[^\n]{0,80})?$",
    re.M,
)

_EXCLUDE_PATTERNS = [
    re.compile(r"\(\s*(?:Copyright|©)[^)]*\)?", re.I),
    re.compile(r"^[ \t]*(?:Copyright|©)\b.*$", re.I | re.M),
    re.compile(r"\(\s*(?:Photo|Image|Picture|Credit|File photo|Photograph)\b[^)]*\)", re.I),
    re.compile(
        r"^[ \t]*(?:Photo|Image|Picture|Credit|Caption|File photo|Photograph)\s*(?:credit)?\s*:.*$",
        re.I | re.M,
    ),
    re.compile(
        r"^[ \t]*By [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4}(?:,? (?:and|&) [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4})?[ \t]*$",
        re.M,
    ),
    DATELINE_RE,
    # live-update time stamps: "11:48 p.m. —", "9:30 a.m. ET:", "UPDATE 3:15 p.m. —"
    re.compile(
        r"^[ \t]*(?:UPDATE[D:]?[ \t]*)?\d{1,2}(?::\d\d)?[ \t]*(?:[ap]\.m\.|[AaPp]M)"
        r"(?:[ \t]+[A-Z]{2,4})?[ \t]*(?:—|–|--|-|:)[ \t]+",
        re.M,
    ),
    # list bullets
    re.compile(r"^[ \t]*(?:[-•*–—]|\d{1,2}[.)])[ \t]+", re.M),
]

# "X is seen on Oct. 22, 2018." / "Y are pictured in 2019."
CAPTION_RE = re.compile(
    r"\b(?:is|are|was|were)\s+(?:seen|pictured|shown|photographed|depicted)\b.{0,80}?\b(?:1[89]|20)\d\d\W*$",
    re.S,
)

OPEN_QUOTES = "“«„"
CLOSE_QUOTES = "”»"
STRAIGHT = '"'


@dataclass
class Layout:
    text: str
    headline_end: int = 0  # chars [0, headline_end) are the title line
    excluded: list[tuple[int, int]] = field(default_factory=list)
    para_starts: list[int] = field(default_factory=list)
    quotes: list[tuple[int, int]] = field(default_factory=list)  # [open, close] char ranges
    _ex_starts: list[int] = field(default_factory=list)
    _q_starts: list[int] = field(default_factory=list)

    def paragraph(self, char: int) -> int:
        return bisect.bisect_right(self.para_starts, char) - 1

    def is_excluded(self, char: int) -> bool:
        if not self.excluded:
            return False
        i = bisect.bisect_right(self._ex_starts, char) - 1
        return i >= 0 and self.excluded[i][0] <= char < self.excluded[i][1]

    def quote_at(self, char: int) -> int | None:
        """Index of the quotation containing ``char`` (quote marks included)."""
        i = bisect.bisect_right(self._q_starts, char) - 1
        if i >= 0 and self.quotes[i][0] <= char < self.quotes[i][1]:
            return i
        return None


def _merge(ranges):
    ranges.sort()
    out = []
    for s, e in ranges:
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


_QUOTE_RE = re.compile('[“”«»„"]')
_PARA_RE = re.compile(r"\n[ \t]*\n\s*")
_HEADLINE_RE = re.compile(r"\A\s*([^\n]+?)[ \t]*\n[ \t]*\n")


def analyse(text: str) -> Layout:
    lay = Layout(text)
    m = _HEADLINE_RE.match(text)
    if m:
        lay.headline_end = m.end(1)
    excluded = []
    for pat in _EXCLUDE_PATTERNS:
        for mm in pat.finditer(text):
            if mm.end() > mm.start():
                excluded.append((mm.start(), mm.end()))
    lay.excluded = _merge(excluded)
    lay._ex_starts = [s for s, _ in lay.excluded]
    starts = [0] + [mm.end() for mm in _PARA_RE.finditer(text)]
    lay.para_starts = starts
    # quotations, never crossing a paragraph break
    quotes = []
    for ps, pe in pairwise([*starts, len(text)]):
        open_at = None
        for mq in _QUOTE_RE.finditer(text, ps, pe):
            i = mq.start()
            c = text[i]
            if c in OPEN_QUOTES:
                if open_at is None:
                    open_at = i
            elif c in CLOSE_QUOTES:
                if open_at is not None:
                    quotes.append((open_at, i + 1))
                    open_at = None
            elif c == STRAIGHT:
                if open_at is None:
                    open_at = i
                else:
                    quotes.append((open_at, i + 1))
                    open_at = None
        if open_at is not None:
            quotes.append((open_at, pe))
    lay.quotes = quotes
    lay._q_starts = [s for s, _ in quotes]
    return lay
