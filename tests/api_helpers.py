"""Shared by the API tests: token fixtures' helper and a JSON call."""

import json

API = "/api/v1"


def call(client, method, path, secret, body=None, **params):
    """`method` on API + path with the token `secret`; `body` as JSON, else
    `params` as the query string."""
    headers = {"HTTP_AUTHORIZATION": f"Bearer {secret}"} if secret else {}
    if body is not None:
        return getattr(client, method)(
            API + path, data=json.dumps(body), content_type="application/json", **headers
        )
    return getattr(client, method)(API + path, params or None, **headers)
