"""Translation status: for each page and locale, is the translation missing, in
progress, up to date, or behind its source?

A row is one page across locales (one translation key); its source is the page
wagtail-localize extracts translations from (the locale of its
TranslationSource), else the default locale's page, else the oldest page.

A synced translation's last sync is its TranslationSource's `last_updated_at`:
wagtail-localize sets it when the page is submitted for translation and on
every "Sync translated pages". Translations are extracted from the source's
published content, so the source has changed since the last sync when it was
published after it. A target page is then:

- missing: no page in that locale (an alias copy of the source does not count);
- behind its source: the source was published after the last sync (a sync is
  needed); for a page translated by hand, after the page's own last publish;
- in progress: not live yet, a draft or a moderation under way, or the last
  sync has not been published in that locale yet;
- up to date: otherwise.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page, WorkflowState
from wagtail_localize.models import Translation, TranslationSource


class TranslationState(models.TextChoices):
    MISSING = "missing", _("Missing")
    IN_PROGRESS = "in-progress", _("In progress")
    UP_TO_DATE = "up-to-date", _("Up to date")
    BEHIND = "behind", _("Behind its source")


class Tree(models.TextChoices):
    PRACTICES = "practices", _("Practices")
    REGIONS = "regions", _("Regions")
    OTHER = "other", _("Home and content pages")


def tree_models(tree: str) -> tuple[type[Page], ...]:
    from home.models import ContentPage, HomePage
    from practices.models import PracticeIndexPage, PracticePage
    from regions.models import RegionalActionPage, RegionIndexPage, RegionPage

    return {
        Tree.PRACTICES: (PracticeIndexPage, PracticePage),
        Tree.REGIONS: (RegionIndexPage, RegionPage, RegionalActionPage),
        Tree.OTHER: (HomePage, ContentPage),
    }[tree]


@dataclass
class Cell:
    locale: Locale
    state: TranslationState | None  # None: this is the row's source
    page: Page | None = None
    in_moderation: bool = False
    translation_source_id: int | None = None  # set when wagtail-localize syncs it

    @property
    def is_source(self) -> bool:
        return self.state is None


@dataclass
class Row:
    source: Page
    tree: str
    cells: list[Cell] = field(default_factory=list)


_PAGE_FIELDS = (
    "id",
    "title",
    "draft_title",
    "translation_key",
    "locale_id",
    "live",
    "has_unpublished_changes",
    "last_published_at",
    "alias_of_id",
    "path",
    "depth",
    "content_type_id",
)


def translation_status(
    trees: Iterable[str] = tuple(Tree.values),
    locales: Iterable[Locale] | None = None,
    user=None,
) -> list[Row]:
    """The status matrix: rows in tree order, one cell per requested locale.

    With a user, only the rows whose source page that user may edit: a region
    editor sees their region, never another page's title, nor an unpublished
    submission's."""
    locales = list(locales) if locales is not None else content_locales()
    default_locale_id = Locale.get_default().pk
    rows: list[Row] = []
    for tree in trees:
        pages = Page.objects.type(*tree_models(tree)).only(*_PAGE_FIELDS).order_by("path")
        by_key: dict = defaultdict(dict)
        for page in pages:
            by_key[page.translation_key][page.locale_id] = page
        rows += _rows_for(tree, by_key, locales, default_locale_id)
    if user is not None and not user.is_superuser:
        from wagtail.permission_policies.pages import PagePermissionPolicy

        editable = set(
            PagePermissionPolicy()
            .instances_user_has_permission_for(user, "change")
            .values_list("pk", flat=True)
        )
        rows = [row for row in rows if row.source.pk in editable]
    return rows


def _rows_for(tree: str, by_key: dict, locales: list[Locale], default_locale_id: int) -> list[Row]:
    sources = defaultdict(dict)  # translation key -> locale id -> TranslationSource
    for source in TranslationSource.objects.filter(object_id__in=list(by_key)).only(
        "id", "object_id", "locale_id", "last_updated_at"
    ):
        sources[source.object_id][source.locale_id] = source
    synced = set(
        Translation.objects.filter(source__object_id__in=list(by_key), enabled=True).values_list(
            "source_id", "target_locale_id"
        )
    )
    page_ids = [str(page.pk) for pages in by_key.values() for page in pages.values()]
    in_moderation = set(
        WorkflowState.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id__in=page_ids,
            status=WorkflowState.STATUS_IN_PROGRESS,
        ).values_list("object_id", flat=True)
    )

    rows = []
    for key, pages in by_key.items():
        originals = {locale_id: page for locale_id, page in pages.items() if not page.alias_of_id}
        if not originals:
            continue
        source_locale_id = _source_locale_id(originals, sources.get(key, {}), default_locale_id)
        source_page = originals[source_locale_id]
        translation_source = sources.get(key, {}).get(source_locale_id)
        row = Row(source=source_page, tree=tree)
        for locale in locales:
            if locale.pk == source_locale_id:
                row.cells.append(Cell(locale=locale, state=None, page=source_page))
                continue
            target = originals.get(locale.pk)
            moderated = target is not None and str(target.pk) in in_moderation
            is_synced = (
                translation_source is not None and (translation_source.pk, locale.pk) in synced
            )
            state = _state(
                source_page, target, translation_source if is_synced else None, moderated
            )
            row.cells.append(
                Cell(
                    locale=locale,
                    state=state,
                    page=target,
                    in_moderation=moderated,
                    translation_source_id=translation_source.pk if translation_source else None,
                )
            )
        rows.append(row)
    rows.sort(key=lambda row: row.source.path)
    return rows


def _source_locale_id(originals: dict, sources: dict, default_locale_id: int) -> int:
    candidates = [locale_id for locale_id in sources if locale_id in originals]
    if candidates:
        return default_locale_id if default_locale_id in candidates else candidates[0]
    if default_locale_id in originals:
        return default_locale_id
    return min(originals.values(), key=lambda page: page.pk).locale_id


def _state(
    source: Page,
    target: Page | None,
    translation_source: TranslationSource | None,
    in_moderation: bool,
) -> TranslationState:
    if target is None:
        return TranslationState.MISSING
    source_changed_at = source.last_published_at
    if translation_source is not None:
        last_sync = translation_source.last_updated_at
        behind = bool(source_changed_at and source_changed_at > last_sync)
        sync_unpublished = not target.last_published_at or target.last_published_at < last_sync
    else:  # translated by hand in the normal editor: compare the two publications
        behind = bool(
            source_changed_at
            and target.last_published_at
            and source_changed_at > target.last_published_at
        )
        sync_unpublished = False
    if behind:
        return TranslationState.BEHIND
    if not target.live or target.has_unpublished_changes or in_moderation or sync_unpublished:
        return TranslationState.IN_PROGRESS
    return TranslationState.UP_TO_DATE


def state_counts(rows: Iterable[Row]) -> dict[str, int]:
    """How many cells are in each state (the source cells are not counted)."""
    counts = dict.fromkeys(TranslationState.values, 0)
    for row in rows:
        for cell in row.cells:
            if not cell.is_source:
                counts[cell.state] += 1
    return counts


def content_locales() -> list[Locale]:
    """The lab's locales in the order of settings.LANGUAGES."""
    order = [code for code, _name in settings.LANGUAGES]
    locales = list(Locale.objects.filter(language_code__in=order))
    return sorted(locales, key=lambda locale: order.index(locale.language_code))
