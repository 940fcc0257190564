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

import re
from bisect import bisect_left

from .lexicon import (
    ACCOUNT_NOUNS,
    ACCOUNT_STANCE_VERBS,
    ACT_NOUN_VERB_PAIRS,
    ACT_OBJECT_VERBS,
    ACT_OF_VERB,
    ACT_SUFFIXES,
    ATTACK_NOMINALS,
    ATTACK_VERBS,
    CHANGE_NOUNS,
    CHANGE_VERBS,
    COMPASS_WORDS,
    CONSEQUENCE_VERBS,
    DEMONSTRATIVES,
    EFFECT_VERBS,
    EVALUATION_NOUNS,
    EVALUATIVE_ADJECTIVES,
    EVENT_NOUNS,
    FIGHT_NOUNS,
    FIGHT_VERBS,
    HARM_VERBS,
    INCLUSION_VERBS,
    JOIN_NOT_ACTS,
    JOIN_NOUNS,
    KIND_OF,
    OCCASION_NOUNS,
    ORDERING_VERBS,
    PARTITIVE_WORDS,
    PLACE_NOUNS,
    POINTING_FRAMES,
    REACTION_WORDS,
    RESPONSE_NOUNS,
    ROLE_AS_VERBS,
    ROLE_NOUNS,
    SHELL_NOUNS,
    SPEECH_ACT_NOUNS,
    STANCE_OBJECT_VERBS,
    STATE_VERBS,
    STRIKING_VERBS,
    SUM_GIVING_VERBS,
    SUM_NOUNS,
    TIME_WORDS,
    TIMING_VERBS,
)
from .morphology import present_participle
from .tokattrs import attrs, sent_of, sent_start

_PLURAL_DETS = frozenset({"these", "those"})
_EVENT_OR_SHELL_NOUNS = EVENT_NOUNS | SHELL_NOUNS  # (built once, not per call)
_THIRD_PERSON = frozenset("he she him her his it its they them their".split())
# what an earlier mention keeps of its noun phrase: what it is of, against, in or on
_NP_PREPS = frozenset({"of", "against", "on", "in"})
_NP_DROP = frozenset({"relcl", "acl", "appos", "advcl", "punct", "parataxis", "prep", "det"})
_CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp", "advcl", "xcomp", "relcl"})
_LEADING_DETS = frozenset({"a", "an", "the", "some", "any"})
# a clause before a bare "this" joined to the claim: its longest, and the joint
_JOIN_MAX = 30
_JOINER = ", which"
# what ``noun_join`` ends a clause it puts before a noun with
_NOUN_JOINT = re.compile(r", an?$")
_POSSESSIVE_END = re.compile(r"(['’]s?)$")
# verbs whose object act is the subject's own ("took this action", "directed this
# operation"): not the act of the clause before
_LIGHT_VERBS = frozenset({"take", "direct", "conduct", "carry", "make", "undertake"})
_NAME_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW"})
_CAPITAL_DETS = frozenset({"The", "A", "An", "This", "That", "These", "Those"})


def _points_back(tok) -> bool:
    """A pronoun or a demonstrative (not the author's "our"/"my": "our embassy")."""
    if tok.lower_ in {"our", "my"}:
        return False
    return tok.tag_ == "PRP$" or tok.pos_ == "PRON" or tok.lower_ in DEMONSTRATIVES


def _glued(tok) -> bool:
    """A mark written with no space on either side, inside a word or a name ("M/V")."""
    doc = tok.doc
    return 0 < tok.i < len(doc) - 1 and not tok.whitespace_ and not doc[tok.i - 1].whitespace_


def _np_ids(tok, preps=None) -> list[int]:
    """The noun phrase of ``tok`` with its coordinated nouns and the prepositions in
    _NP_PREPS, without relative clauses and participles."""
    ids = [tok.i]
    for c in tok.children:
        if c.is_space or (c.dep_ in _NP_DROP and c.dep_ not in {"prep", "det"}):
            if c.dep_ == "punct" and _glued(c):
                ids.append(c.i)  # "M/V Tutor": the slash inside the name
            continue
        if c.dep_ == "prep" and (
            c.lower_ not in (preps or _NP_PREPS)
            or c.i < tok.i
            or any(g.ent_type_ in {"DATE", "TIME"} for g in c.children)
        ):
            continue  # "in 2021" says when, not which
        ids.extend(_np_ids(c, preps))
    return sorted(ids)


def _definite_np(ctx, head, max_len=14, commas=False) -> str | None:
    """ "approximately 2,000 United States military personnel" -> "the approximately
    2,000 United States military personnel", "the Northern Shield" and "the network's
    head" as they are; None when it is long or points back. ``commas``: with the commas
    of a list of nouns ("new cranes, electric trucks and shore power systems")."""
    doc = ctx.doc
    ids = _np_ids(head)
    if commas:
        ids = sorted(ids + [k for k in range(ids[0], ids[-1]) if doc[k].text == ","])
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


def sentence_start_back(doc, tok, sentences) -> int:
    """Index of the first token ``sentences`` sentences before ``tok``'s own."""
    starts = attrs(doc).sent_start
    start = starts[tok.i]
    for _ in range(sentences):
        if start == 0:
            break
        start = starts[start - 1]
    return start


def preceding_ids(ctx, tok, sentences, *, same_paragraph) -> range:
    """Ids of the tokens before ``tok``, nearest first, back ``sentences`` sentences;
    with ``same_paragraph``, only within its paragraph (else across paragraphs: a
    letter's "These forces" after the paragraph that ordered them)."""
    start = sentence_start_back(ctx.doc, tok, sentences)
    if same_paragraph:
        # the paragraph's tokens are those from the first at or after its first character
        lay = ctx.layout
        first_char = lay.para_starts[lay.paragraph(tok.idx)]
        start = max(start, bisect_left(attrs(ctx.doc).idx, first_char))
    return range(tok.i - 1, start - 1, -1)


def preceding_tokens(ctx, tok, sentences, *, same_paragraph):
    """The tokens of ``preceding_ids``."""
    doc = ctx.doc
    for k in preceding_ids(ctx, tok, sentences, same_paragraph=same_paragraph):
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
    own = sent_start(det)
    for t in preceding_tokens(ctx, det, 6, same_paragraph=False):
        if t.i >= own:
            continue  # "the networks that arm these groups": not its own sentence's nouns
        if t.pos_ != "NOUN" or t.lemma_.lower() not in kinds:
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
        det.lower_ not in {"this", "that"}
        or noun.lemma_.lower() not in ROLE_NOUNS
        or noun.dep_ != "pobj"
        or prep.lower_ != "in"
        or any(c.dep_ != "det" for c in noun.children)
    ):
        return False
    own = sent_start(det)
    for t in preceding_tokens(ctx, det, 2, same_paragraph=True):
        if t.i >= own or t.pos_ not in {"VERB", "AUX"}:
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


def same_stem(noun_lemma: str, verb_lemma: str, min_stem: int = 5) -> bool:
    """ "designation" / "designate", "arrest" / "arrest", "approval" / "approve": the
    noun names the verb's act (a stem of at least ``min_stem`` letters, or one of
    lexicon.ACT_NOUN_VERB)."""
    if noun_lemma == verb_lemma:
        return True
    stem = verb_lemma[:-1] if verb_lemma.endswith("e") else verb_lemma
    if len(stem) >= min_stem and noun_lemma.startswith(stem):
        return True
    # "decision" / "decide": the act without the stem
    return (noun_lemma, verb_lemma) in ACT_NOUN_VERB_PAIRS


def acts_antecedent(ctx, det, noun, tokens=None) -> str | None:
    """ "The Department designated the group as a terrorist organisation in 2021. Its
    leader was designated as a global terrorist in 2022. As a result of these
    designations, ..." -> "the designations of the group as a terrorist organisation
    and of its leader as a global terrorist": a plural noun for an act, after two or
    three clauses of the paragraph whose verb has its stem, each with what it acted on
    (the object, or the subject of a passive) and what as; ``tokens``: where to look
    instead, nearest first (determiners.lead_acts_antecedent: the lead's)."""
    lemma = noun.lemma_.lower()
    if det.lower_ not in _PLURAL_DETS or noun.tag_ != "NNS":
        return None
    parts = []
    single_plural = False
    if tokens is None:
        tokens = preceding_tokens(ctx, det, 2, same_paragraph=True)
    own = sent_start(det)
    for t in tokens:
        if t.i >= own or t.pos_ != "VERB" or t.dep_ not in _CLAUSE_DEPS:
            continue
        if not same_stem(lemma, t.lemma_.lower()):
            continue
        passive = any(c.dep_ == "auxpass" for c in t.children)
        dep = "nsubjpass" if passive else "dobj"
        obj = next((c for c in t.children if c.dep_ == dep), None)
        if obj is None or obj.pos_ not in {"NOUN", "PROPN"}:
            return None
        what = _plain_np(ctx, obj, max_len=8) if obj.pos_ == "NOUN" else None
        what = what or _definite_np(ctx, obj, max_len=8)
        if not what:
            return None
        where = next(
            (
                c
                for c in t.children
                if c.dep_ == "prep"
                and c.lower_ in {"in", "near", "at", "outside"}
                and any(g.ent_type_ in {"GPE", "LOC", "FAC"} for g in c.subtree)
                and len(list(c.subtree)) <= 6
            ),
            None,
        )
        if where is not None:
            # "attacked a hotel in Mali": which attack is where it was
            what = f"{what} {ctx.render(range(where.i, where.right_edge.i + 1))}"
        # "cut 2,000 jobs", "arrested a student and a teacher": several by one act
        single_plural = obj.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in obj.children)
        as_ = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "as"), None)
        if as_ is not None:
            post = next((c for c in as_.children if c.dep_ == "pobj"), None)
            ids = _np_ids(post) if post is not None else []
            if not ids or len(ids) > 8 or any(_points_back(ctx.doc[i]) for i in ids):
                return None
            what = f"{what} as {ctx.render(ids)}"
        parts.append(what)
    if len(parts) == 1 and not single_plural:
        return None  # one act: "these approvals" needs more than one thing approved
    if not 1 <= len(parts) <= 3:
        return None
    parts.reverse()  # in the order the text gave them
    prep = "on" if lemma in ATTACK_VERBS or lemma in EVENT_NOUNS else "of"
    return f"the {noun.text.lower()} {prep} " + " and ".join(
        [parts[0], *(f"{prep} {p}" for p in parts[1:])]
    )


# what an earlier mention of the same noun says about which one it is: what it is of,
# against, on, in, at or to ("the strike against a facility in northern Syria")
_MENTION_PREPS = frozenset({"of", "against", "on", "in", "at", "to", "near", "into"})
_CLASS_PREPS = frozenset({"among", "like", "unlike", "than"})


def fuller_mention(ctx, det, noun) -> str | None:
    """ "I directed the deployment of an additional air defense battery to the region.
    This deployment is intended ..." -> "the deployment of an additional air defense
    battery to the region": the nearest earlier mention of the same noun and number,
    with what it was of, against or where, when it says so (else None: "the" alone is
    no better than what resolve.restore_demonstratives writes).  Not a mention that is
    another one ("further strikes"), that points back itself ("its strike", "this
    strike") or lies in the title; "" for a class the thing belongs to ("among the
    deadliest attacks"), which only "the" may take from."""
    from .determiners import generic_plural  # noqa: PLC0415 (it imports this module)
    from .lexicon import NEW_REFERENT_MODIFIERS  # noqa: PLC0415

    doc = ctx.doc
    lemma, tag = noun.lemma_.lower(), noun.tag_
    title_end = ctx.layout.headline_end
    a = attrs(doc)
    lemmas, tags, pos = a.lemma, a.tag, a.pos
    for k in preceding_ids(ctx, det, 8, same_paragraph=False):
        if lemmas[k] != lemma or tags[k] != tag or pos[k] != "NOUN" or k == noun.i:
            continue
        t = doc[k]
        if t.idx < title_end:
            return None
        left = [c for c in t.children if c.i < t.i]
        if any(c.lower_ in NEW_REFERENT_MODIFIERS or _points_back(c) for c in left):
            return None
        if generic_plural(t):
            return None  # "attacks on aid workers in Sudan": a kind, not these workers
        acl_ids: list[int] = []
        partitive = (
            t.dep_ == "pobj"
            and t.head.lower_ == "of"
            and (t.head.head.pos_ == "NUM" or t.head.head.lower_ in PARTITIVE_WORDS)
        )
        if (
            partitive
            or (t.dep_ == "pobj" and t.head.lower_ in _CLASS_PREPS)
            or any(c.tag_ == "JJS" for c in left)
        ):
            # "They were among the deadliest attacks on American forces": a class the
            # attacks belong to, not the attacks
            return ""
        preps = [
            c
            for c in t.children
            if c.dep_ == "prep"
            and c.i > t.i
            and c.lower_ in _MENTION_PREPS
            and not any(g.ent_type_ in {"DATE", "TIME"} for g in c.children)
        ]
        if t.dep_ == "dobj":
            # "approved a loan of $2 billion to the railway": the parser hangs what the
            # act went to, on or against on the verb, just after its object
            end = max([t.i] + [k for c in preps for k in _np_ids(c, _MENTION_PREPS)])
            on_verb = next(
                (
                    c
                    for c in t.head.children
                    if c.dep_ == "prep"
                    and c.i == end + 1
                    and c.lower_ in {"to", "on", "against", "into"}
                    and not any(g.ent_type_ in {"DATE", "TIME"} for g in c.children)
                ),
                None,
            )
            if on_verb is not None:
                preps.append(on_verb)
        money = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "in" else None
        if money is not None and money.ent_type_ == "MONEY" and money.i < t.i:
            # "announced $85 million in humanitarian assistance. This assistance ..." ->
            # "the $85 million in humanitarian assistance"
            ids = [
                k
                for k in range(money.left_edge.i, t.i + 1)
                if not doc[k].is_punct or doc[k].text in "$€£"
            ]
            if len(ids) > 12 or any(_points_back(doc[i]) for i in ids):
                return None
            if doc[ids[0]].dep_ == "det":
                ids = ids[1:]
            text = ctx.render(ids)
            own = [doc[k].lower_ for k in range(det.i + 1, noun.i + 1)]
            return "the " + text if all(w in text.lower() for w in own) else None
        # "sanctions imposed in March on a shipping company": a participle saying which
        for c in t.children:
            if c.dep_ == "acl" and c.tag_ == "VBN" and c.i == t.i + 1 and not preps:
                parts = [c.i] + [
                    k
                    for g in c.children
                    if g.dep_ == "prep" and g.i > c.i and g.lower_ in _MENTION_PREPS
                    for k in _np_ids(g, _MENTION_PREPS)
                ]
                if len(parts) > 1 and sorted(parts) == list(range(c.i, max(parts) + 1)):
                    preps = [c]
                    acl_ids = parts
        if not preps:
            if [c.lower_ for c in left] == ["the"]:
                continue  # "The strike killed ...": the same strike, named before
            return None
        ids = sorted(
            {
                c.i
                for c in left
                if c.dep_ != "det" and c.dep_ in {"amod", "compound", "nummod", "poss", "nmod"}
            }
            | {
                k
                for c in left
                if c.dep_ in {"amod", "compound", "nummod", "poss", "nmod"}
                for k in range(c.left_edge.i, c.right_edge.i + 1)
            }
            | {t.i}
            | {
                k
                for c in preps
                for k in (acl_ids if c.dep_ == "acl" else _np_ids(c, _MENTION_PREPS))
            }
        )
        if len(ids) > 16 or ids != list(range(ids[0], ids[-1] + 1)):
            return None
        if any(_points_back(doc[i]) for i in ids):
            return None
        own = [doc[k].lower_ for k in range(det.i + 1, noun.i + 1)]
        text = ctx.render(ids)
        if not all(w in text.lower() for w in own):
            return None  # "this military action" is not any earlier action
        owned = any(c.dep_ == "poss" for c in left)
        return text if owned else "the " + text
    return None


def _prev_root(ctx, det):
    """The root of the sentence just before ``det``'s, in its paragraph, or None."""
    start = sent_start(det)
    if start == 0:
        return None
    root = sent_of(ctx.doc[start - 1]).root
    if ctx.layout.paragraph(root.idx) != ctx.layout.paragraph(det.idx):
        return None
    return root


_PLAIN_PREPS = frozenset({"of", "in", "on", "from", "for"})


def _plain_np(ctx, tok, max_len=8) -> str | None:
    """ "Inflation", "the price of oil", "the two armies" as a phrase inside a sentence
    (lower-cased at a sentence's start unless a name), or None."""
    doc = ctx.doc
    ids = _np_ids(tok, _PLAIN_PREPS)
    if (
        not ids
        or len(ids) > max_len
        or tok.pos_ == "PRON"
        or any(_points_back(doc[i]) for i in ids)
    ):
        return None
    if ids != list(range(ids[0], ids[-1] + 1)):
        return None
    first = doc[ids[0]]
    lower = first.is_sent_start and first.pos_ != "PROPN" and not first.ent_type_
    return ctx.render(ids, {first.i: first.lower_} if lower else None)


def _pps(ctx, verb, preps, max_len=8) -> list[str]:
    """The verb's prepositional phrases in ``preps`` and those that say when ("in May",
    "on Monday"), as text."""
    out = []
    for c in verb.children:
        if c.dep_ != "prep" or c.i < verb.i:
            continue
        when = any(g.ent_type_ in {"DATE", "TIME"} for g in c.subtree if g.i != c.i)
        if c.lower_ not in preps and not when:
            continue
        ids = list(range(c.i, c.right_edge.i + 1))
        if len(ids) > max_len or any(_points_back(ctx.doc[i]) for i in ids):
            continue
        out.append(ctx.render(ids))
    return out


def change_antecedent(ctx, det, noun) -> str | None:
    """ "Inflation rose to 9 percent in May. This increase was driven by food prices."
    -> "the increase in inflation to 9 percent in May": a noun of a change after a
    sentence whose verb reports a change the same way (up or down), with what changed
    and by how much."""
    if det.lower_ not in {"this", "that"} or noun.tag_ != "NN":
        return None
    if any(c.dep_ != "det" for c in noun.lefts):
        return None
    lemma = noun.lemma_.lower()
    way = next((w for w, nouns in CHANGE_NOUNS.items() if lemma in nouns), None)
    root = _prev_root(ctx, det)
    if way is None or root is None or root.lemma_.lower() not in CHANGE_VERBS[way]:
        return None
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    what = _plain_np(ctx, subj) if subj is not None else None
    if not what:
        return None
    # "rose 3 percent": "the 3 percent rise"
    amount = next(
        (
            c
            for c in root.children
            if c.dep_ in {"npadvmod", "dobj"} and c.ent_type_ in {"PERCENT", "MONEY", "QUANTITY"}
        ),
        None,
    )
    size = ""
    if amount is not None and len(list(amount.subtree)) <= 4:
        size = ctx.render(range(amount.left_edge.i, amount.right_edge.i + 1)) + " "
    return " ".join(
        [f"the {size}{noun.text.lower()} in {what}", *_pps(ctx, root, ("to", "by", "from"))]
    )


def fight_antecedent(ctx, det, noun) -> str | None:
    """ "The two armies clashed near the village of Tal Abyad on Monday. This engagement
    lasted four hours." -> "the engagement between the two armies near the village of
    Tal Abyad on Monday": a noun of a fight after a sentence whose verb reports one,
    with who fought and where and when, so that two engagements differ."""
    if det.lower_ not in {"this", "that"} or noun.lemma_.lower() not in FIGHT_NOUNS:
        return None
    if any(c.dep_ != "det" for c in noun.lefts):
        return None
    root = _prev_root(ctx, det)
    if root is None or root.lemma_.lower() not in FIGHT_VERBS:
        return None
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    who = _plain_np(ctx, subj) if subj is not None else None
    if not who:
        return None
    obj = next((c for c in root.children if c.dep_ == "dobj"), None)
    with_ = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "with"), None)
    other = next((g for g in with_.children if g.dep_ == "pobj"), None) if with_ else None
    if obj is not None:
        them = _plain_np(ctx, obj)
        head = f"the {noun.text.lower()} of {them} by {who}" if them else None
    elif other is not None:
        them = _plain_np(ctx, other)
        head = f"the {noun.text.lower()} between {who} and {them}" if them else None
    elif subj.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in subj.children):
        head = f"the {noun.text.lower()} between {who}"
    else:
        head = None
    if head is None:
        return None
    return " ".join([head, *_pps(ctx, root, ("in", "near", "at", "outside", "around"))])


def place_of_strike(ctx, root, obj) -> str:
    """ " in Dar es Salaam" for "struck our embassy in Dar es Salaam": the short
    in/at/near phrase after what a verb struck (on the object or the verb), or ""."""
    place = next(
        (
            c
            for c in list(obj.children) + list(root.children)
            if c.dep_ == "prep" and c.lower_ in {"in", "at", "near"} and c.i > obj.i
        ),
        None,
    )
    if place is None or len(list(place.subtree)) > 6:
        return ""
    return " " + ctx.render(range(place.i, place.right_edge.i + 1))


def struck_antecedent(ctx, det, noun) -> str | None:
    """ "A truck bomb destroyed the U.S. Embassy in Beirut, killing 63 people. Those
    killed included 17 Americans. This attack was the deadliest ..." -> "the attack on
    the U.S. Embassy in Beirut": "this"/"that" and an event noun, after a sentence of
    the paragraph, one or two back, whose verb struck something (resolve's
    attack_antecedent looks at the sentence just before only); none when the sentence
    between names an event of its own."""
    from .resolve import _definite  # noqa: PLC0415 (resolve imports this module)

    if det.lower_ not in {"this", "that"} or noun.tag_ != "NN":
        return None
    if noun.lemma_.lower() not in EVENT_NOUNS:
        return None
    doc, lay = ctx.doc, ctx.layout
    start = sent_start(det)
    for _ in range(2):
        if start == 0:
            return None
        sent = sent_of(doc[start - 1])
        start = sent.start
        root = sent.root
        if lay.paragraph(root.idx) != lay.paragraph(det.idx):
            return None
        if root.lemma_.lower() not in STRIKING_VERBS:
            if any(t.lemma_.lower() in EVENT_NOUNS and t.pos_ == "NOUN" for t in sent):
                return None  # an event of its own between
            continue
        obj = next((c for c in root.children if c.dep_ == "dobj"), None)
        if obj is None or obj.ent_type_ == "PERSON" or obj.tag_ not in {"NN", "NNP", "NNPS"}:
            return None
        target = _definite(ctx, obj) if obj.pos_ == "NOUN" else _plain_np(ctx, obj, max_len=6)
        if not target or any(_points_back(t) for t in doc[obj.left_edge.i : obj.i + 1]):
            return None
        where = place_of_strike(ctx, root, obj)
        if where.strip() in target:
            where = ""  # "the U.S. Embassy in Beirut" says where already
        return f"the {noun.text.lower()} on {target}{where}"
    return None


def noun_antecedent(ctx, det, noun) -> str | None:
    """What a demonstrative and its noun stand for by the rules of this module
    (the subject a split clause repeats: "These forces are ... and will remain ...")."""
    return (
        kind_antecedent(ctx, det, noun)
        or acts_antecedent(ctx, det, noun)
        or change_antecedent(ctx, det, noun)
        or fight_antecedent(ctx, det, noun)
        or struck_antecedent(ctx, det, noun)
    )


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
    dep = attrs(doc).dep
    frame = next(
        (
            c
            for c in (doc[k] for k in attrs(doc).kids[main.i] if dep[k] in {"prep", "advcl"})
            if c.left_edge.i == first
        ),
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
        # imported here, where it is needed (a rare case), not on every claim: an import
        # statement in a function runs the import machinery each time it is reached
        from .resolve import _agree_with, _phrase  # noqa: PLC0415 (resolve imports this module)

        _agree_with(noun, _phrase(named, det.lower_ in _PLURAL_DETS), r.replace)
    drop_pointing_frame(ctx, r)


def _unresolved(ctx, r, ids=None) -> bool:
    """Whether the claim (its ``ids``) still holds a third-person pronoun or a
    demonstrative nothing replaced (it could not stand for another claim's "this")."""
    doc = ctx.doc
    for i in r.ids if ids is None else ids:
        if i in r.replace:
            continue
        t = doc[i]
        if t.tag_ in {"PRP", "PRP$"} and t.lower_ in _THIRD_PERSON:
            if t.tag_ == "PRP$" and _bound_in(ctx, r, t, ids):
                continue  # "Canada would keep its tariffs": its own subject
            return True
        if t.lower_ in DEMONSTRATIVES and t.tag_ == "DT" and t.dep_ != "mark":
            head = t.head if t.dep_ == "det" else None
            if head is None or not (
                head.ent_type_ in {"DATE", "TIME"} or head.lemma_.lower() in TIME_WORDS
            ):
                return True
    return False


def _bound_in(ctx, r, t, ids) -> bool:
    """A possessive with its owner earlier in the same claim: the subject of its own
    verb ("Canada would keep its tariffs"), a thing for "its", a party for "their",
    a person for "his"/"her"."""
    doc = ctx.doc
    verb = t.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or subj.i > t.i or subj.i not in (r.ids if ids is None else ids):
        return False
    if subj.i in r.replace or subj.pos_ == "PRON":
        return False
    low = t.lower_
    if low == "its":
        return subj.tag_ in {"NN", "NNP"} and subj.ent_type_ != "PERSON"
    if low == "their":
        return subj.tag_ in {"NNS", "NNPS"} or subj.ent_type_ in {"ORG", "NORP", "GPE"}
    return subj.ent_type_ == "PERSON" and doc[t.i].lower_ in {"his", "her"}


def _stance_this(ctx, r, resolved) -> None:
    """ "Adams said Millbrook diverted water from the reservoir. Carter denied this."
    -> "Carter denied that Millbrook diverted water from the reservoir.": a bare
    "this" object of a verb of stance (``STANCE_OBJECT_VERBS``) is the one claim the
    sentence just before made, when that reads on its own.
    "The bureau estimated the plan would cost $310 million. Okafor disputed that
    reading." -> "Okafor disputed the reading that the plan would cost $310 million.": a
    noun for an account (``ACCOUNT_NOUNS``) after "that"/"this", the object of such a
    verb (``ACCOUNT_STANCE_VERBS``), is someone else's one claim just before, in the
    paragraph or, opening a paragraph, at the end of the one before."""
    doc = ctx.doc
    lower = attrs(doc).lower
    this = noun = None
    for i in r.ids:
        if lower[i] not in {"this", "that"} or i in r.replace:
            continue
        t = doc[i]
        if t.tag_ != "DT" and not (t.dep_ == "det" and t.tag_ == "IN"):
            continue  # ("disputed that reading": "that" may be tagged a preposition)
        if t.dep_ == "dobj" and t.lower_ == "this" and t.head.lemma_.lower() in STANCE_OBJECT_VERBS:
            this = t
            break
        n = t.head
        if (
            t.dep_ == "det"
            and n.i in r.ids
            and n.tag_ == "NN"
            and n.lower_ in ACCOUNT_NOUNS
            and n.dep_ == "dobj"
            and n.head.lemma_.lower() in ACCOUNT_STANCE_VERBS
            and not any(c.dep_ in {"acl", "relcl", "prep"} for c in n.children)
        ):
            this, noun = t, n
            break
    if this is None or _quoted(ctx, this):
        return
    p = _previous_claim(ctx, r, resolved, across=noun is not None)
    if p is None:
        return
    if noun is not None:
        # someone's account, not the disputer's own nor the article's
        said_by = p.attr.speaker if p.attr is not None else None
        own = r.attr.speaker if r.attr is not None else None
        subj = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        if subj is not None and own is None:
            own = (
                ctx.antecedents().lookup(subj)
                if subj.pos_ == "PRON"
                else doc[subj.left_edge.i : subj.i + 1].text
            )
        if not said_by or said_by == own or own is None or own.split()[-1] in said_by.split():
            return
    fact = _fact(ctx, p)
    if not fact:
        return
    if noun is None:
        r.replace[this.i] = fact[len("the fact ") :]  # "that ..."
    else:
        r.replace[this.i] = "the"
        r.replace[noun.i] = f"{noun.text} {fact[len('the fact ') :]}"


def _previous_claim(ctx, r, resolved, across=False):
    """The one claim the sentence just before ``r``'s (in its paragraph; ``across``:
    or, for a sentence opening its paragraph, the last of the paragraph before) made,
    or None (none, or several: which would "this" be?)."""
    doc, lay = ctx.doc, ctx.layout
    own = doc[r.ids[0]].sent
    if own.start == 0:
        return None
    k = own.start - 1
    while k > 0 and doc[k].is_space:
        k -= 1
    prev = sent_of(doc[k])
    para, own_para = lay.paragraph(prev.root.idx), lay.paragraph(own.root.idx)
    if para != own_para and not (across and para == own_para - 1):
        return None
    inside = [p for p in resolved if p.ids and prev.start <= p.ids[0] < prev.end]
    if len(inside) != 1:
        return None
    p = inside[0]
    if p.ids[-1] >= prev.end or p.piece.prefix or p.piece.question:
        return None
    return p


def _quoted(ctx, tok) -> bool:
    """ "'This is good news,' she said": a speaker's "this" opening a quotation points
    at what the speaker said before, which the article does not show."""
    quote = attrs(ctx.doc).is_quote
    return any(quote[k] for k in range(sent_start(tok), tok.i + 1))


def _gerund(ctx, p) -> str | None:
    """ "The glacier is now retreating at about 15 meters a year" -> "the glacier
    retreating at about 15 meters a year": the clause as a subject."""
    doc = ctx.doc
    main, subj = p.piece.main, p.piece.subject
    if main is None or subj is None or main.pos_ != "VERB" or main.i not in p.ids:
        return None
    if any(c.dep_ == "neg" for c in main.children) or subj.i not in p.ids:
        return None
    subj_ids = [i for i in range(subj.left_edge.i, subj.right_edge.i + 1) if i in p.ids]
    before = [i for i in p.ids if i < main.i and i not in subj_ids]
    if any(
        doc[i].dep_ not in {"aux", "auxpass", "advmod"} or doc[i].head.i != main.i for i in before
    ):
        return None  # a fronted phrase ("In 2019, ..."): keep the clause whole
    if any(doc[i].dep_ == "auxpass" for i in before):
        return None  # a passive: "being retreated" would not read
    after = [i for i in p.ids if i > main.i]
    while after and doc[after[-1]].is_punct:
        after.pop()
    if len(subj_ids) + len(after) > 16 or _unresolved(ctx, p, subj_ids + after):
        return None
    subject = ctx.render(subj_ids, p.replace)
    first = doc[subj_ids[0]]
    if (
        first.pos_ != "PROPN"
        and not first.ent_type_
        and subject[:1].isupper()
        and subject[1:2].islower()
    ):
        subject = subject[0].lower() + subject[1:]
    rest = ctx.render(after, p.replace)
    return " ".join(x for x in (subject, present_participle(main.lemma_.lower()), rest) if x)


def _not_one_happening(p) -> bool:
    """ "These systems often lack the staff ... This will help them plan" (a state, not
    a happening that could have an effect); "Poor drainage also contributes. This has
    made cities vulnerable" (a verb with nothing after it, whose complement is left
    to the sentences before: to what? "this" may be all of them)."""
    main = p.piece.main
    if main is None:
        return True
    return main.lemma_.lower() in STATE_VERBS or not any(
        c.i > main.i and not c.is_punct for c in main.children
    )


def _defined(ctx, p) -> str | None:
    """ "Bleaching happens when corals expel the algae ..." -> "bleaching": what a
    clause says happens when something else does is that happening."""
    from .resolve import _phrase  # noqa: PLC0415 (resolve imports this module)

    main, subj = p.piece.main, p.piece.subject
    if main is None or subj is None or main.lemma_.lower() not in {"happen", "occur"}:
        return None
    if not any(
        c.dep_ == "advcl" and any(g.lower_ == "when" for g in c.children) for c in main.children
    ):
        return None
    ids = [i for i in range(subj.left_edge.i, subj.right_edge.i + 1) if i in p.ids]
    if not ids or len(ids) > 6 or subj.pos_ == "PRON" or _unresolved(ctx, p, ids):
        return None
    # "Landslides happen": the verb tells the number when the tagger takes the
    # capitalised plural for a name
    plain = main.tag_ in {"VBP", "VB"} and not any(c.dep_ == "aux" for c in main.children)
    return _phrase(ctx.render(ids, p.replace), subj.tag_ in {"NNS", "NNPS"} or plain)


def _fact(ctx, p) -> str | None:
    """ "The strain is the third new strain reported this year." -> "the fact that the
    strain is the third new strain reported this year"."""
    doc = ctx.doc
    ids = list(p.ids)
    while ids and doc[ids[-1]].is_punct:
        ids.pop()
    if not ids or len(ids) > 20 or _unresolved(ctx, p, ids):
        return None
    body = ctx.render(ids, p.replace)
    first = doc[ids[0]]
    if first.i in p.replace:
        # a name put in keeps its capital ("Helen Price’s country"), "The strain" not
        keep = p.replace[first.i].split(" ", 1)[0] not in {"The", "A", "An"}
    else:
        keep = first.pos_ == "PROPN" or bool(first.ent_type_) or first.text == "I"
    if keep:
        return "the fact that " + body
    return "the fact that " + body[0].lower() + body[1:]


def _evaluation(main) -> bool:
    """ "That is not unusual", "This is good news": a bare demonstrative judged."""
    if main.lemma_ != "be":
        return False
    return any(
        c.dep_ == "acomp"
        and c.pos_ == "ADJ"
        and c.tag_ not in {"JJR", "RBR"}  # "That is a fifth more than ...": a comparison
        or c.dep_ == "attr"
        and c.lemma_.lower() in EVALUATION_NOUNS
        for c in main.children
    )


def _reaction(p) -> bool:
    """ "We are deeply concerned by reports that security forces fired on protesters.
    This is unacceptable.": the claim before is a reaction (``REACTION_WORDS``), and the
    judgment is of what it reacts to, not of the reaction ("the fact that we are
    concerned ... is unacceptable" would be wrong)."""
    main = p.piece.main
    if main is None:
        return False
    return (
        main.lemma_.lower() in REACTION_WORDS
        or main.lower_ in REACTION_WORDS
        or any(c.dep_ in {"acomp", "attr"} and c.lower_ in REACTION_WORDS for c in main.children)
    )


def clause_this(ctx, resolved) -> None:
    """A bare "this"/"that" subject standing for the clause just before, made explicit
    when that sentence is one claim of the same paragraph that reads on its own, in
    the article's voice or the same speaker's:
    - what it does ("The glacier is now retreating at about 15 meters a year. This
      exposes more of the ancient forest each summer." -> "The glacier retreating at
      about 15 meters a year exposes ..."; "Bleaching happens when corals expel the
      algae ... This turns the corals white." -> "Bleaching turns the corals white."),
      for the verbs of an effect (``EFFECT_VERBS``);
    - how it is judged ("The strain is the third new strain this year. Experts say
      that is not unusual." -> "... the fact that the strain is the third new strain
      this year is not unusual").
    Not a "this" opening a quotation (what the speaker said before is not in the
    article), nor after a sentence of several claims (which of them?)."""
    from .morphology import agree_plural  # noqa: PLC0415

    for r in resolved:
        pc = r.piece
        _stance_this(ctx, r, resolved)
        _object_of_preposition(ctx, r, resolved)
        noun_join(ctx, r, resolved)
        subj, main = pc.subject, pc.main
        if (
            not r.anaphoric
            or subj is None
            or main is None
            or subj.lower_ not in {"this", "that"}
            or subj.tag_ != "DT"
            or subj.dep_ not in {"nsubj", "nsubjpass"}
            or not r.ids
            or not _opens_claim(ctx, r, subj)
            or _quoted(ctx, subj)
        ):
            continue
        p = _clause_before(ctx, r, resolved, subj)
        if p is None:
            continue
        speaker = p.attr.speaker if p.attr is not None else None
        if speaker and speaker != (r.attr.speaker if r.attr is not None else None):
            # someone's account, then the article's "this": the account or the event?
            # Only the account joined with who gave it says both ("The WHO said ...,
            # which is nearly three times ...")
            text = _speaker_named(ctx, p, r) and _joined(ctx, p, r, subj, voiced=True)
        elif p.piece.speech_act:
            # "He promised an inquiry. This would be led by a judge, he said": "this" is
            # what a speech act is about or the act itself, and only the joined clause,
            # which keeps both, can say it ("..., which would be led by"), not the act
            # made a subject ("Brand promising an inquiry would be led")
            text = _joined(ctx, p, r, subj)
        elif main.lemma_.lower() in EFFECT_VERBS:
            if _not_one_happening(p):
                continue  # a state, or a verb whose complement the sentences before hold
            text = _defined(ctx, p) or _gerund(ctx, p) or _joined(ctx, p, r, subj)
            if getattr(text, "plural", False):
                agree_plural(subj, main, r.replace)
        else:
            text = (_evaluation(main) and not _reaction(p) and _fact(ctx, p)) or _joined(
                ctx, p, r, subj
            )
        if not text:
            continue
        first = ctx.doc[p.ids[0]]
        if (
            subj.i != r.ids[0]
            and text[1:2].islower()
            and first.pos_ != "PROPN"
            and first.ent_type_ not in _NAME_ENTS
            and first.text != "I"
        ):
            text = text[0].lower() + text[1:]  # "Still, many roads ..., which"
        r.replace[subj.i] = text
        r.anaphoric = False


def _opens_claim(ctx, r, subj) -> bool:
    """Whether ``subj`` opens claim ``r``, or only adverbs of its clause and their
    comma come before it ("However, this ...", "Perhaps most importantly, this ..."):
    words that tie the sentence to the one before, as "this" does, and say nothing of
    their own of what "this" is."""
    doc = ctx.doc
    for k in r.ids:
        if k == subj.i:
            return True
        t = doc[k]
        if k in r.replace or not (
            t.is_punct and t.text == "," or t.pos_ == "ADV" and t.dep_ == "advmod"
        ):
            return False
        if not t.is_punct and t.head.i != subj.head.i and t.head.pos_ != "ADV":
            return False  # an adverb of something else ("so far" of a number)
    return False


def _own_verb(v, main, ids) -> bool:
    """The claim's verb, or a verb of the claim with no subject of its own: the
    infinitive it governs ("voted to appeal"), a participle ("sanctions imposed")."""
    if v.i == main.i:
        return True
    return (
        v.dep_ in {"xcomp", "acl"}
        and v.pos_ == "VERB"
        and v.i in ids
        and not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in v.children)
    )


def _object_of_preposition(ctx, r, resolved) -> None:
    """ "The government declared a state of emergency on Tuesday. The World Food
    Programme began airlifting maize in response to this." -> "... in response to the
    government declaring a state of emergency on Tuesday": a bare "this"/"that" after a
    preposition of the claim's own verb ("in response to", "because of", "despite", or a
    plain one) stands for what the sentence just before said happened, as for a "this"
    subject (``clause_this``): its one claim, in the same paragraph and voice, made a
    subject of its verb's "-ing" form (``_gerund``). When that does not read, a phrase
    that only ties the claim to it (``POINTING_FRAMES``) is left out, as a fronted one
    is (``resolve.drop_anaphoric_frame``). Not when a clause of its own sentence comes
    before it (which one would it be?), nor in a quotation."""
    doc = ctx.doc
    main = r.piece.main
    if main is None or not r.ids:
        return
    lower = attrs(doc).lower
    ids = set(r.ids)
    for t in _bare_this(ctx, r, "pobj"):
        i = t.i
        prep = t.head
        frame = prep
        if not _own_verb(prep.head, main, ids):
            # "in response to this": "to" hangs on "response", the object of "in"
            up = prep.head
            if not (
                up.dep_ == "pobj" and up.head.dep_ == "prep" and _own_verb(up.head.head, main, ids)
            ):
                continue
            frame = up.head
        if frame.dep_ != "prep" or frame.head.i == main.i and frame.i < main.i or _quoted(ctx, t):
            continue  # a fronted phrase: ``drop_anaphoric_frame``'s
        sent = sent_of(t)
        if any(q is not r and q.ids and sent.start <= q.ids[0] < t.i for q in resolved):
            continue  # "Prices rose, and wages fell because of this": which?
        p = _previous_claim(ctx, r, resolved)
        if p is None or p.piece.headline:
            continue
        act = p.piece.speech_act  # "condemns the attack ... in response to this": which?
        speaker = p.attr.speaker if p.attr is not None and not act else None
        if speaker and speaker != (r.attr.speaker if r.attr is not None else None):
            continue  # someone's account, then the article's "this"
        verbs = _main_verbs(doc[p.ids[0]].sent)
        if len(verbs) != 1 or verbs[0].i not in p.ids:
            continue  # "The army shelled the town and the rebels fired back": which?
        text = None if act or _not_one_happening(p) else _gerund(ctx, p)
        if text:
            own = r.piece.subject
            if own is not None and own.i in ids:
                # "The owner had ordered the exits locked. He had been warned about this"
                # -> "... warned about ordering the exits locked", not about the owner's
                span = [k for k in range(own.left_edge.i, own.right_edge.i + 1) if k in ids]
                said = ctx.render(span, r.replace).lower() + " "
                if said.strip() and text.lower().startswith(said):
                    text = text[len(said) :]
            r.replace[i] = text
            continue
        words = " ".join(lower[k] for k in range(frame.i, i))
        if words in POINTING_FRAMES and frame.right_edge.i == i:
            gone = set(range(frame.i, i + 1))
            if frame.i > 0 and doc[frame.i - 1].text == ",":
                gone.add(frame.i - 1)  # "..., in response to this."
            r.ids = [k for k in r.ids if k not in gone]


def _clause_before(ctx, r, resolved, subj):
    """The one claim a "this" opening claim ``r`` can stand for: the clause just before
    it in its sentence ("There is no safe level of exposure, and this is why ..."), else
    the one claim of the sentence before in its paragraph (``_previous_claim``), or, for
    a "this" opening a paragraph, the one claim of a paragraph of one sentence just
    before (news give a sentence its own paragraph); None when several could be it
    (after a paragraph of several sentences, even for an effect: "The port handled 4
    million tons. Its new terminal opened in March. // This made Beira the busiest
    port" is both, as "This is part of a campaign" may sum the paragraph up)."""
    doc = ctx.doc
    sent = sent_of(subj)
    before = [q for q in resolved if q is not r and q.ids and sent.start <= q.ids[0] < subj.i]
    if before:
        q = before[0]
        first = next(k for k in range(sent.start, subj.i) if not doc[k].is_punct)
        if len(before) != 1 or q.ids[0] != first or q.ids[-1] >= subj.i:
            return None
        if q.piece.question or q.piece.prefix or q.piece.headline:
            return None
        between = range(q.ids[-1] + 1, subj.i)
        if any(not doc[k].is_punct and doc[k].lower_ not in {"and", "but"} for k in between):
            return None  # "..., because this ...": not a clause of the same weight
        return q
    p = _previous_claim(ctx, r, resolved)
    if p is not None:
        return p
    p = _previous_claim(ctx, r, resolved, across=True)
    if p is None or p.piece.headline:
        return None
    prev = doc[p.ids[0]].sent
    if prev.start == 0:
        return p
    k = prev.start - 1
    while k > 0 and doc[k].is_space:
        k -= 1
    lay = ctx.layout
    if lay.paragraph(sent_of(doc[k]).root.idx) == lay.paragraph(prev.root.idx):
        return None  # a paragraph of several sentences: "this" may sum it up
    return p


def _span_ids(ctx, span) -> list[int]:
    """Token ids of a character span (an attribution's speaker or cue), or []."""
    found = span and ctx.doc.char_span(span[0], span[1], alignment_mode="expand")
    return list(range(found.start, found.end)) if found else []


def _speaker_named(ctx, p, r) -> bool:
    """Whether claim ``p``, made by another than ``r``'s speaker (the article), can be
    joined to ``r`` with who made it: its speaker and cue are words of ``p``'s sentence
    ("The WHO said ...", "..., according to the ministry", "Police condemned the
    attack ..."), a name or a noun (not "it", "they"), and ``r`` has no speaker of its
    own. The joined claim says who said what (``_voiced``), so "this" keeps whatever the
    text lets it stand for, the account or what it is about, as the reader takes it."""
    a = p.attr
    if a is None or not a.speaker or (r.attr is not None and r.attr.speaker):
        return False
    if a.unnamed or not a.cue_span:
        return False
    sent = ctx.doc[p.ids[0]].sent
    who, cue = _span_ids(ctx, a.speaker_span), _span_ids(ctx, a.cue_span)
    return (
        bool(who and cue)
        and all(sent.start <= k < sent.end for k in (*who, *cue))
        and not any(_points_back(ctx.doc[k]) for k in who)
    )


def _voiced(ctx, p, ids) -> str | None:
    """Claim ``p``'s words ``ids`` with who made it (``_speaker_named``): as they are
    when they hold the speaker ("Police condemned the attack on a mosque"); "The WHO
    said more than 14,000 suspected cases have been recorded" (also for "More than
    14,000 ... have been recorded, the WHO said"); "according to the committee, ..."."""
    doc, a = ctx.doc, p.attr
    who, cue = _span_ids(ctx, a.speaker_span), _span_ids(ctx, a.cue_span)
    if set(who) <= set(ids):
        return ctx.render(ids, p.replace)
    if any(k in ids for k in (*who, *cue)):
        return None  # a speaker or cue split across the claim
    speaker = ctx.render(who)
    # "Aid workers said they had reached ...": a pronoun for the speaker named before it
    # is the pronoun again
    names = {x.lower() for x in (speaker, a.speaker, a.short) if x}
    replace = {
        k: v
        for k, v in p.replace.items()
        if not (
            (doc[k].pos_ == "PRON" or doc[k].tag_ == "PRP$")
            and _POSSESSIVE_END.sub("", v).lower() in names
            and k > who[-1]
        )
    }
    body = ctx.render(ids, replace)
    first = doc[ids[0]]
    if (
        first.i not in p.replace
        and first.pos_ != "PROPN"
        and first.ent_type_ not in _NAME_ENTS
        and first.text != "I"
        and body[1:2].islower()
    ):
        body = body[0].lower() + body[1:]  # "About 9,000 families" inside a sentence
    if a.cue_lemma == "according":
        return f"according to {speaker}, {body}"
    if len(cue) != 1 or doc[cue[0]].pos_ not in {"VERB", "AUX"}:
        return None
    return f"{speaker} {doc[cue[0]].text} {body}"


def _joined(ctx, p, r, subj, voiced=False) -> str | None:
    """ "Chad hosts more than 700,000 refugees. This has strained its resources." ->
    "Chad hosts more than 700,000 refugees, which has strained its resources.": the
    sentence before, one claim that reads on its own, joined by a relative "which",
    as English says what a whole clause did or was without naming it by a noun (a
    noun could be wrong: the act, the number or the state?). Not for a "this" that is
    said or confirmed (a speech act: what was said is the claim), nor after a claim that
    was itself joined or that is about what a demonstrative named before it ("Most of
    those were ..."), or whose subject noun the sentence before it named ("... $2.3
    billion in grants. The grants will be awarded through the fund. This builds on
    ...": the grants, or their award?), nor after one that answers the one before it
    ("fired mortars in response. This is the worst exchange": both),
    nor one in quotation marks or too long to carry another."""
    doc = ctx.doc
    ids = list(p.ids)
    while ids and doc[ids[-1]].is_punct:
        ids.pop()
    if not ids or len(ids) > _JOIN_MAX or subj.lower_ not in {"this", "that"}:
        return None
    verbs = [v for v in _main_verbs(doc[ids[0]].sent) if v.i not in r.ids and not _shares_object(v)]
    if len(verbs) != 1 or verbs[0].i not in ids:
        return None  # "Prices rose in May and rents doubled" (one claim of two clauses)
    main, a = r.piece.main, r.attr
    if r.piece.speech_act or (
        a is not None and a.cue_span and a.cue_span[0] <= main.idx < a.cue_span[1]
    ):
        return None  # "This was confirmed by her office": what was confirmed is the claim
    if any(doc[i].is_quote for i in ids) or _was_joined(p):
        return None
    if _another_occasion(main, verbs[0]):
        return None
    if _unresolved(ctx, p, ids) or _comparison_cut(ctx, r):
        return None
    if any(doc[i].lemma_.lower() in RESPONSE_NOUNS and doc[i].dep_ == "pobj" for i in ids):
        return None  # "... The rebels fired mortars in response. This is the worst exchange"
    own = p.piece.subject
    if own is not None:
        if any(
            k in p.replace and doc[k].lower_ in DEMONSTRATIVES
            for k in range(own.left_edge.i, own.right_edge.i + 1)
        ):
            # "Most of those were ... This has ...": a sentence about what the one before
            # named: "this" may be both
            return None
        if own.pos_ == "NOUN" and _named_before(ctx, own):
            # "... $2.3 billion in grants ... The grants will be awarded through the
            # fund. This builds on ...": the grants, or their awarding?
            return None
    if voiced:
        text = _voiced(ctx, p, ids)
        return text + _JOINER if text and len(text.split()) <= _JOIN_MAX + 6 else None
    return ctx.render(ids, p.replace) + _JOINER


def _shares_object(v) -> bool:
    """ "Authorities have arrested and prosecuted several people": the second of two
    verbs joined by "and" with one subject and one object between them (the first has
    nothing after it but the conjunction) does one act with the first, not a clause of
    its own ("burned homes and killed civilians" is two)."""
    if v.dep_ != "conj" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in v.children):
        return False
    h = v.head
    return h.pos_ == "VERB" and all(
        c.dep_ in {"cc", "conj", "punct"} for c in h.children if c.i > h.i
    )


def _another_occasion(main, before) -> bool:
    """ "... has invested $50 billion in water infrastructure. This marks the first time
    the federal government has committed to replacing all lead pipes": the occasion
    "this" marks is told by a clause of its own, and its verb is not the one of the
    sentence before, so "this" is something larger than that sentence (the whole
    commitment); "expelled three journalists. This is the first time it has expelled
    ..." tells the same act."""
    for c in main.children:
        if c.dep_ in {"dobj", "attr"} and c.lemma_.lower() in OCCASION_NOUNS:
            told = [g for g in c.children if g.dep_ in {"relcl", "acl"} and g.pos_ == "VERB"]
            if told and all(g.lemma_ != before.lemma_ for g in told):
                return True
    return False


def compared_clause(doc, head, c) -> bool:
    """ "That is more than any previous administration has invested in ports": a clause
    the parser hangs on ``head`` as a second one (``conj``) while "than", or the second
    "as" of "as many as", opens it (nothing but its own words between, no "and" nor
    comma): the standard of a comparison, which stays with its comparative."""
    for k in range(c.left_edge.i - 1, head.i, -1):
        t = doc[k]
        if t.dep_ == "cc" or t.is_punct:
            return False
        if t.lower_ == "than":
            return True
        if t.lower_ == "as" and any(x.lower_ == "as" and x.i < t.i for x in t.head.children):
            return True
    return False


def _comparison_cut(ctx, r) -> bool:
    """ "That is more than." with what it is more than in another claim: a predicate
    the split left without the standard of its comparison carries too little to be
    joined to the clause before (the ", which" claim would say nothing checkable)."""
    doc = ctx.doc
    main = r.piece.main
    if main is not None and any(
        c.dep_ == "conj" and c.i not in r.ids and compared_clause(doc, main, c)
        for c in main.children
    ):
        return True
    words = [i for i in r.ids if not doc[i].is_punct]
    for n, i in enumerate(words):
        t = doc[i]
        if t.lower_ == "than" or (
            t.lower_ == "as" and any(x.lower_ == "as" and x.i < t.i for x in t.head.children)
        ):
            if n == len(words) - 1 or any(
                c.i not in r.replace and c.i not in r.ids for c in t.children
            ):
                return True
    return False


def _was_joined(p) -> bool:
    """Whether claim ``p`` already carries the clause before it (``_joined``,
    ``noun_join``): it does not read alone any more than that one did."""
    return any(
        v.endswith(_JOINER) or _NOUN_JOINT.search(v) or ", and " in v for v in p.replace.values()
    )


def _names_an_act(lemma: str) -> bool:
    if lemma in JOIN_NOT_ACTS:
        return False
    return lemma in JOIN_NOUNS or lemma.endswith(ACT_SUFFIXES)


def _join_noun(noun) -> bool:
    """A singular noun of an act or event a clause can be ("attack", "crackdown",
    "deployment"), bare but for a judging adjective ("this brutal attack"), saying
    nothing more after it ("this attack on the convoy" says which itself)."""
    lemma = noun.lemma_.lower()
    if noun.tag_ != "NN" or noun.pos_ != "NOUN" or noun.ent_type_:
        return False
    if not _names_an_act(lemma):
        return False
    if lemma in ACCOUNT_NOUNS or lemma in SPEECH_ACT_NOUNS or lemma in SUM_NOUNS:
        return False  # what was said, or a sum: the rules of stance and of sums
    if any(c.i > noun.i for c in noun.children):
        return False
    return all(
        c.dep_ == "det"
        or (c.dep_ == "amod" and c.lower_ in EVALUATIVE_ADJECTIVES and not any(c.children))
        for c in noun.lefts
    )


def _named_further_back(ctx, det, noun, prev) -> bool:
    """Whether a sentence before ``prev`` (the sentence just before ``det``'s), in the
    paragraph or the one before it, names ``noun``'s act by its own word: a noun of its
    lemma or a narrower one of its kind ("the shelling" for "this attack"), or a verb of
    its stem ("clashed" for "this clash"): "this" may be that, not the clause just
    before."""
    lemma = noun.lemma_.lower()
    kinds = KIND_OF.get(lemma, frozenset()) | {lemma}
    for t in preceding_tokens(ctx, det, 4, same_paragraph=False):
        if t.i >= prev.start:
            continue
        low = t.lemma_.lower()
        if t.pos_ == "NOUN" and low in kinds:
            return True
        if t.pos_ == "VERB" and same_stem(lemma, low):
            return True
    return False


def _open_determiner(ctx, r):
    """The claim's first "this"/"that" determiner nothing replaced, whose noun is in the
    claim and nothing replaced either, or None."""
    doc = ctx.doc
    lower, dep = attrs(doc).lower, attrs(doc).dep
    ids = set(r.ids)
    for i in r.ids:
        if lower[i] in {"this", "that"} and dep[i] == "det" and i not in r.replace:
            noun = doc[i].head
            if noun.i in ids and noun.i not in r.replace and noun.i > i:
                return doc[i], noun
            return None
    return None


def noun_join(ctx, r, resolved) -> None:
    """ "The army shelled the market on Monday. This attack killed 12." -> "The army
    shelled the market on Monday, an attack that killed 12."; "... The United States
    condemns this attack." -> "The army shelled the market on Monday, and the United
    States condemns the attack.": a "this"/"that" and a noun of an act or event
    (``_join_noun``) no rule gave an antecedent, after a sentence of its paragraph that
    is one claim reading on its own, of one clause of an act (not a state), in the same
    voice (``_joined``'s guards), names that clause by another word. English puts such a
    noun after the clause, as an appositive when it is the subject opening the claim
    (where it reads of the clause, or of its last noun, and of nothing else), else as
    "the" noun of a clause joined by "and". Not when a sentence further back names the
    noun's act by its own word ("this attack" after "the shelling ... Residents fled."),
    nor for a plural ("these measures": which acts of the clause?)."""
    found = _open_determiner(ctx, r)
    if found is None:
        return
    det, noun = found
    pc = r.piece
    if pc.main is None or not _join_noun(noun) or _quoted(ctx, det):
        return
    p = _clause_before(ctx, r, resolved, det)
    if p is None or p.piece.headline:
        return
    speaker = p.attr.speaker if p.attr is not None else None
    voiced = speaker != (r.attr.speaker if r.attr is not None else None)
    if voiced and not _speaker_named(ctx, p, r):
        return  # someone's account and the article's noun for it, or two speakers
    verb = p.piece.main
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() in STATE_VERBS:
        return  # "The subsidy cost $800 million": a state, no act a noun could name
    if verb.lemma_.lower() in ACT_OF_VERB:
        # "is sanctioning four companies. This incident ...": an official act, which
        # its own noun names (act_this); a noun that rule did not take is not that act
        return
    if _named_further_back(ctx, det, noun, sent_of(verb)):
        return
    text = _joined(ctx, p, r, det, voiced=voiced)
    if not text:
        return
    clause = text[: -len(_JOINER)]
    subj = pc.subject
    if subj is not None and noun.i == subj.i and det.i == r.ids[0]:
        first = ctx.doc[det.i + 1].lower_  # the noun, or a judging adjective before it
        article = "an" if first[:1] in "aeio" or first[:2] == "un" else "a"
        r.replace[det.i] = f"{clause}, {article}"
        r.replace[noun.i] = f"{noun.text} that"
    else:
        if noun.i < pc.main.i or (noun.dep_ == "dobj" and noun.head.lemma_.lower() in _LIGHT_VERBS):
            # "Under this agreement, the council must ...": a frame that limits the claim;
            # "The rebels took this action": the act is the taker's, not the clause's
            return
        r.replace[det.i] = "the"
        k = r.ids[0]
        tok = ctx.doc[k]
        opening = r.replace.get(k, tok.text)
        head = opening.split(" ", 1)[0]
        if head in _CAPITAL_DETS or (
            k not in r.replace
            and not (tok.pos_ == "PROPN" or tok.ent_type_ in _NAME_ENTS or tok.text == "I")
        ):
            # "The United States condemns ..." -> "..., and the United States condemns"
            opening = opening[:1].lower() + opening[1:]
        r.replace[k] = f"{clause}, and {opening}"
    r.anaphoric = False


def _named_before(ctx, noun) -> bool:
    """Whether the sentence before ``noun``'s, in its paragraph, has a noun of its lemma
    (the clause goes on about a thing named before it)."""
    root = _prev_root(ctx, noun)
    if root is None:
        return False
    lemma = noun.lemma_.lower()
    return any(t.pos_ == "NOUN" and t.lemma_.lower() == lemma for t in sent_of(root))


# --- a bare "this"/"these" that stands for the sum, the attack or the set just named ------


def _bare_subject(ctx, r, words=("this", "that")):
    """The claim's subject when it is a bare demonstrative in ``words`` opening the
    claim, nothing replaced it and it opens no quotation; else None."""
    subj = r.piece.subject
    if (
        subj is None
        or r.piece.main is None
        or subj.lower_ not in words
        or subj.tag_ != "DT"
        or subj.dep_ not in {"nsubj", "nsubjpass"}
        or not r.ids
        or r.ids[0] != subj.i
        or subj.i in r.replace
        or _quoted(ctx, subj)
    ):
        return None
    return subj


def _clause_verbs(sent):
    """The verbs of a sentence's own clauses (its root, what the root reports, their
    conjuncts and infinitives), in reading order."""
    return [t for t in sent if t.pos_ == "VERB" and t.dep_ in _CLAUSE_DEPS]


def _main_verbs(sent):
    """The verbs of a sentence's main clauses: its root, or what a root of speech
    reports, and their conjuncts (not a "when" or relative clause)."""
    root = sent.root
    heads = [c for c in root.children if c.dep_ == "ccomp"] or [root]
    out = []
    for h in heads:
        out.extend(t for t in [h, *h.conjuncts] if t.pos_ in {"VERB", "AUX"})
    return out


def money_antecedent(ctx, subj) -> str | None:
    """ "The United States is announcing nearly $40 million in humanitarian assistance
    for Sudan. This brings the total ..." -> "the nearly $40 million in humanitarian
    assistance": a bare "this" after a sentence of its paragraph that gives one sum
    (``SUM_GIVING_VERBS`` with a sum of money as object), said to do something or to be
    a sum of its kind ("This is the largest investment", ``SUM_NOUNS``)."""
    from .resolve import _act_object  # noqa: PLC0415 (resolve imports this module)

    main = subj.head
    if main.lemma_ == "be":
        # "This is the largest investment ...", "This is part of ...", "This is in
        # addition to the $20 million announced in May": not "This is welcome news"
        attr = next((c for c in main.children if c.dep_ in {"attr", "acomp"}), None)
        if attr is not None and attr.lemma_.lower() not in SUM_NOUNS | {"part"}:
            return None
    elif main.lemma_.lower() in CONSEQUENCE_VERBS or any(
        c.dep_ == "dobj" and c.lemma_.lower() in OCCASION_NOUNS for c in main.children
    ):
        return None  # "This marks the first time ...": the act, not the sum it moved
    root = _prev_root(ctx, subj)
    if root is None:
        return None
    sums = [
        obj
        for v in _clause_verbs(sent_of(root))
        if v.lemma_.lower() in SUM_GIVING_VERBS
        for obj in v.children
        # "is providing $40 million", "$40 million has been allocated"
        if obj.ent_type_ == "MONEY"
        and (obj.dep_ == "dobj" or (obj.dep_ == "nsubjpass" and obj.i < v.i))
    ]
    if len(sums) != 1:
        return None  # none, or several sums: which one?
    what = _act_object(ctx, sums[0])
    if not what:
        return None
    first = what.split(" ", 1)[0].lower()
    if first in _LEADING_DETS:
        what = what.split(" ", 1)[1]
    return "the " + what


def _pobj(prep):
    return next((g for g in prep.children if g.dep_ == "pobj"), None)


def attack_named(ctx, v, noun):
    """What an attack reported by the clause of ``v`` is, named by ``noun``: "the attack
    on the convoy of the World Food Programme near the town of Yei" for "attacked a
    convoy of the World Food Programme near the town of Yei" (``STRIKING_VERBS``), also
    for "opened fire on worshippers at a church", "fired two missiles at a vessel",
    "a bomb exploded at a bus station"; the event itself for "conducted a strike against
    a depot" (``ACT_OBJECT_VERBS``).  None when the clause reports no attack, False when
    it does but names no single thing struck (a person, a plural event)."""
    lemma = v.lemma_.lower()
    kids = list(v.children)
    obj = next((c for c in kids if c.dep_ == "dobj"), None)
    at = next((c for c in kids if c.dep_ == "prep" and c.lower_ in {"on", "at", "against"}), None)
    weapons = KIND_OF["weapon"]
    if lemma in STRIKING_VERBS:
        target = obj
    elif lemma == "open" and obj is not None and obj.lower_ == "fire" and at is not None:
        target = _pobj(at)  # "opened fire on worshippers"
    elif (
        lemma in {"fire", "launch"}
        and obj is not None
        and at is not None
        and (obj.lemma_.lower() in weapons)
    ):
        target = _pobj(at)  # "fired two missiles at a vessel"
    elif lemma in {"explode", "detonate"} and obj is None:
        # "A bomb exploded at a crowded bus station in Maiduguri"
        where = next(
            (c for c in kids if c.dep_ == "prep" and c.lower_ in {"at", "in", "near", "outside"}),
            None,
        )
        if where is None or len(list(where.subtree)) > 8:
            return False
        if any(_points_back(t) for t in where.subtree):
            return False
        return f"the {noun} {ctx.render(range(where.i, where.right_edge.i + 1))}"
    elif lemma in ACT_OBJECT_VERBS and obj is not None and obj.lemma_.lower() in EVENT_NOUNS:
        if obj.tag_ != "NN":
            return False  # "conducted strikes": which of them is "this"?
        return _definite_np(ctx, obj) or False
    else:
        return None
    if target is None or target.ent_type_ == "PERSON" or target.tag_ not in {"NN", "NNP", "NNS"}:
        return False
    if target.tag_ == "NNS" and lemma in STRIKING_VERBS:
        return False  # "struck targets": the parser's plural target of one attack is rare
    return _struck_text(ctx, v, target, noun) or False


def _reported_attack(ctx, subj, noun):
    """``attack_named`` for the nearest clause that reports an attack in the three
    sentences before ``subj``'s or in the lead; None when there is none, or when an event
    noun between names another event ("a second attack", "the 2023 attack on X"), not
    the same one again ("claimed responsibility for the attack")."""
    doc = ctx.doc
    start = sent_start(subj)
    sents = []
    for _ in range(3):
        if start == 0:
            break
        sent = sent_of(doc[start - 1])
        sents.append(sent)
        start = sent.start
    for a, b in reversed(ctx.lead_sentences()):
        if b <= start:
            sents.append(doc[a:b])
    for sent in sents:
        for v in reversed(_clause_verbs(sent)):
            named = attack_named(ctx, v, noun)
            if named is not None:
                return named or None
        for t in sent:
            if t.pos_ == "NOUN" and t.lemma_.lower() in EVENT_NOUNS:
                bare = [c.lower_ for c in t.children if c.i < t.i] == ["the"]
                if not bare or t.tag_ != "NN":
                    return None  # another event named between
    return None


def _struck_text(ctx, v, obj, noun) -> str | None:
    """ "the attack on the convoy near the town of Yei" for "attacked a convoy ... near
    the town of Yei": ``noun`` on what the verb struck and where, or None."""
    from .resolve import _definite  # noqa: PLC0415 (resolve imports this module)

    if obj.pos_ == "NOUN":
        target = _definite_np(ctx, obj, max_len=8) or _definite(ctx, obj)
    else:
        target = _plain_np(ctx, obj, max_len=6)
    if not target or any(_points_back(t) for t in ctx.doc[obj.left_edge.i : obj.i + 1]):
        return None
    where = place_of_strike(ctx, v, obj)
    if where.strip() in target or not _names_place(ctx, where):
        where = ""  # "in response" says no place
    return f"the {noun} on {target}{where}"


def _names_place(ctx, where: str) -> bool:
    """Whether a phrase " in northern Syria" / " near the town of Yei" names a place
    (a place name or a place noun), not " in response"."""
    if not where:
        return False
    words = where.split()
    return any(w[:1].isupper() for w in words[1:]) or any(
        w.lower().strip(",.") in PLACE_NOUNS or w.lower().strip(",.") in COMPASS_WORDS
        for w in words[1:]
    )


def _referring_subject(ctx, r):
    """The claim's bare "this"/"that" subject (``_bare_subject``) or its referring "it"
    opening the claim, else None."""
    from .coref import is_expletive_it  # noqa: PLC0415

    subj = _bare_subject(ctx, r)
    if subj is not None:
        return subj
    subj = r.piece.subject
    if (
        subj is None
        or subj.lower_ != "it"
        or subj.tag_ != "PRP"
        or not r.ids
        or r.ids[0] != subj.i
        or is_expletive_it(subj)
    ):
        return None
    if subj.i in r.replace:
        # "The attack was one of the deadliest ...": coreference gave the event no more
        # than its noun; "The hotel was the third such attack": it gave a thing, which
        # no attack is (the caller has the claim say "it" is an attack)
        words = r.replace[subj.i].lower().split()
        bare = len(words) == 2 and words[0] == "the" and words[1] in EVENT_NOUNS
        if not bare and any(w in EVENT_NOUNS for w in words):
            return None
    return subj


def struck_this(ctx, r) -> None:
    """ "Gunmen attacked a convoy near the town of Yei on Tuesday ... This is the third
    attack on aid workers this month." -> "The attack on the convoy near the town of Yei
    is the third attack ...": a bare "this"/"that" (or a referring "it") said to be an
    attack (or an act, an incident) is the attack a clause of the sentences just before
    (or the lead) reported by its verb, with what it struck and where."""
    subj = _referring_subject(ctx, r)
    main = r.piece.main
    if subj is None or main is None or main.lemma_ != "be":
        return
    attr = next((c for c in main.children if c.dep_ == "attr"), None)
    if attr is None:
        return
    if attr.tag_ != "NN" or attr.lemma_.lower() not in _EVENT_OR_SHELL_NOUNS:
        # "It was one of the deadliest attacks on U.S. forces", "the latest in a series
        # of attacks": an event noun of what it is one of
        attr = _kind_of_one(attr)
        if attr is None:
            return
    lemma = attr.lemma_.lower()
    text = _reported_attack(ctx, subj, lemma if lemma in EVENT_NOUNS else "attack")
    if text:
        r.replace[subj.i] = text
    elif subj.i in r.replace and lemma in EVENT_NOUNS:
        named = r.replace[subj.i].lower().split()
        if not any(w in EVENT_NOUNS for w in named):
            # "The hotel was the third such attack": no thing is an attack; a dangling
            # "it" is better than a wrong referent
            del r.replace[subj.i]


def _kind_of_one(attr):
    """The plural event noun a "one of", "the latest in a series of", "part of a wave
    of" says the subject is one of, or None."""
    tok = attr
    for _ in range(3):
        prep = next(
            (c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"of", "in"}), None
        )
        tok = _pobj(prep) if prep is not None else None
        if tok is None:
            return None
        if tok.tag_ == "NNS" and tok.lemma_.lower() in EVENT_NOUNS:
            return tok
    return None


def placed_in_time(main) -> bool:
    """ "It came days after ...", "It comes as ...", "It followed months of ...": a verb
    of timing (``TIMING_VERBS``) with a when ("after", "as", "amid", "before")."""
    if main.lemma_.lower() not in TIMING_VERBS:
        return False
    if main.lemma_.lower() in {"follow", "precede"}:
        return any(c.dep_ == "dobj" for c in main.children)
    for c in main.children:
        if c.dep_ == "prep" and c.lower_ in {"after", "before", "amid", "during"}:
            return True
        if c.dep_ == "advcl" and any(
            g.dep_ == "mark" and g.lower_ in {"as", "after", "before", "while"} for g in c.children
        ):
            return True
        if c.dep_ == "npadvmod" and any(g.lower_ in {"after", "before"} for g in c.children):
            return True
    return False


def act_of_previous(ctx, tok) -> str | None:
    """The one act or attack the sentence before ``tok``'s (in its paragraph) did, named
    (``_acts_named``): None when that sentence has several clauses ("expelled the
    ambassador and recalled its envoy": which?) or the one before it did an act too
    ("this" may be both: "an exchange")."""
    root = _prev_root(ctx, tok)
    if root is None:
        return None
    verbs = _main_verbs(sent_of(root))
    acts = _acts_named(ctx, verbs)
    if len(verbs) != 1 or len(acts) != 1 or not acts[0]:
        return None
    before = _prev_root(ctx, root)
    if before is not None and _acts_named(ctx, _main_verbs(sent_of(before))):
        return None
    return acts[0]


def act_this(ctx, r) -> None:
    """ "North Korea expelled three BBC journalists on Monday. This is the first time
    ..." -> "The expulsion of three BBC journalists is the first time ..."; "Militias
    shelled the market in Kadugli. This forced ..." -> "The shelling of the market in
    Kadugli forced ...": a bare "this"/"that" subject (or an "it" placed in time: "It
    came days after ...") after a sentence of its paragraph that did one official act
    (``ACT_OF_VERB``) or struck one thing, named by the act's noun with what it was done
    to (``act_of_previous``).  Not "This means/shows ..." (the claim is what follows),
    nor a "this" said to be no thing ("This is why ...")."""
    from .coref import is_expletive_it  # noqa: PLC0415

    main = r.piece.main
    subj = _bare_subject(ctx, r)
    if subj is None:
        subj = r.piece.subject
        if (
            main is None
            or subj is None
            or subj.lower_ != "it"
            or subj.tag_ != "PRP"
            or not r.ids
            or r.ids[0] != subj.i
            or is_expletive_it(subj)
            or not placed_in_time(main)
        ):
            return
        # "It came days after ...": what came is the act just reported, whatever thing
        # the coreference walk took the "it" for ("The police post came days after")
    if main.lemma_.lower() in CONSEQUENCE_VERBS:
        return
    if main.lemma_ == "be" and not any(c.dep_ in {"attr", "acomp"} for c in main.children):
        return
    text = act_of_previous(ctx, subj)
    if text:
        r.replace[subj.i] = text


def act_object_this(ctx, r) -> None:
    """ "North Korea expelled three BBC journalists on Monday. The broadcaster condemned
    this." -> "The broadcaster condemned the expulsion of three BBC journalists.": a bare
    "this"/"that" object is the one act the sentence before did (``act_of_previous``);
    not the object of a verb of stance ("Carter denied this": the claim before, by
    ``_stance_this``), nor in a quotation."""
    for tok in _bare_this(ctx, r, "dobj"):
        if tok.head.lemma_.lower() in STANCE_OBJECT_VERBS or _quoted(ctx, tok):
            continue
        text = act_of_previous(ctx, tok)
        if text:
            r.replace[tok.i] = text


def _bare_this(ctx, r, dep):
    """The claim's bare "this"/"that" (no words of its own) with dependency ``dep``
    that nothing has replaced yet, in order."""
    doc = ctx.doc
    lower = attrs(doc).lower
    for i in r.ids:
        if lower[i] not in {"this", "that"} or i in r.replace:
            continue
        t = doc[i]
        if t.tag_ == "DT" and t.dep_ == dep and not any(True for _ in t.children):
            yield t


def _acts_named(ctx, verbs) -> list:
    """What each of ``verbs`` did, named as an act ("the expulsion of three BBC
    journalists", "the evacuation of the embassy", "the shelling of the market"), or
    None for an act that cannot be named; verbs that did no act are left out."""
    from .resolve import _act_object  # noqa: PLC0415 (resolve imports this module)

    acts = []
    for v in verbs:
        lemma = v.lemma_.lower()
        passive = any(c.dep_ == "auxpass" for c in v.children)
        obj = next((c for c in v.children if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
        if lemma in ACT_OF_VERB:
            if obj is None or obj.pos_ not in {"NOUN", "PROPN"}:
                acts.append(None)  # an act on nothing named
                continue
            name, prep, _labels = ACT_OF_VERB[lemma]
            what = _act_object(ctx, obj)
            acts.append(f"the {name} {prep} {what}" if what else None)
        elif (
            lemma in ORDERING_VERBS
            and obj is not None
            and obj.tag_ == "NN"
            and (obj.lemma_.lower().endswith(ACT_SUFFIXES))
        ):
            # "The president ordered the evacuation of the embassy. This was carried out
            # by ..." -> "The evacuation of the embassy in Khartoum was carried out by ..."
            what = _act_object(ctx, obj)
            if what and what.split(" ", 1)[0].lower() in _LEADING_DETS:
                what = what.split(" ", 1)[1]
            acts.append(f"the {what}" if what else None)
        elif not passive and (lemma in ATTACK_NOMINALS or lemma not in STRIKING_VERBS):
            # not "destroyed farmland", "besieged the city": no attack by name
            named = attack_named(ctx, v, ATTACK_NOMINALS.get(lemma, "attack"))
            if named is not None:
                acts.append(named or None)
    return acts


def sum_this(ctx, r) -> None:
    """``money_antecedent`` for the claim's bare "this"/"that" subject."""
    subj = _bare_subject(ctx, r)
    if subj is None:
        return
    named = money_antecedent(ctx, subj)
    if named:
        r.replace[subj.i] = named


def partitive_sets(ctx, ids) -> dict:
    """ "An estimated 9 million households still receive water through lead pipes. Many
    of those are in rural communities." -> "Many of the 9 million households ...";
    "Among these are nearly 5 million children" -> "Among the 31 million children ...":
    a bare "these"/"those" among ``ids`` in a partitive ("most of these", "the largest
    of these", "among those" before "be") is the set of the sentence before, as for
    "them" (coref's partitive sets); token id -> that set."""
    doc = ctx.doc
    lower = attrs(doc).lower
    out = {}
    for i in ids:
        if lower[i] not in _PLURAL_DETS:
            continue
        tok = doc[i]
        if tok.tag_ != "DT" or tok.dep_ != "pobj" or any(True for _ in tok.children):
            continue
        prep, part = tok.head, tok.head.head
        if prep.lower_ == "of":
            if (
                not (part.lower_ in PARTITIVE_WORDS or part.tag_ in {"JJS", "CD"} or part.like_num)
                or part.i > tok.i
            ):
                continue
            if part.dep_ not in {"nsubj", "nsubjpass", "dobj", "attr", "pobj"}:
                continue
        elif prep.lower_ == "among":
            if part.lemma_ != "be" or prep.i > part.i:
                continue
        else:
            continue
        res = ctx.antecedents()._partitive_set(tok, ctx.layout.paragraph, counted=True)
        if res:
            out[i] = res
    return out


def partitive_these(ctx, r) -> None:
    """``partitive_sets`` for the claim's tokens nothing has replaced."""
    for i, res in partitive_sets(ctx, [i for i in r.ids if i not in r.replace]).items():
        r.replace[i] = res


def _same_kind(member, noun, strict=False) -> bool:
    """ "a drone strike" among "attacks", "Zamzam camp in North Darfur" among "areas",
    "at least four" among "U.S. citizens": what "These include" names can be one of
    the earlier noun's set."""
    a, b = member.lemma_.lower(), noun.lemma_.lower()
    if a == b or a in KIND_OF.get(b, ()) or (a in EVENT_NOUNS and b in EVENT_NOUNS):
        return True
    if strict:  # "These are war crimes": a kind the set is said to be
        return b in KIND_OF.get(a, ())
    if member.pos_ == "NUM" or member.ent_type_ == "CARDINAL":
        return not any(c.dep_ == "prep" and c.lower_ == "of" for c in member.children)
    if b in PLACE_NOUNS:
        return any(t.ent_type_ in {"GPE", "LOC", "FAC"} for t in member.subtree)
    return False


def inclusion_set(ctx, r) -> None:
    """ "The group has conducted more than 30 rocket and drone attacks on bases since
    2024. These include a drone strike on a base ..." -> "The more than 30 rocket and
    drone attacks on bases include ..."; "The militia has committed atrocities against
    civilians. These are war crimes." -> "The atrocities against civilians are war
    crimes.": a bare "these"/"those" that includes something, or is said to be things
    of a kind, is the nearest set of the sentence before, as subject or object, that
    what it includes can be one of (``_same_kind``; a bare number, "at least four", only
    of the set named last)."""
    subj = _bare_subject(ctx, r, ("these", "those"))
    if subj is None:
        return
    main = r.piece.main
    strict = main.lemma_ == "be"
    dep = "attr" if strict else "dobj"
    if not strict and main.lemma_.lower() not in INCLUSION_VERBS:
        return
    member = next((c for c in main.children if c.dep_ == dep), None)
    root = _prev_root(ctx, subj)
    if member is None or root is None or (strict and member.tag_ != "NNS"):
        return
    cands = [
        t
        for t in sent_of(root)
        if t.tag_ in {"NNS", "NNPS"}
        and t.pos_ in {"NOUN", "PROPN"}
        and t.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}
        and t.lemma_.lower() not in TIME_WORDS
        and t.ent_type_ not in {"DATE", "TIME"}
    ]
    # a set as a whole ("attacks on merchant ships": the attacks)
    ids = {t.i for t in cands}
    outer = [t for t in cands if not any(a.i in ids for a in t.ancestors)]
    if member.pos_ == "NUM" or member.ent_type_ == "CARDINAL":
        outer = outer[-1:]
    for noun in reversed(outer):
        while noun.dep_ == "conj" and noun.head.tag_ in {"NNS", "NNPS"}:
            noun = noun.head
        if not _same_kind(member, noun, strict):
            continue
        if noun.dep_ == "pobj" and member.pos_ == "NUM":
            return  # "four" of what a preposition names: too loose
        text = _definite_np(ctx, noun)
        if text:
            r.replace[subj.i] = text
        return


def _plural_set(tok) -> bool:
    """A plural noun, or nouns coordinated ("food, blankets and tents")."""
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    return tok.tag_ in {"NNS", "NNPS"} or any(
        c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"} for c in tok.children
    )


def _plural_objects(verbs) -> list:
    """The plural objects (or coordinated ones) of the main clauses among ``verbs``."""
    return [
        c
        for v in verbs
        if v.dep_ not in {"advcl", "relcl"}  # a main clause's, not "charging stations"
        for c in v.children
        if c.dep_ == "dobj"
        and _plural_set(c)
        and c.lemma_.lower() not in TIME_WORDS
        and c.ent_type_ not in {"DATE", "TIME", "MONEY", "PERCENT"}
    ]


def object_set(ctx, r) -> None:
    """ "The grants will fund new cranes, electric trucks and shore power systems. These
    will cut diesel emissions ..." -> "The new cranes, electric trucks and shore power
    systems will cut ...": a bare "these"/"those" subject or object (not "those who")
    is the one plural object the sentence before (in its paragraph) gave a verb of its
    own clauses: the set it just brought in, as a demonstrative takes up what is new
    where "they" keeps the topic. Not after two such objects (which?), nor "These are
    ...", "These include ..." (``inclusion_set`` judges whether what they are said to be
    or to include fits), nor in a quotation."""
    doc = ctx.doc
    lower = attrs(doc).lower
    for i in r.ids:
        if lower[i] not in _PLURAL_DETS or i in r.replace:
            continue
        tok = doc[i]
        if tok.tag_ != "DT" or tok.dep_ not in {"nsubj", "nsubjpass", "dobj"}:
            continue
        if any(True for _ in tok.children) or _quoted(ctx, tok):
            continue
        head = tok.head
        if (
            head.lemma_ == "be" and any(c.dep_ == "attr" for c in head.children)
        ) or head.lemma_.lower() in INCLUSION_VERBS:
            continue  # what the set is said to be or to include: ``inclusion_set``
        # the nearest clause first: one of its own sentence before it ("seized 14 laptops
        # and two servers, and those were taken ..."), not one that reports it ("The
        # agency said those were full"); the sentence before when that clause names no
        # set ("The agency opened 23 shelters. ... said those were full"), unless it has a
        # set of its own that acts ("The owners objected, and those ...": the owners?)
        verbs = [
            v
            for v in _clause_verbs(sent_of(tok))
            if v.i < tok.i
            and v.dep_ not in {"advcl", "relcl"}
            and not any(
                c.dep_ == "ccomp" and c.left_edge.i <= tok.i <= c.right_edge.i for c in v.children
            )
        ]
        objs = _plural_objects(verbs)
        if not objs:
            if any(
                c.dep_ in {"nsubj", "nsubjpass"} and _plural_set(c)
                for v in verbs
                for c in v.children
            ):
                continue
            root = _prev_root(ctx, tok)
            if root is None:
                continue
            objs = _plural_objects(_clause_verbs(sent_of(root)))
        if len(objs) != 1:
            continue
        text = _definite_np(ctx, objs[0], commas=True)
        if text:
            r.replace[i] = text
