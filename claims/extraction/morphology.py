"""Verb forms: past tense, third person singular, agreement after a replaced subject,
and which words the pipeline's lemmatizer knows as verbs."""

from __future__ import annotations

from .loader import load_pipeline

IRREGULAR_PAST = {
    "be": "was",
    "have": "had",
    "do": "did",
    "go": "went",
    "make": "made",
    "take": "took",
    "give": "gave",
    "bring": "brought",
    "leave": "left",
    "hit": "hit",
    "send": "sent",
    "keep": "kept",
    "hold": "held",
    "find": "found",
    "build": "built",
    "lead": "led",
    "shoot": "shot",
    "put": "put",
    "cut": "cut",
    "set": "set",
    "see": "saw",
    "come": "came",
    "get": "got",
    "fight": "fought",
    "drive": "drove",
    "fall": "fell",
    "break": "broke",
    "spend": "spent",
    "lose": "lost",
    "win": "won",
    "run": "ran",
    "begin": "began",
    "stand": "stood",
    "tell": "told",
    "say": "said",
    "strike": "struck",
    "fly": "flew",
    "sink": "sank",
    "rise": "rose",
    "throw": "threw",
    "speak": "spoke",
    "write": "wrote",
    "grow": "grew",
    "know": "knew",
    "draw": "drew",
    "choose": "chose",
    "flee": "fled",
    "feel": "felt",
    "meet": "met",
    "sell": "sold",
    "pay": "paid",
    "buy": "bought",
    "catch": "caught",
    "teach": "taught",
    "seek": "sought",
    "spread": "spread",
    "shut": "shut",
    "let": "let",
    "quit": "quit",
    "bear": "bore",
    "wear": "wore",
    "tear": "tore",
    "swim": "swam",
    "sing": "sang",
    "ring": "rang",
    "drink": "drank",
    "eat": "ate",
    "forget": "forgot",
    "hide": "hid",
    "ride": "rode",
    "shake": "shook",
    "steal": "stole",
    "wake": "woke",
}
# first person / plural forms and their third person singular
TO_3SG = {
    "are": "is",
    "am": "is",
    "were": "was",
    "have": "has",
    "do": "does",
    "'re": "is",
    "’re": "is",
    "'m": "is",
    "’m": "is",
    "'ve": "has",
    "’ve": "has",
    # not a matter of number, but "Torres'll talk" does not read: "I'll" -> "Torres will"
    "'ll": "will",
    "’ll": "will",
}


# verbs stressed on a last syllable of consonant-vowel-consonant double it ("referred",
# "admitted", "controlled"); short ones are caught by the rule below
_DOUBLED_FINAL = frozenset(
    """
refer prefer confer defer infer transfer deter occur incur recur concur admit commit submit
permit omit emit remit acquit equip regret rebut abet compel expel propel repel dispel
control patrol enrol extol
""".split()
)


def past_tense(lemma: str) -> str:
    if lemma in IRREGULAR_PAST:
        return IRREGULAR_PAST[lemma]
    if lemma in _DOUBLED_FINAL:
        return lemma + lemma[-1] + "ed"
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ied"
    if (
        len(lemma) >= 3
        and lemma[-1] in "pgtmnbdr"
        and lemma[-2] in "aeiou"
        and lemma[-3] not in "aeiou"
        # one syllable ("stop", "grab", "strip"), not "open", "edit", "visit"
        and not any(ch in "aeiou" for ch in lemma[:-3])
    ):
        return lemma + lemma[-1] + "ed"
    return lemma + "ed"


def present_3sg(lemma: str) -> str:
    if lemma == "be":
        return "is"
    if lemma == "have":
        return "has"
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        return lemma + "es"
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ies"
    return lemma + "s"


def agree_3sg(subj, main, replace: dict) -> None:
    """Make the finite verb after a replaced first-person or plural subject third
    person singular ("we are" -> "CENTCOM is"), writing into ``replace``."""
    _agree(subj, main, replace, TO_3SG, "VBP", present_3sg)


def _agree(subj, main, replace: dict, irregular: dict, tag: str, regular) -> None:
    """Write into ``replace`` the first finite verb after ``subj`` (an auxiliary, or
    ``main``) in the other number: from ``irregular``, or, for a verb tagged ``tag``,
    ``regular`` of its lemma; and so for each verb joined to ``main`` that shares
    its subject ("was narrowly tailored and was taken": both)."""
    if main is None:
        return
    verbs = [c for c in main.children if c.dep_ in {"aux", "auxpass"} and c.i > subj.i] + [main]
    v = min(verbs, key=lambda t: t.i)
    low = v.lower_
    if low in irregular:
        new = irregular[low]
        replace[v.i] = (" " + new) if low[0] in "'’" else new
    elif v.tag_ == tag:
        replace[v.i] = regular(v.lemma_.lower())
    for c in main.children:
        if (
            c.dep_ == "conj"
            and c.pos_ in {"VERB", "AUX"}
            and c.i > main.i
            and not any(g.dep_ in {"nsubj", "nsubjpass", "expl"} for g in c.children)
        ):
            _agree(subj, c, replace, irregular, tag, regular)


_VERB_LEMMAS: frozenset | None = None


def verb_lemmas() -> frozenset:
    """Verb lemmas known to the pipeline's lemmatizer tables (loaded once)."""
    global _VERB_LEMMAS
    if _VERB_LEMMAS is None:
        try:
            lem = load_pipeline().get_pipe("lemmatizer")
            _VERB_LEMMAS = frozenset(lem.lookups.get_table("lemma_index")["verb"])
        except Exception:  # no lemmatizer tables: the heuristic stays off
            _VERB_LEMMAS = frozenset()
    return _VERB_LEMMAS


def verb_stems(low: str):
    """Candidate lemmas of a word read as a third person singular verb."""
    if low.endswith("ies"):
        yield low[:-3] + "y"
    if low.endswith("es"):
        yield low[:-2]
    if low.endswith("s") and not low.endswith("ss"):
        yield low[:-1]


TO_PLURAL = {"is": "are", "was": "were", "has": "have", "does": "do", "'s": "are", "’s": "are"}


def agree_plural(subj, main, replace: dict) -> None:
    """Make the finite verb after a singular subject replaced by a plural one plural
    ("This action demonstrates" -> "The sanctions on ... demonstrate"), writing into
    ``replace``: the plural present is the lemma."""
    _agree(subj, main, replace, TO_PLURAL, "VBZ", lambda lemma: lemma)


def present_participle(lemma: str) -> str:
    """ "retreat" -> "retreating", "make" -> "making", "die" -> "dying", "stop" ->
    "stopping", "expel" -> "expelling", "open" -> "opening"."""
    if lemma == "be":
        return "being"
    if lemma.endswith("ie"):
        return lemma[:-2] + "ying"
    if lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")) and len(lemma) > 2:
        return lemma[:-1] + "ing"
    vowels = "aeiou"
    cvc = len(lemma) >= 3 and lemma[-2] in vowels and lemma[-3] not in vowels
    short = len(lemma) == 3 or (
        len(lemma) == 4 and lemma[0] not in vowels and lemma[1] not in vowels
    )
    if cvc and (short and lemma[-1] in "bdgmnpt" or lemma.endswith("el") and len(lemma) <= 6):
        return lemma + lemma[-1] + "ing"
    return lemma + "ing"
