"""A translator's work in a real browser: translate a practice into Italian in
wagtail-localize's editor, publish it, and read it on the Italian site.

Uses tests/e2e/conftest.py (live server, demo loaded afresh, Chromium).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest
from playwright.sync_api import expect

from home.demo_translations import TRANSLATED_PRACTICES
from home.management.commands.load_demo import DEMO_PASSWORD, DEMO_USERNAME
from practices.models import PracticePage

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

ITALIAN_TITLE = "Mentori per il passaggio dalle classi di accoglienza alle classi ordinarie"


@pytest.fixture
def engine():
    """The translation flow does not depend on the search engine: run it once."""
    return "database"


@dataclass
class Practice:
    pk: int
    title: str
    slug: str


@pytest.fixture
def practice(e2e_site, settings) -> Practice:
    """An English practice the demo has not translated (read before the browser starts)."""
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"
    }
    # The admin would fetch avatars from gravatar.com; the browser may load only local files.
    settings.WAGTAIL_GRAVATAR_PROVIDER_URL = None
    page = (
        PracticePage.objects.live()
        .filter(locale__language_code="en")
        .exclude(slug__in=TRANSLATED_PRACTICES)
        .order_by("path")
        .first()
    )
    return Practice(pk=page.pk, title=page.title, slug=page.slug)


def test_translate_a_practice_in_the_admin_and_read_it_in_italian(e2e_site, practice, browser):
    page = browser.page
    page.goto(e2e_site.url("/admin/login/"))
    page.fill("input[name=username]", DEMO_USERNAME)
    page.fill("input[name=password]", DEMO_PASSWORD)
    page.click("button[type=submit]")
    expect(page).to_have_url(re.compile(r"/admin/$"))

    # Submit the page for translation into Italian (wagtail-localize's form).
    page.goto(e2e_site.url(f"/admin/localize/submit/page/{practice.pk}/?select_locale=it"))
    expect(page.get_by_label("Italiano")).to_be_checked()
    page.get_by_role("button", name=re.compile("Submit|Translate", re.I)).last.click()

    # The synced editor: translate the title by hand, the rest by machine.
    title_segment = page.locator(
        "li.incomplete", has=page.locator("p.title", has_text=practice.title)
    ).first
    title_segment.get_by_role("button", name="Translate").click()
    title_segment.locator("textarea").fill(ITALIAN_TITLE)
    title_segment.get_by_role("button", name="Save").click()
    expect(page.get_by_text(ITALIAN_TITLE).first).to_be_visible()
    page.get_by_role("button", name=re.compile("Translate with Dummy translator")).first.click()
    expect(page.get_by_text(re.compile("Successfully translated"))).to_be_visible()

    # The lab's moderation bar is there; an administrator may also publish directly.
    expect(page.locator("[data-lab-moderation]")).to_be_visible()
    page.get_by_role("button", name=re.compile("Publish in")).click()
    expect(page.get_by_text(re.compile("Published"))).to_be_visible()
    browser.screenshot("translation-editor-published")

    # The visitor's Italian site shows the translation, in Italian.
    page.goto(e2e_site.url(f"/it/practices/{practice.slug}/"))
    expect(page.locator("h1")).to_have_text(ITALIAN_TITLE)
    expect(page.locator("html")).to_have_attribute("lang", "it")
    expect(page.locator("a.skip-link")).to_have_text("Vai al contenuto")
    switcher = page.locator("nav.language-switcher")
    expect(switcher.locator("a[hreflang=en]")).to_have_attribute(
        "href", f"/en/practices/{practice.slug}/"
    )
    browser.screenshot("translation-italian-page")
    assert not browser.log.problems(), browser.log.problems()
