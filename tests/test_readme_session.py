"""The README's example API session is true: the shell block between
<!-- api-session:start --> and <!-- api-session:end --> runs, as written, with
real curl and jq against a live server on PostgreSQL (only the address and
the account are filled in), and every request answers the status the session
expects. curl and jq come with the system (scripts/ensure-chromium installs
them with Chromium); without them the test is skipped, except under CI."""

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from claims import services
from claims.factchecks.readers import record
from claims.models import ApiToken, Claim, ClaimEvent
from tests.conftest import PASSWORD

pytestmark = [pytest.mark.live, pytest.mark.django_db(transaction=True, serialized_rollback=True)]
README = Path(__file__).resolve().parents[1] / "README.md"
ID = r"[0-9]+"
# (method, path, status) of each request, in order; the extraction poll may repeat.
EXPECTED = [
    ("GET", "/accounts/login/", 200),
    ("POST", "/accounts/login/", 302),
    ("POST", "/account/tokens/", 201),
    ("POST", "/api/v1/articles", 201),
    ("GET", f"/api/v1/articles/{ID}", 200),
    ("GET", f"/api/v1/articles/{ID}/claims", 200),
    ("GET", f"/api/v1/articles/{ID}/claims", 200),
    ("POST", f"/api/v1/claims/{ID}/status", 200),
    ("POST", f"/api/v1/claims/{ID}/status", 409),
    ("GET", r"/api/v1/factchecks\?q=drone&limit=5", 200),
    ("GET", f"/api/v1/claims/{ID}/factchecks", 200),
    ("GET", f"/api/v1/articles/{ID}/report", 200),
]
# Each curl call also writes "@@ <status> <method> <url>" to stderr.
WRAPPER = (
    "curl() { command curl -w '%{stderr}@@ %{http_code} %{method} %{url_effective}\\n' \"$@\"; }\n"
)


def readme_session() -> str:
    text = README.read_text(encoding="utf-8")
    block = re.search(
        r"<!-- api-session:start -->\s*```sh\n(.*?)```\s*<!-- api-session:end -->", text, re.S
    )
    assert block, "README.md lost its api-session markers around the ```sh block"
    return block.group(1)


def fill_in(session: str, base: str, login: str) -> str:
    """The session with this server's address and a test account."""
    session, n = re.subn(r"^BASE=.*$", f"BASE={base}", session, flags=re.M)
    assert n == 1, "the session sets BASE once"
    session, n = re.subn(r"^LOGIN=.*$", f"LOGIN={login} PASSWORD='{PASSWORD}'", session, flags=re.M)
    assert n == 1, "the session sets LOGIN and PASSWORD on one line"
    return session


def requests_made(stderr: str) -> list[tuple[str, str, int]]:
    out = []
    for line in stderr.splitlines():
        if line.startswith("@@ "):
            _, status, method, url = line.split(" ", 3)
            path = re.sub(r"^https?://[^/]+", "", url)
            out.append((method, path, int(status)))
    return out


def test_the_readme_session_runs_as_written(live_server, reviewer):
    if not (shutil.which("curl") and shutil.which("jq")):
        if os.environ.get("CI") == "true":
            pytest.fail("curl and jq are needed (scripts/ensure-chromium installs them)")
        pytest.skip("curl or jq is not installed")
    services.factchecks_import(
        records=[
            (
                "drone",
                record(
                    claim_reviewed="A militia shot down a military drone on Tuesday.",
                    rating="False",
                    url="https://checks.example/drone",
                    publisher="Check Desk",
                ),
            )
        ],
        imported_from="readme test",
    )
    script = WRAPPER + fill_in(readme_session(), live_server.url, reviewer.username)
    run = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    made = requests_made(run.stderr)
    polls = [m for m in made if re.fullmatch(f"/api/v1/articles/{ID}", m[1])]
    made = [m for m in made if m not in polls[1:]]  # the extraction poll, once
    assert len(made) == len(EXPECTED), made
    for (method, path, status), (want_method, pattern, want_status) in zip(
        made, EXPECTED, strict=True
    ):
        assert (method, status) == (want_method, want_status), (method, path, status)
        assert re.fullmatch(pattern, path), (path, pattern)
    out = run.stdout
    done = re.search(r"extraction: done \((\d+) of (\d+) paragraphs\)", out)
    assert done and done[1] == done[2] != "0", out  # the one paragraph, parsed
    assert '"status":"contradicted"' in out
    assert '"type":"tag:factcheck,2026:problem:stale-version"' in out
    assert '"current":"contradicted"' in out
    assert '"url":"https://checks.example/drone"' in out
    assert ApiToken.objects.filter(user=reviewer, name="curl session").count() == 1
    claim = Claim.objects.get(article__title="Drone strike", position=0)
    assert claim.status == "contradicted"
    assert ClaimEvent.objects.filter(claim=claim, action=ClaimEvent.Action.STATUS).count() == 1
