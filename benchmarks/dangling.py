"""Share of claims that do not read on their own: a third-person pronoun or a
demonstrative whose referent is not in the claim.

usage: python benchmarks/dangling.py FILE.txt [...] [--show]
       python benchmarks/dangling.py --json OUT.json [...]   (claims written by manage.py extract_claims)

Each claim's text is parsed again and counted as dangling when it holds
- he/she/him/her/his, it/its, they/them/their with no earlier noun in the
  claim it could stand for (a named person or a person noun for he/she, a
  singular noun for it, a plural noun or an organisation for they), or
- this/that/these/those as a pronoun or a determiner, except in a time
  expression ("this year") and the generic "those responsible", "those who ...".
A pronoun is bound, too, by the subject after it of the clause it opens (cataphora:
"Since its inception in 1984, the program has paid ...") and by a generic "those who
..." before it ("those who lost their lives").
Expletive "it" ("it is likely that ...") is not counted; first and second
person ("we", "you") are not counted, since a statement's "we" is its author.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claims.extraction import extract_many, load_pipeline  # noqa: E402
from claims.extraction.coref import is_expletive_it  # noqa: E402
from claims.extraction.lexicon import DEMONSTRATIVES, PERSON_NOUNS, TIME_WORDS  # noqa: E402

PERSONAL = {
    "he": "person",
    "she": "person",
    "him": "person",
    "his": "person",
    "her": "person",
    "it": "single",
    "its": "single",
    "they": "plural",
    "them": "plural",
    "their": "plural",
}


def _fits(t, cls) -> bool:
    if cls == "person":
        return t.ent_type_ == "PERSON" or t.lemma_.lower() in PERSON_NOUNS
    if cls == "single":
        return t.tag_ in ("NN", "NNP")
    return t.tag_ in ("NNS", "NNPS") or t.ent_type_ in ("ORG", "NORP", "GPE")


def _cataphor(tok, cls) -> bool:
    """ "Since its inception in 1984, the program has paid ...": a possessive inside a
    phrase fronted before its clause's subject stands for that subject."""
    if tok.tag_ != "PRP$":
        return False
    a = tok
    while a.head.i != a.i:
        v = a.head
        if v.pos_ in ("VERB", "AUX") and a.dep_ in ("prep", "advcl", "npadvmod") and a.i < v.i:
            subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            return subj is not None and subj.i > tok.i and subj.pos_ != "PRON" and _fits(subj, cls)
        a = v
    return False


def _generic_those(tok) -> bool:
    """ "those who lost their lives", "Those who fled say their village ...": a generic
    "those who ..." before is a plural antecedent."""
    return any(
        t.lower_ == "those" and t.tag_ == "DT" and any(c.dep_ == "relcl" for c in t.children)
        for t in tok.doc[: tok.i]
    )


def _bound(tok, cls) -> bool:
    if any(_fits(t, cls) for t in tok.doc[: tok.i]):
        return True
    if _cataphor(tok, cls):
        return True
    return cls == "plural" and _generic_those(tok)


def dangling(doc) -> list[str]:
    out = []
    for t in doc:
        low = t.lower_
        if low in PERSONAL and t.tag_ in ("PRP", "PRP$"):
            if low == "it" and is_expletive_it(t):
                continue
            if not _bound(t, PERSONAL[low]):
                out.append(t.text)
        elif low in DEMONSTRATIVES and t.dep_ != "mark" and t.tag_ == "DT":
            if low == "that" and t.dep_ not in ("det", "nsubj", "nsubjpass", "dobj", "pobj"):
                continue
            if low == "those" and any(
                c.dep_ in ("amod", "acl", "relcl", "prep") for c in t.children
            ):
                continue  # "those responsible", "those who died": no antecedent needed
            head = t.head if t.dep_ == "det" else None
            if head is not None and (
                head.ent_type_ in ("DATE", "TIME") or head.lemma_.lower() in TIME_WORDS
            ):
                continue
            out.append(t.text)
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("files", nargs="+")
    ap.add_argument("--show", action="store_true", help="print each dangling claim")
    ap.add_argument("--json", action="store_true", help="the files are extract_claims JSON outputs")
    args = ap.parse_args(argv)
    nlp = load_pipeline()
    if args.json:
        batches = (
            [c["text"] for c in json.loads(Path(f).read_text(encoding="utf-8"))["claims"]]
            for f in args.files
        )
    else:
        texts = [Path(f).read_text(encoding="utf-8") for f in args.files]
        batches = ([c.text for c in claims] for claims in extract_many(texts))
    n = bad = 0
    for name, claims in zip(args.files, batches, strict=True):
        docs = nlp.pipe(claims)
        for c, doc in zip(claims, docs, strict=True):
            n += 1
            words = dangling(doc)
            if words:
                bad += 1
                if args.show:
                    print(f"{Path(name).stem}: {words} {c}")
    share = bad / n if n else 0.0
    print(
        f"{len(args.files)} texts, {n} claims, {bad} with a dangling pronoun or demonstrative: {share:.1%}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
