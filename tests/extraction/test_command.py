"""manage.py extract_claims and the claims.W001 system check."""

import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError


def test_it_writes_one_json_file_per_input(tmp_path, nlp):
    src = tmp_path / "harbour.txt"
    src.write_text("The harbour master said 14 ships were delayed.", encoding="utf-8")
    out = tmp_path / "out"
    call_command(
        "extract_claims", str(src), "--out", str(out), stdout=io.StringIO(), stderr=io.StringIO()
    )
    data = json.loads((out / "harbour.json").read_text(encoding="utf-8"))
    assert data["article"] == "harbour.txt"
    assert data["extractor"].startswith("rules-")
    assert data["claims"][0]["speaker"] == "The harbour master"


def test_it_reports_non_utf8_files_and_still_processes_the_others(tmp_path, nlp):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"caf\xe9 \xff\xfe")
    good = tmp_path / "good.txt"
    good.write_text("The museum reopened on Monday.", encoding="utf-8")
    err = io.StringIO()
    with pytest.raises(CommandError):
        call_command(
            "extract_claims",
            str(bad),
            str(good),
            "--out",
            str(tmp_path / "o"),
            stdout=io.StringIO(),
            stderr=err,
        )
    assert "bad.txt" in err.getvalue() and "UTF-8" in err.getvalue()
    assert (tmp_path / "o" / "good.json").exists()


def test_it_reports_missing_files(tmp_path, nlp):
    err = io.StringIO()
    with pytest.raises(CommandError):
        call_command(
            "extract_claims",
            str(tmp_path / "nope.txt"),
            "--out",
            str(tmp_path),
            stdout=io.StringIO(),
            stderr=err,
        )
    assert "nope.txt" in err.getvalue()


def test_it_reads_stdin_and_writes_json_to_stdout(monkeypatch, nlp):
    monkeypatch.setattr(
        "sys.stdin", io.TextIOWrapper(io.BytesIO(b"Two bridges collapsed overnight."))
    )
    out = io.StringIO()
    call_command("extract_claims", "-", stdout=out, stderr=io.StringIO())
    data = json.loads(out.getvalue())
    assert data["claims"][0]["quantities"][0]["value"] == 2


def test_it_warns_with_the_install_command_when_no_pipeline_is_installed(settings):
    from claims import checks as claim_checks

    settings.FACTCHECK_SPACY_MODEL = "xx_no_such_pipeline"
    warnings = claim_checks.spacy_pipeline_installed()
    assert [w.id for w in warnings] == ["claims.W001"]
    assert "python -m spacy download xx_no_such_pipeline" in warnings[0].hint


def test_it_passes_the_check_when_the_pipeline_is_installed(settings):
    from claims import checks as claim_checks

    settings.FACTCHECK_SPACY_MODEL = ""
    assert claim_checks.spacy_pipeline_installed() == []
