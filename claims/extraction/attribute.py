"""Stage 2, attribute: speech frames (who says it, the cue, what is said).

``attribute(ctx, unit)`` reads one unit's parse and returns its frames:
"according to X" for the whole unit, and for every predicate that reports
speech its cue, subject, content clauses and passive agent.  The split stage
walks the clauses under these frames; ``Attributor`` turns a frame's speaker
mention into an ``Attribution`` (name, kind, via) as the walk meets it, reading
the discourse memory for a pronoun speaker ("he said").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .layout import QUOTE_BYLINE_RE, TURN_LABEL_RE
from .lexicon import (
    ADDRESS_WORDS,
    ADVICE_VERBS,
    AGENT_NOUNS,
    AGENT_PRONOUNS,
    AMBIGUOUS_SPEECH,
    CHANNEL_NOUNS,
    CHARACTERISE_VERBS,
    CLAUSE_SPEECH,
    CONFIRM,
    CROWD_HEADS,
    DENIABLE_NOUNS,
    DENY,
    DIRECTIVE_VERBS,
    EVIDENCE_NOUNS,
    EVIDENCE_VERBS,
    EXPRESS_VERBS,
    FIRST_PERSON,
    GENERIC_REPORTS,
    ISSUE_VERBS,
    MEDIA_WORDS,
    MENTION_LEADERS,
    NAMING_VERBS,
    NO_ONE_WORDS,
    OBJECT_STANCE,
    ORG_WORDS,
    PERSON_ACTS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    PLURAL_QUANTIFIERS,
    PRESS_AUDIENCE,
    QUESTION_VERBS,
    QUESTION_WORDS,
    REFUSE_VERBS,
    REFUSED_NOUNS,
    SHARE_WORDS,
    SINGLE_QUANTIFIERS,
    SOURCE_NOUNS,
    SPEAKS_FOR_NOUNS,
    SPEECH_NOUNS,
    STANCE,
    STATEMENT_NOUNS,
    STRONG_SPEECH,
    TITLE_WORDS,
    UNNAMED_REPORT_MODIFIERS,
    VIEW_ACTS,
    WEAK_SPEECH,
)
from .speakers import is_media, speaker_kind
from .tokattrs import attrs, sent_of, sent_start

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
AGENT_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
# unions of word lists, built once (a union per call cost ~13 µs in is_agent)
_AGENT_WORDS = AGENT_NOUNS | ORG_WORDS | SOURCE_NOUNS | MEDIA_WORDS | PERSON_NOUNS
_SPEECH_VERBS = STRONG_SPEECH | WEAK_SPEECH
_SPEECH_OR_EVIDENCE_VERBS = _SPEECH_VERBS | EVIDENCE_VERBS
_AGENT_OR_TITLE_WORDS = AGENT_NOUNS | TITLE_WORDS
# verbs an "if" clause can be the question of ("asked if ...", "did not say if ...")
_SAY_OR_ASK = STRONG_SPEECH | WEAK_SPEECH | QUESTION_VERBS
# every lemma that can head a speech frame (the others are not looked at)
_CONFIRM_OR_DENY = CONFIRM | DENY
FRAME_LEMMAS = (
    STRONG_SPEECH
    | WEAK_SPEECH
    | EXPRESS_VERBS
    | ISSUE_VERBS
    | EVIDENCE_VERBS
    | CHARACTERISE_VERBS
    | DIRECTIVE_VERBS
    | {"call", "point"}
)


@dataclass
class Attribution:
    speaker: str | None
    speaker_span: tuple[int, int] | None
    speaker_kind: str | None
    cue: str | None
    cue_span: tuple[int, int] | None
    cue_lemma: str | None
    via: str | None = None
    short: str | None = None  # name used when a pronoun is replaced in claim text
    hedge: str | None = None
    plural: bool = False
    evidence: bool = False  # a document, poll or count, not a party ("polls show")
    affiliation: str | None = None  # whom a spokesperson speaks for: their quotes' "we"
    # the pronoun that speaks when no one it stands for is sure ("It said ...": "it"),
    # the speaker then left empty; a pronoun of the same form in what it says stays too
    unnamed: str | None = None

    def but(self, **changes) -> Attribution:
        """A copy with ``changes`` applied."""
        b = Attribution(**self.__dict__)
        for k, v in changes.items():
            setattr(b, k, v)
        return b


@dataclass
class SpeechFrame:
    cue: object  # the speech predicate (Token)
    subject: object  # its grammatical subject (Token) or None
    content: list  # heads of the reported clauses
    passive_agent: tuple | None = None  # ("by" Token, agent Token) of "was said by X"


@dataclass
class AccordingTo:
    token: object  # "according"
    source: object  # head of X in "according to X"
    span: set  # tokens of the phrase, with a comma before it
    mention: list  # token ids naming X


@dataclass
class Frames:
    """One unit's speech frames; ``allowed`` is the unit minus the according-to phrase."""

    allowed: set
    according: AccordingTo | None = None
    speech: dict = field(default_factory=dict)  # predicate token id -> SpeechFrame
    # clause head id -> the speech verb set into it: "Prices, the minister said, will fall"
    parenthetical: dict = field(default_factory=dict)
    questions: set = field(default_factory=set)  # ids of predicates that ask ("asked whether ...")
    turn: Attribution | None = None  # the speaker of a transcript's turn ("CHEN: They are ...")
    # verb coordinated into reported content -> the speech verb whose speaker does it:
    # "Brandt said the border was open and promised to vote ..." (promised: Brandt's)
    lifted: dict = field(default_factory=dict)
    # (colon token, speaker token, noun) of "Benz's message was blunt: the company will ...":
    # what follows the colon is the speaker's
    colon: tuple | None = None
    # words of the names a quote in the unit addresses ("Talk is cheap, Kyle"): never
    # whom its "she said" stands for
    addressed: frozenset = frozenset()


# ---- who can speak -------------------------------------------------------------------
def is_agent(tok, names=frozenset()) -> bool:
    """Can this subject say, find or promise something?  "The engineers" can,
    "the images" or "its longevity" cannot (they only show or suggest).
    ``names``: words of the document's named entities, for a surname the
    tagger missed at the start of a sentence."""
    if tok.pos_ == "PRON":
        return tok.lower_ in AGENT_PRONOUNS
    if tok.ent_type_ in AGENT_ENTS or any(
        t.ent_type_ in AGENT_ENTS for t in tok.lefts if t.dep_ in {"compound", "amod"}
    ):
        return True
    if tok.pos_ == "PROPN" or tok.text in names or (tok.is_title and not tok.is_sent_start):
        return True
    w, lemma = tok.lower_, tok.lemma_.lower()
    if {w, lemma} & _AGENT_WORDS or w in TITLE_WORDS:
        return True
    if w in CROWD_HEADS and tok.tag_ == "NNS":
        # "Hundreds of protesters": the people the crowd word counts
        of = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        return noun is not None and noun.tag_ == "NNS" and is_agent(noun, names)
    # "The registrar, Debra Kwan, estimated ...": a noun with a named person beside it
    return tok.pos_ == "NOUN" and any(
        c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in tok.rights
    )


def asked_group(subj):
    """The people a bare quantifier that speaks counts, when the sentence before asked
    them something: "We asked voters leaving the polls what mattered most. Most said
    public safety." -> voters.  None otherwise."""
    low = subj.lower_
    if not (
        low in SINGLE_QUANTIFIERS
        or low in PLURAL_QUANTIFIERS
        or (subj.tag_ == "CD" and subj.ent_type_ in {"", "CARDINAL"})
    ) or any(c.dep_ != "advmod" for c in subj.children):
        return None
    doc = subj.doc
    start = sent_start(subj)
    if start == 0:
        return None
    for t in doc[sent_start(doc[start - 1]) : start]:
        if t.lemma_.lower() in QUESTION_VERBS and t.pos_ == "VERB":
            for c in t.children:
                if c.dep_ in {"dobj", "dative"} and c.tag_ in {"NNS", "NNPS"}:
                    return c
    return None


def is_evidence(tok) -> bool:
    """A document, poll or count that can be cited as a source."""
    return tok.pos_ in {"NOUN", "PROPN"} and (
        tok.lower_ in EVIDENCE_NOUNS or tok.lemma_.lower() in EVIDENCE_NOUNS
    )


def is_media_token(doc, tok) -> bool:
    ids = range(tok.left_edge.i, tok.right_edge.i + 1)
    text = " ".join(doc[i].text for i in ids)
    return (
        is_media(text, {doc[i].ent_type_ for i in ids if doc[i].ent_type_} - {"GPE"})
        or tok.lower_ in PRESS_AUDIENCE
    )


# ---- vocatives -----------------------------------------------------------------------
MAX_VOCATIVE = 4
_ADDRESS_TITLES = TITLE_WORDS | ADDRESS_WORDS


def _address_word(tok) -> bool:
    """A word of a name or form of address: "Kyle", "Mr.", "Madam", "Speaker", "Senator"."""
    if tok.pos_ == "PROPN":
        return True
    low = tok.lower_.strip(".")
    return tok.text[:1].isupper() and (low in TITLE_WORDS or low in ADDRESS_WORDS)


def _goes_on(doc, k, q, quote_at) -> bool:
    """Does the quoted sentence go on at ``doc[k]``, after a name set off by commas in
    mid-quote ("You keep saying that, Dale, but ...", "The numbers, Senator, do not add
    up")?  A conjunction that joins clauses or the verb of the interrupted clause goes
    on; a name or noun ("Tom, Dale, and Maria") does not."""
    if k >= len(doc) or quote_at(doc[k].idx) != q:
        return False
    t = doc[k]
    if t.pos_ == "CCONJ":
        # a clause after it: a verb before the next comma ("..., but the report says")
        for j in range(k + 1, min(k + 10, len(doc))):
            if doc[j].is_punct or (j == k + 1 and doc[j].pos_ == "PROPN"):
                return False
            if doc[j].pos_ in {"VERB", "AUX"}:
                return True
        return False
    return t.pos_ in {"AUX", "VERB", "PART"} and t.tag_ not in {"VBG", "VBN"}


def vocative(doc, i, quote_at) -> range | None:
    """The tokens of the name around ``doc[i]`` if it addresses someone inside a quote
    ("Talk is cheap, Kyle," / "Mr. Speaker, this bill ..."): a name or title set off by
    a comma at the edge of the quoted sentence, not an argument of its clause.  The
    person addressed is never the speaker, nor who a "she said" after it stands for.
    ``quote_at``: the layout's char offset -> quotation index (or None)."""
    q = quote_at(doc[i].idx)
    if q is None or not _address_word(doc[i]):
        return None
    lo = hi = i
    while lo > 0 and i - lo < MAX_VOCATIVE and _address_word(doc[lo - 1]):
        lo -= 1
    while hi + 1 < len(doc) and hi - lo < MAX_VOCATIVE and _address_word(doc[hi + 1]):
        hi += 1
    if hi - lo >= MAX_VOCATIVE:
        return None
    toks = doc[lo : hi + 1]
    person = any(t.ent_type_ == "PERSON" for t in toks)
    titled = any(t.lower_.strip(".") in _ADDRESS_TITLES for t in toks)
    if not (person or titled):
        return None  # "Washington, ...": a place, an organisation
    if lo == 0 or hi + 1 >= len(doc) or quote_at(doc[lo].idx) != q:
        return None
    prev, nxt = doc[lo - 1], doc[hi + 1]
    opens = prev.is_quote or prev.text in {".", "!", "?"}
    ends = nxt.text in (".", "!", "?", "…") or (
        nxt.text == "," and hi + 2 < len(doc) and doc[hi + 2].is_quote
    )
    inside = prev.text == "," and nxt.text == "," and _goes_on(doc, hi + 2, q, quote_at)
    if not ((opens and nxt.text == ",") or (prev.text == "," and ends) or inside):
        return None
    root = next((t for t in toks if not (lo <= t.head.i <= hi) or t.head.i == t.i), None)
    if root is None:
        return None
    head = root.head
    if root.dep_ in SUBJECTS:
        # "Mr. Speaker, this bill will cost jobs," Hart said: the parser may make it the
        # subject of the verb outside the quote, or of a clause that has its own
        if quote_at(head.idx) == q and not any(
            c.dep_ in SUBJECTS and c.i != root.i for c in head.children
        ):
            return None  # "Harwell, the former mayor, lied": the subject
    elif root.dep_ in {"appos", "conj"}:
        if (
            head.i < lo
            and head.pos_ in {"NOUN", "PROPN", "PRON"}
            and is_agent(head)
            and head.lower_ != "you"
        ):
            return None  # "We met the mayor, Tom Harwell": who the mayor is ("I hear
            # you, Maria, ...": whom "you" is, the one addressed)
    elif root.dep_ in {"dobj", "dative", "pobj", "attr", "oprd", "poss", "agent"}:
        return None  # "The winner was, in the end, Tom.": an argument (the parser's other
        # labels for an address set off by commas vary: npadvmod, acomp, prep, dep, ...)
    return range(lo, hi + 1)


def vocative_ids(ctx, ids) -> set[int]:
    """Tokens of the vocatives among ``ids`` (one unit), with the comma that sets each
    off from the rest of the quote."""
    doc, out = ctx.doc, set()
    if not ids:
        return out
    quote_at = ctx.layout.quote_at
    a = attrs(doc)
    pos, text, is_quote, idx = a.pos, a.text, a.is_quote, a.idx
    first, last = ids[0], ids[-1]
    if quote_at(idx[first]) is None and not any(is_quote[i] for i in ids):
        return out  # no quotation in the unit
    for i in ids:
        if i in out or i == first or i == last:
            continue
        # only a capitalised word next to a comma or a quote mark can start or end one
        if not (text[i - 1] == "," or is_quote[i - 1] or text[i + 1] == ","):
            continue
        if pos[i] != "PROPN" and not text[i][:1].isupper():
            continue
        r = vocative(doc, i, quote_at)
        if r is None:
            continue
        out.update(r)
        if text[r.stop] == "," and text[r.start - 1] != ",":
            out.add(r.stop)  # "Tom, promises are easy" -> "promises are easy"
        elif text[r.start - 1] == ",":
            out.add(r.start - 1)  # "Talk is cheap, Kyle," -> "Talk is cheap,"
            if text[r.stop] == "," and pos[r.stop + 1] != "CCONJ":
                out.add(r.stop)  # "The numbers, Senator, do not" -> "The numbers do not"
    return out


# ---- speech predicates ---------------------------------------------------------------
def clausal_children(tok):
    doc = tok.doc
    dep = attrs(doc).dep
    return [doc[k] for k in attrs(doc).kids[tok.i] if dep[k] == "ccomp" and k > 0]


def _calls_names(tok) -> bool:
    """ "called the attackers cowards", "called the charges lies": an object and an
    epithet run together, which the parser reads as one noun with a plural compound."""
    for c in tok.children:
        if (
            c.dep_ == "dobj"
            and c.tag_ in {"NNS", "NN"}
            and c.left_edge.tag_ in {"DT", "PRP$"}
            and any(g.dep_ == "compound" and g.tag_ == "NNS" for g in c.lefts)
        ):
            return True
    # "called that argument “the same thing they said in Minneapolis”": the epithet is
    # quoted, and the parser takes it for a second object
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    return (
        len(objects) == 2
        and objects[1].left_edge.i > 0
        and (tok.doc[objects[1].left_edge.i - 1].text in _OPENING_QUOTES)
    )


def _tells_a_thing(tok) -> bool:
    """Is "tell" here telling a thing, not telling someone something: its object is no
    one who could be told ("tell a different story", "tells the tale"), and nothing
    else says who was told."""
    objects = [c for c in tok.children if c.dep_ in {"dobj", "dative"}]
    return (
        len(objects) == 1
        and objects[0].dep_ == "dobj"
        and objects[0].pos_ == "NOUN"
        and not is_agent(objects[0])
        and objects[0].ent_type_ == ""
    )


def speech_content(tok):
    """(is_speech, content heads) for a verb token."""
    lemma = tok.lemma_.lower()
    if tok.pos_ not in {"VERB", "AUX"}:
        return False, []
    cc = clausal_children(tok)
    if cc and any(c.dep_ in {"prt", "advmod"} and c.lower_ == "back" for c in tok.children):
        return True, cc  # "shot back that ...", "fired back that ...": a retort
    if lemma in DIRECTIVE_VERBS:
        return bool(clausal_children(tok)) or (
            lemma in ADVICE_VERBS and any(c.dep_ == "dobj" for c in tok.children)
        ), []
    if lemma in CHARACTERISE_VERBS:
        # "Neighbors described him as a quiet man": the subject's account of him
        return (
            any(c.dep_ == "dobj" for c in tok.children)
            and any(
                c.dep_ == "oprd"
                or (c.dep_ == "prep" and c.lower_ == "as")
                # "describe her as blunt": the parser hangs "as" on the adjective
                or (c.pos_ == "ADJ" and any(g.lower_ == "as" and g.i < c.i for g in c.children))
                for c in tok.children
            ),
            [],
        )
    if lemma == "call":
        if any(c.dep_ == "oprd" for c in tok.children) or cc:
            return True, cc
        return _calls_names(tok), []
    if lemma == "point" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children):
        return False, []
    if lemma == "tell" and not cc and _tells_a_thing(tok):
        return False, []  # "Records obtained by WRVN tell a different story"
    if lemma in EXPRESS_VERBS:
        for c in tok.children:
            if c.dep_ == "dobj":
                inner = [
                    g
                    for g in c.children
                    if g.dep_ in {"acl", "ccomp"} and any(m.lower_ == "that" for m in g.children)
                ]
                if inner:
                    return True, inner
        return False, []
    if lemma in OBJECT_STANCE and not any(
        c.dep_ in {"xcomp", "ccomp", "dobj"} for c in tok.children
    ):
        return False, []
    if lemma == "threaten" and not any(c.dep_ in {"xcomp", "ccomp"} for c in tok.children):
        return False, []
    if lemma in CLAUSE_SPEECH and not cc:
        return False, []  # "Coleman has not conceded": the race, not a statement
    if lemma in DENY:
        # "The court denied him bail" (parsed "him bail" a clause of a bare verb): no
        # reported clause, which is finite, "that"-led or "-ing" ("denied having ...")
        cc = [
            c
            for c in cc
            if not (
                c.tag_ in {"VB", "VBP"}
                and not any(
                    g.dep_ in {"aux", "auxpass", "mark", "dobj", "ccomp", "xcomp"}
                    for g in c.children
                )
            )
        ]
        if not cc and not _denies_an_account(tok):
            return False, []  # "The court denied him bail", "Corvel rejected the offer"
    if lemma in STRONG_SPEECH:
        if lemma in DENY or lemma in STANCE:
            return True, [c for c in cc if lemma not in DENY]
        return True, cc
    if lemma in WEAK_SPEECH and cc:
        return True, cc
    return False, []


def _denies_an_account(tok) -> bool:
    """Whether a verb of denial with no clause of its own denies something said ("denied
    the allegations", "rejected the report as false", "denied it", "denied any
    wrongdoing", "deny strike plan"), not refuses a thing to someone or turns an offer
    down ("denied him bail", "denied the request", "rejected the offer"): "deny" with
    no one it withholds from and no object it withholds (``REFUSED_NOUNS``); another
    verb with an object that is an account (``DENIABLE_NOUNS``), a pronoun, or a noun
    with a that-clause ("rejected claims that ..."). With no object ("Police denied.")
    it stays a denial."""
    obj = None
    for c in tok.children:
        if c.dep_ == "dative" or (c.dep_ == "ccomp" and c.tag_ in {"VB", "VBP"}):
            return False  # "denied him bail": withholding from someone
        if c.dep_ == "prep" and c.lower_ == "as":
            return True  # "dismissed the report as propaganda"
        if c.dep_ in {"dobj", "nsubjpass"} and obj is None:
            obj = c
    if obj is None or obj.pos_ == "PRON":
        return True
    if tok.lemma_.lower() == "deny":
        # "Union leaders deny strike plan": its existence; "denied the request": withheld
        return obj.lemma_.lower() not in REFUSED_NOUNS and obj.lower_ not in REFUSED_NOUNS
    if obj.lemma_.lower() in DENIABLE_NOUNS or obj.lower_ in DENIABLE_NOUNS:
        return True
    return any(
        g.dep_ in {"acl", "ccomp"} and any(m.lower_ == "that" for m in g.children)
        for g in obj.children
    )


def issued_statement(tok):
    """ "issued a statement (explaining that ...)": returns (True, content heads, cue token)."""
    if tok.lemma_.lower() not in ISSUE_VERBS:
        return False, [], None
    for c in tok.children:
        if c.dep_ == "dobj" and c.lemma_.lower() in SPEECH_NOUNS:
            for g in c.children:
                if g.dep_ in {"acl", "relcl"} and g.tag_ == "VBG":
                    ok, content = speech_content(g)
                    if ok:
                        return True, content, c
            for g in tok.children:
                if g.dep_ == "advcl" and g.tag_ == "VBG":
                    ok, content = speech_content(g)
                    if ok:
                        return True, content, c
            if tok.lemma_.lower() == "make":
                # "The campaign has made its own disputed claims": the article tells
                # that claims were made, saying none of them (nor what they are)
                return False, [], None
            return True, [], c
    return False, [], None


def according_to(tok):
    """If ``tok`` is "according" in "according to X", return the pobj head."""
    if tok.lower_ != "according":
        return None
    for c in tok.children:
        if c.lower_ == "to":
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    doc = tok.doc
    if tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "to":
        return doc[tok.i + 2]
    return None


def via_of(cue, is_media):
    """The outlet a speech act went through: "told The AP", "confirmed to Reuters"."""
    for c in cue.children:
        if c.dep_ in {"dative", "dobj"} and is_media(c):
            return c
        if c.dep_ == "prep" and c.lower_ == "to":
            for p in c.children:
                if p.dep_ == "pobj" and is_media(p):
                    return p
    return None


def subject_of(head, allowed):
    doc = head.doc
    dep = attrs(doc).dep
    for k in attrs(doc).kids[head.i]:
        if dep[k] in SUBJECTS and k in allowed:
            return doc[k]
    return None


def counts(tok) -> bool:
    """A phrase that gives a figure ("51 percent of voters", "ahead by 4 points")."""
    return any(
        t.ent_type_ in {"CARDINAL", "PERCENT", "MONEY", "QUANTITY"}
        or (t.pos_ == "NUM" and t.ent_type_ not in {"DATE", "TIME", "ORDINAL"})
        for t in tok.subtree
    )


# verbs by which a poll places a candidate or a race ("had Okafor ahead by 3 points",
# "gave the measure 48 percent", "put the race within two points": "put" is an evidence
# verb already)
_POLL_PLACES = frozenset(("have", "give", "place"))
_POLLS = frozenset(("poll", "polls", "survey", "surveys", "polling"))
_POLL_FINDS = frozenset(("show", "find"))
# "the race within two points", "Smith at 44 percent": not "a margin of error of 3 points"
_PLACING_PREPS = frozenset(("within", "at", "by", "with", "behind", "ahead", "up", "down", "over"))


def _poll_subject(head) -> bool:
    return any(
        c.dep_ == "nsubj" and (c.lemma_.lower() in _POLLS or c.lower_ in _POLLS)
        for c in head.children
    )


def _poll_of_share(cue, subj):
    """The poll a share of its respondents speaks in: "In a Tribune poll released last
    week, 58 percent said ...", "Most said ..., according to the survey"; None when the
    subject is no bare share or no poll is named on the verb."""
    if subj.ent_type_ != "PERCENT" or subj.lower_ != "percent":
        return None
    for c in cue.children:
        if c.dep_ == "prep" and c.lower_ in {"in", "according"}:
            for p in c.subtree:
                if p.dep_ == "pobj" and (p.lemma_.lower() in _POLLS or p.lower_ in _POLLS):
                    return p
    return None


def _placed_by_poll(head, subj) -> bool:
    """Is ``head`` a poll placing someone or something at a figure: a poll subject, whom
    or what it places, and the figure beside it ("Polls before tonight had the race
    within two points", "had Smith leading by 5 points", "gave the measure 48 percent
    support"); not "The poll had 900 respondents" or "The survey has a margin of error
    of 3 points" (the figure describes the poll's own object)."""
    if subj.lemma_.lower() not in _POLLS and subj.lower_ not in _POLLS:
        return False
    kids = list(head.children)
    dative = [c for c in kids if c.dep_ == "dative"]
    placed = [c for c in kids if c.dep_ == "dobj"]
    if dative:
        return any(counts(o) for o in placed)  # "gave the measure 48 percent support"
    clause = [c for c in kids if c.dep_ in {"ccomp", "xcomp"} and c.tag_ == "VBG"]
    if clause:  # "have Smith leading by 5 points"
        return any(c.dep_ == "nsubj" for c in clause[0].children) and counts(clause[0])
    if not placed:
        return False
    obj = placed[0]
    beside = [
        c
        for c in obj.children
        if c.dep_ == "advmod" or (c.dep_ == "prep" and c.lower_ in _PLACING_PREPS)
    ]
    if counts(obj) and not any(counts(c) for c in beside):
        return False  # "900 respondents", "a margin of error of 3 points"
    return any(c.dep_ in {"prep", "advmod", "oprd", "acomp"} and counts(c) for c in kids) or any(
        counts(c) for c in beside
    )


def _no_one(subj) -> bool:
    """ "No group", "no one", "nobody", "none of the parties": a subject that names no one."""
    low = subj.lower_
    if low in NO_ONE_WORDS:
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in subj.children) or (
        low == "one" and subj.i > 0 and subj.doc[subj.i - 1].lower_ == "no"
    )


def _who_acts(head, subj):
    """Who does what ``head`` says, for telling speech from its other senses: the
    subject, or the noun a relative pronoun stands for ("the group, which has claimed
    similar attacks"); None for a passive, whose subject is what was acted on ("That
    attack was claimed by ...")."""
    if subj is None or subj.dep_ == "nsubjpass":
        return None
    if subj.tag_ in {"WDT", "WP"} and head.dep_ == "relcl":
        return head.head
    return subj


def speech_frame(head, allowed, names) -> SpeechFrame | None:
    """The frame of ``head`` if it reports speech, else None."""
    is_speech, content = speech_content(head)
    lemma = head.lemma_.lower()
    subj = subject_of(head, allowed)
    if subj is not None and _no_one(subj):
        # "No group has claimed responsibility", "Nobody said ...": no one speaks; the
        # article says so itself
        return None
    statement = False
    if not is_speech:
        is_speech, content2, noun = issued_statement(head)
        if is_speech:
            content, statement = content2, True
    if not is_speech and lemma in EVIDENCE_VERBS and subj is not None and is_evidence(subj):
        is_speech, content = True, clausal_children(head)  # "Polls show the governor leading"
        obj = any(c.dep_ == "dobj" for c in head.children)
        if not content and not (
            obj and any(counts(c) for c in head.children if c.dep_ not in SUBJECTS)
        ):
            # "Polls show a close race", "Surveys show broad support for the measure": what
            # a poll shows is its finding, a figure or not
            if not (obj and lemma in _POLL_FINDS and subj.lemma_.lower() in _POLLS):
                return None
        # "A poll found 51 percent in favor": with an object only, the finding is the
        # whole clause, its source the poll (a speech act without a reported clause)
    if not is_speech and lemma in _POLL_PLACES and subj is not None and _placed_by_poll(head, subj):
        # "A Goucher College survey had Okafor ahead by 3 points": the poll's finding
        is_speech, content, statement = True, [], True
    if not is_speech:
        return None
    if content and lemma in EVIDENCE_VERBS and _figures_listed(head, content):
        content = []  # the finding is the whole clause, every figure of it
    who = _who_acts(head, subj)
    if (
        not statement
        and who is not None
        and (lemma not in STRONG_SPEECH or lemma in AMBIGUOUS_SPEECH)
        and not is_agent(who, names)
        and not ((lemma in EVIDENCE_VERBS or lemma in AMBIGUOUS_SPEECH) and is_evidence(who))
        and not (lemma in AMBIGUOUS_SPEECH and _quoted_by(who, content))
    ):
        # "The images suggested ...", "That culture emphasizes ...", "The sanctions would
        # deny Tehran revenue": no one speaks ("The report denied that ..." does)
        return None
    if (
        not statement
        and subj is not None
        and not content
        and head.dep_ != "parataxis"
        and lemma not in EVIDENCE_VERBS
        and is_evidence(subj)
        and not is_agent(subj, names)
    ):
        return None  # "The numbers tell a different story": a figure of speech, not a source
    passive_agent = None
    if head.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in head.children):
        for c in head.children:
            if c.dep_ == "agent":
                for p in c.children:
                    if p.dep_ == "pobj":
                        passive_agent = (c, p)
        if passive_agent is None:
            return None  # "is said to", handled as a hedge
        if not content and _reported(head):
            # "The audit said the mayor had been warned about the leaks by engineers":
            # a warning told of inside someone's report, with nothing it says of its
            # own, is part of that report; the one who warned does not speak here
            return None
    return SpeechFrame(cue=head, subject=subj, content=content, passive_agent=passive_agent)


def _figures_listed(head, content) -> bool:
    """ "A poll found 48 percent of voters supporting the measure, 41 percent opposed and
    11 percent undecided": the parser makes the first figure the verb's object and the
    rest a clause of their own ("41 percent opposed"), which, taken as all that is found,
    lost the first figure; each clause after the object opens with a figure of its own."""
    obj = next((c for c in head.children if c.dep_ == "dobj" and counts(c)), None)
    return obj is not None and all(
        c.i > obj.i
        and not any(g.dep_ == "mark" for g in c.children)
        and any(g.dep_ in {"npadvmod", "nsubj"} and g.i < c.i and counts(g) for g in c.children)
        for c in content
    )


def _quoted_by(who, content) -> bool:
    """'"Prices have doubled," the trader told VOA': a noun that a direct quotation
    is put in the mouth of speaks, whatever the noun (a story is not quoted)."""
    if who.pos_ not in {"NOUN", "PROPN"} or is_evidence(who):
        return False
    doc = who.doc
    return any(c.left_edge.i > 0 and doc[c.left_edge.i - 1].is_quote for c in content)


def _reported(verb) -> bool:
    """Is ``verb``'s clause what a speech verb above it reports ("said he had been
    warned ...", "said the firm was told ... and fined")?"""
    v = verb
    for _ in range(3):
        if v.dep_ == "conj" and v.head.i != v.i:
            v = v.head
            continue
        break
    return (
        v.dep_ == "ccomp"
        and v.head.pos_ in {"VERB", "AUX"}
        and v.head.lemma_.lower() in _SPEECH_VERBS
    )


_WH_PATH_BREAKS = frozenset({"advcl", "relcl", "acl", "ccomp", "csubj"})


def indirect_question(v) -> bool:
    """A clause that asks rather than states, as the complement of a verb: "(did not
    say) whether they belonged to ...", "(asked) if he was going ...", "(would not
    say) when the talks would resume", "(unclear) how many people were hurt".  It is
    marked by "whether"/"if", or opened by a wh-word of its own (not one of a clause
    inside it: "said when the plant closes, jobs will go" states)."""
    if v.dep_ not in {"ccomp", "csubj", "csubjpass", "advcl"} or v.pos_ not in {"VERB", "AUX"}:
        return False
    for m in v.children:
        if m.dep_ == "mark" and m.i < v.i:
            low = m.lower_
            if low == "whether":
                return True
            if low == "if":
                # "if" opens a condition, except as what a verb of saying or asking
                # takes: "asked if ...", "did not say if ..."; the parser may hang a
                # condition's "if" on the clause it conditions ("said if the tax passes,
                # prices will rise"): then the clause's subject comes after a comma
                doc = v.doc
                if any(
                    c.dep_ in {"nsubj", "nsubjpass"}
                    and any(doc[k].text == "," for k in range(m.i, c.left_edge.i))
                    for c in v.children
                ):
                    return False
                head = v.head
                return (
                    v.i > head.i
                    and head.lemma_.lower() in _SAY_OR_ASK
                    and not any(c.dep_ == "ccomp" for c in head.children)
                    if v.dep_ == "advcl"
                    else True
                )
            return False  # "that", "because", ...
    if v.dep_ == "advcl":
        return False  # "when the storm hit, ...": a time, not a question
    first = v.doc[v.left_edge.i]
    if first.lower_ not in QUESTION_WORDS or first.lower_ in {"if", "whether"}:
        return False
    if first.tag_ not in {"WRB", "WP", "WP$", "WDT"}:
        return False
    if v.dep_ == "ccomp" and first.i < v.head.i:
        return False  # "the map, which the groups say dilutes ...": a relative pronoun
    t = first
    while t.i != v.i:
        if t.dep_ in _WH_PATH_BREAKS:
            return False  # the wh-word opens a clause inside this one
        t = t.head
    return True


def asks(head, allowed) -> bool:
    """A reported question: "asked whether the minister would resign"."""
    if head.lemma_.lower() not in QUESTION_VERBS:
        return False
    kids = list(head.children)
    # "asked voters leaving the polls what mattered": the parser may hang the question
    # on a participle after the one asked
    kids += [g for c in kids if c.dep_ in {"xcomp", "acl"} and c.i > head.i for g in c.children]
    for c in kids:
        if c.dep_ in {"ccomp", "advcl"} and c.i > head.i and c.i in allowed:
            first = c.doc[c.left_edge.i]
            if first.lower_ in QUESTION_WORDS or any(
                m.dep_ == "mark" and m.lower_ in QUESTION_WORDS for m in c.children
            ):
                return True
    return False


def parenthesis_span(tok) -> tuple[int, int]:
    """First and last token of a parenthetical speech verb's own words: "the survey
    found" without a clause the parser joined to it ("..., but few feel safe")."""
    tail = [c for c in tok.children if c.i > tok.i and c.dep_ in {"conj", "cc"}]
    # "The map splits neighborhoods, she said, diluting their votes": a participle after
    # the parenthesis goes on with the clause it interrupts
    tail += [c for c in tok.children if _trailing_participle(c, tok)]
    hi = min((c.left_edge.i for c in tail), default=tok.right_edge.i + 1) - 1
    return tok.left_edge.i, hi


def _trailing_participle(c, tok) -> bool:
    return (
        c.dep_ == "advcl"
        and c.tag_ == "VBG"
        and c.i > tok.i
        and c.left_edge.i == c.i
        and c.doc[c.i - 1].text == ","
    )


def parenthesis_tail(tok, allowed) -> list:
    """Clauses the parser joined to a parenthetical speech verb ("Most use them, the
    survey found, but few feel safe"): they go on with what is said."""
    return [
        c
        for c in tok.children
        if c.dep_ == "conj" and c.i > tok.i and c.pos_ in {"VERB", "AUX"} and c.i in allowed
    ]


def parenthetical_speech(tok, allowed, weak=False):
    """``tok`` is a speech verb set into a clause between commas or quotation
    marks ("Prices, the minister said, will fall"; "'Normally,' she said, 'you
    ...'"): the clause it interrupts is what is said."""
    if tok.dep_ != "parataxis" or tok.head.i not in allowed or tok.pos_ not in {"VERB", "AUX"}:
        return False
    lemma = tok.lemma_.lower()
    verbs = _SPEECH_OR_EVIDENCE_VERBS if weak else _SPEECH_VERBS
    if lemma not in verbs or clausal_children(tok):
        return False
    if subject_of(tok, allowed) is None:
        return False
    doc = tok.doc
    lo, hi = parenthesis_span(tok)
    while lo < tok.i and doc[lo].is_punct:
        lo += 1
    while hi > tok.i and doc[hi].is_punct:
        hi -= 1
    before = doc[lo - 1] if lo > 0 else None
    after = doc[hi + 1] if hi + 1 < len(doc) else None
    return (
        before is not None
        and before.is_punct
        and after is not None
        and after.is_punct
        and after.text not in ".!?"
    )


_PREDICATE_DEPS = frozenset({"attr", "dobj", "acomp", "oprd", "npadvmod"})


def interrupted_clause(tok) -> int:
    """The head of the clause a parenthetical speech verb interrupts: the verb's head,
    or, when that clause begins only after the parenthesis ("It was, she said, the only
    budget that could pass ..., and the service was restored": the parser hangs "said"
    on "restored", a clause of "was"), the clause above it that the parenthesis is in;
    the verb of a noun or adjective it is hung on ("Turnout was 31 percent, the clerk
    said, the lowest since 2014": on "percent")."""
    lo = parenthesis_span(tok)[0]
    h = tok.head
    while h.pos_ not in ("VERB", "AUX") and h.dep_ in _PREDICATE_DEPS and h.head.i != h.i:
        h = h.head  # "Turnout was 31 percent, the clerk said, the lowest ...": on "percent"
    while h.dep_ in ("ccomp", "conj") and h.head.i < lo:
        first = min([h.i] + [c.left_edge.i for c in h.children if c.i != tok.i])
        if first < lo:
            break
        h = h.head
    return h.i


def affiliation_of(ctx, ids) -> str | None:
    """The organisation a spokesperson mention speaks for: "a spokesman for the
    rebels" -> "the rebels", "The union's spokeswoman, Ana Ruiz" -> "The union",
    "Pentagon spokesman Patrick Ryder" -> "Pentagon"; None for anyone else."""
    doc = ctx.doc
    near = set(ids)
    for i in ids:  # the title of an appositive name ("The union's spokeswoman, Ana Ruiz")
        t = doc[i]
        if t.dep_ == "appos" and t.head.i not in near:
            near.update(range(t.head.left_edge.i, t.head.i + 1))
        for c in t.children:
            if c.dep_ == "appos":
                near.update(range(c.left_edge.i, c.right_edge.i + 1))
    title = next((doc[i] for i in sorted(near) if doc[i].lower_ in SPEAKS_FOR_NOUNS), None)
    if title is None:
        return None
    for c in title.children:
        if c.dep_ == "poss":
            own = [k for k in range(c.left_edge.i, c.right_edge.i + 1) if doc[k].tag_ != "POS"]
            return ctx.render(own)
        if c.dep_ == "prep" and c.lower_ in {"for", "of", "at"} and c.i > title.i:
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return ctx.render(range(obj.left_edge.i, obj.right_edge.i + 1))
    k = title.i - 1
    names = []
    while k >= 0 and doc[k].pos_ == "PROPN" and doc[k].ent_type_ in {"ORG", "GPE", "NORP"}:
        names.insert(0, k)
        k -= 1
    return ctx.render(names) if names else None


def given_name(noun):
    """The proper name a participle of naming gives ``noun``: "a nurse named Carla
    Diaz" -> Diaz (the name's head), "a group called Fair Maps Georgia" -> Georgia."""
    for c in noun.children:
        if c.dep_ != "acl" or c.lemma_.lower() not in NAMING_VERBS or c.i < noun.i:
            continue
        for g in c.children:
            if g.dep_ in {"oprd", "dobj"} and g.pos_ == "PROPN" and g.i > c.i:
                return g
    return None


def mention_ids(doc, tok, allowed):
    """Token ids of a noun phrase used as a speaker, without clauses hung on it."""
    drop = set()
    use = tok
    for c in tok.children:
        if (
            c.dep_ == "appos"
            and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN" and tok.pos_ != "PROPN")
            and tok.ent_type_ != "PERSON"
        ):
            use = c
    if use.pos_ != "PROPN":
        # "A nurse named Carla Diaz", "The expert, a scientist named Daniel Ortiz": the name
        named = given_name(use)
        if named is None:
            named = next(
                (given_name(c) for c in use.children if c.dep_ == "appos" and given_name(c)),
                None,
            )
        if named is not None:
            use = named
    # "floods and landslides", "floods, landslides and mudslides": the words that join
    # kept conjuncts stay
    last_conj = max((c.i for c in use.children if c.dep_ == "conj"), default=-1)
    joins = use is tok and last_conj > use.i
    for c in use.children:
        if joins and c.dep_ in {"cc", "punct"} and use.i < c.i < last_conj:
            continue
        if c.dep_ in {"relcl", "acl", "appos", "punct", "cc"} or (
            c.dep_ == "conj" and use is not tok
        ):
            drop.update(range(c.left_edge.i, c.right_edge.i + 1))
        if (
            c.dep_ == "prep"
            and c.i > use.i
            and c.lower_
            not in {
                "of",
            }
        ):
            # "Bruce Bennett from the RAND Corporation": keep the name, drop the affiliation
            if use.ent_type_ == "PERSON" or any(t.ent_type_ == "PERSON" for t in use.lefts):
                drop.update(range(c.left_edge.i, c.right_edge.i + 1))
    hi = use.right_edge.i
    if use.dep_ in {"oprd", "dobj"} and use.head.dep_ == "acl":
        # "called al-Qaida in the Islamic Maghreb": the parser may hang the name's last
        # words on the verb of naming
        for c in use.head.children:
            if (
                c.dep_ == "prep"
                and c.i == hi + 1
                and all(t.pos_ in {"PROPN", "DET", "ADP"} for t in c.subtree)
            ):
                hi = c.right_edge.i
    ids = [
        i
        for i in range(use.left_edge.i, hi + 1)
        if i in allowed and i not in drop and not doc[i].is_space
    ]
    while ids and (doc[ids[0]].is_punct or doc[ids[0]].lower_ in MENTION_LEADERS):
        ids.pop(0)
    while ids and doc[ids[-1]].is_punct:
        ids.pop()
    return ids


# what someone issues in writing: "a statement from X said" is X's word
_ISSUED = frozenset("statement letter email e-mail memo release message post tweet".split())


def statement_author(subj):
    """The one a written statement is from, when the statement is the subject of the
    speech verb: "A statement from Commission Chair Beverly Stroud said ...", "an email
    from the governor's office said ..." -> the chair, the office. None otherwise."""
    if subj.lemma_.lower() not in _ISSUED or subj.pos_ != "NOUN":
        return None
    for c in subj.children:
        if c.dep_ == "prep" and c.lower_ == "from":
            who = next((g for g in c.children if g.dep_ == "pobj"), None)
            if who is not None and who.pos_ != "PRON" and is_agent(who):
                return who
    return None


def colon_statement(doc, ids, allowed, ctx=None):
    """(colon, speaker, cue) when a colon gives what a statement noun before it said:
    "Benz's message to investors was blunt: ...", "The mayor had a simple answer: ...";
    or when it opens a quotation after a clause whose subject can speak or after a
    person's bare name (see ``colon_quotation``)."""
    a = attrs(doc)
    text = a.text
    colon = next((i for i in ids if text[i] == ":" and i in allowed and i > ids[0]), None)
    if colon is None or colon >= ids[-1] - 2:
        return None
    lemma, pos = a.lemma, a.pos
    for i in ids:
        if i >= colon:
            break
        if lemma[i] not in STATEMENT_NOUNS or pos[i] != "NOUN":
            continue
        n = doc[i]
        owner = next((c for c in n.children if c.dep_ == "poss"), None)
        if (
            owner is None
            and n.dep_ == "dobj"
            and n.head.lemma_.lower() in {"have", "deliver", "give", "send", "offer"}
        ):
            owner = next((c for c in n.head.children if c.dep_ == "nsubj"), None)
        if owner is not None and owner.i < colon and owner.pos_ != "PRON" and is_agent(owner):
            return colon, owner, n
    return colon_quotation(ctx, doc, ids, colon) if ctx is not None else None


_OPENING_QUOTES = frozenset('"“')


def colon_quotation(ctx, doc, ids, colon):
    """(colon, speaker, cue) when a quotation opens right after the colon and what
    comes before it names who speaks: the subject of a clause that can speak
    ("Commissioner Ellen Moravec was blunt: “...”", "Baxter put it this way: “...”")
    or a person's bare name, as live blogs and recaps set out turns ("Okonkwo: “...”").
    The cue is the clause's verb, or the colon for a bare name. A subject that is a
    pronoun or a thing ("The sign read: “...”") says nothing here."""
    text = doc.text
    after = text[doc[colon].idx + 1 : doc[colon].idx + 4].lstrip()
    if not after or after[0] not in _OPENING_QUOTES:
        return None
    pre = [doc[i] for i in ids if i < colon and not doc[i].is_space]
    while pre and pre[0].is_punct:
        pre.pop(0)
    if not pre:
        return None
    if len(pre) <= 3 and all(t.is_title for t in pre):
        # the tagger reads a name alone before a colon as anything ("Pruitt" JJ)
        last = pre[-1]
        if last.text in person_words(ctx) or ctx.discourse.introduced_surname(last):
            return colon, last, doc[colon]
        return None
    roots = [t for t in pre if t.head.i == t.i or t.head.i >= colon or t.head.i < pre[0].i]
    if len(roots) != 1 or roots[0].pos_ not in {"VERB", "AUX"}:
        return None
    verb = roots[0]
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < colon), None)
    if subj is None or subj.pos_ == "PRON" or not is_agent(subj, person_words(ctx)):
        return None
    if subj.pos_ == "NOUN" and not (subj.lower_ in _AGENT_WORDS or subj.lemma_ in _AGENT_WORDS):
        return None
    return colon, subj, verb


def turn_label(ctx, unit) -> tuple[list[int], int, int] | None:
    """A transcript's speaker label opening the unit's paragraph: the unit's token
    ids that are part of it (the colon last; none when the label is in a unit
    before, as "MS." cut off as a sentence of its own and "FULTON: Good
    afternoon." dropped as no statement) and the label's characters; None if the
    paragraph opens with none."""
    doc, ids = ctx.doc, unit.ids
    first = doc[ids[0]]
    line_start = ctx.text.rfind("\n", 0, first.idx) + 1
    m = TURN_LABEL_RE.match(ctx.text, line_start)
    if m is None:
        return None
    colon = m.end()
    return [i for i in ids if doc[i].idx < colon], m.start(1), m.end(1)


def turn_attribution(ctx, start: int, end: int) -> Attribution:
    """ "CHEN:" -> the person Chen (joined by parties to "Mayor Raymond Chen")."""
    words = ctx.text[start:end].split()
    name = " ".join(w.title() for w in words)
    known = person_words(ctx)
    person = any(w.title() in known for w in words) or any(
        w.lower().strip(".") in TITLE_WORDS for w in words
    )
    kind = "person" if person else speaker_kind(name)
    return Attribution(name, (start, end), kind, None, None, None, short=name)


def quote_byline(ctx, unit) -> None:
    """'"Violent crime is up 30 percent." — Councilman Derek Yates': a quotation the
    line closes with a dash and a person's (or a body's) name is that one's; every
    unattributed sentence of the quotation takes it (resolve.quote_speakers)."""
    text = ctx.text
    first = ctx.doc[unit.ids[0]].idx
    start = text.rfind("\n", 0, first) + 1
    end = text.find("\n", first)
    m = QUOTE_BYLINE_RE.search(text, start, len(text) if end < 0 else end)
    if m is None:
        return
    q = ctx.layout.quote_at(m.start() + 1)
    s, e = m.span(1)
    if q is None or ctx.discourse.region_speaker.get(q) is not None:
        return
    name = text[s:e]
    words = name.split()
    known = person_words(ctx)
    person = any(w in known for w in words) or any(
        w.lower().strip(".") in TITLE_WORDS for w in words
    )
    kind = "person" if person else speaker_kind(name)
    if kind is None:
        return
    a = Attribution(name, (s, e), kind, None, None, None, short=name)
    ctx.discourse.region_speaker[q] = a
    if kind == "person":
        ctx.discourse.remember(a)


def attribute(ctx, unit) -> Frames:
    """Speech frames of one unit."""
    doc = ctx.doc
    allowed = set(unit.ids)
    frames = Frames(allowed=allowed)
    label = turn_label(ctx, unit) if not unit.headline else None
    if label is not None:
        label_ids, start, end = label
        if unit.paragraph not in ctx.discourse.turns:
            turn = turn_attribution(ctx, start, end)
            if turn.speaker_kind == "person":  # not "BREAKING:" or "UPDATE:"
                ctx.discourse.remember(turn)
                ctx.discourse.turns[unit.paragraph] = turn
        if unit.paragraph in ctx.discourse.turns:
            allowed -= set(label_ids)
    frames.turn = ctx.discourse.turns.get(unit.paragraph)
    if unit.paragraph not in ctx.discourse.bylines:
        ctx.discourse.bylines.add(unit.paragraph)
        quote_byline(ctx, unit)
    # "Talk is cheap, Kyle," she said: whom the quote addresses is no part of what is
    # said, nor a subject the speech verb could take
    vocatives = vocative_ids(ctx, unit.ids)
    if vocatives:
        allowed -= vocatives
        frames.addressed = frozenset(
            doc[i].text
            for i in vocatives
            if doc[i].pos_ == "PROPN" and doc[i].lower_.strip(".") not in TITLE_WORDS
        )
    a = attrs(doc)
    lower = a.lower
    polls = []
    for i in unit.ids:
        if lower[i] != "according":
            if lower[i] in _POLLS:
                polls.append(i)
            continue  # what according_to asks first, without making the token
        p = according_to(doc[i])
        if p is not None:
            tok = doc[i]
            span = set(range(tok.left_edge.i, max(tok.right_edge.i, p.right_edge.i) + 1))
            if tok.i > 0 and doc[tok.i - 1].text == ",":
                span.add(tok.i - 1)
            frames.according = AccordingTo(tok, p, span, mention_ids(doc, p, allowed))
            allowed -= span
            break
    frames.colon = colon_statement(doc, unit.ids, allowed, ctx)
    names = None
    lemmas, pos = a.lemma, a.pos
    backed = _backed(ctx)
    for i in unit.ids:
        if i not in allowed:
            continue
        lemma = lemmas[i]
        if lemma in QUESTION_VERBS and asks(doc[i], allowed):
            frames.questions.add(i)
            continue
        if (
            lemma in FRAME_LEMMAS
            or pos[i] == "VERB"
            and i in backed  # a "back" particle: "fired back", "hit back"
            or lemma in _POLL_PLACES
            and _poll_subject(doc[i])
        ) and (pos[i] in {"VERB", "AUX"} or lemma in ISSUE_VERBS):
            t = doc[i]
            if names is None:
                names = ctx.names()
            f = speech_frame(t, allowed, names)
            if f is None and t.dep_ == "parataxis" and parenthetical_speech(t, allowed, weak=True):
                # "Most want lower taxes, the survey found, but ...", "Prices, he added, will
                # fall": a verb that needs a clause elsewhere speaks for the one it interrupts
                subj = subject_of(t, allowed)
                if is_agent(subj, names) or (lemma in EVIDENCE_VERBS and is_evidence(subj)):
                    f = SpeechFrame(cue=t, subject=subj, content=[])
            if f is not None and f.content and all(indirect_question(c) for c in f.content):
                # "He did not say whether they belonged to ...", "would not say why ...":
                # no answer is given, so nothing is said, and the clause is a question;
                # "The report showed how much the city spent": the article's account
                # that it did (the answer is not given either)
                if any(c.dep_ == "neg" for c in t.children):
                    frames.questions.add(i)
                elif t.dep_ == "xcomp" and t.head.lemma_.lower() in REFUSE_VERBS:
                    frames.questions.add(t.head.i)  # "declined to say whether ..."
                continue
            if (
                f is not None
                and f.content
                and lemma not in _CONFIRM_OR_DENY
                and any(c.dep_ == "neg" or c.lower_ == "never" for c in t.children)
            ):
                # "The minister did not say that the talks had failed", "The records do
                # not show that the money was stolen": what follows is what was NOT said
                # or found, no one's claim; the clause stays whole, in the voice that
                # tells it ("could not confirm", "did not deny" are kinds of their own)
                continue
            if (
                f is not None
                and f.content
                and any(
                    [c.i for c in g.content] == [c.i for c in f.content]
                    for g in frames.speech.values()
                )
            ):
                # "The ministry issued a statement, saying it would ...": the statement and
                # its participle report the same clause; one frame, not two claims
                continue
            if f is not None:
                f.content = [c for c in f.content if not indirect_question(c)]
                frames.speech[i] = f
                if parenthetical_speech(t, allowed):
                    frames.parenthetical.setdefault(interrupted_clause(t), t)
    for f in frames.speech.values():
        for c in f.content:
            for g in speakers_own_acts(f, c, allowed, names):
                frames.lifted.setdefault(g.i, f.cue.i)
        f.content.extend(account_goes_on(f, allowed))
    if polls and frames.according is None:
        frames.according = poll_placing(doc, polls, frames)
        if frames.according is not None:
            allowed -= frames.according.span
    return frames


def poll_placing(doc, polls, frames) -> AccordingTo | None:
    """ "In the Emerson poll, Brandt led Vargas 46 percent to 44 percent", "Vargas leads
    by 4 points in the latest Marist poll": a figure the sentence's verb gives "in" a poll
    is the poll's finding, as with "according to the poll" (not a verb of saying, whose
    subject speaks, nor a passive: "He was cited in the poll 12 times")."""
    for i in polls:
        t = doc[i]
        prep = t.head
        verb = prep.head
        if (
            t.dep_ != "pobj"
            or prep.lower_ != "in"
            or prep.dep_ != "prep"
            or i not in frames.allowed
        ):
            continue
        if verb.dep_ != "ROOT" or verb.pos_ not in ("VERB", "AUX") or verb.i in frames.speech:
            continue
        kids = [c for c in verb.children if c.i != prep.i]
        if any(c.dep_ == "auxpass" for c in kids):
            continue
        if not any(counts(c) for c in kids if c.dep_ not in SUBJECTS):
            continue
        span = set(range(prep.left_edge.i, prep.right_edge.i + 1))
        after = prep.right_edge.i + 1
        if prep.i < verb.i and after < len(doc) and doc[after].text == ",":
            span.add(after)  # "In the Emerson poll, Brandt led ..."
        if prep.i > verb.i and prep.i > 0 and doc[prep.i - 1].text == ",":
            span.add(prep.i - 1)
        return AccordingTo(prep, t, span, mention_ids(doc, t, frames.allowed))
    return None


def _backed(ctx) -> frozenset:
    """Ids of the tokens with a "back" particle or adverb among their children
    ("shot back", "fired back"), for the whole document (built once)."""
    backed = getattr(ctx, "_backed", None)
    if backed is None:
        a = attrs(ctx.doc)
        dep, head = a.dep, a.head
        backed = ctx._backed = frozenset(
            head[k]
            for k, w in enumerate(a.lower)
            if w == "back" and dep[k] in {"prt", "advmod"} and head[k] != k
        )
    return backed


def account_goes_on(frame, allowed) -> list:
    """Clauses joined after a speech verb set between commas after what is said: in
    "A study was completed in 2023, he said, and it found ..." the parser makes "said"
    the root, but "he said" is a parenthesis and the finding goes on with his account
    (as it does when the parser reads the parenthesis as one).  Not the speaker's own
    doings narrated in the past ("..., she said, and she left the room")."""
    cue, doc = frame.cue, frame.cue.doc
    if not frame.content or any(c.i > cue.i for c in frame.content):
        return []
    last = max(c.right_edge.i for c in frame.content)
    if not any(doc[k].text == "," for k in range(last, cue.i)):
        return []
    out = []
    for g in cue.children:
        if g.dep_ != "conj" or g.i < cue.i or g.pos_ not in {"VERB", "AUX"} or g.i not in allowed:
            continue
        if not any(doc[k].text == "," for k in range(cue.i + 1, g.left_edge.i)):
            continue
        if subject_of(g, allowed) is None:
            continue  # "..., he said, and added that ...": his own act, a frame of its own
        if not narrated(cue, g, allowed):
            out.append(g)
    return out


def narrated(cue, clause, allowed) -> bool:
    """A clause joined after a parenthetical "she said" that tells what the speaker did
    next, in the past ("..., she said, and she left the room"): the article's account,
    not more of hers."""
    subj, speaker = subject_of(clause, allowed), subject_of(cue, allowed)
    if subj is None or speaker is None:
        return False
    same = subj.lower_ == speaker.lower_ or (
        subj.pos_ == "PRON" and subj.lower_ in PERSON_PRONOUNS and speaker.pos_ != "PRON"
    )
    return (
        same
        and clause.tag_ == "VBD"
        and not any(c.dep_ in {"aux", "auxpass"} for c in clause.children)
    )


def _can_be_a_person(tok, names) -> bool:
    if tok.dep_ == "expl":
        return False
    if tok.pos_ == "PRON":
        return tok.lower_ not in {"it", "this", "that", "there"}
    return is_agent(tok, names)


def _body(tok) -> bool:
    """An organisation or place rather than a person ("the fund", "the city", "Ohio")."""
    return (
        tok.pos_ != "PRON"
        and (
            tok.ent_type_ in {"ORG", "GPE", "NORP"}
            or tok.lemma_.lower() in ORG_WORDS
            or tok.lower_ in ORG_WORDS
        )
        and tok.ent_type_ != "PERSON"
    )


def _undergoes(clause) -> bool:
    """A clause told as something done to its subject, or with an auxiliary of its
    own ("had been raided", "would be cut", "has failed")."""
    return any(
        c.dep_ in {"nsubjpass", "auxpass", "aux"} and c.tag_ != "TO" for c in clause.children
    )


def speakers_own_acts(frame, content, allowed, names) -> list:
    """Verbs the parser coordinated into reported content that only its speaker can do:
    in "Brandt said the border was open and promised to vote ..." the border promises
    nothing; Brandt does.  A person's act (promise, vow, urge, "call for", vote) or a
    speech verb with its own clause ("and added that ..."), with no subject of its own,
    after a content clause whose subject cannot be a person ("the border", "it", "there";
    for a document or poll, which can report, only a person's act)."""
    subj = frame.subject
    if subj is None or not _can_be_a_person(subj, names):
        return []
    inner = subject_of(content, allowed)
    if inner is None:
        return []
    if _can_be_a_person(inner, names):
        if not _body(inner) or not _undergoes(content):
            return []
        # "the fund had been raided and pledged to ...": a body named as what something
        # was done to, or in another tense than the act, is not who acts
    out = []
    for g in content.children:
        if (
            g.dep_ != "conj"
            or g.i < content.i
            or g.pos_ != "VERB"
            or g.i not in allowed
            or g.tag_ not in {"VBD", "VBZ", "VBP"}
            or subject_of(g, allowed) is not None
        ):
            continue
        lemma = g.lemma_.lower()
        act = lemma in PERSON_ACTS or (
            lemma == "call"
            and any(c.dep_ == "prep" and c.lower_ in {"for", "on"} for c in g.children)
        )
        speech = (
            not is_evidence(inner)
            and lemma in _SPEECH_VERBS
            and lemma not in EVIDENCE_VERBS
            and bool(clausal_children(g))
        )
        if act or speech:
            out.append(g)
    return out


# ---- naming the speaker --------------------------------------------------------------
def person_words(ctx) -> frozenset:
    """Words of the people the tagger named anywhere in the document (built once)."""
    words = getattr(ctx, "_person_words", None)
    if words is None:
        words = frozenset(
            w for _, _, text, label in ctx.ents if label == "PERSON" for w in text.split()
        )
        ctx._person_words = words
    return words


def described_as_person(doc, ids) -> bool:
    """A proper name with an appositive that says what person it is ("Ana Ruiz, the
    union's president", "Kim Tran, a nurse in the cardiac unit")."""
    heads = [doc[i] for i in ids if doc[i].head.i not in ids or doc[i].head.i == doc[i].i]
    if len(heads) != 1 or heads[0].pos_ != "PROPN":
        return False
    return any(
        c.dep_ == "appos"
        and c.pos_ == "NOUN"
        and (c.lemma_.lower() in PERSON_NOUNS or c.lower_ in TITLE_WORDS)
        and c.lower_ not in ORG_WORDS
        for c in heads[0].children
    )


def is_surname(ctx, toks) -> bool:
    """A bare proper name ("Lopez", "Ms. Lopez") whose words the document names as a
    person elsewhere, however the tagger read this mention."""
    names = [t for t in toks if t.pos_ == "PROPN" and t.lower_ not in TITLE_WORDS]
    return (
        bool(names)
        and len(names) <= 3
        and all(t.pos_ == "PROPN" or t.is_punct or t.lower_.strip(".") in TITLE_WORDS for t in toks)
        and all(t.text in person_words(ctx) or t.text in ctx.discourse.person_names for t in names)
        and not any(t.lower_ in ORG_WORDS for t in toks)
    )


def is_channel(doc, ids) -> bool:
    """A bare "report", "reports" or "media" (no determiner, as in a headline's
    "..., report says"): a channel, not a party; "the report said" is a source."""
    return len(ids) == 1 and doc[ids[0]].lower_ in CHANNEL_NOUNS


def _unnamed_reports(p) -> bool:
    """ "according to reports", "... to local media reports", "... to sources": no one
    named, a channel that passes the claim on. Not a report that is a document of
    someone's: with a determiner or owner ("the report", "a UN report", "its report"),
    another modifier ("campaign finance reports", "police reports") or an author
    ("reports by state television" stays a channel: what the station said is not
    told). The media, sources and rumours are unnamed however described."""
    if p.lemma_.lower() not in GENERIC_REPORTS and p.lower_ not in GENERIC_REPORTS:
        return False
    if p.lemma_.lower() != "report":
        # "the media", "security sources", "rumours": unnamed, however described
        return True
    for c in p.lefts:
        if c.dep_ in {"det", "poss", "predet"} and c.lower_ not in {"some", "several", "many"}:
            return False
        if c.dep_ in {"compound", "amod", "nmod", "npadvmod"} and not (
            c.lower_ in UNNAMED_REPORT_MODIFIERS or c.ent_type_ == "NORP"
        ):
            return False
    return True


def _phrase_head(doc, ids):
    inside = set(ids)
    return next(
        (doc[i] for i in ids if doc[i].head.i not in inside or doc[i].head.i == i), doc[ids[-1]]
    )


def _spoke_before_previous(ant, subj) -> bool:
    """Was the speaker ``ant`` named before the sentence just before ``subj``'s?"""
    sent = sent_of(subj)
    if sent.start == 0 or not ant.speaker_span:
        return False
    prev = sent_of(subj.doc[sent.start - 1])
    return ant.speaker_span[1] <= prev.start_char


def _named_subject_before(ant, subj) -> bool:
    """ "Hands Across Borders suspended its operations. It said ...": the sentence just
    before has a name as its subject (no person's, no place's) that is not the last
    speaker: that speaker is no longer the likely "it" (whether the name is, the walk
    decides)."""
    prev = sent_of(subj.doc[sent_start(subj) - 1])
    s = next((c for c in prev.root.children if c.dep_ == "nsubj"), None)
    if s is None or s.pos_ != "PROPN" or s.ent_type_ in {"PERSON", "GPE", "LOC", "NORP"}:
        return False
    words = {t.text for t in s.subtree if t.pos_ == "PROPN"}
    return not words & set((ant.speaker or "").split())


class Attributor:
    """Names the speakers of one unit's frames (``allowed``: the unit's tokens)."""

    def __init__(self, ctx, allowed, addressed=frozenset()):
        self.ctx = ctx
        self.doc = ctx.doc
        self.allowed = allowed
        self.addressed = addressed

    def mention_ids(self, tok):
        return mention_ids(self.doc, tok, self.allowed)

    def make_attr(self, cue, subj, inherited):
        """Attribution for speech verb ``cue`` whose grammatical subject is ``subj``."""
        mention = None
        if subj is not None and subj.tag_ in {"WP", "WDT"} and cue.dep_ == "relcl":
            subj = cue.head  # "Ruiz, who said ...": the relative pronoun is its antecedent
            if subj.dep_ == "appos" and subj.head.pos_ == "PROPN" and subj.pos_ == "NOUN":
                # "a study by Acme Research, a consulting firm, which found ...": the
                # description set beside the name, and the name is who speaks
                subj = subj.head
        group = asked_group(subj) if subj is not None else None
        if group is not None:
            # "We asked voters what mattered most. Most said public safety": most voters
            name = f"{subj.text} {group.text}"
            return Attribution(
                speaker=name,
                speaker_span=(subj.idx, subj.idx + len(subj)),
                speaker_kind=speaker_kind(group.text),
                cue=cue.text,
                cue_span=(cue.idx, cue.idx + len(cue)),
                cue_lemma=cue.lemma_.lower(),
                via=self.via(cue),
                short=name,
                plural=True,
            )
        poll = _poll_of_share(cue, subj) if subj is not None else None
        if poll is not None:
            # "In a Tribune poll, 58 percent said ...": the share speaks through the poll
            ids = self.mention_ids(poll)
            if ids:
                # "they" in what the share says is the share, not the poll
                share = self.ctx.render(self.mention_ids(subj))
                return self.attr_from_mention(ids, cue).but(short=share or None)
        if subj is not None:
            low = subj.lower_
            if subj.pos_ == "PRON" or low in FIRST_PERSON:
                if low in FIRST_PERSON:
                    return None  # "I will say that ...": the outer attribution speaks
                ant = self.ctx.discourse.resolve(low, not_named=self.addressed)
                lay = self.ctx.layout
                if ant is not None and lay.quote_at(subj.idx) is not None:
                    # '"They told us to stay inside," said Ana Ortiz': the article's last
                    # speaker is not who a quoted third person is; only the
                    # coreference walk's antecedent, if it has one
                    ant = None
                elif (
                    ant is not None
                    and ant.speaker_span
                    and lay.paragraph(ant.speaker_span[0]) < lay.paragraph(subj.idx)
                ):
                    # "The governor of Kano state visited the market. He promised ...":
                    # a speaker from an earlier paragraph yields to another party the
                    # walk finds nearer (it reaches back one paragraph at most)
                    near = self.ctx.antecedents().lookup(subj)
                    if (
                        near
                        and near != ant.speaker
                        and near != ant.short
                        and not _named_in_paragraph_before(ant, subj, lay)
                    ):
                        ant = None
                if ant is not None and low == "it" and _spoke_before_previous(ant, subj):
                    # "The ministry said ... The charity has run the clinic since 2010. It
                    # said ...": the one party of the sentence just before, which the last
                    # speaker is not, is who "it" is (name_pronoun_speakers names it)
                    party = self.ctx.antecedents().speaking_party(subj)
                    if (party and party not in (ant.speaker, ant.short)) or _named_subject_before(
                        ant, subj
                    ):
                        ant = None
                if (
                    ant is not None
                    and not ant.evidence
                    and low in {"it", "they"}
                    and cue.lemma_ in EVIDENCE_VERBS
                ):
                    # "it found ...": a study or poll the coreference walk is sure of, rather
                    # than the last party that spoke
                    found = self.ctx.antecedents().lookup(subj)
                    if found and found.split()[-1].lower() in EVIDENCE_NOUNS:
                        ant = None
                name = self.ctx.antecedents().lookup(subj) if ant is None else None
                if name and self.addressed & set(name.split()):
                    name = None  # the one the quote addresses does not say it
                if name:
                    # no earlier speaker, but an earlier mention: "Ms. Ortiz ... She said ..."
                    kind = "person" if low in PERSON_PRONOUNS else speaker_kind(name)
                    head = name.split()[-1].lower() if name.split() else ""
                    return Attribution(
                        speaker=name,
                        speaker_span=(subj.idx, subj.idx + len(subj)),
                        speaker_kind=kind,
                        cue=cue.text,
                        cue_span=(cue.idx, cue.idx + len(cue)),
                        cue_lemma=cue.lemma_.lower(),
                        via=self.via(cue),
                        short=name,
                        plural=low == "they",
                        evidence=low in {"it", "they"} and head in EVIDENCE_NOUNS,
                    )
                if ant is None:
                    mention = self.mention_ids(subj)
                else:
                    return Attribution(
                        speaker=ant.speaker,
                        speaker_span=(subj.idx, subj.idx + len(subj)),
                        speaker_kind=ant.speaker_kind,
                        cue=cue.text,
                        cue_span=(cue.idx, cue.idx + len(cue)),
                        cue_lemma=cue.lemma_.lower(),
                        via=self.via(cue),
                        short=ant.short,
                        affiliation=ant.affiliation,
                        evidence=ant.evidence,
                    )
            else:
                mention = self.mention_ids(statement_author(subj) or subj)
        elif inherited is not None:
            return Attribution(
                speaker=inherited.speaker,
                speaker_span=inherited.speaker_span,
                speaker_kind=inherited.speaker_kind,
                cue=cue.text,
                cue_span=(cue.idx, cue.idx + len(cue)),
                cue_lemma=cue.lemma_.lower(),
                via=self.via(cue) or inherited.via,
                short=inherited.short,
                affiliation=inherited.affiliation,
            )
        if not mention:
            return None
        return self.attr_from_mention(mention, cue)

    def attr_from_mention(self, ids, cue):
        doc = self.doc
        start, end = doc[ids[0]].idx, doc[ids[-1]].idx + len(doc[ids[-1]])
        text = self.ctx.text[start:end]
        labels = {doc[i].ent_type_ for i in ids if doc[i].ent_type_}
        kind = speaker_kind(text, labels)
        if kind == "organisation" and (
            is_surname(self.ctx, [doc[i] for i in ids]) or described_as_person(doc, ids)
        ):
            # "Lopez said" after "Carmen Lopez", "said Ana Ruiz, the union's president":
            # a person, though the tagger gave no PERSON
            kind = "person"
        elif (
            kind == "government"
            and len(ids) == 1
            and doc[ids[0]].pos_ == "PROPN"
            and self.ctx.discourse.surname_before(doc[ids[0]])
        ):
            # "Ferreira, a Democrat, called ..." after "Mayor Lucia Ferreira": the tagger's
            # place is the mayor
            kind = "person"
        last = doc[ids[-1]]
        if (
            last.dep_ == "appos"
            and last.head.lower_ in _AGENT_OR_TITLE_WORDS
            and last.head.lower_ not in ORG_WORDS
        ):
            kind = "person"  # "Another expert, Bong Young-shik, said": the tagger's ORG is wrong
        elif (
            last.dep_ in {"oprd", "dobj"}
            and last.head.dep_ == "acl"
            and last.head.lemma_.lower() in NAMING_VERBS
            and last.head.head.lemma_.lower() in PERSON_NOUNS
        ):
            kind = "person"  # "a campaign volunteer named Eli Shapiro"
        short = text
        if kind == "person":
            person = [
                i
                for i in ids
                if doc[i].ent_type_ == "PERSON" and doc[i].lower_.strip(".") not in TITLE_WORDS
            ]
            if not person and any(doc[i].ent_type_ == "PERSON" for i in ids):
                # "Councilwoman Ana Reyes" with only the title tagged: the name after it
                person = [
                    i
                    for i in ids
                    if doc[i].pos_ == "PROPN" and doc[i].lower_.strip(".") not in TITLE_WORDS
                ]
            if person:
                short = self.ctx.span_text(person)
        a = Attribution(
            speaker=text,
            speaker_span=(start, end),
            speaker_kind=kind,
            cue=cue.text if cue is not None else None,
            cue_span=(cue.idx, cue.idx + len(cue)) if cue is not None else None,
            cue_lemma=cue.lemma_.lower() if cue is not None else None,
            via=text if kind == "media" else (self.via(cue) if cue is not None else None),
            short=short,
            plural=doc[ids[-1]].tag_ in {"NNS", "NNPS"},
            # "A 2022 study by the state housing agency": the phrase's head is the source
            evidence=is_evidence(last) or is_evidence(_phrase_head(doc, ids)),
            affiliation=affiliation_of(self.ctx, ids) if kind == "person" else None,
        )
        if cue is not None and is_channel(doc, ids):
            # "..., report says": the report carries the claim; the claimer is in the content
            return Attribution(
                None,
                None,
                None,
                a.cue,
                a.cue_span,
                a.cue_lemma,
                via=text,
                hedge=f"{text} {cue.text}",
            )
        self.ctx.discourse.remember(a)
        return a

    def via(self, cue):
        v = via_of(cue, lambda t: is_media_token(self.doc, t))
        if v is None:
            return None
        ids = self.mention_ids(v)
        if not ids:
            return None
        return self.ctx.span_text(ids)

    def _a_share(self, a) -> bool:
        """Is the speaker of ``a`` a share of people ("58 percent of voters", "Most
        residents", "A majority of parents")?"""
        if not a.speaker_span:
            return False
        span = self.ctx.doc.char_span(*a.speaker_span, alignment_mode="expand")
        return span is not None and any(
            t.lower_ in SHARE_WORDS for t in span[:3] if t.i <= span.root.i
        )

    def apply_according(self, acc: AccordingTo, pieces) -> None:
        """ "according to X" belongs to every piece of the unit: X speaks, or a
        generic "reports"/"media" passes the claims on (a reporting hedge)."""
        tok, p, ids = acc.token, acc.source, acc.mention
        generic = _unnamed_reports(p)
        cue_span = (tok.idx, tok.idx + 12)
        for pc in pieces:
            pc.attr_ids = list(pc.attr_ids) + sorted(acc.span)
        if not ids:
            return
        mention = self.ctx.render(ids)
        if generic:
            for pc in pieces:
                hedge = "according to " + mention
                if pc.attr is None:
                    pc.attr = Attribution(
                        None,
                        None,
                        None,
                        "according to",
                        cue_span,
                        "according",
                        via=mention,
                        hedge=hedge,
                    )
                else:
                    pc.attr = pc.attr.but(via=mention, hedge=hedge)
            return
        a = self.attr_from_mention(ids, None)
        a.cue, a.cue_span, a.cue_lemma = "according to", cue_span, "according"
        poll = p.lemma_.lower() in _POLLS or p.lower_ in _POLLS
        for pc in pieces:
            if pc.attr is None or not pc.attr.speaker:
                pc.attr = a
            elif poll and self._a_share(pc.attr):
                # "58 percent of voters said ..., according to the poll": the share of
                # respondents speaks through the poll; "they" in it is still the share
                pc.attr = a.but(short=pc.attr.short or pc.attr.speaker)
            elif pc.speech_act and pc.attr.cue_lemma not in VIEW_ACTS:
                # "Donors have pledged $40 million, according to the agency": an act of
                # speech told whole (no clause of its own) is the source's account of it
                pc.attr, pc.speech_act = a, False
            elif a.speaker_kind == "media" and not pc.attr.via:
                pc.attr = pc.attr.but(via=a.speaker)


def _named_in_paragraph_before(ant, tok, lay) -> bool:
    """'"We won," Reyes told supporters. She promised ...': the remembered speaker is
    named again in the pronoun's own paragraph, so it is the nearer party, whatever an
    older mention's place says."""
    words = [w for w in (ant.short or ant.speaker or "").split() if w[:1].isupper()]
    if not words:
        return False
    para = lay.paragraph(tok.idx)
    start = lay.para_starts[para] if para >= 0 else 0
    before = lay.text[start : tok.idx]
    return any(w.strip("\u201c\u201d\"'.,;:") == words[-1] for w in before.split())
