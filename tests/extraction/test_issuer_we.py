"""A statement's own "we" is its issuing body only when the text names that body
reliably: the proper name acting in the first sentence of the body, in the text's own
voice, with no first-person author ("I") anywhere outside quotations (issue #13).
All texts are written for these tests."""


def test_we_of_a_department_statement_is_the_department(claims_of, find):
    text = (
        "Designation of Smuggling Network Leaders\n\nPress Statement\n\n"
        "The Department of State is designating four leaders of a smuggling network. "
        "The network moved weapons across the border.\n\n"
        "We will continue to hold the network accountable. We stand with our partners."
    )
    claims = claims_of(text)
    c = find(claims, "accountable")
    assert c.text == "The Department of State will continue to hold the network accountable."
    assert find(claims, "partners").text == "The Department of State stands with its partners."


def test_we_of_a_fact_sheet_is_the_country_that_acts_in_it(claims_of, find):
    text = (
        "FACT SHEET: Aid for Flood Victims\n\n"
        "Today, the United States announced $30 million in new aid for flood victims. "
        "The aid includes food and tents.\n\n"
        "We are committed to helping the region recover. We call on other donors to join us."
    )
    claims = claims_of(text)
    assert find(claims, "committed").text == (
        "The United States is committed to helping the region recover."
    )
    assert find(claims, "donors").text == "The United States calls on other donors to join it."


def test_another_governments_quoted_we_is_not_the_issuer(claims_of, find):
    text = (
        "Sanctions on Border Officials\n\n"
        "The Department of State is sanctioning three border officials of Eastland.\n\n"
        '"We reject these sanctions," the Eastland foreign ministry said.'
    )
    c = find(claims_of(text), "reject")
    assert "Department of State" not in c.text


def test_we_of_a_first_person_author_or_of_no_named_body_stays(claims_of, find):
    # the President's "we" may be the country or the administration
    text = (
        "Statement on the Strikes\n\n"
        "Today, at my direction, the United States conducted strikes on two radar sites. "
        "We do not seek conflict."
    )
    assert find(claims_of(text), "conflict").text.startswith("We do not seek")
    # forces are no issuing body
    text = (
        "Strikes on Radar Sites\n\n"
        "United States forces struck two radar sites on Monday. We do not seek conflict."
    )
    assert find(claims_of(text), "conflict").text.startswith("We do not seek")
