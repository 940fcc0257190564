"""Several article files uploaded at once in Chromium: one result per file,
each new article linked with its extraction's state."""

import pytest

from claims.models import Article
from tests.e2e.conftest import shot

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_it_imports_several_files_and_reports_each(
    live_server, open_as, reviewer, seed_text, artifacts_dir
):
    page = open_as(reviewer)
    page.goto(f"{live_server.url}/articles/new/")
    page.get_by_role("link", name="Upload them at once").click()
    page.wait_for_selector("#bulk-files")
    page.set_input_files(
        "#bulk-files",
        [
            {"name": "militia.txt", "mimeType": "text/plain", "buffer": seed_text.encode()},
            {
                "name": "weather.md",
                "mimeType": "text/markdown",
                "buffer": b"Storm reaches the coast\n\nThe weather service said the storm would "
                b"reach the coast on Friday.",
            },
            {"name": "photo.txt", "mimeType": "text/plain", "buffer": b"\x89PNG\x00\x00"},
        ],
    )
    page.get_by_role("button", name="Add the articles and extract claims").click()
    page.wait_for_selector(".bulk-results")
    assert "3 files: 2 articles added" in page.inner_text("#bulk-h")
    rows = page.locator(".bulk-results tbody tr").all_inner_texts()
    assert "militia.txt" in rows[0] and "Added" in rows[0] and "Done:" in rows[0]
    assert "weather.md" in rows[1] and "Storm reaches the coast" in rows[1]
    assert "photo.txt" in rows[2] and "Refused" in rows[2] and "nothing saved" in rows[2]
    assert Article.objects.count() == 2
    shot(page, artifacts_dir / "bulk-import.png", full_page=True)
    page.get_by_role("link", name="Storm reaches the coast").click()
    page.wait_for_selector("#article-text")
    assert page.problems == []
