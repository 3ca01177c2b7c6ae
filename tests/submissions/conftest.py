"""Fixtures of the share-a-practice tests: the form page in English and Swedish,
a moderator, valid answers and attachment files of every kind."""

from __future__ import annotations

import io
import zipfile

import pytest
from django.core.cache import cache
from django.test import Client
from wagtail.models import Locale

from editorial.roles import EDITORS, MODERATORS, ensure_editorial_setup
from home.models import ContentPage, HomePage
from practices.models import FundingSource, PolicyArea, SharePracticePage, TargetGroup
from regions.models import RegionPage

CONTACT = "practices@lab.example"


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    """The rate limit counts in the cache, which outlives each test's transaction."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    """Uploaded attachments go to a temporary folder, not the project's var/media."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private-media"


@pytest.fixture
def share_page(db) -> SharePracticePage:
    """The English form page, as load_demo makes it (created here if it does not)."""
    home = HomePage.objects.get(locale__language_code="en")
    existing = SharePracticePage.objects.child_of(home).first()
    if existing is not None:
        return existing
    english = ContentPage.objects.child_of(home)
    page = SharePracticePage(
        title="Share a practice",
        slug="share-a-practice",
        intro="Tell the lab about a practice of migrant integration.",
        contact_email=CONTACT,
        guidelines_page=english.get(slug="guidelines"),
        glossary_page=english.get(slug="glossary"),
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def share_page_sv(share_page) -> SharePracticePage:
    sv = Locale.objects.get(language_code="sv")
    existing = share_page.get_translation_or_none(sv)
    if existing is not None and existing.live:
        return existing.specific
    page = share_page.copy_for_translation(sv)
    page.title = "Dela en praktik"
    page.save_revision().publish()
    return page.specific


def role_user(django_user_model, username: str, group: str):
    setup = ensure_editorial_setup()
    user = django_user_model.objects.create_user(
        username, f"{username}@lab.example", "a-long-test-password"
    )
    user.groups.add(setup.groups[group])
    return user


@pytest.fixture
def moderator(db, django_user_model):
    return role_user(django_user_model, "mona-moderator", MODERATORS)


@pytest.fixture
def moderator_client(moderator) -> Client:
    client = Client()
    client.force_login(moderator)
    return client


@pytest.fixture
def editor_client(db, django_user_model) -> Client:
    client = Client()
    client.force_login(role_user(django_user_model, "eddie-editor", EDITORS))
    return client


def valid_answers(language_code: str = "en", **changes) -> dict:
    """Answers a person would give, in the form's language (its regions and terms)."""
    locale = Locale.objects.get(language_code=language_code)
    region = RegionPage.objects.live().filter(locale=locale, partner=True).order_by("title")[0]

    def term_ids(model, *slugs):
        return [
            str(pk)
            for pk in model.objects.filter(locale=locale, slug__in=slugs).values_list(
                "pk", flat=True
            )
        ]

    answers = {
        "title": "Neighbourhood language cafés",
        "summary": "Volunteers and newcomers meet weekly to practise the language.",
        "description": "Every week volunteers host a café.\n\nThe region funds the rooms.",
        "regions": [str(region.pk)],
        "authority_role": "indirect",
        "authority_contribution": "The region pays for rooms and training.",
        "policy_areas": term_ids(PolicyArea, "language-learning"),
        "target_groups": term_ids(TargetGroup, "third-country-nationals", "migrant-women"),
        "funding_sources": term_ids(FundingSource, "regional"),
        "evidence_level": "self-assessed",
        "lessons_learnt": "Start small.",
        "transferability_tips": "Find a library that opens its rooms.",
        "challenges": "Volunteers left in summer; a rota solved it.",
        "inspiring_inclusion": "Newcomers run half of the cafés.",
        "improvement_inclusion": "Evening sessions for people who work.",
        "start_year": "2021",
        "end_year": "",
        "status": "ongoing",
        "partners": "Public libraries, two NGOs",
        "website": "https://cafes.example.org/",
        "submitter_name": "Maja Berg",
        "submitter_organisation": "Welcome Network",
        "submitter_email": "maja.berg@example.org",
        "consent": "on",
        "homepage": "",
    }
    answers.update(changes)
    return answers


# --- Attachments: real minimal files of each accepted kind, and impostors -------------

PDF_BYTES = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


def zip_bytes(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def docx_bytes(**extra: bytes) -> bytes:
    return zip_bytes(
        {
            "[Content_Types].xml": b"<Types/>",
            "_rels/.rels": b"<Relationships/>",
            "word/document.xml": b"<w:document/>",
            **extra,
        }
    )


def odt_bytes() -> bytes:
    return zip_bytes(
        {
            "mimetype": b"application/vnd.oasis.opendocument.text",
            "content.xml": b"<office:document-content/>",
            "META-INF/manifest.xml": b"<manifest:manifest/>",
        }
    )
