"""claims.independence: same party, shared affiliation root, adversaries."""

import pytest

from claims.independence import (
    attach_chains,
    independence,
    load_chains_and_rivals,
    rival_pairs,
)
from claims.models import Speaker


def _party(name, parent=None, kind="organisation"):
    return Speaker.objects.create(name=name, kind=kind, parent=parent)


@pytest.fixture
def tree(db):
    gov = _party("Republic of Testland government", kind="government")
    defence = _party("Testland Ministry of Defence", gov, "military")
    command = _party("Testland Northern Command", defence, "military")
    spokesman = _party("Ada Quill", defence, "person")
    rebels = _party("Blue Hills Front", kind="armed_group")
    cell = _party("Blue Hills Front northern cell", rebels, "armed_group")
    outlet = _party("Daily Testland Wire", kind="media")
    gov.adversaries.add(rebels)
    return {
        "gov": gov,
        "defence": defence,
        "command": command,
        "spokesman": spokesman,
        "rebels": rebels,
        "cell": cell,
        "outlet": outlet,
    }


def test_it_says_a_speaker_is_not_independent_of_itself(tree):
    v = independence(tree["command"], tree["command"])
    assert not v and v.reason == "same speaker"
    assert v.note == "not independent: same speaker"


def test_it_names_the_shared_affiliation_root(tree):
    v = independence(tree["command"], tree["spokesman"])
    assert not v.independent
    assert v.reason == "both Republic of Testland government"


def test_it_finds_a_member_not_independent_of_its_organisation(tree):
    v = independence(tree["spokesman"], tree["defence"])
    assert not v.independent and v.reason == "both Republic of Testland government"
    assert independence(tree["rebels"], tree["cell"]).reason == "both Blue Hills Front"


def test_it_marks_an_adversarys_confirmation_the_strongest_kind(tree):
    v = independence(tree["cell"], tree["command"])
    assert v.independent and v.adversarial
    assert "adversaries" in v.reason and v.note.startswith("independent, from an adversary")


def test_it_finds_unrelated_parties_independent_without_a_note(tree):
    v = independence(tree["outlet"], tree["rebels"])
    assert v.independent and not v.adversarial and v.note == ""
    assert independence(None, tree["rebels"]).independent


def test_it_reads_chains_loaded_in_bulk_without_more_queries(tree, django_assert_num_queries):
    speakers = list(
        Speaker.objects.filter(pk__in=[tree["command"].pk, tree["cell"].pk, tree["spokesman"].pk])
    )
    with django_assert_num_queries(2):  # every level of parents in one query + the adversary pairs
        attach_chains(speakers)
        rivals = rival_pairs()
    by_name = {s.name: s for s in speakers}
    with django_assert_num_queries(0):
        assert not independence(
            by_name["Testland Northern Command"], by_name["Ada Quill"], rivals=rivals
        )
        assert independence(
            by_name["Ada Quill"], by_name["Blue Hills Front northern cell"], rivals=rivals
        ).adversarial


def test_chains_and_adversaries_load_in_one_query_and_judge_as_the_full_reads(
    tree, django_assert_num_queries
):
    names = ["Testland Northern Command", "Ada Quill", "Blue Hills Front northern cell"]
    outlet = _party("Testland Wire", kind="media")
    speakers = list(Speaker.objects.filter(name__in=[*names, outlet.name]))
    with django_assert_num_queries(1):  # every level of parents and the adversaries among them
        rivals = load_chains_and_rivals(speakers)
    assert rivals == {p for p in rival_pairs() if p <= {tree["gov"].pk, tree["rebels"].pk}}
    fresh = {s.pk: s for s in Speaker.objects.all()}  # read one by one, as without any loading
    with django_assert_num_queries(0):
        verdicts = [independence(a, b, rivals=rivals) for a in speakers for b in speakers]
    assert verdicts == [independence(fresh[a.pk], fresh[b.pk]) for a in speakers for b in speakers]
    assert any(v.adversarial for v in verdicts) and any(not v for v in verdicts)
    assert load_chains_and_rivals([None]) == set()


def test_it_stops_on_a_cycle_of_parents(tree):
    a, b = tree["rebels"], tree["cell"]
    Speaker.objects.filter(pk=a.pk).update(parent=b)
    a.refresh_from_db()
    assert not independence(a, tree["cell"]).independent
    assert len(a.affiliation_chain()) == 2


def test_it_ships_centcom_under_the_us_government(db):
    centcom = Speaker.objects.get(aliases__key="centcom")
    ryder_org = Speaker.objects.get(aliases__key="pentagon")
    assert [s.name for s in centcom.affiliation_chain()] == [
        "U.S. Central Command",
        "U.S. Department of Defense",
        "U.S. government",
    ]
    militia = Speaker.objects.get(aliases__key="islamic resistance in iraq")
    assert independence(militia, centcom).adversarial
    assert independence(centcom, ryder_org).reason == "both U.S. government"
