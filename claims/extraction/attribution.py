"""Who says it, and how: speech and stance verbs, "according to", via."""
from __future__ import annotations

import re
from dataclasses import dataclass

# verbs that mark a speech act even without a clausal complement
STRONG_SPEECH = frozenset("""
say tell claim confirm acknowledge admit deny reject insist warn announce accuse allege declare
assert argue state stress emphasize emphasise reiterate maintain testify threaten pledge promise
vow doubt dismiss refute contend concede condemn praise commend welcome criticize criticise
urge demand disclose reveal
""".split())
# verbs that only report speech when they introduce a clause
WEAK_SPEECH = frozenset("""
add report note write explain suggest indicate find conclude point believe think estimate assess
predict attest tweet post announce observe remark recall reply respond answer caution signal
""".split())
CONFIRM = frozenset({"confirm", "acknowledge", "admit", "verify", "concede", "corroborate"})
DENY = frozenset({"deny", "reject", "dismiss", "refute", "disavow", "rebut", "dispute", "contest"})
INSIST = frozenset({"insist", "maintain", "stress", "reiterate", "emphasize", "emphasise", "deny"})
STANCE = frozenset({"condemn", "praise", "commend", "welcome", "criticize", "criticise", "call", "doubt", "accuse", "urge", "demand"})
COMMIT = frozenset({"pledge", "promise", "vow", "threaten", "commit", "guarantee"})
SPEECH_NOUNS = frozenset({"statement", "warning", "claim", "announcement", "communique", "communiqué", "declaration", "denial", "message", "video", "post", "letter"})
ISSUE_VERBS = frozenset({"issue", "release", "make", "publish", "post", "put", "send", "deliver", "give"})
FIRST_PERSON = frozenset({"i", "we"})
GENERIC_REPORTS = frozenset({"report", "reports", "media", "sources", "source", "rumours", "rumors"})
EXPRESS_VERBS = frozenset({"express", "voice", "raise"})

_SPACES = re.compile(r"\s+")


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


def clausal_children(tok):
    return [c for c in tok.children if c.dep_ in ("ccomp",) and c.i > 0]


def speech_content(tok):
    """(is_speech, content heads) for a verb token."""
    lemma = tok.lemma_.lower()
    if tok.pos_ not in ("VERB", "AUX"):
        return False, []
    cc = clausal_children(tok)
    if lemma == "call":
        if any(c.dep_ == "oprd" for c in tok.children) or cc:
            return True, cc
        # "called the attackers cowards", parsed as one noun with a plural compound
        for c in tok.children:
            if c.dep_ == "dobj" and c.tag_ in ("NNS", "NN") and c.left_edge.tag_ in ("DT", "PRP$") and any(
                g.dep_ == "compound" and g.tag_ == "NNS" for g in c.lefts
            ):
                return True, []
        return False, []
    if lemma == "point" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children):
        return False, []
    if lemma in EXPRESS_VERBS:
        for c in tok.children:
            if c.dep_ == "dobj":
                inner = [g for g in c.children if g.dep_ in ("acl", "ccomp") and any(m.lower_ == "that" for m in g.children)]
                if inner:
                    return True, inner
        return False, []
    if lemma in ("threaten", "welcome", "urge", "demand") and not any(c.dep_ in ("xcomp", "ccomp", "dobj") for c in tok.children):
        return False, []
    if lemma == "threaten" and not any(c.dep_ in ("xcomp", "ccomp") for c in tok.children):
        return False, []
    if lemma in STRONG_SPEECH:
        if lemma in DENY or lemma in STANCE:
            return True, [c for c in cc if lemma not in DENY]
        return True, cc
    if lemma in WEAK_SPEECH and cc:
        return True, cc
    return False, []


def issued_statement(tok):
    """"issued a statement (explaining that ...)": returns (True, content heads, cue token)."""
    if tok.lemma_.lower() not in ISSUE_VERBS:
        return False, [], None
    for c in tok.children:
        if c.dep_ == "dobj" and c.lemma_.lower() in SPEECH_NOUNS:
            for g in c.children:
                if g.dep_ in ("acl", "relcl") and g.tag_ == "VBG":
                    ok, content = speech_content(g)
                    if ok:
                        return True, content, c
            for g in tok.children:
                if g.dep_ == "advcl" and g.tag_ == "VBG":
                    ok, content = speech_content(g)
                    if ok:
                        return True, content, c
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
        if c.dep_ in ("dative", "dobj") and is_media(c):
            return c
        if c.dep_ == "prep" and c.lower_ == "to":
            for p in c.children:
                if p.dep_ == "pobj" and is_media(p):
                    return p
    return None
