# SIPERA developer commands. A fresh machine needs only `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DIR ?= demo-data

.PHONY: run test bench eval-duplicates screenshots dist lint translations demo clean venv

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

# precision and recall of the duplicate matcher on a generated labelled set, beside Splink (DuckDB);
# Splink is installed here only, never a runtime dependency of SIPERA
eval-duplicates: $(STAMP)
	$(BIN)/python -m pip install --quiet 'splink>=4' duckdb pyarrow || echo "Splink tidak bisa dipasang: pembanding dilewati"
	$(BIN)/python -m tests.benchmarks.eval_duplicates

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
