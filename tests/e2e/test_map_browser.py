"""The map in a real browser (see conftest.py): regions, the information panel, the map
following the search's filters, the admin's Leaflet widget, and axe-core on every
visitor page type. Nothing may be loaded from another host; no tile server answers."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urlencode
from urllib.request import urlopen

import pytest
from django.test import Client
from playwright.sync_api import Page, expect

from home.management.commands.load_demo import DEMO_USERNAME
from home.models import ContentPage, HomePage
from practices.models import PracticeIndexPage, PracticePage
from regions.models import Indicator, RegionalActionPage, RegionIndexPage, RegionPage

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
# A tile server on the loopback that never answers: the map must do without tiles.
NO_TILES = "http://127.0.0.1:9/tiles/{z}/{x}/{y}.png"
NO_TILES_PREFIX = "http://127.0.0.1:9/tiles/"


@pytest.fixture
def no_tile_server(settings):
    settings.MAP_TILES_URL = NO_TILES
    settings.WAGTAIL_GRAVATAR_PROVIDER_URL = None  # the admin would ask gravatar.com


def map_api(site, **params) -> dict:
    query = urlencode({"locale": "en", **params}, doseq=True)
    with urlopen(site.url(f"/api/v2/lab/map/?{query}"), timeout=10) as response:  # noqa: S310
        return json.load(response)


def counts_of(collection: dict) -> dict[str, int]:
    return {f["properties"]["region"]: f["properties"]["count"] for f in collection["features"]}


def table_counts(page: Page) -> dict[str, int]:
    rows = page.locator(".lab-map [data-map-rows] tr[data-region]")
    return {
        row.get_attribute("data-region"): int(row.locator("td").first.inner_text())
        for row in rows.all()
    }


def assert_only_missing_tiles(browser) -> None:
    """Every failure is a tile the absent tile server did not send; nothing went offsite."""
    log = browser.log
    assert log.offsite_requests == []
    assert log.page_errors == []
    assert [f for f in log.failed_requests if NO_TILES_PREFIX not in f] == []
    assert [
        error
        for error in log.console_errors
        if not ("ERR_CONNECTION_REFUSED" in error or NO_TILES_PREFIX in error)
    ] == []


def wait_for_map(page: Page) -> None:
    expect(page.locator(".lab-map").first).to_have_attribute("data-state", "ready")


@pytest.fixture
def skane_outline(e2e_site) -> dict:
    """Skåne gets a (rough) boundary, published before the browser starts."""
    outline = {
        "type": "Polygon",
        "coordinates": [[[12.5, 55.3], [14.4, 55.4], [14.5, 56.4], [12.8, 56.4], [12.5, 55.3]]],
    }
    region = RegionPage.objects.get(slug="skane", locale__language_code="en")
    region.boundary = outline
    region.save_revision().publish()
    return outline


@pytest.mark.parametrize("engine", ["elasticsearch"], indirect=True)
def test_a_visitor_opens_a_region_and_filters_the_map(
    e2e_site, skane_outline, no_tile_server, browser
):
    page = browser.page
    page.goto(e2e_site.url("/en/"))
    wait_for_map(page)
    everything = map_api(e2e_site)
    skane = next(f for f in everything["features"] if f["properties"]["region"] == "skane")
    expect(page.locator(".lab-map-marker")).to_have_count(len(everything["features"]))
    assert table_counts(page) == counts_of(everything)
    expect(page.locator(".leaflet-overlay-pane path.leaflet-interactive")).to_have_count(1)
    browser.screenshot("map-1-home")

    # A click on a partner region opens its panel, and focus moves into it.
    marker = page.locator('.lab-map-marker[data-region="skane"]')
    expect(marker).to_have_attribute("role", "button")
    marker.click()
    panel = page.get_by_role("dialog", name="Skåne")
    expect(panel).to_be_visible()
    assert page.evaluate("document.activeElement.textContent") == "Skåne"
    expect(panel.get_by_text("Partner region")).to_be_visible()
    mipex = panel.get_by_role("link", name="MIPEX-R results for this region")
    expect(mipex).to_have_attribute("href", skane["properties"]["mipex_r_url"])
    statistics = panel.locator("table.statistics")
    for statistic in skane["properties"]["statistics"]:
        row = statistics.locator("tr").filter(has_text=statistic["label"])
        expect(row).to_contain_text(statistic["source"])
        expect(row).to_contain_text(str(statistic["year"]))
    # Every indicator is listed; those without a figure say so (and so may the typology).
    missing = len(Indicator) - len(skane["properties"]["statistics"])
    expect(statistics.locator("tbody tr")).to_have_count(len(Indicator) + 1)
    assert statistics.locator("td.missing").count() in (missing, missing + 1)
    practices = panel.locator(".region-panel-practices li a")
    expect(practices).to_have_count(min(skane["properties"]["count"], 10))
    expect(panel.locator(".region-panel-all")).to_have_attribute(
        "href", re.compile(r"region=skane")
    )
    browser.screenshot("map-2-panel")

    # Escape closes it and gives focus back to the region.
    page.keyboard.press("Escape")
    expect(panel).to_be_hidden()
    assert page.evaluate("document.activeElement.dataset.region") == "skane"

    # The keyboard alone opens another region.
    other = page.locator('.lab-map-marker[data-region="campania"]')
    other.focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("dialog", name="Campania")).to_be_visible()
    page.get_by_role("button", name="Close the region's information").click()
    expect(page.get_by_role("dialog", name="Campania")).to_be_hidden()

    # On the practice database the map follows the visitor's filters.
    page.goto(e2e_site.url(e2e_site.practices_path))
    wait_for_map(page)
    assert table_counts(page) == counts_of(everything)
    aspects = page.get_by_role("group", name="Aspect")
    checkbox = aspects.get_by_role("checkbox").first
    value = checkbox.get_attribute("value")
    with page.expect_navigation():
        checkbox.check()
    wait_for_map(page)
    filtered = counts_of(map_api(e2e_site, aspect=value))
    assert filtered != counts_of(everything)
    expect(page.locator(".lab-map-marker")).to_have_count(len(filtered))
    assert table_counts(page) == filtered
    expect(page.locator("[data-map-status]").first).to_have_text(
        f"Regions on the map: {len(filtered)}."
    )
    browser.screenshot("map-3-practices-filtered")

    # Without JavaScript the table carries the regions, and each region's page its panel.
    plain = browser.new_page(javascript=False)
    plain.goto(e2e_site.url("/en/"))
    expect(plain.locator("[data-map-canvas]")).to_be_hidden()
    assert table_counts(plain) == counts_of(everything)
    plain.locator(".map-regions").get_by_role("link", name="Skåne", exact=True).click()
    expect(plain.get_by_role("heading", level=1)).to_have_text("Skåne")
    expect(plain.get_by_role("link", name="MIPEX-R results for this region")).to_be_visible()
    expect(plain.locator("table.statistics")).to_contain_text(
        skane["properties"]["statistics"][0]["source"]
    )
    browser.screenshot("map-4-region-page-without-javascript", plain)
    assert_only_missing_tiles(browser)


@pytest.fixture
def visitor_urls(e2e_site) -> dict[str, str]:
    """One page of each visitor page type (read before the browser's event loop starts)."""
    english = {"locale__language_code": "en"}
    return {
        "home": HomePage.objects.get(**english).url,
        "content": ContentPage.objects.live().filter(**english).first().url,
        "practice-index": PracticeIndexPage.objects.get(**english).url,
        "practice": PracticePage.objects.live().filter(**english).first().url,
        "region-index": RegionIndexPage.objects.get(**english).url,
        "region": RegionPage.objects.get(slug="skane", **english).url,
        "regional-action": RegionalActionPage.objects.live().filter(**english).first().url,
    }


def serious_violations(page: Page) -> list[str]:
    page.add_script_tag(path=str(AXE))  # from node_modules: nothing fetched
    results = page.evaluate(
        "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
    )
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']} — "
        + ", ".join(str(node["target"]) for node in violation["nodes"][:5])
        for violation in results
        if violation["impact"] in ("serious", "critical")
    ]


@pytest.mark.parametrize("engine", ["database"], indirect=True)
def test_axe_finds_no_serious_violation_on_any_visitor_page(
    visitor_urls, no_tile_server, e2e_site, browser
):
    assert AXE.exists(), "axe-core is missing: run `npm ci`"
    page = browser.page
    found = {}
    for name, path in visitor_urls.items():
        page.goto(e2e_site.url(path))
        if page.locator(".lab-map").count():
            wait_for_map(page)
        found[name] = serious_violations(page)
        browser.screenshot(f"axe-{name}")
    # The information panel, open, is checked too.
    page.goto(e2e_site.url(visitor_urls["home"]))
    wait_for_map(page)
    page.locator('.lab-map-marker[data-region="skane"]').click()
    expect(page.get_by_role("dialog", name="Skåne")).to_be_visible()
    found["home-with-panel"] = serious_violations(page)
    assert {name: problems for name, problems in found.items() if problems} == {}
    assert_only_missing_tiles(browser)


@pytest.fixture
def admin_session(e2e_site) -> dict:
    """The demo superuser's session cookie, made before the browser starts."""
    from django.contrib.auth import get_user_model

    client = Client()
    client.force_login(get_user_model().objects.get(username=DEMO_USERNAME))
    region = RegionPage.objects.get(slug="skane", locale__language_code="en")
    return {"cookie": client.cookies["sessionid"].value, "region_pk": region.pk}


@pytest.mark.parametrize("engine", ["database"], indirect=True)
def test_an_editor_places_a_region_with_the_leaflet_widget(
    admin_session, no_tile_server, e2e_site, browser
):
    page = browser.page
    page.context.add_cookies(
        [{"name": "sessionid", "value": admin_session["cookie"], "url": e2e_site.base_url}]
    )
    page.goto(e2e_site.url(f"/admin/pages/{admin_session['region_pk']}/edit/"))
    page.get_by_role("tab", name="Map").click()
    # wagtailgeowidget's widget on Wagtail 8, with Leaflet from our static files.
    expect(page.locator("#id_location_map.leaflet-container")).to_be_visible()
    expect(page.locator("#id_location_map .leaflet-marker-icon")).to_be_visible()
    page.locator("#id_location_latlng").fill("55.9,13.6")
    expect(page.locator("#id_location")).to_have_value("SRID=4326;POINT(13.6 55.9)")
    browser.screenshot("map-admin-widget")
    page.get_by_role("button", name="Save draft").click()
    page.wait_for_load_state()
    page.get_by_role("tab", name="Map").click()
    expect(page.locator("#id_latitude")).to_have_value("55.9")
    expect(page.locator("#id_longitude")).to_have_value("13.6")
    expect(page.locator("#id_location_latlng")).to_have_value(re.compile(r"^55\.9,13\.6"))
    assert_only_missing_tiles(browser)
