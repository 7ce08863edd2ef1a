# ChainFill — developer commands. Everything runs inside .venv, created on demand.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: venv run test lint format screenshots bench bundle bundle-test clean

venv: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

## Open the desktop app on the built-in demo database (created on first run).
run: venv
	$(BIN)/chainfill gui --demo

## Lint, import contract and the whole test suite (Qt offscreen).
test: venv lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

format: venv
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

screenshots: venv
	$(BIN)/python bench/screenshots.py --out screenshots

bench: venv
	$(BIN)/python bench/run_all.py

bundle: venv
	$(BIN)/pyinstaller --noconfirm --clean build.spec

bundle-test: bundle
	$(BIN)/python bench/bundle_smoke.py

clean:
	rm -rf build dist .pytest_cache screenshots
