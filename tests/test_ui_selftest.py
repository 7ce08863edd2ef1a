"""`chainfill gui --self-test` as staff and CI run it: a subprocess, offscreen."""

from __future__ import annotations

import pytest

from tests.conftest import run_cli

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def small_db(target_factory):
    from tests.ui_data import demo_database

    return demo_database(target_factory("selftest"), 200, 5)  # a file, or on the server


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


def test_every_view_fits_a_laptop_screen(small_db):
    """The width budget: at 1024×700 no view forces the window wider or taller."""
    proc = run_cli("--db", str(small_db), "gui", "--self-test", "--size", "1024x700")
    out = proc.stdout.decode("utf-8")
    err = proc.stderr.decode("utf-8")
    assert proc.returncode == 0, out + err
    assert "超出窗口" not in err


def test_self_test_fails_when_a_view_does_not_fit(small_db):
    proc = run_cli("--db", str(small_db), "gui", "--self-test", "--size", "500x400")
    assert proc.returncode == 1
    assert "超出窗口 500×400" in proc.stderr.decode("utf-8")
    bad = run_cli("--db", str(small_db), "gui", "--self-test", "--size", "wide")
    assert bad.returncode == 2 and "窗口大小" in bad.stderr.decode("utf-8")
