"""Settings for the benchmark and the resilience drill: production-like, on loopback.

The base settings read the environment (DATABASE_URL, ELASTICSEARCH_URL,
LAB_INDEX_PREFIX, ...), which bench/run.py and bench/resilience.py set before
Django starts. DEBUG stays off: with it Django keeps every SQL query in memory
and renders slower, which would flatter nothing and skew every figure.
"""

from cms.settings.base import *  # noqa: F403

DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}

# "The naive approach": Wagtail's own Elasticsearch backend on the same node, one
# request per facet (bench/naive_backend.py). Never updated on publish
# (AUTO_UPDATE off): the benchmark fills it itself.
if ELASTICSEARCH_URL:  # noqa: F405
    WAGTAILSEARCH_BACKENDS = {  # noqa: F405
        **WAGTAILSEARCH_BACKENDS,  # noqa: F405
        "naive": {
            "BACKEND": "bench.naive_backend",
            "URLS": ELASTICSEARCH_URL.split(","),  # noqa: F405
            "INDEX_PREFIX": f"{LAB_INDEX_PREFIX}-wagtail-",  # noqa: F405
            "AUTO_UPDATE": False,
            "TIMEOUT": 30,
        },
    }

LOGGING = {
    **LOGGING,  # noqa: F405
    "loggers": {"lab": {"handlers": ["console"], "level": "WARNING"}},
}
