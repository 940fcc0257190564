"""Headline, captions, copyright lines, datelines, lists."""


def test_it_marks_claims_from_the_title_line_as_headline(claims_of):
    text = "Floods force thousands from their homes in Bavaria\n\nHeavy rain flooded the valley on Sunday."
    claims = claims_of(text)
    assert any(c.headline for c in claims)
    body = [c for c in claims if "valley" in c.text]
    assert body and not body[0].headline


def test_it_drops_photo_captions(claims_of):
    text = (
        "The old market in Aleppo is seen on May 3, 2016. Traders returned to the market last year."
    )
    claims = claims_of(text)
    assert not any("is seen" in c.text for c in claims)
    assert any("Traders returned" in c.text for c in claims)


def test_it_keeps_a_copyright_note_out_of_the_neighbouring_claim(claims_of):
    text = (
        "Officials said the road was reopened on Friday, (Copyright 2024 The Associated Press. "
        "All rights reserved.)\n\nThe next paragraph is here."
    )
    claims = claims_of(text)
    road = [c for c in claims if "road" in c.text][0]
    assert "Copyright" not in road.text
    assert "Copyright" not in text[road.span[0] : road.span[1]]
    assert not any("rights reserved" in c.text for c in claims)


def test_it_drops_photo_credit_lines(claims_of):
    text = "Image: Reuters/John Doe\n\nThe ship ran aground near the port."
    assert all("Reuters/John" not in c.text for c in claims_of(text))


def test_it_strips_a_dateline(claims_of, find):
    text = "WASHINGTON — The Senate passed the spending bill late on Thursday."
    c = find(claims_of(text), "spending bill")
    assert not c.text.startswith("WASHINGTON")


def test_it_extracts_list_items_without_the_bullet(claims_of, find):
    text = "Measures taken:\n\n- The agency sent 40 tents to the region.\n\n- Engineers repaired the main road."
    claims = claims_of(text)
    assert find(claims, "tents").text.startswith("The agency")
    assert find(claims, "engineers")


def test_it_gives_spans_that_point_at_the_source_words(claims_of):
    text = "Flood Forces Thousands From Homes\n\nHeavy rain flooded the valley on Sunday, the agency said."
    for c in claims_of(text):
        src = text[c.span[0] : c.span[1]]
        assert src and src == src.strip()


def test_it_skips_imperatives_and_list_lead_ins(claims_of):
    text = "Follow us on Twitter for updates.\n\nSupport available to citizens abroad:\n\nThe embassy opened a hotline."
    assert [c.text for c in claims_of(text)] == ["The embassy opened a hotline."]


def test_it_skips_more_information_pointers_but_not_real_statements(claims_of):
    claims = claims_of(
        "More information on the grant program is available here. "
        "Further details were released by the ministry on Monday. The program costs $5 million."
    )
    texts = [c.text for c in claims]
    assert not any("available here" in t for t in texts)
    assert any(t.startswith("Further details were released") for t in texts)
