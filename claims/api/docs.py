"""The interactive API docs: Swagger UI from the django-ninja package's own
static files (no CDN), in a page whose only scripts are files from this site
carrying the request's CSP nonce, and no inline styles."""

from django.shortcuts import render
from ninja.openapi.docs import DocsBase


class VendoredSwagger(DocsBase):
    template = "api/docs.html"

    def render_page(self, request, api, **kwargs):
        settings = {
            "url": self.get_openapi_url(api, kwargs),
            "layout": "BaseLayout",
            "deepLinking": True,
            "persistAuthorization": False,
            "validatorUrl": None,
        }  # no badge from an outside validator
        return render(request, self.template, {"api": api, "swagger_settings": settings})
