"""The one place where the lab reads its environment.

Every setting that comes from the environment is read here, typed, with its
default; production settings ask for the values that have no safe default and
fail at start-up when one is missing.
"""

from __future__ import annotations

import os
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

TRUE_WORDS = {"1", "true", "yes", "on"}
FALSE_WORDS = {"0", "false", "no", "off", ""}


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default).strip()


def env_bool(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    word = raw.strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ImproperlyConfigured(
        f"{name}={raw!r}: expected one of {sorted(TRUE_WORDS | FALSE_WORDS)}."
    )


def env_list(name: str, default: tuple[str, ...] = ()) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return list(default)
    return [item.strip() for item in raw.split(",") if item.strip()]


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        return int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={raw!r}: expected a whole number.") from None


def env_float(name: str, default: float) -> float:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        return float(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={raw!r}: expected a number.") from None


def env_urls(name: str) -> str:
    """A comma-separated list of http(s) URLs (the nodes of a cluster), each checked;
    returned joined by commas without trailing slashes, or empty."""
    raw = env_str(name)
    urls = [item.strip().rstrip("/") for item in raw.split(",") if item.strip()]
    for url in urls:
        parts = urlsplit(url)
        if parts.scheme not in {"http", "https"} or not parts.hostname:
            raise ImproperlyConfigured(
                f"{name}: {url!r} is not an http(s) URL with a host "
                "(give one URL, or several separated by commas)."
            )
    return ",".join(urls)


def env_required(name: str) -> str:
    value = env_str(name)
    if not value:
        raise ImproperlyConfigured(f"{name} must be set in the environment for production.")
    return value


def env_url(name: str, default: str = "") -> str:
    """A URL setting: empty, or an http(s) URL with a host."""
    value = env_str(name, default)
    if value:
        parts = urlsplit(value)
        if parts.scheme not in {"http", "https"} or not parts.hostname:
            raise ImproperlyConfigured(f"{name}={value!r} is not an http(s) URL with a host.")
    return value.rstrip("/")
