"""Stage 4, resolve (continued): demonstratives the rules in ``resolve`` leave.

Run on each claim after ``resolve.restore_demonstratives`` and the rules for a bare
"this" there; each rule only touches a demonstrative nothing has replaced yet, and
gives up rather than guess (a wrong referent is worse than a dangling one):

- a noun that names an earlier mention more generally ("2,000 military personnel
  ... These forces are equipped for combat" -> "The 2,000 military personnel are
  ..."; "committed war crimes ... document these atrocities" -> "document the war
  crimes ..."): ``kind_antecedent``, the general nouns in ``lexicon.KIND_OF``;
- a post ("He has served as the head of operations since 2020. In that role, he ..."
  -> "As the head of operations, he ..."): ``role_antecedent``;
- a plural act named after several clauses that each did it ("designated the group
  as ... Haddad was designated as ... these designations" -> "the designations of the
  group as ... and of Haddad as ..."): ``acts_antecedent``;
- a fronted phrase that only ties the claim to what came before, whose demonstrative
  is still unknown ("In response to these attacks, I directed ..."): dropped, the
  claim read without it (``drop_pointing_frame``).
"""

from __future__ import annotations

from .lexicon import (
    ACT_SUFFIXES,
    DEMONSTRATIVES,
    HARM_VERBS,
    KIND_OF,
    POINTING_FRAMES,
    ROLE_AS_VERBS,
    ROLE_NOUNS,
)
from .tokattrs import attrs

_PLURAL_DETS = frozenset({"these", "those"})
# what an earlier mention keeps of its noun phrase: what it is of, against, in or on
_NP_PREPS = frozenset({"of", "against", "on", "in"})
_NP_DROP = frozenset({"relcl", "acl", "appos", "advcl", "punct", "parataxis", "prep", "det"})
_CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp", "advcl", "xcomp", "relcl"})
_LEADING_DETS = frozenset({"a", "an", "the", "some", "any"})


def _points_back(tok) -> bool:
    return tok.tag_ == "PRP$" or tok.pos_ == "PRON" or tok.lower_ in DEMONSTRATIVES


def _np_ids(tok) -> list[int]:
    """The noun phrase of ``tok`` with its coordinated nouns and the prepositions in
    _NP_PREPS, without relative clauses and participles."""
    ids = [tok.i]
    for c in tok.children:
        if c.is_space or (c.dep_ in _NP_DROP and c.dep_ not in ("prep", "det")):
            continue
        if c.dep_ == "prep" and (
            c.lower_ not in _NP_PREPS
            or c.i < tok.i
            or any(g.ent_type_ in ("DATE", "TIME") for g in c.children)
        ):
            continue  # "in 2021" says when, not which
        ids.extend(_np_ids(c))
    return sorted(ids)


def _definite_np(ctx, head, max_len=14) -> str | None:
    """ "approximately 2,000 United States military personnel" -> "the approximately
    2,000 United States military personnel", "the Northern Shield" and "the network's
    head" as they are; None when it is long or points back."""
    doc = ctx.doc
    ids = _np_ids(head)
    first = doc[ids[0]]
    own_det = first.dep_ == "det" and first.head.i == head.i
    if own_det and first.lower_ in _LEADING_DETS and head.pos_ != "PROPN":
        ids = ids[1:]
    if not ids or len(ids) > max_len or any(_points_back(doc[i]) for i in ids):
        return None
    if ids != list(range(ids[0], ids[-1] + 1)):
        return None  # a gap (a dropped clause inside): would not read
    first = doc[ids[0]]
    lower = first.is_sent_start and first.pos_ != "PROPN" and first.text[1:].islower()
    text = ctx.render(ids, {first.i: first.lower_} if lower else None)
    if first.dep_ == "det" or head.pos_ == "PROPN" or any(c.dep_ == "poss" for c in head.children):
        return text
    return "the " + text


def _window(ctx, det, sentences=3):
    """Tokens before ``det``, nearest first, back ``sentences`` sentences and within
    its paragraph."""
    doc, lay = ctx.doc, ctx.layout
    start = det.sent.start
    for _ in range(sentences):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    para = lay.paragraph(det.idx)
    for k in range(det.i - 1, start - 1, -1):
        if lay.paragraph(doc[k].idx) != para:
            return
        yield doc[k]


def _earlier(ctx, det, sentences=6):
    """Tokens before ``det``, nearest first, back ``sentences`` sentences, across
    paragraphs (a letter's "These forces" after the paragraph that ordered them)."""
    doc = ctx.doc
    start = det.sent.start
    for _ in range(sentences):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    for k in range(det.i - 1, start - 1, -1):
        yield doc[k]


def kind_antecedent(ctx, det, noun) -> str | None:
    """ "I ordered the deployment of approximately 2,000 military personnel to Poland.
    These forces are equipped for combat." -> "the approximately 2,000 military
    personnel": a demonstrative noun that names, more generally (``KIND_OF``), the
    nearest earlier noun of the same number, with all its coordinated nouns ("war
    crimes and crimes against humanity"); not the people a clause killed or hurt
    ("killed 12 soldiers. These forces ..." are not the dead), nor a mention that
    itself points back."""
    kinds = KIND_OF.get(noun.lemma_.lower())
    if not kinds:
        return None
    plural = det.lower_ in _PLURAL_DETS
    for t in _earlier(ctx, det):
        if t.pos_ != "NOUN" or t.lemma_.lower() not in kinds or t.head.i == noun.i:
            continue
        if (t.tag_ == "NNS" or t.lemma_.lower() == "personnel") != plural:
            return None  # the nearest of the kind has the other number: which?
        if any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in t.children):
            continue  # "These crimes include ...": itself a mention of the one before
        head = t
        while head.dep_ == "conj" and head.head.pos_ == "NOUN":
            head = head.head
        members = [head, *head.conjuncts]
        if any(
            m.pos_ != "NOUN" or m.lemma_.lower() not in kinds | {noun.lemma_.lower()}
            for m in members
        ):
            return None
        if head.dep_ == "dobj" and head.head.lemma_.lower() in HARM_VERBS:
            return None  # "killed 12 soldiers": the dead are not "these forces"
        return _definite_np(ctx, head)
    return None


def role_antecedent(ctx, r, det, noun) -> bool:
    """ "He has served as the network's head of external operations since 2020. In
    that role, he has directed attacks ..." -> "As the network's head of external
    operations, he has directed attacks ...": "in this/that role (post, capacity)" is
    the post a clause just before gave, by "serve as", "was appointed as" or
    "became"."""
    prep = noun.head
    if (
        det.lower_ not in ("this", "that")
        or noun.lemma_.lower() not in ROLE_NOUNS
        or noun.dep_ != "pobj"
        or prep.lower_ != "in"
        or any(c.dep_ != "det" for c in noun.children)
    ):
        return False
    for t in _window(ctx, det, sentences=2):
        if t.i >= det.sent.start or t.pos_ not in ("VERB", "AUX"):
            continue
        lemma = t.lemma_.lower()
        post = None
        if lemma in ROLE_AS_VERBS:
            as_ = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "as"), None)
            post = next((c for c in as_.children if c.dep_ == "pobj"), None) if as_ else None
        elif lemma == "become":
            post = next((c for c in t.children if c.dep_ == "attr"), None)
        if post is None or post.pos_ != "NOUN":
            continue
        text = _definite_np(ctx, post, max_len=10)
        if not text:
            return False
        r.replace[prep.i] = "as " + text
        r.replace[det.i] = ""
        r.replace[noun.i] = ""
        return True
    return False


def _same_stem(noun_lemma: str, verb_lemma: str) -> bool:
    """ "designation" / "designate", "arrest" / "arrest", "approval" / "approve"."""
    if noun_lemma == verb_lemma:
        return True
    stem = verb_lemma[:-1] if verb_lemma.endswith("e") else verb_lemma
    return len(stem) >= 5 and noun_lemma.startswith(stem)


def acts_antecedent(ctx, det, noun) -> str | None:
    """ "The Department designated the group as a terrorist organisation in 2021. Its
    leader was designated as a global terrorist in 2022. As a result of these
    designations, ..." -> "the designations of the group as a terrorist organisation
    and of its leader as a global terrorist": a plural noun for an act, after two or
    three clauses of the paragraph whose verb has its stem, each with what it acted on
    (the object, or the subject of a passive) and what as."""
    lemma = noun.lemma_.lower()
    if det.lower_ not in _PLURAL_DETS or noun.tag_ != "NNS":
        return None
    if not (lemma.endswith(ACT_SUFFIXES) or lemma.endswith(("al", "st"))):
        return None
    parts = []
    for t in _window(ctx, det, sentences=2):
        if t.i >= det.sent.start or t.pos_ != "VERB" or t.dep_ not in _CLAUSE_DEPS:
            continue
        if not _same_stem(lemma, t.lemma_.lower()):
            continue
        passive = any(c.dep_ == "auxpass" for c in t.children)
        dep = "nsubjpass" if passive else "dobj"
        obj = next((c for c in t.children if c.dep_ == dep), None)
        if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
            return None
        what = _definite_np(ctx, obj, max_len=8)
        if not what:
            return None
        as_ = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "as"), None)
        if as_ is not None:
            post = next((c for c in as_.children if c.dep_ == "pobj"), None)
            ids = _np_ids(post) if post is not None else []
            if not ids or len(ids) > 8 or any(_points_back(ctx.doc[i]) for i in ids):
                return None
            what = f"{what} as {ctx.render(ids)}"
        parts.append(what)
    if not 2 <= len(parts) <= 3:
        return None
    parts.reverse()  # in the order the text gave them
    return f"the {noun.text.lower()} of " + " and ".join(
        [parts[0], *(f"of {p}" for p in parts[1:])]
    )


def noun_antecedent(ctx, det, noun) -> str | None:
    """What a demonstrative and its noun stand for by the rules of this module
    (the subject a split clause repeats: "These forces are ... and will remain ...")."""
    return kind_antecedent(ctx, det, noun) or acts_antecedent(ctx, det, noun)


def drop_pointing_frame(ctx, r) -> None:
    """ "In response to these attacks, I directed the deployment of ..." -> "I directed
    the deployment of ...": a fronted phrase (``POINTING_FRAMES``, or "in that role")
    whose demonstrative is still unknown only ties the claim to what came before;
    the claim reads, and can be checked, without it."""
    doc = ctx.doc
    main = r.piece.main
    if main is None or not r.ids:
        return
    first = r.ids[0]
    frame = next(
        (c for c in main.children if c.dep_ in ("prep", "advcl") and c.left_edge.i == first),
        None,
    )
    if frame is None or frame.i > main.i:
        return
    sub = range(frame.left_edge.i, frame.right_edge.i + 1)
    dem = next(
        (doc[i] for i in sub if doc[i].lower_ in DEMONSTRATIVES and doc[i].dep_ == "det"), None
    )
    if dem is None or dem.i in r.replace or dem.head.i != frame.right_edge.i:
        return
    words = " ".join(doc[i].lower_ for i in range(first, dem.i))
    if words not in POINTING_FRAMES and not (
        words == "in" and dem.head.lemma_.lower() in ROLE_NOUNS
    ):
        return
    comma = frame.right_edge.i + 1
    if comma >= len(doc) or doc[comma].text != "," or comma not in r.ids:
        return
    r.ids = [i for i in r.ids if i > comma]


def resolve_demonstratives(ctx, r) -> None:
    """The rules above, for each demonstrative of the claim nothing has replaced."""
    from .resolve import _agree_with, _phrase  # noqa: PLC0415 (resolve imports this module)

    doc = ctx.doc
    lower, dep = attrs(doc).lower, attrs(doc).dep
    ids = set(r.ids)
    for i in r.ids:
        if lower[i] not in DEMONSTRATIVES or dep[i] != "det" or i in r.replace:
            continue
        det = doc[i]
        noun = det.head
        if noun.i not in ids or noun.pos_ != "NOUN":
            continue
        if role_antecedent(ctx, r, det, noun):
            continue
        named = noun_antecedent(ctx, det, noun)
        if not named:
            continue
        r.replace[det.i] = named
        for k in range(det.i + 1, noun.i + 1):
            r.replace[k] = ""
        _agree_with(noun, _phrase(named, det.lower_ in _PLURAL_DETS), r.replace)
    drop_pointing_frame(ctx, r)
