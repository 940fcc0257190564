"""Claims from a parsed article, stage by stage.

    repair        misparses corrected before any rule reads the parse  repair.py
    segment       layout, units, headline, captions and boilerplate    segment.py
    attribute     speech frames: speaker mention, cue, content         attribute.py
    split         atomic clauses, elided subjects and verbs restored   split.py
    resolve       quotation speakers, pronouns, elided verb phrases,   resolve.py
                  clause-pointing demonstratives; last, a demonstrative (ellipsis.py, coref.py,
                  noun no rule resolved, by the embedding model         demonstratives.py,
                                                                        determiners.py, bridging.py)
    parties       speaker mentions clustered into parties              parties.py
    characterise  kind, hedge, quantities, entities, check-worthiness  characterise.py
    render        self-contained text, ClaimRecords                    render.py

Each stage reads what the one before produced (Unit -> Frames -> Piece ->
Resolved -> Characterised -> ClaimRecord, with the parties beside them) and the document's ``DocContext``;
word lists live in ``lexicon``, verb forms in ``morphology``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from .characterise import characterise
from .context import DocContext
from .loader import load_pipeline
from .parties import parties
from .records import ArticleClaims, ClaimRecord
from .render import render
from .repair import repair
from .resolve import resolve
from .segment import segment
from .split import split_units


def doc_to_claims(doc, text: str | None = None) -> list[ClaimRecord]:
    repair(doc)
    ctx = DocContext(doc, doc.text if text is None else text)
    try:
        units = segment(ctx)
        pieces = split_units(ctx, units)  # attribute + split, unit by unit
        resolved = resolve(ctx, pieces)
        speakers = parties(ctx, resolved)
        characterised = characterise(ctx, resolved)
        return ArticleClaims(render(ctx, characterised), speakers)
    finally:
        # The stages' objects point back at the context (its discourse, antecedents,
        # attributions): let go of them here, so that the Doc and all it carries are
        # freed as soon as the caller drops it, not at the cycle collector's next full
        # run (60-80 ms, landing anywhere in a batch).
        ctx.release()


Progress = Callable[[int, int], None]  # (paragraphs parsed, paragraphs in all)

# A paragraph ends at a blank line (and the white space after it).
_PARAGRAPH_END = re.compile(r"\n[^\S\n]*\n\s*")
# Paragraphs parsed together (at most); a long article is cut into about
# PROGRESS_STEPS groups so its progress moves in steps of a few percent.
PARAGRAPH_GROUP_MIN = 8
PROGRESS_STEPS = 25
# Text parsed around each group and thrown away: whole paragraphs, at least
# this many characters on each side. The models look a few tokens beyond a
# paragraph (tok2vec's window, the parser's lookahead); with this much context
# every token's analysis is the one a parse of the whole text gives.
CONTEXT_CHARS = 200


def paragraph_ends(text: str) -> list[int]:
    """Offsets where each paragraph of the text ends (after its blank line);
    the last is len(text)."""
    ends = [m.end() for m in _PARAGRAPH_END.finditer(text) if m.end() < len(text)]
    return [*ends, len(text)]


def parse(text: str, nlp, *, progress: Progress | None = None):
    """One Doc for the whole text, parsed in groups of paragraphs with
    ``nlp.pipe`` so that ``progress(done, total)`` can be called as the
    paragraphs are done. Each group is parsed with CONTEXT_CHARS of whole
    paragraphs either side, and only its own tokens are kept; the Docs are
    joined with ``Doc.from_docs``. Should a group's tokens not line up with
    its paragraphs, the text is parsed in one piece instead."""
    ends = paragraph_ends(text)
    total = len(ends)
    group = max(PARAGRAPH_GROUP_MIN, -(-total // PROGRESS_STEPS))
    if progress:
        progress(0, total)
    if total <= group:
        doc = nlp(text)
        if progress:
            progress(total, total)
        return doc
    from spacy.tokens import Doc

    starts = [0, *ends[:-1]]
    cores = [
        (starts[i], ends[min(i + group, total) - 1], min(i + group, total))
        for i in range(0, total, group)
    ]

    def window(start: int, end: int) -> tuple[int, int]:
        before = [s for s in starts if s <= start - CONTEXT_CHARS]
        after = [e for e in ends if e >= end + CONTEXT_CHARS]
        return (before[-1] if before else 0), (after[0] if after else len(text))

    windows = [window(a, b) for a, b, _ in cores]
    pieces = []
    docs = nlp.pipe((text[wa:wb] for wa, wb in windows), batch_size=1)
    for (a, b, done), (wa, _wb), doc in zip(cores, windows, docs, strict=True):
        span = doc.char_span(a - wa, b - wa, alignment_mode="strict")
        if span is None:
            break
        pieces.append(span.as_doc())
        if progress:
            progress(done, total)
    joined = Doc.from_docs(pieces, ensure_whitespace=False) if len(pieces) == len(cores) else None
    if joined is None or joined.text != text:
        joined = nlp(text)
        if progress:
            progress(total, total)
    return joined


def extract(
    text: str, *, model: str | None = None, progress: Progress | None = None
) -> list[ClaimRecord]:
    """Claims in one article; ``progress(done, total)`` is called as its
    paragraphs are parsed (see ``parse``)."""
    if not text or not text.strip():
        if progress:
            progress(0, 0)
        return []
    nlp = load_pipeline(model)
    return doc_to_claims(parse(text, nlp, progress=progress), text)


def extract_many(
    texts: Iterable[str], *, batch_size: int = 16, n_process: int = 1, model: str | None = None
) -> Iterator[list[ClaimRecord]]:
    """Claims for many articles, parsed in batches with ``nlp.pipe``."""
    nlp = load_pipeline(model)
    # each text goes along with its Doc: ``doc.text`` (the same string, spaCy's
    # tokenisation keeps every character) joins all the tokens' texts again on every read
    pairs = ((t, t) for t in (t or "" for t in texts))
    for doc, text in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=n_process):
        yield doc_to_claims(doc, text) if text.strip() else []
