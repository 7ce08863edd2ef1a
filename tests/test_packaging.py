"""Fast checks of the packaging: build.spec, data files, version, icons, the About dialog.

The real build and its smoke test are ``make bundle-test`` (bench/bundle_smoke.py): minutes,
not part of the test suite. Here build.spec runs with stand-ins for PyInstaller's classes.
"""

from __future__ import annotations

import ast
import fnmatch
import io
import struct
import sys
import tomllib
import types
from pathlib import Path
from typing import ClassVar

import pytest

import resources
from tests.conftest import ROOT

SPEC = ROOT / "build.spec"


class _Recorder:
    """Stands in for Analysis/PYZ/EXE/COLLECT: keeps its arguments."""

    def __init__(self, *args, **kwargs):
        self.args, self.kwargs = args, kwargs
        self.binaries = []
        # Analysis turns (source, dest folder) pairs into TOC entries (dest file, source, kind).
        self.datas = [
            (f"{dest}/{Path(src).name}", src, "DATA") for src, dest in kwargs.get("datas", [])
        ]
        self.pure, self.scripts = [], []


def run_spec(tmp_path: Path, monkeypatch, full: bool = False) -> dict:
    if full:
        monkeypatch.setenv("CHAINFILL_BUNDLE_FULL", "1")
    else:
        monkeypatch.delenv("CHAINFILL_BUNDLE_FULL", raising=False)
    ns = {
        "__name__": "__main__",
        "SPECPATH": str(ROOT),
        "workpath": str(tmp_path),
        "Analysis": _Recorder,
        "PYZ": _Recorder,
        "EXE": _Recorder,
        "COLLECT": _Recorder,
    }
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), ns)
    return ns


@pytest.fixture
def spec(tmp_path, monkeypatch) -> dict:
    return run_spec(tmp_path, monkeypatch)


def pyproject_version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "version"
    ]


# -- version --------------------------------------------------------------------------------
def test_version_has_one_source(spec):
    import app

    assert spec["VERSION"] == pyproject_version()
    assert app.__version__ == pyproject_version(), "app/__init__.py must mirror pyproject.toml"


# -- hidden imports -------------------------------------------------------------------------
def test_hidden_imports_cover_every_cli_module(spec):
    from cli import main as cli

    hidden = set(spec["a"].kwargs["hiddenimports"])
    assert set(cli.COMMAND_MODULES) <= hidden
    _, ui = spec["cli_modules"]()
    existing_ui = [m for m in ui if (ROOT / (m.replace(".", "/") + ".py")).exists()]
    assert "ui.main" in existing_ui and set(existing_ui) <= hidden
    # The views are imported from "module:Class" strings, invisible to PyInstaller's scan.
    views = {f"ui.views.{p.stem}" for p in (ROOT / "ui" / "views").glob("*.py")} - {
        "ui.views.__init__"
    }
    assert views <= hidden
    assert not any(m.startswith(("tests", "bench", "tools")) for m in hidden)


def test_cli_modules_read_from_source_match_import(spec):
    from cli import main as cli

    commands, ui = spec["cli_modules"]()
    assert commands == cli.COMMAND_MODULES
    assert {"ui.main", "ui.dossier_print", "ui.projects_print"} <= set(ui)


def test_missing_command_module_fails_the_build(tmp_path, monkeypatch):
    fake_root = tmp_path / "root"
    (fake_root / "cli").mkdir(parents=True)
    (fake_root / "cli" / "main.py").write_text(
        'COMMAND_MODULES = ["cli.commands.nope"]\n', encoding="utf-8"
    )
    ns = run_spec(tmp_path, monkeypatch)
    ns["ROOT"] = fake_root
    with pytest.raises(SystemExit, match=r"cli\.commands\.nope"):
        ns["hidden_imports"]()


# -- data files -----------------------------------------------------------------------------
def test_every_resource_file_is_shipped(spec):
    """A data file added to resources/ without a DATA_FILES pattern would be missing frozen."""
    shipped = {Path(src).resolve() for src, _ in spec["data_files"]()}
    left_out = []
    for path in (ROOT / "resources").rglob("*"):
        if not path.is_file() or "__pycache__" in path.parts or path.parent == ROOT / "resources":
            continue
        if any(fnmatch.fnmatch(path.name, pat) for pat in spec["NOT_DATA"]):
            continue
        if path.resolve() not in shipped:
            left_out.append(str(path.relative_to(ROOT)))
    assert not left_out, f"add a DATA_FILES pattern in build.spec for: {left_out}"


def test_data_files_land_where_resources_looks(spec):
    pairs = spec["a"].kwargs["datas"]
    assert pairs, "no data files"
    for src, dest in pairs:
        src_path = Path(src)
        assert src_path.is_file()
        rel = src_path.relative_to(ROOT / "resources").parent.as_posix()
        assert dest == f"resources/{rel}"
    names = {Path(s).name for s, _ in pairs}
    assert {"catalog.toml", "wqy-microhei.ttc", "chainfill.ico", "chainfill.png"} <= names
    assert not any(n.endswith((".py", "_zh_CN.xml", ".po")) for n in names)


def test_resources_path_frozen_and_source(monkeypatch, tmp_path):
    source = resources.path("catalog", "catalog.toml")
    assert source.is_file()
    assert source == Path(resources.__file__).resolve().parent / "catalog" / "catalog.toml"
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.path("catalog", "catalog.toml") == tmp_path / "resources/catalog/catalog.toml"
    assert resources.root() == tmp_path / "resources"


# -- exclusions -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/lib/libQt6Core.so.6", True),
        ("PySide6/Qt/lib/libQt6Charts.so.6", True),
        ("PySide6/Qt/lib/libQt6OpenGLWidgets.so.6", True),  # QtCharts links it
        ("PySide6/Qt/lib/libQt6PrintSupport.so.6", True),
        ("PySide6/Qt/lib/libQt6Svg.so.6", True),
        ("PySide6/Qt/lib/libQt6DBus.so.6", True),
        ("PySide6/Qt/lib/libicudata.so.73", True),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/qwindows.dll", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so", True),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
        ("PySide6/Qt/translations/qtbase_zh_CN.qm", True),
        ("resources/translations/chainfill_zh_CN.qm", True),
        ("resources/catalog/catalog.toml", True),
        ("PySide6/Qt/lib/libQt6Quick.so.6", False),
        ("PySide6/Qt/lib/libQt6Qml.so.6", False),
        ("PySide6/Qt/lib/libQt6Pdf.so.6", False),
        ("PySide6/Qt/lib/libQt6WebEngineCore.so.6", False),
        ("PySide6/Qt/lib/libQt6VirtualKeyboard.so.6", False),
        ("PySide6/Qt/lib/libQt6WaylandClient.so.6", False),
        ("PySide6/Qt6Quick.dll", False),
        ("PySide6/Qt/plugins/platforms/libqwayland-egl.so", False),
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
        ("PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so", False),
        ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", False),
        ("PySide6/Qt/qml/QtQuick/Controls/libqtquickcontrols2plugin.so", False),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/translations/qtbase_de.qm", False),  # Windows wheel layout
        ("PySide6/translations/qtbase_zh_CN.qm", True),
        ("PySide6/plugins/platforms/qwindows.dll", True),
        ("PySide6/plugins/styles/qmodernwindowsstyle.dll", True),
        ("PySide6/plugins/imageformats/qtiff.dll", False),
        ("PySide6/opengl32sw.dll", False),
        ("PySide6/Qt6Pdf.dll", False),
        ("PySide6/Qt6Widgets.dll", True),
        ("PySide6/qml/QtQuick/qtquick2plugin.dll", False),
        ("numpy/_core/_multiarray_umath.cpython-311-x86_64-linux-gnu.so", True),
        ("resources/translations/qtbase_de.qm", True),  # not Qt's: never filtered
        ("PySide6/Qt/translations/qtwebengine_zh_CN.qm", False),
    ],
)
def test_lean_filter(spec, dest, kept):
    assert spec["keep"]((dest, "/src/" + dest, "BINARY")) is kept


def test_lean_build_excludes_unused_qt_and_dev_packages(spec):
    excludes = set(spec["a"].kwargs["excludes"])
    assert {"PySide6.QtWebEngineCore", "PySide6.QtQuick", "PySide6.Qt3DCore"} <= excludes
    assert {"PySide6.QtMultimedia", "pytest", "PyInstaller"} <= excludes
    # Used by ChainFill, or needed by what it uses: never excluded.
    used = {
        "PySide6.QtCore",
        "PySide6.QtGui",
        "PySide6.QtWidgets",
        "PySide6.QtSvg",
        "PySide6.QtPrintSupport",
        "PySide6.QtCharts",
        "unittest",  # scipy and scikit-learn import it
        "pandas",
        "sklearn",
        "scipy",
        "numpy",
        "openpyxl",
        "sqlite_utils",
        "charset_normalizer",
        "platformdirs",
        "jinja2",  # the printed documents' templates (app/templates.py)
        "markupsafe",
    }
    assert not used & excludes
    imported = set()
    for path in (ROOT / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6"):
                imported.add(node.module)
                imported.update(f"PySide6.{a.name}" for a in node.names)
            elif isinstance(node, ast.Import):
                imported.update(a.name for a in node.names if a.name.startswith("PySide6"))
    assert not imported & excludes, f"ui imports excluded Qt modules: {imported & excludes}"


def test_full_build_switch_has_no_exclusions(tmp_path, monkeypatch):
    ns = run_spec(tmp_path, monkeypatch, full=True)
    assert ns["a"].kwargs["excludes"] == []
    assert ns["LEAN"] is False


def test_executable_options(spec):
    exe = spec["exe"].kwargs
    assert exe["name"] == "chainfill"
    assert exe["strip"] is False  # stripping breaks numpy/scipy
    assert exe["console"] is (sys.platform != "win32")
    assert spec["coll"].kwargs["name"] == "chainfill"


def test_windows_version_resource(spec, tmp_path, monkeypatch):
    """The version file parses into PyInstaller's real VSVersionInfo (pefile is Windows-only
    and only needed to write the .exe, so a stand-in lets the module import here)."""
    import PyInstaller.compat

    monkeypatch.setitem(sys.modules, "pefile", types.ModuleType("pefile"))
    monkeypatch.setattr(PyInstaller.compat, "win32api", None, raising=False)
    monkeypatch.delitem(sys.modules, "PyInstaller.utils.win32.versioninfo", raising=False)
    versioninfo = pytest.importorskip("PyInstaller.utils.win32.versioninfo")
    path = spec["windows_version_file"](tmp_path)
    info = versioninfo.load_version_info_from_text_file(path)
    assert isinstance(info, versioninfo.VSVersionInfo)
    text = str(info)
    assert pyproject_version() in text and "chainfill.exe" in text and "补链招商助手" in text
    major, minor, patch = (int(p) for p in pyproject_version().split(".")[:3])
    assert info.ffi.fileVersionMS == (major << 16) | minor
    assert info.ffi.fileVersionLS >> 16 == patch


def test_strip_leaves_wheel_libraries_alone(spec, tmp_path):
    fake = tmp_path / "libfoo.so"
    fake.write_bytes(b"not an elf")
    entries = [("numpy/_core/_multiarray_umath.so", str(fake), "EXTENSION")]
    assert spec["strip_python_runtime"](entries, tmp_path) == entries


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF libraries")
def test_prune_keeps_what_is_linked_and_leaves_cups_to_the_system(spec):
    import shutil

    import PySide6

    if shutil.which("objdump") is None:
        pytest.skip("binutils not installed")
    qt = Path(PySide6.__file__).parent / "Qt"
    plugin = qt / "plugins" / "printsupport" / "libcupsprintersupport.so"
    libs = {"libcups.so.2": None, "libgnutls.so.30": None, "libz.so.1": None}
    from PyInstaller.depend import bindepend

    for name in libs:
        libs[name] = bindepend.resolve_library_path(name)
    if not plugin.exists() or not all(libs.values()):
        pytest.skip("the CUPS plugin or system libraries are not here")
    entries = [
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", str(plugin), "BINARY"),
        (
            "PySide6/Qt/lib/libQt6PrintSupport.so.6",
            str(qt / "lib/libQt6PrintSupport.so.6"),
            "BINARY",
        ),
        ("PySide6/Qt/lib/libQt6Core.so.6", str(qt / "lib/libQt6Core.so.6"), "BINARY"),
        ("libcups.so.2", libs["libcups.so.2"], "BINARY"),
        ("libgnutls.so.30", libs["libgnutls.so.30"], "BINARY"),
        ("libunused.so.1", libs["libz.so.1"], "BINARY"),  # collected for a dropped plugin
    ]
    kept = {Path(d).name for d, _s, _k in spec["prune_unlinked"](entries)}
    assert {"libcupsprintersupport.so", "libQt6PrintSupport.so.6", "libQt6Core.so.6"} <= kept
    assert "libunused.so.1" not in kept
    assert "libcups.so.2" not in kept  # from the user's system
    assert "libgnutls.so.30" not in kept  # needed by libcups only


# -- icons ----------------------------------------------------------------------------------
def test_icons_exist_and_ico_holds_every_size():
    icons = ROOT / "resources" / "icons"
    svg = (icons / "chainfill.svg").read_text(encoding="utf-8")
    assert svg.lstrip().startswith("<svg") and "viewBox" in svg
    for size in (16, 24, 32, 48, 64, 128, 256):
        png = (icons / f"chainfill-{size}.png").read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = struct.unpack(">II", png[16:24])
        assert (width, height) == (size, size)
    ico = io.BytesIO((icons / "chainfill.ico").read_bytes())
    reserved, kind, count = struct.unpack("<HHH", ico.read(6))
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for _ in range(count):
        w, _h, _c, _r, _planes, _bpp, length, offset = struct.unpack("<BBBBHHII", ico.read(16))
        sizes.add(w or 256)
        assert offset + length <= len(ico.getvalue())
    assert {16, 32, 48, 256} <= sizes


# -- Windows console --------------------------------------------------------------------------
class _Kernel32:
    def __init__(self, attached: bool):
        self.attached = attached
        self.calls = 0

    def AttachConsole(self, pid):  # the Win32 name
        self.calls += 1
        return self.attached


def _fake_windows(monkeypatch, tmp_path, attached: bool) -> _Kernel32:
    import ctypes

    kernel = _Kernel32(attached)
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(ctypes, "windll", types.SimpleNamespace(kernel32=kernel), raising=False)
    monkeypatch.chdir(tmp_path)  # "CONOUT$" becomes a plain file here
    return kernel


def test_windowed_exe_borrows_the_terminal(monkeypatch, tmp_path):
    from cli import main as cli

    kernel = _fake_windows(monkeypatch, tmp_path, attached=True)
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    cli._attach_windows_console()
    assert kernel.calls == 1
    assert sys.stdout is not None and sys.stderr is not None
    sys.stdout.close()
    sys.stderr.close()


def test_windowed_exe_keeps_redirected_output(monkeypatch, tmp_path):
    """``chainfill.exe catalog show --json > out.json`` must write to the file."""
    from cli import main as cli

    kernel = _fake_windows(monkeypatch, tmp_path, attached=True)
    out, err = io.StringIO(), io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    cli._attach_windows_console()
    assert sys.stdout is out and sys.stderr is err
    assert kernel.calls == 0


def test_double_click_has_no_console(monkeypatch, tmp_path):
    from cli import main as cli

    _fake_windows(monkeypatch, tmp_path, attached=False)
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    cli._attach_windows_console()
    assert sys.stdout is None and sys.stderr is None
    cli._utf8_stdio()  # must not fail on missing streams


# -- smoke script ---------------------------------------------------------------------------
def test_smoke_environment_has_no_python(tmp_path, monkeypatch):
    monkeypatch.setenv("PYTHONPATH", "/somewhere")
    monkeypatch.setenv("VIRTUAL_ENV", str(ROOT / ".venv"))
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import bundle_smoke
    finally:
        sys.path.remove(str(ROOT / "bench"))
    env = bundle_smoke.clean_env(tmp_path / "home")
    assert "PYTHONPATH" not in env and "VIRTUAL_ENV" not in env
    assert not any(k.startswith("CHAINFILL_") for k in env)
    assert env["QT_QPA_PLATFORM"] == "offscreen"
    assert list(Path(env["PATH"]).iterdir()) == []  # nothing at all on PATH
    for key in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        assert Path(env[key]).is_relative_to(tmp_path)
    assert bundle_smoke.user_db(env).is_relative_to(tmp_path)


# -- About ----------------------------------------------------------------------------------
@pytest.mark.gui
@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform, on showing a dialog
def test_about_dialog(qtbot, tmp_path, monkeypatch):
    from app import __version__
    from ui import about

    seen = []

    def fake_model_version(db_path):  # the real one may train the built-in model (seconds)
        seen.append(db_path)
        return "v1:abc123 · built-in"

    monkeypatch.setattr(about, "model_version", fake_model_version)

    class Parent(about.QWidget):
        def __init__(self):
            super().__init__()
            self.ctx = types.SimpleNamespace(db_path=tmp_path / "招商 库.sqlite")

    parent = Parent()
    qtbot.addWidget(parent)
    dialog = about.show_about(parent)
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: "v1:abc123" in dialog.details_text(), timeout=5000)
    assert seen == [tmp_path / "招商 库.sqlite"]
    text = dialog.details_text()
    assert __version__ in text
    assert str(tmp_path / "招商 库.sqlite") in text
    html = dialog.details.toPlainText()
    for name in ("WenQuanYi", "Apache 2.0", "PySide6", "LGPLv3", "scikit-learn", "openpyxl"):
        assert name in html
    assert "v1:abc123" in html
    from catalog.loader import load_default

    assert load_default().version in text
    dialog.copy_details()
    dialog.close()
    assert about.show_about(parent) is dialog  # one per window, reused and refreshed
    qtbot.waitUntil(lambda: "v1:abc123" in dialog.details_text(), timeout=5000)
    assert len(seen) == 2
    dialog.close()


def test_model_version_from_classification(monkeypatch, db):
    from app import classification
    from ui import about

    calls = []

    class FakeModel:
        version = "v1:feedbeef"
        meta: ClassVar[dict] = {"kind": "retrained", "trained_at": "2026-11-27T10:00:00"}

    def fake_load(database):
        calls.append(database)
        return FakeModel(), None

    monkeypatch.setattr(classification, "load_model", fake_load)
    text = about.model_version(db.target)
    assert text.startswith("v1:feedbeef") and "2026-11-27" in text
    assert calls[0] is not None and calls[0].readonly  # its own read-only connection
    assert about.model_version(db.path.parent / "missing.sqlite").startswith("v1:feedbeef")
    assert calls[-1] is None  # no database file: the built-in model

    def broken(database):
        raise RuntimeError("boom")

    monkeypatch.setattr(classification, "load_model", broken)
    assert about.model_version(None)  # a message, not an exception


@pytest.mark.gui
def test_about_without_main_window(qtbot):
    from app import paths
    from ui import about

    facts = dict(about.about_facts(None))
    assert facts[about.tr("Database")] == str(paths.default_db())
    assert facts[about.tr("Direction classifier")]


@pytest.mark.gui
@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_about_in_chinese(qtbot, tmp_path, monkeypatch):
    """about_zh_CN.xml (to be merged into the app catalogue) matches the strings and context."""
    import subprocess

    from PySide6.QtCore import QCoreApplication, QTranslator

    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease not installed")
    qm = tmp_path / "about_zh_CN.qm"
    ts = ROOT / "resources" / "translations" / "about_zh_CN.xml"
    done = subprocess.run([str(lrelease), str(ts), "-qm", str(qm)], capture_output=True, text=True)
    assert done.returncode == 0 and "0 unfinished" in done.stdout, done.stdout + done.stderr
    from ui import about

    monkeypatch.setattr(about, "model_version", lambda db_path: "v1:abc")
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        dialog = about.show_about(None)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "关于补链招商助手"
        assert "数据库" in dialog.details_text()
        qtbot.waitUntil(lambda: "v1:abc" in dialog.details_text(), timeout=5000)
        dialog.close()
    finally:
        QCoreApplication.removeTranslator(translator)
