"""Masking of personal data and spreadsheet-formula escaping (app.privacy)."""

from __future__ import annotations

import os

import pytest

from app import privacy
from app.errors import UserError


@pytest.mark.parametrize(
    ("raw", "masked"),
    [
        ("13812341234", "138****1234"),
        ("138 1234 1234", "138 **** 1234"),
        ("+86 13812341234", "+86 138****1234"),
        ("0769-22881234", "076*-****1234"),
        ("1234", "****"),
        ("", ""),
        (None, ""),
    ],
)
def test_mask_phone(raw, masked):
    assert privacy.mask_phone(raw) == masked


def test_mask_phone_never_shows_the_middle_digits():
    masked = privacy.mask_phone("13987654321")
    assert "8765" not in masked and masked.endswith("4321")


@pytest.mark.parametrize(
    ("raw", "masked"),
    [
        ("zhang@example.com", "z***@example.com"),
        ("li.lei@dg.gov.cn", "l***@dg.gov.cn"),
        ("nodomain", "n***"),
        ("", ""),
    ],
)
def test_mask_email(raw, masked):
    assert privacy.mask_email(raw) == masked


def test_mask_name_keeps_the_first_character():
    assert privacy.mask_name("张三丰") == "张**"
    assert privacy.mask_name("王") == "王"


@pytest.mark.parametrize("bad", ["=1+1", "+86 138", "-2+3", "@SUM(A1)", "\t=x", " =HYPERLINK()"])
def test_escape_cell_neutralises_formula_text(bad):
    out = privacy.escape_cell(bad)
    assert out.startswith("'") and out[1:] == bad


@pytest.mark.parametrize("ok", ["中兴通讯", "A=1", "", 42, -3.5, None])
def test_escape_cell_leaves_other_values(ok):
    assert privacy.escape_cell(ok) == ok


def test_check_output_path(tmp_path):
    assert privacy.check_output_path(tmp_path / "a.pdf", ".pdf") == tmp_path / "a.pdf"
    with pytest.raises(UserError, match="不存在"):
        privacy.check_output_path(tmp_path / "nope" / "a.pdf", ".pdf")
    with pytest.raises(UserError, match=r"\.pdf"):
        privacy.check_output_path(tmp_path / "a.txt", ".pdf")
    with pytest.raises(UserError, match="文件夹"):
        privacy.check_output_path(tmp_path, ".pdf")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs POSIX permissions")
def test_check_output_path_read_only_folder(tmp_path):
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    try:
        with pytest.raises(UserError, match="无法写入"):
            privacy.check_output_path(ro / "a.xlsx", ".xlsx")
    finally:
        ro.chmod(0o700)
