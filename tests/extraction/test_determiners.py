"""A demonstrative determiner inside a claim ("condemns this attack", "said this money
would ...", "welcomes this step"), made explicit when the text says for sure what it
stands for (issue #13, claims/extraction/determiners.py): a sum of money named just
before, an act a named party took, the deaths a clause reported, strikes ordered "at
my direction", and the nearest mention of the noun or of a narrower noun of its kind
that says which one.  Negative tests keep the demonstrative (or a bare "the") where
the text leaves a doubt.  All sentences are written for these tests."""


def _texts(claims):
    return [c.text for c in claims]


# --- a sum of money -------------------------------------------------------------------------


def test_this_money_is_the_sum_released_just_before(claims_of, find):
    text = (
        "The regional government said it would release $45 million in emergency "
        "funds for the flooded districts. The mayor said this money would pay for new "
        "levees."
    )
    c = find(claims_of(text), "levees")
    assert c.text.startswith("The $45 million in emergency funds would pay")


def test_that_amount_is_the_sum_named_before(claims_of, find):
    text = (
        "The club offered $5 million for the striker on Friday. His agent said that "
        "amount was far too low."
    )
    c = find(claims_of(text), "too low")
    assert c.text == "The amount of $5 million was far too low."


def test_this_support_is_the_nearer_sum_not_the_announced_one(claims_of, find):
    text = (
        "The agency announced $60 million in new aid for farmers in the valley.\n\n"
        "The new money adds to $400 million in earlier assistance the agency gave "
        "since 2019. That support has kept thousands of farms open."
    )
    c = find(claims_of(text), "farms open")
    assert c.text.startswith("The $400 million in earlier assistance has kept")


def test_two_sums_before_leave_this_money(claims_of, find):
    text = (
        "The city spent $3 million on roads and $2 million on parks last year. "
        "The council said this money was well spent."
    )
    c = find(claims_of(text), "well spent")
    assert "$3 million" not in c.text and "$2 million" not in c.text


# --- an act a named party took: "this step", "that move" --------------------------------------


def test_this_step_is_the_act_of_the_party_named_before(claims_of, find):
    text = (
        "Last week, the central bank froze 40 accounts held by the smuggling ring. "
        "The ministry welcomed this step."
    )
    c = find(claims_of(text), "welcomed")
    assert c.text == ("The ministry welcomed the step by the central bank to freeze 40 accounts.")


def test_a_step_after_a_pronoun_subject_stays(claims_of, find):
    text = (
        "Last week, they froze 40 accounts held by the smuggling ring. "
        "The ministry welcomed this step."
    )
    c = find(claims_of(text), "welcomed")
    assert "froze" not in c.text and "freeze" not in c.text


def test_a_decision_that_says_what_it_is_keeps_its_words(claims_of, find):
    text = (
        "The court fined the company $2 million. Critics attacked this decision to "
        "spare the managers."
    )
    c = find(claims_of(text), "spare")
    assert "fine the company" not in c.text


# --- deaths a clause reported --------------------------------------------------------------


def test_these_killings_are_the_dead_of_the_clause_before(claims_of, find):
    text = (
        "Since January, gunmen have killed 85 villagers in Zamfara state. "
        "These killings have emptied dozens of farms."
    )
    c = find(claims_of(text), "emptied")
    assert c.text.startswith("The killings of 85 villagers in Zamfara state have emptied")


def test_those_deaths_after_a_passive(claims_of, find):
    text = (
        "At least 14 miners were killed in the collapse in Kolwezi on Sunday. "
        "Those deaths could have been prevented, the union said."
    )
    c = find(claims_of(text), "prevented")
    assert "the deaths of at least 14 miners" in c.text.lower()


def test_one_death_is_not_those_deaths(claims_of, find):
    text = "A guard was killed in the raid on the depot. Those deaths shocked the town."
    c = find(claims_of(text), "shocked")
    assert "guard" not in c.text


# --- strikes ordered "at my direction" ------------------------------------------------------


def test_this_action_is_the_strikes_ordered_at_my_direction(claims_of, find):
    text = (
        "On May 2, at my direction, United States forces conducted strikes against a "
        "radar site near Hodeidah used by the militia. The militia had fired missiles "
        "at merchant ships for weeks.\n\n"
        "I took this action to protect United States forces and merchant shipping."
    )
    c = find(claims_of(text), "to protect")
    assert c.text.startswith("I took the action against a radar site near Hodeidah to protect")


# --- the nearest mention that says which -----------------------------------------------------


def test_this_attack_is_the_bombing_named_in_the_lead(claims_of, find):
    text = (
        "On the Bombing in Maiduguri\n\n"
        "The United States condemns the June 9 bombing of the bus station in Maiduguri, "
        "which killed 12 people.\n\n"
        "Witnesses said the bomber arrived on foot. Police have arrested two suspects in "
        "connection with the bombing on June 10.\n\n"
        "We condemn this attack and stand with the people of Nigeria."
    )
    claims = _texts(claims_of(text))
    # "We condemn this attack": the statement's "we", and the bombing of the lead
    whole = "condemns the June 9 bombing of the bus station in Maiduguri."
    assert sum(t.endswith(whole) for t in claims) == 2, claims


def test_these_attacks_pass_over_those_attacks(claims_of, find):
    text = (
        "Since March, the militia has launched 14 rocket attacks against the airport in "
        "Erbil. Those attacks wounded six contractors. The militia has claimed several "
        "of these attacks."
    )
    c = find(claims_of(text), "claimed")
    assert "14 rocket attacks against the airport in Erbil" in c.text


def test_the_own_noun_comes_before_a_narrower_kind(claims_of, find):
    text = (
        "The rebels carried out attacks on three border posts in May. On Friday, the army "
        "conducted airstrikes against rebel camps in the hills. Officials said these "
        "attacks had to be answered."
    )
    c = find(claims_of(text), "answered")
    assert "airstrikes" not in c.text


def test_a_generic_plural_is_not_these_workers(claims_of, find):
    text = (
        "Gunmen killed four nurses from a mission hospital near Goma. It was one of the "
        "worst attacks on health workers in Congo this year. These workers had served the "
        "hospital for a decade."
    )
    c = find(claims_of(text), "decade")
    assert "health workers in Congo" not in c.text


def test_a_class_the_mention_belongs_to_blocks(claims_of, find):
    text = (
        "The strike was among the deadliest attacks on the city since 2015. "
        "The mayor condemned this attack."
    )
    c = find(claims_of(text), "mayor")
    assert "deadliest" not in c.text


# --- what a party said of another: "those accusations", "that warning" ----------------------


def test_those_accusations_are_what_the_party_accused_of(claims_of, find):
    text = (
        "Opposition leaders have accused the governor of hiding the cost of the bridge. "
        "The governor rejected those accusations."
    )
    c = find(claims_of(text), "rejected")
    assert c.text == (
        "The governor rejected opposition leaders’ accusations against the governor of "
        "hiding the cost of the bridge."
    )


def test_that_warning_is_what_the_union_warned(claims_of, find):
    text = "The union warned that the mine was unsafe. The company dismissed that warning."
    c = find(claims_of(text), "dismissed")
    assert c.text == "The company dismissed the union’s warning that the mine was unsafe."


def test_an_accusation_by_a_pronoun_stays(claims_of, find):
    text = (
        "They have accused the governor of hiding the cost of the bridge. "
        "The governor rejected those accusations."
    )
    c = find(claims_of(text), "rejected")
    assert "hiding" not in c.text


# --- adjectives that only judge ("this heinous attack") ----------------------------------


def test_a_judging_adjective_stays_before_the_antecedent(claims_of, find):
    text = (
        "On the Attack in Kabul\n\n"
        "The United States condemns the August 3 bombing of a girls' school in Kabul, "
        "which killed 19 students.\n\n"
        "No group has claimed responsibility for the bombing. We call on the Taliban to "
        "find those responsible for this heinous attack."
    )
    c = find(claims_of(text), "taliban")
    assert c.text.endswith(
        "responsible for the heinous August 3 bombing of a girls' school in Kabul."
    )


def test_an_adjective_that_says_which_one_blocks(claims_of, find):
    # "this second attack" is not the bombing named before
    text = (
        "On the Attacks in Kabul\n\n"
        "The United States condemns the August 3 bombing of a girls' school in Kabul, "
        "which killed 19 students.\n\n"
        "No group has claimed responsibility for the bombing. Police said this second "
        "attack was carried out by two gunmen."
    )
    c = find(claims_of(text), "two gunmen")
    assert "school" not in c.text


# --- what an earlier mention keeps, and what is no mention ---------------------------------


def test_an_investigation_into_keeps_what_it_is_into(claims_of, find):
    text = (
        "Prosecutors opened an investigation into the collapse of the stadium roof. "
        "The league welcomed this investigation."
    )
    c = find(claims_of(text), "league")
    assert c.text == "The league welcomed the investigation into the collapse of the stadium roof."


def test_a_noun_naming_a_persons_post_is_no_mention(claims_of, find):
    # "the bank's monetary policy chief" is a person, not a policy
    text = (
        "The bank's monetary policy chief, Lena Ortiz, spoke in Frankfurt on Monday. "
        "Critics said this policy had failed savers."
    )
    c = find(claims_of(text), "savers")
    assert "monetary policy" not in c.text
