"""Load the lab's demo content: regions, partner actions, practices and a demo admin.

Idempotent: pages are found by slug and left as they are when they exist, so a
second run creates nothing and never overwrites an editor's changes.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.html import format_html
from tqdm import tqdm
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from editorial.roles import ensure_editorial_setup
from home import demo_content, demo_translations
from home.models import ContentPage, HomePage
from practices.models import (
    Aspect,
    FundingSource,
    PolicyArea,
    PracticeIndexPage,
    PracticePage,
    SharePracticePage,
    TargetGroup,
)
from practices.taxonomy_setup import ensure_taxonomy
from regions import demo as demo_maps
from regions.models import (
    Indicator,
    RegionalActionPage,
    RegionIndexPage,
    RegionPage,
    RegionStatistic,
)
from search.signals import deferred_indexing

DEMO_USERNAME = "demo"
DEMO_PASSWORD = "demo-lab-2026"  # noqa: S105 - demo only, stated in README


def serve_site_at_base_url(site: Site) -> None:
    """Give the default Site the host and port of WAGTAILADMIN_BASE_URL (which
    `make demo` sets to where it serves), so absolute links (hreflang, API
    ``detail_url``) point where the demo really runs."""
    url = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    port = url.port or (443 if url.scheme == "https" else 80)
    if (site.hostname, site.port) != (url.hostname, port):
        site.hostname, site.port = url.hostname, port
        site.save(update_fields=["hostname", "port"])


def paragraphs_html(*texts: str) -> str:
    return "".join(format_html("<p>{}</p>", text) for text in texts if text)


class Command(BaseCommand):
    help = "Load the demo content (idempotent) and create the demo admin user."

    def handle(self, *args, **options) -> None:
        self.created = 0
        self.kept = 0
        self.translated = 0
        with deferred_indexing(), transaction.atomic():
            ensure_taxonomy(Locale, Aspect, PolicyArea, TargetGroup, FundingSource)
            home = self.home_page()
            practice_index = self.child(
                home,
                PracticeIndexPage,
                "practices",
                title="Practices",
                intro="Search and filter practices of migrant integration "
                "in which a regional authority takes part.",
                show_in_menus=True,
            )
            region_index = self.child(
                home,
                RegionIndexPage,
                "regions",
                title="Regions",
                intro="The partner regions of the lab and the other regions "
                "whose practices it collects.",
                show_in_menus=True,
            )
            for slug, title, intro in demo_content.CONTENT_PAGES:
                self.child(home, ContentPage, slug, title=title, intro=intro, show_in_menus=True)
            content = ContentPage.objects.child_of(home)
            self.child(
                home,
                SharePracticePage,
                "share-a-practice",
                title="Share a practice",
                intro="Tell the lab about a practice of migrant integration in which a "
                "regional authority takes part.",
                body=paragraphs_html(
                    "Regions, NGOs and researchers can all share a practice, in any of the "
                    "lab's languages. The guidelines show how to describe it; the glossary "
                    "explains the lab's terms.",
                    "The research team reviews every submission, may write to you with "
                    "follow-up questions, and publishes the practice once it has been reviewed.",
                ),
                contact_email="practices@lab.example",
                guidelines_page=content.get(slug="guidelines"),
                glossary_page=content.get(slug="glossary"),
                show_in_menus=True,
            )
            regions = self.load_regions(region_index)
            self.load_actions(regions)
            self.load_practices(practice_index, regions)
            demo_maps.add_map_block(home, demo_maps.HOME_MAP, demo_maps.HOME_MAP_ID)
            demo_maps.add_map_block(
                practice_index, demo_maps.PRACTICE_INDEX_MAP, demo_maps.PRACTICE_INDEX_MAP_ID
            )
            self.demo_user()
            self.translate_demo(self.pages_to_translate(home, regions))
            ensure_editorial_setup()  # roles and moderation on every locale's trees
            call_command("lab_region_groups", verbosity=0)
        # Every locale's index exists and matches the pages (as bakerydemo does).
        call_command("lab_index", "rebuild", "--from-pages", verbosity=0, stdout=self.stdout)
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content ready: {self.created} pages created, {self.kept} already there, "
                f"{self.translated} translations published. "
                f"Admin: {DEMO_USERNAME} / {DEMO_PASSWORD}"
            )
        )

    # --- pages ----------------------------------------------------------------

    def home_page(self) -> HomePage:
        site = Site.objects.get(is_default_site=True)
        serve_site_at_base_url(site)
        home = site.root_page.specific
        if not home.intro:
            home.title = "Integration Lab"
            home.intro = demo_content.HOME_INTRO
            home.save_revision().publish()
        return home

    def child(self, parent: Page, model, slug: str, **fields):
        existing = model.objects.child_of(parent).filter(slug=slug).first()
        if existing is not None:
            self.kept += 1
            return existing
        page = model(slug=slug, **fields)
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.created += 1
        return page

    def load_regions(self, region_index: RegionIndexPage) -> dict[str, RegionPage]:
        regions: dict[str, RegionPage] = {}
        for data in tqdm(demo_content.REGIONS, desc="Regions", unit="region", disable=None):
            existing = RegionPage.objects.child_of(region_index).filter(slug=data["slug"]).first()
            if existing is not None:
                self.kept += 1
                regions[data["slug"]] = existing
                continue
            page = RegionPage(
                slug=data["slug"],
                title=data["title"],
                intro=data["intro"],
                country=data["country"],
                nuts_code=data["nuts_code"],
                partner=data["partner"],
                responsible_body=data["responsible_body"],
                latitude=data["latitude"],
                longitude=data["longitude"],
                mipex_r_url=data["mipex_r_url"] or "",
                urban_rural_typology=data["urban_rural"],
            )
            page.statistics = [
                RegionStatistic(
                    indicator=Indicator(slug).value,
                    value=value,
                    year=year,
                    source=demo_content.DEMO_SOURCE,
                )
                for slug, (value, year) in data["statistics"].items()
            ]
            page.full_clean(exclude=["path", "depth"])
            region_index.add_child(instance=page)
            page.save_revision().publish()
            self.created += 1
            regions[data["slug"]] = page
        return regions

    def load_actions(self, regions: dict[str, RegionPage]) -> None:
        for data in tqdm(
            demo_content.REGIONAL_ACTIONS, desc="Partner actions", unit="action", disable=None
        ):
            region = regions[data["region"]]
            if RegionalActionPage.objects.child_of(region).filter(slug=data["slug"]).exists():
                self.kept += 1
                continue
            page = RegionalActionPage(
                focus_area=PolicyArea.objects.get(slug=data["focus_area"], locale=region.locale),
                design=paragraphs_html(data["design"]),
                implementation=paragraphs_html(data["implementation"]),
                monitoring=paragraphs_html(data["monitoring"]),
                evaluation_phase=paragraphs_html(data["evaluation_phase"]),
                **self.evaluated_fields(data),
            )
            self.publish_evaluated(region, page, data)

    def load_practices(self, index: PracticeIndexPage, regions: dict[str, RegionPage]) -> None:
        for data in tqdm(demo_content.PRACTICES, desc="Practices", unit="practice", disable=None):
            if PracticePage.objects.child_of(index).filter(slug=data["slug"]).exists():
                self.kept += 1
                continue
            page = PracticePage(**self.evaluated_fields(data))
            page.regions = [regions[slug] for slug in data["regions"]]
            self.publish_evaluated(index, page, data)

    def evaluated_fields(self, data: dict) -> dict:
        description = data.get("description") or []
        return {
            "slug": data["slug"],
            "title": data["title"],
            "summary": data["summary"],
            "body": [("paragraph", paragraphs_html(text)) for text in description],
            "authority_role": data["authority_role"],
            "authority_contribution": data["authority_contribution"],
            "evaluation": [
                (
                    "aspect_evaluation",
                    {
                        "aspect": aspect,
                        "inspiring_elements": paragraphs_html(texts["inspiring"]),
                        "room_for_improvement": paragraphs_html(texts.get("improvement", "")),
                    },
                )
                for aspect, texts in data["evaluation"].items()
            ],
            "lessons_learnt": paragraphs_html(data["lessons_learnt"]),
            "transferability_tips": paragraphs_html(data["transferability_tips"]),
            "challenges": paragraphs_html(data["challenges"]),
            "start_year": data["start_year"],
            "end_year": data["end_year"],
            "status": data["status"],
            "partners": data["partners"],
            "website": data["website"],
            "contact": data["contact"],
            "evidence_level": data["evidence_level"],
        }

    def publish_evaluated(self, parent: Page, page, data: dict) -> None:
        locale = parent.locale
        page.policy_areas = list(
            PolicyArea.objects.filter(slug__in=data["policy_areas"], locale=locale)
        )
        page.target_groups = list(
            TargetGroup.objects.filter(slug__in=data["target_groups"], locale=locale)
        )
        page.funding_sources = list(
            FundingSource.objects.filter(slug__in=data["funding_sources"], locale=locale)
        )
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.created += 1

    def demo_user(self) -> None:
        user_model = get_user_model()
        if not user_model.objects.filter(username=DEMO_USERNAME).exists():
            user_model.objects.create_superuser(DEMO_USERNAME, "demo@example.org", DEMO_PASSWORD)
            self.stdout.write(f"Created the demo superuser {DEMO_USERNAME!r}.")

    # --- translations -----------------------------------------------------------

    def pages_to_translate(self, home: HomePage, regions: dict[str, RegionPage]) -> list[Page]:
        """Parents before children, so no translated page needs a copied parent."""
        english = Page.objects.filter(locale=home.locale)
        partners = [region for region in regions.values() if region.partner]
        return [
            home,
            *english.child_of(home).filter(slug__in=demo_translations.TRANSLATIONS),
            *partners,
            *RegionalActionPage.objects.filter(
                locale=home.locale, slug__in=demo_translations.TRANSLATIONS
            ),
            *PracticePage.objects.filter(
                locale=home.locale, slug__in=demo_translations.TRANSLATED_PRACTICES
            ).order_by("path"),
        ]

    def translate_demo(self, pages: list[Page]) -> None:
        """Translate as translators would, with wagtail-localize's own machinery: the
        page's translation source, a translation per locale, the translated strings
        entered segment by segment, then the translated page saved and published."""
        user = get_user_model().objects.get(username=DEMO_USERNAME)
        locales = list(
            Locale.objects.filter(language_code__in=demo_translations.DEMO_TRANSLATION_LOCALES)
        )
        for page in tqdm(pages, desc="Translations", unit="page", disable=None):
            page = page.specific
            done = set(
                page.get_translations()
                .filter(alias_of__isnull=True)
                .values_list("locale_id", flat=True)
            )
            missing = [locale for locale in locales if locale.pk not in done]
            if not missing:
                continue
            source, _created = TranslationSource.get_or_create_from_instance(page)
            texts = demo_translations.TRANSLATIONS.get(page.slug, {})
            for locale in missing:
                translation, _created = Translation.objects.update_or_create(
                    source=source, target_locale=locale, defaults={"enabled": True}
                )
                self.enter_strings(source, locale, texts, user)
                # Saved, then published at once: wagtail-localize's publish=True waits
                # for the commit, and by then this page's children (translated next)
                # would be overwritten by its stale copy in the revision.
                translation.save_target(user=user, publish=False)
                translation.get_target_instance().get_latest_revision().publish(user=user)
                self.translated += 1

    def enter_strings(self, source: TranslationSource, locale: Locale, texts: dict, user) -> None:
        """What a translator types into the segment editor, field by field."""
        for segment in source.stringsegment_set.select_related("context", "string"):
            text = texts.get(segment.context.path, {}).get(locale.language_code)
            if text:
                StringTranslation.objects.update_or_create(
                    translation_of=segment.string,
                    locale=locale,
                    context=segment.context,
                    defaults={
                        "data": text,
                        "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                        "last_translated_by": user,
                    },
                )
