"""Issue #20 items 4, 5 and 11: no writer of a file may overwrite the database, CSV exports
escape formulas, huge integers are refused, masked lists mask the note, unmasked exports
are private."""

from __future__ import annotations

import csv
import io
import json
import os
import time
from contextlib import redirect_stderr, redirect_stdout

import pytest

from app.db import Database
from cli import main as cli
from tests.outreach_helpers import add_firm

FIRMS_CSV = (
    "企业名称,统一社会信用代码,经营范围\n"
    "甲科技有限公司,,工业机器人减速器研发\n"
    "乙科技有限公司,BAD,锂电池材料\n"
)


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            code = cli.main(list(argv))
        except SystemExit as exc:  # argparse's refusal
            code = exc.code
    return code, out.getvalue(), err.getvalue()


def _victim(target):
    db = Database(target)
    add_firm(db, "丙科技有限公司")
    db.close()
    return target


@pytest.fixture
def live(db_target):
    """A database with one firm (a file, or with --engine=postgresql a server database)."""
    return _victim(db_target)


@pytest.fixture
def live_file(tmp_path):
    """A database file with one firm: what an output path must never overwrite."""
    return _victim(tmp_path / "victim.sqlite")


ONTO_THE_FILE = "an output path onto the database file or its -wal/-shm companions"


def _intact(path) -> bool:
    db = Database(path)
    try:
        return db.scalar("SELECT name FROM firms") == "丙科技有限公司"
    finally:
        db.close()


def _projects_file(tmp_path):
    tpl = tmp_path / "projects.xlsx"
    code, _, err = run(
        "--db", str(tmp_path / "t.sqlite"), "projects", "template", "--out", str(tpl)
    )
    assert code == 0, err
    return tpl


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm"])
@pytest.mark.parametrize("command", ["import", "projects import", "classify"])
@pytest.mark.sqlite_only(ONTO_THE_FILE)
def test_no_output_flag_can_overwrite_the_database(tmp_path, live_file, suffix, command):
    live = live_file
    target = str(live) + suffix
    if command == "import":
        src = tmp_path / "firms.csv"
        src.write_text(FIRMS_CSV, encoding="utf-8")
        argv = ["import", str(src), "--rejects", target, "--no-classify"]
    elif command == "projects import":
        argv = ["projects", "import", str(_projects_file(tmp_path)), "--rejects", target]
    else:
        src = tmp_path / "firms.csv"
        src.write_text(FIRMS_CSV, encoding="utf-8")
        argv = ["classify", str(src), "--out", target]
    code, _, err = run("--db", str(live), *argv)
    assert code == 2, err
    assert "数据库" in err and "Traceback" not in err
    assert _intact(live)


@pytest.mark.sqlite_only(ONTO_THE_FILE)
def test_classify_out_onto_the_default_database_is_refused(tmp_path, live_file, monkeypatch):
    live = live_file
    monkeypatch.setenv("CHAINFILL_DB", str(live))
    src = tmp_path / "firms.csv"
    src.write_text(FIRMS_CSV, encoding="utf-8")
    code, _, err = run("classify", str(src), "--out", str(live))
    assert code == 2, err
    assert _intact(live)


@pytest.mark.slow  # trains the built-in model once per session (≈ 8 s)
@pytest.mark.sqlite_only("no database: a CSV classified into a CSV")
def test_classify_csv_escapes_formulas(tmp_path):
    src = tmp_path / "firms.csv"
    src.write_text(
        "企业名称,经营范围,备注\n"
        '=cmd|\' /C calc\'!A0,工业机器人减速器研发,"=HYPERLINK(""http://x"",""点我"")"\n'
        "@SUM(A1),锂电池材料,-12.5\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.csv"
    code, _, err = run("classify", str(src), "--out", str(out))
    assert code == 0, err
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    cells = [c for row in rows[1:] for c in row]
    assert not any(c.startswith(("=", "+", "@")) for c in cells), cells
    assert "'=cmd|' /C calc'!A0" in cells
    assert "-12.5" in cells  # plain numbers stay numbers


@pytest.mark.parametrize(
    "argv",
    [
        ["import", "--undo", "99999999999999999999"],
        ["score", "--top", "99999999999999999999"],
    ],
)
def test_huge_integers_are_refused_in_chinese(live, argv):
    code, _, err = run("--db", str(live), *argv)
    assert code == 2, err
    assert "OverflowError" not in err and "意外错误" not in err


def test_masked_contact_list_masks_the_note(live):
    code, _, err = run(
        "--db",
        str(live),
        "contact",
        "add",
        "丙科技有限公司",
        "--name",
        "张三",
        "--phone",
        "13812341234",
        "--note",
        "手机 13987654321，邮箱 zhang.san@example.com",
    )
    assert code == 0, err
    code, out, err = run("--db", str(live), "contact", "list", "丙科技有限公司", "--json")
    assert code == 0, err
    [contact] = json.loads(out)
    assert "13987654321" not in contact["note"]
    assert "zhang.san@example.com" not in contact["note"]
    code, out, _ = run("--db", str(live), "contact", "list", "丙科技有限公司", "--json", "--unmask")
    assert "13987654321" in json.loads(out)[0]["note"]


@pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")
def test_unmasked_export_is_private(tmp_path, live):
    code, _, err = run("--db", str(live), "shortlist", "create", "重点")
    assert code == 0, err
    code, _, err = run("--db", str(live), "shortlist", "add", "重点", "丙科技有限公司")
    assert code == 0, err
    out = tmp_path / "full.xlsx"
    code, _, err = run(
        "--db", str(live), "shortlist", "export", "重点", "--out", str(out), "--unmask"
    )
    assert code == 0, err
    assert out.stat().st_mode & 0o077 == 0, oct(out.stat().st_mode)


class _FakeModel:
    """Stands in for a trained classifier (training takes half a minute)."""

    version_id = "retrained:fake"

    def __init__(self) -> None:
        self.meta = {"id": f"new{time.time_ns()}", "trained_at": "now", "training": {}}
        self.meta["metrics"] = {}

    def save(self, folder) -> None:
        folder.mkdir(parents=True)
        (folder / "model.json").write_text("{}")

    def with_real_layer(self, layer, concordance=None) -> _FakeModel:
        return self


def test_retrained_model_folders_are_pruned(db, monkeypatch):
    """Each retraining saved ≈ 7 MB and none was ever deleted."""
    import scoring.training
    from app import classification, paths

    monkeypatch.setattr(scoring.training, "train", lambda *a, **k: _FakeModel())
    monkeypatch.setattr(classification, "load_model", lambda db: (None, None))

    models = paths.models_dir()
    old = time.time() - 86400
    for i in range(classification.RETRAINED_KEEP + 3):
        folder = models / f"retrained-old{i}"
        folder.mkdir()
        (folder / "model.json").write_text("{}")
        os.utime(folder, (old + i, old + i))
    classification.retrain(db)
    kept = sorted(p.name for p in models.glob("retrained-*"))
    assert len(kept) == classification.RETRAINED_KEEP
    assert db.get_setting(classification.SETTING)["folder"] in kept


@pytest.mark.gui
@pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")
def test_the_dossier_pdf_with_full_contacts_is_private(tmp_path, live):
    out = tmp_path / "dossier.pdf"
    code, _, err = run("--db", str(live), "dossier", "--firm", "丙科技有限公司", "--out", str(out))
    assert code == 0, err
    assert out.stat().st_mode & 0o077 == 0, oct(out.stat().st_mode)


@pytest.mark.sqlite_only(ONTO_THE_FILE)
def test_export_onto_an_open_database_with_an_export_suffix_is_refused(tmp_path):
    """The save dialogs and every export go through the same guard: a database that happens
    to be named like an export is still the database."""
    path = tmp_path / "data.xlsx"
    db = Database(path)
    add_firm(db, "丙科技有限公司")
    db.close()
    run("--db", str(path), "shortlist", "create", "重点")
    run("--db", str(path), "shortlist", "add", "重点", "丙科技有限公司")
    code, _, err = run("--db", str(path), "shortlist", "export", "重点", "--out", str(path))
    assert code == 2, err
    assert "数据库" in err
    assert _intact(path)


@pytest.mark.sqlite_only(ONTO_THE_FILE)
def test_the_import_api_refuses_rejects_onto_the_open_database(tmp_path, live_file):
    live = live_file
    """What the import wizard calls: no CLI guard in front of it."""
    from app.errors import UserError
    from app.importing import import_firms
    from app.jobs import run_to_end

    src = tmp_path / "firms.csv"
    src.write_text(FIRMS_CSV, encoding="utf-8")
    db = Database(live)
    try:
        with pytest.raises(UserError, match="数据库"):
            run_to_end(import_firms(db, src, rejects_path=str(live) + "-wal"))
    finally:
        db.close()
    assert _intact(live)


def test_any_overflowing_number_is_a_chinese_refusal(live):
    code, _, err = run("--db", str(live), "reminders", "--days", "99999999999999999999")
    assert code == 2, err
    assert "超出" in err and "意外错误" not in err
