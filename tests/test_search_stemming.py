"""Stemming in the database engine: singular and plural find the same pages on SQLite
(Snowball stems stored at indexing time) as on PostgreSQL (its text-search configs).

Run it twice: with DATABASE_URL unset (SQLite, the zero-setup default) and on PostgreSQL.
"""

from __future__ import annotations

import pytest

from search.documents import stem, stemmed_words

pytestmark = pytest.mark.django_db

API = "/api/v2/lab/search/"


def ids(client, **params) -> set[int]:
    response = client.get(API, {"page_size": 100, **params})
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["total"] <= 100, "the demo grew: page through results here"
    return {result["id"] for result in body["results"]}


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", ["refugee", "refugees"]),
        ("fr", ["réfugié", "réfugiés"]),
        ("de", ["Gemeinde", "Gemeinden"]),
        ("es", ["comunidad", "comunidades"]),
        ("it", ["comunità", "comunità"]),
        ("el", ["πρόσφυγας", "πρόσφυγες"]),
        ("pt", ["refugiado", "refugiados"]),
        ("sv", ["flykting", "flyktingar"]),
    ],
)
def test_each_language_stems_singular_and_plural_alike(language, words):
    stems = {stem(word, language) for word in words}
    assert len(stems) == 1, stems
    assert f" {stems.pop()} " in stemmed_words(" ".join(words), language)


def test_refugee_and_refugees_find_the_same_practices(client, settings):
    settings.ELASTICSEARCH_URL = ""  # the database engine, on whichever database runs
    singular, plural = ids(client, q="refugee"), ids(client, q="refugees")
    assert singular, "the demo has practices about refugees"
    assert singular == plural
