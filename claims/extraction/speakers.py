"""Speakers: how a mention is classified, shortened and keyed for merging."""

from __future__ import annotations

import re
import unicodedata

from .lexicon import (  # noqa: F401  (re-exported for callers that read them here)
    AGENT_NOUNS,
    ARMED_GROUP_WORDS,
    GOVERNMENT_WORDS,
    MEDIA_WORDS,
    MILITARY_WORDS,
    MINISTRY_WORDS,
    NAME_PARTICLES,
    NONPERSON_PRONOUNS,
    OFFICE_QUALIFIERS,
    ORG_WORDS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    SOURCE_NOUNS,
    SPEAKER_DETERMINERS,
    TITLE_WORDS,
)

_ORG_OR_TITLE_WORDS = ORG_WORDS | TITLE_WORDS  # (built once, not per call)
_WORD = re.compile(r"[\w'’.-]+")
_HEAD_PP = re.compile(r"\s+(?:in|from|at|of|for|with)\s+")
_LOC_PP = re.compile(r"\s+(?:in|from|at|of|based in|for)\s+(?:the\s+)?[A-Z][\w.'’ -]*$")
_LEAD_DET = re.compile(r"^(?:" + "|".join(SPEAKER_DETERMINERS) + r")\s+", re.I)


def _tokens(s: str) -> list[str]:
    return _WORD.findall(s)


def speaker_kind(name: str | None, ent_labels: frozenset | set = frozenset()) -> str | None:
    """Best guess of what sort of actor ``name`` is."""
    if not name:
        return None
    raw = _tokens(name)
    toks = [w.lower().strip(".'’") for w in raw]
    words = set(toks)
    words |= {w.replace(".", "") for w in words}
    if toks and toks[-1] in TITLE_WORDS and toks[-1] not in OFFICE_QUALIFIERS:
        return "person"
    # the head noun before a modifier decides: "a spokesman for the rebels", "the man"
    core = _HEAD_PP.split(name, maxsplit=1)[0]
    # (the words of ``core``: those of the name when no modifier was cut off)
    core_raw, core_toks = (raw, toks) if core == name else (_tokens(core), None)
    if _titled_name(core, core_raw, core_toks):
        return "person"
    if core_toks is None:
        core_toks = [w.lower().strip(".'’") for w in core_raw]
    head = core_toks[-1:]
    if head and (
        head[0] in PERSON_NOUNS or (head[0] in TITLE_WORDS and head[0] not in OFFICE_QUALIFIERS)
    ):
        return "person"
    if (
        "PERSON" in ent_labels
        or (words & TITLE_WORDS and not words & ORG_WORDS)
        or words & PERSON_PRONOUNS
    ):
        if not (words & ARMED_GROUP_WORDS and "PERSON" not in ent_labels):
            return "person"
    if words & ARMED_GROUP_WORDS:
        return "armed_group"
    if words & MILITARY_WORDS and not words & MINISTRY_WORDS:
        return "military"
    if words & MEDIA_WORDS:
        return "media"
    if words & GOVERNMENT_WORDS or ent_labels & {"GPE"}:
        return "government"
    return "organisation"


def _titled_name(core: str, toks=None, lower=None) -> bool:
    """ "Police spokesperson Resila Onyango": a personal title followed by two to four
    capitalised words that end the mention is a person, whatever the words before the
    title ("police") or the tagger's label for the name ("the government of President
    Daniel Mbeki" is the government: only the words before a modifier count)."""
    if toks is None:
        toks = _tokens(core)
    if lower is None:
        lower = [w.lower().strip(".'’") for w in toks]
    last = max(
        (i for i, w in enumerate(lower) if w in TITLE_WORDS and w not in OFFICE_QUALIFIERS),
        default=-1,
    )
    name = toks[last + 1 :]
    return (
        last >= 0
        and 2 <= len(name) <= 4
        and all(t[:1].isupper() and not t.isupper() for t in name)
        and not {w.lower().strip(".'’") for w in name} & _ORG_OR_TITLE_WORDS
    )


def is_media(name: str | None, ent_labels=frozenset()) -> bool:
    return speaker_kind(name, ent_labels) == "media"


def alias_key(name: str) -> str:
    """A name as it is compared: case, punctuation, a possessive and a leading
    "the" ignored ("The U.S. Central Command" == "US Central Command"). What
    SpeakerAlias.key holds, and the last step of speaker_key."""
    text = (name or "").casefold().replace("’", "'")
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"[^\w\s]", "", text)
    words = text.split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def speaker_key(name: str) -> str:
    """Key that merges the mentions of one speaker within a text: alias_key
    after dropping what varies between mentions.

    "The Islamic Resistance in Iraq" and "The Islamic Resistance" give the same
    key; so do "Pentagon spokesman Brigadier General Patrick Ryder", "Patrick
    Ryder" and "Ryder" (people are keyed by surname, so across texts this key is
    too coarse: stored aliases use alias_key).
    """
    s = unicodedata.normalize("NFKC", name or "").replace("’", "'").strip(" \t\n,.;:\"'“”")
    s = re.sub(r"'s\b", "", s)
    s = _LOC_PP.sub("", s)
    while True:
        t = _LEAD_DET.sub("", s)
        if t == s:
            break
        s = t
    toks = _tokens(s)
    if not toks:
        return ""
    lower = [t.lower().strip(".") for t in toks]
    # a personal name follows the last title word ("... General Patrick Ryder")
    last_title = max((i for i, w in enumerate(lower) if w in TITLE_WORDS), default=-1)
    name_toks = toks[last_title + 1 :]
    if (
        name_toks
        and len(name_toks) <= 5
        and not {w.lower() for w in name_toks} & ORG_WORDS
        and all(t[:1].isupper() or t.lower() in NAME_PARTICLES for t in name_toks)
        and not all(t.isupper() for t in name_toks)
        and (last_title >= 0 or len(name_toks) >= 2)
    ):
        return alias_key(name_toks[-1])
    return alias_key(" ".join(toks))
