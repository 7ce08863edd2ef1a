"""Test set-up: Qt offscreen, every ChainFill path redirected to a temporary folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

# Must be set before anything imports Qt: without a display pytest would abort (exit 134).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from hypothesis import settings

# A randomized test must not decide whether a submission lands: with CI=true (and by default
# in `make test`) hypothesis is derandomized — the same examples on every run, no example
# database. `make fuzz` (HYPOTHESIS_PROFILE=explore) is the separate, non-blocking random
# exploration; whatever it finds is committed as an @example.
settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
settings.register_profile("explore", max_examples=500, database=None, print_blob=True)
_profile = os.environ.get("HYPOTHESIS_PROFILE") or "ci"
settings.load_profile(_profile)

ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def builtin_model_folder(tmp_path_factory) -> Path:
    """The built-in classifier (shipped training configuration), trained once.

    Every CLI subprocess starts with an empty data folder and would train it again (~25 s).
    It is trained once, under a lock shared by the pytest-xdist workers, and each test's data
    folder links to it (see ``_isolated_paths``). The trained model is kept between runs in
    ``.pytest_cache/`` (git ignores it): its folder is named by a key over the catalog, the
    training vocabularies and configuration and the scoring code itself
    (``app.classification._builtin_key``), so a change to any of them trains anew, as the
    app's own cache does. A fresh clone (CI) trains it once.
    """
    import catalog
    from app import classification, paths

    shared = ROOT / ".pytest_cache" / "chainfill"
    shared.mkdir(parents=True, exist_ok=True)
    home = shared / "builtin-model-home"
    with (shared / "builtin-model.lock").open("w") as lock:
        if sys.platform != "win32":
            import fcntl

            fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        saved = classification.TRAINING_CONFIG
        classification.TRAINING_CONFIG = None
        paths.override(home=home)
        try:
            classification.builtin_model()  # the first worker trains and saves; others load
            key = classification._builtin_key(catalog.load_default(), classification.BUILTIN_SEED)
        finally:
            paths.override(home=None)
            classification.TRAINING_CONFIG = saved
    folder = home / "models" / f"builtin-{key}"
    assert (folder / "model.json").is_file()
    return folder


@pytest.fixture(autouse=True)
def _isolated_paths(tmp_path_factory, monkeypatch, builtin_model_folder):
    """No test touches the real user-data folder; the built-in model is there already."""
    from app import paths

    home = tmp_path_factory.mktemp("home")
    models = home / "models"
    models.mkdir()
    (models / builtin_model_folder.name).symlink_to(builtin_model_folder, target_is_directory=True)
    monkeypatch.setenv("CHAINFILL_HOME", str(home))
    monkeypatch.delenv("CHAINFILL_DB", raising=False)
    paths.override(home=home)
    yield home
    paths.override(home=None, db=None)


def pytest_addoption(parser):
    parser.addoption(
        "--engine",
        choices=("sqlite", "postgresql"),
        default=os.environ.get("CHAINFILL_TEST_ENGINE", "sqlite"),
        help="database engine of the `db` fixture; postgresql also runs the tests marked "
        "postgresql, on a throwaway server (tests/pgserver.py)",
    )


def _engine_reason(item, name: str) -> str | None:
    """The reason an engine-specific test gives (``@pytest.mark.sqlite_only("why")``)."""
    mark = item.get_closest_marker(name)
    if mark is None:
        return None
    reason = mark.kwargs.get("reason") or (mark.args[0] if mark.args else "")
    if not reason:  # an engine-specific test says why (issue #13)
        raise pytest.UsageError(f"{item.nodeid}: @pytest.mark.{name} needs a reason")
    return str(reason)


def pytest_collection_modifyitems(config, items):
    """Every test runs on both engines but those marked for one: ``sqlite_only(reason)``
    (the SQLite file itself: locking, PRAGMA, FTS5, sqlite3's own tools) is skipped with
    --engine=postgresql, ``postgresql(reason)`` (a server: roles, LISTEN, pg_dump) without it."""
    pg = config.getoption("--engine") == "postgresql"
    for item in items:
        sqlite_reason = _engine_reason(item, "sqlite_only")
        pg_reason = _engine_reason(item, "postgresql")
        if pg and sqlite_reason is not None:
            item.add_marker(pytest.mark.skip(reason=f"SQLite only: {sqlite_reason}"))
        elif not pg and pg_reason is not None:
            item.add_marker(
                pytest.mark.skip(
                    reason=f"PostgreSQL only ({pg_reason}): run with --engine=postgresql"
                )
            )


@pytest.fixture(scope="session")
def pg_server():
    """A throwaway PostgreSQL server for this test session (skips when not installed)."""
    from tests.pgserver import Server, find_bindir

    bindir = find_bindir()
    if bindir is None:
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) are not installed")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("psycopg is not installed")
    server = Server(bindir)
    try:
        server.start()
    except Exception as exc:
        server.stop()
        pytest.fail(f"could not start the throwaway PostgreSQL server: {exc}")
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server) -> str:
    """The URL of a new, empty PostgreSQL database."""
    return pg_server.new_database()


@pytest.fixture
def engine(request) -> str:
    return request.config.getoption("--engine")


@pytest.fixture
def db(request, tmp_path):
    """A fresh, migrated database: a SQLite file, or with --engine=postgresql a new database
    on the throwaway server."""
    from app.db import Database

    if request.config.getoption("--engine") == "postgresql":
        target = request.getfixturevalue("pg_url")
    else:
        target = tmp_path / "test.sqlite"
    database = Database(target)
    yield database
    database.close()


@pytest.fixture
def db_target(request, tmp_path) -> str:
    """Where a test's fresh database goes (for ``--db`` or ``Database``): a file, or with
    --engine=postgresql a new database on the throwaway server."""
    if request.config.getoption("--engine") == "postgresql":
        return request.getfixturevalue("pg_url")
    return str(tmp_path / "test.sqlite")


@pytest.fixture
def new_db_target(request, tmp_path):
    """A function giving the target of one more fresh database per call (``db`` and
    ``db_target`` are the same one within a test): files in tmp_path, or new databases on
    the throwaway server."""
    pg = request.config.getoption("--engine") == "postgresql"
    server = request.getfixturevalue("pg_server") if pg else None
    count = iter(range(1, 1000))

    def make(name: str = "other") -> str:
        if server is not None:
            return server.new_database()
        return str(tmp_path / f"{name}-{next(count)}.sqlite")

    return make


@pytest.fixture(scope="session")
def target_factory(request, tmp_path_factory):
    """For module-scoped databases (a demo built once per test file): a function giving a new
    target named ``name``: a file in a fresh temporary folder, or with --engine=postgresql a
    new database on the throwaway server. :func:`tests.db_helpers.copy_target` copies one."""
    pg = request.config.getoption("--engine") == "postgresql"
    server = request.getfixturevalue("pg_server") if pg else None

    def make(name: str = "demo") -> str:
        if server is not None:
            return server.new_database()
        return str(tmp_path_factory.mktemp(name) / f"{name}.sqlite")

    return make


@pytest.fixture
def as_person(monkeypatch):
    """Who is at the keyboard (本人信息): 张三, switched by calling the fixture with a name
    (the office and the field laptop of the sync tests)."""
    from app import people

    def switch(name: str) -> None:
        monkeypatch.setattr(people, "whoami", lambda: name)

    switch("张三")
    return switch


@pytest.fixture(scope="session")
def ui_catalogues(tmp_path_factory) -> dict[str, Path]:
    """What `make translations` builds from ui/ and the fragments now: {lang: .ts, lang.qm: .qm}.

    The merged .ts files are build products (not committed); the tests read these instead.
    """
    from ui import i18n_tool

    out = tmp_path_factory.mktemp("translations")
    built: dict[str, Path] = dict(i18n_tool.build(out, out))
    for lang in i18n_tool.LANGUAGES:
        built[f"{lang}.qm"] = out / f"chainfill_{lang}.qm"
    return built


@pytest.fixture
def shared_data() -> Path:
    """../shared/data, or skip when the shared folder is absent."""
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is not present")
    return SHARED_DATA


def run_cli(*args: str, env: dict[str, str] | None = None, input: bytes | None = None):
    """Run ``python -m cli`` as a subprocess; returns CompletedProcess with text output."""
    import subprocess

    full_env = {**os.environ, **(env or {})}
    full_env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return subprocess.run(
        [sys.executable, "-m", "cli", *args],
        cwd=ROOT,
        env=full_env,
        capture_output=True,
        input=input,
        timeout=600,
    )
