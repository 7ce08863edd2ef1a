"""The diagnostics log: one rotating file in the user-data folder, without personal data."""

from __future__ import annotations

import logging.handlers

import pytest

from app import __version__, logs
from app.jobs import Progress, run_to_end
from cli import main as cli

PHONE = "13812345678"
EMAIL = "zhang.san@example.com"


def log_text() -> str:
    for handler in logging.getLogger(logs.ROOT).handlers:
        handler.flush()
    return logs.log_file().read_text(encoding="utf-8")


def test_setup_uses_a_rotating_file_in_the_data_folder(_isolated_paths):
    path = logs.setup("test")
    assert path == _isolated_paths / "logs" / logs.LOG_FILE
    handlers = [
        h
        for h in logging.getLogger(logs.ROOT).handlers
        if isinstance(h, logging.handlers.RotatingFileHandler)
    ]
    assert len(handlers) == 1
    assert handlers[0].maxBytes == logs.MAX_BYTES and handlers[0].backupCount == logs.BACKUPS
    assert f"ChainFill {__version__} (test)" in log_text()


def test_a_cli_command_is_logged_by_name_with_its_time_never_its_arguments(db, capsys):
    path = str(db.target)
    db.close()
    assert cli.main(["--db", path, "search", f"{PHONE} {EMAIL}", "--json"]) == 0
    text = log_text()
    assert "chainfill search: exit 0 in" in text
    assert PHONE not in text and EMAIL not in text


def test_an_unexpected_error_goes_to_the_log_with_personal_data_masked(db, capsys, monkeypatch):
    from cli.commands import search

    def boom(args):
        raise RuntimeError(f"联系人电话 {PHONE}，邮箱 {EMAIL}")

    monkeypatch.setattr(search, "run", boom)
    path = str(db.target)
    db.close()
    assert cli.main(["--db", path, "search", "甲"]) == 1
    assert str(logs.log_file()) in capsys.readouterr().err
    text = log_text()
    assert "chainfill search failed" in text and "Traceback" in text
    assert "RuntimeError" in text and "[phone]" in text and "[e-mail]" in text
    assert PHONE not in text and EMAIL not in text


def test_jobs_are_logged_with_their_time_and_counts(_isolated_paths):
    logs.setup("test")

    def import_things():
        yield Progress(1, 2)
        return {"added": 3, "updated": 1, "firm_id": 42, "note": "x"}

    run_to_end(import_things())
    line = next(li for li in log_text().splitlines() if "import_things done" in li)
    assert "added=3, updated=1" in line and "firm_id" not in line and "note" not in line


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (f"电话{PHONE}", "电话[phone]"),
        ("座机 0769-22123456", "座机 [phone]"),
        (f"mail: {EMAIL}.", "mail: [e-mail]."),
        ("统一社会信用代码 91440300MA5DC1XQ2N, 5000 万元", None),
    ],
)
def test_redact(text, masked):
    assert logs.redact(text) == (masked if masked is not None else text)
