"""The interface is fully translated, and every text shown to people goes through tr()."""

from __future__ import annotations

import ast
import re
import shutil
from pathlib import Path

import pytest

import resources
from tests.conftest import ROOT

FRAGMENTS = resources.path("translations")


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_catalogue_is_complete(ui_catalogues, lang):
    """Every text lupdate finds in ui/ today has a translation (build() raises otherwise)."""
    from ui import i18n_tool

    ts = ui_catalogues[lang]
    assert len(i18n_tool.translations(ts)) > 300
    assert i18n_tool.problems(ts) == []


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_committed_qm_is_up_to_date(ui_catalogues, lang):
    """The committed .qm is what `make translations` makes from today's ui/ and fragments."""
    committed = FRAGMENTS / f"chainfill_{lang}.qm"
    fresh = ui_catalogues[f"{lang}.qm"]
    assert committed.read_bytes() == fresh.read_bytes(), "run `make translations` and commit"


def test_chinese_catalogue_really_is_chinese(ui_catalogues):
    from ui import i18n_tool

    table = i18n_tool.translations(ui_catalogues["zh_CN"])
    assert len(table) > 300
    # A translation may keep a code, a placeholder or a file pattern, but most hold Chinese.
    han = sum(1 for text in table.values() if re.search(r"[\u4e00-\u9fff]", text))
    assert han / len(table) > 0.95
    # Placeholders survive translation.
    for (ctx, source), text in table.items():
        for ph in re.findall(r"%\d", source):
            assert ph in text, (ctx, source, text)


def test_every_message_has_one_home():
    """No context and source is translated in two fragments (they would drift apart)."""
    from ui import i18n_tool

    parts = i18n_tool.fragments(FRAGMENTS)
    assert len(parts) > 10
    assert i18n_tool.clashes(parts) == []


def test_the_check_finds_a_message_with_two_homes(tmp_path):
    from ui import i18n_tool

    entry = (
        "<context><name>views</name><message><source>Overview</source>"
        "<translation>{}</translation></message></context>"
    )
    for name, text in (("a_zh_CN.xml", "总览"), ("b_zh_CN.xml", "概览")):
        (tmp_path / name).write_text(f"<TS>{entry.format(text)}</TS>", encoding="utf-8")
    assert i18n_tool.clashes(i18n_tool.fragments(tmp_path)) == [
        "views: Overview (a_zh_CN.xml, b_zh_CN.xml)"
    ]


def test_every_fragment_message_is_shown_somewhere(ui_catalogues):
    """A fragment message lupdate does not find in ui/ is a label shown untranslated (handed
    to tr()/tx() through a variable without QT_TRANSLATE_NOOP, as the deals view's column and
    form labels were) or a dead entry."""
    from ui import i18n_tool

    assert i18n_tool.stale(i18n_tool.fragments(FRAGMENTS), ui_catalogues["zh_CN"]) == []


def test_the_check_finds_a_fragment_message_ui_never_uses(tmp_path):
    from ui import i18n_tool

    built = tmp_path / "chainfill_zh_CN.ts"
    built.write_text(
        "<TS><context><name>views</name><message><source>Overview</source>"
        "<translation>总览</translation></message></context></TS>",
        encoding="utf-8",
    )
    part = tmp_path / "a_zh_CN.xml"
    part.write_text(
        "<TS><context><name>views</name><message><source>Overview</source><translation>总览"
        "</translation></message><message><source>Gone</source><translation>已删"
        "</translation></message></context></TS>",
        encoding="utf-8",
    )
    assert i18n_tool.stale([part], built) == ["a_zh_CN.xml: not in ui/: views: Gone"]


def test_no_message_has_a_disambiguation(ui_catalogues):
    """lupdate reads a literal second argument of tx()/txf() as a disambiguation; the lookup
    without one then never finds the translation ("What would it take" showed in English in
    the Chinese projects view)."""
    from ui import i18n_tool

    assert i18n_tool.disambiguated(ui_catalogues["zh_CN"]) == []


def test_the_check_finds_a_literal_second_argument(tmp_path):
    from ui import i18n_tool

    built = tmp_path / "chainfill_zh_CN.ts"
    built.write_text(
        "<TS><context><name></name><message><source>Take: %1</source><comment>&lt;br/&gt;"
        "</comment><translation>还差：%1</translation></message></context></TS>",
        encoding="utf-8",
    )
    found = i18n_tool.disambiguated(built)
    assert len(found) == 1 and found[0].startswith(": Take: %1: a literal second argument")


def test_a_changed_fragment_reaches_the_catalogue(tmp_path, monkeypatch):
    """The merged catalogue is built fresh: an earlier build's text does not shadow a fragment's."""
    from ui import i18n_tool

    parts = tmp_path / "fragments"
    shutil.copytree(i18n_tool.FRAGMENTS, parts, ignore=shutil.ignore_patterns("*.qm"))
    monkeypatch.setattr(i18n_tool, "FRAGMENTS", parts)
    out = tmp_path / "out"
    before = i18n_tool.translations(i18n_tool.build(out, out)["zh_CN"])
    assert before[("views", "Overview")] == "总览"
    base = parts / "base_zh_CN.xml"
    base.write_text(base.read_text(encoding="utf-8").replace(">总览<", ">概览<"), encoding="utf-8")
    after = i18n_tool.translations(i18n_tool.build(out, out)["zh_CN"])
    assert after[("views", "Overview")] == "概览"


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
