"""Personal pronouns whose referent the walk can be sure of (coref.Antecedents), on
sentences written for these tests; and pronouns that must stay, because two
candidates compete or none is in the text."""

# --- a reporter's act after "X said Y ..." is X's -----------------------------------


def test_withheld_details_are_the_reporters_not_the_reported_subjects(claims_of, find):
    text = (
        "The interior ministry said the two activists had broken the law. It did not give details."
    )
    c = find(claims_of(text), "details")
    assert c.text == "The interior ministry did not give details."


def test_no_further_details_after_a_business_report(claims_of, find):
    text = (
        "The carmaker said the supplier had missed three delivery deadlines. "
        "It gave no further details about the contract."
    )
    c = find(claims_of(text), "details")
    assert c.text.startswith("The carmaker gave no further details")


def test_declining_to_comment_is_the_reporting_person(claims_of, find):
    text = (
        "Club president Marco Rossi said the striker would leave the club in June. "
        "He declined to comment on the transfer fee."
    )
    c = find(claims_of(text), "transfer fee")
    assert c.text.startswith("Marco Rossi declined to comment")


def test_not_naming_is_the_reporting_agency(claims_of, find):
    text = (
        "The health agency said the hospital had reported four new cases of measles. "
        "It did not name the patients."
    )
    c = find(claims_of(text), "patients")
    assert c.text.startswith("The health agency did not name")


def test_another_act_after_a_report_keeps_the_pronoun(claims_of, find):
    # paying a fine is no act of reporting: the company or the regulator, who knows
    text = "The regulator said the company had broken its licence terms. It did not pay the fine."
    c = find(claims_of(text), "fine")
    assert c.text.startswith("It did not pay")


def test_a_person_reporter_is_never_it(claims_of, find):
    text = (
        "Finance minister Ana Ruiz said the state bank had lost money for years. "
        "It did not give details."
    )
    c = find(claims_of(text), "details")
    assert "Ana Ruiz" not in c.text


# --- an object that introduces nothing does not stand between ------------------------


def test_an_object_with_any_does_not_block_it(claims_of, find):
    text = (
        "The probe has not detected any water on the asteroid. "
        "It will continue to map the surface until March."
    )
    c = find(claims_of(text), "map the surface")
    assert c.text.startswith("The probe will continue")


def test_a_negated_indefinite_object_does_not_block_it(claims_of, find):
    text = (
        "The inquiry did not find a single cause for the blackout. "
        "It will publish its final report in May."
    )
    c = find(claims_of(text), "final report")
    assert c.text.startswith("The inquiry will publish")


def test_a_definite_object_still_blocks_it(claims_of, find):
    text = "The ministry closed the border crossing. It will reopen next week."
    c = find(claims_of(text), "reopen")
    assert c.text.startswith("It will reopen")


# --- an opening "its" ------------------------------------------------------------------


def test_its_after_also_is_the_subject_before(claims_of, find):
    text = (
        "The cartel has smuggled tons of cocaine into the port since 2019. "
        "Its members have also bribed customs officers."
    )
    c = find(claims_of(text), "bribed")
    assert c.text.startswith("The cartel’s members have also bribed")


def test_its_is_the_one_thing_the_author_acted_on(claims_of, find):
    text = (
        "We thank the charity for its work in the camps. "
        "Its volunteers delivered food to 3,000 families last month."
    )
    c = find(claims_of(text), "volunteers")
    assert c.text.startswith("The charity’s volunteers delivered")


def test_its_after_a_minister_visiting_a_hospital(claims_of, find):
    text = (
        "The health minister visited the regional hospital on Monday. "
        "Its emergency ward has been closed since June."
    )
    c = find(claims_of(text), "emergency ward")
    assert c.text.startswith("The regional hospital’s emergency ward")


def test_its_stays_when_the_subject_before_could_be_it(claims_of, find):
    text = "The company bought the factory in 2020. Its workers went on strike in May."
    c = find(claims_of(text), "strike")
    assert c.text.startswith("Its workers")


def test_its_stays_when_two_things_were_acted_on(claims_of, find):
    text = (
        "The governor inspected the bridge and the dam on Friday. "
        "Its foundations were damaged by the flood."
    )
    c = find(claims_of(text), "foundations")
    assert c.text.startswith("Its foundations")


def test_its_stays_after_objects_that_are_people(claims_of, find):
    text = "The president thanked the ambassador on Monday. Its staff worked through the night."
    c = find(claims_of(text), "staff")
    assert c.text.startswith("Its staff")


# --- "they" for the one set the sentence before acted on ------------------------------


def test_they_reported_by_it_is_the_set_it_acted_on(claims_of, find):
    text = (
        "The interior ministry accused the activists of organising illegal rallies. "
        "It said they had received money from abroad."
    )
    c = find(claims_of(text), "money from abroad")
    assert c.text.startswith("The activists had received money")


def test_they_after_an_organisation_called_it(claims_of, find):
    text = (
        "The World Bank said it was sending a team of economists to the capital. "
        "The bank said it would also send auditors. "
        "They will review the central bank’s accounts."
    )
    c = find(claims_of(text), "accounts")
    assert c.text.startswith("The auditors will review")


def test_they_after_a_judge_sentenced_two_men(claims_of, find):
    text = (
        "The judge sentenced the two men to life in prison on Tuesday. "
        "They had killed a shopkeeper during a robbery in 2019."
    )
    c = find(claims_of(text), "shopkeeper")
    assert c.text.startswith("The two men had killed")


def test_they_acted_on_may_be_things(claims_of, find):
    text = (
        "The carmaker recalled 40,000 pickup trucks last month. "
        "They were fitted with faulty airbags."
    )
    c = find(claims_of(text), "airbags")
    assert c.text.startswith("The 40,000 pickup trucks were fitted")


def test_they_that_acts_is_not_a_set_of_things(claims_of, find):
    text = "The carmaker recalled 40,000 pickup trucks last month. They blamed a supplier."
    c = find(claims_of(text), "supplier")
    assert c.text.startswith("They blamed")


def test_they_stays_when_the_subject_before_could_be_they(claims_of, find):
    text = "Police arrested five protesters near the parliament. They were taken to a station."
    c = find(claims_of(text), "station")
    assert c.text.startswith("They were taken")


def test_they_stays_when_two_sets_were_named(claims_of, find):
    text = "The mayor thanked the firefighters for saving the houses. They were built in 1900."
    c = find(claims_of(text), "1900")
    assert c.text.startswith("They were built")


def test_they_stays_after_a_coordination(claims_of, find):
    text = (
        "The minister met union leaders and factory owners on Monday. "
        "They agreed to resume talks in March."
    )
    c = find(claims_of(text), "resume talks")
    assert c.text.startswith("They agreed")


def test_they_stays_after_an_organisation_not_yet_called_it(claims_of, find):
    text = "The agency sent technical experts to the region. They are repairing the grid."
    c = find(claims_of(text), "grid")
    assert c.text.startswith("They are repairing")
