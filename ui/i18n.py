"""The user interface language: Qt translators for ChainFill's own strings and Qt's dialogs,
and the core's message language (resources.i18n, gettext) set to match.

Source strings are English; Chinese (zh_CN) is the default language. The compiled catalogues
live in resources/translations (``make translations`` rebuilds them from the .ts files).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

import resources
from resources import i18n as core_i18n

LANGUAGES = {"zh_CN": "中文", "en": "English"}
DEFAULT = "zh_CN"

_current = DEFAULT
_installed: list[QTranslator] = []


def current() -> str:
    """The language code in force: ``zh_CN`` or ``en``."""
    return _current


def is_chinese() -> bool:
    return _current == "zh_CN"


def qm_path(language: str) -> str:
    return str(resources.path("translations", f"chainfill_{language}.qm"))


def install(language: str) -> bool:
    """Install the translators for ``language``; returns False if ChainFill's .qm is missing."""
    global _current
    app = QCoreApplication.instance()
    if language not in LANGUAGES:
        language = DEFAULT
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _current = language
    core_i18n.set_language(language)  # the messages of app/ and scoring/ (gettext) follow
    QLocale.setDefault(
        QLocale(QLocale.Language.Chinese, QLocale.Country.China)
        if language == "zh_CN"
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    )
    ok = True
    own = QTranslator(app)
    if own.load(qm_path(language)):
        app.installTranslator(own)
        _installed.append(own)
    else:
        ok = False
    if language == "zh_CN":
        # Qt's own strings (OK/Cancel, the file dialog, the print dialog) in Chinese as well.
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt = QTranslator(app)
        if qt.load("qtbase_zh_CN", qt_dir):
            app.installTranslator(qt)
            _installed.append(qt)
    return ok
