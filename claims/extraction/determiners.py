"""Stage 4, resolve (continued): a demonstrative determiner inside a claim ("The United
States condemns this attack", "Officials said this money would be used ...") whose
noun the rules in ``resolve`` and ``demonstratives`` left bare ("the attack") or
untouched.  Each rule names the one antecedent the text makes certain, or gives up
(a wrong referent is worse than a dangling one):

- a sum of money ("this assistance", "that amount") is the one sum the sentence or
  two before, in its paragraph, named (``money_antecedent``);
- "this step", "that move", "this decision" is the act the sentence just before
  reports of a named party ("The Somali government closed 250 bank accounts ... The
  Department welcomes this step"): ``step_antecedent``;
- "these killings", "those deaths" are the deaths a clause just before reports
  (``death_antecedent``);
- "this action" in a letter whose author ordered strikes "at my direction" is those
  strikes (``conducted_antecedent``);
- any other noun is its nearest earlier mention, or that of a narrower noun of its
  kind (``lexicon.KIND_OF``: "this attack" after "the May 4 bombing of the market"),
  passing over mentions that only point back themselves ("those attacks", "the
  bombing"), to the first one that says which (``chain_antecedent``).

``resolve_determiners_early`` runs before ``resolve.restore_demonstratives`` (whose
rules reach further back for money and acts), ``resolve_determiners`` after
``demonstratives.resolve_demonstratives``.
"""

from __future__ import annotations

from .demonstratives import (
    _np_ids,
    _plain_np,
    _points_back,
    _prev_root,
    acts_antecedent,
    preceding_tokens,
    same_stem,
)
from .lexicon import (
    ACT_OF_VERB,
    AGENT_NOUNS,
    ATTACK_VERBS,
    DEATH_NOUN_VERBS,
    DEMONSTRATIVES,
    EVALUATIVE_ADJECTIVES,
    EVENT_NOUNS,
    HARM_VERBS,
    KIND_OF,
    MONEY_AID_NOUNS,
    MONEY_SUM_NOUNS,
    MONEY_VEHICLE_NOUNS,
    NEW_REFERENT_MODIFIERS,
    NOT_A_STEP_VERBS,
    ORG_WORDS,
    PARTITIVE_WORDS,
    PERSON_NOUNS,
    REPEAT_ADVERBS,
    SPEECH_ACT_NOUNS,
    STEP_NOUNS,
    TIME_WORDS,
)
from .morphology import present_participle
from .tokattrs import attrs, sent_of, sent_start

_PLURAL_DETS = frozenset({"these", "those"})
_CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp"})
# what a mention keeps to say which one it is ("the bombing of the central market in
# Beni", "an investigation into the bombing", "attacks against forces at bases")
_WHICH_PREPS = frozenset({"of", "against", "on", "in", "at", "to", "near", "into", "between"})
_WHICH_LEFT = frozenset({"amod", "compound", "nummod", "poss", "nmod", "quantmod"})
_CLASS_PREPS = frozenset({"among", "like", "unlike", "than"})
_AGENT_ENTS = frozenset({"ORG", "GPE", "NORP", "PERSON"})
_PLACE_PREPS = frozenset({"in", "near", "at"})
_TARGET_PREPS = frozenset({"of", "in", "near", "at", "on"})
# what a verb of an act with no object is aimed at ("called on the government to ...",
# "appealed to the court for ...", "voted against the bill")
_AIM_PREPS = frozenset({"on", "to", "for", "against", "with"})


def bare_noun(noun) -> bool:
    """Only the demonstrative before the noun ("this assistance", not "this military
    support": a modifier says it is a kind of its own), or adjectives that only judge
    it ("this heinous attack")."""
    return all(
        c.dep_ == "det"
        or (c.dep_ == "amod" and c.lower_ in EVALUATIVE_ADJECTIVES and not any(c.children))
        for c in noun.lefts
    )


def _money_phrase(ctx, tok):
    """The MONEY entity ``tok`` is in, climbed out of an apposition ("1.2 billion reais,
    about $240 million,"): (first id, last id, head) or None."""
    ent_of = ctx.ent_of()
    ent = ent_of[tok.i]
    if ent is None or ent.label_ != "MONEY":
        return None
    head = ent.root
    while head.dep_ == "appos" and head.head.ent_type_ == "MONEY":
        head = head.head
    if head is not ent.root:
        ent = ent_of[head.i]
        if ent is None:
            return None
    first = min(ent.start, head.left_edge.i)
    return first, ent.end - 1, head


def money_antecedent(ctx, det, noun) -> str | None:
    """ "The government will release 1.2 billion reais, about $240 million, in
    emergency funds. Lula said this money would rebuild roads." -> "the 1.2 billion
    reais in emergency funds"; "... That amount would not be enough." -> "the amount of
    1.2 billion reais": the one sum of money the sentence or two before (in the
    paragraph) named, for a noun of aid given "in" that sum, or of a sum as such."""
    lemma = noun.lemma_.lower()
    aid, sum_ = lemma in MONEY_AID_NOUNS, lemma in MONEY_SUM_NOUNS
    if not (aid or sum_) or not bare_noun(noun):
        return None
    plural = det.lower_ in _PLURAL_DETS
    if plural != (noun.tag_ == "NNS") or (plural and lemma != "fund"):
        return None
    doc = ctx.doc
    for t in preceding_tokens(ctx, det, 2, same_paragraph=True):
        if t.ent_type_ != "MONEY" or not _before_own_clause(t, det):
            continue
        found = _money_phrase(ctx, t)
        if found is None:
            return None
        first, last, head = found
        sums = {
            _money_phrase(ctx, k)[2].i
            for k in sent_of(t)
            if k.i < det.i and k.ent_type_ == "MONEY" and _money_phrase(ctx, k) is not None
        }
        if len(sums) != 1:
            return None  # two sums before: which is "this money"?
        ids = [k for k in range(first, last + 1) if not doc[k].is_space]
        if any(_points_back(doc[k]) for k in ids):
            return None
        if sum_:
            return f"the {noun.text.lower()} of {ctx.render(ids)}"
        vehicle = head.head if head.dep_ in {"nummod", "compound", "amod"} else None
        if (
            aid
            and vehicle is not None
            and vehicle.i > last
            and vehicle.pos_ == "NOUN"
            and vehicle.lemma_.lower() in MONEY_VEHICLE_NOUNS
        ):
            # "reached an agreement ... for a $3 billion loan. Those funds have helped
            # ..." -> "The $3 billion loan has helped ...": the sum given as a thing
            from .resolve import _phrase  # noqa: PLC0415 (resolve imports this module)

            ids = [k for k in range(first, vehicle.i + 1) if not doc[k].is_space]
            if len(ids) > 10 or any(_points_back(doc[k]) for k in ids):
                return None
            return _phrase("the " + ctx.render(ids), vehicle.tag_ == "NNS")
        # "$30 million in humanitarian assistance": the aid it is, on the sum or on the
        # verb just after it
        # ("adds to $400 million in earlier assistance": on the verb of its preposition)
        verb = head.head if head.dep_ == "dobj" else None
        if head.dep_ == "pobj" and head.head.head.pos_ == "VERB":
            verb = head.head.head
        after = [c for c in head.children if c.i > last] + [
            c for c in (verb.children if verb is not None else ()) if c.i > last
        ]
        in_ = next(
            (
                c
                for c in after
                if c.dep_ == "prep"
                and c.lower_ == "in"
                and any(
                    g.dep_ == "pobj" and g.lemma_.lower() in MONEY_AID_NOUNS for g in c.children
                )
            ),
            None,
        )
        if in_ is None:
            return None
        aid_noun = next(g for g in in_.children if g.dep_ == "pobj")
        pp = [in_.i, *_np_ids(aid_noun, frozenset({"of"}))]  # not "... for the state"
        if len(ids) + len(pp) > 14 or any(_points_back(doc[k]) for k in pp):
            return None
        text = ctx.render(ids + pp)
        return text if text.lower().startswith("the ") else "the " + text
    return None


def _agent(tok) -> bool:
    return tok.pos_ != "PRON" and (
        tok.ent_type_ in _AGENT_ENTS
        or tok.lemma_.lower() in ORG_WORDS
        or tok.lemma_.lower() in AGENT_NOUNS
        or tok.lemma_.lower() in PERSON_NOUNS
    )


def step_antecedent(ctx, det, noun) -> str | None:
    """ "In October, the Somali government closed 250 bank accounts linked to the
    group. The Department welcomes this step." -> "the step by the Somali government to
    close 250 bank accounts": "this step/move/decision" is the one act, with its
    object, that a named party took in the sentence just before (in the paragraph)."""
    if det.lower_ not in {"this", "that"} or noun.tag_ != "NN":
        return None
    if noun.lemma_.lower() not in STEP_NOUNS or not bare_noun(noun):
        return None
    if any(c.i > noun.i and c.dep_ in {"acl", "prep", "relcl"} for c in noun.children):
        return None  # "this decision to withdraw": it says itself what it is
    root = _prev_root(ctx, det)
    if root is None:
        return None
    if root.pos_ != "VERB" or root.lemma_.lower() in NOT_A_STEP_VERBS:
        return None
    if root.lemma_.lower() in ACT_OF_VERB:
        return None  # "expelled three diplomats": "the expulsion of ..." (resolve.act_antecedent)
    kids = list(root.children)
    if any(
        c.dep_ in {"neg", "auxpass", "ccomp"} or (c.dep_ == "conj" and c.pos_ == "VERB")
        for c in kids
    ):
        return None  # not done, done to someone, or two acts: which is "this step"?
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    obj = next((c for c in kids if c.dep_ == "dobj"), None)
    if subj is None or obj is None or not _agent(subj) or obj.pos_ not in {"NOUN", "PROPN"}:
        return None
    who = _plain_np(ctx, subj, max_len=6)
    what = _plain_np(ctx, obj, max_len=8)
    if not who or not what:
        return None
    prt = " ".join(c.lower_ for c in kids if c.dep_ == "prt")
    verb = f"{root.lemma_.lower()} {prt}".strip()
    return f"the {noun.text.lower()} by {who} to {verb} {what}"


def death_antecedent(ctx, det, noun) -> str | None:
    """ "Over the past year, the ADF has killed more than 1,200 civilians in North
    Kivu. These killings have displaced ..." -> "the killings of more than 1,200
    civilians in North Kivu"; "More than 60 aid workers have been killed in Sudan.
    Those deaths ..." -> "the deaths of more than 60 aid workers in Sudan": the dead of
    the nearest clause (one or two sentences back, in the paragraph) that reports
    deaths, as many as the demonstrative says."""
    verbs = DEATH_NOUN_VERBS.get(noun.lemma_.lower())
    if not verbs or not bare_noun(noun):
        return None
    plural = det.lower_ in _PLURAL_DETS
    if plural != (noun.tag_ == "NNS"):
        return None
    for t in preceding_tokens(ctx, det, 2, same_paragraph=True):
        if t.pos_ != "VERB" or t.lemma_.lower() not in verbs or not _before_own_clause(t, det):
            continue
        if t.dep_ not in _CLAUSE_DEPS:
            continue
        passive = any(c.dep_ == "auxpass" for c in t.children)
        dep = "nsubjpass" if passive else ("nsubj" if t.lemma_.lower() == "die" else "dobj")
        dead = next((c for c in t.children if c.dep_ == dep), None)
        if dead is None or dead.pos_ not in {"NOUN", "PROPN"}:
            return None
        many = dead.tag_ in {"NNS", "NNPS"} or any(
            c.dep_ == "conj" or (c.dep_ == "nummod" and c.lower_ not in {"one", "1"})
            for c in dead.children
        )
        if many != plural:
            return None
        who = _plain_np(ctx, dead, max_len=8)
        if not who:
            return None
        first = ctx.doc[dead.left_edge.i]
        if first.is_sent_start and first.pos_ != "PROPN" and who[1:2].islower():
            who = who[0].lower() + who[1:]  # "More than 60 aid workers have been killed"
        where = next(
            (
                c
                for c in t.children
                if c.dep_ == "prep"
                and c.lower_ in _PLACE_PREPS
                and c.i > dead.i
                and any(g.ent_type_ in {"GPE", "LOC", "FAC"} for g in c.subtree)
                and len(list(c.subtree)) <= 7
            ),
            None,
        )
        place = f" {ctx.render(range(where.i, where.right_edge.i + 1))}" if where else ""
        return f"the {noun.text.lower()} of {who}{place}"
    return None


def conducted_antecedent(ctx, det, noun) -> str | None:
    """ "On October 14, at my direction, forces conducted strikes against two
    facilities in eastern Syria used by militia groups. ... I directed this military
    action ..." / "I took this action ..." -> "the military action against two
    facilities in eastern Syria": "this" act (a shell noun) in a letter whose author
    ordered strikes "at my direction" is those strikes, by their target."""
    from .resolve import directed_verb  # noqa: PLC0415 (resolve imports this module)

    verb = directed_verb(ctx, det, noun)
    if verb is None:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in EVENT_NOUNS:
        return None
    pp = next(
        (
            c
            for c in list(obj.children) + list(verb.children)
            if c.dep_ == "prep" and c.lower_ in {"against", "on"} and c.i > obj.i
        ),
        None,
    )
    target = next((g for g in pp.children if g.dep_ == "pobj"), None) if pp else None
    if target is None:
        return None
    ids = _np_ids(target, _TARGET_PREPS)
    if len(ids) > 12 or ids != list(range(ids[0], ids[-1] + 1)):
        return None
    if any(_points_back(ctx.doc[i]) or ctx.doc[i].lower_ in DEMONSTRATIVES for i in ids):
        return None
    mods = [c.i for c in noun.lefts if c.dep_ in {"amod", "compound"}]
    return f"the {ctx.render(mods + [noun.i])} {pp.lower_} {ctx.render(ids)}"


def generic_plural(t) -> bool:
    """ "the deadliest attacks on aid workers in Sudan": a plural with no determiner,
    number or owner, inside another noun's phrase, names the kind, not some of them
    ("These workers" later are not aid workers in general)."""
    return (
        t.tag_ == "NNS"
        and t.dep_ == "pobj"
        and t.head.lower_ != "of"  # "a series of attacks against ...": some
        and t.head.head.pos_ == "NOUN"
        and not any(c.dep_ in {"det", "nummod", "poss"} for c in t.children if c.i < t.i)
    )


def _clause_verb(tok):
    while tok.pos_ not in {"VERB", "AUX"} and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _before_own_clause(t, det) -> bool:
    """``t`` lies before ``det``: in an earlier sentence, or in an earlier clause of
    its sentence ("More than 9 million livestock have died, and those losses have left
    ...": "died" is not the clause of "those losses")."""
    if t.i < sent_start(det):
        return True
    return t.i < det.i and _clause_verb(t).i != _clause_verb(det.head).i


def act_noun_antecedent(ctx, det, noun) -> str | None:
    """ "The agreement commits both governments to exchange all prisoners of war within
    30 days. This exchange will reunite ..." -> "the exchange of all prisoners of war":
    a noun with the stem of a verb of the sentence just before (or of an earlier clause
    of its own) is that act, by what it acted on (as many as the demonstrative says)."""
    lemma = noun.lemma_.lower()
    plural = det.lower_ in _PLURAL_DETS
    if not bare_noun(noun) or plural != (noun.tag_ == "NNS"):
        return None
    for t in preceding_tokens(ctx, det, 1, same_paragraph=True):
        if t.pos_ != "VERB" or not _before_own_clause(t, det):
            continue
        if not same_stem(lemma, t.lemma_.lower()):
            continue
        obj = next((c for c in t.children if c.dep_ == "dobj"), None)
        if obj is None or obj.pos_ not in {"NOUN", "PROPN"}:
            return None
        many = obj.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in obj.children)
        if plural and not many:
            return None  # "these exchanges" after one
        what = _plain_np(ctx, obj, max_len=8)
        if not what:
            return None
        prep = "on" if lemma in EVENT_NOUNS or t.lemma_.lower() in ATTACK_VERBS else "of"
        return f"the {noun.text.lower()} {prep} {what}"
    return None


def _names_verb(lemma: str, verb: str) -> bool:
    """ "call" / "call", "proposal" / "propose", "ruling" / "rule": a noun of the
    verb's stem, or its "-ing" form."""
    return same_stem(lemma, verb, min_stem=4) or lemma == present_participle(verb)


def _owned_by(tok, subj) -> bool:
    """ "The government decided to close its border": a possessive that agrees with the
    verb's subject (not a person), which the rendering names just before it."""
    if tok.tag_ != "PRP$" or subj is None or subj.ent_type_ == "PERSON":
        return False
    if tok.lower_ == "its":
        return subj.tag_ in {"NN", "NNP"} and not subj.conjuncts
    return tok.lower_ == "their" and (subj.tag_ in {"NNS", "NNPS"} or bool(subj.conjuncts))


def _complement(ctx, verb, subj=None) -> str | None:
    """ " that the electoral results were final", " on the government to protect aid
    convoys", " to suspend the mayor": what a verb with no object said or was aimed at,
    in its order, without when it was ("on August 28"); None when it has an object, is
    long, or points back."""
    doc = ctx.doc
    if any(c.dep_ in {"dobj", "dative", "attr", "oprd"} for c in verb.children):
        return None  # an object: ``act_noun_antecedent``'s (or no act of this kind)
    ccomp = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    parts = [
        c
        for c in verb.children
        if c.i > verb.i
        and (
            (c.dep_ == "prep" and c.lower_ in _AIM_PREPS)
            or (c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children))
        )
        and c.right_edge.i > c.i
        and not any(g.ent_type_ in {"DATE", "TIME"} for g in c.children)
    ]
    if ccomp:
        if parts or len(ccomp) > 1:
            return None
        ids = [k for k in range(ccomp[0].left_edge.i, ccomp[0].right_edge.i + 1)]
        if doc[ids[0]].lower_ != "that":
            return None  # "said the mine was unsafe": a report, ``speech_act_antecedent``'s
    elif parts:
        # without a date inside ("for a recount on Friday")
        when = {
            k
            for c in parts
            for g in c.subtree
            if g.dep_ == "prep" and any(x.ent_type_ in {"DATE", "TIME"} for x in g.children)
            for k in range(g.left_edge.i, g.right_edge.i + 1)
        }
        # nor a participle set off after it ("to close the border, citing smuggling"):
        # why it was done, not what
        for c in parts:
            if c.dep_ != "xcomp":
                continue
            for g in c.children:
                if g.dep_ == "advcl" and g.tag_ == "VBG" and doc[g.left_edge.i - 1].text == ",":
                    when.update(range(g.left_edge.i - 1, g.right_edge.i + 1))
        ids = sorted(
            k for c in parts for k in range(c.left_edge.i, c.right_edge.i + 1) if k not in when
        )
        if ids != list(range(ids[0], ids[-1] + 1)):
            return None  # something between (an adverb, a date): would not read
    else:
        return None
    while ids and (doc[ids[-1]].is_punct or doc[ids[-1]].dep_ == "cc"):
        ids.pop()
    if not ids or len(ids) > 16:
        return None
    if any(
        _points_back(doc[k]) and doc[k].dep_ != "mark" and not _owned_by(doc[k], subj) for k in ids
    ):
        return None  # ("that" opening what was said is no demonstrative)
    return " " + ctx.render(ids)


def complement_act_antecedent(ctx, det, noun) -> str | None:
    """ "The Constitutional Court ruled on August 28 that the electoral results were
    final. The United States welcomes this ruling." -> "the Constitutional Court’s
    ruling that the electoral results were final"; "Aid agencies have called on the
    government to protect convoys. Those calls have gone unheeded." -> "aid agencies’
    calls on the government to protect convoys": a noun of the stem of a verb of the
    sentence just before (or of an earlier clause of its own), a verb with no object
    but what it said or was aimed at (``_complement``), of a named party, is that act,
    by its party and what it said. Not a negated or passive verb ("was not called")."""
    from .resolve import _owner  # noqa: PLC0415 (resolve imports this module)

    lemma = noun.lemma_.lower()
    plural = det.lower_ in _PLURAL_DETS
    if not bare_noun(noun) or plural != (noun.tag_ == "NNS"):
        return None
    for t in preceding_tokens(ctx, det, 1, same_paragraph=True):
        if t.pos_ != "VERB" or t.dep_ not in _CLAUSE_DEPS or not _before_own_clause(t, det):
            continue
        if not _names_verb(lemma, t.lemma_.lower()):
            continue
        if any(c.dep_ in {"neg", "auxpass", "nsubjpass"} for c in t.children):
            return None
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subj is None or not _agent(subj):
            return None
        if plural and not (
            subj.tag_ in {"NNS", "NNPS"}
            or any(c.dep_ == "conj" for c in subj.children)
            or any(c.dep_ == "advmod" and c.lower_ in REPEAT_ADVERBS for c in t.children)
        ):
            return None  # "The council voted to ... These votes": one act, or others?
        rest = _complement(ctx, t, subj)
        if not rest:
            return None
        owner = _owner(ctx, subj)
        if not owner:
            # "The U.N. children's agency, UNICEF, appealed to ...": a party too long
            # to own the act, which its complement says well enough
            return f"the {noun.text.lower()}{rest}"
        first = ctx.doc[subj.left_edge.i]
        if first.is_sent_start and (
            first.lower_ == "the" or (first.pos_ != "PROPN" and not first.ent_type_)
        ):
            owner = owner[0].lower() + owner[1:]  # "Aid agencies have called ...", "The Court"
        return f"{owner} {noun.text.lower()}{rest}"
    return None


def speech_act_antecedent(ctx, det, noun) -> str | None:
    """ "Western governments have accused Minsk of helping Moscow evade sanctions.
    Officials in Minsk deny those accusations." -> "Western governments’ accusations
    against Minsk of helping Moscow evade sanctions"; "The union warned that the mine
    was unsafe. The company dismissed that warning." -> "the union’s warning that the
    mine was unsafe": a noun for what a party said, after the sentence (or an earlier
    clause of its own) whose verb, of the same stem, reported it of a named party."""
    from .resolve import _owner, _what_of  # noqa: PLC0415 (resolve imports this module)

    lemma = noun.lemma_.lower()
    if lemma not in SPEECH_ACT_NOUNS or not bare_noun(noun):
        return None
    for t in preceding_tokens(ctx, det, 1, same_paragraph=True):
        if t.pos_ != "VERB" or t.dep_ not in _CLAUSE_DEPS or not _before_own_clause(t, det):
            continue
        if not same_stem(lemma, t.lemma_.lower(), min_stem=4):
            continue
        if any(c.dep_ in {"neg", "auxpass"} for c in t.children):
            return None
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subj is None or not _agent(subj):
            return None
        owner = _owner(ctx, subj)
        if not owner:
            return None
        first = ctx.doc[subj.left_edge.i]
        if first.is_sent_start and first.pos_ != "PROPN" and not first.ent_type_:
            owner = owner[0].lower() + owner[1:]  # "Opposition leaders have accused ..."
        obj = next((c for c in t.children if c.dep_ == "dobj"), None)
        ccomp = next((c for c in t.children if c.dep_ == "ccomp" and c.i > t.i), None)
        rest = ""
        if obj is not None:
            of = next(
                (
                    c
                    for c in list(t.children) + list(obj.children)
                    if c.dep_ == "prep" and c.lower_ in {"of", "over"} and c.i > obj.i
                ),
                None,
            )
            ids = [k for k in _np_ids(obj, _PLACE_PREPS) if of is None or k < of.i]
            if len(ids) > 5 or any(_points_back(ctx.doc[k]) for k in ids):
                return None
            whom = ctx.render(ids)
            what = ""
            if of is not None:
                ids = list(range(of.i, of.right_edge.i + 1))
                if len(ids) > 12 or any(_points_back(ctx.doc[i]) for i in ids):
                    return None
                what = " " + ctx.render(ids)
            rest = f" against {whom}{what}"
        elif ccomp is not None:
            rest = _what_of(ctx, None, ccomp)
            if not rest:
                return None
        else:
            return None
        return f"{owner} {noun.text.lower()}{rest}"
    return None


def lead_acts_antecedent(ctx, det, noun) -> str | None:
    """ "Today, the Department is designating three financiers of the group as ... The
    Treasury is designating a network of seven money-transfer businesses ... (later)
    As a result of these designations, ..." -> "the designations of three financiers
    ... and of a network of ...": a plural act with nothing named nearer is the acts
    of the article's lead (``demonstratives.acts_antecedent`` over its sentences)."""
    if det.lower_ not in _PLURAL_DETS or noun.tag_ != "NNS":
        return None
    doc = ctx.doc
    own = sent_start(det)
    lead = [(a, b) for a, b in ctx.lead_sentences() if b <= own]
    if not lead:
        return None
    tokens = [doc[k] for a, b in reversed(lead) for k in range(b - 1, a - 1, -1)]
    return acts_antecedent(ctx, det, noun, tokens)


def _which_ids(t) -> list[int] | None:
    """The words of a mention that say which one it is (its modifiers and the phrases
    in ``_WHICH_PREPS`` after it, not a date), with the noun; None when it says nothing
    more than its noun."""
    ids = {t.i}
    for c in t.children:
        if c.i < t.i and c.dep_ in _WHICH_LEFT:
            ids.update(range(c.left_edge.i, c.right_edge.i + 1))
        elif (
            c.i > t.i
            and c.dep_ == "prep"
            and c.lower_ in _WHICH_PREPS
            and not any(g.ent_type_ in {"DATE", "TIME"} for g in c.children)
        ):
            ids.update(_np_ids(c, _WHICH_PREPS))
    # up to a gap ("the bombing of the market in Beni, in eastern Congo": not what the
    # comma adds)
    run = sorted(ids)
    k = run.index(t.i)
    while k + 1 < len(run) and run[k + 1] == run[k] + 1:
        k += 1
    run = run[: k + 1]
    return run if len(run) > 1 else None


def chain_antecedent(ctx, det, noun) -> str | None:
    """ "The United States condemns the May 4 bombing of the central market in Beni.
    ... claimed responsibility for the bombing on May 5. The United States condemns
    this attack ..." -> "the May 4 bombing of the central market in Beni": the nearest
    earlier mention of the noun or of a narrower one of its kind (``KIND_OF``), of the
    same number; passing over mentions that only point back themselves ("those
    attacks", a bare "the bombing"), to the first that says which.  None at a mention
    of another one ("a second attack", "its attack"), of a class ("among the deadliest
    attacks", "one of the attacks"), at a new one that says nothing ("an attack"), or
    in the title."""
    lemma = noun.lemma_.lower()
    if not bare_noun(noun) or lemma in TIME_WORDS or noun.ent_type_ in {"DATE", "TIME"}:
        return None
    # the noun's own mentions first ("these attacks" are the attacks named, not the
    # strikes named since), then those of its narrower kinds
    found = _chain(ctx, det, noun, {lemma}, lead=True)
    if found is _NOT_FOUND and lemma in KIND_OF:
        # a narrower noun only near it, not in a lead some paragraphs back (what the
        # article is about may be another event of the kind)
        found = _chain(ctx, det, noun, KIND_OF[lemma], lead=False)
    return None if found is _NOT_FOUND else found


_NOT_FOUND = object()


def another_or_one_of(t, left) -> bool:
    """A noun mention that cannot be the one a demonstrative names: another one or a
    rank ("a second attack", "the deadliest strike"), someone's ("his attack", but the
    author's "our"), or one of a class or a count ("attacks like the one in Kabul",
    "two of the attacks"). ``left``: the mention's children before it."""
    if any(
        c.lower_ in NEW_REFERENT_MODIFIERS
        or c.ent_type_ == "ORDINAL"
        or c.tag_ in {"JJS", "PRP$"}
        or (c.pos_ == "PRON" and c.lower_ not in {"our", "my"})
        for c in left
    ):
        return True
    return t.dep_ == "pobj" and (
        t.head.lower_ in _CLASS_PREPS
        or (
            t.head.lower_ == "of"
            and (t.head.head.pos_ == "NUM" or t.head.head.lower_ in PARTITIVE_WORDS)
        )
    )


def _chain(ctx, det, noun, kinds, *, lead):
    """chain_antecedent's walk back over the mentions of ``kinds`` (six sentences
    back, then with ``lead`` the lead's): the text, None (a mention that blocks:
    another one, a class, a new one), or _NOT_FOUND."""
    from .resolve import _earlier_tokens  # noqa: PLC0415 (resolve imports this module)

    plural = noun.tag_ == "NNS"
    doc = ctx.doc
    title_end = ctx.layout.headline_end
    own = sent_start(det)
    window = (
        _earlier_tokens(ctx, det) if lead else preceding_tokens(ctx, det, 6, same_paragraph=False)
    )
    for t in window:
        if t.i >= own or t.pos_ != "NOUN" or t.lemma_.lower() not in kinds:
            continue
        if t.dep_ == "compound":
            continue  # "the bloc's foreign policy chief" names no policy
        if t.idx < title_end:
            return _NOT_FOUND  # the title names it only as a headline does
        if (t.tag_ == "NNS") != plural:
            return None  # the nearest of the kind has the other number: which?
        if (
            t.lemma_.lower() != noun.lemma_.lower()
            and t.dep_ in {"dobj", "nsubjpass"}
            and t.head.lemma_.lower() in HARM_VERBS
        ):
            return None  # "killed 12 soldiers. These forces ...": not the dead
        left = [c for c in t.children if c.i < t.i]
        if another_or_one_of(t, left):
            return None
        dets = [c.lower_ for c in left if c.dep_ == "det"]
        if any(d in DEMONSTRATIVES for d in dets):
            continue  # itself a mention of one before
        if generic_plural(t):
            return None  # "attacks on aid workers in Sudan": aid workers in general
        ids = _which_ids(t)
        if ids is None:
            if dets == ["the"]:
                continue  # "the bombing": the one named before
            return None  # "an attack": new, and says no more
        if len(ids) > 18 or ids != list(range(ids[0], ids[-1] + 1)):
            return None
        if any(_points_back(doc[i]) for i in ids):
            return None
        text = ctx.render(ids)
        if any(doc[i].dep_ == "poss" and doc[i].head.i == t.i for i in ids):
            return text
        return "the " + text
    return _NOT_FOUND


def _apply(r, det, noun, named) -> None:
    from .resolve import _agree_with, _phrase  # noqa: PLC0415 (resolve imports this module)

    # "this heinous attack" -> "the heinous May 4 bombing of ..."
    judged = [c.text for c in noun.lefts if c.dep_ == "amod" and c.lower_ in EVALUATIVE_ADJECTIVES]
    if judged and named.startswith("the ") and not named.startswith("the amount of"):
        named = f"the {' '.join(judged)} {named[4:]}"

    r.replace[det.i] = named
    for k in range(det.i + 1, noun.i + 1):
        r.replace[k] = ""
    plural = getattr(named, "plural", None)  # the antecedent's own number, when it says
    _agree_with(
        noun, _phrase(named, det.lower_ in _PLURAL_DETS if plural is None else plural), r.replace
    )


def _determiners(ctx, r, *, bare_too: bool):
    """(det, noun) for each demonstrative determiner of the claim with its noun in it,
    not replaced yet (``bare_too``: or replaced by a bare article, "the", "the
    bombing")."""
    doc = ctx.doc
    lower, dep = attrs(doc).lower, attrs(doc).dep
    ids = set(r.ids)
    for i in r.ids:
        if lower[i] not in DEMONSTRATIVES or dep[i] != "det":
            continue
        done = r.replace.get(i)
        if done is not None:
            words = done.split()
            if not bare_too or not words or words[0] != "the" or len(words) > 2:
                continue
        det = doc[i]
        noun = det.head
        if noun.i in ids and noun.pos_ == "NOUN" and noun.i > det.i:
            yield det, noun


def resolve_determiners_early(ctx, r) -> None:
    """Before the general rules: a sum named just before, an act just before."""
    for det, noun in list(_determiners(ctx, r, bare_too=False)):
        named = money_antecedent(ctx, det, noun) or step_antecedent(ctx, det, noun)
        if named:
            _apply(r, det, noun, named)


def resolve_determiners(ctx, r) -> None:
    """After the general rules: a demonstrative noun still bare or untouched."""
    for det, noun in list(_determiners(ctx, r, bare_too=True)):
        named = (
            conducted_antecedent(ctx, det, noun)
            or death_antecedent(ctx, det, noun)
            or speech_act_antecedent(ctx, det, noun)
            or act_noun_antecedent(ctx, det, noun)
            or complement_act_antecedent(ctx, det, noun)
            or chain_antecedent(ctx, det, noun)
            or lead_acts_antecedent(ctx, det, noun)
        )
        if named:
            _apply(r, det, noun, named)
