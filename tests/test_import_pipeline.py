"""What `chainfill import` does around the importer: a backup first, classification after."""

import sqlite3

from tests.conftest import ROOT, run_cli

SAMPLE = str(ROOT / "resources" / "samples" / "firms_sample.csv")


def test_import_backs_up_first_and_classifies_after(tmp_path, _isolated_paths):
    db = tmp_path / "p.sqlite"
    env = {"CHAINFILL_HOME": str(_isolated_paths)}
    r = run_cli("--db", str(db), "import", SAMPLE, "--json", env=env)
    assert r.returncode == 0, r.stderr.decode()
    backups = _isolated_paths / "backups"
    # An empty database has nothing worth a backup.
    assert not list(backups.glob("*/*-before-import-p.sqlite"))
    conn = sqlite3.connect(db)
    pending = conn.execute("SELECT count(*) FROM firms WHERE classified_at IS NULL").fetchone()[0]
    scored = conn.execute("SELECT count(*) FROM ranked WHERE score IS NOT NULL").fetchone()[0]
    conn.close()
    assert pending == 0
    assert scored > 0
    r = run_cli("--db", str(db), "import", SAMPLE, "--json", env=env)
    assert r.returncode == 0, r.stderr.decode()
    assert len(list(backups.glob("*/*-before-import-p.sqlite"))) == 1


def test_dry_run_and_no_classify(tmp_path, _isolated_paths):
    db = tmp_path / "q.sqlite"
    env = {"CHAINFILL_HOME": str(_isolated_paths)}
    r = run_cli("--db", str(db), "import", SAMPLE, "--no-classify", env=env)
    assert r.returncode == 0, r.stderr.decode()
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM firms WHERE classified_at IS NULL").fetchone()[0] > 0
    conn.close()
    r = run_cli("--db", str(db), "import", SAMPLE, "--dry-run", env=env)
    assert r.returncode == 0
    assert not list((_isolated_paths / "backups").glob("*/*-before-import-q.sqlite"))
