"""A description of a body ("the company", "the agency", "the ministry") never stands for a
party of people named by a common noun ("Analysts", "Residents") or a person: it passes
over them to the next body of its kind, or stays a party of its own."""


def _party_of(claims, *words):
    for c in claims:
        if all(w.lower() in c.text.lower() for w in words):
            return next((p for p in claims.speakers if p.id == c.speaker_id), None)
    raise AssertionError(f"no claim with {words!r}: {[c.text for c in claims]!r}")


def test_the_company_passes_over_analysts_to_the_company_named_before(claims_of):
    text = (
        "Miner Loses Copper Permit\n\n"
        "Harlow Mining said on Monday that the government had cancelled its copper permit. "
        "Analysts say the decision could scare off other investors. "
        "The company said it would appeal the ruling in court."
    )
    claims = claims_of(text)
    analysts = _party_of(claims, "scare off")
    company = _party_of(claims, "appeal")
    assert analysts is not None and company is not None
    assert company.id != analysts.id
    assert company.name == "Harlow Mining"


def test_the_agency_is_not_the_residents_who_spoke_before_it(claims_of):
    text = (
        "Clinic Runs Short of Vaccines\n\n"
        "Residents said the clinic in the valley had turned families away for a week. "
        "The agency said new supplies would arrive on Friday."
    )
    claims = claims_of(text)
    residents = _party_of(claims, "turned families away")
    agency = _party_of(claims, "new supplies")
    assert residents is not None and agency is not None
    assert agency.id != residents.id
    assert agency.name.lower() != "residents"


def test_the_ministry_is_not_the_local_witnesses(claims_of):
    text = (
        "Blast Hits Market\n\n"
        "Local witnesses said the blast shattered windows across the square. "
        "The ministry said three people were hurt."
    )
    claims = claims_of(text)
    witnesses = _party_of(claims, "shattered windows")
    ministry = _party_of(claims, "three people were hurt")
    assert witnesses is not None and ministry is not None
    assert ministry.id != witnesses.id


def test_the_group_passes_over_analysts_quoted_between_to_the_brigades(claims_of):
    # "the group" reaches over the analysts quoted in between to the armed group
    text = (
        "Militants Claim Attack\n\n"
        "The Jund Brigades claimed the attack on the depot on Sunday. "
        "Analysts said the attack showed the militants could still strike the capital. "
        "The group said it would carry out more attacks."
    )
    claims = claims_of(text)
    group = _party_of(claims, "more attacks")
    analysts = _party_of(claims, "still strike")
    assert group is not None and analysts is not None
    assert group.id != analysts.id
    assert group.name == "Jund Brigades"


def test_a_body_whose_name_holds_a_people_noun_is_still_a_body(claims_of):
    # "Doctors Without Borders" names a body: "the group" joins it
    text = (
        "Aid Group Opens Field Hospital\n\n"
        "Doctors Without Borders said on Tuesday that it had opened a field hospital near "
        "the border. The group said the hospital could treat 200 patients a day."
    )
    claims = claims_of(text)
    first = _party_of(claims, "field hospital")
    group = _party_of(claims, "200 patients")
    assert first is not None and group is not None
    assert group.id == first.id


def test_the_company_stays_its_own_party_when_only_people_spoke_before(claims_of):
    text = (
        "Plant Closure Hits Town\n\n"
        "Workers said the plant had stopped paying overtime in March. "
        "Economists said the closure would cost the town 400 jobs. "
        "The company said it had no choice."
    )
    claims = claims_of(text)
    company = _party_of(claims, "no choice")
    assert company is not None
    others = {_party_of(claims, "overtime").id, _party_of(claims, "400 jobs").id}
    assert company.id not in others


def test_a_group_introduced_unnamed_is_not_the_people_named_after_it(claims_of):
    # "A little-known armed group" introduces a name that may follow, but "Farmers" are
    # people, not that group; its "It said" is the same party as its first claim
    text = (
        "Group Claims Pipeline Blast\n\n"
        "A little-known armed group claimed responsibility for the pipeline blast in a "
        "statement. It said the attack was a warning to the oil companies.\n\n"
        "Farmers near the pipeline said the spill had ruined their fields."
    )
    claims = claims_of(text)
    first = _party_of(claims, "responsibility for the pipeline")
    second = _party_of(claims, "warning to the oil companies")
    farmers = _party_of(claims, "ruined")
    assert first is not None and second is not None and farmers is not None
    assert first.id == second.id
    assert first.id != farmers.id


# ---- "The agency said it ...": the claim names the body only when the join is sure ----


def test_it_of_the_agency_reads_as_the_one_body_named_just_before(claims_of, find):
    text = (
        "Drought Empties Granaries\n\n"
        "Rains failed across the south this year. The World Food Programme began trucking "
        "sorghum to the worst-hit villages on Monday. The agency said it had enough grain "
        "for two months."
    )
    claims = claims_of(text)
    assert find(claims, "enough grain").text.startswith("The World Food Programme had enough")
    assert _party_of(claims, "enough grain").name == "World Food Programme"


def test_it_of_the_agency_stays_the_agency_when_a_government_spoke_too(claims_of, find):
    # two bodies an agency could be: the join may hold, the claim does not name one
    text = (
        "Drought Empties Granaries\n\n"
        "The government declared a food emergency on Tuesday. The World Food Programme "
        "began trucking sorghum to the worst-hit villages. The agency said it had enough "
        "grain for two months."
    )
    claims = claims_of(text)
    assert find(claims, "enough grain").text.startswith("The agency had enough")


def test_it_of_the_company_stays_the_company_after_a_name_that_tells_nothing(claims_of, find):
    # "Orano" says nothing of being a company: the nearest name, never written in
    text = (
        "Miner Loses Licence\n\n"
        "Orano said on Friday that the junta had revoked its licence. "
        "The company said it would challenge the decision in court."
    )
    claims = claims_of(text)
    assert find(claims, "challenge the decision").text.startswith("The company would")


def test_it_of_the_agency_stays_the_agency_a_paragraph_away_from_the_name(claims_of, find):
    text = (
        "Drought Empties Granaries\n\n"
        "The World Food Programme began trucking sorghum to the worst-hit villages on "
        "Monday.\n\n"
        "Prices of grain in the markets doubled over the week. The agency said it had "
        "enough grain for two months."
    )
    claims = claims_of(text)
    assert find(claims, "enough grain").text.startswith("The agency had enough")


def test_it_of_the_agency_stays_the_agency_with_an_acronym_named_between(claims_of, find):
    # another body ("ZAMFA") between the name and the description, seen or not
    text = (
        "Drought Empties Granaries\n\n"
        "The World Food Programme began trucking sorghum to the worst-hit villages. "
        "ZAMFA shipped seed to the farms on Monday. The agency said it had enough grain "
        "for two months."
    )
    claims = claims_of(text)
    assert find(claims, "enough grain").text.startswith("The agency had enough")
