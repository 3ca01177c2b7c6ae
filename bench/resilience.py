"""`make resilience`: the lab under failure, scripted and repeatable.

    .venv/bin/python -m bench.resilience [--quick] [--skip-cluster]

Scenarios, each under load from a second process (bench/loadgen.py) against the
app served by gunicorn on loopback:

1. the Elasticsearch node is stopped: no 5xx, degraded answers from the database;
   the node comes back: answers from Elasticsearch again, without restarting the app;
2. `lab_index rebuild` runs: no failed and no empty query;
3. a 3-node cluster with one replica, the app given every node, loses a node that is
   not the first (SIGKILL), gets it back, then loses the first node the app was given:
   each time no failed query, no degraded answer, every total as before, and a publish
   searchable within 1.5 s while the node is down;
4. the database connection is lost: a clear 503 page and JSON error, nothing
   half-written, and recovery when it is back;
5. 1,000 malformed requests spread over every endpoint: no 5xx.

Writes bench/results/resilience.json and prints a table; exits 1 when a scenario fails.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from bench import services
from bench.report import TARGETS
from bench.services import REPO, VAR, BenchError
from bench.spec import CorpusSpec

SPEC = CorpusSpec(practices=80, regions=8, locales=8, seed=8)  # the quick bench's corpus
SOURCE_DATABASE = f"lab_bench_p{SPEC.practices}_r{SPEC.regions}_l{SPEC.locales}_s{SPEC.seed}"
DATABASE = "lab_resilience"
PREFIX = "resilience"
BREAKER_SECONDS = 3  # the app's circuit breaker cooldown during the drill (production: 30)
PUBLISH_SECONDS = TARGETS["publish_to_search_s"][1]  # make bench's target, 1.5 s
PUBLISH_SAMPLES = 2  # per node killed
SCENARIOS = ("node", "rebuild", "database", "malformed", "cluster")
HEAP = "384m"  # per node: the single one and each of the cluster's three


def say(message: str) -> None:
    print(f"resilience: {message}", file=sys.stderr, flush=True)


@dataclass
class Scenario:
    name: str
    passed: bool = True
    checks: dict[str, bool] = field(default_factory=dict)
    figures: dict = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def check(self, label: str, ok: bool) -> None:
        self.checks[label] = bool(ok)
        self.passed = self.passed and bool(ok)


# --- load in the background ---------------------------------------------------------------


class Load:
    """bench/loadgen.py in its own process for at most `seconds`; stop() ends it early."""

    def __init__(
        self, app_url: str, paths: list[str], name: str, seconds: float, concurrency: int = 6
    ) -> None:
        VAR.mkdir(parents=True, exist_ok=True)
        self.paths_file = VAR / f"resilience-{name}.paths"
        self.records_file = VAR / f"resilience-{name}.json"
        self.paths_file.write_text("\n".join(paths) + "\n")
        self.started = time.monotonic()
        self.process = subprocess.Popen(  # noqa: S603 - our own module, fixed arguments
            [
                sys.executable,
                "-m",
                "bench.loadgen",
                f"--base={app_url}",
                f"--paths-file={self.paths_file}",
                f"--concurrency={concurrency}",
                f"--duration={seconds}",
                "--timeout=15",
                f"--records={self.records_file}",
            ],
            cwd=REPO,
            stdout=subprocess.PIPE,
            text=True,
        )

    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def finish(self, early: bool = False) -> tuple[dict, list[list]]:
        if early:
            self.process.terminate()
        out, _err = self.process.communicate(timeout=120)
        if self.process.returncode != 0:
            raise BenchError("the load generator failed")
        records = json.loads(self.records_file.read_text())["records"]
        return json.loads(out), records


def statuses(records: list[list]) -> dict[str, int]:
    counted: dict[str, int] = {}
    for record in records:
        counted[str(record[3])] = counted.get(str(record[3]), 0) + 1
    return counted


def server_errors(records: list[list]) -> int:
    return sum(1 for r in records if not isinstance(r[3], int) or r[3] >= 500)


# --- scenarios ----------------------------------------------------------------------------


def expected_totals(app_url: str, paths: list[str]) -> dict[int, int]:
    """What each search path answers when all is well (from Elasticsearch)."""
    totals = {}
    client = services.KeepAlive(app_url)
    for index, path in enumerate(paths):
        # A cold node may run over the app's timeout at first: give it a few tries.
        for _attempt in range(5):
            status, body = client.request("GET", path)
            data = json.loads(body) if status == 200 else {}
            if data.get("engine") == "elasticsearch":
                break
            time.sleep(BREAKER_SECONDS + 0.5)
        else:
            raise BenchError(f"the baseline query {path} got no answer from Elasticsearch")
        totals[index] = data["total"]
    client.close()
    return totals


def node_stopped_and_back(
    app: services.AppServer, node: services.ElasticsearchNode, paths: list[str], seconds: float
) -> Scenario:
    scenario = Scenario("Elasticsearch node stopped under load, then back")
    load = Load(app.url, paths, "node-stopped", seconds=seconds + 180)
    pid = app.process.pid
    time.sleep(seconds / 3)
    stopped_at = load.elapsed()
    node.stop()
    time.sleep(seconds / 3)
    say("  node stopped; starting it again")
    restart_at = load.elapsed()  # from here the node may answer before start() returns
    node.start()
    healthy_at = load.elapsed()
    # Recovery: the first answer from Elasticsearch after the node is healthy again.
    recovered_at = None
    deadline = time.monotonic() + BREAKER_SECONDS + 30
    client = services.KeepAlive(app.url)
    while time.monotonic() < deadline:
        _status, body = client.request("GET", paths[0])
        if json.loads(body).get("engine") == "elasticsearch":
            recovered_at = load.elapsed()
            break
        time.sleep(0.1)
    client.close()
    time.sleep(2)
    summary, records = load.finish(early=True)
    during = [r for r in records if stopped_at + 1 <= r[0] <= restart_at]
    after = [r for r in records if recovered_at is not None and r[0] >= recovered_at + 1]
    scenario.check(
        "no 5xx and no failed request",
        server_errors(records) == 0 and all(r[3] == 200 for r in records),
    )
    scenario.check(
        "answers while the node is down are degraded (database engine)",
        bool(during) and all(r[4] == "database" and r[5] is True for r in during),
    )
    scenario.check(
        f"answers come from Elasticsearch again (within the {BREAKER_SECONDS} s cooldown + 30 s)",
        recovered_at is not None and bool(after),
    )
    scenario.check(
        "the app was not restarted", app.process.pid == pid and app.process.poll() is None
    )
    scenario.figures = {
        "requests": summary["requests"],
        "statuses": statuses(records),
        "degraded_answers": sum(1 for r in records if r[5]),
        "node_stopped_at_s": round(stopped_at, 1),
        "node_restart_at_s": round(restart_at, 1),
        "node_healthy_at_s": round(healthy_at, 1),
        "recovered_s_after_healthy": (
            round(recovered_at - healthy_at, 2) if recovered_at is not None else None
        ),
        "breaker_cooldown_s": BREAKER_SECONDS,
        "degraded_after_recovery": sum(1 for r in after if r[5]),
    }
    note_timeouts(scenario, after)
    return scenario


def note_timeouts(scenario: Scenario, records: list[list]) -> None:
    """Degraded answers while the cluster is up: requests that ran over the app's
    Elasticsearch timeout (LAB_SEARCH_TIMEOUT) and tripped its circuit breaker."""
    degraded = [r for r in records if r[5]]
    if degraded:
        scenario.notes.append(
            f"{len(degraded)} of {len(records)} answers were degraded while Elasticsearch was "
            "up: the cluster ran over the app's timeout (LAB_SEARCH_TIMEOUT) on this loaded "
            "machine and the database answered instead (correct, counted, not failed)"
        )


def rebuild_under_load(
    app: services.AppServer, env: dict[str, str], paths: list[str], totals: dict[int, int]
) -> Scenario:
    scenario = Scenario("lab_index rebuild under load")
    load = Load(app.url, paths, "rebuild", seconds=300)
    time.sleep(2)
    started = load.elapsed()
    rebuilt = manage(["lab_index", "rebuild"], env)
    ended = load.elapsed()
    time.sleep(2)
    summary, records = load.finish(early=True)
    empty = [r for r in records if r[3] == 200 and r[6] == 0 and totals[r[2]] > 0]
    # Totals from Elasticsearch must not move; the database's text match may stem
    # differently, so its (degraded) answers are checked for emptiness only.
    wrong = [r for r in records if r[4] == "elasticsearch" and r[6] != totals[r[2]]]
    scenario.check("the rebuild succeeded", rebuilt.returncode == 0)
    scenario.check("no failed request", all(r[3] == 200 for r in records))
    scenario.check("no empty answer", not empty)
    scenario.check("every total as before the rebuild", not wrong)
    note_timeouts(scenario, records)
    scenario.figures = {
        "requests": summary["requests"],
        "requests_during_rebuild": sum(1 for r in records if started <= r[0] <= ended),
        "rebuild_s": round(ended - started, 1),
        "statuses": statuses(records),
        "empty": len(empty),
        "wrong_totals": len(wrong),
        "degraded": sum(1 for r in records if r[5]),
        "latency_p95_ms": summary["latency_p95_ms"],
    }
    if rebuilt.returncode != 0:
        scenario.notes.append(rebuilt.stdout[-500:])
    return scenario


def cluster_node_killed(
    app: services.AppServer,
    paths: list[str],
    totals: dict[int, int],
    seconds: float,
    urls: list[str],
    ports: dict[str, str],
    victim: int,
) -> Scenario:
    """Node `victim` (1..3) of the cluster killed (SIGKILL) under load; while it is
    down, a practice is published (with the cluster's settings) and timed until the
    search API finds it. The node stays down until the scenario ends."""
    url = urls[victim - 1]
    first = victim == 1
    scenario = Scenario(
        f"3-node cluster, 1 replica: node {victim} killed under load"
        + (" (the first node the app was given)" if first else " (not the app's first node)")
    )
    survivor = next(other for other in urls if other != url)
    load = Load(app.url, paths, f"cluster-kill-{victim}", seconds=seconds * 2 + 300)
    time.sleep(seconds / 3)
    killed_at = load.elapsed()
    services.run_script(["scripts/elasticsearch_cluster.sh", "kill", str(victim)], ports)
    # The cluster notices (a new master is elected first when the master was killed).
    left = time.monotonic()
    down = services.http_json(
        survivor + "/_cluster/health?wait_for_nodes=2&timeout=60s", timeout=70
    )
    noticed_s = time.monotonic() - left
    publish, publish_errors = publish_while_down(app.url, urls)
    time.sleep(seconds * 2 / 3)
    summary, records = load.finish(early=True)
    after = [r for r in records if r[0] >= killed_at]
    wrong = [r for r in records if r[4] != "elasticsearch" or r[6] != totals[r[2]]]
    scenario.check("no failed request", all(r[3] == 200 for r in records))
    scenario.check(
        "no degraded answer (every answer from Elasticsearch)", not any(r[5] for r in records)
    )
    scenario.check("every total as before", not wrong)
    scenario.check(
        "the cluster saw the node leave and stayed available (yellow, not red)",
        not down.get("timed_out") and down.get("status") in ("yellow", "green"),
    )
    scenario.check(
        f"a publish is searchable within {PUBLISH_SECONDS} s while the node is down",
        publish_errors == 0 and publish["max_s"] <= PUBLISH_SECONDS,
    )
    scenario.figures = {
        "killed_node": victim,
        "killed_url": url,
        "killed_is_apps_first_node": first,
        "requests": summary["requests"],
        "requests_after_kill": len(after),
        "statuses": statuses(records),
        "failed": sum(1 for r in records if r[3] != 200),
        "degraded": sum(1 for r in records if r[5]),
        "wrong_totals": len(wrong),
        "noticed_s": round(noticed_s, 1),
        "cluster_status_while_down": down.get("status"),
        "nodes_while_down": down.get("number_of_nodes"),
        "unassigned_shards_while_down": down.get("unassigned_shards"),
        "publish_to_search_s": publish["max_s"],
        "publish_samples_s": publish["samples_s"],
        "latency_p95_ms": summary["latency_p95_ms"],
    }
    if down.get("status") == "yellow":
        scenario.notes.append(
            f"the cluster went yellow while node {victim} was down: "
            f"{down.get('unassigned_shards')} replica shards unassigned, every primary active"
        )
    return scenario


def publish_while_down(app_url: str, urls: list[str]) -> tuple[dict, int]:
    """bench.measure's publish-to-searchable, written through this process's client
    given the cluster's nodes and replica setting (not the single node's)."""
    from django.test import override_settings

    from bench.measure import publish_to_search
    from search.service import breaker

    with override_settings(ELASTICSEARCH_URL=",".join(urls), LAB_INDEX_REPLICAS=1):
        breaker.reset()
        return publish_to_search(app_url, PUBLISH_SAMPLES)


def restart_node(victim: int, urls: list[str], ports: dict[str, str]) -> float:
    """Bring a killed node back and wait until every shard has its replica again."""
    began = time.monotonic()
    services.run_script(
        ["scripts/elasticsearch_cluster.sh", "start-node", str(victim)], ports, timeout=400
    )
    survivor = next(url for n, url in enumerate(urls, 1) if n != victim)
    health = services.http_json(
        survivor + "/_cluster/health?wait_for_status=green&timeout=120s", timeout=130
    )
    if health.get("status") != "green":
        raise BenchError(f"the cluster is not green again after node {victim} came back")
    return time.monotonic() - began


def pick_victim(urls: list[str]) -> int:
    """The node (2 or 3) that holds the most primary shards of the lab's indices."""
    shards = services.http_json(
        urls[0] + f"/_cat/shards/{PREFIX}-*?format=json&h=index,prirep,state,node"
    )
    primaries: dict[str, int] = {}
    for shard in shards:
        if shard["prirep"] == "p":
            primaries[shard["node"]] = primaries.get(shard["node"], 0) + 1
    candidates = {f"cluster-{n}": n for n in (2, 3)}  # node names of elasticsearch_cluster.sh
    best = max(candidates, key=lambda name: primaries.get(name, 0))
    return candidates[best]


def database_lost(
    app: services.AppServer, server_url: str, paths: list[str], seconds: float
) -> Scenario:
    """Connections refused and cut (ALLOW_CONNECTIONS off + terminate), while a writer
    publishes pages; then back."""
    from django.db import connection, transaction
    from django.db.utils import DatabaseError, InterfaceError

    from practices.models import PracticePage
    from search import maintenance
    from search.models import IndexedDocument

    scenario = Scenario("database connection lost under load")
    page_ids = list(
        PracticePage.objects.live()
        .filter(locale__language_code="en")
        .order_by("pk")
        .values_list("pk", flat=True)[:8]
    )
    attempts: list[dict] = []
    stop = threading.Event()

    def writer() -> None:
        number = 0
        while not stop.is_set():
            page_id = page_ids[number % len(page_ids)]
            number += 1
            title = f"Resilience drill {number}"
            outcome = "published"
            try:
                with transaction.atomic():
                    page = PracticePage.objects.get(pk=page_id)
                    page.title = title
                    page.save_revision().publish()
            except (DatabaseError, InterfaceError) as error:
                outcome = f"failed: {type(error).__name__}"
                connection.close()
            attempts.append({"page": page_id, "title": title, "outcome": outcome})
            time.sleep(0.1)

    load = Load(app.url, paths, "database-lost", seconds=seconds * 2 + 20)
    writing = threading.Thread(target=writer, daemon=True)
    writing.start()
    time.sleep(seconds / 2)
    lost_at = load.elapsed()
    set_database_connections(server_url, allow=False)
    time.sleep(seconds)
    set_database_connections(server_url, allow=True)
    back_at = load.elapsed()
    time.sleep(seconds / 2 + 3)
    stop.set()
    writing.join(30)
    summary, records = load.finish(early=True)

    outage = [r for r in records if lost_at + 0.5 <= r[0] <= back_at - 0.5]
    api_503 = [r for r in outage if r[3] == 503 and r[7] == "unavailable"]
    page_503 = [r for r in outage if r[3] == 503 and r[7] == "503-page"]
    after = [r for r in records if r[0] >= back_at + 2]
    # Nothing half-written: every page's live title is that of its live revision, and
    # no revision newer than the live one was left behind by a failed publish.
    connection.close()
    half_written = []
    for page in PracticePage.objects.filter(pk__in=page_ids):
        live = page.live_revision.as_object() if page.live_revision else None
        if (
            live is None
            or live.title != page.title
            or page.latest_revision_id != page.live_revision_id
        ):
            half_written.append(page.pk)
    drifts = [d for d in maintenance.check(["en"]) if not d.clean]
    pending = IndexedDocument.objects.filter(elasticsearch_pending=True).count()
    repaired = True
    if drifts:  # as an operator would: `lab_index sync` in its own process
        synced = manage(["lab_index", "sync", "--locale", "en"], app.env)
        repaired = synced.returncode == 0 and not [
            d for d in maintenance.check(["en"]) if not d.clean
        ]
    scenario.check("no 500 (only 200 and 503)", all(r[3] in (200, 503) for r in records))
    scenario.check("the search API answers 503 with a JSON error", bool(api_503))
    scenario.check("visitor pages answer the 503 page", bool(page_503))
    scenario.check(
        "every 503 is one of ours",
        all(r[7] in ("unavailable", "503-page") for r in records if r[3] == 503),
    )
    scenario.check(
        "answers are 200 again once it is back", bool(after) and all(r[3] == 200 for r in after)
    )
    scenario.check("no page half-written", not half_written)
    scenario.check(
        "search index in step with the pages (at once, or after `lab_index sync`)", repaired
    )
    scenario.figures = {
        "requests": summary["requests"],
        "statuses": statuses(records),
        "outage_s": round(back_at - lost_at, 1),
        "publish_attempts": len(attempts),
        "publishes_failed": sum(1 for a in attempts if a["outcome"] != "published"),
        "half_written_pages": half_written,
        "index_writes_pending_after": pending,
        "drift_after": [
            {
                "locale": d.locale,
                "engine": d.engine,
                "missing": len(d.missing),
                "stale": len(d.stale),
                "extra": len(d.extra),
                "note": d.note,
            }
            for d in drifts
        ],
    }
    if drifts:
        scenario.notes.append(
            f"after the outage {sum(len(d.stale) + len(d.missing) for d in drifts)} index "
            f"entries lagged behind their pages ({pending} writes pending): published while "
            "the connection was cut, indexed at the next publish or `lab_index sync` "
            + ("(sync repaired them)" if repaired else "(sync did NOT repair them)")
        )
    return scenario


def set_database_connections(server_url: str, *, allow: bool) -> None:
    """Refuse (and cut) or allow again every connection to the drill's database."""
    import psycopg
    from psycopg import sql

    admin = services.with_database(server_url, "postgres")
    with psycopg.connect(admin, autocommit=True, connect_timeout=5) as conn:
        conn.execute(
            sql.SQL("ALTER DATABASE {} ALLOW_CONNECTIONS {}").format(
                sql.Identifier(DATABASE), sql.SQL("true" if allow else "false")
            )
        )
        if not allow:
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = %s AND pid <> pg_backend_pid()",
                [DATABASE],
            )


def malformed_requests(app: services.AppServer, count: int, page_paths: list[str]) -> Scenario:
    from bench import malformed

    scenario = Scenario(f"{count} malformed requests over every endpoint")
    counted: dict[str, int] = {}
    bad: list[str] = []
    for description, raw, body in malformed.requests(count, page_paths):
        try:
            status = malformed.send(app.port, raw, body)
        except OSError as error:
            status = f"error: {type(error).__name__}"
        counted[str(status)] = counted.get(str(status), 0) + 1
        if not isinstance(status, int) or status >= 500:
            bad.append(f"{status} {description}")
    scenario.check("no 5xx and every request answered", not bad)
    scenario.figures = {"requests": count, "statuses": dict(sorted(counted.items()))}
    scenario.notes += bad[:20]
    return scenario


# --- plumbing -----------------------------------------------------------------------------


def manage(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(  # noqa: S603 - manage.py with fixed arguments
        [sys.executable, "manage.py", *args],
        cwd=REPO,
        env={**os.environ, **env, "DJANGO_SETTINGS_MODULE": "bench.settings"},
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def prepare_database() -> str:
    """A fresh copy of the quick bench's corpus (built first when missing)."""
    server = services.postgres_server_url()
    say(f"corpus: {SOURCE_DATABASE} (built when missing)")
    made = subprocess.run(  # noqa: S603 - our own module, fixed arguments
        [
            sys.executable,
            "-m",
            "bench.make_corpus",
            f"--database={SOURCE_DATABASE}",
            f"--practices={SPEC.practices}",
            f"--regions={SPEC.regions}",
            f"--locales={SPEC.locales}",
            f"--seed={SPEC.seed}",
        ],
        cwd=REPO,
        env={k: v for k, v in os.environ.items() if k != "ELASTICSEARCH_URL"},
        text=True,
        stdout=subprocess.PIPE,
        check=False,
    )
    if made.returncode != 0:
        raise BenchError("building the corpus failed (see above)")
    services.drop_database(server, DATABASE)
    services.create_database(server, DATABASE, template=SOURCE_DATABASE)
    return server


def table(results: dict) -> str:
    lines = ["Integration Lab resilience drill", ""]
    for scenario in results["scenarios"]:
        lines.append(f"{'PASS' if scenario['passed'] else 'FAIL'}  {scenario['name']}")
        for label, ok in scenario["checks"].items():
            lines.append(f"        [{'x' if ok else ' '}] {label}")
        figures = ", ".join(f"{k}={v}" for k, v in scenario["figures"].items())
        lines.append(f"        {figures}")
        for note in scenario["notes"]:
            lines.append(f"        note: {note}")
    passed = sum(1 for s in results["scenarios"] if s["passed"])
    lines += [
        "",
        f"{passed} of {len(results['scenarios'])} scenarios passed in {results['duration_s']} s",
    ]
    return "\n".join(lines)


def arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m bench.resilience", description=__doc__.strip().splitlines()[0]
    )
    parser.add_argument("--quick", action="store_true", help="shorter loads, 250 malformed")
    parser.add_argument("--skip-cluster", action="store_true", help="no 3-node cluster")
    parser.add_argument(
        "--only",
        action="append",
        choices=SCENARIOS,
        help="run only this scenario (repeatable); default: all",
    )
    parser.add_argument("--load-seconds", type=float, help="per scenario (default 15, quick 6)")
    parser.add_argument("--malformed", type=int, help="how many (default 1000, quick 250)")
    parser.add_argument("--es-port", type=int, help="the single node's (default: from 9270)")
    parser.add_argument("--output", type=Path)
    args = parser.parse_args(argv)
    args.load_seconds = args.load_seconds or (6.0 if args.quick else 15.0)
    args.malformed = args.malformed or (250 if args.quick else 1000)
    args.output = args.output or REPO / "bench" / "results" / (
        "resilience-quick.json" if args.quick else "resilience.json"
    )
    args.only = set(args.only or SCENARIOS)
    if args.skip_cluster:
        args.only.discard("cluster")
    if not 2 <= args.load_seconds <= 120:
        parser.error("--load-seconds must be between 2 and 120")
    if not 10 <= args.malformed <= 20_000:
        parser.error("--malformed must be between 10 and 20000")
    return args


def main(argv: list[str] | None = None) -> int:
    args = arguments(argv)
    began = time.monotonic()
    started_at = datetime.now(UTC)
    # Drill ports: HTTP from 9270, transport from 9370 (the single node, then the
    # cluster's three), clear of the development and test nodes.
    http_base = services.free_port_block(9270, 4)
    transport_base = services.free_port_block(9370 + http_base - 9270, 4)
    node = services.ElasticsearchNode(
        "resilience", args.es_port or http_base, HEAP, transport_port=transport_base
    )
    cluster_urls: list[str] = []
    cluster_error: list[BaseException] = []

    def start_cluster() -> None:
        try:
            out = services.run_script(
                ["scripts/elasticsearch_cluster.sh", "start"], cluster_ports, timeout=400
            )
            cluster_urls.extend(out.strip().splitlines()[-1].split(","))
        except BaseException as error:  # reported when the scenario runs
            cluster_error.append(error)

    apps: list[services.AppServer] = []
    cluster_thread = None
    cluster_ports = {
        "LAB_ES_CLUSTER_PORT": str(http_base + 1),
        "LAB_ES_CLUSTER_TRANSPORT": str(transport_base + 1),
        "LAB_ES_HEAP": HEAP,
    }
    try:
        say(f"starting Elasticsearch (instance 'resilience', port {node.port})")
        es_url = node.start()
        if "cluster" in args.only:
            say("starting a 3-node cluster in the background (scripts/elasticsearch_cluster.sh)")
            cluster_thread = threading.Thread(target=start_cluster, daemon=True)
            cluster_thread.start()
        server = prepare_database()
        database_url = services.with_database(server, DATABASE)
        env = {
            "DATABASE_URL": database_url,
            "ELASTICSEARCH_URL": es_url,
            "LAB_INDEX_PREFIX": PREFIX,
            "LAB_SEARCH_BREAKER_SECONDS": str(BREAKER_SECONDS),
        }
        os.environ.update(env, DJANGO_SETTINGS_MODULE="bench.settings")
        import django

        django.setup()
        from bench.measure import search_paths
        from practices.models import PracticePage
        from regions.models import RegionPage

        say("lab_index rebuild on the single node")
        rebuilt = manage(["lab_index", "rebuild"], env)
        if rebuilt.returncode != 0:
            raise BenchError(
                f"lab_index rebuild failed:\n{rebuilt.stdout[-800:]}{rebuilt.stderr[-800:]}"
            )
        app = services.AppServer(env, log_name="resilience-app")
        apps.append(app)
        say("starting the app (gunicorn)")
        app.start()
        paths = search_paths(SPEC, count=32)
        totals = expected_totals(app.url, paths)
        kept = [i for i, total in totals.items() if total > 0]
        paths = [paths[i] for i in kept]
        totals = {new: totals[old] for new, old in enumerate(kept)}
        page_paths = [
            PracticePage.objects.live().filter(locale__language_code="en").first().url,
            RegionPage.objects.live().filter(locale__language_code="fr").first().url,
            "/en/",
            "/en/practices/",
            "/de/regions/",
        ]
        scenarios = []
        if "node" in args.only:
            say("scenario: node stopped under load, then back")
            scenarios.append(node_stopped_and_back(app, node, paths, args.load_seconds))
        if "rebuild" in args.only:
            say("scenario: lab_index rebuild under load")
            scenarios.append(rebuild_under_load(app, env, paths, totals))
        if "database" in args.only:
            say("scenario: database connection lost under load")
            scenarios.append(database_lost(app, server, paths[:8] + page_paths, args.load_seconds))
        if "malformed" in args.only:
            say(f"scenario: {args.malformed} malformed requests")
            scenarios.append(malformed_requests(app, args.malformed, page_paths))
        app.stop()
        node.stop()  # two cores: the single node's CPU goes to the cluster's three
        if cluster_thread is not None:
            say("scenario: 3-node cluster, one node killed (waiting for the cluster)")
            cluster_thread.join(420)
            if cluster_error or not cluster_urls:
                raise BenchError(f"the 3-node cluster did not start: {cluster_error}")
            cluster_env = {
                **env,
                "ELASTICSEARCH_URL": ",".join(cluster_urls),  # the app is given every node
                "LAB_INDEX_REPLICAS": "1",
            }
            rebuilt = manage(["lab_index", "rebuild"], cluster_env)
            if rebuilt.returncode != 0:
                raise BenchError(
                    f"lab_index rebuild on the cluster failed:\n{rebuilt.stdout[-800:]}"
                )
            services.http_json(
                cluster_urls[0] + "/_cluster/health?wait_for_status=green&timeout=60s"
            )
            cluster_app = services.AppServer(cluster_env, log_name="resilience-cluster-app")
            apps.append(cluster_app)
            cluster_app.start()
            cluster_totals = expected_totals(cluster_app.url, paths)
            # In turn: a node that is not the first (the one with the most primaries),
            # back and green again, then the first node the app was given.
            for victim in (pick_victim(cluster_urls), 1):
                say(f"  killing node {victim} of the cluster under load")
                scenarios.append(
                    cluster_node_killed(
                        cluster_app,
                        paths,
                        cluster_totals,
                        args.load_seconds,
                        cluster_urls,
                        cluster_ports,
                        victim,
                    )
                )
                if victim != 1:
                    say(f"  node {victim} back; waiting for green")
                    back_s = restart_node(victim, cluster_urls, cluster_ports)
                    scenarios[-1].figures["back_and_green_s"] = round(back_s, 1)
            cluster_app.stop()
        results = {
            "passed": all(s.passed for s in scenarios),
            "scenarios": [s.__dict__ for s in scenarios],
            "machine": services.machine(),
            "started_at": started_at.isoformat(timespec="seconds"),
            "duration_s": round(time.monotonic() - began, 1),
            "command": "python -m bench.resilience "
            + " ".join(argv if argv is not None else sys.argv[1:]),
        }
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
        print(table(results))
        print(f"\nwritten: {args.output}")
        return 0 if results["passed"] else 1
    finally:
        for app in apps:
            app.stop()
        node.stop()
        if cluster_thread is not None:
            cluster_thread.join(420)
            services.run_script(
                ["scripts/elasticsearch_cluster.sh", "stop"], cluster_ports, timeout=200
            )


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
