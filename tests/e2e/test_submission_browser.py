"""A practice shared in Swedish, in a real browser: a visitor fills the Swedish
"Share a practice" form, a moderator finds the submission in the admin and
approves its draft through the moderation workflow, and the lab search finds the
published practice in Swedish only.

Uses tests/e2e/conftest.py (live server, demo loaded afresh, Chromium). The form is
found by its labels and roles, in Swedish: the fixture reads them from the form
itself with Swedish active (before the browser starts), so the test follows the
catalogues instead of repeating their words.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.utils import translation
from django.utils.translation import gettext
from playwright.sync_api import expect
from wagtail.models import Locale

from editorial.roles import MODERATORS, ensure_editorial_setup
from practices.forms import SharePracticeForm
from practices.models import AuthorityRole, PolicyArea, SharePracticePage
from regions.models import RegionPage

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

# The demo creates only its administrator (a superuser): the moderator is made here,
# a member of the Moderators group and nothing more.
MODERATOR, PASSWORD = "mona-moderator", "a-long-moderator-password"
SUBMITTER = "maja.berg@example.org"
WORD = "hembygdsgårdscaféer"  # a Swedish word no demo text has
TITLE = f"Språkcaféer i {WORD}"
REFERENCE = re.compile(r"^LAB-\d{4}-\d{6}$")


@pytest.fixture
def engine():
    """The harder engine: what the moderator publishes must reach Elasticsearch."""
    return "elasticsearch"


@dataclass
class Setting:
    form_path: str
    form_title: str
    labels: dict[str, str]  # a field's name → its Swedish label
    regions_legend: str
    region: str  # a checkbox's label, as the form shows it
    policy_areas_legend: str
    policy_area: str
    authority_role: str
    send: str
    thanks: str


@pytest.fixture
def setting(e2e_site) -> Setting:
    """The Swedish form's words, and a moderator (made before the browser starts)."""
    swedish = Locale.objects.get(language_code="sv")
    form_page = SharePracticePage.objects.live().get(locale=swedish)
    moderator = get_user_model().objects.create_user(
        MODERATOR, f"{MODERATOR}@lab.example", PASSWORD
    )
    moderator.groups.add(ensure_editorial_setup().groups[MODERATORS])
    region = RegionPage.objects.live().filter(locale=swedish, partner=True).order_by("title")[0]
    policy_area = PolicyArea.objects.get(locale=swedish, slug="language-learning")
    with translation.override("sv"):
        form = SharePracticeForm(swedish)
        fields = form.fields
        labels = {
            name: str(fields[name].label)
            for name in (
                "title",
                "summary",
                "description",
                "start_year",
                "submitter_name",
                "submitter_email",
                "consent",
            )
        }
        return Setting(
            form_path=form_page.url,
            form_title=form_page.title,
            labels=labels,
            regions_legend=str(fields["regions"].label),
            region=fields["regions"].label_from_instance(region),
            policy_areas_legend=str(fields["policy_areas"].label),
            policy_area=policy_area.name,
            authority_role=str(AuthorityRole.INDIRECT.label),
            send=gettext("Send the practice"),
            thanks=gettext("Thank you for sharing a practice"),
        )


def search_ids(e2e_site, browser, **params: str) -> tuple[str, set[int]]:
    """The lab search over HTTP against the live server: (engine, ids found)."""
    response = browser.page.request.get(e2e_site.url("/api/v2/lab/search/"), params=params)
    assert response.ok, response.status
    body = response.json()
    return body["engine"], {result["id"] for result in body["results"]}


def test_a_swedish_submission_is_approved_in_the_admin_and_found_in_swedish(
    e2e_site, setting, browser
):
    mail.outbox.clear()  # the live server runs in this process: its e-mails land here

    # A visitor shares a practice on the Swedish form.
    page = browser.page
    page.goto(e2e_site.url(setting.form_path))
    expect(page.locator("html")).to_have_attribute("lang", "sv")
    expect(page.get_by_role("heading", level=1)).to_have_text(setting.form_title)
    label = setting.labels
    page.get_by_label(label["title"], exact=True).fill(TITLE)
    page.get_by_label(label["summary"], exact=True).fill(
        f"Nyanlända och volontärer möts varje vecka i {WORD}."
    )
    page.get_by_label(label["description"], exact=True).fill(
        "Varje vecka träffas vi och pratar svenska."
    )
    page.get_by_role("group", name=setting.regions_legend).get_by_label(
        setting.region, exact=True
    ).check()
    page.get_by_label(setting.authority_role, exact=True).check()
    page.get_by_role("group", name=setting.policy_areas_legend).get_by_label(
        setting.policy_area, exact=True
    ).check()
    page.get_by_label(label["start_year"], exact=True).fill("2022")
    page.get_by_label(label["submitter_name"], exact=True).fill("Maja Berg")
    page.get_by_label(label["submitter_email"], exact=True).fill(SUBMITTER)
    page.get_by_label(label["consent"], exact=True).check()
    page.get_by_role("button", name=setting.send, exact=True).click()

    # The confirmation, with the reference.
    expect(page.get_by_role("heading", level=1)).to_have_text(setting.thanks)
    reference_text = page.get_by_text(REFERENCE)
    expect(reference_text).to_be_visible()
    reference = reference_text.inner_text()
    browser.screenshot("submission-confirmation-sv", page)
    # A draft: not findable yet.
    assert search_ids(e2e_site, browser, locale="sv", q=WORD) == ("elasticsearch", set())
    # One e-mail each to the submitter and the moderator, both with the reference.
    received = Counter(address for message in mail.outbox for address in message.to)
    assert received[SUBMITTER] == 1 and received[f"{MODERATOR}@lab.example"] == 1, received
    assert all(reference in message.body for message in mail.outbox)

    # The moderator signs in and finds it awaiting review on the dashboard...
    admin = browser.new_page()
    admin.goto(e2e_site.url("/admin/login/"))
    # Not exact: Wagtail's labels end with a required mark ("Username*").
    admin.get_by_label("Username").fill(MODERATOR)
    admin.get_by_label("Password").fill(PASSWORD)
    admin.get_by_role("button", name="Sign in").click()
    expect(admin).to_have_url(re.compile(r"/admin/$"))
    awaiting = admin.get_by_role("region", name="Awaiting your review")
    expect(awaiting.get_by_role("link", name=TITLE, exact=True)).to_be_visible()
    # ...and among the submissions, by its reference.
    admin.get_by_role("link", name="Submissions", exact=True).first.click()
    admin.get_by_role("link", name=reference, exact=True).click()
    expect(admin.get_by_text(SUBMITTER)).to_be_visible()  # contact data: moderators only
    admin.get_by_role("link", name=TITLE, exact=True).click()

    # The draft in the page editor: approve and publish it through the workflow.
    expect(admin.get_by_role("heading", level=1)).to_contain_text(TITLE)
    admin.get_by_role("button", name="More actions").click()
    admin.get_by_role("button", name="Approve and Publish", exact=True).click()
    expect(admin.get_by_role("status").filter(has_text=TITLE)).to_be_visible()
    browser.screenshot("submission-approved", admin)

    # The submissions listing says so.
    admin.get_by_role("link", name="Submissions", exact=True).first.click()
    row = admin.get_by_role("row").filter(has=admin.get_by_role("link", name=reference))
    expect(row).to_contain_text("Published")

    # Published: found in Swedish, and only there.
    engine, found = search_ids(e2e_site, browser, locale="sv", q=WORD)
    assert engine == "elasticsearch" and len(found) == 1
    assert search_ids(e2e_site, browser, locale="en", q=WORD) == ("elasticsearch", set())
    response = page.request.get(e2e_site.url(f"/api/v2/pages/{found.pop()}/"))
    assert response.ok and response.json()["title"] == TITLE
    assert SUBMITTER not in response.text()  # never in the API
    assert not browser.log.problems(), browser.log.problems()
