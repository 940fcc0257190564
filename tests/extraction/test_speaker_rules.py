"""Speaker rules for political coverage (issue #13): restatements, vocatives,
verbs coordinated into what is said, findings reported in a parenthesis."""

import pytest

# ---- restatements and concessions are speech ---------------------------------------


@pytest.mark.parametrize(
    "verb", ["repeated", "reiterated", "restated", "reaffirmed", "insisted", "maintained"]
)
def test_a_restatement_is_a_claim_of_its_speaker(claims_of, find, verb):
    c = find(claims_of(f"The senator {verb} that the tax would fall on families."), "families")
    assert c.speaker == "The senator"
    assert c.kind == "claim"
    assert c.text == "The tax would fall on families."


@pytest.mark.parametrize("verb", ["conceded", "acknowledged", "granted"])
def test_a_concession_is_a_confirmation_by_its_speaker(claims_of, find, verb):
    c = find(claims_of(f"The police chief {verb} that the count was low."), "count was low")
    assert c.speaker == "The police chief" and c.kind == "confirmation"


def test_a_negated_restatement_is_a_denial(claims_of, find):
    c = find(claims_of("The mayor repeated that she had never seen the memo."), "memo")
    assert c.speaker == "The mayor" and c.kind == "denial"


def test_a_ruling_is_the_courts_claim(claims_of, find):
    claims = claims_of(
        "The appeals court held that the map was lawful. The judge ruled that the count must go on."
    )
    assert find(claims, "map was lawful").speaker == "The appeals court"
    assert find(claims, "count must go on").speaker == "The judge"


def test_repeating_or_holding_a_thing_is_no_speech(claims_of, find):
    claims = claims_of(
        "The senator repeated the vote twice. The team held the lead. The court ruled on Monday."
    )
    assert all(c.speaker is None and c.kind == "fact" for c in claims)
    assert find(claims, "repeated the vote")


# ---- vocatives: whom a quote addresses is neither speaker nor claim -----------------


def test_a_name_addressed_at_the_end_of_a_quote_is_not_the_speaker(claims_of, find):
    claims = claims_of(
        "Democrat Rosa Delgado, a former county nurse, said Harwell had voted against school "
        'funding. "Promises are easy, Tom," she said.'
    )
    c = find(claims, "Promises are easy")
    assert c.speaker == "Democrat Rosa Delgado"
    assert c.text == "Promises are easy."


def test_the_addressee_is_skipped_when_she_said_is_resolved(claims_of, find):
    claims = claims_of(
        "Ana Ruiz said the union would strike. Paul Dorsey, the manager, said the offer was "
        'fair. "Paul, you had four years to fix it," she said.'
    )
    c = find(claims, "four years")
    assert c.speaker == "Ana Ruiz"
    assert c.text == "You had four years to fix it."


def test_a_quote_addressed_to_no_one_named_keeps_its_speaker(claims_of, find):
    # the addressee's name alone, with nobody else to be "she", leaves "she" unresolved
    c = find(claims_of('"Promises are easy, Tom," she said.'), "Promises")
    assert c.speaker == "she" and c.text == "Promises are easy."


@pytest.mark.parametrize(
    "text, said, speaker",
    [
        (
            '"Mr. Speaker, this bill will cost jobs," Hart said.',
            "This bill will cost jobs.",
            "Hart",
        ),
        (
            '"Senator, your numbers are wrong," the governor said.',
            "Your numbers are wrong.",
            "the governor",
        ),
        (
            'The governor spoke last. "That is simply not true, Senator," she said.',
            "That is simply not true.",
            "The governor",
        ),
    ],
)
def test_a_title_addressed_is_dropped_from_the_claim(claims_of, find, text, said, speaker):
    c = next(c for c in claims_of(text) if c.text == said)
    assert c.speaker.lower() == speaker.lower()


def test_an_appositive_or_a_subject_in_a_quote_is_no_vocative(claims_of, find):
    claims = claims_of(
        'Ana Ruiz spoke first. "We met the mayor, Tom Harwell," she said. '
        '"Harwell, the former mayor, lied to voters," she said.'
    )
    assert find(claims, "We met the mayor").text == "We met the mayor, Tom Harwell."
    assert find(claims, "lied to voters").text.startswith("Harwell, the former mayor,")
    assert find(claims, "lied to voters").speaker == "Ana Ruiz"


def test_a_name_between_commas_outside_quotes_is_no_vocative(claims_of, find):
    c = find(claims_of("The winner was, in the end, Tom Harwell."), "winner")
    assert c.text == "The winner was, in the end, Tom Harwell."


# ---- a person's act coordinated into what the person said ---------------------------


def test_a_promise_coordinated_into_the_content_is_the_speakers(claims_of, find):
    claims = claims_of("The mayor said the bridge was unsafe and vowed to close it by May.")
    assert find(claims, "bridge was unsafe").speaker == "The mayor"
    c = find(claims, "vowed to close")
    assert c.speaker == "The mayor" and c.kind == "commitment"
    assert c.text.startswith("The mayor vowed")


def test_an_appeal_coordinated_into_the_content_is_the_speakers(claims_of, find):
    c = find(
        claims_of(
            "Senator Ruth Okoye said the bill was rushed and urged colleagues to vote it down."
        ),
        "urged colleagues",
    )
    assert c.speaker == "Senator Ruth Okoye"
    assert c.text.startswith("Senator Ruth Okoye urged")


def test_a_speech_verb_coordinated_into_the_content_is_the_speakers(claims_of, find):
    claims = claims_of(
        "Ana Ruiz spoke first. She said there was no money left and added that the schools "
        "would close in June."
    )
    assert find(claims, "no money left").speaker == "Ana Ruiz"
    assert find(claims, "schools would close").speaker == "Ana Ruiz"


def test_a_coordinated_act_stays_with_a_subject_that_can_do_it(claims_of, find):
    claims = claims_of(
        "The union said its members were angry and vowed to strike. "
        "The mayor said the tax was high and added to costs for families."
    )
    assert "members" in find(claims, "vowed to strike").speaker
    c = find(claims, "added to costs")
    assert c.text == "The tax added to costs for families."


def test_a_second_clause_with_its_own_subject_keeps_it(claims_of, find):
    c = find(
        claims_of("The senator said the fund was empty and that lawmakers promised to refill it."),
        "promised to refill",
    )
    assert c.speaker == "lawmakers"


# ---- "X, he said, and it found Y": the parenthesis governs the sentence --------------


def test_a_finding_after_a_parenthetical_said_is_the_speakers(claims_of, find):
    claims = claims_of(
        "Paul Dorsey, the city manager, disputed that. An audit was finished in March, he "
        "said, and it found no missing ballots."
    )
    assert find(claims, "finished in March").speaker == "Paul Dorsey"
    c = find(claims, "no missing ballots")
    assert c.speaker == "Paul Dorsey"
    assert c.text == "An audit found no missing ballots."


def test_a_reported_clause_after_a_parenthetical_said_is_the_speakers(claims_of, find):
    claims = claims_of(
        "Governor Lena Marsh spoke in Dayton. A state review was ordered in 2022, she said, "
        "and it concluded that the prison was overcrowded."
    )
    assert find(claims, "ordered in 2022").speaker == "Governor Lena Marsh"
    assert find(claims, "overcrowded").speaker == "Governor Lena Marsh"


def test_the_speakers_own_doings_after_a_parenthetical_said_are_narration(claims_of, find):
    claims = claims_of(
        "Paul Dorsey, the city manager, disputed that. An audit was finished in March, he "
        "said, and he left the room."
    )
    assert find(claims, "finished in March").speaker == "Paul Dorsey"
    assert find(claims, "left the room").speaker is None


def test_an_act_after_what_was_done_to_a_body_is_the_speakers(claims_of, find):
    claims = claims_of(
        'Dale Hutchins said the fund had been "raided" three times and pledged to restore it '
        "within two years."
    )
    c = find(claims, "pledged to restore")
    assert c.speaker == "Dale Hutchins" and c.text.startswith("Dale Hutchins pledged")


def test_a_body_that_acts_in_the_content_keeps_its_act(claims_of, find):
    c = find(
        claims_of("The mayor said the council met on Monday and voted to delay the project."),
        "voted to delay",
    )
    assert c.text.startswith("The council voted")


def test_a_figure_of_speech_with_tell_has_no_speaker_of_its_own(claims_of, find):
    claims = claims_of(
        'Maria Gonzalez spoke second. "Senator, your own votes tell the story," Hutchins said. '
        "The minister told reporters the talks had failed."
    )
    assert find(claims, "votes tell the story").speaker == "Hutchins"
    assert find(claims, "talks had failed").speaker == "The minister"


def test_evidence_a_parenthetical_speaker_cites_is_the_speakers_account(claims_of, find):
    claims = claims_of(
        "Maria Gonzalez spoke next. The report, she added, found that the fund had grown by "
        "$40 million since 2021. Polls, she said, show the race is tied."
    )
    assert find(claims, "fund had grown").speaker == "Maria Gonzalez"
    assert find(claims, "race is tied").speaker == "Maria Gonzalez"


def test_what_the_speaker_did_after_a_parenthetical_said_is_narration(claims_of, find):
    claims = claims_of(
        "Ana Ruiz spoke first. The plan is dead, she said, and she left the room. "
        "Prices, she said, will rise and wages will fall."
    )
    assert find(claims, "plan is dead").speaker == "Ana Ruiz"
    assert find(claims, "left the room").speaker is None
    assert find(claims, "wages will fall").speaker == "Ana Ruiz"


def test_a_study_named_with_its_author_is_still_evidence(claims_of, find):
    claims = claims_of(
        "Jordan Ellis, the governor's spokesman, defended the veto. A 2022 study by the state "
        "housing agency, he said, found that rent caps in other states had slowed building. "
        "A survey of 900 tenants by the Renters Alliance found that 58 percent were behind on rent."
    )
    assert find(claims, "slowed building").speaker == "Jordan Ellis"
    c = find(claims, "58 percent")
    assert "survey" in c.speaker and c.kind == "statistic"


def test_a_party_named_with_a_place_is_no_evidence(claims_of, find):
    c = find(
        claims_of("A spokesman for the union in Detroit found that the plant was unsafe."),
        "unsafe",
    )
    assert c.speaker.startswith("A spokesman")
