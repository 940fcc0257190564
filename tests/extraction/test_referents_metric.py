"""benchmarks/referents.py's judge of a pronoun's or demonstrative's referent, on
claims written for these tests (one per outcome), and the annotation files it
reads: every row must find its mention once in its text."""

import importlib.util
import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("referents", ROOT / "benchmarks" / "referents.py")
ref = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ref)

TEXT = (
    "Rescue teams from Japan reached the town on Monday. They pulled 12 people "
    "from the rubble. The mayor thanked them. This effort saved lives, he said. "
    'Its budget is small. "They never listen," a resident said.'
)
THEY = {"text": "t", "at": "They pulled 12 people", "mention": "They", "referent": ["rescue teams"]}
THIS = {"text": "t", "at": "This effort saved lives", "mention": "This", "referent": ["rescue"]}
HE = {"text": "t", "at": "he said", "mention": "he", "referent": ["mayor"]}
NULL = {"text": "t", "at": "They never listen", "mention": "They", "referent": None}
ITS = {"text": "t", "at": "Its budget is small", "mention": "Its", "referent": None}


@dataclass
class Claim:
    text: str
    span: tuple[int, int]
    speaker: str | None = None
    speaker_span: tuple[int, int] | None = None
    cue_span: tuple[int, int] | None = None


def _span(sentence: str) -> tuple[int, int]:
    i = TEXT.index(sentence)
    return (i, i + len(sentence))


@pytest.mark.parametrize(
    ("claim", "row", "flagged", "expected"),
    [
        ("Rescue teams from Japan pulled 12 people from the rubble.", THEY, [], "right"),
        ("The rescue teams pulled 12 people from the rubble.", THEY, [], "right"),
        ("The mayor pulled 12 people from the rubble.", THEY, [], "wrong"),
        ("They pulled 12 people from the rubble.", THEY, ["They"], "dangling"),
        # kept, but the claim also names the teams: reads on its own
        ("Rescue teams from Japan came, and they pulled 12 people out.", THEY, [], "right"),
        # a demonstrative softened to an article is still unresolved
        ("The effort saved lives.", THIS, [], "dangling"),
        ("The rescue effort saved lives.", THIS, [], "right"),
        ("The mayor's effort saved lives.", THIS, [], "wrong"),
        ("Effort saved lives.", THIS, [], "dropped"),
        # no safe antecedent: keeping is right, replacing is wrong
        ("They never listen.", NULL, ["They"], "kept"),
        ("The rescue teams never listen.", NULL, [], "wrong"),
        ("Its budget is small.", ITS, ["Its"], "kept"),
        ("The town's budget is small.", ITS, [], "wrong"),
        # the clause is not in this claim
        ("The mayor thanked the rescue teams.", THEY, [], None),
    ],
)
def test_judge_text(claim, row, flagged, expected):
    assert ref.judge_text(claim, row, flagged) == expected


def test_a_referent_put_after_the_noun_counts_unless_the_source_has_it_there():
    row = {"text": "t", "at": "erase these crimes", "mention": "these", "referent": ["tigray"]}
    claim = "The agreement does not erase the crimes committed in Tigray."
    before = "The agreement does not erase "
    assert ref.judge_text(claim, row, [], before, "these crimes.") == "right"
    after = "these crimes committed in Tigray."
    assert ref.judge_text(claim, row, [], before, after) == "dangling"


def test_a_phrase_rewritten_whole_round_the_mention_is_still_found():
    row = {
        "text": "t",
        "at": "In that role, he has directed",
        "mention": "that",
        "referent": ["head of"],
    }
    claim = "As the network's head of operations, Nasser has directed attacks."
    assert ref.judge_text(claim, row, []) == "right"
    # two function words alone do not carry it
    assert ref.judge_text("In the end, he left.", row, []) is None


def test_a_referent_already_in_at_does_not_count():
    row = {
        "text": "t",
        "at": "These rescue teams rested",
        "mention": "These",
        "referent": ["rescue teams"],
    }
    assert ref.judge_text("The rescue teams rested.", row, []) == "dangling"
    assert ref.judge_text("The Japanese rescue teams rested.", row, []) == "wrong"


@pytest.mark.parametrize(
    ("speaker", "mention", "referent", "expected"),
    [
        ("The mayor", "he", ["mayor"], "right"),
        ("he", "he", ["mayor"], "dangling"),
        ("a resident", "he", ["mayor"], "wrong"),
        ("he", "he", None, "kept"),
        ("the mayor", "he", None, "wrong"),
        # "Its envoy, Strive Masiyiwa": the name alone leaves the possessive out
        ("Strive Masiyiwa", "Its", ["african union"], "dropped"),
        ("Its envoy", "Its", ["african union"], "dangling"),
        # the right kind of party, not which one
        ("the official", "he", ["mayor"], "dangling"),
    ],
)
def test_judge_speaker(speaker, mention, referent, expected):
    row = {"text": "t", "at": mention, "mention": mention, "referent": referent}
    row["vague"] = ["official"]
    assert ref.judge_speaker(speaker, row) == expected


def test_a_demonstrative_noun_kept_with_other_words_is_unresolved_not_wrong():
    claim = "The mayor's effort saved lives."
    assert ref.judge_text(claim, THIS, [], determiner=True) == "dangling"
    assert ref.judge_text("The mayor saved lives.", THIS, [], determiner=True) == "wrong"
    assert ref.judge_text("The rescue effort saved lives.", THIS, [], determiner=True) == "right"


def test_a_vague_rendering_is_not_wrong_but_still_unresolved():
    row = dict(THEY, vague=["the teams"])
    assert ref.judge_text("The teams pulled 12 people from the rubble.", row, []) == "dangling"
    assert ref.judge_text("The mayor pulled 12 people from the rubble.", row, []) == "wrong"


def test_the_source_sentence_around_at_bounds_what_was_put_in():
    row = {"text": "t", "at": "this strike to protect", "mention": "this", "referent": ["april 3"]}
    before, after = "I directed ", "this strike to protect our troops."
    claim = "I directed the strike to protect our troops."
    assert ref.judge_text(claim, row, [], before, after) == "dangling"
    claim = "I directed the April 3 strike to protect our troops."
    assert ref.judge_text(claim, row, [], before, after) == "right"
    # a referent after the noun, or named twice where the source names it once
    row = {"text": "t", "at": "That attack killed", "mention": "That", "referent": ["embassy"]}
    claim = "The attack on the embassy killed 11 people."
    assert ref.judge_text(claim, row, [], "", "That attack killed 11 people.") == "right"
    row = {"text": "t", "at": "its inception", "mention": "its", "referent": ["rfj"]}
    after = "its inception in 1984, RFJ has paid $250 million."
    claim = "Since RFJ's inception in 1984, RFJ has paid $250 million."
    assert ref.judge_text(claim, row, [], "Since ", after) == "right"


def test_all_put_before_a_mention_that_opens_its_sentence_counts_however_long():
    row = {"text": "t", "at": "This has strained the", "mention": "This", "referent": ["700,000"]}
    after = "This has strained the resources of one of the poorest countries."
    claim = (
        "Since the war began in April 2023, Chad alone has taken in more than 700,000 "
        "refugees from Darfur and Kordofan, which has strained the resources of one of "
        "the poorest countries."
    )
    assert ref.judge_text(claim, row, [], "", after) == "right"
    claim = claim.replace("700,000", "many")
    assert ref.judge_text(claim, row, [], "", after) == "wrong"
    # with words of the sentence before the mention, only the window before it
    row = {"text": "t", "at": "this has strained", "mention": "this", "referent": ["700,000"]}
    before = "Officials in N'Djamena, the capital, who asked not to be named, say "
    claim = "Chad hosts 700,000 refugees, and officials who asked not to be named say " + (
        "the influx has strained its resources."
    )
    assert ref.judge_text(claim, row, [], before, "this has strained its resources.") == "wrong"


def test_a_function_word_around_the_mention_is_no_anchor_for_what_was_put_in():
    """An "and" or a "for" of ``at`` found again inside the names put in, or later in the
    claim, does not cut the replacement short."""
    row = {"text": "t", "at": "and they worked for", "mention": "they", "referent": ["lopez and"]}
    before, after = "The senators met, and ", "they worked for months on the bill."
    claim = "Maria Lopez and James Carter worked for months on the bill."
    assert ref.judge_text(claim, row, [], before, after) == "right"
    assert ref.judge_text(claim.replace("Maria Lopez and ", ""), row, [], before, after) == "wrong"
    row = {"text": "t", "at": "$1.2 billion for them", "mention": "them", "referent": ["tribal"]}
    before, after = "The law sets aside ", "them and allows tribes to apply for funds."
    claim = "The law sets aside $1.2 billion for tribal water systems."
    assert ref.judge_text(claim, row, [], before, after) == "right"
    assert ref.judge_text(claim.replace("tribal", "city"), row, [], before, after) == "wrong"
    # the aligned words just before the first content word go with it ("the race")
    row = {"text": "t", "at": "and she expected", "mention": "she", "referent": ["brooks"]}
    before, after = "Nia Brooks spoke, and ", "she expected the race to tighten."
    claim = "Nia Brooks expected the race to tighten."
    assert ref.judge_text(claim, row, [], before, after) == "right"


def test_judge_row_takes_speaker_span_and_the_worst_outcome():
    they = ref.locate(TEXT, THEY)
    s = _span("They pulled 12 people from the rubble.")
    right = Claim("Rescue teams from Japan pulled 12 people from the rubble.", s)
    dangles = Claim("They pulled 12 people.", s)
    assert ref.judge_row(THEY, they, [right], lambda i: []) == "right"
    assert ref.judge_row(THEY, they, [right, dangles], lambda i: [[], ["they"]][i]) == "dangling"
    # a claim elsewhere in the text does not count
    other = Claim("The mayor thanked them.", _span("The mayor thanked them."))
    assert ref.judge_row(THEY, they, [other], lambda i: []) == "no claim"
    he = ref.locate(TEXT, HE)
    s = _span("This effort saved lives, he said.")
    quoted = Claim("This effort saved lives.", s, speaker="The mayor", speaker_span=(he, he + 2))
    assert ref.judge_row(HE, he, [quoted], lambda i: []) == "right"
    quoted.speaker = "he"
    assert ref.judge_row(HE, he, [quoted], lambda i: []) == "dangling"


def test_a_pronoun_that_speaks_is_judged_by_the_speaker_of_what_it_says():
    # the content's claim names its speaker by an earlier mention, not the pronoun
    text = "Adams blamed Millbrook. He said he had warned him twice."
    row = {"text": "t", "at": "He said he had", "mention": "He", "referent": ["adams"]}
    off = ref.locate(text, row)
    content = (text.index("he had"), len(text))
    claim = Claim("Adams had warned him twice.", content, speaker="Adams", speaker_span=(0, 5))
    assert ref.judge_row(row, off, [claim], lambda i: [], text) == "right"
    claim.speaker = "Millbrook"
    assert ref.judge_row(row, off, [claim], lambda i: [], text) == "wrong"
    # not a speech verb after it: no claim carries it
    row = {"text": "t", "at": "He blamed", "mention": "He", "referent": ["adams"]}
    text = "Adams spoke. He blamed Millbrook, and Millbrook was silent."
    later = Claim("Millbrook was silent.", (text.index("Millbrook was"), len(text)), "Carter")
    assert ref.judge_row(row, ref.locate(text, row), [later], lambda i: [], text) == "no claim"


def test_a_possessive_given_the_speaker_of_its_frame_is_right():
    # "X said its Y" -> "X’s Y": the frame's words, moved into the owner's place, align
    # with the sentence before the mention; with the speech verb gone they were put in
    row = {"text": "t", "at": "said its staff had", "mention": "its", "referent": ["ministry"]}
    before, after = "The health ministry said ", "its staff had left the town."
    moved = "The health ministry’s staff had left the town."
    assert ref.judge_text(moved, row, [], before, after) == "right"
    other = "The health agency’s staff had left the town."
    assert ref.judge_text(other, row, [], before, after) == "wrong"
    # the frame kept, another owner put in: still wrong
    kept = "The health ministry said the agency’s staff had left the town."
    assert ref.judge_text(kept, row, [], before, after) == "wrong"


def test_a_pronoun_that_speaks_left_with_no_speaker_is_unresolved_not_wrong():
    # "It said ...": no one named, the claim hedged as a report -- dangling, or kept
    # when the text gives it no antecedent
    text = "Floods hit the valley. It said the road would reopen."
    row = {"text": "t", "at": "It said the road", "mention": "It", "referent": ["agency"]}
    off = ref.locate(text, row)
    content = (text.index("the road"), len(text))
    claim = Claim("The road would reopen.", content, cue_span=(off + 3, off + 7))
    assert ref.judge_row(row, off, [claim], lambda i: [], text) == "dangling"
    assert ref.judge_row({**row, "referent": None}, off, [claim], lambda i: [], text) == "kept"
    claim.cue_span = None  # not the pronoun's report: no claim carries it
    assert ref.judge_row(row, off, [claim], lambda i: [], text) == "no claim"


def test_locate_refuses_an_at_that_is_not_unique():
    with pytest.raises(ValueError):
        ref.locate(TEXT + " They pulled 12 people out again.", THEY)
    assert TEXT[ref.locate(TEXT, NULL) :].startswith("They never")


ANNOTATIONS = [
    ROOT / "tests" / "extraction" / d / "referents.jsonl"
    for d in ("blind", "texts", "referents_dev")
]
PRONOUN = re.compile(r"^(he|she|him|his|her|it|its|they|them|their|this|that|these|those)$", re.I)


@pytest.mark.parametrize("path", ANNOTATIONS, ids=lambda p: p.parent.name)
def test_every_row_locates_once(path):
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    assert rows
    seen = set()
    for row in rows:
        assert (
            {"text", "at", "mention", "referent"}
            <= set(row)
            <= {"text", "at", "mention", "referent", "vague"}
        ), row
        assert PRONOUN.match(row["mention"]), row
        r = row["referent"]
        assert r is None or (r and all(isinstance(x, str) and x.strip() for x in r)), row
        assert r is not None or "vague" not in row, row
        text = (path.parent / f"{row['text']}.txt").read_text(encoding="utf-8")
        off = ref.locate(text, row)  # raises unless ``at`` occurs exactly once
        assert text[off : off + len(row["mention"])] == row["mention"]
        assert (row["text"], off) not in seen, f"two rows for one mention: {row}"
        seen.add((row["text"], off))


def _sentence_claims(path, row):
    """The row's sentence as a claim, as it is and with the mention replaced by its
    first referent (or by "someone" where the text gives none)."""
    text = (path.parent / f"{row['text']}.txt").read_text(encoding="utf-8")
    off = ref.locate(text, row)
    start = max([m.end() for m in ref._SENTENCE_END.finditer(text, 0, off)], default=0)
    end = ref._SENTENCE_END.search(text, off)
    stop = end.end() if end else len(text)
    sentence = text[start:stop]
    k = off - start
    put = "someone" if row["referent"] is None else row["referent"][0].strip()
    replaced = sentence[:k] + put + sentence[k + len(row["mention"]) :]
    return text, off, Claim(sentence, (start, stop)), Claim(replaced, (start, stop))


@pytest.mark.parametrize("path", ANNOTATIONS, ids=lambda p: p.parent.name)
def test_every_row_is_judged_in_its_own_sentence(path):
    """Whatever the extractor does, each row's sentence left as it is must come out
    unresolved (or kept), and with the referent put in, right (or wrong): the scorer
    finds every row's clause and mention."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    for row in rows:
        text, off, same, replaced = _sentence_claims(path, row)
        flagged = [row["mention"].lower()]
        as_is = ref.judge_row(row, off, [same], lambda i, f=flagged: f, text)
        put_in = ref.judge_row(row, off, [replaced], lambda i: [], text)
        if row["referent"] is None:
            assert (as_is, put_in) == ("kept", "wrong"), row
        else:
            assert (as_is, put_in) == ("dangling", "right"), row


def test_the_benchmark_runs_the_extractor_and_counts_every_row(tmp_path, capsys, nlp):
    (tmp_path / "a.txt").write_text(
        "Rescue teams from Japan reached the town on Monday. They pulled 12 people from "
        "the rubble. The mayor said the town was grateful.\n",
        encoding="utf-8",
    )
    rows = [
        {
            "text": "a",
            "at": "They pulled 12 people",
            "mention": "They",
            "referent": ["rescue teams"],
        }
    ]
    path = tmp_path / "referents.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert ref.main([str(path)]) == 0
    out = capsys.readouterr().out
    assert "1 texts, 1 mentions" in out
    counts = re.search(
        r"(\d+) scored: right (\d+) .*wrong (\d+) .*dangling (\d+) .*kept (\d+) .*"
        r"dropped (\d+), no claim (\d+)",
        out,
    )
    scored, right, wrong, dangling, kept, dropped, no_claim = map(int, counts.groups())
    assert scored == right + wrong + dangling + kept
    assert scored + dropped + no_claim == 1
    assert "dangling.py on the same texts" in out
