"""Open data exports: the search's results, every one of them, as CSV and JSON."""

from __future__ import annotations

import csv
import io
import json

import pytest

from search import export
from tests.api.conftest import get_json

pytestmark = pytest.mark.django_db

SEARCH = "/api/v2/lab/search/"
CSV = "/api/v2/lab/export.csv"
JSON = "/api/v2/lab/export.json"
FILTER_CASES = [
    {},
    {"aspect": ["innovation", "inclusion"], "status": "ongoing"},
    {"q": "language", "sort": "title"},
    {"kind": "regional-action", "locale": "en"},
    {"region": "no-such-region"},
]


def search_ids(client, **params) -> list[int]:
    """Every result of the search, in its order, paging through it."""
    ids, page = [], 1
    while True:
        body = get_json(client, SEARCH, page=page, page_size=100, **params)
        ids += [result["id"] for result in body["results"]]
        if len(ids) >= body["total"]:
            return ids
        page += 1


def streamed(response) -> str:
    assert response.streaming, "exports are streamed, not built in memory"
    return b"".join(response.streaming_content).decode()


def export_json(client, **params) -> dict:
    response = client.get(JSON, params)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return json.loads(streamed(response))


def export_csv(client, **params) -> list[dict]:
    response = client.get(CSV, params)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert response["Content-Disposition"].startswith("attachment; filename=")
    return list(csv.DictReader(io.StringIO(streamed(response))))


@pytest.mark.parametrize("params", FILTER_CASES, ids=lambda params: json.dumps(params))
def test_the_json_export_holds_exactly_the_searchs_results(client, engine, params):
    expected = search_ids(client, **params)
    body = export_json(client, **params)
    assert [row["id"] for row in body["results"]] == expected
    meta = body["metadata"]
    assert meta["total"] == len(expected)
    assert meta["engine"] == engine and meta["degraded"] is False
    assert meta["query"]["locale"] == params.get("locale", "en")
    assert meta["columns"] == list(export.COLUMNS)
    assert all(list(row) == meta["columns"] for row in body["results"])


@pytest.mark.parametrize("params", FILTER_CASES[:3], ids=lambda params: json.dumps(params))
def test_the_csv_export_holds_the_same_rows(client, engine, params):
    rows = export_csv(client, **params)
    assert [int(row["id"]) for row in rows] == search_ids(client, **params)
    as_json = export_json(client, **params)["results"]
    for row, entry in zip(rows, as_json, strict=True):
        assert row["title"] == entry["title"] and row["url"] == entry["url"]
        assert row["aspect"] == ";".join(entry["aspect"])
        assert row["region"] == ";".join(entry["region"])


def test_rows_carry_stable_ids_page_urls_and_facet_slugs(client):
    body = export_json(client, aspect="innovation")
    first = body["results"][0]
    assert "innovation" in first["aspect"]
    page = get_json(client, f"/api/v2/pages/{first['id']}/")
    assert first["url"] == page["meta"]["html_url"]
    assert first["title"] == page["title"]
    assert first["start_year"] == page["start_year"]
    assert first["region"] == [region["slug"] for region in page["regions"]]
    assert first["status"] == page["status"] and first["evidence"] == page["evidence_level"]


def test_the_json_metadata_has_the_licence_and_a_citation(client, settings):
    body = export_json(client, aspect="innovation", q="language")
    meta = body["metadata"]
    assert meta["licence"] == settings.LAB_OPEN_DATA_LICENCE
    assert meta["licence"]["url"].startswith("https://")
    assert meta["citation"].startswith("Integration Lab (")
    assert "filters aspect=innovation" in meta["citation"] and '"language"' in meta["citation"]
    assert meta["source"] in meta["citation"]
    assert meta["source"].startswith("http://testserver/api/v2/lab/export.json?")
    assert meta["vocabulary"]["aspect"]["innovation"] == "Innovation"
    response = client.get(CSV)
    assert response["Link"] == f'<{settings.LAB_OPEN_DATA_LICENCE["url"]}>; rel="license"'


def test_labels_follow_the_locale(client):
    body = export_json(client, locale="it")
    assert body["metadata"]["vocabulary"]["aspect"]["innovation"] == "Innovazione"
    assert all(row["locale"] == "it" for row in body["results"])


def test_an_export_pages_through_the_whole_search(client, engine, monkeypatch):
    """More results than one search page: every one comes out once, in order."""
    monkeypatch.setattr(export, "PAGE_SIZE", 7)
    expected = search_ids(client)
    assert len(expected) > 3 * 7
    assert [row["id"] for row in export_json(client)["results"]] == expected
    assert [int(row["id"]) for row in export_csv(client)] == expected


@pytest.mark.parametrize("url", [CSV, JSON])
@pytest.mark.parametrize(
    "params, param",
    [
        ({"page": "2"}, "page"),
        ({"page_size": "10"}, "page_size"),
        ({"locale": "xx"}, "locale"),
        ({"sort": "random"}, "sort"),
        ({"q": "x" * 501}, "q"),
        ({"colour": "blue"}, "colour"),
        ({"aspect": "a\x00b"}, "aspect"),
    ],
    ids=lambda value: str(value)[:30],
)
def test_bad_parameters_are_refused_before_streaming(client, url, params, param):
    response = client.get(url, params)
    assert response.status_code == 400
    assert not response.streaming
    assert response.json()["error"]["param"] == param


def test_spreadsheet_formulas_are_neutralised():
    assert export.csv_cell("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert export.csv_cell("-1") == "'-1"
    assert export.csv_cell(["a", "b"]) == "a;b"
    assert export.csv_cell(None) == ""
    assert export.csv_cell(2021) == "2021"
