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

# The main screens are also photographed in the pseudo-translation and right to left.
LOCALE_SHOTS = main-window case-view-overview case-view-intake intake-02-identity sign-in

screenshots: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m tools.screenshots
	QT_QPA_PLATFORM=offscreen $(PY) -m tools.screenshots --language pseudo --prefix pseudo- \
	  --only $(LOCALE_SHOTS)
	QT_QPA_PLATFORM=offscreen $(PY) -m tools.screenshots --language pseudo_rtl --prefix rtl- \
	  --only $(LOCALE_SHOTS)

# Translations: `make i18n` refreshes every resources/i18n/*.ts from the sources (translators
# then edit them in Qt Linguist): the text marked in code, plus the text declared as data (field
# labels, choices; shipped definition files), which tools/i18n_declared.py writes out for lupdate.
# `make translations` builds the .qm files the app loads (tools/i18n_guard.py first leaves out
# any translation whose {placeholders} differ from the English), and the pseudo-translations that
# prove the pipeline (`intake-app --language pseudo`, or pseudo_rtl for right to left).
# Copy confidential_intake_en_GB.ts to confidential_intake_<lang>.ts to start a new language.
DECLARED = build/i18n/declared_strings.py
SOURCE_TS = resources/i18n/confidential_intake_en_GB.ts

i18n: $(STAMP)
	$(PY) -m tools.i18n_declared $(DECLARED)
	for ts in resources/i18n/*.ts; do \
	  $(VENV)/bin/pyside6-lupdate $$(find intake_app -name '*.py' | sort) $(DECLARED) -ts $$ts; \
	done

translations: $(STAMP)
	for ts in resources/i18n/*.ts; do \
	  name=$$(basename $$ts .ts); \
	  $(PY) -m tools.i18n_guard $$ts build/i18n/$$name.ts && \
	  $(VENV)/bin/pyside6-lrelease -silent build/i18n/$$name.ts -qm resources/i18n/$$name.qm; \
	done
	$(PY) -m tools.pseudo_locale $(SOURCE_TS) build/i18n/confidential_intake_pseudo.ts
	$(PY) -m tools.pseudo_locale --rtl $(SOURCE_TS) build/i18n/confidential_intake_pseudo_rtl.ts
	for lang in pseudo pseudo_rtl; do \
	  $(VENV)/bin/pyside6-lrelease -silent build/i18n/confidential_intake_$$lang.ts \
	    -qm resources/i18n/confidential_intake_$$lang.qm; \
	done

clean:
	rm -rf $(VENV) build *.egg-info
