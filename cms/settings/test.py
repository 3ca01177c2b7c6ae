"""The test suite: fast hashing, in-memory cache and mail, plain static files."""

from .base import *  # noqa: F403

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
LAB_INDEX_REFRESH = "wait_for"
LAB_SEARCH_BREAKER_SECONDS = 2.0
# No tile server in tests: the map draws regions on a plain ground and requests nothing.
MAP_TILES_URL = ""
