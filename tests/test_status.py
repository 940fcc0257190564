from claims import status
from claims.models import Claim


def test_it_defines_every_status_once():
    values = [s.value for s in status.STATUSES]
    assert values == [
        "unreviewed",
        "in_review",
        "confirmed",
        "contradicted",
        "disputed",
        "unverified",
        "not_checkable",
    ]
    assert len(set(values)) == len(values)


def test_it_maps_verdicts_to_averitec_labels():
    assert status.get("confirmed").averitec == "Supported"
    assert status.get("contradicted").averitec == "Refuted"
    assert status.get("disputed").averitec == "Conflicting Evidence/Cherrypicking"
    assert status.get("unverified").averitec == "Not Enough Evidence"
    assert status.get("unreviewed").averitec is None


def test_it_gives_claimreview_ratings_only_to_final_statuses():
    for s in status.STATUSES:
        if s.final:
            assert 1 <= s.rating <= 5 and s.rating_name
        else:
            assert s.rating is None
    assert status.get("confirmed").rating == 5
    assert status.get("contradicted").rating == 1


def test_it_requires_a_rationale_for_verdicts_that_take_a_position():
    assert set(status.RATIONALE_REQUIRED) == {"confirmed", "contradicted", "disputed"}


def test_it_feeds_the_model_choices_from_the_same_definition():
    field = Claim._meta.get_field("status")
    assert [v for v, _ in field.choices] == [s.value for s in status.STATUSES]
    assert dict(field.choices)["not_checkable"] == "Not checkable"


def test_it_uses_distinct_colours_per_status():
    colours = [s.colour for s in status.STATUSES]
    assert len(set(colours)) == len(colours)
