"""Every page type in every locale, the language switcher, and the interface
strings of the visitor templates shipped in all eight languages."""

from __future__ import annotations

import io
from pathlib import Path

import polib
import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings
from django.utils.translation import gettext, override
from wagtail.models import Locale, Page
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.views.edit_translation import apply_machine_translation

from home.models import ContentPage, HomePage
from practices.models import (
    AuthorityRole,
    EvidenceLevel,
    Kind,
    PracticeIndexPage,
    PracticePage,
    Status,
)
from regions.models import (
    Indicator,
    RegionalActionPage,
    RegionIndexPage,
    RegionPage,
    Unit,
    UrbanRuralTypology,
)

PAGE_TYPES = [
    HomePage,
    ContentPage,
    PracticeIndexPage,
    PracticePage,
    RegionIndexPage,
    RegionPage,
    RegionalActionPage,
]
LANGUAGES = [code for code, _name in settings.LANGUAGES]
PROJECT = Path(settings.BASE_DIR)


def publish_translation(page: Page, locale: Locale, user) -> Page:
    """Translate with wagtail-localize (machine translation by the dummy translator)."""
    page = page.specific
    existing = page.get_translations().filter(locale=locale, alias_of__isnull=True).first()
    if existing is not None:
        return existing.specific
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    translation.save_target(user=user, publish=False)  # the draft page, as submitting makes it
    apply_machine_translation(translation.pk, user, get_machine_translator())
    translation.save_target(user=user, publish=False)
    target = translation.get_target_instance()
    target.get_latest_revision().publish(user=user)
    return type(page).objects.get(pk=target.pk)


def one_of_each_type(locale: Locale, user) -> dict[type, Page]:
    english = Locale.objects.get(language_code="en")
    region = RegionPage.objects.get(slug="skane", locale=english)
    sources = {
        HomePage: HomePage.objects.get(locale=english),
        ContentPage: ContentPage.objects.filter(locale=english).first(),
        PracticeIndexPage: PracticeIndexPage.objects.get(locale=english),
        RegionIndexPage: RegionIndexPage.objects.get(locale=english),
        RegionPage: region,
        RegionalActionPage: RegionalActionPage.objects.child_of(region).get(),
        PracticePage: PracticePage.objects.filter(locale=english, regions=region).first(),
    }
    if locale == english:
        return sources
    return {model: publish_translation(page, locale, user) for model, page in sources.items()}


@pytest.mark.django_db
@pytest.mark.usefixtures("dummy_translator")
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_type_renders_in_every_locale(client, django_user_model, language):
    user = django_user_model.objects.get(username="demo")
    pages = one_of_each_type(Locale.objects.get(language_code=language), user)
    with override(language):
        skip_link = gettext("Skip to content")
    if language != "en":
        assert skip_link != "Skip to content", f"no {language} catalogue compiled"
    for model in PAGE_TYPES:
        page = pages[model]
        assert page.live and page.locale.language_code == language
        url = page.url
        assert url.startswith(f"/{language}/"), url
        response = client.get(url)
        assert response.status_code == 200, f"{model.__name__} in {language}"
        soup = BeautifulSoup(response.content, "html.parser")
        assert soup.html["lang"] == language
        assert soup.h1.get_text(strip=True) == page.title
        assert soup.find("a", class_="skip-link").get_text(strip=True) == skip_link


@pytest.mark.django_db
def test_the_switcher_links_live_translations_and_says_where_there_is_none(client):
    english = PracticePage.objects.get(
        slug="civic-orientation-mother-tongue-skane", locale__language_code="en"
    )
    italian = english.get_translation(Locale.objects.get(language_code="it"))
    soup = BeautifulSoup(client.get(italian.url).content, "html.parser")
    switcher = soup.find("nav", class_="language-switcher")
    links = {a["hreflang"]: a["href"] for a in switcher.find_all("a")}
    assert set(links) == {"en", "es", "sv"}
    assert links["en"] == english.url and links["sv"].startswith("/sv/")
    assert switcher.find(attrs={"aria-current": "true"})["lang"] == "it"
    missing = {span["lang"] for span in switcher.find_all("span", class_="unavailable")}
    assert missing == {"fr", "de", "el", "pt"}
    with override("it"):
        assert gettext("not translated yet") in switcher.get_text()
    alternates = {
        link["hreflang"]: link["href"] for link in soup.head.find_all("link", rel="alternate")
    }
    assert set(alternates) == {"en", "it", "es", "sv", "x-default"}
    assert alternates["x-default"] == alternates["en"]
    assert alternates["it"].startswith("http") and alternates["it"].endswith(italian.url)


def test_choice_and_indicator_labels_are_translated_in_every_language():
    vocabularies = (AuthorityRole, Status, EvidenceLevel, Kind, UrbanRuralTypology, Indicator)
    with override("en"):
        labels = [str(label) for choices in vocabularies for label in choices.labels]
    for language in LANGUAGES[1:]:
        with override(language):
            untranslated = [label for label in labels if gettext(label) == label]
        assert not untranslated, f"{language}: {untranslated}"
    assert Unit.PERCENT.label  # "%" is the same everywhere


# What visitors read: the templates, the search's notices, the submission form and the
# choice labels.
VISITOR_FILES = ("templates/", "search/visitor.py", "practices/forms.py")
# Left out of the catalogue, as by the README's `makemessages --ignore=...`: no
# interface strings there.
NOT_CATALOGUED = ("tests", "bench")


def source_folders() -> list[str]:
    """The folders `makemessages` reads strings from: every Python package of the
    project (its apps, admin hooks and the `cms` project package) and the templates."""
    return sorted(
        folder.name
        for folder in PROJECT.iterdir()
        if folder.is_dir()
        and folder.name not in NOT_CATALOGUED
        and ((folder / "__init__.py").exists() or folder.name == "templates")
    )


def project_strings(
    tmp_path, monkeypatch, files: tuple[str, ...] | None = None
) -> list[polib.POEntry]:
    """Extract the project's strings afresh (as `makemessages` does) into a scratch
    folder: all of them, or only those that occur in these files or folders."""
    workdir = tmp_path / "project"
    workdir.mkdir()
    for name in source_folders():
        (workdir / name).symlink_to(PROJECT / name)
    monkeypatch.chdir(workdir)
    with override_settings(LOCALE_PATHS=[str(tmp_path / "out")]):
        call_command(
            "makemessages", locale=["it"], symlinks=True, verbosity=0, stdout=io.StringIO()
        )
    extracted = polib.pofile(str(tmp_path / "out" / "it" / "LC_MESSAGES" / "django.po"))
    if files is None:
        return list(extracted)
    return [
        entry
        for entry in extracted
        if any(path.startswith(files) for path, _line in entry.occurrences)
    ]


@pytest.mark.parametrize("language", LANGUAGES[1:])
def test_every_visitor_string_is_translated(tmp_path, monkeypatch, language):
    catalogue = polib.pofile(str(PROJECT / "locale" / language / "LC_MESSAGES" / "django.po"))
    translated = {entry.msgid for entry in catalogue.translated_entries()}
    fuzzy = {entry.msgid for entry in catalogue.fuzzy_entries()}
    strings = project_strings(tmp_path, monkeypatch, VISITOR_FILES)
    assert len(strings) > 150
    missing = [entry.msgid for entry in strings if entry.msgid not in translated]
    assert not missing, f"{language}: {len(missing)} untranslated, e.g. {missing[:5]}"
    assert not fuzzy & {entry.msgid for entry in strings}


@pytest.mark.parametrize("language", LANGUAGES[1:])
def test_the_maps_words_and_a_practices_years_are_translated(language):
    """Words visitors read that come from Python, not templates (so the catalogue
    test above does not see them): the map's texts and "since 2020"."""
    from practices.models import PracticePage, Status
    from regions.blocks import map_texts

    same_everywhere = {"marker", "source_year"}  # "%(region)s: %(practices)s" and the like
    with override("en"):
        english = map_texts()
    with override(language):
        translated = map_texts()
        years = PracticePage(start_year=2020, status=Status.ONGOING).years
    untranslated = [k for k in english if k not in same_everywhere and translated[k] == english[k]]
    assert not untranslated, f"{language}: {untranslated}"
    assert "2020" in years and years != "since 2020"


@pytest.mark.parametrize("language", LANGUAGES[1:])
def test_the_editorial_screens_are_translated(tmp_path, monkeypatch, language):
    """Translators and moderators work in their own language: the translation status
    page, its dashboard panel and the moderation bar in the translation editor."""
    catalogue = polib.pofile(str(PROJECT / "locale" / language / "LC_MESSAGES" / "django.po"))
    translated = {entry.msgid for entry in catalogue.translated_entries()}
    strings = project_strings(tmp_path, monkeypatch, ("editorial/",))
    assert len(strings) > 25
    missing = [entry.msgid for entry in strings if entry.msgid not in translated]
    assert not missing, f"{language}: {len(missing)} untranslated, e.g. {missing[:5]}"


@pytest.mark.parametrize("language", LANGUAGES[1:])
def test_every_string_of_the_project_is_translated(tmp_path, monkeypatch, language):
    """Every string the project marks for translation, for visitors and for editors
    alike (models, blocks, forms, validation messages, admin hooks, views, templates),
    is translated and not fuzzy: a string added without its translations fails here,
    wherever it is (as "since %(year)s", in a model, once slipped past the tests above)."""
    catalogue = polib.pofile(str(PROJECT / "locale" / language / "LC_MESSAGES" / "django.po"))
    translated = {(entry.msgctxt, entry.msgid) for entry in catalogue.translated_entries()}
    fuzzy = {(entry.msgctxt, entry.msgid) for entry in catalogue.fuzzy_entries()}
    strings = project_strings(tmp_path, monkeypatch)
    assert len(strings) > 350
    admin = [
        entry
        for entry in strings
        if any("wagtail_hooks" in path for path, _line in entry.occurrences)
    ]
    assert admin, "the admin's strings are extracted too"
    fuzzy_ones = [entry.msgid for entry in strings if (entry.msgctxt, entry.msgid) in fuzzy]
    assert not fuzzy_ones, f"{language}: {len(fuzzy_ones)} fuzzy, e.g. {fuzzy_ones[:5]}"
    missing = [entry.msgid for entry in strings if (entry.msgctxt, entry.msgid) not in translated]
    assert not missing, (
        f"{language}: {len(missing)} untranslated (refresh the catalogues with makemessages "
        f"as the README says, then translate them), e.g. {missing[:5]}"
    )
