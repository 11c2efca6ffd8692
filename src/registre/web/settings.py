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

from registre.web import env

# Production mode (docs/deploy.md): secret key and hosts required, HTTPS, secure cookies.
PRODUCTION = env.flag("REGISTRE_PRODUCTION", False)

VAR_DIR = Path(os.environ.get("REGISTRE_VAR_DIR", Path.cwd() / "var")).resolve()
BASE_DIR = Path(__file__).resolve().parent

# The default key is for a local portal only; production requires its own (checked below).
DEV_SECRET_KEY = "registre-local-dev-key-not-for-production"
SECRET_KEY = env.secret("REGISTRE_SECRET_KEY") or DEV_SECRET_KEY
DEBUG = env.flag("REGISTRE_DEBUG", False)
ALLOWED_HOSTS = env.words("REGISTRE_ALLOWED_HOSTS", "" if PRODUCTION else "127.0.0.1,localhost,testserver")

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
    "registre.web.actes.apps.ActesConfig",  # issue 16: closing, signature, @ctes, publication
    # issue 17: the REST API (django-ninja: its templates and static Swagger UI) and its tokens
    "ninja",
    "registre.web.api.apps.ApiConfig",
    "registre.web.alerts.apps.AlertsConfig",
    "django.contrib.syndication",
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
try:
    DATABASES = {"default": dj_database_url.parse(os.environ.get("DATABASE_URL", "") or _default_db,
                                                  conn_max_age=60)}
except ValueError as _e:
    raise env.SettingError(f"DATABASE_URL : adresse de base de données non comprise ({_e}).") from None
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
REGISTRE_PAGE_SIZE = env.number("REGISTRE_PAGE_SIZE", 20, minimum=1, maximum=200)
# Listings and search results are kept this long for anonymous visitors (0: never cached);
# session and deliberation pages are kept until the session changes.
REGISTRE_LIST_CACHE_SECONDS = env.number("REGISTRE_LIST_CACHE_SECONDS", 30)
# Whole responses for anonymous visitors, in front of Django, until the next write (per
# process, least recently used dropped beyond this size; 0: off). See pagecache.py.
REGISTRE_RESPONSE_CACHE_MB = env.number("REGISTRE_RESPONSE_CACHE_MB", 64)
# Caches (issue 11, part 8): Redis when REGISTRE_REDIS_URL is set (redis://host:port/db), shared
# by every server process on every host; else Django's per-process memory cache, and for the
# whole pages (pagecache.py) a file cache under VAR_DIR shared by the processes of this host.
REGISTRE_REDIS_URL = os.environ.get("REGISTRE_REDIS_URL", "")
REGISTRE_PAGE_CACHE = "pages"
# A write reads back only what it changed (convert.refreshed); when true (the tests), each
# write also reads the whole session again and fails loudly if the two differ.
REGISTRE_VERIFY_WRITES = env.flag("REGISTRE_VERIFY_WRITES", False)
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

# --- Deployment and security (issue 13; docs/deploy.md lists every variable) -------------
if PRODUCTION:
    # A public portal: refuse to start on what would leave it open (each message names the variable).
    if DEBUG:
        raise env.SettingError("REGISTRE_DEBUG est actif alors que REGISTRE_PRODUCTION=on : "
                               "les pages de débogage montreraient la configuration à tous.")
    if SECRET_KEY == DEV_SECRET_KEY or len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5:
        raise env.SettingError("REGISTRE_SECRET_KEY (ou REGISTRE_SECRET_KEY_FILE) : une clé secrète "
                               "aléatoire d'au moins 50 caractères est requise en production "
                               "(python -c 'import secrets; print(secrets.token_urlsafe(64))').")
    if not ALLOWED_HOSTS:
        raise env.SettingError("REGISTRE_ALLOWED_HOSTS : indiquez le ou les noms du portail "
                               "(ex. deliberations.exemple.fr) en production.")

INSTALLED_APPS += ["csp", "axes", "django_otp", "django_otp.plugins.otp_totp"]
MIDDLEWARE.insert(1, "registre.web.security.RequestIdMiddleware")
MIDDLEWARE.insert(MIDDLEWARE.index("django.contrib.auth.middleware.AuthenticationMiddleware") + 1,
                  "django_otp.middleware.OTPMiddleware")
MIDDLEWARE += ["registre.web.security.SecondFactorMiddleware", "csp.middleware.CSPMiddleware",
               "axes.middleware.AxesMiddleware"]  # axes last, as its documentation asks

# The local demo account greffe/greffe (make run): only with this flag, only on var/'s SQLite.
REGISTRE_DEMO = env.flag("REGISTRE_DEMO", False)

# Served over HTTPS (behind the reverse proxy of docs/deploy.md): redirect, Secure cookies, HSTS.
HTTPS = env.flag("REGISTRE_HTTPS", PRODUCTION)
SECURE_SSL_REDIRECT = HTTPS
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = HTTPS
SECURE_HSTS_SECONDS = env.number("REGISTRE_HSTS_SECONDS", 31_536_000 if HTTPS else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.flag("REGISTRE_HSTS_SUBDOMAINS", HTTPS)
SECURE_HSTS_PRELOAD = env.flag("REGISTRE_HSTS_PRELOAD", HTTPS)
# The proxy in front says which scheme the visitor used and who the visitor is. Only when the
# server listens on the loopback alone, as in docs/deploy.md: else anyone could claim HTTPS.
BEHIND_PROXY = env.flag("REGISTRE_BEHIND_PROXY", PRODUCTION)
if BEHIND_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"

# Content-Security-Policy (django-csp): nothing inline, everything from the portal itself.
# The downloadable HTML documents carry their own stylesheet, allowed by its hash
# (views/documents.py); the charts are SVG drawn with presentation attributes, no style.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "upgrade-insecure-requests": HTTPS,
    },
}

# Accounts: sessions that end, strong passwords, throttled sign-in, optional second factor.
SESSION_COOKIE_AGE = 60 * env.number("REGISTRE_SESSION_MINUTES", 240, minimum=5)  # idle time
SESSION_SAVE_EVERY_REQUEST = True  # the age counts from the clerk's last request
SESSION_ENGINE = "registre.web.sessions"  # the database's, saved in line with writes on SQLite
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
     "OPTIONS": {"min_length": env.number("REGISTRE_PASSWORD_MIN_LENGTH", 12, minimum=8)}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
# django-axes: after this many failures for one user name, or from one address, sign-in is
# refused (HTTP 429, French page) until the cool-off has passed; a success resets the count.
AXES_FAILURE_LIMIT = env.number("REGISTRE_LOGIN_FAILURES", 5, minimum=1)
AXES_COOLOFF_TIME = env.number("REGISTRE_LOGIN_COOLOFF_MINUTES", 15, minimum=1) / 60  # hours
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registre/locked.html"
AXES_VERBOSE = False
if BEHIND_PROXY:
    AXES_IPWARE_PROXY_COUNT = 1
    AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"]
# django-otp: a clerk may add a TOTP application; REGISTRE_REQUIRE_2FA=on makes it compulsory
# for every signed-in user (security.SecondFactorMiddleware sends them to enrol or verify).
REGISTRE_REQUIRE_2FA = env.flag("REGISTRE_REQUIRE_2FA", False)
OTP_TOTP_ISSUER = os.environ.get("REGISTRE_OTP_ISSUER", "").strip() or "Registre"  # shown in the app

# Errors: every 500 is logged on stderr (the journal under systemd) with the request's id,
# which the error page shows and the X-Request-ID header carries.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "registre.web.security.RequestIdFilter"}},
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s [%(request_id)s] %(name)s: %(message)s"}},
    "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "plain",
                            "filters": ["request_id"]}},
    "loggers": {
        "django.request": {"handlers": ["stderr"], "level": "ERROR", "propagate": False},
        "django.security": {"handlers": ["stderr"], "level": "WARNING", "propagate": False},
        "registre": {"handlers": ["stderr"], "level": env.choice("REGISTRE_LOG_LEVEL", "WARNING",
                                                                  ("DEBUG", "INFO", "WARNING", "ERROR")),
                     "propagate": False},
    },
}

# The life of acts (issue 16, docs/actes.md): signature (PKCS#12 of the signer, RFC 3161
# timestamp authority, trusted roots for validation: comma-separated PEM files) and the
# tiers de télétransmission S²LOW (address, TLS client certificate and key, optional login).
# Empty: the portal does not sign or transmit, and says so.
REGISTRE_SIGN_P12 = os.environ.get("REGISTRE_SIGN_P12", "")
REGISTRE_SIGN_P12_PASSWORD = os.environ.get("REGISTRE_SIGN_P12_PASSWORD", "")
REGISTRE_TSA_URL = os.environ.get("REGISTRE_TSA_URL", "")
REGISTRE_SIGN_TRUST = [p for p in os.environ.get("REGISTRE_SIGN_TRUST", "").split(",") if p]
REGISTRE_SIGN_FONT = os.environ.get("REGISTRE_SIGN_FONT", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
REGISTRE_S2LOW_URL = os.environ.get("REGISTRE_S2LOW_URL", "")
REGISTRE_S2LOW_CERT = os.environ.get("REGISTRE_S2LOW_CERT", "")
REGISTRE_S2LOW_KEY = os.environ.get("REGISTRE_S2LOW_KEY", "")
REGISTRE_S2LOW_KEY_PASSWORD = os.environ.get("REGISTRE_S2LOW_KEY_PASSWORD", "")
REGISTRE_S2LOW_CA = os.environ.get("REGISTRE_S2LOW_CA", "")
REGISTRE_S2LOW_LOGIN = os.environ.get("REGISTRE_S2LOW_LOGIN", "")
REGISTRE_S2LOW_PASSWORD = os.environ.get("REGISTRE_S2LOW_PASSWORD", "")
REGISTRE_TRANSMISSION_DAYS = env.number("REGISTRE_TRANSMISSION_DAYS", 15, minimum=1)

# Mail (issue 17: alerts of saved searches). Without REGISTRE_EMAIL_HOST, messages are
# printed on the console (development); the public address of the portal makes the links.
REGISTRE_SITE_URL = os.environ.get("REGISTRE_SITE_URL", "http://127.0.0.1:8000")
EMAIL_HOST = os.environ.get("REGISTRE_EMAIL_HOST", "")
EMAIL_BACKEND = ("django.core.mail.backends.smtp.EmailBackend" if EMAIL_HOST
                 else "django.core.mail.backends.console.EmailBackend")
EMAIL_PORT = env.number("REGISTRE_EMAIL_PORT", 587, minimum=1, maximum=65535)
EMAIL_HOST_USER = os.environ.get("REGISTRE_EMAIL_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("REGISTRE_EMAIL_PASSWORD", "")
EMAIL_USE_TLS = env.flag("REGISTRE_EMAIL_TLS", True)
DEFAULT_FROM_EMAIL = os.environ.get("REGISTRE_EMAIL_FROM", "registre@localhost")
