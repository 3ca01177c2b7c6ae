"""The lab search service: one contract, two engines, and the JSON both endpoints answer.

`engine="elasticsearch"` when ELASTICSEARCH_URL is set, else `engine="database"`.
When the cluster cannot answer, the database engine answers instead with
`degraded: true`, and a circuit breaker keeps requests off the cluster for a
while; the first request after the cooldown tries the cluster again.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from django.conf import settings
from django.utils import translation
from django_countries import countries

from practices.models import (
    Aspect,
    AuthorityRole,
    EvidenceLevel,
    FundingSource,
    Kind,
    PolicyArea,
    Status,
    TargetGroup,
)
from regions.models import Indicator, RegionPage
from search.breaker import CircuitBreaker
from search.contract import FACETS, EngineResult, LabQuery
from search.engines.database import DatabaseEngine
from search.models import LabelsVersion

logger = logging.getLogger("lab.search")

breaker = CircuitBreaker(settings.LAB_SEARCH_BREAKER_SECONDS)


@dataclass
class Answer:
    engine: str
    degraded: bool
    result: EngineResult


def answer(query: LabQuery) -> Answer:
    """Run a query on the configured engine, falling back to the database."""
    if settings.ELASTICSEARCH_URL:
        from search.engines.elasticsearch import (
            ElasticsearchEngine,
            EngineUnavailable,
            IndexMissing,
            QueryRefused,
        )

        if breaker.allows():
            try:
                result = ElasticsearchEngine().search(query)
            except IndexMissing as error:
                # The cluster is fine; this locale's index is not built yet.
                logger.warning("%s; answering from the database.", error)
            except QueryRefused:
                logger.exception("Elasticsearch refused a search; answering from the database.")
            except EngineUnavailable as error:
                breaker.trip()
                logger.warning(
                    "Elasticsearch unavailable (%s); answering from the database for %ss.",
                    error,
                    settings.LAB_SEARCH_BREAKER_SECONDS,
                )
            else:
                return Answer("elasticsearch", False, result)
        return Answer("database", True, DatabaseEngine().search(query))
    return Answer("database", False, DatabaseEngine().search(query))


class Labels:
    """Facet values' labels in one locale (unknown values are labelled by themselves)."""

    TERM_MODELS = {
        "aspect": Aspect,
        "policy_area": PolicyArea,
        "target_group": TargetGroup,
        "funding": FundingSource,
    }
    CHOICES = {
        "authority_role": AuthorityRole,
        "status": Status,
        "kind": Kind,
        "evidence": EvidenceLevel,
    }

    _kept: dict[str, tuple[int, Labels]] = {}  # per process: locale -> (version, labels)

    def __init__(self, locale: str) -> None:
        self.locale = locale
        self._labels: dict[str, dict[str, str]] = {}
        self._regions: dict[str, RegionPage] | None = None

    @classmethod
    def for_locale(cls, locale: str) -> Labels:
        """The labels this process keeps for a locale, while no term or region has
        changed since (LabelsVersion); else made anew (and filled as they are read)."""
        version = LabelsVersion.current()
        kept = cls._kept.get(locale)
        if kept is not None and kept[0] == version:
            return kept[1]
        labels = cls(locale)
        cls._kept[locale] = (version, labels)
        return labels

    def regions(self) -> dict[str, RegionPage]:
        """Region pages by slug, in this locale where translated, else in the default one."""
        if self._regions is None:
            pages = (
                RegionPage.objects.live()
                .filter(locale__language_code__in={self.locale, settings.LANGUAGE_CODE})
                .select_related("locale")
            )
            regions: dict[str, RegionPage] = {}
            for page in pages:
                if page.locale.language_code == self.locale or page.slug not in regions:
                    regions[page.slug] = page
            self._regions = regions
        return self._regions

    def for_facet(self, facet: str) -> dict[str, str]:
        if facet not in self._labels:
            with translation.override(self.locale):
                if facet in self.TERM_MODELS:
                    labels = self.TERM_MODELS[facet].names_by_slug(self.locale)
                elif facet in self.CHOICES:
                    labels = {value: str(label) for value, label in self.CHOICES[facet].choices}
                elif facet == "country":
                    labels = {code: str(name) for code, name in countries}
                else:
                    labels = {slug: page.title for slug, page in self.regions().items()}
            self._labels[facet] = labels
        return self._labels[facet]

    def label(self, facet: str, value: str) -> str:
        return self.for_facet(facet).get(value, value)


def facet_entries(query: LabQuery, result: EngineResult, labels: Labels) -> dict[str, list]:
    facets = {}
    for facet in FACETS:
        counts = dict(result.facets.get(facet, {}))
        selected = query.filters.get(facet, ())
        for value in selected:
            counts.setdefault(value, 0)
        entries = [
            {
                "value": value,
                "label": labels.label(facet, value),
                "count": count,
                "selected": value in selected,
            }
            for value, count in counts.items()
            if count > 0 or value in selected
        ]
        entries.sort(key=lambda entry: (-entry["count"], entry["label"].casefold()))
        facets[facet] = entries
    return facets


def map_entries(result: EngineResult, labels: Labels) -> list[dict]:
    regions = labels.regions()
    entries = []
    for slug, count in sorted(result.map.items()):
        region = regions.get(slug)
        if region is None or count <= 0:
            continue
        entries.append(
            {
                "region": slug,
                "label": region.title,
                "lat": region.latitude,
                "lng": region.longitude,
                "count": count,
            }
        )
    return entries


def result_entry(hit, labels: Labels) -> dict:
    document = hit.document
    first_region = document["regions"][0] if document["regions"] else None
    region = None
    if first_region is not None:
        region = {
            "slug": first_region["slug"],
            "title": labels.label("region", first_region["slug"]),
        }
    return {
        "id": hit.id,
        "title": document["title"],
        "url": document["url"],
        "summary": document["summary"],
        "highlight": hit.highlight,
        "kind": document["facets"]["kind"][0],
        "region": region,
        "country": first_region["country"] if first_region else None,
        "aspects": document["facets"]["aspect"],
        "year": document["year"],
    }


def search_json(query: LabQuery) -> dict:
    """The body of `GET /api/v2/lab/search/`."""
    found = answer(query)
    labels = Labels.for_locale(query.locale)
    return {
        "engine": found.engine,
        "degraded": found.degraded,
        "query": query.as_json(),
        "total": found.result.total,
        "page": query.page,
        "page_size": query.page_size,
        "results": [result_entry(hit, labels) for hit in found.result.hits],
        "facets": facet_entries(query, found.result, labels),
        "map": map_entries(found.result, labels),
    }


def statistics_json(region: RegionPage) -> list[dict]:
    return [
        {
            "indicator": stat.indicator,
            "label": str(Indicator(stat.indicator).label),
            "value": float(stat.value),
            "unit": stat.unit,
            "source": stat.source,
            "year": stat.year,
        }
        for stat in region.statistics.all()
    ]


def map_json(query: LabQuery) -> dict:
    """The body of `GET /api/v2/lab/map/`: a GeoJSON FeatureCollection."""
    found = answer(query)
    labels = Labels.for_locale(query.locale)
    regions = labels.regions()
    features = []
    with translation.override(query.locale):
        for slug, count in sorted(found.result.map.items()):
            region = regions.get(slug)
            if region is None or count <= 0:
                continue
            features.append(
                {
                    "type": "Feature",
                    "geometry": {
                        "type": "Point",
                        "coordinates": [region.longitude, region.latitude],
                    },
                    "properties": {
                        "region": slug,
                        "title": region.title,
                        "url": region.get_url(),
                        "count": count,
                        "partner": region.partner,
                        "mipex_r_url": region.mipex_r_url or None,
                        "statistics": statistics_json(region),
                    },
                }
            )
    return {
        "type": "FeatureCollection",
        "engine": found.engine,
        "degraded": found.degraded,
        "features": features,
    }
