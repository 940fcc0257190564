"""A demonstrative noun that names the act a clause before reported ("This action",
"This funding", "This step") and a letter's "this report": each is rendered as a
self-contained noun phrase, its verb agreeing with it (issue #13).  All sentences are
written for these tests."""


def _texts(claims):
    return [c.text for c in claims]


# --- the act of an official verb (lexicon.ACT_OF_VERB) -------------------------------------


def test_this_action_after_sanctioning_is_the_sanctions(claims_of, find):
    text = (
        "The Treasury Department is sanctioning four companies and two banks for "
        "financing the militia. This action demonstrates our resolve."
    )
    c = find(claims_of(text), "resolve")
    assert c.text == "The sanctions on four companies and two banks demonstrate our resolve."


def test_this_step_after_expelling_is_the_expulsion(claims_of, find):
    text = "The ministry expelled three diplomats on Monday. This step was widely criticized."
    c = find(claims_of(text), "criticized")
    assert c.text == "The expulsion of three diplomats was widely criticized."


def test_these_deliveries_are_what_was_delivered(claims_of, find):
    text = (
        "Army helicopters delivered tents and blankets to mountain villages. These "
        "deliveries reached 5,000 families."
    )
    c = find(claims_of(text), "5,000 families")
    assert c.text == "The deliveries of tents and blankets reached 5,000 families."


def test_a_noun_that_cannot_name_the_nearest_act_stays(claims_of, find):
    # an incident is not what sanctioning is
    text = "The Treasury Department is sanctioning four companies. This incident shows the risk."
    assert find(claims_of(text), "risk").text.startswith("This incident")
    # one designation is not "these actions" (whose they are is another rule's answer)
    text = "The State Department is designating two armed groups. These actions were overdue."
    assert "designation" not in find(claims_of(text), "overdue").text


# --- an object that is itself an act ----------------------------------------------------


def test_this_operation_is_the_raids_conducted(claims_of, find):
    text = (
        "Police conducted raids on three houses in the capital. This operation was "
        "planned for weeks."
    )
    c = find(claims_of(text), "planned")
    assert c.text == "The raids on three houses in the capital were planned for weeks."


def test_this_measure_is_the_restrictions_imposed_with_their_target(claims_of, find):
    text = (
        "The government is imposing new restrictions today on imports of steel. "
        "This measure will protect local jobs."
    )
    c = find(claims_of(text), "local jobs")
    assert c.text == "The new restrictions on imports of steel will protect local jobs."


def test_an_object_that_is_no_act_gives_nothing(claims_of, find):
    text = "Police searched three houses in the capital. This operation was planned for weeks."
    c = find(claims_of(text), "planned")
    assert "houses" not in c.text and "were planned" not in c.text


# --- a sum given --------------------------------------------------------------------------


def test_this_funding_is_the_sum_provided(claims_of, find):
    text = (
        "The United States is providing $25 million in food aid to the region. This "
        "funding will support 200,000 people."
    )
    c = find(claims_of(text), "200,000")
    assert c.text == "The $25 million in food aid will support 200,000 people."
    text = "Japan pledged $3 million in emergency assistance. This money will buy medicine."
    c = find(claims_of(text), "medicine")
    assert c.text == "The $3 million in emergency assistance will buy medicine."


def test_funding_after_no_sum_stays(claims_of, find):
    text = "The ministry provided details of the plan. This funding will support schools."
    assert find(claims_of(text), "schools").text.startswith("This funding")


# --- the document the text is ------------------------------------------------------------


def test_this_report_is_the_letter_named_by_its_title(claims_of, find):
    text = (
        "Letter to Congressional Leaders on the Evacuation of the Embassy\n\n"
        "Dear Mr. Speaker:\n\nOn May 2, I ordered the evacuation of our embassy in the "
        "capital.\n\nI am providing this report as part of my efforts to keep the Congress "
        "informed."
    )
    c = find(claims_of(text), "providing")
    assert c.text.startswith(
        "I am providing the report to Congressional Leaders on the Evacuation of the Embassy as part"
    )
    text = (
        "Letter to the Speaker of the House Regarding the Deployment of Forces\n\n"
        "Dear Madam Speaker:\n\nI ordered the deployment of 500 soldiers to the border.\n\n"
        "I submit this letter to keep the Congress informed."
    )
    c = find(claims_of(text), "submit")
    assert c.text.startswith(
        "I submit the letter to the Speaker of the House regarding the Deployment of Forces to"
    )


def test_this_report_without_a_document_title_stays(claims_of, find):
    text = (
        "Troops Sent to the Border\n\nThe army sent 500 soldiers to the border on Monday.\n\n"
        "The minister said she had read this report with concern."
    )
    assert "this report" in find(claims_of(text), "concern").text
    text = (
        "Statements by Officials on Aid\n\nAttacks on aid workers rose in May.\n\n"
        "The minister said she had read this report with concern."
    )
    assert "this report" in find(claims_of(text), "concern").text


def test_the_act_may_be_the_infinitive_of_the_main_clause(claims_of, find):
    text = (
        "The Department of State is taking steps to impose visa restrictions on 20 "
        "officials. This action reflects our commitment to democracy."
    )
    c = find(claims_of(text), "reflect")
    assert c.text == "The visa restrictions on 20 officials reflect our commitment to democracy."
    text = "The ministry decided to expel two diplomats on Monday. This step was criticized."
    assert find(claims_of(text), "criticized").text == (
        "The expulsion of two diplomats was criticized."
    )


def test_an_act_in_a_clause_of_time_is_not_the_one_named(claims_of, find):
    text = (
        "The United States imposed sanctions on the airline after militants launched "
        "attacks on the port. This action was overdue."
    )
    assert find(claims_of(text), "overdue").text == "The sanctions on the airline were overdue."
