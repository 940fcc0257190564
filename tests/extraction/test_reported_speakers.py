"""Who says it when one report is inside another, or a source stands after a figure
(issue #13): acts of speech told whole inside a report, poll findings given "according
to the poll", titles abbreviated before a name, pronouns after a spokesman."""

import pytest

# ---- an act of speech told whole is the reporter's account ---------------------------


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        ("So far donors have pledged $40 million, the agency said.", "pledged", "the agency"),
        ("So far, donors have pledged $40 million, the agency said.", "pledged", "the agency"),
        (
            "Rebel leaders had promised a truce, the ministry said on Monday.",
            "truce",
            "the ministry",
        ),
        ("Critics said the governor vowed to veto the bill.", "vowed", "Critics"),
        ("Investors, the bank said, have pledged another $2 billion.", "pledged", "the bank"),
        (
            "Until now, lawmakers have promised little, the watchdog group said.",
            "promised",
            "the watchdog group",
        ),
        ("Donors have pledged $40 million, according to the agency.", "pledged", "the agency"),
        (
            "According to the ministry, the rebels threatened a new offensive.",
            "offensive",
            "the ministry",
        ),
    ],
)
def test_an_act_of_speech_inside_a_report_is_the_reporters(claims_of, find, text, words, speaker):
    """ "So far donors have pledged $40 million, the agency said" gave the speaker "So far
    donors" (the pledge's subject); what was pledged has no clause of its own, so the
    pledge is told whole, and the agency tells it."""
    c = find(claims_of(text), words)
    assert c.speaker == speaker, (c.text, c.speaker)


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        (
            "The monitoring group said the rebels called the attackers heroes.",
            "heroes",
            "the rebels",
        ),
        ("Aides said the senator denied the report.", "denied", "the senator"),
        ("Donors have pledged $40 million.", "pledged", "Donors"),
    ],
)
def test_a_view_or_a_denial_inside_a_report_stays_its_holders(
    claims_of, find, text, words, speaker
):
    """A verdict ("called them heroes") or a denial told inside another's report is still
    the view of the one who holds it; on its own, a pledge is its subject's."""
    c = find(claims_of(text), words)
    assert c.speaker == speaker, (c.text, c.speaker)


# ---- a poll's figures and the share of respondents who speak through it ---------------


@pytest.mark.parametrize(
    "text, first, last",
    [
        (
            "A Channel 4 / Ridge Research poll conducted last week found 48 percent of likely "
            "voters supporting the levy, 41 percent opposed and 11 percent undecided.",
            "48 percent",
            "11 percent undecided",
        ),
        (
            "A Marist poll found 52 percent of voters backing the plan, 40 percent opposed "
            "and 8 percent unsure.",
            "52 percent",
            "8 percent unsure",
        ),
    ],
)
def test_a_list_of_a_polls_figures_keeps_the_first(claims_of, text, first, last):
    """The parser makes the first figure the object of "found" and the rest a clause of
    their own, which, taken as all the poll found, lost the first figure."""
    claims = claims_of(text)
    c = next(c for c in claims if first in c.text)
    assert last in c.text and "poll" in c.speaker, (c.text, c.speaker)


@pytest.mark.parametrize(
    "text, words, poll, rendered",
    [
        (
            "A Tribune poll was released Monday. 58 percent of voters said the city was on "
            "the wrong track, according to the poll.",
            "wrong track",
            "poll",
            None,
        ),
        (
            "58 percent said they would back the levy, according to the poll.",
            "back the levy",
            "poll",
            "58 percent would back the levy.",
        ),
        (
            "Most residents said they felt safe, according to a new city survey.",
            "felt safe",
            "survey",
            "Most residents felt safe.",
        ),
        (
            "In a Courier poll released Sunday, 61 percent said they would vote for the levy.",
            "vote for the levy",
            "poll",
            "61 percent would vote for the levy.",
        ),
    ],
)
def test_a_share_of_respondents_speaks_through_the_poll_after_it(
    claims_of, find, text, words, poll, rendered
):
    """ "58 percent …, according to the poll" gave the speaker "58 percent"; a "they" in
    what the share says is the share ("In a Courier poll, 61 percent said they would ..."
    gave "A Courier poll would vote ...")."""
    c = find(claims_of(text), words)
    assert poll in (c.speaker or ""), (c.text, c.speaker)
    if rendered:
        assert c.text == rendered


def test_a_share_according_to_someone_else_keeps_its_words(claims_of, find):
    c = find(claims_of("Most residents said crime had risen, according to the mayor."), "crime")
    assert c.speaker == "Most residents"


def test_a_claim_of_an_attack_inside_a_report_stays_the_claimants(claims_of, find):
    c = find(
        claims_of("An armed group has claimed the attack on the convoy, police said."), "claimed"
    )
    assert c.speaker == "An armed group", c.speaker


# ---- an abbreviated office before a name is no organisation --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "State Rep. Owen Pritchard said he would file a bill requiring jails to report deaths.",
        "The levy will fail, State Sen. Maria Lopez told reporters on Friday.",
        "Lt. Gov. Ann Bishop said the budget was balanced.",
        "Secretary of State Dana Cole said the count was fair.",
    ],
)
def test_an_office_before_a_name_makes_no_party_of_its_own(claims_of, text):
    """ "State Rep. Owen Pritchard" gave a party "State Rep." (an organisation, his
    parent): the abbreviation's stop hid the title, and "State" names no body."""
    claims = claims_of(text)
    names = {p.name for p in claims.speakers}
    assert len(names) == 1 and all(" " in n for n in names), names


def test_a_body_in_an_office_is_still_its_parent(claims_of):
    claims = claims_of("Deschutes County Commissioner Ellen Moravec said the cuts would hurt.")
    by_id = {p.id: p for p in claims.speakers}
    person = next(p for p in claims.speakers if p.name == "Ellen Moravec")
    assert by_id[person.parent].name == "Deschutes County"


# ---- "This marks the first time ...": no sum of money, no other act -------------------


@pytest.mark.parametrize(
    "text",
    [
        "Since 2021, the department has invested more than $8 billion in rail safety. This "
        "marks the first time a federal agency has funded every crossing.",
        "The state has spent $300 million on new buses since 2019. This marks the first time "
        "the legislature has committed to electrifying the whole fleet.",
    ],
)
def test_a_first_time_told_by_another_verb_is_no_sum_nor_the_act_before(claims_of, text):
    """ "... has invested more than $50 billion ... This marks the first time the
    federal government has committed to ..." gave "The more than $50 billion ... marks
    the first time": what marks it is no sum, and the commitment it tells is no
    investment, so "this" stays."""
    c = next(c for c in claims_of(text) if "first time" in c.text)
    assert c.text.startswith("This marks"), c.text


@pytest.mark.parametrize(
    "text, joined",
    [
        (
            "The city council approved the budget on time. This marks the first time the "
            "council has approved a budget before June.",
            "The city council approved the budget on time, which marks the first time",
        ),
        (
            "The foundation is donating $12 million to the hospital. This represents a "
            "milestone for the region.",
            "to the hospital, which represents a milestone",
        ),
    ],
)
def test_a_first_time_of_the_same_act_joins_it(claims_of, text, joined):
    assert any(joined in c.text for c in claims_of(text)), [c.text for c in claims_of(text)]


# ---- who declines to say more is the one who spoke -----------------------------------


@pytest.mark.parametrize(
    "text, words, who",
    [
        (
            "Marcus Lee Dunn, 34, died Oct. 12.\n\nCompany spokesman Aaron Feld said in an "
            "email that the clinic was staffed on the days Dunn was held. He declined to "
            "discuss the treatment.",
            "declined",
            "Aaron Feld",
        ),
        (
            "Tom Reyes was arrested in May. His lawyer, Dan Cole, said that police had beaten "
            "Reyes on the night he was held. He declined to give further details.",
            "declined",
            "Dan Cole",
        ),
        (
            "Nadia Perez lost her job in March. The firm's spokeswoman, Ann Weber, told "
            "reporters the company let Perez go after an audit. She refused to comment on "
            "the audit.",
            "refused",
            "Ann Weber",
        ),
    ],
)
def test_who_declines_to_say_more_is_the_one_who_spoke(claims_of, find, text, words, who):
    """ "Spokesman Aaron Feld said ... the days Dunn was held. He declined to discuss
    ..." gave "Marcus Lee Dunn declined": a person named inside what someone said is not
    who declines to say more."""
    c = find(claims_of(text), words)
    assert c.text.startswith(who), c.text


# ---- "it" that did harm after another's attack is not sure to be the reporter ---------


@pytest.mark.parametrize(
    "text",
    [
        "The army shelled the town on Sunday. The government said it killed 12 civilians.",
        "Rebels attacked a convoy near the border. The ministry said it killed four soldiers.",
        "The group attacked the convoy, and the government said it killed 12 civilians.",
    ],
)
def test_it_that_killed_after_another_attack_is_not_the_reporter(claims_of, text):
    """ "The army shelled the town. The government said it killed 12 civilians" gave "The
    government killed 12 civilians": the shelling, or the army, may be "it"."""
    c = next(c for c in claims_of(text) if "killed" in c.text)
    assert c.text.startswith("It killed"), c.text


@pytest.mark.parametrize(
    "text, rendered",
    [
        (
            "The army raided the camp on Friday. The army said it killed 12 militants.",
            "The army killed 12 militants.",
        ),
        (
            "The military said it killed 12 militants in a raid on Friday.",
            "The military killed 12 militants in a raid on Friday.",
        ),
    ],
)
def test_it_that_killed_is_the_reporter_who_did_it(claims_of, text, rendered):
    assert any(c.text == rendered for c in claims_of(text)), [c.text for c in claims_of(text)]


# ---- a reported verb the tagger took for a plural noun --------------------------------


@pytest.mark.parametrize(
    "text, claim",
    [
        (
            "The California Association of Cities warned in a letter to Lopez that the "
            'proposal "tramples on decades of local planning."',
            "The proposal tramples on decades of local planning.",
        ),
        (
            "The nurses' union said in a statement that the contract \"shortchanges every "
            'nurse in the county."',
            "The contract shortchanges every nurse in the county.",
        ),
    ],
)
def test_a_reported_verb_tagged_a_plural_noun_is_a_verb(claims_of, text, claim):
    """ "warned ... that the proposal 'tramples on ...'" gave no claim at all: the
    tagger read "tramples" as a plural noun, and the frame found no clause."""
    claims = claims_of(text)
    assert any(c.text == claim and c.speaker for c in claims), [c.text for c in claims]


def test_a_plural_noun_after_that_stays_a_noun(claims_of):
    claims = claims_of("The mayor said that the city needs more parks.")
    assert any(c.text == "The city needs more parks." for c in claims), [c.text for c in claims]


# ---- a parenthesis after the verb of the clause it interrupts --------------------------


@pytest.mark.parametrize(
    "text, claim, speaker",
    [
        (
            "Denise Carver defended her record. She does not dispute the vote. It was, she said, the only budget that could "
            "pass during the pandemic, and the service was restored the next year.",
            "It was the only budget that could pass during the pandemic, and the service "
            "was restored the next year.",
            "Carver",
        ),
        (
            "Ana Ruiz defended her vote on Monday. The deal is, she said, a good one.",
            "The deal is a good one.",
            "Ruiz",
        ),
    ],
)
def test_a_parenthesis_after_the_verb_speaks_for_its_clause(claims_of, find, text, claim, speaker):
    """ "It was, she said, the only budget ..." gave the whole sentence, "she said" and
    all, with no speaker: the parser hangs "said" on a clause that begins after it."""
    claims = claims_of(text)
    c = next((c for c in claims if c.text == claim), None)
    assert c is not None, [c.text for c in claims]
    assert speaker in claims_party(claims, c)


def claims_party(claims, c):
    return {p.id: p.name for p in claims.speakers}.get(c.speaker_id, "")


# ---- claims made, told by the article; documents as sources --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hargrove's campaign has made its own disputed claims on the issue.",
        "The senator made claims about voter fraud that were later disproven.",
    ],
)
def test_claims_said_to_be_made_are_the_articles_account(claims_of, text):
    """ "Hargrove's campaign has made its own disputed claims" gave the campaign as the
    speaker of the sentence that tells of them (none is said here)."""
    (c,) = claims_of(text)
    assert c.speaker is None, c.speaker


def test_a_statement_made_saying_something_still_speaks(claims_of, find):
    c = find(claims_of("The company made a statement saying the plant was safe."), "plant was safe")
    assert c.speaker == "The company"


@pytest.mark.parametrize(
    "text, source, claim",
    [
        (
            "Records reviewed by the Herald show the agency paid the contractor $4 million.",
            "Records",
            "The agency paid the contractor $4 million.",
        ),
        (
            "Emails obtained by WRVN show the sheriff knew of the staffing gaps.",
            "Emails",
            "The sheriff knew of the staffing gaps.",
        ),
        (
            "Internal memos show the company knew about the leaks in 2019.",
            "memos",
            "The company knew about the leaks in 2019.",
        ),
    ],
)
def test_documents_that_show_something_are_its_source(claims_of, text, source, claim):
    """ "Records reviewed by the Herald show ..." gave the sentence with no source (the
    tagger read "the Herald show" as a noun); emails and memos are documents too."""
    claims = claims_of(text)
    c = next((c for c in claims if c.text == claim), None)
    assert c is not None, [c.text for c in claims]
    assert source in (c.speaker or ""), c.speaker


def test_a_show_on_a_channel_stays_a_show(claims_of):
    claims = claims_of("The Herald show aired on Monday night.")
    assert all(c.speaker is None for c in claims)


@pytest.mark.parametrize(
    "text, claim, speaker",
    [
        (
            "Turnout was 31 percent, county clerk Debra Kwan said, the lowest since 2014.",
            "Turnout was 31 percent, the lowest since 2014.",
            "Debra Kwan",
        ),
        (
            "The deficit is $2 billion, the budget office said.",
            "The deficit is $2 billion.",
            "budget office",
        ),
    ],
)
def test_a_parenthesis_after_a_noun_predicate_speaks_for_the_clause(
    claims_of, text, claim, speaker
):
    """ "Turnout was 31 percent, county clerk Debra Kwan said, the lowest since 2014"
    gave the sentence, "said" and all, with no speaker: the parser hangs "said" on
    "percent", no verb."""
    claims = claims_of(text)
    c = next((c for c in claims if c.text == claim), None)
    assert c is not None, [c.text for c in claims]
    assert speaker in (c.speaker or ""), c.speaker


# ---- a quoted "that" before the comma; a name put in mid-sentence ---------------------


@pytest.mark.parametrize(
    "text, claim",
    [
        ('"I never said that," Brandt said.', "I never said that."),
        ('"We never promised that," the mayor said on Friday.', "We never promised that."),
    ],
)
def test_a_quoted_that_before_the_comma_is_an_object(claims_of, text, claim):
    """'"I never said that," Brandt said' gave "I never said.": the parser made "that"
    the mark of the speech verb after the quotation."""
    assert any(c.text == claim for c in claims_of(text)), [c.text for c in claims_of(text)]


@pytest.mark.parametrize(
    "text, claim",
    [
        (
            "The mayor said that, if elected, she would cut taxes.",
            "If elected, the mayor would cut taxes.",
        ),
        (
            "The ministry said that on Monday it would reopen the border.",
            "On Monday the ministry would reopen the border.",
        ),
    ],
)
def test_a_speaker_put_in_mid_sentence_has_no_capital_article(claims_of, text, claim):
    assert any(c.text == claim for c in claims_of(text)), [c.text for c in claims_of(text)]


# ---- a report before a colon reports what follows it -----------------------------------


@pytest.mark.parametrize(
    "text, claim, source",
    [
        (
            "A study by the state housing center found mixed results in cities with such "
            "rules: construction slowed in some and held steady in others.",
            "Construction held steady in others.",
            "study",
        ),
        (
            "A state audit found serious problems at the agency: staff skipped inspections "
            "and lost records.",
            "Staff skipped inspections.",
            "audit",
        ),
    ],
)
def test_a_finding_before_a_colon_is_the_source_of_what_follows(claims_of, text, claim, source):
    """ "A study ... found mixed results ...: construction slowed in some and held steady
    in others" gave both clauses with no source: the parser made the clause after the
    colon the sentence's root and "found" a clause of it."""
    claims = claims_of(text)
    c = next((c for c in claims if c.text == claim), None)
    assert c is not None, [c.text for c in claims]
    assert source in (c.speaker or ""), c.speaker


@pytest.mark.parametrize(
    "text, claim, poll",
    [
        (
            "In the Emerson poll, Brandt led Vargas 46 percent to 44 percent.",
            "Brandt led Vargas 46 percent to 44 percent.",
            "Emerson poll",
        ),
        (
            "Vargas leads by 4 points in the latest Marist poll.",
            "Vargas leads by 4 points.",
            "Marist poll",
        ),
    ],
)
def test_a_figure_given_in_a_poll_is_the_polls(claims_of, text, claim, poll):
    """ "In the Emerson poll, Brandt led Vargas 46 percent to 44 percent" had no source."""
    claims = claims_of(text)
    c = next((c for c in claims if c.text == claim), None)
    assert c is not None, [c.text for c in claims]
    assert poll in (c.speaker or ""), c.speaker


@pytest.mark.parametrize(
    "text",
    [
        "He was cited in the poll 12 times.",
        "The poll of 800 likely voters has a margin of error of 3.5 percentage points.",
    ],
)
def test_what_happens_in_a_poll_is_not_its_finding(claims_of, text):
    assert all(c.speaker is None for c in claims_of(text))
