"""The benchmark's naive approach (Wagtail's own search) gives our engine's answer.

`make bench` compares our Elasticsearch engine with bench/naive.py; the comparison
is only fair if both produce the same answer, which this checks on the demo content
without a text query: with one, each matches through its own analysis and fields
(Wagtail's index leaves the evaluation texts out), so totals may differ here. On the
benchmark's corpus they agree, and `make bench` counts the queries where they do.
"""

from __future__ import annotations

import pytest
from django.conf import settings as django_settings

from search.contract import FACETS, LabQuery
from tests.conftest import ELASTICSEARCH_URL, use_engine

pytestmark = pytest.mark.django_db


@pytest.fixture
def naive_index(settings):
    from bench import measure, naive

    if not ELASTICSEARCH_URL:
        pytest.fail("ELASTICSEARCH_URL is not set: run the suite with `make test`.")
    settings.WAGTAILSEARCH_BACKENDS = {
        **django_settings.WAGTAILSEARCH_BACKENDS,
        "naive": {
            "BACKEND": "bench.naive_backend",
            "URLS": [ELASTICSEARCH_URL],
            "INDEX_PREFIX": f"{settings.LAB_INDEX_PREFIX}-wagtail-",
            "AUTO_UPDATE": False,
        },
    }
    naive.backend.cache_clear()
    measure.build_naive_index()
    yield naive
    from practices.models import PracticePage

    naive.backend().get_index_for_model(PracticePage).delete()
    naive.backend.cache_clear()


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"status": ("ongoing",)},
        {"status": ("completed",), "authority_role": ("direct",)},
        {"locale": "it", "authority_role": ("indirect", "direct")},
    ],
)
def test_the_naive_approach_gives_the_elasticsearch_engines_answer(naive_index, settings, params):
    from wagtail.models import Locale

    from bench.measure import same_answer
    from search.engines.elasticsearch import ElasticsearchEngine

    use_engine("elasticsearch", settings)
    params = dict(params)
    locale = params.pop("locale", "en")
    # Wagtail's index holds practices only: compare with ours on practices.
    ours = ElasticsearchEngine().search(
        LabQuery(locale=locale, filters={**params, "kind": ("practice",)})
    )
    naive = naive_index.search(
        LabQuery(locale=locale, filters=params),
        Locale.objects.get(language_code=locale).pk,
    )
    assert ours.total > 0
    assert naive.total == ours.total
    assert set(naive.facets) == set(FACETS)
    # `kind` is counted under every filter but its own: ours also counts the actions.
    ours.facets["kind"] = {"practice": ours.facets["kind"]["practice"]}
    assert naive.facets == ours.facets
    assert naive.map == ours.map
    assert same_answer(ours, naive)
