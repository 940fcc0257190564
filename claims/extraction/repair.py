"""Stage 0, repair: misparses that mislead every later stage, corrected in the Doc
before any rule reads it (the only place the rule layer changes a parse).

- "The plaintiffs' expert, a political scientist at Emory University named Daniel
  Ortiz, testified that ...": the parser makes "named" the sentence's root, the
  description its subject and "testified" a verb coordinated to it, so the expert
  "named" someone and what he testified has no subject.  "named X" is a participle
  on the noun it names; the coordinated verb is the root.
- "A spokesman said after the hearing that Great Plains had cut costs": the parser
  hangs the that-clause on "hearing" as a relative clause; it is what was said.
- "Lawmakers passed the budget, which critics say shortchanges rural schools": the
  tagger reads the verb after "say" as a plural noun ("shortchanges", "costs"), or
  "claim" as an auxiliary, so the relative clause's speech and its content are lost.
  The verb is what the critics say the budget does; "which" is its subject.
- "it called that support a threat": "that support" read as a clause ("that
  [which] supports a threat"); a noun phrase and what it is called.
- "A spokesperson, reached after the broadcast, said ...": the participle aside read
  as what was said, its noun as its subject; it is an aside on who speaks.
- "The army shelled the town, an attack the government said killed 12 civilians": the
  summing noun read as the subject of a second verb; it is an apposition, the verb
  what was said of it.
- "The attack, the third this month, killed 12 people, police said": "said" given two
  subjects and the reported verb hung on the first; the first is the reported verb's.
- "The mayor said 58 percent of voters back the measure": the tagger reads a verb
  that is also a particle or a noun ("back", "head", "face") as one, though the parser
  gives it a subject and an object; the clause is then lost.  It is a verb.
- "Harbour Homes said ...": a name the tagger calls a person's that ends in a plural
  noun is an organisation's.
- "LAHORE, PAKISTAN — Police in Lahore said ...": the parser joins the subject after
  a dateline to the dateline's place names as a conjunct (or an apposition), so the
  sentence's subject is the dateline and its speaker is lost. The first conjunct after
  the dateline is the subject.
- "Overriding a veto, Brandt acknowledged, would require 12 votes": the parser hangs
  the opening gerund on the verb as an adverbial clause, so the verb has no subject
  and the claim read "Would require 12 votes". A gerund that opens the sentence,
  before someone's words set in between commas, is the subject of a verb that has
  none.
- "The militant group Hamas has claimed responsibility": the parser gives the verb two
  subjects, the class noun and the name right after it, and the speaker became "The
  militant group". The name is the noun's apposition, as it is in "The militant group
  Hamas said ...".
- "The army said Saturday it had recaptured the bridge": the parser hangs the day
  right after the verb of saying on the reported verb, so the claim read "Saturday the
  army had recaptured ..."; a date between the verb of saying and a clause with no
  "that" says when it was said.
- "The mayor said crime had fallen, citing police figures": the parser hangs the
  participle on the reported verb, so "Crime cited police figures"; citing, pointing
  to, referring to is what the speaker does in saying it.
- '"When the plant closes," he said, "the town will die."': the parser hangs the
  opening clause of the quotation on "said", so the claim lost its condition ("The
  town will die"); an opening clause quoted before the verb of saying belongs to the
  quoted clause after it.
- "The new law bans flavored vapes": the tagger reads "bans" as a plural noun and
  "flavored" as the verb, so the sentence has two subjects and "It also raises the
  tax" after it found no law; "bans" is the verb, "flavored" describes its object.
"""

from __future__ import annotations

from .layout import DATELINE_RE, TURN_LABEL_RE
from .lexicon import (
    ASSERTION_NOUNS,
    BASIS_PARTICIPLES,
    EVIDENCE_NOUNS,
    EVIDENCE_VERBS,
    FIRM_NAME_NOUNS,
    NAMING_VERBS,
    PERSON_NOUNS,
    STRONG_SPEECH,
    WEAK_SPEECH,
)

_PARTICIPLE_TAGS = ("VBN", "VBD")
# verbs that call something a thing: "called that support a threat"
_CALLING_VERBS = frozenset({"call", "label", "brand", "term", "dub"})
_SPEECH_VERBS = STRONG_SPEECH | WEAK_SPEECH
# where or when something was said: "said after the hearing", "argued in its brief",
# "told reporters at a news conference", "testified before the committee"
_SETTING_PREPS = frozenset({"after", "in", "at", "on", "before", "during", "outside", "following"})
# nouns whose that-clause is their content ("evidence that ...", "the fear that ...")
_CONTENT_NOUNS = ASSERTION_NOUNS | frozenset(
    "evidence fact news idea hope hopes fear fears belief possibility sign signs proof view "
    "notion concern concerns worry worries suggestion argument assumption".split()
)


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
        (c for c in kids if c.dep_ in {"oprd", "dobj"} and c.i > verb.i and c.pos_ == "PROPN"),
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
            if c.dep_ in {"conj", "dep"}
            and c.pos_ in {"VERB", "AUX"}
            and c.i > end + 1
            and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)
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
        if c.dep_ in {"punct", "advmod", "npadvmod", "prep"} and c.i > end:
            c.head = pred  # the comma before the predicate, the full stop
    verb.head = noun
    verb.dep_ = "acl"
    return True


def that_clause_on_noun(doc, clause) -> bool:
    """ "A company spokesman said after the hearing that Great Plains had cut costs",
    "The board argued in its brief that the plant locks ...": the parser hangs the
    that-clause on the noun of the phrase between the verb of saying and it, as a
    relative clause, though its "that" is a complementizer (the clause has its own
    subject).  The clause is what was said: it goes back to the verb."""
    that = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if that is None or that.i != clause.left_edge.i:
        return False
    if not any(c.dep_ in {"nsubj", "nsubjpass"} and c.i > that.i for c in clause.children):
        return False
    noun = clause.head
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.i > noun.i:
        return False
    if prep.lower_ not in _SETTING_PREPS or noun.lemma_.lower() in _CONTENT_NOUNS:
        return False  # "adds to evidence that ...": the noun's own content
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _SPEECH_VERBS:
        return False
    if any(c.dep_ == "ccomp" for c in verb.children) or verb.i > prep.i:
        return False
    clause.head = verb
    clause.dep_ = "ccomp"
    return True


# relative pronouns a reported verb can have as its subject ("which critics say ...")
_RELATIVES = frozenset({"which", "that"})
_NP_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})


def _third_singular_lemma(low: str) -> str:
    """The base form of a third person singular verb ("shortchanges" -> "shortchange")."""
    if low.endswith("ies"):
        return low[:-3] + "y"
    if low.endswith(("ches", "shes", "sses", "xes", "zes")):
        return low[:-2]
    return low[:-1]


def speech_in_relative(doc, rel) -> bool:
    """ ", which critics say shortchanges rural schools.": a relative pronoun, a short
    subject, a verb of saying and a word in -s read as a noun or an auxiliary's verb
    hung elsewhere, up to the end of the sentence with no other verb: the word is the
    verb of what is said, "which" its subject, and the speech verb a relative clause on
    the singular noun before "which". True if it re-attached them."""
    if rel.lower_ not in _RELATIVES or rel.tag_ != "WDT":
        return False
    k = rel.i - 1
    if k >= 0 and doc[k].text == ",":
        k -= 1
    if k < 0 or doc[k].pos_ not in {"NOUN", "PROPN"} or doc[k].tag_ not in {"NN", "NNP"}:
        return False
    ant = doc[k]
    sent = rel.sent
    v = next(
        (
            doc[j]
            for j in range(rel.i + 2, min(rel.i + 6, sent.end))
            if doc[j].lemma_.lower() in _SPEECH_VERBS and doc[j].tag_ in {"VBP", "VBZ", "VBD"}
        ),
        None,
    )
    if v is None or v.i + 1 >= sent.end:
        return False
    np = doc[rel.i + 1 : v.i]
    if not all(t.pos_ in _NP_POS for t in np) or np[-1].pos_ not in {"NOUN", "PROPN"}:
        return False
    x = doc[v.i + 1]
    low = x.lower_
    if not (low.endswith("s") and not low.endswith("ss") and x.tag_ in {"NNS", "VBZ"}):
        return False
    if x.pos_ == "AUX" or low in {"is", "has", "was", "does"}:
        return False  # "which critics say is flawed": parsed as it reads
    if x.tag_ == "VBZ" and x.head.i == v.i and x.dep_ == "ccomp":
        return False  # parsed right
    end = sent.end - 1 if doc[sent.end - 1].is_punct else sent.end
    rest = doc[x.i + 1 : end]
    if not len(rest) or any(
        t.pos_ in {"VERB", "AUX"} or t.text in ",;:" or t.is_quote for t in rest
    ):
        return False  # "which critics say costs are rising": a noun subject after all
    subj = np[-1]
    root = sent.root if sent.root.i not in range(rel.i, end) else ant.head
    v.head, v.dep_ = ant, "relcl"
    x.head, x.dep_ = v, "ccomp"
    x.tag_, x.pos_, x.lemma_ = "VBZ", "VERB", _third_singular_lemma(low)
    subj.head, subj.dep_ = v, "nsubj"
    rel.head, rel.dep_ = x, "nsubj"
    for t in rest:
        if not (x.i < t.head.i < end):
            t.head = x
            if t.dep_ == "nmod" or t.dep_ == "conj":
                t.dep_ = "dobj"
    if end < sent.end and doc[end].head.i in range(rel.i, end):
        doc[end].head = root  # the full stop
    return True


def repair(doc) -> None:
    """Correct the misparses above in ``doc`` (a cheap scan: only a root that is a
    naming verb, and a relative clause or participle, is looked at)."""
    if not len(doc):
        return
    strings = doc.vocab.strings
    root = strings.add("ROOT")
    clausal = {strings.add("relcl"), strings.add("acl")}
    lemmas = {strings.add(w) for w in NAMING_VERBS}
    arr = doc.to_array(["DEP", "LEMMA"])
    deps = arr[:, 0]
    # the roots and the clauses on nouns only (a few per paragraph), found in array
    # passes, not token by token
    speech = _speech_lemma_ids(strings)
    marks = (deps == strings.add("mark")) & (arr[:, 1] == strings.add("that"))
    for i in marks.nonzero()[0].tolist():
        object_that(doc, doc[i])
    for i in (arr[:, 1] == strings.add(":")).nonzero()[0].tolist():
        if deps[i] == strings.add("punct") and doc[i].head.dep == root:
            report_before_colon(doc, doc[i].head)  # (a colon on a sentence's root only)
    for i in (deps == root).nonzero()[0].tolist():
        if int(arr[i, 1]) in lemmas:
            naming_root(doc, doc[i])
        elif int(arr[i, 1]) in speech:
            two_subjects(doc, doc[i]) or summary_before_report(doc, doc[i])
            quoted_opening(doc, doc[i])
    parataxis = strings.add("parataxis")
    for i in (deps == parataxis).nonzero()[0].tolist():
        if int(arr[i, 1]) in speech:
            gerund_subject(doc, doc[i])
            quoted_opening(doc, doc[i])
    relcl = strings.add("relcl")
    for d in clausal:
        for i in (deps == d).nonzero()[0].tolist():
            that_clause_on_noun(doc, doc[i])
            if d == relcl and int(arr[i, 1]) in speech:
                summary_of_conjunct(doc, doc[i])
    wdt = strings.add("WDT")
    for i in (doc.to_array(["TAG"]) == wdt).nonzero()[0].tolist():
        speech_in_relative(doc, doc[i])
    ccomp = strings.add("ccomp")
    for i in (deps == ccomp).nonzero()[0].tolist():
        called_that_noun(doc, doc[i]) or participle_aside(doc, doc[i]) or untagged_verb(doc[i])
        if int(arr[doc[i].head.i, 1]) in speech:
            date_of_saying(doc, doc[i])
    for i in (deps == root).nonzero()[0].tolist():
        untagged_verb(doc[i]) or verb_read_as_noun(doc, doc[i])
    plural_person_names(doc)
    basis = {strings.add(w) for w in BASIS_PARTICIPLES}
    advcl = strings.add("advcl")
    for i in (deps == advcl).nonzero()[0].tolist():
        if int(arr[i, 1]) in basis:
            basis_of_saying(doc, doc[i], speech)
    nsubj, propn = strings.add("nsubj"), strings.add("PROPN")
    named = (deps == nsubj) & (doc.to_array("POS") == propn)  # (both one-dimensional)
    for i in named.nonzero()[0].tolist():
        class_noun_and_name(doc, doc[i])
    for m in DATELINE_RE.finditer(doc.text):
        dateline_subject(doc, m.end())
    for m in TURN_LABEL_RE.finditer(doc.text):
        label_subject(doc, m.start(1), m.end())
    nouns = (arr[:, 1] == strings.add("show")) | (arr[:, 1] == strings.add("indicate"))
    nouns |= arr[:, 1] == strings.add("suggest")
    for i in nouns.nonzero()[0].tolist():
        t = doc[i]
        if t.pos_ in ("NOUN", "PROPN") or (
            t.pos_ == "VERB" and not any(c.dep_ == "nsubj" for c in t.children)
        ):
            evidence_tail(doc, t)


def dateline_subject(doc, end: int) -> bool:
    """The subject of the sentence a dateline ending at ``end`` opens, when the parser
    made a place name of the dateline the subject and the real one its conjunct or
    apposition: the first such after the dateline becomes the subject, the dateline a
    loose dependent."""
    first = doc.char_span(end, end + 1, alignment_mode="expand")
    if first is None or not len(first):
        return False
    first = first[0]
    root = first.sent.root
    subj = next(
        (c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < first.i), None
    )
    if subj is None:
        return False
    real = next(
        (
            t
            for t in subj.subtree
            if t.i >= first.i
            and t.dep_ in {"conj", "appos"}
            and t.pos_ in {"NOUN", "PROPN", "PRON"}
            and all(a.dep_ in {"conj", "appos"} for a in _path_up(t, subj))
        ),
        None,
    )
    if real is None:
        return False
    real.head = root
    real.dep_ = subj.dep_
    subj.dep_ = "dep"
    return True


def _path_up(tok, top):
    """The tokens from ``tok`` up to ``top`` (``top`` left out)."""
    while tok.i != top.i and tok.head.i != tok.i:
        yield tok
        tok = tok.head


def gerund_subject(doc, said) -> bool:
    """ "Overriding a veto, Brandt acknowledged, would require 12 votes", "After winning
    the vote, the mayor said, the council will meet": ``said`` set between commas into
    the finite verb after it. What opens the sentence before its comma belongs to that
    verb, though the parser may hang it on ``said`` (which then seems to open the
    sentence, and is not read as set in); and a gerund there with no subject, mark or
    auxiliary of its own is the subject of a verb that has none (``csubj``, as the
    parser makes it without the words set in)."""
    verb = said.head
    if verb.i <= said.i or verb.dep_ not in {"ROOT", "ccomp", "conj"}:
        return False
    subj = next((c for c in said.children if c.dep_ == "nsubj" and c.i < said.i), None)
    if subj is None or subj.left_edge.i < 1 or doc[subj.left_edge.i - 1].text != ",":
        return False
    comma = subj.left_edge.i - 1
    opening = [
        c
        for c in said.children
        if c.i < comma
        and c.dep_ in {"prep", "advcl", "advmod"}
        and c.tag_ != "VBN"  # "Asked about the delay, the mayor said, ...": the mayor was
    ]
    if opening and opening[0].left_edge.i == said.sent.start:
        for c in opening:
            c.head = verb  # "After winning the vote" says when the council meets
    if any(c.dep_ in {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"} for c in verb.children):
        return bool(opening)
    if not (verb.tag_ in {"VBZ", "VBD", "VBP"} or any(c.dep_ == "aux" for c in verb.children)):
        return bool(opening)
    gerund = next(
        (c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i < comma),
        None,
    )
    if (
        gerund is None
        or gerund.left_edge.i != gerund.sent.start
        or gerund.right_edge.i + 1 != comma
        or any(c.dep_ in {"nsubj", "nsubjpass", "mark", "aux"} for c in gerund.children)
    ):
        return bool(opening)
    gerund.dep_ = "csubj"
    return True


def called_that_noun(doc, clause) -> bool:
    """ "it called that support a threat to regional stability": the parser reads "that"
    as the subject of a reported clause whose verb is the noun after it ("that support
    [supports] a threat"), so the claim loses its verb. After "call" (name, label) a
    demonstrative and a bare present-tense verb with an object and no auxiliary are a
    noun phrase and what it is called: object and predicate of "call"."""
    verb = clause.head
    if verb.lemma_.lower() not in _CALLING_VERBS or clause.tag_ not in {"VBP", "VB"}:
        return False
    kids = list(clause.children)
    dem = next((c for c in kids if c.dep_ == "nsubj"), None)
    obj = next((c for c in kids if c.dep_ == "dobj"), None)
    if dem is None or obj is None or dem.i != clause.i - 1 or dem.tag_ != "DT":
        return False
    if dem.lower_ not in {"that", "this", "these", "those"} or dem.i != verb.i + 1:
        return False
    if any(c.dep_ in {"aux", "auxpass", "mark", "neg"} for c in kids):
        return False
    dem.head, dem.dep_ = clause, "det"
    clause.dep_, clause.tag_, clause.pos_ = "dobj", "NN", "NOUN"
    obj.head, obj.dep_ = verb, "oprd"
    return True


_SPEECH_IDS: dict[int, frozenset] = {}


def _speech_lemma_ids(strings) -> frozenset:
    """The verbs of saying as the vocabulary's string ids (one set per vocabulary)."""
    key = id(strings)
    ids = _SPEECH_IDS.get(key)
    if ids is None:
        ids = _SPEECH_IDS[key] = frozenset(strings.add(w) for w in _SPEECH_VERBS)
    return ids


def two_subjects(doc, verb) -> bool:
    """ "The attack, the third this month, killed at least 12 people, police said": the
    parser gives "said" two subjects, the report's ("The attack") and the speaker's
    ("police"), and hangs the reported verb on the first as a participle. The subject
    just before "said" speaks; the verb hung on the first is what it said, with that
    subject as its own."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if len(subjects) != 2:
        return False
    first, speaker = subjects
    if speaker.right_edge.i + 1 != verb.i or doc[speaker.left_edge.i - 1].text != ",":
        return False
    said = next(
        (
            c
            for c in first.children
            if c.dep_ in {"acl", "relcl"}
            and c.tag_ in _PARTICIPLE_TAGS
            and c.i > first.i
            and c.right_edge.i < speaker.left_edge.i
            and not any(g.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for g in c.children)
        ),
        None,
    )
    if said is None:
        return False
    said.head, said.dep_ = verb, "ccomp"
    first.head = said
    return True


def summary_before_report(doc, verb) -> bool:
    """ "The court sentenced him to 15 years, a ruling his lawyers said they would
    appeal", "... raised fuel prices, a move unions said would hurt the poor": a noun
    after the comma sums up the clause before it, and "his lawyers said ..." is a
    clause on that noun; the parser makes the first clause what was said and the noun
    (or the noun and the speaker together) the speaker. The first clause is the
    sentence, the noun an apposition to it, the speech a clause on the noun."""
    main = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if main is None or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in main.children):
        return False
    comma = next(
        (
            k
            for k in range(main.i + 1, verb.i - 2)
            if doc[k].text == "," and doc[k].head.i in (main.i, verb.i)
        ),
        None,
    )
    if comma is None:
        return False
    det = doc[comma + 1]
    noun = doc[comma + 2]
    if det.lower_ not in {"a", "an"} or noun.pos_ != "NOUN" or noun.tag_ != "NN":
        return False
    inside = range(comma + 1, verb.i + 1)
    if any(doc[k].head.i not in inside for k in range(comma + 1, verb.i) if k != noun.i):
        return False  # (the words after the comma hang on the noun, the speaker or "said")
    if noun.head.i not in (main.i, verb.i) and not (
        noun.dep_ == "compound" and noun.head.dep_ == "nsubj" and noun.head.head.i == verb.i
    ):
        return False
    speaker = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if speaker is None or speaker.i == noun.i or speaker.right_edge.i + 1 != verb.i:
        if speaker is None or speaker.i != noun.i:
            return False
        # "a ruling his lawyers said": the noun and the speaker both subjects of "said"
        speaker = next(
            (c for c in verb.children if c.dep_ == "nsubj" and noun.i < c.i < verb.i), None
        )
        if speaker is None or speaker.right_edge.i + 1 != verb.i:
            return False
    if speaker.left_edge.i <= noun.i and speaker.i != noun.i:
        # "a move unions": the noun parsed as a compound of the speaker
        if noun.head.i != speaker.i or noun.dep_ != "compound" or noun.i + 1 != speaker.i:
            return False
    main.head, main.dep_ = main, "ROOT"
    for c in list(verb.children):
        if c.i <= comma or (c.is_punct and c.i == verb.sent.end - 1):
            c.head = main
    det.head, det.dep_ = noun, "det"
    noun.head, noun.dep_ = main, "npadvmod"
    verb.head, verb.dep_ = noun, "relcl"
    return True


def summary_of_conjunct(doc, said) -> bool:
    """ "The army shelled the town on Sunday, an attack the government said killed 12
    civilians": the parser makes "an attack" the subject of "killed", a verb coordinated
    to "shelled", with "the government said" a clause on it, so the second claim reads
    "An attack the government said killed 12 civilians." The noun sums up the clause
    before the comma; "killed ..." is what the government said of it."""
    noun = said.head
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.dep_ != "conj" or verb.i != said.i + 1:
        return False
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or noun.i > said.i:
        return False
    comma = noun.left_edge.i - 1
    det = doc[noun.left_edge.i]
    if comma < 1 or doc[comma].text != "," or det.lower_ not in {"a", "an"} or det.head.i != noun.i:
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "cc"} for c in verb.children if c.i != noun.i):
        return False
    main = verb.head
    if any(c.dep_ == "cc" and c.i < noun.i and c.i > main.i for c in main.children):
        return False  # "..., and an attack ...": a clause of its own after all
    if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in said.children):
        return False
    verb.head, verb.dep_ = said, "ccomp"
    noun.head, noun.dep_ = main, "npadvmod"
    last = verb.sent.end - 1
    if doc[last].is_punct and doc[last].head.i == verb.i:
        doc[last].head = main
    return True


def participle_aside(doc, clause) -> bool:
    """ "A spokesperson for the office, reached after the broadcast, said ...": the
    parser makes the participle between commas what was said, with the speaker as its
    subject, so the speech has no speaker and the speaker alone becomes a claim. A
    past participle before its verb of saying, set off by commas, is an aside on the
    noun before it, and that noun is who speaks."""
    verb = clause.head
    if clause.tag_ not in _PARTICIPLE_TAGS or clause.i > verb.i:
        return False
    if verb.lemma_.lower() not in _SPEECH_VERBS:
        return False
    kids = list(clause.children)
    if clause.tag_ == "VBD" and any(
        c.dep_ == "dobj"
        or c.dep_ == "ccomp"
        and not any(m.dep_ == "mark" and m.lower_ in {"whether", "if"} for m in c.children)
        for c in kids
    ):
        return False  # a verb of its own ("asked reporters", not "asked about", "asked whether")
    subj = next((c for c in kids if c.dep_ == "nsubj" and c.i < clause.i), None)
    if subj is None or any(c.dep_ in {"aux", "auxpass", "mark"} for c in kids):
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return False
    before, after = clause.i - 1, clause.right_edge.i + 1
    if doc[before].text != "," or subj.right_edge.i not in (before - 1, before):
        return False
    if after >= verb.i or doc[after].text != "," or after + 1 != verb.i:
        return False
    subj.head, subj.dep_ = verb, "nsubj"
    clause.head, clause.dep_ = subj, "acl"
    return True


_NOT_VERB_TAGS = frozenset({"IN", "RP", "RB", "NN"})


def untagged_verb(tok) -> bool:
    """A clause head with a subject before it and a direct object after it that the
    tagger calls a preposition, particle, adverb or noun ("58 percent of voters back the
    measure", "Rebels head the list") is a present-tense verb."""
    if evidence_read_as_noun(tok):
        return True
    if tok.tag_ == "NNS":
        return plural_noun_verb(tok)
    if tok.tag_ not in _NOT_VERB_TAGS or not tok.is_alpha or not tok.is_lower:
        return False
    kids = list(tok.children)
    subj = next((c for c in kids if c.dep_ == "nsubj" and c.i < tok.i), None)
    if subj is None or not any(c.dep_ == "dobj" and c.i > tok.i for c in kids):
        return False
    if any(c.dep_ in {"aux", "auxpass", "det", "amod", "poss"} for c in kids):
        return False
    singular = subj.tag_ in {"NN", "NNP"} and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in subj.children
    )
    if singular and subj.lower_ not in {"percent", "half", "majority"}:
        return False  # "the plan back" is no verb in the present of a singular subject
    tok.tag_, tok.pos_ = "VBP", "VERB"
    return True


_SAY = STRONG_SPEECH | WEAK_SPEECH


_SAYS = _SAY | EVIDENCE_VERBS


def report_before_colon(doc, root) -> bool:
    """ "A study ... found mixed results in cities with such requirements: construction
    slowed in some and held steady in others": the parser makes the clause after the
    colon the root and the report before it a clause of it, so the study found nothing;
    a verb of saying or finding with a subject, an object at most and no clause of its
    own, ending right before the colon, reports the clause after it."""
    for v in root.children:
        if v.i > root.i:
            break
        if v.dep_ != "ccomp" or v.pos_ != "VERB" or v.lemma_.lower() not in _SAYS:
            continue
        colon = v.right_edge.i + 1
        if colon >= root.i or doc[colon].text != ":" or doc[colon].head.i != root.i:
            continue
        kids = list(v.children)
        if any(c.dep_ in ("ccomp", "xcomp") for c in kids) or not any(
            c.dep_ == "nsubj" for c in kids
        ):
            continue
        v.head, v.dep_ = v, "ROOT"
        root.head, root.dep_ = v, "ccomp"
        doc[colon].head = v
        return True
    return False


def object_that(doc, that) -> None:
    """'"I never said that," Brandt said': a "that" right after a verb and before a
    comma or quotation mark introduces no clause; the parser made it the mark of the
    speech verb after the quotation, and the quoted claim lost it ("I never said.").
    It is the verb's object."""
    i = that.i
    if i == 0 or i + 1 >= len(doc) or that.head.i < i:
        return
    prev, nxt = doc[i - 1], doc[i + 1]
    if prev.pos_ != "VERB" or not nxt.is_punct or nxt.text == "-":
        return
    said = that.head
    if any(c.dep_ in ("dobj", "xcomp") for c in prev.children):
        return
    if any(c.dep_ == "ccomp" and c.i != said.i for c in prev.children):
        return
    that.head, that.dep_, that.tag_, that.pos_ = prev, "dobj", "DT", "PRON"
    if (
        said.dep_ == "ccomp"
        and said.head.i == prev.i
        and prev.dep_ == "ROOT"
        and said.lemma_.lower() in _SAY
        and any(doc[k].is_quote for k in range(i + 1, said.i))
    ):
        # '"We never promised that," the mayor said on Friday': the parser made the
        # speech verb a clause of the quotation's verb; the quotation is what is said
        said.head, said.dep_ = said, "ROOT"
        prev.head, prev.dep_ = said, "ccomp"
        for c in list(prev.children):
            if c.i > said.i:
                c.head = said  # the full stop


def evidence_read_as_noun(tok) -> bool:
    """ "Records reviewed by the Herald show the agency paid ...": the tagger reads "the
    Herald show" as a noun (a show), which the parser makes the clause's head with a
    subject and a reported clause; "show" is the verb, "Herald" what "by" names."""
    if tok.tag_ not in ("NN", "NNS") or tok.dep_ not in ("ROOT", "ccomp") or not tok.is_lower:
        return False
    low = tok.lower_
    base = low[:-1] if low.endswith("s") else low
    if base not in EVIDENCE_VERBS:
        return False
    kids = list(tok.children)
    subj = next((c for c in kids if c.dep_ == "nsubj" and c.i < tok.i), None)
    if subj is None or not any(c.dep_ == "ccomp" and c.i > tok.i for c in kids):
        return False
    name = next((c for c in kids if c.dep_ == "compound" and subj.i < c.i < tok.i), None)
    if name is None or name.pos_ != "PROPN" or name.left_edge.i == 0:
        return False
    prep = tok.doc[name.left_edge.i - 1]
    if prep.dep_ not in ("agent", "prep") or any(g.dep_ == "pobj" for g in prep.children):
        return False
    name.head, name.dep_ = prep, "pobj"
    tok.tag_ = "VBZ" if low.endswith("s") else "VBP"
    tok.pos_ = "VERB"
    tok.lemma_ = base
    return True


def plural_noun_verb(tok) -> bool:
    """ "warned that the proposal \"tramples on decades of local planning\"": a reported
    clause's head in -s that the tagger calls a plural noun, with "that" and a singular
    subject of its own before it and no determiner or modifier, is a verb in the present
    (the speech frame then finds its clause, and the claim is not lost)."""
    if tok.dep_ != "ccomp" or not tok.is_alpha or not tok.is_lower or not tok.lower_.endswith("s"):
        return False
    kids = list(tok.children)
    if not any(c.dep_ == "mark" and c.lower_ == "that" and c.i < tok.i for c in kids):
        return False
    subj = next((c for c in kids if c.dep_ == "nsubj" and c.i < tok.i), None)
    if subj is None or subj.tag_ not in ("NN", "NNP") or subj.lower_ in ("percent", "%"):
        return False
    if any(c.dep_ in ("det", "amod", "poss", "nummod", "compound") for c in kids):
        return False
    tok.tag_, tok.pos_ = "VBZ", "VERB"
    tok.lemma_ = _third_singular_lemma(tok.lower_)
    return True


def verb_read_as_noun(doc, verb) -> bool:
    """ "The new law bans flavored vapes": a verb form in -s the tagger read as a plural
    noun, between a singular subject and a participle that opens the object, with both
    nouns made subjects of the participle; the -s word is the verb."""
    if verb.tag_ not in {"VBD", "VBN"} or verb.i < 2:
        return False
    kids = list(verb.children)
    word = doc[verb.i - 1]
    obj = next((c for c in kids if c.dep_ == "dobj" and c.i > verb.i), None)
    if (
        obj is None
        or obj.left_edge.i != verb.i + 1
        or word.head.i != verb.i
        or word.dep_ != "nsubj"
        or word.tag_ != "NNS"
        or not word.is_lower
    ):
        return False
    # the singular subject before it: the participle's other subject, or one the parser
    # hung on the -s word ("law" as the subject of "bans", which no noun has)
    subj = next((c for c in (*kids, *word.children) if c.i < word.i and c.dep_ == "nsubj"), None)
    if (
        subj is None
        or subj.tag_ != "NN"
        or not any(c.dep_ == "det" for c in subj.children)  # "The new law", not "U.S. forces"
        or subj.right_edge.i + 1 != word.i
        or any(c.i > word.i for c in word.children)
    ):
        return False
    word.tag_, word.pos_ = "VBZ", "VERB"
    word.lemma_ = _third_singular_lemma(word.lower_)
    word.head, word.dep_ = word, "ROOT"
    subj.head, subj.dep_ = word, "nsubj"
    obj.head, obj.dep_ = word, "dobj"
    for c in kids:
        if c.i > obj.right_edge.i or c.dep_ == "punct":
            c.head = word  # what follows the object, the full stop
    verb.head, verb.dep_, verb.pos_ = obj, "amod", "ADJ"
    return True


def quoted_opening(doc, said) -> bool:
    """'"When the plant closes," he said, "the town will die."': a clause or phrase
    that opens a quotation before the verb of saying and ends at its closing mark
    belongs to the quoted clause the verb reports after it."""
    kids = list(said.children)
    if said.dep_ == "parataxis" and said.head.i > said.i:
        content = said.head  # '"Since ...," Ortiz said, "half the shops ..."'
    elif said.dep_ == "ROOT":
        content = next((c for c in kids if c.dep_ == "ccomp" and c.i > said.i), None)
    else:
        return False
    if content is None or not doc[content.left_edge.i - 1].is_quote:
        return False
    opening = []
    for c in kids:
        if c.dep_ not in {"advcl", "prep", "advmod", "npadvmod"} or c.i > said.i:
            continue
        lo, hi = c.left_edge.i, c.right_edge.i
        if lo == 0 or not doc[lo - 1].is_quote or hi + 2 >= said.i:
            continue
        if doc[hi + 1].text == "," and doc[hi + 2].is_quote:
            opening.append(c)
    if not opening:
        return False
    for c in opening:
        c.head = content
    if said.dep_ == "parataxis":
        return True
    # the quoted clause is the sentence's root and "he said" an aside in it, as the
    # parser reads '"Normally," she said, "you have ..."'
    content.head, content.dep_ = content, "ROOT"
    said.head, said.dep_ = content, "parataxis"
    first = min(c.left_edge.i for c in opening)
    for c in kids:
        if c.dep_ == "punct" and (c.i > content.i or c.i < first):
            c.head = content  # the opening mark, the full stop and the closing mark
    return True


def basis_of_saying(doc, part, speech) -> bool:
    """ "said crime had fallen, citing police figures": a participle of citing set off by
    a comma at the end of a reported clause goes with the verb of saying."""
    clause = part.head
    said = clause.head
    if (
        part.tag_ != "VBG"
        or part.i < clause.i
        or clause.dep_ != "ccomp"
        or said.lemma not in speech
        or said.i > clause.i
        or doc[part.left_edge.i - 1].text != ","
        or any(c.dep_ in {"nsubj", "nsubjpass"} for c in part.children)
    ):
        return False
    part.head = said
    return True


def date_of_saying(doc, clause) -> bool:
    """ "said Saturday it had recaptured ...", "said on Saturday it had ...": the date
    that opens a reported clause with no "that", right after the verb of saying, is
    when it was said (re-attached to the verb)."""
    cue = clause.head
    k = cue.i + 1
    if not cue.i < k < clause.i or any(c.dep_ == "mark" for c in clause.children):
        return False
    date = next((c for c in clause.children if c.left_edge.i == k), None)
    if date is None or date.right_edge.i >= clause.i:
        return False
    if date.dep_ == "npadvmod":
        when = date.ent_type_ in {"DATE", "TIME"}
    elif date.dep_ == "prep" and date.lower_ in {"on", "in", "at", "during", "late", "early"}:
        when = any(g.dep_ == "pobj" and g.ent_type_ in {"DATE", "TIME"} for g in date.children)
    else:
        return False
    if not when:
        return False
    date.head = cue
    return True


def class_noun_and_name(doc, name) -> bool:
    """ "The militant group Hamas has claimed ...", "The rights group Human Rights Watch
    has documented ...": a name subject right after a common noun that is a subject of
    the same verb, with nothing between them, is that noun's apposition."""
    k = name.left_edge.i - 1
    if k < 1:
        return False
    noun = doc[k]
    if (
        noun.dep_ != "nsubj"
        or noun.pos_ != "NOUN"
        or noun.head.i != name.head.i
        or not noun.whitespace_
        or not any(c.dep_ == "det" for c in noun.children)
    ):
        return False
    name.head, name.dep_ = noun, "appos"
    return True


def plural_person_names(doc) -> None:
    """ "Harbour Homes said it would build 400 houses": the tagger calls the name a
    person's, but a name that ends in a plural noun firms end theirs with ("Homes",
    "Foods", "Partners": ``FIRM_NAME_NOUNS``; not "Morales", "Williams") names a firm:
    an organisation for every later stage (its "it", its kind as a speaker)."""
    ents = doc.ents

    def firm(e):
        return e.label_ == "PERSON" and len(e) > 1 and e[-1].lower_ in FIRM_NAME_NOUNS

    if not any(firm(e) for e in ents):
        return
    from spacy.tokens import Span  # noqa: PLC0415 (only for a rare name)

    doc.ents = [Span(doc, e.start, e.end, label="ORG") if firm(e) else e for e in ents]


def label_subject(doc, start: int, colon: int) -> bool:
    """A transcript's label ("Q:", "MS. FULTON:") or whom the turn addresses ("Q:
    Carl, the association claims ...") the parser made the subject of the turn's first
    verb, the real subject hung on it as an apposition: the last noun of that chain
    becomes the subject, passing over a name or title right after the colon set off by a
    comma; neither the label nor whom it addresses is ever the subject."""
    span = doc.char_span(start, colon, alignment_mode="expand")
    if span is None or not len(span):
        return False
    end = span[-1].i  # the colon
    if end + 2 >= len(doc):
        return False
    first = doc[end + 1]
    if first.dep_ in {"nsubj", "nsubjpass"} and not _closing_comma(doc, first):
        # "Carl, the association claims": the name, then a comma, then the noun phrase
        # that is the verb's subject, with no comma closing it as an apposition
        addressed = doc[first.i + 1].text == ","
        subj = first if addressed else None
    else:
        subj = next((t for t in span if t.dep_ in {"nsubj", "nsubjpass"} and t.head.i > end), None)
    if subj is None:
        return False
    real, t = None, subj
    while True:
        nxt = next((c for c in t.children if c.i > end and c.dep_ in {"appos", "conj"}), None)
        if nxt is None:
            break
        t = nxt
        addressed = t.left_edge.i == end + 1 and doc[t.i + 1].text == ","
        if not addressed and t.pos_ in {"NOUN", "PROPN", "PRON"}:
            real = t
    if subj is first:
        other = any(
            c.dep_ in {"nsubj", "nsubjpass"} and subj.i < c.i < subj.head.i
            for c in subj.head.children
        )
        if not other and (real is None or real.right_edge.i + 1 != subj.head.i):
            return False  # "Carl, the director, said": an apposition closed by its comma
    if real is not None:
        real.head = subj.head
        real.dep_ = subj.dep_
    subj.dep_ = "dep"
    return True


def _closing_comma(doc, tok) -> bool:
    """A comma that closes ``tok``'s words and what is set in after them ("Carl, the
    director," said)."""
    last = tok.right_edge.i
    return last > tok.i + 1 and doc[last].text == ","


def evidence_tail(doc, tok) -> bool:
    """ "The levy passed in 2018, county records show.", "Riverton's rate is the second
    lowest, records from the state Department of Revenue show.": the tagger reads the
    evidence verb that ends the sentence as a noun, and the parser hangs it on the
    clause (or makes it the root with the evidence noun its compound), so the claim has
    no source. A "show", "indicate" or "suggest" that ends its sentence, right after a
    comma and a noun phrase of evidence with no verb in it, is the verb of that noun,
    the clause before the comma what it shows."""
    sent = tok.sent
    end = tok.i + 1
    if end < sent.end and not (doc[end].is_punct and doc[end].text not in (",", ":")):
        return False
    if tok.is_title or not tok.is_lower:
        return False
    comma = next((k for k in range(tok.i - 1, sent.start, -1) if doc[k].text == ","), None)
    if comma is None or comma == sent.start or tok.i - comma > 12:
        return False
    between = [doc[k] for k in range(comma + 1, tok.i)]
    if any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in between):
        return False
    noun = next(
        (t for t in between if t.lower_ in EVIDENCE_NOUNS and t.pos_ in ("NOUN", "PROPN")), None
    )
    if noun is None:
        return False
    root = sent.root
    clause = root if root.i < comma else None
    if clause is None:
        clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.i < comma), None)
    if clause is None or clause.pos_ not in ("VERB", "AUX"):
        return False
    if tok.pos_ != "VERB":
        low = tok.lower_
        tok.tag_, tok.pos_ = ("VBZ" if low.endswith("s") else "VBP"), "VERB"
        tok.lemma_ = low[:-1] if low.endswith("s") else low
    span = set(range(comma + 1, tok.i))
    for t in between:
        if t is noun or (t.head.i in span and t.head.i != tok.i):
            continue
        # what hung outside the noun phrase: a preposition's object ("from the state
        # Department") or a modifier of the noun
        prep = next(
            (
                p
                for p in between
                if p.pos_ == "ADP" and p.i < t.i and not any(g.dep_ == "pobj" for g in p.children)
            ),
            None,
        )
        if prep is not None:
            t.head, t.dep_ = prep, "pobj"
        else:
            t.head, t.dep_ = noun, "compound" if t.i < noun.i else "prep"
    if clause is root:
        tok.head, tok.dep_ = tok, "ROOT"
        for t in sent:
            if t.head.i == root.i and t.i > comma and t is not root and t.i not in span:
                t.head = tok
        root.head, root.dep_ = tok, "ccomp"
        doc[comma].head = tok
    noun.head, noun.dep_ = tok, "nsubj"
    return True
