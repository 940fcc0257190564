"""Demonstratives made explicit (issue #13): "These facilities"/"These sites" after a
clause that attacked, or happened in, a set of places; and a noun that names a verb's
act without its stem ("decided to close ... That decision", "failed to pay ... This
failure"). Negative tests keep the demonstrative where the text leaves a doubt. All
sentences are written for these tests."""


def _texts(claims):
    return [c.text for c in claims]


# --- places an attack was against, or a clause happened in ----------------------------------


def test_these_facilities_are_the_places_struck(claims_of, find):
    text = (
        "At my direction, our forces conducted strikes against a rocket factory and a "
        "fuel depot in northern Yemen on Friday. These facilities supplied the attacks "
        "on merchant ships."
    )
    c = find(claims_of(text), "supplied")
    assert c.text.startswith("The rocket factory and the fuel depot supplied")


def test_those_sites_are_the_counted_places_raided(claims_of, find):
    text = (
        "The coalition launched raids on four training camps in the desert on Sunday. "
        "Those sites had been used by the militants for two years."
    )
    c = find(claims_of(text), "two years")
    assert c.text.startswith("The four training camps had been used")


def test_these_sites_are_where_the_clause_happened(claims_of, find):
    text = (
        "Thousands of displaced families now sleep in crowded mosques and schools. "
        "These sites have no running water."
    )
    c = find(claims_of(text), "running water")
    assert c.text == "The crowded mosques and schools have no running water."


def test_positions_are_no_site_noun(claims_of, find):
    text = (
        "The army attacked the rebels in the hills on Monday. These positions were "
        "abandoned by nightfall."
    )
    c = find(claims_of(text), "abandoned")
    assert c.text.startswith("These positions")


def test_one_place_is_no_set(claims_of, find):
    text = (
        "Drones struck a fuel depot near the port on Tuesday. These facilities had "
        "been repaired twice."
    )
    c = find(claims_of(text), "repaired")
    assert "depot" not in c.text


# --- a noun for a verb's act without its stem -----------------------------------------------


def test_that_decision_is_the_decision_to_close(claims_of, find):
    text = (
        "The government of Ghana decided on Monday to close its eastern border with "
        "Togo, citing attacks by armed groups. That decision angered thousands of "
        "traders."
    )
    c = find(claims_of(text), "angered")
    assert c.text.startswith(
        "The government of Ghana’s decision to close its eastern border with Togo angered"
    )


def test_that_decision_after_a_vote(claims_of, find):
    text = (
        "The Senate voted on Tuesday to extend the school meals program for two more "
        "years. That decision was welcomed by farm groups."
    )
    c = find(claims_of(text), "welcomed")
    assert c.text.startswith("The Senate’s decision to extend the school meals program")


def test_this_failure_is_the_failure_to_pay(claims_of, find):
    text = (
        "The mining company failed to pay its workers for three months. This failure "
        "led to a strike at the mine."
    )
    c = find(claims_of(text), "led to a strike")
    assert c.text.startswith("The mining company’s failure to pay its workers led")


def test_decision_to_expel_is_not_the_expulsion(claims_of, find):
    text = (
        "The Government of Kenya decided last week to expel two diplomats from the "
        "capital. That decision was an important step."
    )
    c = find(claims_of(text), "important step")
    assert "expulsion" not in c.text
    assert "decision to expel two diplomats" in c.text


def test_its_of_another_owner_keeps_that_decision(claims_of, find):
    text = (
        "The ministers decided to review its budget next month. That decision surprised analysts."
    )
    c = find(claims_of(text), "surprised")
    assert "review its budget" not in c.text


# --- a name with a mark inside; strikes "directed" ------------------------------------------


def test_a_slash_inside_a_ship_name_stays_in_the_mention(claims_of, find):
    text = (
        "The United States condemns the rebel attack on the M/V Sea Falcon on May 3, "
        "which injured two sailors. This attack endangered the whole crew."
    )
    c = find(claims_of(text), "endangered")
    assert "M/V Sea Falcon" in c.text


def test_a_slash_inside_a_tanker_name_stays_in_the_mention(claims_of, find):
    text = (
        "Officials described the seizure of the M/T Blue Horizon near the strait on "
        "Friday. That seizure was the third this year."
    )
    c = find(claims_of(text), "third this year")
    assert "the M " not in c.text


def test_this_action_is_the_strikes_i_directed(claims_of, find):
    text = (
        "In response, I directed strikes against 30 targets in eastern Syria. This action "
        "was consistent with my responsibility to protect our personnel."
    )
    c = find(claims_of(text), "consistent with")
    assert c.text.startswith("The strikes against 30 targets in eastern Syria were consistent")


def test_this_action_is_the_airstrikes_the_president_directed(claims_of, find):
    text = (
        "The President directed airstrikes on two militia headquarters near the border. "
        "This action followed a drone attack on a U.S. base."
    )
    c = find(claims_of(text), "followed a drone attack")
    assert c.text.startswith("The airstrikes on two militia headquarters")
