"""The story around a claim: the claims linked to it across articles, who
confirms or contradicts whom, and whether independently."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from claims.models import Claim
from claims.selectors import STORY_MAX_CLAIMS, STORY_MAX_DEPTH, claim_story


@login_required
@require_GET
def claim_story_view(request, pk):
    claim = get_object_or_404(Claim.objects.select_related("article", "speaker"), pk=pk)
    story = claim_story(claim)
    ctx = {
        "nav": "articles",
        "claim": claim,
        "story": story,
        "max_claims": STORY_MAX_CLAIMS,
        "max_depth": STORY_MAX_DEPTH,
    }
    return render(request, "claims/story.html", ctx)
