"""Attribution rules that must hold outside the seed article's domain."""

import pytest


def test_it_takes_call_x_y_as_a_stance_of_the_subject(claims_of, find):
    c = find(claims_of("The mayor called the protesters vandals."), "vandals")
    assert c.speaker == "The mayor" and c.kind == "opinion"


def test_it_does_not_take_calling_a_meeting_as_a_stance(claims_of, find):
    c = find(claims_of("The company called a meeting on Monday."), "meeting")
    assert c.speaker is None and c.kind == "fact"


def test_it_takes_the_appositive_name_as_a_person_speaker(claims_of, find):
    claims = claims_of(
        "Another analyst, Kim Jae-won, said the talks would fail. He said the two sides were far apart."
    )
    assert find(claims, "talks would fail").speaker == "Kim Jae-won"
    assert find(claims, "far apart").speaker == "Kim Jae-won"


def test_it_resolves_they_to_the_last_plural_agent_subject(claims_of, find):
    claims = claims_of(
        "The agency opened an inquiry in March. Investigators from the transport board examined the wreck for weeks. "
        "They said a cracked bolt caused the failure."
    )
    assert find(claims, "cracked bolt").speaker.startswith("Investigators")


def test_it_does_not_make_evidence_a_speaker(claims_of, find):
    c = find(
        claims_of("The photos suggested the dam had failed before the storm."), "dam had failed"
    )
    assert c.speaker is None
    assert "photos suggested" in c.text


def test_it_keeps_the_outer_speaker_over_an_evidence_verb(claims_of, find):
    c = find(
        claims_of("Smith added that the bridge’s age suggests that repairs are overdue."), "overdue"
    )
    assert c.speaker == "Smith"


def test_it_attributes_a_speech_clause_after_a_conjunction(claims_of, find):
    claims = claims_of("The report comes after the ministry said it had finished the audit.")
    c = find(claims, "finished the audit")
    assert c.speaker == "the ministry"
    assert not any(x.text.startswith("The report comes") for x in claims)


def test_it_leaves_a_participle_after_a_comma_on_its_noun(claims_of):
    claims = claims_of(
        "Rescuers reached the last of the two villages that were flooded, called Upper Dale."
    )
    assert len(claims) == 1 and claims[0].kind != "opinion" and claims[0].speaker is None


# ---- political and campaign coverage (rules written on tests/extraction/speakers/dev) ----


def test_a_pronoun_speaker_is_the_named_appositive_of_the_subject_before(claims_of, find):
    claims = claims_of(
        "Nora Fitch, a bakery owner, said rents had doubled. Another tenant, Omar Qureshi, "
        "disagreed with her. The landlord, he said, had offered every tenant a discount."
    )
    assert find(claims, "offered every tenant").speaker == "Omar Qureshi"


def test_a_person_in_reported_content_does_not_take_over_she_said(claims_of, find):
    claims = claims_of(
        "The mayor's press secretary, Ines Duarte, said Councilman Hal Brock had seen the plan. "
        '"Nothing was hidden from anyone," she said.'
    )
    assert find(claims, "Nothing was hidden").speaker == "Ines Duarte"


def test_a_parenthetical_pronoun_speaker_is_not_the_subject_it_interrupts(claims_of, find):
    claims = claims_of(
        "Priya Raman, the challenger, spoke in Dayton on Monday. "
        'Senator Cole Avery, she said, was "asleep at the wheel."'
    )
    assert find(claims, "asleep at the wheel").speaker == "Priya Raman"


def test_a_bare_surname_of_a_named_person_speaks_as_a_person(claims_of, find):
    claims = claims_of(
        "Voters in Akron heard from Teresa Obuya on Monday. Obuya said the plant would reopen. "
        "Gov. Ward Pell, she said, had cut the money in May."
    )
    assert find(claims, "plant would reopen").speaker == "Obuya"
    assert find(claims, "cut the money").speaker == "Obuya"


def test_a_poll_that_finds_an_object_is_the_source_of_the_finding(claims_of, find):
    c = find(
        claims_of("A new survey by the state chamber found 64 percent of owners in favor."),
        "64 percent",
    )
    assert c.speaker is not None and "survey" in c.speaker


def test_a_relative_clause_of_saying_gives_its_noun_the_speaker(claims_of, find):
    claims = claims_of(
        "The council debated the levy, which business owners say would double their taxes. "
        "The bypass, which the agency says will cost $40 million, opens in May."
    )
    c = find(claims, "would double")
    assert c.speaker == "business owners" and c.text.startswith("The levy")
    assert c.text == "The levy would double business owners’ taxes."  # their own (rules-1.10)
    c = find(claims, "$40 million")
    assert c.speaker == "the agency" and "says" not in c.text
    assert find(claims, "opens in May").speaker is None


def test_a_speech_act_set_into_a_when_clause_is_its_own_claim(claims_of, find):
    claims = claims_of(
        "The hearing grew tense on Friday, when Councilman Abe Novak accused the treasurer of hiding the deficit."
    )
    assert find(claims, "hearing grew tense").speaker is None
    assert find(claims, "hiding the deficit").speaker.endswith("Abe Novak")


def test_countering_reports_speech(claims_of, find):
    c = find(
        claims_of("The defense countered that the footage was taken after the arrest."), "footage"
    )
    assert c.speaker == "The defense"


def test_a_transcript_turn_is_said_by_its_labelled_speaker(claims_of, find):
    claims = claims_of(
        "Senator Lisa Grant spoke to the station on Sunday.\n\n"
        "ANCHOR: Will the bill pass?\n\n"
        "GRANT: It will pass. The votes are there, and the governor has said he will sign it.\n\n"
        "BREAKING: The senate adjourned early on Monday."
    )
    c = find(claims, "votes are there")
    assert c.speaker and "Grant" in c.speaker and c.speaker_kind == "person"
    assert "GRANT" not in c.text
    assert find(claims, "adjourned early").speaker is None


@pytest.mark.parametrize(
    "text, statement, name",
    [
        (
            "Edited transcript of the briefing by Press Secretary Dana Hill.\n\n"
            "MS. HILL: Good afternoon. The shelter fund has paid $12 million to 800 families.",
            "paid $12 million",
            "Hill",
        ),
        (
            "Remarks by Transportation Director Omar Fitch.\n\n"
            "DIRECTOR FITCH: Thanks, Ellen. The bridge will reopen in March.",
            "bridge will reopen",
            "Fitch",
        ),
        (
            "A transcript of the call with Sen. Rhoda Vance follows.\n\n"
            "SEN. VANCE: We will not vote for the package. The votes are not there.",
            "votes are not there",
            "Vance",
        ),
    ],
)
def test_a_turn_whose_label_opens_with_a_title_is_said_by_its_speaker(
    claims_of, find, text, statement, name
):
    # "MS." or "SEN." cut off as a sentence, or the label's own sentence ("Good
    # afternoon.") dropped: the rest of the paragraph is still the labelled speaker's
    c = find(claims_of(text), statement)
    assert c.speaker and name in c.speaker


@pytest.mark.parametrize(
    "text, statement, speaker",
    [
        (
            "Q: Director, the county auditor said last week that the fund paid out $2 million "
            "to the wrong people. Is that right?",
            "paid out $2 million",
            "county auditor",
        ),
        (
            "Q: Carl, the builders' association claims that state grants are driving up "
            "prices. Your response?",
            "driving up prices",
            "association",
        ),
        (
            "Q: Karine, the chairman told reporters that the tariffs would be lifted in May. "
            "Is that true?",
            "tariffs would be lifted",
            "chairman",
        ),
    ],
)
def test_a_reporters_question_turn_is_no_speaker_nor_whom_it_addresses(
    claims_of, find, text, statement, speaker
):
    c = find(claims_of(text), statement)
    assert c.speaker and speaker in c.speaker
    assert "Q" not in c.speaker.split() and c.speaker.split()[0] not in {"Director", "Carl"}


def test_an_apposition_closed_by_its_comma_after_a_turn_label_is_still_the_subject(claims_of, find):
    c = find(
        claims_of(
            "Remarks by Press Secretary Dana Hill.\n\n"
            "MS. HILL: Carl Ruiz, the director, said the fund is sound."
        ),
        "fund is sound",
    )
    assert c.speaker and "Ruiz" in c.speaker


def test_a_speaker_described_before_being_named_is_that_person(claims_of):
    from claims.extraction import extract

    out = extract(
        "A spokeswoman for Mayor Ian Tobin said the budget would pass. "
        "The city will hire 40 officers. The spokeswoman, Rosa Quill, declined to say when."
    )
    rec = next(r for r in out if "budget would pass" in r.text)
    party = next(p for p in out.speakers if p.id == rec.speaker_id)
    assert party.name == "Rosa Quill" and party.kind == "person"


def test_a_local_office_is_a_title(claims_of, find):
    c = find(
        claims_of("Councilwoman Deb Ardent, who chairs the budget panel, said the levy was dead."),
        "levy was dead",
    )
    assert c.speaker_kind == "person"


def test_a_speaker_goes_on_through_a_participle_hung_on_the_reported_clause(claims_of, find):
    claims = claims_of(
        "Auditor Rhea Olsen said the pension fund was short by $3 billion, adding that the gap had grown since 2020."
    )
    assert find(claims, "gap had grown").speaker == "Auditor Rhea Olsen"


def test_an_interrupted_quote_is_said_by_the_person_an_appositive_describes(claims_of, find):
    claims = claims_of(
        '"We have a plan," said Oda Brenn, the district\'s treasurer.\n\n'
        '"Usually," she said, "the state covers the gap. This year it will not."'
    )
    assert find(claims, "state covers the gap").speaker == "Oda Brenn"
    assert find(claims, "will not").speaker == "Oda Brenn"


def test_a_person_who_spoke_is_the_antecedent_when_named_again_as_subject(claims_of, find):
    claims = claims_of(
        '"The books are clean," said Oda Brenn, the district\'s treasurer. '
        '"Every dollar is there," said Ivo Sand, the board\'s auditor. '
        "Brenn disputed his account. The board, she said, had never asked for receipts."
    )
    assert find(claims, "asked for receipts").speaker.endswith("Brenn")


def test_a_relative_clause_speech_act_is_said_by_its_antecedent(claims_of, find):
    claims = claims_of(
        "The levy was opposed by Alderman Kurt Lowe, who said it would drive out shops. "
        "The firm, which has denied any wrongdoing, will appeal."
    )
    assert find(claims, "drive out shops").speaker == "Alderman Kurt Lowe"
    assert find(claims, "denied any wrongdoing").speaker == "The firm"
    assert find(claims, "will appeal").speaker is None


def test_describing_someone_as_something_is_the_subjects_account(claims_of, find):
    claims = claims_of("Former colleagues described the senator as a tireless negotiator.")
    assert find(claims, "tireless negotiator").speaker == "Former colleagues"
    claims = claims_of("The museum described the painting in a short note.")
    assert find(claims, "painting").speaker is None


def test_a_recommendation_is_said_whole_by_its_source(claims_of, find):
    claims = claims_of(
        "The inspector's report found that two bridges were unsafe. "
        "It recommended that the city close both of them."
    )
    c = find(claims, "close both")
    assert c.speaker == "The inspector's report" and "recommended" in c.text


def test_a_colon_gives_what_a_statement_noun_before_it_said(claims_of, find):
    claims = claims_of(
        "The governor's message to lawmakers was short: the state will not raise taxes. "
        "The budget has one gap: it leaves out the courts."
    )
    c = find(claims, "not raise taxes")
    assert c.speaker == "The governor" and "message" not in c.text
    assert find(claims, "leaves out the courts").speaker is None


def test_filings_are_a_source_and_evidence_cited_by_a_speaker_stays_the_speakers(claims_of, find):
    claims = claims_of(
        "Campaign filings show the senator spent $2 million on ads. "
        "A Democratic strategist said internal polling showed the race tied."
    )
    assert find(claims, "spent $2 million").speaker == "Campaign filings"
    assert find(claims, "race").speaker == "A Democratic strategist"


def test_a_parenthetical_finding_or_addition_speaks_for_the_clause_it_interrupts(claims_of, find):
    claims = claims_of(
        "A county survey asked 900 residents about parks. "
        "Most use them weekly, the survey found, but few feel safe there at night.\n\n"
        "Planner Rob Kaye spoke next. Fees, he added, will double in May."
    )
    assert "survey" in find(claims, "use them weekly").speaker
    assert "survey" in find(claims, "feel safe").speaker
    assert find(claims, "will double").speaker == "Planner Rob Kaye"


def test_figures_of_speech_with_evidence_words_stay_in_the_articles_voice(claims_of, find):
    claims = claims_of(
        "The numbers tell a different story. Her record shows a pattern of party-line votes. "
        "A state audit found $4 million in unpaid fees."
    )
    assert find(claims, "different story").speaker is None
    assert find(claims, "party-line votes").speaker is None
    assert find(claims, "unpaid fees").speaker == "A state audit"


def test_a_retort_reports_speech_and_a_poll_finding_a_margin_is_a_source(claims_of, find):
    claims = claims_of(
        "Senator Ida Moe fired back that the audit had cleared her office. "
        "A Marist poll showed the senator ahead by 6 points. "
        "The team came back after the break."
    )
    assert find(claims, "audit had cleared").speaker == "Senator Ida Moe"
    assert "poll" in find(claims, "ahead by 6 points").speaker
    assert find(claims, "came back").speaker is None


def test_she_said_skips_a_man_named_since_the_woman_spoke(claims_of, find):
    claims = claims_of(
        "Councilwoman Ruth Okoye and Councilman Dev Patel met on Tuesday. "
        "Okoye said the plan would displace 300 families. Patel said the number was inflated. "
        "She said the housing report listed every family."
    )
    assert find(claims, "listed every family").speaker == "Okoye"


def test_a_pronoun_once_used_for_a_person_fixes_their_gender(claims_of, find):
    claims = claims_of(
        "Lena Voss said the plant would close. Omar Reyes said it would not. "
        '"The orders are there," he said. She said the orders had been cancelled.'
    )
    assert find(claims, "orders are there").speaker == "Omar Reyes"
    assert find(claims, "had been cancelled").speaker == "Lena Voss"


def test_it_does_not_take_withholding_for_a_denial(claims_of, find):
    # "deny" as withhold: the measure is no speaker, the one who said so is
    claims = claims_of(
        "The finance ministry said the new export rules would deny smugglers a market abroad."
    )
    c = find(claims, "deny smugglers")
    assert c.speaker == "The finance ministry" and c.kind != "denial"
    alone = find(claims_of("The tariffs deny farmers their best customers."), "tariffs")
    assert alone.speaker is None and alone.kind != "denial"


def test_it_does_not_take_a_toll_for_a_claim(claims_of, find):
    c = find(claims_of("The landslide claimed 14 lives, the district police said."), "14 lives")
    assert c.speaker == "the district police"
    assert find(claims_of("The fire claimed two homes."), "two homes").speaker is None


def test_it_keeps_denials_and_claims_by_parties_and_documents(claims_of, find):
    claims = claims_of(
        "The ministry denied that soldiers had fired on the crowd. "
        "The audit rejected the agency's figures. "
        "Police suspect the Eastern Brigade, which claimed an ambush in May. "
        "The bombing was claimed by the Eastern Brigade."
    )
    assert find(claims, "fired on the crowd").speaker == "The ministry"
    assert find(claims, "agency's figures").speaker == "The audit"
    assert find(claims, "claimed an ambush").speaker == "the Eastern Brigade"
    assert find(claims, "bombing was claimed").speaker == "the Eastern Brigade"
