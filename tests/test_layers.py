"""The core is Qt-free: importing app, scoring and catalog loads no PySide6."""

import subprocess
import sys

from tests.conftest import ROOT

CORE_IMPORT = """
import sys, pkgutil, importlib
import app, scoring, catalog, resources
for pkg in (app, scoring, catalog):
    for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):
        if not m.name.endswith('__main__'):
            importlib.import_module(m.name)
bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]
print(bad)
sys.exit(1 if bad else 0)
"""

CLI_HELP = """
import sys
from cli import main as cli
try:
    cli.main(['--help'])
except SystemExit:
    pass
sys.exit(1 if 'PySide6' in sys.modules else 0)
"""


def test_core_imports_without_qt():
    proc = subprocess.run(
        [sys.executable, "-c", CORE_IMPORT], cwd=ROOT, capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_cli_help_does_not_load_qt():
    proc = subprocess.run(
        [sys.executable, "-c", CLI_HELP], cwd=ROOT, capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stderr


OWN_PACKAGES = ("cli", "app", "ui", "scoring", "catalog", "resources")


def _own_imports_guarded_by_import_error(path) -> list[str]:
    """``try: import <own module> … except ImportError`` in one file, as "file:line" strings."""
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Try):
            continue
        catches = {
            getattr(h.type, "id", None) or getattr(h.type, "attr", None)
            for h in node.handlers
            if h.type is not None
        }
        if not catches & {"ImportError", "ModuleNotFoundError", "Exception", "BaseException"}:
            continue
        for stmt in node.body:
            for sub in ast.walk(stmt):
                names = []
                if isinstance(sub, ast.Import):
                    names = [a.name for a in sub.names]
                elif isinstance(sub, ast.ImportFrom) and sub.level == 0 and sub.module:
                    names = [sub.module]
                if any(n.split(".")[0] in OWN_PACKAGES for n in names):
                    found.append(f"{path.relative_to(ROOT)}:{sub.lineno}")
    return found


def test_own_modules_are_never_optional():
    """A module missing from a bundle must fail loudly, not switch a feature off silently."""
    bad = [
        hit
        for pkg in OWN_PACKAGES
        for path in sorted((ROOT / pkg).rglob("*.py"))
        for hit in _own_imports_guarded_by_import_error(path)
    ]
    assert not bad, bad


def test_no_import_cycles_between_modules():
    """Module-level import cycles, including those hidden in function-local imports."""
    import grimp

    graph = grimp.build_graph(*OWN_PACKAGES, cache_dir=None)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles = []

    def visit(v: str) -> None:  # Tarjan's strongly connected components
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph.find_modules_directly_imported_by(v):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for module in sorted(graph.modules):
        if module not in index:
            visit(module)
    assert sorted(cycles) == []
