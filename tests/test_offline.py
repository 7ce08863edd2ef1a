"""Nothing leaves the machine: the main flows run with the network taken away.

Each command runs in a subprocess whose Python socket layer refuses (and records) every
connection attempt; where the machine allows it, the process also runs in a network
namespace with no interface at all, which catches attempts below Python (Qt, C libraries).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from tests.conftest import ROOT

pytestmark = [
    pytest.mark.slow,
    pytest.mark.sqlite_only("with sockets disabled: a team database is reached over one"),
]

NO_NETWORK = """
import os, socket

_LOG = os.environ["CHAINFILL_NET_LOG"]


def _refuse(*args, **kwargs):
    with open(_LOG, "a", encoding="utf-8") as fh:
        fh.write(repr(args)[:200] + "\\n")
    raise OSError("network disabled by the test")


socket.socket.connect = _refuse
socket.socket.connect_ex = _refuse
socket.socket.sendto = _refuse
socket.create_connection = _refuse
socket.getaddrinfo = _refuse
"""


def _netns_available() -> bool:
    if not shutil.which("unshare"):
        return False
    return subprocess.run(["unshare", "--net", "true"], capture_output=True).returncode == 0


def test_main_flows_make_no_connection(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(NO_NETWORK, encoding="utf-8")
    log = tmp_path / "net.log"
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(site), str(ROOT)]),
        "CHAINFILL_NET_LOG": str(log),
        "CHAINFILL_HOME": str(tmp_path / "home"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    prefix = ["unshare", "--net"] if _netns_available() else []
    db = str(tmp_path / "offline.sqlite")
    sample = str(ROOT / "resources" / "samples" / "firms_sample.csv")
    flows = [
        ["demo", "--firms", "300"],
        ["import", sample, "--json"],
        ["search", "科技", "--json"],
        ["score", "--top", "5", "--json"],
        ["gaps", "--json"],
        ["shortlist", "create", "离线测试"],
        ["projects", "status", "--json"],
        ["backup", "--out", str(tmp_path / "copy.sqlite")],
        ["gui", "--self-test"],
    ]
    for args in flows:
        proc = subprocess.run(
            [*prefix, sys.executable, "-m", "cli", "--db", db, *args],
            cwd=ROOT,
            env=env,
            capture_output=True,
            timeout=600,
        )
        assert proc.returncode == 0, (args, proc.stderr.decode()[-2000:])
    first = subprocess.run(
        [*prefix, sys.executable, "-m", "cli", "--db", db, "score", "--top", "1", "--json"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    import json

    firm_id = json.loads(first.stdout)[0]["id"]
    pdf = tmp_path / "dossier.pdf"
    proc = subprocess.run(
        [
            *prefix,
            sys.executable,
            "-m",
            "cli",
            "--db",
            db,
            "dossier",
            "--firm",
            str(firm_id),
            "--out",
            str(pdf),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr.decode()[-2000:]
    assert pdf.stat().st_size > 1000
    attempts = log.read_text(encoding="utf-8") if log.exists() else ""
    assert attempts == "", f"connection attempts:\n{attempts}"
