# Two entry points: `make run` (set up and launch the app) and `make test` (set up and run all tests).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint bench screenshots i18n translations clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP) translations
	$(PY) -m intake_app

test: $(STAMP)
	$(PY) -m ruff check intake_app tests bench tools packaging
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

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
