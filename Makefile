# Integration Lab: the commands README documents.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
# Where `make demo` serves; the demo Site and absolute links follow it.
HOST ?= 127.0.0.1
PORT ?= 8000
DEMO_URL := http://$(HOST):$(PORT)
# Extra pytest arguments for `make test`, e.g. PYTEST_ARGS="-x -k search".
PYTEST_ARGS ?=

.PHONY: demo test lint system-packages install assets messages migrate elasticsearch elasticsearch-stop bench bench-quick resilience resilience-quick clean

$(VENV)/.installed: pyproject.toml constraints.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c constraints.txt ".[dev]"
	@touch $@

install: $(VENV)/.installed ## Create .venv and install the pinned dependencies

# Leaflet (and axe-core for the browser tests) from the npm registry; postinstall
# copies what the site serves into static/vendor/ (generated, not in git).
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

assets: node_modules/.installed

# The gettext catalogues (locale/*/LC_MESSAGES/django.po) compiled to .mo (not in git).
messages: install
	$(MANAGE) compilemessages --ignore=.venv --ignore=var --ignore=node_modules -v0

migrate: install assets messages
	$(MANAGE) migrate --no-input

demo: export WAGTAILADMIN_BASE_URL = $(DEMO_URL)
demo: migrate ## Set up and serve the demo site on http://$(HOST):$(PORT)/ (SQLite; PORT=8200 to move it)
	$(MANAGE) load_demo
	@echo "Demo: $(DEMO_URL)/  admin: $(DEMO_URL)/admin/ (demo / demo-lab-2026)"
	$(MANAGE) runserver $(HOST):$(PORT)

system-packages: ## The Debian packages the tests need (PostgreSQL, Chromium, gettext, unzip)
	@bash scripts/system_packages.sh

test: system-packages install assets messages ## Everything on a fresh machine: packages, throwaway PostgreSQL and Elasticsearch, the whole suite
	bash scripts/test.sh $(PYTEST_ARGS)

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

elasticsearch: ## Start the local Elasticsearch node in the background; prints its URL
	@bash scripts/elasticsearch.sh start

elasticsearch-stop: ## Stop the local Elasticsearch node
	@bash scripts/elasticsearch.sh stop

bench: install ## Benchmark at the default size (5,000 practices); prints its table
	$(PY) -m bench.run

bench-quick: install ## Small benchmark
	$(PY) -m bench.run --quick

resilience: install ## Resilience drill (node loss, rebuild, 3-node cluster, database loss, malformed requests)
	$(PY) -m bench.resilience

resilience-quick: install ## Short resilience drill
	$(PY) -m bench.resilience --quick

clean:
	rm -rf var db.sqlite3 .pytest_cache node_modules static/vendor
