"""Message boxes, error reporting and the error log.

A :class:`~app.errors.UserError` is shown as a plain Chinese message; anything unexpected is shown
with its details and written to the error log. In headless mode (the self-test) nothing blocks:
messages go to stderr and errors are collected so the self-test can fail on them.
"""

from __future__ import annotations

import sys
import traceback
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app import logs
from app.errors import UserError

headless = False
collected: list[str] = []  # errors seen while headless

translate = QCoreApplication.translate  # pyside6-lupdate finds translate("ctx", "…")


@dataclass
class JobError:
    """An exception raised in a worker, with its traceback text captured there."""

    exc: BaseException
    details: str = ""

    @property
    def is_user_error(self) -> bool:
        """Bad input, or an expected condition of the machine (disk full, read-only, locked)."""
        from app.filesafety import environment_problem

        return isinstance(self.exc, UserError) or environment_problem(self.exc) is not None

    @property
    def message(self) -> str:
        from app.filesafety import environment_problem

        if isinstance(self.exc, UserError):
            return self.exc.message
        return environment_problem(self.exc) or f"{type(self.exc).__name__}: {self.exc}"


def log_error(details: str) -> str:
    """Write an unexpected error's ``details`` (a traceback) to the log; returns its path."""
    logs.get("ui").error("unexpected error\n%s", details.rstrip())
    try:
        return str(logs.log_file())
    except OSError:
        return "stderr"


def show_error(parent: QWidget | None, error: BaseException | JobError, title: str = "") -> None:
    """Tell the user what went wrong: a message for bad input, details for a bug."""
    if not isinstance(error, JobError):
        error = JobError(error, "".join(traceback.format_exception(error)))
    title = title or translate("messages", "ChainFill")
    if error.is_user_error:
        text = error.message
        if headless:
            print(f"[message] {text}", file=sys.stderr)
            return
        QMessageBox.warning(parent, title, text)
        return
    log = log_error(error.details or error.message)
    if headless:
        collected.append(error.details or error.message)
        print(f"[error] {error.details or error.message}", file=sys.stderr)
        return
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(title)
    box.setText(
        translate("messages", "An unexpected error occurred. Your data has not been changed.")
    )
    box.setInformativeText(
        translate(
            "messages",
            "The details have been written to %1. Please send them to your IT colleague.",
        ).replace("%1", log)
    )
    box.setDetailedText(error.details or error.message)
    box.exec()


def info(parent: QWidget | None, text: str, title: str = "") -> None:
    """A short notice."""
    if headless:
        print(f"[info] {text}", file=sys.stderr)
        return
    QMessageBox.information(parent, title or translate("messages", "ChainFill"), text)


def ask(parent: QWidget | None, text: str, title: str = "", default_yes: bool = True) -> bool:
    """A yes/no question; headless mode answers with the default."""
    if headless:
        return default_yes
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    default = QMessageBox.StandardButton.Yes if default_yes else QMessageBox.StandardButton.No
    answer = QMessageBox.question(
        parent, title or translate("messages", "ChainFill"), text, buttons, default
    )
    return answer == QMessageBox.StandardButton.Yes
