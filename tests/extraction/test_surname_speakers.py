"""Speakers named by surname alone after the full name, and two people who share a
surname (a relative, a spouse): "he" and "she" and the parties keep them apart."""


def test_a_surname_subject_is_whom_a_later_pronoun_speaker_names(claims_of, find):
    claims = claims_of(
        "The debate between Democrat Nora Quist and Republican Hal Brenner ran 90 minutes, "
        "moderated by Linda Farrow.\n\n"
        "Brenner spoke first. “Taxes here are the highest in the region,” he said.\n\n"
        "Quist answered right away. “That is simply not true,” she said."
    )
    assert "Brenner" in find(claims, "highest in the region").speaker
    assert "Quist" in find(claims, "simply not true").speaker


def test_a_surname_the_tagger_takes_for_a_place_is_no_pronoun_antecedent(claims_of, find):
    claims = claims_of(
        "Senator Ann Jordan visited the border on Monday.\n\n"
        "Jordan borders Syria and Iraq. “The crossings are quiet,” she said."
    )
    c = find(claims, "crossings are quiet")
    assert c.speaker is None or "Jordan" in c.speaker


def test_two_people_of_one_surname_stay_two_parties(claims_of, find, party_of):
    claims = claims_of(
        "Marcel Ortiz, 41, was arrested on Friday. Ortiz was held overnight.\n\n"
        "His wife, Elena Ortiz, said on Saturday that he had done nothing wrong. "
        "“He was at home with me all evening,” she said."
    )
    c = find(claims, "done nothing wrong")
    assert party_of(claims, c) == "Elena Ortiz"
    c = find(claims, "at home with me")
    assert party_of(claims, c) == "Elena Ortiz"


def test_one_person_named_in_full_and_by_surname_stays_one_party(claims_of, find):
    claims = claims_of(
        "Transit chief Rosa Delgado defended the fare increase on Monday. "
        "Delgado said the agency had lost $40 million last year. "
        "Ms. Delgado added that buses would run more often."
    )
    ids = {find(claims, w).speaker_id for w in ("lost $40 million", "more often")}
    assert len(ids) == 1


def test_a_surname_the_tagger_takes_for_a_place_speaks_as_the_person(claims_of, find, party_of):
    claims = claims_of(
        "Councilman Derek Haas, a Republican, released an ad on Monday that says crime has "
        '"exploded" under Mayor Lucia Ferreira.\n\n'
        "Police department data tell a more complicated story. Burglaries fell 8 percent "
        "this year.\n\n"
        'Ferreira, a Democrat, called the ad "dishonest." In a fundraising email, she '
        "argued that Haas had voted to cut the police budget twice."
    )
    c = find(claims, "cut the police budget")
    assert party_of(claims, c) == "Lucia Ferreira"


def test_a_plural_speaker_is_not_the_he_or_she_it_tells_of(claims_of, find):
    for text, words in (
        ("Aides to the governor said he would sign the bill.", "sign the bill"),
        ("Supporters of the mayor argue she inherited a department in crisis.", "inherited"),
        ("The senator's aides said he would vote no.", "vote no"),
    ):
        c = find(claims_of(text), words)
        speaker_words = c.speaker.split()[0]
        assert speaker_words not in c.text, (text, c.text)  # not "Aides ... would sign"
    c = find(claims_of("The governor said he would sign the bill."), "sign the bill")
    assert c.text.startswith("The governor would sign")


def test_a_party_description_does_not_join_a_persons_name(claims_of, find, party_of):
    claims = claims_of(
        "State Sen. Miriam Okafor has raised $4 million, filings show. "
        "Democratic leaders are standing by Okafor. "
        "Two party officials said some donors had asked whether she should step aside."
    )
    c = find(claims, "step aside")
    assert party_of(claims, c) != "Miriam Okafor"
