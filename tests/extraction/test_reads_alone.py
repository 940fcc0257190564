"""Claims that read on their own in government statements, fact sheets, letters to
Congress, press statements, news wires and science stories (rules-1.7): "they",
"it", "he"/"she", "them", demonstratives and a minister's "we" take the antecedent
the text makes sure of, and stay (less worth checking) where it does not.  All
sentences are written for these tests; the longer texts in ``texts/`` are written
in the same styles for benchmarks/dangling.py."""

from pathlib import Path

import pytest

from claims.extraction.checkworthiness import BASE
from claims.extraction.coref import is_expletive_it

TEXTS = Path(__file__).parent / "texts"


def _texts(claims):
    return [c.text for c in claims]


# --- "they" -----------------------------------------------------------------------------


def test_they_after_a_demonstrative_subject_with_a_known_noun(claims_of, find):
    text = (
        "The navy conducted strikes on radar sites. These strikes were a response to "
        "attacks on shipping. They were conducted at night."
    )
    assert find(claims_of(text), "at night").text == "The strikes were conducted at night."


def test_they_acted_on_takes_a_subject_acted_on(claims_of, find):
    text = "The warehouses were used to store grain. They were located near the port."
    c = find(claims_of(text), "near the port")
    assert c.text == "The warehouses were located near the port."


def test_they_that_acts_does_not_take_a_subject_acted_on(claims_of, find):
    text = "The warehouses were used to store grain. They supplied the whole province."
    assert find(claims_of(text), "whole province").text.startswith("They supplied")


def test_the_dead_do_not_compete_for_a_later_act(claims_of, find):
    text = "The storms killed 40 people in May. They destroyed two bridges in the north."
    c = find(claims_of(text), "bridges")
    assert c.text == "The storms destroyed two bridges in the north."


def test_also_goes_on_with_the_subject_before(claims_of, find):
    text = "Security forces arrested dozens of students. They also seized their phones."
    assert find(claims_of(text), "phones").text.startswith("Security forces also seized")
    # without "also" the students compete: no replacement
    text = "Security forces arrested dozens of students. They seized the phones on Monday."
    assert find(claims_of(text), "phones").text.startswith("They seized")


def test_an_object_inside_an_infinitive_does_not_block(claims_of, find):
    text = (
        "The strikes were timed to limit the risk of civilian casualties. "
        "They were carried out by drones."
    )
    c = find(claims_of(text), "drones")
    assert c.text == "The strikes were carried out by drones."


def test_a_possessive_subject_once_resolved_is_a_mention(claims_of, find):
    text = (
        "The militia was formed in 2015. Its fighters have attacked convoys and villages. "
        "They have also kidnapped aid workers."
    )
    c = find(claims_of(text), "kidnapped")
    assert c.text == "The militia’s fighters have also kidnapped aid workers."


def test_a_subject_that_does_not_act_may_stand_for_what_was_acted_on(claims_of, find):
    text = "The bombings were carried out by the group. They marked a turning point in the war."
    c = find(claims_of(text), "turning point")
    assert c.text == "The bombings marked a turning point in the war."


def test_them_in_a_partitive_subject(claims_of, find):
    text = (
        "Five officers led the raid on the building. "
        "One of them, the unit's deputy commander, fired the first shot."
    )
    c = find(claims_of(text), "first shot")
    assert c.text.startswith("One of five officers")


# --- "it" ---------------------------------------------------------------------------------


def test_it_with_an_acronym_in_brackets(claims_of, find):
    text = (
        "The World Food Programme (WFP) is delivering most of the aid. "
        "It has opened three warehouses in the region."
    )
    c = find(claims_of(text), "warehouses")
    assert c.text == "The World Food Programme has opened three warehouses in the region."


def test_it_is_able_to_is_not_an_expletive(nlp):
    doc = nlp("The drone lost a rotor. It is still able to fly. It is hard to say why.")
    its = [t for t in doc if t.lower_ == "it"]
    assert [is_expletive_it(t) for t in its] == [False, True]


def test_a_fronted_concession_sets_the_topic_of_a_reported_it(claims_of, find):
    text = (
        "Although the crash damaged the rover’s arm, the agency said it is still able "
        "to collect samples."
    )
    c = find(claims_of(text), "collect samples")
    assert c.text == "The rover is still able to collect samples."
    assert c.speaker == "the agency"


def test_it_reported_by_a_plural_speaker_is_what_they_acted_on(claims_of, find):
    text = (
        "Other economists praised the report. They said it adds to evidence that wages are rising."
    )
    c = find(claims_of(text), "adds to evidence")
    assert c.text.startswith("The report adds to evidence")


def test_it_said_to_be_an_attack_is_the_attack_named_before(claims_of, find):
    text = (
        "No group has claimed responsibility for the bombing. "
        "It was the fourth bombing in the city this year."
    )
    c = find(claims_of(text), "fourth bombing")
    assert c.text == "The bombing was the fourth bombing in the city this year."


# --- "he" and "she" ------------------------------------------------------------------


def test_she_after_an_unnamed_minister(claims_of, find):
    text = "The committee said the minister could resign. She said she would not."
    c = find(claims_of(text), "would not")
    assert c.text == "The minister would not resign."
    assert c.speaker == "the minister"


def test_he_after_an_unnamed_official_with_a_definite_title(claims_of, find):
    text = "The governor of the province visited the camp on Monday. He promised more tents."
    c = find(claims_of(text), "tents")
    assert c.text == "The governor of the province promised more tents."
    assert c.speaker == "the governor of the province"


def test_an_unnamed_person_in_a_persons_report_does_not_take_he(claims_of, find):
    text = "Ana Ortiz said the driver was tired. He then left the station."
    assert not find(claims_of(text), "left the station").text.startswith("The driver")


def test_he_after_an_appositive_title(claims_of, find):
    text = (
        "Five officers led the raid. One of them, the unit's deputy commander, fired "
        "first. He also ordered the arrests."
    )
    c = find(claims_of(text), "ordered the arrests")
    assert c.text == "The unit's deputy commander also ordered the arrests."


# --- demonstratives ---------------------------------------------------------------------


def test_a_shell_noun_takes_the_event_of_the_lead(claims_of, find):
    text = (
        "Today, the navy conducted strikes on two radar sites.\n\n"
        "The sites were used to target ships. Officials said no civilians were hurt. "
        "The navy has patrolled the area since May.\n\n"
        "These actions were taken in self-defense."
    )
    c = find(claims_of(text), "self-defense")
    assert c.text == "The strikes were taken in self-defense."


def test_that_attack_after_a_sentence_that_reports_it(claims_of, find):
    text = "On Monday, a car bomb struck a police station in the north. That attack killed six officers."
    c = find(claims_of(text), "six officers")
    assert c.text == "The attack on the police station in the north killed six officers."


def test_these_things_are_the_ones_acted_on_before(claims_of, find):
    text = (
        "Aircraft struck a fuel depot and a radar site near the coast. "
        "These targets were chosen by the navy."
    )
    c = find(claims_of(text), "chosen")
    assert c.text == "The fuel depot and the radar site were chosen by the navy."


def test_these_people_are_not_the_things_acted_on_before(claims_of, find):
    text = "Aircraft struck a fuel depot and a radar site. These soldiers were not hurt."
    assert find(claims_of(text), "not hurt").text.startswith("These soldiers")


def test_an_earlier_further_action_is_another_action(claims_of):
    text = (
        "The army said it would take further action if needed.\n\n"
        "The president approved this action on Monday."
    )
    assert not any("further action on Monday" in t for t in _texts(claims_of(text)))


def test_an_unresolved_pronoun_is_kept_and_marked_less_worth_checking(claims_of, find):
    text = "The team found dozens of tree stumps. They were preserved in ice."
    c = find(claims_of(text), "preserved")
    assert c.text.startswith("They were preserved")
    assert c.checkworthiness < BASE[c.kind] - 0.2


# --- "we" ---------------------------------------------------------------------------------


def test_a_spokesmans_we_takes_the_article_of_the_institution(claims_of, find):
    text = (
        "Kremlin spokesman Ivan Sokolov said the talks would resume. "
        '"We are ready to meet," he said.'
    )
    assert find(claims_of(text), "ready to meet").text == "The Kremlin is ready to meet."


def test_a_ministers_we_is_the_government(claims_of, find):
    text = (
        "Russia's foreign minister Sergei Petrov said the talks had failed. "
        '"We will respond," he said.'
    )
    assert find(claims_of(text), "respond").text == "Russia will respond."
    text = (
        'The health minister said an inquiry would report in May. "We will publish '
        'the findings," she said.'
    )
    c = find(claims_of(text), "publish")
    assert c.text == "The government will publish the findings."


def test_a_candidates_we_stays(claims_of, find):
    text = 'The senator said the campaign was going well. "We will win," she said.'
    assert find(claims_of(text), "win").text.startswith("We will win")


# --- the texts written in these styles ---------------------------------------------------


@pytest.mark.parametrize("path", sorted(TEXTS.glob("*.txt")), ids=lambda p: p.stem)
def test_the_style_texts_keep_their_claims(claims_of, path):
    """Every style text still gives claims (no claim is dropped to read better)."""
    assert len(claims_of(path.read_text(encoding="utf-8"))) >= 5


# --- an interrupted relative clause -----------------------------------------------------


def test_a_relative_clause_interrupted_by_an_aside_is_its_own_claim(claims_of, find):
    text = "The storm destroyed hundreds of boats that, in many cases, belonged to local fishermen."
    claims = claims_of(text)
    assert find(claims, "destroyed").text == "The storm destroyed hundreds of boats."
    assert find(claims, "belonged").text == "Hundreds of boats belonged to local fishermen."


def test_the_relative_clause_is_about_the_noun_its_verb_agrees_with(claims_of, find):
    text = (
        "The outage cut power to thousands of homes outside the capital that, among "
        "other things, rely on electric pumps."
    )
    c = find(claims_of(text), "rely on")
    assert c.text == "Thousands of homes outside the capital rely on electric pumps."


def test_who_is_about_a_person(claims_of, find):
    text = "Police questioned the driver of the truck, who had fled the scene."
    assert find(claims_of(text), "fled").text == "The driver of the truck had fled the scene."


def test_a_relative_clause_without_an_aside_stays_with_its_noun(claims_of):
    text = "The storm destroyed hundreds of boats that belonged to local fishermen."
    assert _texts(claims_of(text)) == [text]


# --- more from statements and wires ---------------------------------------------------


def test_an_acting_it_after_a_report_may_be_the_reporter_or_the_reported(claims_of, find):
    text = "The ministry said the company had broken the rules. It did not appeal the fine."
    assert find(claims_of(text), "appeal").text.startswith("It did not")


def test_giving_no_details_after_a_report_is_the_reporters_act(claims_of, find):
    # what a report leaves out is the reporter's to give (test_pronoun_referents.py)
    text = "The ministry said the company had broken the rules. It did not give details."
    assert find(claims_of(text), "details").text == "The ministry did not give details."


def test_an_it_acted_on_after_a_report_is_the_reported_thing(claims_of, find):
    text = (
        "The agency said the virus was first found in May. It has since been reported "
        "in four countries."
    )
    c = find(claims_of(text), "four countries")
    assert c.text == "The virus has since been reported in four countries."


def test_it_before_a_raising_verb_and_a_to_clause_is_referential(nlp):
    doc = nlp("The vaccine does not seem to cause fever. It seems that the trial worked.")
    its = [t for t in doc if t.lower_ == "it"]
    assert [is_expletive_it(t) for t in its] == [True]  # only "It seems that ..."


def test_an_it_speaker_is_not_a_plural_speaker_before(claims_of, find):
    text = (
        "Researchers say the drug is safe. The agency has asked hospitals to test it. "
        "It said the results should be ready in May."
    )
    c = find(claims_of(text), "ready in May")
    assert c.speaker.lower() == "the agency"


def test_a_noun_named_after_the_act_before(claims_of, find):
    text = "Police will investigate the shooting. That investigation must be quick."
    c = find(claims_of(text), "quick")
    assert c.text == "The investigation of the shooting must be quick."
    text = (
        "The commission has recommended that the mine be closed. This recommendation is "
        "based on two reports."
    )
    c = find(claims_of(text), "based on")
    # what was recommended comes with it (resolve._what_of)
    assert c.text == (
        "The commission’s recommendation that the mine be closed is based on two reports."
    )


def test_a_noun_for_acts_is_the_acts_of_the_subject_before(claims_of, find):
    text = (
        "The rebels have robbed shops and burned cars in the district. These crimes have "
        "forced dozens of families to leave."
    )
    c = find(claims_of(text), "forced")
    assert c.text.startswith("The rebels’ crimes have forced")


def test_they_after_the_deaths_of_people(claims_of, find):
    text = (
        "The minister mourned the deaths of three firefighters on Monday. They were "
        "fighting a fire in a warehouse."
    )
    c = find(claims_of(text), "warehouse")
    assert c.text == "The three firefighters were fighting a fire in a warehouse."


def test_this_is_the_nth_of_a_kind_named_before(claims_of, find):
    text = (
        "A new variant of the virus was found in Peru in June.\n\n"
        "This is the second new variant found this year."
    )
    c = find(claims_of(text), "second new variant")
    assert c.text.startswith("The new variant of the virus is the second")


def test_also_after_a_report_goes_on_with_the_account(claims_of, find):
    text = "Witnesses said the soldiers fired into the air. They also beat several people."
    c = find(claims_of(text), "beat")
    assert c.text == "The soldiers also beat several people."
    assert c.speaker == "Witnesses"


def test_they_after_an_inverted_copula(claims_of, find):
    text = (
        "A bomb exploded at a bus station, killing 12 people. Among the dead were three "
        "nurses from the city hospital. They had finished a night shift."
    )
    c = find(claims_of(text), "night shift")
    assert c.text.startswith("The three nurses")


def test_this_action_is_the_act_directed_before(claims_of, find):
    text = (
        "The governor ordered the evacuation of the coastal villages. This action "
        "saved hundreds of lives."
    )
    c = find(claims_of(text), "saved")
    assert c.text == "The evacuation of the coastal villages saved hundreds of lives."
    # after a light verb the shell noun stays ("took the evacuation" would not read)
    text = "The governor ordered the evacuation of the villages. She took this action alone."
    assert "this action" in find(claims_of(text), "alone").text


def test_a_noun_named_after_an_announcement_in_the_lead(claims_of, find):
    text = (
        "The ministry announced $20 million for flood relief.\n\n"
        "The money will go to farmers. It will be paid in June.\n\n"
        "This announcement follows a visit by the minister to the region."
    )
    c = find(claims_of(text), "follows")
    assert c.text.startswith("The ministry’s announcement of $20 million follows")


def test_these_people_are_the_counted_people_acted_on_before(claims_of, find):
    text = (
        "The government is sanctioning four officers of the border police. These "
        "individuals ordered the shooting of migrants."
    )
    c = find(claims_of(text), "shooting")
    assert c.text.startswith("The four officers of the border police ordered")
    # not a counted set of things for people
    text = "The army seized four trucks at the border. These individuals were arrested."
    assert find(claims_of(text), "arrested").text.startswith("These individuals")


def test_a_possessive_speaker_names_its_owner(claims_of, find):
    text = "The union was founded in 1990. Its leaders have rejected the new contract."
    c = find(claims_of(text), "contract")
    assert c.text.startswith("The union’s leaders")


def test_a_partitive_takes_the_set_of_people_named_before(claims_of, find):
    text = (
        "The camps host more than 50,000 displaced families. Many of them fled the "
        "fighting in the north. They often lack clean water."
    )
    claims = claims_of(text)
    assert find(claims, "fled").text.startswith("Many of the displaced families fled")
    assert find(claims, "clean water").text.startswith("The displaced families often lack")
    # a country is not a set of members
    text = "Chad and Niger border the region. Many of them are poor."
    assert not find(claims_of(text), "poor").text.startswith("Many of Chad")


def test_an_incident_named_some_sentences_back(claims_of, find):
    text = (
        "Police will investigate the shooting at the market.\n\n"
        "No one has been arrested.\n\n"
        "This is not an isolated incident."
    )
    c = find(claims_of(text), "isolated")
    assert c.text.startswith("The shooting at the market is not an isolated incident")


def test_each_engagement_keeps_its_place(claims_of):
    text = (
        "In the north, near Kirkuk, soldiers engaged two drones, destroying one and "
        "damaging the other, resulting in no injuries. In southern Iraq, soldiers engaged "
        "a drone, resulting in minor damage to a truck."
    )
    texts = _texts(claims_of(text))
    assert any(t.startswith("The engagement by soldiers in southern Iraq resulted") for t in texts)


def test_this_comes_after_is_the_event_reported_before(claims_of, find):
    text = (
        "Militants attacked a police post in the north on Monday. This comes a week "
        "after a similar raid."
    )
    c = find(claims_of(text), "a week after")
    assert c.text.startswith("The attack on the police post in the north comes")
    text = "The navy conducted strikes on radar sites. This comes after rebels fired missiles."
    c = find(claims_of(text), "rebels fired")
    assert c.text.startswith("The strikes on radar sites come after")
    # no act reported before: no act named, the clause before is joined whole
    c = find(claims_of("Prices rose sharply in May. This comes as wages stagnate."), "wages")
    assert c.text == "Prices rose sharply in May, which comes as wages stagnate."
    # two clauses before: which one came? it stays, less worth checking
    text = "Prices rose sharply in May and rents doubled. This comes as wages stagnate."
    c = find(claims_of(text), "wages")
    assert c.text.startswith("This comes") and c.checkworthiness < BASE[c.kind] - 0.2


# --- "I took this action": the act the same author ordered ---------------------------------


def test_took_this_action_is_the_act_the_same_author_ordered(claims_of, find):
    text = (
        "Dear Mr. Speaker:\n\nI ordered the evacuation of United States citizens from the "
        "capital.\n\nI took this action to protect American lives."
    )
    c = find(claims_of(text), "protect American lives")
    assert c.text == (
        "I ordered the evacuation of United States citizens from the capital to protect "
        "American lives."
    )


def test_took_this_action_stays_after_another_partys_act(claims_of, find):
    text = "The minister ordered the closure of the border crossing. I took this action to help."
    assert find(claims_of(text), "to help").text.startswith("I took this action")
    text = "I ordered the evacuation of the embassy. The rebels took this action as a provocation."
    assert find(claims_of(text), "provocation").text.startswith("The rebels took this action")


def test_this_military_action_is_the_attack_at_the_authors_direction(claims_of, find):
    text = (
        "Dear Mr. Speaker:\n\nOn June 1, at my direction, United States forces struck two "
        "radar sites in northern Yemen used by the rebels. No civilians were hurt.\n\n"
        "I directed this military action to protect our ships."
    )
    c = find(claims_of(text), "protect our ships")
    assert c.text == (
        "I directed the military action against two radar sites in northern Yemen to "
        "protect our ships."
    )


def test_this_military_action_stays_without_the_authors_direction(claims_of, find):
    text = (
        "Dear Mr. Speaker:\n\nOn June 1, United States forces struck two radar sites in "
        "northern Yemen. No civilians were hurt.\n\nI directed this military action to "
        "protect our ships."
    )
    assert find(claims_of(text), "protect our ships").text.startswith("I directed this")
