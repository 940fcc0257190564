"""Verification report URLs (HTML, JSON, CSV, ClaimReview JSON-LD, publishing)."""

urlpatterns = []
