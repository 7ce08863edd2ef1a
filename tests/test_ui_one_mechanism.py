"""One translation mechanism in ui/ (#18 item 12): Qt's tr() and its catalogues, no Chinese
fallback table beside them; and the English catalogue covers every message the Chinese one does."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from tests.conftest import ROOT

HAN = re.compile(r"[\u4e00-\u9fff]")
UI = sorted(p for p in (ROOT / "ui").rglob("*.py"))


def _translation_tables(path: Path) -> list[str]:
    """Dict literals mapping English text to Chinese text (a fallback beside the .ts files)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Dict) or len(node.keys) < 5:
            continue
        pairs = [
            (k.value, v.value)
            for k, v in zip(node.keys, node.values, strict=True)
            if isinstance(k, ast.Constant)
            and isinstance(k.value, str)
            and isinstance(v, ast.Constant)
            and isinstance(v.value, str)
        ]
        english_to_chinese = [
            k
            for k, v in pairs
            if re.search(r"[A-Za-z]{3}", k) and not HAN.search(k) and HAN.search(v)
        ]
        if len(english_to_chinese) >= 5:
            found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def test_no_chinese_fallback_table_in_ui():
    tables = [t for p in UI for t in _translation_tables(p)]
    assert tables == [], f"translate through tr() and the .ts catalogues instead: {tables}"


def test_the_check_finds_a_fallback_table(tmp_path):
    bad = tmp_path / "texts.py"
    bad.write_text(
        'ZH = {"Import…": "导入…", "Refresh": "刷新", "Projects": "项目", '
        '"Alerts": "提醒", "All zones": "全部集聚区"}\n',
        encoding="utf-8",
    )
    import tests.test_ui_one_mechanism as me

    old = me.ROOT
    me.ROOT = tmp_path
    try:
        assert _translation_tables(bad) == ["texts.py:1"]
    finally:
        me.ROOT = old


def _tx_sources() -> set[str]:
    """Literal texts passed to the projects view's tx()/txf() (tr() aliases)."""
    out = set()
    for path in UI:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", None) in ("tx", "txf")
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                out.add(node.args[0].value)
    return out


def test_every_tx_text_is_in_the_catalogues(ui_catalogues):
    from ui import i18n_tool

    sources = _tx_sources()
    assert len(sources) > 50  # the projects view's texts are found
    zh = i18n_tool.translations(ui_catalogues["zh_CN"])
    en = i18n_tool.translations(ui_catalogues["en"])
    missing = sorted(s for s in sources if ("", s) not in zh or ("", s) not in en)
    assert missing == [], f"run `make translations` and translate: {missing[:10]}"


def test_english_covers_what_chinese_does(ui_catalogues):
    from ui import i18n_tool

    zh = set(i18n_tool.translations(ui_catalogues["zh_CN"]))
    en = i18n_tool.translations(ui_catalogues["en"])
    assert zh - set(en) == set(), sorted(zh - set(en))[:10]
    # English shows English: no Chinese characters in an English text.
    chinese = sorted(k for k, text in en.items() if HAN.search(text) and not HAN.search(k[1]))
    assert chinese == [], chinese[:10]


@pytest.mark.gui
def test_projects_texts_follow_the_language(qapp):
    from ui import i18n
    from ui.views.projects.texts import tx

    try:
        i18n.install("zh_CN")
        assert tx("Brought-in projects") == "项目履约"
        i18n.install("en")
        assert tx("Brought-in projects") == "Brought-in projects"
    finally:
        i18n.install("zh_CN")
