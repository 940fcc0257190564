"""Orchestration: spaCy Doc -> layout -> pieces -> ClaimRecords."""
from __future__ import annotations

import bisect
import re
from typing import Iterable, Iterator

from . import attribution as A
from . import layout as L
from .checkworthiness import score as cw_score
from .coref import antecedents, is_expletive_it
from .hedges import find_hedge
from .kinds import classify
from .loader import load_pipeline
from .quantities import find_quantities
from .records import ClaimRecord
from .speakers import ORG_WORDS, PERSON_PRONOUNS, is_media, speaker_kind
from .splitting import Piece, SentenceSplitter, is_agent

QUOTE_CHARS = "\"“”«»„"
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.;:!?%)])")
_MULTI_SPACE = re.compile(r"\s{2,}")
_LEADING_JUNK = frozenset({"and", "but", "or", "so", "that", "though", "although", "while", "yet", "then"})


class DocContext:
    def __init__(self, doc, text):
        self.doc = doc
        self.text = text
        self.layout = L.analyse(text)
        self.region_speaker: dict[int, A.Attribution] = {}
        self.last_person: A.Attribution | None = None
        self.last_other: A.Attribution | None = None
        self.last_plural: A.Attribution | None = None  # last plural agent subject ("the engineers")
        # entities once per doc (doc.ents builds new Span objects on every access)
        self.ents = [(e.start_char, e.end_char, e.text, e.label_) for e in doc.ents if e.label_ != "ORDINAL"]
        self.ent_ends = [e[1] for e in self.ents]
        self._names = None
        self._antecedents = None  # coref.Antecedents, built on first use

    def names(self) -> frozenset:
        """Words of the named people, organisations and places (built on first use)."""
        if self._names is None:
            self._names = frozenset(w for _, _, text, label in self.ents if label in ("PERSON", "ORG", "NORP", "GPE") for w in text.split())
        return self._names

    def entities_in(self, s: int, e: int) -> list[dict]:
        out = []
        k = bisect.bisect_right(self.ent_ends, s)
        while k < len(self.ents) and self.ents[k][0] < e:
            es, ee, text, label = self.ents[k]
            out.append({"text": text, "label": label, "span": [es, ee]})
            k += 1
        return out

    # --- coreference of speakers (last compatible named speaker) ---------
    def remember(self, a: A.Attribution):
        if a.speaker_kind == "person":
            self.last_person = a
        elif a.speaker:
            self.last_other = a

    def note_subject(self, subj, splitter, main_clause=True):
        if main_clause and subj.tag_ in ("NNS", "NNPS") and subj.ent_type_ not in ("GPE", "LOC") and is_agent(subj):
            ids = splitter.mention_ids(subj)
            if ids:
                d = self.doc
                s, e = d[ids[0]].idx, d[ids[-1]].idx + len(d[ids[-1]])
                text = self.text[s:e]
                labels = {d[i].ent_type_ for i in ids if d[i].ent_type_}
                self.last_plural = A.Attribution(text, (s, e), speaker_kind(text, labels), None, None, None, short=text, plural=True)
            return
        if (
            subj.ent_type_ == "PERSON"
            or any(t.ent_type_ == "PERSON" for t in subj.lefts)
            or (
                subj.pos_ == "PROPN" and subj.ent_type_ not in ("GPE", "NORP", "LOC", "FAC")
                and any(t.pos_ == "PROPN" and t.dep_ == "compound" for t in subj.lefts)
                and speaker_kind(subj.text) in ("organisation", "person")
                and not any(t.lower_ in ORG_WORDS for t in subj.subtree)
            )
        ):
            ids = splitter.mention_ids(subj)
            if ids:
                d = self.doc
                s, e = d[ids[0]].idx, d[ids[-1]].idx + len(d[ids[-1]])
                person = [i for i in ids if d[i].ent_type_ == "PERSON"]
                short = self.text[d[person[0]].idx: d[person[-1]].idx + len(d[person[-1]])] if person else self.text[s:e]
                self.last_person = A.Attribution(self.text[s:e], (s, e), "person", None, None, None, short=short)

    def resolve(self, pronoun: str) -> A.Attribution | None:
        if pronoun in PERSON_PRONOUNS:
            return self.last_person
        if pronoun == "they":
            # the most recent of: a named non-person speaker, a plural agent subject
            cands = [a for a in (self.last_other, self.last_plural) if a is not None and a.speaker_span]
            return max(cands, key=lambda a: a.speaker_span[0]) if cands else self.last_other
        if pronoun == "it":
            return self.last_other
        return None

    def is_media_token(self, tok) -> bool:
        ids = range(tok.left_edge.i, tok.right_edge.i + 1)
        text = " ".join(self.doc[i].text for i in ids)
        return is_media(text, {self.doc[i].ent_type_ for i in ids if self.doc[i].ent_type_} - {"GPE"}) or tok.lower_ in ("reporters", "journalists")

    def render(self, ids, replace=None) -> str:
        doc = self.doc
        out = []
        prev = None
        for i in ids:
            t = doc[i]
            if t.is_space:
                continue
            if prev is not None and i != prev + 1 and out and not out[-1].endswith(" "):
                out.append(" ")
            txt = replace.get(i, t.text) if replace else t.text
            out.append(txt + (" " if t.whitespace_ else ""))
            prev = i
        return "".join(out).strip()


def _units(doc, lay):
    """Sentence token ranges, cut at line breaks and stripped of whitespace."""
    units = []
    for sent in doc.sents:
        cur = []
        for t in sent:
            if t.is_space:
                if "\n" in t.text and cur:
                    units.append(cur)
                    cur = []
                continue
            cur.append(t.i)
            if "\n" in t.whitespace_:
                units.append(cur)
                cur = []
        if cur:
            units.append(cur)
    # a lone closing quote or bracket belongs to the sentence before it
    merged = []
    for u in units:
        if merged and all(doc[i].is_punct for i in u) and doc[u[0]].idx - (doc[merged[-1][-1]].idx + len(doc[merged[-1][-1]])) < 2:
            merged[-1].extend(u)
        else:
            merged.append(u)
    return merged


def _clean_text(s: str) -> str:
    s = s.strip()
    # drop unbalanced quote marks, keep balanced scare quotes
    n_open = sum(s.count(c) for c in "“«„")
    n_close = sum(s.count(c) for c in "”»")
    n_straight = s.count('"')
    if n_open != n_close or n_straight % 2:
        s = "".join(c for c in s if c not in QUOTE_CHARS)
    s = s.strip(" ,;:-—–")
    s = _SPACE_BEFORE_PUNCT.sub(r"\1", s)
    s = _MULTI_SPACE.sub(" ", s).strip()
    s = s.replace("( ", "(")
    if not s:
        return s
    s = s[0].upper() + s[1:]
    if s[-1] not in ".!?":
        s = s.rstrip(",;:") + "."
    return s


def _trim(doc, ids):
    ids = [i for i in ids if not doc[i].is_space]
    while ids and (doc[ids[0]].is_punct and not doc[ids[0]].is_quote or doc[ids[0]].lower_ in _LEADING_JUNK and doc[ids[0]].dep_ in ("cc", "mark", "advmod", "punct") or doc[ids[0]].is_quote and len(ids) > 1):
        ids = ids[1:]
    while ids and (doc[ids[-1]].is_punct and doc[ids[-1]].text not in ")%" or doc[ids[-1]].dep_ == "cc"):
        ids = ids[:-1]
    return ids


_VERB_LEMMAS: frozenset | None = None


def _verb_lemmas() -> frozenset:
    """Verb lemmas known to the pipeline's lemmatizer tables (loaded once)."""
    global _VERB_LEMMAS
    if _VERB_LEMMAS is None:
        try:
            lem = load_pipeline().get_pipe("lemmatizer")
            _VERB_LEMMAS = frozenset(lem.lookups.get_table("lemma_index")["verb"])
        except Exception:  # no lemmatizer tables: the heuristic stays off
            _VERB_LEMMAS = frozenset()
    return _VERB_LEMMAS


def _verb_stems(low: str):
    if low.endswith("ies"):
        yield low[:-3] + "y"
    if low.endswith("es"):
        yield low[:-2]
    if low.endswith("s") and not low.endswith("ss"):
        yield low[:-1]


def _title_case_statement(doc, ids) -> bool:
    """A title-case headline with no tagged verb whose word after a leading
    name is a known verb in the 3rd person ("Agency Identifies ...", "Court
    Blocks ...").  A label ("Attribution of X", "Remembering the Victims of Y
    Attacks") has a preposition or a participle before any such word."""
    if any(doc[i].pos_ in ("VERB", "AUX") for i in ids) or len(ids) < 3:
        return False
    words = [doc[i] for i in ids if not doc[i].is_punct]
    if sum(1 for t in words if t.text[:1].isupper()) < len(words) * 0.6:
        return False
    verbs = _verb_lemmas()
    for k in range(1, len(words) - 1):
        t, prev = words[k], words[k - 1]
        if prev.pos_ in ("ADP", "DET") or prev.tag_ == "VBG" or any(w.pos_ == "ADP" or w.tag_ == "VBG" for w in words[:k]):
            return False
        if t.text[:1].isupper() and prev.pos_ in ("PROPN", "NOUN") and any(st in verbs for st in _verb_stems(t.lower_)):
            return True
    return False


# web furniture: "More information on X is available here.", "For more information, visit ..."
_POINTER_RE = re.compile(
    r"^(?:for\s+)?(?:more|further|additional)\s+(?:information|details)\b.*\b(?:here|website|visit|www\.|available|located|contact)\b"
    r"|\b(?:is|are)\s+available\s+here\W*$",
    re.I | re.S,
)


def _skip_unit(doc, ids, text, lay) -> bool:
    if not ids:
        return True
    last = [doc[i] for i in ids if not doc[i].is_punct or doc[i].text in "?!"]
    if last and last[-1].text == "?":
        return True
    if not any(doc[i].pos_ in ("VERB", "AUX") for i in ids):
        return True
    if doc[ids[-1]].text == ":":  # a lead-in to a list or a section heading
        return True
    first = doc[ids[0]]
    if first.tag_ == "VB" and first.dep_ == "ROOT" and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in first.children):
        return True  # imperative: "Follow us on Twitter"
    s, e = doc[ids[0]].idx, doc[ids[-1]].idx + len(doc[ids[-1]])
    if L.CAPTION_RE.search(text[s:e]) or _POINTER_RE.search(text[s:e]):
        return True
    return False


def doc_to_claims(doc, text: str | None = None) -> list[ClaimRecord]:
    text = doc.text if text is None else text
    ctx = DocContext(doc, text)
    lay = ctx.layout
    all_pieces: list[tuple[Piece, list[int], object]] = []
    for u_idx, unit in enumerate(_units(doc, lay)):
        allowed_list = [i for i in unit if not lay.is_excluded(doc[i].idx)]
        if allowed_list and doc[allowed_list[0]].idx < lay.headline_end and _title_case_statement(doc, allowed_list):
            # "NASA Identifies Cause of Mars Helicopter Crash": tagged as one long name, no verb
            pc = Piece(order=list(allowed_list), main=None, headline=True, unit=u_idx)
            pc.verbless = True
            all_pieces.append((pc, allowed_list, lay.paragraph(doc[allowed_list[0]].idx)))
            continue
        if _skip_unit(doc, allowed_list, text, lay):
            continue
        allowed = set(allowed_list)
        splitter = SentenceSplitter(ctx, allowed)
        # "according to X" belongs to the whole sentence
        acc = None
        for i in allowed_list:
            p = A.according_to(doc[i])
            if p is not None:
                tok = doc[i]
                span = set(range(tok.left_edge.i, max(tok.right_edge.i, p.right_edge.i) + 1))
                if tok.i > 0 and doc[tok.i - 1].text == ",":
                    span.add(tok.i - 1)
                acc = (tok, p, span, splitter.mention_ids(p))
                allowed -= span
                break
        roots = [doc[i] for i in allowed_list if i in allowed and (doc[i].head.i == i or doc[i].head.i not in allowed) and not doc[i].is_punct]
        pieces = []
        for r in roots:
            if r.pos_ in ("VERB", "AUX") or r.dep_ == "ROOT":
                pieces.extend(splitter.analyse(r))
        if acc is not None:
            tok, p, span, ids = acc
            generic = p.lemma_.lower() in A.GENERIC_REPORTS or p.lower_ in A.GENERIC_REPORTS
            for pc in pieces:
                pc.attr_ids = list(pc.attr_ids) + sorted(span)
            if ids:
                mention = ctx.render(ids)
                if generic:
                    for pc in pieces:
                        pc.attr = _with(pc.attr, via=mention, hedge="according to " + mention)
                        if pc.attr is None:
                            pc.attr = A.Attribution(None, None, None, "according to", (tok.idx, tok.idx + 12), "according", via=mention, hedge="according to " + mention)
                else:
                    a = splitter.attr_from_mention(ids, None)
                    a.cue, a.cue_span, a.cue_lemma = "according to", (tok.idx, tok.idx + 12), "according"
                    for pc in pieces:
                        if pc.attr is None or not pc.attr.speaker:
                            pc.attr = a
                        elif a.speaker_kind == "media" and not pc.attr.via:
                            pc.attr = _with(pc.attr, via=a.speaker)
        para = lay.paragraph(doc[allowed_list[0]].idx)
        for pc in pieces:
            pc.unit = u_idx
            pc.headline = doc[allowed_list[0]].idx < lay.headline_end
            all_pieces.append((pc, allowed_list, para))

    # quotations: unattributed sentences inside a quote take the quote's speaker
    last_by_para: dict[int, A.Attribution] = {}
    prev_para_speaker = None
    cur_para = None
    region_fallback: dict[int, A.Attribution | None] = {}
    for pc, unit_ids, para in all_pieces:
        if para != cur_para:
            if cur_para is not None:
                prev_para_speaker = last_by_para.get(cur_para)
            cur_para = para
        if pc.attr is None or not pc.attr.speaker:
            first = _first_content(doc, pc)
            q = lay.quote_at(doc[first].idx) if first is not None else None
            if q is not None:
                a = ctx.region_speaker.get(q)
                if a is None:
                    if q not in region_fallback:
                        qs = lay.quotes[q][0]
                        unit_start = doc[unit_ids[0]].idx
                        same_para = [ctx.region_speaker[k] for k in range(q - 1, -1, -1) if k in ctx.region_speaker and lay.paragraph(lay.quotes[k][0]) == para]
                        fb = None
                        if qs <= unit_start + 1:
                            fb = same_para[0] if same_para else (last_by_para.get(para) or prev_para_speaker)
                        region_fallback[q] = fb
                    a = region_fallback[q]
                if a is not None:
                    hedge = pc.attr.hedge if pc.attr else None
                    pc.attr = _with(a, hedge=hedge) if hedge else a
        if pc.attr is not None and pc.attr.speaker:
            last_by_para[para] = pc.attr

    merged = _merge_dependent(doc, all_pieces)
    claims = []
    for pc in merged:
        rec = _record(ctx, pc)
        if rec is not None:
            claims.append(rec)
    return claims


def _is_body(ctx, attr) -> bool:
    """A named or institutional speaker that can say "we" for itself (not "the coach")."""
    if attr.speaker_kind != "organisation":
        return True
    sp = attr.speaker_span
    if sp and any(e["label"] in ("ORG", "GPE", "NORP") for e in ctx.entities_in(sp[0], sp[1])):
        return True
    return bool({w.lower().strip(".,") for w in (attr.speaker or "").split()} & ORG_WORDS)


_TO_3SG = {"are": "is", "am": "is", "were": "was", "have": "has", "do": "does", "'re": "is", "’re": "is", "'m": "is", "’m": "is", "'ve": "has", "’ve": "has"}


def _agree_3sg(doc, subj, main, replace):
    """Make the finite verb after a replaced first-person subject third person singular."""
    if main is None:
        return
    verbs = [c for c in main.children if c.dep_ in ("aux", "auxpass") and c.i > subj.i] + [main]
    v = min(verbs, key=lambda t: t.i)
    low = v.lower_
    if low in _TO_3SG:
        new = _TO_3SG[low]
        replace[v.i] = (" " + new) if low[0] in "'’" else new
    elif v.tag_ == "VBP":
        from .splitting import present_3sg

        replace[v.i] = present_3sg(v.lemma_.lower())


def _agrees(ctx, pronoun: str, attr) -> bool:
    """Could the speaker be what the pronoun stands for?"""
    if pronoun in PERSON_PRONOUNS:
        return attr.speaker_kind == "person"
    if pronoun == "they":
        return attr.speaker_kind not in ("person", None)
    if pronoun == "it":
        if attr.speaker_kind in ("person", None) or attr.plural:
            return False
        sp = attr.speaker_span and ctx.doc.char_span(attr.speaker_span[0], attr.speaker_span[1], alignment_mode="expand")
        # "They said ... it stayed": a speaker reached through "they" is plural
        return not (sp and (sp[-1].tag_ in ("NNS", "NNPS") or sp[-1].lower_ in ("they", "we")))
    return False


def _first_content(doc, pc):
    for i in pc.order:
        if not doc[i].is_punct and not doc[i].is_space:
            return i
    return pc.order[0] if pc.order else None


def _merge_dependent(doc, all_pieces):
    """Glue a sentence opening with "Otherwise" onto the claim it depends on."""
    out: list[Piece] = []
    for pc, _, _ in all_pieces:
        first = _first_content(doc, pc)
        if out and first is not None and doc[first].lower_ == "otherwise" and out[-1].attr is pc.attr:
            prev = out[-1]
            prev.order = list(prev.order) + list(pc.order)
            prev.replace.update(pc.replace)
            continue
        out.append(pc)
    return out


def _with(a, **kw):
    if a is None:
        return None
    b = A.Attribution(**a.__dict__)
    for k, v in kw.items():
        setattr(b, k, v)
    return b


def _record(ctx: DocContext, pc: Piece) -> ClaimRecord | None:
    doc = ctx.doc
    lay = ctx.layout
    ids = [i for i in pc.order if not lay.is_excluded(doc[i].idx)]
    ids = _trim(doc, ids)
    if not ids or not any(doc[i].pos_ in ("VERB", "AUX") for i in ids) and not pc.prefix and not getattr(pc, "verbless", False):
        return None
    if pc.headline and pc.main is not None and pc.main.tag_ == "VBG" and pc.subject is None and not pc.prefix:
        return None  # "Remembering the Victims ...": a title, not a statement
    words = [i for i in ids if not doc[i].is_punct]
    if len(words) < 3 and not pc.prefix:
        return None
    attr = pc.attr
    replace = dict(pc.replace)
    # pronoun subject -> the speaker or the last compatible named mention
    subj = pc.subject
    if subj is not None and subj.i in ids and subj.pos_ == "PRON":
        low = subj.lower_
        if attr is not None and attr.speaker and (
            (low in PERSON_PRONOUNS and attr.speaker_kind == "person")
            or (low == "they" and attr.speaker_kind not in ("person", None))
            or (low == "it" and _agrees(ctx, low, attr) and not is_expletive_it(subj))
        ):
            replace[subj.i] = attr.short or attr.speaker
        elif low in PERSON_PRONOUNS and ctx.last_person is not None and pc.speech_act:
            replace[subj.i] = ctx.last_person.short
        elif low in ("he", "she", "it", "they") and not pc.speech_act:
            # no agreeing speaker: the nearest agreeing mention before it ("He visited ..." -> "Alassane Ouattara visited ...")
            ants = antecedents(ctx)
            name = ants.lookup(subj)
            if name:
                replace[subj.i] = name
                if subj.i in ants.singular_they:
                    _agree_3sg(doc, subj, pc.main, replace)
    if pc.speech_act and attr is not None and subj is not None and subj.i in ids and subj.pos_ == "PRON" and attr.short:
        replace[subj.i] = attr.short
    if subj is None and pc.main is not None and not pc.prefix:
        # a split relative clause ("..., where it stayed, or hovered, ...") keeps its own subject
        own = next((c for c in pc.main.children if c.dep_ in ("nsubj", "nsubjpass") and c.i in ids), None)
        if own is not None and own.lower_ in ("he", "she", "it", "they") and not (attr is not None and attr.speaker and _agrees(ctx, own.lower_, attr)):
            name = antecedents(ctx).lookup(own)
            if name:
                replace[own.i] = name
                if own.i in antecedents(ctx).singular_they:
                    _agree_3sg(doc, own, pc.main, replace)
    if (
        subj is not None and subj.i in ids and subj.lower_ in A.FIRST_PERSON and attr is not None and attr.short
        and subj.i not in replace and lay.quote_at(subj.idx) is not None
        and (
            (subj.lower_ == "we" and attr.speaker_kind in ("government", "military", "armed_group", "organisation") and _is_body(ctx, attr))
            or (subj.lower_ == "i" and attr.speaker_kind == "person")
        )
    ):
        # inside a quote, "We are continuing to assess" -> "CENTCOM is continuing to assess"
        replace[subj.i] = attr.short
        if not attr.plural:
            _agree_3sg(doc, subj, pc.main, replace)
        if subj.lower_ == "we":
            for i in ids:
                if doc[i].lower_ == "our" and i not in replace:
                    replace[i] = "their" if attr.plural else "its"
    body = ctx.render(ids, replace)
    if pc.prefix:
        body = pc.prefix + " " + (body[0].lower() + body[1:] if body[:1].isupper() and not doc[ids[0]].pos_ == "PROPN" and doc[ids[0]].text not in ("I",) else body)
    text = _clean_text(body)
    if len(text) < 8:
        return None
    span_src = [i for i in (pc.span_ids or ids) if not doc[i].is_space and not lay.is_excluded(doc[i].idx)]
    span_src = _trim(doc, span_src) or span_src
    s = min(doc[i].idx for i in span_src)
    e = max(doc[i].idx + len(doc[i]) for i in span_src)
    scan = list(ids) + [i for i in pc.attr_ids if not lay.is_excluded(doc[i].idx)]
    hedge, htype = find_hedge(doc, scan, pc.main)
    if attr is not None and attr.hedge and not hedge:
        hedge, htype = attr.hedge, "reporting"
    quantities = find_quantities(doc, ids if not pc.span_ids else pc.order)
    ents = ctx.entities_in(s, e)
    speaker = attr.speaker if attr is not None else None
    kind = classify(
        main=pc.main, cue_lemma=attr.cue_lemma if attr is not None and speaker else None, speaker=speaker,
        speech_act=pc.speech_act, hedge_type=htype, quantities=quantities,
        subject_lower=pc.subject.lower_ if pc.subject is not None else None,
        hedge_is_adverb=bool(hedge) and hedge.lower() not in ("may", "might", "could"),
    )
    return ClaimRecord(
        text=text,
        span=(s, e),
        kind=kind,
        speaker=speaker,
        speaker_span=attr.speaker_span if speaker else None,
        speaker_kind=attr.speaker_kind if speaker else None,
        cue=attr.cue if attr is not None else None,
        cue_span=attr.cue_span if attr is not None else None,
        via=attr.via if attr is not None else None,
        hedged=hedge is not None,
        hedge=hedge,
        quantities=quantities,
        entities=ents,
        checkworthiness=cw_score(kind, quantities=quantities, entities=ents, hedge_type=htype, headline=pc.headline, n_words=len(words),
                                 future=pc.main is not None and any(c.dep_ == "aux" and c.lower_ in ("will", "wo", "'ll", "’ll") for c in pc.main.children)),
        headline=pc.headline,
    )


def extract(text: str, *, model: str | None = None) -> list[ClaimRecord]:
    """Claims in one article."""
    if not text or not text.strip():
        return []
    nlp = load_pipeline(model)
    return doc_to_claims(nlp(text), text)


def extract_many(texts: Iterable[str], *, batch_size: int = 16, n_process: int = 1, model: str | None = None) -> Iterator[list[ClaimRecord]]:
    """Claims for many articles, parsed in batches with ``nlp.pipe``."""
    nlp = load_pipeline(model)
    for doc in nlp.pipe((t or "" for t in texts), batch_size=batch_size, n_process=n_process):
        yield doc_to_claims(doc, doc.text) if doc.text.strip() else []
