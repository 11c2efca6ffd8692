"""Django settings, read from the environment.

``DATABASE_URL`` (dj-database-url syntax) chooses the database: a SQLite file
``var/registre.sqlite3`` under the working directory by default, PostgreSQL with
``postgres://user@host:port/name``. ``REGISTRE_SECRET_KEY``, ``REGISTRE_DEBUG``,
``REGISTRE_ALLOWED_HOSTS`` (comma-separated) and ``REGISTRE_VAR_DIR`` are the others
(docs/settings.md).
"""

from __future__ import annotations

import os
from pathlib import Path

import dj_database_url

VAR_DIR = Path(os.environ.get("REGISTRE_VAR_DIR", Path.cwd() / "var")).resolve()
BASE_DIR = Path(__file__).resolve().parent

# The default key is for a local portal only; any public deployment sets its own.
SECRET_KEY = os.environ.get("REGISTRE_SECRET_KEY", "registre-local-dev-key-not-for-production")
DEBUG = os.environ.get("REGISTRE_DEBUG", "") not in ("", "0", "false", "False")
_hosts = os.environ.get("REGISTRE_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
ALLOWED_HOSTS = [h for h in _hosts.split(",") if h]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "registre.web.apps.WebConfig",
    "registre.web.subsidies.apps.SubsidiesConfig",
    "simple_history",  # issue 11: history of every write (values before and after)
    "registre.web.history.apps.HistoryConfig",  # issue 11: ledger, errata, aliases, history
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",  # issue 11: who made each write
]

ROOT_URLCONF = "registre.web.urls"
WSGI_APPLICATION = "registre.web.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

_default_db = f"sqlite:///{VAR_DIR / 'registre.sqlite3'}"
DATABASES = {"default": dj_database_url.parse(os.environ.get("DATABASE_URL", _default_db), conn_max_age=60)}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # Concurrent readers while a clerk writes: WAL journal, wait on locks rather than fail.
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0

LANGUAGE_CODE = "fr"
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
LOGIN_URL = "registre:login"
LOGIN_REDIRECT_URL = "registre:workspace"
LOGOUT_REDIRECT_URL = "registre:home"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Search results per page of the public portal.
REGISTRE_PAGE_SIZE = int(os.environ.get("REGISTRE_PAGE_SIZE", "20"))
# Listings and search results are kept this long for anonymous visitors (0: never cached);
# session and deliberation pages are kept until the session changes.
REGISTRE_LIST_CACHE_SECONDS = int(os.environ.get("REGISTRE_LIST_CACHE_SECONDS", "30"))
# Whole responses for anonymous visitors, in front of Django, until the next write (per
# process, least recently used dropped beyond this size; 0: off). See pagecache.py.
REGISTRE_RESPONSE_CACHE_MB = int(os.environ.get("REGISTRE_RESPONSE_CACHE_MB", "64"))
# Caches (issue 11, part 8): Redis when REGISTRE_REDIS_URL is set (redis://host:port/db), shared
# by every server process on every host; else Django's per-process memory cache, and for the
# whole pages (pagecache.py) a file cache under VAR_DIR shared by the processes of this host.
REGISTRE_REDIS_URL = os.environ.get("REGISTRE_REDIS_URL", "")
REGISTRE_PAGE_CACHE = "pages"
# A write reads back only what it changed (convert.refreshed); when true (the tests), each
# write also reads the whole session again and fails loudly if the two differ.
REGISTRE_VERIFY_WRITES = os.environ.get("REGISTRE_VERIFY_WRITES", "") == "1"
if REGISTRE_REDIS_URL:
    CACHES = {alias: {"BACKEND": "django.core.cache.backends.redis.RedisCache",
                      "LOCATION": REGISTRE_REDIS_URL, "KEY_PREFIX": f"registre-{alias}"}
              for alias in ("default", "pages")}
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "pages": {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
                  "LOCATION": str(VAR_DIR / "pagecache"), "OPTIONS": {"MAX_ENTRIES": 5000}},
    }

if DATABASES["default"]["ENGINE"].endswith("postgresql"):
    # Django creates (and drops) its own test database beside the one named in DATABASE_URL.
    DATABASES["default"]["TEST"] = {"NAME": os.environ.get("REGISTRE_TEST_DB_NAME", "test_registre_web")}
