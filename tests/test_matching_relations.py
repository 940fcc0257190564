"""claims.matching.relations: typed, directed relations between two claims,
on sentences written for these tests (no article of the corpus)."""

from claims.matching.relations import (
    CONFIRMS,
    CONTRADICTS,
    REPEATS,
    ClaimFacts,
    article_setting,
    country_of,
    date_conflict,
    dates,
    denial,
    negated,
    number_conflict,
    place_conflict,
    places,
    relate,
    setting_conflict,
    suggested,
)

CLAIM = ClaimFacts(
    "A militia said its drones attacked the Harbor Point base in Somalia on Tuesday.",
    kind="claim",
    order=(1,),
)


def test_it_reads_places_with_their_qualifier_and_skips_months():
    assert places("Separately in northern Iraq, forces engaged a drone.") == {"iraq": "northern"}
    assert places("It happened in March near Gao.") == {"gao": ""}
    assert places("They met at the invitation of the government.") == {}


def test_it_sees_opposite_qualifiers_and_other_places_as_a_conflict():
    assert place_conflict("in northern Iraq", "in western Iraq")
    assert place_conflict("troops in Somalia", "troops in Kenya")
    assert not place_conflict("troops in Iraq", "troops in western Iraq")
    assert not place_conflict("the garrison in Syria", "the al-Tanf garrison in Syria")
    assert not place_conflict("troops in Somalia", "the troops were attacked")


def test_it_compares_named_days_and_dates():
    assert dates("on 7 October 2023 and on Monday") == {"7 oct", "2023", "monday"}
    assert dates("on October 7") == {"7 oct"}
    assert date_conflict("on Tuesday", "on Friday")
    assert not date_conflict("on Wednesday and Thursday", "on Thursday")
    assert not date_conflict("last week", "on Friday")


def test_it_compares_numbers_of_the_same_unit_only():
    five = ClaimFacts("x", quantities=({"value": 5, "unit": "soldier"},))
    two = ClaimFacts("x", quantities=({"value": 2, "unit": "soldier"},))
    drones = ClaimFacts("x", quantities=({"value": 2, "unit": "drone"},))
    assert number_conflict(five, two) == "5 / 2 soldier"
    assert not number_conflict(five, drones)
    assert not number_conflict(two, two)


def test_it_recognises_negation_denial_and_could_not_confirm():
    assert negated("The strike wasn't ordered by the army.")
    assert negated("No soldiers were hurt.")
    assert not negated("Soldiers were hurt.")
    assert denial(ClaimFacts("Iran was involved.", kind="denial")) == "denial"
    assert denial(ClaimFacts("The army could not confirm the attack.")) == "could not confirm"
    assert denial(ClaimFacts("The report is true.", cue="rejected")) == "denial"
    assert denial(ClaimFacts("The base was attacked.", kind="confirmation")) == ""


def test_it_points_a_denial_at_the_claim_it_contradicts():
    denied = ClaimFacts(
        "Somali officials denied that any drone attack took place at the base.",
        kind="denial",
        order=(2,),
    )
    typed = relate(CLAIM, denied, similarity=0.68, same_party=False)
    assert typed.relation == CONTRADICTS and typed.forward is False
    typed = relate(denied, CLAIM, similarity=0.68, same_party=False)
    assert typed.relation == CONTRADICTS and typed.forward is True


def test_it_treats_could_not_confirm_as_contradicting():
    unsure = ClaimFacts("The army could not confirm that the base had been attacked.", order=(2,))
    typed = relate(CLAIM, unsure, similarity=0.46, same_party=False)
    assert (typed.relation, typed.forward, typed.reasons) == (
        CONTRADICTS,
        False,
        ["could not confirm"],
    )


def test_it_makes_another_party_on_the_same_event_a_confirmation_pointing_at_the_claim():
    other = ClaimFacts(
        "The defence ministry said the Harbor Point base in Somalia was struck "
        "by drones on Tuesday.",
        kind="confirmation",
        order=(0,),
    )
    typed = relate(CLAIM, other, similarity=0.76, same_party=False)
    assert typed.relation == CONFIRMS and typed.forward is False
    plain = ClaimFacts(other.text, kind="claim", order=(3,))
    typed = relate(CLAIM, plain, similarity=0.76, same_party=False)
    assert typed.relation == CONFIRMS and typed.forward is False  # the later bears on the earlier


def test_it_makes_the_same_party_saying_it_again_a_repeat():
    again = ClaimFacts("Our drones struck the Harbor Point base on Tuesday.", order=(5,))
    typed = relate(CLAIM, again, similarity=0.7, same_party=True)
    assert typed.relation == REPEATS and typed.forward is False


def test_it_suggests_nothing_for_another_place_or_day():
    kenya = ClaimFacts("Drones attacked an army depot in Kenya on Friday.")
    assert relate(CLAIM, kenya, similarity=0.65, same_party=False) is None
    northern = ClaimFacts("In northern Iraq, U.S. forces engaged a drone.")
    western = ClaimFacts("In western Iraq, U.S. forces engaged a drone.")
    assert relate(northern, western, similarity=0.8, same_party=True) is None


def test_it_calls_a_near_identical_account_with_another_day_a_contradiction():
    friday = ClaimFacts(
        "A militia said its drones attacked the Harbor Point base in Somalia on Friday.", order=(4,)
    )
    typed = relate(CLAIM, friday, similarity=0.95, same_party=False)
    assert typed.relation == CONTRADICTS and "tuesday" in typed.reasons[0]


def test_it_contradicts_on_numbers_and_on_negation():
    five = ClaimFacts(
        "Five soldiers were killed in the ambush near Gao.",
        quantities=({"value": 5, "unit": "soldier"},),
        order=(1,),
    )
    two = ClaimFacts(
        "Two soldiers were killed in the ambush near Gao.",
        quantities=({"value": 2, "unit": "soldier"},),
        order=(2,),
    )
    typed = relate(five, two, similarity=0.82, same_party=False)
    assert typed.relation == CONTRADICTS and typed.forward is False
    none = ClaimFacts("No soldiers were killed in the ambush near Gao.", order=(2,))
    some = ClaimFacts("Soldiers were killed in the ambush near Gao.", order=(1,))
    assert relate(none, some, similarity=0.8, same_party=False).relation == CONTRADICTS


def test_it_suggests_nothing_below_the_similarity_threshold():
    assert (
        relate(
            CLAIM,
            ClaimFacts("The council approved a library budget."),
            similarity=0.05,
            same_party=False,
        )
        is None
    )
    assert (
        relate(CLAIM, ClaimFacts("Militia drones hit a base."), similarity=0.5, same_party=False)
        is None
    )


def test_a_denial_pairs_at_a_lower_similarity_than_a_confirmation():
    denied = ClaimFacts("The army denied that any base was hit.", kind="denial")
    assert relate(CLAIM, denied, similarity=0.5, same_party=False).relation == CONTRADICTS
    assert relate(CLAIM, denied, similarity=0.3, same_party=False) is None


def test_a_suggestion_needs_a_shared_word_and_not_one_partys_neighbouring_statement():
    other = ClaimFacts("Unmanned aircraft struck a coastal camp.")
    assert suggested(CLAIM, other, similarity=0.7, same_party=False, same_article=False) is None
    assert suggested(CLAIM, other, similarity=0.8, same_party=False, same_article=False)
    part = ClaimFacts("Its drones attacked the Harbor Point base twice.")
    assert suggested(CLAIM, part, similarity=0.7, same_party=True, same_article=True) is None
    assert suggested(CLAIM, part, similarity=0.7, same_party=True, same_article=False)


# Places inside names, countries implied by known places (sentences written for these tests).

GARRISON = ClaimFacts(
    "The Sons of Anbar in Iraq said their drones struck the al-Tanf garrison on Sunday.",
    entities=({"text": "The Sons of Anbar in Iraq", "label": "ORG"}, ("al-Tanf", "GPE")),
    order=(1,),
)


def test_a_place_inside_an_organisations_name_is_not_where_it_happened():
    assert places(GARRISON.text, GARRISON.entities) == {"al-tanf": ""}
    # the same without the extractor's entities: a capitalised name running into "in Iraq"
    assert places("The Northern Shield Brigade in Iraq said it attacked a convoy.") == {}
    # a single word before the locative is not taken for a name
    assert places("Separately in northern Iraq, a convoy was attacked.") == {"iraq": "northern"}


def test_a_known_place_implies_its_country():
    assert country_of("al-tanf") == "syria" and country_of("erbil") == "iraq"
    assert country_of("ain al-asad air base") == "iraq"
    assert country_of("harbor point") is None
    assert places("Rockets hit the Erbil airport.") == {"erbil": ""}
    # a capital stands for its government unless it follows a locative
    assert places("Washington warned Tehran about the strike.") == {}
    assert places("A car bomb exploded in Damascus.") == {"damascus": ""}


def test_names_modifying_a_noun_and_nationalities_are_not_places():
    assert places("Drones flew near U.S. forces in Iraq.") == {"iraq": ""}
    assert (
        places(
            "The camp near the Jordanian and Iraqi borders was shelled.",
            [("Jordanian", "NORP"), ("Iraqi", "NORP")],
        )
        == {}
    )


def test_a_place_in_another_country_is_another_event():
    iraq = ClaimFacts("In western Iraq, coalition forces shot down two drones.", order=(2,))
    assert place_conflict(GARRISON.text, iraq.text, GARRISON.entities) == "syria / iraq"
    assert relate(GARRISON, iraq, similarity=0.72, same_party=False) is None
    # without its entities the organisation's "in Iraq" is still recognised as a name
    bare = ClaimFacts(GARRISON.text, order=(1,))
    assert relate(bare, iraq, similarity=0.72, same_party=False) is None


def test_two_known_towns_of_one_country_are_two_events():
    erbil = ClaimFacts("A rocket struck the airport in Erbil on Monday.")
    kirkuk = ClaimFacts("A rocket struck the airport in Kirkuk on Monday.")
    assert place_conflict(erbil.text, kirkuk.text) == "erbil / kirkuk"
    assert relate(erbil, kirkuk, similarity=0.8, same_party=False) is None


def test_the_same_place_by_its_country_or_another_spelling_still_matches():
    syria = ClaimFacts(
        "U.S. officials said the garrison at Tanf in southern Syria came under drone attack.",
        kind="confirmation",
        order=(3,),
    )
    assert not place_conflict(GARRISON.text, syria.text, GARRISON.entities)
    typed = relate(GARRISON, syria, similarity=0.74, same_party=False)
    assert typed.relation == CONFIRMS and typed.forward is False
    # a country named by a known place of it on one side and by name on the other
    assert not place_conflict("Drones hit a base in Syria.", "Drones hit the al-Tanf base.")


def test_a_denial_naming_no_place_still_contradicts_the_placed_claim():
    denied = ClaimFacts(
        "Tehran denied any role in the drone attack on the garrison.", kind="denial", order=(4,)
    )
    typed = relate(GARRISON, denied, similarity=0.55, same_party=False)
    assert typed.relation == CONTRADICTS and typed.forward is False


# A claim naming no place is where its article is (sentences written for these tests).


def test_a_country_named_after_a_place_with_a_comma_is_a_place():
    assert places("Floods hit villages near Tamsara, Morocco.") == {"tamsara": "", "morocco": ""}
    # only a country: "in Tamsara, Ahmed Ould said" names no second place
    assert places("In Tamsara, Ahmed Ould said the road was closed.") == {"tamsara": ""}


def test_an_articles_setting_is_the_countries_its_text_places_things_in():
    text = "Storm floods a port in southern Chile\nThe storm reached Valdivia, Chile, on Monday."
    assert article_setting(text) == {"chile"}
    # where it says things happened, not the governments it names besides
    text = "Washington warned Tehran over the strike.\nShells hit a port in Yemen on Monday."
    assert article_setting(text) == {"yemen"}
    # an organisation named after a place is not where anything happened
    assert article_setting("The Sons of Anbar in Iraq spoke.") == set()


# An article that says nowhere where things happened has no setting: the countries it
# names, its nationalities and its dateline say who speaks or where the reporter was.


def test_a_dateline_does_not_place_an_article():
    assert article_setting("WASHINGTON (AP) — The Pentagon confirmed the drone strike.") == set()
    assert article_setting("BEIRUT, March 3 (Reuters) - Talks stalled on Friday.") == set()
    # what the article says happened still counts
    text = "WASHINGTON (AP) — Drones struck a base in Somalia, the Pentagon said."
    assert article_setting(text) == {"somalia"}


def test_a_government_or_nationality_that_speaks_does_not_place_an_article():
    assert article_setting("Iranian officials denied any role in the attack.") == set()
    assert article_setting("Kyiv said the talks would resume.") == set()
    assert article_setting("Tehran denied arming the militia.") == set()


def test_a_capital_after_a_locative_is_a_place():
    assert article_setting("Protests in Quito turned violent on Monday.") == {"ecuador"}
    assert article_setting("Talks were held in Vienna.") == {"austria"}


def test_claims_without_places_of_their_own_from_articles_in_other_countries_are_not_linked():
    group = ClaimFacts("The group claimed responsibility for the bombing.", setting={"pakistan"})
    other = ClaimFacts("A militia claimed responsibility for the bombing.", setting={"somalia"})
    assert setting_conflict(group, other) == "pakistan / somalia (by the articles)"
    assert relate(group, other, similarity=0.9, same_party=False) is None
    # the same claims set in one country, or with an article of unknown setting: linked
    here = ClaimFacts(other.text, setting={"pakistan", "afghanistan"})
    assert relate(group, here, similarity=0.9, same_party=False).relation == CONFIRMS
    unknown = ClaimFacts(other.text)
    assert relate(group, unknown, similarity=0.9, same_party=False).relation == CONFIRMS


def test_a_claims_own_place_counts_before_its_articles_setting():
    own = ClaimFacts("Drones struck the Harbor Point base in Somalia.", setting={"kenya"})
    vague = ClaimFacts("Drones struck the base, the army said.", setting={"somalia"})
    assert relate(own, vague, similarity=0.8, same_party=False).relation == CONFIRMS
    elsewhere = ClaimFacts("Drones struck the base, the army said.", setting={"kenya", "sudan"})
    assert relate(own, elsewhere, similarity=0.8, same_party=False) is None
    # two claims naming places of their own are compared by those (place_conflict)
    both = ClaimFacts("Drones struck a base in Somalia.", setting={"kenya"})
    assert setting_conflict(own, both) == ""


def test_the_articles_setting_never_makes_a_contradiction():
    # identical words from articles set in two countries: two events, not one misplaced
    a = ClaimFacts("Turnout was 61 percent.", setting={"chile"})
    b = ClaimFacts("Turnout was 61 percent.", setting={"peru"})
    assert relate(a, b, similarity=1.0, same_party=False) is None


def test_one_party_placing_or_dating_its_statements_differently_reports_two_events():
    monday = ClaimFacts("Shells hit the Orchard market in Tamsara, Chile, on Monday.", order=(1,))
    friday = ClaimFacts("Shells hit the Orchard market in Tamsara, Chile, on Friday.", order=(2,))
    assert relate(monday, friday, similarity=0.97, same_party=True) is None
    # two parties: one account, misdated by one of them
    typed = relate(monday, friday, similarity=0.97, same_party=False)
    assert typed.relation == CONTRADICTS and "friday" in typed.reasons[0]


def test_a_place_or_date_mismatch_below_near_identical_wording_is_another_event():
    one = ClaimFacts("Shells hit a market in Tamsara on Monday, killing four people.")
    other = ClaimFacts("Shells hit a market in Tamsara on Friday, killing nine people.")
    assert relate(one, other, similarity=0.9, same_party=False) is None
