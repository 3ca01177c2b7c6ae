# Integration Lab: the commands README documents.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py

.PHONY: demo test lint install assets messages migrate elasticsearch elasticsearch-stop bench bench-quick resilience resilience-quick clean

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

demo: migrate ## Set up and serve the demo site on http://127.0.0.1:8000/ (SQLite)
	$(MANAGE) load_demo
	@echo "Demo: http://127.0.0.1:8000/  admin: http://127.0.0.1:8000/admin/ (demo / demo-lab-2026)"
	$(MANAGE) runserver 127.0.0.1:8000

test: install assets messages ## Lint, checks and the whole test suite (starts a local Elasticsearch)
	bash scripts/test.sh

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
