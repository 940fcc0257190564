"""Newsroom UI views, one module per screen (see claims/urls.py)."""
