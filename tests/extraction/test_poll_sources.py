"""Polls as sources in campaign coverage: a poll that places a candidate or a race at
a figure ("had Okafor ahead by 3 points"), and a share of a poll's respondents that
speaks through the poll ("In a Tribune poll, 58 percent said ...")."""

import pytest


@pytest.mark.parametrize(
    "text, source",
    [
        ("An Emerson survey last week had Rivera ahead by 4 points.", "survey"),
        ("Polls before the debate had the race within three points.", "Polls"),
        ("Most polls have Carter leading by 6 points among women.", "polls"),
        ("The poll gave the measure 52 percent support.", "poll"),
        ("The poll has Hale at 41 percent and Dunne at 39 percent.", "poll"),
    ],
)
def test_a_poll_placing_a_race_at_a_figure_is_its_source(claims_of, text, source):
    (c,) = claims_of(text)
    assert c.speaker and source in c.speaker, (text, c.speaker)


@pytest.mark.parametrize(
    "text",
    [
        "The poll had 900 respondents.",
        "The survey has a margin of error of 3 points.",
        "The poll had a sample of 800 voters in 2024.",
        "The survey had questions about 3 topics.",
        "Pollsters have doubts about the turnout model.",
    ],
)
def test_what_a_poll_has_of_its_own_is_no_finding(claims_of, text):
    for c in claims_of(text):
        assert c.speaker is None, (text, c.speaker)


def test_a_share_of_respondents_speaks_through_the_poll(claims_of, find):
    c = find(
        claims_of("In a Courier poll released Sunday, 61 percent said the schools were improving."),
        "schools were improving",
    )
    assert "Courier poll" in c.speaker
    c = find(
        claims_of("In the county survey, 40 percent of renters said rents were too high."),
        "rents were too high",
    )
    assert "survey" in c.speaker


def test_a_share_with_no_poll_named_on_the_verb_keeps_its_own_words(claims_of, find):
    c = find(claims_of("In March, 58 percent said the city was on the wrong track."), "wrong track")
    assert c.speaker == "58 percent"
