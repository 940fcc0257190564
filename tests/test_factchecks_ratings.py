"""Rating words and numbers → normalised verdict → evidence stance."""

import pytest

from claims.factchecks.ratings import (
    CONTEXT,
    CONTRADICTS,
    FALSE,
    MIXED,
    MOSTLY_FALSE,
    MOSTLY_TRUE,
    OTHER,
    SUPPORTS,
    TRUE,
    UNPROVEN,
    stance_for,
    verdict_for,
    verdict_from_scale,
    verdict_from_text,
)


@pytest.mark.parametrize(
    "words, verdict",
    [
        ("False", FALSE),
        ("FALSE!", FALSE),
        ("Pants on Fire", FALSE),
        ("Four Pinocchios", FALSE),
        ("Falso", FALSE),
        ("Faux", FALSE),
        ("fake", FALSE),
        ("Mostly False", MOSTLY_FALSE),
        ("Misleading", MOSTLY_FALSE),
        ("Miscaptioned", MOSTLY_FALSE),
        ("Engañoso", MOSTLY_FALSE),
        ("Mixture", MIXED),
        ("Half True", MIXED),
        ("half-true", MIXED),
        ("Partly false", MIXED),
        ("Missing context", MIXED),
        ("Mostly True", MOSTLY_TRUE),
        ("True", TRUE),
        ("Correct Attribution", TRUE),
        ("Misattributed", FALSE),
        ("Unproven", UNPROVEN),
        ("No evidence", UNPROVEN),
        ("Satire", OTHER),
        ("Outdated", OTHER),
    ],
)
def test_it_reads_the_common_rating_words(words, verdict):
    assert verdict_from_text(words) == verdict


@pytest.mark.parametrize(
    "words, verdict",
    [
        ("This claim is mostly false.", MOSTLY_FALSE),
        ("Rating: false. The photo is from 2015.", FALSE),
        ("Not entirely accurate", MIXED),
        ("This is not really true", FALSE),
        ("It isn't correct", FALSE),
        ("Partly true: the figure is from 2019", MIXED),
    ],
)
def test_it_finds_the_rating_inside_a_sentence(words, verdict):
    assert verdict_from_text(words) == verdict


def test_it_knows_nothing_of_words_it_has_no_entry_for():
    assert verdict_from_text("Lorem ipsum") is None
    assert verdict_from_text("") is None
    assert verdict_from_text("untrueish") is None  # whole words only


@pytest.mark.parametrize(
    "value, best, worst, verdict",
    [
        (1, 5, 1, FALSE),
        (2, 5, 1, MOSTLY_FALSE),
        (3, 5, 1, MIXED),
        (4, 5, 1, MOSTLY_TRUE),
        (5, 5, 1, TRUE),
        ("5", "5", "1", TRUE),
        (1, None, None, FALSE),  # schema.org's defaults: worst 1, best 5
        (0, 10, 0, FALSE),
        (7.5, 10, 0, MOSTLY_TRUE),
        (1, 1, 5, TRUE),  # a scale that runs the other way
    ],
)
def test_it_reads_a_number_on_its_scale(value, best, worst, verdict):
    assert verdict_from_scale(value, best, worst) == verdict


@pytest.mark.parametrize(
    "value, best, worst",
    [
        (-1, 5, 1),  # "not rated" by some publishers
        (6, 5, 1),
        ("n/a", 5, 1),
        (None, 5, 1),
        (3, 3, 3),
        (True, 5, 1),
    ],
)
def test_it_ignores_a_number_off_its_scale(value, best, worst):
    assert verdict_from_scale(value, best, worst) is None


def test_words_win_over_the_number_and_nothing_is_other():
    assert verdict_for("Mostly true", value=1, best=5, worst=1) == MOSTLY_TRUE
    assert verdict_for("", value=1, best=5, worst=1) == FALSE
    assert verdict_for("Lorem ipsum", value=None) == OTHER


@pytest.mark.parametrize(
    "verdict, stance",
    [
        (FALSE, CONTRADICTS),
        (MOSTLY_FALSE, CONTRADICTS),
        (TRUE, SUPPORTS),
        (MOSTLY_TRUE, SUPPORTS),
        (MIXED, CONTEXT),
        (UNPROVEN, CONTEXT),
        (OTHER, CONTEXT),
    ],
)
def test_false_like_contradicts_true_like_supports_the_rest_is_context(verdict, stance):
    assert stance_for(verdict) == stance
