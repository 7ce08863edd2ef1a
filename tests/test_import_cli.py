"""chainfill import: JSON output, the rejects file, exit codes, undo."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import run_cli

DATA = Path(__file__).parent / "data"


def test_cli_import_json(tmp_path):
    dbfile = tmp_path / "cli.sqlite"
    rejects = tmp_path / "rejects.csv"
    proc = run_cli(
        "--db",
        str(dbfile),
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
    proc = run_cli("--db", str(dbfile), "import", str(DATA / "qcc_export_gbk.csv"), "--dry-run")
    assert proc.returncode == 0 and "未变 3" in proc.stdout.decode()
    proc = run_cli("--db", str(dbfile), "import", "--undo", str(out["import_id"]), "--json")
    assert proc.returncode == 0 and json.loads(proc.stdout)["deleted"] == 3


def test_cli_bad_input_exits_2_and_writes_nothing(tmp_path):
    dbfile = tmp_path / "cli.sqlite"
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
        proc = run_cli("--db", str(dbfile), "import", *args, "--json")
        assert proc.returncode == 2, (args, proc.stderr.decode())
        assert "错误" in proc.stderr.decode() and "Traceback" not in proc.stderr.decode()
        assert proc.stdout == b""
    assert not dbfile.exists()  # refused before the database was opened or created
    proc = run_cli("--db", str(dbfile), "import", str(png))
    assert proc.returncode == 2 and "PNG" in proc.stderr.decode()
