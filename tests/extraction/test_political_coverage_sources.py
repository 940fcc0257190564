"""Who says it in everyday political coverage (issue 13): evidence named at the end of a
sentence, a pronoun after a surname the tagger misreads, a fact check's quoted claim
followed by the name of who made it."""

import pytest


@pytest.mark.parametrize(
    "text, statement, source",
    [
        (
            "The levy rests on a single vote taken in 2018, county records show.",
            "levy rests",
            "records",
        ),
        (
            "Harlow's tax rate is the third lowest among the state's cities, records from the "
            "Department of Revenue show.",
            "third lowest",
            "records",
        ),
        (
            "The bond measure passed in 2019 with 61 percent, court records show.",
            "bond measure",
            "records",
        ),
        ("Turnout fell in every ward on the east side, city data suggest.", "Turnout fell", "data"),
        (
            "The senator missed 40 votes last year, the records indicate.",
            "missed 40 votes",
            "records",
        ),
    ],
)
def test_evidence_that_ends_the_sentence_is_its_source(claims_of, find, text, statement, source):
    c = find(claims_of(text), statement)
    assert c.speaker and source in c.speaker


def test_a_noun_show_is_no_evidence(claims_of, find):
    claims = claims_of("The mayor attended every show. Voters saw the debate as a show.")
    assert find(claims, "attended every show").speaker is None
    assert find(claims, "debate as a show").speaker is None


@pytest.mark.parametrize(
    "text, statement, name",
    [
        (
            "State Auditor Nicole Gaines released a report on Monday. Corrections Director "
            "Paul Hadley said the department had raised starting pay. Gaines was skeptical. "
            '"We have heard that promise before," she told reporters.',
            "heard that promise",
            "Gaines",
        ),
        (
            "Councilwoman Rita Haynes voted against the contract. City Manager Tom Olin said "
            "the contract would save money. Haynes disagreed. "
            '"The savings exist only on paper," she said.',
            "savings exist only",
            "Haynes",
        ),
    ],
)
def test_a_pronoun_after_a_named_subject_ending_in_s_is_that_person(
    claims_of, find, text, statement, name
):
    # the tagger reads "Gaines", "Haynes" as plural nouns: still the person named before,
    # not the one who spoke last
    c = find(claims_of(text), statement)
    assert c.speaker and name in c.speaker


@pytest.mark.parametrize(
    "text, statement, name",
    [
        (
            "We checked two claims from the forum.\n\n"
            'CLAIM: "Violent crime is up 30 percent since the mayor took office." '
            "— Councilman Derek Yates\n\nIt is false.",
            "Violent crime is up",
            "Yates",
        ),
        (
            "The ad ran on three stations.\n\n"
            '"Our schools are the safest in the state." — Gov. Ann Lord, in a campaign ad\n\n'
            "That is mostly true.",
            "safest in the state",
            "Lord",
        ),
    ],
)
def test_a_quotation_closed_by_a_dash_and_a_name_is_that_ones(
    claims_of, find, text, statement, name
):
    c = find(claims_of(text), statement)
    assert c.speaker and name in c.speaker


def test_a_quoted_phrase_before_a_dash_and_a_clause_is_no_byline(claims_of, find):
    claims = claims_of(
        'The mayor called the budget "a disaster" — Democrats on the council disagreed.'
    )
    assert all("Democrats" not in (c.speaker or "") for c in claims if "disaster" in c.text)


@pytest.mark.parametrize(
    "text, statement, name",
    [
        (
            "The public works director, Alan Greer, disputed that, saying every project on "
            "the list was a full resurfacing.",
            "full resurfacing",
            "Greer",
        ),
        (
            "The budget director, Ana Ruiz, rejected that, saying the fund had grown by "
            "$4 million.",
            "fund had grown",
            "Ruiz",
        ),
    ],
)
def test_speech_in_a_participle_after_a_comma_the_parser_hung_on_it(
    claims_of, find, text, statement, name
):
    c = find(claims_of(text), statement)
    assert c.speaker and name in c.speaker


@pytest.mark.parametrize(
    "text, statement, source",
    [
        ("Polls show a close race in the suburbs.", "close race", "Polls"),
        (
            "Surveys show broad support for the measure in rural counties.",
            "broad support",
            "Surveys",
        ),
        ("The poll found strong support for the gas tax.", "strong support", "poll"),
    ],
)
def test_what_a_poll_shows_is_its_finding_with_no_figure(claims_of, find, text, statement, source):
    c = find(claims_of(text), statement)
    assert c.speaker and source in c.speaker


def test_numbers_showing_a_picture_are_no_source(claims_of, find):
    assert find(claims_of("The numbers show a different picture."), "picture").speaker is None


@pytest.mark.parametrize(
    "text, statement, name",
    [
        (
            "Sen. Amy Lindqvist said a group of eight senators had met twice this week, "
            'saying the group was "closer than the leaders think."',
            "closer than the leaders",
            "Lindqvist",
        ),
        (
            "Mayor Ruth Ames said the committee had approved the plan, saying the committee "
            "would vote again in May.",
            "vote again in May",
            "Ames",
        ),
    ],
)
def test_a_participle_that_names_the_reported_subject_again_is_the_reporters(
    claims_of, find, text, statement, name
):
    c = find(claims_of(text), statement)
    assert c.speaker and name in c.speaker


def test_a_participle_of_the_reported_subject_itself_stays_its(claims_of, find):
    c = find(
        claims_of("Police said the suspect called 911, saying he had shot his wife."),
        "shot his wife",
    )
    assert c.speaker and "suspect" in c.speaker
