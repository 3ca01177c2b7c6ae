"""Reading what the map block rendered, and giving pages a map block in a test."""

from __future__ import annotations

import html as html_lib
import json
import re

from wagtail.models import Page

ROW = re.compile(
    r'<tr data-region="(?P<slug>[^"]+)">\s*<th scope="row">.*?</th>\s*'
    r'<td>(?:<a href="(?P<url>[^"]*)">)?(?P<count>\d+)',
    re.DOTALL,
)
CONFIG = re.compile(
    r'<script id="(lab-map-[0-9a-f]+-config)" type="application/json">(.*?)</script>', re.DOTALL
)


def map_value(**changes) -> dict:
    value = {
        "heading": "Practices on the map",
        "aspects": [],
        "regions": [],
        "countries": [],
        "initial_view": {"latitude": None, "longitude": None, "zoom": None},
    }
    value.update(changes)
    return value


def give_map(page: Page, **changes) -> Page:
    """Replace the page's body with one map block and publish it."""
    page.body = [("map", map_value(**changes))]
    page.save_revision().publish()
    return page


def table_rows(html: str) -> dict[str, int]:
    """Region slug -> count, from the table of regions the server rendered."""
    return {match["slug"]: int(match["count"]) for match in ROW.finditer(html)}


def table_links(html: str) -> dict[str, str]:
    return {match["slug"]: html_lib.unescape(match["url"]) for match in ROW.finditer(html)}


def map_configs(html: str) -> list[dict]:
    return [json.loads(match[2]) for match in CONFIG.finditer(html)]


def api_counts(client, **params) -> dict[str, int]:
    body = client.get("/api/v2/lab/map/", params).json()
    return {f["properties"]["region"]: f["properties"]["count"] for f in body["features"]}
