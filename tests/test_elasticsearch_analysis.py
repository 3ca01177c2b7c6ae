"""Each locale's analysis, as the node builds it, gives the tokens Elastic's own
language analyzer gives (its filters written out in search.engines.elasticsearch,
provided on the test node by es-analysis-plugin/).

The expected tokens are those of Lucene's stemmers that Elastic's analyzers name
(light_* for most languages, Porter for English, Snowball for Swedish). A change of
filter order, stop list, stemmer or plugin shows here as a changed token, before it
shows as a search that quietly finds less. The Swedish tokens are also checked
against the Snowball stemmer the database engine uses, an independent implementation.
"""

from __future__ import annotations

import uuid

import pytest
import snowballstemmer
from django.conf import settings
from elasticsearch import Elasticsearch

from search.engines.elasticsearch import analysis_for, client
from tests.conftest import use_engine

pytestmark = pytest.mark.elasticsearch

# locale: (text, tokens of lab_text, tokens of lab_folded)
EXPECTED = {
    "en": (
        "The refugees' housing programmes were running",
        ["refuge", "hous", "programm", "were", "run"],
        ["refuge", "hous", "programm", "were", "run"],
    ),
    "de": (
        "Die Flüchtlinge suchen Wohnungen und Arbeitsplätze",
        ["fluchtling", "such", "wohnung", "arbeitsplatz"],
        ["fluchtling", "such", "wohnung", "arbeitsplatz"],
    ),
    "el": (
        "Οι πρόσφυγες χρειάζονται στέγαση και εργασία",
        ["προσφυγ", "χρειαζ", "στεγασ", "εργασ"],
        ["προσφυγ", "χρειαζ", "στεγασ", "εργασ"],
    ),
    "es": (
        "Los refugiados buscan viviendas y trabajos",
        ["refugiad", "buscan", "viviend", "trabaj"],
        ["refugiad", "buscan", "viviend", "trabaj"],
    ),
    "fr": (
        "L'intégration des réfugiées dans les logements",
        ["integ", "refug", "loge"],
        ["integ", "refug", "loge"],
    ),
    "it": (
        "L'integrazione dei rifugiati nelle abitazioni",
        ["integrazion", "rifugiat", "abitazion"],
        ["integrazion", "rifugiat", "abitazion"],
    ),
    "pt": (
        "A integração dos refugiados nas habitações",
        ["integraca", "refugiad", "habitaca"],
        ["integraca", "refugiad", "habitaca"],
    ),
    "sv": (
        "Flyktingarna söker bostäder och arbeten",
        ["flykting", "sök", "bostäd", "arbet"],
        ["flykting", "sok", "bostad", "arbet"],
    ),
}


@pytest.fixture
def node(settings) -> Elasticsearch:
    """The lab's own client for the suite's node(s), credentials included."""
    use_engine("elasticsearch", settings)
    return client()


def test_every_locale_is_covered():
    assert sorted(EXPECTED) == sorted(code for code, _name in settings.LANGUAGES)


@pytest.mark.parametrize("locale", sorted(EXPECTED))
def test_analysis_gives_the_tokens_of_elastics_language_analyzer(node, locale):
    text, expected_text, expected_folded = EXPECTED[locale]
    index = f"{settings.LAB_INDEX_PREFIX}-analysis-{locale}-{uuid.uuid4().hex[:8]}"
    node.indices.create(index=index, settings={"analysis": analysis_for(locale)})
    try:
        tokens = {
            analyzer: [
                token["token"]
                for token in node.indices.analyze(index=index, analyzer=analyzer, text=text)[
                    "tokens"
                ]
            ]
            for analyzer in ("lab_text", "lab_folded")
        }
    finally:
        node.indices.delete(index=index)
    assert tokens == {"lab_text": expected_text, "lab_folded": expected_folded}


def test_swedish_stems_agree_with_the_database_engines_snowball():
    text, expected_text, _folded = EXPECTED["sv"]
    stemmer = snowballstemmer.stemmer("swedish")
    words = [word for word in text.lower().split() if word != "och"]  # a stop word
    assert stemmer.stemWords(words) == expected_text
