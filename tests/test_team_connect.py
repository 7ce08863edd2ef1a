"""The app on the team database: 连接团队数据库 (server, login, password), the password kept
in memory or the OS keyring and never in a file, and an app that works on a server URL
without ever making a local file of it."""

from __future__ import annotations

import sys
import types

import pytest

from app import credentials, pg
from app import settings as app_settings
from tests.db_helpers import login_role

# -- Qt-free ----------------------------------------------------------------------------------


def test_a_remembered_url_never_keeps_a_password():
    url = "postgresql://zhang:s3cret@10.20.1.15:5433/招商"
    assert pg.without_password(url) == "postgresql://zhang@10.20.1.15:5433/招商"
    assert pg.without_password("postgresql://zhang@h/db") == "postgresql://zhang@h/db"
    s = app_settings.Settings()
    s.remember_db(url)
    assert s.last_db == "postgresql://zhang@10.20.1.15:5433/招商"
    assert all("s3cret" not in r for r in s.recent_dbs)


class _FakeBackend:
    priority = 1.0


class _PlainBackend:
    priority = 1.0


_PlainBackend.__module__ = "keyrings.alt.file"


def _fake_keyring(monkeypatch, backend) -> dict:
    store: dict = {}
    mod = types.ModuleType("keyring")
    mod.get_keyring = lambda: backend  # type: ignore[attr-defined]
    mod.get_password = lambda service, key: store.get((service, key))  # type: ignore[attr-defined]
    mod.set_password = lambda service, key, pw: store.__setitem__((service, key), pw)  # type: ignore[attr-defined]
    mod.delete_password = lambda service, key: store.pop((service, key))  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "keyring", mod)
    return store


def test_keyring_keeps_the_password_and_a_plaintext_backend_counts_as_none(monkeypatch):
    store = _fake_keyring(monkeypatch, _FakeBackend())
    assert credentials.available()
    assert credentials.store("postgresql://zhang@h/db", "pw")
    assert credentials.lookup("postgresql://zhang@h/db") == "pw"
    credentials.forget("postgresql://zhang@h/db")
    assert credentials.lookup("postgresql://zhang@h/db") is None and not store
    credentials.forget("postgresql://zhang@h/db")  # nothing stored: no error
    _fake_keyring(monkeypatch, _PlainBackend())
    assert not credentials.available()
    assert not credentials.store("postgresql://zhang@h/db", "pw")


def test_no_keyring_module_means_ask_each_time(monkeypatch):
    monkeypatch.setitem(sys.modules, "keyring", None)  # import fails
    assert not credentials.available()
    assert credentials.lookup("postgresql://zhang@h/db") is None


# -- the dialog -------------------------------------------------------------------------------


@pytest.mark.gui
def test_url_built_from_the_form_round_trips():
    from ui.connect_dialog import build_url, split_url

    url = build_url(" 10.20.1.15 ", 5433, "招商 库", "zhang@swj")
    assert url == "postgresql://zhang%40swj@10.20.1.15:5433/%E6%8B%9B%E5%95%86%20%E5%BA%93"
    assert split_url(url) == ("10.20.1.15", 5433, "招商 库", "zhang@swj")
    assert build_url("db.local", 5432, "chainfill", "li") == "postgresql://li@db.local/chainfill"
    assert split_url("postgresql://li:pw@db.local/chainfill") == (
        "db.local",
        5432,
        "chainfill",
        "li",
    )


@pytest.mark.gui
def test_dialog_names_what_is_missing_and_an_unreachable_server(qapp, qtbot, monkeypatch):
    from ui.connect_dialog import ConnectDialog

    monkeypatch.setattr(credentials, "available", lambda: False)
    dlg = ConnectDialog(None, app_settings.Settings())
    qtbot.addWidget(dlg)
    assert not dlg.keep.isEnabled()  # no keyring: asked each time
    dlg.accept()
    assert dlg.database is None and not dlg.error.isHidden()
    assert "Server" in dlg.error.text() or "服务器" in dlg.error.text()
    dlg.host.setText("127.0.0.1")
    dlg.port.setValue(1)  # nothing listens there: refused at once
    dlg.dbname.setText("chainfill")
    dlg.user.setText("zhang")
    dlg.password.setText("pw")
    dlg.accept()
    assert dlg.database is None
    assert "无法连接数据库服务器" in dlg.error.text()
    assert pg.without_password(dlg.url()) not in pg._passwords  # a failed password is dropped


@pytest.mark.gui
def test_dialog_fills_in_the_last_team_database(qapp, qtbot):
    from ui.connect_dialog import ConnectDialog

    s = app_settings.Settings()
    s.remember_db("postgresql://li@db.swj.local:5433/chainfill")
    s.remember_db("/tmp/local.sqlite")
    dlg = ConnectDialog(None, s)
    qtbot.addWidget(dlg)
    assert (dlg.host.text(), dlg.port.value(), dlg.dbname.text(), dlg.user.text()) == (
        "db.swj.local",
        5433,
        "chainfill",
        "li",
    )


# -- on a real server (make test-pg) ------------------------------------------------------------


@pytest.fixture
def li(pg_server, pg_url):
    """A login with a password, owner of a migrated ChainFill database."""
    from app.db import Database

    with login_role(pg_server, pg_url, "li", "pw-li") as url:
        pg.remember_password(url, "pw-li")
        Database(url).close()  # migrated by li, so li owns the tables
        pg.forget_password(url)
        yield url
        pg.forget_password(url)


@pytest.mark.postgresql("logging in to a server")
@pytest.mark.gui
def test_the_app_opens_a_team_database_and_its_jobs_use_the_server(
    li, qapp, qtbot, tmp_path, monkeypatch
):
    from ui import workers
    from ui.connect_dialog import ConnectDialog
    from ui.context import AppContext

    for k in [k for k in list(__import__("os").environ) if k.startswith("PG")]:
        monkeypatch.delenv(k)
    monkeypatch.setenv("HOME", str(tmp_path))  # no ~/.pgpass of the machine's
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(credentials, "available", lambda: False)
    monkeypatch.setattr(credentials, "lookup", lambda key: None)
    settings = app_settings.Settings()
    dlg = ConnectDialog(None, settings, url=li)
    qtbot.addWidget(dlg)
    dlg.password.setText("wrong")
    dlg.accept()
    assert dlg.database is None and "用户名或密码不正确" in dlg.error.text()
    dlg.password.setText("pw-li")
    dlg.accept()
    assert dlg.database is not None and dlg.database.is_postgres
    ctx = AppContext(dlg.database, settings)
    try:
        assert ctx.is_team and "pw-li" not in ctx.db.name
        results: list = []
        handle = ctx.run(lambda db, cancel: (db.is_postgres, db.login), on_result=results.append)
        qtbot.waitUntil(lambda: bool(results), timeout=20000)
        assert results == [(True, "li")], handle
        from ui.views.settings_view import SettingsView

        view = SettingsView(ctx)
        qtbot.addWidget(view)
        view.reload()
        # the facts job queues behind the view's other jobs on the server: slow under load.
        # The hint names the server's backup page in either language (an earlier test in this
        # process may have left the Chinese UI installed).
        qtbot.waitUntil(
            lambda: "docs/team-database.md" in view.backup_card.hint.text(), timeout=60000
        )
        assert not view.backup_btn.isEnabled() and not view.folder_btn.isEnabled()
        assert "pw-li" not in view.db_path.text() and "127.0.0.1" in view.db_path.text()
        ctx.switch_database(tmp_path / "local.sqlite")
        assert not ctx.is_team
        ctx.switch_database(li)  # from the recent list: the password is still in memory
        assert ctx.is_team
        assert settings.recent_dbs[0] == pg.without_password(li)
    finally:
        workers.wait_idle(10000)
        ctx.close()
    assert not list(tmp_path.glob("postgresql*"))  # no local file named like the URL
