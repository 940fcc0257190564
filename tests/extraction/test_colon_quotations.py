"""A colon that opens a quotation gives who speaks it: the subject of the clause
before the colon when it can speak ("The sheriff was blunt: “...”", "Alvarez put it
this way: “...”"), or a person's bare name, as live blogs and recaps set out turns
("Hollis: “...”"). The quotation is that speaker's to its end."""


def test_a_speaking_subject_before_a_colon_speaks_the_quotation(claims_of, find):
    for text, words, who in (
        (
            "Sheriff Dana Whitcomb was blunt: “We cannot staff the night shift. "
            "That is the whole problem.”",
            ("staff the night shift",),
            "Whitcomb",
        ),
        (
            "Union president Marco Alvarez put it this way: “The contract pays less than "
            "the county next door.”",
            ("pays less",),
            "Alvarez",
        ),
        (
            "The hospital association had a different take: “Rural clinics will close "
            "within a year.”",
            ("Rural clinics will close",),
            "hospital association",
        ),
    ):
        c = find(claims_of(text), *words)
        assert c.speaker and who in c.speaker, (text, c.speaker)


def test_the_quotation_after_the_colon_stays_the_speakers_to_its_end(claims_of, find):
    claims = claims_of(
        "Councilwoman Irene Basso was direct: “The bridge is unsafe. "
        "Nobody should drive on it until the inspection is done.”"
    )
    assert "Basso" in find(claims, "bridge is unsafe").speaker
    assert "Basso" in find(claims, "inspection is done").speaker


def test_a_bare_name_before_a_colon_is_a_turn_of_the_person_named_before(claims_of, find):
    claims = claims_of(
        "The forum pitted Mayor Lena Hollis against challenger Omar Teague.\n\n"
        "Closing remarks came last. Hollis: “I fixed the roads I promised to fix.” "
        "Teague: “The roads are the only thing she fixed.”"
    )
    assert "Hollis" in find(claims, "fixed the roads I promised").speaker
    assert "Teague" in find(claims, "only thing she fixed").speaker


def test_a_colon_without_a_speaker_before_it_gives_none(claims_of, find):
    claims = claims_of(
        "The sign on the door read: “Closed until further notice.”\n\n"
        "The agenda had one item: the budget would be cut by a tenth.\n\n"
        "Result: “The council voted 5-2.”"
    )
    assert find(claims, "budget would be cut").speaker is None
    for c in claims:
        assert c.speaker is None, (c.text, c.speaker)


def test_a_name_before_a_colon_that_is_no_person_named_before_is_no_turn(claims_of, find):
    claims = claims_of(
        "Voters in three counties went to the polls on Tuesday.\n\n"
        "Denver: “Turnout was heavy all morning,” according to the clerk's office."
    )
    c = find(claims, "Turnout was heavy")
    assert c.speaker is None or "clerk" in c.speaker
