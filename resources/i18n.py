"""The language of the messages below the interface (catalog/, scoring/, app/): stdlib gettext.

Chinese is the source language: ``_("已达标")`` returns the Chinese text itself unless the
desktop app chose English at start-up (``set_language("en")``), when it comes from the compiled
catalog ``resources/locale/en/LC_MESSAGES/chainfill.mo``. The CLI never sets a language, so it
and everything it prints stay Chinese; printed documents (dossiers, appraisal sheets, reports)
are for Chinese readers and are built under :func:`source_language` whatever the interface
speaks.

It lives in resources/ (the lowest layer) because scoring/'s explanations reach the screen too
and scoring may not import app/. ``make translations`` extracts the marked messages and
compiles the catalog (``python -m resources.i18n_tool``); nothing here needs Qt.

Marking: ``_()`` for a message formed where it is shown (placeholders by name, filled with
``.format()`` after translation, never an f-string inside ``_()``); ``N_()`` for a label kept
in a table (stored, compared or parsed as Chinese) and translated where it is shown with
``_()``; ``ngettext()`` where English needs a plural.
"""

from __future__ import annotations

import contextlib
import functools
import gettext
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from typing import ParamSpec, TypeVar

from resources import path as _resource_path

DOMAIN = "chainfill"
SOURCE = "zh_CN"
LANGUAGES = (SOURCE, "en")

_language = SOURCE
# A printed document's builder forces Chinese in its own thread (a worker) without changing
# the interface's language elsewhere.
_override: ContextVar[str | None] = ContextVar("chainfill_message_language", default=None)
_catalogs: dict[str, gettext.NullTranslations] = {}

P = ParamSpec("P")
R = TypeVar("R")


def locale_dir() -> str:
    return str(_resource_path("locale"))


def _catalog(language: str) -> gettext.NullTranslations:
    found = _catalogs.get(language)
    if found is None:
        if language == SOURCE:
            found = gettext.NullTranslations()
        else:
            found = gettext.translation(DOMAIN, locale_dir(), languages=[language], fallback=True)
        _catalogs[language] = found
    return found


def set_language(language: str) -> str:
    """Put ``language`` (``zh_CN`` or ``en``; anything else means Chinese) in force."""
    global _language
    _language = language if language in LANGUAGES else SOURCE
    return _language


def language() -> str:
    """The language messages are given in now (in this thread)."""
    return _override.get() or _language


def is_source() -> bool:
    return language() == SOURCE


def _(message: str) -> str:
    """``message`` (Chinese) in the language in force."""
    if not message:
        return message
    return _catalog(language()).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of ``singular``/``plural`` (Chinese: the same text) for ``n``."""
    return _catalog(language()).ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Mark ``message`` for the catalog without translating it (tables of labels)."""
    return message


@contextlib.contextmanager
def source_language() -> Iterator[None]:
    """Give messages in Chinese inside the block (printed documents), in this thread only."""
    token = _override.set(SOURCE)
    try:
        yield
    finally:
        _override.reset(token)


def in_source_language(fn: Callable[P, R]) -> Callable[P, R]:
    """Decorate a builder of a printed document: it speaks Chinese whatever the UI does."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        with source_language():
            return fn(*args, **kwargs)

    return wrapper
