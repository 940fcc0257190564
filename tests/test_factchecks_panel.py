"""The claim panel's "Previously fact-checked" section: the matches (rating,
publisher, date, link) as an htmx fragment or, without JavaScript, in the
whole workspace; accepting one adds evidence with the stance its rating
implies; dismissing one is remembered."""

import datetime as dt

import pytest
from django.urls import reverse

from claims import services
from claims.factcheck_matches import factcheck_matches
from claims.factchecks.readers import record
from claims.models import ClaimEvent, Evidence, FactCheck, FactCheckDismissal

pytestmark = pytest.mark.django_db
H = {"HTTP_HX_REQUEST": "true"}
REBEL = "The rebel group said it shot down an army helicopter on Tuesday."


def library(*entries):
    """Fact-checks through the import service: (claim, rating, url or None, extra fields)."""
    records = [
        (
            f"item {n}",
            record(claim_reviewed=text, rating=rating, url=url, external_id=f"id-{n}", **extra),
        )
        for n, (text, rating, url, extra) in enumerate(entries)
    ]
    services.factchecks_import(records=records, imported_from="test library")
    return {fc.claim_reviewed: fc for fc in FactCheck.objects.all()}


HELICOPTER_CHECK = (
    "A rebel group said it shot down an army helicopter on Tuesday near the border.",
    "Pants on Fire",
    "https://checks.example/helicopter",
    {
        "publisher": "Check Desk",
        "published_at": dt.date(2024, 3, 5),
        "title": "No, rebels did not down an army helicopter",
    },
)
FISHERIES_CHECK = (
    "Parliament approved the new fisheries budget in a late-night vote.",
    "True",
    "https://checks.example/fisheries",
    {"publisher": "Other Desk"},
)


@pytest.fixture
def checks(article):
    return library(
        HELICOPTER_CHECK,
        FISHERIES_CHECK,
        (
            "Drinking hot water with lemon cures the flu within two days.",
            "False",
            "https://checks.example/lemon",
            {},
        ),
    )


def claims_of(article):
    return list(article.claims.order_by("position"))


def test_the_panel_loads_the_section_after_itself_with_a_link_fallback(reviewer_client, article):
    claim = claims_of(article)[0]
    page = reviewer_client.get(claim.get_absolute_url()).content.decode()
    url = reverse("claim_factchecks", args=[claim.pk])
    assert "Previously fact-checked" in page
    assert f'href="{url}"' in page and f'hx-get="{url}"' in page and 'hx-trigger="load"' in page


def test_the_fragment_shows_rating_publisher_date_and_link(reviewer_client, article, checks):
    claim = claims_of(article)[0]
    html = reviewer_client.get(reverse("claim_factchecks", args=[claim.pk]), **H).content.decode()
    assert html.lstrip().startswith("<section") and "<html" not in html
    assert "Pants on Fire" in html and "Check Desk" in html and "5 Mar 2024" in html
    assert 'href="https://checks.example/helicopter"' in html
    assert "No, rebels did not down an army helicopter" in html
    assert "Add as evidence: contradicts" in html
    assert "fisheries" not in html and "lemon" not in html


def test_without_javascript_the_link_opens_the_workspace_with_the_matches(
    reviewer_client, article, checks
):
    claim = claims_of(article)[0]
    page = reviewer_client.get(reverse("claim_factchecks", args=[claim.pk])).content.decode()
    assert "<html" in page and 'id="panel"' in page
    assert "Pants on Fire" in page and "Add as evidence: contradicts" in page


def test_an_unrelated_claim_shows_no_match(reviewer_client, article, checks):
    soldiers = claims_of(article)[2]
    html = reviewer_client.get(
        reverse("claim_factchecks", args=[soldiers.pk]), **H
    ).content.decode()
    assert "No earlier fact-check of this claim" in html
    assert factcheck_matches(soldiers) == []


def test_a_library_without_the_claim_shows_nothing(article):
    library(
        (
            "Parliament approved the new fisheries budget.",
            "True",
            "https://checks.example/fisheries",
            {},
        )
    )
    assert all(factcheck_matches(c) == [] for c in claims_of(article))


@pytest.mark.parametrize(
    "rating, stance",
    [
        ("Pants on Fire", "contradicts"),
        ("Mostly true", "supports"),
        ("Mixture", "context"),
        ("Satire", "context"),
    ],
)
def test_accepting_adds_evidence_with_the_stance_its_rating_implies(
    reviewer_client, article, rating, stance
):
    claim = claims_of(article)[0]
    fc = library(
        (
            REBEL,
            rating,
            "https://checks.example/h#claim-2",
            {"publisher": "Check Desk", "published_at": dt.date(2024, 3, 5)},
        )
    )[REBEL]
    r = reviewer_client.post(
        reverse("factcheck_accept", args=[claim.pk]),
        {"factcheck": fc.pk, "version": claim.version},
        **H,
    )
    assert r.status_code == 200 and f"Fact-check added as evidence ({stance})" in r.content.decode()
    ev = Evidence.objects.select_related("source").get(claim=claim)
    assert ev.stance == stance
    assert (ev.source.url, ev.source.kind, ev.source.publisher) == (
        "https://checks.example/h",
        "factcheck",
        "Check Desk",
    )
    assert ev.source.published_at == dt.date(2024, 3, 5)
    assert f"rated “{rating}”" in ev.note and ev.excerpt == REBEL
    assert ClaimEvent.objects.filter(claim=claim, action="evidence_added").count() == 1
    assert factcheck_matches(claim) == []  # now evidence: no longer offered


def test_accepting_without_javascript_redirects_to_the_claim(reviewer_client, article, checks):
    claim = claims_of(article)[0]
    fc = FactCheck.objects.get(url="https://checks.example/helicopter")
    r = reviewer_client.post(reverse("factcheck_accept", args=[claim.pk]), {"factcheck": fc.pk})
    assert r.status_code == 302 and r["Location"] == claim.get_absolute_url()
    assert Evidence.objects.get(claim=claim).stance == "contradicts"


def test_accepting_twice_or_a_linkless_or_unknown_fact_check_is_a_400(reviewer_client, article):
    claim = claims_of(article)[0]
    checks = library(
        (REBEL, "False", "https://checks.example/a", {}), (REBEL + " Really.", "False", None, {})
    )
    with_url, without = checks[REBEL], checks[REBEL + " Really."]
    url = reverse("factcheck_accept", args=[claim.pk])
    assert reviewer_client.post(url, {"factcheck": with_url.pk}, **H).status_code == 200
    r = reviewer_client.post(url, {"factcheck": with_url.pk}, **H)
    assert r.status_code == 400 and "already evidence" in r.content.decode()
    r = reviewer_client.post(url, {"factcheck": without.pk}, **H)
    assert r.status_code == 400 and "has no link" in r.content.decode()
    r = reviewer_client.post(url, {"factcheck": "999999"}, **H)
    assert r.status_code == 400 and "no longer in the library" in r.content.decode()
    assert Evidence.objects.count() == 1


def test_a_stale_version_is_a_409_and_adds_nothing(reviewer_client, article, checks):
    claim = claims_of(article)[0]
    fc = FactCheck.objects.get(url="https://checks.example/helicopter")
    r = reviewer_client.post(
        reverse("factcheck_accept", args=[claim.pk]),
        {"factcheck": fc.pk, "version": claim.version + 5},
        **H,
    )
    assert r.status_code == 409 and not Evidence.objects.exists()


def test_dismissing_is_remembered_and_audited(reviewer_client, article, checks):
    claim = claims_of(article)[0]
    fc = FactCheck.objects.get(url="https://checks.example/helicopter")
    assert [m.factcheck for m in factcheck_matches(claim)] == [fc]
    for _ in range(2):  # twice: still one dismissal
        r = reviewer_client.post(
            reverse("factcheck_dismiss", args=[claim.pk]), {"factcheck": fc.pk}, **H
        )
        assert r.status_code == 200
    assert FactCheckDismissal.objects.filter(claim=claim, factcheck=fc).count() == 1
    event = ClaimEvent.objects.get(claim=claim, action="suggestion_dismissed")
    assert event.after["factcheck_id"] == fc.pk and event.actor.username == "rita"
    assert (event.subject_type, event.subject_id) == ("factcheck", fc.pk)
    assert factcheck_matches(claim) == []
    html = reviewer_client.get(reverse("claim_factchecks", args=[claim.pk]), **H).content.decode()
    assert "helicopter" not in html


def test_only_roles_that_add_evidence_may_accept_or_dismiss(
    client, django_user_model, article, checks
):
    claim = claims_of(article)[0]
    fc = FactCheck.objects.get(url="https://checks.example/helicopter")
    client.force_login(django_user_model.objects.create_user("nobody", password="x" * 20))
    for name in ("factcheck_accept", "factcheck_dismiss"):
        assert (
            client.post(reverse(name, args=[claim.pk]), {"factcheck": fc.pk}, **H).status_code
            == 403
        )
    # Without a role nothing is shown at all (the "no access yet" page).
    assert client.get(reverse("claim_factchecks", args=[claim.pk]), **H).status_code == 403
    client.logout()
    r = client.get(reverse("claim_factchecks", args=[claim.pk]))
    assert r.status_code == 302 and "login" in r["Location"]
    assert not Evidence.objects.exists() and not FactCheckDismissal.objects.exists()


def test_a_published_reports_claims_refuse_accepting_with_423(
    reviewer_client, article, checks, editor
):
    claim = claims_of(article)[0]
    services.report_publish(article=article, by=editor)
    fc = FactCheck.objects.get(url="https://checks.example/helicopter")
    r = reviewer_client.post(
        reverse("factcheck_accept", args=[claim.pk]), {"factcheck": fc.pk}, **H
    )
    assert r.status_code == 423 and not Evidence.objects.exists()


def test_fact_check_text_is_escaped(reviewer_client, article):
    claim = claims_of(article)[0]
    library(
        (
            REBEL + " <script>alert(1)</script>",
            "<b>False</b>",
            "https://checks.example/x",
            {"publisher": "<i>Desk</i>"},
        )
    )
    html = reviewer_client.get(reverse("claim_factchecks", args=[claim.pk]), **H).content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script>alert" not in html
    assert "&lt;b&gt;False&lt;/b&gt;" in html and "&lt;i&gt;Desk&lt;/i&gt;" in html


def test_with_vectors_a_match_needs_the_same_meaning_not_just_the_words(article):
    rebel, _, soldiers = claims_of(article)
    library(
        (
            "A rebel group said it shot down an army helicopter on Tuesday near the border.",
            "False",
            "https://checks.example/helicopter",
            {},
        ),
        (
            "Soldiers stationed at the base were ordered to leave their weapons at home, "
            "a viral post claims.",
            "False",
            "https://checks.example/weapons",
            {},
        ),
    )
    # by words alone the second one passes for the troop count...
    assert [m.factcheck.url for m in factcheck_matches(soldiers)] == [
        "https://checks.example/weapons"
    ]
    assert services.factchecks_embed() == 2
    # ...by meaning it does not, and the helicopter claim still finds its fact-check
    assert factcheck_matches(soldiers) == []
    [match] = factcheck_matches(rebel)
    assert match.factcheck.url == "https://checks.example/helicopter"
    assert match.cosine is not None and match.cosine >= 0.8


def test_the_claims_stored_vector_is_used_and_a_stale_one_is_not(article, monkeypatch):
    import claims.matching as matching
    from claims.models import ClaimVector
    from claims.services.vectors import claim_vectors_drain, claim_vectors_queue

    rebel = claims_of(article)[0]
    library(
        (
            "A rebel group said it shot down an army helicopter on Tuesday near the border.",
            "False",
            "https://checks.example/helicopter",
            {},
        ),
    )
    services.factchecks_embed()
    claim_vectors_queue(claim_ids=[rebel.pk])
    assert claim_vectors_drain() >= 1
    stored = factcheck_matches(rebel)
    calls = []
    real_embed = matching.embed

    def counting_embed(texts):
        calls.append(list(texts))
        return real_embed(texts)

    monkeypatch.setattr(matching, "embed", counting_embed)
    [match] = factcheck_matches(rebel)
    assert calls == []  # the stored vector, not a new embedding
    assert match.cosine == stored[0].cosine
    # a vector of another text (the claim edited since) is not trusted: embedded again
    ClaimVector.objects.filter(claim=rebel).update(text_hash="0" * 32)
    [match] = factcheck_matches(rebel)
    assert calls == [[rebel.text]]
    assert match.factcheck.url == "https://checks.example/helicopter"
