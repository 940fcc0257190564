"""Speakers: how a mention is classified, shortened and keyed for merging."""
from __future__ import annotations

import re
import unicodedata

TITLE_WORDS = frozenset("""
president vice-president minister prime secretary spokesman spokeswoman spokesperson general
brigadier major colonel lieutenant captain admiral commander sergeant chief director leader
expert analyst professor prof dr doctor ambassador senator governor mayor chancellor king queen
prince sheikh premier envoy official lawyer attorney judge justice correspondent reporter
editor founder chairman chairwoman chair ceo manager administrator advisor adviser
representative rep sen gov mr mrs ms miss sir lady lord pope chef foreign defense defence
interior deputy assistant acting national security head commissioner
""".split())

ORG_WORDS = frozenset("""
resistance ministry department government administration army forces force military command
group militia front brigade brigades movement party council committee agency office service
services news press times post journal network corporation company institute university
commission union organisation organization association authority authorities police
coalition guard guards corps navy embassy court congress parliament senate house bank fund
program programme center centre bureau alliance federation
states kingdom nations republic emirates islands arabia korea africa america zealand lanka
city state county province region
""".split())

MILITARY_WORDS = frozenset("""
military forces force army navy troops soldiers marines command centcom pentagon airforce
commander general brigade battalion defence defense idf
""".split())
ARMED_GROUP_WORDS = frozenset("""
militia militias militant militants group groups resistance rebels rebel insurgents insurgent
fighters gunmen terrorists terrorist jihadists taliban hezbollah hizballah hamas houthis houthi
isis isil al-qaida al-qaeda qaida qaeda aqim
""".split())
MEDIA_WORDS = frozenset("""
news press times post journal reuters afp ap bbc cnn voa nbc abc cbs msnbc fox jazeera
guardian telegraph tribune herald gazette broadcaster newspaper outlet tv television
radio channel media reporters journalists report reports wire dpa xinhua tass irna
""".split())
GOVERNMENT_WORDS = frozenset("""
ministry ministries government administration officials official department embassy state
white house kremlin cabinet parliament council authorities authority police office
""".split())

# common nouns that name people or bodies able to say, find or promise something
AGENT_NOUNS = frozenset("""
official officials engineer engineers scientist scientists researcher researchers investigator
investigators expert experts analyst analysts witness witnesses resident residents doctor doctors
lawyer lawyers worker workers member members leader leaders soldier soldiers troops officer officers
police activist activists protester protesters student students teacher teachers developer developers
diplomat diplomats lawmaker lawmakers legislator legislators prosecutor prosecutors judge judges
spokesman spokeswoman spokesperson authorities authority government governments militant militants
rebel rebels people person man men woman women survivor survivors victim victims family families
relative relatives parent parents citizen citizens voter voters farmer farmers manager managers
staff team crew rescuers rescuer medic medics nurse nurses volunteer volunteers observer observers
monitor monitors inspector inspectors auditor auditors economist economists historian historians
critic critics supporter supporters opponent opponents candidate candidates minister ministers
company companies firm firms agency agencies group groups organization organizations
organisation organisations
""".split())
# documents and studies are cited as sources ("a UN report said")
SOURCE_NOUNS = frozenset("""
report reports study studies survey surveys poll polls analysis review investigation inquiry
statement statements document documents paper assessment audit
""".split())

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
NONPERSON_PRONOUNS = frozenset({"it", "they", "them"})

_PARTICLES = frozenset({"von", "der", "de", "van", "al", "bin", "la", "le", "du", "da", "del", "ibn"})
_WORD = re.compile(r"[\w'’.-]+")
_LOC_PP = re.compile(r"\s+(?:in|from|at|of|based in|for)\s+(?:the\s+)?[A-Z][\w.'’ -]*$")
_LEAD_DET = re.compile(
    r"^(?:the|a|an|another|some|two|three|four|five|several|many|both|all|other|senior|top|also)\s+", re.I
)


def _tokens(s: str) -> list[str]:
    return _WORD.findall(s)


def speaker_kind(name: str | None, ent_labels: frozenset | set = frozenset()) -> str | None:
    """Best guess of what sort of actor ``name`` is."""
    if not name:
        return None
    words = {w.lower().strip(".'’") for w in _tokens(name)}
    words |= {w.replace(".", "") for w in words}
    toks = [w.lower().strip(".'’") for w in _tokens(name)]
    if toks and toks[-1] in TITLE_WORDS and toks[-1] not in ("state", "national", "security", "foreign", "defense", "defence", "interior"):
        return "person"
    if "PERSON" in ent_labels or (words & TITLE_WORDS and not words & ORG_WORDS) or words & PERSON_PRONOUNS:
        if not (words & ARMED_GROUP_WORDS and "PERSON" not in ent_labels):
            return "person"
    if words & ARMED_GROUP_WORDS:
        return "armed_group"
    if words & MILITARY_WORDS and not words & {"ministry", "department", "secretary", "minister"}:
        return "military"
    if words & MEDIA_WORDS:
        return "media"
    if words & GOVERNMENT_WORDS or ent_labels & {"GPE"}:
        return "government"
    return "organisation"


def is_media(name: str | None, ent_labels=frozenset()) -> bool:
    return speaker_kind(name, ent_labels) == "media"


def speaker_key(name: str) -> str:
    """Normalised key used to merge aliases of one speaker.

    "The Islamic Resistance in Iraq" and "The Islamic Resistance" give the same
    key; so do "Pentagon spokesman Brigadier General Patrick Ryder", "Patrick
    Ryder" and "Ryder" (people are keyed by surname).
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
    name_toks = toks[last_title + 1:]
    if (
        name_toks
        and len(name_toks) <= 5
        and not {w.lower() for w in name_toks} & ORG_WORDS
        and all(t[:1].isupper() or t.lower() in _PARTICLES for t in name_toks)
        and not all(t.isupper() for t in name_toks)
        and (last_title >= 0 or len(name_toks) >= 2)
    ):
        return name_toks[-1].lower().replace(".", "")
    key = " ".join(w.replace(".", "") for w in lower)
    return key
