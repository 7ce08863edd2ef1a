"""Issue #20 items 7, 8 and 10: hostile and damaged XLSX files end in a Chinese message
(exit 2), quickly and within the memory budget, in every XLSX reader."""

from __future__ import annotations

import io
import threading
import tracemalloc
import zipfile
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
from openpyxl import Workbook

from app.db import Database
from app.errors import Cancelled, UserError
from app.importing import readers
from cli import main as cli

HEADER = ("企业名称", "统一社会信用代码", "经营范围")


def _cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def sheet_xml(rows: list[str]) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        "<sheetData>" + "".join(rows) + "</sheetData></worksheet>"
    )


def header_row() -> str:
    return (
        '<row r="1">'
        + "".join(_cell(f"{c}1", h) for c, h in zip("ABC", HEADER, strict=True))
        + "</row>"
    )


SST_OVERRIDE = (
    b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
    b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml" /></Types>'
)


def declare_shared_strings(manifest: bytes) -> bytes:
    """openpyxl reads the shared strings only when [Content_Types].xml declares them."""
    if b"sharedStrings" in manifest:
        return manifest
    return manifest.replace(b"</Types>", SST_OVERRIDE)


def workbook_with(path: Path, replace: dict[str, bytes | str]) -> Path:
    """A real workbook written by openpyxl, with some of its parts replaced."""
    wb = Workbook()
    ws = wb.active
    ws.append(list(HEADER))
    ws.append(["甲科技有限公司", None, "工业机器人"])
    buf = io.BytesIO()
    wb.save(buf)
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = replace.get(info.filename, src.read(info.filename))
            if info.filename == "[Content_Types].xml" and "xl/sharedStrings.xml" in replace:
                data = declare_shared_strings(data)
            dst.writestr(info.filename, data)
        for name, data in replace.items():
            if name not in src.namelist():
                dst.writestr(name, data)
    return path


def within(seconds: float, fn):
    """Run ``fn`` in a thread; its outcome, or fail when it is still running."""
    outcome: dict[str, object] = {}

    def target() -> None:
        try:
            outcome["value"] = fn()
        except BaseException as exc:
            outcome["error"] = exc

    t = threading.Thread(target=target, daemon=True)
    t.start()
    t.join(seconds)
    assert not t.is_alive(), f"still running after {seconds} s"
    return outcome


def read_all(path: Path) -> list:
    with readers.open_sheet(path) as sheet:
        return list(sheet.data_rows())


def run(*argv: str) -> tuple[int, str]:
    err = io.StringIO()
    with redirect_stdout(io.StringIO()), redirect_stderr(err):
        code = cli.main(list(argv))
    return code, err.getvalue()


# -- item 7: a row numbered 99,999,999,999 ------------------------------------------------------

HUGE_ROW = sheet_xml(
    [header_row(), '<row r="99999999999">' + _cell("A99999999999", "乙") + "</row>"]
)


def test_a_huge_row_number_is_refused_quickly(tmp_path):
    path = workbook_with(tmp_path / "huge.xlsx", {"xl/worksheets/sheet1.xml": HUGE_ROW})
    outcome = within(20, lambda: read_all(path))
    assert isinstance(outcome.get("error"), UserError), outcome
    assert "行号" in outcome["error"].message


def test_the_wizard_preview_of_a_huge_row_number_ends(tmp_path):
    from app.importing import preview

    path = workbook_with(tmp_path / "huge.xlsx", {"xl/worksheets/sheet1.xml": HUGE_ROW})
    outcome = within(20, lambda: preview(path))
    assert isinstance(outcome.get("error"), UserError), outcome


def test_projects_import_of_a_huge_row_number_exits_2(tmp_path):
    db = tmp_path / "p.sqlite"
    tpl = tmp_path / "tpl.xlsx"
    assert run("--db", str(db), "projects", "template", "--out", str(tpl))[0] == 0
    with zipfile.ZipFile(tpl) as zf:
        names = [n for n in zf.namelist() if n.startswith("xl/worksheets/sheet")]
    hostile = tmp_path / "hostile.xlsx"
    with zipfile.ZipFile(tpl) as src, zipfile.ZipFile(hostile, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename in names:
                data = data.replace(b"</sheetData>", b'<row r="99999999999"/></sheetData>')
            dst.writestr(info.filename, data)
    outcome = within(30, lambda: run("--db", str(db), "projects", "import", str(hostile)))
    code, err = outcome["value"]
    assert code == 2, err
    assert "意外错误" not in err


def test_cancel_is_checked_while_empty_rows_are_skipped(tmp_path, monkeypatch):
    from app.importing import import_firms
    from app.jobs import CancelToken, run_to_end

    empty = "".join(f'<row r="{n}"/>' for n in range(2, 20002))
    data = '<row r="20002">' + _cell("A20002", "乙科技有限公司") + "</row>"
    path = workbook_with(
        tmp_path / "empty.xlsx",
        {"xl/worksheets/sheet1.xml": sheet_xml([header_row(), empty, data])},
    )
    seen = [0]
    original = readers.xlsx_rows

    def counting(ws, name):
        for item in original(ws, name):
            seen[0] += 1
            yield item

    monkeypatch.setattr(readers, "xlsx_rows", counting)
    token = CancelToken()
    token.cancel()
    db = Database(tmp_path / "c.sqlite")
    with pytest.raises(Cancelled):
        run_to_end(import_firms(db, path, cancel=token))
    assert seen[0] <= 4096 + 16, seen[0]
    assert db.scalar("SELECT count(*) FROM firms") == 0
    db.close()


# -- item 8: the shared-strings bomb --------------------------------------------------------------


def test_a_shared_strings_bomb_is_refused_before_it_is_loaded(tmp_path, monkeypatch):
    monkeypatch.setattr(readers, "XLSX_STRINGS_BUDGET", 8 << 20)  # 8 MB instead of 600 MB
    strings = "<si><t>ab</t></si>" * 400_000  # 7.2 MB unpacked, a few KB packed
    sst = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        + strings
        + "</sst>"
    )
    path = workbook_with(tmp_path / "bomb.xlsx", {"xl/sharedStrings.xml": sst})
    assert path.stat().st_size < 100_000
    tracemalloc.start()
    try:
        with pytest.raises(UserError, match="内存上限"):
            read_all(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 4 << 20, peak  # loading it would take ≈ 60 MB


# -- item 10: damaged archives -----------------------------------------------------------------


@pytest.fixture(scope="module")
def template_bytes(tmp_path_factory) -> bytes:
    folder = tmp_path_factory.mktemp("tpl")
    tpl = folder / "projects.xlsx"
    code, err = run("--db", str(folder / "t.sqlite"), "projects", "template", "--out", str(tpl))
    assert code == 0, err
    return tpl.read_bytes()


def test_the_reported_damaged_workbook_exits_2(tmp_path, template_bytes):
    """The example hypothesis drew: byte 242 of the template set to 0."""
    data = bytearray(template_bytes)
    data[242] = 0
    path = tmp_path / "input.xlsx"
    path.write_bytes(bytes(data))
    for argv in (["projects", "import", str(path)], ["import", str(path)]):
        code, err = run("--db", str(tmp_path / "d.sqlite"), *argv)
        assert code in (0, 2), err
        assert "意外错误" not in err and "Traceback" not in err, err


def test_every_zeroed_byte_of_a_workbook_is_a_clean_outcome(tmp_path, template_bytes):
    """A deterministic sweep over the archive: compressed data, headers and directory."""
    db = tmp_path / "d.sqlite"
    Database(db).close()
    path = tmp_path / "input.xlsx"
    step = max(1, len(template_bytes) // 40)
    for pos in range(0, len(template_bytes), step):
        data = bytearray(template_bytes)
        data[pos] = 0 if data[pos] else 0xFF
        path.write_bytes(bytes(data))
        for argv in (["projects", "import", str(path)], ["import", str(path), "--dry-run"]):
            code, err = run("--db", str(db), *argv)
            assert code in (0, 2), (pos, err)
            assert "意外错误" not in err, (pos, err)


def test_the_shared_strings_estimate_counts_every_string_across_chunks(tmp_path):
    n = 150_000  # > 2 MiB of XML: several read chunks
    body = '<x:si><x:t>甲乙</x:t></x:si><si/><si xml:space="preserve"><t>a</t></si>' * n
    path = tmp_path / "s.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("s.xml", body)
    with zipfile.ZipFile(path) as zf:
        cost = readers._shared_strings_cost(zf, "s.xml")
    size = len(body.encode())
    assert cost == 3 * n * readers.XLSX_BYTES_PER_STRING + 2 * size
