"""How two claims about the same event bear on each other: the relation
(confirms / contradicts / repeats) and its direction, or none when they are
about different events.

Pure: it reads what the extractor knows of each claim (text, kind, cue,
quantities) and two facts the caller knows (how similar the claims are, and
whether they come from the same party), never the database.

Rules, in order:

1. Not similar enough -> nothing (a lower bar for a denial against a claim).
2. Places or dates that disagree ("in northern Iraq" / "in western Iraq",
   "on Monday" / "on Friday") make two reports of another event -> nothing,
   unless the rest is near-identical (one account of an event, misplaced
   or misdated by one side) -> contradicts.
3. A denial or a "could not confirm" against a claim that is neither ->
   contradicts, from the denial to the claim.
4. The same measured thing with other numbers, or one side negated ->
   contradicts.
5. The same party saying it again -> repeats.
6. Another party saying the same -> confirms (from a confirmation to what it
   confirms, otherwise from the later statement to the earlier one).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from claims.matching.lexical import terms, words
from claims.matching.lexicon import (
    DENIAL_WORDS,
    LOCATIVES,
    MONTHS,
    NEGATIONS,
    PLACE_QUALIFIERS,
    UNCONFIRMED_PHRASES,
    WEEKDAYS,
)

CONFIRMS, CONTRADICTS, REPEATS = "confirms", "contradicts", "repeats"
SAME_EVENT = 0.6  # similarity below which two claims are not about one event
# A denial words the claim its own way ("denied that any aircraft was lost" against "shot
# down a helicopter") and carries its reporting frame, so it pairs at a lower similarity.
DENIAL_SAME_EVENT = 0.45
SAME_ARTICLE_REPEAT = 0.8  # one party's neighbouring statements are parts of one, below this
WORDS_OPTIONAL = 0.75  # below this similarity a pair must also share a significant word
SAME_ACCOUNT = 0.85  # similarity above which a place/date mismatch is a contradiction

_CAPITALISED = r"[A-Z][\w'’.-]*"
_PLACE = re.compile(
    r"\b(?i:" + "|".join(sorted(LOCATIVES)) + r")\s+(?:the\s+)?"
    r"((?:[a-z]+\s+)?" + _CAPITALISED + r"(?:\s+" + _CAPITALISED + r")*)"
)
_DAY_MONTH = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(" + "|".join(MONTHS) + r")\b"
    r"|\b(" + "|".join(MONTHS) + r")\s+(\d{1,2})(?:st|nd|rd|th)?\b",
    re.I,
)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


@dataclass(frozen=True)
class ClaimFacts:
    """What the matcher needs of one claim."""

    text: str
    kind: str = "claim"
    cue: str = ""
    quantities: tuple = ()  # the extractor's [{"value", "unit", ...}]
    order: tuple = ()  # when it was said, comparable: a later claim bears on an earlier one


@dataclass(frozen=True)
class Typing:
    relation: str
    forward: bool  # True: the first claim bears on the second (first -> second)
    reasons: list[str] = field(default_factory=list)


def places(text: str) -> dict[str, str]:
    """Where the text says something happened: {base name: qualifier}, e.g.
    "in northern Iraq" -> {"iraq": "northern"}; months and weekdays left out."""
    out = {}
    for match in _PLACE.finditer(text):
        parts = match.group(1).split()
        qualifier = ""
        if parts[0].islower():
            if parts[0] not in PLACE_QUALIFIERS:
                continue
            qualifier, parts = parts[0], parts[1:]
        name = " ".join(parts).casefold().rstrip(".")
        if not name or name.split()[0] in MONTHS or name.split()[0] in WEEKDAYS:
            continue
        out[name] = qualifier
    return out


def dates(text: str) -> set[str]:
    """Named days of the text: weekdays, "7 October", years."""
    out = {w for w in words(text) if w in WEEKDAYS}
    for m in _DAY_MONTH.finditer(text):
        day, month = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        out.add(f"{int(day)} {month.casefold()[:3]}")
    out.update(_YEAR.findall(text))
    return out


def place_conflict(a: str, b: str) -> str:
    """A place of one text the other contradicts ("" if none): different base
    names where each names a place, or one base with opposite qualifiers."""
    pa, pb = places(a), places(b)
    if not pa or not pb:
        return ""
    shared = pa.keys() & pb.keys()
    for name in shared:
        qa, qb = pa[name], pb[name]
        if qa and qb and qa != qb:
            return f"{qa} {name} / {qb} {name}"
    if shared:
        return ""
    folded_a, folded_b = a.casefold(), b.casefold()
    if any(name in folded_b for name in pa) or any(name in folded_a for name in pb):
        return ""  # one names the other's place elsewhere ("al-Tanf garrison in Syria")
    return f"{', '.join(sorted(pa))} / {', '.join(sorted(pb))}"


def date_conflict(a: str, b: str) -> str:
    da, db = dates(a), dates(b)
    if da and db and not da & db:
        return f"{', '.join(sorted(da))} / {', '.join(sorted(db))}"
    return ""


def number_conflict(a: ClaimFacts, b: ClaimFacts) -> str:
    """The same unit counted differently ("two drones" / "five drones")."""

    def by_unit(facts):
        out: dict[str, set] = {}
        for q in facts.quantities or ():
            if isinstance(q, dict) and q.get("unit") and q.get("value") is not None:
                out.setdefault(str(q["unit"]).casefold(), set()).add(float(q["value"]))
        return out

    ua, ub = by_unit(a), by_unit(b)
    for unit in sorted(ua.keys() & ub.keys()):
        if not ua[unit] & ub[unit]:
            fmt = lambda values: ", ".join(f"{v:g}" for v in sorted(values))  # noqa: E731
            return f"{fmt(ua[unit])} / {fmt(ub[unit])} {unit}"
    return ""


def negated(text: str) -> bool:
    return any(w in NEGATIONS or w.endswith("n't") for w in words(text))


def denial(facts: ClaimFacts) -> str:
    """How the claim denies or fails to confirm ("" if it does not)."""
    folded = f"{facts.cue} {facts.text}".casefold()
    for phrase in UNCONFIRMED_PHRASES:
        if phrase in folded:
            return "could not confirm"
    if facts.kind == "denial" or any(w in DENIAL_WORDS for w in words(facts.cue or "")):
        return "denial"
    return ""


def _later_first(a: ClaimFacts, b: ClaimFacts) -> bool:
    """True when a was said after b (or, when unknown, a is the one asked about)."""
    return not (a.order and b.order and a.order < b.order)


def relate(a: ClaimFacts, b: ClaimFacts, *, similarity: float, same_party: bool) -> Typing | None:
    """The relation between two claims, or None if they are not about one event."""
    how_a, how_b = denial(a), denial(b)
    if similarity < (DENIAL_SAME_EVENT if bool(how_a) != bool(how_b) else SAME_EVENT):
        return None
    conflict = place_conflict(a.text, b.text) or date_conflict(a.text, b.text)
    if conflict and similarity < SAME_ACCOUNT:
        return None
    if bool(how_a) != bool(how_b):
        return Typing(CONTRADICTS, bool(how_a), [how_a or how_b])
    later = _later_first(a, b)
    if conflict:
        return Typing(CONTRADICTS, later, [f"disagree: {conflict}"])
    numbers = number_conflict(a, b)
    if numbers:
        return Typing(CONTRADICTS, later, [f"numbers disagree: {numbers}"])
    if not how_a and negated(a.text) != negated(b.text):
        return Typing(CONTRADICTS, later, ["one side negated"])
    if same_party:
        return Typing(REPEATS, later, ["same party"])
    if (a.kind == "confirmation") != (b.kind == "confirmation"):
        return Typing(CONFIRMS, a.kind == "confirmation", ["confirmation by another party"])
    return Typing(CONFIRMS, later, ["another party, same event"])


def suggested(
    a: ClaimFacts, b: ClaimFacts, *, similarity: float, same_party: bool, same_article: bool
) -> Typing | None:
    """What the workbench suggests for a pair: ``relate``, when the lexical
    side agrees (a shared significant word, unless the meaning is near-identical)
    and the pair is not one party's neighbouring statements in one article
    (the parts of one statement: "engaged two drones" within "three drones")."""
    if same_article and same_party and similarity < SAME_ARTICLE_REPEAT:
        return None
    if similarity < WORDS_OPTIONAL and not set(terms(a.text)) & set(terms(b.text)):
        return None
    return relate(a, b, similarity=similarity, same_party=same_party)
