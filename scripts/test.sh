#!/usr/bin/env bash
# `make test`: lint, Django checks, then the whole pytest suite.
# Starts a throwaway Elasticsearch node when ELASTICSEARCH_URL is not set.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=.venv/bin

echo "== ruff"
$VENV/ruff check .
$VENV/ruff format --check .

echo "== migrations are up to date"
DJANGO_SETTINGS_MODULE=cms.settings.test $VENV/python manage.py makemigrations --check --dry-run

echo "== production settings pass check --deploy"
SECRET_KEY="check-deploy-$(date +%s)-a-long-random-enough-secret-for-the-check" \
    ALLOWED_HOSTS=lab.example.org DJANGO_SETTINGS_MODULE=cms.settings.production \
    $VENV/python manage.py check --deploy --fail-level WARNING

if [[ -z "${ELASTICSEARCH_URL:-}" ]]; then
    echo "== starting a throwaway Elasticsearch node"
    export LAB_ES_INSTANCE="${LAB_ES_INSTANCE:-test}" LAB_ES_PORT="${LAB_ES_PORT:-9250}"
    ELASTICSEARCH_URL=$(bash scripts/elasticsearch.sh start | tail -n 1)
    export ELASTICSEARCH_URL
    trap 'bash scripts/elasticsearch.sh stop' EXIT
fi
export LAB_INDEX_PREFIX="${LAB_INDEX_PREFIX:-labtest-$$}"
echo "== pytest (database: ${DATABASE_URL:-SQLite}, Elasticsearch: $ELASTICSEARCH_URL)"
$VENV/pytest "$@"
