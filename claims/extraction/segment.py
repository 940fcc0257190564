"""Stage 1, segment: the units (sentences, cut at line breaks) that can hold a
claim, each knowing its paragraph and whether it is the headline.

Layout furniture (bylines, credits, bullets) is dropped from each unit's
tokens; units that cannot hold a claim are dropped whole: questions, verbless
fragments, lead-ins to lists, imperatives, section labels ("Replacing lead pipes."),
photo captions and web pointers.
A title-case headline that the tagger read as one long name ("Court Blocks
New Voting Map") is kept as a verbless unit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import layout as L
from .morphology import verb_lemmas, verb_stems
from .tokattrs import attrs


@dataclass
class Unit:
    index: int
    ids: list[int]  # its tokens, furniture removed
    paragraph: int
    headline: bool = False
    verbless: bool = False  # a title-case headline kept whole


# web furniture: "More information on X is available here.", "For more information, visit ..."
_POINTER_OPENING = re.compile(
    r"^(?:for\s+)?(?:more|further|additional)\s+(?:information|details)\b.*\b(?:here|website|visit|www\.|available|located|contact)\b",
    re.I | re.S,
)
_POINTER_CLOSING = re.compile(r"\b(?:is|are)\s+available\s+here\W*$", re.I | re.S)
_AVAILABLE = re.compile("available", re.I)  # what _POINTER_CLOSING cannot match without
# the verbs CAPTION_RE (case-sensitive) cannot match without
_CAPTION_WORDS = ("seen", "pictured", "shown", "photographed", "depicted")


def _pointer(s: str) -> bool:
    """A pointer to web furniture: the opening matches only at the start, and
    the closing is tried only where "available" is (a literal search is
    cheaper than trying the pattern at every position)."""
    return _POINTER_OPENING.match(s) is not None or (
        _AVAILABLE.search(s) is not None and _POINTER_CLOSING.search(s) is not None
    )


def _caption(s: str) -> bool:
    """``CAPTION_RE.search(s)``, skipped when none of its verbs is there."""
    return any(w in s for w in _CAPTION_WORDS) and L.CAPTION_RE.search(s) is not None


def _sentences(doc):
    """Sentence token ranges, cut at line breaks and stripped of whitespace."""
    a = attrs(doc)
    space, text, punct = a.is_space, a.text, a.is_punct
    units = []
    for start, end in a.sents:
        cur = []
        for i in range(start, end):
            if space[i]:
                if "\n" in text[i] and cur:
                    units.append(cur)
                    cur = []
                continue
            cur.append(i)
            # (a token's own trailing white space is one space at most: a line
            # break is a space token of its own, handled above)
        if cur:
            units.append(cur)
    # a lone closing quote or bracket belongs to the sentence before it
    merged = []
    idx, end = a.idx, a.end
    for u in units:
        if merged and all(punct[i] for i in u) and idx[u[0]] - end[merged[-1][-1]] < 2:
            merged[-1].extend(u)
        else:
            merged.append(u)
    return merged


def title_case_statement(doc, ids) -> bool:
    """A title-case headline with no tagged verb whose word after a leading
    name is a known verb in the 3rd person ("Agency Identifies ...", "Court
    Blocks ...").  A label ("Attribution of X", "Remembering the Victims of Y
    Attacks") has a preposition or a participle before any such word."""
    if any(doc[i].pos_ in {"VERB", "AUX"} for i in ids) or len(ids) < 3:
        return False
    words = [doc[i] for i in ids if not doc[i].is_punct]
    if sum(1 for t in words if t.text[:1].isupper()) < len(words) * 0.6:
        return False
    verbs = verb_lemmas()
    for k in range(1, len(words) - 1):
        t, prev = words[k], words[k - 1]
        if (
            prev.pos_ in {"ADP", "DET"}
            or prev.tag_ == "VBG"
            or any(w.pos_ == "ADP" or w.tag_ == "VBG" for w in words[:k])
        ):
            return False
        if (
            t.text[:1].isupper()
            and prev.pos_ in {"PROPN", "NOUN"}
            and any(st in verbs for st in verb_stems(t.lower_))
        ):
            return True
    return False


def cannot_hold_a_claim(doc, ids, text) -> bool:
    if not ids:
        return True
    a = attrs(doc)
    punct, txt, pos = a.is_punct, a.text, a.pos
    last = next((i for i in reversed(ids) if not punct[i] or txt[i] in "?!"), None)
    if last is not None and txt[last] == "?":
        return True
    if not any(pos[i] in {"VERB", "AUX"} for i in ids):
        return True
    if txt[ids[-1]] == ":":  # a lead-in to a list or a section heading
        return True
    first = doc[ids[0]]
    if (
        first.tag_ == "VB"
        and first.dep_ == "ROOT"
        and not any(c.dep_ in {"nsubj", "nsubjpass", "aux"} for c in first.children)
    ):
        return True  # imperative: "Follow us on Twitter"
    if (
        first.tag_ == "VBG"
        and first.dep_ == "ROOT"
        and len(ids) <= 8
        and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in first.children)
    ):
        return True  # a fact sheet's section label: "Replacing lead pipes."
    s, e = a.idx[ids[0]], a.end[ids[-1]]
    if _caption(text[s:e]) or _pointer(text[s:e]):
        return True
    return False


def segment(ctx) -> list[Unit]:
    doc, lay, excluded = ctx.doc, ctx.layout, ctx.excluded()
    out = []
    for index, sentence in enumerate(_sentences(doc)):
        ids = [i for i in sentence if not excluded[i]]
        headline = bool(ids) and doc[ids[0]].idx < lay.headline_end
        if headline and title_case_statement(doc, ids):
            out.append(
                Unit(index, ids, lay.paragraph(doc[ids[0]].idx), headline=True, verbless=True)
            )
            continue
        if cannot_hold_a_claim(doc, ids, ctx.text):
            continue
        out.append(Unit(index, ids, lay.paragraph(doc[ids[0]].idx), headline=headline))
    return out
