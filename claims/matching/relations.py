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
   or misdated by one side) -> contradicts; one party placing or dating its
   statements differently reports two events -> nothing. A claim naming no place is where
   its article places things (ClaimFacts.setting): claims whose articles are
   in different countries are about different events -> nothing.
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
from functools import lru_cache

from claims.matching.lexical import terms, words
from claims.matching.lexicon import (
    COUNTRY_NAMES,
    DENIAL_WORDS,
    GOVERNMENT_SEATS,
    LOCATIVES,
    MODIFIED_NOUNS,
    MONTHS,
    NEGATIONS,
    PLACE_ALIASES,
    PLACE_COUNTRY,
    PLACE_QUALIFIERS,
    STOPWORDS,
    UNCONFIRMED_PHRASES,
    WEEKDAYS,
)

CONFIRMS, CONTRADICTS, REPEATS = "confirms", "contradicts", "repeats"
# The bars are chosen on the tune half of tests/data/claim_pairs.jsonl by
# benchmarks/suggestion_quality.py (best F0.5, ties by F1, then no move).
SAME_EVENT = 0.6  # similarity below which two claims are not about one event
# A denial words the claim its own way ("denied that any aircraft was lost" against "shot
# down a helicopter") and carries its reporting frame, so it pairs at a lower similarity.
DENIAL_SAME_EVENT = 0.4
MIN_SIMILARITY = min(SAME_EVENT, DENIAL_SAME_EVENT)  # below it no pair is related (relate)
SAME_ARTICLE_REPEAT = 0.8  # one party's neighbouring statements are parts of one, below this
WORDS_OPTIONAL = 0.75  # below this similarity a pair must also share a significant word
# Similarity above which a place/date mismatch is one account misplaced or misdated (a
# contradiction), not another event; near-identical wording of two events is common.
SAME_ACCOUNT = 0.95

# A capitalised word of a name, also with an Arabic article ("al-Tanf", "Ain al-Asad").
_CAPITALISED = r"(?:(?:al|el|an|ar|as|ash|at|ad|az)[-‑])?[A-Z][\w'’.-]*"
_NAME = r"(?:[a-z]+\s+)?" + _CAPITALISED + r"(?:\s+" + _CAPITALISED + r")*"
_PLACE = re.compile(r"\b(?i:" + "|".join(sorted(LOCATIVES)) + r")\s+(?:the\s+)?(" + _NAME + r")")
# "in Iraq and Syria", "near Erbil or Kirkuk": the next name of a list after a locative.
_MORE = re.compile(r"\s+(?:and|or)\s+(?:the\s+)?(" + _NAME + r")")
# A name of several capitalised words running into "in/of/at <Name>" ("The Islamic
# Resistance in Iraq"): an organisation's name, whose place is not where anything happened.
_NAME_WITH_PLACE = re.compile(
    r"(" + _CAPITALISED + r"(?:\s+" + _CAPITALISED + r")*)"
    r"(?:\s+(?:in|of|at|for)\s+(?:the\s+)?" + _CAPITALISED + r"(?:\s+" + _CAPITALISED + r")*)+"
)
# "near Marrakesh, Morocco": the country named after a place, set off by a comma.
_COMMA_COUNTRY = re.compile(r",\s+(?:the\s+)?(" + _CAPITALISED + r"(?:\s+" + _CAPITALISED + r")*)")
# What follows a name that only modifies a noun: "U.S. forces", "the Jordanian and Iraqi borders".
_MODIFIER = re.compile(
    r"\s+(?:(?:and|or)\s+(?:the\s+)?" + _CAPITALISED + r"(?:\s+" + _CAPITALISED + r")*\s+)?"
    r"([a-z]+)"
)
_KNOWN_PLACE = re.compile(
    r"(?<![\w-])("
    + "|".join(re.escape(k) for k in sorted(PLACE_COUNTRY, key=len, reverse=True))
    + r")(?![\w-])",
    re.I,
)
_COUNTRY_WORDS = re.compile(
    r"(?<![\w-])("
    + "|".join(
        re.escape(k)
        for k in sorted(set(COUNTRY_NAMES) | set(PLACE_COUNTRY), key=len, reverse=True)
        if "." not in k and len(k) > 2
    )
    + r")(?![\w-])"
)
# Entity labels of names that are not places; a place inside one is part of the name.
NAME_LABELS = frozenset({"ORG", "NORP", "PERSON", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT"})
_DAY_MONTH = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(" + "|".join(MONTHS) + r")\b"
    r"|\b(" + "|".join(MONTHS) + r")\s+(\d{1,2})(?:st|nd|rd|th)?\b",
    re.I,
)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
# The version of article_setting's rules, stored with a setting (Article.place_setting):
# one computed by other rules is computed again. 3: rules 2's fallback (datelines, countries
# and nationalities named anywhere) is gone: those say who speaks or where the reporter
# is ("Iranian officials denied", "WASHINGTON (AP) —"), and set an article about an attack
# in Syria elsewhere, so its confirmations and denials were never suggested.
SETTING_RULES = 3


@dataclass(frozen=True)
class ClaimFacts:
    """What the matcher needs of one claim."""

    text: str
    kind: str = "claim"
    cue: str = ""
    quantities: tuple = ()  # the extractor's [{"value", "unit", ...}]
    order: tuple = ()  # when it was said, comparable: a later claim bears on an earlier one
    entities: tuple = ()  # the extractor's named entities: {"text", "label"} or (text, label)
    # The countries its article places things in (article_setting): where a claim that
    # names no place of its own happened, as far as its article says.
    setting: frozenset = frozenset()


@dataclass(frozen=True)
class Typing:
    relation: str
    forward: bool  # True: the first claim bears on the second (first -> second)
    reasons: list[str] = field(default_factory=list)


def _entity_pairs(entities) -> list[tuple[str, str]]:
    out = []
    for e in entities or ():
        if isinstance(e, dict):
            text, label = e.get("text"), e.get("label")
        elif isinstance(e, (list, tuple)) and len(e) >= 2:
            text, label = e[0], e[1]
        else:
            continue
        if isinstance(text, str) and isinstance(label, str) and text.strip():
            out.append((text, label))
    return out


def _name_spans(text: str, entities) -> tuple[list[tuple[int, int]], set[str]]:
    """Spans of the text that are names of something other than a place (an
    organisation named after one, a person, a nationality), and the
    nationality words ("Jordanian")."""
    spans, demonyms = [], set()
    for name, label in _entity_pairs(entities):
        if label not in NAME_LABELS:
            continue
        if label == "NORP":
            demonyms.add(name.casefold())
        for m in re.finditer(re.escape(name), text):
            spans.append((m.start(), m.end()))
    stop = STOPWORDS | LOCATIVES | WEEKDAYS | MONTHS
    for m in _NAME_WITH_PLACE.finditer(text):
        # two words of a name besides the place: not "On Monday in Erbil", "Hezbollah in Lebanon"
        if sum(w.casefold() not in stop for w in m.group(0).split()) >= 3:
            spans.append((m.start(), m.end()))
    return spans, demonyms


def _inside(start: int, end: int, spans) -> bool:
    return any(s <= start and end <= e and e - s > end - start for s, e in spans)


def _canonical(name: str) -> str:
    name = name.casefold().rstrip(".")
    for suffix in ("'s", "’s"):
        name = name.removesuffix(suffix)
    return PLACE_ALIASES.get(name, name)


def places(text: str, entities=()) -> dict[str, str]:
    return dict(_places(text, tuple(_entity_pairs(entities))))


@lru_cache(maxsize=4096)
def _places(text: str, entities: tuple) -> tuple:
    return tuple(_find_places(text, entities).items())


def _find_places(text: str, entities) -> dict[str, str]:
    """Where the text says something happened: {place: qualifier}, e.g. "in
    northern Iraq" -> {"iraq": "northern"}. A place is a name after a
    locative ("in", "near", ...) or a known place anywhere ("the al-Tanf
    garrison"); not one inside another name ("The Islamic Resistance in
    Iraq", by the extractor's entities or by its shape), a nationality, a name
    modifying a noun ("near U.S. forces"), a month or a weekday. Capitals count
    only after a locative ("Washington warned Tehran" names governments)."""
    spans, demonyms = _name_spans(text, entities)
    out: dict[str, str] = {}

    def add(name_match_start: int, raw: str) -> None:
        parts = raw.split()
        qualifier = ""
        start = name_match_start
        if parts[0].islower() and not re.match(_CAPITALISED + "$", parts[0]):
            if parts[0] not in PLACE_QUALIFIERS:
                return
            qualifier, parts = parts[0], parts[1:]
            start += len(raw) - len(" ".join(parts))
        if not parts:
            return
        bare = " ".join(parts)
        end = start + len(bare)
        if _inside(start, end, spans) or bare.casefold() in demonyms:
            return
        follower = _MODIFIER.match(text, end)
        if follower and follower.group(1) in MODIFIED_NOUNS:
            return
        name = _canonical(bare)
        first = name.split()[0]
        if first in MONTHS or first in WEEKDAYS:
            return
        out[name] = qualifier

    for match in _PLACE.finditer(text):
        add(match.start(1), match.group(1))
        pos = match.end()
        while more := _MORE.match(text, pos):
            add(more.start(1), more.group(1))
            pos = more.end()
        country = _COMMA_COUNTRY.match(text, pos)
        if country and _canonical(country.group(1)) in COUNTRY_NAMES:
            add(country.start(1), country.group(1))
    for match in _KNOWN_PLACE.finditer(text):
        found = match.group(1)
        name = _canonical(found)
        if not any(ch.isupper() for ch in found) or name in GOVERNMENT_SEATS:
            continue
        if _inside(match.start(), match.end(), spans):
            continue
        out.setdefault(name, "")
    return out


def article_setting(text: str) -> frozenset:
    """The countries an article (its title and text) places things in: the
    implicit setting of its claims that name no place of their own: where it
    says things happened (places()), nothing else. The countries it merely
    names, its nationalities and its dateline say who speaks or where the
    reporter was, not where the event was: "Iranian officials denied any role"
    is about an attack in Syria. Rules versioned by SETTING_RULES."""
    paragraphs = text.split("\n")
    found = set()
    for paragraph in paragraphs:
        for name in places(paragraph):
            country = country_of(name)
            if country:
                found.add(country)
    return frozenset(found)


def country_of(place: str) -> str | None:
    """The country a place is in, by the lexicon (None if unknown): a
    country's own name, a known place, or a known place inside a longer name
    ("Ain al-Asad Air Base")."""
    if place in COUNTRY_NAMES:
        return COUNTRY_NAMES[place]
    if place in PLACE_COUNTRY:
        return PLACE_COUNTRY[place]
    for m in _COUNTRY_WORDS.finditer(place):
        word = m.group(1)
        return COUNTRY_NAMES.get(word) or PLACE_COUNTRY.get(word)
    return None


@lru_cache(maxsize=4096)
def _dates(text: str) -> frozenset:
    return frozenset(_find_dates(text))


def dates(text: str) -> set[str]:
    """Named days of the text: weekdays, "7 October", years."""
    return set(_dates(text))


def _find_dates(text: str) -> set[str]:
    """Named days of the text: weekdays, "7 October", years."""
    out = {w for w in words(text) if w in WEEKDAYS}
    for m in _DAY_MONTH.finditer(text):
        day, month = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        out.add(f"{int(day)} {month.casefold()[:3]}")
    out.update(_YEAR.findall(text))
    return out


def _mentions(text: str, name: str, spans) -> bool:
    """The text names the place, outside any other name."""
    for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text, re.I):
        if not _inside(m.start(), m.end(), spans):
            return True
    return False


def place_conflict(a: str, b: str, entities_a=(), entities_b=()) -> str:
    """A place of one text the other contradicts ("" if none): one place with
    opposite qualifiers ("northern Iraq" / "western Iraq"), places in
    different countries ("al-Tanf" is in Syria, "western Iraq" is not), two
    different known places in one country (Erbil / Baghdad), or, where the
    lexicon does not know a place's country, different names neither text
    mentions elsewhere."""
    pa, pb = places(a, entities_a), places(b, entities_b)
    if not pa or not pb:
        return ""
    shared = pa.keys() & pb.keys()
    for name in sorted(shared):
        qa, qb = pa[name], pb[name]
        if qa and qb and qa != qb:
            return f"{qa} {name} / {qb} {name}"
    ca = {c for c in map(country_of, pa) if c}
    cb = {c for c in map(country_of, pb) if c}
    if ca and cb and not ca & cb:
        return f"{', '.join(sorted(ca))} / {', '.join(sorted(cb))}"
    la = {n for n in pa if n in PLACE_COUNTRY}
    lb = {n for n in pb if n in PLACE_COUNTRY}
    if la and lb and not la & lb and not shared:
        return f"{', '.join(sorted(la))} / {', '.join(sorted(lb))}"
    if shared or (ca and cb):
        return ""
    spans_a, spans_b = _name_spans(a, entities_a)[0], _name_spans(b, entities_b)[0]
    if any(_mentions(b, n, spans_b) for n in pa) or any(_mentions(a, n, spans_a) for n in pb):
        return ""  # one names the other's place elsewhere ("al-Tanf garrison in Syria")
    return f"{', '.join(sorted(pa))} / {', '.join(sorted(pb))}"


def _own_countries(facts: ClaimFacts) -> tuple[set[str], bool]:
    """The countries a claim places itself in, and whether it names any place:
    a claim naming no place is in its article's setting."""
    found = places(facts.text, facts.entities)
    if found:
        return {c for c in map(country_of, found) if c}, True
    return set(facts.setting), False


def setting_conflict(a: ClaimFacts, b: ClaimFacts) -> str:
    """Two claims placed in different countries when a claim naming no place
    of its own is taken to be where its article is ("the group claimed the
    attack" in an article about Kabul is not about an attack in Syria); ""
    when they share one, or either is unknown. Claims that both name their
    places are place_conflict's."""
    ca, own_a = _own_countries(a)
    cb, own_b = _own_countries(b)
    if (own_a and own_b) or not ca or not cb or ca & cb:
        return ""
    return f"{', '.join(sorted(ca))} / {', '.join(sorted(cb))} (by the articles)"


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


@lru_cache(maxsize=4096)
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
    conflict = place_conflict(a.text, b.text, a.entities, b.entities) or date_conflict(
        a.text, b.text
    )
    if conflict and (similarity < SAME_ACCOUNT or same_party):
        return None  # another event (one party's two events: it places or dates each its way)
    if not conflict and setting_conflict(a, b):
        return None  # another country's event, as far as the articles say
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
