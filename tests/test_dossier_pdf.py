"""The dossier PDF from the CLI: Chinese text selectable, font embedded, TOC pages right."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest

from app import outreach, shortlists
from app.db import Database
from tests.conftest import run_cli
from tests.outreach_helpers import add_firm, add_reducer_maker

poppler = pytest.mark.skipif(
    not (shutil.which("pdftotext") and shutil.which("pdffonts")), reason="poppler-utils absent"
)


@pytest.fixture
def dbfile(db_target):
    path = db_target  # a file, or with --engine=postgresql the server
    db = Database(path)
    a = add_reducer_maker(
        db, "深圳市甲乙精密传动股份有限公司", employees=800, main_business="精密减速器研发与生产"
    )
    b = add_firm(db, "广州市丙丁新材料有限公司", city="广州市", direction="mat.advanced")
    c = add_firm(db, "空白信息有限公司")
    outreach.add_contact(db, a, name="张三", phone="13812341234")
    shortlists.create(db, "深广重点")
    shortlists.add(db, "深广重点", [a, b, c])
    shortlists.create(db, "空名单")
    db.close()
    return path


def cli(capsys, *args: str) -> tuple[int, str, str]:
    """Run the CLI in this process (fast); the PDF tests use a real subprocess."""
    from cli.main import main

    capsys.readouterr()
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _text(pdf, first=None, last=None):
    cmd = ["pdftotext", "-layout"]
    if first:
        cmd += ["-f", str(first), "-l", str(last or first)]
    return subprocess.run([*cmd, str(pdf), "-"], capture_output=True, check=True).stdout.decode()


@poppler
def test_cli_dossier_pdf_has_selectable_chinese_and_an_embedded_font(dbfile, tmp_path):
    out = tmp_path / "one.pdf"
    r = run_cli(
        "--db",
        str(dbfile),
        "dossier",
        "--firm",
        "深圳市甲乙精密传动股份有限公司",
        "--out",
        str(out),
    )
    assert r.returncode == 0, r.stderr.decode()
    text = _text(out)
    assert "深圳市甲乙精密传动股份有限公司" in text
    assert "精密减速器" in text and "工业机器人产业集聚区" in text
    assert "13812341234" in text  # the dossier carries the full contact
    assert re.search(r"第\s*1\s*页\s*/\s*共\s*\d+\s*页", text)
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, check=True).stdout.decode()
    rows = [line for line in fonts.splitlines()[2:] if line.strip()]
    assert rows and all(line.split()[-5] == "yes" for line in rows), fonts  # emb column
    assert "WenQuanYi" in fonts


@poppler
@pytest.mark.slow  # ~5 s: twenty dossiers through a real subprocess, checked page by page
def test_cli_shortlist_batch_toc_page_numbers_match(dbfile, tmp_path):
    """A 20-firm shortlist: one PDF whose contents page points at every dossier's cover."""
    db = Database(dbfile)
    extra = [add_firm(db, f"深圳批量测试{i:02d}有限公司", city="深圳市") for i in range(17)]
    shortlists.add(db, "深广重点", extra)
    db.close()
    out = tmp_path / "batch.pdf"
    r = run_cli(
        "--db", str(dbfile), "dossier", "--shortlist", "深广重点", "--out", str(out), "--json"
    )
    assert r.returncode == 0, r.stderr.decode()
    result = json.loads(r.stdout)
    assert result["firms"] == 20
    toc = _text(out, 1)
    assert "目" in toc and "录" in toc
    names = [
        "深圳市甲乙精密传动股份有限公司",
        "广州市丙丁新材料有限公司",
        "空白信息有限公司",
        *(f"深圳批量测试{i:02d}有限公司" for i in range(17)),
    ]
    pages = []
    for name in names:
        line = next(line for line in toc.splitlines() if name in line)
        pages.append(int(line.split()[-1]))
    assert pages == sorted(pages) and pages[0] == 2
    assert pages[-1] < result["pages"]
    for name, page in zip(names, pages, strict=True):
        cover = _text(out, page)
        assert "走访档案" in cover and name in cover, (name, page)
        assert re.search(rf"第\s*{page}\s*页\s*/\s*共\s*{result['pages']}\s*页", cover)


def test_cli_dossier_bad_output_path_exits_2(dbfile, tmp_path, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    for bad in (tmp_path / "missing" / "x.pdf", blocker / "x.pdf", tmp_path / "x.txt"):
        code, _, err = cli(
            capsys, "--db", str(dbfile), "dossier", "--firm", "空白信息有限公司", "--out", str(bad)
        )
        assert code == 2, err
        assert "错误" in err
        assert not bad.exists()


def test_cli_dossier_empty_shortlist_and_unknown_firm_exit_2(dbfile, tmp_path, capsys):
    out = tmp_path / "x.pdf"
    db = ("--db", str(dbfile), "dossier")
    code, _, err = cli(capsys, *db, "--shortlist", "空名单", "--out", str(out))
    assert code == 2 and "还没有企业" in err
    code, _, err = cli(capsys, *db, "--shortlist", "没有这个", "--out", str(out))
    assert code == 2 and "没有名为" in err
    code, _, err = cli(capsys, *db, "--firm", "不存在的公司", "--out", str(out))
    assert code == 2 and "找不到企业" in err
    assert not out.exists()


@pytest.mark.gui
def test_cli_dossier_missing_printer_exits_2(dbfile, capsys, qapp):
    code, _, err = cli(
        capsys,
        "--db",
        str(dbfile),
        "dossier",
        "--firm",
        "空白信息有限公司",
        "--printer",
        "不存在的打印机",
    )
    assert code == 2, err
    assert "找不到打印机" in err


def test_cli_shortlist_round_trip(dbfile, tmp_path, capsys):
    db = ("--db", str(dbfile))
    assert cli(capsys, *db, "shortlist", "create", "新名单")[0] == 0
    code, _, err = cli(capsys, *db, "shortlist", "add", "新名单", "空白信息有限公司", "1")
    assert code == 0, err
    code, out, _ = cli(capsys, *db, "shortlist", "show", "新名单", "--json")
    data = json.loads(out)
    assert [f["id"] for f in data["firms"]] == [3, 1]
    assert data["firms"][1]["contacts"][0]["phone"] == "138****1234"
    code, out, _ = cli(capsys, *db, "shortlist", "show", "新名单", "--json", "--unmask")
    assert json.loads(out)["firms"][1]["contacts"][0]["phone"] == "13812341234"
    xlsx = tmp_path / "l.xlsx"
    assert cli(capsys, *db, "shortlist", "export", "新名单", "--out", str(xlsx))[0] == 0
    assert xlsx.exists()
    assert cli(capsys, *db, "shortlist", "export", "空名单X", "--out", str(xlsx))[0] == 2
    code, _, err = cli(capsys, *db, "stage", "1", "已放弃")
    assert code == 2 and "原因" in err
    code, _, err = cli(capsys, *db, "stage", "1", "won")
    assert code == 2 and "无效的阶段" in err
    code, out, err = cli(capsys, *db, "stage", "1", "已接洽", "--note", "电话", "--json")
    assert code == 0, err
    assert json.loads(out)["history"][-1]["note"] == "电话"
    code, _, err = cli(
        capsys,
        *db,
        "visit",
        "add",
        "1",
        "--date",
        "2025-03-05",
        "--next",
        "回访",
        "--next-date",
        "2025-03-06",
    )
    assert code == 0, err
    code, out, _ = cli(capsys, *db, "reminders", "--json")
    assert [r["next_step"] for r in json.loads(out)] == ["回访"]
    code, out, _ = cli(capsys, *db, "shortlist", "list", "--json")
    assert {r["name"]: r["count"] for r in json.loads(out)}["新名单"] == 2
