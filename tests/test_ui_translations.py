"""The interface is fully translated, and every text shown to people goes through tr()."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
from pathlib import Path

import pytest

import resources
from tests.conftest import ROOT

TS = {
    "zh_CN": resources.path("translations", "chainfill_zh_CN.ts"),
    "en": resources.path("translations", "chainfill_en.ts"),
}


@pytest.mark.parametrize("lang", sorted(TS))
def test_catalogue_is_complete(lang):
    from ui import i18n_tool

    assert TS[lang].exists()
    missing = i18n_tool.problems(TS[lang])
    assert missing == [], f"{len(missing)} unfinished in {TS[lang].name}: {missing[:10]}"


def test_chinese_catalogue_really_is_chinese():
    from ui import i18n_tool

    table = i18n_tool.translations(TS["zh_CN"])
    assert len(table) > 300
    # A translation may keep a code, a placeholder or a file pattern, but most hold Chinese.
    han = sum(1 for text in table.values() if re.search(r"[\u4e00-\u9fff]", text))
    assert han / len(table) > 0.95
    # Placeholders survive translation.
    for (ctx, source), text in table.items():
        for ph in re.findall(r"%\d", source):
            assert ph in text, (ctx, source, text)


def test_catalogue_covers_every_string_in_the_sources(tmp_path):
    """What pyside6-lupdate finds in ui/ today is all in the committed catalogue."""
    from ui import i18n_tool

    lupdate = shutil.which("pyside6-lupdate", path=str(Path(ROOT, ".venv", "bin"))) or shutil.which(
        "pyside6-lupdate"
    )
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in Path(ROOT, "ui").rglob("*.py"))
    subprocess.run(
        [
            lupdate,
            "-tr-function-alias",  # as the Makefile: the projects view's tx()/txf()
            "tr+=tx,tr+=txf",
            "-source-language",
            "en",
            "-target-language",
            "zh_CN",
            *sources,
            "-ts",
            str(fresh),
        ],
        check=True,
        capture_output=True,
    )
    found = {
        (ctx, msg.findtext("source"))
        for ctx, msg in i18n_tool._messages(i18n_tool.load(fresh).getroot())
    }
    have = set(i18n_tool.translations(TS["zh_CN"]))
    new = sorted(found - have)
    assert new == [], f"run `make translations` and translate: {new[:10]}"


@pytest.mark.gui
def test_compiled_catalogue_is_used(qapp):
    from PySide6.QtCore import QCoreApplication

    from ui import i18n

    try:
        assert i18n.install("zh_CN")
        assert QCoreApplication.translate("views", "Overview") == "总览"
        assert QCoreApplication.translate("FirmTable", "Registered capital") == "注册资本"
        assert i18n.install("en")
        assert QCoreApplication.translate("views", "Overview") == "Overview"
    finally:
        i18n.install("zh_CN")


# -- texts that bypass tr() ---------------------------------------------------------------------
# Every module of ui/ is scanned, except these (with the reason).
NOT_SCANNED = {
    "ui/i18n_tool.py": "a developer tool run by `make translations`, never on screen",
}
SCANNED = sorted(
    p.relative_to(ROOT).as_posix()
    for p in (ROOT / "ui").rglob("*.py")
    if p.relative_to(ROOT).as_posix() not in NOT_SCANNED
)
# Methods and constructors whose text argument is shown on screen.
SHOWN = {
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setPlaceholderText",
    "setTitle",
    "setSubTitle",
    "setLabelText",
    "setInformativeText",
    "setPrefix",
    "setSuffix",
    "setSpecialValueText",
    "showMessage",
    "addTab",
    "addRow",
    "addItem",
    "addAction",
    "addButton",
    "setHorizontalHeaderLabels",
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QAction",
    "QGroupBox",
    "make_button",
    "add_button",
    "muted",
    "section_title",
    "EmptyState",
    "Card",
    "Kpi",
    "information",
    "warning",
    "critical",
    "question",
    "info",
    "ask",
}
WORDS = re.compile(r"[A-Za-z]{2,}|[\u4e00-\u9fff]")


TEXT_ARGS = {"addTab": (1,), "addItem": (0,), "addAction": (0, 1), "addButton": (0,)}
STR_METHODS = {"replace", "join", "format", "strip"}
KEYS = re.compile(r"(Ctrl|Shift|Alt)\+|\bF\d+\b")


def _literal_texts(node: ast.AST) -> list[str]:
    """String constants that end up in an argument, except those inside tr()/translate()."""
    if isinstance(node, ast.Call):
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr in STR_METHODS:
            out = _literal_texts(func.value)
            for a in node.args:
                out += _literal_texts(a)
            return out
        return []  # tr(), translate(), fmt.*(): their result is not a raw literal
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        return [v.value for v in node.values if isinstance(v, ast.Constant)]
    if isinstance(node, ast.BinOp):
        return _literal_texts(node.left) + _literal_texts(node.right)
    if isinstance(node, ast.List | ast.Tuple):
        out = []
        for e in node.elts:
            out += _literal_texts(e)
        return out
    if isinstance(node, ast.IfExp):
        return _literal_texts(node.body) + _literal_texts(node.orelse)
    return []


def texts_bypassing_tr(rel: str) -> list[str]:
    """On-screen string literals in one module that do not go through tr()/translate()."""
    offenders = []
    tree = ast.parse(Path(ROOT, rel).read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "attr", getattr(node.func, "id", ""))
        if name not in SHOWN:
            continue
        positions = TEXT_ARGS.get(name, (0,))
        for i, arg in enumerate(node.args):
            if i not in positions:
                continue
            for text in _literal_texts(arg):
                # HTML tags, style and key names are not words for people.
                bare = KEYS.sub("", re.sub(r"<[^>]*>|color:\s*#?\w+|style=", "", text))
                if WORDS.search(bare):
                    offenders.append(f"{rel}:{node.lineno}: {text!r}")
    return offenders


def test_every_ui_module_is_scanned():
    assert {
        "ui/views/projects/view.py",
        "ui/views/shortlists/outreach.py",
        "ui/dossier_print.py",
    } <= set(SCANNED)


@pytest.mark.parametrize("rel", SCANNED)
def test_no_text_on_screen_bypasses_tr(rel):
    offenders = texts_bypassing_tr(rel)
    assert offenders == [], "\n".join(offenders)
