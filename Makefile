# ChainFill — developer commands. Everything runs inside .venv, created on demand.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: venv setup run test test-slow test-pg test-pg-slow fuzz lint format screenshots bench bundle bundle-test clean translations

venv: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

## Once on a bare Debian/Ubuntu: the system libraries Qt needs (Windows, macOS: nothing).
setup: venv
	tools/linux-deps.sh

## Open the desktop app on the built-in demo database (created on first run).
run: venv
	@if [ "$$(uname -s)" = Linux ] && command -v ldconfig >/dev/null \
	    && ! ldconfig -p | grep -q 'libxcb-cursor\.so\.0'; then \
	  echo "Qt needs system libraries that are missing (libxcb-cursor0 and others)."; \
	  echo "Run once:  make setup   (installs them with apt-get; asks for sudo)"; \
	  exit 1; fi
	$(BIN)/chainfill gui --demo

# One pytest worker per core (pytest-xdist); a test file's tests stay on one worker, so its
# module fixtures (a demo database, a trained model) are built once.
PYTEST := QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -n auto --dist loadfile

## Lint, import contract, type check and the test suite (Qt offscreen) without the tests
## marked slow: the command developers run many times a day, within 5 minutes. CI runs it,
## then `make test-slow`, `make test-pg` and `make test-pg-slow`.
test: venv lint
	$(PYTEST) -m "not slow"

## The tests marked slow (crash-safety kills, fuzzing, the offline check: kills and
## subprocesses, a minute and more each on two cores); CI runs them after `make test`.
test-slow: venv
	$(PYTEST) -m slow

## The whole suite (but the tests marked slow) on PostgreSQL, on a throwaway server (needs
## Debian's postgresql package: initdb and pg_ctl; tests/pgserver.py): every `db`, `db_target`
## and `new_db_target` fixture is a database on it. Tests about one engine say so:
## @pytest.mark.sqlite_only("why") is skipped here, @pytest.mark.postgresql("why") in
## `make test`, each with its reason in the summary. `make test` stays SQLite-only.
## Measured 2026-12-08 on the 2-core machine (load ≈ 2.7): 1,451 passed, 39 skipped in
## 9.7 min, against 8.5 min for `make test` at the same load (SQLite, the same tests but the
## server-only ones; 5 min on a quiet machine).
test-pg: venv
	$(PYTEST) --engine=postgresql -m "not slow"

## The tests marked slow on PostgreSQL: those of a database (a client killed inside its
## import, the catalog refresh, the dossier batch); the ones about SQLite's file, the file
## readers' fuzzing and the offline check skip with their reason. 65 s; CI runs it.
test-pg-slow: venv
	$(PYTEST) --engine=postgresql -m slow

## Style, the import contract and the type checker (mypy over catalog, scoring, app, cli).

## Random exploration with hypothesis (non-blocking; `make test` runs derandomized).
## Add anything it finds to the test as an @example.
fuzz: venv
	HYPOTHESIS_PROFILE=explore QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q tests/test_fuzz.py tests/test_hostile_properties.py

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/mypy

format: venv
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

## The UI catalogues: lupdate over ui/ into build/translations/chainfill_{zh_CN,en}.ts (build
## products), filled from the fragments resources/translations/*_zh_CN.xml (one home per
## message), compiled to resources/translations/*.qm (committed: what the app loads).
translations: venv
	$(BIN)/python -m ui.i18n_tool build
	# The core's messages (app/, scoring/, catalog/): Chinese source, English gettext catalog.
	$(BIN)/python -m resources.i18n_tool update
	$(BIN)/python -m resources.i18n_tool compile
	$(BIN)/python -m resources.i18n_tool check

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
