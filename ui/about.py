"""The About dialog (Help → About ChainFill): versions, where the data lives, and licences.

:func:`about_facts` collects the facts without widgets (tested on its own); :func:`show_about`
shows them. The version comes from ``app.__version__``, which mirrors ``pyproject.toml`` (the
single source: the PyInstaller spec reads pyproject too, and tests/test_packaging.py fails if
the two ever differ).
"""

from __future__ import annotations

import contextlib
import platform
import sys
import threading
from html import escape
from pathlib import Path

import shiboken6
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, qVersion
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
from app import __version__, paths, pg
from catalog.loader import load_default

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
    ("Jinja2 / MarkupSafe", "BSD 3-Clause"),
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
        return str(load_default().version)
    except Exception:
        return QCoreApplication.translate("About", "unavailable")


def model_version(db_path: str | Path | None = None) -> str:
    """The direction classifier in force for the database, from ``app.classification``.

    Slow the first time on a machine (the built-in model is trained from the catalog, then
    cached), so the dialog calls it on a worker thread with its own read-only connection."""
    from app import classification  # the scoring stack: imported on the worker thread
    from app.db import Database

    db = None
    try:
        if db_path is not None and (pg.is_url(str(db_path)) or Path(db_path).is_file()):
            db = Database(db_path, readonly=True, migrate=False)
        model, warning = classification.load_model(db)
    except Exception:
        return QCoreApplication.translate("About", "not available (retrain in Tools)")
    finally:
        if db is not None:
            db.close()
    parts = [model.version]
    if model.meta.get("trained_at"):
        parts.append(str(model.meta["trained_at"])[:10])
    text = " · ".join(p for p in parts if p)
    return f"{text} ({warning})" if warning else text


def about_facts(parent: QWidget | None = None, model: str | None = None) -> list[tuple[str, str]]:
    """(label, value) rows of the About dialog, in display order.

    ``model`` is the classifier's description once known (see :func:`model_version`)."""
    ctx = getattr(parent, "ctx", None)
    db = getattr(ctx, "db", None)
    # the file, or a team database's URL without password (a Path would collapse its //)
    db_name = (
        db.name if db is not None else str(getattr(ctx, "db_path", None) or paths.default_db())
    )
    frozen = (
        QCoreApplication.translate("About", "installed folder")
        if getattr(sys, "frozen", False)
        else QCoreApplication.translate("About", "from source")
    )
    return [
        (QCoreApplication.translate("About", "Version"), f"{__version__} ({frozen})"),
        (QCoreApplication.translate("About", "Catalog"), catalog_version(parent)),
        (
            QCoreApplication.translate("About", "Direction classifier"),
            model or "…",  # until the worker thread has looked it up
        ),
        (QCoreApplication.translate("About", "Database"), db_name),
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


class _Bridge(QObject):
    """Carries the classifier's description from the worker thread to the dialog."""

    model_known = Signal(str)


class AboutDialog(QDialog):
    """Version, catalog and model versions, database path, licences; 'Copy' for support."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("About", "About ChainFill"))
        self._parent = parent
        self.facts = about_facts(parent)
        self._db_path = paths.default_db()
        self._bridge = _Bridge(self)
        self._bridge.model_known.connect(self._show_model)

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
        self.model_thread: threading.Thread | None = None
        self.refresh()

    def refresh(self) -> None:
        """Re-read the facts (the database may have changed) and look the classifier up."""
        ctx = getattr(self._parent, "ctx", None)
        db = getattr(ctx, "db", None)  # its target: a file, or a team database's URL
        self._db_path = (
            getattr(db, "target", None) or getattr(ctx, "db_path", None) or paths.default_db()
        )
        self.facts = about_facts(self._parent)
        self.details.setHtml(self._facts_html() + licence_html())
        if self.model_thread is None or not self.model_thread.is_alive():
            self.model_thread = threading.Thread(
                target=self._look_up_model, name="about-model", daemon=True
            )
            self.model_thread.start()

    def _look_up_model(self) -> None:
        text = model_version(self._db_path)
        with contextlib.suppress(RuntimeError):  # the window was closed and deleted meanwhile
            self._bridge.model_known.emit(text)

    def _show_model(self, text: str) -> None:
        self.facts = about_facts(self._parent, model=text)
        self.details.setHtml(self._facts_html() + licence_html())

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


_parentless: list[AboutDialog] = []  # keeps a dialog without a parent window alive


def show_about(parent: QWidget | None = None) -> AboutDialog:
    """Open the About dialog (window-modal, does not block); returns it.

    One dialog per window, reused and brought up to date on each call: nothing is deleted while
    Qt may still deliver the classifier look-up to it."""
    dialog = getattr(parent, "_chainfill_about", None) if parent is not None else None
    if dialog is None and parent is None and _parentless:
        dialog = _parentless[0]
    if dialog is None or not shiboken6.isValid(dialog):
        dialog = AboutDialog(parent)
        if parent is None:
            _parentless[:] = [dialog]
        else:
            parent._chainfill_about = dialog
    else:
        dialog.refresh()
    dialog.open()
    return dialog
