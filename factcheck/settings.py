"""Settings for factcheck, read from the environment (see README "Configuration").

With no environment at all this is the embedded default: SQLite in var/,
tasks run inline, DEBUG off. Every knob is an environment variable.
"""

import os
import secrets
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP

from factcheck.env import env_bool, env_choice, env_int, env_list, env_secret, env_str

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(env_str("FACTCHECK_VAR_DIR", str(BASE_DIR / "var")))


def _private_file(path: Path, content: str = "") -> None:
    """Create `path` readable by its owner only (no window where it is not):
    var/ holds the secret key and the SQLite database."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    with os.fdopen(fd, "w") as f:
        f.write(content)


def _secret_key() -> str:
    """SECRET_KEY (or the file SECRET_KEY_FILE names), else one generated once
    and kept in var/."""
    key = env_secret("SECRET_KEY")
    if key:
        return key
    path = VAR_DIR / "secret_key"
    if not path.exists():
        VAR_DIR.mkdir(parents=True, exist_ok=True)
        _private_file(path, secrets.token_urlsafe(50))
    return path.read_text().strip()


SECRET_KEY = _secret_key()
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django_htmx",
    "ninja",
    "django_tasks_db",
    "axes",
    "claims",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "claims.middleware.ApiProblemMiddleware",
    "claims.middleware.RequestSizeLimitMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "claims.middleware.RoleRequiredMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "factcheck.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "claims.context_processors.factcheck",
            ],
        },
    },
]

# Django's, with the input and textarea widgets written in Python (claims/forms.py).
FORM_RENDERER = "claims.forms.FormRenderer"

WSGI_APPLICATION = "factcheck.wsgi.application"

# --- Database: no DATABASE_URL means the embedded SQLite file in var/ ---------
DATABASE_URL = env_secret("DATABASE_URL")  # or DATABASE_URL_FILE
if DATABASE_URL:
    try:
        _db = dj_database_url.parse(DATABASE_URL, conn_max_age=0, conn_health_checks=True)
    except ValueError as exc:
        raise ImproperlyConfigured(
            f"DATABASE_URL is not usable ({exc}); expected postgres://user:pass@host:5432/db "
            "or sqlite:///path"
        ) from None
    if _db["ENGINE"] == "django.db.backends.postgresql":
        # A sequential scan starts at the table's first page, not wherever a concurrent
        # one has got to: a LIMIT without ORDER BY (the pool of a panel's suggested links,
        # claims.suggestions) then reads the same rows at every opening, whichever plan.
        _opts = _db.setdefault("OPTIONS", {})
        _opts["options"] = f"{_opts.get('options', '')} -c synchronize_seqscans=off".strip()
    if _db["ENGINE"] == "django.db.backends.postgresql" and env_bool("FACTCHECK_DB_POOL", True):
        _db.setdefault("OPTIONS", {})["pool"] = {
            "min_size": env_int("FACTCHECK_DB_POOL_MIN", 2, minimum=0),
            "max_size": env_int("FACTCHECK_DB_POOL_MAX", 20, minimum=1),
            "timeout": env_int("FACTCHECK_DB_POOL_TIMEOUT", 10, minimum=1),
        }
        if env_bool("FACTCHECK_DB_PREPARED", True):
            _db["OPTIONS"]["server_side_binding"] = True
            _db["OPTIONS"]["prepare_threshold"] = 2
        if _db["OPTIONS"]["pool"]["min_size"] > _db["OPTIONS"]["pool"]["max_size"]:
            raise ImproperlyConfigured(
                "FACTCHECK_DB_POOL_MIN must not exceed FACTCHECK_DB_POOL_MAX"
            )
else:
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    # SQLite creates its -wal/-journal files with the database file's mode.
    _private_file(VAR_DIR / "factcheck.sqlite3")
    _db = {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": VAR_DIR / "factcheck.sqlite3",
        "OPTIONS": {"timeout": 20, "transaction_mode": "IMMEDIATE"},
    }
DATABASES = {"default": _db}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Background work (django.tasks) ------------------------------------------
# "immediate" runs tasks inline (embedded default, tests); "database" queues
# them for `manage.py db_worker` (django-tasks-db).
# Embed an article's claims (claims.matching) as a task after its extraction; off, the
# vectors come from `manage.py embed_claims` (and a claim opened without one is embedded then).
EMBED_AFTER_EXTRACTION = env_bool("FACTCHECK_EMBED_AFTER_EXTRACTION", True)
TASK_BACKENDS = {
    "immediate": "django.tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
}
TASK_BACKEND = env_choice("FACTCHECK_TASK_BACKEND", "immediate", tuple(TASK_BACKENDS))
TASKS = {"default": {"BACKEND": TASK_BACKENDS[TASK_BACKEND]}}

# --- Auth -------------------------------------------------------------------
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "claims.auth.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"
AXES_ENABLED = env_bool("FACTCHECK_LOGIN_THROTTLE", True)
AXES_FAILURE_LIMIT = env_int("FACTCHECK_LOGIN_FAILURE_LIMIT", 5, minimum=1)
AXES_COOLOFF_TIME = env_int("FACTCHECK_LOGIN_COOLOFF_MINUTES", 15, minimum=1) / 60  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True

# --- Security -----------------------------------------------------------------
HTTPS = env_bool("FACTCHECK_HTTPS", False)
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_SSL_REDIRECT = HTTPS and env_bool("FACTCHECK_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = env_int("FACTCHECK_HSTS_SECONDS", 31536000, minimum=0) if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = HTTPS
SECURE_PROXY_SSL_HEADER = (
    ("HTTP_X_FORWARDED_PROTO", "https") if env_bool("FACTCHECK_BEHIND_PROXY", False) else None
)
SESSION_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "object-src": [CSP.NONE],
}

# --- Limits -------------------------------------------------------------------
FACTCHECK_MAX_ARTICLE_BYTES = env_int("FACTCHECK_MAX_ARTICLE_BYTES", 2 * 1024 * 1024, minimum=1)
DATA_UPLOAD_MAX_MEMORY_SIZE = FACTCHECK_MAX_ARTICLE_BYTES + 512 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = FACTCHECK_MAX_ARTICLE_BYTES + 512 * 1024
# Fetching an article from a URL: one deadline (seconds) for the whole
# download; private addresses (intranet sites) only when allowed.
FACTCHECK_FETCH_TIMEOUT = env_int("FACTCHECK_FETCH_TIMEOUT", 20)
FACTCHECK_FETCH_ALLOW_PRIVATE = env_bool("FACTCHECK_FETCH_ALLOW_PRIVATE", False)
# API: requests one token may make per minute (then 429 with Retry-After).
FACTCHECK_API_RATE_PER_MINUTE = env_int("FACTCHECK_API_RATE_PER_MINUTE", 600)

# --- Product ------------------------------------------------------------------
FACTCHECK_SPACY_MODEL = env_str("FACTCHECK_SPACY_MODEL")
FACTCHECK_EMBED_THREADS = env_int("FACTCHECK_EMBED_THREADS", 1, minimum=1)  # onnxruntime
FACTCHECK_ORG_NAME = env_str("FACTCHECK_ORG_NAME", "Factcheck Desk")
FACTCHECK_ORG_URL = env_str("FACTCHECK_ORG_URL", "https://factcheck.example.org/")
if not FACTCHECK_ORG_URL.startswith(("http://", "https://")):
    raise ImproperlyConfigured(
        f"FACTCHECK_ORG_URL must be an http(s) URL, got {FACTCHECK_ORG_URL!r}"
    )
# The workbench's own address as the public reaches it: the links of the desk's
# published reviews in the fact-check library are built from it (outside a request).
FACTCHECK_SITE_URL = env_str("FACTCHECK_SITE_URL", "http://127.0.0.1:8000/")

LANGUAGE_CODE = "en-gb"
TIME_ZONE = env_str("TIME_ZONE", "UTC")
try:
    ZoneInfo(TIME_ZONE)
except (ValueError, ZoneInfoNotFoundError):
    raise ImproperlyConfigured(
        f"TIME_ZONE must be an IANA time zone such as UTC or Europe/Paris, got {TIME_ZONE!r}"
    ) from None
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = VAR_DIR / "staticfiles"

LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_choice("LOG_LEVEL", "INFO", LOG_LEVELS)},
    "loggers": {
        "axes": {"level": "WARNING"},
        # One line per task state change is noise with the inline backend.
        "django.tasks": {"level": env_choice("FACTCHECK_TASK_LOG_LEVEL", "WARNING", LOG_LEVELS)},
    },
}
