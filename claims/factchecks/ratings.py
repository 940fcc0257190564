"""Fact-checkers' ratings → one normalised verdict → the stance of the
fact-check as evidence on a claim that says the same thing.

Publishers rate in words ("Pants on Fire", "Mixture", "Four Pinocchios",
"Falso") and sometimes only on a number scale (ClaimReview's ratingValue
between worstRating and bestRating). `verdict_for()` reads the words first
(they are what the publisher meant), the number only when no word is known.

The stance rule: a false-like verdict means the fact-check contradicts the
claim, a true-like verdict that it supports it, anything else (mixed,
unproven, satire, outdated, no rating) is context.

This module is the one lexicon of rating words; add words here, never in callers.
"""

from __future__ import annotations

import re
import unicodedata

FALSE = "false"
MOSTLY_FALSE = "mostly_false"
MIXED = "mixed"
MOSTLY_TRUE = "mostly_true"
TRUE = "true"
UNPROVEN = "unproven"
OTHER = "other"

VERDICT_LABELS = {
    FALSE: "False",
    MOSTLY_FALSE: "Mostly false",
    MIXED: "Mixed",
    MOSTLY_TRUE: "Mostly true",
    TRUE: "True",
    UNPROVEN: "Unproven",
    OTHER: "Other / not rated",
}

SUPPORTS, CONTRADICTS, CONTEXT = "supports", "contradicts", "context"  # claims.models.Stance
STANCES = {FALSE: CONTRADICTS, MOSTLY_FALSE: CONTRADICTS, TRUE: SUPPORTS, MOSTLY_TRUE: SUPPORTS}

# Rating phrases, folded (lower case, no accents, punctuation as spaces).
# A claim worded so that it misleads ("misleading", "miscaptioned",
# "altered") is false-like; a claim that is right but incomplete ("missing
# context") is mixed.
LEXICON: dict[str, tuple[str, ...]] = {
    FALSE: (
        "false",
        "fake",
        "hoax",
        "pants on fire",
        "fabricated",
        "incorrect",
        "inaccurate",
        "wrong",
        "untrue",
        "not true",
        "not correct",
        "not accurate",
        "debunked",
        "bogus",
        "fiction",
        "four pinocchios",
        "4 pinocchios",
        "scam",
        "misattributed",
        "fake news",
        "falso",
        "falsa",
        "faux",
        "fausse",
        "falsch",
        "nepravda",
        "onwaar",
        "totally false",
        "completely false",
        "entirely false",
    ),
    MOSTLY_FALSE: (
        "mostly false",
        "largely false",
        "mostly inaccurate",
        "mostly incorrect",
        "three pinocchios",
        "3 pinocchios",
        "misleading",
        "miscaptioned",
        "altered",
        "manipulated",
        "doctored",
        "distorted",
        "out of context",
        "exaggerated",
        "enganoso",
        "enganosa",
        "trompeur",
        "irrefuhrend",
    ),
    MIXED: (
        "mixture",
        "mixed",
        "half true",
        "half truth",
        "partly true",
        "partially true",
        "partly false",
        "partially false",
        "partly correct",
        "partially correct",
        "two pinocchios",
        "2 pinocchios",
        "missing context",
        "needs context",
        "lacks context",
        "cherry picked",
        "cherry picking",
        "not entirely true",
        "not entirely accurate",
        "not entirely correct",
        "not the whole story",
        "half flip",
        "conflicting evidence",
        "verdadero pero",
        "impreciso",
        "imprecise",
    ),
    MOSTLY_TRUE: (
        "mostly true",
        "largely true",
        "mostly accurate",
        "mostly correct",
        "largely accurate",
        "one pinocchio",
        "1 pinocchio",
    ),
    TRUE: (
        "true",
        "correct",
        "accurate",
        "legit",
        "correct attribution",
        "geppetto checkmark",
        "verified",
        "confirmed",
        "supported",
        "verdadero",
        "verdadera",
        "vrai",
        "wahr",
        "richtig",
        "correcto",
        "correcta",
    ),
    UNPROVEN: (
        "unproven",
        "unverified",
        "unsubstantiated",
        "unfounded",
        "baseless",
        "no evidence",
        "not enough evidence",
        "insufficient evidence",
        "lack of evidence",
        "unsupported",
        "cannot be verified",
        "can t be verified",
        "could not be verified",
        "inconclusive",
        "no proof",
        "sin evidencia",
        "unclear",
        "not confirmed",
        "not proven",
    ),
    OTHER: (
        "satire",
        "labeled satire",
        "originated as satire",
        "outdated",
        "legend",
        "opinion",
        "full flop",
        "no flip",
        "flip flop",
        "research in progress",
        "explainer",
        "unrated",
        "not rated",
        "no rating",
        "recall",
    ),
}

_PHRASES = sorted(
    ((phrase, verdict) for verdict, phrases in LEXICON.items() for phrase in phrases),
    key=lambda pv: -len(pv[0]),  # longest first: "mostly false" before "false"
)
_EXACT = {phrase: verdict for phrase, verdict in _PHRASES}
_NEGATORS = frozenset({"not", "no", "never", "hardly", "isn", "aren", "wasn", "t"})
_NON_WORD = re.compile(r"[^a-z0-9]+")


def fold(text: str) -> str:
    """Lower case without accents, every run of punctuation or space one space."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    return _NON_WORD.sub(" ", text).strip()


def verdict_from_text(text: str) -> str | None:
    """The verdict a rating's words name, or None when no known phrase is in them.

    The whole rating is looked up first ("False"); then the longest known
    phrase inside it ("This claim is mostly false."), where a true-like
    phrase right after a negation ("not really true") counts as false.
    """
    folded = fold(text)
    if not folded:
        return None
    if folded in _EXACT:
        return _EXACT[folded]
    padded = f" {folded} "
    best: tuple[int, str, int] | None = None  # (start, verdict, length): earliest, then longest
    for phrase, verdict in _PHRASES:
        at = padded.find(f" {phrase} ")
        if at < 0:
            continue
        if best is None or at < best[0] or (at == best[0] and len(phrase) > best[2]):
            best = (at, verdict, len(phrase))
    if best is None:
        return None
    at, verdict, _ = best
    if verdict in (TRUE, MOSTLY_TRUE) and _NEGATORS & set(padded[:at].split()[-3:]):
        return FALSE
    return verdict


def _number(value) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.strip().replace(",", "."))
        except ValueError:
            return None
    return None


def verdict_from_scale(value, best=None, worst=None) -> str | None:
    """The verdict a number on a worst..best scale stands for (schema.org's
    defaults: best 5, worst 1), in five equal steps from false to true; None
    for a value that is missing or off the scale (some publishers put -1 for
    "not rated")."""
    v, hi, lo = _number(value), _number(best), _number(worst)
    hi = 5.0 if hi is None else hi
    lo = 1.0 if lo is None else lo
    if v is None or hi == lo or not min(lo, hi) <= v <= max(lo, hi):
        return None
    share = (v - lo) / (hi - lo)  # 0 = worst, 1 = best, whichever way the scale runs
    return (FALSE, MOSTLY_FALSE, MIXED, MOSTLY_TRUE, TRUE)[round(share * 4)]


def verdict_for(text: str = "", value=None, best=None, worst=None) -> str:
    """The normalised verdict of a rating: its words, else its number, else OTHER."""
    return verdict_from_text(text) or verdict_from_scale(value, best, worst) or OTHER


def stance_for(verdict: str) -> str:
    """The stance a fact-check with this verdict takes on the claim it checked."""
    return STANCES.get(verdict, CONTEXT)
