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

from .lexicon import (
    ELLIPSIS_AUX,
    ELLIPSIS_NEUTRAL_DEPS,
    PLURAL_QUANTIFIERS,
    SINGLE_QUANTIFIERS,
    VP_DEPS,
)
from .morphology import past_tense
from .tokattrs import sent_of, sent_start

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
    sent = sent_of(main)
    start = sent_start(doc[sent.start - 1]) if sent.start > 0 else sent.start
    frames = _frame_lemmas()
    for k in range(main.i - 1, start - 1, -1):
        v = doc[k]
        if v.pos_ not in {"VERB", "AUX"} or v.dep_ in {"aux", "auxpass"}:
            continue
        if v.lemma_.lower() in frames or _governs(v, main) or is_elliptical(v):
            continue
        if "\n\n" in doc[k : main.i].text:
            return None  # another paragraph
        auxes = [c for c in v.children if c.dep_ in {"aux", "auxpass"} and c.i < v.i]
        if v.lemma_.lower() == "be" and not auxes:
            if any(c.dep_ in {"attr", "acomp"} for c in v.children):
                return v, "copula"
            continue
        if not auxes:
            return v, "plain"
        return v, _aux_class(auxes[-1]) or "plain"
    return None


def _restored(ctx, main):
    """(the verb phrase left out, as text; the antecedent verb; how it was built), or None."""
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
    elif how == want and how in {"be", "have", "modal"}:
        head = v.text
    else:
        return None
    if how == "copula" and not comps:
        return None
    text = " ".join(x for x in (head, ctx.render(comps) if comps else "") if x)
    return (text, v, how) if text else None


def restored_vp(ctx, main) -> str | None:
    """The verb phrase an elliptical predicate leaves out, as text, or None."""
    found = _restored(ctx, main)
    return found[0] if found else None


def _finite_do(main, v, how, vp) -> str | None:
    """An affirmative "did" standing for a verb phrase, as the finite verb phrase: "Mary
    did too" -> "Mary voted for the bill too"; the answer to "whether they would support
    X" ("Neither did") -> "would support X".  None when the form is unknown."""
    if how == "modal":
        modal = next(c for c in v.children if c.dep_ in {"aux", "auxpass"} and c.tag_ == "MD")
        return f"{modal.text} {vp}"
    if how != "plain" or main.tag_ != "VBD":
        return None
    lemma, _, rest = vp.partition(" ")
    return " ".join(x for x in (past_tense(lemma), rest) if x)


def _group_noun(v):
    """The plural noun the subject of the antecedent verb ``v`` is: itself, or, for a
    "they", the people the verb that governs it asks or tells ("asked both candidates
    whether they ..."), else the nearest plural noun before it in its sentence."""
    subj = next((c for c in v.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None:
        return None
    if subj.tag_ in {"NNS", "NNPS"}:
        return subj
    if subj.lower_ != "they":
        return None
    gov = v.head
    if gov.i != v.i:
        obj = next((c for c in gov.children if c.dep_ in {"dobj", "dative"}), None)
        if obj is not None and obj.tag_ == "NNS":
            return obj
    for t in reversed(subj.doc[sent_start(subj) : subj.i]):
        if t.tag_ == "NNS":
            return t
    return None


def _quantified_subject(ctx, main, v) -> str | None:
    """ "Neither did." after "asked both candidates whether they would ..." -> "Neither
    candidate"; "Only two had." -> "Only two council members"; "Most did not." ->
    "Most voters": a bare quantifier subject takes the noun of the group it counts."""
    subj = next((c for c in main.children if c.dep_ == "nsubj"), None)
    if subj is None or any(
        c.dep_
        not in {
            "advmod",
        }
        for c in subj.children
    ):
        return None
    low = subj.lower_
    single = low in SINGLE_QUANTIFIERS
    if not (single or low in PLURAL_QUANTIFIERS or (subj.tag_ == "CD" and low != "one")):
        return None
    noun = _group_noun(v)
    if noun is None:
        return None
    words = [c.text for c in noun.lefts if c.dep_ in {"compound", "amod"}]
    if single:
        words.append(noun.lemma_.lower() if noun.tag_ == "NNS" else noun.text)
    else:
        words.append(noun.text)
    return f"{subj.text} {' '.join(words)}"


def _questioned_subject(ctx, main, v) -> str | None:
    """ "Jimenez asked whether such a study would delay the project. Lund said it would."
    -> "Such a study would delay the project": the "it"/"they" of an answer is what the
    question it answers was about (its subject, in the same number)."""
    from .attribute import indirect_question

    subj = next((c for c in main.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or subj.lower_ not in {"it", "they"} or not indirect_question(v):
        return None
    asked = next((c for c in v.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if asked is None or asked.pos_ not in {"NOUN", "PROPN"}:
        return None
    if (asked.tag_ in {"NNS", "NNPS"}) != (subj.lower_ == "they"):
        return None
    doc = ctx.doc
    drop = set()
    for c in asked.children:
        if c.dep_ in {"relcl", "acl", "appos", "punct"}:
            drop.update(range(c.left_edge.i, c.right_edge.i + 1))
    ids = [i for i in range(asked.left_edge.i, asked.right_edge.i + 1) if i not in drop]
    if not ids or len(ids) > 8:
        return None
    first = doc[ids[0]]
    keep = first.pos_ == "PROPN" or first.ent_type_ in {"ORG", "GPE", "PERSON"}
    return ctx.render(ids, None if keep else {ids[0]: first.lower_})


def restore(ctx, main, ids, replace) -> int:
    """Write the restored verb phrase after the elliptical predicate (and its "not");
    return the number of words added."""
    found = _restored(ctx, main)
    if not found:
        return 0
    vp, v, how = found
    doc = ctx.doc
    added = len(vp.split())
    subj = next((c for c in main.children if c.dep_ == "nsubj"), None)
    group = _quantified_subject(ctx, main, v)
    if group and subj is not None and subj.i in ids and subj.i not in replace:
        replace[subj.i] = group
        added += len(group.split()) - 1
    thing = _questioned_subject(ctx, main, v)
    if thing and subj is not None and subj.i in ids and subj.i not in replace:
        replace[subj.i] = thing
        added += len(thing.split()) - 1
    negated = any(c.dep_ == "neg" for c in main.children)
    if _aux_class(main) == "do" and not negated:
        finite = _finite_do(main, v, how, vp)
        if finite:
            replace[main.i] = finite
            return added - 1
    last = main.i
    while last + 1 in ids and doc[last + 1].head.i == main.i and doc[last + 1].dep_ == "neg":
        last += 1
    replace[last] = replace.get(last, doc[last].text) + " " + vp
    return added
