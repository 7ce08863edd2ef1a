"""A mistyped ``--db`` path is refused, not turned into a new empty database."""

from __future__ import annotations

import pytest

from cli.main import main


@pytest.mark.parametrize(
    "command",
    [
        ["search", "汇川"],
        ["firm", "show", "1"],
        ["shortlist", "list"],
        ["settings", "show"],
        ["audit"],
        ["checkout", "--all", "--to", "COPY"],
    ],
)
def test_reading_commands_refuse_a_missing_file(tmp_path, capsys, command):
    typo = tmp_path / "chainfil.sqlite"
    args = [str(tmp_path / "copy.sqlite") if a == "COPY" else a for a in command]
    assert main(["--db", str(typo), *args]) == 2
    err = capsys.readouterr().err
    assert "找不到数据库文件" in err and str(typo) in err
    assert list(tmp_path.iterdir()) == []  # nothing created, neither the typo nor a copy


def test_chainfill_db_naming_a_missing_file_is_refused_too(tmp_path, capsys, monkeypatch):
    typo = tmp_path / "team.sqlite"
    monkeypatch.setenv("CHAINFILL_DB", str(typo))
    assert main(["search", "汇川"]) == 2
    assert "找不到数据库文件" in capsys.readouterr().err
    assert not typo.exists()


def test_commands_that_start_a_database_may_create_it(tmp_path, capsys):
    csv = tmp_path / "firms.csv"
    csv.write_text("企业名称,所在城市\n深圳市甲科技有限公司,深圳市\n", encoding="utf-8")
    new = tmp_path / "new.sqlite"
    assert main(["--db", str(new), "import", str(csv), "--no-classify"]) == 0
    assert new.is_file()
    capsys.readouterr()
    # and once it exists, the reading commands use it
    assert main(["--db", str(new), "search", "甲科技"]) == 0
    assert "深圳市甲科技有限公司" in capsys.readouterr().out


@pytest.mark.parametrize(
    "command",
    [
        ["import", "BAD"],
        ["projects", "import", "BAD"],
        ["restore", "BAD"],
    ],
)
def test_a_creating_command_that_fails_leaves_no_new_database(tmp_path, capsys, command):
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    new = tmp_path / "new.sqlite"
    args = [str(bad) if a == "BAD" else a for a in command]
    assert main(["--db", str(new), *args]) == 2
    assert "错误" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.csv"]


def test_a_failing_command_never_removes_a_database_that_was_there(tmp_path, capsys):
    csv = tmp_path / "firms.csv"
    csv.write_text("企业名称,所在城市\n深圳市甲科技有限公司,深圳市\n", encoding="utf-8")
    db = tmp_path / "team.sqlite"
    assert main(["--db", str(db), "import", str(csv), "--no-classify"]) == 0
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    assert main(["--db", str(db), "import", str(bad)]) == 2
    capsys.readouterr()
    assert main(["--db", str(db), "search", "甲科技"]) == 0
    assert "深圳市甲科技有限公司" in capsys.readouterr().out
