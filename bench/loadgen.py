"""A bounded HTTP load generator, run as a second process: `python -m bench.loadgen`.

N threads, each on its own keep-alive connection, request the given paths in turn
for a fixed time, on loopback only. Every answer is recorded (start time, latency,
path index, status, and for the search API its engine, degraded flag, total and
error code); the summary goes to
stdout as JSON, the records to --records when asked.
"""

from __future__ import annotations

import argparse
import http.client
import json
import signal
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

LOOPBACK = {"127.0.0.1", "localhost", "::1"}
STOP = threading.Event()  # set by SIGTERM: finish early, still report


def percentile(values: list[float], fraction: float) -> float | None:
    """Nearest-rank percentile of measured values (None when there are none)."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(fraction * len(ordered) + 0.5) - 1))
    return ordered[rank]


# The sentence of templates/503.html that tells a visitor the site will be back.
UNAVAILABLE_PAGE_MARK = b"unavailable for a moment"


def answer_fields(body: bytes, is_json: bool) -> tuple:
    """(engine, degraded, total, error code) of a search API answer; for an HTML page,
    the error code is "503-page" when it is our page for a lost database."""
    if not is_json:
        return None, None, None, ("503-page" if UNAVAILABLE_PAGE_MARK in body else None)
    try:
        data = json.loads(body)
    except ValueError:
        return None, None, None, "not-json"
    if not isinstance(data, dict):
        return None, None, None, None
    error = data.get("error")
    code = error.get("code") if isinstance(error, dict) else None
    return data.get("engine"), data.get("degraded"), data.get("total"), code


class Worker(threading.Thread):
    def __init__(
        self,
        number: int,
        host: str,
        port: int,
        paths: list[str],
        deadline: float,
        started: float,
        timeout: float,
    ) -> None:
        super().__init__(daemon=True)
        self.number, self.host, self.port = number, host, port
        self.paths, self.deadline, self.started, self.timeout = paths, deadline, started, timeout
        self.records: list[list] = []

    def run(self) -> None:
        conn: http.client.HTTPConnection | None = None
        turn = self.number
        while time.monotonic() < self.deadline and not STOP.is_set():
            index = turn % len(self.paths)
            turn += 1
            began = time.monotonic()
            engine = degraded = total = code = None
            try:
                if conn is None:
                    conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
                conn.request("GET", self.paths[index])
                response = conn.getresponse()
                body = response.read()
                status = response.status
                is_json = response.getheader("Content-Type", "").startswith("application/json")
                engine, degraded, total, code = answer_fields(body, is_json)
                if response.will_close:
                    conn.close()
                    conn = None
            except (OSError, http.client.HTTPException) as error:
                status = f"error: {type(error).__name__}"
                if conn is not None:
                    conn.close()
                conn = None
                time.sleep(0.05)  # a refused connection must not spin
            ended = time.monotonic()
            self.records.append(
                [
                    round(began - self.started, 4),
                    round(ended - began, 5),
                    index,
                    status,
                    engine,
                    degraded,
                    total,
                    code,
                ]
            )
        if conn is not None:
            conn.close()


def summarise(records: list[list], seconds: float) -> dict:
    ok = [r for r in records if r[3] == 200]
    failed = [r for r in records if r[3] != 200]
    statuses: dict[str, int] = {}
    engines: dict[str, int] = {}
    for record in records:
        statuses[str(record[3])] = statuses.get(str(record[3]), 0) + 1
        if record[4]:
            key = record[4] + (" (degraded)" if record[5] else "")
            engines[key] = engines.get(key, 0) + 1
    latencies = [r[1] for r in ok]
    return {
        "requests": len(records),
        "seconds": round(seconds, 2),
        "throughput_per_s": round(len(ok) / seconds, 1) if seconds else 0,
        "errors": len(failed),
        "server_errors": sum(1 for r in records if isinstance(r[3], int) and r[3] >= 500),
        "statuses": statuses,
        "engines": engines,
        "latency_p50_ms": round(1000 * percentile(latencies, 0.50), 1) if latencies else None,
        "latency_p95_ms": round(1000 * percentile(latencies, 0.95), 1) if latencies else None,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", required=True, help="http://127.0.0.1:PORT (loopback only)")
    parser.add_argument("--paths-file", required=True, type=Path, help="one path per line")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--duration", type=float, default=10.0, help="seconds (at most 600)")
    parser.add_argument("--timeout", type=float, default=30.0, help="per request, seconds")
    parser.add_argument("--records", type=Path, help="write every answer here as JSON")
    args = parser.parse_args(argv)

    parts = urlsplit(args.base)
    if parts.scheme != "http" or parts.hostname not in LOOPBACK or not parts.port:
        parser.error("--base must be http://127.0.0.1:PORT: the load stays on loopback")
    if not 0 < args.duration <= 600 or not 1 <= args.concurrency <= 64:
        parser.error("--duration must be in (0, 600] and --concurrency in [1, 64]")
    paths = [line.strip() for line in args.paths_file.read_text().splitlines() if line.strip()]
    if not paths:
        parser.error(f"{args.paths_file} holds no path")

    signal.signal(signal.SIGTERM, lambda _signum, _frame: STOP.set())
    started = time.monotonic()
    deadline = started + args.duration
    workers = [
        Worker(n, parts.hostname, parts.port, paths, deadline, started, args.timeout)
        for n in range(args.concurrency)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(args.duration + args.timeout + 5)
    seconds = time.monotonic() - started
    records = sorted((r for w in workers for r in w.records), key=lambda r: r[0])
    if args.records:
        args.records.write_text(json.dumps({"paths": paths, "records": records}))
    json.dump(summarise(records, seconds), sys.stdout)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
