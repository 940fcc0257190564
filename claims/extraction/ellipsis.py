"""Verb-phrase ellipsis: "The man said he did not." -> "... did not attend a mosque".

A clause whose predicate is a bare auxiliary ("did not", "was", "had not",
"could not") takes its verb phrase from the nearest earlier clause in the
same sentence or the one before (same paragraph) that is not a speech or
question verb and does not govern the elliptical clause:

- after "do" the verb phrase comes back in the base form ("attend a mosque");
- after "be", "have" or a modal only from a clause built the same way
  ("was going to a mosque" -> "going to a mosque", "had tested the brakes"
  -> "tested the brakes", "could win" -> "win", "is a doctor" -> "a doctor").
"""

from __future__ import annotations

from .lexicon import ELLIPSIS_AUX, ELLIPSIS_NEUTRAL_DEPS, VP_DEPS

_FRAME_WORDS = None


def _frame_lemmas():
    global _FRAME_WORDS
    if _FRAME_WORDS is None:
        from .attribute import FRAME_LEMMAS
        from .lexicon import QUESTION_VERBS

        _FRAME_WORDS = FRAME_LEMMAS | QUESTION_VERBS
    return _FRAME_WORDS


def _aux_class(tok) -> str | None:
    if tok.tag_ == "MD":
        return "modal"
    lemma = tok.lemma_.lower()
    return lemma if lemma in ELLIPSIS_AUX else None


def is_elliptical(main) -> bool:
    """A predicate that is only an auxiliary: "he did not", "it had not", "she was"."""
    if main is None or _aux_class(main) is None:
        return False
    return all(c.dep_ in ELLIPSIS_NEUTRAL_DEPS for c in main.children)


def _governs(a, b) -> bool:
    """Is ``a`` an ancestor of ``b``?"""
    return any(x.i == a.i for x in b.ancestors)


def _complements(v, allowed=None):
    ids = []
    for c in v.children:
        if c.i > v.i and c.dep_ in VP_DEPS:
            ids.extend(range(c.left_edge.i, c.right_edge.i + 1))
    return sorted(i for i in ids if allowed is None or i in allowed)


def _antecedent(main):
    """(verb, its auxiliary class or "plain"/"copula") of the nearest clause before ``main``."""
    doc = main.doc
    sent = main.sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    frames = _frame_lemmas()
    for k in range(main.i - 1, start - 1, -1):
        v = doc[k]
        if v.pos_ not in ("VERB", "AUX") or v.dep_ in ("aux", "auxpass"):
            continue
        if v.lemma_.lower() in frames or _governs(v, main) or is_elliptical(v):
            continue
        if "\n\n" in doc[k : main.i].text:
            return None  # another paragraph
        auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass") and c.i < v.i]
        if v.lemma_.lower() == "be" and not auxes:
            if any(c.dep_ in ("attr", "acomp") for c in v.children):
                return v, "copula"
            continue
        if not auxes:
            return v, "plain"
        return v, _aux_class(auxes[-1]) or "plain"
    return None


def restored_vp(ctx, main) -> str | None:
    """The verb phrase an elliptical predicate leaves out, as text, or None."""
    if not is_elliptical(main):
        return None
    found = _antecedent(main)
    if found is None:
        return None
    v, how = found
    want = _aux_class(main)
    comps = _complements(v)
    if want == "do":
        if how == "copula":
            return None
        head = v.lemma_.lower()
    elif want == "be" and how == "copula":
        head = ""
    elif how == want and how in ("be", "have", "modal"):
        head = v.text
    else:
        return None
    if how == "copula" and not comps:
        return None
    text = " ".join(x for x in (head, ctx.render(comps) if comps else "") if x)
    return text or None


def restore(ctx, main, ids, replace) -> int:
    """Write the restored verb phrase after the elliptical predicate (and its "not");
    return the number of words added."""
    vp = restored_vp(ctx, main)
    if not vp:
        return 0
    doc = ctx.doc
    last = main.i
    while (
        last + 1 in ids
        and doc[last + 1].head.i == main.i
        and doc[last + 1].dep_ in ("neg", "advmod")
    ):
        last += 1
    replace[last] = replace.get(last, doc[last].text) + " " + vp
    return len(vp.split())
