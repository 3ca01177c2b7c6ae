"""A practice shared in Swedish, in a real browser: a visitor fills the Swedish
"Share a practice" form, a moderator finds the submission in the admin and
approves its draft through the moderation workflow, and the lab search finds the
published practice in Swedish only.

Uses tests/e2e/conftest.py (live server, demo loaded afresh, Chromium).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect
from wagtail.models import Locale

from editorial.roles import MODERATORS, ensure_editorial_setup
from practices.models import PolicyArea, SharePracticePage
from regions.models import RegionPage

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

MODERATOR, PASSWORD = "mona-moderator", "a-long-moderator-password"
WORD = "hembygdsgårdscaféer"  # a word no demo text has
TITLE = f"Språkcaféer i {WORD}"


@pytest.fixture
def engine():
    """The harder engine: what the moderator publishes reaches Elasticsearch."""
    return "elasticsearch"


@dataclass
class Setting:
    form_path: str
    region_id: int
    policy_area_id: int


@pytest.fixture
def setting(e2e_site) -> Setting:
    """The Swedish form and a moderator (made before the browser starts)."""
    swedish = Locale.objects.get(language_code="sv")
    form_page = SharePracticePage.objects.live().get(locale=swedish)
    moderator = get_user_model().objects.create_user(
        MODERATOR, f"{MODERATOR}@lab.example", PASSWORD
    )
    moderator.groups.add(ensure_editorial_setup().groups[MODERATORS])
    region = RegionPage.objects.live().filter(locale=swedish, partner=True).order_by("title")[0]
    policy_area = PolicyArea.objects.get(locale=swedish, slug="language-learning")
    return Setting(form_page.url, region.pk, policy_area.pk)


def search_ids(e2e_site, browser, **params: str) -> tuple[str, set[int]]:
    response = browser.page.request.get(e2e_site.url("/api/v2/lab/search/"), params=params)
    assert response.ok, response.status
    body = response.json()
    return body["engine"], {result["id"] for result in body["results"]}


def test_a_swedish_submission_is_approved_in_the_admin_and_found_in_swedish(
    e2e_site, setting, browser
):
    # A visitor shares a practice in Swedish.
    page = browser.page
    page.goto(e2e_site.url(setting.form_path))
    expect(page.locator("html")).to_have_attribute("lang", "sv")
    page.fill("input[name=title]", TITLE)
    page.fill("textarea[name=summary]", f"Nyanlända och volontärer möts varje vecka i {WORD}.")
    page.fill("textarea[name=description]", "Varje vecka träffas vi och pratar svenska.")
    page.check(f"input[name=regions][value='{setting.region_id}']")
    page.check("input[name=authority_role][value=indirect]")
    page.check(f"input[name=policy_areas][value='{setting.policy_area_id}']")
    page.fill("input[name=start_year]", "2022")
    page.fill("input[name=submitter_name]", "Maja Berg")
    page.fill("input[name=submitter_email]", "maja.berg@example.org")
    page.check("input[name=consent]")
    page.locator("form button[type=submit]").last.click()
    reference = page.locator(".share-reference strong")
    expect(reference).to_have_text(re.compile(r"\S+"))
    reference = reference.inner_text()
    browser.screenshot("submission-confirmation-sv")
    # A draft: not findable yet.
    assert search_ids(e2e_site, browser, locale="sv", q=WORD) == ("elasticsearch", set())

    # A moderator finds it among the submissions and approves its draft.
    admin = browser.new_page()
    admin.goto(e2e_site.url("/admin/login/"))
    admin.fill("input[name=username]", MODERATOR)
    admin.fill("input[name=password]", PASSWORD)
    admin.click("button[type=submit]")
    expect(admin).to_have_url(re.compile(r"/admin/$"))
    admin.get_by_role("link", name=re.compile("Submissions")).first.click()
    admin.get_by_role("link", name=reference).click()
    admin.get_by_role("link", name=TITLE).click()
    expect(admin.locator("h1")).to_contain_text(TITLE)
    admin.get_by_role("button", name="More actions").click()
    admin.get_by_role("button", name="Approve and Publish", exact=True).click()
    expect(admin.locator(".messages")).to_contain_text(TITLE)
    browser.screenshot("submission-approved", admin)

    # Published: found in Swedish, and only there.
    engine, found = search_ids(e2e_site, browser, locale="sv", q=WORD)
    assert engine == "elasticsearch" and len(found) == 1
    assert search_ids(e2e_site, browser, locale="en", q=WORD) == ("elasticsearch", set())
    page.goto(e2e_site.url(f"/api/v2/pages/{found.pop()}/"))
    expect(page.locator("body")).to_contain_text(TITLE)
    assert not browser.log.problems(), browser.log.problems()
