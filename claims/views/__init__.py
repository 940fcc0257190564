"""Placeholder views until the newsroom UI lands (issue 4)."""

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse


@login_required
def home(request):
    return HttpResponse("factcheck")


article_detail = claim_detail = speaker_detail = home
