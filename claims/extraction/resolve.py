"""Stage 4, resolve: who speaks each piece and what its pronouns stand for.

- Sentences inside a quotation with no speaker of their own take the
  quotation's speaker (or, for a quotation opening the sentence, the last
  speaker of the paragraph or the one before).
- A sentence that only makes sense as the other branch of the one before
  ("Otherwise, ...", "If not, ...") is glued to it.
- Subject pronouns are replaced with the speaker or their antecedent, first
  person inside a quotation with the speaker ("We are ..." -> "CENTCOM is ..."),
  fixing the verb's agreement; a spokesperson's "we" is the organisation
  they speak for ("We will not stop" -> "The rebels will not stop").
- An elided verb phrase comes back ("he did not" -> "he did not attend a
  mosque", ellipsis.py).
- A demonstrative that points at a clause or a set is made explicit ("This
  meant X" -> X; "This includes ..." -> "The disabled terminals include ...";
  "those actions" -> "Russia's cyber attacks"; "That attack" -> "The attack on
  the embassy in X"; "These targets" -> "The depot and the radar site"; "That
  investigation" -> "The investigation of the attack"; "These abuses" -> "The
  militia's abuses"); one that cannot be, or a subject pronoun with no antecedent
  it is sure of, lowers the claim's check-worthiness.
- A spokesman's institution takes its article ("The Pentagon will ..."), a
  minister's "we" is the country or the government, and a "he"/"it" speaker the
  discourse memory cannot be right about takes the coreference antecedent.

Output: one ``Resolved`` per piece that can be a claim, with the tokens to
render and the replacements to apply.
"""

from __future__ import annotations

from dataclasses import dataclass

from .attribute import Attribution
from .bridging import resolve_bridging
from .continuation import continue_accounts
from .coref import competing_thing, competing_things, earlier_mention, is_expletive_it
from .demonstratives import (
    act_object_this,
    act_this,
    acts_antecedent,
    clause_this,
    fuller_mention,
    inclusion_set,
    noun_antecedent,
    object_set,
    partitive_these,
    place_of_strike,
    placed_in_time,
    preceding_ids,
    preceding_tokens,
    resolve_demonstratives,
    same_stem,
    sentence_start_back,
    struck_this,
    sum_this,
)
from .determiners import bare_noun, chain_antecedent, resolve_determiners, resolve_determiners_early
from .ellipsis import restore as restore_ellipsis
from .lexicon import (
    ACT_NOUNS,
    ACT_OBJECT_NOUNS,
    ACT_OBJECT_VERBS,
    ACT_OF_VERB,
    ACT_SUFFIXES,
    AGENT_NOUNS,
    ATTACK_VERBS,
    CONSEQUENCE_VERBS,
    DEFINITE_NAMES,
    DEMONSTRATIVES,
    DEPENDENT_OPENERS,
    DOCUMENT_NOUNS,
    DOCUMENT_TITLE_WORDS,
    EVENT_NOUNS,
    FIRST_PERSON,
    FUNDING_NOUNS,
    GATHERING_NOUNS,
    GATHERING_VERBS,
    GIVING_VERBS,
    GOVERNMENT_TITLES,
    HARM_VERBS,
    INCLUSION_VERBS,
    LEADING_JUNK,
    NEW_REFERENT_MODIFIERS,
    NOT_A_STEP_VERBS,
    ORDERING_VERBS,
    ORG_WORDS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    PLACE_NOUNS,
    PLURAL_QUANTIFIERS,
    SHELL_NOUNS,
    SITE_NOUNS,
    TIME_WORDS,
    TIMING_VERBS,
    UNDERTAKING_NOUNS,
)
from .morphology import agree_3sg, agree_plural, past_tense
from .reporters import reporter_has_rival, reporters_pronouns
from .split import Piece
from .tokattrs import attrs, sent_of, sent_start

SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they"})
_EVENT_OR_SHELL_NOUNS = EVENT_NOUNS | SHELL_NOUNS  # built once, not per call


@dataclass
class Resolved:
    piece: Piece
    ids: list[int]  # the claim's tokens in reading order, furniture and edges trimmed
    replace: dict  # token id -> text (resolved pronouns, conjugated verbs)
    attr: Attribution | None
    n_words: int
    speaker_id: str | None = None  # the party the speaker is (set by parties.parties)
    anaphoric: bool = False  # its subject still points back ("This ..."): not self-contained


def trim(doc, ids):
    """Drop leading conjunctions and punctuation and trailing punctuation."""
    a = attrs(doc)
    space, punct, quote, lower, dep, text = (
        a.is_space,
        a.is_punct,
        a.is_quote,
        a.lower,
        a.dep,
        a.text,
    )
    ids = [i for i in ids if not space[i]]
    while ids and (
        punct[ids[0]]
        and not quote[ids[0]]
        or lower[ids[0]] in LEADING_JUNK
        and dep[ids[0]] in {"cc", "mark", "advmod", "punct"}
        and not _degree_word(a, ids)
        or quote[ids[0]]
        and len(ids) > 1
    ):
        ids = ids[1:]
    while ids and (punct[ids[-1]] and text[ids[-1]] not in ")%" or dep[ids[-1]] == "cc"):
        ids = ids[:-1]
    return ids


def _degree_word(a, ids) -> bool:
    """ "So far it has received ...", "so many", "then-president": the opening word
    modifies the word right after it, not the clause, and goes with it."""
    i = ids[0]
    return (
        len(ids) > 1
        and a.dep[i] == "advmod"
        and a.head[i] == ids[1]
        and a.pos[ids[1]] in {"ADV", "ADJ", "DET", "NUM"}
    )


def first_content(doc, pc):
    for i in pc.order:
        if not doc[i].is_punct and not doc[i].is_space:
            return i
    return pc.order[0] if pc.order else None


def quote_speakers(ctx, pieces) -> None:
    """Unattributed sentences inside a quotation take the quotation's speaker."""
    doc, lay = ctx.doc, ctx.layout
    region_speaker = ctx.discourse.region_speaker
    last_by_para: dict[int, Attribution] = {}
    prev_para_speaker = None
    cur_para = None
    region_fallback: dict[int, Attribution | None] = {}
    for pc in pieces:
        para = pc.paragraph
        if para != cur_para:
            if cur_para is not None:
                prev_para_speaker = last_by_para.get(cur_para)
            cur_para = para
        if pc.attr is None or not pc.attr.speaker:
            first = first_content(doc, pc)
            q = lay.quote_at(doc[first].idx) if first is not None else None
            if q is not None:
                a = region_speaker.get(q)
                if a is None:
                    if q not in region_fallback:
                        qs = lay.quotes[q][0]
                        same_para = [
                            region_speaker[k]
                            for k in range(q - 1, -1, -1)
                            if k in region_speaker and lay.paragraph(lay.quotes[k][0]) == para
                        ]
                        fb = None
                        if qs <= pc.unit_start + 1:
                            fb = (
                                same_para[0]
                                if same_para
                                else (last_by_para.get(para) or prev_para_speaker)
                            )
                        region_fallback[q] = fb
                    a = region_fallback[q]
                if a is not None:
                    hedge = pc.attr.hedge if pc.attr else None
                    pc.attr = a.but(hedge=hedge) if hedge else a
        if pc.attr is not None and pc.attr.speaker:
            last_by_para[para] = pc.attr


def _opens_dependent(doc, pc) -> bool:
    first = first_content(doc, pc)
    if first is None:
        return False
    words = []
    punct, lower = attrs(doc).is_punct, attrs(doc).lower
    for i in pc.order[pc.order.index(first) :]:
        if punct[i]:
            break
        words.append(lower[i])
        if len(words) == 3:
            break
    return any(tuple(words[: len(o)]) == o for o in DEPENDENT_OPENERS)


def merge_dependent(ctx, pieces) -> list[Piece]:
    """Glue a sentence that only states the other branch of the one before
    ("Otherwise, ...", "If not, ...", "In that case, ...") onto it, when the same
    speaker says both."""
    doc = ctx.doc
    out: list[Piece] = []
    for pc in pieces:
        if out and out[-1].attr is pc.attr and _opens_dependent(doc, pc):
            prev = out[-1]
            prev.order = list(prev.order) + list(pc.order)
            prev.replace.update(pc.replace)
            continue
        out.append(pc)
    return out


def keep_unnamed_results(ctx, pieces) -> list[Piece]:
    """ "A suicide bomber drove a truck into the barracks, killing 241 service members":
    a result participle that split could only give "This" as a subject ("This killed
    241 ...") stays with the clause it is the result of, which names what did it."""
    doc = ctx.doc
    out: list[Piece] = []
    for pc in pieces:
        main = pc.main
        if (
            pc.prefix == "This"
            and main is not None
            and main.tag_ == "VBG"
            and main.lemma_.lower() not in {"result", "lead"}  # "This resulted in ..." stays
        ):
            host = next(
                (
                    h
                    for h in reversed(out)
                    if h.unit == pc.unit and h.main is not None and h.main.i == main.head.i
                ),
                None,
            )
            if host is not None:
                lo = main.left_edge.i
                comma = [lo - 1] if lo > 0 and doc[lo - 1].text == "," else []
                host.order = sorted(set(host.order) | set(comma) | set(pc.order))
                host.replace.update({k: v for k, v in pc.replace.items() if doc[k].tag_ != "VBG"})
                continue
        out.append(pc)
    return out


def _is_body(ctx, attr) -> bool:
    """A named or institutional speaker that can say "we" for itself (not "the coach")."""
    if attr.speaker_kind != "organisation":
        return True
    sp = attr.speaker_span
    if sp and any(e["label"] in {"ORG", "GPE", "NORP"} for e in ctx.entities_in(sp[0], sp[1])):
        return True
    return bool({w.lower().strip(".,") for w in (attr.speaker or "").split()} & ORG_WORDS)


_HE, _SHE = frozenset({"he", "him", "his", "himself"}), frozenset({"she", "her", "hers", "herself"})


# what "it" may have done to people in a report (not "claimed", a statement of its own)
_HARMS = HARM_VERBS - {"claim"}
_ATTACKS_OR_HARMS = ATTACK_VERBS | _HARMS
_OWN_POSSESSIVE = {"he": "his", "she": "her", "it": "its", "they": "their"}


def could_be_speaker(ctx, pron, attr) -> bool:
    """False for a third-person pronoun that cannot stand for the one who speaks:
    one inside a direct quote (a speaker quoted says "I" or "we" of themselves, so
    '"He never balanced a budget," she said' is about someone else), or one of the
    other gender than the pronoun naming the speaker ("she said he would run")."""
    if ctx.layout.quote_at(pron.idx) is not None:
        return False
    sp = attr.speaker_span
    mention = ctx.text[sp[0] : sp[1]].strip().lower() if sp else ""
    low = pron.lower_
    if low == "they" and mention in {"it", "he", "she"}:
        return False  # "It said they had entered the country": not the one who said it
    if (low in _HE or low in _SHE) and mention == "they":
        return False  # "They say he ordered the execution": the villagers are no "he"
    if mention.split(" ", 1)[0] == _OWN_POSSESSIVE.get(low):
        return False  # "His lawyer said he would fight the charges": the owner
    if (low in _HE or low in _SHE) and sp and _plural_mention(ctx, sp):
        return False  # "Aides to the governor said he would sign": the governor, not them
    known = ctx.discourse.gender_of(attr) if attr.speaker_kind == "person" else None
    if known is not None and ((low in _HE and known == "she") or (low in _SHE and known == "he")):
        return False  # "His mother, Alice Marsh, said he had asked for a doctor": not her
    if low == "they" and not attr.plural and sp and _plural_between(ctx.doc, sp[1], pron):
        # "The ministry said it would send 20 mobile teams and that they would visit
        # every school": a set named after a singular speaker is the likelier "they"
        return False
    if low == "it" and _harm_done_by_another(pron, mention):
        return False
    if low in {"it", "they"} and _described(pron) and _object_before_participle(ctx, attr, low):
        return False
    if low in {"it", "they"} and _parallel_content_subject(pron) is not None:
        return False
    return not ((low in _HE and mention in _SHE) or (low in _SHE and mention in _HE))


def _described(pron) -> bool:
    """ "it was too costly", "they were rarely used": a subject described or acted on,
    which a thing can be as well as a party (not "it would cut 300 jobs")."""
    verb = pron.head
    return pron.dep_ == "nsubjpass" or (
        pron.dep_ == "nsubj"
        and verb.lemma_ == "be"
        # "it was ready to talk", "it was willing to ...": what a party is, not a thing
        and not any(g.dep_ == "xcomp" for c in verb.children for g in (c, *c.children))
    )


def _object_before_participle(ctx, attr, low: str) -> bool:
    """ "The council closed the library branch, saying it was too costly": speech in a
    participle after a clause with a thing as its object; "it" may be the thing as well
    as the one who speaks ("The council was too costly"), and "they" after a plural
    object ("closed two branches, saying they were too costly") likewise."""
    cs = attr.cue_span
    cue = ctx.doc.char_span(cs[0], cs[1], alignment_mode="expand") if cs else None
    if cue is None or not len(cue):
        return False
    cue = cue.root
    if cue.tag_ != "VBG" or cue.dep_ not in {"advcl", "xcomp", "conj"} or cue.head.i > cue.i:
        return False
    tags = {"it": {"NN", "NNP"}, "they": {"NNS", "NNPS"}}[low]
    for c in cue.head.children:
        if c.dep_ not in {"dobj", "nsubjpass"} or c.i > cue.i or c.tag_ not in tags:
            continue
        if c.lemma_.lower() not in PERSON_NOUNS and c.ent_type_ not in {"PERSON", "GPE"}:
            return True
    return False


def _parallel_content_subject(pron):
    """ "Survivors told investigators that the attackers had singled out the Masal
    and that they had used ethnic slurs": a subject "it"/"they" of the second of two
    joined "that" clauses goes on with the first one's subject, a noun of its number,
    not with the one who reports both."""
    verb = pron.head
    if pron.dep_ not in {"nsubj", "nsubjpass"} or verb.dep_ != "conj":
        return None
    first = verb.head
    if first.dep_ != "ccomp" or not any(
        c.dep_ == "mark" and c.lower_ == "that" and c.i < pron.i for c in verb.children
    ):
        return None
    subj = next((c for c in first.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or subj.pos_ not in {"NOUN", "PROPN"} or subj.ent_type_ == "PERSON":
        return None
    plural = subj.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in subj.children)
    return subj if plural == (pron.lower_ == "they") else None


def _harm_done_by_another(pron, mention: str) -> bool:
    """ "The army shelled the town on Sunday. The government said it killed 12
    civilians": the harm "it" did may be the attack told just before, or whoever made
    it; the one who reports it is not sure to be "it" when the sentence before (or its
    own) tells of an attack or a killing by someone the report does not name."""
    verb = pron.head
    if pron.dep_ != "nsubj" or verb.lemma_.lower() not in _HARMS:
        return False
    doc = pron.doc
    sent = pron.sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    words = set(mention.split())
    for t in doc[start : pron.i]:
        if t.pos_ == "VERB" and t.lemma_.lower() in _ATTACKS_OR_HARMS and t.i != verb.i:
            by = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if by is not None and by.lower_ not in words and by.pos_ != "PRON":
                return True
    return False


def _plural_mention(ctx, sp) -> bool:
    """Is the speaker written as a plural common noun ("Aides to the governor",
    "Supporters of the mayor")?"""
    span = ctx.doc.char_span(sp[0], sp[1], alignment_mode="expand")
    return span is not None and len(span) > 0 and span.root.tag_ == "NNS"


def _source_named_after(ctx, pron, attr) -> bool:
    """ "The bridge was built in 1974. It was last inspected in 2021, according to the
    transport ministry": a pronoun before the source an "according to" names is what the
    walk found before it, not that source (a source is cited about something else)."""
    sp = attr.speaker_span
    return bool(
        sp
        and sp[0] > pron.idx
        and (attr.cue or "").lower().startswith("according")
        and ctx.antecedents().lookup(pron)
    )


def _plural_between(doc, start_char: int, pron) -> bool:
    """A plural noun (not a date or an amount) in the pronoun's sentence between a
    speaker mention ending at ``start_char`` and the pronoun."""
    return any(
        t.idx >= start_char
        and t.tag_ in {"NNS", "NNPS"}
        and t.pos_ in {"NOUN", "PROPN"}
        and t.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "dative", "appos", "attr"}
        and t.ent_type_ not in {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY"}
        for t in sent_of(pron)
        if t.i < pron.i
    )


def agrees(ctx, pronoun: str, attr, tok=None) -> bool:
    """Could the speaker be what the pronoun stands for?"""
    if pronoun in PERSON_PRONOUNS:
        return attr.speaker_kind == "person"
    if pronoun == "they":
        return attr.speaker_kind not in ("person", None)
    if pronoun == "it":
        if attr.speaker_kind in ("person", None) or attr.plural:
            return False
        if tok is not None and competing_thing(tok, ctx.layout):
            return False
        sp = attr.speaker_span and ctx.doc.char_span(
            attr.speaker_span[0], attr.speaker_span[1], alignment_mode="expand"
        )
        # "They said ... it stayed": a speaker reached through "they" is plural
        return not (sp and (sp[-1].tag_ in {"NNS", "NNPS"} or sp[-1].lower_ in {"they", "we"}))
    return False


def claim_tokens(ctx, pc) -> Resolved | None:
    """The piece's tokens if it can stand as a claim (a predicate, three words)."""
    doc, excluded, a = ctx.doc, ctx.excluded(), attrs(ctx.doc)
    ids = trim(doc, [i for i in pc.order if not excluded[i]])
    pos = a.pos
    if (
        not ids
        or not any(pos[i] in {"VERB", "AUX"} for i in ids)
        and not pc.prefix
        and not pc.verbless
    ):
        return None
    if (
        pc.headline
        and pc.main is not None
        and pc.main.tag_ == "VBG"
        and pc.subject is None
        and not pc.prefix
    ):
        return None  # "Remembering the Victims ...": a title, not a statement
    if pc.question and (pc.attr is None or not pc.attr.speaker):
        return None  # "Reporters asked whether ...": no claim of fact in the article's voice
    replace = dict(pc.replace)
    punct = a.is_punct
    n_words = sum(1 for i in ids if not punct[i])
    if pc.main is not None and pc.main.i in ids:
        n_words += restore_ellipsis(
            ctx, pc.main, ids, replace
        )  # "He did not." -> "... attend a mosque"
    if n_words < 3 and not pc.prefix:
        return None
    return Resolved(pc, ids, replace, pc.attr, n_words)


def _replace_antecedent(ctx, tok, main, replace, *, not_of=None) -> None:
    """`tok` -> its antecedent's name; never `not_of`'s speaker, whom the pronoun
    cannot stand for (see could_be_speaker)."""
    ants = ctx.antecedents()
    name = ants.lookup(tok)
    if (
        name
        and not_of is not None
        and name.lower() in {(x or "").lower() for x in (not_of.speaker, not_of.short)}
    ):
        return  # ("The government" said; "the government" found by the walk)
    if name:
        if name in ants.common_openers:
            # "Dengue causes ... In rare cases, it can be fatal": a common noun that was
            # capitalised only as its sentence's first word (the claim's own first
            # letter is capitalised later)
            name = name[0].lower() + name[1:]
        replace[tok.i] = name
        if tok.i in ants.singular_they:
            agree_3sg(tok, main, replace)


def _things_text(ctx, noun) -> str:
    """ "Fine particles" (a subject phrase up to its noun) as it reads inside a clause."""
    doc = ctx.doc
    ids = [
        i for i in range(noun.left_edge.i, noun.i + 1) if not doc[i].is_punct or doc[i].text == "-"
    ]
    if doc[ids[0]].lower_ in DEMONSTRATIVES:
        return ctx.render(ids, {ids[0]: "the"})
    if doc[ids[0]].pos_ != "PROPN":
        return ctx.render(ids, {ids[0]: doc[ids[0]].lower_})
    return ctx.render(ids)


def resolve_pronouns(ctx, r: Resolved) -> None:
    doc, lay = ctx.doc, ctx.layout
    pc, ids, attr, replace = r.piece, r.ids, r.attr, r.replace
    subj = pc.subject
    # pronoun subject -> the speaker or the last compatible named mention
    if subj is not None and subj.i in ids and subj.pos_ == "PRON":
        low = subj.lower_
        topic = ctx.antecedents().concessive.get(subj.i)
        things = competing_things(subj, ctx.layout) if low == "they" else None
        if topic:
            replace[subj.i] = topic  # "Although X ..., NASA said it ...": X, not NASA
        elif things is not None:
            # "Fine particles can enter the bloodstream. Some scientists believe they may
            # also reach the brain": the particles, not the scientists
            replace[subj.i] = _things_text(ctx, things)
        elif pc.continued and low in SUBJECT_PRONOUNS:
            # "SITE said the militants ... They also took hostages": the topic, not the source
            _replace_antecedent(ctx, subj, pc.main, replace)
        elif (
            attr is not None
            and attr.speaker
            and could_be_speaker(ctx, subj, attr)
            and not _source_named_after(ctx, subj, attr)
            and (
                (low in PERSON_PRONOUNS and attr.speaker_kind == "person")
                or (low == "they" and attr.speaker_kind not in ("person", None))
                or (low == "it" and agrees(ctx, low, attr, subj) and not is_expletive_it(subj))
            )
        ):
            replace[subj.i] = attr.short or attr.speaker
        elif (
            low in PERSON_PRONOUNS
            and ctx.discourse.last_person is not None
            and pc.speech_act
            and lay.quote_at(subj.idx) is None
        ):
            replace[subj.i] = ctx.discourse.last_person.short
        elif attr is not None and attr.unnamed == low:
            pass  # "It said it would ...": the one who says is not known, nor is this "it"
        elif low in SUBJECT_PRONOUNS and not pc.speech_act:
            # no agreeing speaker: the nearest agreeing mention before it ("He visited ..." -> "Alassane Ouattara visited ...")
            cannot = attr if attr is not None and not could_be_speaker(ctx, subj, attr) else None
            _replace_antecedent(ctx, subj, pc.main, replace, not_of=cannot)
    if (
        pc.speech_act
        and attr is not None
        and subj is not None
        and subj.i in ids
        and subj.pos_ == "PRON"
        and attr.short
        # '"He told the guards he could not breathe," she wrote': a quoted "he" is not
        # the one quoting
        and lay.quote_at(subj.idx) is None
    ):
        replace[subj.i] = attr.short
    if subj is None and pc.main is not None and not pc.prefix:
        # a split relative clause ("..., where it stayed, or hovered, ...") keeps its own subject
        own = next(
            (c for c in pc.main.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i in ids), None
        )
        if (
            own is not None
            and own.lower_ in SUBJECT_PRONOUNS
            and not (attr is not None and attr.speaker and agrees(ctx, own.lower_, attr))
        ):
            _replace_antecedent(ctx, own, pc.main, replace)
    if (
        subj is not None
        and subj.i in ids
        and subj.lower_ in FIRST_PERSON
        and attr is not None
        and attr.short
        and subj.i not in replace
        and lay.quote_at(subj.idx) is not None
    ):
        name, plural = None, attr.plural
        if subj.lower_ == "we" and attr.speaker_kind == "person" and attr.affiliation:
            # a spokesman's "We will not stop" -> "The rebels will not stop"
            name = definite_name(ctx, attr.affiliation)
            plural = _plural_name(name)
        elif subj.lower_ == "we" and attr.speaker_kind == "person":
            # a minister's "We will publish ..." -> "The government will publish ..."
            name = government_of(ctx, attr)
            plural = False
        elif (
            subj.lower_ == "we"
            and attr.speaker_kind in {"government", "military", "armed_group", "organisation"}
            and _is_body(ctx, attr)
        ) or (subj.lower_ == "i" and attr.speaker_kind == "person"):
            name = attr.short
        if name:
            # inside a quote, "We are continuing to assess" -> "CENTCOM is continuing to assess"
            replace[subj.i] = name
            if not plural:
                agree_3sg(subj, pc.main, replace)
            if subj.lower_ == "we":
                for i in ids:
                    if doc[i].lower_ == "our" and i not in replace:
                        replace[i] = "their" if plural else "its"
            elif subj.lower_ == "i":
                # '"I want to see a cop on my street," said Maria Delgado' -> "... on Maria
                # Delgado's street"
                for i in ids:
                    if doc[i].lower_ == "my" and i not in replace:
                        replace[i] = name + ("’" if name.endswith("s") else "’s")
                    elif doc[i].lower_ == "me" and i not in replace:
                        replace[i] = name


def definite_name(ctx, name: str) -> str:
    """ "Pentagon" (from "Pentagon spokesman") -> "the Pentagon": a name that takes the
    article in running text, as the article writes it or as the lexicon knows it."""
    words = name.split()
    if not words or words[0].lower() in {"the", "a", "an"} or words[0][:1].islower():
        return name
    key = "_".join(w.lower() for w in words)
    if key in DEFINITE_NAMES or words[-1].lower() in ORG_WORDS:
        return "the " + name
    low = ctx.text.lower()
    if low.count("the " + name.lower()) > 0:
        return "the " + name
    return name


def government_of(ctx, attr) -> str | None:
    """Whom a minister's "we" stands for: the country named in the title ("Russia's
    foreign minister" -> "Russia"), else "the government"; None for anyone else."""
    sp = attr.speaker_span
    span = sp and ctx.doc.char_span(sp[0], sp[1], alignment_mode="expand")
    root = span.root if span else None
    if root is not None and root.pos_ == "PRON" and attr.speaker:
        # "he said": the person's own mention, the last before the pronoun
        named = [e for e in ctx.ent_spans if e.text == attr.speaker and e.end_char <= sp[0]]
        root = named[-1].root if named else None
    np = list(root.subtree) if root is not None and root.pos_ != "PRON" else []
    if root is not None and root.dep_ in {"appos", "compound"} and root.head.pos_ == "NOUN":
        np += list(root.head.subtree)  # "the foreign minister, Sergei Petrov"
    words = {w.lower().strip(".,") for w in (attr.speaker or "").split()}
    words |= {t.lower_ for t in np if root is not None and t.i <= root.i}
    if not words & GOVERNMENT_TITLES:
        return None
    for t in np:
        if t.ent_type_ == "GPE" and t.ent_iob_ == "B" and t.dep_ in {"poss", "compound", "amod"}:
            ent = ctx.ent_of()[t.i]  # (the entity that starts here)
            return definite_name(ctx, ent.text.removesuffix("'s").removesuffix("’s"))
    return "the government"


def _plural_name(name: str) -> bool:
    """ "the rebels" are, "the union" is, "Doctors Without Borders" is."""
    words = name.split()
    return bool(words) and words[-1].islower() and words[-1].endswith("s")


def _name_phrase(r: Resolved, first: int, last: int, text: str) -> None:
    """Write ``text`` for the tokens ``first`` .. ``last`` ("this deployment" -> "the
    deployment of a battery to the region"): the first takes it, the rest go."""
    r.replace[first] = text
    for k in range(first + 1, last + 1):
        r.replace[k] = ""


def restore_demonstratives(ctx, r: Resolved) -> None:
    """ "That flight ended ..." -> "The flight ended ...", or the fuller earlier mention
    ("those systems" -> "the navigation systems") when one names the same thing."""
    doc = ctx.doc
    ids = set(r.ids)
    lower, dep = attrs(doc).lower, attrs(doc).dep
    for i in r.ids:
        if lower[i] not in DEMONSTRATIVES or dep[i] != "det" or i in r.replace:
            continue
        t = doc[i]
        noun = t.head
        if (
            noun.i not in ids
            or noun.ent_type_ in {"DATE", "TIME"}
            or noun.lemma_.lower() in TIME_WORDS
        ):
            continue
        document = document_antecedent(ctx, t, noun)
        if document:
            _name_phrase(r, t.i, noun.i, document)
            continue
        # a mention in the body first; one in the title ("FACT SHEET: U.S. Assistance
        # to ...") only when no clause names it better ("the additional $125 million")
        earlier = earlier_mention(ctx, noun, body_only=True)
        if earlier is not None:
            struck = _struck_just_before(ctx, t, noun)
            if struck:
                _name_phrase(r, t.i, noun.i, struck)
                continue
        if earlier is None:
            light = noun.dep_ == "dobj" and noun.head.lemma_.lower() in {"take", "direct"}
            # "I took this action": "took the deployment" would not read; the act the
            # same "I" ordered before, verb and all, takes the light verb's place
            if light and _same_actor_act(ctx, r, t, noun):
                continue
            # "I directed this military action": the attack at the author's direction
            named = directed_antecedent(ctx, t, noun) if light else clause_antecedent(ctx, t, noun)
            if named:
                _name_phrase(r, t.i, noun.i, named)
                _agree_with(noun, named, r.replace)
                continue
            earlier = earlier_mention(ctx, noun)
            if earlier is None:
                continue
        own = [k for k in range(t.i + 1, noun.i + 1)]
        fuller = fuller_mention(ctx, t, noun)
        if fuller == "":
            r.replace[t.i] = "the"  # the nearest mention is a class it belongs to
            continue
        if fuller:
            # "This deployment" -> "the deployment of a battery to the region"
            _name_phrase(r, t.i, noun.i, fuller)
            continue
        if earlier and earlier.lower() == noun.lower_:
            # only "the designation" before: the act a clause named ("is designating two
            # commanders ... The designation freezes ... This designation is part ...")
            named = act_antecedent(ctx, t, noun) or noun_antecedent(ctx, t, noun)
            if named:
                _name_phrase(r, t.i, noun.i, named)
                _agree_with(noun, named, r.replace)
                continue
        chained = chain_antecedent(ctx, t, noun)
        if chained:
            # "that disaster" -> "the extratropical cyclone" nearer than "the worst disaster"
            _name_phrase(r, t.i, noun.i, chained)
            continue
        if (
            earlier
            and len(earlier.split()) > len(own)
            and all(doc[k].lower_ in earlier.lower() for k in own)
        ):
            _name_phrase(r, t.i, noun.i, "the " + earlier)
        else:
            r.replace[t.i] = "the"


def _struck_just_before(ctx, det, noun) -> str | None:
    """ "This is the second attack on a place of worship this year. In March, a suicide
    bomber struck a Shiite mosque in Quetta, killing 19 people. That attack was claimed
    by ..." -> "The attack on the Shiite mosque in Quetta": "this"/"that" and an event
    noun right after a sentence whose verb struck something is that attack
    (``attack_antecedent``), not an earlier mention of the noun further back ("the
    second attack", which is another one), unless that sentence names the noun itself."""
    struck = attack_antecedent(ctx, det, noun)
    if not struck:
        return None
    lemma = noun.lemma_.lower()
    prev = sent_of(ctx.doc[sent_start(det) - 1])
    if any(t.pos_ == "NOUN" and t.lemma_.lower() == lemma for t in prev):
        return None
    return struck


def directed_antecedent(ctx, det, noun) -> str | None:
    """ "At my direction, forces struck a command facility and a weapons depot in
    western Iraq used by the group. ... I directed this military action ..." -> "the
    military action against a command facility and a weapons depot in western Iraq":
    a singular shell noun after an attack the author says was at its direction."""
    verb = directed_verb(ctx, det, noun)
    if verb is None:
        return None
    doc = ctx.doc
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    lemma = verb.lemma_.lower()
    if obj is not None and lemma in ACT_OF_VERB and noun.lemma_.lower() in ACT_OF_VERB[lemma][2]:
        # "At my direction, forces evacuated personnel of the embassy in Khartoum ... I
        # directed this action" -> "the evacuation of personnel of the embassy in
        # Khartoum": an official act the author ordered, named by its own noun
        name, prep, _labels = ACT_OF_VERB[lemma]
        what = _act_object(ctx, obj)
        return f"the {name} {prep} {what}" if what else None
    if lemma not in ATTACK_VERBS or obj is None:
        return None
    drop = set()
    for n in [obj, *obj.conjuncts]:
        for c in n.children:
            if c.dep_ in {"acl", "relcl", "appos"} or c.is_punct:
                drop.update(range(c.left_edge.i, c.right_edge.i + 1))
    ids = [
        i
        for i in range(obj.left_edge.i, obj.right_edge.i + 1)
        if i not in drop and not doc[i].is_space
    ]
    if not ids or len(ids) > 14 or any(doc[i].lower_ in DEMONSTRATIVES for i in ids):
        return None
    mods = [c.i for c in noun.lefts if c.dep_ in {"amod", "compound"}]
    return f"the {ctx.render(mods + [noun.i])} against {ctx.render(ids)}"


def directed_verb(ctx, det, noun):
    """The verb of the nearest earlier "at my (our) direction" when ``det`` + ``noun``
    is "this" + a singular shell noun ("this action", "this military action"): in a
    letter, the act its author ordered.  None otherwise."""
    if det.lower_ != "this" or noun.tag_ != "NN" or noun.lemma_.lower() not in SHELL_NOUNS:
        return None
    a = attrs(ctx.doc)
    lower, dep, head = a.lower, a.dep, a.head
    for k in _earlier_ids(ctx, det):
        if lower[k] != "direction" or dep[k] != "pobj" or lower[head[k]] != "at":
            continue
        t = ctx.doc[k]
        if any(c.dep_ == "poss" and c.lower_ in {"my", "our"} for c in t.children):
            return t.head.head
    return None


def _same_actor_act(ctx, r: Resolved, det, noun) -> bool:
    """ "I directed the deployment of a battery to the region. ... I took this action
    pursuant to ..." -> "I directed the deployment of a battery to the region pursuant
    to ...": a first-person author's light verb and "this action" are the act the same
    author ordered before, in the same tense (never another party's act)."""
    verb = noun.head
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if (
        det.lower_ != "this"
        or noun.lemma_.lower() not in SHELL_NOUNS
        or subj is None
        or subj.lower_ not in {"i", "we"}
        or any(c.dep_ in {"amod", "compound"} for c in noun.lefts)
    ):
        return False
    for t in _earlier_tokens(ctx, det):
        if t.dep_ != "dobj" or t.head.lemma_.lower() not in ORDERING_VERBS:
            continue
        v = t.head
        vs = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if vs is None or vs.lower_ != subj.lower_ or v.tag_ != verb.tag_ or v.i == verb.i:
            return False  # the nearest ordered act is another's, or in another tense
        dem = next(
            (c for c in t.children if c.dep_ == "det" and c.lower_ in {"this", "that"}), None
        )
        if dem is not None and t.lemma_.lower() in EVENT_NOUNS:
            # "I directed this strike to ... I took this action" -> "I directed the strike
            # against a facility in northern Syria", as that strike is named before
            fuller = fuller_mention(ctx, dem, t)
            if not fuller:
                return False
            r.replace[verb.i] = f"{ctx.render([v.i])} {fuller}"
            for k in range(det.i, noun.i + 1):
                r.replace[k] = ""
            return True
        if t.tag_ != "NN" or not t.lemma_.lower().endswith(ACT_SUFFIXES):
            return False
        of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        end = max([t.i] + [c.right_edge.i for c in t.children if c.dep_ == "prep" and c.i > t.i])
        ids = [i for i in range(t.i, end + 1) if not ctx.doc[i].is_space]
        if of is None or len(ids) > 12 or any(ctx.doc[i].lower_ in DEMONSTRATIVES for i in ids):
            return False
        r.replace[verb.i] = f"{ctx.render([v.i])} the {ctx.render(ids)}"
        for k in range(det.i, noun.i + 1):
            r.replace[k] = ""
        return True
    return False


def _bare_demonstrative(tok) -> bool:
    return (
        tok is not None
        and tok.lower_ in DEMONSTRATIVES
        and tok.tag_ == "DT"
        and tok.dep_ in {"nsubj", "nsubjpass"}
    )


def _earlier_ids(ctx, tok, sentences=6):
    """Ids of the tokens before ``tok``, nearest first, back ``sentences`` sentences,
    across paragraphs ("... conducted strikes ...\n\nThese actions were taken ...")."""
    first = sentence_start_back(ctx.doc, tok, sentences)
    yield from preceding_ids(ctx, tok, sentences, same_paragraph=False)
    # then the lead, which states what the article is about ("Today, forces conducted
    # strikes ...": the statement's closing "These actions were taken ...")
    for start, end in reversed([(a, b) for a, b in ctx.lead_sentences() if b <= first]):
        yield from range(end - 1, start - 1, -1)


def _earlier_tokens(ctx, tok, sentences=6):
    """The tokens of ``_earlier_ids``."""
    doc = ctx.doc
    for k in _earlier_ids(ctx, tok, sentences):
        yield doc[k]


def _definite(ctx, noun) -> str | None:
    """ "a command facility in western Iraq used by the group" -> "the command facility":
    the noun with its compounds and adjectives, made definite."""
    mods = [c for c in noun.lefts if c.dep_ in {"compound", "amod", "poss", "case"}]
    if any(
        c.lower_ in DEMONSTRATIVES or (c.pos_ == "PRON" and c.lower_ not in {"our", "my"})
        for c in mods
    ):
        return None  # "its depot": whose? ("our embassy" is the author's)
    lo = min([c.left_edge.i for c in mods] + [noun.i])
    doc = ctx.doc
    # (a possessive's apostrophe stays: "the Houthis' base")
    ids = [i for i in range(lo, noun.i + 1) if not doc[i].is_punct or doc[i].dep_ == "case"]
    if not ids or len(ids) > 6:
        return None
    det = next((c for c in noun.lefts if c.dep_ == "det"), None)
    owner = any(c.dep_ == "poss" for c in mods)
    text = ctx.render(ids)
    if noun.ent_type_ or owner or (det is not None and det.lower_ not in {"a", "an", "the"}):
        return text if det is None or det.lower_ == "the" else None
    return "the " + text


def previous_root(ctx, tok):
    """The root of the sentence before ``tok``'s, if it is in the same paragraph: what
    a demonstrative opening a sentence ("That attack", "These targets") looks back to."""
    start = sent_start(tok)
    if start == 0:
        return None
    root = sent_of(ctx.doc[start - 1]).root
    if ctx.layout.paragraph(root.idx) != ctx.layout.paragraph(tok.idx):
        return None
    return root


def attack_antecedent(ctx, det, noun) -> str | None:
    """ "A second bomb struck our embassy in Dar es Salaam. That attack killed 11
    people." -> "the attack on our embassy in Dar es Salaam": a demonstrative event
    noun after a sentence whose verb reports the attack, with its target and place."""
    if noun.lemma_.lower() not in EVENT_NOUNS:
        return None
    if det.lower_ in {"these", "those"} and noun.tag_ == "NNS":
        return _attacks_antecedent(ctx, det, noun)
    if det.lower_ not in {"this", "that"}:
        return None
    root = previous_root(ctx, det)
    if root is None or root.lemma_.lower() not in ATTACK_VERBS:
        return None
    obj = next((c for c in root.children if c.dep_ == "dobj"), None)
    if obj is None or obj.tag_ not in {"NN", "NNP"} or obj.ent_type_ == "PERSON":
        return None
    target = _definite(ctx, obj) if obj.pos_ == "NOUN" else ctx.render([obj.i])
    if not target:
        return None
    return f"the {noun.text} on {target}{place_of_strike(ctx, root, obj)}"


def _attacks_antecedent(ctx, det, noun) -> str | None:
    """ "Gunmen attacked two police stations in Borno state. These attacks ..." -> "the
    attacks on two police stations in Borno state"; "bombers struck a police station and
    a street ... These attacks" -> "the attacks on a police station and a street": a
    plural event noun after a sentence whose verb struck several things (a counted
    plural or a coordination), which are its targets. Not when that sentence names an
    event noun of its own (which attacks, then?)."""
    root = previous_root(ctx, det)
    if root is None or root.lemma_.lower() not in ATTACK_VERBS:
        return None
    if any(t.pos_ == "NOUN" and t.lemma_.lower() in EVENT_NOUNS for t in sent_of(root)):
        return None
    # "In March, gunmen attacked a police station. In May, militants attacked a market
    # and a school. ... these attacks": all of them (acts_antecedent), not the last
    for t in preceding_tokens(ctx, root, 2, same_paragraph=True):
        if t.i >= sent_start(root):
            continue
        low = t.lemma_.lower()
        if (t.pos_ == "VERB" and low in ATTACK_VERBS) or (t.pos_ == "NOUN" and low in EVENT_NOUNS):
            return None
    obj = next((c for c in root.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ != "NOUN":
        return None
    members = [obj, *obj.conjuncts]
    counted = obj.tag_ == "NNS" and any(
        c.dep_ == "nummod" and c.ent_type_ not in {"DATE", "TIME"} for c in obj.children
    )
    if len(members) < 2 and not counted:
        return None
    if any(m.pos_ != "NOUN" or m.ent_type_ == "PERSON" for m in members):
        return None
    what = _act_object(ctx, obj)
    if not what:
        return None
    where = place_of_strike(ctx, root, members[-1])
    if where.strip() in what:
        where = ""  # "two police stations in Borno state" says where already
    return _phrase(f"the {noun.text.lower()} on {what}{where}", True)


def set_antecedent(ctx, det, noun) -> str | None:
    """ "Forces struck a command facility and a weapons depot. These targets were ..."
    -> "the command facility and the weapons depot"; "designating three leaders of the
    militia. These individuals ..." -> "the three leaders of the militia": a plural
    demonstrative naming, in other words, the things or people the sentence before
    acted on (a coordination or a counted plural, of the same kind: people or not)."""
    if det.lower_ not in {"these", "those"} or noun.tag_ != "NNS":
        return None
    lemma = noun.lemma_.lower()
    if lemma in SHELL_NOUNS or lemma in EVENT_NOUNS or lemma in _ACT_NAMES or lemma == "fund":
        # "These deliveries": the act, not the things delivered; "includes food and
        # shelter. These funds ...": the money, not what it buys
        return None
    root = previous_root(ctx, det)
    if root is None or same_stem(lemma, root.lemma_.lower(), min_stem=6):
        return None  # "cut 2,000 jobs. Those cuts ...": the act, not the jobs
    obj = next((c for c in root.children if c.dep_ == "dobj"), None)
    if lemma in SITE_NOUNS:
        obj = _sites_of(root, obj) or obj
    if obj is None or obj.pos_ != "NOUN":
        return None
    # all the coordinated nouns ("food, clean water and medical care": "care" hangs on "water")
    members = [obj, *obj.conjuncts]
    if any(m.pos_ != "NOUN" for m in members):
        return None  # "tents, blankets and stoves" with "stoves" read as a verb: not the whole set
    if lemma in UNDERTAKING_NOUNS and not all(
        m.lemma_.lower() in _UNDERTAKINGS_OR_ACTS for m in members
    ):
        # "Our partners deliver food, clean water and medical care. These programs ...":
        # what is run, not what it delivers; only a set of such undertakings
        return None
    counted = obj.tag_ == "NNS" and any(c.dep_ == "nummod" for c in obj.children)
    if len(members) < 2 and not counted:
        return None

    def person(w):
        return w in PERSON_NOUNS or w in AGENT_NOUNS or w in {"individual", "people"}

    if root.lemma_.lower() in HARM_VERBS and lemma != obj.lemma_.lower():
        return None  # "killed 12 people. These families ...": not the dead

    if any(person(m.lemma_.lower()) != person(lemma) for m in members):
        return None
    if len(members) == 1:
        ids = list(range(obj.left_edge.i, obj.right_edge.i + 1))
        for c in obj.children:
            if c.dep_ in {"relcl", "acl", "appos"} or (c.dep_ == "prep" and c.lower_ != "of"):
                ids = [i for i in ids if not c.left_edge.i <= i <= c.right_edge.i]
        if len(ids) > 8 or any(ctx.doc[i].is_punct or ctx.doc[i].tag_ == "PRP$" for i in ids):
            return None
        first = ctx.doc[ids[0]]
        return "the " + ctx.render(ids[1:] if first.dep_ == "det" else ids)
    parts = [_definite(ctx, m) for m in members]
    if not all(parts):
        return None
    if all(
        m.tag_ == "NNS"
        and not m.text[0].isupper()
        and not any(c.dep_ in {"det", "poss"} for c in m.children)
        for m in members
    ):
        # "crowded schools and churches": one article for the whole set
        parts = [p[4:] if p.startswith("the ") else p for p in parts]
        parts[0] = "the " + parts[0]
    return " and ".join([", ".join(parts[:-1]), parts[-1]])


def _sites_of(root, obj):
    """ "conducted strikes against a depot and a workshop", "live in crowded schools and
    churches": the places (the first of a coordination or a counted plural) an attack
    the clause names was against, or that the clause, with no object, happened in."""
    if obj is None:
        heads, preps = [root], ("in", "at", "into", "against", "on")
    elif obj.pos_ == "NOUN" and obj.lemma_.lower() in EVENT_NOUNS:
        heads, preps = [obj, root], ("against", "on", "at")
    else:
        return None
    for h in heads:
        for c in h.children:
            if c.dep_ != "prep" or c.lower_ not in preps or (h is root and c.i < root.i):
                continue
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ == "NOUN" and pobj.ent_type_ not in {"DATE", "TIME"}:
                if pobj.conjuncts or (
                    pobj.tag_ == "NNS" and any(g.dep_ == "nummod" for g in pobj.children)
                ):
                    return pobj
    return None


def clause_antecedent(ctx, det, noun) -> str | None:
    """What a demonstrative noun with no earlier mention of its own stands for, from
    the clauses before it (each rule below), or None."""
    return (
        shell_antecedent(ctx, det, noun)
        or directed_antecedent(ctx, det, noun)
        or attack_antecedent(ctx, det, noun)
        or set_antecedent(ctx, det, noun)
        or nominal_antecedent(ctx, det, noun)
        or act_antecedent(ctx, det, noun)
        or event_antecedent(ctx, det, noun)
        or acts_antecedent(ctx, det, noun)  # several acts by verb, before their owner
        or owner_antecedent(ctx, det, noun)
    )


_ACT_NAMES = (
    frozenset(w for _name, _prep, labels in ACT_OF_VERB.values() for w in labels) | FUNDING_NOUNS
)
_UNDERTAKINGS_OR_ACTS = UNDERTAKING_NOUNS | SHELL_NOUNS | EVENT_NOUNS | _ACT_NAMES


class _Phrase(str):
    """An antecedent's text that knows its number, for its verb's agreement."""

    plural: bool | None = None


def _phrase(text: str, plural: bool) -> _Phrase:
    p = _Phrase(text)
    p.plural = plural
    return p


def _agree_with(noun, text, replace) -> None:
    """ "This action demonstrates" -> "The sanctions on ... demonstrate": the verb of a
    subject replaced by an antecedent of the other number agrees with it."""
    plural = getattr(text, "plural", None)
    if plural is None or noun.dep_ not in {"nsubj", "nsubjpass"}:
        return
    if plural and noun.tag_ == "NN":
        agree_plural(noun, noun.head, replace)
    elif not plural and noun.tag_ == "NNS":
        agree_3sg(noun, noun.head, replace)


# what an act was done on, as its noun phrase keeps it ("six individuals and three
# companies", "$60 million in humanitarian assistance"): not why, how or since when
_CORE_PREPS = frozenset({"of", "on", "in", "against", "to", "from"})
_CORE_DROP = frozenset({"relcl", "acl", "appos", "advcl", "punct", "parataxis", "advmod"})


def _core_ids(tok, preps=_CORE_PREPS) -> list[int]:
    ids = [tok.i]
    for c in tok.children:
        if c.dep_ in _CORE_DROP or c.is_space:
            continue
        if c.dep_ == "prep" and (c.lower_ not in preps or c.i < tok.i):
            continue
        ids.extend(_core_ids(c, preps))
    return sorted(ids)


def _act_object(ctx, obj, max_len=12) -> str | None:
    """The object of an act as a self-contained noun phrase, or None (too long, or
    itself pointing back: "their assets", "these groups")."""
    for preps in (_CORE_PREPS, frozenset({"of"})):
        ids = _core_ids(obj, preps)
        if len(ids) <= max_len:
            break
    else:
        return None
    doc = ctx.doc
    if any(
        doc[i].tag_ == "PRP$" or doc[i].pos_ == "PRON" or doc[i].lower_ in DEMONSTRATIVES
        for i in ids
    ):
        return None
    return ctx.render(ids)


def act_antecedent(ctx, det, noun) -> str | None:
    """ "OFAC is sanctioning six individuals and three companies ... This action
    demonstrates ..." -> "the sanctions on six individuals and three companies";
    "forces conducted strikes against radar sites ... This action follows ..." -> "the
    strikes against radar sites"; "is providing $60 million in assistance. This
    funding ..." -> "the $60 million in assistance": a noun that names the act of the
    nearest clause before whose verb is an official act (lexicon.ACT_OF_VERB), whose
    object is an act (ACT_OBJECT_VERBS) or which gives a sum (GIVING_VERBS).  The
    nearest act decides: a noun that cannot name it gives None."""
    lemma = noun.lemma_.lower()
    if det.lower_ not in DEMONSTRATIVES or noun.tag_ not in {"NN", "NNS"}:
        return None
    plural_det = det.lower_ in {"these", "those"}
    a = attrs(ctx.doc)
    starts, pos, tag, dep, kids = a.sent_start, a.pos, a.tag, a.dep, a.kids
    own = starts[det.i]
    earlier = list(_earlier_tokens(ctx, det))
    for n, t in enumerate(earlier):
        # "is taking steps to impose visa restrictions on ...": the act may be the
        # infinitive of a main clause
        if t.i >= own or pos[t.i] != "VERB":
            continue
        infinitive = dep[t.i] in {"xcomp", "advcl"} and any(tag[k] == "TO" for k in kids[t.i])
        if dep[t.i] not in {"ROOT", "conj", "ccomp"} and not infinitive:
            continue
        verb = t.lemma_.lower()
        obj = next((ctx.doc[k] for k in kids[t.i] if dep[k] == "dobj"), None)
        if obj is None:
            continue
        if verb in ACT_OF_VERB:
            name, prep, labels = ACT_OF_VERB[verb]
            plural = name.endswith("s")
            if lemma not in labels or (plural_det and not plural):
                return None
            if not same_stem(lemma, verb) and any(
                u.pos_ == "VERB" and u.i < t.i and same_stem(lemma, u.lemma_.lower())
                for u in earlier[n + 1 :]
            ):
                # "The State Department is designating Faris and Haddad ... Treasury is
                # sanctioning three companies ... These designations": the act the noun
                # itself names came first, so the nearest act may not be (all) of it
                return None
            before = starts[starts[t.i] - 1] if starts[t.i] > 0 else starts[t.i]
            if plural_det and any(
                u.pos_ == "VERB"
                and before <= u.i < t.i
                and u.dep_ in {"ROOT", "conj", "ccomp"}
                and u.lemma_.lower() in ACT_OF_VERB
                and lemma in ACT_OF_VERB[u.lemma_.lower()][2]
                for u in earlier[n + 1 :]
            ):
                # "... is designating two leaders. Treasury is sanctioning three firms.
                # These actions ...": both acts, not the last alone
                return None
            what = _act_object(ctx, obj)
            return _phrase(f"the {name} {prep} {what}", plural) if what else None
        olemma = obj.lemma_.lower()
        if (
            verb in ACT_OBJECT_VERBS
            and obj.pos_ == "NOUN"
            and (olemma in EVENT_NOUNS or olemma in ACT_OBJECT_NOUNS)
        ):
            plural = obj.tag_ == "NNS"
            if (plural_det and not plural) or (lemma == olemma and noun.tag_ != obj.tag_):
                return None
            if lemma != olemma and lemma not in SHELL_NOUNS and lemma != "decision":
                return None
            what = _act_object(ctx, obj, max_len=14)
            if not what:
                return None
            first = ctx.doc[obj.left_edge.i]
            if first.dep_ == "det" and first.head.i == obj.i and first.lower_ in {"a", "an", "the"}:
                what = what[len(first.text) + 1 :]
            target = next(
                (
                    c
                    for c in t.children
                    if c.dep_ == "prep" and c.lower_ in {"on", "against"} and c.i > obj.i
                ),
                None,
            )
            if target is not None and not any(
                c.dep_ == "prep" and c.lower_ in {"on", "against"} for c in obj.children
            ):
                # "is imposing sanctions today on five officials": the target hangs on the verb
                on = _act_object(ctx, target, max_len=10)
                what = f"{what} {on}" if on else what
            return _phrase(f"the {what}", plural)
        if verb in GIVING_VERBS and lemma in FUNDING_NOUNS and not plural_det:
            if obj.ent_type_ != "MONEY" and olemma not in FUNDING_NOUNS:
                continue
            what = _act_object(ctx, obj)
            if not what:
                return None
            if what.split()[0].lower() in {"a", "an", "the"}:
                what = what.split(" ", 1)[1]
            return _phrase(f"the {what}", False)
    return None


def event_antecedent(ctx, det, noun) -> str | None:
    """ "... responsible for the bombing of a hotel in the capital. That attack killed 31
    people." -> "the bombing of a hotel in the capital": "this"/"that" and a singular
    event noun is the nearest event named before by another event noun, with what it
    struck or where (not a date); not a new one ("a second attack"), nor one whose
    owner is a pronoun."""
    if det.lower_ not in {"this", "that"} or noun.tag_ != "NN":
        return None
    if noun.lemma_.lower() not in EVENT_NOUNS:
        return None
    doc = ctx.doc
    own = sent_start(det)
    for t in _earlier_tokens(ctx, det):
        if t.i >= own or t.pos_ != "NOUN" or t.lemma_.lower() not in EVENT_NOUNS:
            continue
        if t.tag_ != "NN":
            return None  # the nearest event is a plural one: which of them?
        left = [c for c in t.lefts if c.dep_ in {"det", "poss", "amod", "compound", "nummod"}]
        if any(
            c.lower_ in NEW_REFERENT_MODIFIERS
            or c.tag_ == "PRP$"
            or c.lower_ in DEMONSTRATIVES
            or c.ent_type_ == "ORDINAL"
            for c in left
        ):
            return None
        ids = [c.i for c in left if c.dep_ != "det"] + [t.i]
        for c in t.children:
            if c.dep_ != "prep" or c.i < t.i or c.lower_ not in {"of", "on", "against", "in", "at"}:
                continue
            sub = list(range(c.i, c.right_edge.i + 1))
            if len(sub) > 8 or any(
                doc[i].is_punct
                or doc[i].ent_type_ in {"DATE", "TIME"}
                or doc[i].tag_ == "PRP$"
                or doc[i].lower_ in DEMONSTRATIVES
                for i in sub
            ):
                continue
            ids.extend(sub)
        return "the " + ctx.render(sorted(ids))
    return None


# words of a title that run on lowercase in a sentence ("Letter ... Regarding the
# Deployment" -> "the report regarding the Deployment")
_TITLE_LINKS = frozenset(
    "to from on of for and the regarding concerning consistent with about in".split()
)


def document_antecedent(ctx, det, noun) -> str | None:
    """ "I am providing this report as part of ..." in a text titled "Letter to the
    Speaker of the House ... Regarding the Deployment of Forces" -> "the report to the
    Speaker of the House ... regarding the Deployment of Forces": "this" letter or
    report is the document itself, named by its title when the title says what kind
    of document it is."""
    if det.lower_ != "this" or noun.tag_ != "NN" or noun.lemma_.lower() not in DOCUMENT_NOUNS:
        return None
    lay = ctx.layout
    if not lay.headline_end or det.idx < lay.headline_end:
        return None
    words = ctx.text[: lay.headline_end].split()
    k = next(
        (i for i, w in enumerate(words[:4]) if w.lower().strip(":") in DOCUMENT_TITLE_WORDS),
        None,
    )
    rest = words[k + 1 :] if k is not None else []
    if not rest or rest[0].lower() not in _TITLE_LINKS or len(rest) > 24:
        return None
    rest = [w.lower() if w.lower() in _TITLE_LINKS else w for w in rest]
    return f"the {noun.text.lower()} {' '.join(rest).rstrip('.:')}"


def nominal_antecedent(ctx, det, noun) -> str | None:
    """ "The army will investigate the attack. That investigation must be swift." ->
    "the investigation of the attack"; "X has determined that ... This determination is
    based on ..." -> "X’s determination": the noun names the act a clause before
    reported, by the same stem."""
    if det.lower_ not in {"this", "that"} or noun.tag_ != "NN" or not bare_noun(noun):
        return None  # "that night work" is a kind of work, not the act of "worked only days"
    lemma = noun.lemma_.lower()
    own = sent_start(det)
    a = attrs(ctx.doc)
    pos, lemmas = a.pos, a.lemma
    for k in _earlier_ids(ctx, det):
        if pos[k] != "VERB" or k >= own or not same_stem(lemma, lemmas[k], min_stem=6):
            continue
        t = ctx.doc[k]
        obj = next((c for c in t.children if c.dep_ == "dobj"), None)
        if obj is not None and obj.pos_ in {"NOUN", "PROPN"}:
            # "Police arrested Jean-Luc Moreau-Diallo ... This arrest" -> "the arrest of
            # Jean-Luc Moreau-Diallo" (what was acted on says which act; not "Police’s")
            if obj.pos_ == "PROPN":
                lo = min([c.left_edge.i for c in obj.lefts] + [obj.i])
                target = ctx.render(list(range(lo, obj.i + 1))) if obj.i - lo < 8 else None
            else:
                target = _definite(ctx, obj)
            # "will investigate the attack" -> "the investigation of the attack"; "attacked
            # a crowded gate" -> "the attack on the crowded gate"
            prep = "on" if t.lemma_.lower() in ATTACK_VERBS else "of"
            return f"the {noun.text} {prep} {target}" if target else None
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        ccomp = next((c for c in t.children if c.dep_ == "ccomp" and c.i > t.i), None)
        if subj is not None and (obj is not None or ccomp is not None):
            # "X has determined that ...", "X announced $75 million ..." -> "X’s ..."
            owner = _owner(ctx, subj)
            if not owner:
                return None
            return f"{owner} {noun.text}{_what_of(ctx, obj, ccomp)}"
        return None
    return None


def _what_of(ctx, obj, ccomp) -> str:
    """ " of $75 million in new assistance for refugees", " that members of the militia
    have committed war crimes": what an announcement or a determination was, when it
    is short and points nowhere else; else ""."""
    doc = ctx.doc
    if obj is not None and obj.ent_type_ == "MONEY":
        what = _act_object(ctx, obj, max_len=12)
        return f" of {what}" if what else ""
    if ccomp is not None:
        ids = [i for i in range(ccomp.left_edge.i, ccomp.right_edge.i + 1) if not doc[i].is_space]
        while ids and (doc[ids[-1]].is_punct or doc[ids[-1]].dep_ == "cc"):
            ids.pop()
        if doc[ids[0]].lower_ == "that" and doc[ids[0]].dep_ == "mark":
            ids = ids[1:]
        if (
            not ids
            or len(ids) > 16
            or any(doc[i].tag_ in {"PRP", "PRP$"} or doc[i].lower_ in DEMONSTRATIVES for i in ids)
        ):
            return ""
        return f" that {ctx.render(ids)}"
    return ""


def _owner(ctx, subj) -> str | None:
    """ "the Secretary of State" -> "the Secretary of State’s": a named or definite
    subject as a possessor."""
    ids = [i for i in range(subj.left_edge.i, subj.right_edge.i + 1) if not ctx.doc[i].is_punct]
    if not ids or len(ids) > 6 or subj.pos_ == "PRON":
        return None
    first = ctx.doc[ids[0]]
    if first.lower_ in DEMONSTRATIVES or first.tag_ == "PRP$" or first.lower_ in {"a", "an"}:
        return None
    if any(c.dep_ in {"relcl", "acl", "appos"} for c in subj.children):
        return None
    text = ctx.render(ids)
    if first.lower_ == "the" and not first.ent_type_:
        text = "the" + text[3:]
    return f"{text}{'’' if text.endswith('s') else '’s'}"


def owner_antecedent(ctx, det, noun) -> str | None:
    """ "The militia has attacked villages and killed civilians. These abuses have
    forced ..." -> "the militia’s abuses": a noun for acts, with nothing nearer, is the
    acts of the subject of the sentence before, when that subject acts."""
    if noun.lemma_.lower() not in ACT_NOUNS and noun.lower_ not in ACT_NOUNS:
        return None
    doc = ctx.doc
    start = sent_start(det)
    for _ in range(2):  # the sentence before, or the one before it
        if start == 0:
            return None
        prev = sent_of(doc[start - 1])
        start = prev.start
        root = prev.root
        if ctx.layout.paragraph(root.idx) != ctx.layout.paragraph(det.idx):
            return None
        if root.pos_ != "VERB" or not any(c.dep_ == "dobj" for c in root.children):
            return None  # the subject acted on something
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subj is None or not (
            subj.ent_type_ in {"ORG", "GPE", "NORP", "PERSON"}
            or subj.lower_ in ORG_WORDS
            or subj.lemma_.lower() in AGENT_NOUNS
        ):
            continue
        owner = _owner(ctx, subj)
        if owner:
            mods = [c for c in noun.lefts if c.dep_ in {"amod", "compound"}]
            return f"{owner} {ctx.render([c.i for c in mods] + [noun.i])}"
    return None


def shell_antecedent(ctx, det, noun) -> str | None:
    """ "Russia launched cyber attacks ..., and those actions had ..." -> "Russia’s
    cyber attacks": a shell noun ("actions", "the move") after a clause whose
    object names the event, with the same number."""
    if noun.lemma_.lower() not in SHELL_NOUNS:
        return None
    if any(c.i > noun.i and c.dep_ in {"acl", "relcl"} for c in noun.children):
        return None  # "this effort to interfere with ...": it says itself what it is
    plural = det.lower_ in {"these", "those"}
    para = ctx.layout.paragraph(det.idx)
    own_object = False  # the demonstrative's paragraph has named a thing done before it
    for t in _earlier_tokens(ctx, det):
        if t.dep_ == "dobj" and any(
            c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in t.children
        ):
            return None  # "condemns this attack": itself a mention of one before
        if ctx.layout.paragraph(t.idx) != para:
            if own_object:
                # "... signed a border security agreement ... The United States supports
                # this effort": not the attack the statement's lead condemned
                return None
        elif t.dep_ == "dobj" and t.pos_ == "NOUN" and t.i < det.i:
            own_object = True
        elif (
            t.dep_ in {"nsubj", "nsubjpass"}
            and t.pos_ == "NOUN"
            and t.i < sent_start(det)
            and t.lemma_.lower() in EVENT_NOUNS
            and (t.tag_ == "NNS") == plural
        ):
            # "The strikes were conducted ... That remains a central objective of these
            # operations": the events its paragraph is about
            return _definite(ctx, t)
        if (
            t.dep_ == "dobj"
            and t.pos_ == "NOUN"
            and t.lemma_.lower() in EVENT_NOUNS
            and (t.tag_ == "NNS") == plural
        ):
            mods = [c for c in t.lefts if c.dep_ in {"compound", "amod"} and c.i == t.i - 1]
            words = ctx.render([c.i for c in mods] + [t.i])
            subj = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
            if (
                subj is not None
                and t.head.lemma_.lower() not in NOT_A_STEP_VERBS  # "condemns the attack"
                and subj.pos_ == "PROPN"
                and subj.ent_type_
                in {
                    "GPE",
                    "ORG",
                    "NORP",
                    "PERSON",
                }
            ):
                owner = ctx.render(range(subj.left_edge.i, subj.i + 1))
                return f"{owner}{'’' if owner.endswith('s') else '’s'} {words}"
            return f"the {words}"
        if (
            t.dep_ == "dobj"
            and not plural
            and t.tag_ == "NN"
            and t.lemma_.lower().endswith(ACT_SUFFIXES)
            and t.head.lemma_.lower() in ORDERING_VERBS
        ):
            # "I directed the deployment of a battery ... I took this action"
            of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            ids = list(range(t.i, (of.right_edge.i if of is not None else t.i) + 1))
            if len(ids) <= 10 and not any(ctx.doc[i].lower_ in DEMONSTRATIVES for i in ids):
                return "the " + ctx.render(ids)
            return None
    return None


def demonstrative_frame(ctx, r: Resolved) -> None:
    """ "This meant the navigation system could not find ..." -> the reported
    consequence alone ("The navigation system could not find ..."): the
    demonstrative only links it to the sentence before, which is its own claim."""
    pc = r.piece
    main = pc.main
    if main is None or not _bare_demonstrative(pc.subject):
        return
    if main.lemma_.lower() not in CONSEQUENCE_VERBS:
        return
    content = next(
        (
            c
            for c in main.children
            if c.dep_ == "ccomp"
            and c.i > main.i
            and any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)
        ),
        None,
    )
    if content is None:
        return
    first = content.left_edge
    if first.tag_ in {"WP", "WP$", "WDT"} or first.lower_ in {"whether", "if", "how"}:
        # "This shows what can be achieved when ...", "This shows how much remains": a
        # question the sentence answers by what came before, no claim of its own ("This
        # showed why rates had to stay above 95 percent" says they had to)
        return
    keep = set(range(content.left_edge.i, content.right_edge.i + 1))
    ids = [i for i in r.ids if i in keep]  # a leading "that" goes with trim()
    if not ids:
        return
    r.ids = trim(ctx.doc, ids)
    pc.main = content
    pc.subject = next(c for c in content.children if c.dep_ in {"nsubj", "nsubjpass"})


def event_this(ctx, r: Resolved) -> None:
    """ "The US condemns the attack on a convoy on Tuesday. This is the third such
    incident this month." -> "The attack on a convoy ... is the third such incident":
    a bare "this" said to be an incident, attack or event is the event named last."""
    pc = r.piece
    main, subj = pc.main, pc.subject
    if main is None or subj is None or subj.i not in r.ids or subj.i in r.replace:
        return
    pronoun_it = subj.lower_ == "it" and subj.tag_ == "PRP" and not is_expletive_it(subj)
    if not (_bare_demonstrative(subj) or pronoun_it):
        return
    if main.lemma_ != "be" or subj.lower_ not in {"this", "that", "it"}:
        return
    attr = next((c for c in main.children if c.dep_ == "attr"), None)
    events = _EVENT_OR_SHELL_NOUNS
    if attr is None:
        return
    same_kind = attr.lemma_.lower() not in events
    if same_kind and not any(
        c.dep_ in {"amod", "det"} and (c.tag_ in {"JJ", "JJS"} or c.lower_ in {"another", "the"})
        for c in attr.lefts
    ):
        return  # "This is the third new strain": said to be one more of a kind named before

    def matches(t):
        if same_kind:
            return t.lemma_.lower() == attr.lemma_.lower()
        return t.lemma_.lower() in events

    # the kind named before, or an event, may be some sentences back ("... will
    # investigate the attack.\n\nThis is not an isolated incident.")
    window = _earlier_tokens(ctx, subj)
    own = sent_start(subj)
    for t in window:
        if t.i >= own:
            continue
        if t.pos_ == "NOUN" and t.tag_ == "NN" and matches(t):
            if same_kind and not any(c.dep_ in {"det", "poss"} for c in t.children):
                continue  # "Flooding is common in the rainy season": the kind, not one
            if t.dep_ not in {"dobj", "nsubj", "nsubjpass"} and not (
                # "... claimed responsibility for the attack. It was the third ..."
                t.dep_ == "pobj" and t.head.head.dep_ in {"dobj", "ROOT"}
            ):
                continue
            ids = list(range(t.left_edge.i, t.i + 1))
            pp = next((c for c in t.children if c.dep_ == "prep" and c.i > t.i), None)
            if pp is not None and pp.lower_ in {"on", "against", "of", "in", "at"}:
                ids.extend(range(pp.i, pp.right_edge.i + 1))
            if len(ids) > 14 or any(ctx.doc[i].lower_ in DEMONSTRATIVES for i in ids):
                return
            text = ctx.render(ids)
            first = ctx.doc[ids[0]]
            if first.lower_ in {"the", "a", "an"}:
                text = "the" + text[len(first.text) :]
            r.replace[subj.i] = text
            return


def place_it(ctx, r: Resolved) -> None:
    """ "More than 40 aid workers have been killed in Sudan. It is one of the most
    dangerous places in the world." -> "Sudan is one of ...": an "it" said to be a place
    is the one place the sentence before named (never with two: "in Geneva and
    Vienna")."""
    pc = r.piece
    main, subj = pc.main, pc.subject
    if main is None or subj is None or subj.i not in r.ids or subj.i in r.replace:
        return
    # (not is_expletive_it: "It is one of the most dangerous places ... to deliver aid"
    # reads as an extraposed clause to it, but a place said to be is referential)
    if subj.lower_ != "it" or subj.tag_ != "PRP" or main.lemma_ != "be":
        return
    attr = next((c for c in main.children if c.dep_ == "attr"), None)
    if attr is None:
        return
    if attr.lemma_.lower() == "one":  # "one of the most dangerous places"
        of = next((c for c in attr.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        attr = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    if attr is None or attr.lemma_.lower() not in PLACE_NOUNS:
        return
    root = previous_root(ctx, subj)
    if root is None:
        return
    sent = sent_of(root)
    starts = attrs(ctx.doc).sent_start
    places = {
        e.text
        for e in ctx.ent_spans
        if e.label_ in {"GPE", "LOC"} and starts[e.start] == sent.start  # e.sent == sent
    }
    if len(places) != 1:
        return
    r.replace[subj.i] = places.pop()


def gathering_it(ctx, r: Resolved) -> None:
    """ "The outbreak spread quickly. It was attended by 300 guests": what is attended,
    convened or adjourned is a gathering (``GATHERING_VERBS``); an "it" there that the
    rules took for anything no gathering noun names is left as it was (a wrong
    referent is worse than a dangling one)."""
    lower = attrs(ctx.doc).lower
    for i in r.ids:
        if lower[i] != "it" or i not in r.replace:
            continue
        tok = ctx.doc[i]
        verb = tok.head
        if verb.lemma_.lower() not in GATHERING_VERBS:
            continue
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        if tok.dep_ != ("nsubjpass" if passive else "dobj"):
            continue
        named = r.replace[i].lower().replace("’s", "").replace("'s", "").split()
        if not any(w in GATHERING_NOUNS for w in named):
            del r.replace[i]


def event_timing(ctx, r: Resolved) -> None:
    """ "Militants attacked a police post in the north. This comes a week after ..."
    -> "The attack on the police post in the north comes a week after ...": a bare
    "this" that places something in time is the event the sentence before reported,
    named by an event noun or by a verb of attack."""
    pc = r.piece
    main, subj = pc.main, pc.subject
    if main is None or subj is None or subj.i not in r.ids:
        return
    # "It came days after ...": an "it" placed in time is the event, too
    referring_it = (
        subj.lower_ == "it"
        and subj.tag_ == "PRP"
        and not is_expletive_it(subj)
        and r.ids[0] == subj.i
        and placed_in_time(main)
    )
    if not _bare_demonstrative(subj) and not referring_it:
        return
    if subj.i in r.replace or main.lemma_.lower() not in TIMING_VERBS:
        return
    if subj.lower_ not in {"this", "that", "it"}:
        return
    doc = ctx.doc
    own = sent_start(subj)
    if own == 0:
        return
    prev = sent_of(doc[own - 1])
    if ctx.layout.paragraph(prev.root.idx) != ctx.layout.paragraph(subj.idx):
        return
    text, plural = None, False
    for t in prev:
        if (
            t.pos_ == "NOUN"
            and t.lemma_.lower() in EVENT_NOUNS
            and t.dep_ in {"dobj", "nsubj", "nsubjpass"}
            and t.head.i == prev.root.i
        ):
            mods = [c for c in t.lefts if c.dep_ in {"compound", "amod"}]
            ids = [c.i for c in mods] + [t.i]
            pp = next((c for c in t.children if c.dep_ == "prep" and c.i > t.i), None)
            if pp is not None and pp.lower_ in {"on", "against", "in", "at"}:
                ids.extend(range(pp.i, pp.right_edge.i + 1))
            if len(ids) <= 10 and not any(doc[i].tag_ == "PRP$" for i in ids):
                text, plural = "the " + ctx.render(ids), t.tag_ == "NNS"
            break
    if text is None and prev.root.lemma_.lower() in ATTACK_VERBS:
        obj = next((c for c in prev.root.children if c.dep_ == "dobj"), None)
        target = _definite(ctx, obj) if obj is not None and obj.pos_ == "NOUN" else None
        if target:
            place = next(
                (
                    c
                    for c in list(obj.children) + list(prev.root.children)
                    if c.dep_ == "prep" and c.lower_ in {"in", "at", "near"} and c.i > obj.i
                ),
                None,
            )
            where = ""
            if place is not None and len(list(place.subtree)) <= 6:
                where = " " + ctx.render(range(place.i, place.right_edge.i + 1))
            text = f"the attack on {target}{where}"
    if text is None:
        return
    r.replace[subj.i] = text
    if plural and main.tag_ == "VBZ":
        r.replace[main.i] = main.lemma_.lower()  # "The strikes come ..."


def _participle(v) -> str | None:
    """A regular past participle for "the disabled terminals", else None."""
    low = v.lower_
    if v.tag_ == "VBN" or (v.tag_ == "VBD" and past_tense(v.lemma_.lower()) == low):
        return low
    return None


def inclusion_subject(ctx, r: Resolved) -> None:
    """ "The activity disabled terminals in Ukraine. This includes tens of thousands of
    terminals outside Ukraine." -> "The disabled terminals include ...": "this" names
    the set the sentence before spoke of, found by the object's own noun."""
    pc = r.piece
    main, subj = pc.main, pc.subject
    if main is None or not _bare_demonstrative(subj) or subj.i not in r.ids:
        return
    if subj.i in r.replace or main.lemma_.lower() not in INCLUSION_VERBS:
        return
    obj = next((c for c in main.children if c.dep_ == "dobj"), None)
    while obj is not None and (obj.ent_type_ in {"CARDINAL", "QUANTITY"} or obj.pos_ == "NUM"):
        of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    if obj is None or obj.pos_ != "NOUN":
        return
    lemma = obj.lemma_.lower()
    starts = attrs(ctx.doc).sent_start
    own = starts[subj.i]
    for t in preceding_tokens(ctx, subj, 1, same_paragraph=True):
        if starts[t.i] == own or t.lemma_.lower() != lemma or t.pos_ != "NOUN":
            continue
        if t.dep_ == "dobj":
            part = _participle(t.head)
            text = f"the {part} {t.text}" if part else f"the {t.text}"
        elif t.dep_ in {"nsubj", "nsubjpass"}:
            text = f"the {t.text}"
        else:
            continue
        r.replace[subj.i] = text
        if t.tag_ == "NNS" and main.tag_ == "VBZ":
            r.replace[main.i] = main.lemma_.lower()
        return


def drop_anaphoric_frame(ctx, r: Resolved) -> None:
    """A fronted phrase that only points back ("With this in mind, ...", "Because of
    that, ...") adds nothing checkable and cannot be read alone: drop it."""
    doc = ctx.doc
    main = r.piece.main
    if main is None or not r.ids:
        return
    for c in main.children:
        if c.dep_ in {"prep", "advcl"} and c.i < main.i and c.left_edge.i == r.ids[0]:
            if any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in c.children):
                return  # "If this is true, he should resign": the claim holds only so
            sub = list(c.subtree)
            if any(
                t.lower_ in DEMONSTRATIVES
                and t.tag_ == "DT"
                and t.dep_ in {"pobj", "dobj", "nsubj"}
                for t in sub
            ):
                # up to the comma that closes the phrase ("With this in mind, ...")
                subj = r.piece.subject
                limit = subj.left_edge.i if subj is not None else main.i
                comma = next(
                    (i for i in r.ids if c.right_edge.i <= i < limit and doc[i].text == ","), None
                )
                if comma is not None:
                    r.ids = [i for i in r.ids if i > comma]
            return


def _speaking_owner(ctx, r: Resolved, poss) -> str | None:
    """ "The ministry rejected the report. It said its forces had not fired ...": the
    owner in the subject of what a pronoun said, that pronoun's own possessive ("it" ->
    "its"), is the party the pronoun was resolved to as the speaker."""
    a = r.attr
    if a is None or not a.speaker or not a.speaker_span or a.speaker_kind == "person":
        return None
    said_by = ctx.text[a.speaker_span[0] : a.speaker_span[1]].lower()
    if _OWN_POSSESSIVE.get(said_by) != poss.lower_ or said_by != "it":
        return None
    doc = ctx.doc
    said = doc.char_span(*a.speaker_span, alignment_mode="expand")
    if said is None or said.end > poss.i or poss.i - said.end > 6:
        return None  # "It says the reservoir will ... and that its turbines ...": whose?
    if any(
        t.tag_ in {"NN", "NNP"} and t.ent_type_ not in {"DATE", "TIME"}
        for t in doc[said.end : poss.i]
    ):
        return None
    return a.speaker


def resolve_possessive(ctx, r: Resolved) -> None:
    """ "Its members carried out the attack" -> "AQIM's members ..." when the owner is known."""
    subj = r.piece.subject
    main = r.piece.main
    if subj is None and main is not None:
        # the piece's own subject (also one the parser hung on an auxiliary)
        subj = next(
            (ctx.doc[i] for i in r.ids if ctx.doc[i].dep_ in {"nsubj", "nsubjpass"} and i < main.i),
            None,
        )
    if subj is None or subj.i not in r.ids:
        return
    unnamed = _OWN_POSSESSIVE.get(r.attr.unnamed) if r.attr is not None else None
    for c in subj.children:
        if c.lower_ == unnamed:
            continue  # "It said its engineers ...": whose, when "it" is not known?
        if c.dep_ == "poss" and c.i in r.ids and c.i not in r.replace:
            name = ctx.antecedents().possessors.get(c.i) or _speaking_owner(ctx, r, c)
            between = range(c.i + 1, subj.i)
            if (
                name
                and (" of " in name or "’" in name)
                and all(ctx.doc[k].dep_ in {"amod", "compound"} for k in between)
                # "Its schools and clinics": "the schools of X and clinics" would split them
                and not any(g.dep_ == "conj" for g in subj.children)
            ):
                # "Its findings" -> "The findings of the investigation of the attack"
                r.replace[c.i] = "the"
                r.replace[subj.i] = f"{subj.text} of {name}"
            elif name:
                r.replace[c.i] = _possessor(name, ctx.antecedents().common_openers)


_POSSESSIVE_FITS = {
    "its": lambda t: t.tag_ in {"NN", "NNP"} or t.lower_ == "it",
    "their": lambda t: (
        t.tag_ in {"NNS", "NNPS"}
        or t.ent_type_ in {"ORG", "NORP", "GPE"}
        or t.lower_ in {"they", "them"}
        # "Many of those affected have lost their livelihoods", "Most of them": a set of
        # people named by a pronoun or a quantifier
        or (t.lower_ in {"those", "these"} and t.dep_ != "det")
        or (t.lower_ in PLURAL_QUANTIFIERS and any(c.lower_ == "of" for c in t.children))
    ),
    "his": lambda t: (
        t.ent_type_ == "PERSON" or t.lemma_.lower() in PERSON_NOUNS or t.lower_ in {"he", "him"}
    ),
    "her": lambda t: (
        t.ent_type_ == "PERSON" or t.lemma_.lower() in PERSON_NOUNS or t.lower_ == "she"
    ),
}


def _cataphoric_subject(tok):
    """ "Since its inception in 1984, Rewards for Justice has paid ...": the subject
    after a phrase fronted before its clause, which a possessive in that phrase stands
    for; None when the possessive is not in such a phrase."""
    a = tok
    while a.head.i != a.i:
        v = a.head
        if v.pos_ in {"VERB", "AUX"} and a.dep_ in {"prep", "advcl", "npadvmod"} and a.i < v.i:
            subj = next((c for c in v.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            return subj if subj is not None and subj.i > tok.i else None
        a = v
    return None


def resolve_other_possessives(ctx, r: Resolved) -> None:
    """ "Under his leadership, the group has kidnapped ..." -> "Under Omar al-Tahiri’s
    leadership, ...": a possessive that nothing before it in the claim can stand for
    takes the owner the coreference walk is sure of (the subject's own possessive is
    resolve_possessive's)."""
    doc = ctx.doc
    if r.piece.prefix:
        return  # a restored subject before it may be the owner
    unnamed = _OWN_POSSESSIVE.get(r.attr.unnamed) if r.attr is not None else None
    a = attrs(doc)
    tag, lower = a.tag, a.lower
    cands = [
        i
        for i in r.ids
        if tag[i] == "PRP$"
        and lower[i] in _POSSESSIVE_FITS
        and i not in r.replace
        and lower[i] != unnamed
    ]
    if not cands:
        return
    for i in cands:
        fits = _POSSESSIVE_FITS[doc[i].lower_]
        before = [k for k in r.ids if k < i]
        if any(fits(doc[k]) or r.replace.get(k) for k in before):
            continue  # bound in the claim (or by a name put in before it)
        if _in_relative_clause(doc[i], before):
            continue  # "those who lost their lives": the relative clause's own noun
        ahead = _cataphoric_subject(doc[i])
        if ahead is not None:
            span = list(range(ahead.left_edge.i, ahead.right_edge.i + 1))
            name = ahead.is_title and any(doc[k].ent_type_ == "ORG" for k in span)
            if fits(ahead) or name:
                # it stands for the subject after it, never for a mention before; a name
                # that does not read as its owner ("Rewards for Justice") is written in
                if name and not fits(ahead) and all(k in r.ids for k in span):
                    if len(span) <= 6 and not any(doc[k].is_punct for k in span):
                        r.replace[i] = _possessor(ctx.render(span))
                continue
        name = ctx.antecedents().possessors.get(i)
        if not name or reporter_has_rival(ctx, r, doc[i], name):
            continue
        if "’" in name or "'" in name:
            # "their memory" of "the attack’s victims" -> "the memory of the attack’s
            # victims", never a possessive of a possessive
            head = doc[i].head
            if head.i == i + 1 and head.i in r.ids and not any(c.i > head.i for c in head.children):
                r.replace[i] = "the"
                r.replace[head.i] = f"{head.text} of {name}"
            continue
        r.replace[i] = _possessor(name, ctx.antecedents().common_openers)


def _in_relative_clause(tok, before) -> bool:
    """Is ``tok`` inside a relative clause whose noun is among ``before``?"""
    a = tok
    while a.head.i != a.i:
        if a.dep_ in {"relcl", "acl"} and a.head.i in before:
            return True
        a = a.head
    return False


def _possessor(name: str, openers=frozenset()) -> str:
    """ "two American citizens" -> "the two American citizens’"; "Residents", a bare
    common noun capitalised only as its sentence's first word (coref's
    ``common_openers``) -> "the residents’", "consular officers" -> "the consular
    officers’": an owner is a definite one, not whoever the plain plural could name."""
    first = name.split(" ", 1)[0]
    if first[:1].isdigit() or first.lower() in _NUMBER_WORDS or name in openers:
        name = "the " + name[0].lower() + name[1:] if not first[:1].isdigit() else "the " + name
    elif first[:1].islower() and first.isalpha() and first not in _NOT_BARE:
        name = "the " + name  # "consular officers" -> "the consular officers’"
    return name + ("’" if name.endswith("s") else "’s")


# words a lowercase owner may open with that already make it definite or general
_NOT_BARE = frozenset(
    "the a an this that these those its their his her our your my each every all both "
    "some many most several any no one".split()
)


_NUMBER_WORDS = frozenset(
    "two three four five six seven eight nine ten eleven twelve dozens hundreds".split()
)


def restore_reported_subject(ctx, r: Resolved) -> None:
    """ "It said vaccines now in use should still offer some protection": the parser
    makes "vaccines" the object of "said" and leaves the reported clause without a
    subject, so the claim read "Should still offer some protection."  The object (and
    what follows it up to the clause) is the clause's subject."""
    pc = r.piece
    main = pc.main
    if main is None or pc.prefix or main.dep_ != "ccomp" or not r.ids or main.i not in r.ids:
        return
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in main.children):
        return
    if not any(c.dep_ == "aux" and c.i < main.i for c in main.children) and main.tag_ not in {
        "VBD",
        "VBZ",
        "VBP",
    }:
        return  # a finite reported clause only ("to increase testing" has no subject)
    head = main.head
    obj = next((c for c in head.children if c.dep_ == "dobj" and c.i < main.i), None)
    if obj is None or obj.pos_ not in {"NOUN", "PROPN"} or obj.ent_type_ == "PERSON":
        return
    if obj.lemma_.lower() in PERSON_NOUNS:
        return  # "told reporters ...": whom it was said to
    span = range(obj.left_edge.i, main.left_edge.i)
    own = set(range(obj.left_edge.i, obj.right_edge.i + 1))
    for c in head.children:
        if c.dep_ == "prep" and obj.i < c.i < main.i:
            own.update(range(c.left_edge.i, c.right_edge.i + 1))
    if not span or any(k not in own for k in span) or r.ids[0] < main.left_edge.i:
        return
    r.ids = [k for k in span if not ctx.doc[k].is_punct] + r.ids
    r.n_words += len(span)
    pc.subject = obj


def issuer(ctx) -> str | None:
    """Who a statement's own "we" is: the government or body that the first sentence of
    the body, in the text's own voice, has acting ("The Department of State is
    designating ...", "Today, the United States announced ..."), named by a proper
    name; None when the text has a first-person author ("I directed ...", whose "we"
    may be a country or an administration) or the first sentence's subject is no such
    name ("United States forces struck ...").  Computed once per document."""
    if "issuer" in ctx.memo:
        return ctx.memo["issuer"]
    ctx.memo["issuer"] = None
    doc, lay = ctx.doc, ctx.layout
    for t in doc:
        if (
            t.lower_ in {"i", "my", "me"}
            and t.tag_ in {"PRP", "PRP$"}
            and lay.quote_at(t.idx) is None
        ):
            return None
    for sent in doc.sents:
        root = sent.root
        if sent.start_char < lay.headline_end or lay.is_excluded(root.idx):
            continue  # the title, a byline (not a sentence opened by a dateline or time)
        if root.pos_ not in {"VERB", "AUX"}:
            continue
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subj is None or lay.quote_at(subj.idx) is not None:
            return None
        if any(c.dep_ == "ccomp" for c in root.children) and root.lemma_.lower() in {
            "say",
            "tell",
            "announce",
        }:
            return None  # someone else's report opens the text
        if subj.pos_ != "PROPN" or not (
            subj.ent_type_ in {"ORG", "GPE"} or subj.lower_ in ORG_WORDS
        ):
            return None  # "United States forces", "Police in Kano": no issuing body
        ids = [
            i
            for i in range(subj.left_edge.i, subj.right_edge.i + 1)
            if not any(
                c.left_edge.i <= i <= c.right_edge.i
                for c in subj.children
                if c.dep_ in {"appos", "punct", "relcl", "acl"}
            )
            and not doc[i].is_punct
        ]
        if not ids or len(ids) > 10 or any(doc[i].pos_ == "PRON" for i in ids):
            return None
        if any(doc[i].ent_type_ == "PERSON" for i in ids):
            return None  # "Councilwoman Ana Reyes has declared victory": news of a person
        name = ctx.render(ids)
        if doc[ids[0]].lower_ == "the":
            name = "the" + name[3:]
        ctx.memo["issuer"] = name
        return name
    return None


def resolve_issuer_we(ctx, r: Resolved) -> None:
    """ "We will continue to use all available tools ..." in a statement whose first
    sentence has the Department of State acting -> "The Department of State will
    continue ...": a "we" in the text's own voice (no speaker, not in a quotation) is
    the issuing body, when the text names it reliably (``issuer``)."""
    pc = r.piece
    subj = pc.subject
    if subj is None or subj.lower_ != "we" or subj.i not in r.ids or subj.i in r.replace:
        return
    if pc.prefix or (r.attr is not None and r.attr.speaker):
        return
    if ctx.layout.quote_at(subj.idx) is not None:
        return
    name = issuer(ctx)
    if not name:
        return
    r.replace[subj.i] = name
    agree_3sg(subj, pc.main, r.replace)
    for i in r.ids:
        low = ctx.doc[i].lower_
        if i not in r.replace and low in {"our", "us", "ours"}:
            r.replace[i] = {"our": "its", "us": "it", "ours": "its"}[low]


def resolve_partitive(ctx, r: Resolved) -> None:
    """ "One of them, the deputy director, ordered ..." -> "One of the five officials, ...":
    the pronoun of a partitive subject, when what it stands for is known."""
    lower = attrs(ctx.doc).lower
    if not any(lower[i] == "them" for i in r.ids):
        return  # only "them" is ever partitive (coref.Antecedents): spare the walk
    part = ctx.antecedents().partitive
    for i in r.ids:
        if i in part and i not in r.replace:
            if _named_before_in_claim(ctx, r, i, part[i].removeprefix("the ")):
                continue  # "Rescue teams — many of them volunteers — searched ...": bound
            r.replace[i] = part[i]


def in_running_text(ctx, name: str) -> str:
    """ "Schools in Kelvale" (a mention that opened its sentence) as it reads inside one:
    "schools in Kelvale"; a name ("Qatar's mediators", "UNICEF") stays as it is."""
    first = name.split(" ", 1)[0]
    if not first[:1].isupper() or first.isupper() or first in ctx.names():
        return name
    return name[:1].lower() + name[1:]


def resolve_object_pronouns(ctx, r: Resolved) -> None:
    """ "When a guard stopped him, ..." -> "When a guard stopped the bomber, ...": an
    object pronoun the coreference walk is sure of (coref.Antecedents._object_pronoun,
    _subject_of_previous)."""
    objects = ctx.antecedents().objects
    if not objects:
        return
    for i in r.ids:
        if i in objects and i not in r.replace:
            r.replace[i] = in_running_text(ctx, objects[i]) if i != r.ids[0] else objects[i]


def _named_before_in_claim(ctx, r: Resolved, i: int, name: str) -> bool:
    """Does the claim already name what the pronoun at ``i`` stands for, before it? The
    pronoun then reads as it is ("Rescue teams — many of them volunteers — ..."), and
    the name written in would repeat it ("many of rescue teams volunteers")."""
    before = [k for k in r.ids if k < i]
    if not before:
        return False
    return name.lower() in ctx.render(before, r.replace).lower()


_INNER_CLAUSES = frozenset({"advcl", "relcl", "acl", "pcomp"})


def resolve_inner_subjects(ctx, r: Resolved) -> None:
    """ "The council rejected the plan before it approved the dam" -> "... before the
    government approved the dam", "the water they use" -> "the water the farmers use":
    the subject "it"/"they" of a clause inside the claim (adverbial, relative), which is
    not the claim's subject and so never had resolve_pronouns' turn, takes the antecedent
    the coreference walk is sure of, unless a noun of its class before it in the claim can
    already stand for it. Only an antecedent named in the pronoun's own sentence ("We will
    not rest until they are all home" is not the mediators of the sentence before), and
    not an organisation the walk took for a "they" ("the foreign nationals they are
    holding": the body named in the sentence, or the authorities?)."""
    doc = ctx.doc
    a = attrs(doc)
    lower, dep, tag = a.lower, a.dep, a.tag
    subj = r.piece.subject
    cands = [
        i
        for i in r.ids
        if lower[i] in {"it", "they"}
        and tag[i] == "PRP"
        and dep[i] in {"nsubj", "nsubjpass"}
        and i not in r.replace
        and (subj is None or i != subj.i)
    ]
    if not cands:
        return
    ants = ctx.antecedents()
    for i in cands:
        tok = doc[i]
        if tok.head.dep_ not in _INNER_CLAUSES or i in ants.singular_they:
            continue
        plural = lower[i] == "they"
        if any(
            (tag[k] in {"NNS", "NNPS"} if plural else tag[k] in {"NN", "NNP"}) or k in r.replace
            for k in r.ids
            if k < i
        ):
            continue  # a noun before it in the claim may be what it stands for
        name = ants.lookup(tok)
        start = sent_start(tok)
        if name and any(
            start <= k < i and text == name
            for k, _p, text, _x in ants.events["plural" if plural else "single"]
        ):
            r.replace[i] = in_running_text(ctx, name)


def name_pronoun_speakers(ctx, pieces) -> None:
    """ "The governor visited the market. He promised ...": a "he"/"she"/"it" who speaks
    is the antecedent the coreference walk is sure of, where the discourse memory's
    choice cannot be right: a "he" for someone who was "she", an "it" for a plural
    ("Scientists say ... The WHO has asked ... It said ..." is the WHO)."""
    doc = ctx.doc  # the coreference walk only once a speaker needs it (it costs)
    seen = set()
    for pc in pieces:
        a = pc.attr
        if a is None or id(a) in seen or not a.speaker or not a.speaker_span:
            continue
        seen.add(id(a))
        s, e = a.speaker_span
        pronoun = ctx.text[s:e].lower()
        first = ctx.text[s:e].split()[0].lower() if ctx.text[s:e].split() else ""
        if first in {"its", "their", "his", "her"} and first != pronoun:
            # "Its leaders have rejected ..." -> "The militia’s leaders"
            span = doc.char_span(s, e, alignment_mode="expand")
            owner = ctx.antecedents().possessors.get(span[0].i) if span is not None else None
            if owner:
                rest = ctx.text[s + len(first) : e]
                # "Its foreign ministry" of "the government of the neighboring country"
                # -> "the foreign ministry of the government of ...", not "...country’s"
                name = f"the{rest} of {owner}" if " of " in owner else _possessor(owner) + rest
                a.speaker = a.short = (
                    name[0].upper() + name[1:] if a.speaker[:1].isupper() else name
                )
            continue
        if pronoun not in {"he", "she", "it"}:
            continue
        span = doc.char_span(s, e)
        ants = ctx.antecedents()
        name = ants.lookup(span[0]) if span is not None and len(span) == 1 else None
        if pronoun == "it" and a.speaker.lower() == "it":
            # still the bare pronoun: the one party before it that can speak, or no one
            # ("It" is not a speaker a reader can check)
            name = name or (ants.speaking_party(span[0]) if span is not None else None)
            if name:
                a.speaker, a.short, a.speaker_kind, a.affiliation = name, name, "organisation", None
            else:
                # told as someone's report, by no one the article names: a reporting
                # hedge ("It said"), as for "..., a report says"
                a.hedge = f"{ctx.text[s:e]} {a.cue}" if a.cue else None
                a.speaker = a.short = a.speaker_kind = a.affiliation = None
                a.unnamed = pronoun
            a.plural = False
            continue
        last = a.speaker.split()[-1]
        if not name and pronoun == "it" and _not_an_it(a, last):
            # "Human rights groups have criticized ... Amnesty Kavaria said in a report
            # ... It urged ...": the last party that spoke cannot be this "it" (a set, a
            # person), and the walk knows no other: told by no one named, as above
            a.hedge = f"{ctx.text[s:e]} {a.cue}" if a.cue else None
            a.speaker = a.short = a.speaker_kind = a.affiliation = None
            a.unnamed = pronoun
            a.plural = False
            continue
        if not name or name == a.speaker:
            continue
        if name.split()[-1] in a.speaker or a.speaker.split()[-1] in name:
            continue  # the same party, named in full or in short
        if pronoun == "it":
            if not _not_an_it(a, last):
                continue
            kind = "organisation"
        elif any(k.split()[-1] == last and g != pronoun for k, g in ants.genders().items() if k):
            kind = "person"
        else:
            continue
        a.speaker, a.short, a.speaker_kind, a.affiliation = name, name, kind, None
        a.plural = False


def _not_an_it(a, last: str) -> bool:
    """Is the speaker the discourse memory gave an "it" one that cannot be it: a set
    ("Human rights groups") or a person? (An all-capital name may be either.)"""
    plural = a.plural or (last.lower().endswith("s") and last.lower() not in ORG_WORDS)
    return (plural or a.speaker_kind == "person") and not a.speaker.isupper()


def resolve(ctx, pieces) -> list[Resolved]:
    name_pronoun_speakers(ctx, pieces)
    quote_speakers(ctx, pieces)
    continue_accounts(ctx, pieces)
    out = []
    for pc in keep_unnamed_results(ctx, merge_dependent(ctx, pieces)):
        r = claim_tokens(ctx, pc)
        if r is not None:
            demonstrative_frame(ctx, r)
            restore_reported_subject(ctx, r)
            resolve_pronouns(ctx, r)
            resolve_issuer_we(ctx, r)
            resolve_possessive(ctx, r)
            resolve_partitive(ctx, r)
            resolve_object_pronouns(ctx, r)
            resolve_inner_subjects(ctx, r)
            resolve_other_possessives(ctx, r)
            reporters_pronouns(ctx, r)
            drop_anaphoric_frame(ctx, r)
            resolve_determiners_early(ctx, r)
            restore_demonstratives(ctx, r)
            sum_this(ctx, r)
            struck_this(ctx, r)
            inclusion_set(ctx, r)
            partitive_these(ctx, r)
            object_set(ctx, r)
            inclusion_subject(ctx, r)
            event_this(ctx, r)
            place_it(ctx, r)
            event_timing(ctx, r)
            gathering_it(ctx, r)
            act_this(ctx, r)
            act_object_this(ctx, r)
            resolve_demonstratives(ctx, r)
            resolve_determiners(ctx, r)
            subj = r.piece.subject
            r.anaphoric = (
                subj is not None
                and subj.i in r.ids
                and subj.i not in r.replace
                and not r.piece.prefix
                and (
                    _bare_demonstrative(subj)
                    # "They were preserved in ice": no antecedent it could be sure of
                    or (
                        subj.lower_ in SUBJECT_PRONOUNS
                        and subj.tag_ == "PRP"
                        and not is_expletive_it(subj)
                        and not (r.attr is not None and r.attr.speaker and pc.speech_act)
                    )
                )
            )
            out.append(r)
    resolve_bridging(ctx, out)
    clause_this(ctx, out)
    return out
