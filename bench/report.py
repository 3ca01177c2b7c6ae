"""The benchmark's targets, its table, and the ratios taken from the raw figures."""

from __future__ import annotations

import operator

# key -> (comparison, threshold, how the table says it)
TARGETS = {
    "facet_speedup_vs_naive": (operator.ge, 5.0, "≥ 5"),
    "es_vs_database_speedup": (operator.ge, 1.0, "≥ 1"),
    "api_overhead_vs_raw": (operator.le, 2.0, "≤ 2"),
    "rebuild_docs_per_s": (operator.ge, 1000.0, "≥ 1000"),
    "publish_to_search_s": (operator.le, 1.5, "≤ 1.5"),
    "errors": (operator.eq, 0, "= 0"),
}
DESCRIPTIONS = {
    "facet_speedup_vs_naive": "naive Wagtail (same answer) p95 / Elasticsearch engine p95",
    "es_vs_database_speedup": "database engine p95 / Elasticsearch engine p95",
    "api_overhead_vs_raw": "search API p95 / raw Elasticsearch request p95",
    "rebuild_docs_per_s": "lab_index rebuild, documents per second",
    "publish_to_search_s": "publish to found by the search API, worst of samples (s)",
    "errors": "failed requests (load, API, publishing)",
}


def ratio(numerator: float, denominator: float) -> float:
    return round(numerator / denominator, 2) if denominator else float("inf")


def verdicts(results: dict) -> dict[str, dict]:
    checked = {}
    for key, (compare, threshold, text) in TARGETS.items():
        value = results[key]
        checked[key] = {"target": text, "met": bool(compare(value, threshold))}
    return checked


def _row(cells: list[str], widths: list[int]) -> str:
    return "  ".join(
        cell.ljust(width) if i == 0 else cell.rjust(width)
        for i, (cell, width) in enumerate(zip(cells, widths, strict=True))
    )


def table(results: dict) -> str:
    raw = results["raw"]
    corpus = results["corpus"]
    machine = results["machine"]
    lines = [
        f"Integration Lab benchmark: {corpus['practices']} practices, {corpus['regions']} "
        f"region pages, {corpus['locales']} locales; {machine['cores']} cores "
        f"({machine['cpu']}), PostgreSQL {results['versions']['postgresql']}, "
        f"Elasticsearch {results['versions']['elasticsearch']}",
        "",
    ]
    widths = [58, 9, 9, 9]
    lines.append(
        _row(["latency (same queries, interleaved)", "p50 ms", "p95 ms", "samples"], widths)
    )
    fs = raw["faceted_search"]
    naive = fs["naive"]
    rows = [
        ("faceted search, Elasticsearch engine (1 request)", fs["elasticsearch"]),
        ("faceted search, database engine", fs["database"]),
        (
            f"faceted search, naive Wagtail, same answer ({naive['elasticsearch_requests']}"
            f" + {naive['sql_queries']} SQL)",
            naive,
        ),
    ]
    if "naive_facet_per_request" in fs:
        rows.append(
            (
                "  naive, one .facet() per facet "
                f"({fs['naive_facet_per_request']['requests_per_search']}; not the same)",
                fs["naive_facet_per_request"],
            )
        )
    rows += [
        (
            "  naive, only the facets Wagtail can express "
            f"({fs['naive_expressible_only']['requests_per_search']})",
            fs["naive_expressible_only"],
        ),
        ("raw Elasticsearch request (HTTP)", raw["api_vs_raw"]["raw_elasticsearch"]),
        ("search API end to end (HTTP, gunicorn)", raw["api_vs_raw"]["api"]),
    ]
    for label, figures in rows:
        lines.append(
            _row(
                [
                    label,
                    f"{figures['p50_ms']:.1f}",
                    f"{figures['p95_ms']:.1f}",
                    str(figures["samples"]),
                ],
                widths,
            )
        )
    lines.append("")
    widths = [40, 8, 8, 8, 8, 8]
    lines.append(
        _row(["load from a second process", "conc.", "req/s", "errors", "p50 ms", "p95 ms"], widths)
    )
    for label, key in (("search API", "search_api"), ("practice index page", "practice_index")):
        load = raw["load"][key]
        lines.append(
            _row(
                [
                    f"{label} ({load['seconds']:.0f} s)",
                    str(load["concurrency"]),
                    f"{load['throughput_per_s']:.1f}",
                    str(load["errors"]),
                    f"{load['latency_p50_ms'] or 0:.1f}",
                    f"{load['latency_p95_ms'] or 0:.1f}",
                ],
                widths,
            )
        )
    lines.append("")
    widths = [24, 10, 8, 5]
    lines.append(_row(["target", "measured", "target", "met"], widths) + "   what")
    for key, verdict in results["targets"].items():
        value = results[key]
        shown = f"{value:.2f}" if isinstance(value, float) else str(value)
        lines.append(
            _row([key, shown, verdict["target"], "yes" if verdict["met"] else "NO"], widths)
            + f"   {DESCRIPTIONS[key]}"
        )
    rebuild = raw["rebuild"]
    publish = raw["publish_to_search"]
    lines += [
        "",
        "naive answers equal to the Elasticsearch engine's: "
        f"{naive['same_answer_as_elasticsearch_engine']} (total, every facet, map, "
        "the fields of the results both return)",
    ]
    others = raw.get("facet_speedup_vs_other_naive", {})
    if others:
        lines.append(
            "facet speedup over the naive versions that do not give the same answer: "
            + ", ".join(f"{name} {value:.2f}" for name, value in others.items())
        )
    lines += [
        f"rebuild: {rebuild['documents']} documents in {rebuild['seconds']} s "
        f"({rebuild['errors']} errors); publish to searchable: median {publish['median_s']} s, "
        f"samples {publish['samples_s']}",
    ]
    for key, what in (
        ("rebuild_cold_node", "first rebuild on the fresh node"),
        ("rebuild_from_pages", "rebuild --from-pages"),
    ):
        if key in raw:
            lines.append(
                f"{what}: {raw[key]['documents']} documents in {raw[key]['seconds']} s "
                f"({raw[key]['docs_per_s']} docs/s)"
            )
    return "\n".join(lines)
