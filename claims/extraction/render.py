"""Stage 6, render: each claim as text that reads on its own, and its record."""

from __future__ import annotations

import re

from .characterise import Characterised
from .records import ClaimRecord

QUOTE_CHARS = '"“”«»„'
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.;:!?%)])")
_MULTI_SPACE = re.compile(r"\s{2,}")
MIN_CHARS = 8
_DROP_QUOTES = str.maketrans("", "", QUOTE_CHARS)


def clean_text(s: str) -> str:
    s = s.strip()
    # drop unbalanced quote marks, keep balanced scare quotes
    n_open = s.count("“") + s.count("«") + s.count("„")
    n_close = s.count("”") + s.count("»")
    n_straight = s.count('"')
    if n_open != n_close or n_straight % 2:
        s = s.translate(_DROP_QUOTES)
    s = s.strip(" ,;:-—–")
    s = _SPACE_BEFORE_PUNCT.sub(r"\1", s)
    s = _MULTI_SPACE.sub(" ", s).strip()
    s = s.replace("( ", "(")
    if not s:
        return s
    s = s[0].upper() + s[1:]
    if s[-1] not in ".!?":
        s = s.rstrip(",;:") + "."
    return s


def claim_text(ctx, c: Characterised) -> str:
    doc = ctx.doc
    r = c.resolved
    pc, ids = r.piece, r.ids
    body = ctx.render(ids, r.replace)
    if pc.prefix:
        keep_case = not body[:1].isupper() or doc[ids[0]].pos_ == "PROPN" or doc[ids[0]].text == "I"
        body = pc.prefix + " " + (body if keep_case else body[0].lower() + body[1:])
    return clean_text(body)


def record(ctx, c: Characterised) -> ClaimRecord | None:
    text = claim_text(ctx, c)
    if len(text) < MIN_CHARS:
        return None
    attr = c.resolved.attr
    speaker = attr.speaker if attr is not None else None
    return ClaimRecord(
        text=text,
        span=c.span,
        kind=c.kind,
        speaker=speaker,
        speaker_span=attr.speaker_span if speaker else None,
        speaker_kind=attr.speaker_kind if speaker else None,
        cue=attr.cue if attr is not None else None,
        cue_span=attr.cue_span if attr is not None else None,
        via=attr.via if attr is not None else None,
        hedged=c.hedge is not None,
        hedge=c.hedge,
        quantities=c.quantities,
        entities=c.entities,
        checkworthiness=c.checkworthiness,
        headline=c.resolved.piece.headline,
        speaker_id=c.resolved.speaker_id if speaker else None,
    )


def render(ctx, characterised) -> list[ClaimRecord]:
    return [rec for rec in (record(ctx, c) for c in characterised) if rec is not None]
