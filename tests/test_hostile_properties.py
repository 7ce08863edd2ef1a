"""Issue #20, done-when: generated hostile SQLite files thrown at restore and hostile XLSX
structures thrown at import. Whenever the command refuses, the live database's content is
unchanged — every table's rows (an audit row recording the refusal may be added); when it
accepts, the database still has exactly the program's schema.

Bounded in examples (derandomized in CI, see conftest.py); `make fuzz` explores further.
"""

from __future__ import annotations

import contextlib
import io
import os
import sqlite3
import zipfile
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import backup, migrations
from app.db import Database, now
from cli import main as cli
from tests.db_helpers import contents
from tests.test_xlsx_hostile import declare_shared_strings

EXPLORE = os.environ.get("HYPOTHESIS_PROFILE") == "explore"
BOUNDED = settings(
    max_examples=300 if EXPLORE else 30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def run(*argv: str) -> tuple[int, str]:
    err = io.StringIO()
    with redirect_stdout(io.StringIO()), redirect_stderr(err):
        code = cli.main(list(argv))
    return code, err.getvalue()


def assert_unchanged(before: dict, after: dict) -> None:
    assert set(before) == set(after)
    for table, rows in before.items():
        if table == "audit":  # a row recording the refusal may be added, none removed
            assert set(rows) <= set(after[table])
        else:
            assert after[table] == rows, table


def seeded(path: Path | str) -> Path | str:
    db = Database(path)
    with db.write():
        for name in ("甲科技有限公司", "乙科技有限公司"):
            db.execute(
                "INSERT INTO firms (name, name_norm, city, imported_at, updated_at) "
                "VALUES (?, ?, '东莞市', ?, ?)",
                (name, name, now(), now()),
            )
        db.execute(
            "INSERT INTO contacts (firm_id, name, phone, note, updated_at) "
            "VALUES (1, '张三', '13812341234', '手机 13987654321', ?)",
            (now(),),
        )
        db.audit("seed", "test")
    db.close()
    return path


# -- restore -----------------------------------------------------------------------------------

HOSTILE_SQL = [
    "CREATE TRIGGER wipe AFTER INSERT ON audit BEGIN DELETE FROM audit; END;",
    "CREATE TRIGGER ext AFTER INSERT ON firms BEGIN SELECT load_extension('x'); END;",
    "CREATE TRIGGER leak AFTER INSERT ON contacts BEGIN "
    "UPDATE firms SET short_name = new.phone WHERE id = new.firm_id; END;",
    "DROP VIEW ranked; CREATE VIEW ranked AS SELECT firms.*, 100 AS score FROM firms;",
    "CREATE VIEW extra AS SELECT * FROM firms;",
    "ALTER TABLE firms ADD COLUMN evil TEXT;",
    "DROP TABLE visits;",
    "DROP INDEX firms_city;",
    "CREATE INDEX firms_city2 ON firms(city);",
    "CREATE TABLE firms_fts_extra (a);",
    "DROP TRIGGER firms_scores_ai;",
    "PRAGMA user_version = 0;",
    "PRAGMA user_version = 1;",
    "PRAGMA user_version = 99;",
    "INSERT INTO contacts (firm_id, name, updated_at) VALUES (999999, '孤儿', 'x');",
    "INSERT INTO firms (name, name_norm, imported_at, updated_at) VALUES ('新', '新', 'a', 'b');",
    "UPDATE meta SET value = 'someone-else' WHERE key = 'db_id';",
    "UPDATE firms SET name = NULL WHERE id = 1;",
    "DELETE FROM scores;",
]

restore_case = st.tuples(
    st.lists(st.sampled_from(HOSTILE_SQL), max_size=4, unique=True),
    st.lists(st.tuples(st.integers(0, 200_000), st.integers(0, 255)), max_size=3),
    st.booleans(),  # a bare `create table firms(x)` file instead
)


@pytest.fixture
def live(db_target):
    """The database under attack: a file, or with --engine=postgresql the server."""
    return seeded(db_target)


@BOUNDED
@given(case=restore_case)
def test_restore_of_any_hostile_file_never_changes_a_refusing_database(tmp_path, live, case):
    statements, flips, bare = case
    candidate = tmp_path / "candidate.sqlite"
    candidate.unlink(missing_ok=True)
    if bare:
        conn = sqlite3.connect(candidate)
        conn.executescript("CREATE TABLE firms(x); PRAGMA user_version = 2;")
        conn.close()
    else:
        source = Database(live)
        backup.backup_to(source, candidate)
        source.close()
        conn = sqlite3.connect(candidate)
        for sql in statements:
            with contextlib.suppress(sqlite3.Error):  # an earlier one removed what it needs
                conn.executescript(sql)
        conn.commit()
        conn.close()
    if flips:
        data = bytearray(candidate.read_bytes())
        for pos, val in flips:
            data[pos % len(data)] = val
        candidate.write_bytes(bytes(data))
    before = contents(live)
    code, err = run("--db", str(live), "restore", str(candidate))
    assert code in (0, 2), err
    assert "Traceback" not in err and "意外错误" not in err, err
    if code == 2:
        assert err.startswith("错误：")
        assert_unchanged(before, contents(live))
    else:
        db = Database(live)
        try:
            if not db.is_postgres:  # a server's restore loads rows into its own schema
                assert backup.schema_problems(db.conn, migrations.SCHEMA_VERSION) == []
                assert db.scalar("PRAGMA integrity_check") == "ok"
                assert not db.query("PRAGMA foreign_key_check")
            assert db.scalar("SELECT count(*) FROM audit WHERE action = 'restore'") >= 1
        finally:
            db.close()


# -- import ------------------------------------------------------------------------------------

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
COLUMNS = ["A", "B", "C", "Z", "XFD", "XFE", "AAAA", ""]
VALUES = st.one_of(
    st.text(alphabet="甲乙科技有限公司=+@-0123456789<>&", max_size=12),
    st.sampled_from(["甲科技有限公司", '=HYPERLINK("x")', "914403001922038216", "", "NaN"]),
)
cell = st.tuples(
    st.sampled_from(COLUMNS),
    st.sampled_from(["inlineStr", "s", "n", "b", "e", "str", "d", "bogus"]),
    VALUES,
)
row = st.tuples(
    st.one_of(
        st.integers(-2, 40),
        st.sampled_from([1_048_576, 1_048_577, 99_999_999_999, 2**63, None]),
    ),
    st.lists(cell, max_size=4),
)
xlsx_case = st.tuples(
    st.lists(row, max_size=8),
    st.lists(st.text(alphabet="乙丙科技<&", max_size=6), max_size=4),  # shared strings
    st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=2),
    st.booleans(),  # drop the sheet's dimension and keep a valid header
)


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _sheet(rows, with_header: bool) -> str:
    out = []
    if with_header:
        out.append(
            '<row r="1">'
            '<c r="A1" t="inlineStr"><is><t>企业名称</t></is></c>'
            '<c r="B1" t="inlineStr"><is><t>统一社会信用代码</t></is></c>'
            '<c r="C1" t="inlineStr"><is><t>协议编号</t></is></c>'
            "</row>"
        )
    for number, cells in rows:
        attr = "" if number is None else f' r="{number}"'
        parts = []
        for col, kind, value in cells:
            ref = f"{col}{number if number is not None else ''}"
            if kind == "inlineStr":
                parts.append(f'<c r="{ref}" t="inlineStr"><is><t>{_xml(value)}</t></is></c>')
            else:
                parts.append(f'<c r="{ref}" t="{kind}"><v>{_xml(value)}</v></c>')
        out.append(f"<row{attr}>{''.join(parts)}</row>")
    return f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{NS}"><sheetData>{"".join(out)}</sheetData></worksheet>'


def _workbook(path: Path, sheet_xml: str, strings: list[str], flips) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["企业名称", "统一社会信用代码"])
    wb.active.append(["共享", "文字"])  # makes openpyxl write a shared-strings part
    buf = io.BytesIO()
    wb.save(buf)
    sst = (
        f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{NS}">'
        + "".join(f"<si><t>{_xml(s)}</t></si>" for s in strings)
        + "</sst>"
    )
    replace = {"xl/worksheets/sheet1.xml": sheet_xml, "xl/sharedStrings.xml": sst}
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        names = src.namelist()
        for info in src.infolist():
            data = replace.get(info.filename, src.read(info.filename))
            if info.filename == "[Content_Types].xml":
                data = declare_shared_strings(data)
            dst.writestr(info.filename, data)
        for name, data in replace.items():
            if name not in names:
                dst.writestr(name, data)
    data = bytearray(out.getvalue())
    for pos, val in flips:
        data[pos % len(data)] = val
    path.write_bytes(bytes(data))
    return path


@BOUNDED
@given(case=xlsx_case)
def test_import_of_any_hostile_workbook_never_changes_a_refusing_database(tmp_path, live, case):
    rows, strings, flips, with_header = case
    path = _workbook(tmp_path / "hostile.xlsx", _sheet(rows, with_header), strings, flips)
    for argv in (
        ["import", str(path), "--no-classify"],
        ["projects", "import", str(path)],
    ):
        before = contents(live)
        code, err = run("--db", str(live), *argv)
        assert code in (0, 2), err
        assert "Traceback" not in err and "意外错误" not in err, err
        if code == 2:
            assert err.strip()
            assert_unchanged(before, contents(live))
