"""Referents of pronouns and demonstratives: does the claim that carries one say
what it stands for, leave it dangling, or put the WRONG thing in its place?

usage: python benchmarks/referents.py [ANNOTATION.jsonl ...] [--show]

Default: the blind set (tests/extraction/blind/referents.jsonl: aggregate figures
only, never row by row), the own texts (tests/extraction/texts/referents.jsonl) and the
hard cases written for development (tests/extraction/referents_dev/referents.jsonl).
Each annotation line is one mention in a text beside it (``<text>.txt``):

    {"text": "<file stem>", "at": "<words around the mention, unique in the text>",
     "mention": "they", "referent": ["the rescue teams", "rescue teams"] | null}

The mention is its first whole-word occurrence in ``at``; ``referent`` lists acceptable
renderings (lower-case substrings), or is null when the text gives no safe antecedent;
an optional ``vague`` lists renderings of the right kind that do not say which ("the
group"): scored as dangling, not wrong.
The real extractor runs on every text (one ``nlp.pipe`` batch), and each row is judged
on the claims whose span covers the mention:

- a claim whose ``speaker_span`` covers it (or, for a mention followed by a speech verb,
  "he said", a claim reported later in its sentence) is judged by its speaker: right when the
  speaker holds a referent; dangling when it is still the bare mention; otherwise wrong
  (a subject pronoun: someone else speaks) or dropped (a possessive or object pronoun
  inside the speaker phrase, "Its envoy, Strive Masiyiwa", left out of the name);
- any other covering claim carries the mention's clause when at least half of the words
  of ``at`` besides the mention, or two with a content word among them, are found in it,
  in order (difflib over the words). Then
  * the mention is still there: right when the claim also holds a referent and
    dangling.py's ``dangling()`` does not flag the mention, kept when the referent is
    null, dangling otherwise;
  * something took its place (the claim's words between the aligned words around the
    mention): right when the claim from there on holds a referent that is neither in
    ``at`` nor in the rest of the source sentence (so the extractor put it there, before
    or after the noun: "the crimes committed in Tigray") and ``dangling()`` flags none of
    the words put in; wrong when it holds none or the referent is null; a bare article
    ("this attack" -> "the attack") is dangling (kept when null), and so is a
    demonstrative determiner's noun kept with other words around it that name no
    referent ("this determination" -> "the Secretary's determination": vague far more
    often than wrong, and words cannot tell which, so "wrong" is a lower bound there);
    nothing at all (the mention left out) is dropped.
A row carried by several claims takes the worst outcome (wrong, dangling, right, kept,
dropped); a row no claim carries is "no claim". Scored: right + wrong + dangling + kept;
dropped and no claim are reported beside them.

Also prints dangling.py's share over all claims of the same texts.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import re
import sys
from collections import Counter
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BLIND = ROOT / "tests" / "extraction" / "blind" / "referents.jsonl"
OWN = ROOT / "tests" / "extraction" / "texts" / "referents.jsonl"
HARD = ROOT / "tests" / "extraction" / "referents_dev" / "referents.jsonl"

_spec = importlib.util.spec_from_file_location("dangling", Path(__file__).with_name("dangling.py"))
_dangling_mod = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_dangling_mod)
dangling = _dangling_mod.dangling

CATEGORIES = ("right", "wrong", "dangling", "kept", "dropped", "no claim")
SCORED = ("right", "wrong", "dangling", "kept")
_WORST_FIRST = ("wrong", "dangling", "right", "kept", "dropped")
ARTICLES = frozenset({"the", "a", "an"})
NOT_SUBJECT = frozenset({"its", "his", "her", "their", "them", "him"})
DEMONSTRATIVE_WORDS = frozenset({"this", "that", "these", "those"})
FUNCTION_WORDS = frozenset(
    "a an the of in on at to for by with from and or but as that this these those it its "
    "is are was were be been has have had will would can could may might must should do "
    "does did not no he she they them their his her him".split()
)
SPEECH_VERBS = frozenset(
    "said says told tells added adds warned warns accused accuses argued argues insisted "
    "noted claimed countered wrote announced replied promised denied".split()
)
_WORD = re.compile(r"[0-9a-z]+(?:'[a-z]+)?")
WINDOW = 12  # words looked back (or on) for a replacement with no aligned word on that side


def _words(s: str) -> list[tuple[str, int, int]]:
    low = s.lower().replace("’", "'")
    return [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(low)]


def mention_index(row: dict) -> int:
    """Character offset of the mention inside ``at`` (its first whole-word occurrence)."""
    m = re.search(rf"\b{re.escape(row['mention'])}\b", row["at"], re.IGNORECASE)
    if m is None:
        raise ValueError(f"mention {row['mention']!r} not in at {row['at']!r}")
    return m.start()


def locate(text: str, row: dict) -> int:
    """Character offset of the row's mention in its text; ``at`` must occur exactly once."""
    n = text.count(row["at"])
    if n != 1:
        raise ValueError(f"{row['text']}: at {row['at']!r} occurs {n} times")
    return text.index(row["at"]) + mention_index(row)


def _count(s: str, forms: list[str]) -> int:
    """How many times the forms occur in s (words compared lower-case; a form written
    with a space at either end, " who ", must be a whole word)."""
    padded = " " + " ".join(w for w, _, _ in _words(s)) + " "
    n = 0
    for f in forms:
        norm = " ".join(w for w, _, _ in _words(f))
        if norm:
            n += padded.count(f" {norm} " if f.startswith(" ") or f.endswith(" ") else norm)
    return n


def _named(s: str, forms: list[str] | None, source: str = "") -> bool:
    """s names one of the forms more often than ``source`` does (the extractor put it in)."""
    return bool(forms) and any(_count(s, [f]) > _count(source, [f]) for f in forms)


def judge_speaker(speaker: str | None, row: dict) -> str:
    """A mention inside the claim's speaker phrase, judged by the speaker it names."""
    sp = speaker or ""
    mention, referent = row["mention"].lower(), row["referent"]
    if _named(sp, referent):
        return "right"
    if re.search(rf"\b{re.escape(mention)}\b", sp.lower()):
        return "kept" if referent is None else "dangling"
    if referent is not None and _named(sp, row.get("vague")):
        return "dangling"
    if mention in NOT_SUBJECT and referent is not None:
        return "dropped"
    return "wrong"


def _align(seq: list[str], claim: list[str]) -> dict[int, int]:
    sm = SequenceMatcher(None, seq, claim, autojunk=False)
    return {a + d: b + d for a, b, size in sm.get_matching_blocks() for d in range(size)}


def _first_anchor(seq: list[str], claim: list[str], default: int) -> int:
    """Where in ``claim`` the words of ``seq`` take up again: its first content word
    aligned, with the aligned words just before it ("the race"); a function word alone
    is no anchor ("for them and allows tribes ... for funds" against "for tribal water
    systems": the second "for" is not where the replacement ends)."""
    al = _align(seq, claim)
    content = sorted((j, i) for i, j in al.items() if seq[i] not in FUNCTION_WORDS)
    if not content:
        return default
    j, i = content[0]
    while al.get(i - 1) == j - 1:
        i, j = i - 1, j - 1
    return j


def judge_text(
    claim: str,
    row: dict,
    flagged: list[str] | None = None,
    before: str = "",
    after: str = "",
    determiner: bool = False,
) -> str | None:
    """The row's outcome in one claim's text, or None when the claim does not carry the
    mention's clause. ``flagged`` is dangling() of the claim (lower-cased words);
    ``before`` the source sentence up to the mention and ``after`` the rest of it from
    the mention on (without them, ``at`` stands for the sentence); ``determiner`` that the
    mention is a demonstrative determiner ("this attack"), not a pronoun."""
    flagged = [w.lower() for w in (flagged or [])]
    referent = row["referent"]
    mention = row["mention"].lower()
    k_char = mention_index(row)
    at_before, at_after = row["at"][:k_char], row["at"][k_char:]
    if not after:
        before, after = at_before, at_after
    at_words = [w for w, _, _ in _words(row["at"])]
    k = len(_words(at_before))  # the mention's index in at_words
    pre = [w for w, _, _ in _words(before)]
    pre = pre[: max(0, len(pre) - k)][-WINDOW:]  # the sentence before ``at``
    cw = _words(claim)
    cwl = [w for w, _, _ in cw]
    # ``at`` first (its words are together and few: "protect its personnel and its
    # interests" does not take the first "its"), then the sentence before it, only in the
    # claim before that (the speech frame "Police ... said Thursday" before "they had")
    pos = _align(at_words, cwl)
    context = len(at_words) - 1
    found = [at_words[i] for i in pos if i != k]
    # half the words of ``at`` besides the mention, or two with a content word among them
    # (the phrase round the mention may be rewritten whole: "In that role, he has
    # directed" -> "As the network's head of operations, Karim Nasser has directed")
    if context == 0 or not (
        len(found) >= max(1, math.ceil(context / 2))
        or (len(found) >= 2 and any(w not in FUNCTION_WORDS for w in found))
    ):
        return None
    if k in pos:
        if referent is None:
            return "kept"
        if _named(claim, referent) and mention not in flagged:
            return "right"
        return "dangling"
    after_al = sorted(j for i, j in pos.items() if i > k)
    first_after = after_al[0] if after_al else len(cw)
    pos_pre = _align(pre, cwl[: min([first_after] + [j for i, j in pos.items() if i < k])])
    # a function word of ``at`` before the mention is no anchor for where the replacement
    # starts: "and they worked" -> "Maria Lopez and James Carter worked" aligns its "and"
    # with the one inside the names put in
    before_al = sorted(
        [j for i, j in pos.items() if i < k and at_words[i] not in FUNCTION_WORDS]
        + list(pos_pre.values())
    )
    if before_al:
        start = before_al[-1] + 1
    elif not pre:
        # the mention opens its sentence: all the claim holds before the words after it
        # was put in ("Chad hosts 700,000 refugees, which has strained ..." for "This
        # has strained ..."), however long
        start = 0
    else:
        start = max(0, first_after - WINDOW)
    # what was put in the mention's place: the claim's unaligned words up to the second
    # aligned word of ``at`` after it, else up to the rest of the sentence or the claim's
    # end (so "the attack on the embassy" for "that attack" counts, and "the crimes
    # committed in Tigray" for "these crimes.")
    if len(after_al) > 1:
        stop = after_al[1]
    else:
        rest = [w for w, _, _ in _words(after)][len(at_words) - k :]
        base = after_al[-1] + 1 if after_al else start
        stop = base + _first_anchor(rest, cwl[base:], len(cw) - base)
    taken = set(pos.values()) | set(pos_pre.values())
    inserted = [cw[j][0] for j in range(start, stop) if j not in taken]
    if not inserted:
        # "Police ... said they had arrested" -> "Police ... had arrested": the speech
        # frame went and the clause's subject before it is the referent, or nothing is
        subject = (
            claim[cw[max(0, first_after - WINDOW)][1] : cw[first_after][1]]
            if (first_after < len(cw))
            else ""
        )
        if referent is not None and _named(subject, referent):
            return "right"
        if referent is not None and _named(subject, row.get("vague")):
            return "dangling"
        return "dropped"
    if all(w in ARTICLES for w in inserted):
        return "kept" if referent is None else "dangling"
    if referent is None:
        return "wrong"
    # the claim from the mention's place on names a referent more often than the source
    # from there on does: the extractor put it in (before or after the noun)
    stretch = claim[cw[start][1] :] if start < len(cw) else ""
    if _named(stretch, referent, after):
        return "dangling" if any(w in flagged for w in inserted) else "right"
    # "Nambia's foreign ministry said its delegation ..." -> "Nambia's foreign ministry’s
    # delegation ...": the frame's words moved into the owner's place align with the
    # sentence before the mention; with the speech verb gone, they are what was put in
    run = start
    while run > 0 and (run - 1) in set(pos_pre.values()) and (run - 1) not in pos.values():
        run -= 1
    if run < start and not any(w in SPEECH_VERBS for w in cwl[run:stop]):
        if _named(claim[cw[run][1] :], referent, after):
            return "dangling" if any(w in flagged for w in inserted) else "right"
    if _named(stretch, row.get("vague"), after):
        return "dangling"
    if determiner and k + 1 in pos:
        # "this determination" -> "the Secretary's determination": its noun is kept and
        # other words are put around it; that is vague more often than wrong, and words
        # cannot tell which, so it counts as unresolved ("wrong" stays a lower bound)
        return "dangling"
    return "wrong"


# a full stop, not one of "U.S.", "a.m.", "Dr.", "Mr."
_SENTENCE_END = re.compile(
    r"(?<!\b[A-Za-z])(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bSt)(?<!\bNo)"
    r"[.!?][\"'”’)]*(?:\s|$)|\n"
)


def judge_row(
    row: dict, offset: int, claims, flagged_of, text: str = "", determiner: bool = False
) -> str:
    """The worst outcome over the claims whose span (or speaker span) covers the mention."""
    return judge_row_where(row, offset, claims, flagged_of, text, determiner)[0]


def judge_row_where(
    row: dict, offset: int, claims, flagged_of, text: str = "", determiner: bool = False
) -> tuple[str, str | None]:
    """judge_row's outcome and where it was decided: "speaker", "text" or None."""
    k_char = mention_index(row)
    start = 0
    for m in _SENTENCE_END.finditer(text, 0, offset):
        start = m.end()
    end = _SENTENCE_END.search(text, offset)
    # the sentence, or ``at`` where it reaches beyond
    start = min(start, offset - k_char)
    stop = max(end.end() if end else len(text), offset - k_char + len(row["at"]))
    before, after = text[start:offset], text[offset:stop]
    outcomes = []
    for i, c in enumerate(claims):
        ss = c.speaker_span
        if ss and ss[0] <= offset < ss[1]:
            outcomes.append((judge_speaker(c.speaker, row), "speaker"))
        elif c.span[0] <= offset < c.span[1]:
            got = judge_text(c.text, row, flagged_of(i), before, after, determiner)
            if got is not None:
                outcomes.append((got, "text"))
    words = [w for w, _, _ in _words(row["at"][k_char:])]
    if not outcomes and len(words) > 1 and words[1] in SPEECH_VERBS:
        # "He said he had warned him": the content's claim may name its speaker by an
        # earlier mention ("Adams"), its speaker span not on the pronoun; it is then
        # judged by the speaker of the claims the sentence reports after the mention
        for c in claims:
            if c.speaker and offset < c.span[0] < stop:
                outcomes.append((judge_speaker(c.speaker, row), "speaker"))
            elif (
                not c.speaker
                and getattr(c, "cue_span", None)
                and offset < c.cue_span[0] <= offset + len(row["mention"]) + 1
                and offset < c.span[0] < stop
            ):
                # "It said ...", the pronoun left unresolved and the claim given no
                # speaker (a reporting hedge): nothing wrong is named, nothing resolved
                outcomes.append(("kept" if row["referent"] is None else "dangling", "speaker"))
    for cat in _WORST_FIRST:
        for got, where in outcomes:
            if got == cat:
                return got, where
    return "no claim", None


def load_rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def summary(counts: Counter) -> str:
    scored = sum(counts[c] for c in SCORED)
    parts = [
        f"{c} {counts[c]} ({counts[c] / scored:.1%})" if scored else f"{c} {counts[c]}"
        for c in SCORED
    ]
    return (
        f"{scored} scored: "
        + ", ".join(parts)
        + (f"; not scored: dropped {counts['dropped']}, no claim {counts['no claim']}")
    )


def main(argv=None):
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("annotations", nargs="*", type=Path)
    ap.add_argument(
        "--show",
        action="store_true",
        help="print each row's outcome (own texts only: the blind set is never shown)",
    )
    args = ap.parse_args(argv)
    paths = args.annotations or [p for p in (BLIND, OWN, HARD) if p.exists()]

    from claims.extraction import extract_many, load_pipeline

    sets = []
    names = []  # (set index, text path)
    for p in paths:
        rows = load_rows(p)
        stems = sorted({r["text"] for r in rows})
        sets.append((p, rows, stems))
        names += [(len(sets) - 1, p.parent / f"{s}.txt") for s in stems]
    texts = [n.read_text(encoding="utf-8") for _, n in names]
    all_claims = list(extract_many(texts))
    nlp = load_pipeline()
    flat = [c.text for claims in all_claims for c in claims]
    flags = [[t.lower() for t in dangling(d)] for d in nlp.pipe(flat)]
    by_text = {}
    at = 0
    for (si, n), text, claims, doc in zip(names, texts, all_claims, nlp.pipe(texts), strict=True):
        by_text[(si, n.stem)] = (text, claims, flags[at : at + len(claims)], doc)
        at += len(claims)

    for si, (p, rows, stems) in enumerate(sets):
        blind = p.resolve().parent == BLIND.parent
        counts, in_speaker, nulls, demo = Counter(), Counter(), Counter(), Counter()
        for row in rows:
            text, claims, fl, doc = by_text[(si, row["text"])]
            off = locate(text, row)
            span = doc.char_span(off, off + len(row["mention"]))
            det = span is not None and span[0].dep_ == "det"
            cat, where = judge_row_where(row, off, claims, lambda i, fl=fl: fl[i], text, det)
            counts[cat] += 1
            if where == "speaker":
                in_speaker[cat] += 1
            if row["referent"] is None:
                nulls[cat] += 1
            if row["mention"].lower() in DEMONSTRATIVE_WORDS:
                demo[cat] += 1
            if args.show and not blind:
                ref = "null" if row["referent"] is None else row["referent"][0]
                print(f"{cat:9} {row['text']}: {row['at']!r} -> {ref}")
                if cat in ("wrong", "dangling"):
                    for c in claims:
                        if c.span[0] <= off < c.span[1] or (
                            c.speaker_span and c.speaker_span[0] <= off < c.speaker_span[1]
                        ):
                            print(f"            [{c.speaker}] {c.text}")
        n_claims = sum(len(by_text[(si, s)][1]) for s in stems)
        n_dangling = sum(1 for s in stems for f in by_text[(si, s)][2] if f)
        label = p.relative_to(ROOT) if p.is_relative_to(ROOT) else p
        print(f"{label}: {len(stems)} texts, {len(rows)} mentions")
        print("  " + summary(counts))
        print(
            "  of them decided by a claim's speaker (a pronoun that speaks): "
            + ", ".join(f"{c} {in_speaker[c]}" for c in SCORED)
        )
        personal = counts - demo
        for name, c in (("personal pronouns", personal), ("demonstratives", demo)):
            print(f"  {name}: " + summary(c).split("; not scored")[0])
        print(
            f"  with no safe antecedent in the text: {sum(nulls[c] for c in SCORED)} scored, "
            f"kept {nulls['kept']}, replaced (wrong) {nulls['wrong']}"
        )
        share = n_dangling / n_claims if n_claims else 0.0
        print(
            f"  dangling.py on the same texts: {n_dangling} of {n_claims} claims with a "
            f"dangling pronoun or demonstrative: {share:.1%}"
        )
        if args.show and blind:
            print("  (rows of the blind set are never shown)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
