"""The database engine: the same contract answered from the `IndexedDocument` table.

Facets are counted with the ORM, each under every filter but its own. The text
match is PostgreSQL full-text search with the locale's text-search
configuration (plus an accent-folded 'simple' match); on SQLite, which has no
such analysis, every query word must occur in the folded text or have its
Snowball stem (the locale's language) among the page's stems.
"""

from __future__ import annotations

import re

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.db import connection
from django.db.models import Count, Exists, F, OuterRef, Q, QuerySet
from django.db.models.functions import Collate
from django.utils.html import escape

from search.contract import FACETS, EngineHit, EngineResult, LabQuery
from search.documents import SNOWBALL_LANGUAGES, WORD, fold, stem
from search.models import IndexedDocument, IndexedFacetValue

# PostgreSQL's built-in text-search configurations for the lab's locales: they are
# Snowball's stemmers, under the same names.
POSTGRES_CONFIGS = SNOWBALL_LANGUAGES
# ts_headline marks matches with these; the text is escaped before they become <mark>.
MARK_START, MARK_END = "\x02", "\x03"
SNIPPET_LENGTH = 180


def uses_postgres() -> bool:
    return connection.vendor == "postgresql"


def text_query(query: LabQuery) -> SearchQuery:
    config = POSTGRES_CONFIGS[query.locale]
    return SearchQuery(query.q, config=config, search_type="websearch") | SearchQuery(
        fold(query.q), config="simple", search_type="websearch"
    )


def marked_to_html(text: str) -> str:
    return escape(text).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")


def python_highlight(text: str, words: list[str]) -> str:
    """A snippet around the first match, with every folded match marked (SQLite)."""
    folded = fold(text)
    if len(folded) != len(text):  # folding changed lengths: mark on the folded text
        text = folded
    spans = sorted(
        (match.start(), match.end())
        for word in words
        for match in re.finditer(re.escape(word), folded)
    )
    if not spans:
        return ""
    start = max(0, spans[0][0] - 60)
    end = min(len(text), start + SNIPPET_LENGTH)
    pieces, cursor = [], start
    for span_start, span_end in spans:
        if span_start < cursor or span_end > end:
            continue
        pieces.append(escape(text[cursor:span_start]))
        pieces.append(f"<mark>{escape(text[span_start:span_end])}</mark>")
        cursor = span_end
    pieces.append(escape(text[cursor:end]))
    return ("… " if start else "") + "".join(pieces) + (" …" if end < len(text) else "")


def facet_filter(facet: str, values: tuple[str, ...]) -> Exists:
    return Exists(
        IndexedFacetValue.objects.filter(document=OuterRef("pk"), facet=facet, value__in=values)
    )


class DatabaseEngine:
    name = "database"

    def matching(self, query: LabQuery) -> QuerySet[IndexedDocument]:
        documents = IndexedDocument.objects.filter(locale=query.locale, deleted=False)
        if not query.q:
            return documents
        if uses_postgres():
            return documents.filter(search_vector=text_query(query))
        # SQLite: each word occurs in the folded text, or its stem is one of the
        # page's stems (so 'refugees' finds 'refugee', as PostgreSQL's stemming does).
        for word in query.q.split():
            match = Q(folded_text__contains=fold(word))
            stems = [stem(part, query.locale) for part in WORD.findall(word)]
            if stems:
                match |= Q(folded_text__contains=" " + " ".join(stems) + " ")
            documents = documents.filter(match)
        return documents

    def filtered(self, documents: QuerySet, filters: dict[str, tuple[str, ...]]) -> QuerySet:
        for facet, values in filters.items():
            documents = documents.filter(facet_filter(facet, values))
        return documents

    def ordered(self, documents: QuerySet, query: LabQuery) -> QuerySet:
        title = Collate("sort_title", "C") if uses_postgres() else F("sort_title")
        by_title = [title.asc(), F("page_id").asc()]
        if query.sort == "newest":
            return documents.order_by(F("year").desc(nulls_last=True), *by_title)
        if query.sort == "relevance" and query.q and uses_postgres():
            rank = SearchRank(F("search_vector"), text_query(query))
            return documents.annotate(rank=rank).order_by(F("rank").desc(), *by_title)
        return documents.order_by(*by_title)

    def counts(self, documents: QuerySet, facets: list[str]) -> dict[str, dict[str, int]]:
        rows = (
            IndexedFacetValue.objects.filter(document__in=documents.values("pk"), facet__in=facets)
            .values("facet", "value")
            .annotate(count=Count("document_id"))
        )
        counts: dict[str, dict[str, int]] = {facet: {} for facet in facets}
        for row in rows:
            counts[row["facet"]][row["value"]] = row["count"]
        return counts

    def search(self, query: LabQuery) -> EngineResult:
        matching = self.matching(query)
        results = self.filtered(matching, query.filters)
        total = results.count()
        page = self.ordered(results, query)[query.offset : query.offset + query.page_size]
        if query.q and uses_postgres():
            page = page.annotate(
                headline=SearchHeadline(
                    "text",
                    text_query(query),
                    config=POSTGRES_CONFIGS[query.locale],
                    start_sel=MARK_START,
                    stop_sel=MARK_END,
                    max_words=30,
                    min_words=12,
                    max_fragments=1,
                )
            )
        hits = []
        words = fold(query.q).split()
        for document in page:
            highlight = ""
            if query.q:
                headline = getattr(document, "headline", None)
                highlight = (
                    marked_to_html(headline)
                    if headline and MARK_START in headline
                    else python_highlight(document.text, words)
                )
            hits.append(
                EngineHit(id=document.page_id, document=document.document, highlight=highlight)
            )

        # Facets nobody filters on share one count over the results; a filtered
        # facet is counted under every other filter (disjunctive counts).
        unfiltered = [facet for facet in FACETS if facet not in query.filters]
        facets = self.counts(results, unfiltered)
        for facet in query.filters:
            others = self.filtered(matching, query.filters_except(facet))
            facets.update(self.counts(others, [facet]))
        map_counts = (
            facets["region"]
            if "region" not in query.filters
            else (self.counts(results, ["region"])["region"])
        )
        return EngineResult(total=total, hits=hits, facets=facets, map=map_counts)
