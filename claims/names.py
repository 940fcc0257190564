"""How alike two speaker names are, 0-100, for the fuzzy step of resolution
(after exact alias, acronym and normalised forms). Pure: no database.

    name_score(a, b)   a and b are alias keys (claims.extraction.speakers.alias_key)

rapidfuzz's token_sort_ratio (word order ignored) on the names' words, with
two corrections that a character ratio gets wrong both ways:

- a word swapped for another ("iraqi" / "iranian", "army" / "navy",
  "africa" / "central"): each side has a word the other lacks, so the names
  are of two parties, however alike the letters -> the score is cut
  (x REPLACED_FACTOR). Words alike letter for letter ("defence" / "defense",
  "hizbollah" / "hezbollah") count as one word; short words (<= 4 letters:
  "irak", "army", "ap") must be equal.
- one name is the other plus descriptive words ("Hamas movement" / "Hamas",
  "Reuters news agency" / "Reuters") -> near-certain (DESCRIBED_SCORE).

Articles and prepositions are left out, an Arabic article joins its word
("al Nujaba" = "al-Nujaba"), and spacing alone never makes a difference.

The thresholds were chosen on tests/data/speaker_name_pairs.tsv plus every
pair of names of two different gazetteer parties (benchmarks/speaker_matching.py
prints precision and recall at each):
SUGGEST_AT -> a merge suggestion for an editor; MERGE_AT -> the same party,
resolved without asking (no pair of different parties scores that high).
"""

from __future__ import annotations

from rapidfuzz import fuzz

SUGGEST_AT = 82  # hand + mined set: precision 0.93, recall 0.87 (benchmarks/speaker_matching.py)
MERGE_AT = 97  # precision 1.00 (recall 0.33); the highest-scoring different pair scores 95

REPLACED_FACTOR = 0.85
DESCRIBED_SCORE = 95.0
SAME_WORD = 80  # rapidfuzz ratio from which two (longer) words are one word spelled two ways
SHORT_WORD = 4

FUNCTION_WORDS = frozenset({"of", "the", "in", "for", "and", "on", "to", "at"})
ARABIC_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "an", "ash"})
DESCRIPTIVE_WORDS = frozenset(
    {
        "group",
        "movement",
        "agency",
        "news",
        "network",
        "alliance",
        "organisation",
        "organization",
        "militia",
        "rebels",
        "rebel",
        "party",
        "channel",
        "newspaper",
        "broadcaster",
        "company",
    }
)


def words(key: str) -> list[str]:
    out, parts, i = [], key.split(), 0
    while i < len(parts):
        w = parts[i]
        if w in ARABIC_ARTICLES and i + 1 < len(parts):
            out.append(w + parts[i + 1])
            i += 2
            continue
        if w not in FUNCTION_WORDS:
            out.append(w)
        i += 1
    return out


def _same_word(a: str, b: str) -> bool:
    if a == b:
        return True
    if min(len(a), len(b)) <= SHORT_WORD:
        return False
    return fuzz.ratio(a, b) >= SAME_WORD


def name_score(a: str, b: str) -> float:
    """How alike two alias keys are, 0-100 (100: the same name)."""
    if a.replace(" ", "") == b.replace(" ", ""):
        return 100.0
    wa, wb = words(a), words(b)
    if not wa or not wb:
        return fuzz.token_sort_ratio(a, b)
    base = fuzz.token_sort_ratio(" ".join(wa), " ".join(wb))
    only_a = [w for w in wa if not any(_same_word(w, v) for v in wb)]
    only_b = [w for w in wb if not any(_same_word(w, v) for v in wa)]
    if only_a and only_b:
        return base * REPLACED_FACTOR
    extra = only_a or only_b
    if extra and all(w in DESCRIPTIVE_WORDS for w in extra):
        return max(base, DESCRIBED_SCORE)
    return base
