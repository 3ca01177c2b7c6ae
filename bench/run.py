"""`make bench`: the lab search measured side by side, in one run, on one machine.

    .venv/bin/python -m bench.run [--practices 5000 --regions 200 --locales 8] [--quick]

Starts what it needs (its own Elasticsearch node, the local PostgreSQL server when
DATABASE_URL is unset or points at it), builds or reuses the synthetic corpus,
measures, writes bench/results/latest.json and prints the table. bench/README.md
says what each figure means.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path

from bench import services
from bench.services import REPO, BenchError
from bench.spec import CorpusSpec

QUICK = {
    "practices": 80,
    "regions": 8,
    "samples": 40,
    "publish_samples": 2,
    "load_seconds": 4.0,
    "output": REPO / "bench" / "results" / "quick.json",
    "index_prefix": "bench-quick",  # never clobbers the full run's indices on the same node
}


def arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m bench.run", description=__doc__.strip().splitlines()[0]
    )
    size = parser.add_argument_group("corpus (cached per size in its own database)")
    size.add_argument("--practices", type=int, default=5000)
    size.add_argument("--regions", type=int, default=200)
    size.add_argument("--locales", type=int, default=8, help="1..8, in settings.LANGUAGES order")
    size.add_argument("--seed", type=int, default=8)
    size.add_argument("--fresh", action="store_true", help="drop the cached corpus, build anew")
    size.add_argument("--jobs", type=int, default=2, help="processes building locale trees")
    runs = parser.add_argument_group("measurements")
    runs.add_argument("--samples", type=int, default=200, help="queries per engine and for the API")
    runs.add_argument("--publish-samples", type=int, default=5)
    runs.add_argument("--load-seconds", type=float, default=15.0, help="per load run, ≤ 120")
    runs.add_argument("--concurrency", type=int, default=8, help="load generator threads")
    parser.add_argument("--quick", action="store_true", help="the small CI version")
    parser.add_argument("--output", type=Path, default=REPO / "bench" / "results" / "latest.json")
    parser.add_argument("--es-port", type=int, default=9260, help="the bench node's port")
    parser.add_argument("--es-heap", default="1g")
    parser.add_argument("--index-prefix", default="bench")
    parser.add_argument(
        "--keep-running", action="store_true", help="leave the Elasticsearch node running"
    )
    parser.add_argument(
        "--profile", action="store_true", help="write pyinstrument profiles to var/bench/"
    )
    args = parser.parse_args(argv)
    if args.quick:
        for name, value in QUICK.items():
            if getattr(args, name) == parser.get_default(name):
                setattr(args, name, value)
    problems = []
    if not 10 <= args.practices <= 200_000:
        problems.append("--practices must be between 10 and 200000")
    if not 2 <= args.regions <= 999:
        problems.append("--regions must be between 2 and 999")
    if not 1 <= args.locales <= 8:
        problems.append("--locales must be between 1 and 8")
    if not 12 <= args.samples <= 5000:
        problems.append("--samples must be between 12 and 5000")
    if not 1 <= args.publish_samples <= 50:
        problems.append("--publish-samples must be between 1 and 50")
    if not 1 <= args.load_seconds <= 120:
        problems.append("--load-seconds must be between 1 and 120")
    if not 1 <= args.concurrency <= 64:
        problems.append("--concurrency must be between 1 and 64")
    if not 1 <= args.jobs <= 8:
        problems.append("--jobs must be between 1 and 8")
    if not args.index_prefix.replace("-", "").isalnum() or not args.index_prefix.islower():
        problems.append("--index-prefix must be lower-case letters, digits and dashes")
    if problems:
        parser.error("; ".join(problems))
    return args


def say(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)


def start_elasticsearch(args: argparse.Namespace) -> tuple[str, services.ElasticsearchNode | None]:
    """ELASTICSEARCH_URL when set; else the bench node, started unless it runs already.
    Returns the URL and the node to stop afterwards (None when not ours to stop)."""
    url = os.environ.get("ELASTICSEARCH_URL", "").strip()
    if url:
        return url.rstrip("/"), None
    node = services.ElasticsearchNode("bench", args.es_port, args.es_heap)
    already = services.port_open(args.es_port)
    say(f"starting Elasticsearch (instance 'bench', port {args.es_port})")
    url = node.start()
    return url, (None if already or args.keep_running else node)


def prepare_database(args: argparse.Namespace, spec: CorpusSpec) -> str:
    server = services.postgres_server_url()
    name = f"lab_bench_p{spec.practices}_r{spec.regions}_l{spec.locales}_s{spec.seed}"
    if args.fresh:
        say(f"--fresh: dropping {name}")
        services.drop_database(server, name)
    if not services.database_exists(server, name):
        say(f"creating the database {name}")
        services.create_database(server, name)
    return services.with_database(server, name)


def main(argv: list[str] | None = None) -> int:
    args = arguments(argv)
    spec = CorpusSpec(args.practices, args.regions, args.locales, args.seed)
    started_at = datetime.now(UTC)
    began = time.monotonic()
    machine = services.machine()
    database_url = prepare_database(args, spec)  # first: a wrong DATABASE_URL fails fast
    es_url, our_node = start_elasticsearch(args)
    app = None
    try:
        os.environ.update(
            DATABASE_URL=database_url,
            ELASTICSEARCH_URL=es_url,
            LAB_INDEX_PREFIX=args.index_prefix,
            DJANGO_SETTINGS_MODULE="bench.settings",
        )
        import django

        django.setup()
        from django.core.management import call_command

        from bench import measure
        from bench.corpus import ensure_corpus
        from bench.report import ratio, table, verdicts
        from search import maintenance
        from search.management.commands.lab_index import progress_bar
        from search.models import IndexedDocument

        say("migrating")
        call_command("migrate", verbosity=0)
        say(f"corpus: {spec.practices} practices, {spec.regions} regions, {spec.locales} locales")
        corpus = ensure_corpus(spec, progress_bar, jobs=args.jobs)
        say("corpus reused from the cached database" if corpus["cached"] else "corpus built")
        locales = spec.locale_codes()
        if IndexedDocument.objects.filter(deleted=False).count() != corpus["practices"]:
            say("filling the database engine's table (first run on this corpus; not measured)")
            for code in locales:
                maintenance.refresh_database_table(code, progress_bar)

        profiler = _profiler(args.profile)
        # A node's first rebuild runs on a cold JVM (as the searches' warm-up queries
        # do, it is kept out of the figure, and recorded).
        say("warming the node up with one rebuild (recorded, not the figure)")
        rebuild_cold = measure.rebuild(locales, progress_bar)
        say("measuring lab_index rebuild")
        with profiler("rebuild"):
            rebuild = measure.rebuild(locales, progress_bar)
        say("measuring lab_index rebuild --from-pages (recorded, no target)")
        rebuild_from_pages = measure.rebuild(locales, progress_bar, from_pages=True)
        say("building Wagtail's own Elasticsearch index for the naive approach (not measured)")
        naive_index = measure.build_naive_index()

        queries = measure.compared_queries(spec, args.samples)
        say(f"faceted search: {len(queries)} queries x 3 approaches, interleaved")
        faceted = measure.faceted_search(queries)

        app = services.AppServer(
            {
                "DATABASE_URL": database_url,
                "ELASTICSEARCH_URL": es_url,
                "LAB_INDEX_PREFIX": args.index_prefix,
            }
        )
        say("starting the app (gunicorn)")
        app.start()
        say("search API end to end vs the raw Elasticsearch request")
        api_raw, api_errors = measure.api_vs_raw(app.url, queries)
        say("publish to searchable")
        publish, publish_errors = measure.publish_to_search(app.url, args.publish_samples)
        say(f"load: search API, {args.concurrency} concurrent, {args.load_seconds:.0f} s")
        load_search = measure.load(
            app.url, measure.search_paths(spec), "search_api", args.concurrency, args.load_seconds
        )
        say(f"load: practice index page, {args.concurrency} concurrent, {args.load_seconds:.0f} s")
        load_index = measure.load(
            app.url,
            measure.practice_index_paths(spec),
            "practice_index",
            args.concurrency,
            args.load_seconds,
        )
        app.stop()
        if args.profile:  # the API's own work, in this process, without HTTP
            from search.service import search_json

            with profiler("search_json"):
                for query in queries:
                    search_json(query)

        fs = faceted
        results = {
            "facet_speedup_vs_naive": ratio(fs["naive"]["p95_ms"], fs["elasticsearch"]["p95_ms"]),
            "es_vs_database_speedup": ratio(
                fs["database"]["p95_ms"], fs["elasticsearch"]["p95_ms"]
            ),
            "api_overhead_vs_raw": ratio(
                api_raw["api"]["p95_ms"], api_raw["raw_elasticsearch"]["p95_ms"]
            ),
            "rebuild_docs_per_s": rebuild["docs_per_s"],
            "publish_to_search_s": publish["max_s"],
            "errors": api_errors + publish_errors + load_search["errors"] + load_index["errors"],
            "raw": {
                "faceted_search": faceted,
                # The naive versions that do not give the same answer, for comparison.
                "facet_speedup_vs_other_naive": {
                    name: ratio(fs[name]["p95_ms"], fs["elasticsearch"]["p95_ms"])
                    for name in ("naive_facet_per_request", "naive_expressible_only")
                },
                "api_vs_raw": api_raw,
                "rebuild": rebuild,
                "rebuild_cold_node": rebuild_cold,
                "rebuild_from_pages": rebuild_from_pages,
                "publish_to_search": publish,
                "load": {"search_api": load_search, "practice_index": load_index},
                "naive_index": naive_index,
                "errors_by_part": {
                    "api_vs_raw": api_errors,
                    "publish_to_search": publish_errors,
                    "load_search_api": load_search["errors"],
                    "load_practice_index": load_index["errors"],
                },
            },
            "corpus": {**corpus, **asdict(spec), "documents_indexed": rebuild["documents"]},
            "settings": {
                "samples": args.samples,
                "publish_samples": args.publish_samples,
                "load_seconds": args.load_seconds,
                "concurrency": args.concurrency,
                "app": f"gunicorn gthread, {app.workers} workers x {app.threads} threads",
                "compared_query": "one word of the locale + status + authority_role, page 1 of 20",
            },
            "machine": machine,
            "versions": {
                "elasticsearch": services.elasticsearch_version(es_url),
                "postgresql": services.postgres_version(database_url),
                "python": machine["python"],
            },
            "command": "python -m bench.run "
            + " ".join(argv if argv is not None else sys.argv[1:]),
            "started_at": started_at.isoformat(timespec="seconds"),
            "duration_s": round(time.monotonic() - began, 1),
        }
        # How busy the machine was: the figures are only comparable side by side.
        machine["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
        results["targets"] = verdicts(results)
        results = {**{k: results[k] for k in results if k != "raw"}, "raw": results["raw"]}
        measure.write_json(args.output, results)
        print(table(results))
        print(f"\nwritten: {args.output}")
        return 0
    finally:
        if app is not None:
            app.stop()
        if our_node is not None:
            say("stopping the bench Elasticsearch node")
            our_node.stop()


def _profiler(enabled: bool):
    """A context manager factory: pyinstrument profiles under var/bench/ when enabled."""
    from contextlib import contextmanager, nullcontext

    if not enabled:
        return lambda _name: nullcontext()
    try:
        from pyinstrument import Profiler
    except ImportError as error:
        raise BenchError(
            "--profile needs pyinstrument: .venv/bin/pip install pyinstrument"
        ) from error

    @contextmanager
    def profile(name: str):
        profiler = Profiler()
        profiler.start()
        try:
            yield
        finally:
            profiler.stop()
            services.VAR.mkdir(parents=True, exist_ok=True)
            path = services.VAR / f"profile-{name}.txt"
            path.write_text(profiler.output_text(color=False))
            say(f"profile written: {path}")

    return profile


def entry() -> int:
    try:
        return main()
    except BenchError as error:
        say(f"error: {error}")
        return 2
    except KeyboardInterrupt:
        say("interrupted")
        return 130


if __name__ == "__main__":
    sys.exit(entry())
