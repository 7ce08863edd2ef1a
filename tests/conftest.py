"""Test set-up: Qt offscreen, every ChainFill path redirected to a temporary folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

# Must be set before anything imports Qt: without a display pytest would abort (exit 134).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture(autouse=True)
def _isolated_paths(tmp_path_factory, monkeypatch):
    """No test touches the real user-data folder."""
    from app import paths

    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("CHAINFILL_HOME", str(home))
    monkeypatch.delenv("CHAINFILL_DB", raising=False)
    paths.override(home=home)
    yield home
    paths.override(home=None, db=None)


@pytest.fixture
def db(tmp_path):
    """A fresh, migrated database."""
    from app.db import Database

    database = Database(tmp_path / "test.sqlite")
    yield database
    database.close()


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
