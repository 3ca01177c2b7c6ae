"""Settings shared by every environment; values that vary come from cms.env."""

from pathlib import Path

import dj_database_url

from cms.env import env_bool, env_float, env_int, env_list, env_str, env_url, env_urls

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

SECRET_KEY = env_str("SECRET_KEY", "insecure-dev-key-only-for-local-use")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ("127.0.0.1", "localhost", "testserver"))

INSTALLED_APPS = [
    "cms",  # private media storage (cms/storage.py)
    "home",
    "practices",
    "regions",
    "search",
    "editorial",  # before wagtail_localize: it overrides its editor template
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtailgeowidget",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_countries",
    "django_filters",
    "django_tasks",
    "rest_framework",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # Outermost, so it sees every response: a lost database becomes a 503, not a 500.
    "cms.database_unavailable.DatabaseUnavailableMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "regions.translation_guard.TranslationScopeMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=60,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# The eight locales of the lab (FACTS.md); English is the source language.
LANGUAGE_CODE = "en"
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [
    ("en", "English"),
    ("fr", "Français"),
    ("de", "Deutsch"),
    ("es", "Español"),
    ("it", "Italiano"),
    ("el", "Ελληνικά"),
    ("pt", "Português"),
    ("sv", "Svenska"),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
WAGTAIL_I18N_ENABLED = True
TIME_ZONE = "Europe/Brussels"
USE_I18N = True
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "var" / "static"
STATIC_URL = "/static/"
MEDIA_ROOT = BASE_DIR / "var" / "media"
MEDIA_URL = "/media/"
# Files of restricted collections (unreviewed submission attachments): outside
# MEDIA_ROOT and STATIC_ROOT, served by nothing but Wagtail's permission-checked
# document view (cms/storage.py). Back it up with the media.
PRIVATE_MEDIA_ROOT = Path(env_str("PRIVATE_MEDIA_ROOT") or BASE_DIR / "var" / "private-media")
STORAGES = {
    "default": {"BACKEND": "cms.storage.LabMediaStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Background work (search indexing) runs through django-tasks; the immediate
# backend runs a task at once, after the transaction that queued it commits.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

WAGTAIL_SITE_NAME = "Integration Lab"
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Wagtail's own search (admin listings and the database engine's text match).
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILAPI_RICH_TEXT_FORMAT = "html"
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No avatars fetched from gravatar.com: the admin loads nothing from other hosts.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# The lab search (search/): Elasticsearch when a URL is given, else the database.
# Several nodes of one cluster: comma-separated; the client spreads requests over them
# and retries a failed one on another node.
ELASTICSEARCH_URL = env_urls("ELASTICSEARCH_URL")
ELASTICSEARCH_API_KEY = env_str("ELASTICSEARCH_API_KEY")
ELASTICSEARCH_USERNAME = env_str("ELASTICSEARCH_USERNAME")
ELASTICSEARCH_PASSWORD = env_str("ELASTICSEARCH_PASSWORD")
ELASTICSEARCH_CA_CERTS = env_str("ELASTICSEARCH_CA_CERTS")
LAB_INDEX_PREFIX = env_str("LAB_INDEX_PREFIX", "lab")
LAB_INDEX_REPLICAS = env_int("LAB_INDEX_REPLICAS", 0)
# Index writes become visible at the next refresh (1 s); tests wait for it.
LAB_INDEX_REFRESH: str | bool = False
# A visitor's search gives the cluster this long before the database answers.
LAB_SEARCH_TIMEOUT = env_float("LAB_SEARCH_TIMEOUT", 2.0)
LAB_SEARCH_BREAKER_SECONDS = env_float("LAB_SEARCH_BREAKER_SECONDS", 30.0)

MAP_TILES_URL = env_str("MAP_TILES_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
MAP_TILES_REFERRER_POLICY = env_str("MAP_TILES_REFERRER_POLICY", "strict-origin-when-cross-origin")
MAP_TILES_ATTRIBUTION = env_str("MAP_TILES_ATTRIBUTION", "&copy; OpenStreetMap contributors")
CORS_ALLOWED_ORIGINS = env_list("CORS_ALLOWED_ORIGINS")
DEEPL_API_KEY = env_str("DEEPL_API_KEY")

# --- Translation (wagtail-localize) and its moderation -----------------------------
# Submitting a page for translation creates a draft, never a live page: a
# translation goes live through moderation (editorial/moderation.py), even when
# its source is live.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE = "synced"
# Machine translation only when a DeepL key is configured; Portuguese is European
# Portuguese (PT-PT). Tests use wagtail-localize's DummyTranslator.
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = (
    {
        "CLASS": "editorial.machine_translation.LabDeepLTranslator",
        "OPTIONS": {"AUTH_KEY": DEEPL_API_KEY},
    }
    if DEEPL_API_KEY
    else None
)
# --- end of translation --------------------------------------------------------------

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "loggers": {
        "lab": {"handlers": ["console"], "level": env_str("LAB_LOG_LEVEL", "INFO")},
    },
}

# --- Headless API (/api/): CORS, caching, preview, open data ---------------------------
# CORS only for the API, read-only, for the origins in CORS_ALLOWED_ORIGINS (above).
INSTALLED_APPS += ["corsheaders"]
# Outermost first: CORS headers reach every API answer (304s and 400s included);
# the caching middleware sees the final body; the guard runs before any view.
MIDDLEWARE.insert(
    MIDDLEWARE.index("whitenoise.middleware.WhiteNoiseMiddleware"),
    "corsheaders.middleware.CorsMiddleware",
)
MIDDLEWARE.insert(
    MIDDLEWARE.index("whitenoise.middleware.WhiteNoiseMiddleware"),
    "cms.middleware.ApiCachingMiddleware",
)
MIDDLEWARE.insert(
    MIDDLEWARE.index("whitenoise.middleware.WhiteNoiseMiddleware"),
    "cms.middleware.ApiQueryGuardMiddleware",
)
# The API takes its language from ?locale= or the page, not from Accept-Language.
MIDDLEWARE[MIDDLEWARE.index("django.middleware.locale.LocaleMiddleware")] = (
    "cms.middleware.LabLocaleMiddleware"
)
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_METHODS = ("GET", "HEAD", "OPTIONS")
CORS_ALLOW_HEADERS = ("accept", "if-modified-since", "if-none-match", "user-agent")
CORS_EXPOSE_HEADERS = ("Content-Disposition", "ETag", "Last-Modified", "Link")

# A CDN may serve an API answer this long, then revalidate it (ETag / Last-Modified).
LAB_API_MAX_AGE = env_int("LAB_API_MAX_AGE", 60)
LAB_API_STALE_WHILE_REVALIDATE = env_int("LAB_API_STALE_WHILE_REVALIDATE", 300)
WAGTAILAPI_LIMIT_MAX = 100

# Headless preview: the external front end's preview route, and how long a link lives.
LAB_PREVIEW_URL = env_url("LAB_PREVIEW_URL")
LAB_PREVIEW_TOKEN_MAX_AGE = env_int("LAB_PREVIEW_TOKEN_MAX_AGE", 30 * 60)

# Open data (/api/v2/lab/export.csv|json).
LAB_OPEN_DATA_TITLE = "Practices of migrant integration in European regions"
LAB_OPEN_DATA_LICENCE = {
    "name": env_str("LAB_OPEN_DATA_LICENCE_NAME", "CC BY 4.0"),
    "url": env_str("LAB_OPEN_DATA_LICENCE_URL", "https://creativecommons.org/licenses/by/4.0/"),
}

# --- Share a practice (practices/submissions.py) --------------------------------------
# How many practices one address may submit: "<count>/<s|m|h|d>".
LAB_SUBMISSION_RATE = env_str("LAB_SUBMISSION_RATE", "5/h")
# Told of every submission, besides the members of the Moderators group.
LAB_MODERATOR_EMAILS = env_list("LAB_MODERATOR_EMAILS")
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Integration Lab <noreply@localhost>")
