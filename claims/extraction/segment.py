"""Stage 1, segment: the units (sentences, cut at line breaks) that can hold a
claim, each knowing its paragraph and whether it is the headline.

Layout furniture (bylines, credits, bullets) is dropped from each unit's
tokens; units that cannot hold a claim are dropped whole: questions, verbless
fragments, lead-ins to lists, imperatives, photo captions and web pointers.
A title-case headline that the tagger read as one long name ("Court Blocks
New Voting Map") is kept as a verbless unit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import layout as L
from .morphology import verb_lemmas, verb_stems


@dataclass
class Unit:
    index: int
    ids: list[int]  # its tokens, furniture removed
    paragraph: int
    headline: bool = False
    verbless: bool = False  # a title-case headline kept whole


# web furniture: "More information on X is available here.", "For more information, visit ..."
_POINTER_RE = re.compile(
    r"^(?:for\s+)?(?:more|further|additional)\s+(?:information|details)\b.*\b(?:here|website|visit|www\.|available|located|contact)\b"
    r"|\b(?:is|are)\s+available\s+here\W*$",
    re.I | re.S,
)


def _sentences(doc):
    """Sentence token ranges, cut at line breaks and stripped of whitespace."""
    units = []
    for sent in doc.sents:
        cur = []
        for t in sent:
            if t.is_space:
                if "\n" in t.text and cur:
                    units.append(cur)
                    cur = []
                continue
            cur.append(t.i)
            if "\n" in t.whitespace_:
                units.append(cur)
                cur = []
        if cur:
            units.append(cur)
    # a lone closing quote or bracket belongs to the sentence before it
    merged = []
    for u in units:
        if (
            merged
            and all(doc[i].is_punct for i in u)
            and doc[u[0]].idx - (doc[merged[-1][-1]].idx + len(doc[merged[-1][-1]])) < 2
        ):
            merged[-1].extend(u)
        else:
            merged.append(u)
    return merged


def title_case_statement(doc, ids) -> bool:
    """A title-case headline with no tagged verb whose word after a leading
    name is a known verb in the 3rd person ("Agency Identifies ...", "Court
    Blocks ...").  A label ("Attribution of X", "Remembering the Victims of Y
    Attacks") has a preposition or a participle before any such word."""
    if any(doc[i].pos_ in ("VERB", "AUX") for i in ids) or len(ids) < 3:
        return False
    words = [doc[i] for i in ids if not doc[i].is_punct]
    if sum(1 for t in words if t.text[:1].isupper()) < len(words) * 0.6:
        return False
    verbs = verb_lemmas()
    for k in range(1, len(words) - 1):
        t, prev = words[k], words[k - 1]
        if (
            prev.pos_ in ("ADP", "DET")
            or prev.tag_ == "VBG"
            or any(w.pos_ == "ADP" or w.tag_ == "VBG" for w in words[:k])
        ):
            return False
        if (
            t.text[:1].isupper()
            and prev.pos_ in ("PROPN", "NOUN")
            and any(st in verbs for st in verb_stems(t.lower_))
        ):
            return True
    return False


def cannot_hold_a_claim(doc, ids, text) -> bool:
    if not ids:
        return True
    last = [doc[i] for i in ids if not doc[i].is_punct or doc[i].text in "?!"]
    if last and last[-1].text == "?":
        return True
    if not any(doc[i].pos_ in ("VERB", "AUX") for i in ids):
        return True
    if doc[ids[-1]].text == ":":  # a lead-in to a list or a section heading
        return True
    first = doc[ids[0]]
    if (
        first.tag_ == "VB"
        and first.dep_ == "ROOT"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in first.children)
    ):
        return True  # imperative: "Follow us on Twitter"
    s, e = doc[ids[0]].idx, doc[ids[-1]].idx + len(doc[ids[-1]])
    if L.CAPTION_RE.search(text[s:e]) or _POINTER_RE.search(text[s:e]):
        return True
    return False


def segment(ctx) -> list[Unit]:
    doc, lay = ctx.doc, ctx.layout
    out = []
    for index, sentence in enumerate(_sentences(doc)):
        ids = [i for i in sentence if not lay.is_excluded(doc[i].idx)]
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
