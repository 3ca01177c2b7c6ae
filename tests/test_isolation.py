"""Tests do not see each other's cache entries or media files (tests/conftest.py).

The two tests of each pair run in file order: the first leaves something behind,
the second checks that it is gone.
"""

from __future__ import annotations

from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

KEY = "lab-isolation-probe"
NAME = "isolation/probe.txt"


def test_one_test_leaves_a_cache_entry_and_a_media_file():
    cache.set(KEY, "left behind", timeout=None)
    default_storage.save(NAME, ContentFile(b"left behind"))
    assert cache.get(KEY) == "left behind" and default_storage.exists(NAME)


def test_the_next_test_sees_neither():
    assert cache.get(KEY) is None
    assert not default_storage.exists(NAME)
