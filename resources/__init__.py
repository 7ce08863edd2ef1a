"""Locate ChainFill's data files, from source and from a frozen (PyInstaller) build.

This is the one place that knows where data files live; every other module asks here.
"""

from __future__ import annotations

import sys
from pathlib import Path


def root() -> Path:
    """The folder that holds the resource files."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent


def path(*parts: str) -> Path:
    """Path of a resource file, e.g. ``path("catalog", "catalog.toml")``."""
    return root().joinpath(*parts)
