import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from claims import ingest
from claims.errors import InvalidInput

HTML = (
    b"<html><head><title>Drones hit base</title></head><body><nav>Menu Home</nav><article>"
    b"<h1>Drones hit base</h1><p>"
    + b"The military said two drones struck the base on Thursday. " * 8
    + b"</p><p>"
    + b"Officials confirmed minor injuries among coalition forces. " * 6
    + b"</p></article></body></html>"
)


def test_it_reads_utf8_text_and_normalises_newlines():
    got = ingest.from_upload(SimpleUploadedFile("a.txt", "Caf\u00e9\r\nline".encode()))
    assert got.body == "Caf\u00e9\nline"


@pytest.mark.parametrize(
    "name, data", [("a.txt", b"\x00\x00"), ("a.md", b"\xff\xfe\xfa"), ("a.pdf", b"%PDF")]
)
def test_it_refuses_binary_non_utf8_and_unknown_files(name, data):
    with pytest.raises(InvalidInput):
        ingest.from_upload(SimpleUploadedFile(name, data))


def test_it_reduces_html_to_the_article_text():
    got = ingest.from_upload(SimpleUploadedFile("a.html", HTML))
    assert "two drones struck the base" in got.body and "Menu Home" not in got.body


def test_it_reports_an_unreachable_network(settings):
    settings.FACTCHECK_FETCH_TIMEOUT = 2
    settings.FACTCHECK_FETCH_ALLOW_PRIVATE = True
    with pytest.raises(InvalidInput, match="could not be reached"):
        ingest.fetch("http://127.0.0.1:9/article")
