"""Any bytes given to an importer: exit 0 or 2 with a message, never a traceback, and a
rejected file never changes the database.

The inputs are random bytes and damaged versions of real templates (a valid .xlsx is a zip:
flipped bytes and truncations exercise openpyxl's error paths as well as ours).
"""

from __future__ import annotations

import hashlib
import io
import os
import sqlite3
from contextlib import redirect_stderr, redirect_stdout

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.db import Database
from cli import main as cli

pytestmark = [
    pytest.mark.slow,
    pytest.mark.sqlite_only("fuzzes the file readers, which the engines share, into a SQLite file"),
]

FUZZ = settings(
    # the explore profile (make fuzz) raises this; CI keeps 25 derandomized examples
    max_examples=500 if os.environ.get("HYPOTHESIS_PROFILE") == "explore" else 25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _fingerprint(path) -> str:
    conn = sqlite3.connect(path)
    try:
        h = hashlib.sha256()
        for table in ("firms", "imports", "projects", "project_reports", "audit"):
            for row in sorted(repr(tuple(r)) for r in conn.execute(f"SELECT * FROM {table}")):
                h.update(row.encode())
        return h.hexdigest()
    finally:
        conn.close()


def _run(*argv: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = cli.main(list(argv))
    return code, err.getvalue()


_TEMPLATES: dict[str, bytes] = {}


@pytest.fixture(scope="module", autouse=True)
def _templates(tmp_path_factory):
    """A valid project template and a valid firm CSV to damage (kept out of hypothesis'
    reports, which would print their bytes)."""
    folder = tmp_path_factory.mktemp("templates")
    xlsx = folder / "projects.xlsx"
    code, err = _run("--db", str(folder / "t.sqlite"), "projects", "template", "--out", str(xlsx))
    assert code == 0, err
    csv_bytes = (
        "企业名称,统一社会信用代码,注册资本,成立日期,经营范围\n"
        "深圳市甲乙科技有限公司,,500万元,2015-03-01,工业机器人减速器研发\n"
    ).encode()
    _TEMPLATES.update(xlsx=xlsx.read_bytes(), csv=csv_bytes)


def _damaged(data: bytes, flips: list[tuple[int, int]], cut: int) -> bytes:
    buf = bytearray(data[: max(1, len(data) * cut // 100)])
    for pos, val in flips:
        buf[pos % len(buf)] = val
    return bytes(buf)


damage = st.tuples(
    st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=8),
    st.integers(1, 100),
)
payload = st.one_of(st.binary(max_size=2048), damage)


def _file_from(kind_bytes: bytes, choice) -> bytes:
    if isinstance(choice, bytes):
        return choice
    flips, cut = choice
    return _damaged(kind_bytes, flips, cut)


def _check(tmp_path, argv_for, data: bytes, suffix: str):
    dbfile = tmp_path / "fuzz.sqlite"
    if not dbfile.exists():
        Database(dbfile).close()
    before = _fingerprint(dbfile)
    f = tmp_path / f"input{suffix}"
    f.write_bytes(data)
    code, err = _run("--db", str(dbfile), *argv_for(str(f)))
    assert code in (0, 2), err
    assert "Traceback" not in err and "意外错误" not in err, err
    if code == 2:
        assert err.strip(), "a rejected file must say why"
        assert _fingerprint(dbfile) == before


@FUZZ
@given(choice=payload, suffix=st.sampled_from([".xlsx", ".csv", ".bin"]))
# issue #20: drawn once in two fresh-clone runs ("Error -3 while decompressing data")
@example(choice=([(242, 0)], 100), suffix=".xlsx")
def test_projects_import_survives_any_bytes(tmp_path, choice, suffix):
    data = _file_from(_TEMPLATES["xlsx"], choice)
    _check(tmp_path, lambda p: ["projects", "import", p], data, suffix)


@FUZZ
@given(choice=payload, suffix=st.sampled_from([".csv", ".xlsx", ".txt"]))
def test_firm_import_survives_any_bytes(tmp_path, choice, suffix):
    data = _file_from(_TEMPLATES["csv"] if suffix != ".xlsx" else _TEMPLATES["xlsx"], choice)
    _check(tmp_path, lambda p: ["import", p], data, suffix)


@FUZZ
@given(choice=payload)
def test_classify_survives_any_bytes(tmp_path, choice):
    data = _file_from(_TEMPLATES["csv"], choice)
    out = tmp_path / "out.csv"
    _check(tmp_path, lambda p: ["classify", p, "--out", str(out)], data, ".csv")
