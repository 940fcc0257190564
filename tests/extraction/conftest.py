import pytest

from claims.extraction import extract, load_pipeline


@pytest.fixture(scope="session")
def nlp():
    return load_pipeline()


@pytest.fixture(scope="session")
def claims_of(nlp):
    """extract() with the pipeline loaded once per test session."""
    cache = {}

    def run(text):
        if text not in cache:
            cache[text] = extract(text)
        return cache[text]

    return run


def _find(claims, *words):
    for c in claims:
        low = c.text.lower()
        if all(w.lower() in low for w in words):
            return c
    raise AssertionError(f"no claim with {words!r} in {[c.text for c in claims]!r}")


@pytest.fixture(scope="session")
def find():
    """find(claims, *words): the first claim whose text contains all words."""
    return _find


def _one(claims, words):
    hits = [c for c in claims if words in c.text]
    assert len(hits) == 1, [c.text for c in claims]
    return hits[0]


@pytest.fixture(scope="session")
def one():
    """one(claims, words): the one claim whose text contains ``words`` (case as given);
    fails when none or several do."""
    return _one


def _party_of(claims, claim):
    return {p.id: p.name for p in claims.speakers}[claim.speaker_id]


@pytest.fixture(scope="session")
def party_of():
    """party_of(claims, claim): the name of the party the claim's speaker was joined to."""
    return _party_of
