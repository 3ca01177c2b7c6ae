"""A visitor searches the practice database in a real browser (see conftest.py)."""

from __future__ import annotations

import json
import re
from urllib.parse import parse_qs, urlencode, urlsplit
from urllib.request import urlopen

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def api_total(site, **params) -> int:
    """The API's answer for the same state, over HTTP from the live server."""
    query = urlencode({"locale": "en", **params}, doseq=True)
    with urlopen(site.url(f"/api/v2/lab/search/?{query}"), timeout=10) as response:  # noqa: S310
        return json.load(response)["total"]


def state(url: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(url).query)


# The page is engine-agnostic (test_search_page.py runs it on both engines); the browser
# run uses the production engine.
@pytest.mark.parametrize("engine", ["elasticsearch"], indirect=True)
def test_a_visitor_searches_filters_and_pages_with_and_without_javascript(e2e_site, browser):
    page = browser.page
    page.goto(e2e_site.url(e2e_site.practices_path))
    expect(page.get_by_role("heading", level=1)).to_have_text("Practices")
    count = page.locator("#result-count")
    everything = api_total(e2e_site)
    expect(count).to_contain_text(f"{everything} results")
    browser.screenshot("search-1-start")

    # A text query, submitted with Enter.
    page.get_by_label("Search the practices").fill("health")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert state(page.url) == {"q": ["health"], "sort": ["relevance"]}
    expect(count).to_contain_text(f"{api_total(e2e_site, q='health')} results for “health”")
    expect(page.locator(".search-result .highlight mark").first).to_be_visible()

    # Tick a facet value with the keyboard: the script applies it and gives focus back.
    aspects = page.get_by_role("group", name="Aspect")
    checkbox = aspects.get_by_role("checkbox").first
    value = checkbox.get_attribute("value")
    label = page.locator(f"label[for='{checkbox.get_attribute('id')}']")
    label_text = label.inner_text()
    listed = int(re.search(r"\((\d+)\)", label_text).group(1))
    checkbox.focus()
    with page.expect_navigation():
        page.keyboard.press("Space")
    assert state(page.url) == {"q": ["health"], "aspect": [value], "sort": ["relevance"]}
    total = api_total(e2e_site, q="health", aspect=value)
    assert total == listed  # disjunctive counts: what the box promised
    expect(count).to_contain_text(f"{total} result")
    expect(aspects.locator(f"input[value='{value}']")).to_be_checked()
    assert page.evaluate("[document.activeElement.name, document.activeElement.value]") == [
        "aspect",
        value,
    ]
    chip = page.locator(".chip").filter(has_text=label_text.split(" (")[0])
    expect(chip).to_have_count(1)
    browser.screenshot("search-2-filtered")

    # Remove it again through its chip.
    with page.expect_navigation():
        chip.get_by_role("link").click()
    assert state(page.url) == {"q": ["health"]}  # links leave defaults out
    expect(page.locator(".chip")).to_have_count(0)
    expect(aspects.locator(f"input[value='{value}']")).not_to_be_checked()

    # Back to everything, sorted by title, then through the pages.
    page.get_by_label("Search the practices").fill("")
    with page.expect_navigation():
        page.get_by_role("button", name="Search", exact=True).click()
    with page.expect_navigation():
        page.get_by_label("Sort by").select_option("title")
    assert state(page.url) == {"sort": ["title"]}
    pages = page.get_by_role("navigation", name="Pages of results")
    expect(pages.locator("[aria-current=page]")).to_have_text("Page 1")
    with page.expect_navigation():
        pages.get_by_role("link", name="Next").click()
    assert state(page.url) == {"sort": ["title"], "page": ["2"]}
    expect(pages.locator("[aria-current=page]")).to_have_text("Page 2")
    expect(count).to_contain_text(f"{everything} results · page 2 of")
    titles = page.locator(".search-result h3 a").all_inner_texts()
    assert len(titles) == 20 and titles == sorted(titles, key=str.casefold)
    with page.expect_navigation():
        pages.get_by_role("link", name="Previous").click()
    assert state(page.url) == {"sort": ["title"]}
    browser.screenshot("search-3-paged")

    # Narrow screens: the filters stack above the results.
    page.set_viewport_size({"width": 390, "height": 844})
    filters = page.locator(".search-filters").bounding_box()
    results = page.locator(".search-results").bounding_box()
    assert filters["y"] + filters["height"] <= results["y"]
    browser.screenshot("search-4-narrow")

    # Without JavaScript nothing happens on ticking; the buttons submit the same state.
    # (One test, not two: each e2e test pays for a fresh demo load.)
    page = browser.new_page(javascript=False)
    page.goto(e2e_site.url(e2e_site.practices_path))
    page.get_by_label("Search the practices").fill("language")
    status = page.get_by_role("group", name="Status")
    checkbox = status.get_by_role("checkbox").first
    value = checkbox.get_attribute("value")
    checkbox.check()
    assert state(page.url) == {}
    with page.expect_navigation():
        page.get_by_role("button", name="Apply filters").click()
    assert state(page.url) == {"q": ["language"], "status": [value], "sort": ["relevance"]}
    total = api_total(e2e_site, q="language", status=value)
    expect(page.locator("#result-count")).to_contain_text(f"{total} result")
    expect(page.locator(".chip")).to_have_count(1)
    browser.screenshot("search-5-no-javascript", page)

    # No console or page errors, no failed request, nothing asked of another host.
    assert browser.log.problems() == []
