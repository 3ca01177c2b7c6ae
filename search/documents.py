"""Turning pages into search documents: which pages, and the derived keys both engines use."""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable
from functools import cache

import snowballstemmer
from django.apps import apps
from wagtail.models import Page

# The page types the lab search indexes; each offers `search_document()`.
INDEXED_PAGE_MODELS = ("practices.PracticePage", "regions.RegionalActionPage")


def indexed_models() -> list[type[Page]]:
    return [apps.get_model(label) for label in INDEXED_PAGE_MODELS]


def is_indexed(page: Page) -> bool:
    return isinstance(page, tuple(indexed_models()))


def fold(text: str) -> str:
    """Lower-case and strip accents: 'Skåne' and 'skane' fold to the same key."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


# Snowball's algorithm for each of the lab's languages (SQLite has no stemming of its own).
SNOWBALL_LANGUAGES = {
    "en": "english",
    "fr": "french",
    "de": "german",
    "es": "spanish",
    "it": "italian",
    "el": "greek",
    "pt": "portuguese",
    "sv": "swedish",
}
WORD = re.compile(r"\w+")


@cache
def _stemmer(language: str):
    return snowballstemmer.stemmer(SNOWBALL_LANGUAGES[language])


def stem(word: str, language: str) -> str:
    """A word's folded stem in a language: 'refugees' and 'refugee' share 'refug'-like keys.

    Stemmed before folding, since the algorithms read accents ('é' in French)."""
    if language not in SNOWBALL_LANGUAGES:
        return fold(word)
    return fold(_stemmer(language).stemWord(word.casefold()))


def stemmed_words(text: str, language: str) -> str:
    """The text's words as folded stems, space-separated with a space at both ends, so
    that a stem is matched as a whole word with `contains(" stem ")`."""
    stems = dict.fromkeys(stem(word, language) for word in WORD.findall(text))
    return " " + " ".join(stems) + " "


def sort_key(title: str) -> str:
    """The title order both engines use (compared as plain code points)."""
    return " ".join(fold(title).split())[:255]


def digest(document: dict) -> str:
    """A fingerprint of a document, to tell an up-to-date index entry from a stale one."""
    payload = json.dumps(document, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(payload.encode()).hexdigest()


def live_indexed_pages(locale: str | None = None, page_ids: Iterable[int] | None = None):
    """Every page that belongs in the index (or these of them), per model, with what
    documents need prefetched."""
    for model in indexed_models():
        pages = model.objects.live().select_related("locale")
        if locale:
            pages = pages.filter(locale__language_code=locale)
        if page_ids is not None:
            pages = pages.filter(pk__in=page_ids)
        # Taxonomy and regions: every many-to-many relation a document reads.
        related = [f.name for f in model._meta.get_fields() if f.many_to_many and f.concrete]
        yield from pages.prefetch_related(*related)


def document_for(page: Page) -> dict | None:
    """The document for a page, or None when it does not belong in the index."""
    page = page.specific
    if not is_indexed(page) or not page.live:
        return None
    document = page.search_document()
    document["sort_title"] = sort_key(document["title"])
    document["digest"] = digest(document)
    return document
