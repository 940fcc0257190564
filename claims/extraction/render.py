"""Stage 6, render: each claim as text that reads on its own, and its record."""

from __future__ import annotations

import re

from .characterise import Characterised
from .lexicon import THE_NAME_WORDS
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


_ARTICLES = frozenset({"The", "A", "An"})


def _titled_name(v: str) -> bool:
    """ "The New York Times", "The Hague": a name whose article is part of it."""
    return any(w.lower().removesuffix("’s").removesuffix("'s") in THE_NAME_WORDS for w in v.split())


def _inner_case(ids, replace):
    """A name put in for a word inside the claim keeps no capital article ("If elected,
    The mayor would cut taxes" -> "If elected, the mayor would ..."): a speaker written at
    the start of its own sentence ("The mayor said that, if elected, she would ...")."""
    if not replace or not ids:
        return replace
    inner = {}
    for k, v in replace.items():
        if k == ids[0] or not v[:1].isupper():
            continue
        words = v.split(" ", 2)
        if len(words) > 1 and words[0] in _ARTICLES and words[1][:1].islower():
            inner[k] = v[0].lower() + v[1:]
        elif len(words) > 1 and words[0] == "The" and not _titled_name(v):
            # "As a result of The Department of the Treasury’s designation": a body's
            # name takes "the" inside a sentence ("The New York Times" keeps its own)
            inner[k] = "t" + v[1:]
    return {**replace, **inner} if inner else replace


def claim_text(ctx, c: Characterised) -> str:
    doc = ctx.doc
    r = c.resolved
    pc, ids = r.piece, r.ids
    body = ctx.render(ids, _inner_case(ids, r.replace))
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
