"""Demonstrative pronouns as a claim's subject or in a partitive, made explicit where the
text says what they stand for (issue #13, claims/extraction/demonstratives.py): the sum
just given ("This brings the total ..."), the attack just reported ("This is the third
attack ..."), the set just named ("These include ...", "Many of those ..."), and an
effect of the happening just reported ("This has cut off ...").  Negative tests keep the
pronoun where the text does not say for sure.  All sentences are written for these tests."""


def _texts(claims):
    return [c.text for c in claims]


# --- the sum just given ---------------------------------------------------------------------


def test_this_brings_the_total_is_the_sum_just_announced(claims_of, find):
    text = (
        "The Department is announcing $25 million in new assistance for flood victims in "
        "Bangladesh. This brings the total U.S. assistance for the floods to $70 million."
    )
    c = find(claims_of(text), "brings the total")
    assert c.text.startswith("The $25 million in new assistance brings the total")


def test_this_is_the_largest_investment_is_the_sum_awarded(claims_of, find):
    text = (
        "Today the agency awarded $3 billion in grants to modernize regional airports. "
        "This is the largest investment in airports in a generation."
    )
    c = find(claims_of(text), "largest investment")
    assert c.text.startswith("The $3 billion in grants is the largest investment")


def test_this_is_not_a_sum_when_said_to_be_something_else(claims_of, find):
    text = (
        "The ministry pledged $10 million to rebuild the port. "
        "This is a step toward a lasting peace."
    )
    c = find(claims_of(text), "lasting peace")
    # not the sum ("The $10 million is a step"): the pledge, joined as it was made
    assert not c.text.startswith("The $10 million")
    assert c.text.startswith("The ministry pledged $10 million to rebuild the port, which is")


def test_two_sums_given_leave_this_alone(claims_of, find):
    text = (
        "The bank approved $40 million for roads and provided $15 million for schools. "
        "This brings its lending to the province to $300 million."
    )
    c = find(claims_of(text), "brings")
    assert (
        "million for roads" not in c.text and "million for schools" not in c.text.split("brings")[0]
    )


# --- the attack just reported ----------------------------------------------------------------


def test_this_is_the_third_attack_is_the_attack_reported_in_the_lead(claims_of, find):
    text = (
        "Gunmen attacked a bus near the town of Mora on Sunday, killing six passengers, "
        "police said.\n\n"
        "The bus was travelling to the capital. This is the second attack on travellers "
        "in the region this month."
    )
    c = find(claims_of(text), "second attack")
    assert c.text.startswith("The attack on the bus near the town of Mora is the second")


def test_it_was_the_deadliest_attack_after_the_same_attack_named_bare(claims_of, find):
    text = (
        "Militants attacked a police station in Garissa on Friday. "
        "No group has claimed responsibility for the attack. "
        "It was the deadliest attack in the county since 2019."
    )
    c = find(claims_of(text), "deadliest")
    assert c.text.startswith("The attack on the police station in Garissa was the deadliest")


def test_another_attack_named_between_leaves_this(claims_of, find):
    text = (
        "Militants attacked a police station in Garissa on Friday. "
        "A second attack on a market followed an hour later. "
        "This was the deadliest attack in the county since 2019."
    )
    c = find(claims_of(text), "deadliest")
    assert "police station" not in c.text


# --- the set just named -----------------------------------------------------------------------


def test_these_include_is_the_attacks_named_before(claims_of, find):
    text = (
        "The militia has carried out more than 20 drone attacks on oil fields since May. "
        "These include a strike on the Rumaila field that halted production for a week."
    )
    c = find(claims_of(text), "Rumaila")
    assert c.text.startswith("The more than 20 drone attacks on oil fields include a strike")


def test_these_include_a_number_is_the_people_named_before(claims_of, find):
    text = (
        "Several journalists remain in prison in the country. "
        "These include at least three from foreign outlets."
    )
    c = find(claims_of(text), "at least three")
    assert c.text.startswith("The several journalists include") or c.text.startswith(
        "Several journalists include"
    )


def test_these_include_a_place_is_the_areas_named_before(claims_of, find):
    text = (
        "Cholera has been reported in at least four districts. "
        "These include the Kibera settlement in Nairobi."
    )
    c = find(claims_of(text), "Kibera")
    assert c.text.startswith("The at least four districts include") or c.text.startswith(
        "At least four districts include"
    )


def test_these_include_something_of_another_kind_stays(claims_of, find):
    text = (
        "The company closed three factories last year. "
        "These include pension payments to former workers."
    )
    c = find(claims_of(text), "pension")
    assert c.text.startswith("These include")


def test_many_of_those_is_the_counted_set_before(claims_of, find):
    text = (
        "An estimated 4 million homes still burn coal for heating. "
        "Many of those are in mountain villages."
    )
    c = find(claims_of(text), "mountain villages")
    assert c.text == "Many of the estimated 4 million homes are in mountain villages."


def test_the_largest_of_these_is_kept_in_a_split_second_clause(claims_of, find):
    text = (
        "The country has recorded repeated measles outbreaks since 2015. "
        "The largest of these, in 2019, infected 9,000 children and killed 40."
    )
    claims = claims_of(text)
    assert find(claims, "infected").text.startswith("The largest of the repeated measles")
    assert find(claims, "killed 40").text.startswith("The largest of the repeated measles")


def test_three_times_is_no_set(claims_of, find):
    text = "Inspectors visited the plant three times in March. Most of these were in the evening."
    c = find(claims_of(text), "evening")
    assert "times" not in c.text


# --- an effect of the happening just reported ----------------------------------------------


def test_this_has_cut_off_is_the_siege_just_reported(claims_of, find):
    text = (
        "Rebel forces have surrounded the town of Kadugli since March. "
        "This has cut off fuel and food to about 80,000 residents."
    )
    c = find(claims_of(text), "cut off")
    assert c.text.startswith("Rebel forces surrounding the town of Kadugli")


def test_a_state_has_no_effect_of_this(claims_of, find):
    text = (
        "The agency will give $50 million to small clinics. "
        "These clinics often lack nurses and equipment. "
        "This will help them hire staff."
    )
    c = find(claims_of(text), "hire staff")
    assert "lacking" not in c.text


def test_a_verb_with_its_complement_left_before_is_no_cause(claims_of, find):
    text = (
        "Scientists say warmer seas have made the storms stronger. "
        "Coastal building also contributes. "
        "This has left many towns exposed."
    )
    c = find(claims_of(text), "exposed")
    assert "contributing" not in c.text


def test_a_generic_kind_is_not_the_one_event(claims_of, find):
    text = (
        "Flooding is common in the delta during the monsoon. "
        "Last year, floods killed more than 200 people in the region. "
        "That was the deadliest flooding in a decade."
    )
    c = find(claims_of(text), "deadliest")
    assert not c.text.startswith("Flooding was")


def test_this_after_a_sum_allocated_in_the_passive(claims_of, find):
    text = (
        "An additional $12 million has been allocated to mine clearance in the province. "
        "This will fund 40 new survey teams."
    )
    c = find(claims_of(text), "survey teams")
    assert c.text.startswith("The additional $12 million") or c.text.startswith("The $12 million")


# --- the act or the attack a sentence just reported, by its noun ----------------------------


def test_this_after_an_expulsion_is_the_expulsion(claims_of, find):
    text = (
        "The government expelled four foreign correspondents on Monday. "
        "This is the first time foreign reporters have been removed since 2012."
    )
    c = find(claims_of(text), "first time")
    assert c.text.startswith("The expulsion of four foreign correspondents is the first time")


def test_this_after_a_shelling_is_the_shelling(claims_of, find):
    text = (
        "Militia fighters shelled the main market in Kadugli on Saturday. "
        "This forced hundreds of traders to flee the town."
    )
    c = find(claims_of(text), "traders")
    assert c.text.startswith("The shelling of the main market in Kadugli") or c.text.startswith(
        "The shelling on the main market in Kadugli"
    )


def test_this_was_a_cowardly_act_is_the_attack_reported(claims_of, find):
    text = (
        "A suicide bomber attacked a wedding hall in Kunduz on Friday. "
        "This was a cowardly act of terror."
    )
    c = find(claims_of(text), "cowardly")
    assert c.text.startswith("The attack on the wedding hall in Kunduz was a cowardly act")


def test_an_act_in_a_when_clause_is_not_this(claims_of, find):
    text = "Drought sets in when the monsoon fails. This damages the rice harvest."
    c = find(claims_of(text), "rice harvest")
    assert "monsoon" not in c.text or c.text.startswith("Drought")


def test_an_act_on_a_named_person_is_that_act(claims_of, find):
    text = "The ministry expelled Ambassador Karl Weber on Tuesday. This is a serious escalation."
    c = find(claims_of(text), "escalation")
    assert c.text.startswith("The expulsion of Ambassador Karl Weber is a serious escalation")


def test_two_acts_before_leave_this(claims_of, find):
    text = (
        "The ministry expelled two diplomats and suspended all flights to the capital. "
        "This is a serious escalation."
    )
    c = find(claims_of(text), "escalation")
    assert "expulsion" not in c.text and "suspension" not in c.text


def test_this_is_a_violation_is_the_clause_before(claims_of, find):
    text = (
        "Both armies have blocked food convoys to the besieged city. "
        "That is a violation of international law."
    )
    c = find(claims_of(text), "violation")
    assert c.text == (
        "The fact that both armies have blocked food convoys to the besieged city is a "
        "violation of international law."
    )


# --- attacks reported by other verbs, and the acts a sentence names ---------------------------


def test_it_was_the_deadliest_attack_after_a_bomb_exploded(claims_of, find):
    text = (
        "A bomb exploded at a crowded market in Kirkuk on Monday, killing at least nine "
        "people, police said.\n\nIt was the deadliest attack in the city this year."
    )
    c = find(claims_of(text), "deadliest")
    assert c.text.startswith("The attack at a crowded market in Kirkuk was the deadliest")


def test_this_after_gunmen_opened_fire_on_people(claims_of, find):
    text = (
        "Gunmen opened fire on farmers at a market in Zamfara on Sunday. "
        "This is the second attack on farmers in the state this week."
    )
    c = find(claims_of(text), "second attack")
    assert c.text.startswith("The attack on the farmers at a market in Zamfara is the second")


def test_this_after_missiles_fired_at_a_ship(claims_of, find):
    text = (
        "Militants fired three missiles at a cargo ship in the Gulf of Aden on Friday. "
        "This was the tenth attack on shipping since March."
    )
    c = find(claims_of(text), "tenth attack")
    assert c.text.startswith("The attack on the cargo ship in the Gulf of Aden was the tenth")


def test_one_of_the_deadliest_attacks_names_the_attack_reported(claims_of, find):
    text = (
        "Two gunmen attacked the lobby of the Palace Hotel on May 3, 2019. "
        "The attack killed 22 guests and staff. "
        "It was one of the deadliest attacks on foreigners in the country."
    )
    c = find(claims_of(text), "one of the deadliest")
    assert c.text.startswith("The attack on the lobby of the Palace Hotel was one of")


def test_these_are_war_crimes_is_the_atrocities_named_before(claims_of, find):
    text = (
        "Soldiers have committed atrocities against villagers in the north. "
        "These are crimes against humanity."
    )
    c = find(claims_of(text), "humanity")
    assert c.text.startswith("The atrocities against villagers")


def test_these_include_the_nearest_set_of_the_same_kind(claims_of, find):
    text = (
        "The army has fired more than 500 rockets at towns in the valley. "
        "These include long-range rockets made abroad."
    )
    c = find(claims_of(text), "long-range")
    assert c.text.startswith("The more than 500 rockets include")


def test_this_after_an_ordered_evacuation_is_the_evacuation(claims_of, find):
    text = (
        "The government ordered the evacuation of the consulate in Herat on Sunday. "
        "This was completed within six hours."
    )
    c = find(claims_of(text), "six hours")
    assert c.text.startswith("The evacuation of the consulate in Herat")


def test_this_after_two_attacks_in_a_row_stays(claims_of, find):
    text = (
        "Government aircraft struck rebel camps in the hills overnight. "
        "The rebels fired mortars at an army post in response. "
        "This is the worst exchange since the truce."
    )
    c = find(claims_of(text), "worst exchange")
    assert c.text.startswith("This is")


def test_this_after_two_clauses_stays(claims_of, find):
    text = (
        "The government expelled two diplomats and closed the embassy. "
        "This marks a low point in relations."
    )
    c = find(claims_of(text), "low point")
    assert c.text.startswith("This marks")


def test_a_phrase_saying_no_place_is_not_where_the_attack_was(claims_of, find):
    text = "Rebels shelled the airport in response. This forced the suspension of all flights."
    c = find(claims_of(text), "forced")
    assert "in response" not in c.text


def test_this_is_in_addition_to_is_the_sum_given(claims_of, find):
    text = (
        "The Department is providing $14 million in emergency food aid to Malawi. "
        "This is in addition to the $9 million announced in March."
    )
    c = find(claims_of(text), "in addition")
    assert c.text.startswith("The $14 million in emergency food aid is in addition to")


def test_the_latest_in_a_series_of_attacks_names_the_attack(claims_of, find):
    text = (
        "Gunmen attacked a border post in Chitral on Thursday, killing three guards. "
        "It was the latest in a series of attacks on border posts this year."
    )
    c = find(claims_of(text), "latest in a series")
    assert c.text.startswith("The attack on the border post in Chitral was the latest")


def test_it_said_to_be_an_attack_is_no_thing_it_struck(claims_of, find):
    text = (
        "Three gunmen attacked a guesthouse in Baidoa on Sunday night. "
        "It was the second such attack in the town this month."
    )
    c = find(claims_of(text), "second such attack")
    assert c.text.startswith("The attack on the guesthouse in Baidoa was the second")


def test_it_said_to_be_an_attack_with_no_attack_reported_keeps_no_thing(claims_of, find):
    text = (
        "The guesthouse in Baidoa was full on Sunday night. "
        "It was the second such attack in the town this month."
    )
    c = find(claims_of(text), "second such attack")
    assert not c.text.startswith("The guesthouse")


# --- an "it" placed in time, and a "this" object ----------------------------------------------


def test_it_came_days_after_is_the_attack_just_reported(claims_of, find):
    text = (
        "Gunmen attacked a checkpoint in Lakki Marwat on Monday. "
        "It came two days after a bombing at a bus stop in the same district."
    )
    c = find(claims_of(text), "two days after")
    assert c.text.startswith("The attack on the checkpoint in Lakki Marwat came two days")


def test_it_comes_with_a_price_is_not_placed_in_time(claims_of, find):
    text = "Militants raided a bank in Gao on Monday. It comes with armed guards now."
    c = find(claims_of(text), "armed guards")
    assert "raid" not in c.text.lower().split(" comes")[0]


def test_condemned_this_is_the_act_just_reported(claims_of, find):
    text = "The junta expelled two French reporters on Thursday. The newspaper condemned this."
    c = find(claims_of(text), "condemned")
    assert c.text == "The newspaper condemned the expulsion of two French reporters."


def test_denied_this_stays_the_claim_before(claims_of, find):
    text = "Critics said the army had shelled the village of Tor. The army denied this."
    c = find(claims_of(text), "denied")
    assert "shelling" not in c.text
