#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests and CI, on 127.0.0.1 only.
#   scripts/postgres.sh start   # idempotent; prints the DATABASE_URL as its last line
#   scripts/postgres.sh stop
# Uses Debian's PostgreSQL server binaries (apt-get install postgresql).
set -euo pipefail

ROOT="${LAB_PG_ROOT:-/var/tmp/integration-lab/postgres}"
PORT="${LAB_PG_PORT:-5433}"
DATA="$ROOT/data"
URL="postgres://lab:lab@127.0.0.1:$PORT/lab"

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [[ -z "$bindir" ]]; then
    echo "PostgreSQL server binaries not found: install them with 'apt-get install postgresql'." >&2
    exit 1
fi

as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        su -s /bin/bash postgres -c "$*"
    else
        bash -c "$*"
    fi
}

case "${1:-}" in
start)
    mkdir -p "$ROOT"
    if [[ $(id -u) -eq 0 ]]; then chown postgres "$ROOT"; fi
    if [[ ! -f "$DATA/PG_VERSION" ]]; then
        as_owner "$bindir/initdb -D '$DATA' -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >/dev/null
    fi
    if ! as_owner "$bindir/pg_ctl -D '$DATA' status" >/dev/null 2>&1; then
        as_owner "$bindir/pg_ctl -D '$DATA' -l '$ROOT/server.log' -w -t 60 \
            -o \"-c listen_addresses=127.0.0.1 -p $PORT -k '$ROOT' -c fsync=off -c synchronous_commit=off\" start" >/dev/null \
            || { echo "PostgreSQL did not start; its log:" >&2; tail -n 30 "$ROOT/server.log" >&2; exit 1; }
    fi
    psql_cmd="$bindir/psql -h 127.0.0.1 -p $PORT -U postgres -v ON_ERROR_STOP=1 -qtA"
    if [[ -z $($psql_cmd -c "SELECT 1 FROM pg_roles WHERE rolname='lab'") ]]; then
        $psql_cmd -c "CREATE ROLE lab LOGIN PASSWORD 'lab' CREATEDB"
    fi
    if [[ -z $($psql_cmd -c "SELECT 1 FROM pg_database WHERE datname='lab'") ]]; then
        $psql_cmd -c "CREATE DATABASE lab OWNER lab"
    fi
    echo "$URL"
    ;;
stop)
    if [[ -f "$DATA/PG_VERSION" ]] && as_owner "$bindir/pg_ctl -D '$DATA' status" >/dev/null 2>&1; then
        as_owner "$bindir/pg_ctl -D '$DATA' -m fast -w stop" >/dev/null
        echo "PostgreSQL on port $PORT stopped."
    else
        echo "PostgreSQL on port $PORT was not running."
    fi
    ;;
*)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
