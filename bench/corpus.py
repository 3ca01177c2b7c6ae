"""A synthetic corpus for the benchmark, created the way editors create content.

Pages go through Wagtail as the admin and `load_demo` do: `add_child`, then
`save_revision().publish()`; region pages reach the other locales through
`copy_for_translation` and are published there. Practices are spread over the
locale trees (each practice written in the language it was submitted in, as
FACTS.md says practices arrive in eight languages): translating every practice
into every locale would multiply the page count by eight without telling
anything more about the search.

The text is word salad from small per-language vocabularies, so each index gets
words its analyzer stems, and the benchmark's text queries match a known share
of the documents. Everything is seeded: the same flags give the same corpus.
"""

from __future__ import annotations

import json
import multiprocessing
import queue
import random
from collections.abc import Callable, Iterable
from functools import partial

from django.db import connection, connections, transaction
from django.utils.html import format_html
from tqdm import tqdm
from wagtail.models import Locale, Page, Site

from bench.spec import CorpusSpec, words
from home.models import HomePage
from practices.models import (
    AuthorityRole,
    EvidenceLevel,
    FundingSource,
    PolicyArea,
    PracticeIndexPage,
    PracticePage,
    Status,
    TargetGroup,
)
from practices.taxonomy import ASPECTS, FUNDING_SOURCES, POLICY_AREAS, TARGET_GROUPS
from regions.models import Indicator, RegionIndexPage, RegionPage, RegionStatistic

Progress = Callable[[Iterable, str, int], Iterable]

# Member states the synthetic regions belong to, with a rough centre to scatter them around.
COUNTRIES = {
    "AT": (47.6, 14.1),
    "BE": (50.6, 4.6),
    "DE": (51.1, 10.4),
    "DK": (56.0, 9.5),
    "EL": (39.1, 22.4),
    "ES": (40.2, -3.6),
    "FI": (62.5, 25.7),
    "FR": (46.6, 2.4),
    "IE": (53.2, -7.9),
    "IT": (42.8, 12.6),
    "NL": (52.2, 5.5),
    "PL": (52.0, 19.1),
    "PT": (39.6, -8.0),
    "SE": (60.1, 15.6),
}
COUNTRY_CODES = {"EL": "GR"}  # NUTS says EL, ISO 3166 (django-countries) says GR

SYLLABLES = "ar bel cor dal en fir gan hol is jor kel lin mor nar os per quin ros sal tor".split()  # noqa: SIM905


def sentence(rng: random.Random, locale: str, length: int) -> str:
    vocabulary = words(locale)
    # A skewed pick (the first words are frequent), like real text.
    last = len(vocabulary) - 1
    chosen = [vocabulary[min(int(rng.expovariate(0.25)), last)] for _ in range(length)]
    return " ".join(chosen).capitalize() + "."


def paragraph(rng: random.Random, locale: str) -> str:
    return format_html("<p>{}</p>", " ".join(sentence(rng, locale, 12) for _ in range(3)))


def stored_spec() -> CorpusSpec | None:
    """The spec of the corpus in this database, or None (kept in a comment on a table)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT obj_description('wagtailcore_page'::regclass, 'pg_class')")
        raw = cursor.fetchone()[0]
    try:
        return CorpusSpec(**json.loads(raw)) if raw else None
    except (TypeError, ValueError):
        return None


def remember_spec(spec: CorpusSpec) -> None:
    with connection.cursor() as cursor:
        cursor.execute("COMMENT ON TABLE wagtailcore_page IS %s", [spec.key()])


class CorpusBuilder:
    """Builds the corpus; the per-locale part can run in several processes at once."""

    def __init__(self, spec: CorpusSpec) -> None:
        self.spec = spec

    # --- the page tree ---------------------------------------------------------------

    @staticmethod
    def publish(page: Page) -> Page:
        page.save_revision().publish()
        return page

    def skeleton(self, progress: Progress) -> None:
        """Taxonomy, one home / practice index / region index per locale, source regions."""
        from practices.models import Aspect
        from practices.taxonomy_setup import ensure_taxonomy

        ensure_taxonomy(Locale, Aspect, PolicyArea, TargetGroup, FundingSource)
        site = Site.objects.get(is_default_site=True)
        home = site.root_page.specific
        region_index = self.section(home, RegionIndexPage, "regions")
        self.section(home, PracticeIndexPage, "practices")
        for number in progress(range(self.spec.regions), "Regions", self.spec.regions):
            self.region(region_index, number)
        for code in self.spec.locale_codes():
            locale = Locale.objects.get(language_code=code)
            translated = home.get_translation_or_none(locale)
            if translated is None:
                translated = self.publish(home.copy_for_translation(locale))
            self.section(translated, RegionIndexPage, "regions")
            self.section(translated, PracticeIndexPage, "practices")

    def section(self, home: HomePage, model, slug: str):
        existing = model.objects.child_of(home).first()
        if existing is not None:
            return existing
        source = model.objects.filter(locale=Locale.get_default()).first()
        if source is not None and source.locale_id != home.locale_id:
            return self.publish(source.copy_for_translation(home.locale))
        page = model(slug=slug, title=slug.capitalize(), intro="")
        home.add_child(instance=page)
        return self.publish(page)

    def region(self, index: RegionIndexPage, number: int) -> RegionPage:
        slug = f"region-{number:03d}"
        existing = RegionPage.objects.child_of(index).filter(slug=slug).first()
        if existing is not None:
            return existing
        rng = random.Random(f"{self.spec.seed}-region-{number}")  # noqa: S311 - synthetic data
        nuts, (lat, lng) = rng.choice(sorted(COUNTRIES.items()))
        name = "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize()
        page = RegionPage(
            slug=slug,
            title=f"{name} {number}",
            intro=f"A synthetic region of the benchmark corpus ({nuts}).",
            country=COUNTRY_CODES.get(nuts, nuts),
            partner=number < 6,
            latitude=round(lat + rng.uniform(-2, 2), 4),
            longitude=round(lng + rng.uniform(-2, 2), 4),
        )
        page.statistics = [
            RegionStatistic(
                indicator=Indicator.POPULATION.value,
                value=rng.randrange(100_000, 8_000_000),
                year=2023,
                source="Synthetic",
            )
        ]
        index.add_child(instance=page)
        return self.publish(page)

    def locale_tree(self, code: str, tick: Callable[[], None]) -> None:
        """One locale's region translations and practices (every practice whose number
        falls to this locale)."""
        locale = Locale.objects.get(language_code=code)
        sources = RegionPage.objects.filter(locale=Locale.get_default()).order_by("path")
        regions = []
        for source in sources:
            region = source.get_translation_or_none(locale)
            if region is None:
                region = self.publish(source.copy_for_translation(locale))
            regions.append(region)
            tick()
        index = PracticeIndexPage.objects.get(locale=locale)
        terms = {
            model: {term.slug: term for term in model.objects.filter(locale=locale)}
            for model in (PolicyArea, TargetGroup, FundingSource)
        }
        existing = set(PracticePage.objects.child_of(index).values_list("slug", flat=True))
        codes = self.spec.locale_codes()
        for number in range(codes.index(code), self.spec.practices, len(codes)):
            if f"practice-{number:05d}" not in existing:
                with transaction.atomic():
                    self.practice(number, code, index, regions, terms)
            tick()

    def practice(self, number: int, code: str, index, regions: list, terms: dict) -> None:
        rng = random.Random(f"{self.spec.seed}-practice-{number}")  # noqa: S311 - synthetic data
        status = rng.choice([Status.ONGOING, Status.COMPLETED])
        start = rng.randrange(2005, 2025)
        aspects = rng.sample([slug for slug, _names in ASPECTS], rng.randint(1, 4))
        page = PracticePage(
            slug=f"practice-{number:05d}",
            title=sentence(rng, code, 4).rstrip("."),
            summary=" ".join(sentence(rng, code, 10) for _ in range(2)),
            body=[("paragraph", paragraph(rng, code)) for _ in range(rng.randint(2, 4))],
            authority_role=rng.choice(AuthorityRole.values),
            authority_contribution=sentence(rng, code, 14),
            evaluation=[
                (
                    "aspect_evaluation",
                    {
                        "aspect": aspect,
                        "inspiring_elements": paragraph(rng, code),
                        "room_for_improvement": paragraph(rng, code),
                    },
                )
                for aspect in aspects
            ],
            lessons_learnt=paragraph(rng, code),
            transferability_tips=paragraph(rng, code),
            challenges=paragraph(rng, code),
            start_year=start,
            end_year=min(start + rng.randint(0, 6), 2025) if status == Status.COMPLETED else None,
            status=status,
            partners=sentence(rng, code, 6),
            evidence_level=rng.choice(EvidenceLevel.values),
        )
        page.regions = rng.sample(regions, rng.choice([1, 1, 1, 2]))
        page.policy_areas = self.pick(rng, terms[PolicyArea], POLICY_AREAS, 3)
        page.target_groups = self.pick(rng, terms[TargetGroup], TARGET_GROUPS, 3)
        page.funding_sources = self.pick(rng, terms[FundingSource], FUNDING_SOURCES, 2)
        index.add_child(instance=page)
        self.publish(page)

    @staticmethod
    def pick(rng: random.Random, by_slug: dict, taxonomy, most: int) -> list:
        slugs = rng.sample([slug for slug, _names in taxonomy], rng.randint(1, most))
        return [by_slug[slug] for slug in slugs]


# --- building in several processes ----------------------------------------------------

_ticks = None  # a worker's queue to the parent's progress bar


def _init_worker(ticks) -> None:
    global _ticks
    _ticks = ticks
    connections.close_all()  # never share the parent's database connection


def _build_locale(spec: CorpusSpec, code: str) -> str:
    from search.signals import deferred_indexing

    # Indexing is left to `lab_index rebuild`, which the benchmark measures.
    with deferred_indexing() as collected:
        CorpusBuilder(spec).locale_tree(code, lambda: _ticks.put(1))
        collected.clear()
    return code


def build(spec: CorpusSpec, progress: Progress, jobs: int) -> None:
    from search.signals import deferred_indexing

    with deferred_indexing() as collected:
        CorpusBuilder(spec).skeleton(progress)
        collected.clear()
    codes = spec.locale_codes()
    connections.close_all()  # the workers are forked: each opens its own connection
    context = multiprocessing.get_context("fork")
    ticks = context.Queue()
    with (
        context.Pool(jobs, initializer=_init_worker, initargs=(ticks,)) as pool,
        tqdm(
            total=spec.regions * len(codes) + spec.practices,
            desc="Locale trees (region translations, practices)",
            unit="page",
            disable=None,
        ) as bar,
    ):
        pending = pool.map_async(partial(_build_locale, spec), codes)
        while not pending.ready() or not ticks.empty():
            try:
                bar.update(ticks.get(timeout=0.5))
            except queue.Empty:
                continue
        pending.get()  # re-raises a worker's error
    remember_spec(spec)


def ensure_corpus(spec: CorpusSpec, progress: Progress, jobs: int = 2) -> dict:
    """Build the corpus unless this database already holds the same one."""
    if stored_spec() == spec:
        return {
            "practices": PracticePage.objects.live().count(),
            "regions": RegionPage.objects.live().count(),
            "locales": len(spec.locale_codes()),
            "cached": True,
        }
    build(spec, progress, jobs)
    return {
        "practices": PracticePage.objects.live().count(),
        "regions": RegionPage.objects.live().count(),
        "locales": len(spec.locale_codes()),
        "cached": False,
    }
