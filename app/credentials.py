"""Passwords of team databases in the operating system's keyring — never in a file.

The app's connect dialog can keep a password in Windows' Credential Manager, the Secret
Service of a Linux desktop (GNOME Keyring, KWallet) or the macOS Keychain, through the
``keyring`` package. It is a dependency on Windows only: on Linux it would bring a
cryptography stack of its own into a bundle that must stay under 300 MB, so there it is
used when the system's Python packages provide it and otherwise the app asks for the
password each time (libpq's ``PGPASSWORD`` and ``~/.pgpass`` work everywhere). A backend
that would write the password to a plain file (keyrings.alt) or that cannot keep anything
counts as no keyring.

Keys are the database URL without any password (:func:`app.pg.without_password`).
"""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)

SERVICE = "ChainFill 团队数据库"


def _keyring() -> Any | None:
    """The keyring module with a usable, non-plaintext backend, or None."""
    try:
        import keyring  # type: ignore[import-not-found,unused-ignore]  # optional: see the docstring
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
        name = f"{type(backend).__module__}.{type(backend).__name__}".lower()
        priority = float(getattr(backend, "priority", 0) or 0)
    except Exception as exc:  # a broken keyring configuration is "no keyring"
        log.info("keyring unusable: %s", exc)
        return None
    if priority <= 0 or any(bad in name for bad in ("fail", "null", "plaintext", "keyrings.alt")):
        return None
    return keyring


def available() -> bool:
    return _keyring() is not None


def lookup(key: str) -> str | None:
    kr = _keyring()
    if kr is None:
        return None
    try:
        value = kr.get_password(SERVICE, key)
    except Exception as exc:  # a locked or absent keyring daemon: ask instead
        log.info("keyring lookup failed: %s", exc)
        return None
    return value or None


def store(key: str, password: str) -> bool:
    """Keep ``password`` for ``key``; False when there is no keyring or it refused."""
    kr = _keyring()
    if kr is None:
        return False
    try:
        kr.set_password(SERVICE, key, password)
    except Exception as exc:
        log.info("keyring store failed: %s", exc)
        return False
    return True


def forget(key: str) -> None:
    kr = _keyring()
    if kr is None:
        return
    try:
        kr.delete_password(SERVICE, key)
    except Exception as exc:  # nothing stored, or no daemon: nothing to forget
        log.debug("keyring forget: %s", exc)
