# BPRG portal — `make help` lists the targets.
SHELL := /bin/bash
# python3.11 when there is one, else python3 if it is 3.11 or newer (Ubuntu
# 24.04's 3.12, Debian 13's 3.13). PYTHON=... on the command line wins.
PYTHON ?= $(shell command -v python3.11 2>/dev/null || { python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null && command -v python3; })
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | md5sum | cut -c1-12)
HOST ?= 127.0.0.1
PORT ?= 8000

.DEFAULT_GOAL := help
.PHONY: help install run serve migrate demo test test-browser lint format check messages compilemessages audit bench backup restore clean

help: ## List the targets
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  \033[36m%-16s\033[0m %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@test -n "$(PYTHON)" || { echo "Python 3.11 or newer is needed: neither python3.11 nor a python3 >= 3.11 was found (or set PYTHON=/path/to/python)"; exit 1; }
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Python 3.11 or newer is needed ($(PYTHON) is older)"; exit 1; }
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

install: $(STAMP) ## Create .venv and install the project with its dev tools

migrate: install ## Apply migrations (and add the per-language page columns)
	$(MANAGE) migrate --noinput

demo: migrate ## Create the demo admin (only if none exists) and the demo content
	$(MANAGE) ensure_demo_admin
	$(MANAGE) load_demo_content

run: demo ## Install, migrate, load demo content and serve http://127.0.0.1:8000 (SQLite unless DATABASE_URL is set)
	@echo "Serving the BPRG portal at http://$(HOST):$(PORT)/ (admin: http://$(HOST):$(PORT)/admin/)"
	$(MANAGE) runserver $(HOST):$(PORT)

serve: install ## Serve without touching the database
	$(MANAGE) runserver $(HOST):$(PORT)

test: install ## Run the test suite (SQLite unless DATABASE_URL is set; browser tests need /usr/bin/chromium)
	$(BIN)/pytest -n auto $(PYTEST_ARGS)

# The benchmark's own PostgreSQL database (built once, reused; drop it to rebuild).
BENCH_DB ?= bprg_bench
BENCH_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/$(BENCH_DB)
BENCH_SCALE ?= 1
BENCH_ARGS ?=

bench: install ## Benchmark every page type at ten times BPRG's size (BENCH_SCALE=1) on PostgreSQL, then through Varnish; table + bench-results/results.json
	-createdb -h 127.0.0.1 -U postgres $(BENCH_DB) 2>/dev/null
	DATABASE_URL=$(BENCH_DATABASE_URL) DJANGO_SETTINGS_MODULE=bbg_site.settings.bench $(MANAGE) migrate --noinput
	DATABASE_URL=$(BENCH_DATABASE_URL) DJANGO_SETTINGS_MODULE=bbg_site.settings.bench MEDIA_ROOT=$(CURDIR)/bench-results/media \
		$(MANAGE) bench --scale $(BENCH_SCALE) $(BENCH_ARGS)

backup: install ## One dated archive (PostgreSQL dump + media) in BACKUP_DIR (./backups), and BACKUP_S3_BUCKET if set
	$(MANAGE) backup

restore: install ## Bring the database and media back to FILE=backups/bprg-backup-....tar.gz (replaces them)
	@test -n "$(FILE)" || { echo "Usage: make restore FILE=backups/bprg-backup-YYYYMMDD-HHMMSS.tar.gz"; exit 1; }
	$(MANAGE) restore "$(FILE)"

lint: install ## Ruff lint and format check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install ## Apply ruff's fixes and formatting
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

messages: install ## Extract interface strings into locale/*/LC_MESSAGES/django.po
	$(MANAGE) makemessages --no-obsolete --no-location -l sq -l sr_Latn -i ".venv/*" -i "staticfiles/*" -i "media/*"
	$(MANAGE) cyrillic_catalogue  # locale/sr_Cyrl from sr_Latn (bbg_site/cyrillic.py)

compilemessages: install ## Compile .po into .mo (needs gettext's msgfmt)
	$(MANAGE) compilemessages --ignore=".venv/*"

audit: install ## pip-audit every pinned dependency against PyPI's vulnerability data (fails if one cannot be checked)
	$(BIN)/python -c 'import tomllib; p = tomllib.load(open("pyproject.toml", "rb"))["project"]; print("\n".join(p["dependencies"] + p["optional-dependencies"]["dev"]))' > $(VENV)/audit-requirements.txt
	$(BIN)/pip-audit --strict --progress-spinner off --no-deps --disable-pip -r $(VENV)/audit-requirements.txt

check: lint ## Lint, format check, Django checks, migrations check, compilemessages, tests
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run
	$(MAKE) compilemessages
	$(MAKE) test

clean: ## Remove the virtualenv, the SQLite database, media and caches
	rm -rf $(VENV) db.sqlite3 media .test-media staticfiles .pytest_cache .ruff_cache
