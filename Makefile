# Two entry points: `make run` (set up and launch the app) and `make test` (set up and run all tests).
# While working: `make check` (lint, types and every test but the slow ones) is the inner loop;
# `make lint` and `make types` run one part of it.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test check lint types bench screenshots i18n translations clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP) translations
	$(PY) -m intake_app

test: lint types
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

# The slow marker (pyproject.toml) holds the crash loop and strace runs: minutes, not seconds.
check: lint types
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m "not slow"

lint: $(STAMP)
	$(PY) -m ruff check intake_app tests bench tools packaging typings

# What mypy checks, and how strictly, is set in pyproject.toml ([tool.mypy]).
types: $(STAMP)
	$(PY) -m mypy

bench: $(STAMP)
	$(PY) -m bench

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m tools.screenshots

# Translations: `make i18n` refreshes every resources/i18n/*.ts from the sources (translators
# then edit them in Qt Linguist); `make translations` builds the .qm files the app loads.
# Copy confidential_intake_en_GB.ts to confidential_intake_<lang>.ts to start a new language.
i18n: $(STAMP)
	for ts in resources/i18n/*.ts; do \
	  $(VENV)/bin/pyside6-lupdate $$(find intake_app/ui -name '*.py') intake_app/app.py -ts $$ts; \
	done

translations: $(STAMP)
	for ts in resources/i18n/*.ts; do $(VENV)/bin/pyside6-lrelease -silent $$ts; done

clean:
	rm -rf $(VENV) build *.egg-info
