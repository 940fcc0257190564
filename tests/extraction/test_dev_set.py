"""The held-out dev set (tests/extraction/gold) scored with the shared scorer.

The floors sit a little under what the rules reach, so a regression fails
while small wording changes do not.  The scorer is the shared one, in
``../shared`` beside the project (settings.FACTCHECK_SHARED_DIR): when it is
missing the test is skipped on a developer's machine and fails under CI=true,
so CI cannot pass without scoring.
"""

import importlib.util
import os
from pathlib import Path

import pytest
from django.conf import settings

from claims.extraction import extract

GOLD = Path(__file__).parent / "gold"
FLOOR_STRICT_F1 = 0.95  # reached: 0.983 (rules-1.7, gold amended for issue 13); 0.966 (rules-1.3); baseline rules-1.2: 0.865
FLOOR_PER_ARTICLE = 0.80


@pytest.fixture(scope="module")
def scorer():
    path = Path(settings.FACTCHECK_SHARED_DIR) / "eval" / "score_claims.py"
    if not path.exists():
        message = f"the shared scorer {path} is missing (set FACTCHECK_SHARED_DIR)"
        if os.environ.get("CI", "").strip().lower() in ("1", "true", "yes"):
            pytest.fail(message)
        pytest.skip(message)
    spec = importlib.util.spec_from_file_location("score_claims", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _results(scorer):
    import json

    out = []
    for g in sorted(GOLD.glob("*.gold.json")):
        name = g.name[: -len(".gold.json")]
        text = (GOLD / f"{name}.txt").read_text(encoding="utf-8")
        system = {"claims": [c.as_dict() for c in extract(text)], "_text": text}
        r = scorer.score_pair(json.loads(g.read_text(encoding="utf-8")), system)
        r["name"] = name
        out.append(r)
    return out


def test_it_keeps_strict_f1_on_the_dev_set_above_the_floor(scorer, nlp):
    rs = _results(scorer)
    assert len(rs) == 3
    total = scorer.summarize(rs)
    assert total["strict_f1"] >= FLOOR_STRICT_F1, total
    for r in rs:
        assert scorer.summarize([r])["strict_f1"] >= FLOOR_PER_ARTICLE, (
            r["name"],
            r["missed"],
            r["wrong_kind"],
            r["wrong_speaker"],
        )
