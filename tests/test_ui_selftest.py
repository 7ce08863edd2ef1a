"""`chainfill gui --self-test` as staff and CI run it: a subprocess, offscreen."""

from __future__ import annotations

import pytest

from tests.conftest import run_cli

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def small_db(tmp_path_factory):
    from app import demo
    from app.db import Database
    from app.jobs import run_to_end

    path = tmp_path_factory.mktemp("selftest") / "small.sqlite"
    db = Database(path)
    run_to_end(demo.build(db, 200, 5))
    db.close()
    return path


def test_self_test_visits_every_view_and_the_wizard(small_db):
    from ui import views

    proc = run_cli("--db", str(small_db), "gui", "--self-test")
    out = proc.stdout.decode("utf-8")
    err = proc.stderr.decode("utf-8")
    assert proc.returncode == 0, out + err
    assert out.count("已访问") == len(views.all_views())
    assert "导入向导" in out and "自检通过" in out
    assert "200" in out


def test_self_test_fails_on_a_database_it_cannot_open(tmp_path):
    bad = tmp_path / "bad.sqlite"
    bad.write_text("not a database", encoding="utf-8")
    proc = run_cli("--db", str(bad), "gui", "--self-test")
    assert proc.returncode != 0
    assert "SQLite" in proc.stderr.decode("utf-8")
