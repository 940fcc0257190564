"""Test-only settings: the production settings plus what only tests may change.

pytest loads this module (pyproject's DJANGO_SETTINGS_MODULE); nothing else
imports it. PostgreSQL, Chromium and the spaCy pipeline stay real: only the
cost of hashing the personas' passwords goes, since every test creates users
and PBKDF2 at Django's production iteration count dominated the suite's time.
"""

from factcheck.env import env_str
from factcheck.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Tests that extract articles do not each embed every claim inline (the immediate backend);
# the vector tests drain the queue themselves or turn this on (test_matching_commands).
EMBED_AFTER_EXTRACTION = False

# The Chromium the browser tests drive (Debian's, installed by scripts/ensure-chromium).
FACTCHECK_CHROMIUM = env_str("FACTCHECK_CHROMIUM", "/usr/bin/chromium")

# The shared data beside the project (../shared: seed, gold claims, the scorer).
FACTCHECK_SHARED_DIR = env_str("FACTCHECK_SHARED_DIR", str(BASE_DIR.parent / "shared"))  # noqa: F405
