"""Every claim reads as a whole sentence: no verb lost in a split, no half of a fixed
phrase cut off its front, no coordinated verb left without its subject (issue #13).
Sentences written for these tests."""

import pytest


def _texts(claims):
    return [c.text for c in claims]


@pytest.mark.parametrize(
    "text, whole",
    [
        (
            "This is necessary and proportionate to deter further attacks.",
            "This is necessary and proportionate to deter further attacks.",
        ),
        (
            "The ministry said the measure was lawful and proportionate to the threat.",
            "The measure was lawful and proportionate to the threat.",
        ),
        (
            "The response was swift and commensurate with the danger, the general said.",
            "The response was swift and commensurate with the danger.",
        ),
    ],
)
def test_a_coordinated_adjective_keeps_its_copula(claims_of, text, whole):
    """The tagger reads an adjective after "is ... and" as a base-form verb; a base form
    cannot carry a clause after a finite verb, so it is not split off without "is"."""
    texts = _texts(claims_of(text))
    assert whole in texts
    assert not any(t.startswith(("This proportionate", "The measure proportionate")) for t in texts)


def test_coordinated_finite_verbs_are_still_split(claims_of):
    texts = _texts(claims_of("The army shelled the town and destroyed the bridge."))
    assert "The army shelled the town." in texts
    assert "The army destroyed the bridge." in texts
    texts = _texts(claims_of("The council approved the budget and will vote on taxes next week."))
    assert "The council will vote on taxes next week." in texts


@pytest.mark.parametrize(
    "text, start",
    [
        (
            "The agency appealed for $18 million to fight the outbreak. "
            "So far it has received less than a third of that.",
            "So far",
        ),
        (
            "The ministry has recorded 40 cases. So far none of the patients has died, "
            "officials said.",
            "So far none",
        ),
        (
            "The river rose quickly. So many people fled that the shelters filled by noon.",
            "So many people",
        ),
    ],
)
def test_a_degree_word_stays_with_the_word_it_modifies(claims_of, text, start):
    """ "So" before "far" or "many" is part of the phrase, not a connective to drop."""
    texts = _texts(claims_of(text))
    assert any(t.startswith(start) for t in texts), texts
    assert not any(t.startswith(("Far ", "Many people fled")) for t in texts)


def test_a_connective_so_is_still_dropped(claims_of):
    texts = _texts(claims_of("The party lost the vote. So it will now seek a new leader."))
    assert not any(t.startswith("So") for t in texts)
    texts = _texts(claims_of("So, the ministry said it would close the schools."))
    assert not any(t.startswith("So") for t in texts)


@pytest.mark.parametrize(
    "text, claim",
    [
        (
            "KANO, NIGERIA — Floods caused by days of heavy rain have killed at least 60 people "
            "in northern Nigeria and displaced more than 30,000, emergency officials said Thursday.",
            "Floods caused by days of heavy rain have displaced more than 30,000.",
        ),
        (
            "NAIROBI, KENYA — A landslide buried a village in western Kenya on Saturday and "
            "killed at least 20 people, officials said.",
            "A landslide killed at least 20 people.",
        ),
    ],
)
def test_a_coordinated_verb_after_a_dateline_keeps_its_subject(claims_of, text, claim):
    """The parser takes the dateline for the subject and the real subject for its
    apposition: the second verb's claim takes the apposition, not nothing."""
    texts = _texts(claims_of(text))
    assert claim in texts, texts


@pytest.mark.parametrize(
    "text, claim",
    [
        (
            "The Rural Water Security Act, which the President signed into law today, "
            "delivers the largest federal investment in rural water in a generation.",
            "The President signed the Rural Water Security Act into law today.",
        ),
        (
            "The bridge, which engineers had declared unsafe in 2019, collapsed on Tuesday.",
            "Engineers had declared the bridge unsafe in 2019.",
        ),
        (
            "The court upheld the law, which parliament passed in 2021 despite protests.",
            "Parliament passed the law in 2021 despite protests.",
        ),
    ],
)
def test_an_object_relative_puts_its_antecedent_after_the_verb(claims_of, text, claim):
    """ ", which engineers had declared unsafe": "which" is the verb's object, so the
    claim is not "The bridge engineers had declared unsafe" (a noun phrase)."""
    assert claim in _texts(claims_of(text))


@pytest.mark.parametrize(
    "text, claim",
    [
        (
            "The camp, where more than 20,000 people live, was shelled on Sunday.",
            "More than 20,000 people live in the camp.",
        ),
        (
            "The worst-hit area is Kano state, where the river burst its banks on Tuesday night.",
            "The river burst its banks on Tuesday night in Kano state.",
        ),
    ],
)
def test_a_where_clause_after_a_place_keeps_the_place(claims_of, text, claim):
    assert claim in _texts(claims_of(text))


@pytest.mark.parametrize(
    "text, wrong",
    [
        # one of a list: "where" may be all three
        (
            "The aid is for Kenya, Somalia, and Ethiopia, where the drought has left "
            "20 million people hungry.",
            "hungry in Ethiopia",
        ),
        # inside a longer phrase: the rations or the camps may be what was cut
        (
            "The agency will restore full food rations in the camps in Palo, which it had "
            "cut by half in March.",
            "cut Palo",
        ),
        # set against another noun
        (
            "The minister said the plan relied on partisan data, not race, which the court "
            "has allowed.",
            "allowed race",
        ),
    ],
)
def test_no_antecedent_put_in_place_when_it_is_not_the_only_one(claims_of, text, wrong):
    assert not any(wrong in t for t in _texts(claims_of(text)))


def test_a_where_clause_after_what_is_not_a_place_is_left_as_it_was(claims_of):
    texts = _texts(
        claims_of("The talks ended on Friday, where the two sides agreed to meet again.")
    )
    assert not any("in Friday" in t or "in the talks" in t for t in texts)


@pytest.mark.parametrize(
    "text, speaker, claim",
    [
        (
            "A spokesperson for the finance office, reached after the broadcast, said the "
            "two figures reflected different assumptions.",
            "spokesperson",
            "The two figures reflected different assumptions.",
        ),
        (
            "The governor's office, asked about the delay, said the contractor was to blame.",
            "governor",
            "The contractor was to blame.",
        ),
        (
            "The minister, asked whether he would resign, said he had done nothing wrong.",
            "minister",
            "had done nothing wrong",
        ),
    ],
)
def test_a_participle_aside_on_the_speaker_is_not_a_claim(claims_of, text, speaker, claim):
    """ "X, reached after the broadcast, said ...": the parser reads the aside as what was
    said and X as its subject; X speaks, and the aside is no claim of its own."""
    claims = claims_of(text)
    said = next(c for c in claims if claim in c.text)
    assert said.speaker and speaker in said.speaker.lower()
    assert not any(c.text.endswith(("broadcast.", "delay.", "resign.")) for c in claims)


@pytest.mark.parametrize(
    "text, claim",
    [
        (
            "Rescue teams — many of them volunteers — searched the rubble through the night.",
            "Rescue teams — many of them volunteers — searched the rubble through the night.",
        ),
        (
            "Malaria killed more than 600,000 people in 2022, most of them children in Africa.",
            "Malaria killed more than 600,000 people in 2022, most of them children in Africa.",
        ),
        (
            "The convoy carried 40 aid workers, some of them doctors, to the city.",
            "The convoy carried 40 aid workers, some of them doctors, to the city.",
        ),
    ],
)
def test_a_partitive_pronoun_bound_in_its_own_claim_stays(claims_of, text, claim):
    """ "most of them" after "600,000 people" in the same claim: writing the set in
    ("most of the people children") repeats it and breaks the phrase."""
    assert claim in _texts(claims_of(text))


def test_a_partitive_pronoun_across_sentences_is_still_resolved(claims_of):
    text = "Police arrested 12 protesters on Monday. Most of them were released without charge."
    assert "Most of the protesters were released without charge." in _texts(claims_of(text))


@pytest.mark.parametrize(
    "text, first, second",
    [
        (
            "Not only did the militia shell the camp, but it also blocked aid convoys.",
            "The militia shelled the camp.",
            "The militia also blocked aid convoys.",
        ),
        (
            "Not only were the journalists detained, but their equipment was also seized.",
            "The journalists were detained.",
            "Their equipment was also seized.",
        ),
        (
            "Not only has the government raised fuel prices, but it has also cut subsidies.",
            "The government has raised fuel prices.",
            "The government has also cut subsidies.",
        ),
        (
            "Not only does the law restrict protests, but it also bans independent media.",
            "The law restricts protests.",
            "The law also bans independent media.",
        ),
        (
            "Not only is the drought the worst in 40 years, but it has also destroyed half "
            "of the harvest.",
            "The drought is the worst in 40 years.",
            "The drought has also destroyed half of the harvest.",
        ),
    ],
)
def test_not_only_loses_its_inversion_once_split(claims_of, text, first, second):
    """ "Not only did X shell ..., but ..." split in two: the first claim is "X shelled
    ...", not "Not only did X shell the camp." (a fragment that asks for its other half)."""
    texts = _texts(claims_of(text))
    assert first in texts, texts
    assert second in texts, texts


@pytest.mark.parametrize(
    "text, speaker, claim",
    [
        (
            "The attack, the third this month, killed at least 12 people, including a child, "
            "police said.",
            "police",
            "The attack, the third this month, killed at least 12 people, including a child.",
        ),
        (
            "The raid, the largest this year, led to 40 arrests, including three officers, "
            "prosecutors said.",
            "prosecutors",
            "The raid, the largest this year, led to 40 arrests, including three officers.",
        ),
        (
            "The storm, the strongest in 50 years, destroyed 2,000 homes, including a hospital, "
            "officials said.",
            "officials",
            "The storm, the strongest in 50 years, destroyed 2,000 homes, including a hospital.",
        ),
    ],
)
def test_a_report_tag_after_an_apposition_is_who_speaks(claims_of, text, speaker, claim):
    """ "X, the third this month, killed ..., police said": the parser gives "said" two
    subjects; the one next to it speaks, and ", police said" is no part of the claim."""
    claims = claims_of(text)
    c = next(c for c in claims if c.text == claim)
    assert c.speaker == speaker


@pytest.mark.parametrize(
    "text, claim",
    [
        (
            "One soldier was killed and three wounded in the attack.",
            "Three were wounded in the attack.",
        ),
        (
            "At least 40 people were killed and more than 100 injured when a bomb exploded.",
            "More than 100 were injured when a bomb exploded.",
        ),
        ("The town was shelled and its hospital destroyed.", "hospital was destroyed."),
    ],
)
def test_a_gapped_passive_gets_its_be_back(claims_of, text, claim):
    """ "... was killed and three wounded": the second clause's claim is "Three were
    wounded", in its own subject's number, not "Three wounded" (an active verb)."""
    texts = _texts(claims_of(text))
    assert any(t.endswith(claim) for t in texts), texts


def test_an_active_past_after_a_passive_gets_no_be(claims_of):
    texts = _texts(claims_of("The rebels were defeated and their leader fled."))
    assert not any("was fled" in t or "were fled" in t for t in texts)


@pytest.mark.parametrize(
    "text",
    [
        "The court sentenced him to 15 years in prison, a ruling his lawyers said they would "
        "appeal.",
        "The government raised fuel prices by 40 percent, a move unions said would hurt the poor.",
        "Parliament passed the bill on Tuesday, a decision critics said would silence the press.",
        "The central bank raised interest rates again, a decision analysts said would slow growth.",
        "The army shelled the town on Sunday, an attack the government said killed 12 civilians.",
    ],
)
def test_a_summing_noun_with_a_report_on_it_is_no_speaker(claims_of, text):
    """ "..., a move unions said would hurt the poor": the parser makes "a move unions"
    the speaker of the clause before and leaves "Would hurt the poor." on its own; the
    noun sums up that clause, so the sentence stays whole and nobody is "a move"."""
    claims = claims_of(text)
    assert not any(c.speaker and c.speaker.lower().startswith(("a ", "an ")) for c in claims)
    assert not any(c.text.startswith(("Would", "They would", "An attack")) for c in claims)
    assert any(c.text == text for c in claims)


@pytest.mark.parametrize(
    "text, label",
    [
        (
            "Replacing lead pipes. The Act directs $4 billion to replace lead service lines.",
            "Replacing",
        ),
        ("Helping small utilities. Small utilities often cannot afford repairs.", "Helping"),
        ("Lowering costs for families. The plan caps insulin at $35 a month.", "Lowering"),
    ],
)
def test_a_fact_sheet_section_label_is_no_claim(claims_of, text, label):
    """A fact sheet's label ("Replacing lead pipes.") has no subject and says nothing
    that can be checked; the sentence after it is the claim."""
    texts = _texts(claims_of(text))
    assert not any(t.startswith(label) for t in texts), texts
    assert len(texts) == 1


def test_a_sentence_opening_with_a_participle_is_still_a_claim(claims_of):
    texts = _texts(claims_of("Rising prices hit poor families hardest."))
    assert texts == ["Rising prices hit poor families hardest."]
    texts = _texts(claims_of("Speaking to reporters, the minister said the talks had failed."))
    assert "The talks had failed." in texts
