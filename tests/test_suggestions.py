"""Suggested links from the matching engine, on articles written for these tests."""

import datetime as dt

import pytest

from claims.models import Article, Claim, ClaimLink, ClaimVector, Speaker, SuggestionDismissal
from claims.services.vectors import (
    claim_vectors_drain,
    claim_vectors_queue,
    from_bytes,
    text_hash,
)
from claims.suggestions import grouped, matched_words, suggest_links, suggestion_for
from tests.conftest import article_of_claims, make_article

pytestmark = pytest.mark.django_db

DAY = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)


def _article(title, claims, day=0):
    """An article whose claims are (text, kind, speaker name or None), published `day` days in."""
    return article_of_claims(title, claims, published_at=DAY + dt.timedelta(days=day))


@pytest.fixture
def story():
    (claim,) = _article(
        "Militia claims drone strike",
        [
            (
                "The Harbor Point base in Somalia was attacked by militia drones on Tuesday.",
                "claim",
                "Coastal Brigade",
            )
        ],
    )
    confirm, deny, elsewhere = _article(
        "Ministry confirms strike",
        [
            (
                "Militia drones attacked the Harbor Point base in Somalia on Tuesday.",
                "confirmation",
                "Defence ministry",
            ),
            (
                "Kenya denied that its forces helped the militia attack the Harbor Point base.",
                "denial",
                "Kenyan government",
            ),
            ("Militia drones attacked an army depot in Kenya on Friday.", "claim", "Police"),
        ],
        day=1,
    )
    (unrelated,) = _article(
        "Library budget",
        [("The city council approved a larger budget for public libraries.", "claim", "Council")],
        day=2,
    )
    claim_vectors_queue()
    claim_vectors_drain()
    return {
        "claim": claim,
        "confirm": confirm,
        "deny": deny,
        "elsewhere": elsewhere,
        "unrelated": unrelated,
    }


def test_it_types_and_directs_each_suggestion(story):
    found = {s.other.pk: s for s in suggest_links(story["claim"])}
    confirm, deny = found[story["confirm"].pk], found[story["deny"].pk]
    assert (confirm.relation, confirm.from_claim, confirm.to_claim) == (
        "confirms",
        story["confirm"],
        story["claim"],
    )
    assert confirm.independent and confirm.independence == ""  # nothing to flag
    assert (deny.relation, deny.from_claim, deny.to_claim) == (
        "contradicts",
        story["deny"],
        story["claim"],
    )
    assert "Harbor" in confirm.matched and "Tuesday" in confirm.matched


def test_it_suggests_nothing_for_another_event_or_an_unrelated_claim(story):
    others = {s.other.pk for s in suggest_links(story["claim"])}
    assert story["elsewhere"].pk not in others
    assert suggest_links(story["unrelated"]) == []


def test_it_excludes_linked_dismissed_and_deleted_claims(story):
    claim = story["claim"]
    SuggestionDismissal.objects.create(claim=story["deny"], other=claim)
    ClaimLink.objects.create(from_claim=story["confirm"], to_claim=claim, relation="confirms")
    assert suggest_links(claim) == []
    Claim.objects.filter(pk=story["deny"].pk).delete()
    assert suggestion_for(claim, story["confirm"]).relation == "confirms"


def test_the_same_speaker_restating_is_a_repeat_and_not_independent(story):
    (again,) = _article(
        "Militia repeats",
        [
            (
                "The militia drones attacked the Harbor Point base in Somalia on Tuesday.",
                "claim",
                "Coastal Brigade",
            )
        ],
        day=3,
    )
    suggestion = suggestion_for(story["claim"], again)
    assert (suggestion.relation, suggestion.from_claim) == ("repeats", again)
    assert not suggestion.independent and "same speaker" in suggestion.independence


def test_suggestions_are_grouped_contradictions_first(story):
    groups = grouped(suggest_links(story["claim"]))
    assert [r for r, _ in groups] == ["contradicts", "confirms"]


def test_it_embeds_in_the_background_each_claim_once_and_again_after_an_edit(story):
    claim = story["claim"]
    row = ClaimVector.objects.get(claim=claim)
    assert row.text_hash == text_hash(claim.text) and len(from_bytes(row.vector)) == 384
    assert claim_vectors_queue() == 0 and claim_vectors_drain() == 0
    Claim.objects.filter(pk=claim.pk).update(text="The Harbor Point base was not attacked.")
    assert claim_vectors_queue() == 1 and claim_vectors_drain() == 1


def test_it_highlights_the_words_the_claims_share():
    assert matched_words("Drones attacked the base", "The base was attacked by drones") == [
        "base",
        "attacked",
        "drones",
    ]


def _said(title, text, kind, speaker, day):
    """One claim by `speaker` (a Speaker) in an article of its own."""
    (claim,) = _article(title, [(text, kind, None)], day=day)
    claim.speaker, claim.speaker_mention = speaker, speaker.name
    claim.search_text = claim.build_search_text()
    claim.save()
    return claim


def test_a_confirmation_from_the_same_government_is_not_independent_and_says_why():
    """CENTCOM and "U.S. officials" resolve through the gazetteer to two speakers
    of one affiliation root: the suggestion still confirms, flagged with the reason."""
    from claims.services import speaker_resolve

    centcom, officials = speaker_resolve(name="CENTCOM"), speaker_resolve(name="U.S. officials")
    assert centcom.pk != officials.pk
    claim = _said(
        "Drones downed over the gulf",
        "Navy destroyers shot down four drones over the Gulf of Aden near Berbera on Sunday.",
        "claim",
        centcom,
        0,
    )
    other = _said(
        "Officials confirm",
        "Four drones were shot down by navy destroyers over the Gulf of Aden near Berbera on "
        "Sunday.",
        "confirmation",
        officials,
        1,
    )
    [s] = [s for s in suggest_links(claim) if s.other == other]
    assert (s.relation, s.from_claim, s.independent) == ("confirms", other, False)
    assert s.independence == "not independent: both U.S. government" and not s.adversarial
    again = suggestion_for(claim, other)  # the accept path, one pair, same rule
    assert (again.independent, again.independence) == (False, s.independence)


def test_a_member_and_an_adversary_of_the_claimant_on_the_same_event():
    front = Speaker.objects.create(name="Ridge Valley Front", kind="armed_group")
    cell = Speaker.objects.create(name="Ridge Valley Front media cell", parent=front)
    council = Speaker.objects.create(name="Lakeland Governing Council", kind="government")
    front.adversaries.add(council)
    claim = _said(
        "Front claims pipeline blast",
        "Fighters blew up the Kessel oil pipeline outside Norrvik on Thursday night.",
        "claim",
        front,
        0,
    )
    own = _said(
        "Cell repeats",
        "The Kessel oil pipeline outside Norrvik was blown up by the fighters on Thursday night.",
        "claim",
        cell,
        1,
    )
    rival = _said(
        "Council confirms blast",
        "The Kessel oil pipeline outside Norrvik was blown up by fighters on Thursday night.",
        "confirmation",
        council,
        2,
    )
    found = {s.other.pk: s for s in suggest_links(claim)}
    mine, theirs = found[own.pk], found[rival.pk]
    assert not mine.independent
    assert mine.independence == "not independent: both Ridge Valley Front"
    assert (theirs.relation, theirs.independent, theirs.adversarial) == ("confirms", True, True)
    assert theirs.independence == (
        "independent, from an adversary: Ridge Valley Front and Lakeland Governing Council are "
        "adversaries"
    )


def test_it_reads_lexeme_frequencies_from_the_tables_statistics(reviewer):
    """PostgreSQL lists three more frequencies than lexemes (min, max, empty share):
    only the lexemes' own are read."""
    from django.db import connection

    from claims import suggestions

    for i in range(12):
        make_article(f" stats {i}")
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE claims_claim")
    suggestions._frequencies.update(at=float("-inf"))
    df = suggestions.lexeme_frequencies()
    assert df, "ANALYZE gave the search vector no element statistics"
    assert all(0 < share <= 1 for share in df.values())
    suggestions._frequencies.update(at=float("-inf"))


def test_a_claim_naming_no_place_is_not_linked_to_one_from_an_article_in_another_country():
    (claim,) = _article(
        "Bombing at a market in Mogadishu, Somalia",
        [
            (
                "The Coastal Brigade claimed responsibility for the bombing.",
                "claim",
                "Coastal Brigade",
            )
        ],
    )
    (elsewhere,) = _article(
        "Bus station bombing in Peshawar",
        [("A Coastal Brigade faction claimed responsibility for the bombing.", "claim", "Police")],
        day=1,
    )
    (here,) = _article(
        "Somali police arrest suspects after the bombing in Mogadishu",
        [
            (
                "A Coastal Brigade faction has claimed responsibility for the bombing.",
                "claim",
                "Police",
            )
        ],
        day=2,
    )
    claim_vectors_queue()
    claim_vectors_drain()
    others = {s.other.pk: s.relation for s in suggest_links(claim)}
    assert others == {here.pk: "confirms"}
    assert suggestion_for(claim, elsewhere) is None
    assert suggestion_for(claim, here).relation == "confirms"


def test_an_articles_setting_is_stored_when_it_is_saved_and_panels_only_read_it(
    django_assert_num_queries,
):
    from claims.suggestions import article_settings

    (claim,) = _article(
        "Bombing at a market in Mogadishu, Somalia",
        [("The Coastal Brigade claimed responsibility for the bombing.", "claim", "Brigade")],
    )
    article = Article.objects.get(pk=claim.article_id)
    first = frozenset(article.place_setting["countries"])
    assert first  # the title places it, computed when the article was saved

    def as_a_panel_loads_it():
        return Claim.objects.select_related("article").get(pk=claim.pk)

    loaded, bare = as_a_panel_loads_it(), Claim.objects.get(pk=claim.pk)
    with django_assert_num_queries(0):  # read with the claim's article: no query, no scan
        assert article_settings([loaded]) == {claim.article_id: first}
    with django_assert_num_queries(1):  # an article not loaded with its claim: read, not scanned
        assert article_settings([bare]) == {claim.article_id: first}

    # written around save(): computed on the first panel, and stored for the next ones
    Article.objects.filter(pk=claim.article_id).update(title="Bus station bombing in Peshawar")
    moved = article_settings([as_a_panel_loads_it()])[claim.article_id]
    assert moved and moved != first
    assert Article.objects.get(pk=claim.article_id).place_setting["countries"] == sorted(moved)
    loaded = as_a_panel_loads_it()
    with django_assert_num_queries(0):
        assert article_settings([loaded]) == {claim.article_id: moved}

    # saved with a new title: computed then
    article = Article.objects.get(pk=claim.article_id)
    article.title = "Bombing at a market in Mogadishu"
    article.save(update_fields=["title"])
    assert Article.objects.get(pk=claim.article_id).place_setting["countries"] == sorted(first)


def test_the_migration_fills_the_settings_of_articles_saved_before_save_computed_them():
    import importlib
    from types import SimpleNamespace

    from django.apps import apps
    from django.db import connection

    backfill = importlib.import_module("claims.migrations.0021_article_place_setting_backfill")
    (claim,) = _article(
        "Bombing at a market in Mogadishu, Somalia",
        [("The Coastal Brigade claimed responsibility for the bombing.", "claim", "Brigade")],
    )
    expected = Article.objects.get(pk=claim.article_id).place_setting
    Article.objects.update(place_setting=None)
    backfill.fill(apps, SimpleNamespace(connection=connection))
    assert Article.objects.get(pk=claim.article_id).place_setting == expected


def test_a_setting_computed_by_older_rules_is_computed_again(django_assert_num_queries):
    """A stored setting carries the version of the rules that computed it
    (claims.matching.relations.SETTING_RULES): one of older rules is stale
    like one of an older text, for the panel, save() and the migration."""
    import importlib
    from types import SimpleNamespace

    from django.apps import apps
    from django.db import connection

    from claims.matching.relations import SETTING_RULES
    from claims.suggestions import article_settings

    # a capital after a locative is a place (rules 2 on, not 1)
    (claim,) = _article(
        "Protests in Quito turn violent",
        [("The police said several officers were hurt.", "claim", "Police")],
    )
    article = Article.objects.get(pk=claim.article_id)
    assert article.place_setting["rules"] == SETTING_RULES
    assert article.place_setting["countries"] == ["ecuador"]
    as_rules_1_stored_it = {**article.place_setting, "countries": []}
    del as_rules_1_stored_it["rules"]

    def stored():
        return Article.objects.get(pk=claim.article_id).place_setting

    # the panel: computed again and stored, then only read
    Article.objects.filter(pk=claim.article_id).update(place_setting=as_rules_1_stored_it)
    loaded = Claim.objects.select_related("article").get(pk=claim.pk)
    assert article_settings([loaded]) == {claim.article_id: frozenset({"ecuador"})}
    assert stored()["rules"] == SETTING_RULES and stored()["countries"] == ["ecuador"]
    loaded = Claim.objects.select_related("article").get(pk=claim.pk)
    with django_assert_num_queries(0):
        assert article_settings([loaded]) == {claim.article_id: frozenset({"ecuador"})}

    # an older version number is as stale as none
    Article.objects.filter(pk=claim.article_id).update(
        place_setting={**as_rules_1_stored_it, "rules": SETTING_RULES - 1}
    )
    article = Article.objects.get(pk=claim.article_id)
    article.save(update_fields=["title"])  # save() computes it again
    assert stored()["countries"] == ["ecuador"] and stored()["rules"] == SETTING_RULES

    # the migration that came with the rules computes the older ones again
    refill = importlib.import_module("claims.migrations.0023_article_place_setting_rules_3")
    Article.objects.filter(pk=claim.article_id).update(place_setting=as_rules_1_stored_it)
    refill.fill(apps, SimpleNamespace(connection=connection))
    assert stored()["countries"] == ["ecuador"] and stored()["rules"] == SETTING_RULES
