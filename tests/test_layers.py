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
from app import cli
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
