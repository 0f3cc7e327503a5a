"""Django settings for Shingikai, all read from the environment with embedded defaults.

Variables: DATABASE_URL, SECRET_KEY, ALLOWED_HOSTS, DEBUG, SHINGIKAI_DEMO, SHINGIKAI_DATA_DIR.
"""

from __future__ import annotations

import datetime
import os
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from shingikai.lib.env import database_config, env_bool, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent
REPO_DIR = BASE_DIR.parent
DATA_DIR = Path(env_str("SHINGIKAI_DATA_DIR", str(REPO_DIR / "var")))

DEBUG = env_bool("DEBUG", False)
# Demo mode allows the printed demo password; it is refused everywhere else.
DEMO_MODE = env_bool("SHINGIKAI_DEMO", False)

SECRET_KEY = env_str("SECRET_KEY", "")
if not SECRET_KEY:
    # Without a configured key every installation (`make run` and demo mode included) gets
    # a random one, made once and kept 0600 in the data dir, so sessions survive restarts
    # and no two installations share a signing key.
    from shingikai.lib.secret import load_or_create_secret

    SECRET_KEY = load_or_create_secret(DATA_DIR / "secret_key")
if len(SECRET_KEY) < 16:
    raise ImproperlyConfigured("SECRET_KEY must be at least 16 characters long")

# Only behind a reverse proxy that sets it: otherwise a client could forge its address.
TRUST_X_FORWARDED_FOR = env_bool("SHINGIKAI_TRUST_X_FORWARDED_FOR", False)

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "shingikai.accounts",
    "shingikai.councils",
    "shingikai.meetings",
    "shingikai.consultations",
    "shingikai.front",
    "shingikai.minutes",
    "shingikai.search",
    "shingikai.checklist",
    "shingikai.documents",
    "shingikai.publication",
    "shingikai.registers",
    "shingikai.cctv",
    "shingikai.pia",
    "shingikai.members",
    "shingikai.maintenance",
    "shingikai.audit",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "shingikai.front.security_headers.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # After the locale and session: refuses NUL characters with a Japanese 400.
    "shingikai.front.input_guard.InputGuardMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "shingikai.audit.middleware.AuditMiddleware",
    # A service refusal no view caught becomes a message (lib/errors.py), never a 500.
    "shingikai.front.middleware.ServiceErrorMiddleware",
    # Last, as django-axes requires: it turns a lockout into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "shingikai.urls"
WSGI_APPLICATION = "shingikai.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "shingikai.front.context.navigation",
            ],
        },
    },
]

DATABASES = {
    "default": database_config(env_str("DATABASE_URL", ""), str(DATA_DIR / "shingikai.sqlite3"))
}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    from shingikai.lib.secret import private_file

    # Password hashes and TOTP seeds: the file is the owner's only, from its first byte.
    private_file(Path(DATABASES["default"]["NAME"]))
    # Tests use a file, not shared-cache memory, so thread tests meet real locking; one per
    # process, so that two test runs on one machine do not share it.
    DATABASES["default"]["TEST"] = {"NAME": str(DATA_DIR / f"test-{os.getpid()}.sqlite3")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "front:dashboard"
LOGOUT_REDIRECT_URL = "login"
# Accounts, following the national guideline for municipal information security
# (地方公共団体における情報セキュリティポリシーに関するガイドライン): per-person accounts,
# long passwords of several character kinds, lockout after repeated failures, idle timeout.
PASSWORD_MIN_LENGTH = int(env_str("SHINGIKAI_PASSWORD_MIN_LENGTH", "12"))
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": PASSWORD_MIN_LENGTH},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    {"NAME": "shingikai.accounts.passwords.CharacterKindsValidator"},
]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "shingikai.accounts.backends.DemoAwareBackend",
]
AXES_FAILURE_LIMIT = int(env_str("SHINGIKAI_LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = datetime.timedelta(minutes=int(env_str("SHINGIKAI_LOCKOUT_MINUTES", "30")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_VERBOSE = False
# Sessions end after this many minutes without a request, and when the browser closes.
SESSION_IDLE_MINUTES = int(env_str("SHINGIKAI_SESSION_IDLE_MINUTES", "30"))
SESSION_COOKIE_AGE = SESSION_IDLE_MINUTES * 60
SESSION_SAVE_EVERY_REQUEST = True
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
OTP_TOTP_ISSUER = "Shingikai"
CSRF_COOKIE_HTTPONLY = False

LANGUAGE_CODE = "ja"
LANGUAGES = [("ja", _("Japanese")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Tokyo"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = DATA_DIR / "static"
# The data dir holds the SQLite file, uploads and collected static files; create it up front.
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Without collectstatic (tests, `make run`) WhiteNoise serves straight from the app dirs.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

# Mail for `shingikai remind`: the municipality's own SMTP server.
EMAIL_HOST = env_str("SHINGIKAI_SMTP_HOST", "localhost")
try:
    EMAIL_PORT = int(env_str("SHINGIKAI_SMTP_PORT", "25"))
except ValueError:
    raise ImproperlyConfigured("SHINGIKAI_SMTP_PORT must be a port number") from None
EMAIL_HOST_USER = env_str("SHINGIKAI_SMTP_USER", "")
EMAIL_HOST_PASSWORD = env_str("SHINGIKAI_SMTP_PASSWORD", "")
EMAIL_USE_TLS = env_bool("SHINGIKAI_SMTP_STARTTLS", False)
EMAIL_TIMEOUT = 30
DEFAULT_FROM_EMAIL = env_str("SHINGIKAI_MAIL_FROM", "shingikai@localhost")

MEDIA_ROOT = DATA_DIR / "media"
MEDIA_URL = "/media/"
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
# Attachments hold draft 諮問書 material: the server's user only.
FILE_UPLOAD_PERMISSIONS = 0o600
FILE_UPLOAD_DIRECTORY_PERMISSIONS = 0o700
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024

X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# HTTPS deployments (behind TLS, usually a reverse proxy) set SHINGIKAI_HTTPS=1: cookies
# are then sent over HTTPS only, plain HTTP is redirected, and browsers are told (HSTS)
# to use HTTPS for SHINGIKAI_HSTS_SECONDS. Off by default: `make run` serves plain HTTP on
# loopback, where Secure cookies would never come back.
HTTPS = env_bool("SHINGIKAI_HTTPS", False)
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = HTTPS
SECURE_SSL_REDIRECT = HTTPS and env_bool("SHINGIKAI_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(env_str("SHINGIKAI_HSTS_SECONDS", "31536000")) if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS and env_bool("SHINGIKAI_HSTS_SUBDOMAINS", False)
if HTTPS and env_bool("SHINGIKAI_TRUST_X_FORWARDED_PROTO", False):
    # Only behind a proxy that sets the header itself; otherwise a client could claim HTTPS.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": "INFO"},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
        "axes": {"level": "WARNING"},
    },
}
