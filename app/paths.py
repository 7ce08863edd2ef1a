"""Every path ChainFill uses, in one place (after qutebrowser's standarddir).

Defaults come from platformdirs; ``CHAINFILL_DB`` / ``--db`` override the database and
``CHAINFILL_HOME`` (or :func:`override`) redirects every folder, which the tests use.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "ChainFill"
_overrides: dict[str, Path] = {}


def override(**folders: str | os.PathLike[str] | None) -> None:
    """Redirect folders (``home``, ``db``); ``None`` clears an override."""
    for key, value in folders.items():
        if value is None:
            _overrides.pop(key, None)
        else:
            _overrides[key] = Path(value)


def data_dir() -> Path:
    """The user-data folder (databases, backups, models, settings)."""
    if "home" in _overrides:
        base = _overrides["home"]
    elif os.environ.get("CHAINFILL_HOME"):
        base = Path(os.environ["CHAINFILL_HOME"])
    else:
        base = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return base


def _ensure(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def default_db() -> Path:
    """The database used when no ``--db`` is given."""
    if "db" in _overrides:
        return _overrides["db"]
    env = os.environ.get("CHAINFILL_DB")
    if env:
        return Path(env)
    return data_dir() / "chainfill.sqlite"


def default_target() -> str | Path:
    """:func:`default_db`, or the ``postgresql://`` URL that ``CHAINFILL_DB`` names."""
    from app import pg

    env = os.environ.get("CHAINFILL_DB", "")
    if "db" not in _overrides and pg.is_url(env):
        return env.strip()
    return default_db()


def demo_db() -> Path:
    """The built-in demo database that ``make run`` opens."""
    return data_dir() / "demo.sqlite"


def backups_dir() -> Path:
    return _ensure(data_dir() / "backups")


def models_dir() -> Path:
    return _ensure(data_dir() / "models")


def settings_file() -> Path:
    return data_dir() / "settings.json"


def logs_dir() -> Path:
    return _ensure(data_dir() / "logs")
