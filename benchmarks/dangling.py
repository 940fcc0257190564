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


def _bound(tok, cls) -> bool:
    for t in tok.doc[: tok.i]:
        if cls == "person" and (t.ent_type_ == "PERSON" or t.lemma_.lower() in PERSON_NOUNS):
            return True
        if cls == "single" and t.tag_ in ("NN", "NNP"):
            return True
        if cls == "plural" and (t.tag_ in ("NNS", "NNPS") or t.ent_type_ in ("ORG", "NORP", "GPE")):
            return True
    return False


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
