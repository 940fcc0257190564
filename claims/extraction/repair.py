"""Stage 0, repair: misparses that mislead every later stage, corrected in the Doc
before any rule reads it (the only place the rule layer changes a parse).

- "The plaintiffs' expert, a political scientist at Emory University named Daniel
  Ortiz, testified that ...": the parser makes "named" the sentence's root, the
  description its subject and "testified" a verb coordinated to it, so the expert
  "named" someone and what he testified has no subject.  "named X" is a participle
  on the noun it names; the coordinated verb is the root.
"""

from __future__ import annotations

from .lexicon import NAMING_VERBS, PERSON_NOUNS

_PARTICIPLE_TAGS = ("VBN", "VBD")


def _named_noun(verb, subj):
    """The noun in ``subj``'s phrase that ``verb`` ("named") gives a name to: the
    nearest person noun before it ("a political scientist at Emory University"), else
    the nearest common noun."""
    nouns = [t for t in verb.doc[subj.left_edge.i : verb.i] if t.pos_ == "NOUN" and not t.is_punct]
    person = [t for t in nouns if t.lemma_.lower() in PERSON_NOUNS]
    if person:
        return person[-1]
    return nouns[-1] if nouns else None


def naming_root(doc, verb) -> bool:
    """Re-attach "NOUN ... named NAME, VERB ..." when the parser made "named" the root
    with the real predicate coordinated to it; True if it did."""
    if verb.tag_ not in _PARTICIPLE_TAGS or verb.head.i != verb.i:
        return False
    kids = list(verb.children)
    subj = next((c for c in kids if c.dep_ == "nsubj" and c.i < verb.i), None)
    name = next(
        (c for c in kids if c.dep_ in ("oprd", "dobj") and c.i > verb.i and c.pos_ == "PROPN"),
        None,
    )
    if subj is None or name is None:
        return False
    # the subject runs up to "named": the name describes a noun of the subject phrase
    if subj.right_edge.i + 1 < verb.i and not all(
        doc[k].is_punct for k in range(subj.right_edge.i + 1, verb.i)
    ):
        return False
    end = name.right_edge.i
    if end + 1 >= len(doc) or doc[end + 1].text != ",":
        return False
    pred = next(
        (
            c
            for c in kids
            if c.dep_ in ("conj", "dep")
            and c.pos_ in ("VERB", "AUX")
            and c.i > end + 1
            and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        ),
        None,
    )
    if pred is None or any(c.dep_ == "cc" and end < c.i < pred.i for c in kids):
        return False  # "... named X, and ...": two acts of one subject
    noun = _named_noun(verb, subj)
    if noun is None:
        return False
    pred.head = pred
    pred.dep_ = "ROOT"
    subj.head = pred
    for c in kids:
        if c.dep_ in ("punct", "advmod", "npadvmod", "prep") and c.i > end:
            c.head = pred  # the comma before the predicate, the full stop
    verb.head = noun
    verb.dep_ = "acl"
    return True


def repair(doc) -> None:
    """Correct the misparses above in ``doc`` (a cheap scan: only a root that is a
    naming verb is looked at)."""
    if not len(doc):
        return
    strings = doc.vocab.strings
    root = strings.add("ROOT")
    lemmas = {strings.add(w) for w in NAMING_VERBS}
    arr = doc.to_array(["DEP", "LEMMA"])
    # the roots only (a few per paragraph), found in one array pass, not token by token
    for i in (arr[:, 0] == root).nonzero()[0].tolist():
        if int(arr[i, 1]) in lemmas:
            naming_root(doc, doc[i])
