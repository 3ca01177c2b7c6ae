"""What the benchmark and the drill start and stop: Elasticsearch, PostgreSQL, the app.

Everything listens on 127.0.0.1 only. Elasticsearch nodes come from
scripts/elasticsearch.sh (one node) and scripts/elasticsearch_cluster.sh (three),
PostgreSQL from scripts/postgres.sh, the app is gunicorn serving cms.wsgi with
bench.settings. Each helper stops only what it started.
"""

from __future__ import annotations

import http.client
import json
import os
import platform
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

REPO = Path(__file__).resolve().parent.parent
VAR = REPO / "var" / "bench"
DEFAULT_POSTGRES_PORT = 5433
BASH = shutil.which("bash") or "/bin/bash"


class BenchError(RuntimeError):
    """Something the benchmark needs is missing or broken: said plainly, no traceback."""


def run_script(args: list[str], env: dict[str, str] | None = None, timeout: float = 600) -> str:
    """Run one of scripts/*.sh; returns its stdout, raises BenchError with its stderr."""
    try:
        done = subprocess.run(  # noqa: S603 - our own scripts, fixed arguments
            [BASH, *args],
            cwd=REPO,
            env={**os.environ, **(env or {})},
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired as error:
        raise BenchError(f"{' '.join(args)} did not finish within {timeout:.0f} s") from error
    if done.returncode != 0:
        tail = "\n".join(done.stderr.strip().splitlines()[-15:])
        raise BenchError(f"{' '.join(args)} failed (exit {done.returncode}):\n{tail}")
    return done.stdout


def port_open(port: int, host: str = "127.0.0.1") -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex((host, port)) == 0


def free_port_block(start: int, count: int, stop: int = 10_000) -> int:
    """The first port from `start` such that `count` consecutive ports are free
    (other people's nodes on this machine pick their own ports)."""
    for base in range(start, stop - count):
        if not any(port_open(port) for port in range(base, base + count)):
            return base
    raise BenchError(f"no {count} free consecutive ports between {start} and {stop}")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# --- Elasticsearch ---------------------------------------------------------------------


@dataclass
class ElasticsearchNode:
    """One node of scripts/elasticsearch.sh under its own instance name."""

    instance: str
    port: int
    heap: str = "512m"
    transport_port: int | None = None  # None: Elasticsearch's own pick (9300-9399)

    @property
    def env(self) -> dict[str, str]:
        env = {
            "LAB_ES_INSTANCE": self.instance,
            "LAB_ES_PORT": str(self.port),
            "LAB_ES_HEAP": self.heap,
            # A loaded 2-core machine can take minutes to start and recover a node.
            "LAB_ES_TIMEOUT": os.environ.get("LAB_ES_TIMEOUT", "300"),
        }
        if self.transport_port is not None:
            env["LAB_ES_TRANSPORT_PORT"] = str(self.transport_port)
        return env

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> str:
        out = run_script(["scripts/elasticsearch.sh", "start"], self.env, timeout=330)
        return out.strip().splitlines()[-1]

    def stop(self) -> None:
        run_script(["scripts/elasticsearch.sh", "stop"], self.env, timeout=90)


def elasticsearch_version(url: str) -> str:
    try:
        nodes = http_json(url + "/_nodes/_local?filter_path=nodes.*.version")["nodes"]
        return str(next(iter(nodes.values()))["version"])
    except (OSError, KeyError, ValueError, StopIteration):
        return "unknown"


# --- PostgreSQL --------------------------------------------------------------------------


def postgres_server_url() -> str:
    """The PostgreSQL server to use: DATABASE_URL's when it names one, else the local
    throwaway server of scripts/postgres.sh, started when it is not running."""
    url = os.environ.get("DATABASE_URL", "").strip()
    if url and not url.startswith(("postgres://", "postgresql://")):
        raise BenchError(
            f"DATABASE_URL={url!r} is not PostgreSQL: the benchmark measures the database "
            "engine on PostgreSQL. Unset it to use the local server (scripts/postgres.sh)."
        )
    if not url:
        port = int(os.environ.get("LAB_PG_PORT", DEFAULT_POSTGRES_PORT))
        url = f"postgres://lab:lab@127.0.0.1:{port}/lab"
    parts = urlsplit(url)
    if parts.hostname in {"127.0.0.1", "localhost"} and not port_open(parts.port or 5432):
        run_script(["scripts/postgres.sh", "start"], {"LAB_PG_PORT": str(parts.port or 5432)})
    return url


def with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/" + name, parts.query, ""))


def _admin_connection(url: str):
    import psycopg

    try:
        return psycopg.connect(with_database(url, "postgres"), autocommit=True, connect_timeout=5)
    except psycopg.Error as error:
        raise BenchError(
            f"cannot connect to PostgreSQL at {urlsplit(url).netloc}: {error}"
        ) from None


def database_exists(url: str, name: str) -> bool:
    with _admin_connection(url) as conn:
        return bool(conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone())


def create_database(url: str, name: str, *, template: str | None = None) -> None:
    from psycopg import sql

    with _admin_connection(url) as conn:
        statement = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
        if template:
            statement += sql.SQL(" TEMPLATE {}").format(sql.Identifier(template))
        conn.execute(statement)


def drop_database(url: str, name: str) -> None:
    from psycopg import sql

    with _admin_connection(url) as conn:
        conn.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )


def postgres_version(url: str) -> str:
    with _admin_connection(url) as conn:
        return str(conn.execute("SHOW server_version").fetchone()[0])


# --- the app -------------------------------------------------------------------------------


@dataclass
class AppServer:
    """gunicorn serving the lab on loopback, settings from the environment."""

    env: dict[str, str]
    port: int = field(default_factory=free_port)
    workers: int = 2
    threads: int = 4
    log_name: str = "gunicorn"
    process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 60) -> None:
        VAR.mkdir(parents=True, exist_ok=True)
        log = open(VAR / f"{self.log_name}.log", "w")  # noqa: SIM115 - lives with the process
        gunicorn = Path(sys.executable).with_name("gunicorn")
        if not gunicorn.exists():
            raise BenchError(
                "gunicorn is not installed in the virtualenv: .venv/bin/pip install gunicorn"
            )
        self.process = subprocess.Popen(  # noqa: S603 - fixed arguments
            [
                str(gunicorn),
                "cms.wsgi:application",
                f"--bind=127.0.0.1:{self.port}",
                f"--workers={self.workers}",
                f"--threads={self.threads}",
                "--worker-class=gthread",
                "--timeout=60",
                "--graceful-timeout=5",
                "--keep-alive=30",
            ],
            cwd=REPO,
            env={**os.environ, **self.env, "DJANGO_SETTINGS_MODULE": "bench.settings"},
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise BenchError(f"gunicorn exited at start; see {VAR / self.log_name}.log")
            try:
                status, _body = http_get(self.url + "/api/v2/lab/search/?page_size=1")
                if status < 500:
                    return
            except OSError:
                pass
            time.sleep(0.3)
        self.stop()
        raise BenchError(f"gunicorn did not answer within {timeout:.0f} s")

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


# --- plain HTTP on loopback -------------------------------------------------------------------


class KeepAlive:
    """One persistent HTTP/1.1 connection (reconnects when the server closes it)."""

    def __init__(self, base_url: str, timeout: float = 30) -> None:
        parts = urlsplit(base_url)
        self.host, self.port, self.timeout = parts.hostname, parts.port, timeout
        self.conn: http.client.HTTPConnection | None = None

    def request(self, method: str, path: str, body: bytes | None = None) -> tuple[int, bytes]:
        headers = {"Content-Type": "application/json"} if body is not None else {}
        for attempt in (1, 2):
            if self.conn is None:
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
            try:
                self.conn.request(method, path, body=body, headers=headers)
                response = self.conn.getresponse()
                return response.status, response.read()
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                self.close()
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None


def http_get(url: str, timeout: float = 10) -> tuple[int, bytes]:
    parts = urlsplit(url)
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    client = KeepAlive(urlunsplit((parts.scheme, parts.netloc, "", "", "")), timeout)
    try:
        return client.request("GET", path or "/")
    finally:
        client.close()


def http_json(url: str, timeout: float = 10) -> dict:
    _status, body = http_get(url, timeout)
    return json.loads(body)


# --- the machine -----------------------------------------------------------------------------


def machine() -> dict:
    """What the figures were measured on."""
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory_gib = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory_gib = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return {
        "hostname": platform.node(),
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gib": memory_gib,
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
        "os": platform.platform(),
        "python": platform.python_version(),
    }
