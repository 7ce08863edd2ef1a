"""chainfill import: JSON output, the rejects file, exit codes, undo."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import run_cli
from tests.db_helpers import never_created

DATA = Path(__file__).parent / "data"


def test_cli_import_json(tmp_path, db_target):
    dbfile = db_target
    rejects = tmp_path / "rejects.csv"
    proc = run_cli(
        "--db",
        dbfile,
        "import",
        str(DATA / "qcc_export_gbk.csv"),
        "--json",
        "--rejects",
        str(rejects),
    )
    assert proc.returncode == 0, proc.stderr.decode()
    out = json.loads(proc.stdout)
    assert {k: out[k] for k in ("read", "added", "updated", "unchanged", "rejected")} == {
        "read": 3,
        "added": 3,
        "updated": 0,
        "unchanged": 0,
        "rejected": 0,
    }
    assert rejects.read_text(encoding="utf-8-sig").startswith("行号,列,值,原因")
    proc = run_cli("--db", dbfile, "import", str(DATA / "qcc_export_gbk.csv"), "--dry-run")
    assert proc.returncode == 0 and "未变 3" in proc.stdout.decode()
    proc = run_cli("--db", dbfile, "import", "--undo", str(out["import_id"]), "--json")
    assert proc.returncode == 0 and json.loads(proc.stdout)["deleted"] == 3


def test_cli_bad_input_exits_2_and_writes_nothing(tmp_path, db_target):
    dbfile = db_target
    good = DATA / "qcc_export_gbk.csv"
    png = tmp_path / "x.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    cases = [
        (str(tmp_path / "missing.csv"),),
        (str(tmp_path),),
        (str(png),),
        (str(good), "--rejects", str(tmp_path / "no-such-dir" / "r.csv")),
    ]
    for args in cases:
        proc = run_cli("--db", dbfile, "import", *args, "--json")
        assert proc.returncode == 2, (args, proc.stderr.decode())
        assert "错误" in proc.stderr.decode() and "Traceback" not in proc.stderr.decode()
        assert proc.stdout == b""
    assert never_created(dbfile)  # refused before the database was opened or created
    proc = run_cli("--db", dbfile, "import", str(png))
    assert proc.returncode == 2 and "PNG" in proc.stderr.decode()


def _gov_sheet(tmp_path: Path, header: list[str]) -> Path:
    """A sheet headed the way a government office or a colleague heads it."""
    path = tmp_path / "gov.csv"
    rows = [
        header,
        ["东莞市映射精密有限公司", "东莞市", "精密模具制造", "746万美元"],
        ["深圳市映射电子有限公司", "深圳市", "电子元器件", "500"],
    ]
    path.write_text("\n".join(",".join(r) for r in rows) + "\n", encoding="utf-8")
    return path


def test_cli_import_map_by_header_and_label(tmp_path, db_target):
    dbfile = db_target
    path = _gov_sheet(tmp_path, ["名头", "地方", "业务", "资本"])
    proc = run_cli("--db", dbfile, "import", str(path), "--no-classify")
    assert proc.returncode == 2 and "--map" in proc.stderr.decode()
    proc = run_cli(
        "--db",
        dbfile,
        "import",
        str(path),
        "--map",
        "名头=企业名称",
        "地方=city",
        "业务=经营范围",
        "#4=注册资本",
        "--json",
        "--no-classify",
    )
    assert proc.returncode == 0, proc.stderr.decode()
    out = json.loads(proc.stdout)
    assert out["added"] == 2 and out["rejected"] == 0


def test_cli_import_bad_map_exits_2_and_writes_nothing(tmp_path, db_target):
    dbfile = db_target
    path = _gov_sheet(tmp_path, ["名头", "地方", "业务", "资本"])
    cases = [
        (["名头=colour"], "没有字段"),
        (["名字=name"], "不在表头"),
        (["名头"], "列名=字段"),
        (["#9=name"], "共 4 列"),
        (["名头=name", "地方=name"], "同时对应"),
        (["地方=city"], "企业名称"),
    ]
    for pairs, message in cases:
        proc = run_cli("--db", dbfile, "import", str(path), "--map", *pairs)
        assert proc.returncode == 2, (pairs, proc.stderr.decode())
        assert message in proc.stderr.decode() and "Traceback" not in proc.stderr.decode()
    assert never_created(dbfile)  # refused before the database was opened or created
