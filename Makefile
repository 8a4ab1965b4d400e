# OSB Basın — the two commands a fresh machine needs are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-slow lint bench clean bundle bundle-test i18n mutants

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
	$(BIN)/mypy osbpress ui bench
	$(BIN)/lint-imports

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
	rm -rf $(VENV) build dist *.egg-info

# The desktop bundle for this OS (PyInstaller does not cross-compile), built
# from build.spec into dist/osbpress/ with its own venv so the dev venv and CI
# never carry PyInstaller.
BUNDLE_VENV := .venv-bundle
BUNDLE_STAMP := $(BUNDLE_VENV)/.installed

$(BUNDLE_STAMP): requirements.lock
	$(PYTHON) -m venv $(BUNDLE_VENV)
	$(BUNDLE_VENV)/bin/python -m pip install --quiet -r requirements.lock pyinstaller==6.22.3 pyinstaller-hooks-contrib==2026.9
	touch $(BUNDLE_STAMP)

bundle: $(BUNDLE_STAMP)
	$(BUNDLE_VENV)/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build build.spec

# The frozen programs, run as an officer would: outside any venv (PATH holds
# only the system folders), with their own empty data folder. The console
# tool writes the sample and renders it to every format; the app opens the
# sample headless and saves a screenshot.
ifeq ($(shell uname),Darwin)
FROZEN := dist/OSB Basın.app/Contents/MacOS
else
FROZEN := dist/osbpress
endif
BUNDLE_TEST := build/bundle-test
FROZEN_ENV := env -i PATH=/usr/bin:/bin HOME="$(CURDIR)/$(BUNDLE_TEST)" OSBPRESS_HOME="$(CURDIR)/$(BUNDLE_TEST)/home" LANG=C.UTF-8

bundle-test:
	rm -rf $(BUNDLE_TEST) && mkdir -p $(BUNDLE_TEST)/out
	$(FROZEN_ENV) "$(FROZEN)/osbpress" --version
	$(FROZEN_ENV) "$(FROZEN)/osbpress" sample -o $(BUNDLE_TEST)/ornek.json
	$(FROZEN_ENV) "$(FROZEN)/osbpress" sample --profile -o $(BUNDLE_TEST)/profil.json
	$(FROZEN_ENV) "$(FROZEN)/osbpress" render --format pdf,docx,html,txt --profile $(BUNDLE_TEST)/profil.json -o $(BUNDLE_TEST)/out $(BUNDLE_TEST)/ornek.json
	ls $(BUNDLE_TEST)/out/*.pdf $(BUNDLE_TEST)/out/*.docx $(BUNDLE_TEST)/out/*.html $(BUNDLE_TEST)/out/*.txt
	grep -q "Kahramanmaraş" $(BUNDLE_TEST)/out/*.txt
	ls "$(FROZEN)"/_internal/_rl_accel*  # reportlab's accelerators came along
	$(FROZEN_ENV) QT_QPA_PLATFORM=offscreen "$(FROZEN)/osbpress-app" --screenshot $(BUNDLE_TEST)/ekran.png
	test -s $(BUNDLE_TEST)/ekran.png
	du -sh "$(FROZEN)"
