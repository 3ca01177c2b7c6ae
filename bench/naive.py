""" "The naive approach": the lab's faceted search written on Wagtail's own search.

What a Wagtail developer writes to give the same answer as our engines (the same
`EngineResult`: total, a page of results with the fields the API shows, all ten
facets counted disjunctively, and the map's region counts) with only what Wagtail
offers: `QuerySet.search()`, which filters on a model's `FilterField`s, and
`SearchResults.facet(field)`, which counts the values of one `FilterField` (of the
model itself, never through a relation, and at most 10 buckets: Wagtail issue #5668).

- The page of results: `.search(q)` sliced to the page; Wagtail loads those pages
  from the database (regions prefetched), and each result's fields (url, regions,
  aspects, year...) come from the page, as the API's serialisers would take them.
  Wagtail has no highlighter, so results carry no highlight (in the naive
  approach's favour).
- `status`, `authority_role`, `evidence`: one `.facet()` request each, on a search
  filtered by every filter but the facet's own (disjunctive, as DESIGN.md requires).
- Every other facet (aspects from a StreamField; regions, policy areas, target
  groups and funding through many-to-many relations; the region's country) and the
  map cannot be faceted by Wagtail: the developer takes every matching page id from
  the search (Wagtail scrolls through the hits, pages loaded with their id only),
  counts the relations in SQL (one GROUP BY per relation, on the through tables),
  and reads the aspects from the matching pages' evaluation blocks. The total is
  the number of ids (no `.count()` request). The map's counts are the region
  facet's when no region filter is set (no second count).

Only filters Wagtail can apply (its `FilterField`s) are supported: the benchmark's
compared query uses two of them.
"""

from __future__ import annotations

import functools
from collections import Counter

from django.db.models import Count
from django.utils.html import strip_tags
from modelsearch.query import MATCH_ALL

from practices.taxonomy import ASPECTS
from search.contract import EngineHit, EngineResult, LabQuery

# Our facet name -> PracticePage field Wagtail's search can filter and facet on.
FILTER_FIELDS = {
    "status": "status",
    "authority_role": "authority_role",
    "evidence": "evidence_level",
}
# Facets counted in SQL over the matching ids: facet -> (relation, value column).
RELATION_FACETS = {
    "region": ("regions", "slug"),
    "policy_area": ("policy_areas", "slug"),
    "target_group": ("target_groups", "slug"),
    "funding": ("funding_sources", "slug"),
}


@functools.cache
def backend():
    """One backend (and its connections) for the process: `QuerySet.search()` would
    make a new one, with a new client, on every call."""
    from wagtail.search.backends import get_search_backend

    return get_search_backend("naive")


def _pages(locale_id: int):
    from practices.models import PracticePage

    return PracticePage.objects.live().filter(locale_id=locale_id)


def _search(query: LabQuery, locale_id: int, filters: dict, pages=None):
    pages = _pages(locale_id) if pages is None else pages
    for facet, values in filters.items():
        if facet not in FILTER_FIELDS:
            raise ValueError(f"Wagtail's search cannot filter on {facet!r}")
        pages = pages.filter(**{f"{FILTER_FIELDS[facet]}__in": values})
    return backend().search(query.q or MATCH_ALL, pages, operator="and")


def _result_document(page) -> dict:
    """The fields of one result the API shows, taken from the page."""
    regions = page.get_regions()
    return {
        "title": page.title,
        "url": page.get_url(),
        "summary": page.summary,
        "year": page.start_year,
        "regions": [{"slug": r.slug, "country": str(r.country)} for r in regions],
        "facets": {"kind": [page.kind], "aspect": aspects_of(page.evaluation)},
    }


def _relation_counts(ids: list[int]) -> dict[str, dict[str, int]]:
    from practices.models import PracticePage

    counts: dict[str, dict[str, int]] = {}
    for facet, (relation, column) in RELATION_FACETS.items():
        through = PracticePage._meta.get_field(relation).remote_field.through
        target = PracticePage._meta.get_field(relation).m2m_reverse_field_name()
        rows = (
            through.objects.filter(practicepage_id__in=ids)
            .values_list(f"{target}__{column}")
            .annotate(n=Count("practicepage_id", distinct=True))
        )
        counts[facet] = dict(rows)
    through = PracticePage._meta.get_field("regions").remote_field.through
    counts["country"] = {
        str(country): n
        for country, n in through.objects.filter(practicepage_id__in=ids)
        .values_list("regionpage__country")
        .annotate(n=Count("practicepage_id", distinct=True))
    }
    return counts


def aspects_of(evaluation) -> list[str]:
    """The aspects an evaluation StreamField assesses (inspiring elements written),
    read from its stored JSON: `assessed_aspect_slugs()` without rendering rich text."""
    assessed = set()
    for block in evaluation.raw_data:
        value = block["value"]
        if strip_tags(value.get("inspiring_elements") or "").strip():
            assessed.add(value["aspect"])
    return [slug for slug, _names in ASPECTS if slug in assessed]


def _aspect_counts(ids: list[int]) -> dict[str, int]:
    from practices.models import PracticePage

    counter: Counter[str] = Counter()
    for evaluation in PracticePage.objects.filter(pk__in=ids).values_list("evaluation", flat=True):
        counter.update(aspects_of(evaluation))
    return dict(counter)


def search(query: LabQuery, locale_id: int) -> EngineResult:
    """Our `EngineResult` for `query`, from Wagtail's search and the database."""
    from practices.models import Kind

    unsupported = set(query.filters) - set(FILTER_FIELDS)
    if unsupported:
        raise ValueError(f"Wagtail's search cannot filter on {sorted(unsupported)}")

    pages = _pages(locale_id).prefetch_related("regions")
    results = _search(query, locale_id, query.filters, pages)
    hits = [
        EngineHit(id=page.pk, document=_result_document(page))
        for page in results[query.offset : query.offset + query.page_size]
    ]

    facets: dict[str, dict[str, int]] = {}
    for facet, field in FILTER_FIELDS.items():
        buckets = _search(query, locale_id, query.filters_except(facet)).facet(field)
        facets[facet] = {value: n for value, n in buckets.items() if value is not None and n}

    # Every other facet is unfiltered, so it counts under every filter: over the ids
    # of all matches, which also give the total and (no region filter) the map.
    matches = _search(query, locale_id, query.filters, _pages(locale_id).only("pk"))
    ids = [page.pk for page in matches]
    facets.update(_relation_counts(ids))
    facets["aspect"] = _aspect_counts(ids)
    facets["kind"] = {Kind.PRACTICE.value: len(ids)} if ids else {}
    return EngineResult(total=len(ids), hits=hits, facets=facets, map=dict(facets["region"]))
