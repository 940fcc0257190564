"""Who speaks, as parties: the speaker mentions of one article clustered so
that each party is one speaker, however the text names it.

- Named mentions with the same key join ("The Islamic Resistance in Iraq",
  "The Islamic Resistance"); a name that starts an earlier compatible name joins it.
- Acronyms defined in the text join their expansion ("U.S. Central Command (CENTCOM)").
- An appositive description joins the name before it ("Hezbollah, a Lebanese group").
- A definite description ("the group", "the militants", "the ministry",
  "officials") joins the nearest earlier party of a compatible kind in the same
  or the previous paragraphs; an introducing description ("An Iraqi militant
  group backed by Iran ...") joins the first compatible name after it.
- People: "Pentagon spokesman Brigadier General Patrick Ryder" is the person
  "Patrick Ryder" (title "Brigadier General", role "Pentagon spokesman",
  parent the party "Pentagon"); "Ryder", "Ms Ryder" and "the spokesman" join him.

Pure functions on the records, the entities and the layout: no ORM, no model.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate

from .lexicon import (
    AFFILIATION_MODIFIERS,
    AGENT_NOUNS,
    ARMED_GROUP_WORDS,
    BODY_DESCRIPTORS,
    DEFINITE_DETERMINERS,
    DESCRIPTOR_KINDS,
    GOVERNMENT_WORDS,
    MEDIA_WORDS,
    MILITARY_WORDS,
    NAME_PARTICLES,
    NATIONAL_DESCRIPTORS,
    OFFICE_QUALIFIERS,
    ORG_WORDS,
    PARTY_DETERMINERS,
    PERSON_NOUNS,
    PLACE_PREPOSITIONS,
    RANK_WORDS,
    REGION_NOUNS,
    RELATIVIZERS,
    STATE_DESCRIPTORS,
    TITLE_WORDS,
)
from .speakers import speaker_key as _speaker_key
from .speakers import speaker_kind

# words of an office's name that name no organisation ("State" Rep., "Lt." Gov.)
_OFFICE_WORDS = TITLE_WORDS | RANK_WORDS | OFFICE_QUALIFIERS | {"of", "the", "lt"}
speaker_key = lru_cache(maxsize=8192)(_speaker_key)  # names repeat within and across articles

_DETS = PARTY_DETERMINERS
_DEFINITE = DEFINITE_DETERMINERS
_PARTICLES = NAME_PARTICLES
_WORD = re.compile(r"[\w'’.&/-]+")
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s")
_ACRONYM = re.compile(r"\(\s*([A-Z][A-Za-z.&-]{1,9})\s*\)")
# "Cabo Delgado provinces", "Nampula and Cabo Delgado provinces", "Kano state": what
# follows a place's name says it lies within a country (in lower case: "U.S. State
# Department" is no state)
_REGION_AFTER = re.compile(
    r"(?:\s*(?:,|and|or)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)*\s+(?:"
    + "|".join(sorted(REGION_NOUNS))
    + r")\b"
)
_LOOKBACK_PARAGRAPHS = 2  # a description reaches back into this many earlier paragraphs
_LOOKAHEAD_PARAGRAPHS = 2  # an introducing description reaches forward this far
# prepositions after a title that lead to whom the person works for ("spokesman for ...")
_ROLE_PREPOSITIONS = frozenset({"for", "at", "to", "with"})
# words by which a name says it is a body ("Programme", "Ministry", "Brigades", "News")
_BODY_WORDS = ORG_WORDS | ARMED_GROUP_WORDS | MILITARY_WORDS | MEDIA_WORDS | GOVERNMENT_WORDS
# words after the head of a noun phrase ("Farmers near the dam", "Residents who fled")
_NP_ENDS = PLACE_PREPOSITIONS | RELATIVIZERS | frozenset("of from for with on by who that".split())
# common nouns of people, singular and plural ("analyst", "Witnesses", "local residents"):
# a party they name is people, never the body a description stands for
_PEOPLE_NOUNS = (
    PERSON_NOUNS
    | AGENT_NOUNS
    | {w + "s" for w in PERSON_NOUNS}
    | {w[:-1] + "ies" for w in PERSON_NOUNS if w.endswith("y")}
    | {w[:-3] + "men" for w in PERSON_NOUNS if w.endswith("man")}
) - (
    BODY_DESCRIPTORS
    | frozenset(
        "authorities authority police governments agencies organizations organisations staff "
        "team crew campaign campaigns".split()
    )
)


@dataclass
class Party:
    id: str
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    role: str | None = None
    title: str | None = None
    parent: str | None = None

    def as_dict(self) -> dict:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "aliases": self.aliases,
            "role": self.role,
            "title": self.title,
            "parent": self.parent,
        }


@dataclass(eq=False)
class _Mention:
    text: str
    start: int
    kind: str | None
    para: int
    speaks: bool  # a claim's speaker, not only a name in the text
    words: list[str] = field(default_factory=list)  # without leading determiners
    definite: bool = False
    descriptor: str | None = None  # head word of a description ("group")
    qualified: bool = False  # a description with a named modifier ("Two U.S. officials")
    person: tuple[str, str, str] | None = None  # (name, title, role) of a named person
    role_head: str | None = None  # "the spokesman": a person named only by role
    intro_role: str | None = None  # "A spokesman for the leader": a person named later
    place: bool = False  # a name the tagger takes for a place ("Mocuba"), not a speaker
    region: bool = False  # a place within a country ("Cabo Delgado provinces", "Kano state")
    people: bool = False  # people named by a common noun ("Analysts") or a person's name
    sure: _Mention | None = None  # "the agency": the one body named as such it stands for

    @property
    def named(self) -> bool:
        return (
            self.descriptor is None
            and self.role_head is None
            and any(t[:1].isupper() for t in self.words)
            and (self.kind != "person" or self.person is not None)
        )


def _in_reach(mentions, i):
    """The mentions before ``mentions[i]``, nearest first, as (index, mention), back
    ``_LOOKBACK_PARAGRAPHS`` paragraphs."""
    m = mentions[i]
    for j in range(i - 1, -1, -1):
        o = mentions[j]
        if m.para - o.para > _LOOKBACK_PARAGRAPHS:
            return
        yield j, o


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def parse_person(text: str) -> tuple[str, str, str] | None:
    """(name, title, role) of "Pentagon spokesman Brigadier General Patrick
    Ryder" -> ("Patrick Ryder", "Brigadier General", "Pentagon spokesman");
    None when the mention has no personal name."""
    toks = _words(text)
    while toks and toks[0].lower() in _DETS:
        toks = toks[1:]
    # "A spokesman for Senate Majority Leader Tom Reyes": the name after the
    # preposition is whom the person works for, not the person
    cut = next(
        (
            i
            for i, t in enumerate(toks)
            if t.lower() in _ROLE_PREPOSITIONS
            and any(w.lower().strip(".") in TITLE_WORDS for w in toks[:i])
        ),
        None,
    )
    if cut is not None:
        toks = toks[:cut]
    k = len(toks)
    while k > 0:
        t = toks[k - 1]
        low = t.lower().strip(".")
        if low in TITLE_WORDS or low in ORG_WORDS or not (t[:1].isupper() or low in _PARTICLES):
            break
        k -= 1
    name = toks[k:]
    if not name or all(t.isupper() and len(t) > 1 for t in name):
        return None
    pre = toks[:k]
    j = len(pre)
    while j > 0 and pre[j - 1].lower().strip(".") in RANK_WORDS:
        j -= 1
    return " ".join(name), " ".join(pre[j:]), " ".join(pre[:j])


def affiliation(role: str) -> str | None:
    """The organisation in a role: "Pentagon spokesman" -> "Pentagon",
    "Russia's Foreign minister" -> "Russia", "spokesman" -> None."""
    toks = _words(role)
    while toks and (
        toks[-1].lower().strip(".") in TITLE_WORDS or toks[-1].lower() in AFFILIATION_MODIFIERS
    ):
        toks = toks[:-1]  # "State Rep." -> "State" (the abbreviation's stop kept)
    while toks and toks[0].lower() in _DETS:
        toks = toks[1:]
    if not toks or not any(t[:1].isupper() for t in toks):
        return None
    if all(t.lower().strip(".") in _OFFICE_WORDS for t in toks):
        return None  # "State Rep.", "Lt. Gov.", "Secretary of State": an office, no body
    text = " ".join(toks)
    return re.sub(r"['’]s$", "", text) or None


def _classify(m: _Mention) -> None:
    toks = _words(m.text)
    m.definite = bool(toks) and toks[0].lower() in _DEFINITE
    while toks and (toks[0].lower() in _DETS or toks[0].isdigit()):
        toks = toks[1:]
    m.words = toks
    if not toks:
        return
    core = re.split(r"\s+(?:in|from|at|of|based in|for|backed by)\s+", " ".join(toks))[0].split()
    head = core[-1].lower() if core else ""
    if head in DESCRIPTOR_KINDS and not core[-1][:1].isupper():
        m.descriptor = head
        m.qualified = any(t[:1].isupper() for t in core[:-1])
        return
    # "Analysts", "Local residents", "Farmers near the dam": capitalised only where the
    # sentence starts
    np = next((toks[:k] for k, t in enumerate(toks) if k and t.lower() in _NP_ENDS), toks)
    m.people = np[-1].lower() in _PEOPLE_NOUNS and (len(np) == 1 or not np[-1][:1].isupper())
    if m.kind == "person":
        m.person = parse_person(m.text)
        if m.person is None and m.definite and head in TITLE_WORDS:
            m.role_head = head
        elif m.person is None and head in TITLE_WORDS:
            m.intro_role = head


def _compatible(desc: str, other: _Mention) -> bool:
    kinds = DESCRIPTOR_KINDS[desc]
    if other.place and desc not in STATE_DESCRIPTORS:
        # "Trucks reached Chokwe ... The agency said": a place the text only names is
        # a country's government at most ("the ministry"), never "the agency"
        return False
    if other.region and desc in NATIONAL_DESCRIPTORS:
        # "shelters in Nampula and Cabo Delgado provinces ... The government declared":
        # a province has no government, ministry or administration of its own in a
        # report; the government is the country's
        return False
    if desc in BODY_DESCRIPTORS and (other.people or other.person is not None):
        # "Analysts say ... The company has said": a body is never a party of people
        return False
    return other.kind in kinds


class _Union:
    def __init__(self, n):
        self.up = list(range(n))

    def find(self, i):
        while self.up[i] != i:
            self.up[i] = self.up[self.up[i]]
            i = self.up[i]
        return i

    def join(self, a, b):
        """Join b's cluster into a's (a is older, so its root stays the root)."""
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            if rb < ra:
                ra, rb = rb, ra
            self.up[rb] = ra


def _acronyms(text: str) -> dict[str, str]:
    """{acronym key: expansion key} for "Long Name (ACR)" defined in the text."""
    out = {}
    for m in _ACRONYM.finditer(text):
        acr = m.group(1)
        before = _words(text[max(0, m.start() - 100) : m.start()])
        words: list[str] = []
        for w in reversed(before):  # the capitalised words just before the bracket
            if not w[:1].isupper():
                break
            words.insert(0, w)
        letters = acr.replace(".", "").lower()
        # the acronym's letters in order in the name, starting at a word's initial
        while words and words[0][0].lower() != letters[0]:
            words = words[1:]
        if len(words) >= 2 or (words and len(letters) <= 3):
            if _subsequence(letters, " ".join(words).lower()):
                out[speaker_key(acr)] = speaker_key(" ".join(words))
    return out


def _subsequence(small: str, big: str) -> bool:
    it = iter(big)
    return all(c in it for c in small)


def _person_key(m: _Mention) -> tuple[str, str] | None:
    if m.person is None:
        return None
    name = m.person[0].split()
    return name[-1].lower(), name[0].lower() if len(name) > 1 else ""


def cluster_parties(
    speakers, *, entities, layout
) -> tuple[list[Party], list[str | None], list[str | None]]:
    """Parties of one article, the party id of each claim's speaker, and for a speaker
    described as a body ("The agency said") the body's name as written when it is sure
    ("the World Food Programme"), else None.

    ``speakers``: for each claim, (speaker as written, start offset of the
    mention, speaker kind) or None for the article's own voice;
    ``entities``: (start, end, text, label) of the document's named entities;
    ``layout``: the article's layout (paragraph numbers)."""
    mentions: list[_Mention] = []
    by_span: dict[tuple, _Mention] = {}
    rec_mention = []
    for item in speakers:
        if item is None or not item[0]:
            rec_mention.append(None)
            continue
        text, start, kind = item
        m = by_span.get((text, start))
        if m is None:
            m = by_span[(text, start)] = _Mention(text, start, kind, layout.paragraph(start), True)
            mentions.append(m)
        rec_mention.append(m)
    # does an entity overlap a speaker mention? (some mention starts before its end
    # and ends after its start: the latest end among the mentions starting before it)
    taken = sorted((m.start, m.start + len(m.text)) for m in mentions)
    taken_starts = [a for a, _b in taken]
    latest_end = list(accumulate((b for _a, b in taken), max))
    title = layout.text[: layout.headline_end].strip()
    for s, e, text, label in entities:
        if (
            label not in {"ORG", "PERSON", "GPE"}
            or (title and text.strip() == title)
            or layout.is_excluded(s)
        ):
            # a whole title line in title case is no name ("Floods Cut Off Coastal Towns"),
            # nor is the dateline ("KANO, NIGERIA —"): where the report was filed
            continue
        k = bisect_left(taken_starts, e)
        if k and latest_end[k - 1] > s:
            continue
        kind = (
            "person"
            if label == "PERSON"
            else "government"
            if label == "GPE"
            else speaker_kind(text, {label})
        )
        place = label == "GPE"
        mentions.append(
            _Mention(
                text,
                s,
                kind,
                layout.paragraph(s),
                False,
                place=place,
                region=place and _REGION_AFTER.match(layout.text, e) is not None,
            )
        )
    order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
    mentions = [mentions[i] for i in order]
    for m in mentions:
        _classify(m)
    index = {id(m): i for i, m in enumerate(mentions)}
    u = _Union(len(mentions))
    _join_names(mentions, u, _acronyms(layout.text))
    _join_appositives(mentions, u, layout.text)
    _join_pronoun_speakers(mentions, u, layout.text)
    # what the tagger saw: mentions and entities of any label ("Monday", "two months")
    seen = [(m.start, m.start + len(m.text)) for m in mentions] + [(s, e) for s, e, *_ in entities]
    _join_descriptions(mentions, u, layout.text, seen)
    _join_head_nouns(mentions, u)
    _join_introduced_people(mentions, u, layout.text)
    _join_apposed_descriptions(mentions, u, layout.text, layout.headline_end)
    places = {speaker_key(text) for _, _, text, label in entities if label in {"GPE", "NORP"}}
    found, ids = _parties(rec_mention, mentions, index, u, places)
    return found, ids, [_written(m.sure) if m is not None and m.sure else None for m in rec_mention]


def _written(m: _Mention) -> str | None:
    """A name as a claim can carry it: "the World Food Programme", "UNICEF"."""
    words = m.text.split()
    if words[0].lower() == "the" and len(words) > 1:
        return "the " + " ".join(words[1:])
    return m.text if words[0][:1].isupper() and words[0].lower() not in _DETS else None


def _org_key(m: _Mention) -> str:
    return speaker_key(" ".join(m.words))


def _join_names(mentions, u, acronyms) -> None:
    seen_key: dict[str, int] = {}
    people: list[tuple[str, str, int]] = []  # (surname, first name, mention index), in order
    firsts: dict[int, set[str]] = {}  # cluster root -> first names of the people in it
    expansions = {v: k for k, v in acronyms.items()}
    for i, m in enumerate(mentions):
        if not m.named:
            continue
        if m.kind == "person" and m.person:
            surname, first = _person_key(m)
            match = next(
                (
                    j
                    for s, f, j in reversed(people)
                    if s == surname
                    and (not first or not f or f == first)
                    # "Marcus Lee Dunn ... Dunn was held ... his sister, Tamika Dunn": a bare
                    # surname already joined to another first name is not this person's
                    and not (first and not f and firsts.get(u.find(j), {first}) - {first})
                ),
                None,
            )
            if match is not None:
                u.join(match, i)
            root = u.find(i)
            known = firsts.pop(u.find(match), set()) if match is not None else set()
            firsts[root] = known | firsts.get(root, set()) | ({first} if first else set())
            people.append((surname, first, i))
            continue
        bare = [w for w in m.words if w.lower().strip(".") not in RANK_WORDS]
        if len(bare) == 1 and people:  # "Ostrova said": a surname not tagged as a person
            low = bare[0].lower()
            match = next((j for s, _, j in reversed(people) if s == low), None)
            if match is not None:
                u.join(match, i)
                continue
        key = _org_key(m)
        key = acronyms.get(key, key)
        if key in seen_key:
            u.join(seen_key[key], i)
        else:
            # a shorter form of an earlier name ("the Islamic Resistance")
            prefix = None
            if " " in key:
                prefix = next(
                    (
                        j
                        for k, j in reversed(seen_key.items())
                        if k.startswith(key + " ") and mentions[j].kind == m.kind
                    ),
                    None,
                )
            if prefix is not None:
                u.join(prefix, i)
            seen_key[key] = i if prefix is None else prefix
        acr = expansions.get(key)  # "CENTCOM" before its definition
        if acr is not None and acr in seen_key:
            u.join(seen_key[acr], i)


def _join_appositives(mentions, u, text) -> None:
    """ "Hezbollah, a Lebanese militant organisation": the description is the name's."""
    for i, m in enumerate(mentions):
        if m.descriptor is None or i == 0:
            continue
        prev = mentions[i - 1]
        end = prev.start + len(prev.text)
        if (
            prev.named
            and re.fullmatch(r"\s*,\s*", text[end : m.start])
            and _compatible(m.descriptor, prev)
        ):
            u.join(i - 1, i)


def _join_pronoun_speakers(mentions, u, text) -> None:
    """ "A banned militant group claimed the attack. It said ...": a speaker written as a
    pronoun carries its antecedent's words; it is the party of the nearest earlier
    mention written with those words."""
    for i, m in enumerate(mentions):
        if not m.speaks or text.startswith(m.text, m.start):
            continue
        for j, o in _in_reach(mentions, i):
            if o.text == m.text and text.startswith(o.text, o.start):
                u.join(j, i)
                break


def _join_descriptions(mentions, u, text, seen) -> None:
    for i, m in enumerate(mentions):
        if m.role_head:  # "the spokesman" -> the nearest earlier person with that role
            ante = next(
                (
                    j
                    for j in range(i - 1, -1, -1)
                    if mentions[j].person
                    and m.role_head in (mentions[j].person[1] + " " + mentions[j].person[2]).lower()
                    and m.para - mentions[j].para <= _LOOKBACK_PARAGRAPHS
                ),
                None,
            )
            if ante is not None:
                u.join(ante, i)
            continue
        if m.descriptor is None or u.find(i) != i:
            continue  # a name, or a description already joined to its name
        plural = m.descriptor.endswith("s")
        if m.qualified and plural:
            continue  # "Two U.S. officials": a party of its own, affiliated by its modifier
        if m.definite or plural:  # "the group", "The militants", "officials"
            ante = _nearest_before(mentions, i, u)
            if ante is not None:
                u.join(ante, i)
                if _sure(mentions, i, ante, u) and _nothing_between(mentions[ante], m, text, seen):
                    m.sure = mentions[ante]
            continue
        # "An Iraqi militant group backed by Iran ..." introduces a name that follows
        nxt = next(
            (
                j
                for j in range(i + 1, len(mentions))
                if mentions[j].para - m.para <= _LOOKAHEAD_PARAGRAPHS
                and mentions[j].named
                and _compatible(m.descriptor, mentions[j])
            ),
            None,
        )
        if nxt is not None:
            u.join(i, nxt)


def _join_head_nouns(mentions, u) -> None:
    """ "The nonpartisan Legislative Fiscal Bureau estimated ... The bureau also found":
    "the" and one common noun join the nearest earlier name (not a person's) that ends
    in that noun ("the commission" -> "the Public Utilities Commission")."""
    for i, m in enumerate(mentions):
        if not m.definite or len(m.words) != 1 or u.find(i) != i or m.kind == "person":
            continue
        noun = m.words[0]
        if not noun.islower():
            continue
        for j, o in _in_reach(mentions, i):
            if (
                o.kind != "person"
                and len(o.words) > 1
                and o.words[-1].lower() == noun
                and o.words[-1][:1].isupper()
            ):
                u.join(j, i)
                break


def _join_introduced_people(mentions, u, text) -> None:
    """ "A spokesman for the leader said ... The spokesman, Eli Brandt, declined ...":
    a person described before being named joins the first later name given that
    role ("the spokesman, Eli Brandt", "spokesman Eli Brandt")."""
    for i, m in enumerate(mentions):
        if m.intro_role is None:
            continue
        role = re.compile(rf"\b(?:the|its|his|her|their)\s+{re.escape(m.intro_role)},?\s*$", re.I)
        for j in range(i + 1, len(mentions)):
            o = mentions[j]
            if o.para - m.para > _LOOKAHEAD_PARAGRAPHS:
                break
            if role.search(text[max(0, o.start - 40) : o.start]) and 1 < len(o.words) <= 4:
                if o.person is None:  # "The spokesman, Eli Brandt": a name, whatever its tag
                    o.kind, o.person = "person", (" ".join(o.words), "", "")
                u.join(j, i)
                break
            if o.person is not None and m.intro_role in o.person[2].lower().split():
                u.join(j, i)
                break


_NAME = r"([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)+)"


def _join_apposed_descriptions(mentions, u, text, body_start=0) -> None:
    """ "Supervisor Karen Wells and her challenger, rancher Beth Dominguez, met ... 'Those
    numbers are fiction,' the challenger said": a speaker written as "the" and one
    common noun joins the one person the text set that noun beside before it
    ("her challenger, rancher Beth Dominguez", "challenger Beth Dominguez", "Karen Wells,
    the incumbent,") in the body (a title-case headline sets every noun beside a capital).
    Two people set beside it: no join."""
    people = None
    for i, m in enumerate(mentions):
        if not (m.definite and m.speaks and len(m.words) == 1 and u.find(i) == i):
            continue
        noun = m.words[0]
        if not noun.isalpha() or not noun.islower():
            continue
        before = text[body_start : m.start]
        n = re.escape(noun)
        names = {
            mt.group(1)
            for pat in (
                rf"\b(?i:{n})\s+{_NAME}",  # "challenger Beth Dominguez"
                # "her challenger, rancher Beth Dominguez, met ...": closed by a comma
                rf"\b(?i:{n}),\s+(?:[a-z-]+\s+){{0,2}}{_NAME},",
                rf"{_NAME},\s+(?:the|a|an|her|his)\s+(?:[a-z-]+\s+){{0,2}}{n}\b",
            )
            for mt in re.finditer(pat, before)
        }
        if len(names) != 1:
            continue
        name = names.pop()
        if people is None:
            people = [(j, o) for j, o in enumerate(mentions) if o.person and o.named]
        match = next((j for j, o in people if o.start < m.start and o.person[0] == name), None)
        if match is not None:
            u.join(match, i)


def _nearest_before(mentions, i, u):
    m = mentions[i]
    first = None
    for j, o in _in_reach(mentions, i):
        if o is m or o.kind == "person" or mentions[u.find(j)].kind == "person":
            # nor a name the tagger took for a place that was joined to a person
            # ("standing by Okafor. Two party officials said ...")
            continue
        if _compatible(m.descriptor, o) and (o.named or u.find(j) != j or o.speaks):
            first = j
            break
    if first is None or not _bare_name(mentions, first, u):
        return first
    # "The World Food Programme began airlifting maize to Angoche ... The agency said":
    # a name that tells nothing of what it is and never speaks (a town the tagger took
    # for an organisation) yields to the one name of a body of that kind in the same or
    # the previous paragraph; with two such names the description stays unjoined
    telling = {}
    for j in range(first - 1, -1, -1):
        o = mentions[j]
        if m.para - o.para > 1:
            break
        if o.named and o.kind != "person" and _compatible(m.descriptor, o) and _tells_body(o):
            telling.setdefault(u.find(j), j)
    if len(telling) > 1:
        return None
    return next(iter(telling.values()), first)


def _sure(mentions, i, ante, u) -> bool:
    """ "The World Food Programme began airlifting maize ... The agency said": "the agency"
    (the bare singular description of a body) joined to a name that says it is a body,
    and no other body of its kind in reach but names that tell nothing and never speak."""
    m, a = mentions[i], mentions[ante]
    if (
        m.descriptor not in BODY_DESCRIPTORS
        or m.descriptor.endswith("s")
        or len(m.words) != 1
        or not a.named
        or a.people
        or not _tells_body(a)
    ):
        return False
    root = u.find(ante)
    for j, o in _in_reach(mentions, i):
        if (
            o.kind != "person"
            and u.find(j) != root
            and _compatible(m.descriptor, o)
            and (o.named or u.find(j) != j or o.speaks)
            and not _bare_name(mentions, j, u)
        ):
            return False
    return True


def _nothing_between(a: _Mention, m: _Mention, text: str, seen) -> bool:
    """The name is in the sentence before the description or its own, and nothing between
    them could be a name the tagger missed ("UNICEF", "the Red Crescent"): every
    capitalised word the tagger did not see opens a sentence and is no acronym."""
    start, end = a.start + len(a.text), m.start
    if a.para != m.para or len(_SENTENCE_END.findall(text, start, end)) > 1:
        return False
    for w in _WORD.finditer(text, start, end):
        word, pos = w.group(), w.start()
        if not word[:1].isupper() or any(s <= pos < e for s, e in seen):
            continue
        before = text[:pos].rstrip()
        if (len(word) > 1 and word.isupper()) or (before and before[-1] not in '.!?"“\n'):
            return False
    return True


def _tells_body(m: _Mention) -> bool:
    """Does the name say it is a body ("World Food Programme", "Health Ministry",
    an acronym such as "UNICEF")?"""
    return any(
        w.lower() in _BODY_WORDS or (len(w) > 1 and w.isupper() and w.isalpha()) for w in m.words
    )


def _bare_name(mentions, j, u) -> bool:
    """A name that tells nothing of what it is and whose party never speaks."""
    o = mentions[j]
    if not o.named or o.speaks or _tells_body(o):
        return False
    root = u.find(j)
    return not any(n.speaks for k, n in enumerate(mentions) if u.find(k) == root)


def _parties(rec_mention, mentions, index, u, places) -> tuple[list[Party], list[str | None]]:
    clusters: dict[int, list[_Mention]] = {}
    for i, m in enumerate(mentions):
        clusters.setdefault(u.find(i), []).append(m)
    speaking = {u.find(index[id(m)]) for m in rec_mention if m is not None}
    parties: list[Party] = []
    by_root: dict[int, Party] = {}
    by_name: dict[str, Party] = {}

    def new(name, kind, aliases=(), **kw) -> Party:
        p = Party(f"s{len(parties) + 1}", name, kind or "organisation", list(aliases), **kw)
        parties.append(p)
        by_name.setdefault(speaker_key(name), p)
        return p

    for root in sorted(speaking):
        members = clusters[root]
        named = [m for m in members if m.named]
        person = next(
            (
                m.person
                for m in sorted(named, key=lambda m: -len(m.person[0]) if m.person else 0)
                if m.person
            ),
            None,
        )
        if person:
            name, title, role = person
            forms = [name]
            p = new(name, "person", [], role=role or None, title=title or None)
        else:
            pool = named or members
            best = max(pool, key=lambda m: (m.named, len(m.words), -m.start))
            name = " ".join(best.words) or best.text
            kinds = [m.kind for m in named if m.kind] or [m.kind for m in members if m.kind]
            kind = max(set(kinds), key=kinds.count) if kinds else "organisation"
            if kind == "organisation":  # the descriptions may know better ("the militants")
                kind = next(
                    (
                        m.kind
                        for m in members
                        if m.kind not in (None, "organisation") and m.kind != "person"
                    ),
                    kind,
                )
            forms = [" ".join(m.words) for m in named]
            p = new(name, kind)
        seen = {_alias_key(p.name)}
        for f in forms:
            k = _alias_key(f)
            if k and k not in seen:
                seen.add(k)
                p.aliases.append(f)
        by_root[root] = p
    # parents: the organisation in a person's role, the country of "U.S. officials"
    for root, p in list(by_root.items()):
        aff = affiliation(p.role) if p.role else None
        if aff is None and p.kind in {"government", "military"}:
            q = next((m for m in clusters[root] if m.qualified), None)
            if q is not None and not any(m.named for m in clusters[root]):
                aff = _modifier(q)
        if aff:
            key = speaker_key(aff)
            parent = by_name.get(key) or next(
                (o for o in parties if o is not p and key in {speaker_key(a) for a in o.aliases}),
                None,
            )
            if parent is None:
                kind = "government" if key in places else speaker_kind(aff)
                parent = new(aff, "organisation" if kind == "person" else kind)
            if parent is not p:
                p.parent = parent.id
    ids = [by_root[u.find(index[id(m)])].id if m is not None else None for m in rec_mention]
    return parties, ids


def parties(ctx, resolved) -> list[Party]:
    """The stage after resolve: each Resolved gets ``speaker_id``; the article's parties."""
    speakers = []
    for r in resolved:
        a = r.attr
        if a is None or not a.speaker:
            speakers.append(None)
            continue
        start = a.speaker_span[0] if a.speaker_span else ctx.doc[r.ids[0]].idx if r.ids else 0
        speakers.append((a.speaker, start, a.speaker_kind))
    found, ids, names = cluster_parties(speakers, entities=ctx.ents, layout=ctx.layout)
    for r, pid, name in zip(resolved, ids, names, strict=True):
        r.speaker_id = pid
        if name:
            _name_described(r, name)
    return found


def _name_described(r, name: str) -> None:
    """ "The agency said it had enough stocks": the pronoun that stood for the speaker
    reads "the World Food Programme", not the description, when the body is sure."""
    desc = r.attr.speaker.lower()
    for k, v in list(r.replace.items()):
        low = v.lower()
        for tail in ("", "'s", "’s"):
            if low == desc + tail:
                r.replace[k] = (name[0].upper() if v[:1].isupper() else name[0]) + name[1:] + tail
                break


def _alias_key(name: str) -> str:
    """Two spellings worth keeping apart as aliases (case, punctuation and "the" ignored)."""
    words = re.sub(r"[^\w\s]", "", name.casefold().replace("’s", "").replace("'s", "")).split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def _modifier(m: _Mention) -> str | None:
    """The named modifier of a qualified description: "Two U.S. officials" -> "U.S."."""
    core = m.words[:-1]
    named = [t for t in core if t[:1].isupper() or t.lower() in {"government", "military"}]
    return " ".join(named) or None
