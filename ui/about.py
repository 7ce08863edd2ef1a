"""The About dialog (Help → About ChainFill): versions, where the data lives, and licences.

:func:`about_facts` collects the facts without widgets (tested on its own); :func:`show_about`
shows them. The version comes from ``app.__version__``, which mirrors ``pyproject.toml`` (the
single source: the PyInstaller spec reads pyproject too, and tests/test_packaging.py fails if
the two ever differ).
"""

from __future__ import annotations

import contextlib
import importlib
import importlib.util
import inspect
import platform
import sys
from html import escape
from pathlib import Path
from typing import Any

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

import resources
from app import __version__, paths

CONTEXT = "About"

# Third-party software inside the bundle: (name, licence). Qt is LGPLv3: it is shipped as
# separate shared libraries that a user may replace, which is what the LGPL asks for.
LIBRARIES = (
    ("Qt 6 / PySide6", "LGPLv3"),
    ("Python", "PSF License"),
    ("pandas", "BSD 3-Clause"),
    ("scikit-learn", "BSD 3-Clause"),
    ("NumPy", "BSD 3-Clause"),
    ("SciPy", "BSD 3-Clause"),
    ("openpyxl", "MIT"),
    ("sqlite-utils", "Apache 2.0"),
    ("SQLite", "Public Domain"),
    ("platformdirs", "MIT"),
    ("charset-normalizer", "MIT"),
)
FONTS = (("WenQuanYi Micro Hei (文泉驿微米黑)", "Apache 2.0"),)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def catalog_version(parent: QWidget | None = None) -> str:
    """The catalog in force: the open database's (with staff edits), else the shipped file."""
    ctx = getattr(parent, "ctx", None)
    try:
        if ctx is not None and hasattr(ctx, "catalog"):
            return str(ctx.catalog().version)
        from catalog.loader import load_default

        return str(load_default().version)
    except Exception:
        return QCoreApplication.translate("About", "unavailable")


def model_version(db: Any = None) -> str:
    """The direction classifier in use, from ``app.classification.load_model`` when present."""
    if importlib.util.find_spec("app.classification") is None:
        return QCoreApplication.translate("About", "not installed")
    try:
        module = importlib.import_module("app.classification")
        load_model = getattr(module, "load_model", None)
        if load_model is None:
            return QCoreApplication.translate("About", "not installed")
        params = [
            p
            for p in inspect.signature(load_model).parameters.values()
            if p.default is inspect.Parameter.empty
            and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
        ]
        model = load_model(db) if params else load_model()
    except Exception:
        return QCoreApplication.translate("About", "not available (retrain in Tools)")
    if model is None:
        return QCoreApplication.translate("About", "not trained yet")
    tag = getattr(model, "version_tag", None)
    text = tag() if callable(tag) else (tag or getattr(model, "version", None))
    meta = getattr(model, "meta", None)
    meta = meta if isinstance(meta, dict) else {}
    trained = meta.get("trained_at") or meta.get("created")
    parts = [str(text)] if text else []
    if trained:
        parts.append(str(trained)[:10])
    return " · ".join(parts) or QCoreApplication.translate("About", "loaded")


def about_facts(parent: QWidget | None = None) -> list[tuple[str, str]]:
    """(label, value) rows of the About dialog, in display order."""
    ctx = getattr(parent, "ctx", None)
    db_path = getattr(ctx, "db_path", None) or paths.default_db()
    db = getattr(ctx, "db", None)
    frozen = (
        QCoreApplication.translate("About", "installed folder")
        if getattr(sys, "frozen", False)
        else QCoreApplication.translate("About", "from source")
    )
    return [
        (QCoreApplication.translate("About", "Version"), f"{__version__} ({frozen})"),
        (QCoreApplication.translate("About", "Catalog"), catalog_version(parent)),
        (QCoreApplication.translate("About", "Direction classifier"), model_version(db)),
        (QCoreApplication.translate("About", "Database"), str(Path(db_path))),
        (QCoreApplication.translate("About", "Data folder"), str(paths.data_dir())),
        (
            QCoreApplication.translate("About", "Platform"),
            f"Qt {qVersion()} · PySide6 {pyside_version} · Python {platform.python_version()}"
            f" · {platform.system()} {platform.release()}",
        ),
    ]


def licence_html() -> str:
    """The licence notes: shipped fonts and libraries."""
    font_notice = next(iter(sorted(resources.path("fonts").glob("LICENSE*"))), None)
    rows = "".join(
        f"<tr><td>{escape(name)}</td><td>{escape(lic)}</td></tr>" for name, lic in LIBRARIES
    )
    fonts = "".join(
        f"<tr><td>{escape(name)}</td><td>{escape(lic)}</td></tr>" for name, lic in FONTS
    )
    notice = (
        "<p>"
        + escape(QCoreApplication.translate("About", "Font licence text: %1")).replace(
            "%1", escape(str(font_notice))
        )
        + "</p>"
        if font_notice
        else ""
    )
    fonts_title = escape(QCoreApplication.translate("About", "Fonts shipped with ChainFill"))
    libs_title = escape(QCoreApplication.translate("About", "Open-source software used"))
    return (
        f"<h4>{fonts_title}</h4>"
        f"<table cellspacing='0' cellpadding='2'>{fonts}</table>{notice}"
        f"<h4>{libs_title}</h4>"
        f"<table cellspacing='0' cellpadding='2'>{rows}</table>"
        "<p>"
        + escape(
            QCoreApplication.translate(
                "About",
                "Qt is used under the GNU LGPL version 3: its libraries are shipped as separate "
                "files in the program folder and may be replaced. The licence texts are available "
                "from each project.",
            )
        )
        + "</p>"
    )


class AboutDialog(QDialog):
    """Version, catalog and model versions, database path, licences; 'Copy' for support."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("About", "About ChainFill"))
        self.facts = about_facts(parent)

        icon = QLabel()
        pixmap = QPixmap(str(resources.path("icons", "chainfill.png")))
        if not pixmap.isNull():
            side = self.fontMetrics().height() * 4
            icon.setPixmap(
                pixmap.scaled(
                    side,
                    side,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(
            "<h3>"
            + escape(QCoreApplication.translate("About", "ChainFill %1").replace("%1", __version__))
            + "</h3><p>"
            + escape(
                QCoreApplication.translate(
                    "About",
                    "Value-chain gap investment promotion for the Dongguan Municipal Commerce "
                    "Bureau, after the Dongguan Key Emerging Industries Development Plan "
                    "(2018–2025).",
                )
            )
            + "</p>"
        )
        title.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(icon)
        head.addWidget(title, 1)

        self.details = QTextBrowser()
        self.details.setOpenExternalLinks(False)
        self.details.setHtml(self._facts_html() + licence_html())
        self.details.setMinimumSize(
            self.fontMetrics().horizontalAdvance("0") * 70, self.fontMetrics().height() * 22
        )

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(
            QCoreApplication.translate("About", "Copy details"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.copy_button.setToolTip(
            QCoreApplication.translate(
                "About", "Copy the versions and paths, e.g. for a support request"
            )
        )
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)

    def _facts_html(self) -> str:
        rows = "".join(
            f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in self.facts
        )
        return f"<table cellspacing='0' cellpadding='2'>{rows}</table>"

    def details_text(self) -> str:
        """The facts as plain text (what 'Copy details' puts on the clipboard)."""
        return "\n".join(f"{k}: {v}" for k, v in self.facts)

    def copy_details(self) -> None:
        with contextlib.suppress(Exception):  # no clipboard on some headless platforms
            QGuiApplication.clipboard().setText(self.details_text())


def show_about(parent: QWidget | None = None) -> AboutDialog:
    """Open the About dialog (window-modal, does not block); returns it."""
    dialog = AboutDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
