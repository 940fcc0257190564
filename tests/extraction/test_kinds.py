"""Claim kinds and hedges."""


def test_it_types_a_number_in_the_article_voice_as_statistic(claims_of, find):
    assert (
        find(claims_of("Unemployment rose to 7 percent in June."), "unemployment").kind
        == "statistic"
    )


def test_it_types_a_plain_article_statement_as_fact(claims_of, find):
    assert find(claims_of("The bridge was closed after the earthquake."), "bridge").kind == "fact"


def test_it_types_confirm_as_confirmation(claims_of, find):
    assert (
        find(claims_of("The club confirmed that the coach has resigned."), "coach").kind
        == "confirmation"
    )


def test_it_types_deny_as_denial(claims_of, find):
    assert find(claims_of("The minister denied any wrongdoing."), "wrongdoing").kind == "denial"


def test_it_types_insisting_on_a_negation_as_denial(claims_of, find):
    c = find(claims_of("The company insists it was not aware of the leak."), "leak")
    assert c.kind == "denial"


def test_it_types_will_statements_as_commitment(claims_of, find):
    c = find(claims_of("The government said it will build 10,000 homes."), "homes")
    assert c.kind == "commitment"


def test_it_types_hedged_speculation_as_opinion(claims_of, find):
    c = find(claims_of("The drought will likely push food prices higher."), "drought")
    assert c.kind == "opinion"
    assert c.hedge == "likely"


def test_it_flags_reportedly_as_a_hedge_and_a_claim(claims_of, find):
    c = find(claims_of("The senator reportedly met the lobbyists twice."), "lobbyists")
    assert c.hedged and c.hedge == "reportedly"
    assert c.kind == "claim"


def test_it_flags_allegedly_as_a_hedge(claims_of, find):
    assert find(claims_of("The suspect allegedly stole the paintings."), "paintings").hedged


def test_it_scores_commitments_below_statistics_for_checkworthiness(claims_of, find):
    claims = claims_of(
        "Exports fell by 12 percent last year. The minister said exports will recover."
    )
    assert find(claims, "12 percent").checkworthiness >= 0.5
    assert find(claims, "recover").checkworthiness < 0.5


def test_it_does_not_take_committed_crimes_for_a_commitment(claims_of, find):
    c = find(claims_of("Investigators said the guards committed serious abuses."), "abuses")
    assert c.kind == "claim"


def test_it_takes_committed_to_as_a_commitment(claims_of, find):
    assert (
        find(claims_of("The board is committed to cutting emissions by 2030."), "emissions").kind
        == "commitment"
    )


def test_it_does_not_take_a_plain_future_fact_for_a_commitment(claims_of, find):
    c = find(claims_of("This permit will be valid for three years."), "permit")
    assert c.kind != "commitment"


def test_it_does_not_take_a_forecast_about_things_for_a_commitment(claims_of, find):
    c = find(claims_of("The new tunnel would also have a wider bore."), "tunnel")
    assert c.kind == "fact"


def test_it_keeps_a_named_actor_promising_an_action_as_commitment(claims_of, find):
    assert (
        find(claims_of("The ministry will reopen the road next week."), "reopen").kind
        == "commitment"
    )
    assert find(claims_of("We will rebuild every school."), "rebuild").kind == "commitment"


def test_it_types_an_obligation_laid_on_a_thing_as_opinion(claims_of, find):
    c = find(claims_of("That inquiry must be fast and transparent."), "inquiry")
    assert c.kind == "opinion"
