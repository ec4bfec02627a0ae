# SIPERA developer commands. A fresh machine needs only `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DIR ?= demo-data

.PHONY: run test bench screenshots dist lint translations demo clean venv

venv: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	test -f $(DEMO_DIR)/sipera.sqlite || $(BIN)/sipera --data-dir $(DEMO_DIR) demo --records 2000

run: demo
	$(BIN)/sipera --data-dir $(DEMO_DIR) gui

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.benchmarks

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m desktop_app.ui.screenshots screenshots

translations: $(STAMP)
	$(BIN)/python -m desktop_app.ui.i18n_tools

lint: $(STAMP)
	$(BIN)/ruff check desktop_app tests

dist: $(STAMP)
	bash installer/build.sh

clean:
	rm -rf build dist $(DEMO_DIR) screenshots .pytest_cache
