"""manage.py suggest_links and embed_claims, on texts written for these tests."""

import json

import pytest
from django.core.management import CommandError, call_command

from claims.models import ClaimVector
from tests.conftest import make_article


def test_suggest_links_writes_claims_and_typed_links_between_files(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Militia claims strike\n\nThe Coastal Brigade said its drones attacked the Harbor Point "
        "base in Somalia on Tuesday.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Ministry confirms strike\n\nThe defence ministry confirmed that militia drones attacked "
        "the Harbor Point base in Somalia on Tuesday.\n\nThe city council approved a larger "
        "budget for public libraries.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.json"
    call_command("suggest_links", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), out=out, top=3)
    data = json.loads(out.read_text())
    assert {c["file"] for c in data["claims"]} == {"a", "b"}
    assert set(data["claims"][0]) == {"id", "file", "span", "text", "kind", "speaker", "speaker_id"}
    texts = {c["id"]: c["text"] for c in data["claims"]}
    pairs = {(texts[link["from"]][:20], texts[link["to"]][:20]) for link in data["links"]}
    assert any(
        "Harbor" in texts[link["from"]]
        and "Harbor" in texts[link["to"]]
        and link["relation"] == "confirms"
        and link["independent"]
        for link in data["links"]
    )
    assert not [p for p in pairs if any("libraries" in t for t in p)]


def test_suggest_links_refuses_a_missing_file(tmp_path):
    with pytest.raises(CommandError, match="cannot read"):
        call_command("suggest_links", str(tmp_path / "nope.txt"), out=tmp_path / "o.json")


@pytest.mark.django_db
def test_embed_claims_backfills_every_claim_once(capsys):
    article = make_article()
    call_command("embed_claims", batch=2)
    assert ClaimVector.objects.filter(vector__isnull=False).count() == article.claims.count()
    call_command("embed_claims")
    assert "queued 0, embedded 0" in capsys.readouterr().out


@pytest.mark.django_db
def test_an_extracted_article_gets_its_vectors_as_a_task_after_extraction(settings):
    from claims.models import Article

    settings.EMBED_AFTER_EXTRACTION = True
    article = Article.objects.create(
        title="Strike", body="Strike\n\nThe army said drones attacked the base on Tuesday.\n"
    )
    from claims.tasks import extract_article

    extract_article.enqueue(article.pk)  # the immediate backend in tests
    claims = list(article.claims.all())
    assert claims and all(ClaimVector.objects.get(claim=c).vector is not None for c in claims)


def test_suggest_links_flags_a_spokesman_confirming_his_own_service(tmp_path):
    """Independence is claims.independence's rule on the extractor's parties: a
    spokesman belongs to the service he speaks for, in another file too."""
    (tmp_path / "a.txt").write_text(
        "Navy says drones downed\n\nThe Lakeland Navy said on Sunday that its destroyers shot "
        "down four drones over the Gulf of Aden near Berbera.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Spokesman confirms\n\nLakeland Navy spokesman Captain Mara Olsen confirmed that "
        "destroyers shot down four drones over the Gulf of Aden near Berbera on Sunday.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.json"
    call_command("suggest_links", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), out=out)
    [link] = json.loads(out.read_text())["links"]
    assert (link["relation"], link["independent"]) == ("confirms", False)
    assert link["independence"] == "not independent: both Lakeland Navy"


def test_suggest_links_links_a_denial_and_a_confirmation_from_articles_that_name_no_place(
    tmp_path,
):
    """The al-Tanf story across three outlets: only the militia's article says
    where the attack was. The denying government and the confirming command
    are who speaks, not where it happened, so their articles do not set the
    story elsewhere and both are suggested against the militia's claim."""
    files = {
        "militia": "Militia claims drone attack on US base\n\nThe Islamic Resistance in Iraq "
        "said on Sunday it had launched a drone attack on the al-Tanf garrison in Syria.\n",
        "denial": "Iran denies role in deadly drone attack\n\nIran's foreign ministry denied "
        "on Monday any involvement in the drone attack on the American base.\n",
        "command": "Pentagon confirms drone strike\n\nUS Central Command confirmed on Monday "
        "that an Iran-backed militia launched the drone attack on the American base.\n",
    }
    for stem, text in files.items():
        (tmp_path / f"{stem}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out.json"
    paths = [str(tmp_path / f"{stem}.txt") for stem in files]
    call_command("suggest_links", *paths, out=out, top=3)
    data = json.loads(out.read_text())
    file_of = {c["id"]: c["file"] for c in data["claims"]}
    links = {
        (file_of[link["from"]], file_of[link["to"]], link["relation"], link["independent"])
        for link in data["links"]
    }
    assert ("command", "militia", "confirms", True) in links
    assert ("denial", "militia", "contradicts", True) in links
