"""The search contract of DESIGN.md, run against both engines on the demo content."""

from __future__ import annotations

import re

import pytest

from search.contract import FACETS

pytestmark = pytest.mark.django_db

API = "/api/v2/lab/search/"


def search(client, **params) -> dict:
    response = client.get(API, params)
    assert response.status_code == 200, response.content
    return response.json()


def all_ids(client, **params) -> list[int]:
    body = search(client, page_size=100, **params)
    assert body["total"] <= 100, "the demo grew: page through results here"
    return [result["id"] for result in body["results"]]


def test_response_has_the_design_shape(client, engine):
    body = search(client)
    assert body["engine"] == engine
    assert body["degraded"] is False
    assert body["query"] == {"q": "", "locale": "en", "filters": {}, "sort": "relevance"}
    assert body["page"] == 1 and body["page_size"] == 20
    assert body["total"] >= 42  # 36+ practices and 6 partner actions
    assert len(body["results"]) == 20
    assert set(body["facets"]) == set(FACETS)
    result = body["results"][0]
    assert set(result) == {
        "id",
        "title",
        "url",
        "summary",
        "highlight",
        "kind",
        "region",
        "country",
        "aspects",
        "year",
    }
    assert result["url"].startswith("/en/")
    assert set(result["region"]) == {"slug", "title"}
    for entry in body["map"]:
        assert set(entry) == {"region", "label", "lat", "lng", "count"}
        assert entry["count"] > 0


def test_every_facet_value_count_is_the_total_of_its_filter(client, engine):
    """Disjunctive counts: for every listed value v of every facet F, F=v gives count(v)."""
    body = search(client)
    checked = 0
    for facet, entries in body["facets"].items():
        assert entries, f"facet {facet} lists nothing on the demo content"
        for entry in entries:
            filtered = search(client, **{facet: entry["value"]})
            assert filtered["total"] == entry["count"], (facet, entry)
            checked += 1
    assert checked >= 40


def test_disjunctive_counts_under_another_filter(client, engine):
    base = {"status": "ongoing"}
    body = search(client, **base)
    for facet in ("aspect", "policy_area", "evidence", "kind"):
        for entry in body["facets"][facet]:
            assert search(client, **base, **{facet: entry["value"]})["total"] == entry["count"]


def test_choosing_a_value_keeps_its_siblings_listed(client, engine):
    everything = search(client)
    chosen = everything["facets"]["aspect"][0]["value"]
    body = search(client, aspect=chosen)
    listed = {entry["value"]: entry for entry in body["facets"]["aspect"]}
    assert listed[chosen]["selected"] is True
    assert len(listed) == len(everything["facets"]["aspect"])
    assert {e["value"]: e["count"] for e in body["facets"]["aspect"]} == {
        e["value"]: e["count"] for e in everything["facets"]["aspect"]
    }


def test_values_of_one_facet_are_ored_and_facets_anded(client, engine):
    aspects = [entry["value"] for entry in search(client)["facets"]["aspect"][:2]]
    first = set(all_ids(client, aspect=aspects[0]))
    second = set(all_ids(client, aspect=aspects[1]))
    either = set(all_ids(client, aspect=aspects))
    assert either == first | second
    assert len(either) > max(len(first), len(second))
    completed = set(all_ids(client, status="completed"))
    both = set(all_ids(client, aspect=aspects[0], status="completed"))
    assert both == first & completed
    assert both and both != first


def test_unknown_facet_value_matches_nothing_and_stays_listed(client, engine):
    body = search(client, region="atlantis")
    assert body["total"] == 0
    assert body["results"] == []
    assert {"value": "atlantis", "label": "atlantis", "count": 0, "selected": True} in (
        body["facets"]["region"]
    )
    assert body["map"] == []


def test_pagination_walks_every_result_once(client, engine):
    total = search(client)["total"]
    seen: list[int] = []
    page = 1
    while True:
        body = search(client, page=page, page_size=7)
        if not body["results"]:
            break
        assert body["page"] == page and body["page_size"] == 7
        seen += [result["id"] for result in body["results"]]
        page += 1
    assert len(seen) == total == len(set(seen))
    assert search(client, page=page + 5, page_size=7)["results"] == []


def test_sort_by_title_and_newest(client, engine):
    from search.documents import sort_key

    by_title = search(client, sort="title", page_size=100)["results"]
    keys = [sort_key(result["title"]) for result in by_title]
    assert keys == sorted(keys)
    newest = search(client, sort="newest", page_size=100)["results"]
    years = [result["year"] for result in newest]
    assert years == sorted(years, reverse=True)
    assert years[0] > years[-1]


def test_labels_follow_the_locale(client, engine):
    body = search(client, locale="it")
    assert body["query"]["locale"] == "it"
    # No Italian pages in the base demo: an empty result with every facet still answered.
    assert body["total"] == 0 or all(r["url"].startswith("/it/") for r in body["results"])
    body = search(client, locale="it", aspect="innovation")
    chosen = [entry for entry in body["facets"]["aspect"] if entry["value"] == "innovation"]
    assert chosen == [
        {
            "value": "innovation",
            "label": "Innovazione",
            "count": chosen[0]["count"],
            "selected": True,
        }
    ]


def test_text_query_highlights_matches_with_mark(client, engine):
    body = search(client, q="refugees")
    assert body["total"] > 0
    highlights = [result["highlight"] for result in body["results"] if result["highlight"]]
    assert highlights, "no highlight for a matching query"
    assert all("<mark>" in highlight for highlight in highlights)


def test_markup_in_the_query_comes_back_escaped(client, engine):
    body = search(client, q='refugees <img src=x onerror="alert(1)">')
    for result in body["results"]:
        tags = re.findall(r"</?([a-zA-Z]+)", result["highlight"])
        assert set(tags) <= {"mark"}, result["highlight"]
    assert body["query"]["q"] == 'refugees <img src=x onerror="alert(1)">'


def test_text_query_finds_an_accented_region_without_accents(client, engine):
    with_accent = search(client, q="Skåne")
    without = search(client, q="Skane")
    assert with_accent["total"] > 0
    assert {r["id"] for r in without["results"]} >= {r["id"] for r in with_accent["results"]}


@pytest.mark.parametrize(
    ("params", "code", "param"),
    [
        ({"locale": "xx"}, "unknown_locale", "locale"),
        ({"sort": "random"}, "unknown_sort", "sort"),
        ({"page": "0"}, "out_of_range", "page"),
        ({"page": "two"}, "invalid_number", "page"),
        ({"page_size": "101"}, "out_of_range", "page_size"),
        ({"page_size": "0"}, "out_of_range", "page_size"),
        ({"page_size": "1.5"}, "invalid_number", "page_size"),
        ({"page": "101", "page_size": "100"}, "out_of_range", "page"),
        ({"q": "x" * 501}, "query_too_long", "q"),
        ({"colour": "blue"}, "unknown_parameter", "colour"),
        ({"q": "a\x00b"}, "invalid_character", "q"),
        ({"aspect": "inno\x00vation"}, "invalid_character", "aspect"),
    ],
)
def test_bad_parameters_answer_400_with_the_error_body(client, engine, params, code, param):
    response = client.get(API, params)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == code
    assert error["param"] == param
    assert len(error["message"]) > 10


def test_q_of_exactly_500_characters_is_accepted(client, engine):
    assert client.get(API, {"q": "a" * 500}).status_code == 200


def test_map_counts_every_filter(client, engine):
    body = search(client, aspect="innovation", status="ongoing")
    assert sum(entry["count"] for entry in body["map"]) >= body["total"]
    for entry in body["map"]:
        in_region = search(client, aspect="innovation", status="ongoing", region=entry["region"])
        assert in_region["total"] == entry["count"]


FILTER_ONLY_QUERIES = [
    {},
    {"aspect": "innovation"},
    {"aspect": ["inclusion", "sustainability"], "status": "ongoing"},
    {"country": ["SE", "IT"], "sort": "newest"},
    {"policy_area": "health", "kind": "practice", "sort": "title"},
    {"evidence": ["external-evaluation", "impact-evaluation"], "funding": "amif"},
    {"target_group": "migrant-women", "authority_role": "direct", "page": 2, "page_size": 3},
]


@pytest.mark.parametrize("params", FILTER_ONLY_QUERIES)
def test_both_engines_agree_on_filter_only_queries(client, settings, params):
    from tests.conftest import use_engine

    answers = {}
    for name in ("database", "elasticsearch"):
        use_engine(name, settings)
        body = search(client, **params)
        assert body["engine"] == name
        answers[name] = {
            "total": body["total"],
            "ids": [result["id"] for result in body["results"]],
            "facets": body["facets"],
            "map": body["map"],
            "results": body["results"],
        }
    assert answers["database"] == answers["elasticsearch"]


def test_elasticsearch_keeps_the_full_text_once_and_never_sends_it_back(db, settings):
    """The text is indexed (and found, and highlighted) from `text`; the stored
    `document` that results are built from leaves it out."""
    from search.engines.elasticsearch import ElasticsearchEngine, alias_name
    from tests.conftest import use_engine

    use_engine("elasticsearch", settings)
    engine = ElasticsearchEngine()
    hit = engine.es.search(index=alias_name("en"), query={"match": {"text": "refugees"}}, size=1)
    source = hit["hits"]["hits"][0]["_source"]
    assert "refugees" in source["text"].lower()
    assert "text" not in source["document"]
    assert source["document"]["summary"] and source["document"]["facets"]


def test_labels_are_kept_until_a_term_or_region_changes(db, settings, django_assert_num_queries):
    from practices.models import Aspect
    from search.contract import LabQuery
    from search.service import search_json
    from tests.conftest import use_engine

    use_engine("elasticsearch", settings)
    query = LabQuery(filters={"aspect": ("innovation",)})

    def innovation_label() -> str:
        body = search_json(query)
        return next(e["label"] for e in body["facets"]["aspect"] if e["value"] == "innovation")

    assert innovation_label() == "Innovation"
    with django_assert_num_queries(1):  # the labels' version; Elasticsearch does the rest
        innovation_label()

    aspect = Aspect.objects.get(slug="innovation", locale__language_code="en")
    aspect.name = "Innovation and new ideas"
    aspect.save()
    assert innovation_label() == "Innovation and new ideas"


def test_a_renamed_region_shows_its_new_title_in_the_next_answer(db, settings):
    """Facet labels, result regions and map labels are kept per process until a region
    is published (or unpublished, moved, deleted): then the next answer has the new title."""
    from regions.models import RegionPage
    from search.contract import LabQuery
    from search.service import search_json
    from tests.conftest import use_engine

    use_engine("elasticsearch", settings)
    query = LabQuery(filters={"region": ("skane",)})

    def titles() -> set[str]:
        body = search_json(query)
        return (
            {e["label"] for e in body["facets"]["region"] if e["value"] == "skane"}
            | {r["region"]["title"] for r in body["results"] if r["region"]["slug"] == "skane"}
            | {m["label"] for m in body["map"] if m["region"] == "skane"}
        )

    region = RegionPage.objects.get(slug="skane", locale__language_code="en")
    assert titles() == {region.title}
    region.title = "Skåne county"
    region.save_revision().publish()
    assert titles() == {"Skåne county"}
    region.unpublish()  # the map and labels no longer find the page: the slug stands in
    assert titles() <= {"skane"}


def test_a_label_changed_by_another_process_shows_once_it_bumps_the_version(db, settings):
    """Each process keeps its labels; a write elsewhere bumps the shared version row
    (in the writer's transaction), and this process reads labels anew."""
    from practices.models import Aspect
    from search.contract import LabQuery
    from search.models import LabelsVersion
    from search.service import search_json
    from tests.conftest import use_engine

    use_engine("elasticsearch", settings)
    query = LabQuery(filters={"aspect": ("inclusion",)})

    def inclusion_label() -> str:
        body = search_json(query)
        return next(e["label"] for e in body["facets"]["aspect"] if e["value"] == "inclusion")

    before = inclusion_label()
    # Another process's write: no signal in this process...
    Aspect.objects.filter(slug="inclusion", locale__language_code="en").update(name="Belonging")
    assert inclusion_label() == before
    # ...but its signal bumped the version row every process reads.
    LabelsVersion.bump()
    assert inclusion_label() == "Belonging"
