#!/usr/bin/env bash
# `make test`: everything a fresh machine of this kind needs, then the whole suite.
#  1. the Debian packages (PostgreSQL, Chromium, gettext, unzip): installed when missing
#  2. ruff, migrations up to date, production settings pass check --deploy
#  3. a throwaway PostgreSQL (unless DATABASE_URL is set) and a throwaway
#     Elasticsearch node (unless ELASTICSEARCH_URL is set)
#  4. the whole pytest suite on PostgreSQL + Elasticsearch
#  5. the zero-setup default: the engine contract suite and the demo smoke tests on SQLite
# Extra arguments go to the first pytest run (e.g. `make test PYTEST_ARGS="-k search -x"`).
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=.venv/bin
started=$(date +%s)

bash scripts/system_packages.sh

echo "== ruff"
$VENV/ruff check .
$VENV/ruff format --check .

echo "== migrations are up to date"
DJANGO_SETTINGS_MODULE=cms.settings.test $VENV/python manage.py makemigrations --check --dry-run

echo "== production settings pass check --deploy"
SECRET_KEY="check-deploy-$(date +%s)-a-long-random-enough-secret-for-the-check" \
    ALLOWED_HOSTS=lab.example.org WAGTAILADMIN_BASE_URL=https://lab.example.org \
    DJANGO_SETTINGS_MODULE=cms.settings.production \
    $VENV/python manage.py check --deploy --fail-level WARNING

# Throwaway services get their own ports and folders, so they never touch a
# developer's `make elasticsearch` node (9200) or scripts/postgres.sh cluster (5433).
cleanup=()
stop_services() {
    local i
    for ((i = ${#cleanup[@]} - 1; i >= 0; i--)); do eval "${cleanup[i]}" || true; done
}
trap stop_services EXIT

if [[ -z "${DATABASE_URL:-}" ]]; then
    echo "== starting a throwaway PostgreSQL"
    export LAB_PG_PORT="${LAB_PG_PORT:-5434}"
    export LAB_PG_ROOT="${LAB_PG_ROOT:-/var/tmp/integration-lab/test-postgres}"
    DATABASE_URL=$(bash scripts/postgres.sh start | tail -n 1)
    export DATABASE_URL
    cleanup+=("bash scripts/postgres.sh stop")
fi

if [[ -z "${ELASTICSEARCH_URL:-}" ]]; then
    echo "== starting a throwaway Elasticsearch node"
    export LAB_ES_INSTANCE="${LAB_ES_INSTANCE:-test}" LAB_ES_PORT="${LAB_ES_PORT:-9251}"
    ELASTICSEARCH_URL=$(bash scripts/elasticsearch.sh start | tail -n 1)
    export ELASTICSEARCH_URL
    cleanup+=("bash scripts/elasticsearch.sh stop")
fi
export LAB_INDEX_PREFIX="${LAB_INDEX_PREFIX:-labtest-$$}"

echo "== pytest, whole suite (database: PostgreSQL $DATABASE_URL, Elasticsearch: $ELASTICSEARCH_URL)"
$VENV/pytest "$@"

echo "== pytest, zero-setup default (database: SQLite): engine contract and demo smoke tests"
env -u DATABASE_URL $VENV/pytest -q \
    tests/test_search_contract.py tests/test_search_stemming.py \
    tests/test_load_demo.py tests/test_pages_render.py

echo "== make test: all passed in $(($(date +%s) - started)) s"
