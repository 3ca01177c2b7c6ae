"""The lab search contract: the query both engines answer and the errors it refuses.

DESIGN.md fixes the parameter names, the facets and the error body; both
engines receive a `LabQuery` and return a `EngineResult`, and the service
turns that into the JSON of `/api/v2/lab/search/`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.conf import settings
from django.http import QueryDict

FACETS: tuple[str, ...] = (
    "aspect",
    "region",
    "country",
    "policy_area",
    "target_group",
    "authority_role",
    "status",
    "kind",
    "evidence",
    "funding",
)
SORTS: tuple[str, ...] = ("relevance", "newest", "title")
MAX_QUERY_LENGTH = 500
MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 20
MAX_FILTER_VALUES = 50
MAX_PAGE = 10_000
# Elasticsearch's default max_result_window: both engines page no further.
MAX_RESULT_WINDOW = 10_000
PAGING_PARAMS = ("page", "page_size")
BASE_PARAMS = ("q", "locale", "sort")


class QueryError(ValueError):
    """A bad parameter: answered with 400 and DESIGN.md's error body."""

    def __init__(self, code: str, message: str, param: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.param = param

    def as_json(self) -> dict:
        return {"error": {"code": self.code, "message": self.message, "param": self.param}}


def locale_codes() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


@dataclass(frozen=True)
class LabQuery:
    q: str = ""
    locale: str = "en"
    filters: dict[str, tuple[str, ...]] = field(default_factory=dict)
    sort: str = "relevance"
    page: int = 1
    page_size: int = DEFAULT_PAGE_SIZE

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.page_size

    def filters_except(self, facet: str) -> dict[str, tuple[str, ...]]:
        return {name: values for name, values in self.filters.items() if name != facet}

    def as_json(self) -> dict:
        return {
            "q": self.q,
            "locale": self.locale,
            "filters": {name: list(values) for name, values in self.filters.items()},
            "sort": self.sort,
        }


def _positive_int(params: QueryDict, name: str, default: int, maximum: int) -> int:
    raw = params.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise QueryError(
            "invalid_number", f"{name} must be a whole number, got {raw!r}.", name
        ) from None
    if not 1 <= value <= maximum:
        raise QueryError("out_of_range", f"{name} must be between 1 and {maximum}.", name)
    return value


def parse_query(params: QueryDict, *, paged: bool = True) -> LabQuery:
    """Validate request parameters into a LabQuery, or raise QueryError."""
    allowed = set(BASE_PARAMS) | set(FACETS) | (set(PAGING_PARAMS) if paged else set())
    for name in params:
        if name not in allowed:
            raise QueryError(
                "unknown_parameter",
                f"Unknown parameter {name!r}. Allowed: {', '.join(sorted(allowed))}.",
                name,
            )
        if any("\x00" in value for value in params.getlist(name)):  # no database takes NUL
            raise QueryError("invalid_character", f"{name} contains a NUL character.", name)
    q = " ".join(params.get("q", "").split())
    if len(q) > MAX_QUERY_LENGTH:
        raise QueryError(
            "query_too_long",
            f"q is {len(q)} characters long; the limit is {MAX_QUERY_LENGTH}.",
            "q",
        )
    locale = params.get("locale") or settings.LANGUAGE_CODE
    if locale not in locale_codes():
        raise QueryError(
            "unknown_locale",
            f"Unknown locale {locale!r}. Use one of: {', '.join(locale_codes())}.",
            "locale",
        )
    sort = params.get("sort") or "relevance"
    if sort not in SORTS:
        raise QueryError(
            "unknown_sort", f"Unknown sort {sort!r}. Use one of: {', '.join(SORTS)}.", "sort"
        )
    filters: dict[str, tuple[str, ...]] = {}
    for facet in FACETS:
        values = tuple(dict.fromkeys(v.strip() for v in params.getlist(facet) if v.strip()))
        if len(values) > MAX_FILTER_VALUES:
            raise QueryError(
                "too_many_values", f"At most {MAX_FILTER_VALUES} values of {facet} at once.", facet
            )
        if any(len(value) > 100 for value in values):
            raise QueryError("value_too_long", f"A value of {facet} is over 100 characters.", facet)
        if values:
            filters[facet] = values
    page = _positive_int(params, "page", 1, MAX_PAGE) if paged else 1
    # Unpaged queries (the map) need counts only, no result rows.
    page_size = _positive_int(params, "page_size", DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE) if paged else 0
    if page * page_size > MAX_RESULT_WINDOW:
        raise QueryError(
            "out_of_range",
            f"Only the first {MAX_RESULT_WINDOW:,} results can be paged through "
            f"(page {page} of {page_size} goes past that): narrow the search.",
            "page",
        )
    return LabQuery(q=q, locale=locale, filters=filters, sort=sort, page=page, page_size=page_size)


def parse_query_leniently(
    params: QueryDict, *, locale: str, paged: bool = True
) -> tuple[LabQuery, list[QueryError]]:
    """parse_query for visitor pages, which must always show something.

    The locale is the page's own. Parameters the search does not know (utm_source,
    ...) are ignored, and each bad parameter falls back to its default; the errors
    come back so the page can tell the visitor what it ignored.
    """
    allowed = (set(BASE_PARAMS) | set(FACETS) | set(PAGING_PARAMS if paged else ())) - {"locale"}
    kept = QueryDict(mutable=True)
    errors: list[QueryError] = []
    for name in params:
        if name not in allowed:
            continue
        values = params.getlist(name)
        if any("\x00" in value for value in values):  # PostgreSQL refuses NUL in any text
            errors.append(QueryError("invalid_character", f"{name} contains a NUL byte.", name))
            continue
        kept.setlist(name, values)
    kept["locale"] = locale
    while True:  # ends: each round drops one parameter
        try:
            return parse_query(kept, paged=paged), errors
        except QueryError as error:
            if error.param == "locale" or error.param not in kept:
                raise
            errors.append(error)
            del kept[error.param]


@dataclass
class EngineHit:
    id: int
    document: dict
    highlight: str = ""


@dataclass
class EngineResult:
    """What an engine returns; labels and page data are added by the service."""

    total: int
    hits: list[EngineHit]
    facets: dict[str, dict[str, int]]  # facet -> value -> count (counts above zero)
    map: dict[str, int]  # region slug -> count under every filter
