"""The owner in the subject of what an "it" said ("It said its forces ...") is the party
that "it" was resolved to as the speaker; not when a thing named in between may own it
("It says the reservoir will ... and that its turbines ...")."""


def test_it_gives_its_to_the_party_that_it_said_was(claims_of, find):
    text = "The ministry rejected the report. It said its forces had not fired on protesters."
    claim = find(claims_of(text), "fired")
    assert claim.text == "The ministry’s forces had not fired on protesters."
    assert claim.speaker == "The ministry"


def test_it_looks_past_a_date_in_between(claims_of, find):
    text = (
        "The union rejected the offer. It said on Monday that its members would strike "
        "from next week."
    )
    claim = find(claims_of(text), "strike")
    assert claim.text.startswith("The union’s members would strike"), claim.text


def test_it_leaves_its_after_a_thing_named_in_between(claims_of, find):
    text = (
        "The water authority is building the dam. It says the reservoir will supply two "
        "million people and that its turbines will generate 300 megawatts."
    )
    claim = find(claims_of(text), "turbines")
    assert "authority’s turbines" not in claim.text, claim.text
