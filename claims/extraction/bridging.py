"""Stage 4, resolve (last): semantic bridging.  A demonstrative determiner every rule
left bare or untouched ("The United States condemns the killing of five aid workers
near Bambari. This senseless tragedy ...") often names its antecedent by another
word: a synonym, a more general noun, the noun of an act.  No word list covers those,
so here the sentence embedding model (``claims.matching.embedder``) compares the
demonstrative's noun with the head noun of each mention the text offers before it:

- the mentions are the noun phrases (and the acts named by a verb, ``_acts_named``)
  before the demonstrative's own clause in its sentence and in the two sentences
  before, in its paragraph; every one of them competes, but only a mention that says
  which one it is can win (a definite or numbered phrase with its modifiers, a name;
  not a bare "the deal", not one that points back itself, "its fighters", not a kind,
  "attacks on aid workers", nor one of the other number);
- the demonstrative's noun and each mention's head are embedded as "a <lemma>" (the
  model compares two nouns far better than a noun with a long phrase);
- the best mention is taken only when it clears ``THRESHOLD`` and beats the runner-up
  by ``MARGIN``; otherwise the demonstrative stays (a wrong referent is worse than a
  dangling one).

A mention of the same noun, or of a narrower one of its kind (``KIND_OF``), outranks
the model: the lexical rules (``determiners.chain_antecedent``) have already taken it or
refused it, and bridging does not second-guess them.  Without the model (not
installed, or failing) nothing changes.  All head texts of a document go to the model
in one call; vectors are kept per text for the process (nouns repeat across articles).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .demonstratives import _acts_named, _points_back, preceding_tokens
from .determiners import (
    _apply,
    _before_own_clause,
    _chain,
    _determiners,
    _which_ids,
    another_or_one_of,
    generic_plural,
)
from .lexicon import (
    ACCOUNT_NOUNS,
    AGENT_NOUNS,
    ASSERTION_NOUNS,
    DEMONSTRATIVES,
    EVALUATIVE_ADJECTIVES,
    KIND_OF,
    ORG_WORDS,
    PERSON_NOUNS,
    PLACE_NOUNS,
    SPEECH_ACT_NOUNS,
    TIME_WORDS,
)

# cosine of "a <noun>" with "a <head>" (all-MiniLM-L6-v2), set on the own texts, the
# referents_dev texts and tests/extraction/test_bridging.py's sentences
THRESHOLD = 0.48
MARGIN = 0.08
SENTENCES_BACK = 2
MAX_WORDS = 18
MAX_KEPT = 20_000  # vectors kept per process (1.5 kB each)

_PLURAL_DETS = frozenset({"these", "those"})
_CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp", "advcl", "relcl", "xcomp"})
_NOT_MENTIONS = frozenset({"DATE", "TIME", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY"})
_NAME_DEPS = frozenset({"compound", "poss", "flat", "nmod", "npadvmod"})

Embed = Callable[[Sequence[str]], "object"]


@dataclass(frozen=True)
class Mention:
    """A noun phrase or act before the demonstrative: ``key`` is what the model reads
    ("a killing"), ``text`` what would take the demonstrative's place (None: it
    competes but cannot win), ``lexical`` a mention of the demonstrative's own noun
    or a narrower one of its kind."""

    key: str
    text: str | None
    lexical: bool = False
    i: int = -1  # the head's (or the act's verb's) token


_PARTY_WORDS = AGENT_NOUNS | PERSON_NOUNS


def _sorts(t) -> frozenset:
    """What sort of thing a noun names: a party ("agent": a person, an organisation, a
    country), a place, or neither (an act, an event, a thing).  A demonstrative noun of
    one sort does not name a mention of another ("this ruling" is not the court that
    ruled, "this body" not the attack it investigates), however related the two words."""
    lemma = t.lemma_.lower()
    ent = t.ent_type_
    out = set()
    if ent in {"PERSON", "ORG", "NORP"} or lemma in _PARTY_WORDS:
        out.add("agent")
    elif lemma in ORG_WORDS:
        out.update(("agent", "other"))  # "the program", "the commission": a body and a thing
    if ent in {"LOC", "FAC"} or lemma in PLACE_NOUNS:
        out.add("place")
    if ent == "GPE":
        out.update(("agent", "place"))
    return frozenset(out) or frozenset({"other"})


def _key(lemma: str) -> str:
    return f"a {lemma.lower()}"


def _noun_key(noun) -> str:
    """ "this senseless tragedy" -> "a tragedy" (a judgment says nothing of what it
    is), "this humanitarian crisis" -> "a humanitarian crisis"."""
    mods = [
        c.lower_
        for c in noun.lefts
        if c.dep_ in {"amod", "compound"} and c.lower_ not in EVALUATIVE_ADJECTIVES
    ]
    return _key(" ".join([*mods, noun.lemma_]))


def _plural(t) -> bool:
    return t.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in t.children)


def _render(ctx, t) -> str | None:
    """ "the killing of five World Food Programme contractors near the town of
    Bambari", "the 12 Sudanese army officers", "the Bangui Declaration": the mention
    with what says which one it is; None when it says nothing more than its noun
    ("the deal"), is a kind ("attacks on aid workers"), another one ("a second
    attack"), one of a class, long, or points back itself."""
    doc = ctx.doc
    left = [c for c in t.children if c.i < t.i]
    if any(c.lower_ in DEMONSTRATIVES for c in left) or another_or_one_of(t, left):
        return None
    if generic_plural(t):
        return None
    dets = [c.lower_ for c in left if c.dep_ == "det"]
    owner = any(c.dep_ == "poss" for c in left)
    counted = any(c.dep_ == "nummod" for c in left)
    named = t.pos_ == "PROPN" or (t.ent_type_ and t.ent_type_ not in _NOT_MENTIONS)
    if not (dets or owner or counted or named):
        return None  # "humanitarian assistance", "attacks": no one thing said
    ids = _which_ids(t)
    if ids is None:
        if dets == ["the"] and not named:
            # "the deal": the one named before, if the text said which
            found = _chain(ctx, t, t, {t.lemma_.lower()}, lead=True)
            return found if isinstance(found, str) else None
        if not named:
            return None  # "a reward": new, and says no more
        ids = [t.i]
    if len(ids) > MAX_WORDS or ids != list(range(ids[0], ids[-1] + 1)):
        return None
    if any(_points_back(doc[i]) for i in ids):
        return None
    text = ctx.render(ids)
    if owner:
        return text
    if named and not dets and t.ent_type_ in {"PERSON", "GPE", "ORG", "NORP"}:
        return text  # "Saudi Arabia"
    return "the " + text


def mentions(ctx, det, noun) -> list[Mention]:
    """The mentions that compete for ``det noun``, nearest first."""
    lemma = noun.lemma_.lower()
    kinds = KIND_OF.get(lemma, frozenset()) | {lemma}
    plural = det.lower_ in _PLURAL_DETS
    sort = _sorts(noun)
    title_end = ctx.layout.headline_end
    out = []
    for t in preceding_tokens(ctx, det, SENTENCES_BACK, same_paragraph=True):
        if t.idx < title_end or not _before_own_clause(t, det):
            continue
        if t.pos_ == "VERB" and t.dep_ in _CLAUSE_DEPS and not plural and "other" in sort:
            acts = _acts_named(ctx, [t])
            if acts and acts[0]:
                words = acts[0].split()
                if 1 < len(words) <= MAX_WORDS + 2 and all(m.text != acts[0] for m in out):
                    out.append(Mention(_key(words[1]), acts[0], i=t.i))
            continue
        if t.pos_ not in {"NOUN", "PROPN"} or t.dep_ in _NAME_DEPS:
            continue
        if t.ent_type_ in _NOT_MENTIONS or t.lemma_.lower() in TIME_WORDS:
            continue
        lexical = t.lemma_.lower() in kinds
        text = _render(ctx, t) if _plural(t) == plural and sort & _sorts(t) else None
        if text is not None and any(m.text == text for m in out):
            continue  # one phrase, misread as two heads ("the new constitution")
        out.append(Mention(_key(t.lemma_), text, lexical, t.i))
    return out


def choose(scores: Sequence[float], eligible: Sequence[bool]) -> int | None:
    """The index of the one mention to take: the best scored, when it may win, clears
    THRESHOLD and beats the runner-up (any mention, eligible or not) by MARGIN."""
    if not scores:
        return None
    order = sorted(range(len(scores)), key=lambda k: -scores[k])
    best = order[0]
    if not eligible[best] or scores[best] < THRESHOLD:
        return None
    if len(order) > 1 and scores[best] - scores[order[1]] < MARGIN:
        return None
    return best


def _wanted(det, noun) -> bool:
    """A demonstrative noun that could name something said before: bare ("this
    tragedy", "this senseless tragedy"), not a time ("this week"), not one that says
    itself what it is ("this decision to withdraw", "this kind of attack")."""
    lemma = noun.lemma_.lower()
    if lemma in TIME_WORDS or noun.ent_type_ in {"DATE", "TIME"}:
        return False
    if lemma in _SAID_NOUNS or noun.lower_ in _SAID_NOUNS:
        # "Union leaders say the new pension law will cut incomes. The minister dismissed
        # that claim": what was said, never a thing a noun phrase names ("the new pension
        # law"); the rules of stance and of speech acts take it or leave it
        return False
    if not all(c.dep_ in {"det", "amod", "compound"} for c in noun.lefts):
        return False  # "this $5 million", "these two companies"
    if any(
        c.dep_ != "det" and (c.pos_ not in {"ADJ", "NOUN"} or any(c.children)) for c in noun.lefts
    ):
        return False  # only single words: "this military action", "this humanitarian crisis"
    return not any(c.i > noun.i and c.dep_ in {"prep", "acl", "relcl"} for c in noun.children)


_SAID_NOUNS = ACCOUNT_NOUNS | ASSERTION_NOUNS | SPEECH_ACT_NOUNS

_vectors: dict[str, object] = {}


def _default_embed(texts):
    from claims.matching.embedder import embed  # noqa: PLC0415 (optional, heavy)

    return embed(texts)


def _vectors_for(keys, embed: Embed) -> dict | None:
    missing = sorted({k for k in keys if k not in _vectors})
    if len(_vectors) + len(missing) > MAX_KEPT:
        _vectors.clear()  # a long-running worker: start again rather than grow
        missing = sorted(set(keys))
    if missing:
        try:
            rows = embed(missing)
        except Exception:  # noqa: BLE001 - no model, no bridging: the text stays as it is
            return None
        for k, v in zip(missing, rows, strict=True):
            _vectors[k] = v
    return _vectors


def resolve_bridging(ctx, resolved, *, embed: Embed | None = None) -> None:
    """Each claim's demonstrative determiner still bare or untouched takes the one
    mention before it the model finds of its meaning (``choose``), or stays."""
    todo = []  # (r, det, noun)
    for r in resolved:
        for det, noun in _determiners(ctx, r, bare_too=True):
            if _wanted(det, noun):
                todo.append((r, det, noun))
    if not todo:
        return
    found: dict[int, list[Mention] | None] = {}
    for _r, det, noun in todo:
        if det.i in found:
            continue
        ms = mentions(ctx, det, noun)
        # the same noun or a narrower one of its kind: the lexical rules' case
        # (and none that could win: no need to ask the model)
        found[det.i] = (
            None if not ms or any(m.lexical for m in ms) or all(m.text is None for m in ms) else ms
        )
    keys = {_noun_key(noun) for _r, det, noun in todo if found[det.i]}
    for ms in found.values():
        keys.update(m.key for m in ms or ())
    if not keys:
        return
    vectors = _vectors_for(keys, embed or _default_embed)
    if vectors is None:
        return
    chosen: dict[int, str | None] = {}
    for r, det, noun in todo:
        ms = found[det.i]
        if not ms:
            continue
        if det.i not in chosen:
            q = vectors[_noun_key(noun)]
            scores = [float(vectors[m.key] @ q) for m in ms]
            k = choose(scores, [m.text is not None for m in ms])
            chosen[det.i] = ms[k].text if k is not None else None
        if chosen[det.i]:
            _apply(r, det, noun, chosen[det.i])
