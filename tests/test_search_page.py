"""The visitor search on the practice index page, against both engines on the demo content.

The page answers from the same service as `/api/v2/lab/search/`, so each test
compares what the page shows with what the API answers for the same parameters.
"""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.http import QueryDict
from wagtail.models import Locale

from practices.models import PracticeIndexPage
from search.contract import LabQuery, QueryError, parse_query, parse_query_leniently
from search.service import breaker
from search.visitor import highlight_html

pytestmark = pytest.mark.django_db

API = "/api/v2/lab/search/"
XSS = "<script>alert(1)</script>"


def index_url() -> str:
    return PracticeIndexPage.objects.get(locale__language_code="en").url


def api(client, locale: str = "en", **params) -> dict:
    response = client.get(API, {"locale": locale, **params})
    assert response.status_code == 200, response.content
    return response.json()


def page(client, **params) -> BeautifulSoup:
    response = client.get(index_url(), params)
    assert response.status_code == 200, response.content[:500]
    return BeautifulSoup(response.content, "html.parser")


def shown_facets(soup: BeautifulSoup) -> dict[str, dict[str, tuple[int, bool]]]:
    """facet -> value -> (count, checked), as the sidebar shows them."""
    facets: dict[str, dict[str, tuple[int, bool]]] = {}
    for box in soup.select(".search-filters input[type=checkbox]"):
        label = soup.find("label", attrs={"for": box["id"]})
        count = int(label.select_one(".count").get_text(strip=True).strip("()"))
        facets.setdefault(box["name"], {})[box["value"]] = (count, box.has_attr("checked"))
    return facets


def api_facets(body: dict) -> dict[str, dict[str, tuple[int, bool]]]:
    return {
        facet: {entry["value"]: (entry["count"], entry["selected"]) for entry in entries}
        for facet, entries in body["facets"].items()
        if entries
    }


def link_params(href: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(href).query)


def result_titles(soup: BeautifulSoup) -> list[str]:
    return [link.get_text(strip=True) for link in soup.select(".search-result h3 a")]


def count_text(soup: BeautifulSoup) -> str:
    return soup.select_one("#result-count").get_text(" ", strip=True)


def notices(soup: BeautifulSoup) -> str:
    box = soup.select_one(".search-notices")
    return box.get_text(" ", strip=True) if box else ""


@pytest.mark.parametrize(
    "params",
    [{}, {"status": "ongoing"}, {"aspect": ["innovation", "inclusion"], "kind": "practice"}],
)
def test_facet_counts_are_the_apis(client, engine, params):
    soup = page(client, **params)
    body = api(client, **params)
    assert shown_facets(soup) == api_facets(body)
    assert count_text(soup).startswith(f"{body['total']} result")
    assert result_titles(soup) == [result["title"] for result in body["results"]]


@pytest.fixture
def italian_index(db) -> PracticeIndexPage:
    """The practice index translated into Italian (with its home page), published."""
    source = PracticeIndexPage.objects.get(locale__language_code="en")
    italian = source.get_translation_or_none(Locale.objects.get(language_code="it"))
    if italian is None:
        italian = source.copy_for_translation(
            Locale.objects.get(language_code="it"), copy_parents=True
        )
    for page in [*italian.get_ancestors().filter(depth__gt=1), italian]:
        page = page.specific
        if not page.live:
            page.save_revision().publish()
    return PracticeIndexPage.objects.get(pk=italian.pk)


def test_the_pages_locale_is_the_search_locale(client, engine, italian_index):
    response = client.get(italian_index.url, {"aspect": "innovation"})
    assert response.status_code == 200
    assert response.context["search"]["query"].locale == "it"
    soup = BeautifulSoup(response.content, "html.parser")
    body = api(client, "it", aspect="innovation")
    assert body["query"]["locale"] == "it"
    assert soup.html["lang"] == "it"
    assert shown_facets(soup) == api_facets(body)
    labels = {
        box["value"]: soup.find("label", attrs={"for": box["id"]}).contents[0].strip()
        for box in soup.select("input[name=aspect]")
    }
    assert labels == {entry["value"]: entry["label"] for entry in body["facets"]["aspect"]}
    assert result_titles(soup) == [result["title"] for result in body["results"]]


def test_a_chosen_filter_is_checked_and_its_chip_removes_just_it(client, engine):
    state = {"q": "", "aspect": ["innovation", "inclusion"], "status": "ongoing", "sort": "title"}
    soup = page(client, **state)
    facets = shown_facets(soup)
    assert facets["aspect"]["innovation"][1] and facets["aspect"]["inclusion"][1]
    assert facets["status"]["ongoing"][1]
    assert not facets["status"].get("completed", (0, False))[1]

    chips = {chip.select_one("span").get_text(strip=True): chip for chip in soup.select(".chip")}
    assert set(chips) == {"Aspect: Innovation", "Aspect: Inclusion", "Status: Ongoing"}
    removal = chips["Aspect: Innovation"].select_one("a.chip-remove")
    assert "Remove filter Aspect: Innovation" in removal.get_text(" ", strip=True)
    assert link_params(removal["href"]) == {
        "aspect": ["inclusion"],
        "status": ["ongoing"],
        "sort": ["title"],
    }
    assert link_params(chips["Status: Ongoing"].select_one("a")["href"]) == {
        "aspect": ["innovation", "inclusion"],
        "sort": ["title"],
    }
    clear_all = soup.select_one("a.clear-all")
    assert link_params(clear_all["href"]) == {"sort": ["title"]}

    # Following the removal link shows what the API answers without that filter.
    after = BeautifulSoup(client.get(removal["href"]).content, "html.parser")
    body = api(client, aspect="inclusion", status="ongoing", sort="title")
    assert shown_facets(after) == api_facets(body)
    assert len(after.select(".chip")) == 2


def test_sort_and_pagination_keep_the_rest_of_the_state(client, engine):
    state = {"status": "ongoing", "sort": "title", "page_size": "5"}
    soup = page(client, **state)
    body = api(client, **state)
    assert body["total"] > 10, "the demo needs three pages of ongoing practices here"

    # The sort select and the facets belong to the GET form, which keeps page_size.
    form = soup.select_one("form#practice-search")
    assert form["method"] == "get"
    sort = soup.select_one("select[name=sort]")
    assert sort["form"] == "practice-search"
    assert sort.select_one("option[selected]")["value"] == "title"
    assert form.select_one("input[name=page_size]")["value"] == "5"
    assert all(box["form"] == "practice-search" for box in soup.select("input[type=checkbox]"))

    nav = soup.select_one("nav.pagination")
    current = nav.select("[aria-current=page]")
    assert [link.get_text(" ", strip=True) for link in current] == ["Page 1"]
    assert nav.select_one("a[rel=prev]") is None
    next_link = nav.select_one("a[rel=next]")
    assert link_params(next_link["href"]) == {
        "status": ["ongoing"],
        "sort": ["title"],
        "page": ["2"],
        "page_size": ["5"],
    }
    numbers = [link for link in nav.select("a") if link.get("rel") is None]
    assert numbers and all(
        link_params(link["href"]).get("status") == ["ongoing"]
        and link_params(link["href"]).get("sort") == ["title"]
        for link in numbers
    )

    second = BeautifulSoup(client.get(next_link["href"]).content, "html.parser")
    body = api(client, page=2, **state)
    assert result_titles(second) == [result["title"] for result in body["results"]]
    assert result_titles(second) == sorted(result_titles(second), key=str.casefold)
    nav = second.select_one("nav.pagination")
    assert nav.select_one("[aria-current=page]").get_text(" ", strip=True) == "Page 2"
    assert link_params(nav.select_one("a[rel=prev]")["href"]) == {
        "status": ["ongoing"],
        "sort": ["title"],
        "page_size": ["5"],
    }


def test_a_text_query_shows_highlights(client, engine):
    soup = page(client, q="health")
    body = api(client, q="health")
    assert body["total"] > 0
    assert result_titles(soup) == [result["title"] for result in body["results"]]
    marks = soup.select(".search-result .highlight mark")
    assert marks, "no highlighted words"
    assert all("health" in mark.get_text().casefold() for mark in marks)
    assert "“health”" in count_text(soup)


def test_script_in_the_query_comes_back_escaped(client, engine):
    response = client.get(index_url(), {"q": XSS, "aspect": XSS})
    assert response.status_code == 200
    html = response.content.decode()
    assert XSS not in html
    assert "<script>alert" not in html
    soup = BeautifulSoup(html, "html.parser")
    assert soup.select_one("input[name=q]")["value"] == XSS
    assert XSS in count_text(soup)
    assert soup.select_one(".chip span").get_text() == f"Aspect: {XSS}"
    # The only scripts are our own files, and JSON data (json_script escapes <, > and &).
    assert all(
        script.get("src", "").startswith("/static/") or script.get("type") == "application/json"
        for script in soup.find_all("script")
    )


@pytest.mark.parametrize(
    "bad, message",
    [
        ({"page": "abc"}, "The page number was not valid, so the first page is shown."),
        ({"page": "0"}, "The page number was not valid, so the first page is shown."),
        ({"sort": "random"}, "That sort order does not exist, so results are sorted by relevance."),
        ({"q": "x" * 600}, "The search text was longer than 500 characters, so it was ignored."),
        ({"q": "care\x00"}, "The search text could not be used, so it was ignored."),
        ({"page_size": "1000"}, "The number of results per page was not valid, so 20 are shown."),
        ({"aspect": ["x" * 101]}, "The “Aspect” filter was not valid, so it was ignored."),
    ],
)
def test_a_bad_parameter_falls_back_with_a_message(client, engine, bad, message):
    soup = page(client, status="ongoing", utm_source="newsletter", **bad)
    assert notices(soup) == message
    # The rest of the state still applies; the unknown utm_source is ignored quietly.
    body = api(client, status="ongoing")
    assert count_text(soup).startswith(f"{body['total']} results")
    assert result_titles(soup) == [result["title"] for result in body["results"]]
    ongoing = next(entry for entry in body["facets"]["status"] if entry["value"] == "ongoing")
    assert shown_facets(soup)["status"]["ongoing"] == (ongoing["count"], True)


def test_a_page_past_the_end_shows_the_last_page(client, engine):
    body = api(client, status="ongoing", page_size=10)
    last = -(-body["total"] // 10)
    soup = page(client, status="ongoing", page_size=10, page=50)
    assert notices(soup) == f"There are only {last} pages of results, so the last one is shown."
    assert (
        soup.select_one("nav.pagination [aria-current=page]")
        .get_text(strip=True)
        .endswith(str(last))
    )
    expected = api(client, status="ongoing", page_size=10, page=last)["results"]
    assert result_titles(soup) == [result["title"] for result in expected]


def test_no_notice_for_a_clean_request(client, engine):
    soup = page(client, utm_source="newsletter", aspect="innovation")
    assert soup.select_one(".search-notices") is None
    assert soup.select_one(".search-note") is None


def test_an_unknown_facet_value_gives_the_empty_state(client, engine):
    soup = page(client, aspect="no-such-aspect", q="health")
    assert count_text(soup).startswith("0 results")
    assert result_titles(soup) == []
    empty = soup.select_one(".empty-state")
    assert empty is not None
    links = {link.get_text(strip=True): link["href"] for link in empty.select("a")}
    assert links["see all practices"] == index_url()
    assert link_params(links["clear all filters"]) == {"q": ["health"]}
    assert "check the spelling" in empty.get_text()
    # The unknown value is still shown selected, at zero, so it can be unticked.
    assert shown_facets(soup)["aspect"]["no-such-aspect"] == (0, True)
    assert soup.select_one("nav.pagination") is None


def test_the_page_says_when_the_answer_is_degraded(client, settings):
    # A real, closed port on this machine: the cluster cannot be reached.
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"
    breaker.reset()
    try:
        soup = page(client, aspect="innovation")
        body = api(client, aspect="innovation")
    finally:
        breaker.reset()
    assert body["engine"] == "database" and body["degraded"] is True
    note = soup.select_one(".search-note")
    assert note is not None and "simpler search" in note.get_text()
    assert count_text(soup).startswith(f"{body['total']} result")


def test_the_page_has_landmarks_labels_and_a_live_count(client, engine):
    soup = page(client, aspect="innovation")
    assert soup.select_one("main#main")
    assert soup.select_one("form[role=search]")["aria-label"]
    assert soup.select_one("aside.search-filters")["aria-labelledby"] == "filters-heading"
    query_box = soup.select_one("input[name=q]")
    assert soup.find("label", attrs={"for": query_box["id"]}).get_text(strip=True)
    assert soup.find("label", attrs={"for": "search-sort"})
    for fieldset in soup.select(".search-filters fieldset"):
        assert fieldset.legend.get_text(strip=True)
    for box in soup.select("input[type=checkbox]"):
        assert soup.find("label", attrs={"for": box["id"]})
    assert soup.select_one("#result-count")["aria-live"] == "polite"
    levels = [int(tag.name[1]) for tag in soup.find_all(["h1", "h2", "h3", "h4", "h5", "h6"])]
    assert levels[0] == 1 and levels.count(1) == 1
    assert all(later - earlier <= 1 for earlier, later in zip(levels, levels[1:], strict=False))
    assert soup.select_one("a.skip-to-results")["href"] == "#results"
    assert soup.select_one("section#results")
    assert soup.select_one("script[src$='js/search.js']") is not None
    assert soup.select_one("form#practice-search button[type=submit]") is not None


def test_the_lenient_parser_falls_back_per_parameter_and_the_strict_one_still_refuses():
    params = QueryDict("q=care&aspect=inclusion&sort=random&page=abc&utm_source=x&locale=de")
    query, errors = parse_query_leniently(params, locale="it")
    assert query == LabQuery(q="care", locale="it", filters={"aspect": ("inclusion",)})
    assert sorted(error.param for error in errors) == ["page", "sort"]
    with pytest.raises(QueryError) as refused:
        parse_query(params)
    assert refused.value.code == "unknown_parameter"


def test_only_mark_tags_survive_in_a_highlight():
    html = highlight_html("a <b>x</b> <mark>care</mark> &amp; <mark onclick=1>y</mark>")
    assert html == ("a &lt;b&gt;x&lt;/b&gt; <mark>care</mark> &amp; &lt;mark onclick=1&gt;y</mark>")
