"""Every error under /api/ is application/problem+json, including those no
operation makes: a method the path does not take (405 with Allow), a path
that is no operation (404), a body over the size limit (413), a body that is
no JSON (400), a crash (500). Outside the API, errors stay pages."""

import json

import pytest
from django.http import HttpResponse
from django.test import Client, RequestFactory
from django.urls import reverse

from claims.api import articles as article_router
from claims.api.errors import MEDIA_TYPE, TYPE_BASE, problem_from_response
from claims.errors import TooLarge
from claims.models import Article
from tests.api_helpers import API, call

pytestmark = pytest.mark.django_db


def problem(response, status: int, slug: str) -> dict:
    assert response.status_code == status, response.content[:300]
    assert response["Content-Type"] == MEDIA_TYPE
    body = json.loads(response.content)
    assert body["type"] == TYPE_BASE + slug
    assert body["status"] == status
    assert body["title"] and body["detail"]
    return body


@pytest.mark.parametrize(
    ("method", "path", "allow"),
    [
        ("put", "/articles", "GET, HEAD, POST"),
        ("patch", "/articles", "GET, HEAD, POST"),
        ("delete", "/articles", "GET, HEAD, POST"),
        ("put", "/articles/{id}", "DELETE, GET, HEAD"),
        ("get", "/claims/{claim}/status", "POST"),
        ("head", "/claims/{claim}/status", "POST"),
        ("delete", "/factchecks", "GET, HEAD"),
    ],
)
@pytest.mark.parametrize("with_token", [True, False])
def test_a_method_the_path_does_not_take_is_a_405_problem_with_allow(
    client, secret, article, method, path, allow, with_token
):
    claim = article.claims.first()
    path = path.format(id=article.pk, claim=claim.pk)
    headers = {"HTTP_AUTHORIZATION": f"Bearer {secret}"} if with_token else {}
    response = getattr(client, method)(API + path, **headers)
    if method == "head":  # answered as the GET it stands for, without a body
        assert response.status_code == 405 and response.content == b""
        assert response["Content-Type"] == MEDIA_TYPE and response["Allow"] == allow
        return
    body = problem(response, 405, "method-not-allowed")
    assert response["Allow"] == allow
    assert body["instance"] == API + path
    assert method.upper() in body["detail"] and allow in body["detail"]
    assert Article.objects.count() == 1  # nothing written


@pytest.mark.parametrize("path", ["/articles", "/articles/{id}", "/speakers", "/factchecks"])
def test_head_answers_what_get_would_without_a_body(client, secret, article, path):
    path = API + path.format(id=article.pk)
    auth = {"HTTP_AUTHORIZATION": f"Bearer {secret}"}
    get, head = client.get(path, **auth), client.head(path, **auth)
    assert get.status_code == head.status_code == 200
    assert head.content == b""
    assert head["Content-Type"] == get["Content-Type"]
    assert int(head["Content-Length"]) == len(get.content)


def test_head_without_a_token_is_the_gets_401_without_a_body(client, article):
    head = client.head(API + f"/articles/{article.pk}")
    assert head.status_code == 401 and head.content == b""
    assert head["Content-Type"] == MEDIA_TYPE


@pytest.mark.parametrize(
    "path",
    ["/api/v1/nope", "/api/v1/articles/1/", "/api/v1/", "/api/v2/articles", "/api/", "/api"],
)
def test_a_path_that_is_no_operation_is_a_404_problem(client, secret, path):
    if path == "/api":
        # not under the prefix: the site's own 404 (an HTML page)
        response = client.get(path, HTTP_AUTHORIZATION=f"Bearer {secret}")
        assert response.status_code == 404 and "html" in response["Content-Type"]
        return
    response = client.get(path, HTTP_AUTHORIZATION=f"Bearer {secret}")
    body = problem(response, 404, "not-found")
    assert body["instance"] == path and path in body["detail"]


def test_an_unknown_object_is_still_the_operations_own_404(client, secret):
    body = problem(call(client, "get", "/articles/999999", secret), 404, "not-found")
    assert "/api/v1/docs" not in body["detail"]  # not "no such operation"


def test_errors_outside_the_api_stay_pages(reviewer_client, article):
    response = reviewer_client.get("/no-such-page/")
    assert response.status_code == 404 and "html" in response["Content-Type"]
    response = reviewer_client.get(reverse("article_reextract", args=[article.pk]))
    assert response.status_code == 405
    assert not response["Content-Type"].startswith(MEDIA_TYPE)


@pytest.fixture
def small_limit(settings):
    settings.FACTCHECK_MAX_ARTICLE_BYTES = 10_000
    return TooLarge().message


def test_a_body_over_the_request_limit_is_a_413_problem_before_it_is_read(
    client, secret, small_limit
):
    body = {"title": "Huge", "body": "word " * 200_000}  # 1 MB, over limit + room
    body = problem(call(client, "post", "/articles", secret, body), 413, "too-large")
    assert body["detail"] == small_limit
    assert not Article.objects.exists()


def test_an_article_over_the_limit_is_a_413_problem(client, secret, small_limit):
    body = {"title": "Big", "body": "word " * 2_001}  # over the article, under the request
    body = problem(call(client, "post", "/articles", secret, body), 413, "too-large")
    assert body["detail"] == small_limit
    assert not Article.objects.exists()


def test_a_body_django_finds_too_big_while_reading_is_a_413_problem(client, secret, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1_000
    body = {"title": "T", "body": "x" * 5_000}
    problem(call(client, "post", "/articles", secret, body), 413, "too-large")
    assert not Article.objects.exists()


@pytest.mark.parametrize(
    ("data", "content_type"),
    [
        ("{not json", "application/json"),
        (b"\xff\xfe\x00", "application/json"),
        ('{"title": "T", "body": "x"', "application/json"),
        ("title=T&body=x", "application/x-www-form-urlencoded"),
    ],
)
def test_a_body_that_is_no_json_is_a_400_problem(client, secret, data, content_type):
    response = client.post(
        API + "/articles",
        data=data,
        content_type=content_type,
        HTTP_AUTHORIZATION=f"Bearer {secret}",
    )
    problem(response, 400, "invalid-input")
    assert not Article.objects.exists()


def test_a_crash_is_a_500_problem_that_tells_nothing_of_the_code(secret, monkeypatch):
    def crash(*args, **kwargs):
        raise RuntimeError("secret internals")

    monkeypatch.setattr(article_router, "article_list", crash)
    client = Client(raise_request_exception=False)
    response = client.get(API + "/articles", HTTP_AUTHORIZATION=f"Bearer {secret}")
    body = problem(response, 500, "server-error")
    assert "secret internals" not in response.content.decode()
    assert "Traceback" not in body["detail"]


def test_a_status_with_no_type_of_its_own_is_about_blank():
    request = RequestFactory().get("/api/v1/articles")
    teapot = HttpResponse("short and stout", status=418, content_type="text/plain")
    teapot["Retry-After"] = "5"
    response = problem_from_response(request, teapot)
    assert response["Content-Type"] == MEDIA_TYPE and response["Retry-After"] == "5"
    assert json.loads(response.content) == {
        "type": "about:blank",
        "title": "I'm a Teapot",
        "status": 418,
        "detail": "Server refuses to brew coffee because it is a teapot.",
        "instance": "/api/v1/articles",
    }
