"""Demonstratives that the text lets a reader resolve, made explicit so that the claim
reads on its own (issue #13, claims/extraction/demonstratives.py): a more general noun
for an earlier mention ("These forces" after "2,000 personnel"), a post ("In that
role"), several acts named at once ("these designations"), and a fronted phrase that
only ties the claim to the sentence before.  Negative tests keep the demonstrative
where the text does not say for sure what it stands for.  All sentences are written
for these tests."""

import pytest


def _texts(claims):
    return [c.text for c in claims]


# --- a more general noun for an earlier mention (lexicon.KIND_OF) --------------------------


def test_these_forces_are_the_personnel_deployed(claims_of, find):
    text = (
        "The ministry sent 800 additional troops to the border region on Monday. "
        "These forces will patrol the crossings."
    )
    c = find(claims_of(text), "patrol")
    assert c.text == "The 800 additional troops will patrol the crossings."


def test_a_split_second_clause_repeats_the_resolved_subject(claims_of, find):
    text = (
        "The government ordered the deployment of 1,500 soldiers to the capital. "
        "These forces are armed and will stay until the election."
    )
    claims = claims_of(text)
    assert find(claims, "armed").text == "The 1,500 soldiers are armed."
    assert find(claims, "election").text == "The 1,500 soldiers will stay until the election."


def test_these_atrocities_are_the_crimes_named_before(claims_of, find):
    text = (
        "Investigators found that the militia committed war crimes and crimes against "
        "humanity in the eastern province. These crimes were committed over two years. "
        "The court will examine these atrocities next year."
    )
    c = find(claims_of(text), "court")
    assert c.text == (
        "The court will examine the war crimes and crimes against humanity next year."
    )


def test_this_company_is_the_firm_named_before(claims_of, find):
    text = (
        "Regulators fined a German carmaker 40 million euros on Tuesday. "
        "This company had hidden the emissions of its diesel engines."
    )
    c = find(claims_of(text), "hidden")
    assert c.text.startswith("The German carmaker had hidden")


def test_this_drug_is_the_vaccine_named_before(claims_of, find):
    text = (
        "The agency approved a new malaria vaccine for children under five. "
        "This medicine cut severe cases by half in trials."
    )
    c = find(claims_of(text), "severe cases")
    assert c.text == "The new malaria vaccine cut severe cases by half in trials."


def test_these_disasters_are_the_storms_named_before(claims_of, find):
    text = (
        "Two hurricanes struck the coast in September. "
        "These disasters destroyed more than 4,000 homes."
    )
    c = find(claims_of(text), "4,000 homes")
    assert c.text == "The two hurricanes destroyed more than 4,000 homes."


def test_the_dead_are_not_these_forces(claims_of, find):
    """ "killed 12 soldiers. These forces ...": the forces are not the dead soldiers."""
    text = "Rebels killed 12 soldiers near the dam. These forces then seized the bridge."
    c = find(claims_of(text), "bridge")
    assert "soldiers" not in c.text
    assert c.text.startswith("These forces")


def test_the_other_number_is_not_taken(claims_of, find):
    """ "a soldier ... These forces": one soldier is not the forces."""
    text = "A soldier was wounded at the checkpoint. These forces guard the northern border."
    c = find(claims_of(text), "northern border")
    assert c.text.startswith("These forces")


def test_a_noun_outside_the_kind_is_not_taken(claims_of, find):
    text = "The city opened a new school in May. This facility cost $30 million."
    c = find(claims_of(text), "$30 million")
    assert c.text.startswith("This facility")


def test_a_mention_with_an_owner_pronoun_is_not_taken(claims_of, find):
    """ "its fighters": whose? The demonstrative stays rather than pass the doubt on."""
    text = "The group sent its fighters into the valley. These forces burned two villages."
    c = find(claims_of(text), "villages")
    assert "its fighters" not in c.text.lower()


# --- a post ("in that role") ---------------------------------------------------------------


def test_in_that_role_is_the_post_served_as(claims_of, find):
    text = (
        "Maria Lopez served as the bank's chief risk officer from 2015 to 2020. "
        "In that role, Lopez approved loans worth $2 billion."
    )
    c = find(claims_of(text), "approved loans")
    assert c.text == "As the bank's chief risk officer, Lopez approved loans worth $2 billion."


def test_in_this_position_is_the_post_become(claims_of, find):
    text = (
        "In 2019 Ahmed Karimi became the country's health minister. "
        "In this position, Karimi closed 40 rural clinics."
    )
    c = find(claims_of(text), "clinics")
    assert c.text == "As the country's health minister, Karimi closed 40 rural clinics."


def test_in_that_role_with_no_post_before_is_left_out(claims_of, find):
    """No post is named: the frame that only points back is dropped, the act stays."""
    text = (
        "Omar Said joined the ministry in 2012. In that role, Said negotiated three "
        "trade agreements."
    )
    c = find(claims_of(text), "trade agreements")
    assert c.text == "Said negotiated three trade agreements."


# --- several acts named at once ------------------------------------------------------------


def test_these_designations_are_the_two_designations(claims_of, find):
    text = (
        "The ministry designated the Red Hand group as a terrorist organization in 2020. "
        "Its leader was designated as a global terrorist in 2021. "
        "As a result of these designations, banks must freeze their assets."
    )
    c = find(claims_of(text), "freeze")
    assert c.text.startswith(
        "As a result of the designations of the Red Hand group as a terrorist organization and of"
    ) or c.text.startswith("Banks must freeze")


def test_these_arrests_are_the_arrests_of_each(claims_of, find):
    text = (
        "Police arrested two protesters outside the parliament on Monday. "
        "A journalist was arrested at the airport on Tuesday. "
        "These arrests drew criticism from rights groups."
    )
    c = find(claims_of(text), "criticism")
    assert c.text == (
        "The arrests of two protesters and of a journalist drew criticism from rights groups."
    )


def test_these_approvals_need_more_than_one_act(claims_of, find):
    """One approval only: "these approvals" cannot be it, the demonstrative stays."""
    text = (
        "The agency approved a cheaper insulin pen last week. "
        "These approvals have cut prices across the market."
    )
    c = find(claims_of(text), "prices")
    assert c.text.startswith("These approvals")


# --- a fronted phrase that only points back -------------------------------------------------


@pytest.mark.parametrize(
    "frame",
    [
        "In response to these attacks",
        "Following these protests",
        "Despite these warnings",
        "As a result of these findings",
    ],
)
def test_a_pointing_frame_with_an_unknown_referent_is_left_out(claims_of, find, frame):
    text = f"Tensions rose in the region over the summer. {frame}, the council closed the port."
    c = find(claims_of(text), "closed the port")
    assert c.text == "The council closed the port."


@pytest.mark.parametrize(
    "frame",
    ["Under this agreement", "With these funds", "In this region"],
)
def test_a_frame_that_limits_the_claim_stays(claims_of, find, frame):
    """ "Under this agreement, Iran must ...": the frame restricts what is claimed;
    without it the claim would say more than the text."""
    text = f"The talks ended in March. {frame}, the council must close the port."
    c = find(claims_of(text), "close the port")
    assert c.text.startswith(frame)


# --- a bare "this"/"that" standing for the clause before ------------------------------------


def test_this_that_has_an_effect_is_the_happening_before(claims_of, find):
    text = (
        "The glacier has lost a third of its area since 1980. The glacier is now "
        "retreating at about 15 meters a year. This exposes more of the old forest each "
        "summer."
    )
    c = find(claims_of(text), "old forest")
    assert c.text == (
        "The glacier retreating at about 15 meters a year exposes more of the old forest "
        "each summer."
    )


def test_this_after_a_rate_rise_is_the_rise(claims_of, find):
    text = (
        "Markets fell sharply in the morning.\n\n"
        "The central bank raised interest rates by half a point. "
        "This could slow the growth of mortgage lending."
    )
    c = find(claims_of(text), "mortgage lending")
    assert c.text == (
        "The central bank raising interest rates by half a point could slow the growth "
        "of mortgage lending."
    )


def test_this_after_cancelled_operations_is_the_cancelling(claims_of, find):
    text = (
        "Hospitals in the region cancelled thousands of routine operations. "
        "This will delay treatment for many patients."
    )
    c = find(claims_of(text), "delay treatment")
    assert c.text == (
        "Hospitals in the region cancelling thousands of routine operations will delay "
        "treatment for many patients."
    )


def test_this_after_a_particle_verb_keeps_the_particle(claims_of, find):
    text = "Rebels blew up the main bridge over the river. This left the city without supplies."
    c = find(claims_of(text), "without supplies")
    assert c.text == (
        "Rebels blowing up the main bridge over the river left the city without supplies."
    )


def test_this_after_what_happens_when_is_what_happens(claims_of, find):
    """ "A shutdown happens when Congress fails to pass a budget. This forces ...": what
    happens when something else does is that happening: the shutdown forces them."""
    text = (
        "A shutdown happens when Congress fails to pass a budget. "
        "This forces hundreds of thousands of workers to stay home."
    )
    c = find(claims_of(text), "stay home")
    assert c.text == "A shutdown forces hundreds of thousands of workers to stay home."


def test_a_plural_happening_takes_a_plural_verb(claims_of, find):
    text = (
        "Landslides happen when heavy rain loosens the soil on steep slopes. "
        "This destroys roads and homes every spring."
    )
    c = find(claims_of(text), "roads and homes")
    assert c.text == "Landslides destroy roads and homes every spring."


def test_that_judged_is_the_fact_before(claims_of, find):
    text = (
        "The clinic reported four new cases of measles this month. Doctors say that is not unusual."
    )
    c = find(claims_of(text), "unusual")
    assert c.text == (
        "The fact that the clinic reported four new cases of measles this month is not unusual."
    )
    assert c.speaker == "Doctors"


def test_this_judged_by_an_evaluation_noun_is_the_fact_before(claims_of, find):
    text = "The company's shares fell 8 percent on Monday. Analysts said this was a surprise."
    c = find(claims_of(text), "surprise")
    assert c.text == "The fact that the company's shares fell 8 percent on Monday was a surprise."


def test_this_opening_a_quotation_stays(claims_of, find):
    """ "'This is good news, but it is not a reason to relax,' she said.": the
    speaker's "this" points at what she said before the quotation, which the article
    does not show (the sentence before is the reporter's, about something else).  The
    claim stays as she said it: an evaluation is still something a speaker asserts and
    a reviewer may link to what it judges, but it cannot be made to read alone, so it
    stays marked anaphoric, the least worth checking (resolve.Resolved.anaphoric)."""
    text = (
        "Researchers found that the reefs had recovered within six years. "
        "The lead author warned that the results may not hold elsewhere. "
        '"This is good news, but it is not a reason to relax," she said.'
    )
    c = find(claims_of(text), "good news")
    assert c.text == "This is good news."
    assert c.checkworthiness <= 0.35


def test_this_after_a_sentence_of_several_claims_stays(claims_of, find):
    """Two claims before: the limited supplies, the nations without doses, or both?"""
    text = (
        "Supplies are limited, and many poor nations have received no doses. "
        "This could prolong the pandemic."
    )
    c = find(claims_of(text), "prolong")
    assert c.text == "This could prolong the pandemic."


def test_this_after_someones_account_is_joined_with_its_speaker(claims_of, find):
    """The mayor's prediction, then the article's "this": the prediction or the flood?
    Not made a subject ("the river flooding the old town would force"): joined with
    who made it, the claim keeps both (test_voiced_join.py)."""
    text = (
        "The mayor said the river would flood the old town. "
        "This would force 2,000 people from their homes."
    )
    c = find(claims_of(text), "2,000 people")
    assert c.text.startswith("The mayor said the river would flood the old town, which would")


def test_this_with_a_verb_that_is_not_an_effect_stays(claims_of, find):
    text = "The minister resigned on Friday. This was confirmed by her office."
    c = find(claims_of(text), "confirmed")
    assert c.text.startswith("This was confirmed")


def test_this_after_another_paragraph_stays(claims_of, find):
    text = (
        "Hospitals in the region cancelled thousands of routine operations.\n\n"
        "This will delay treatment for many patients."
    )
    c = find(claims_of(text), "delay treatment")
    assert c.text.startswith("This will delay")


def test_this_said_to_be_a_time_is_not_a_fact(claims_of, find):
    """ "That was about half the time models predicted": a measure, not a judgement."""
    text = (
        "The reefs regained their coral cover within six years. "
        "The researchers said that was about half the time earlier models had predicted."
    )
    c = find(claims_of(text), "half the time")
    assert "the fact that" not in c.text.lower()


@pytest.mark.parametrize(
    ("lemma", "form"),
    [
        ("retreat", "retreating"),
        ("make", "making"),
        ("die", "dying"),
        ("stop", "stopping"),
        ("expel", "expelling"),
        ("open", "opening"),
        ("see", "seeing"),
        ("hit", "hitting"),
        ("visit", "visiting"),
    ],
)
def test_present_participle(lemma, form):
    from claims.extraction.morphology import present_participle

    assert present_participle(lemma) == form


# --- the same noun: the earlier mention with what it was of, against or where ----------------


def test_this_deployment_is_the_deployment_of_what(claims_of, find):
    text = (
        "The president ordered the deployment of 300 engineers to the flooded province. "
        "This deployment will last six weeks."
    )
    c = find(claims_of(text), "six weeks")
    assert c.text == "The deployment of 300 engineers to the flooded province will last six weeks."


def test_these_strikes_are_the_strikes_against_what(claims_of, find):
    text = (
        "The air force carried out strikes against two depots in the north on Sunday. "
        "These strikes destroyed about 40 rockets."
    )
    c = find(claims_of(text), "40 rockets")
    assert c.text == "The strikes against two depots in the north destroyed about 40 rockets."


def test_this_loan_is_the_loan_to_whom(claims_of, find):
    text = (
        "The bank approved a loan of $2 billion to the national railway. "
        "This loan must be repaid within ten years."
    )
    c = find(claims_of(text), "repaid")
    assert (
        c.text == "The loan of $2 billion to the national railway must be repaid within ten years."
    )


def test_this_outbreak_is_the_outbreak_where(claims_of, find):
    text = (
        "Health officials confirmed an outbreak of cholera in the port city. "
        "This outbreak has sickened 120 people."
    )
    c = find(claims_of(text), "120 people")
    assert c.text == "The outbreak of cholera in the port city has sickened 120 people."


def test_a_class_the_thing_belongs_to_is_not_its_mention(claims_of, find):
    """ "They were among the deadliest attacks on American forces. ... these attacks":
    the class is not the attacks."""
    text = (
        "Two bombs exploded at the base in 1983. The blasts were among the deadliest "
        "attacks on American forces since 1945. The group behind these attacks was never "
        "tried."
    )
    c = find(claims_of(text), "never tried")
    assert "deadliest" not in c.text
    assert "on american forces" not in c.text.lower()


def test_another_mention_of_the_noun_is_not_its_mention(claims_of, find):
    text = (
        "The navy said further strikes against the port were possible. "
        "These strikes would need approval from parliament."
    )
    c = find(claims_of(text), "parliament")
    assert "against the port" not in c.text


def test_a_mention_with_an_owner_pronoun_is_not_spelt_out(claims_of, find):
    text = (
        "The company said its investment in the plant would create 500 jobs. "
        "This investment was approved on Monday."
    )
    c = find(claims_of(text), "approved on Monday")
    assert "in the plant" not in c.text


def test_a_repeated_definite_mention_is_passed_over(claims_of, find):
    """ "conducted a raid on a depot ... The raid destroyed ... this raid": "The raid"
    is the same raid, named before with its target."""
    text = (
        "Letter to the Congress on the Raid of May 2\n\n"
        "On May 2, our forces conducted a raid on a weapons depot near the border. "
        "The raid destroyed 30 rockets. I ordered this raid to protect our troops.\n\n"
        "I took this action under my authority as Commander in Chief."
    )
    claims = claims_of(text)
    assert find(claims, "protect our troops").text == (
        "I ordered the raid on a weapons depot near the border to protect our troops."
    )
    assert find(claims, "Commander in Chief").text == (
        "I ordered the raid on a weapons depot near the border under my authority as "
        "Commander in Chief."
    )


def test_this_action_after_another_partys_order_stays(claims_of, find):
    text = (
        "Letter to the Congress on the Raid of May 2\n\n"
        "On May 2, our forces conducted a raid on a weapons depot near the border. "
        "The general ordered this raid to protect the troops.\n\n"
        "I took this action under my authority as Commander in Chief."
    )
    c = find(claims_of(text), "Commander in Chief")
    assert c.text.startswith("I took this action")


# --- one act on several things; a change; a fight -----------------------------------------


def test_those_cuts_are_the_act_not_the_things_cut(claims_of, find):
    """ "cut 2,000 jobs. Those cuts saved $90 million": the cuts, not the jobs."""
    text = "The company cut 2,000 jobs last year. Those cuts saved $90 million."
    c = find(claims_of(text), "$90 million")
    assert c.text == "The cuts of 2,000 jobs saved $90 million."


def test_these_arrests_after_one_act_on_several_people(claims_of, find):
    text = (
        "Police arrested 40 protesters outside the parliament. "
        "These arrests were condemned by the opposition."
    )
    c = find(claims_of(text), "condemned")
    assert c.text.startswith("The arrests of 40 protesters were condemned")


def test_this_increase_is_the_rise_reported_before(claims_of, find):
    text = "Inflation rose to 9 percent in May. This increase was driven by food prices."
    c = find(claims_of(text), "food prices")
    assert c.text == "The increase in inflation to 9 percent in May was driven by food prices."


def test_this_decline_is_the_fall_reported_before(claims_of, find):
    text = (
        "Deaths from malaria fell by a third between 2010 and 2020. "
        "This decline was due to bed nets and new drugs."
    )
    c = find(claims_of(text), "bed nets")
    assert c.text.startswith("The decline in deaths from malaria by a third")


def test_a_change_the_other_way_is_not_taken(claims_of, find):
    text = "Exports fell 3 percent in June. This rise was blamed on the strong currency."
    c = find(claims_of(text), "strong currency")
    assert c.text.startswith("This rise")
    text = "Exports rose 3 percent in June. This rise was blamed on the weak currency."
    c = find(claims_of(text), "weak currency")
    assert c.text == "The 3 percent rise in exports in June was blamed on the weak currency."


def test_this_clash_is_the_clash_between_both_sides_there(claims_of, find):
    text = (
        "Police clashed with protesters outside the parliament on Sunday. "
        "This clash left 20 people injured."
    )
    c = find(claims_of(text), "20 people")
    assert c.text == (
        "The clash between police and protesters outside the parliament on Sunday left 20 "
        "people injured."
    )


def test_this_engagement_is_the_fight_between_the_armies_there(claims_of, find):
    text = (
        "The two armies clashed near the village of Tal Abyad on Monday. "
        "This engagement lasted four hours."
    )
    c = find(claims_of(text), "four hours")
    assert c.text == (
        "The engagement between the two armies near the village of Tal Abyad on Monday "
        "lasted four hours."
    )


def test_a_fight_with_one_side_named_only_stays(claims_of, find):
    text = "The rebel commander fought in the north for years. This battle made him famous."
    c = find(claims_of(text), "famous")
    assert c.text.startswith("This battle")


def test_these_attacks_are_each_attack_with_its_place(claims_of, find):
    text = (
        "In March, gunmen attacked a police station in Kano. In May, militants attacked "
        "a market and a school in Maiduguri. A local group has claimed responsibility for "
        "these attacks."
    )
    c = find(claims_of(text), "responsibility")
    assert c.text.endswith(
        "the attacks on a police station in Kano and on a market and a school in Maiduguri."
    )


def test_this_assistance_is_the_sum_announced(claims_of, find):
    text = (
        "FACT SHEET: Aid for Flood Victims\n\n"
        "The government announced $30 million in emergency assistance for the coastal "
        "provinces. This assistance will pay for food and clean water."
    )
    c = find(claims_of(text), "clean water")
    assert c.text.startswith("The $30 million in emergency assistance will pay")


def test_those_sanctions_are_the_sanctions_imposed_on_whom(claims_of, find):
    text = (
        "The new measures follow sanctions imposed in May on two shipping firms. "
        "Those sanctions froze assets worth $4 million."
    )
    c = find(claims_of(text), "$4 million")
    assert c.text == (
        "The sanctions imposed in May on two shipping firms froze assets worth $4 million."
    )


def test_only_the_definite_noun_before_gives_the_act_its_object(claims_of, find):
    text = (
        "The ministry is designating three commanders of the Red Army for attacks on "
        "villages. The designation freezes their assets. This designation is part of a "
        "wider effort."
    )
    c = find(claims_of(text), "wider effort")
    assert c.text.startswith("The designation of three commanders of the Red Army")


def test_this_determination_is_what_was_determined(claims_of, find):
    text = (
        "The inspector general has determined that the agency overpaid contractors by $3 "
        "million. This determination is based on invoices from 2019 to 2022."
    )
    c = find(claims_of(text), "invoices")
    assert c.text.startswith(
        "The inspector general’s determination that the agency overpaid contractors by $3 "
        "million is based on"
    )


def test_this_announcement_is_the_sum_announced(claims_of, find):
    text = (
        "The foundation announced $12 million in grants for rural hospitals. "
        "This announcement brings its total giving to $90 million."
    )
    c = find(claims_of(text), "total giving")
    assert c.text.startswith("The foundation’s announcement of $12 million in grants")


def test_a_determination_that_points_elsewhere_keeps_only_its_owner(claims_of, find):
    """ "that they ...": the determination's content would carry its own dangling pronoun."""
    text = (
        "The regulator has determined that they broke the rules. "
        "This determination is based on emails."
    )
    c = find(claims_of(text), "emails")
    assert c.text == "The regulator’s determination is based on emails."


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (
            "The war in the east has displaced a million people. "
            "This conflict has also destroyed 300 schools.",
            "300 schools",
            "The war in the east has also destroyed 300 schools.",
        ),
        (
            "Two journalists were ordered to leave the country. "
            "These reporters had worked there for five years.",
            "five years",
            "The two journalists had worked there for five years.",
        ),
        (
            "The new vaccine was approved in December. "
            "Since then, this shot has been given to 40 million people.",
            "40 million",
            "Since then, the new vaccine has been given to 40 million people.",
        ),
    ],
)
def test_more_general_nouns_in_other_domains(claims_of, find, text, words, expected):
    assert find(claims_of(text), words).text == expected


def test_a_noun_of_the_same_sentence_is_not_the_referent(claims_of, find):
    """ "the networks that arm these groups": the groups are not the networks."""
    text = (
        "The militia bought drones from abroad. We will target the networks that arm these groups."
    )
    c = find(claims_of(text), "target")
    assert "arm the networks" not in c.text


def test_this_attack_two_sentences_after_what_was_struck(claims_of, find):
    text = (
        "Thirty years ago, a car bomb destroyed the city's main synagogue, killing 85 "
        "people. Those killed included 12 children. This attack remains unsolved."
    )
    c = find(claims_of(text), "unsolved")
    assert c.text == "The attack on the city's main synagogue remains unsolved."


def test_this_attack_after_another_event_between_stays(claims_of, find):
    text = (
        "A car bomb destroyed the city's main synagogue in 1994. A fire then broke out "
        "in the crash of a second car. This attack remains unsolved."
    )
    c = find(claims_of(text), "unsolved")
    assert "synagogue" not in c.text


def test_these_funds_are_not_what_they_buy(claims_of, find):
    text = (
        "The United States has provided $185 million in aid. This aid includes food, "
        "tents and medicine. These funds are delivered by partners on the ground."
    )
    c = find(claims_of(text), "partners on the ground")
    assert "food" not in c.text and "tents" not in c.text


def test_this_denied_is_the_claim_before(claims_of, find):
    text = (
        "The union said the company had cut wages by 10 percent. "
        "The company's chief executive denied this."
    )
    c = find(claims_of(text), "denied")
    assert c.text == (
        "The company's chief executive denied that the company had cut wages by 10 percent."
    )


def test_this_regretted_keeps_a_possessive_its_subject_binds(claims_of, find):
    text = (
        "Canada's minister said Canada would keep its tariffs until next year. "
        "Mexico's minister said she regretted this."
    )
    c = find(claims_of(text), "regretted")
    assert c.text.endswith("regretted that Canada would keep its tariffs until next year.")


def test_this_denied_after_a_claim_with_its_own_pronoun_stays(claims_of, find):
    """ "He said he had warned him": who warned whom is not sure; "this" stays."""
    text = (
        "The two mayors met on Friday. Adams said he had warned him twice in writing. "
        "Carter denied this."
    )
    c = find(claims_of(text), "denied")
    assert c.text == "Carter denied this."
