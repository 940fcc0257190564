"""Numbers found in claims."""


def values(c):
    return [q["value"] for q in c.quantities]


def test_it_reads_a_pair_of_as_two(claims_of, find):
    assert 2 in values(
        find(claims_of("Rescuers found a pair of survivors in the rubble."), "survivors")
    )


def test_it_reads_number_words(claims_of, find):
    assert 5 in values(find(claims_of("Five ships left the harbour."), "ships"))


def test_it_reads_digits_with_thousands_separators(claims_of, find):
    assert 12500 in values(find(claims_of("The festival drew 12,500 visitors."), "festival"))


def test_it_marks_approximately_as_approximate(claims_of, find):
    q = find(claims_of("The plant employs approximately 900 workers."), "plant").quantities
    assert q[0]["value"] == 900 and q[0]["approximate"] is True


def test_it_reads_durations_with_their_unit(claims_of, find):
    q = find(claims_of("Power was cut for 24 hours in the district."), "power").quantities
    assert {"value": 24, "unit": "hour"}.items() <= q[0].items()


def test_it_ignores_years_and_dates(claims_of, find):
    c = find(claims_of("The treaty was signed on 4 June 1998."), "treaty")
    assert values(c) == []
    assert c.kind == "fact"


def test_it_joins_hyphenated_number_words(claims_of, find):
    assert values(find(claims_of("Thirty-four miners were rescued."), "miners")) == [34]


def test_it_scales_millions_and_reads_currency(claims_of, find):
    q = find(claims_of("The city received $4 million in aid."), "aid").quantities
    assert q[0]["value"] == 4_000_000 and q[0]["unit"] == "USD"


def test_it_ignores_law_numbers_and_phone_numbers(claims_of, find):
    c = find(
        claims_of("Callers should dial the phone number 112 under Public Law 93-148."), "callers"
    )
    assert values(c) == []
