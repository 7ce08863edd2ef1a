"""设置 / 文件 → 连接团队数据库…: the bureau's PostgreSQL server, its database, a login and
the password.

The dialog opens the database itself, so that a wrong password or an unreachable server is
said here, in Chinese, and the person can correct it or cancel (the window keeps the database
it had). The password lives in this process's memory (:func:`app.pg.remember_password`, for
the worker threads) and, if the person asks, in the operating system's keyring
(:mod:`app.credentials`) — never in a file. Without a keyring it is asked each time.
"""

from __future__ import annotations

from urllib.parse import quote, unquote, urlsplit

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import credentials, pg
from app import settings as app_settings
from app.db import Database
from app.errors import UserError
from ui import theme
from ui.widgets.common import dialog_buttons, muted, spacing

DEFAULT_PORT = 5432
DB_NAME_EXAMPLE = "chainfill"  # the name docs/team-database.md creates: a name, not words


def build_url(host: str, port: int, database: str, user: str) -> str:
    """``postgresql://user@host[:port]/database``, with the parts percent-encoded (a Chinese
    database name, an '@' in a login) and never a password."""
    host = host.strip()
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"  # an IPv6 address
    netloc = f"{quote(user.strip(), safe='')}@{host}"
    if port and port != DEFAULT_PORT:
        netloc += f":{port}"
    return f"postgresql://{netloc}/{quote(database.strip(), safe='')}"


def split_url(url: str) -> tuple[str, int, str, str]:
    """(host, port, database, user) of a remembered URL; blanks for what it lacks."""
    try:
        parts = urlsplit(pg.without_password(url))
        port = parts.port or DEFAULT_PORT
    except ValueError:
        return "", DEFAULT_PORT, "", ""
    return (
        parts.hostname or "",
        port,
        unquote(parts.path.lstrip("/")),
        unquote(parts.username or ""),
    )


class ConnectDialog(QDialog):
    """Server, port, database, login, password; on 连接 the database is opened here."""

    def __init__(
        self,
        parent: QWidget | None,
        settings: app_settings.Settings,
        *,
        url: str | None = None,
        reason: str = "",
    ):
        super().__init__(parent)
        self.settings = settings
        self.database: Database | None = None
        self.setWindowTitle(self.tr("Connect to the team database"))
        s = spacing(self)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(int(s * 1.4), s, int(s * 1.4), s)
        intro = QLabel(
            self.tr(
                "The bureau's shared database on its PostgreSQL server. Ask the database "
                "administrator for the server, the database name and your login."
            )
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        form = QFormLayout()
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("e.g. 10.20.1.15 or db.swj.local"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.dbname = QLineEdit()
        self.dbname.setPlaceholderText(DB_NAME_EXAMPLE)
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.dbname)
        form.addRow(self.tr("Login"), self.user)
        form.addRow(self.tr("Password"), self.password)
        lay.addLayout(form)
        self.keep = QCheckBox(self.tr("Remember the password in the system keyring"))
        if credentials.available():
            self.keep.setChecked(True)
        else:
            self.keep.setEnabled(False)
            self.keep.setToolTip(
                self.tr(
                    "No system keyring is available: the password is asked each time "
                    "(never written to a file)."
                )
            )
        lay.addWidget(self.keep)
        self.error = QLabel(reason)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {theme.DANGER};")
        self.error.setVisible(bool(reason))
        lay.addWidget(self.error)
        lay.addWidget(
            muted(
                self.tr(
                    "If the server cannot be reached, keep working in a local database "
                    "(File → Open database…)."
                )
            )
        )
        lay.addWidget(dialog_buttons(self, ok_text=self.tr("Connect")))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("中") * 30)
        remembered = url or next((r for r in settings.recent_dbs if pg.is_url(r)), "")
        if remembered:
            host, port, name, user = split_url(remembered)
            self.host.setText(host)
            self.port.setValue(port)
            self.dbname.setText(name)
            self.user.setText(user)
        (self.password if remembered else self.host).setFocus()

    def url(self) -> str:
        return build_url(self.host.text(), self.port.value(), self.dbname.text(), self.user.text())

    def accept(self) -> None:
        missing = [
            label
            for label, edit in (
                (self.tr("Server"), self.host),
                (self.tr("Database"), self.dbname),
                (self.tr("Login"), self.user),
            )
            if not edit.text().strip()
        ]
        if missing:
            self._say(self.tr("Fill in: %1").replace("%1", " / ".join(missing)))
            return
        url = self.url()
        password = self.password.text()
        if password:
            pg.remember_password(url, password)
        try:
            self.database = Database(url)
        except UserError as exc:
            if password:
                pg.forget_password(url)
            if isinstance(exc, pg.PasswordNeeded) and exc.wrong:
                credentials.forget(pg.without_password(url))  # a stale keyring entry
            self._say(exc.message)
            self.password.selectAll()
            self.password.setFocus()
            return
        if password and self.keep.isChecked():
            credentials.store(pg.without_password(url), password)
        super().accept()

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)
