"""A person a campaign story names once and then calls by what they are ("the
challenger", "the incumbent"): the description speaks as that person when the text set
the noun beside the name, and a possessive after such a subject is the subject's."""


def test_the_description_set_beside_a_name_speaks_as_that_person(claims_of, find, party_of):
    for text in (
        "Mayor Ellen Park and her challenger, businessman Victor Hale, debated on Tuesday. "
        "“The budget is a mess,” the challenger said.",
        "Mayor Ellen Park faced challenger Victor Hale on Tuesday. "
        "“The budget is a mess,” the challenger said.",
        "Victor Hale, the challenger, debated Mayor Ellen Park on Tuesday. "
        "“The budget is a mess,” the challenger said.",
    ):
        claims = claims_of(text)
        c = find(claims, "budget is a mess")
        assert party_of(claims, c) == "Victor Hale", text


def test_a_description_set_beside_two_names_or_none_joins_no_one(claims_of, find, party_of):
    claims = claims_of(
        "Challenger Victor Hale and challenger Rosa Lind debated Mayor Ellen Park. "
        "“The budget is a mess,” the challenger said."
    )
    c = find(claims, "budget is a mess")
    assert party_of(claims, c) not in ("Victor Hale", "Rosa Lind")
    claims = claims_of(
        "Mayor Ellen Park debated Victor Hale on Tuesday. “The budget is a mess,” the moderator said."
    )
    c = find(claims, "budget is a mess")
    assert party_of(claims, c) not in ("Victor Hale", "Ellen Park")


def test_a_possessive_after_a_campaign_role_subject_is_the_subjects(claims_of, find):
    claims = claims_of(
        "Supervisor Karen Wells and her challenger, rancher Beth Dominguez, met on Thursday. "
        "The incumbent defended her record on groundwater."
    )
    c = find(claims, "defended")
    assert "Dominguez" not in c.text, c.text


def test_a_title_case_headline_sets_no_name_beside_a_description(claims_of, find, party_of):
    claims = claims_of(
        "Senator Rejects Calls to Quit Over Ethics Report\n\n"
        "The senator on Monday rejected calls to resign. "
        "The senator said the report was unfair."
    )
    c = find(claims, "report was unfair")
    assert "Rejects" not in party_of(claims, c)
