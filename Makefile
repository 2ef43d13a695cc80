# kuf.samportal: two commands for a newcomer.
#   make start   install, create the site with demo content, serve it
#   make test    install, lint and run the whole test suite
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8080
HOST ?= 127.0.0.1
SITE_ID ?= samportal
export PORT HOST SITE_ID N
INSTALLED := $(VENV)/.installed

.PHONY: help
help: ## Show the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(INSTALLED): setup.py constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "Python 3.11 eller senare krävs (PYTHON=$(PYTHON))."; exit 1; }
	@bash scripts/system-deps.sh
	@echo "==> Skapar $(VENV) och installerar de låsta versionerna (constraints.txt)"
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/pip install -q -c constraints.txt pip setuptools wheel
	@$(BIN)/pip install -q -c constraints.txt -e ".[test]"
	@touch $@

.PHONY: install
install: $(INSTALLED) ## Create .venv with the pinned packages

.PHONY: instance
instance: install ## Write the instance configuration (instance/etc)
	@$(BIN)/python scripts/instance.py

.PHONY: site
site: instance ## Create or update the site, add demo users and content
	@$(BIN)/python scripts/storage.py prepare
	@$(BIN)/zconsole run instance/etc/zope.conf scripts/create_site.py

.PHONY: start
start: site ## Install, create the site and serve it on http://localhost:$(PORT)/samportal
	@echo "==> Portalen körs på http://localhost:$(PORT)/$(SITE_ID) (Ctrl-C avslutar)"
	@$(BIN)/runwsgi instance/etc/zope.ini

# Operations (README, "Running it in production"). The storage is chosen by
# RELSTORAGE_DSN as for `make start`.
N ?= 2

.PHONY: cluster
cluster: site ## N instances (N=2) on PostgreSQL behind HAProxy on PORT
	@$(BIN)/python scripts/cluster.py

.PHONY: migrate-to-postgres
migrate-to-postgres: install ## Copy instance/var's FileStorage and blobs into RELSTORAGE_DSN
	@$(BIN)/python scripts/storage.py migrate
	@$(BIN)/python scripts/instance.py

.PHONY: pack
pack: install ## Pack the database (for cron; PACK_DAYS)
	@$(BIN)/python scripts/storage.py pack

.PHONY: backup
backup: install ## Back up the database and blobs to BACKUP_DIR (for cron)
	@$(BIN)/python scripts/storage.py backup

.PHONY: restore
restore: install ## Restore a backup (RESTORE_FROM, default the newest) into a new place
	@$(BIN)/python scripts/storage.py restore
	@$(BIN)/python scripts/instance.py

.PHONY: verify
verify: instance ## Check every object, file and signature of the site
	@$(BIN)/zconsole run instance/etc/zope.conf scripts/inventory.py

.PHONY: lint
lint: install ## ruff: lint and formatting
	@$(BIN)/ruff check src tests scripts
	@$(BIN)/ruff format --check src tests scripts

node_modules/.installed: package.json package-lock.json
	@bash scripts/system-deps.sh --test
	@npm ci --no-audit --no-fund --silent
	@touch $@

.PHONY: test
test: lint node_modules/.installed ## Run the whole test suite (browser tests included)
	@$(BIN)/pytest $(PYTEST_ARGS)

.PHONY: remind
remind: install ## Remind justerare the day before the comment deadline (for cron)
	@$(BIN)/zconsole run instance/etc/zope.conf scripts/remind.py

.PHONY: bench
bench: install ## Every page against a stock Plone site, both served (BENCH_DIR, ROUNDS)
	@$(BIN)/python scripts/bench.py $(ROUNDS)

.PHONY: loadtest
loadtest: install ## Open-model load test: 1 instance, and 2 on RelStorage (RATES, STEP)
	@$(BIN)/python scripts/loadtest.py

.PHONY: demo-scale
demo-scale: install ## Ten years of content (SCALE=1; 0.1 builds a tenth) against the demo site
	@$(BIN)/python scripts/demo_scale.py $(ROUNDS)

.PHONY: bench-protokoll
bench-protokoll: install ## Benchmark the protocol view against a Document in the portal
	@$(BIN)/python scripts/bench_protokoll.py $(ROUNDS)

.PHONY: bench-uppfoljning
bench-uppfoljning: install ## Benchmark the follow-up roll-up (150 units x 40 questions)
	@$(BIN)/python scripts/bench_uppfoljning.py $(ROUNDS)

.PHONY: import-protokoll
import-protokoll: install ## Import historical protocols: DIR=folder GROUP=fvg [REPORT=file.csv]
	@test -n "$(DIR)" || { echo "Ange mappen: make import-protokoll DIR=... GROUP=fvg"; exit 1; }
	@IMPORT_DIR="$(DIR)" IMPORT_GROUP="$(or $(GROUP),fvg)" IMPORT_REPORT="$(REPORT)" \
		$(BIN)/zconsole run instance/etc/zope.conf scripts/import_protokoll.py

.PHONY: bench-import
bench-import: install ## Accuracy and speed of the protocol import parser on the gold set
	@$(BIN)/python scripts/bench_import.py $(ROUNDS)

.PHONY: clean
clean: ## Remove the virtualenv (instance/var, the data, is kept)
	rm -rf $(VENV) src/*.egg-info .pytest_cache .ruff_cache
