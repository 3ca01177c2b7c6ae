"""`GET /api/v2/lab/map/`: valid GeoJSON whose counts are the search API's map, on both engines."""

from __future__ import annotations

import math

import pytest

from regions.models import Indicator, RegionPage

pytestmark = pytest.mark.django_db

MAP_API = "/api/v2/lab/map/"
SEARCH_API = "/api/v2/lab/search/"
PROPERTIES = {"region", "title", "url", "count", "partner", "mipex_r_url", "statistics"}
STATISTIC = {"indicator", "label", "value", "unit", "source", "year"}

# Filter combinations a visitor can reach, from none to several facets at once.
FILTERS = [
    {},
    {"aspect": ["innovation"]},
    {"aspect": ["inclusion", "communication"]},
    {"country": ["IT"]},
    {"region": ["skane", "puglia"]},
    {"aspect": ["sustainability"], "country": ["ES", "IT"], "status": ["ongoing"]},
    {"kind": ["regional-action"]},
    {"q": ["health"]},
    {"locale": ["it"], "aspect": ["innovation"]},
    {"aspect": ["no-such-aspect"]},
]


def assert_position(position) -> None:
    """RFC 7946 §3.1.1: [longitude, latitude], finite numbers, WGS84 ranges."""
    assert isinstance(position, list) and len(position) in (2, 3), position
    assert all(isinstance(n, int | float) and not isinstance(n, bool) for n in position)
    assert all(math.isfinite(n) for n in position)
    lng, lat = position[0], position[1]
    assert -180 <= lng <= 180 and -90 <= lat <= 90, position


def assert_feature_collection(body: dict) -> None:
    """The GeoJSON rules the map relies on, checked independently of the server's code."""
    assert body["type"] == "FeatureCollection"
    assert isinstance(body["features"], list)
    regions = [feature["properties"]["region"] for feature in body["features"]]
    assert len(regions) == len(set(regions)), "one feature per region"
    for feature in body["features"]:
        assert feature["type"] == "Feature"
        geometry = feature["geometry"]
        assert geometry["type"] == "Point"
        assert_position(geometry["coordinates"])
        properties = feature["properties"]
        assert set(properties) == PROPERTIES
        assert isinstance(properties["count"], int) and properties["count"] > 0
        assert isinstance(properties["partner"], bool)
        assert properties["url"].startswith("/")
        assert properties["mipex_r_url"] is None or properties["mipex_r_url"].startswith("http")
        for statistic in properties["statistics"]:
            assert set(statistic) == STATISTIC
            assert statistic["indicator"] in Indicator.values
            assert isinstance(statistic["value"], int | float)
            assert isinstance(statistic["year"], int)
            assert statistic["source"]


@pytest.mark.parametrize(
    "filters", FILTERS, ids=lambda f: "&".join(f"{k}={v}" for k, v in f.items()) or "none"
)
def test_map_is_geojson_with_the_search_counts(client, engine, filters):
    params = {"locale": "en", **filters}
    response = client.get(MAP_API, params)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    assert body["engine"] == engine and body["degraded"] is False
    assert_feature_collection(body)

    search = client.get(SEARCH_API, {**params, "page_size": 1}).json()
    assert {f["properties"]["region"]: f["properties"]["count"] for f in body["features"]} == {
        entry["region"]: entry["count"] for entry in search["map"]
    }
    for feature, entry in zip(body["features"], search["map"], strict=True):
        assert feature["geometry"]["coordinates"] == [entry["lng"], entry["lat"]]
        assert feature["properties"]["title"] == entry["label"]


def test_unfiltered_map_places_every_region_with_practices_on_its_point(client, engine):
    body = client.get(MAP_API).json()
    assert len(body["features"]) >= 6
    assert sum(f["properties"]["count"] for f in body["features"]) >= 42
    for feature in body["features"]:
        region = RegionPage.objects.get(
            slug=feature["properties"]["region"], locale__language_code="en"
        )
        assert feature["geometry"]["coordinates"] == [region.longitude, region.latitude]
        assert feature["properties"]["partner"] == region.partner
        assert feature["properties"]["url"] == region.url
        assert len(feature["properties"]["statistics"]) == region.statistics.count()
    skane = next(f for f in body["features"] if f["properties"]["region"] == "skane")
    assert skane["properties"]["partner"] is True
    assert skane["properties"]["mipex_r_url"]


def test_an_aspect_filter_changes_the_counts(client, engine):
    everything = {
        f["properties"]["region"]: f["properties"]["count"]
        for f in client.get(MAP_API).json()["features"]
    }
    narrowed = {
        f["properties"]["region"]: f["properties"]["count"]
        for f in client.get(MAP_API, {"aspect": "innovation"}).json()["features"]
    }
    assert narrowed and narrowed != everything
    assert all(count <= everything[region] for region, count in narrowed.items())


@pytest.mark.parametrize(
    ("params", "param"),
    [
        ({"page": "2"}, "page"),
        ({"locale": "xx"}, "locale"),
        ({"q": "x" * 501}, "q"),
        ({"colour": "red"}, "colour"),
    ],
)
def test_bad_parameters_answer_400_with_the_error_body(client, params, param):
    response = client.get(MAP_API, params)
    assert response.status_code == 400
    assert response.json()["error"]["param"] == param
